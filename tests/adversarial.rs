//! Adversarial inputs (issue #6): every call returns — `Ok` or a typed [`ParseError`] —
//! and never panics; whatever parses keeps every character (complete coverage), carries
//! spans on `char` boundaries inside the input, validates and renders; numbers that do not
//! fit and dates that cannot be become findings with spans.
//!
//! Each input is kept under ~100 KB so the suite stays fast. The growth of each shape with
//! size is measured by the `adversarial` criterion bench (`benches/adversarial.rs`), not
//! timed here.
//!
//! The texts are invented for these tests (a fictional 柳岸县气象局); the fixtures are read
//! at run time.

mod common;

use serde_json::Value;
use std::path::Path;
use xunshi::{Code, Finding, ParseErrorKind, Report, Span};

// ---------------------------------------------------------------------------------------
// Texts

/// The header sentence(s) of an invented notice.
const HEADER: &str = "根据县委统一部署,2023年4月10日至6月9日,县委第四巡察组对柳岸县气象局开展了常规巡察。\
7月18日,县委第四巡察组向县气象局党组反馈了巡察意见。现将整改情况予以公布。\n";

/// A whole invented notice: title, header, overview, tallies, two issues, next steps,
/// contact and signature.
fn base() -> String {
    let mut s = String::from("中共柳岸县气象局党组关于县委巡察整改情况的通报\n");
    s.push_str(HEADER);
    s.push_str(
        "局党组召开专题会议4次,针对反馈的2个方面6个问题,制定整改措施18条。截至2023年10月31日,\
已完成整改5个、正在整改1个。\n\
在整改中,给予党纪处分2人(党内警告1人,严重警告1人);诫勉3人;建立完善制度7项;清退违规发放补贴3.6万元。\n\
一、关于“气象服务保障不够精准”问题的整改情况\n\
(一)完善预警发布流程。修订预警发布办法2项,开展应急演练4次。\n\
(二)加强基层站点管理。排查自动观测站31个,整改隐患9处。\n\
二、关于“财务管理制度执行不严”问题的整改情况\n\
(一)规范公务接待。清理接待台账2本,追回超标准费用0.8万元。\n\
下一步,县气象局党组将持续巩固整改成果。一是压实整改责任。二是健全长效机制。\n\
联系电话:0571-00000099;电子邮箱:lajxj@liuan.example.cn\n\
中共柳岸县气象局党组\n\
2023年11月20日\n",
    );
    s
}

/// The same notice for another unit, to nest or repeat.
fn other() -> String {
    base()
        .replace("柳岸县气象局", "石湾县档案馆")
        .replace("气象局", "档案馆")
        .replace("第四", "第六")
}

fn with_header(body: &str) -> String {
    format!("{HEADER}{body}\n")
}

// ---------------------------------------------------------------------------------------
// Checks

fn check_span(input: &str, s: Span, what: &str) {
    assert!(s.start <= s.end, "{what}: span {s} runs backwards");
    assert!(
        s.end <= input.len(),
        "{what}: span {s} past the end ({} bytes)",
        input.len()
    );
    assert!(
        input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
        "{what}: span {s} cuts a char"
    );
}

fn json_spans(v: &Value, out: &mut Vec<Span>) {
    match v {
        // any `{"start": n, "end": n}`: `span`, `spans`, `count_spans` …
        Value::Object(m)
            if m.len() == 2
                && m.get("start").is_some_and(Value::is_u64)
                && m.get("end").is_some_and(Value::is_u64) =>
        {
            out.push(serde_json::from_value(v.clone()).unwrap())
        }
        Value::Object(m) => m.values().for_each(|x| json_spans(x, out)),
        Value::Array(a) => a.iter().for_each(|x| json_spans(x, out)),
        _ => {}
    }
}

/// What must hold for every report that parses.
fn invariants(input: &str, report: &Report) -> Vec<Finding> {
    let findings = report.validate();
    for f in &findings {
        for &s in &f.spans {
            check_span(input, s, "finding");
        }
    }
    let mut spans = Vec::new();
    json_spans(&serde_json::to_value(report).unwrap(), &mut spans);
    xunshi::visit_spans(report, &mut |_, s| spans.push(s));
    for s in spans {
        check_span(input, s, "model");
    }
    for p in &report.unrecognized {
        assert_eq!(
            p.span.slice(input),
            Some(p.text.as_str()),
            "a passage's text is not its span"
        );
    }
    let cov = report.coverage(input);
    assert!(
        cov.is_complete(),
        "text dropped: {:?}",
        cov.uncovered
            .iter()
            .map(|s| s.slice(input))
            .collect::<Vec<_>>()
    );
    let rendered = report.render();
    if let Ok(again) = Report::parse(&rendered) {
        let _ = again.validate();
        let _ = again.render();
    }
    findings
}

/// Parses `input`: `Ok` with the invariants holding, or a typed error whose span (if any)
/// fits the input. A panic fails the test.
fn check(input: &str) -> Option<(Report, Vec<Finding>)> {
    match Report::parse(input) {
        Ok(r) => {
            let f = invariants(input, &r);
            Some((r, f))
        }
        Err(e) => {
            match e.kind() {
                ParseErrorKind::Empty | ParseErrorKind::NotAReport | ParseErrorKind::Invalid(_) => {
                }
                other => panic!("unexpected error kind {other:?}"),
            }
            if let Some(s) = e.span() {
                check_span(input, s, "error");
            }
            assert!(!e.to_string().is_empty());
            None
        }
    }
}

/// Parses `input`, which must be read as a report.
fn check_ok(input: &str) -> (Report, Vec<Finding>) {
    match check(input) {
        Some(x) => x,
        None => panic!(
            "not read as a report: {:?}",
            Report::parse(input).unwrap_err()
        ),
    }
}

/// A finding with `code` whose first span covers `needle`.
fn assert_finding(input: &str, findings: &[Finding], code: Code, needle: &str) {
    let hit = findings.iter().any(|f| {
        f.code == code
            && f.spans.first().is_some_and(|s| {
                !s.is_empty() && s.slice(input).is_some_and(|t| t.contains(needle))
            })
    });
    assert!(
        hit,
        "no {code:?} finding with a span over “{}”; findings: {:#?}",
        short(needle),
        findings
            .iter()
            .map(|f| (f.code, &f.message))
            .collect::<Vec<_>>()
    );
}

fn short(s: &str) -> String {
    let n = s.chars().count();
    if n <= 40 {
        s.to_owned()
    } else {
        format!("{}…({n} chars)", s.chars().take(30).collect::<String>())
    }
}

use common::fixtures;

// ---------------------------------------------------------------------------------------
// Sanity: the invented notice itself

#[test]
fn the_invented_notice_parses() {
    let text = base();
    let (r, findings) = check_ok(&text);
    assert_eq!(r.inspection.as_ref().unwrap().team_number, Some(4));
    assert_eq!(r.issues.len(), 2);
    assert_eq!(r.outcomes.as_ref().unwrap().penalties[0].total, Some(2));
    assert!(
        findings
            .iter()
            .all(|f| f.severity < xunshi::Severity::Error),
        "{findings:#?}"
    );
    let (r2, _) = check_ok(&other());
    assert_eq!(r2.inspection.as_ref().unwrap().team_number, Some(6));
}

#[test]
fn empty_and_blank_inputs_are_typed_errors() {
    for s in [
        "",
        " ",
        "\n\n\n",
        "\r\n\t",
        "\u{3000}\u{3000}",
        "\u{feff}",
        " \u{200b} \n",
    ] {
        let e = Report::parse(s).unwrap_err();
        assert_eq!(e.kind(), &ParseErrorKind::Empty, "{s:?}");
    }
    for s in [
        "hello", "。", "根据", "巡察", "\u{0}", "\u{202e}", "一、", "(一)",
    ] {
        check(s);
    }
}

// ---------------------------------------------------------------------------------------
// Long runs of headings

const HEADING_SHAPES: &[&str] = &[
    "一、\n",
    "一、",
    "(一)\n",
    "(一)",
    "(一)",
    "1.\n",
    "1、",
    "(1)\n",
    "①",
    "一是",
    "问题1:",
    "第一,",
    "一、关于“”问题的整改情况\n",
    "一、关于“数据报送不及时”问题的整改情况\n",
    "(一)在“管理”方面\n1.关于“台账”问题\n(1)整改。\n",
    "十一、组织领导情况\n",
    "下一步\n",
    "【巡察整改】中共柳岸县气象局党组关于县委巡察整改情况的通报\n",
];

#[test]
fn long_runs_of_headings() {
    for shape in HEADING_SHAPES {
        let n = 30_000 / shape.len();
        let run = shape.repeat(n);
        check(&run);
        check_ok(&with_header(&run));
        check_ok(&format!(
            "{HEADER}{run}{}",
            &base()[base().find("下一步").unwrap()..]
        ));
    }
}

#[test]
fn long_runs_of_numbered_headings() {
    // 一、二、…九十九、 then 1. … 2000. — every label a new number
    let mut s = String::new();
    for k in 1..=2000u32 {
        s.push_str(&format!("{k}.关于“第{k}项”问题的整改情况\n({k})落实。\n"));
    }
    check_ok(&with_header(&s));
}

// ---------------------------------------------------------------------------------------
// Brackets and quotes of both widths

const BRACKETS: &[&str] = &[
    "(",
    ")",
    "\u{ff08}",
    "\u{ff09}",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "「",
    "」",
    "【",
    "】",
    "《",
    "》",
    "〈",
    "〉",
    "<",
    ">",
    "〔",
    "〕",
    "[",
    "]",
    "((",
    "“(",
    "(“",
    "《(",
    "“‘",
    "(一",
    "关于“",
];

#[test]
fn long_runs_of_brackets_and_quotes() {
    for b in BRACKETS {
        let run = b.repeat(24_000 / b.len());
        check(&run);
        // in the header, in a tally, in a heading, in a measure, in the signature
        check_ok(&format!(
            "根据县委统一部署,{run}2023年4月10日至6月9日,县委第四巡察组对柳岸县气象局开展了巡察。\n"
        ));
        check_ok(&with_header(&format!(
            "给予党纪处分3人{run}党内警告1人,严重警告2人{run};诫勉{run}2人。"
        )));
        check_ok(&with_header(&format!(
            "一、关于“{run}”问题的整改情况\n(一){run}完善制度。修订办法{run}2项。"
        )));
        check_ok(&format!("{}{run}\n", base()));
    }
}

#[test]
fn nested_and_unbalanced_brackets() {
    let shapes = [
        format!("{}{}", "(".repeat(5000), ")".repeat(5000)),
        format!("{}{}", "\u{ff08}".repeat(5000), "\u{ff09}".repeat(5000)),
        "(“(‘(《".repeat(2000),
        "”)’)》".repeat(2000),
        "给予党纪处分1人(".repeat(1500),
        "给予党纪处分1人(党内警告1人".repeat(1500),
        "一、关于“".repeat(4000),
    ];
    for s in &shapes {
        check(s);
        check_ok(&with_header(s));
    }
}

// ---------------------------------------------------------------------------------------
// Tally words without numbers

#[test]
fn tally_words_without_numbers_invent_nothing() {
    let shapes = [
        "给予党纪处分人(党内警告人,严重警告人);政务处分人(记过人);诫勉人;组织处理人次;建立完善制度项;清退违规资金万元;挽回经济损失元。\n",
        "党纪处分",
        "给予",
        "党纪处分政务处分诫勉组织处理",
        "清退挽回追缴收缴",
        "给予党纪处分(党内警告,严重警告)",
        "给予党纪处分人人人人",
        "清退万元亿元元",
        "给予党纪处分名(",
    ];
    for shape in shapes {
        let text = with_header(&shape.repeat(20_000 / shape.len()));
        let (r, _) = check_ok(&text);
        if let Some(o) = &r.outcomes {
            for p in &o.penalties {
                assert_eq!(p.total, None, "{shape}: a total was invented: {p:?}");
                assert!(
                    p.breakdown.is_empty(),
                    "{shape}: a breakdown count was invented: {p:?}"
                );
            }
            assert!(
                o.funds.is_empty(),
                "{shape}: money was invented: {:?}",
                o.funds
            );
            assert_eq!(o.institutions, None, "{shape}");
        }
        if let Some(o) = &r.overview {
            assert_eq!(
                (o.problems, o.problem_categories, o.measures),
                (None, None, None),
                "{shape}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Numbers with thousands of digits

fn digits(n: usize) -> String {
    "9".repeat(n)
}

/// Every place a number may stand in a notice, with `num` put there.
fn number_places(num: &str) -> Vec<String> {
    vec![
        format!(
            "根据县委统一部署,{num}年4月10日至{num}月{num}日,县委第{num}巡察组对柳岸县气象局开展了巡察。\n"
        ),
        with_header(&format!(
            "给予党纪处分{num}人(党内警告{num}人,严重警告{num}人);诫勉{num}人次。"
        )),
        with_header(&format!(
            "清退违规资金{num}万元,挽回经济损失{num}亿元,追缴{num}元。"
        )),
        with_header(&format!(
            "针对反馈的{num}个方面{num}个问题,制定整改措施{num}条。截至{num}年{num}月,已完成整改{num}个,整改完成率{num}%。"
        )),
        with_header(&format!(
            "{num}、关于“资料”问题的整改情况\n({num})整改。核查{num}项,约{num}余万人次。"
        )),
        format!("中共柳岸县气象局党组关于十四届县委第{num}轮巡察整改情况的通报\n{HEADER}"),
        format!(
            "{}中共柳岸县气象局党组\n{num}年{num}月{num}日\n",
            with_header("一、关于“资料”问题的整改情况")
        ),
    ]
}

/// Long numbers anywhere: no finding demanded here (no panic, nothing dropped).
#[test]
fn numbers_with_thousands_of_ascii_digits() {
    for n in [30, 2000] {
        for p in number_places(&digits(n)) {
            check(&p);
        }
    }
}

#[test]
fn numbers_with_thousands_of_full_width_digits() {
    for p in number_places(&"\u{ff19}".repeat(2000)) {
        check(&p);
    }
}

#[test]
fn numbers_with_thousands_of_digits_decimals_and_separators() {
    for num in [
        format!("{}.{}", digits(1000), digits(1000)),
        format!("1,{}", "999,".repeat(500)),
        "0".repeat(2000),
    ] {
        for p in number_places(&num) {
            check(&p);
        }
    }
}

#[test]
fn numbers_in_chinese_numerals() {
    for num in [
        "九".repeat(40),
        "九十九".repeat(20),
        "一万".repeat(30),
        "〇".repeat(60),
        "十".repeat(60),
    ] {
        for p in number_places(&num) {
            check(&p);
        }
    }
}

#[test]
fn numbers_with_thousands_of_chinese_numerals() {
    for p in number_places(&"九".repeat(3000)) {
        check(&p);
    }
}

// ---------------------------------------------------------------------------------------
// Counts beyond u32 / u64: exact at the limit, a finding past it

const U64_MAX: &str = "18446744073709551615";
const U64_OVER: &str = "18446744073709551616";
const U32_OVER: &str = "4294967296";

#[test]
fn tally_counts_at_the_limits_are_exact() {
    let text = with_header(&format!("给予党纪处分{U64_MAX}人;诫勉{U32_OVER}人。"));
    let (r, f) = check_ok(&text);
    let p = &r.outcomes.as_ref().unwrap().penalties;
    assert_eq!(p[0].total, Some(u64::MAX));
    assert_eq!(p[1].total, Some(u64::from(u32::MAX) + 1));
    assert!(f.iter().all(|f| f.code != Code::NumberOverflow), "{f:#?}");
}

#[test]
fn tally_total_beyond_u64_is_a_finding() {
    for num in [U64_OVER, &digits(25), &digits(3000)] {
        let text = with_header(&format!(
            "给予党纪处分{num}人(党内警告1人,严重警告1人);诫勉3人。"
        ));
        let (r, f) = check_ok(&text);
        assert_finding(&text, &f, Code::NumberOverflow, num);
        let p = &r.outcomes.as_ref().unwrap().penalties[0];
        assert_eq!(
            p.total, None,
            "an overflowing total must not hold a made-up value"
        );
    }
}

#[test]
fn tally_total_beyond_u64_in_full_width_digits_is_a_finding() {
    let num: String = U64_OVER
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xff10).unwrap())
        .collect();
    let text = with_header(&format!("给予党纪处分{num}人;诫勉3人。"));
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::NumberOverflow, &num);
}

#[test]
fn breakdown_count_beyond_u64_is_a_finding() {
    let text = with_header(&format!(
        "给予党纪处分2人(党内警告{U64_OVER}人,严重警告1人)。"
    ));
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::NumberOverflow, U64_OVER);
}

#[test]
fn tally_total_beyond_u64_in_chinese_numerals_is_a_finding() {
    let num = "九".repeat(40);
    let text = with_header(&format!("给予党纪处分{num}人;诫勉3人。"));
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::NumberOverflow, &num);
}

#[test]
fn overview_counts_beyond_u64_are_findings() {
    for (sentence, num) in [
        (
            format!("针对反馈的{U64_OVER}个方面6个问题,制定整改措施18条。"),
            U64_OVER,
        ),
        (
            format!("针对反馈的2个方面{U64_OVER}个问题,制定整改措施18条。"),
            U64_OVER,
        ),
        (
            format!("针对反馈的2个方面6个问题,制定整改措施{U64_OVER}条。"),
            U64_OVER,
        ),
        (
            format!("截至2023年10月31日,已完成整改{U64_OVER}个、正在整改1个。"),
            U64_OVER,
        ),
    ] {
        let text = with_header(&sentence);
        let (_, f) = check_ok(&text);
        assert_finding(&text, &f, Code::NumberOverflow, num);
    }
}

#[test]
fn institutions_beyond_u64_is_a_finding() {
    let text = with_header(&format!("给予党纪处分1人;建立完善制度{U64_OVER}项。"));
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::NumberOverflow, U64_OVER);
}

#[test]
fn money_beyond_decimal_is_a_finding() {
    for num in [
        digits(35).as_str(),
        "12345678901234567890123456789012345",
        &digits(3000),
    ] {
        let text = with_header(&format!("清退违规发放补贴{num}元。"));
        let (r, f) = check_ok(&text);
        assert_finding(&text, &f, Code::NumberOverflow, num);
        if let Some(o) = &r.outcomes {
            for x in &o.funds {
                assert!(
                    !num.ends_with(x.amount.text.trim_end_matches(['元', '万'])),
                    "a tail of the digits was read as the amount: {}",
                    x.amount.text
                );
            }
        }
    }
}

#[test]
fn team_number_beyond_u32_is_a_finding() {
    let text = format!(
        "根据县委统一部署,2023年4月10日至6月9日,县委第{U32_OVER}巡察组对柳岸县气象局开展了巡察。\n"
    );
    let (r, f) = check_ok(&text);
    assert_eq!(r.inspection.unwrap().team_number, None);
    assert_finding(&text, &f, Code::NumberOverflow, U32_OVER);
}

#[test]
fn title_round_beyond_u32_is_a_finding() {
    let text =
        format!("中共柳岸县气象局党组关于十四届县委第{U32_OVER}轮巡察整改情况的通报\n{HEADER}");
    let (r, f) = check_ok(&text);
    assert_eq!(r.title.unwrap().round_number, None);
    assert_finding(&text, &f, Code::NumberOverflow, U32_OVER);
}

// ---------------------------------------------------------------------------------------
// Impossible dates

fn header_with_period(period: &str, feedback: &str) -> String {
    format!(
        "根据县委统一部署,{period},县委第四巡察组对柳岸县气象局开展了常规巡察。\
{feedback},县委第四巡察组向县气象局党组反馈了巡察意见。\n"
    )
}

#[test]
fn impossible_dates_in_the_period_are_findings() {
    for period in [
        "2023年2月30日至6月9日",
        "2023年4月10日至6月31日",
        "2023年4月10日至13月9日",
        "2023年13月至14月",
        "2023年0月10日至6月9日",
        "2023年4月0日至6月9日",
        "2023年4月10日至6月32日",
        "2023年2月29日至6月9日",
        "2023-02-30至2023-06-09",
        "2023-04-10至2023-13-01",
        "2023/04/31至2023/06/09",
        "二〇二三年二月三十日至六月九日",
        "２０２３年２月３０日至６月９日",
    ] {
        let text = header_with_period(period, "7月18日");
        let (r, f) = check_ok(&text);
        assert_finding(&text, &f, Code::ImpossibleDate, period);
        let i = r.inspection.unwrap();
        for d in [i.start, i.end].into_iter().flatten() {
            // whatever was kept is a real date
            if let (Some(m), Some(day)) = (d.month, d.day) {
                assert!(
                    xunshi::PartialDate::ymd(d.year, m, day).is_ok(),
                    "{period}: {d:?}"
                );
            }
        }
    }
}

#[test]
fn leap_day_in_a_leap_year_is_no_finding() {
    let text = header_with_period("2024年2月29日至4月9日", "5月18日");
    let (r, f) = check_ok(&text);
    assert!(f.iter().all(|f| f.code != Code::ImpossibleDate), "{f:#?}");
    assert_eq!(
        r.inspection.unwrap().start.unwrap().to_string(),
        "2024-02-29"
    );
}

#[test]
fn impossible_feedback_dates_are_findings() {
    for fb in ["2月30日", "6月31日", "13月2日", "2023年2月29日", "7月0日"] {
        let text = header_with_period("2023年4月10日至6月9日", fb);
        let (r, f) = check_ok(&text);
        assert_finding(&text, &f, Code::ImpossibleDate, fb);
        assert_eq!(r.inspection.unwrap().feedback_date, None, "{fb}");
    }
}

#[test]
fn impossible_as_of_date_is_a_finding() {
    let text = with_header(
        "针对反馈的2个方面6个问题,制定整改措施18条。截至2023年2月30日,已完成整改5个、正在整改1个。",
    );
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::ImpossibleDate, "2023年2月30日");
}

#[test]
fn impossible_signature_date_is_a_finding() {
    let text = format!(
        "{HEADER}一、关于“资料”问题的整改情况\n(一)整改。\n中共柳岸县气象局党组\n2023年2月29日\n"
    );
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::ImpossibleDate, "2023年2月29日");
}

#[test]
fn impossible_date_after_the_issuer_on_the_signature_line() {
    // found by the `grammars` fuzz target: the finding's span left out the date's offset
    let text = regression("signature-impossible-date-span.txt");
    let (_, f) = check_ok(&text);
    for x in f.iter().filter(|f| f.code == Code::ImpossibleDate) {
        assert!(
            x.spans
                .iter()
                .all(|s| s.slice(&text).is_some_and(|t| !t.is_empty())),
            "{x:?}"
        );
    }
    let text = format!(
        "{HEADER}一、关于“资料”问题的整改情况\n(一)整改。\n中共柳岸县气象局党组2023年2月30日\n"
    );
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::ImpossibleDate, "2月30日");
}

#[test]
fn impossible_dates_through_the_public_constructors() {
    use xunshi::PartialDate;
    assert!(PartialDate::ymd(2023, 2, 30).is_err());
    assert!(PartialDate::ymd(2023, 2, 29).is_err());
    assert!(PartialDate::ymd(2024, 2, 29).is_ok());
    assert!(PartialDate::ymd(2023, 13, 1).is_err());
    assert!(PartialDate::ymd(2023, 0, 1).is_err());
    assert!(PartialDate::ymd(2023, 1, 0).is_err());
    assert!(PartialDate::ymd(u16::MAX, 255, 255).is_err());
    assert!(PartialDate::ym(2023, 13).is_err());
    assert!(PartialDate::ym(2023, 0).is_err());
    for s in [
        "2023-02-30",
        "2023-13",
        "2023-00",
        "2023-1-0",
        "99999",
        "",
        "-",
        "2023--1",
        "2023-02-28-1",
        "２０２３",
    ] {
        assert!(s.parse::<PartialDate>().is_err(), "{s}");
    }
}

// ---------------------------------------------------------------------------------------
// Control and bidi characters

const CONTROLS: &[char] = &[
    '\u{0}', '\u{1}', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}', '\u{a0}',
    '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}',
    '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{2028}',
    '\u{2029}', '\u{feff}', '\u{fffd}', '\u{fff9}', '\r',
];

#[test]
fn control_and_bidi_characters_between_every_character() {
    let text = base();
    for &c in CONTROLS {
        let spread: String = text.chars().flat_map(|x| [x, c]).collect();
        check(&spread);
    }
}

#[test]
fn control_and_bidi_characters_at_line_edges_and_in_runs() {
    let text = base();
    for &c in CONTROLS {
        let edges: String = text.lines().map(|l| format!("{c}{l}{c}\n")).collect();
        check(&edges);
        let run = c.to_string().repeat(4000);
        check(&run);
        check(&format!("{run}{text}{run}"));
        // inside numbers and dates
        check(
            &text
                .replace("2023年", &format!("20{c}23年"))
                .replace("2人", &format!("2{c}人")),
        );
    }
}

#[test]
fn bidi_override_around_the_header_keeps_the_report() {
    for c in ['\u{202e}', '\u{2067}', '\u{200f}', '\u{feff}'] {
        let text = base().replace("根据", &format!("{c}根据"));
        let (r, _) = check_ok(&text);
        assert!(r.inspection.is_some(), "{c:?}");
    }
}

// ---------------------------------------------------------------------------------------
// A report inside a report, a report twice

#[test]
fn a_report_inside_a_report() {
    let outer = base();
    let inner = other();
    for at in [
        "一、关于",
        "(二)",
        "下一步",
        "联系电话",
        "中共柳岸县气象局党组\n2023",
    ] {
        let p = outer.rfind(at).unwrap();
        let text = format!("{}{inner}{}", &outer[..p], &outer[p..]);
        let (r, _) = check_ok(&text);
        assert_eq!(
            r.inspection.as_ref().unwrap().team_number,
            Some(4),
            "the outer header comes first"
        );
    }
    // nested three deep
    let mut text = base();
    for _ in 0..3 {
        let p = text.find("二、关于").unwrap();
        text = format!("{}{}{}", &text[..p], text, &text[p..]);
    }
    assert!(text.len() < 100_000);
    check_ok(&text);
}

#[test]
fn a_report_twice() {
    let one = base();
    for sep in ["", "\n", "\n\n\n", "\r\n", "\u{2029}"] {
        let text = format!("{one}{sep}{one}");
        let (r, _) = check_ok(&text);
        assert_eq!(r.inspection.as_ref().unwrap().team_number, Some(4));
    }
    let twenty = base().repeat(20);
    check_ok(&twenty);
    let mixed = format!("{}{}{}", base(), other(), base());
    check_ok(&mixed);
}

// ---------------------------------------------------------------------------------------
// Cut at every 97th character

fn cuts(text: &str) {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for &b in bounds.iter().step_by(97) {
        check(&text[..b]);
        check(&text[b..]);
    }
}

#[test]
fn the_invented_notice_cut_at_every_97th_character() {
    cuts(&base());
    cuts(&base().replace('\n', "\r\n"));
}

#[test]
fn every_fixture_cut_at_every_97th_character() {
    for (_, text) in fixtures() {
        cuts(&text);
    }
}

#[test]
fn every_fixture_cut_at_every_97th_byte_lossily() {
    // cut inside a UTF-8 sequence, as a truncated download would be
    for (_, text) in fixtures().into_iter().take(12) {
        let bytes = text.as_bytes();
        for b in (0..bytes.len()).step_by(97) {
            check(&String::from_utf8_lossy(&bytes[..b]));
        }
    }
}

#[test]
fn every_fixture_with_every_97th_byte_broken() {
    for (_, text) in fixtures().into_iter().take(12) {
        let mut bytes = text.into_bytes();
        for b in (0..bytes.len()).step_by(97) {
            bytes[b] = 0xff;
        }
        check(&String::from_utf8_lossy(&bytes));
    }
}

// ---------------------------------------------------------------------------------------
// Crash inputs (tests/regressions/*.txt, see its README): each must return without a panic.

/// Regression inputs whose bug is still open (each with its own `#[ignore = "parser bug: …"]`
/// test); remove a name here when its test passes.
const OPEN: &[&str] = &[];

fn regression(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(name);
    String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned()
}

#[test]
fn regression_inputs_return() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") || OPEN.contains(&name.as_str()) {
            continue;
        }
        check(&regression(&name));
    }
}

#[test]
fn status_field_with_a_full_width_colon() {
    let text = regression("status-fullwidth-colon.txt");
    let (r, _) = check_ok(&text);
    assert_eq!(r.issues.len(), 1);
    assert_eq!(r.issues[0].status_label.as_deref(), Some("已完成"));
    assert_eq!(r.issues[0].status, Some(xunshi::IssueStatus::Completed));
    // the same with the half-width colon reads the same status
    let (r2, _) = check_ok(&text.replace('\u{ff1a}', ":"));
    assert_eq!(r2.issues[0].status_label, r.issues[0].status_label);
}

#[test]
fn fuzz_crash_status_field_with_a_full_width_colon() {
    // minimized by `cargo fuzz tmin` (holds invalid UTF-8, read lossily as the target does)
    check(&regression("fuzz-parse-status-colon.bin"));
    // the same shape in valid UTF-8
    let (r, _) = check_ok("根据部署巡察组\n反馈问题三：x\nx完成情况：x\n");
    assert_eq!(r.all_issues().len(), 1);
}

#[test]

fn numbering_finding_span_on_a_nested_full_width_label() {
    let text = regression("numbering-span-fullwidth-label.txt");
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::NumberingGap, "（2）");
    // the same in a notice: a repeat and a gap, each over its own label
    let text = with_header("一、关于“资料”问题的整改情况\n1.（0）完善制度。\n1.（2）建立档案。");
    let (_, f) = check_ok(&text);
    assert_finding(&text, &f, Code::NumberingGap, "（2）");
}
