//! The hand-written facts of fixtures 01–34 (`tests/fixtures/MANIFEST-A.md` for 01–16,
//! `tests/fixtures/MANIFEST-B.md` for 17–34), asserted against the parser.
//!
//! The golden JSON files can be regenerated with `UPDATE_GOLDEN=1`, so a regression could be
//! blessed by accident; these facts are transcribed by hand from the manifests and cannot.
//! Values are read from the report through its JSON only (`serde_json::to_value(&report)` and
//! `report.validate()`), because the Rust API changes more often than the JSON names.
//!
//! Conventions of the table:
//! - `Skip`: the manifest does not state the fact; `Null`: it says none/null (asserted
//!   absent); `Is(x)`: the value.
//! - A penalty is `(category, total, unit, breakdown)`. A category or sanction may be
//!   followed by a space and the label as written (`"reminder_talk 谈话提醒"`); the label is
//!   only checked when given. An empty unit is not checked.
//! - A fund is `(kind, label, text, yuan, qualifier)`; an empty kind or qualifier is not
//!   checked (set A gives no kind for 追回/收回).
//! - A quantity is `(value, unit, qualifier)`; an empty value or qualifier is not checked.
//!   Overview and measure quantities are checked for presence, not as complete lists.
//! - Issues: `t(title, measures)` / `m(measures)`, where measures counts the whole subtree;
//!   measure paths are `"2.1"` (issue 2, measure 1) or `"1.1.1.1"` (through children).
//! - Findings: `findings` must each be present (`(code, severity)`, empty severity not
//!   checked); any finding not in `findings` or `may` is a mismatch. The manifests only
//!   suggest code names and describe the condition; the table names the parser's code for
//!   the condition described.
//!
//! Manifest values that the parser does not produce yet, where the fixture text shows the
//! manifest is right, are listed in `KNOWN_GAPS`: printed, not failed on, and failing the
//! test as soon as they pass (see them with `cargo test --test manifest -- --nocapture`).
//! The table is laid out by hand (`#[rustfmt::skip]`), one entry per fixture, each under a
//! comment naming its manifest line.

mod common;

use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;
use std::time::Instant;
use xunshi::Report;

/// A fact as the manifest states it.
enum Want<T> {
    /// Not stated: not checked.
    Skip,
    /// Stated as none/null: asserted absent.
    Null,
    /// Stated.
    Is(T),
}
use Want::{Is, Null, Skip};

type S = &'static str;
/// `(category [label], total, unit, [(sanction [label], count)])`.
type Pen = (S, u64, S, &'static [(S, u64)]);
/// `(kind, label, text, yuan, qualifier)`.
type Fund = (S, S, S, S, S);
/// `(value, unit, qualifier)`.
type Qty = (S, S, S);
/// `(finding code, every span within, spans that must be among the finding's)`.
type SpanRule = (S, Option<(usize, usize)>, &'static [(usize, usize)]);

/// An issue as the manifest states it; `None` fields are not checked.
struct Iss {
    number: Option<u64>,
    title: Option<S>,
    /// Measures in the whole subtree.
    measures: Option<usize>,
    status: Option<S>,
    /// The issue has text of its own.
    text: bool,
    children: Option<&'static [Iss]>,
}

const I: Iss = Iss {
    number: None,
    title: None,
    measures: None,
    status: None,
    text: false,
    children: None,
};

/// An issue with a title and its number of measures.
const fn t(title: S, measures: usize) -> Iss {
    Iss {
        title: Some(title),
        measures: Some(measures),
        ..I
    }
}

/// An issue given by its number of measures only.
const fn m(measures: usize) -> Iss {
    Iss {
        measures: Some(measures),
        ..I
    }
}

/// A notice section (`sections[]`) that is not an issue.
struct Sec {
    title: S,
    issues: &'static [Iss],
    children: &'static [Sec],
}

struct Facts {
    file: S,
    title: Want<S>,
    published: Want<S>,
    scheme: Want<S>,
    authority: Want<S>,
    team: Want<S>,
    team_number: Want<u64>,
    target: Want<S>,
    kind: Want<S>,
    start: Want<S>,
    end: Want<S>,
    feedback: Want<S>,
    recipient: Want<S>,
    problem_categories: Want<u64>,
    problems: Want<u64>,
    measures: Want<u64>,
    completed: Want<u64>,
    in_progress: Want<u64>,
    completion_rate: Want<S>,
    as_of: Want<S>,
    quantities: &'static [Qty],
    penalties: Want<&'static [Pen]>,
    institutions: Want<u64>,
    funds: Want<&'static [Fund]>,
    issues: Want<&'static [Iss]>,
    sections: Want<&'static [Sec]>,
    /// `(measure path, document inside 《…》)`.
    documents: &'static [(S, S)],
    /// `(measure path, title)`.
    measure_titles: &'static [(S, S)],
    /// `(measure path, quantity)`.
    measure_quantities: &'static [(S, Qty)],
    next_steps: Want<usize>,
    phones: Want<&'static [S]>,
    emails: Want<&'static [S]>,
    websites: Want<&'static [S]>,
    postcode: Want<S>,
    address: Want<S>,
    hours: Want<S>,
    issuer: Want<S>,
    date: Want<S>,
    /// Findings that must be present: `(code, severity)`.
    findings: &'static [(S, S)],
    /// Findings that may be present.
    may: &'static [(S, S)],
    /// `(code, every span within, spans that must be among the finding's)`.
    finding_spans: &'static [SpanRule],
    /// The 1-based lines where the `unrecognized` passages start.
    unrecognized_lines: Want<&'static [usize]>,
    /// `(JSON path of a span, text the span must start with)`.
    span_text: &'static [(S, S)],
    /// `(JSON path, value)`: other facts; strings as written, arrays as `[a, b]`, `none`.
    extra: &'static [(S, S)],
}

const SKIP: Facts = Facts {
    file: "",
    title: Skip,
    published: Skip,
    scheme: Skip,
    authority: Skip,
    team: Skip,
    team_number: Skip,
    target: Skip,
    kind: Skip,
    start: Skip,
    end: Skip,
    feedback: Skip,
    recipient: Skip,
    problem_categories: Skip,
    problems: Skip,
    measures: Skip,
    completed: Skip,
    in_progress: Skip,
    completion_rate: Skip,
    as_of: Skip,
    quantities: &[],
    penalties: Skip,
    institutions: Skip,
    funds: Skip,
    issues: Skip,
    sections: Skip,
    documents: &[],
    measure_titles: &[],
    measure_quantities: &[],
    next_steps: Skip,
    phones: Skip,
    emails: Skip,
    websites: Skip,
    postcode: Skip,
    address: Skip,
    hours: Skip,
    issuer: Skip,
    date: Skip,
    findings: &[],
    may: &[],
    finding_spans: &[],
    unrecognized_lines: Skip,
    span_text: &[],
    extra: &[],
};

/// Manifest values the parser does not produce yet (the fixture text agrees with the
/// manifest). Printed, not failed on; the test fails when one of them starts passing.
const KNOWN_GAPS: &[(S, S)] = &[
    // 21: the manifest's title rule is "the heading after its label, without end
    // punctuation" when there are no quotes; the parser drops the leading 关于.
    ("21-jiangcheng-college-four-levels", "issues[0].title"),
    ("21-jiangcheng-college-four-levels", "issues[1].title"),
    // 34: strings as written in the original (Traditional); the parser gives them in
    // Simplified characters.
    ("34-nanxi-forestry-traditional", "title.text"),
    ("34-nanxi-forestry-traditional", "inspection.authority"),
    ("34-nanxi-forestry-traditional", "inspection.team"),
    ("34-nanxi-forestry-traditional", "inspection.target"),
    (
        "34-nanxi-forestry-traditional",
        "inspection.feedback_recipient",
    ),
    (
        "34-nanxi-forestry-traditional",
        "outcomes.penalties[0].breakdown[0].label",
    ),
    (
        "34-nanxi-forestry-traditional",
        "outcomes.penalties[1].label",
    ),
    (
        "34-nanxi-forestry-traditional",
        "outcomes.penalties[2].label",
    ),
    ("34-nanxi-forestry-traditional", "outcomes.funds[0].label"),
    (
        "34-nanxi-forestry-traditional",
        "outcomes.funds[0].amount.text",
    ),
    ("34-nanxi-forestry-traditional", "issues[0].title"),
    ("34-nanxi-forestry-traditional", "issues[1].title"),
    ("34-nanxi-forestry-traditional", "issues[2].title"),
    ("34-nanxi-forestry-traditional", "signature.issuer"),
    // 34: the leftover Simplified 问题 in heading 一 is part of the debris the manifest
    // lists; the debris finding points at the 7 conversion words only.
    (
        "34-nanxi-forestry-traditional",
        "findings.traditional_characters.spans ∋ 871..877",
    ),
];

#[rustfmt::skip]
static FACTS: &[Facts] = &[
    // MANIFEST-A.md line 14
    Facts {
        file: "01-fullwidth-county-bureau",
        title: Null, published: Null,
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第一巡察组"), team_number: Is(1),
        target: Is("青溪县市场监督管理局"), kind: Is("regular"), start: Is("2023-04-10"), end: Is("2023-06-09"),
        feedback: Is("2023-07-18"), recipient: Is("县市场监督管理局党组"),
        problem_categories: Is(3), problems: Is(12), measures: Is(35), completed: Is(12), completion_rate: Is("100"),
        as_of: Is("2023-10-31"),
        quantities: &[("6", "次", "")],
        penalties: Is(&[
            ("party_discipline", 3, "人", &[("warning", 2), ("serious_warning", 1)]),
            ("government_sanction", 2, "人", &[("warning", 1), ("demerit", 1)]),
            ("admonishment", 4, "人", &[]),
        ]),
        institutions: Is(9),
        // The manifest writes 21800元 in ASCII digits; the line says the money is in
        // full-width digits, and the text as written is ２１８００元.
        funds: Is(&[("refunded", "清退违规发放津补贴", "２１８００元", "21800", "")]),
        issues: Is(&[
            t("贯彻落实上级决策部署不够有力", 3),
            t("全面从严治党‘两个责任’压得不实", 2),
            t("基层党组织建设存在薄弱环节", 3),
        ]),
        next_steps: Is(3), phones: Is(&["0571-00000001"]), emails: Is(&["qxscjg@qingxi.example.cn"]),
        postcode: Is("000101"),
        issuer: Is("中共青溪县市场监督管理局党组"), date: Is("2023-11-20"),
        // "21 lines": not a model fact.
        ..SKIP
    },
    // MANIFEST-A.md line 16
    Facts {
        file: "02-blank-lines-indent",
        title: Is("中共云澜市住房和城乡建设局党组关于市委巡察整改进展情况的通报"), published: Null,
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委第三巡察组"), team_number: Is(3),
        // The manifest gives 云澜市住房和城乡建设局 with the member list "kept, not lost".
        // The model has no member-list field, so the list is kept in the target as written.
        target: Is("云澜市住房和城乡建设局(含市住房公积金管理中心、市建设工程质量安全监督站)"), kind: Is("regular"),
        start: Is("2022-09-13"), end: Is("2022-11-25"), feedback: Is("2023-01-06"),
        recipient: Is("市住房和城乡建设局党组"),
        problem_categories: Is(4), problems: Is(16), measures: Is(52), completed: Is(14), in_progress: Is(2),
        completion_rate: Is("87.5"), as_of: Is("2023-06-30"),
        quantities: &[("8", "个", "")],
        penalties: Is(&[
            ("party_discipline", 5, "人", &[("warning", 3), ("serious_warning", 1), ("removal_from_party_posts", 1)]),
            ("government_sanction", 3, "人", &[("warning", 2), ("major_demerit", 1)]),
            ("organizational_handling", 2, "人", &[]),
            ("admonishment", 6, "人", &[]),
            ("criticism_education", 11, "人", &[]),
        ]),
        funds: Is(&[
            ("", "追回违规资金", "42.37万元", "423700", ""),
            ("recovered_losses", "挽回经济损失", "186.5万元", "1865000", ""),
        ]),
        issues: Is(&[
            t("城市更新任务推进迟缓", 2),
            t("建筑市场监管存在漏洞", 2),
            t("住房公积金管理不够规范", 2),
            t("干部队伍作风建设存在差距", 2),
        ]),
        next_steps: Is(3), phones: Is(&["0571-00000002"]), emails: Is(&["zjjdb@yunlan.example.cn"]),
        postcode: Is("000202"),
        issuer: Is("中共云澜市住房和城乡建设局党组"), date: Is("2023-07-12"),
        extra: &[("overview.specific_problems", "16"), ("title.genre", "整改进展情况的通报")],
        ..SKIP
    },
    // MANIFEST-A.md line 18
    Facts {
        file: "03-crlf-bom",
        title: Null, published: Null,
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委巡察二组"), team_number: Is(2),
        target: Is("白沙区市场监督管理局"), kind: Is("regular"), start: Is("2024-03-04"), end: Is("2024-04-26"),
        feedback: Is("2024-06-14"), recipient: Is("区市场监管局党组"),
        problem_categories: Is(3), problems: Is(9), measures: Is(28), completed: Is(7), in_progress: Is(2),
        as_of: Is("2024-09-30"),
        quantities: &[("5", "次", "")],
        penalties: Is(&[
            ("party_discipline", 2, "人", &[("warning", 1), ("serious_warning", 1)]),
            ("government_sanction", 1, "人", &[("demerit", 1)]),
            ("admonishment", 3, "人", &[]),
            ("reminder_talk 提醒谈话", 7, "人", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规收取的检验检测费用", "5.8万元", "58000", "")]),
        issues: Is(&[
            t("落实监管职责存在薄弱环节", 2),
            t("权力运行监督制约不够有效", 3),
            t("干部队伍建设不够扎实", 3),
        ]),
        next_steps: Is(3), phones: Is(&["020-00000003"]), emails: Is(&["bsscjg@baisha.example.cn"]),
        postcode: Is("000303"),
        issuer: Is("中共白沙区市场监督管理局党组"), date: Is("2024-10-15"),
        // "spans must count the BOM and the CRs": spans late in the file land on their words.
        span_text: &[
            ("issues.2.span", "三、关于“干部队伍建设不够扎实”"),
            ("signature.span", "中共白沙区市场监督管理局党组"),
        ],
        extra: &[("inspection.target_alias", "区市场监管局")],
        ..SKIP
    },
    // MANIFEST-A.md line 20
    Facts {
        file: "04-chrome-breadcrumb",
        title: Is("中共石岭县教育局党组关于县委机动巡察整改进展情况的通报"),
        // The time of day (10:30) is not held by the model.
        published: Is("2024-09-12"),
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委机动巡察组"), team_number: Null,
        target: Is("石岭县教育局"), kind: Is("mobile"), start: Is("2024-03-11"), end: Is("2024-05-10"),
        feedback: Is("2024-06-20"), recipient: Is("县教育局党组"),
        problem_categories: Is(3), problems: Is(10), measures: Is(31), completed: Is(8), in_progress: Is(2),
        completion_rate: Is("80"), as_of: Is("2024-08-31"),
        penalties: Is(&[
            ("party_discipline", 4, "人", &[("warning", 2), ("serious_warning", 1), ("probation", 1)]),
            ("government_sanction", 3, "人", &[("warning", 1), ("demerit", 1), ("demotion", 1)]),
            ("admonishment", 5, "人", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规收取的课后服务费用", "12.64万元", "126400", "")]),
        issues: Is(&[
            t("落实‘双减’政策不够到位", 2),
            t("校园食品安全监管存在漏洞", 2),
            t("教育经费使用管理不规范", 2),
        ]),
        next_steps: Is(3), phones: Is(&["0578-00000004"]), emails: Is(&["sljyj@shiling.example.cn"]),
        // The site URL line after the signature is chrome, not a contact website.
        websites: Is(&[]), postcode: Is("000404"),
        issuer: Is("中共石岭县教育局党组"), date: Is("2024-09-10"),
        unrecognized_lines: Is(&[1, 3, 4, 5, 6, 7, 8, 28, 29]),
        ..SKIP
    },
    // MANIFEST-A.md line 22
    Facts {
        file: "05-public-info-block",
        title: Is("中共云澜市卫生健康委员会党组关于市委巡察整改情况的通报"),
        // From the glued stamp, not from 成文日期 2023-11-01; the time (16:21) is not held.
        published: Is("2023-11-02"),
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委第五巡察组"), team_number: Is(5),
        target: Is("云澜市卫生健康委员会"), kind: Is("special"), start: Is("2023-03-20"), end: Is("2023-05-19"),
        feedback: Is("2023-06-29"), recipient: Is("市卫生健康委员会党组"),
        problem_categories: Is(3), problems: Is(11), measures: Is(33), completed: Is(9), in_progress: Is(2),
        as_of: Is("2023-10-20"),
        penalties: Is(&[
            ("party_discipline", 6, "人", &[("warning", 3), ("serious_warning", 2), ("removal_from_party_posts", 1)]),
            ("government_sanction", 4, "人", &[("warning", 2), ("demerit", 1), ("removal_from_office", 1)]),
            ("organizational_handling", 3, "人", &[]),
            ("admonishment", 8, "人", &[]),
        ]),
        funds: Is(&[("", "追回医保基金及违规收费", "217.45万元", "2174500", "")]),
        issues: Is(&[
            t("上轮巡察反馈问题整改不彻底", 3),
            t("医疗服务收费管理不规范", 2),
            t("医药购销领域廉洁风险防控薄弱", 2),
        ]),
        next_steps: Is(3), phones: Is(&["0577-00000005"]), emails: Is(&["wjwbgs@yunlan.example.cn"]),
        postcode: Is("000505"),
        issuer: Is("中共云澜市卫生健康委员会党组"), date: Is("2023-11-01"),
        // Lines 1–10 except the title (line 8; its first printing on line 7 is chrome).
        unrecognized_lines: Is(&[1, 2, 3, 4, 5, 6, 7, 9, 10]),
        extra: &[("inspection.kinds", "[special, follow_up]")],
        ..SKIP
    },
    // MANIFEST-A.md line 24
    Facts {
        file: "06-title-round-jie",
        title: Is("中共青溪县桃源镇委员会关于十四届县委第二轮巡察整改进展情况的通报"), published: Null,
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("十四届县委第二轮巡察二组"), team_number: Is(2),
        target: Is("青溪县桃源镇"), kind: Null, start: Is("2022-11-21"), end: Is("2023-01-13"),
        feedback: Is("2023-02-24"), recipient: Is("桃源镇党委"),
        problem_categories: Is(4), problems: Is(15), measures: Is(46), completed: Is(12), in_progress: Is(3),
        completion_rate: Is("80"), as_of: Is("2023-05-31"),
        quantities: &[("7", "次", "")],
        penalties: Is(&[
            ("party_discipline", 7, "人", &[("warning", 4), ("serious_warning", 2), ("expulsion", 1)]),
            ("government_sanction", 5, "人", &[("warning", 3), ("demerit", 1), ("dismissal", 1)]),
            ("organizational_handling", 2, "人", &[]),
            ("admonishment", 4, "人", &[]),
        ]),
        funds: Is(&[
            ("refunded", "清退违规领取的土地征收补偿款", "36.8万元", "368000", ""),
            ("recovered_losses", "挽回集体经济损失", "52.3万元", "523000", ""),
        ]),
        issues: Is(&[
            t("推动乡村振兴措施不够精准", 2),
            t("基层‘微腐败’问题仍有发生", 2),
            t("基层党组织建设存在短板", 2),
            t("安全生产和生态保护责任落实不力", 2),
        ]),
        next_steps: Is(3), phones: Is(&["0571-00000006"]), emails: Is(&["tyzdzb@qingxi.example.cn"]),
        postcode: Is("000606"),
        issuer: Is("中共青溪县桃源镇委员会"), date: Is("2023-06-16"),
        // 届 十四届 and committee 县委 have no fields of their own: the model keeps them in
        // the title's round text.
        extra: &[("title.genre", "整改进展情况的通报"), ("title.round_number", "2")],
        ..SKIP
    },
    // MANIFEST-A.md line 26
    Facts {
        file: "07-title-concentrated",
        title: Is("中共云澜市委关于省委巡视集中整改进展情况的通报"), published: Null,
        scheme: Is("xunshi"), authority: Is("省委"), team: Is("省委第六巡视组"), team_number: Is(6),
        target: Is("云澜市"), kind: Is("regular"), start: Is("2023-03-06"), end: Is("2023-05-26"),
        feedback: Is("2023-07-12"), recipient: Is("云澜市委"),
        problem_categories: Is(4), problems: Is(30), measures: Is(118), completed: Is(24), in_progress: Is(6),
        completion_rate: Is("80"), as_of: Is("2023-10-31"),
        quantities: &[("26", "个", "")],
        penalties: Is(&[
            (
                "party_discipline",
                38,
                "人",
                &[
                    ("warning", 20),
                    ("serious_warning", 9),
                    ("removal_from_party_posts", 3),
                    ("probation", 2),
                    ("expulsion", 4),
                ],
            ),
            (
                "government_sanction",
                19,
                "人",
                &[
                    ("warning", 8),
                    ("demerit", 5),
                    ("major_demerit", 2),
                    ("demotion", 1),
                    ("removal_from_office", 1),
                    ("dismissal", 2),
                ],
            ),
            ("organizational_handling", 11, "人", &[]),
            ("admonishment", 23, "人", &[]),
        ]),
        institutions: Is(64),
        funds: Is(&[
            ("refunded", "清退违规资金", "1,326.58万元", "13265800", ""),
            ("recovered_losses", "挽回经济损失", "4872.1万元", "48721000", ""),
        ]),
        issues: Is(&[
            t("落实‘放管服’改革要求有差距", 3),
            t("防范化解重大风险‘最后一公里’没有打通", 2),
            t("基层党组织战斗堡垒作用发挥不够充分", 2),
            t("整治群众身边不正之风和腐败问题力度不够", 3),
        ]),
        next_steps: Is(3), phones: Is(&["0577-00000007"]), emails: Is(&["swbgs@yunlan.example.cn"]),
        postcode: Is("000707"),
        issuer: Is("中共云澜市委"), date: Is("2023-11-08"),
        extra: &[("overview.specific_problems", "30"), ("title.genre", "集中整改进展情况的通报")],
        ..SKIP
    },
    // MANIFEST-A.md line 28
    Facts {
        file: "08-title-party-group-month-precision",
        title: Is("中共云澜市交通运输局党组关于市委巡察整改情况通报"), published: Null,
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委第二巡察组"), team_number: Is(2),
        target: Is("云澜市交通运输局"), kind: Is("special"), start: Is("2023-04"), end: Is("2023-06"),
        feedback: Is("2023-08-15"), recipient: Is("市交通运输局党组"),
        problem_categories: Is(3), problems: Is(10), measures: Is(32), completed: Is(10), completion_rate: Is("100"),
        as_of: Is("2023-12-31"),
        quantities: &[("4", "次", "")],
        penalties: Is(&[
            ("party_discipline", 2, "人", &[("warning", 1), ("serious_warning", 1)]),
            ("government_sanction", 2, "人", &[("warning", 1), ("demerit", 1)]),
            ("admonishment", 3, "人", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规报销的差旅费用", "2.1836万元", "21836", "")]),
        issues: Is(&[
            t("交通工程建设领域监管缺位", 2),
            t("全面从严治党主体责任履行不到位", 3),
            t("财务管理制度执行不严", 2),
        ]),
        // The model keeps the document name inside the outer 《…》.
        documents: &[
            ("2.1", "关于落实<党委(党组)落实全面从严治党主体责任规定>的责任清单"),
            ("2.2", "云澜市交通运输局贯彻落实〈中国共产党问责条例〉实施细则"),
            ("3.2", "局机关经费支出管理办法"),
        ],
        next_steps: Is(3), phones: Is(&["0577-00000008"]), emails: Is(&["jtjdzb@yunlan.example.cn"]),
        postcode: Is("000808"),
        issuer: Is("中共云澜市交通运输局党组"), date: Is("2024-01-18"),
        extra: &[("title.genre", "整改情况通报")],
        ..SKIP
    },
    // MANIFEST-A.md line 30
    Facts {
        file: "09-title-report-vague-period",
        title: Is("中共东湖大学委员会关于省委巡视整改情况的报告"), published: Is("2022-10-28"),
        scheme: Is("xunshi"), authority: Is("省委"), team: Is("省委第九巡视组"), team_number: Is(9),
        target: Is("东湖大学党委"), kind: Is("regular"), start: Is("2022-03"), end: Is("2022-05"),
        feedback: Is("2022-07-05"), recipient: Is("东湖大学党委"),
        problem_categories: Is(4), problems: Is(18), measures: Is(73), completed: Is(15), in_progress: Is(3),
        as_of: Is("2022-09-30"),
        quantities: &[("31", "个", "")],
        penalties: Is(&[
            ("party_discipline", 4, "人", &[("warning", 3), ("serious_warning", 1)]),
            ("government_sanction", 2, "人", &[("warning", 1), ("demerit", 1)]),
            ("organizational_handling", 5, "人", &[]),
            ("admonishment", 9, "人", &[]),
        ]),
        funds: Is(&[
            ("refunded", "清退违规发放的各类补贴", "86.42万元", "864200", ""),
            ("", "收回违规出租的校产租金", "31.5万元", "315000", ""),
        ]),
        issues: Is(&[
            t("落实立德树人根本任务有差距", 2),
            t("科研经费管理存在风险隐患", 2),
            t("国有资产管理不规范", 2),
            t("选人用人工作存在偏差", 2),
        ]),
        next_steps: Is(3), phones: Is(&["027-00000009"]), emails: Is(&["dwb@donghu-university.example.cn"]),
        postcode: Is("000909"),
        issuer: Is("中共东湖大学委员会"), date: Is("2022-10-26"),
        // The dates hold no 下旬/月底 qualifier; the period text keeps them as written.
        extra: &[("title.genre", "整改情况的报告"), ("inspection.period_text", "2022年3月下旬至5月底")],
        ..SKIP
    },
    // MANIFEST-A.md line 32
    Facts {
        file: "10-title-no-genre-dash-fused",
        title: Is("中共青岚电力工程有限公司党委关于集团党委交叉巡察整改情况"), published: Null,
        scheme: Is("xuncha"), authority: Is("集团党委"), team: Is("集团党委第二巡察组"), team_number: Is(2),
        target: Is("青岚电力工程有限公司"), kind: Is("cross"), start: Is("2024-04-08"), end: Is("2024-05-31"),
        feedback: Is("2024-07-03"), recipient: Null,
        problem_categories: Is(3), problems: Is(9), measures: Is(27), completed: Is(9), completion_rate: Is("100"),
        as_of: Is("2024-10-31"),
        quantities: &[("5", "次", "")],
        penalties: Is(&[
            ("party_discipline", 1, "人", &[("serious_warning", 1)]),
            ("government_sanction", 1, "人", &[("demerit", 1)]),
            ("admonishment", 2, "人", &[]),
            ("criticism_education", 6, "人", &[]),
        ]),
        funds: Is(&[
            ("", "追回应由个人承担的资金", "3.47万元", "34700", ""),
            ("recovered_losses", "挽回经济损失", "128万元", "1280000", ""),
        ]),
        issues: Is(&[
            t("服务集团发展战略不够有力", 2),
            t("工程分包和物资采购管理不规范", 2),
            t("国有企业党的建设存在弱化现象", 2),
        ]),
        next_steps: Is(3), phones: Is(&["0571-00000010"]), emails: Is(&["qldljw@qinglan-energy.example.cn"]),
        postcode: Is("000110"),
        issuer: Is("中共青岚电力工程有限公司委员会"), date: Is("2024-11-06"),
        // "no genre suffix": the genre is the bare 整改情况, with no 的通报/的报告.
        extra: &[("title.genre", "整改情况")],
        ..SKIP
    },
    // MANIFEST-A.md line 34
    Facts {
        file: "11-title-team-feedback",
        title: Is("中共白沙区望江街道枫林社区委员会关于区委第三巡察组反馈意见整改情况的通报"), published: Null,
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委第三巡察组"), team_number: Is(3),
        target: Is("白沙区望江街道枫林社区"), kind: Is("elevated"), start: Is("2023-09-04"), end: Is("2023-10-27"),
        feedback: Is("2023-12-05"), recipient: Is("枫林社区党委"),
        problem_categories: Is(3), problems: Is(11), measures: Is(30), completed: Is(10), in_progress: Is(1),
        as_of: Is("2024-03-20"),
        penalties: Is(&[
            ("party_discipline", 2, "人", &[("warning", 2)]),
            ("government_sanction", 1, "人", &[("warning", 1)]),
            ("admonishment", 1, "人", &[]),
            ("reminder_talk 谈话提醒", 5, "人", &[]),
        ]),
        funds: Is(&[
            ("refunded", "清退违规发放的误工补贴", "2.36万元", "23600", ""),
            ("", "收回被侵占的集体资金", "8.9万元", "89000", ""),
        ]),
        issues: Is(&[t("社区‘三务’公开不及时不规范", 2), t("集体资产资源管理混乱", 2), t("社区党组织凝聚力不强", 2)]),
        documents: &[("1.1", "枫林社区“三务”公开实施办法"), ("2.2", "白沙区村(社区)集体经济合同管理办法")],
        next_steps: Is(3), phones: Is(&["020-00000011"]), emails: Is(&["fenglin@baisha.example.cn"]),
        postcode: Is("000311"),
        issuer: Is("中共白沙区望江街道枫林社区委员会"), date: Is("2024-03-28"),
        extra: &[("title.team", "区委第三巡察组")],
        ..SKIP
    },
    // MANIFEST-A.md line 36
    Facts {
        file: "12-column-tag-special-team",
        title: Is("中共云澜市医疗保障局党组关于市委专项巡察整改情况的通报"), published: Null,
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委专项巡察组"), team_number: Null,
        // Self-reference, named by the title's issuer; the words as written beside it.
        target: Is("云澜市医疗保障局党组"), kind: Is("special"), start: Is("2024-02-26"), end: Is("2024-04-19"),
        feedback: Is("2024-05-30"), recipient: Is("云澜市医疗保障局党组"),
        problem_categories: Is(2), problems: Is(8), measures: Is(24), completed: Is(6), in_progress: Is(2),
        completion_rate: Is("75"), as_of: Is("2024-08-31"),
        penalties: Is(&[
            ("party_discipline", 3, "人", &[("warning", 1), ("serious_warning", 1), ("probation", 1)]),
            ("government_sanction", 2, "人", &[("warning", 1), ("demotion", 1)]),
            ("admonishment", 2, "人", &[]),
        ]),
        funds: Is(&[
            ("", "追回违规使用的医保基金", "1,086.72万元", "10867200", ""),
            ("recouped", "追缴定点医药机构违约金", "315.4万元", "3154000", ""),
        ]),
        issues: Is(&[t("医保基金监管存在漏洞", 3), t("内部管理和作风建设不够严实", 3)]),
        next_steps: Is(3), phones: Is(&["0577-00000012"]), emails: Is(&["ybjdzb@yunlan.example.cn"]),
        postcode: Is("000712"),
        issuer: Is("中共云澜市医疗保障局党组"), date: Is("2024-09-09"),
        // The column tag is kept apart from the title (without its 【】 brackets).
        extra: &[
            ("title.tag", "巡察整改"),
            ("inspection.target_as_written", "我局"),
            ("inspection.feedback_recipient_as_written", "我局党组"),
        ],
        ..SKIP
    },
    // MANIFEST-A.md line 38
    Facts {
        file: "13-stray-space-team-first",
        // As written, with the stray space.
        title: Is("中共青溪县人民法院党组关于县委巡察 整改情况的通报"), published: Null,
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第二巡察组"), team_number: Is(2),
        // Self-reference, named by the title's issuer; the words as written beside it.
        target: Is("青溪县人民法院党组"), kind: Null, start: Is("2023-05-08"), end: Is("2023-06-30"),
        feedback: Is("2023-08-22"), recipient: Is("青溪县人民法院党组"),
        problem_categories: Is(4), problems: Is(13), measures: Is(40), completed: Is(11), in_progress: Is(2),
        as_of: Is("2023-11-30"),
        penalties: Is(&[
            ("party_discipline", 1, "人", &[("warning", 1)]),
            ("government_sanction", 1, "人", &[("demerit", 1)]),
            ("admonishment", 2, "人", &[]),
            ("criticism_education", 4, "人", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规发放的办案补贴", "1.52万元", "15200", "")]),
        issues: Is(&[
            t("服务保障中心大局不够主动", 2),
            t("审判执行监督管理存在短板", 2),
            t("落实‘三个规定’不够到位", 2),
            t("法院队伍建设有待加强", 2),
        ]),
        next_steps: Is(3), phones: Is(&["0571-00000013"]), emails: Is(&["qxfy@qingxi.example.cn"]),
        postcode: Is("000113"),
        issuer: Is("中共青溪县人民法院党组"), date: Is("2023-12-12"),
        extra: &[
            ("inspection.target_as_written", "我院党组"),
            ("inspection.feedback_recipient_as_written", "我院党组"),
        ],
        ..SKIP
    },
    // MANIFEST-A.md line 40
    Facts {
        file: "14-split-title-huitoukan",
        title: Is("中共青溪县委关于省委巡视“回头看”整改进展情况的通报"), published: Null,
        scheme: Is("xunshi"), authority: Is("省委"), team: Is("省委第十一巡视组"), team_number: Is(11),
        target: Is("青溪县"), kind: Is("follow_up"), start: Is("2021-10-18"), end: Is("2021-12-10"),
        feedback: Is("2022-02-16"), recipient: Is("青溪县委"),
        problem_categories: Is(4), problems: Is(26), measures: Is(97), completed: Is(20), in_progress: Is(6),
        as_of: Is("2022-04-30"),
        quantities: &[("22", "个", "")],
        penalties: Is(&[
            (
                "party_discipline",
                29,
                "人",
                &[
                    ("warning", 15),
                    ("serious_warning", 7),
                    ("removal_from_party_posts", 2),
                    ("probation", 1),
                    ("expulsion", 4),
                ],
            ),
            (
                "government_sanction",
                14,
                "人",
                &[("warning", 6), ("demerit", 4), ("major_demerit", 1), ("removal_from_office", 1), ("dismissal", 2)],
            ),
            ("organizational_handling", 8, "人", &[]),
            ("admonishment", 17, "人", &[]),
        ]),
        funds: Is(&[
            ("refunded", "清退违规资金", "652.3万元", "6523000", ""),
            ("recovered_losses", "挽回经济损失", "2,180.46万元", "21804600", ""),
        ]),
        issues: Is(&[
            t("上轮巡视整改不到位", 2),
            t("贯彻新发展理念有偏差", 2),
            t("选人用人问题仍然存在", 2),
            t("管党治党宽松软问题依然突出", 2),
        ]),
        // 立案审查调查156件,处分148人 belong to measure 4.2 only.
        measure_quantities: &[("4.2", ("156", "件", "")), ("4.2", ("148", "人", ""))],
        next_steps: Is(3), phones: Is(&["0571-00000014"]), emails: Is(&["xwbgs@qingxi.example.cn"]),
        postcode: Is("000114"),
        issuer: Is("中共青溪县委"), date: Is("2022-05-20"),
        extra: &[("title.genre", "整改进展情况的通报"), ("inspection.kinds", "[follow_up]")],
        ..SKIP
    },
    // MANIFEST-A.md line 42
    Facts {
        file: "15-title-body-disagree",
        title: Is("中共云澜市审计局党组关于十一届市委第四轮巡察“回头看”整改情况的通报"), published: Null,
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委第三巡察组"), team_number: Is(3),
        target: Is("云澜市审计局"), kind: Is("regular"), start: Is("2024-04-15"), end: Is("2024-06-07"),
        feedback: Is("2024-07-10"), recipient: Is("市审计局党组"),
        problem_categories: Is(3), problems: Is(10), measures: Is(30), completed: Is(10), completion_rate: Is("100"),
        as_of: Is("2024-09-30"),
        penalties: Is(&[
            ("party_discipline", 1, "人", &[("warning", 1)]),
            ("government_sanction", 1, "人", &[("warning", 1)]),
            ("admonishment", 2, "人", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规收取的审计服务费用", "4.75万元", "47500", "")]),
        issues: Is(&[
            t("审计监督主责主业聚焦不够", 2),
            t("审计项目质量管控不严", 2),
            t("机关党建和队伍建设存在薄弱环节", 3),
        ]),
        // 提醒谈话 of 3 people belongs to measure 3.3 only.
        measure_quantities: &[("3.3", ("3", "名", ""))],
        next_steps: Is(3), phones: Is(&["0577-00000015"]), emails: Is(&["sjjdzb@yunlan.example.cn"]),
        postcode: Is("000715"),
        issuer: Is("中共云澜市审计局党组"), date: Is("2024-10-22"),
        may: &[("title_body_mismatch", "")],
        // 届 十一届 and committee 市委 are kept in the title's round text only; the round
        // and 回头看 are not copied into the inspection.
        extra: &[("title.round_number", "4"), ("inspection.kinds", "[regular]"), ("inspection.round", "none")],
        ..SKIP
    },
    // MANIFEST-A.md line 44
    Facts {
        file: "16-multi-unit-no-separators",
        title: Null, published: Null,
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委2个巡察组"), team_number: Null,
        // The names [青溪县农业农村局, 县水利局] have no field of their own.
        target: Is("青溪县农业农村局、县水利局等3家单位"), kind: Is("political"), start: Is("2023-04-10"),
        end: Is("2023-06-08"), feedback: Is("2023-07-20"), recipient: Is("3家单位党组"),
        problem_categories: Is(3), problems: Is(21), measures: Is(66), completed: Is(18), in_progress: Is(3),
        as_of: Is("2023-10-31"),
        penalties: Is(&[
            ("party_discipline", 5, "人", &[("warning", 3), ("serious_warning", 2)]),
            ("government_sanction", 3, "人", &[("warning", 2), ("demerit", 1)]),
            ("organizational_handling", 2, "人", &[]),
            ("admonishment", 4, "人", &[]),
        ]),
        funds: Is(&[
            ("refunded", "清退违规资金", "18.9万元", "189000", ""),
            ("recovered_losses", "挽回经济损失", "47.25万元", "472500", ""),
        ]),
        issues: Is(&[
            t("落实粮食安全和防汛保安责任有差距", 2),
            t("涉农资金管理使用不规范", 3),
            t("党组织建设和干部作风存在短板", 2),
        ]),
        next_steps: Is(3), phones: Is(&["0571-00000016"]), emails: Is(&["qxxcb@qingxi.example.cn"]),
        postcode: Is("000116"),
        issuer: Is("中共青溪县委巡察工作领导小组办公室"), date: Is("2023-11-15"),
        extra: &[
            ("inspection.team_count", "2"),
            ("inspection.target_count", "3"),
            ("inspection.period_text", "2023410日至6月8日"),
        ],
        ..SKIP
    },
    // MANIFEST-B.md line 16
    Facts {
        file: "17-songling-town-overview",
        title: Is("中共松岭县青石镇委员会关于县委第三轮巡察整改情况的通报"),
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第二巡察组"), team_number: Is(2),
        target: Is("青石镇党委"), kind: Is("regular"), start: Is("2023-04-10"), end: Is("2023-06-09"),
        feedback: Is("2023-07-14"), recipient: Is("青石镇党委"),
        problem_categories: Is(4), problems: Is(15), measures: Is(45),
        // 具体问题 38 个 is the model's specific_problems (in `extra`). The 一是/二是/三是
        // summary has no field.
        quantities: &[("12", "个", ""), ("6", "次", "")],
        penalties: Is(&[
            ("party_discipline", 5, "人", &[("warning 党内警告", 3), ("serious_warning", 2)]),
            ("government_sanction", 2, "人", &[("warning", 1), ("demerit", 1)]),
            ("organizational_handling", 3, "", &[]),
            ("admonishment", 4, "", &[]),
        ]),
        institutions: Is(9),
        funds: Is(&[
            ("refunded", "清退违规资金", "12.45万元", "124500", ""),
            ("other", "追回应由个人承担的资金", "3.2万元", "32000", ""),
        ]),
        issues: Is(&[
            t("贯彻落实上级决策部署有偏差", 2),
            t("基层治理和为民服务存在短板", 3),
            t("全面从严治党两个责任落实不到位", 2),
            t("干部队伍和基层组织建设薄弱", 2),
        ]),
        // 超过10万元 is a measure quantity, not a Funds entry.
        measure_quantities: &[("2.3", ("100000", "元", "over"))],
        documents: &[("3.2", "青石镇村级小微权力清单(试行)")],
        next_steps: Is(3), phones: Is(&["0731-00000017"]), address: Is("松岭县青石镇人民政府大院镇纪委办公室"),
        emails: Is(&["qsz_jw@example.cn"]), postcode: Null,
        // "(two lines)": the layout of the signature is not a model fact.
        issuer: Is("中共松岭县青石镇委员会"), date: Is("2023-10-20"),
        may: &[("declared_count_mismatch", "warning")],
        extra: &[("overview.specific_problems", "38")],
        ..SKIP
    },
    // MANIFEST-B.md line 17
    Facts {
        file: "18-heyang-city-numerals-status",
        title: Is("中共河阳市委关于省委巡视整改进展情况的通报"),
        scheme: Is("xunshi"), authority: Is("省委"), team: Is("省委第五巡视组"), team_number: Is(5),
        target: Is("河阳市"), kind: Null, start: Is("2023-09-04"), end: Is("2023-11-10"), feedback: Is("2023-12-28"),
        recipient: Is("河阳市委"),
        // `整改任务30项` is a task count: the model has `tasks` beside `measures` (in `extra`)
        problem_categories: Is(6), problems: Is(23), measures: Null, completed: Is(20), in_progress: Is(3),
        completion_rate: Is("87"), as_of: Is("2024-06-30"),
        // 3、4次 is approximate 3–4 次: a quantity holds one value, so only its unit and
        // qualifier are checked. 阶段性完成 2 and 未完成 0 are fields of their own (`extra`).
        quantities: &[("20", "次", "over"), ("", "次", "about")],
        penalties: Is(&[
            (
                "party_discipline",
                9,
                "人",
                &[("warning 党内警告", 5), ("serious_warning", 3), ("expulsion 开除党籍", 1)],
            ),
            ("government_sanction", 0, "人", &[]),
            ("organizational_handling", 4, "", &[]),
            ("admonishment", 7, "", &[]),
            // The manifest names no category (its rule would give `other`); the model has
            // `combined` for one count over several kinds, which is what the text is.
            ("combined 批评教育、提醒谈话、责令检查", 18, "人", &[]),
        ]),
        funds: Is(&[
            ("recouped", "追缴资金", "1,276.35万元", "12763500", ""),
            ("recovered_losses", "挽回经济损失", "3.48亿元", "348000000", ""),
        ]),
        issues: Is(&[t("贯彻落实党中央决策部署和省委工作要求有差距问题", 2), m(2), m(2), m(2), m(2), m(2)]),
        next_steps: Is(2), phones: Is(&["0731-00000018"]), address: Is("河阳市中山路1号市委巡察办"),
        emails: Is(&["hysw_xc@example.cn"]),
        issuer: Is("中共河阳市委"), date: Is("2024-07-15"),
        may: &[("declared_count_mismatch", "warning")],
        extra: &[("overview.partially_completed", "2"), ("overview.not_completed", "0"), ("overview.tasks", "30")],
        ..SKIP
    },
    // MANIFEST-B.md line 18
    Facts {
        file: "19-beichuan-court-penalties",
        title: Is("中共北川区人民法院党组关于区委巡察整改情况的通报"),
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委巡察一组"), team_number: Is(1),
        target: Is("北川区人民法院党组"), kind: Is("special"), start: Is("2024-03-11"), end: Is("2024-05-17"),
        feedback: Is("2024-06-26"), recipient: Is("北川区人民法院党组"),
        problem_categories: Is(3), problems: Is(9), measures: Is(27),
        quantities: &[("14", "次", "")],
        // The manifest gives `other` for 批评帮助, 责令检查, 交由区纪委调查, 立案 and 留置
        // ("a kind not on the MODEL.md list"); the model has a category for each of them
        // (criticism_help, ordered_review, transferred_to_discipline, case_filed, detention),
        // so by the manifest's own rule they are not `other`. Labels as written.
        penalties: Is(&[
            (
                "party_discipline",
                6,
                "人",
                &[("warning 党内警告", 3), ("serious_warning", 2), ("removal_from_party_posts", 1)],
            ),
            ("government_sanction", 4, "人", &[("warning", 2), ("demerit", 1), ("major_demerit", 1)]),
            ("organizational_handling", 2, "", &[]),
            ("admonishment", 3, "", &[]),
            ("reminder_talk 谈话提醒", 15, "人次", &[]),
            ("criticism_help 批评帮助", 4, "", &[]),
            ("ordered_review 责令检查", 2, "", &[]),
            ("accountability 追责问责", 3, "", &[]),
            ("transferred_to_discipline 交由区纪委调查", 2, "", &[]),
            ("case_filed 立案", 2, "", &[]),
            ("detention 留置", 1, "", &[]),
            ("transferred_to_judiciary", 1, "", &[]),
        ]),
        funds: Is(&[
            ("refunded", "清退违规发放的津贴补贴", "8.3万元", "83000", ""),
            ("other", "追回应由个人承担的资金", "4.25万元", "42500", ""),
        ]),
        issues: Is(&[
            t("政治建设和审判执行主责主业落实不到位", 3),
            t("全面从严治党责任传导层层递减", 2),
            t("队伍建设和基层基础薄弱", 3),
        ]),
        // 党纪政务立案5人,留置2人 (bytes 1540..1573) are quantities of measure 1.2 only.
        measure_quantities: &[("1.2", ("5", "人", "")), ("1.2", ("2", "人", ""))],
        next_steps: Is(3), phones: Is(&["0731-00000019"]), emails: Is(&["bcfy_jjz@example.cn"]),
        issuer: Is("中共北川区人民法院党组"), date: Is("2024-09-30"),
        // The 巡视 inside 《…》 raises no scheme finding: only count warnings may appear.
        may: &[("declared_count_mismatch", "warning")],
        ..SKIP
    },
    // MANIFEST-B.md line 19
    Facts {
        file: "20-jiaotou-money-traps",
        title: Is("中共江城交通投资集团有限公司委员会关于市委巡察整改情况的通报"),
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委第三巡察组"), team_number: Is(3),
        target: Is("江城交通投资集团有限公司党委"), kind: Is("mobile"), start: Is("2024-04-15"),
        end: Is("2024-06-14"), feedback: Is("2024-07-25"), recipient: Is("集团党委"),
        problem_categories: Is(3), measures: Is(7),
        quantities: &[("8", "次", "")],
        penalties: Is(&[
            ("organizational_handling", 3, "", &[]),
            ("admonishment", 2, "", &[]),
            ("party_discipline", 0, "", &[]),
            ("government_sanction", 0, "", &[]),
        ]),
        funds: Is(&[
            ("refunded", "清退违规资金", "2,360,000元", "2360000", ""),
            ("recouped", "追缴资金", "300余万元", "3000000", "over"),
            ("recovered_losses", "挽回经济损失", "1.35亿元", "135000000", ""),
            ("other", "收回被占用场站租金", "56万元", "560000", ""),
            ("other", "清查追回超标准报销差旅费", "48920元", "48920", ""),
        ]),
        issues: Is(&[
            t("落实党的路线方针政策和上级决策部署方面", 3),
            t("国有资产管理和廉洁风险防控方面", 2),
            t("干部队伍和基层党组织建设方面", 2),
        ]),
        measure_quantities: &[
            ("1.1", ("7", "个", "")),
            ("1.1", ("14200000000", "元", "")),
            ("1.2", ("165000", "人次", "")),
            ("1.3", ("12.5", "%", "")),
            ("1.3", ("6.8", "%", "")),
        ],
        next_steps: Is(2), phones: Is(&["0731-00000020"]), address: Is("江城市滨江大道88号集团纪委"),
        postcode: Is("410000"), emails: Is(&["jcjt_jw@example.cn"]),
        issuer: Is("中共江城交通投资集团有限公司委员会"), date: Is("2024-11-08"),
        ..SKIP
    },
    // MANIFEST-B.md line 20
    Facts {
        file: "21-jiangcheng-college-four-levels",
        title: Is("中共江城职业技术学院委员会关于市委巡察整改情况的通报"),
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委第五巡察组"), team_number: Is(5),
        target: Is("江城职业技术学院党委"), kind: Null, start: Is("2022-10-17"), end: Is("2022-12-16"),
        feedback: Is("2023-01-12"), recipient: Is("学院党委"),
        problem_categories: Is(2), problems: Is(6), measures: Is(11),
        quantities: &[("12", "条", "")],
        penalties: Is(&[
            ("criticism_education", 3, "", &[]),
            ("reminder_talk 提醒谈话", 5, "", &[]),
            ("admonishment", 1, "", &[]),
            ("accountability 问责", 2, "", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规发放的课时津贴", "4.6万元", "46000", "")]),
        issues: Is(&[
            Iss {
                children: Some(&[
                    Iss {
                        children: Some(&[t("思政课程与课程思政协同不够", 2), t("学生资助育人工作不够精准", 2)]),
                        ..t("落实立德树人根本任务", 4)
                    },
                    Iss { children: Some(&[t("重大事项决策程序不规范", 2)]), ..t("落实‘三重一大’决策制度", 2) },
                ]),
                ..t("关于党的领导和办学治校方面的问题", 6)
            },
            Iss {
                children: Some(&[
                    Iss {
                        children: Some(&[t("招标采购监管存在漏洞", 2), t("校办企业管理不规范", 1)]),
                        ..t("落实监督责任", 3)
                    },
                    Iss { children: Some(&[t("中层干部交流轮岗不够", 2)]), ..t("干部队伍建设", 2) },
                ]),
                ..t("关于全面从严治党和干部队伍建设方面的问题", 5)
            },
        ]),
        // The manifest names the documents; their measures are located from the text.
        documents: &[
            ("1.1.1.1", "江城职业技术学院课程思政建设实施方案"),
            ("2.1.1.1", "江城职业技术学院招标采购管理办法"),
        ],
        next_steps: Is(3), phones: Is(&["0731-00000021"]), emails: Is(&["jcvtc_jw@example.cn"]),
        websites: Is(&["www.jcvtc.example.cn"]),
        issuer: Is("中共江城职业技术学院委员会"), date: Is("2023-05-26"),
        ..SKIP
    },
    // MANIFEST-B.md line 21
    Facts {
        file: "22-xishan-feedback-labels",
        title: Is("中共西山区市场监督管理局党组关于区委巡察整改情况的通报"),
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委第二巡察组"), team_number: Is(2),
        target: Is("区市场监督管理局党组"), kind: Is("political"), start: Is("2024-02-26"), end: Is("2024-04-19"),
        feedback: Is("2024-05-13"), recipient: Is("区市场监督管理局党组"),
        problem_categories: Is(3), problems: Is(7), as_of: Is("2024-09"), completed: Is(6), in_progress: Is(1),
        completion_rate: Is("85.7"),
        penalties: Is(&[
            ("party_discipline", 2, "人", &[("serious_warning", 2)]),
            ("government_sanction", 1, "人", &[("demerit", 1)]),
            ("reminder_talk 提醒谈话", 6, "", &[]),
        ]),
        funds: Is(&[]),
        // Problems numbered 1,2 / 1,2,3 / 1,2, each with 整改情况 text and a 完成情况 status.
        issues: Is(&[
            Iss {
                title: Some("落实食品药品安全监管责任不到位"),
                children: Some(&[
                    Iss { number: Some(1), status: Some("已完成"), text: true, ..I },
                    Iss { number: Some(2), status: Some("已完成"), text: true, ..I },
                ]),
                ..I
            },
            Iss {
                title: Some("服务优化营商环境措施不够有力"),
                children: Some(&[
                    Iss { number: Some(1), status: Some("已完成"), text: true, ..I },
                    Iss { number: Some(2), status: Some("已完成"), text: true, ..I },
                    Iss { number: Some(3), status: Some("正在整改,计划于2024年12月底前完成"), text: true, ..I },
                ]),
                ..I
            },
            Iss {
                title: Some("党风廉政建设和干部队伍管理存在短板"),
                children: Some(&[
                    Iss { number: Some(1), status: Some("已完成"), text: true, ..I },
                    Iss { number: Some(2), status: Some("已完成"), text: true, ..I },
                ]),
                ..I
            },
        ]),
        next_steps: Is(3), phones: Is(&["0731-00000022"]), emails: Is(&["xsscjg@example.cn"]),
        issuer: Is("中共西山区市场监督管理局党组"), date: Is("2024-10-15"),
        ..SKIP
    },
    // MANIFEST-B.md line 22
    Facts {
        file: "23-nanxi-police-arabic-combined",
        title: Is("中共南溪县公安局委员会关于县委巡察整改情况的通报"),
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第三巡察组"), team_number: Is(3),
        target: Is("县公安局党委"), kind: Is("regular"), start: Is("2023-03-20"), end: Is("2023-05-19"),
        feedback: Is("2023-06-16"), recipient: Is("县公安局党委"),
        problem_categories: Is(5), measures: Is(12),
        institutions: Is(6),
        penalties: Is(&[
            ("government_sanction", 1, "人", &[("warning", 1)]),
            ("admonishment", 2, "", &[]),
            ("criticism_education", 4, "", &[]),
        ]),
        funds: Is(&[]),
        issues: Is(&[
            t("政治建设方面存在差距", 2),
            Iss {
                children: Some(&[
                    Iss { number: Some(1), ..t("执法监督管理不严", 2) },
                    Iss { number: Some(2), ..t("涉案财物管理不规范", 1) },
                ]),
                ..t("执法规范化建设不到位", 3)
            },
            Iss {
                children: Some(&[Iss { number: Some(1), ..m(2) }, Iss { number: Some(2), ..m(1) }]),
                ..t("队伍建设和从严治警", 3)
            },
            t("基层基础工作薄弱", 2),
            t("巡察审计整改不彻底", 2),
        ]),
        measure_titles: &[("1.1", "落实“第一议题”制度不到位"), ("1.2", "意识形态工作责任制落实不够")],
        next_steps: Is(3), phones: Is(&["0731-00000023"]), emails: Is(&["nxgaj_jw@example.cn"]),
        issuer: Is("中共南溪县公安局委员会"), date: Is("2023-11-03"),
        ..SKIP
    },
    // MANIFEST-B.md line 23
    Facts {
        file: "24-donghu-union-sections-closing",
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委第四巡察组"), team_number: Is(4),
        target: Is("区总工会党组"), kind: Null, start: Is("2024-05-06"), end: Is("2024-07-05"),
        feedback: Is("2024-08-09"), recipient: Is("区总工会党组"),
        // Read from the 一是/二是/三是 paragraph of section 一 (its 3 items have no field).
        problem_categories: Is(2), problems: Is(5),
        quantities: &[("9", "次", "")],
        penalties: Is(&[("organizational_handling", 1, "", &[]), ("criticism_education", 2, "", &[])]),
        institutions: Is(7),
        funds: Is(&[
            ("refunded", "清退违规资金", "3.125万元", "31250", ""),
            ("other", "追回应由个人承担的资金", "0.6832万元", "6832", ""),
        ]),
        // The headings are notice sections, not issues; the five issues sit in them.
        issues: Is(&[]),
        sections: Is(&[
            Sec { title: "巡察整改组织领导情况", issues: &[], children: &[] },
            Sec {
                title: "集中整改期内已完成的整改事项",
                issues: &[],
                children: &[
                    Sec {
                        title: "已整改完成的问题",
                        issues: &[
                            Iss { number: Some(1), ..t("职工服务阵地作用发挥不充分", 3) },
                            Iss { number: Some(2), ..t("工会经费使用管理不规范", 2) },
                            Iss { number: Some(3), ..t("基层工会组建覆盖面不广", 2) },
                        ],
                        children: &[],
                    },
                    Sec {
                        title: "已完成阶段性目标的问题",
                        issues: &[Iss { number: Some(1), ..t("产业工人队伍建设改革推进缓慢", 2) }],
                        children: &[],
                    },
                ],
            },
            Sec {
                title: "需要长期坚持的整改事项",
                issues: &[Iss { number: Some(1), ..t("劳模工匠精神宣传不够", 3) }],
                children: &[],
            },
        ]),
        next_steps: Is(2), phones: Is(&["0731-00000024"]), address: Is("东湖区建设路16号区总工会党组办公室"),
        postcode: Is("410000"), emails: Is(&["dhzgh@example.cn"]), websites: Is(&["www.dhzgh.example.cn"]),
        hours: Is("工作日8:30-17:30"),
        issuer: Is("中共东湖区总工会党组"), date: Is("2024-12-06"),
        may: &[("declared_count_mismatch", "warning")],
        // (此件公开发布) is kept, apart from the issuer.
        unrecognized_lines: Is(&[23]),
        extra: &[("title.genre", "集中整改进展情况的通报"), ("unrecognized.0.text", "(此件公开发布)")],
        ..SKIP
    },
    // MANIFEST-B.md line 24
    Facts {
        file: "25-songling-education-title-xunshi",
        // Kept verbatim (line 1 of the fixture), 巡视 and all.
        title: Is("中共松岭县教育局党组关于县委第二轮巡视整改情况的通报"),
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第一巡察组"), team_number: Is(1),
        target: Is("县教育局党组"), kind: Null, start: Is("2022-04-11"), end: Is("2022-06-10"),
        feedback: Is("2022-07-08"), recipient: Is("县教育局党组"),
        problem_categories: Is(3), measures: Is(8),
        quantities: &[("5", "次", "")],
        penalties: Is(&[
            ("party_discipline", 1, "人", &[("warning 党内警告", 1)]),
            ("admonishment", 1, "", &[]),
            ("criticism_education", 3, "", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规收取的资料费", "9.6万元", "96000", "")]),
        issues: Is(&[m(3), m(3), m(2)]),
        next_steps: Is(2), phones: Is(&["0731-00000025"]), emails: Is(&["sljyj_dz@example.cn"]),
        issuer: Is("中共松岭县教育局党组"), date: Is("2022-12-02"),
        // The manifest suggests `scheme_mismatch`.
        findings: &[("scheme_mismatch", "warning")],
        extra: &[("title.scheme", "xunshi")],
        ..SKIP
    },
    // MANIFEST-B.md line 25
    Facts {
        file: "26-linjiang-culture-placeholder",
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第二巡察组"), team_number: Is(2),
        target: Is("县文化和旅游局党组"), kind: Null, start: Is("2023-08-21"), end: Is("2023-10-20"),
        feedback: Is("2023-11-24"), recipient: Is("县文化和旅游局党组"),
        problem_categories: Is(3), measures: Is(7),
        // The manifest gives `other` for 责令检查; the model's category for it is
        // ordered_review (see 19).
        penalties: Is(&[
            ("admonishment", 1, "", &[]),
            ("reminder_talk 提醒谈话", 4, "", &[]),
            ("ordered_review 责令检查", 2, "", &[]),
        ]),
        funds: Is(&[("other", "追回应由个人承担的资金", "1.86万元", "18600", "")]),
        issues: Is(&[m(3), m(2), m(2)]),
        // 增长18% is a measure quantity, not money (measure 1.1, located from the text).
        measure_quantities: &[("1.1", ("18", "%", ""))],
        next_steps: Is(2), phones: Is(&["0731-00000026"]), address: Is("临江县人民路22号县文化和旅游局办公室"),
        postcode: Is("410026"),
        issuer: Is("中共临江县文化和旅游局党组"), date: Is("2024-03-15"),
        // The manifest suggests `template_placeholder`; the span is `XX` at 475..477,
        // inside 党的XX大 at 469..480.
        findings: &[("placeholder", "")],
        finding_spans: &[("placeholder", Some((469, 480)), &[(475, 477)])],
        ..SKIP
    },
    // MANIFEST-B.md line 26
    Facts {
        file: "27-beichuan-health-garbled-count",
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委第二巡察组"), team_number: Is(2),
        target: Is("区卫生健康局党委"), kind: Null, start: Is("2023-03-06"), end: Is("2023-04-28"),
        feedback: Is("2023-05-30"), recipient: Is("区卫生健康局党委"),
        problem_categories: Is(413),
        // 413 is not split into 4 and 13: the text states no problem count.
        problems: Null, measures: Is(10),
        quantities: &[("7", "次", "")],
        penalties: Is(&[
            ("party_discipline", 2, "人", &[("warning 党内警告", 1), ("serious_warning", 1)]),
            ("organizational_handling", 1, "", &[]),
            ("criticism_education", 5, "", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规收取的医疗服务费用", "23.7万元", "237000", "")]),
        issues: Is(&[m(3), m(3), m(2), m(2)]),
        next_steps: Is(3), phones: Is(&["0731-00000027"]), emails: Is(&["bcwjj_dw@example.cn"]),
        issuer: Is("中共北川区卫生健康局委员会"), date: Is("2023-10-31"),
        // "ideally flagged as implausible or garbled": the parser does, so it is asserted.
        findings: &[("declared_count_mismatch", ""), ("implausible_count", "")],
        finding_spans: &[
            ("declared_count_mismatch", Some((495, 507)), &[]),
            ("implausible_count", Some((495, 507)), &[]),
        ],
        ..SKIP
    },
    // MANIFEST-B.md line 27
    Facts {
        file: "28-jiangcheng-ecology-dropped-label",
        scheme: Is("xuncha"), authority: Is("市委"), team: Is("市委第六巡察组"), team_number: Is(6),
        target: Is("市生态环境局党组"), kind: Is("regular"), start: Is("2024-03-04"), end: Is("2024-04-30"),
        feedback: Is("2024-06-05"), recipient: Is("市生态环境局党组"),
        problem_categories: Is(3), measures: Is(8),
        quantities: &[("6", "次", "")],
        penalties: Is(&[
            ("government_sanction", 1, "人", &[("demerit", 1)]),
            ("admonishment", 1, "", &[]),
            ("reminder_talk 谈话提醒", 7, "", &[]),
        ]),
        funds: Is(&[]),
        // Numbered as written, not renumbered.
        issues: Is(&[
            Iss { number: Some(1), ..m(3) },
            Iss { number: Some(2), ..m(3) },
            Iss { number: Some(4), ..m(2) },
        ]),
        next_steps: Is(2), phones: Is(&["0731-00000028"]), emails: Is(&["jcsthj_xc@example.cn"]),
        issuer: Is("中共江城市生态环境局党组"), date: Is("2024-10-18"),
        // No declared_count_mismatch (3 declared, 3 found).
        findings: &[("numbering_gap", "")],
        ..SKIP
    },
    // MANIFEST-B.md line 28
    Facts {
        file: "29-songling-water-late-feedback",
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第四巡察组"), team_number: Is(4),
        target: Is("县水利局党组"), kind: Null, start: Is("2022-03-21"), end: Is("2022-05-20"),
        feedback: Is("2023-07-20"), recipient: Is("县水利局党组"),
        problem_categories: Is(3), measures: Is(8),
        institutions: Is(4),
        penalties: Is(&[
            ("party_discipline", 1, "人", &[("serious_warning", 1)]),
            ("government_sanction", 1, "人", &[("demerit", 1)]),
            ("admonishment", 2, "", &[]),
        ]),
        funds: Is(&[("recovered_losses", "挽回经济损失", "46.28万元", "462800", "")]),
        issues: Is(&[m(3), m(3), m(2)]),
        // 2.6万人 is people, not money (measure 2.3, located from the text).
        measure_quantities: &[("2.3", ("26000", "人", ""))],
        next_steps: Is(2), phones: Is(&["0731-00000029"]), emails: Is(&["slslj_dz@example.cn"]),
        issuer: Is("中共松岭县水利局党组"), date: Is("2023-12-08"),
        // The manifest suggests `late_feedback`; no date-order finding.
        findings: &[("feedback_late", "warning")],
        ..SKIP
    },
    // MANIFEST-B.md line 29
    Facts {
        file: "30-nanxi-coop-late-publication",
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第一巡察组"), team_number: Is(1),
        target: Is("县供销合作社党组"), kind: Null, start: Is("2021-04-12"), end: Is("2021-06-11"),
        feedback: Is("2021-07-09"), recipient: Is("县供销合作社党组"),
        problem_categories: Is(3), measures: Is(7),
        quantities: &[("4", "次", "")],
        as_of: Is("2021-12"),
        penalties: Is(&[
            ("organizational_handling", 1, "", &[]),
            ("admonishment", 1, "", &[]),
            ("criticism_education", 2, "", &[]),
        ]),
        funds: Is(&[("other", "收回被长期占用的门面租金", "7.35万元", "73500", "")]),
        issues: Is(&[t("服务‘三农’主责主业不够突出", 3), m(2), m(2)]),
        next_steps: Is(2), phones: Is(&["0731-00000030"]), emails: Is(&["nxgxs@example.cn"]),
        issuer: Is("中共南溪县供销合作社党组"), date: Is("2024-11-18"),
        // The manifest suggests `late_publication`; no date-order error.
        findings: &[("published_late", "warning")],
        ..SKIP
    },
    // MANIFEST-B.md line 30
    Facts {
        file: "31-xishan-housing-breakdown-mismatch",
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委第三巡察组"), team_number: Is(3),
        target: Is("区住房和城乡建设局党组"), kind: Null, start: Is("2023-05-15"), end: Is("2023-07-14"),
        feedback: Is("2023-08-18"), recipient: Is("区住房和城乡建设局党组"),
        problem_categories: Is(3), measures: Is(8),
        institutions: Is(5),
        // The total 10 and both parts are kept although 3 + 4 ≠ 10.
        penalties: Is(&[
            ("party_discipline", 10, "人", &[("warning 警告", 3), ("serious_warning", 4)]),
            ("government_sanction", 3, "人", &[("warning", 2), ("demerit", 1)]),
            ("organizational_handling", 2, "", &[]),
            ("admonishment", 3, "", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规资金", "18.64万元", "186400", "")]),
        issues: Is(&[m(3), m(3), m(2)]),
        next_steps: Is(2), phones: Is(&["0731-00000031"]), emails: Is(&["xszjj_dz@example.cn"]),
        issuer: Is("中共西山区住房和城乡建设局党组"), date: Is("2023-12-22"),
        // The manifest suggests `breakdown_sum_mismatch`. Spans: the whole tally 624..670
        // (which holds the total) and the parts 警告3人 642..652, 严重警告4人 653..669.
        // "parse_strict returns Err" is Rust API, not JSON: the error severity stands for it.
        findings: &[("breakdown_mismatch", "error")],
        finding_spans: &[("breakdown_mismatch", Some((624, 670)), &[(624, 670), (642, 652), (653, 669)])],
        ..SKIP
    },
    // MANIFEST-B.md line 31
    Facts {
        file: "32-linjiang-hospital-truncated",
        scheme: Is("xuncha"), authority: Is("县委"), team: Is("县委第五巡察组"), team_number: Is(5),
        target: Is("县人民医院党委"), kind: Null, start: Is("2024-06-03"), end: Is("2024-07-31"),
        feedback: Is("2024-09-06"), recipient: Is("县人民医院党委"),
        problem_categories: Is(3),
        quantities: &[("4", "次", "")],
        penalties: Is(&[
            ("party_discipline", 1, "人", &[("warning 党内警告", 1)]),
            ("criticism_education", 4, "", &[]),
        ]),
        funds: Is(&[("refunded", "清退违规收取的检查费用", "5.92万元", "59200", "")]),
        issues: Is(&[m(4), m(4), m(3)]),
        measure_titles: &[("3.3", "健全廉洁风险防控机制")],
        next_steps: Is(0),
        // contact empty
        phones: Is(&[]), emails: Is(&[]), websites: Is(&[]), postcode: Null, address: Null, hours: Null,
        issuer: Null, date: Null,
        // The manifest suggests `truncated` / `missing_signature`.
        findings: &[("truncated", "warning")],
        ..SKIP
    },
    // MANIFEST-B.md line 32
    Facts {
        file: "33-donghu-cityadmin-spam-glued",
        title: Null,
        scheme: Is("xuncha"), authority: Is("区委"), team: Is("区委第一巡察组"), team_number: Is(1),
        target: Is("区城市管理局党组"), kind: Null, start: Is("2024-09-09"), end: Is("2024-11-08"),
        feedback: Is("2024-12-13"), recipient: Is("区城市管理局党组"),
        problem_categories: Is(3), measures: Is(8),
        quantities: &[("5", "次", "")],
        penalties: Is(&[
            ("government_sanction", 1, "人", &[("warning", 1)]),
            ("admonishment", 1, "", &[]),
            ("reminder_talk 提醒谈话", 3, "", &[]),
        ]),
        funds: Is(&[("other", "追回应由个人承担的资金", "2.4万元", "24000", "")]),
        issues: Is(&[m(3), m(3), m(2)]),
        next_steps: Is(2), phones: Is(&["0731-00000033"]), emails: Is(&["dhcgj_dz@example.cn"]),
        // ad.example.cn is spam, not a website.
        websites: Is(&[]),
        issuer: Is("中共东湖区城市管理局党组"), date: Is("2025-04-25"),
        // The manifest suggests `unrecognized_prefix`.
        findings: &[("leading_debris", "warning")],
        finding_spans: &[("leading_debris", Some((0, 55)), &[(0, 55)])],
        // lines 2 and 3 are prose no field reads: kept as prose passages beside the spam
        unrecognized_lines: Is(&[1, 2, 3]),
        extra: &[
            ("unrecognized.0.span.start", "0"),
            ("unrecognized.0.span.end", "55"),
            ("unrecognized.0.text", "★最新福利★扫码免费领取话费ad.example.cn"),
        ],
        ..SKIP
    },
    // MANIFEST-B.md line 33 (strings as written in the original, Traditional)
    Facts {
        file: "34-nanxi-forestry-traditional",
        title: Is("中共南溪縣林業局黨組關於縣委巡察整改情況通報"),
        scheme: Is("xuncha"), authority: Is("縣委"), team: Is("縣委第四巡察組"), team_number: Is(4),
        target: Is("縣林業局黨組"), kind: Null, start: Is("2023-05-08"), end: Is("2023-06-30"),
        feedback: Is("2023-08-03"), recipient: Is("縣林業局黨組"),
        problem_categories: Is(3), measures: Is(7),
        quantities: &[("4", "次", "")],
        penalties: Is(&[
            ("party_discipline", 1, "人", &[("serious_warning 嚴重警告", 1)]),
            ("admonishment 誡勉", 1, "", &[]),
            ("criticism_education 批評教育", 2, "", &[]),
        ]),
        funds: Is(&[("refunded", "清退違規資金", "6.5萬元", "65000", "")]),
        issues: Is(&[
            t("森林資源保護管理不到位", 3),
            t("生態保護修復項目管理不規範", 2),
            t("乾部隊伍建設和作風建設存在短板", 2),
        ]),
        next_steps: Is(2), phones: Is(&["0731-00000034"]), emails: Is(&["nxlyj_dz@example.cn"]),
        issuer: Is("中共南溪縣林業局黨組"), date: Is("2023-11-20"),
        // The manifest suggests `traditional_script`. The debris: 乾部 ×5, 製定, 髮揮, and
        // the leftover Simplified 问题 in heading 一 (871..877).
        findings: &[("traditional_characters", "warning")],
        finding_spans: &[(
            "traditional_characters",
            None,
            &[
                (475, 481),
                (1529, 1535),
                (1610, 1616),
                (1669, 1675),
                (1955, 1961),
                (646, 652),
                (1775, 1781),
                (871, 877),
            ],
        )],
        ..SKIP
    },
];

// ---------------------------------------------------------------------------------------
// Reading the JSON

/// The value at a dotted path (`issues.2.span`); `None` when missing or null.
fn at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = v;
    for key in path.split('.') {
        cur = match cur {
            Value::Object(m) => m.get(key)?,
            Value::Array(a) => a.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    (!cur.is_null()).then_some(cur)
}

/// A value as a comparable string: strings as written, arrays as `[a, b]`.
fn canon(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => Some(format!(
            "[{}]",
            a.iter()
                .map(|x| canon(Some(x)).unwrap_or_else(|| "none".into()))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        other => Some(other.to_string()),
    }
}

fn items(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// A decimal in its normal form, so that `2364700.00` equals `2364700`.
fn decimal(s: &str) -> String {
    Decimal::from_str(s).map_or_else(|_| s.to_string(), |d| d.normalize().to_string())
}

fn decimal_of(v: Option<&Value>) -> Option<String> {
    canon(v).map(|s| decimal(&s))
}

/// `"reminder_talk 谈话提醒"` → (`reminder_talk`, Some(`谈话提醒`)).
fn code_label(s: &str) -> (&str, Option<&str>) {
    match s.split_once(' ') {
        Some((c, l)) => (c, Some(l)),
        None => (s, None),
    }
}

/// The measure at a path `"2.1"` / `"1.1.1.1"`: issue numbers, then children, then the
/// measure, all 1-based positions.
fn measure<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let idx: Vec<usize> = path
        .split('.')
        .map(|n| n.parse::<usize>().unwrap() - 1)
        .collect();
    let (last, issues) = idx.split_last()?;
    let mut cur = items(at(v, "issues")).get(issues[0])?;
    for &i in &issues[1..] {
        cur = items(at(cur, "children")).get(i)?;
    }
    items(at(cur, "measures")).get(*last)
}

fn subtree_measures(issue: &Value) -> usize {
    items(at(issue, "measures")).len()
        + items(at(issue, "children"))
            .iter()
            .map(subtree_measures)
            .sum::<usize>()
}

fn quantity_matches(q: &Value, (value, unit, qualifier): Qty) -> bool {
    (value.is_empty() || decimal_of(at(q, "value")).as_deref() == Some(&decimal(value)))
        && canon(at(q, "unit")).as_deref() == Some(unit)
        && (qualifier.is_empty() || canon(at(q, "qualifier")).as_deref() == Some(qualifier))
}

fn show_quantities(qs: &[Value]) -> String {
    let shown: Vec<String> = qs
        .iter()
        .map(|q| {
            format!(
                "{} {} {}",
                canon(at(q, "value")).unwrap_or_default(),
                canon(at(q, "unit")).unwrap_or_default(),
                canon(at(q, "qualifier")).unwrap_or_default()
            )
        })
        .collect();
    format!("[{}]", shown.join(", "))
}

fn show_qty((value, unit, qualifier): Qty) -> String {
    let value = if value.is_empty() { "_" } else { value };
    format!("{value} {unit} {qualifier}").trim_end().to_string()
}

fn span_of(v: &Value) -> Option<(usize, usize)> {
    Some((
        at(v, "start")?.as_u64()? as usize,
        at(v, "end")?.as_u64()? as usize,
    ))
}

// ---------------------------------------------------------------------------------------
// Checking

struct Outcome {
    file: S,
    field: String,
    want: String,
    got: String,
    ok: bool,
}

struct Checker {
    file: S,
    out: Vec<Outcome>,
}

fn show(v: &Option<String>) -> String {
    match v {
        None => "none".to_string(),
        Some(s) => format!("{s:?}"),
    }
}

impl Checker {
    fn eq(&mut self, field: impl Into<String>, want: Option<String>, got: Option<String>) {
        self.out.push(Outcome {
            file: self.file,
            field: field.into(),
            ok: want == got,
            want: show(&want),
            got: show(&got),
        });
    }

    fn holds(&mut self, field: impl Into<String>, ok: bool, want: String, got: String) {
        self.out.push(Outcome {
            file: self.file,
            field: field.into(),
            want,
            got,
            ok,
        });
    }

    fn str(&mut self, field: &str, want: &Want<S>, v: &Value) {
        let want = match want {
            Skip => return,
            Null => None,
            Is(s) => Some(s.to_string()),
        };
        self.eq(field, want, canon(at(v, field)));
    }

    fn num(&mut self, field: &str, want: &Want<u64>, v: &Value) {
        let want = match want {
            Skip => return,
            Null => None,
            Is(n) => Some(n.to_string()),
        };
        self.eq(field, want, canon(at(v, field)));
    }

    fn dec(&mut self, field: &str, want: &Want<S>, v: &Value) {
        let want = match want {
            Skip => return,
            Null => None,
            Is(s) => Some(decimal(s)),
        };
        self.eq(field, want, decimal_of(at(v, field)));
    }

    fn list(&mut self, field: &str, want: &Want<&[S]>, v: &Value) {
        let want = match want {
            Skip => return,
            Null => "[]".to_string(),
            Is(xs) => format!("[{}]", xs.join(", ")),
        };
        let got = canon(at(v, field)).unwrap_or_else(|| "[]".into());
        self.eq(field, Some(want), Some(got));
    }

    fn issues(&mut self, prefix: &str, want: &[Iss], got: &[Value]) {
        self.eq(
            format!("{prefix}.len"),
            Some(want.len().to_string()),
            Some(got.len().to_string()),
        );
        for (i, w) in want.iter().enumerate() {
            let p = format!("{prefix}[{i}]");
            let g = got.get(i).unwrap_or(&Value::Null);
            if let Some(n) = w.number {
                self.eq(
                    format!("{p}.number"),
                    Some(n.to_string()),
                    canon(at(g, "number")),
                );
            }
            if let Some(title) = w.title {
                self.eq(
                    format!("{p}.title"),
                    Some(title.into()),
                    canon(at(g, "title")),
                );
            }
            if let Some(n) = w.measures {
                let got = (!g.is_null()).then(|| subtree_measures(g).to_string());
                self.eq(format!("{p}.measures"), Some(n.to_string()), got);
            }
            if let Some(status) = w.status {
                // the words as written; `status` holds their kind
                self.eq(
                    format!("{p}.status_label"),
                    Some(status.into()),
                    canon(at(g, "status_label")),
                );
            }
            if w.text {
                let text = canon(at(g, "text")).filter(|s| !s.trim().is_empty());
                let got = if text.is_some() { "text" } else { "no text" };
                self.holds(
                    format!("{p}.text"),
                    text.is_some(),
                    "text".into(),
                    got.into(),
                );
            }
            if let Some(children) = w.children {
                self.issues(&format!("{p}.children"), children, items(at(g, "children")));
            }
        }
    }

    fn sections(&mut self, prefix: &str, want: &[Sec], got: &[Value]) {
        self.eq(
            format!("{prefix}.len"),
            Some(want.len().to_string()),
            Some(got.len().to_string()),
        );
        for (i, w) in want.iter().enumerate() {
            let p = format!("{prefix}[{i}]");
            let g = got.get(i).unwrap_or(&Value::Null);
            self.eq(
                format!("{p}.title"),
                Some(w.title.into()),
                canon(at(g, "title")),
            );
            self.issues(&format!("{p}.issues"), w.issues, items(at(g, "issues")));
            self.sections(
                &format!("{p}.children"),
                w.children,
                items(at(g, "children")),
            );
        }
    }

    fn penalties(&mut self, want: &[Pen], v: &Value) {
        let got = items(at(v, "outcomes.penalties"));
        self.eq(
            "outcomes.penalties.len",
            Some(want.len().to_string()),
            Some(got.len().to_string()),
        );
        for (i, &(category, total, unit, breakdown)) in want.iter().enumerate() {
            let p = format!("outcomes.penalties[{i}]");
            let g = got.get(i).unwrap_or(&Value::Null);
            let (code, label) = code_label(category);
            self.eq(
                format!("{p}.category"),
                Some(code.into()),
                canon(at(g, "category")),
            );
            if let Some(label) = label {
                self.eq(
                    format!("{p}.label"),
                    Some(label.into()),
                    canon(at(g, "label")),
                );
            }
            self.eq(
                format!("{p}.total"),
                Some(total.to_string()),
                canon(at(g, "total")),
            );
            if !unit.is_empty() {
                self.eq(format!("{p}.unit"), Some(unit.into()), canon(at(g, "unit")));
            }
            let got_bd = items(at(g, "breakdown"));
            let want_s: Vec<String> = breakdown
                .iter()
                .map(|&(s, n)| format!("{} {n}", code_label(s).0))
                .collect();
            let got_s: Vec<String> = got_bd
                .iter()
                .map(|b| {
                    format!(
                        "{} {}",
                        canon(at(b, "sanction")).unwrap_or_default(),
                        canon(at(b, "count")).unwrap_or_default()
                    )
                })
                .collect();
            self.eq(
                format!("{p}.breakdown"),
                Some(format!("[{}]", want_s.join(", "))),
                Some(format!("[{}]", got_s.join(", "))),
            );
            for (j, &(s, _)) in breakdown.iter().enumerate() {
                if let Some(label) = code_label(s).1 {
                    self.eq(
                        format!("{p}.breakdown[{j}].label"),
                        Some(label.into()),
                        canon(got_bd.get(j).and_then(|b| at(b, "label"))),
                    );
                }
            }
        }
    }

    fn funds(&mut self, want: &[Fund], v: &Value) {
        let got = items(at(v, "outcomes.funds"));
        self.eq(
            "outcomes.funds.len",
            Some(want.len().to_string()),
            Some(got.len().to_string()),
        );
        for (i, &(kind, label, text, yuan, qualifier)) in want.iter().enumerate() {
            let p = format!("outcomes.funds[{i}]");
            let g = got.get(i).unwrap_or(&Value::Null);
            if !kind.is_empty() {
                self.eq(format!("{p}.kind"), Some(kind.into()), canon(at(g, "kind")));
            }
            self.eq(
                format!("{p}.label"),
                Some(label.into()),
                canon(at(g, "label")),
            );
            self.eq(
                format!("{p}.amount.text"),
                Some(text.into()),
                canon(at(g, "amount.text")),
            );
            self.eq(
                format!("{p}.amount.yuan"),
                Some(decimal(yuan)),
                decimal_of(at(g, "amount.yuan")),
            );
            if !qualifier.is_empty() {
                self.eq(
                    format!("{p}.amount.qualifier"),
                    Some(qualifier.into()),
                    canon(at(g, "amount.qualifier")),
                );
            }
        }
    }

    fn findings(&mut self, f: &Facts, findings: &Value) {
        let got = items(Some(findings));
        let describe = |x: &Value| {
            format!(
                "{}/{}",
                canon(at(x, "code")).unwrap_or_default(),
                canon(at(x, "severity")).unwrap_or_default()
            )
        };
        let all: Vec<String> = got.iter().map(describe).collect();
        let matches = |x: &Value, &(code, severity): &(S, S)| {
            canon(at(x, "code")).as_deref() == Some(code)
                && (severity.is_empty() || canon(at(x, "severity")).as_deref() == Some(severity))
        };
        for want in f.findings {
            let ok = got.iter().any(|x| matches(x, want));
            let sev = if want.1.is_empty() { "*" } else { want.1 };
            self.holds(
                format!("findings ∋ {}", want.0),
                ok,
                format!("{}/{sev}", want.0),
                format!("[{}]", all.join(", ")),
            );
        }
        let others: Vec<String> = got
            .iter()
            .filter(|x| !f.findings.iter().chain(f.may).any(|w| matches(x, w)))
            .map(describe)
            .collect();
        let allowed: Vec<&str> = f.findings.iter().chain(f.may).map(|w| w.0).collect();
        self.holds(
            "findings (no others)",
            others.is_empty(),
            format!("only [{}]", allowed.join(", ")),
            format!("[{}]", others.join(", ")),
        );
        for &(code, within, has) in f.finding_spans {
            let spans: Vec<(usize, usize)> = got
                .iter()
                .filter(|x| canon(at(x, "code")).as_deref() == Some(code))
                .flat_map(|x| items(at(x, "spans")).iter().filter_map(span_of))
                .collect();
            let shown = format!(
                "[{}]",
                spans
                    .iter()
                    .map(|(a, b)| format!("{a}..{b}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if let Some((a, b)) = within {
                let ok = !spans.is_empty() && spans.iter().all(|&(s, e)| a <= s && e <= b);
                self.holds(
                    format!("findings.{code}.spans within {a}..{b}"),
                    ok,
                    format!("spans within {a}..{b}"),
                    shown.clone(),
                );
            }
            for &(a, b) in has {
                self.holds(
                    format!("findings.{code}.spans ∋ {a}..{b}"),
                    spans.contains(&(a, b)),
                    format!("{a}..{b}"),
                    shown.clone(),
                );
            }
        }
    }
}

fn check(f: &Facts, text: &str, c: &mut Checker) {
    let report = match Report::parse(text) {
        Ok(r) => r,
        Err(e) => {
            c.holds("parse", false, "Ok".into(), format!("Err({e})"));
            return;
        }
    };
    let v = serde_json::to_value(&report).unwrap();
    let findings = serde_json::to_value(report.validate()).unwrap();

    c.str("title.text", &f.title, &v);
    c.str("published", &f.published, &v);
    c.str("inspection.scheme", &f.scheme, &v);
    c.str("inspection.authority", &f.authority, &v);
    c.str("inspection.team", &f.team, &v);
    c.num("inspection.team_number", &f.team_number, &v);
    c.str("inspection.target", &f.target, &v);
    c.str("inspection.kind", &f.kind, &v);
    c.str("inspection.start", &f.start, &v);
    c.str("inspection.end", &f.end, &v);
    c.str("inspection.feedback_date", &f.feedback, &v);
    c.str("inspection.feedback_recipient", &f.recipient, &v);

    c.num("overview.problem_categories", &f.problem_categories, &v);
    c.num("overview.problems", &f.problems, &v);
    c.num("overview.measures", &f.measures, &v);
    c.num("overview.completed", &f.completed, &v);
    c.num("overview.in_progress", &f.in_progress, &v);
    c.dec("overview.completion_rate", &f.completion_rate, &v);
    c.str("overview.as_of", &f.as_of, &v);
    let qs = items(at(&v, "overview.quantities"));
    for &q in f.quantities {
        c.holds(
            format!("overview.quantities ∋ {}", show_qty(q)),
            qs.iter().any(|x| quantity_matches(x, q)),
            show_qty(q),
            show_quantities(qs),
        );
    }

    if let Is(p) = f.penalties {
        c.penalties(p, &v);
    }
    c.num("outcomes.institutions", &f.institutions, &v);
    if let Is(funds) = f.funds {
        c.funds(funds, &v);
    }

    if let Is(issues) = f.issues {
        c.issues("issues", issues, items(at(&v, "issues")));
    }
    if let Is(sections) = f.sections {
        c.sections("sections", sections, items(at(&v, "sections")));
    }
    for &(path, doc) in f.documents {
        let docs = measure(&v, path).and_then(|m| at(m, "documents"));
        let ok = items(docs).iter().any(|d| d.as_str() == Some(doc));
        c.holds(
            format!("issues[{path}].documents ∋ {doc}"),
            ok,
            doc.into(),
            canon(docs).unwrap_or_else(|| "none".into()),
        );
    }
    for &(path, title) in f.measure_titles {
        let got = measure(&v, path).and_then(|m| canon(at(m, "title")));
        c.eq(format!("issues[{path}].title"), Some(title.into()), got);
    }
    for &(path, q) in f.measure_quantities {
        let qs = items(measure(&v, path).and_then(|m| at(m, "quantities")));
        c.holds(
            format!("issues[{path}].quantities ∋ {}", show_qty(q)),
            qs.iter().any(|x| quantity_matches(x, q)),
            show_qty(q),
            show_quantities(qs),
        );
    }

    if let Is(n) = f.next_steps {
        c.eq(
            "next_steps.len",
            Some(n.to_string()),
            Some(items(at(&v, "next_steps")).len().to_string()),
        );
    }
    c.list("contact.phones", &f.phones, &v);
    c.list("contact.emails", &f.emails, &v);
    c.list("contact.websites", &f.websites, &v);
    c.str("contact.postcode", &f.postcode, &v);
    c.str("contact.address", &f.address, &v);
    c.str("contact.hours", &f.hours, &v);
    c.str("signature.issuer", &f.issuer, &v);
    c.str("signature.date", &f.date, &v);

    c.findings(f, &findings);

    let lines: Option<&[usize]> = match f.unrecognized_lines {
        Skip => None,
        Null => Some(&[]),
        Is(lines) => Some(lines),
    };
    if let Some(lines) = lines {
        let got: Vec<String> = items(at(&v, "unrecognized"))
            .iter()
            .filter_map(|p| span_of(at(p, "span")?))
            .map(|(s, _)| text.as_bytes()[..s].iter().filter(|&&b| b == b'\n').count() + 1)
            .map(|n| n.to_string())
            .collect();
        let want: Vec<String> = lines.iter().map(usize::to_string).collect();
        c.eq(
            "unrecognized.lines",
            Some(format!("[{}]", want.join(", "))),
            Some(format!("[{}]", got.join(", "))),
        );
    }
    for &(path, prefix) in f.span_text {
        let slice = at(&v, path)
            .and_then(span_of)
            .and_then(|(s, e)| text.get(s..e));
        c.holds(
            format!("{path} text"),
            slice.is_some_and(|s| s.starts_with(prefix)),
            format!("{prefix:?}…"),
            slice.map_or_else(
                || "none".to_string(),
                |s| {
                    format!(
                        "{:?}…",
                        s.chars()
                            .take(prefix.chars().count() + 8)
                            .collect::<String>()
                    )
                },
            ),
        );
    }
    for &(path, want) in f.extra {
        let want = (want != "none").then(|| want.to_string());
        c.eq(path, want, canon(at(&v, path)));
    }
}

#[test]
fn manifest_facts_hold() {
    let started = Instant::now();
    let fixtures = common::fixtures();
    let mut outcomes = Vec::new();
    let mut problems = Vec::new();
    let mut checked = 0;

    for f in FACTS {
        let name = format!("{}.txt", f.file);
        let Some((_, text)) = fixtures.iter().find(|(n, _)| *n == name) else {
            problems.push(format!("{}: no fixture file {name}", f.file));
            continue;
        };
        let mut c = Checker {
            file: f.file,
            out: Vec::new(),
        };
        check(f, text, &mut c);
        outcomes.extend(c.out);
        checked += 1;
    }
    // Every fixture 01–34 has an entry, once.
    for (name, _) in &fixtures {
        let number: u32 = name[..2].parse().unwrap_or(0);
        let entries = FACTS.iter().filter(|f| name == &format!("{}.txt", f.file));
        if (1..=34).contains(&number) && entries.count() != 1 {
            problems.push(format!("{name}: expected exactly one manifest entry"));
        }
    }

    let gap = |o: &Outcome| KNOWN_GAPS.contains(&(o.file, o.field.as_str()));
    let mut gaps = Vec::new();
    for o in &outcomes {
        let line = format!(
            "{}: {}: expected {}, got {}",
            o.file, o.field, o.want, o.got
        );
        match (o.ok, gap(o)) {
            (true, false) => {}
            (false, false) => problems.push(line),
            (false, true) => gaps.push(line),
            (true, true) => problems.push(format!(
                "{}: {}: known gap now passes (got {}); remove it from KNOWN_GAPS",
                o.file, o.field, o.got
            )),
        }
    }
    for &(file, field) in KNOWN_GAPS {
        if !outcomes.iter().any(|o| o.file == file && o.field == field) {
            problems.push(format!("{file}: {field}: known gap is never checked"));
        }
    }

    println!(
        "manifest: {} facts over {checked} fixtures, {} known gaps, in {:?}",
        outcomes.len(),
        gaps.len(),
        started.elapsed()
    );
    for g in &gaps {
        println!("known gap: {g}");
    }
    assert!(checked >= 34, "checked only {checked} fixtures");
    assert!(
        problems.is_empty(),
        "{} manifest mismatch(es):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
