//! The real mistakes reports contain (VARIANTS.md, last section) become findings, each on a
//! fixture written for it; the other fixtures have no error findings.

use xunshi::{Code, Report, Severity};

fn findings(name: &str) -> (String, Vec<xunshi::Finding>) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let f = Report::parse(&text).unwrap().validate();
    (text, f)
}

fn assert_has(name: &str, code: Code, quoted: &str) {
    let (text, f) = findings(name);
    let hits: Vec<_> = f.iter().filter(|x| x.code == code).collect();
    assert!(!hits.is_empty(), "{name}: no {code:?} finding in {f:#?}");
    let covered = hits
        .iter()
        .any(|h| h.spans.iter().any(|s| text[s.range()].contains(quoted)));
    assert!(
        quoted.is_empty() || covered,
        "{name}: no {code:?} span covers “{quoted}”: {hits:#?}"
    );
}

#[test]
fn xuncha_notice_titled_xunshi() {
    assert_has(
        "25-songling-education-title-xunshi.txt",
        Code::SchemeMismatch,
        "巡视",
    );
}

#[test]
fn template_placeholder_left_in() {
    assert_has(
        "26-linjiang-culture-placeholder.txt",
        Code::Placeholder,
        "XX",
    );
}

#[test]
fn garbled_count() {
    assert_has(
        "27-beichuan-health-garbled-count.txt",
        Code::ImplausibleCount,
        "413",
    );
    assert_has(
        "27-beichuan-health-garbled-count.txt",
        Code::DeclaredCountMismatch,
        "413个",
    );
}

#[test]
fn dropped_enumeration_label() {
    let (_, f) = findings("28-jiangcheng-ecology-dropped-label.txt");
    let gap = f
        .iter()
        .find(|x| x.code == Code::NumberingGap)
        .expect("a numbering gap");
    assert_eq!(gap.message, "issue numbering skips 3: “四、” follows 2");
}

#[test]
fn feedback_long_after_the_inspection() {
    assert_has(
        "29-songling-water-late-feedback.txt",
        Code::FeedbackLate,
        "",
    );
}

#[test]
fn published_years_after_feedback() {
    assert_has(
        "30-nanxi-coop-late-publication.txt",
        Code::PublishedLate,
        "2024年11月18日",
    );
}

#[test]
fn breakdown_that_does_not_add_up() {
    let (_, f) = findings("31-xishan-housing-breakdown-mismatch.txt");
    let e = f
        .iter()
        .find(|x| x.code == Code::BreakdownMismatch)
        .unwrap();
    assert_eq!(e.severity, Severity::Error);
    assert_eq!(
        e.message,
        "党纪处分 breakdown sums to 7 but the total is 10"
    );
    assert_eq!(e.spans.len(), 3, "the total and each part");
}

#[test]
fn truncated_report() {
    assert_has(
        "32-linjiang-hospital-truncated.txt",
        Code::Truncated,
        "梳理出重点岗位风险点",
    );
}

#[test]
fn spam_glued_to_the_first_word() {
    assert_has(
        "33-donghu-cityadmin-spam-glued.txt",
        Code::LeadingDebris,
        "扫码免费领取话费",
    );
}

#[test]
fn traditional_characters_with_debris() {
    let (_, f) = findings("34-nanxi-forestry-traditional.txt");
    let n = f
        .iter()
        .filter(|x| x.code == Code::TraditionalCharacters)
        .count();
    assert_eq!(n, 2, "the conversion and its debris: {f:#?}");
    assert_has(
        "34-nanxi-forestry-traditional.txt",
        Code::TraditionalCharacters,
        "乾部",
    );
}

#[test]
fn other_fixtures_have_no_error_findings() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".txt") || name.starts_with("31-") {
            continue;
        }
        let (_, f) = findings(&name);
        let errors: Vec<_> = f.iter().filter(|x| x.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        n += 1;
    }
    assert!(n >= 30);
}

/// A title and body that disagree on the team or on who issues the notice, and a team of
/// one scheme said to have done the other, are findings; the same body written two ways
/// (`党委`, `委员会`) is none.
#[test]
fn title_and_body_that_disagree_on_team_issuer_or_scheme() {
    let header = "根据县委统一部署,2023年4月10日至6月9日,县委第三巡察组对县林业局党组开展了常规巡察。7月20日,县委第三巡察组向县林业局党组反馈了巡察意见。\n一、关于“台账管理不规范”问题的整改情况\n(一)清理台账。\n";
    let codes = |text: &str| -> Vec<(Code, String)> {
        let r = Report::parse(text).unwrap();
        r.validate()
            .into_iter()
            .filter(|f| matches!(f.code, Code::TitleBodyMismatch | Code::SchemeMismatch))
            .map(|f| (f.code, f.message))
            .collect()
    };
    let team = codes(&format!(
        "中共青岚县林业局党组关于县委第四巡察组反馈意见整改情况的通报\n{header}"
    ));
    assert!(
        team.iter()
            .any(|(c, m)| *c == Code::TitleBodyMismatch && m.contains("team 4")),
        "{team:?}"
    );
    let issuer = codes(&format!(
        "中共青岚县林业局党组关于县委巡察整改情况的通报\n{header}中共青岚县水务局党组\n2023年10月9日\n"
    ));
    assert!(
        issuer.iter().any(|(_, m)| m.contains("水务局")),
        "{issuer:?}"
    );
    let same = codes(&format!(
        "中共青岚县林业局党委关于县委巡察整改情况的通报\n{header}中共青岚县林业局委员会\n2023年10月9日\n"
    ));
    assert!(same.is_empty(), "{same:?}");
    let scheme = codes(&header.replacen("开展了常规巡察", "开展了常规巡视", 1));
    assert!(
        scheme
            .iter()
            .any(|(c, m)| *c == Code::SchemeMismatch && m.contains("县委第三巡察组")),
        "{scheme:?}"
    );
}

/// Two `一是…` enumerations in one issue are no numbering repeat; a skipped label within
/// one still is a gap.
#[test]
fn a_second_enumeration_is_no_repeat() {
    let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局党组开展了常规巡察。7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。\n\
        一、关于“台账管理不规范”问题的整改情况\n\
        一是清理台账。\n二是建立制度。\n局党组召开会议研究部署,强调两点:\n一是提高认识。\n三是压实责任。\n";
    let r = Report::parse(text).unwrap();
    assert_eq!(r.issues[0].measures.len(), 4, "{:?}", r.issues[0].measures);
    let f = r.validate();
    assert!(!f.iter().any(|x| x.code == Code::NumberingRepeat), "{f:#?}");
    assert!(
        f.iter()
            .any(|x| x.code == Code::NumberingGap && x.message.contains("三是")),
        "{f:#?}"
    );
}
