//! Validation (校验): what does not add up in a parsed report, with the spans involved.
//!
//! Parsing keeps what the document says; this module says what is wrong with it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

use crate::{InspectionKind, Issue, PartialDate, Report, Span};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; not a mistake (a notice publishing fewer sections than it counts).
    Info,
    /// Probably a mistake in the text, or something the parser could not read for sure.
    Warning,
    /// The numbers or dates contradict each other.
    Error,
}

/// What a finding is about; serialised in snake_case (`breakdown_mismatch`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Code {
    /// A breakdown does not sum to its total.
    BreakdownMismatch,
    /// A sanction listed under a category it does not belong to.
    SanctionCategory,
    /// An enumeration skips a number.
    NumberingGap,
    /// An enumeration repeats a number or runs backwards.
    NumberingRepeat,
    /// Dates out of order (start, end, feedback, signature).
    DateOrder,
    /// Feedback long after the inspection ended.
    FeedbackLate,
    /// A publication stamp long after the feedback.
    PublishedLate,
    /// A declared count differs from what was found.
    DeclaredCountMismatch,
    /// Progress counts do not sum to the problems.
    StatusSum,
    /// The completion rate does not match the counts.
    CompletionRate,
    /// A negative amount of money.
    NegativeMoney,
    /// A count too large to be plausible (`413个方面`).
    ImplausibleCount,
    /// The title says 巡视 and the body 巡察, or the reverse.
    SchemeMismatch,
    /// The title and the body disagree (round, team, kind).
    TitleBodyMismatch,
    /// A template placeholder left in (`党的XX大`).
    Placeholder,
    /// The text ends early, mid-sentence.
    Truncated,
    /// Text glued before the first sentence.
    LeadingDebris,
    /// A date that lost its separators reads more than one way.
    AmbiguousDate,
    /// A date that cannot exist (2月30日, 13月).
    ImpossibleDate,
    /// A number too large to hold.
    NumberOverflow,
    /// Traditional characters in the text.
    TraditionalCharacters,
    /// No header sentence was found.
    MissingHeader,
}

/// One thing [`Report::validate`] found.
///
/// # Examples
///
/// ```
/// use xunshi::{Code, Report, Severity};
/// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
///             给予党纪处分5人(党内警告2人,严重警告2人)。\n";
/// let findings = Report::parse(text).unwrap().validate();
/// let f = findings.iter().find(|f| f.code == Code::BreakdownMismatch).unwrap();
/// assert_eq!(f.severity, Severity::Error);
/// assert_eq!(f.message, "党纪处分 breakdown sums to 4 but the total is 5");
/// assert_eq!(&text[f.spans[0].range()], "党纪处分5人(党内警告2人,严重警告2人)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What it is about.
    pub code: Code,
    /// A sentence for people, naming the numbers and quoting the words.
    pub message: String,
    /// The places involved: the total first, then each part.
    pub spans: Vec<Span>,
}

struct Out(Vec<Finding>);

impl Out {
    fn push(&mut self, severity: Severity, code: Code, message: String, spans: Vec<Span>) {
        self.0.push(Finding {
            severity,
            code,
            message,
            spans,
        });
    }
}

/// Runs every check.
pub(crate) fn validate(r: &Report) -> Vec<Finding> {
    let mut out = Out(r.notes.clone());
    penalties(r, &mut out);
    numbering(r, &mut out);
    dates(r, &mut out);
    declared(r, &mut out);
    progress(r, &mut out);
    money(r, &mut out);
    title_vs_body(r, &mut out);
    if r.inspection.is_none() {
        out.push(
            Severity::Warning,
            Code::MissingHeader,
            "no header sentence (根据…统一部署,…巡察组对…开展了巡察) was found".into(),
            Vec::new(),
        );
    }
    out.0
}

fn penalties(r: &Report, out: &mut Out) {
    let Some(o) = &r.outcomes else { return };
    for p in &o.penalties {
        for s in &p.breakdown {
            if !p.category.allows(s.sanction, &s.label) {
                out.push(
                    Severity::Error,
                    Code::SanctionCategory,
                    format!("{} is not a kind of {}", s.label, p.label),
                    vec![p.span, s.span],
                );
            }
        }
        let (Some(total), false) = (p.total, p.breakdown.is_empty()) else {
            continue;
        };
        let sum = p.breakdown_sum();
        if sum != Some(total) {
            let mut spans = vec![p.span];
            spans.extend(p.breakdown.iter().map(|s| s.span));
            let sum = sum.map_or_else(|| "more than u64::MAX".to_owned(), |s| s.to_string());
            out.push(
                Severity::Error,
                Code::BreakdownMismatch,
                format!(
                    "{} breakdown sums to {sum} but the total is {total}",
                    p.label
                ),
                spans,
            );
        }
    }
}

fn check_sequence<'a>(
    what: &str,
    items: impl Iterator<Item = (Option<u32>, Span, &'a str)>,
    out: &mut Out,
) {
    let mut prev: Option<u32> = None;
    for (n, span, label) in items {
        let Some(n) = n else { continue };
        let expected = prev.map_or(1, |p| p + 1);
        if n > expected {
            let missing = if n == expected + 1 {
                format!("{expected}")
            } else {
                format!("{expected}–{}", n - 1)
            };
            out.push(
                Severity::Warning,
                Code::NumberingGap,
                format!(
                    "{what} numbering skips {missing}: “{label}” follows {}",
                    prev.map_or("the start".to_owned(), |p| p.to_string())
                ),
                vec![span],
            );
        } else if n < expected {
            out.push(
                Severity::Warning,
                Code::NumberingRepeat,
                format!(
                    "{what} numbering repeats or runs back: “{label}” after {}",
                    prev.unwrap_or(0)
                ),
                vec![span],
            );
        }
        prev = Some(n);
    }
}

fn label_span(span: Span, label: &str) -> Span {
    Span::new(span.start, span.start + label.len().min(span.len()))
}

/// Checks one level of the heading tree: issues and notice sections are siblings there, so
/// their numbers run on together in document order.
fn level(issues: &[Issue], sections: &[crate::Section], out: &mut Out) {
    let what = match (issues.is_empty(), sections.is_empty()) {
        (_, true) => "issue",
        (true, false) => "section",
        (false, false) => "heading",
    };
    let mut items: Vec<(Option<u32>, Span, &str)> = issues
        .iter()
        .map(|i| (i.number, label_span(i.span, &i.label), i.label.as_str()))
        .chain(
            sections
                .iter()
                .map(|s| (s.number, label_span(s.span, &s.label), s.label.as_str())),
        )
        .collect();
    items.sort_by_key(|x| x.1.start);
    check_sequence(what, items.into_iter(), out);
    for i in issues {
        check_sequence(
            "measure",
            i.measures
                .iter()
                .map(|m| (m.number, label_span(m.span, &m.label), m.label.as_str())),
            out,
        );
        level(&i.children, &[], out);
    }
    for s in sections {
        level(&s.issues, &s.children, out);
    }
}

fn numbering(r: &Report, out: &mut Out) {
    level(&r.issues, &r.sections, out);
    check_sequence(
        "next step",
        r.next_steps.iter().map(|n| (n.number, n.span, "")),
        out,
    );
}

fn before(a: PartialDate, b: PartialDate) -> bool {
    a.cmp_shared(b) == Ordering::Greater
}

fn dates(r: &Report, out: &mut Out) {
    let sig = r
        .signature
        .as_ref()
        .and_then(|s| s.date.map(|d| (d, s.span)));
    let Some(i) = &r.inspection else { return };
    let chain = [
        ("the inspection start", i.start),
        ("the inspection end", i.end),
        ("the feedback", i.feedback_date),
        ("the signature", sig.map(|s| s.0)),
    ];
    let mut last: Option<(&str, PartialDate)> = None;
    for (name, d) in chain {
        let Some(d) = d else { continue };
        if let Some((lname, ld)) = last {
            if before(ld, d) {
                let span = if name == "the signature" {
                    sig.map_or(i.span, |s| s.1)
                } else {
                    i.span
                };
                out.push(
                    Severity::Error,
                    Code::DateOrder,
                    format!("{name} ({d}) falls before {lname} ({ld})"),
                    vec![span],
                );
            }
        }
        last = Some((name, d));
    }
    if let (Some(e), Some(f)) = (i.end, i.feedback_date) {
        let m = e.months_until(f);
        if m > 12 {
            out.push(
                Severity::Warning,
                Code::FeedbackLate,
                format!("the feedback ({f}) comes {m} months after the inspection ended ({e})"),
                vec![i.span],
            );
        }
    }
    // published (the page stamp, else the signature) years after the feedback
    let stamp = r.published.map(|p| {
        let line = r
            .unrecognized
            .iter()
            .find(|x| crate::parse::chrome::published_in(&x.text) == Some(p));
        (p, "publication stamp", line.map(|x| x.span))
    });
    let stamp = stamp.or_else(|| sig.map(|(d, s)| (d, "signature", Some(s))));
    if let (Some((p, what, span)), Some(f)) = (stamp, i.feedback_date) {
        let m = f.months_until(p);
        if m > 24 {
            out.push(
                Severity::Warning,
                Code::PublishedLate,
                format!("the {what} ({p}) is {m} months after the feedback ({f})"),
                span.into_iter().collect(),
            );
        }
    }
}

/// Issue sections found: top level (including those under notice sections) and leaves.
fn found_counts(r: &Report) -> (usize, usize, usize, bool) {
    let mut top: Vec<&Issue> = r.issues.iter().collect();
    fn sec<'a>(s: &'a [crate::Section], top: &mut Vec<&'a Issue>) {
        for x in s {
            top.extend(x.issues.iter());
            sec(&x.children, top);
        }
    }
    sec(&r.sections, &mut top);
    fn leaves(i: &Issue) -> usize {
        if i.children.is_empty() {
            1
        } else {
            i.children.iter().map(leaves).sum()
        }
    }
    fn measures(i: &Issue) -> usize {
        i.measures.len() + i.children.iter().map(measures).sum::<usize>()
    }
    let nested = top.iter().any(|i| !i.children.is_empty());
    (
        top.len(),
        top.iter().map(|i| leaves(i)).sum(),
        top.iter().map(|i| measures(i)).sum(),
        nested,
    )
}

fn declared(r: &Report, out: &mut Out) {
    let Some(o) = &r.overview else { return };
    let first: Vec<Span> = o.spans.first().copied().into_iter().collect();
    let at = |s: Option<Span>| s.map_or_else(|| first.clone(), |s| vec![s]);
    if let Some(c) = o.problem_categories.filter(|c| *c > 30) {
        out.push(
            Severity::Warning,
            Code::ImplausibleCount,
            format!("{c} problem categories is implausible; the figure may be garbled"),
            at(o.count_spans.problem_categories),
        );
    }
    let (top, leaves, measures, nested) = found_counts(r);
    if top == 0 {
        return;
    }
    // a notice may publish fewer sections than it counts: a warning, never an error
    let mut compare =
        |what: &str, declared: Option<u64>, found: usize, unit: &str, span: Option<Span>| {
            let Some(d) = declared else { return };
            if d != found as u64 {
                out.push(
                    Severity::Warning,
                    Code::DeclaredCountMismatch,
                    format!("{d} {what} declared while {found} {unit} were found"),
                    at(span),
                );
            }
        };
    let cs = &o.count_spans;
    if nested {
        compare(
            "problem categories",
            o.problem_categories,
            top,
            "issue sections",
            cs.problem_categories,
        );
        compare("problems", o.problems, leaves, "issues", cs.problems);
    } else {
        // one level of sections: they may be the categories (一、…方面) or the problems
        // themselves (issues grouped by status under notice sections); warn when they are
        // neither
        let found = top as u64;
        if o.problem_categories != Some(found) && o.problems != Some(found) {
            match o.problem_categories {
                Some(_) => compare(
                    "problem categories",
                    o.problem_categories,
                    top,
                    "issue sections",
                    cs.problem_categories,
                ),
                None => compare("problems", o.problems, top, "issue sections", cs.problems),
            }
        }
    }
    // declared measures (整改措施) are usually finer than the published items: only more
    // items than declared is suspicious
    if let Some(d) = o.measures.filter(|d| measures as u64 > *d) {
        out.push(
            Severity::Warning,
            Code::DeclaredCountMismatch,
            format!("{d} measures declared while {measures} measures were found"),
            at(cs.measures),
        );
    }
}

fn progress(r: &Report, out: &mut Out) {
    let Some(o) = &r.overview else { return };
    let span: Vec<Span> = o.spans.first().copied().into_iter().collect();
    let parts = [
        o.completed,
        o.in_progress,
        o.partially_completed,
        o.not_completed,
    ];
    let given = parts.iter().filter(|p| p.is_some()).count();
    let total = o.problems.or(o.specific_problems);
    if let (Some(p), true) = (total, given >= 2) {
        let sum: u64 = parts.iter().flatten().sum();
        // 阶段性完成 is often a part of 正在整改: either reading may add up
        let without_partial = sum - o.partially_completed.unwrap_or(0);
        if sum != p && without_partial != p {
            out.push(
                Severity::Error,
                Code::StatusSum,
                format!("progress counts sum to {sum} but {p} problems were declared"),
                span.clone(),
            );
        }
    }
    if let (Some(rate), Some(done)) = (o.completion_rate, o.completed) {
        let base = total.or_else(|| (given >= 2).then(|| parts.iter().flatten().sum()));
        if let Some(base) = base.filter(|b| *b > 0) {
            let computed = Decimal::from(done) * Decimal::from(100) / Decimal::from(base);
            let tolerance = Decimal::new(1, rate.scale()).max(Decimal::new(5, 1));
            if (computed - rate).abs() > tolerance {
                out.push(
                    Severity::Error,
                    Code::CompletionRate,
                    format!(
                        "a completion rate of {rate}% does not match {done} of {base} ({}%)",
                        computed.round_dp(1)
                    ),
                    span,
                );
            }
        }
    }
}

fn money(r: &Report, out: &mut Out) {
    let Some(o) = &r.outcomes else { return };
    for f in &o.funds {
        if f.amount.yuan.is_sign_negative() && !f.amount.yuan.is_zero() {
            out.push(
                Severity::Error,
                Code::NegativeMoney,
                format!("{} is negative: {}", f.label, f.amount.text),
                vec![f.span],
            );
        }
    }
}

fn title_vs_body(r: &Report, out: &mut Out) {
    let (Some(t), Some(i)) = (&r.title, &r.inspection) else {
        return;
    };
    if let Some(s) = t.scheme {
        if s != i.scheme {
            out.push(
                Severity::Warning,
                Code::SchemeMismatch,
                format!(
                    "the title says {} but the header says {}",
                    s.as_str(),
                    i.scheme.as_str()
                ),
                vec![t.span, i.span],
            );
        }
    }
    if let (Some(tr), Some(br)) = (t.round_number, i.round) {
        if tr != br {
            out.push(
                Severity::Info,
                Code::TitleBodyMismatch,
                format!("the title names round {tr} but the header round {br}"),
                vec![t.span, i.span],
            );
        }
    }
    if t.text.contains("回头看") && !i.kinds.contains(&InspectionKind::FollowUp) {
        out.push(
            Severity::Info,
            Code::TitleBodyMismatch,
            "the title names a 回头看 the header does not".into(),
            vec![t.span, i.span],
        );
    }
}
