//! Property tests: no panics on any input, spans are literal, generated reports survive
//! render → parse, tallies validate by their arithmetic.

mod common;

use proptest::prelude::*;
use xunshi::{Code, Penalty, PenaltyCategory, Report, SanctionCount, Severity};

/// Characters the genre is made of, so random strings hit the grammars.
const ALPHABET: &[&str] = &[
    "根据",
    "省委",
    "县委",
    "统一部署",
    ",",
    ",",
    "。",
    ";",
    ";",
    ":",
    ":",
    "、",
    "(",
    ")",
    "(",
    ")",
    "“",
    "”",
    "《",
    "》",
    "年",
    "月",
    "日",
    "至",
    "—",
    "-",
    "第",
    "巡视组",
    "巡察组",
    "巡察",
    "巡视",
    "对",
    "开展了",
    "反馈",
    "意见",
    "一",
    "二",
    "三",
    "十",
    "是",
    "关于",
    "问题",
    "整改情况",
    "党纪处分",
    "政务处分",
    "党内警告",
    "严重警告",
    "警告",
    "记过",
    "人",
    "人次",
    "项",
    "个",
    "万元",
    "亿元",
    "元",
    "余",
    "约",
    "清退",
    "挽回",
    "下一步",
    "联系电话",
    "电子邮箱",
    "中共",
    "\n",
    "\n",
    " ",
    "\u{3000}",
    "0",
    "1",
    "2",
    "3",
    "9",
    "2024",
    "12",
    "31",
    "0",
    "5",
    ".",
    "%",
    "\r\n",
    "\u{feff}",
    "@",
    "x",
];

fn genre_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..200).prop_map(|v| v.concat())
}

fn check_any(text: &str) {
    if let Ok(r) = Report::parse(text) {
        common::assert_spans_ok(&r, text);
        assert!(r.coverage(text).is_complete());
        let _ = r.validate();
        let rendered = r.render();
        let _ = Report::parse(&rendered);
        let _ = serde_json::to_string(&r).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_any_string(s in any::<String>()) {
        check_any(&s);
    }

    #[test]
    fn never_panics_on_genre_alphabet(s in genre_text()) {
        check_any(&s);
    }

    #[test]
    fn never_panics_on_spliced_sample(cut in 0usize..4000, insert in genre_text(), len in 0usize..300) {
        let sample = include_str!("../examples/data/sample.txt");
        let mut at = cut.min(sample.len());
        while !sample.is_char_boundary(at) { at -= 1; }
        let mut end = (at + len).min(sample.len());
        while !sample.is_char_boundary(end) { end -= 1; }
        let text = format!("{}{}{}", &sample[..at], insert, &sample[end..]);
        check_any(&text);
    }
}

// ---- generated reports -----------------------------------------------------------------

/// An issue title and its measures (title, figure, unit).
type GenIssue = (&'static str, Vec<(&'static str, u32, &'static str)>);

#[derive(Debug, Clone)]
struct Gen {
    xunshi: bool,
    committee: &'static str,
    team_number: u32,
    target: &'static str,
    start: (u16, u8, u8),
    days: u8,
    feedback_gap: u8,
    categories: u64,
    problems: u64,
    measures_declared: u64,
    party: Vec<(&'static str, u64)>,
    admonished: u64,
    funds: Vec<(&'static str, u32, u8)>,
    issues: Vec<GenIssue>,
    steps: Vec<&'static str>,
    phone: u32,
    sign: (u16, u8, u8),
}

const TARGETS: &[&str] = &[
    "青岚县交通运输局",
    "云澜市统计局",
    "白沙区人民法院",
    "东湖大学",
    "松岭镇",
];
const ISSUE_TITLES: &[&str] = &[
    "落实主体责任不到位",
    "资金管理使用不规范",
    "干部队伍建设有短板",
    "整治群众身边问题不力",
    "执行中央八项规定精神有差距",
    "选人用人把关不严",
];
const MEASURE_TITLES: &[&str] = &[
    "建立工作台账",
    "完善制度机制",
    "开展专项检查",
    "加强教育培训",
    "严肃追责问责",
];
const UNITS: &[&str] = &["项", "个", "家", "次", "份", "人次", "亩"];
const STEP_TITLES: &[&str] = &[
    "坚持标准不降",
    "健全长效机制",
    "推动成果转化",
    "强化监督检查",
];
const PARTY: &[&str] = &[
    "党内警告",
    "严重警告",
    "撤销党内职务",
    "留党察看",
    "开除党籍",
];
const FUND_LABELS: &[&str] = &["清退违规资金", "追缴违纪款", "挽回经济损失"];

fn report_gen() -> impl Strategy<Value = Gen> {
    (
        (
            any::<bool>(),
            prop::sample::select(vec!["市委", "县委", "区委"]),
            1u32..12,
            prop::sample::select(TARGETS.to_vec()),
        ),
        ((2019u16..2025, 1u8..8, 1u8..28), 10u8..60, 5u8..60),
        (1u64..8, 1u64..30, 1u64..90),
        prop::collection::vec((prop::sample::select(PARTY.to_vec()), 0u64..20), 0..4),
        0u64..20,
        prop::collection::vec(
            (
                prop::sample::select(FUND_LABELS.to_vec()),
                1u32..100_000,
                0u8..4,
            ),
            0..3,
        ),
        prop::collection::vec(
            (
                prop::sample::select(ISSUE_TITLES.to_vec()),
                prop::collection::vec(
                    (
                        prop::sample::select(MEASURE_TITLES.to_vec()),
                        1u32..5000,
                        prop::sample::select(UNITS.to_vec()),
                    ),
                    1..4,
                ),
            ),
            1..6,
        ),
        (
            prop::collection::vec(prop::sample::select(STEP_TITLES.to_vec()), 0..4),
            1_000_000u32..9_999_999,
        ),
    )
        .prop_map(
            |(a, b, c, mut party, admonished, funds, issues, (steps, phone))| {
                party.dedup_by_key(|p| p.0);
                let (start, days, feedback_gap) = b;
                Gen {
                    xunshi: a.0,
                    committee: a.1,
                    team_number: a.2,
                    target: a.3,
                    start,
                    days,
                    feedback_gap,
                    categories: c.0,
                    problems: c.1,
                    measures_declared: c.2,
                    party,
                    admonished,
                    funds,
                    issues,
                    steps,
                    phone,
                    sign: (start.0 + 1, 3, 15),
                }
            },
        )
}

fn cn(n: u32) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => D[n as usize].into(),
        10 => "十".into(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

impl Gen {
    fn text(&self) -> String {
        let scheme = if self.xunshi { "巡视" } else { "巡察" };
        let (y, m, d) = self.start;
        let end_day = (u32::from(d) + u32::from(self.days) - 1) % 28 + 1;
        let end_month = m + 1 + u8::from(u32::from(d) + u32::from(self.days) > 28);
        let fb_month = end_month + 1 + self.feedback_gap / 30;
        let mut t = format!(
            "根据{c}统一部署,{y}年{m}月{d}日至{end_month}月{end_day}日,{c}第{n}{scheme}组对{target}开展了{scheme}。\
             {fb_month}月{fd}日,{c}第{n}{scheme}组向{target}党组反馈了{scheme}意见。现将整改情况予以公布。\n",
            c = self.committee,
            n = cn(self.team_number),
            target = self.target,
            fd = self.feedback_gap % 28 + 1,
        );
        t += &format!(
            "针对反馈的{}个方面{}个问题,制定整改措施{}项。\n",
            self.categories, self.problems, self.measures_declared
        );
        let mut tally = Vec::new();
        if !self.party.is_empty() {
            let total: u64 = self.party.iter().map(|p| p.1).sum();
            let items: Vec<String> = self
                .party
                .iter()
                .map(|(l, n)| format!("{l}{n}人"))
                .collect();
            tally.push(format!("党纪处分{total}人({})", items.join(",")));
        }
        tally.push(format!("诫勉{}人", self.admonished));
        let funds: Vec<String> = self
            .funds
            .iter()
            .map(|(l, n, scale)| {
                format!(
                    "{l}{}万元",
                    rust_decimal::Decimal::new(i64::from(*n), u32::from(*scale))
                )
            })
            .collect();
        if !funds.is_empty() {
            tally.push(funds.join(","));
        }
        t += &format!("整改期间,给予{}。\n", tally.join(";"));
        for (k, (title, measures)) in self.issues.iter().enumerate() {
            t += &format!("{}、关于“{title}”问题的整改情况\n", cn(k as u32 + 1));
            for (j, (mt, n, unit)) in measures.iter().enumerate() {
                t += &format!(
                    "({}){mt}。本年度累计完成{n}{unit},形成长效机制。\n",
                    cn(j as u32 + 1)
                );
            }
        }
        if !self.steps.is_empty() {
            t += "下一步,将持续巩固整改成果。";
            for (k, s) in self.steps.iter().enumerate() {
                t += &format!("{}是{s}。坚持久久为功。", cn(k as u32 + 1));
            }
            t += "\n";
        }
        t += &format!("联系电话:0000-{};电子邮箱:xc@example.cn。\n", self.phone);
        let (sy, sm, sd) = self.sign;
        t += &format!("中共{}党组\n{sy}年{sm}月{sd}日\n", self.target);
        t
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_reports_parse_render_and_reparse(g in report_gen()) {
        let text = g.text();
        let r = Report::parse(&text).unwrap();
        let i = r.inspection.as_ref().unwrap();
        prop_assert_eq!(i.team_number, Some(g.team_number));
        prop_assert_eq!(i.target.as_deref(), Some(g.target));
        prop_assert_eq!(i.start.unwrap().to_string(), format!("{:04}-{:02}-{:02}", g.start.0, g.start.1, g.start.2));
        prop_assert!(i.feedback_date.is_some());
        let o = r.overview.as_ref().unwrap();
        let v = |c: Option<xunshi::Count>| c.map(|c| c.value);
        prop_assert_eq!((v(o.problem_categories), v(o.problems), v(o.measures)), (Some(g.categories), Some(g.problems), Some(g.measures_declared)));
        let out = r.outcomes.as_ref().unwrap();
        prop_assert_eq!(out.penalties.len(), usize::from(!g.party.is_empty()) + 1);
        prop_assert_eq!(out.funds.len(), g.funds.len());
        for (f, (_, n, scale)) in out.funds.iter().zip(&g.funds) {
            let want = rust_decimal::Decimal::new(i64::from(*n), u32::from(*scale)) * rust_decimal::Decimal::from(10_000);
            prop_assert_eq!(f.amount.yuan, want);
        }
        prop_assert_eq!(r.issues.len(), g.issues.len());
        for (issue, (title, measures)) in r.issues.iter().zip(&g.issues) {
            prop_assert_eq!(&issue.title, title);
            prop_assert_eq!(issue.measures.len(), measures.len());
            for (m, (mt, n, unit)) in issue.measures.iter().zip(measures) {
                prop_assert_eq!(&m.title, mt);
                prop_assert_eq!(m.quantities.len(), 1);
                prop_assert_eq!(m.quantities[0].value, rust_decimal::Decimal::from(*n));
                prop_assert_eq!(m.quantities[0].unit.as_ref(), *unit);
            }
        }
        prop_assert_eq!(r.next_steps.len(), g.steps.len());
        prop_assert!(r.validate().iter().all(|f| f.code != Code::BreakdownMismatch));
        prop_assert!(r.coverage(&text).is_complete());
        common::assert_spans_ok(&r, &text);
        let again = Report::parse(&r.render()).unwrap();
        common::assert_same_model(&again, &r, "generated report");
    }

    #[test]
    fn tallies_that_sum_validate_and_perturbed_ones_fail(
        parts in prop::collection::vec((prop::sample::select(PARTY.to_vec()), 0u64..1000), 1..5),
        which in any::<prop::sample::Index>(),
        delta in 1u64..50,
    ) {
        let total: u64 = parts.iter().map(|p| p.1).sum();
        let breakdown: Vec<SanctionCount> = parts.iter().map(|(l, n)| SanctionCount::new(l, *n)).collect();
        prop_assert!(Penalty::new(PenaltyCategory::PartyDiscipline, total, breakdown.clone()).is_ok());
        let mut bad = breakdown.clone();
        let k = which.index(bad.len());
        bad[k].count = bad[k].count.map(|c| c + delta);
        let err = Penalty::new(PenaltyCategory::PartyDiscipline, total, bad.clone()).unwrap_err();
        prop_assert_eq!(err.to_string(), format!("党纪处分 breakdown sums to {} but the total is {total}", total + delta));

        // the same through the parser: a report keeps the wrong figure and validate() finds it
        let items: Vec<String> = bad.iter().map(|s| format!("{}{}人", s.label, s.count.unwrap())).collect();
        let text = format!(
            "根据县委统一部署,2023年3月1日至4月28日,县委第一巡察组对县水利局开展了巡察。\n给予党纪处分{total}人({})。\n",
            items.join(",")
        );
        let r = Report::parse(&text).unwrap();
        prop_assert_eq!(r.outcomes.as_ref().unwrap().penalties[0].total, Some(total));
        let findings = r.validate();
        prop_assert!(findings.iter().any(|f| f.code == Code::BreakdownMismatch && f.severity == Severity::Error));
        let good: Vec<String> = parts.iter().map(|(l, n)| format!("{l}{n}人")).collect();
        let text = text.replace(&items.join(","), &good.join(","));
        let r = Report::parse(&text).unwrap();
        prop_assert!(r.validate().iter().all(|f| f.code != Code::BreakdownMismatch));
    }
}

#[test]
fn report_is_send_and_sync() {
    fn assert<T: Send + Sync>() {}
    assert::<Report>();
    assert::<xunshi::ParseError>();
    assert::<xunshi::Finding>();
}
