//! The body of real notices (declared counts, every sanction wording, the central layout,
//! markdown input), asserted on fixtures 45–52 written for it: golden files can be
//! regenerated, these facts cannot.

mod common;

use xunshi::{Part, PassageKind, PenaltyCategory, PersonUnit, Report, Slot};

fn read(name: &str) -> (String, Report) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let report = Report::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    common::assert_spans_ok(&report, &text);
    assert!(
        report.coverage(&text).is_complete(),
        "{name}: text left uncovered"
    );
    (text, report)
}

/// The declared counts, in the order of [`Slot::ALL`].
fn counts(r: &Report) -> Vec<(Slot, u64)> {
    let o = r.overview.as_ref().expect("an overview");
    Slot::ALL
        .into_iter()
        .filter_map(|s| o.count(s).map(|c| (s, c.value)))
        .collect()
}

/// A tally as `(category, total, unit, [(label, count)])`.
type Tally = (PenaltyCategory, Option<u64>, PersonUnit, Vec<(String, u64)>);

/// The tallies.
/// Each tally's `part_of`.
fn part_of(r: &Report) -> Vec<Option<usize>> {
    let o = r.outcomes.as_ref().expect("outcomes");
    o.penalties.iter().map(|p| p.part_of).collect()
}

fn tallies(r: &Report) -> Vec<Tally> {
    let o = r.outcomes.as_ref().expect("outcomes");
    o.penalties
        .iter()
        .map(|p| {
            let parts = p
                .breakdown
                .iter()
                .map(|b| (b.label.clone(), b.count.expect("every count holds")))
                .collect();
            (p.category, p.total, p.unit, parts)
        })
        .collect()
}

#[test]
fn central_layout_with_markdown_bold() {
    let (text, r) = read("45-yunling-university-central-markdown.txt");
    assert_eq!(
        r.title.as_ref().unwrap().text,
        "中共云岭理工大学委员会关于中央巡视整改进展情况的通报"
    );
    assert_eq!(
        r.inspection.as_ref().unwrap().team.as_deref(),
        Some("中央第十二巡视组")
    );
    use Slot::*;
    assert_eq!(
        counts(&r),
        [
            (ProblemCategories, 6),
            (Problems, 21),
            (Tasks, 64),
            (Measures, 186),
            (Completed, 171),
            (InProgress, 15)
        ]
    );
    // 一、 is the study part, 二、 holds the six categories, each with its items
    let parts = r.parts();
    let top: Vec<&str> = parts
        .iter()
        .filter(|p| p.depth == 0)
        .map(|p| p.part.heading().1)
        .collect();
    assert_eq!(top, ["一、", "二、"]);
    assert!(matches!(parts[0].part, Part::Section(_)));
    let categories: Vec<(&str, usize)> = r.sections[1]
        .issues
        .iter()
        .map(|i| (i.label.as_str(), i.measures.len()))
        .collect();
    assert_eq!(
        categories,
        [
            ("（一）", 2),
            ("（二）", 2),
            ("（三）", 2),
            ("（四）", 2),
            ("（五）", 2),
            ("（六）", 2)
        ]
    );
    assert_eq!(
        r.sections[1].issues[1].title,
        "落实全面从严治党“两个责任”有差距的问题"
    );
    // 三、 looks forward without saying 下一步: the closing plan
    let steps: Vec<&str> = r.next_steps.iter().map(|n| n.title.as_str()).collect();
    assert_eq!(steps.len(), 3, "{steps:?}");
    assert!(steps[0].starts_with("坚持目标不变"));
    assert!(
        r.next_steps_intro
            .as_ref()
            .unwrap()
            .text
            .contains("坚持常抓不懈")
    );
    let c = r.contact.as_ref().unwrap();
    assert_eq!(c.phones, ["0871-00000045"]);
    assert_eq!(c.postcode.as_deref(), Some("000045"));
    assert_eq!(c.emails, ["ylxszg@ylut.example.cn"]);
    assert_eq!(
        r.signature.as_ref().unwrap().date.unwrap().to_string(),
        "2025-01-16"
    );
    // the bold marks are chrome, never inside a value
    let chrome: Vec<&str> = r
        .passages(PassageKind::Chrome)
        .map(|p| p.text.as_str())
        .collect();
    assert!(chrome.iter().all(|t| *t == "**"), "{chrome:?}");
    assert_eq!(chrome.len(), text.matches("**").count());
    assert!(r.validate().is_empty(), "{:?}", r.validate());
}

#[test]
fn counts_in_one_noun_phrase_tasks_and_status() {
    let (_, r) = read("46-baishi-district-counts-noun-phrases.txt");
    use Slot::*;
    assert_eq!(
        counts(&r),
        [
            (ProblemCategories, 3),
            (Problems, 11),
            (SpecificProblems, 35),
            (Tasks, 42),
            (Measures, 96),
            (Completed, 38),
            (PartiallyCompleted, 3),
            (NotCompleted, 1)
        ]
    );
    let o = r.overview.as_ref().unwrap();
    assert_eq!(o.completion_rate.unwrap().value.to_string(), "90.5");
    // meetings and claimed problems are other counts, never a slot
    let others: Vec<String> = o
        .quantities
        .iter()
        .map(|q| format!("{}{}", q.value, q.unit))
        .collect();
    assert_eq!(others, ["6次", "12个"]);
    assert_eq!(r.outcomes.as_ref().unwrap().institutions, Some(8));
    assert_eq!(r.next_steps.len(), 2);
    assert!(r.validate().is_empty(), "{:?}", r.validate());
}

#[test]
fn counts_after_their_nouns_and_accountability_with_parts() {
    let (_, r) = read("47-qinghe-county-counts-after-nouns.txt");
    use Slot::*;
    assert_eq!(
        counts(&r),
        [
            (Problems, 14),
            (Measures, 49),
            (Completed, 5),
            (InProgress, 9)
        ]
    );
    let o = r.overview.as_ref().unwrap();
    // the measures' own progress (年内完成3项) never becomes the measure count
    assert_eq!(o.measures.unwrap().value, 49);
    // the parts after `其中` are tallies of their own categories, marked as the total's
    assert_eq!(
        tallies(&r),
        [
            (
                PenaltyCategory::Accountability,
                Some(4),
                PersonUnit::PersonTimes,
                vec![]
            ),
            (
                PenaltyCategory::Admonishment,
                Some(2),
                PersonUnit::Persons,
                vec![]
            ),
            (
                PenaltyCategory::CriticismEducation,
                Some(2),
                PersonUnit::Persons,
                vec![]
            ),
        ]
    );
    assert_eq!(part_of(&r), [None, Some(0), Some(0)]);
    assert_eq!(
        r.outcomes.as_ref().unwrap().funds[0]
            .amount
            .yuan
            .to_string(),
        "34600.00"
    );
}

#[test]
fn every_sanction_wording() {
    let (_, r) = read("48-huaxi-police-accountability-wordings.txt");
    use PenaltyCategory as C;
    use PersonUnit as U;
    let got: Vec<(C, Option<u64>, U)> = tallies(&r).into_iter().map(|t| (t.0, t.1, t.2)).collect();
    assert_eq!(
        got,
        [
            (C::Accountability, Some(7), U::Persons),
            (C::PublicCriticism, Some(3), U::Persons),
            (C::Admonishment, Some(2), U::Persons),
            (C::OrderedReview, Some(4), U::Persons),
            (C::ReminderTalk, Some(11), U::PersonTimes),
            (C::OrganizationalAdjustment, Some(2), U::Persons),
            (C::TransferredToDiscipline, Some(1), U::Persons),
            (C::TransferredToDiscipline, Some(3), U::Cases),
            (C::FirstForm, Some(26), U::PersonTimes),
            (C::GovernmentSanction, Some(0), U::Persons),
            (C::Combined, Some(12), U::Persons),
        ]
    );
    let combined = &r.outcomes.as_ref().unwrap().penalties[10];
    assert_eq!(
        combined.kinds,
        [C::CriticismEducation, C::ReminderTalk, C::OrderedReview]
    );
    // 查处…5起 is counted in 起 but names no penalty: another figure of the overview
    let o = r.overview.as_ref().unwrap();
    assert!(
        o.quantities
            .iter()
            .any(|q| q.unit == "起" && q.value.to_string() == "5")
    );
}

#[test]
fn markdown_front_matter_links_widgets_and_glued_metadata() {
    let (text, r) = read("49-songxi-county-markdown-page.txt");
    assert_eq!(
        r.title.as_ref().unwrap().text,
        "中共松溪县市场监督管理局党组关于县委巡察整改情况的通报"
    );
    assert_eq!(r.published.unwrap().to_string(), "2024-09-20");
    let i = r.inspection.as_ref().unwrap();
    assert_eq!(
        i.kind,
        Some(xunshi::InspectionKind::Regular),
        "<!--more--> spliced into 开展了常规巡察"
    );
    assert_eq!(i.feedback_date.unwrap().to_string(), "2024-07-19");
    let titles: Vec<&str> = r.issues.iter().map(|x| x.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "食品安全监管存在盲区",
            "特种设备安全隐患排查不彻底",
            "干部作风不够扎实"
        ]
    );
    // the link's words stay in the measure, its brackets and URL are chrome
    let m = &r.issues[0].measures[0];
    assert!(
        m.text.contains("检查通报") && !m.text.contains("http"),
        "{}",
        m.text
    );
    let chrome: Vec<&str> = r
        .passages(PassageKind::Chrome)
        .map(|p| p.text.as_str())
        .collect();
    for mark in [
        "---",
        "<!--more-->",
        "## **",
        "【类型:正文|来源:县市场监管局|阅读:128】",
        "时效性现行有效",
    ] {
        assert!(
            chrome.contains(&mark),
            "{mark} not kept as chrome: {chrome:?}"
        );
    }
    assert!(
        chrome
            .iter()
            .any(|c| c.starts_with("](http://www.songxi.example.cn/"))
    );
    assert!(text.contains("发文日期2024年9月20日"));
    assert_eq!(
        counts(&r),
        [
            (Slot::ProblemCategories, 3),
            (Slot::Problems, 9),
            (Slot::Measures, 26)
        ]
    );
    assert_eq!(r.next_steps.len(), 2);
}

#[test]
fn ordinal_parts_and_labels_that_lost_their_bracket() {
    let (_, r) = read("50-nanshan-bureau-ordinal-parts-lost-brackets.txt");
    let areas = &r.sections[1].issues;
    let shape: Vec<(&str, Vec<(&str, usize)>)> = areas
        .iter()
        .map(|a| {
            let problems = a
                .children
                .iter()
                .map(|c| (c.label.as_str(), c.measures.len()))
                .collect();
            (a.label.as_str(), problems)
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("第一方面问题：", vec![("（一）", 2), ("（二）", 2)]),
            (
                "第二方面问题：",
                vec![("一）", 2), ("二）", 2), ("三）", 2)]
            ),
        ]
    );
    assert_eq!(areas[1].children[0].title, "青年干部培养力度不够");
    let o = r.overview.as_ref().unwrap();
    assert_eq!(o.completion_rate.unwrap().value.to_string(), "100");
    assert_eq!(o.as_of.unwrap().to_string(), "2024-05-31");
    assert_eq!(
        r.next_steps.len(),
        2,
        "三、今后工作打算 is the closing plan"
    );
    assert!(r.validate().is_empty(), "{:?}", r.validate());
}

#[test]
fn tiers_lists_and_status_with_long_term_work() {
    let (_, r) = read("51-lianhua-town-tiers-and-lists.txt");
    use Slot::*;
    assert_eq!(
        counts(&r),
        [
            (ProblemCategories, 4),
            (Problems, 12),
            (SpecificProblems, 30),
            (Measures, 72),
            (Completed, 22),
            (InProgress, 8)
        ]
    );
    let others: Vec<String> = r
        .overview
        .as_ref()
        .unwrap()
        .quantities
        .iter()
        .map(|q| format!("{}{}", q.value, q.unit))
        .collect();
    assert_eq!(others, ["30项", "5次", "9个", "86人"]);
    assert_eq!(r.outcomes.as_ref().unwrap().institutions, Some(11));
    assert!(r.validate().is_empty(), "{:?}", r.validate());
}

#[test]
fn feedback_counts_areas_and_a_total_with_parts() {
    let (_, r) = read("52-jinshui-court-feedback-counts-status.txt");
    use Slot::*;
    assert_eq!(
        counts(&r),
        [
            (ProblemCategories, 3),
            (Problems, 8),
            (Tasks, 24),
            (Completed, 7),
            (InProgress, 1)
        ]
    );
    use PenaltyCategory as C;
    assert_eq!(
        tallies(&r),
        [
            (C::Accountability, Some(3), PersonUnit::Persons, vec![]),
            (C::CriticismEducation, Some(2), PersonUnit::Persons, vec![]),
            (C::ReminderTalk, Some(1), PersonUnit::Persons, vec![]),
            (
                C::GovernmentSanction,
                Some(1),
                PersonUnit::Persons,
                vec![("记过".into(), 1)]
            ),
        ]
    );
    assert_eq!(part_of(&r), [None, Some(0), Some(0), None]);
    let errors: Vec<_> = r
        .validate()
        .into_iter()
        .filter(|f| f.severity == xunshi::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// `一是…` items written one a line (二是 opening a line of its own) are measures, and next
/// steps, just as when they run on in one paragraph; a line that starts again at 一是 is
/// an enumeration of its own.
#[test]
fn items_one_a_line_are_measures_and_next_steps() {
    let text = "中共青岚县林业局党组关于县委巡察整改情况的通报\n\
        根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局党组开展了常规巡察。7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。现将整改情况予以公布。\n\
        一、关于“台账管理不规范”问题的整改情况\n\
        一是清理台账。清理台账12本。\n\
        二是建立制度。出台制度3项。\n\
        三是开展检查。开展检查4次。\n\
        二、关于“制度执行不严格”问题的整改情况\n\
        一是修订制度。修订制度2项。\n\
        二是加强培训。培训干部60人次。\n\
        下一步,局党组将持续巩固整改成果。\n\
        一是压实责任。\n\
        二是健全机制。\n\
        中共青岚县林业局党组\n\
        2023年10月9日\n";
    let r = Report::parse(text).unwrap();
    common::assert_spans_ok(&r, text);
    let measures: Vec<Vec<&str>> = r
        .issues
        .iter()
        .map(|i| i.measures.iter().map(|m| m.title.as_str()).collect())
        .collect();
    assert_eq!(
        measures,
        [
            vec!["清理台账", "建立制度", "开展检查"],
            vec!["修订制度", "加强培训"]
        ]
    );
    assert!(r.issues.iter().all(|i| i.text.is_none()), "{:?}", r.issues);
    let steps: Vec<&str> = r.next_steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(steps, ["压实责任", "健全机制"]);
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, text);
}

/// A list of kinds closed by `等` (`批评教育、谈话提醒等处理7人`) is one count over its kinds,
/// others like them included, and reads back the same from its rendering.
#[test]
fn a_list_of_kinds_closed_by_deng_is_one_count() {
    let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局党组开展了常规巡察。7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。\n\
        整改期间,给予批评教育、谈话提醒、责令检查等处理7人,诫勉等组织处理和纪律处分3人。\n";
    let r = Report::parse(text).unwrap();
    common::assert_spans_ok(&r, text);
    let got: Vec<(PenaltyCategory, Option<u64>, &str, usize)> = r
        .outcomes
        .as_ref()
        .unwrap()
        .penalties
        .iter()
        .map(|p| (p.category, p.total, p.label.as_str(), p.kinds.len()))
        .collect();
    assert_eq!(
        got,
        [
            (
                PenaltyCategory::Combined,
                Some(7),
                "批评教育、谈话提醒、责令检查等处理",
                3
            ),
            (
                PenaltyCategory::Combined,
                Some(3),
                "诫勉等组织处理和纪律处分",
                1
            ),
        ]
    );
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, text);
}

/// A title split over two lines is one title wherever the split falls: after `关于`, in
/// the round, or before its last words.
#[test]
fn a_title_split_anywhere_is_one_title() {
    let header = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局党组开展了常规巡察。7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。\n";
    let whole = "中共青岚县林业局党组关于县委第二轮巡察整改情况的通报";
    for split in ["关于", "第二轮", "巡察整改", "巡察"] {
        let at = whole.find(split).unwrap() + split.len();
        let text = format!("{}\n{}\n{header}", &whole[..at], &whole[at..]);
        let r = Report::parse(&text).unwrap();
        let t = r.title.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(t.text, whole, "{text}");
        assert_eq!(t.issuer.as_deref(), Some("中共青岚县林业局党组"), "{text}");
        assert_eq!(t.round_number, Some(2), "{text}");
        assert!(r.unrecognized.is_empty(), "{text}: {:?}", r.unrecognized);
    }
    // a page's labelled link to another notice is chrome, not the title
    let text = format!("{whole}\n相关阅读:关于市委第三轮巡察整改情况的通报\n{header}");
    let r = Report::parse(&text).unwrap();
    assert_eq!(r.title.as_ref().map(|t| t.text.as_str()), Some(whole));
}

/// `一是…` items right under an invitation (`欢迎…监督,可通过以下方式反映:`) that name a
/// contact are the contact block, not next steps.
#[test]
fn items_under_an_invitation_are_the_contact() {
    let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局党组开展了常规巡察。7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。\n\
        一、关于“台账管理不规范”问题的整改情况\n(一)清理台账。\n\
        下一步,局党组将持续巩固整改成果。\n一是压实责任。\n二是健全机制。\n\
        欢迎广大干部群众对整改工作进行监督,可通过以下方式反映:\n\
        一是来信,邮政信箱:青岚县人民路1号县林业局办公室。\n\
        二是来电,联系电话:0000-00000001。\n\
        中共青岚县林业局党组\n2023年10月9日\n";
    let r = Report::parse(text).unwrap();
    common::assert_spans_ok(&r, text);
    let steps: Vec<&str> = r.next_steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(steps, ["压实责任", "健全机制"]);
    let c = r.contact.as_ref().expect("a contact block");
    assert_eq!(c.phones, ["0000-00000001"]);
    assert_eq!(c.address.as_deref(), Some("青岚县人民路1号县林业局办公室"));
    assert!(r.signature.as_ref().is_some_and(|s| s.issuer.is_some()));
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, text);
}

/// Sanctions listed after their category's total with `其中` are its breakdown when they
/// add up to it, and read back so (a list that names only some stays as written: the
/// unit test `penalties::tests::table`).
#[test]
fn sanctions_after_qizhong_that_add_up_are_the_breakdown() {
    let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局党组开展了常规巡察。7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。\n\
        整改期间,给予党纪处分3人次,其中严重警告1人次、党内警告2人次;诫勉2人。\n";
    let r = Report::parse(text).unwrap();
    common::assert_spans_ok(&r, text);
    let got: Vec<(PenaltyCategory, Option<u64>, Vec<u64>)> = r
        .outcomes
        .as_ref()
        .unwrap()
        .penalties
        .iter()
        .map(|p| {
            (
                p.category,
                p.total,
                p.breakdown.iter().filter_map(|b| b.count).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (PenaltyCategory::PartyDiscipline, Some(3), vec![1, 2]),
            (PenaltyCategory::Admonishment, Some(2), vec![]),
        ]
    );
    assert!(
        !r.validate()
            .iter()
            .any(|f| f.severity == xunshi::Severity::Error)
    );
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, text);
}
