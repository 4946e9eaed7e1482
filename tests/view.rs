//! The HTML view: escaping, one mark per span, the text kept whole and in order, odd spans.
//!
//! A small strict extractor reads the text container back: only the tags the view writes
//! are accepted, only the references it writes are unescaped, and anything else fails.
#![cfg(feature = "view")]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use proptest::prelude::*;
use xunshi::view::{self, IndexEntry, MarkKind, ViewOptions};
use xunshi::{Code, PassageKind, Report, Slot, Span};

/// One mark read back from a page: its kind, whether it was drawn as a head (`false` for a
/// continuation), its id and attributes.
#[derive(Debug)]
struct Tag {
    kind: String,
    id: String,
    attrs: BTreeMap<String, String>,
}

/// What the extractor reads from the text container.
#[derive(Debug, Default)]
struct Extracted {
    /// The text, unescaped.
    text: String,
    /// The mark heads, in document order.
    heads: Vec<Tag>,
    /// The text inside each mark, by id, its continuations included.
    inside: BTreeMap<String, String>,
    /// The margin markers' finding numbers.
    markers: Vec<String>,
    /// How many chunks the text was cut into.
    chunks: usize,
}

const OPEN: &str = "<div id=\"text\" class=\"text\" lang=\"zh-Hans\">";

fn unescape_attr(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let r = &rest[i..];
        let (c, n) = [
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&amp;", '&'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&#13;", '\r'),
        ]
        .iter()
        .find(|(e, _)| r.starts_with(e))
        .map(|(e, c)| (*c, e.len()))
        .unwrap_or_else(|| panic!("unknown reference in attribute: {}", &r[..r.len().min(12)]));
        out.push(c);
        rest = &r[n..];
    }
    out.push_str(rest);
    out
}

/// Reads `<name a="…" b="…">` at the start of `s`: the attributes and the length.
fn tag_attrs(s: &str, name: &str) -> (BTreeMap<String, String>, usize) {
    let mut i = 1 + name.len();
    let b = s.as_bytes();
    let mut attrs = BTreeMap::new();
    loop {
        match b[i] {
            b'>' => return (attrs, i + 1),
            b' ' => i += 1,
            _ => {
                let eq = s[i..].find("=\"").expect("attribute with a value") + i;
                let key = &s[i..eq];
                assert!(
                    key.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'),
                    "attribute name {key:?}"
                );
                let end = s[eq + 2..].find('"').expect("closing quote") + eq + 2;
                let raw = &s[eq + 2..end];
                assert!(!raw.contains('<'), "raw < in attribute {key}: {raw}");
                assert!(!raw.contains('>'), "raw > in attribute {key}: {raw}");
                attrs.insert(key.to_owned(), unescape_attr(raw));
                i = end + 1;
            }
        }
    }
}

/// Reads the text container of `html` back, strictly.
fn extract(html: &str) -> Extracted {
    let start = html.find(OPEN).expect("a text container") + OPEN.len();
    let s = &html[start..];
    let mut x = Extracted::default();
    let mut stack: Vec<String> = Vec::new();
    let mut in_chunk = false;
    let mut i = 0;
    while i < s.len() {
        let r = &s[i..];
        if r.starts_with("</div>") {
            assert!(
                stack.is_empty(),
                "container closed with marks open: {stack:?}"
            );
            assert!(!in_chunk, "container closed with a chunk open");
            return x;
        }
        if r.starts_with("<span class=\"ch\"") {
            // a chunk: only at the top, never inside a mark
            let (attrs, n) = tag_attrs(r, "span");
            assert!(attrs["style"].starts_with("contain-intrinsic-size:auto "));
            assert!(
                stack.is_empty() && !in_chunk,
                "a chunk inside a mark or a chunk"
            );
            in_chunk = true;
            x.chunks += 1;
            i += n;
        } else if r.starts_with("</span>") && stack.is_empty() {
            assert!(in_chunk, "a chunk closed twice");
            in_chunk = false;
            i += "</span>".len();
        } else if r.starts_with("<span ") {
            assert!(in_chunk, "a mark outside a chunk");
            let (attrs, n) = tag_attrs(r, "span");
            let class = attrs["class"].clone();
            let words: Vec<&str> = class.split(' ').collect();
            assert_eq!(words[0], "m", "class {class}");
            let kind = words[1]
                .strip_prefix("k-")
                .expect("a kind class")
                .to_owned();
            let cont = words.contains(&"c");
            let id = if cont {
                attrs["data-r"].clone()
            } else {
                let id = attrs["id"].clone();
                assert_eq!(attrs["tabindex"], "0");
                assert!(attrs.contains_key("data-p") && attrs.contains_key("data-v"));
                assert!(!x.inside.contains_key(&id), "mark {id} drawn twice");
                x.inside.insert(id.clone(), String::new());
                x.heads.push(Tag {
                    kind,
                    id: id.clone(),
                    attrs,
                });
                id
            };
            assert!(x.inside.contains_key(&id), "continuation before head: {id}");
            stack.push(id);
            i += n;
        } else if r.starts_with("</span>") {
            stack.pop().expect("a mark to close");
            i += "</span>".len();
        } else if r.starts_with("<a ") {
            let (attrs, n) = tag_attrs(r, "a");
            assert!(attrs["class"].starts_with("fm "));
            assert!(r[n..].starts_with("</a>"), "a marker with content");
            x.markers.push(attrs["data-f"].clone());
            i += n + "</a>".len();
        } else if r.starts_with('<') {
            panic!("unexpected tag in the text: {}", &r[..r.len().min(40)]);
        } else if r.starts_with('>') {
            panic!("raw > in the text");
        } else {
            assert!(in_chunk, "text outside a chunk");
            let (c, n) = if r.starts_with('&') {
                [
                    ("&lt;", '<'),
                    ("&gt;", '>'),
                    ("&amp;", '&'),
                    ("&#13;", '\r'),
                ]
                .iter()
                .find(|(e, _)| r.starts_with(e))
                .map(|(e, c)| (*c, e.len()))
                .unwrap_or_else(|| panic!("unknown reference {}", &r[..r.len().min(10)]))
            } else {
                let c = r.chars().next().unwrap();
                (c, c.len_utf8())
            };
            x.text.push(c);
            for id in &stack {
                x.inside.get_mut(id).unwrap().push(c);
            }
            i += n;
        }
    }
    panic!("the text container is not closed");
}

fn heads_by_kind(x: &Extracted) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for t in &x.heads {
        *m.entry(t.kind.clone()).or_default() += 1;
    }
    m
}

fn sections(s: &[xunshi::Section]) -> usize {
    s.iter().map(|x| 1 + sections(&x.children)).sum()
}

/// What the page must mark, counted from the report itself (not from the view's list).
fn expected(r: &Report, text: &str) -> BTreeMap<String, usize> {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    let mut add = |k: MarkKind, n: usize| {
        if n > 0 {
            *m.entry(k.name().to_owned()).or_default() += n;
        }
    };
    add(MarkKind::Title, usize::from(r.title.is_some()));
    add(MarkKind::Published, usize::from(r.published_span.is_some()));
    if let Some(i) = &r.inspection {
        add(MarkKind::Inspection, 1);
        let period = if i.period_text.is_some() {
            1
        } else {
            usize::from(i.start.is_some()) + usize::from(i.end.is_some())
        };
        let fields = [
            i.authority.is_some(),
            i.team.is_some(),
            i.target.is_some(),
            i.feedback_date.is_some(),
            i.feedback_recipient.is_some(),
        ];
        add(
            MarkKind::Field,
            period + fields.iter().filter(|x| **x).count(),
        );
    }
    if let Some(o) = &r.overview {
        let n = Slot::ALL.iter().filter(|s| o.count(**s).is_some()).count();
        add(
            MarkKind::Count,
            n + usize::from(o.completion_rate.is_some()),
        );
        add(MarkKind::Quantity, o.quantities.len());
    }
    if let Some(o) = &r.outcomes {
        add(MarkKind::Penalty, o.penalties.len());
        add(
            MarkKind::Sanction,
            o.penalties.iter().map(|p| p.breakdown.len()).sum(),
        );
        add(MarkKind::Funds, o.funds.len());
        add(MarkKind::Money, o.funds.len());
    }
    let issues = r.all_issues();
    add(MarkKind::Section, sections(&r.sections));
    add(MarkKind::Issue, issues.len());
    add(
        MarkKind::Measure,
        issues.iter().map(|i| i.measures.len()).sum(),
    );
    add(
        MarkKind::Quantity,
        issues
            .iter()
            .flat_map(|i| &i.measures)
            .map(|m| m.quantities.len())
            .sum(),
    );
    add(MarkKind::NextStep, r.next_steps.len());
    if let Some(c) = &r.contact {
        add(MarkKind::Contact, 1);
        add(
            MarkKind::Field,
            c.phones.len()
                + c.emails.len()
                + c.websites.len()
                + usize::from(c.address.is_some())
                + usize::from(c.postcode.is_some())
                + usize::from(c.hours.is_some()),
        );
    }
    if let Some(s) = &r.signature {
        add(MarkKind::Signature, 1);
        add(
            MarkKind::Field,
            usize::from(s.issuer.is_some()) + usize::from(s.date.is_some()),
        );
    }
    let passages = r.unrecognized.iter().chain(&r.next_steps_intro);
    for p in passages {
        add(
            match p.kind {
                PassageKind::Chrome => MarkKind::Chrome,
                PassageKind::Prose => MarkKind::Prose,
                _ => MarkKind::Unknown,
            },
            1,
        );
    }
    add(MarkKind::Uncovered, r.coverage(text).uncovered.len());
    let findings: usize = r
        .validate()
        .iter()
        .map(|f| view::places(r, text, f).len())
        .sum();
    add(MarkKind::Finding, findings);
    m
}

/// Checks a page against its report and text: the text whole and in order, one head per
/// mark of [`view::marks`], each mark's text its span's, the counts per kind.
fn check_page(r: &Report, text: &str, html: &str, strict_fields: bool) -> Extracted {
    let x = extract(html);
    let want_text = text.replace('\0', "\u{fffd}");
    assert!(
        x.text == want_text,
        "the text container differs from the input"
    );
    let marks = view::marks(r, text);
    assert_eq!(x.heads.len(), marks.len(), "one head per mark");
    for t in &x.heads {
        let k: usize = t.id[1..].parse().unwrap();
        let m = &marks[k];
        assert_eq!(t.kind, m.kind.name());
        assert_eq!(t.attrs["data-p"], m.path);
        assert_eq!(t.attrs["data-v"], m.value);
        let inside = &x.inside[&t.id];
        if let Some(slice) = m.span.slice(text).filter(|_| m.span.start <= m.span.end) {
            assert_eq!(
                inside,
                &slice.replace('\0', "\u{fffd}"),
                "text of {} {}",
                m.path,
                m.kind
            );
        }
    }
    if strict_fields {
        assert_eq!(heads_by_kind(&x), expected(r, text));
    }
    x
}

#[test]
fn every_fixture_page_keeps_the_text_and_marks_every_value_once() {
    let fixtures = common::fixtures();
    for (name, text) in &fixtures {
        let Ok(r) = Report::parse(text) else { continue };
        let html = view::page(&r, text, &ViewOptions::new().name(name.as_str()));
        let got = std::panic::catch_unwind(|| check_page(&r, text, &html, true));
        assert!(got.is_ok(), "fixture {name}");
    }
}

#[test]
fn every_header_field_of_the_fixtures_is_found_in_its_words() {
    for (name, text) in common::fixtures() {
        let Ok(r) = Report::parse(&text) else {
            continue;
        };
        let Some(i) = &r.inspection else { continue };
        let marks = view::marks(&r, &text);
        let inspection = marks
            .iter()
            .find(|m| m.kind == MarkKind::Inspection)
            .unwrap();
        assert!(
            inspection.detail.is_empty(),
            "{name}: {} ({:?})",
            inspection.detail,
            i.period_text
        );
        for m in marks.iter().filter(|m| m.path.starts_with("inspection.")) {
            let words = &text[m.span.range()];
            assert!(
                m.span.start >= i.span.start && m.span.end <= i.span.end,
                "{name}: {} outside the paragraph",
                m.path
            );
            if m.path == "inspection.team" && !name.contains("traditional") {
                assert_eq!(Some(words), i.team.as_deref(), "{name}");
            }
        }
    }
}

#[test]
fn html_in_the_notice_stays_text() {
    let text = "中共<b>县委</b>关于巡察整改情况的通报\n\
                根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
                给予党纪处分5人(党内警告3人,严重警告2人)。<script>alert(\"x\")</script> & 'q' &amp;\r\n\
                \u{0}控制字符\u{1}\u{85}</div></span>\n";
    let r = Report::parse(text).unwrap();
    let html = view::page(
        &r,
        text,
        &ViewOptions::new().name("<x>.txt").index_href("a\"b.html"),
    );
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(
        html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q' &amp;amp;"),
        "{html}"
    );
    assert!(html.contains("<title>中共&lt;b&gt;县委&lt;/b&gt;关于巡察整改情况的通报</title>"));
    assert!(html.contains("<span class=\"src\">&lt;x&gt;.txt</span>"));
    assert!(html.contains("href=\"a&quot;b.html\""));
    assert!(!html.contains("<b>县委"));
    check_page(&r, text, &html, true);
    // the attribute values are escaped too
    let title = view::marks(&r, text)
        .into_iter()
        .find(|m| m.kind == MarkKind::Title)
        .unwrap();
    assert!(
        html.contains("data-v=\"中共&lt;b&gt;县委&lt;/b&gt;关于巡察整改情况的通报\""),
        "{}",
        title.value
    );
    assert!(std::str::from_utf8(html.as_bytes()).is_ok());
}

#[test]
fn money_shows_in_yuan_with_separators() {
    let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
                清退违规资金185.82万元,挽回经济损失1.5亿元。\n";
    let r = Report::parse(text).unwrap();
    let marks = view::marks(&r, text);
    let v = |p: &str| marks.iter().find(|m| m.path == p).unwrap().value.clone();
    assert_eq!(v("outcomes.funds[0].amount"), "¥1,858,200.00");
    assert_eq!(v("outcomes.funds[1].amount"), "¥150,000,000.00");
    assert_eq!(v("outcomes.funds[0]"), "清退违规资金 ¥1,858,200.00");
}

/// A report with every kind of span, for bending its spans.
const SAMPLE: &str = "中共青溪县农业农村局党组关于县委巡察整改情况的通报\n\
    根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县农业农村局开展了常规巡察。\
    7月20日,县委第一巡察组向县农业农村局党组反馈了巡察意见。现将整改情况予以公布。\n\
    针对反馈的3个方面9个问题,制定整改措施27条。\n\
    在整改中,给予党纪处分3人(党内警告2人,严重警告2人);诫勉2人;清退违规资金12.5万元。\n\
    一、关于“惠农资金发放不规范”问题的整改情况\n\
    (一)全面清理补贴台账。核查补贴项目6类,追回多发资金3.2万元。\n\
    下一步,局党组将持续巩固整改成果。一是健全长效机制。二是强化监督检查。\n\
    联系电话:0571-12345678。\n\
    中共青溪县农业农村局党组\n2023年10月8日\n";

fn bend(r: &mut Report, spans: &[Span]) {
    let mut k = 0;
    let mut next = || {
        let s = spans[k % spans.len()];
        k += 1;
        s
    };
    if let Some(t) = &mut r.title {
        t.span = next();
    }
    if let Some(i) = &mut r.inspection {
        i.span = next();
    }
    if let Some(o) = &mut r.overview {
        if let Some(c) = &mut o.problems {
            c.span = next();
        }
    }
    if let Some(o) = &mut r.outcomes {
        for p in &mut o.penalties {
            p.span = next();
            for b in &mut p.breakdown {
                b.span = next();
            }
        }
        for f in &mut o.funds {
            f.span = next();
            f.amount.span = next();
        }
    }
    for i in &mut r.issues {
        i.span = next();
        for m in &mut i.measures {
            m.span = next();
            for q in &mut m.quantities {
                q.span = next();
            }
        }
    }
    for n in &mut r.next_steps {
        n.span = next();
    }
    if let Some(s) = &mut r.signature {
        s.span = next();
    }
}

#[test]
fn odd_spans_neither_panic_nor_lose_text() {
    let text = SAMPLE;
    let n = text.len();
    let odd = [
        Span::new(0, 0),
        Span::new(n, n),
        Span::new(n + 5, n + 50),
        Span::new(40, 10),
        Span::new(1, 2),
        Span::new(3, 90),
        Span::new(60, 200),
        Span::new(0, n),
        Span::new(n - 3, n + 3),
        Span::new(usize::MAX - 1, usize::MAX),
    ];
    let mut r = Report::parse(text).unwrap();
    bend(&mut r, &odd);
    let html = view::page(&r, text, &ViewOptions::new());
    check_page(&r, text, &html, false);
}

#[test]
fn crossing_marks_are_split_not_duplicated() {
    let text = SAMPLE;
    let mut r = Report::parse(text).unwrap();
    // the title runs into the header paragraph, and the penalty into the funds
    let t = r.title.as_ref().unwrap().span;
    r.title.as_mut().unwrap().span = Span::new(t.start, t.end + 30);
    let x = check_page(&r, text, &view::page(&r, text, &ViewOptions::new()), false);
    let html = view::page(&r, text, &ViewOptions::new());
    assert!(html.contains(" c\" data-r=\"m"), "a continuation was drawn");
    assert!(x.heads.iter().filter(|h| h.kind == "title").count() == 1);
}

#[test]
fn long_texts_are_cut_into_chunks_and_marks_continue_across_them() {
    let first = SAMPLE.find("一、关于").unwrap();
    let next = SAMPLE.find("下一步").unwrap();
    let mut text = SAMPLE[..first].to_owned();
    for _ in 0..900 {
        text.push_str(&SAMPLE[first..next]);
    }
    text.push_str(&SAMPLE[next..]);
    assert!(text.len() > 100_000);
    let mut r = Report::parse(&text).unwrap();
    // the title over the whole text, so it crosses every cut
    r.title.as_mut().unwrap().span = Span::new(0, text.len());
    let html = view::page(&r, &text, &ViewOptions::new());
    let x = check_page(&r, &text, &html, false);
    assert!(x.chunks >= 3, "{} chunks", x.chunks);
    assert_eq!(x.heads.iter().filter(|h| h.kind == "title").count(), 1);
    let continued = html.matches("<span class=\"m k-title c\"").count();
    assert_eq!(
        continued,
        x.chunks - 1,
        "the title continues in every chunk"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_spans_keep_the_text(spans in prop::collection::vec((0usize..700, 0usize..700), 1..40)) {
        let text = SAMPLE;
        let mut r = Report::parse(text).unwrap();
        let spans: Vec<Span> = spans.into_iter().map(|(a, b)| Span::new(a, b)).collect();
        bend(&mut r, &spans);
        let html = view::page(&r, text, &ViewOptions::new());
        check_page(&r, text, &html, false);
    }
}

#[test]
fn the_index_lists_pages_and_failures() {
    let r = Report::parse(SAMPLE).unwrap();
    let html = view::index(&[
        IndexEntry::new("青溪 农业.txt", "%E9%9D%92.html", &r, SAMPLE),
        IndexEntry::failed("<bad>.txt", "not a report"),
    ]);
    assert!(html.contains("href=\"%E9%9D%92.html\">青溪 农业.txt</a>"));
    assert!(html.contains("&lt;bad&gt;.txt"));
    assert!(html.contains("not read: not a report"));
    assert!(html.contains("¥125,000.00"), "funds total");
    assert!(html.contains("县委第一巡察组 → 县农业农村局"));
}

#[test]
fn write_folder_writes_pages_and_an_index() {
    let dir = std::env::temp_dir().join(format!("xunshi-view-test-{}", std::process::id()));
    let w = view::write_folder(
        [
            ("x/index.txt", SAMPLE),
            ("报告 一.txt", SAMPLE),
            ("empty.txt", " "),
        ],
        &dir,
    )
    .unwrap();
    assert_eq!(
        w.pages,
        [dir.join("index-2.html"), dir.join("报告 一.html")]
    );
    let index = std::fs::read_to_string(&w.index).unwrap();
    assert!(index.contains("href=\"index-2.html\""));
    assert!(index.contains("href=\"%E6%8A%A5%E5%91%8A%20%E4%B8%80.html\""));
    assert_eq!(w.failed.len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

fn corpus() -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/lucheng-2025.txt");
    std::fs::read_to_string(p).expect("the corpus report")
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn lucheng_marks_the_tally_and_the_count_warning_at_both_places() {
    let text = corpus();
    let r = Report::parse(&text).unwrap();
    let html = view::page(&r, &text, &ViewOptions::new());
    let x = check_page(&r, &text, &html, true);
    let head = |p: &str| x.heads.iter().find(|h| h.attrs["data-p"] == p).unwrap();
    let total = head("outcomes.penalties[0]");
    assert_eq!(total.kind, "penalty");
    assert_eq!(total.attrs["data-v"], "党纪处分 42人");
    let parts: Vec<&str> = (0..5)
        .map(|j| {
            let h = head(&format!("outcomes.penalties[0].breakdown[{j}]"));
            assert_eq!(h.kind, "sanction");
            h.attrs["data-v"].as_str()
        })
        .collect();
    assert_eq!(
        parts,
        [
            "党内警告 28",
            "严重警告 8",
            "撤销党内职务 1",
            "留党察看 2",
            "开除党籍 3"
        ]
    );
    assert!(x.inside[&total.id].starts_with("党纪处分42人"));
    // the declared 12 categories and the 13 sections, all places of one finding
    let f = r
        .validate()
        .into_iter()
        .position(|f| f.code == Code::DeclaredCountMismatch)
        .unwrap()
        .to_string();
    let places: Vec<&Tag> = x
        .heads
        .iter()
        .filter(|h| h.attrs.get("data-f") == Some(&f))
        .collect();
    assert_eq!(places.len(), 14);
    assert_eq!(x.inside[&places[0].id], "12个");
    assert!(
        places[1..]
            .iter()
            .all(|p| x.inside[&p.id].contains("问题的整改情况"))
    );
    assert_eq!(x.markers.iter().filter(|m| **m == f).count(), 14);
    assert!(html.contains("money in yuan"));
}

/// Where the browser test finds its pages: `XUNSHI_VIEW_OUT` or `target/view-test`.
fn out_dir() -> PathBuf {
    std::env::var_os("XUNSHI_VIEW_OUT").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/view-test"),
        PathBuf::from,
    )
}

/// About 1 MB: the corpus report with its issue sections repeated.
fn one_megabyte(text: &str) -> String {
    let first = text.find("一、关于").unwrap();
    let next = text.find("下一步,").unwrap();
    let (head, body, tail) = (&text[..first], &text[first..next], &text[next..]);
    let mut big = String::from(head);
    while big.len() + body.len() + tail.len() <= 1 << 20 {
        big.push_str(body);
    }
    big.push_str(tail);
    big
}

/// Writes the pages the browser test loads (the corpus report, three fixtures, a 1 MB
/// input), the texts, and `expected.json` with the marks per kind, and prints how long
/// `page()` takes.
#[test]
#[ignore = "reads ../shared/corpus"]
fn write_pages_for_the_browser_test() {
    let out = out_dir();
    std::fs::create_dir_all(&out).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let read = |n: &str| std::fs::read_to_string(fixtures.join(n)).unwrap();
    let lucheng = corpus();
    let inputs: Vec<(String, String)> = vec![
        ("lucheng-2025".into(), lucheng.clone()),
        ("03-crlf-bom".into(), read("03-crlf-bom.txt")),
        (
            "31-xishan-housing-breakdown-mismatch".into(),
            read("31-xishan-housing-breakdown-mismatch.txt"),
        ),
        (
            "34-nanxi-forestry-traditional".into(),
            read("34-nanxi-forestry-traditional.txt"),
        ),
        ("one-megabyte".into(), one_megabyte(&lucheng)),
    ];
    let mut manifest = Vec::new();
    for (name, text) in &inputs {
        let r = Report::parse(text).unwrap();
        let opts = ViewOptions::new().name(format!("{name}.txt"));
        let _ = view::page(&r, text, &opts); // warm up
        let runs = 5;
        let t0 = Instant::now();
        let mut html = String::new();
        for _ in 0..runs {
            html = view::page(&r, text, &opts);
        }
        let ms = t0.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
        let t1 = Instant::now();
        let _ = Report::parse(text).unwrap();
        let parse_ms = t1.elapsed().as_secs_f64() * 1000.0;
        let counts = expected(&r, text);
        check_page(&r, text, &html, true);
        std::fs::write(out.join(format!("{name}.html")), &html).unwrap();
        std::fs::write(out.join(format!("{name}.txt")), text).unwrap();
        println!(
            "{name}: {} bytes of text, {} bytes of HTML, {} marks, page() {ms:.1} ms (parse {parse_ms:.1} ms)",
            text.len(),
            html.len(),
            counts.values().sum::<usize>()
        );
        manifest.push(serde_json::json!({
            "name": name,
            "html": format!("{name}.html"),
            "text": format!("{name}.txt"),
            "bytes": text.len(),
            "page_ms": ms,
            "counts": counts,
        }));
    }
    std::fs::write(
        out.join("expected.json"),
        serde_json::to_string_pretty(&manifest).unwrap(),
    )
    .unwrap();
    let entries: Vec<IndexEntry> = inputs
        .iter()
        .map(|(n, t)| {
            IndexEntry::new(
                format!("{n}.txt"),
                format!("{n}.html"),
                &Report::parse(t).unwrap(),
                t,
            )
        })
        .collect();
    std::fs::write(out.join("index.html"), view::index(&entries)).unwrap();
    println!("pages in {}", out.display());
}
