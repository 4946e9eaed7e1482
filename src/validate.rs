//! Validation (校验): what does not add up in a parsed report, with the spans involved.
//!
//! Parsing keeps what the document says; this module says what is wrong with it. It reads
//! only the model — the findings the parser recorded and the spans stored with each value —
//! so a report read back from JSON validates the same as the one parsed.

use rust_decimal::Decimal;
use std::cmp::Ordering;

use crate::parse::grammar::team::team_facts;
use crate::{
    Code, Count, Finding, InspectionKind, Overview, Part, PartialDate, Penalty, Placed, Report,
    Severity, Span,
};

/// The findings being gathered.
struct Out(Vec<Finding>);

impl Out {
    fn push(&mut self, severity: Severity, code: Code, message: String, spans: Vec<Span>) {
        self.0.push(Finding::new(severity, code, message, spans));
    }
}

/// Runs every check, after the findings the parser recorded.
pub(crate) fn validate(r: &Report) -> Vec<Finding> {
    let mut out = Out(r.parse_findings.clone());
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
    parts(&o.penalties, out);
    for p in &o.penalties {
        for s in p
            .breakdown
            .iter()
            .filter(|s| !p.category.allows(s.sanction, &s.label))
        {
            out.push(
                Severity::Error,
                Code::SanctionCategory,
                format!("{} is not a kind of {}", s.label, p.label),
                vec![p.span, s.span],
            );
        }
        // a count too large to hold is reported where it stands, not summed
        let unknown = p.breakdown.iter().any(|b| b.count.is_none());
        let (Some(total), false, false) = (p.total, p.breakdown.is_empty(), unknown) else {
            continue;
        };
        if !p.breakdown_fits(total) {
            let mut spans = vec![p.span];
            spans.extend(p.breakdown.iter().map(|s| s.span));
            let sum = p.breakdown_sum();
            let sum = sum.map_or_else(|| "more than u64::MAX".to_owned(), |s| s.to_string());
            let which = if p.breakdown_partial {
                "partial breakdown"
            } else {
                "breakdown"
            };
            out.push(
                Severity::Error,
                Code::BreakdownMismatch,
                format!("{} {which} sums to {sum} but the total is {total}", p.label),
                spans,
            );
        }
    }
}

/// The parts of a combined total (`党纪政务处分15人,其中党纪处分10人、政务处分5人`) sum to
/// no more than it (parts after `其中` may name only some: `其中党纪处分5人`); a part that
/// names no tally before it is reported too. One pass over the tallies.
fn parts(penalties: &[Penalty], out: &mut Out) {
    // for each total: the parts' sum (`None` once a count is unknown or overflows), spans
    let mut sums: Vec<Option<(Option<u64>, Vec<Span>)>> = vec![None; penalties.len()];
    for (k, p) in penalties.iter().enumerate() {
        let Some(t) = p.part_of else { continue };
        let Some(slot) = sums.get_mut(t).filter(|_| t < k) else {
            out.push(
                Severity::Error,
                Code::BreakdownMismatch,
                format!("{} is a part of no total before it", p.label),
                vec![p.span],
            );
            continue;
        };
        let (sum, spans) = slot.get_or_insert_with(|| (Some(0), Vec::new()));
        *sum = sum.zip(p.total).and_then(|(a, b)| a.checked_add(b));
        spans.push(p.span);
    }
    for (total, entry) in penalties.iter().zip(sums) {
        let (Some(n), Some((Some(sum), spans))) = (total.total, entry) else {
            continue;
        };
        if sum > n {
            let mut all = vec![total.span];
            all.extend(spans);
            out.push(
                Severity::Error,
                Code::BreakdownMismatch,
                format!(
                    "{} parts sum to {sum}, more than the total {n}",
                    total.label
                ),
                all,
            );
        }
    }
}

/// One numbered item: its number, the span of its label and the label.
type Numbered<'a> = (Option<u32>, Span, &'a str);

fn check_sequence<'a>(what: &str, items: impl Iterator<Item = Numbered<'a>>, out: &mut Out) {
    let mut prev: Option<u32> = None;
    for (n, span, label) in items {
        let Some(n) = n else { continue };
        // `一是` again starts an enumeration of its own (`…强调两点:一是…二是…`)
        if n == 1 && label.ends_with('是') {
            prev = Some(1);
            continue;
        }
        let expected = prev.map_or(1, |p| p.saturating_add(1));
        let after = prev.map_or("the start".to_owned(), |p| p.to_string());
        if n > expected {
            let missing = if n == expected + 1 {
                format!("{expected}")
            } else {
                format!("{expected}–{}", n - 1)
            };
            out.push(
                Severity::Warning,
                Code::NumberingGap,
                format!("{what} numbering skips {missing}: “{label}” follows {after}"),
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

/// The span of a label at the start of `span`.
fn label_span(span: Span, label: &str) -> Span {
    Span::new(span.start, span.start + label.len().min(span.len()))
}

/// Checks the numbering of each level of the heading tree (issues and notice sections that
/// are siblings number on together, in document order), of each issue's measures and of
/// the next steps.
fn numbering(r: &Report, out: &mut Out) {
    let parts = r.parts();
    // the siblings under each part (index + 1), the top level at 0
    let mut levels: Vec<Vec<&Placed<'_>>> = vec![Vec::new(); parts.len() + 1];
    for p in &parts {
        levels[p.parent.map_or(0, |i| i + 1)].push(p);
    }
    let level = |siblings: &[&Placed<'_>], out: &mut Out| {
        let sections = siblings
            .iter()
            .filter(|p| matches!(p.part, Part::Section(_)))
            .count();
        let what = match (sections, siblings.len() - sections) {
            (0, _) => "issue",
            (_, 0) => "section",
            _ => "heading",
        };
        let items = siblings.iter().map(|p| {
            let (n, label, _) = p.part.heading();
            (n, label_span(p.part.span(), label), label)
        });
        check_sequence(what, items, out);
    };
    level(&levels[0], out);
    for (k, p) in parts.iter().enumerate() {
        if let Part::Issue(i) = p.part {
            let measures = i
                .measures
                .iter()
                .map(|m| (m.number, label_span(m.span, &m.label), m.label.as_str()));
            check_sequence("measure", measures, out);
        }
        level(&levels[k + 1], out);
    }
    check_sequence(
        "next step",
        r.next_steps.iter().map(|n| (n.number, n.span, "")),
        out,
    );
}

/// Whether `a` falls after `b` at the precision both share.
fn after(a: PartialDate, b: PartialDate) -> bool {
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
        if let Some((lname, ld)) = last.filter(|(_, ld)| after(*ld, d)) {
            let span = match (name, sig) {
                ("the signature", Some(s)) => s.1,
                _ => i.span,
            };
            out.push(
                Severity::Error,
                Code::DateOrder,
                format!("{name} ({d}) falls before {lname} ({ld})"),
                vec![span],
            );
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
    let stamp = r
        .published
        .map(|p| (p, "publication stamp", r.published_span))
        .or_else(|| sig.map(|(d, s)| (d, "signature", Some(s))));
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

/// What the body publishes: top-level issues (also those under notice sections), leaf
/// issues, measures, and whether issues nest.
struct Found {
    top: usize,
    leaves: usize,
    measures: usize,
    nested: bool,
}

fn found(r: &Report) -> Found {
    let parts = r.parts();
    let is_issue = |k: Option<usize>| k.is_some_and(|k| matches!(parts[k].part, Part::Issue(_)));
    let mut f = Found {
        top: 0,
        leaves: 0,
        measures: 0,
        nested: false,
    };
    for p in &parts {
        let Part::Issue(i) = p.part else { continue };
        let top = !is_issue(p.parent);
        f.top += usize::from(top);
        f.nested |= top && !i.children.is_empty();
        f.leaves += usize::from(i.children.is_empty());
        f.measures += i.measures.len();
    }
    f
}

fn declared(r: &Report, out: &mut Out) {
    let Some(o) = &r.overview else { return };
    let at = |c: Count| vec![c.span];
    if let Some(c) = o.problem_categories.filter(|c| c.value > 30) {
        out.push(
            Severity::Warning,
            Code::ImplausibleCount,
            format!(
                "{} problem categories is implausible; the figure may be garbled",
                c.value
            ),
            at(c),
        );
    }
    let f = found(r);
    if f.top == 0 {
        return;
    }
    // a notice may publish fewer sections than it counts: a warning, never an error
    let mut compare = |what: &str, declared: Option<Count>, found: usize, unit: &str| {
        let Some(d) = declared.filter(|d| d.value != found as u64) else {
            return;
        };
        out.push(
            Severity::Warning,
            Code::DeclaredCountMismatch,
            format!(
                "{} {what} declared while {found} {unit} were found",
                d.value
            ),
            at(d),
        );
    };
    let value = |c: Option<Count>| c.map(|c| c.value);
    if f.nested {
        compare(
            "problem categories",
            o.problem_categories,
            f.top,
            "issue sections",
        );
        compare("problems", o.problems, f.leaves, "issues");
    } else if value(o.problem_categories) != Some(f.top as u64)
        && value(o.problems) != Some(f.top as u64)
    {
        // one level of sections: they may be the categories (一、…方面) or the problems
        // themselves (issues grouped by status under notice sections); warn when neither
        match o.problem_categories {
            Some(_) => compare(
                "problem categories",
                o.problem_categories,
                f.top,
                "issue sections",
            ),
            None => compare("problems", o.problems, f.top, "issue sections"),
        }
    }
    // declared measures (整改措施) are usually finer than the published items: only more
    // items than declared is suspicious
    if let Some(d) = o.measures.filter(|d| f.measures as u64 > d.value) {
        out.push(
            Severity::Warning,
            Code::DeclaredCountMismatch,
            format!(
                "{} measures declared while {} measures were found",
                d.value, f.measures
            ),
            at(d),
        );
    }
}

/// The declared totals progress may be counted against: progress is reported over the
/// problems, the specific problems, the tasks or the measures (`186条整改措施中已完成171条`).
fn progress_totals(o: &Overview) -> Vec<u64> {
    [o.problems, o.specific_problems, o.tasks, o.measures]
        .into_iter()
        .flatten()
        .map(|c| c.value)
        .collect()
}

fn progress(r: &Report, out: &mut Out) {
    let Some(o) = &r.overview else { return };
    let span: Vec<Span> = o.spans.first().copied().into_iter().collect();
    let parts: Vec<u64> = o.progress().iter().flatten().map(|c| c.value).collect();
    let totals = progress_totals(o);
    let sum = parts.iter().try_fold(0u64, |a, x| a.checked_add(*x));
    if let (Some(&first), true) = (totals.first(), parts.len() >= 2) {
        // 阶段性完成 is often a part of 正在整改: either reading may add up
        let partial = o.partially_completed.map_or(0, |c| c.value);
        let without_partial = sum.and_then(|s| s.checked_sub(partial));
        let adds_up = totals
            .iter()
            .any(|t| sum == Some(*t) || without_partial == Some(*t));
        if !adds_up {
            let sum = sum.map_or_else(|| "more than u64::MAX".to_owned(), |s| s.to_string());
            out.push(
                Severity::Error,
                Code::StatusSum,
                format!("progress counts sum to {sum} but {first} problems were declared"),
                span.clone(),
            );
        }
    }
    let (Some(rate), Some(done)) = (o.completion_rate, o.completed) else {
        return;
    };
    let mut bases = totals;
    bases.extend(sum.filter(|_| parts.len() >= 2));
    bases.retain(|b| *b > 0);
    let tolerance = Decimal::new(1, rate.value.scale()).max(Decimal::new(5, 1));
    let rate_of = |base: u64| Decimal::from(done.value) * Decimal::from(100) / Decimal::from(base);
    let Some(&base) = bases.first() else { return };
    if bases
        .iter()
        .all(|b| (rate_of(*b) - rate.value).abs() > tolerance)
    {
        out.push(
            Severity::Error,
            Code::CompletionRate,
            format!(
                "a completion rate of {}% does not match {} of {base} ({}%)",
                rate.value,
                done.value,
                rate_of(base).round_dp(1)
            ),
            span,
        );
    }
}

fn money(r: &Report, out: &mut Out) {
    let Some(o) = &r.outcomes else { return };
    for f in o
        .funds
        .iter()
        .filter(|f| f.amount.yuan.is_sign_negative() && !f.amount.yuan.is_zero())
    {
        out.push(
            Severity::Error,
            Code::NegativeMoney,
            format!("{} is negative: {}", f.label, f.amount.text),
            vec![f.span],
        );
    }
}

fn title_vs_body(r: &Report, out: &mut Out) {
    let (Some(t), Some(i)) = (&r.title, &r.inspection) else {
        return;
    };
    let both = vec![t.span, i.span];
    if let Some(s) = t.scheme.filter(|s| *s != i.scheme) {
        out.push(
            Severity::Warning,
            Code::SchemeMismatch,
            format!(
                "the title says {} but the header says {}",
                s.as_str(),
                i.scheme.as_str()
            ),
            both.clone(),
        );
    }
    if let (Some(tr), Some(br)) = (t.round_number, i.round) {
        if tr != br {
            out.push(
                Severity::Info,
                Code::TitleBodyMismatch,
                format!("the title names round {tr} but the header round {br}"),
                both.clone(),
            );
        }
    }
    if t.text.contains(InspectionKind::FollowUp.as_str())
        && !i.kinds.contains(&InspectionKind::FollowUp)
    {
        out.push(
            Severity::Info,
            Code::TitleBodyMismatch,
            "the title names a 回头看 the header does not".into(),
            both.clone(),
        );
    }
    let title_team = t.team.as_deref().map(team_facts).and_then(|f| f.0);
    if let (Some(tn), Some(bn)) = (title_team, i.team_number) {
        if tn != bn {
            out.push(
                Severity::Info,
                Code::TitleBodyMismatch,
                format!("the title names team {tn} but the header team {bn}"),
                both,
            );
        }
    }
    issuer_vs_signature(r, out);
}

/// The party bodies an issuer may end with, one standing for another (`党委` is short for
/// the `委员会` of `中共…委员会`).
const PARTY_BODIES: &[&str] = &[
    "委员会",
    "党工委",
    "党总支部",
    "党总支",
    "党支部",
    "党委",
    "党组",
    "总支部",
    "支部",
];

/// The title's issuer against the signature's: one of them, without `中共`, spaces and the
/// party body, holds the other (`中共青岚县林业局党组`, `青岚县林业局党组`, `中共青岚县林业局
/// 委员会`), or they name two units.
fn issuer_vs_signature(r: &Report, out: &mut Out) {
    let (Some(t), Some(s)) = (&r.title, &r.signature) else {
        return;
    };
    let (Some(a), Some(b)) = (t.issuer.as_deref(), s.issuer.as_deref()) else {
        return;
    };
    let bare = |x: &str| -> String {
        let x: String = x.chars().filter(|c| !c.is_whitespace()).collect();
        let mut unit = x.strip_prefix("中共").unwrap_or(&x);
        while let Some(rest) = PARTY_BODIES.iter().find_map(|b| unit.strip_suffix(b)) {
            unit = rest;
        }
        unit.to_owned()
    };
    let (a2, b2) = (bare(a), bare(b));
    if !a2.contains(&b2) && !b2.contains(&a2) {
        out.push(
            Severity::Info,
            Code::TitleBodyMismatch,
            format!("the title is issued by “{a}” but the notice is signed by “{b}”"),
            vec![t.span, s.span],
        );
    }
}
