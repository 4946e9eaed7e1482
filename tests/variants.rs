//! Shapes of VARIANTS.md that a probe with fictional texts found read wrong (2026-12-04),
//! one test each, with the header sentence `H` around them.

mod common;

use xunshi::{Code, Finding, PenaltyCategory, Report, Sanction};

const H: &str = "根据县委统一部署,2024年3月4日至4月30日,县委第二巡察组对县水务局党组开展了常规巡察。6月12日,县委第二巡察组向县水务局党组反馈了巡察意见。现将整改情况予以公布。\n";

fn parse(body: &str) -> (String, Report, Vec<Finding>) {
    let text = format!("{H}{body}\n");
    let r = Report::parse(&text).unwrap_or_else(|e| panic!("{body}: {e}"));
    common::assert_spans_ok(&r, &text);
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, &text);
    let f = r.validate();
    (text, r, f)
}

/// A tally's category, total, breakdown counts and whether the breakdown is partial.
type Tally = (PenaltyCategory, Option<u64>, Vec<Option<u64>>, bool);

fn codes(f: &[Finding]) -> Vec<Code> {
    f.iter().map(|x| x.code).collect()
}

#[test]
fn government_sanctions_with_their_category_word() {
    let (_, r, f) = parse("整改期间,给予政务处分2人(政务警告1人,政务记过1人)。");
    let p = &r.outcomes.unwrap().penalties[0];
    let s: Vec<Sanction> = p.breakdown.iter().map(|b| b.sanction).collect();
    assert_eq!(s, [Sanction::Warning, Sanction::Demerit]);
    assert!(f.is_empty(), "{f:#?}");
    // under 党纪处分 a 政务 sanction is out of place
    let (_, _, f) = parse("整改期间,给予党纪处分1人(政务警告1人)。");
    assert!(codes(&f).contains(&Code::SanctionCategory), "{f:#?}");
}

#[test]
fn a_team_numbered_after_its_scheme_word() {
    let text = H.replace("县委第二巡察组", "县委巡察第二组");
    let r = Report::parse(&text).unwrap();
    let i = r.inspection.unwrap();
    assert_eq!(i.team.as_deref(), Some("县委巡察第二组"));
    assert_eq!(i.team_number, Some(2));
}

#[test]
fn a_contact_or_status_line_last_is_no_truncation() {
    let issue = "一、关于“防汛责任落实不到位”问题的整改情况\n(一)压实防汛责任。修订应急预案3项。\n";
    for last in [
        "电子邮箱:slj@example.gov.cn",
        "网站:http://slj.example.gov.cn",
        "完成情况:持续推进",
    ] {
        let body = if last.starts_with("完成") {
            format!("{issue}{last}")
        } else {
            format!("{issue}欢迎广大干部群众监督。联系电话:0571-0000001\n{last}")
        };
        let (_, r, _) = parse(&body);
        assert!(
            !codes(&r.parse_findings).contains(&Code::Truncated),
            "{last}: {:#?}",
            r.parse_findings
        );
    }
    let (_, r, _) = parse(&format!("{issue}联系人:王小青"));
    assert!(
        !codes(&r.parse_findings).contains(&Code::Truncated),
        "{:#?}",
        r.parse_findings
    );
    for cut in [
        "(二)健全巡查机制。每月巡查一次,同时",
        "完成情况:局党组将持续推进,对尚未完成的问题",
    ] {
        let (_, r, _) = parse(&format!("{issue}{cut}"));
        assert!(codes(&r.parse_findings).contains(&Code::Truncated), "{cut}");
    }
}

#[test]
fn an_information_block_label_is_no_part_of_the_title() {
    let text = format!(
        "云澜县人民政府网>>政务公开\n信息索引号:000000001/2024-00001\n文件名称:中共云澜县水务局党组关于巡察整改情况的通报\n发布机构:云澜县水务局\n{H}"
    );
    let r = Report::parse(&text).unwrap();
    let again = Report::parse(&r.render()).unwrap();
    common::assert_same_model(&again, &r, &text);
    let t = r.title.unwrap();
    assert_eq!(t.text, "中共云澜县水务局党组关于巡察整改情况的通报");
    assert_eq!(t.issuer.as_deref(), Some("中共云澜县水务局党组"));
    assert_eq!(&text[t.span.range()], t.text);
    assert!(r.unrecognized.iter().any(|p| p.text == "文件名称:"));
}

#[test]
fn a_postcode_in_brackets_after_the_address() {
    let (_, r, _) = parse(
        "欢迎广大干部群众监督。联系电话:0571-0000001;邮政信箱:云澜县邮政局123号信箱(311200)。",
    );
    let c = r.contact.unwrap();
    assert_eq!(c.postcode.as_deref(), Some("311200"));
    assert_eq!(c.address.as_deref(), Some("云澜县邮政局123号信箱"));
}

/// A breakdown in Chinese numerals was not read, so its items became tallies of their
/// own, counted a second time.
#[test]
fn a_breakdown_in_chinese_numerals() {
    for body in [
        "整改期间,给予党纪处分五人(党内警告三人,留党察看二人)。",
        "整改期间,给予党纪处分5人(党内警告三人、留党察看2人)。",
    ] {
        let (_, r, f) = parse(body);
        let p = &r.outcomes.unwrap().penalties;
        assert_eq!(p.len(), 1, "{body}: {p:#?}");
        let items: Vec<(Sanction, Option<u64>)> = p[0]
            .breakdown
            .iter()
            .map(|b| (b.sanction, b.count))
            .collect();
        assert_eq!(
            items,
            [(Sanction::Warning, Some(3)), (Sanction::Probation, Some(2))]
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}

/// Several sanctions sharing one count with `各` are one item each; a sanction with its
/// term (`留党察看一年`) is that sanction.
#[test]
fn sanctions_that_share_a_count() {
    let (text, r, f) = parse("整改期间,给予党纪处分5人(党内警告、严重警告各2人,留党察看一年1人)。");
    let p = &r.outcomes.unwrap().penalties[0];
    let items: Vec<(&str, Sanction, Option<u64>)> = p
        .breakdown
        .iter()
        .map(|b| (b.label.as_str(), b.sanction, b.count))
        .collect();
    assert_eq!(
        items,
        [
            ("党内警告", Sanction::Warning, Some(2)),
            ("严重警告", Sanction::SeriousWarning, Some(2)),
            ("留党察看一年", Sanction::Probation, Some(1)),
        ]
    );
    assert_eq!(&text[p.breakdown[1].span.range()], "严重警告各2人");
    assert!(f.is_empty(), "{f:#?}");
}

/// A count written ahead of its category, after `给予` or `对` and before the people it
/// counts.
#[test]
fn counts_written_ahead_of_their_category() {
    let (text, r, f) =
        parse("整改期间,给予3名党员干部党纪处分,对5名干部进行诫勉谈话,对2名党员进行提醒谈话。");
    let o = r.outcomes.unwrap();
    let p: Vec<(PenaltyCategory, Option<u64>, &str)> = o
        .penalties
        .iter()
        .map(|p| (p.category, p.total, &text[p.span.range()]))
        .collect();
    assert_eq!(
        p,
        [
            (
                PenaltyCategory::PartyDiscipline,
                Some(3),
                "3名党员干部党纪处分"
            ),
            (
                PenaltyCategory::Admonishment,
                Some(5),
                "5名干部进行诫勉谈话"
            ),
            (
                PenaltyCategory::ReminderTalk,
                Some(2),
                "2名党员进行提醒谈话"
            ),
        ]
    );
    assert!(r.overview.is_none_or(|o| o.quantities.is_empty()));
    assert!(f.is_empty(), "{f:#?}");
    // a count that belongs to the tally before is not taken
    let (_, r, _) = parse("整改期间,诫勉3人,给予党纪处分。");
    assert_eq!(r.outcomes.unwrap().penalties.len(), 1);
}

/// A count written ahead of joined kinds counts them together, with or without `等`.
#[test]
fn counts_written_ahead_of_joined_kinds() {
    use PenaltyCategory as C;
    let (text, r, f) =
        parse("整改期间,给予4名干部诫勉谈话和组织调整,对6名村干部进行批评教育、提醒谈话等处理。");
    let p = r.outcomes.unwrap().penalties;
    type Row<'a> = (C, Vec<C>, Option<u64>, &'a str, &'a str);
    let got: Vec<Row> = p
        .iter()
        .map(|p| {
            let span = &text[p.span.range()];
            (p.category, p.kinds.clone(), p.total, p.label.as_str(), span)
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                C::Combined,
                vec![C::Admonishment, C::OrganizationalAdjustment],
                Some(4),
                "诫勉谈话和组织调整",
                "4名干部诫勉谈话和组织调整"
            ),
            (
                C::Combined,
                vec![C::CriticismEducation, C::ReminderTalk],
                Some(6),
                "批评教育、提醒谈话等处理",
                "6名村干部进行批评教育、提醒谈话等处理"
            ),
        ]
    );
    assert!(f.is_empty(), "{f:#?}");
    // `各` after the kinds shares the count that follows, not the one ahead
    let (_, r, _) = parse("整改期间,对3名干部给予诫勉谈话、批评教育各1人。");
    let totals: Vec<(C, Option<u64>)> = r
        .outcomes
        .unwrap()
        .penalties
        .iter()
        .map(|p| (p.category, p.total))
        .collect();
    assert_eq!(
        totals,
        [(C::Admonishment, Some(1)), (C::CriticismEducation, Some(1))]
    );
}

/// The parts of a combined total after `其中` keep their own categories and breakdowns,
/// marked `part_of` the total, which `validate` holds them to.
#[test]
fn the_parts_of_a_combined_total() {
    let (_, r, f) = parse(
        "整改期间,共给予党纪政务处分7人,其中党纪处分5人(党内警告3人、严重警告2人),政务处分2人(记过2人)。",
    );
    let p = &r.outcomes.as_ref().unwrap().penalties;
    let got: Vec<(PenaltyCategory, Option<u64>, usize, Option<usize>)> = p
        .iter()
        .map(|p| (p.category, p.total, p.breakdown.len(), p.part_of))
        .collect();
    assert_eq!(
        got,
        [
            (PenaltyCategory::PartyAndGovernment, Some(7), 0, None),
            (PenaltyCategory::PartyDiscipline, Some(5), 2, Some(0)),
            (PenaltyCategory::GovernmentSanction, Some(2), 1, Some(0)),
        ]
    );
    assert!(f.is_empty(), "{f:#?}");
    let (text, _, f) = parse("整改期间,给予党纪政务处分15人,其中党纪处分10人、政务处分6人。");
    assert!(
        f.iter().any(|x| x.code == Code::BreakdownMismatch
            && x.message.contains("parts sum to 16")
            && x.spans
                .iter()
                .any(|s| text[s.range()].contains("政务处分6人"))),
        "{f:#?}"
    );
    // parts after `其中` may name only some; a tally in the next sentence is none of them
    let (_, r, f) = parse("整改期间,给予党纪政务处分7人,其中党纪处分5人。诫勉谈话1人。");
    let parts: Vec<Option<usize>> = r
        .outcomes
        .unwrap()
        .penalties
        .iter()
        .map(|p| p.part_of)
        .collect();
    assert_eq!(parts, [None, Some(0), None]);
    assert!(f.is_empty(), "{f:#?}");
    // the forms of supervision are parts of the four forms
    let (_, r, f) =
        parse("整改期间,运用监督执纪“四种形态”处理20人次,其中第一种形态15人次、第二种形态5人次。");
    let got: Vec<(PenaltyCategory, Option<u64>, Option<usize>)> = r
        .outcomes
        .unwrap()
        .penalties
        .iter()
        .map(|p| (p.category, p.total, p.part_of))
        .collect();
    assert_eq!(
        got,
        [
            (PenaltyCategory::FourForms, Some(20), None),
            (PenaltyCategory::FirstForm, Some(15), Some(0)),
            (PenaltyCategory::SecondForm, Some(5), Some(0)),
        ]
    );
    assert!(f.is_empty(), "{f:#?}");
}

/// Found probing the rules above for false readings: kinds that share a count with `各`
/// are one tally each (one combined count of 2 would halve them), in a `其中` list too;
/// every 政务 sanction is read in such a list; counts ahead of their category after `、`,
/// a modifier (`涉及的`, `其中`) or before a verb (`给予`).
#[test]
fn shared_counts_and_counts_ahead_in_more_shapes() {
    let totals = |body: &str| -> Vec<Tally> {
        let (_, r, f) = parse(body);
        assert!(f.is_empty(), "{body}: {f:#?}");
        r.outcomes
            .unwrap()
            .penalties
            .iter()
            .map(|p| {
                let b = p.breakdown.iter().map(|b| b.count).collect();
                (p.category, p.total, b, p.breakdown_partial)
            })
            .collect()
    };
    use PenaltyCategory as C;
    assert_eq!(
        totals("整改期间,给予诫勉谈话、批评教育各2人。"),
        [
            (C::Admonishment, Some(2), vec![], false),
            (C::CriticismEducation, Some(2), vec![], false)
        ]
    );
    assert_eq!(
        totals("整改期间,给予党纪处分4人,其中党内警告、严重警告各2人。"),
        [(C::PartyDiscipline, Some(4), vec![Some(2), Some(2)], false)]
    );
    assert_eq!(
        totals("整改期间,给予政务处分3人,其中政务记过1人、政务记大过1人、政务撤职1人。"),
        [(
            C::GovernmentSanction,
            Some(3),
            vec![Some(1), Some(1), Some(1)],
            false
        )]
    );
    assert_eq!(
        totals("整改期间,给予2名干部党纪处分、1名干部政务处分。"),
        [
            (C::PartyDiscipline, Some(2), vec![], false),
            (C::GovernmentSanction, Some(1), vec![], false)
        ]
    );
    assert_eq!(
        totals("整改期间,对涉及的6名村干部给予诫勉谈话,对2名支部书记进行提醒谈话。"),
        [
            (C::Admonishment, Some(6), vec![], false),
            (C::ReminderTalk, Some(2), vec![], false)
        ]
    );
}
