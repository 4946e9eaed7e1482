//! The marks of a page: every extracted value, heading, passage and finding place of a
//! report, with its field path and typed value.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::lex::dates::date_at;
use crate::lex::numerals::is_numeral_char;
use crate::lex::text::is_digit_at;
use crate::{
    Code, Coverage, Finding, Inspection, Issue, Measure, Money, Part, PartialDate, PassageKind,
    Quantity, Report, Section, Severity, Signature, Slot, Span, Title,
};

/// What a [`Mark`] stands for; each kind has its own colour and line style on the page.
///
/// # Examples
///
/// ```
/// use xunshi::view::MarkKind;
/// assert_eq!(MarkKind::Sanction.name(), "sanction");
/// assert_eq!(MarkKind::ALL.len(), 21);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MarkKind {
    /// The title ([`Report::title`](crate::Report::title)).
    Title,
    /// The page-chrome line the publication stamp was read from
    /// ([`Report::published_span`](crate::Report::published_span)).
    Published,
    /// The header paragraph ([`Inspection::span`](crate::Inspection::span)).
    Inspection,
    /// A field found literally inside the header, contact or signature (team, target,
    /// period, feedback date, recipient, authority, phone, e-mail, issuer, date …).
    Field,
    /// A declared overview count or the completion rate (`12个`, `88.9%`).
    Count,
    /// A figure with its classifier (`21家`, `52.26亿元`), in the overview or a measure.
    Quantity,
    /// A penalty tally with its total and breakdown (`党纪处分42人(…)`).
    Penalty,
    /// One part of a penalty breakdown (`严重警告8人`).
    Sanction,
    /// Money brought back with its label (`清退款项185.82万元`).
    Funds,
    /// The amount of a [`MarkKind::Funds`] (`185.82万元`).
    Money,
    /// The heading of a notice section (`一、整改工作组织领导情况`).
    Section,
    /// The heading of an issue (`一、关于“…”问题的整改情况`).
    Issue,
    /// The heading of a measure (`(一)培育壮大数字经济企业`).
    Measure,
    /// The heading of a next step (`一是强化政治引领`).
    NextStep,
    /// The contact paragraph.
    Contact,
    /// The signature (issuer and date).
    Signature,
    /// A passage of page chrome.
    Chrome,
    /// A passage of prose kept as is.
    Prose,
    /// A passage the parser could not place.
    Unknown,
    /// Non-whitespace text inside no span at all (should not occur).
    Uncovered,
    /// A place a finding points at.
    Finding,
}

impl MarkKind {
    /// Every kind, in the order of the legend.
    pub const ALL: [MarkKind; 21] = [
        MarkKind::Title,
        MarkKind::Inspection,
        MarkKind::Field,
        MarkKind::Count,
        MarkKind::Quantity,
        MarkKind::Penalty,
        MarkKind::Sanction,
        MarkKind::Funds,
        MarkKind::Money,
        MarkKind::Section,
        MarkKind::Issue,
        MarkKind::Measure,
        MarkKind::NextStep,
        MarkKind::Contact,
        MarkKind::Signature,
        MarkKind::Published,
        MarkKind::Chrome,
        MarkKind::Prose,
        MarkKind::Unknown,
        MarkKind::Uncovered,
        MarkKind::Finding,
    ];

    /// The name used in the page's classes (`k-{name}`) and in tests (`next_step`).
    pub const fn name(self) -> &'static str {
        match self {
            MarkKind::Title => "title",
            MarkKind::Published => "published",
            MarkKind::Inspection => "inspection",
            MarkKind::Field => "field",
            MarkKind::Count => "count",
            MarkKind::Quantity => "quantity",
            MarkKind::Penalty => "penalty",
            MarkKind::Sanction => "sanction",
            MarkKind::Funds => "funds",
            MarkKind::Money => "money",
            MarkKind::Section => "section",
            MarkKind::Issue => "issue",
            MarkKind::Measure => "measure",
            MarkKind::NextStep => "next_step",
            MarkKind::Contact => "contact",
            MarkKind::Signature => "signature",
            MarkKind::Chrome => "chrome",
            MarkKind::Prose => "prose",
            MarkKind::Unknown => "unknown",
            MarkKind::Uncovered => "uncovered",
            MarkKind::Finding => "finding",
        }
    }

    /// What the legend says about the kind.
    pub const fn label(self) -> &'static str {
        match self {
            MarkKind::Title => "title 标题",
            MarkKind::Published => "publication stamp 发布时间",
            MarkKind::Inspection => "header paragraph 开头段",
            MarkKind::Field => "header / contact / signature field",
            MarkKind::Count => "declared count 总体情况",
            MarkKind::Quantity => "figure 数量",
            MarkKind::Penalty => "penalty total 处分",
            MarkKind::Sanction => "breakdown part 处分种类",
            MarkKind::Funds => "funds 资金",
            MarkKind::Money => "amount 金额",
            MarkKind::Section => "notice section heading",
            MarkKind::Issue => "issue heading 问题",
            MarkKind::Measure => "measure heading 整改措施",
            MarkKind::NextStep => "next step 下一步",
            MarkKind::Contact => "contact 联系方式",
            MarkKind::Signature => "signature 落款",
            MarkKind::Chrome => "page chrome (kept)",
            MarkKind::Prose => "prose (kept as is)",
            MarkKind::Unknown => "unknown (kept as is)",
            MarkKind::Uncovered => "in no span",
            MarkKind::Finding => "finding",
        }
    }

    /// Which of two marks over the same span is drawn outside: lower is outer.
    pub(crate) const fn depth(self) -> u8 {
        match self {
            MarkKind::Finding => 0,
            MarkKind::Title
            | MarkKind::Published
            | MarkKind::Inspection
            | MarkKind::Contact
            | MarkKind::Signature
            | MarkKind::Chrome
            | MarkKind::Prose
            | MarkKind::Unknown
            | MarkKind::Uncovered => 1,
            MarkKind::Section | MarkKind::Issue | MarkKind::Measure | MarkKind::NextStep => 2,
            MarkKind::Penalty | MarkKind::Funds => 3,
            MarkKind::Field
            | MarkKind::Count
            | MarkKind::Quantity
            | MarkKind::Sanction
            | MarkKind::Money => 4,
        }
    }
}

impl std::fmt::Display for MarkKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One marked place of the source text: what it is, where, its field path in the model
/// and its typed value.
///
/// # Examples
///
/// ```
/// use xunshi::Report;
/// use xunshi::view::{MarkKind, marks};
/// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
///             给予党纪处分5人(党内警告3人,严重警告2人)。\n";
/// let report = Report::parse(text).unwrap();
/// let all = marks(&report, text);
/// let part = all.iter().find(|m| m.path == "outcomes.penalties[0].breakdown[1]").unwrap();
/// assert_eq!(part.kind, MarkKind::Sanction);
/// assert_eq!(part.value, "严重警告 2");
/// assert_eq!(&text[part.span.range()], "严重警告2人");
/// let team = all.iter().find(|m| m.path == "inspection.team").unwrap();
/// assert_eq!(&text[team.span.range()], "县委第一巡察组");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mark {
    /// What it stands for.
    pub kind: MarkKind,
    /// Where it stands in the input (as stored in the report; the page clamps spans that
    /// do not fit the text).
    pub span: Span,
    /// The field path in the report's JSON (`outcomes.penalties[0].breakdown[1]`); for a
    /// finding, `findings[i]`.
    pub path: String,
    /// The typed value (`严重警告 8`, `¥1,858,200.00`, `2024-08-06`), or a finding's
    /// message.
    pub value: String,
    /// More about it, or empty (`serious_warning`, `185.82万元 · exact`).
    pub detail: String,
    /// For a [`MarkKind::Finding`], the index of the finding in [`Report::validate`]'s
    /// list.
    pub finding: Option<usize>,
}

impl Mark {
    fn new(kind: MarkKind, span: Span, path: impl Into<String>, value: impl Into<String>) -> Mark {
        Mark {
            kind,
            span,
            path: path.into(),
            value: value.into(),
            detail: String::new(),
            finding: None,
        }
    }

    fn detail(mut self, d: impl Into<String>) -> Mark {
        self.detail = d.into();
        self
    }
}

/// Every mark of `report` over `text` (the text it was parsed from), findings included,
/// in no particular order.
///
/// What becomes a mark: the title; the header paragraph and each header field found
/// literally inside it; each overview count and the completion rate; each quantity of the
/// overview and of every measure; each penalty tally and each part of its breakdown; each
/// funds item and its amount; the heading (label and heading words) of every notice
/// section, issue, measure and next step; the contact paragraph and its fields; the
/// signature, its issuer and date; the publication stamp; every kept passage
/// (`unrecognized` and `next_steps_intro`) by its [`PassageKind`]; every run of text inside
/// no span ([`Coverage::uncovered`](crate::Coverage::uncovered)); and every place of every
/// finding ([`places`]).
pub fn marks(report: &Report, text: &str) -> Vec<Mark> {
    let findings = report.validate();
    let mut out = value_marks(report, text, &report.coverage(text));
    out.extend(finding_marks(report, text, &findings));
    out
}

/// The places the page marks for a finding: its spans, with a span that covers a whole
/// section, issue, measure or next step narrowed to its heading, and — for a declared count
/// that differs from what was found, whose finding carries only the declared count — the
/// headings of what was counted (the issue sections, the issues or the measures).
///
/// # Examples
///
/// ```
/// use xunshi::{Code, Report};
/// let text = "根据县委统一部署,2023年3月1日至4月28日,县委第一巡察组对县水利局开展了巡察。\n\
///             针对反馈的3个方面问题,制定整改措施5条。\n\
///             一、关于“工程监管不严”问题的整改情况\n(一)完善台账。建账14个。\n\
///             二、关于“资金管理不规范”问题的整改情况\n(一)清理资金。\n";
/// let report = Report::parse(text).unwrap();
/// let f = report.validate().into_iter().find(|f| f.code == Code::DeclaredCountMismatch).unwrap();
/// let places = xunshi::view::places(&report, text, &f);
/// let words: Vec<&str> = places.iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(words, ["3个", "一、关于“工程监管不严”问题的整改情况", "二、关于“资金管理不规范”问题的整改情况"]);
/// ```
pub fn places(report: &Report, text: &str, finding: &Finding) -> Vec<Span> {
    places_with(&Headings::of(report, text), report, text, finding)
}

fn places_with(heads: &Headings, report: &Report, text: &str, finding: &Finding) -> Vec<Span> {
    let mut out: Vec<Span> = finding.spans.iter().map(|s| heads.narrow(*s)).collect();
    if finding.code == Code::DeclaredCountMismatch && finding.spans.len() == 1 {
        out.extend(counted(report, text, finding.spans[0]));
    }
    out
}

/// The headings of what a declared count was compared with, as `validate` counts them.
fn counted(report: &Report, text: &str, declared: Span) -> Vec<Span> {
    let Some(o) = &report.overview else {
        return Vec::new();
    };
    let parts = report.parts();
    let is_issue = |k: Option<usize>| k.is_some_and(|k| matches!(parts[k].part, Part::Issue(_)));
    let top: Vec<&Issue> = parts
        .iter()
        .filter(|p| !is_issue(p.parent))
        .filter_map(|p| p.part.issue())
        .collect();
    let nested = top.iter().any(|i| !i.children.is_empty());
    let at = |c: Option<crate::Count>| c.is_some_and(|c| c.span == declared);
    let issues: Vec<&Issue> = if at(o.problem_categories) {
        top
    } else if at(o.problems) {
        if nested {
            parts
                .iter()
                .filter_map(|p| p.part.issue())
                .filter(|i| i.children.is_empty())
                .collect()
        } else {
            top
        }
    } else if at(o.measures) {
        return parts
            .iter()
            .filter_map(|p| p.part.issue())
            .flat_map(|i| &i.measures)
            .map(|m| measure_heading(text, m))
            .collect();
    } else {
        Vec::new()
    };
    issues.into_iter().map(|i| issue_heading(text, i)).collect()
}

/// The whole spans of headed parts, to narrow a finding's span to the heading.
struct Headings(HashMap<Span, Span>);

impl Headings {
    fn of(report: &Report, text: &str) -> Headings {
        let mut v = HashMap::new();
        for p in report.parts() {
            match p.part {
                Part::Section(s) => {
                    v.entry(s.span).or_insert_with(|| section_heading(text, s));
                }
                Part::Issue(i) => {
                    v.entry(i.span).or_insert_with(|| issue_heading(text, i));
                    for m in &i.measures {
                        v.entry(m.span).or_insert_with(|| measure_heading(text, m));
                    }
                }
            }
        }
        for n in &report.next_steps {
            v.entry(n.span)
                .or_insert_with(|| heading_span(text, n.span, "", &n.title));
        }
        Headings(v)
    }

    fn narrow(&self, s: Span) -> Span {
        match self.0.get(&s) {
            Some(h) if !s.is_empty() => *h,
            _ => s,
        }
    }
}

/// The marks for the findings: one per place, each knowing its finding.
pub(crate) fn finding_marks(report: &Report, text: &str, findings: &[Finding]) -> Vec<Mark> {
    let mut out = Vec::new();
    if findings.is_empty() {
        return out;
    }
    let heads = Headings::of(report, text);
    for (i, f) in findings.iter().enumerate() {
        for s in places_with(&heads, report, text, f) {
            let mut m = Mark::new(MarkKind::Finding, s, format!("findings[{i}]"), &f.message)
                .detail(format!("{} · {}", f.severity, f.code));
            m.finding = Some(i);
            out.push(m);
        }
    }
    out
}

/// The marks of everything but the findings.
pub(crate) fn value_marks(report: &Report, text: &str, coverage: &Coverage) -> Vec<Mark> {
    let mut out = Vec::new();
    let simplified = simplified_copy(report, text);
    let find = Finder {
        text,
        simplified: simplified.as_deref(),
    };

    if let Some(t) = &report.title {
        out.push(title_mark(t));
    }
    if let Some(s) = report.published_span {
        let v = report.published.map(|d| d.to_string()).unwrap_or_default();
        out.push(Mark::new(MarkKind::Published, s, "published", v));
    }
    inspection(report, &find, &mut out);
    overview(report, &mut out);
    outcomes(report, &mut out);
    for (i, s) in report.sections.iter().enumerate() {
        section(text, s, &format!("sections[{i}]"), &mut out);
    }
    for (i, x) in report.issues.iter().enumerate() {
        issue(text, x, &format!("issues[{i}]"), &mut out);
    }
    next_steps(report, text, &mut out);
    contact(report, &find, &mut out);
    if let Some(s) = &report.signature {
        signature(s, &find, &mut out);
    }
    for (i, p) in report.unrecognized.iter().enumerate() {
        out.push(passage(p.kind, p.span, format!("unrecognized[{i}]")));
    }
    for &s in &coverage.uncovered {
        out.push(Mark::new(
            MarkKind::Uncovered,
            s,
            "(none)",
            "inside no span of the report",
        ));
    }
    out
}

/// The Simplified copy of `text`, when the parse found Traditional characters in it.
fn simplified_copy(report: &Report, text: &str) -> Option<String> {
    report
        .parse_findings
        .iter()
        .any(|f| f.code == Code::TraditionalCharacters)
        .then(|| crate::lex::t2s::to_simplified(text, 1).map(|(s, _)| s))
        .flatten()
}

/// The mark of the title, with its issuer, round and scheme as detail.
fn title_mark(t: &Title) -> Mark {
    let mut d = Vec::new();
    if let Some(x) = &t.issuer {
        d.push(format!("issuer {x}"));
    }
    if let Some(x) = &t.round {
        d.push(format!("round {x}"));
    }
    if let Some(x) = t.scheme {
        d.push(x.name().to_owned());
    }
    Mark::new(MarkKind::Title, t.span, "title", &t.text).detail(d.join(" · "))
}

/// The marks of the next steps' headings and of their introduction.
fn next_steps(report: &Report, text: &str, out: &mut Vec<Mark>) {
    for (i, n) in report.next_steps.iter().enumerate() {
        let h = heading_span(text, n.span, "", &n.title);
        out.push(
            Mark::new(MarkKind::NextStep, h, format!("next_steps[{i}]"), &n.title)
                .detail(number(n.number)),
        );
    }
    if let Some(p) = &report.next_steps_intro {
        out.push(passage(p.kind, p.span, "next_steps_intro".to_owned()));
    }
}

/// The marks of the signature and of its issuer and date inside it.
fn signature(s: &Signature, find: &Finder<'_>, out: &mut Vec<Mark>) {
    let mut v = Vec::new();
    v.extend(s.issuer.clone());
    v.extend(s.date.map(|d| d.to_string()));
    out.push(Mark::new(
        MarkKind::Signature,
        s.span,
        "signature",
        v.join(" · "),
    ));
    let mut from = s.span.start;
    if let Some(x) = s.issuer.as_deref() {
        if let Some(at) = find.literal(x, from, s.span.end) {
            out.push(Mark::new(MarkKind::Field, at, "signature.issuer", x));
            from = at.end;
        }
    }
    if let Some(d) = s.date {
        if let Some(at) = find.date(d, from, s.span.end) {
            out.push(Mark::new(MarkKind::Field, at, "signature.date", date(d)));
        }
    }
}

fn passage(kind: PassageKind, span: Span, path: String) -> Mark {
    let k = match kind {
        PassageKind::Chrome => MarkKind::Chrome,
        PassageKind::Prose => MarkKind::Prose,
        PassageKind::Unknown => MarkKind::Unknown,
    };
    Mark::new(k, span, path, format!("kept as is ({})", kind.name()))
}

fn number(n: Option<u32>) -> String {
    n.map(|n| format!("number {n}")).unwrap_or_default()
}

/// A date with a note when its year was inherited.
fn date(d: PartialDate) -> String {
    if d.year_inherited {
        format!("{d} (year inherited)")
    } else {
        d.to_string()
    }
}

/// The mark of the inspection paragraph, then the marks of its fields found in it.
fn inspection(report: &Report, find: &Finder<'_>, out: &mut Vec<Mark>) {
    let Some(i) = &report.inspection else { return };
    let period_value = period_value(i);
    let mut fields = Fields::default();
    inspection_fields(i, find, &period_value, &mut fields);
    let detail = if fields.missing.is_empty() {
        String::new()
    } else {
        format!(
            "not found literally in the paragraph: {}",
            fields.missing.join(", ")
        )
    };
    let summary = inspection_summary(i, period_value);
    out.push(Mark::new(MarkKind::Inspection, i.span, "inspection", summary).detail(detail));
    out.extend(fields.marks);
}

/// The marks of the inspection's fields, and the names of those not found.
#[derive(Default)]
struct Fields {
    marks: Vec<Mark>,
    missing: Vec<&'static str>,
}

impl Fields {
    /// Marks field `name` at `at`, or notes it missing; gives back `at`.
    fn field(&mut self, name: &'static str, at: Option<Span>, value: String) -> Option<Span> {
        match at {
            Some(s) => self.marks.push(Mark::new(
                MarkKind::Field,
                s,
                format!("inspection.{name}"),
                value,
            )),
            None => self.missing.push(name),
        }
        at
    }
}

/// The inspection's period as `start – end`, with either side possibly absent.
fn period_value(i: &Inspection) -> String {
    match (i.start, i.end) {
        (Some(a), Some(b)) => format!("{} – {}", date(a), date(b)),
        (Some(a), None) => format!("{} –", date(a)),
        (None, Some(b)) => format!("– {}", date(b)),
        (None, None) => String::new(),
    }
}

/// Finds each field of the inspection in its paragraph, in the order they are written.
fn inspection_fields(i: &Inspection, find: &Finder<'_>, period_value: &str, fields: &mut Fields) {
    let (lo, hi) = (i.span.start, i.span.end);
    if let Some(a) = i.authority.as_deref() {
        fields.field("authority", find.literal(a, lo, hi), a.to_owned());
    }
    let team = i.team.as_deref().and_then(|t| {
        let v = match i.team_number {
            Some(n) => format!("{t} (team {n})"),
            None => t.to_owned(),
        };
        fields.field("team", find.literal(t, lo, hi), v)
    });
    let mut after = team.map_or(lo, |s| s.end);
    let period = inspection_period(i, find, period_value, fields);
    if let Some(t) = i.target_as_written.as_deref().or(i.target.as_deref()) {
        let at = find
            .literal(t, after.max(period.map_or(lo, |s| s.end)), hi)
            .or_else(|| find.literal(t, after, hi))
            .or_else(|| find.literal(t, lo, hi));
        let value = match (&i.target, &i.target_as_written) {
            (Some(unit), Some(_)) => format!("{unit} (“{t}”)"),
            _ => t.to_owned(),
        };
        if let Some(s) = fields.field("target", at, value) {
            after = after.max(s.end);
        }
    }
    let feedback = i.feedback_date.and_then(|d| {
        let from = period.map_or(after, |s| s.end);
        let at = find.date(d, from, hi);
        fields.field("feedback_date", at, date(d))
    });
    if let Some(r) = i
        .feedback_recipient_as_written
        .as_deref()
        .or(i.feedback_recipient.as_deref())
    {
        let at = feedback
            .and_then(|f| find.literal(r, f.end, hi))
            .or_else(|| find.literal(r, after, hi))
            .or_else(|| find.literal(r, lo, hi));
        let value = match (&i.feedback_recipient, &i.feedback_recipient_as_written) {
            (Some(unit), Some(_)) => format!("{unit} (“{r}”)"),
            _ => r.to_owned(),
        };
        fields.field("feedback_recipient", at, value);
    }
}

/// Finds the inspection's period: its text as written, else its start and end dates.
fn inspection_period(
    i: &Inspection,
    find: &Finder<'_>,
    period_value: &str,
    fields: &mut Fields,
) -> Option<Span> {
    let (lo, hi) = (i.span.start, i.span.end);
    match i.period_text.as_deref() {
        Some(p) => fields.field(
            "period_text",
            find.literal(p, lo, hi),
            period_value.to_owned(),
        ),
        None => {
            let start = i.start.and_then(|d| {
                let at = find.date(d, lo, hi);
                fields.field("start", at, date(d))
            });
            let end = i.end.and_then(|d| {
                let at = find.date(d, start.map_or(lo, |s| s.end), hi);
                fields.field("end", at, date(d))
            });
            end.or(start)
        }
    }
}

/// The inspection mark's value: scheme, kind, team, target, period and feedback date.
fn inspection_summary(i: &Inspection, period_value: String) -> String {
    let mut v = vec![i.scheme.name().to_owned()];
    if let Some(k) = i.kind {
        v.push(k.name().to_owned());
    }
    v.extend(i.team.clone());
    if let Some(t) = &i.target {
        v.push(format!("→ {t}"));
    }
    if !period_value.is_empty() {
        v.push(period_value);
    }
    if let Some(d) = i.feedback_date {
        v.push(format!("feedback {}", date(d)));
    }
    v.join(" · ")
}

fn overview(report: &Report, out: &mut Vec<Mark>) {
    let Some(o) = &report.overview else { return };
    for slot in Slot::ALL {
        if let Some(c) = o.count(slot) {
            out.push(Mark::new(
                MarkKind::Count,
                c.span,
                format!("overview.{}", slot.name()),
                c.value.to_string(),
            ));
        }
    }
    if let Some(r) = o.completion_rate {
        out.push(Mark::new(
            MarkKind::Count,
            r.span,
            "overview.completion_rate",
            format!("{}%", r.value),
        ));
    }
    for (k, q) in o.quantities.iter().enumerate() {
        out.push(quantity(q, format!("overview.quantities[{k}]")));
    }
}

fn outcomes(report: &Report, out: &mut Vec<Mark>) {
    let Some(o) = &report.outcomes else { return };
    for (i, p) in o.penalties.iter().enumerate() {
        let path = format!("outcomes.penalties[{i}]");
        let value = match p.total {
            Some(t) => format!("{} {t}{}", p.label, p.unit.as_str()),
            None => format!("{} (no total)", p.label),
        };
        let mut detail = vec![p.category.name().to_owned()];
        if !p.kinds.is_empty() {
            let k: Vec<&str> = p.kinds.iter().map(|k| k.name()).collect();
            detail.push(format!("kinds {}", k.join(", ")));
        }
        if !p.breakdown.is_empty() {
            let sum = p
                .breakdown_sum()
                .map_or_else(|| "overflows".to_owned(), |s| s.to_string());
            let some = if p.breakdown_partial {
                ", some of the total (其中)"
            } else {
                ""
            };
            detail.push(format!("{} parts sum to {sum}{some}", p.breakdown.len()));
        }
        if let Some(t) = p.part_of {
            detail.push(format!("part of outcomes.penalties[{t}]"));
        }
        out.push(Mark::new(MarkKind::Penalty, p.span, &path, value).detail(detail.join(" · ")));
        for (j, b) in p.breakdown.iter().enumerate() {
            out.push(
                Mark::new(
                    MarkKind::Sanction,
                    b.span,
                    format!("{path}.breakdown[{j}]"),
                    format!("{} {}", b.label, b.count.shown()),
                )
                .detail(b.sanction.name()),
            );
        }
    }
    for (i, f) in o.funds.iter().enumerate() {
        let path = format!("outcomes.funds[{i}]");
        out.push(
            Mark::new(
                MarkKind::Funds,
                f.span,
                &path,
                format!("{} {}", f.label, money(&f.amount)),
            )
            .detail(f.kind.name()),
        );
        out.push(
            Mark::new(
                MarkKind::Money,
                f.amount.span,
                format!("{path}.amount"),
                money(&f.amount),
            )
            .detail(format!("{} · {}", f.amount.text, f.amount.qualifier.name())),
        );
    }
}

/// A count as shown, whether the model holds it as a number or as an optional one (a
/// breakdown part written without its number shows `—`).
trait Shown {
    fn shown(&self) -> String;
}

impl Shown for u64 {
    fn shown(&self) -> String {
        self.to_string()
    }
}

impl Shown for Option<u64> {
    fn shown(&self) -> String {
        self.map_or_else(|| "—".to_owned(), |n| n.to_string())
    }
}

fn section(text: &str, s: &Section, path: &str, out: &mut Vec<Mark>) {
    out.push(
        Mark::new(
            MarkKind::Section,
            section_heading(text, s),
            path,
            format!("{}{}", s.label, s.title),
        )
        .detail(number(s.number)),
    );
    for (i, x) in s.issues.iter().enumerate() {
        issue(text, x, &format!("{path}.issues[{i}]"), out);
    }
    for (i, c) in s.children.iter().enumerate() {
        section(text, c, &format!("{path}.children[{i}]"), out);
    }
}

fn issue(text: &str, x: &Issue, path: &str, out: &mut Vec<Mark>) {
    let mut detail = vec![number(x.number)];
    detail.push(format!("{} measures", x.measures.len()));
    if let Some(s) = x.status {
        detail.push(format!("status {}", s.name()));
    }
    detail.retain(|d| !d.is_empty());
    out.push(
        Mark::new(MarkKind::Issue, issue_heading(text, x), path, &x.title)
            .detail(detail.join(" · ")),
    );
    for (k, m) in x.measures.iter().enumerate() {
        let mpath = format!("{path}.measures[{k}]");
        let mut detail = vec![number(m.number)];
        if !m.documents.is_empty() {
            detail.push(format!("《{}》", m.documents.join("》《")));
        }
        detail.retain(|d| !d.is_empty());
        out.push(
            Mark::new(
                MarkKind::Measure,
                measure_heading(text, m),
                &mpath,
                &m.title,
            )
            .detail(detail.join(" · ")),
        );
        for (q, x) in m.quantities.iter().enumerate() {
            out.push(quantity(x, format!("{mpath}.quantities[{q}]")));
        }
    }
    for (i, c) in x.children.iter().enumerate() {
        issue(text, c, &format!("{path}.children[{i}]"), out);
    }
}

fn contact(report: &Report, find: &Finder<'_>, out: &mut Vec<Mark>) {
    let Some(c) = &report.contact else { return };
    let (lo, hi) = (c.span.start, c.span.end);
    let mut v = Vec::new();
    v.extend(c.phones.iter().cloned());
    v.extend(c.emails.iter().cloned());
    v.extend(c.address.iter().cloned());
    out.push(Mark::new(
        MarkKind::Contact,
        c.span,
        "contact",
        v.join(" · "),
    ));
    let mut list = |name: &str, items: &[String], digits: bool| {
        let mut from = lo;
        for (k, x) in items.iter().enumerate() {
            let at = if digits {
                find.number(x, from, hi)
            } else {
                find.literal(x, from, hi)
            };
            if let Some(s) = at {
                out.push(Mark::new(
                    MarkKind::Field,
                    s,
                    format!("contact.{name}[{k}]"),
                    x,
                ));
                from = s.end;
            }
        }
    };
    list("phones", &c.phones, true);
    list("emails", &c.emails, false);
    list("websites", &c.websites, false);
    let mut one = |name: &str, x: Option<&String>, digits: bool| {
        let Some(x) = x else { return };
        let at = if digits {
            find.number(x, lo, hi)
        } else {
            find.literal(x, lo, hi)
        };
        if let Some(s) = at {
            out.push(Mark::new(MarkKind::Field, s, format!("contact.{name}"), x));
        }
    };
    one("address", c.address.as_ref(), false);
    one("postcode", c.postcode.as_ref(), true);
    one("hours", c.hours.as_ref(), false);
}

fn quantity(q: &Quantity, path: String) -> Mark {
    if q.unit == "元" {
        let v = yuan(q.value);
        let v = match q.qualifier.name() {
            "exact" => v,
            other => format!("{v} ({other})"),
        };
        Mark::new(MarkKind::Quantity, q.span, path, v).detail("money in yuan")
    } else {
        Mark::new(MarkKind::Quantity, q.span, path, q.to_string()).detail(q.qualifier.name())
    }
}

/// Money as `¥1,858,200.00`, with a qualifier other than exact in words.
fn money(m: &Money) -> String {
    let v = yuan(m.yuan);
    match m.qualifier.name() {
        "exact" => v,
        other => format!("{v} ({other})"),
    }
}

/// An amount in yuan as `¥1,858,200.00` (rounded to the fen).
pub(crate) fn yuan(d: Decimal) -> String {
    let s = format!("{:.2}", d.round_dp(2).abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if d.is_sign_negative() && !d.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}¥{grouped}.{frac}")
}

pub(crate) fn issue_heading(text: &str, i: &Issue) -> Span {
    heading_span(text, i.span, &i.label, &i.heading)
}

pub(crate) fn measure_heading(text: &str, m: &Measure) -> Span {
    heading_span(text, m.span, &m.label, &m.title)
}

pub(crate) fn section_heading(text: &str, s: &Section) -> Span {
    heading_span(text, s.span, &s.label, &s.title)
}

/// The heading part of a headed span: from its start to the end of `heading` written after
/// `label`; when the words cannot be found (Traditional characters, a normalised heading),
/// the span's first sentence or line.
fn heading_span(text: &str, span: Span, label: &str, heading: &str) -> Span {
    let Some(body) = span.slice(text) else {
        return span;
    };
    let from = if !label.is_empty() && body.starts_with(label) {
        label.len()
    } else {
        0
    };
    // the heading stands at the start, after the label and perhaps a space or a quote
    if !heading.is_empty() {
        let window = &body[from..];
        if let Some(k) = window.find(heading) {
            if window[..k].chars().count() <= 4 {
                return Span::new(span.start, span.start + from + k + heading.len());
            }
        }
    }
    let end = body
        .char_indices()
        .find(|(_, c)| matches!(c, '\n' | '\r' | '。'))
        .map_or(body.len(), |(k, _)| k);
    Span::new(span.start, span.start + end.max(from))
}

/// Finds a field's words inside a paragraph, in the text or in its Simplified copy (which
/// has the same byte offsets).
struct Finder<'a> {
    text: &'a str,
    simplified: Option<&'a str>,
}

impl Finder<'_> {
    fn within(hay: &str, lo: usize, hi: usize) -> Option<&str> {
        hay.get(lo..hi.min(hay.len()))
    }

    /// The first place of `needle` in `lo..hi`.
    fn literal(&self, needle: &str, lo: usize, hi: usize) -> Option<Span> {
        self.first(needle, lo, hi, false)
    }

    /// The first place of `needle` in `lo..hi` not inside a longer run of digits.
    fn number(&self, needle: &str, lo: usize, hi: usize) -> Option<Span> {
        self.first(needle, lo, hi, true)
    }

    fn first(&self, needle: &str, lo: usize, hi: usize, digits: bool) -> Option<Span> {
        if needle.is_empty() {
            return None;
        }
        let look = |hay: &str| -> Option<Span> {
            let w = Self::within(hay, lo, hi)?;
            let b = hay.as_bytes();
            let mut k = 0;
            while let Some(at) = w.get(k..)?.find(needle) {
                let s = lo + k + at;
                let e = s + needle.len();
                let before = hay[..s].chars().next_back().map(char::len_utf8);
                let clear = !digits
                    || (before.is_none_or(|n| !is_digit_at(b, s - n)) && !is_digit_at(b, e));
                if clear {
                    return Some(Span::new(s, e));
                }
                k += at + needle.len();
            }
            None
        };
        look(self.text).or_else(|| self.simplified.and_then(look))
    }

    /// The first date token in `lo..hi` that reads as `d` (its year given or inherited).
    fn date(&self, d: PartialDate, lo: usize, hi: usize) -> Option<Span> {
        let w = Self::within(self.text, lo, hi)?;
        let mut prev: Option<char> = self.text[..lo].chars().next_back();
        for (k, c) in w.char_indices() {
            let after_digit = prev.is_some_and(|p| {
                p.is_ascii_digit() || ('０'..='９').contains(&p) || is_numeral_char(p)
            });
            prev = Some(c);
            if after_digit || !(c.is_ascii_digit() || c >= '\u{3007}') {
                continue;
            }
            let at = lo + k;
            let Some(r) = date_at(self.text, at) else {
                continue;
            };
            let year_ok = r.year.is_none_or(|y| y == d.year);
            if year_ok && r.month == d.month && r.day == d.day && r.end <= hi {
                return Some(Span::new(at, r.end));
            }
        }
        None
    }
}

/// How many findings of each severity: `[info, warning, error]`.
pub(crate) fn by_severity(findings: &[Finding]) -> [usize; 3] {
    let mut n = [0; 3];
    for f in findings {
        n[match f.severity {
            Severity::Info => 0,
            Severity::Warning => 1,
            Severity::Error => 2,
        }] += 1;
    }
    n
}
