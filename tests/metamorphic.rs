//! Metamorphic tests (issue #6): a notice and the same notice with punctuation widths
//! swapped, CRLF line ends, extra blank lines and indentation, or page chrome before and
//! after, read to the same model apart from spans; parsing is deterministic and
//! thread-safe.
//!
//! Seeds are the fixtures (`tests/fixtures/*.txt`, read at run time). Two models are
//! compared as JSON with every `span`/`spans` key and every `chrome` passage removed; where
//! a transform changes whitespace or punctuation width, strings are compared after
//! removing whitespace and mapping full-width punctuation to half-width. The findings of
//! [`Report::validate`] are compared by severity and code.

mod common;

use proptest::prelude::*;
use serde_json::Value;
use std::sync::LazyLock;
use xunshi::Report;

// ---------------------------------------------------------------------------------------
// Seeds

static FIXTURES: LazyLock<Vec<(String, String)>> = LazyLock::new(common::fixtures);

// ---------------------------------------------------------------------------------------
// Comparison

#[derive(Clone, Copy)]
struct Norm {
    /// Map full-width punctuation to half-width in strings.
    widths: bool,
    /// Remove whitespace from strings.
    whitespace: bool,
}

const STRICT: Norm = Norm {
    widths: false,
    whitespace: false,
};
const WIDTHS: Norm = Norm {
    widths: true,
    whitespace: false,
};
const SPACES: Norm = Norm {
    widths: false,
    whitespace: true,
};

/// Half-width ASCII punctuation and its full-width form, as swapped by [`to_full`].
const PUNCT: &[(char, char)] = &[
    (',', '\u{ff0c}'),
    (';', '\u{ff1b}'),
    (':', '\u{ff1a}'),
    ('(', '\u{ff08}'),
    (')', '\u{ff09}'),
    ('!', '\u{ff01}'),
    ('?', '\u{ff1f}'),
    ('%', '\u{ff05}'),
];

fn half(c: char) -> char {
    PUNCT.iter().find(|p| p.1 == c).map_or(c, |p| p.0)
}

fn is_ws(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn norm_str(s: &str, n: Norm) -> String {
    s.chars()
        .filter(|c| !(n.whitespace && is_ws(*c)))
        .map(|c| if n.widths { half(c) } else { c })
        .collect()
}

/// Whether a JSON value is a serialised [`xunshi::Span`] (`{"start": n, "end": n}`) or a
/// list of them.
fn is_span(v: &Value) -> bool {
    match v {
        Value::Object(m) => {
            m.len() == 2
                && m.get("start").is_some_and(Value::is_u64)
                && m.get("end").is_some_and(Value::is_u64)
        }
        Value::Array(a) => !a.is_empty() && a.iter().all(is_span),
        _ => false,
    }
}

/// The model as JSON without spans (`span`, `spans` and any other span-valued key) and
/// chrome passages, strings normalised.
fn shape(v: &Value, n: Norm) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, x)| k.as_str() != "span" && k.as_str() != "spans" && !is_span(x))
                .map(|(k, x)| {
                    let x = if k == "unrecognized" {
                        let kept: Vec<Value> = x
                            .as_array()
                            .unwrap()
                            .iter()
                            .filter(|p| p.get("kind").and_then(Value::as_str) != Some("chrome"))
                            .cloned()
                            .collect();
                        Value::Array(kept)
                    } else {
                        x.clone()
                    };
                    (k.clone(), shape(&x, n))
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(|x| shape(x, n)).collect()),
        Value::String(s) => Value::String(norm_str(s, n)),
        other => other.clone(),
    }
}

fn model(text: &str, n: Norm) -> (Value, Vec<String>) {
    // a panic is reported as a difference, so one bad fixture does not hide the others
    let parsed = std::panic::catch_unwind(|| Report::parse(text));
    let Ok(parsed) = parsed else {
        return (Value::String("panic".into()), Vec::new());
    };
    match parsed {
        Ok(r) => {
            let codes = r
                .validate()
                .iter()
                .map(|f| format!("{:?} {:?}", f.severity, f.code))
                .collect();
            (shape(&serde_json::to_value(&r).unwrap(), n), codes)
        }
        Err(e) => (Value::String(format!("error: {:?}", e.kind())), Vec::new()),
    }
}

/// The first path where two JSON values differ, for a readable failure.
fn first_diff(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                match y.get(k) {
                    Some(vb) => {
                        if let Some(d) = first_diff(va, vb, &format!("{path}.{k}")) {
                            return Some(d);
                        }
                    }
                    None => return Some(format!("{path}.{k}: missing on the right")),
                }
            }
            y.keys()
                .find(|k| !x.contains_key(*k))
                .map(|k| format!("{path}.{k}: missing on the left"))
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                if let Some(d) = first_diff(va, vb, &format!("{path}[{i}]")) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| format!("{path}: {} items vs {}", x.len(), y.len()))
        }
        _ => (a != b).then(|| format!("{path}: {} vs {}", clip(a), clip(b))),
    }
}

fn clip(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() <= 160 {
        s
    } else {
        format!("{}…", s.chars().take(160).collect::<String>())
    }
}

/// `original` and `transformed` read to the same model under `n`.
fn same(name: &str, what: &str, original: &str, transformed: &str, n: Norm) -> Result<(), String> {
    let (a, fa) = model(original, n);
    let (b, fb) = model(transformed, n);
    if let Some(d) = first_diff(&a, &b, "") {
        return Err(format!("{name}, {what}: models differ at {d}"));
    }
    if fa != fb {
        return Err(format!("{name}, {what}: findings differ: {fa:?} vs {fb:?}"));
    }
    Ok(())
}

fn each_fixture(what: &str, n: Norm, transform: impl Fn(&str) -> String) {
    let failures: Vec<String> = FIXTURES
        .iter()
        .filter_map(|(name, text)| same(name, what, text, &transform(text), n).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} fixtures:\n{}",
        failures.len(),
        FIXTURES.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Transforms

fn digit_around(chars: &[char], i: usize) -> bool {
    let d = |c: Option<&char>| {
        c.is_some_and(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(c))
    };
    i > 0 && d(chars.get(i - 1)) && d(chars.get(i + 1))
}

/// Half-width punctuation to full-width, except inside numbers (`1,326.58`, `10:30`) and
/// addresses (`http://`).
fn to_full(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for (i, &c) in chars.iter().enumerate() {
        let keep = digit_around(&chars, i) || (c == ':' && chars.get(i + 1) == Some(&'/'));
        match PUNCT.iter().find(|p| p.0 == c) {
            Some(&(_, full)) if !keep => out.push(full),
            _ => out.push(c),
        }
    }
    out
}

/// Full-width punctuation to half-width.
fn to_half(text: &str) -> String {
    text.chars().map(half).collect()
}

/// Every line end as CRLF.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// Layout added around each line: blank lines before it (some holding spaces), an indent
/// and trailing spaces, chosen by `pick` per line.
fn relayout(text: &str, pick: &[(u8, u8, u8)]) -> String {
    const INDENTS: &[&str] = &["", "    ", "\u{3000}\u{3000}", "\t", " \u{3000}"];
    const BLANKS: &[&str] = &["", "\n", "\n\n", "  \n\u{3000}\n"];
    let mut out = String::with_capacity(text.len() * 2);
    for (k, line) in text.split_inclusive('\n').enumerate() {
        let (b, i, t) = pick
            .get(k % pick.len().max(1))
            .copied()
            .unwrap_or((0, 0, 0));
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (
                body.strip_suffix('\r').unwrap_or(body),
                &line[line.trim_end_matches(['\r', '\n']).len()..],
            ),
            None => (line, ""),
        };
        out.push_str(BLANKS[usize::from(b) % BLANKS.len()]);
        out.push_str(INDENTS[usize::from(i) % INDENTS.len()]);
        out.push_str(body);
        out.push_str(INDENTS[usize::from(t) % INDENTS.len()]);
        out.push_str(end);
    }
    out
}

/// Page chrome lines (invented): breadcrumbs, counters, UI words.
const CHROME_BEFORE: &[&str] = &[
    "当前位置:首页 > 信息公开 > 巡察整改",
    "首页 >> 纪检监察 >> 通知公告",
    "字号:大 中 小",
    "【字体:大 中 小】",
    "浏览次数:318",
    "打印本页 关闭窗口",
    "分享到:微信 微博 QQ空间",
    "无障碍 | 长者模式",
];

const CHROME_AFTER: &[&str] = &[
    "【打印本页】【关闭窗口】",
    "扫一扫在手机打开当前页",
    "主办单位:柳岸县人民政府办公室",
    "网站标识码:0000000001",
    "返回顶部",
    "http://www.liuan.example.cn/",
];

fn with_chrome(text: &str, before: &[usize], after: &[usize]) -> String {
    let mut out = String::new();
    for &b in before {
        out.push_str(CHROME_BEFORE[b % CHROME_BEFORE.len()]);
        out.push('\n');
    }
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    for &a in after {
        out.push_str(CHROME_AFTER[a % CHROME_AFTER.len()]);
        out.push('\n');
    }
    out
}

/// Fixtures whose signature closes the notice: chrome after them stays chrome. (A notice
/// without a signature, such as one cut off, has no end to put chrome after.)
fn signed(text: &str) -> bool {
    Report::parse(text).is_ok_and(|r| r.signature.is_some())
}

// ---------------------------------------------------------------------------------------
// Every fixture under each fixed transform

#[test]
fn punctuation_to_full_width_keeps_the_model() {
    each_fixture("punctuation to full width", WIDTHS, to_full);
}

#[test]
fn punctuation_to_half_width_keeps_the_model() {
    each_fixture("punctuation to half width", WIDTHS, to_half);
}

#[test]
fn crlf_line_ends_keep_the_model() {
    each_fixture("CRLF line ends", SPACES, crlf);
}

#[test]
fn blank_lines_and_indentation_keep_the_model() {
    each_fixture("a blank line after every line", SPACES, |t| {
        t.replace('\n', "\n\n")
    });
    each_fixture("indentation and trailing spaces", SPACES, |t| {
        relayout(t, &[(0, 1, 1), (0, 2, 0), (0, 3, 4)])
    });
    each_fixture("blank lines holding spaces", SPACES, |t| {
        relayout(t, &[(3, 2, 1), (1, 0, 0), (2, 4, 2)])
    });
}

#[test]
fn page_chrome_before_keeps_the_model() {
    each_fixture("chrome before", STRICT, |t| {
        with_chrome(t, &[0, 2, 4, 5], &[])
    });
}

#[test]
fn page_chrome_after_the_signature_keeps_the_model() {
    let failures: Vec<String> = FIXTURES
        .iter()
        .filter(|(_, t)| signed(t))
        .filter_map(|(name, t)| {
            same(
                name,
                "chrome after",
                t,
                &with_chrome(t, &[], &[0, 1, 2, 3, 4, 5]),
                STRICT,
            )
            .err()
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Random combinations

fn fixture_index() -> impl Strategy<Value = usize> {
    0..FIXTURES.len()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_layout_keeps_the_model(
        k in fixture_index(),
        pick in prop::collection::vec((0u8..4, 0u8..5, 0u8..5), 1..12),
        crlf_too in any::<bool>(),
    ) {
        let (name, text) = &FIXTURES[k];
        let mut t = relayout(text, &pick);
        if crlf_too {
            t = crlf(&t);
        }
        if let Err(e) = same(name, "random layout", text, &t, SPACES) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn random_chrome_keeps_the_model(
        k in fixture_index(),
        before in prop::collection::vec(0usize..CHROME_BEFORE.len(), 0..5),
        after in prop::collection::vec(0usize..CHROME_AFTER.len(), 0..5),
    ) {
        let (name, text) = &FIXTURES[k];
        let after = if signed(text) { after } else { Vec::new() };
        if let Err(e) = same(name, "random chrome", text, &with_chrome(text, &before, &after), STRICT) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn random_combination_half_width_keeps_the_model(
        k in fixture_index(),
        pick in prop::collection::vec((0u8..4, 0u8..5, 0u8..5), 1..6),
        before in prop::collection::vec(0usize..CHROME_BEFORE.len(), 0..3),
    ) {
        let (name, text) = &FIXTURES[k];
        let t = with_chrome(&crlf(&relayout(&to_half(text), &pick)), &before, &[]);
        if let Err(e) = same(name, "combined", text, &t, Norm { widths: true, whitespace: true }) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn random_combination_full_width_keeps_the_model(
        k in fixture_index(),
        pick in prop::collection::vec((0u8..4, 0u8..5, 0u8..5), 1..6),
        before in prop::collection::vec(0usize..CHROME_BEFORE.len(), 0..3),
    ) {
        let (name, text) = &FIXTURES[k];
        let t = with_chrome(&crlf(&relayout(&to_full(text), &pick)), &before, &[]);
        if let Err(e) = same(name, "combined", text, &t, Norm { widths: true, whitespace: true }) {
            prop_assert!(false, "{}", e);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Determinism and thread safety

#[test]
fn report_is_send_and_sync() {
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<Report>();
    send_sync::<xunshi::ParseError>();
    send_sync::<xunshi::Finding>();
}

#[test]
fn parsing_is_deterministic() {
    for (name, text) in FIXTURES.iter() {
        let a = Report::parse(text);
        let b = Report::parse(text);
        assert_eq!(a, b, "{name}");
        if let (Ok(a), Ok(b)) = (&a, &b) {
            assert_eq!(a.validate(), b.validate(), "{name}");
            assert_eq!(a.render(), b.render(), "{name}");
            assert_eq!(
                serde_json::to_string(a).unwrap(),
                serde_json::to_string(b).unwrap(),
                "{name}"
            );
        }
    }
}

#[test]
fn parsing_on_several_threads_gives_equal_results() {
    let expected: Vec<_> = FIXTURES.iter().map(|(_, t)| Report::parse(t)).collect();
    let results: Vec<Vec<_>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|k| {
                s.spawn(move || {
                    // each thread walks the fixtures from a different place
                    let n = FIXTURES.len();
                    let mut out = vec![None; n];
                    for j in 0..n {
                        let i = (j + k * n / 4) % n;
                        out[i] = Some(Report::parse(&FIXTURES[i].1));
                    }
                    out.into_iter().map(Option::unwrap).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for got in results {
        assert_eq!(got, expected);
    }
    // one report shared by reference across threads
    let report = Report::parse(&FIXTURES[0].1).unwrap();
    let renders: Vec<String> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..4).map(|_| s.spawn(|| report.render())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(renders.windows(2).all(|w| w[0] == w[1]));
}
