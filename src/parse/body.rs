//! Stage 4, the body (正文): the heading tree between the header and the closing. Its
//! issues and notice sections are read from the outline; the overview counts and the
//! outcome tallies from the prose before the first heading and in the notice sections.

use super::Reader;
use super::grammar::classify::{child_is_section, is_notice_heading};
use super::grammar::issues::{node_issue, node_section};
use super::grammar::outline::{Node, outline};
use super::grammar::overview::{self, Context};
use super::grammar::tallies;
use crate::lex::text::{sentence_end, trim_span};
use crate::{Outcomes, Overview, PassageKind, Slot, Span};

/// Reads the body.
pub(crate) fn read(r: &mut Reader<'_>) {
    let body = r.spans(r.body.clone());
    let input = r.input;
    let report = &mut r.report;
    let mut section_text = Vec::new();
    // each root becomes an issue or a section as soon as it is closed
    let pre = outline(input, &body, |n| {
        if is_notice_heading(&input[n.heading.range()]) {
            section_prose(input, &n, &mut section_text);
            report.sections.push(node_section(input, &n));
        } else {
            report.issues.push(node_issue(input, &n));
        }
    });
    // before the first heading, each sentence is read on its own: what reads nothing is
    // prose, whatever the paragraph around it holds
    let pre: Vec<Span> = pre.iter().flat_map(|p| sentences(input, *p)).collect();
    let mut prose: Vec<Span> = pre.clone();
    prose.extend(section_text);
    let mut outcomes = Outcomes::default();
    let mut skip: Vec<Span> = Vec::new();
    for &p in &prose {
        tallies::scan(r.input, p, &mut outcomes, &mut skip, &mut r.notes);
    }
    let skip = tally_spans(&outcomes, skip);
    let unread = read_overview(r, &prose, &skip);
    // a paragraph before the first heading that nothing read is prose, not the overview's
    for p in unread
        .into_iter()
        .filter(|p| pre.contains(p) && !outcomes.spans.contains(p))
    {
        r.keep(PassageKind::Prose, p);
    }
    if !outcomes.is_empty() {
        r.report.outcomes = Some(outcomes);
    }
}

/// The sentences of `input[span]`, each trimmed (`。` inside quotes does not end one).
fn sentences(input: &str, span: Span) -> Vec<Span> {
    let text = &input[span.range()];
    let mut out = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let end = sentence_end(text, from);
        let s = trim_span(input, Span::new(span.start + from, span.start + end));
        if !s.is_empty() {
            out.push(s);
        }
        from = end;
    }
    out
}

/// The prose of a notice section and of its sub-sections (their headings included):
/// where counts and tallies are written.
fn section_prose(input: &str, n: &Node, out: &mut Vec<Span>) {
    out.extend(n.body.iter().copied());
    for c in &n.children {
        if child_is_section(input, c) {
            out.push(c.heading);
            section_prose(input, c, out);
        }
    }
}

/// The spans read as tallies, sorted and merged, so that the one span starting last
/// before a figure is the only one that may hold it.
fn tally_spans(o: &Outcomes, mut skip: Vec<Span>) -> Vec<Span> {
    skip.extend(
        o.penalties
            .iter()
            .map(|p| p.span)
            .chain(o.funds.iter().map(|f| f.span)),
    );
    skip.sort_unstable();
    skip.dedup_by(|b, a| {
        if b.start <= a.end {
            a.end = a.end.max(b.end);
            true
        } else {
            false
        }
    });
    skip
}

/// How many of an overview's counts, rate and as-of date are known.
fn known(o: &Overview) -> usize {
    let counts = Slot::ALL
        .into_iter()
        .filter(|s| o.count(*s).is_some())
        .count();
    counts + usize::from(o.completion_rate.is_some()) + usize::from(o.as_of.is_some())
}

/// The overview: the counts in the prose, and those declared in the header paragraph
/// itself (`…反馈了巡察意见。对反馈的4个方面16个问题…`), whose paragraph stays the
/// inspection's and whose other figures are not kept. Its spans are the paragraphs it read
/// something from; returns the others.
fn read_overview(r: &mut Reader<'_>, prose: &[Span], skip: &[Span]) -> Vec<Span> {
    let ctx = Context {
        skip,
        year: r
            .report
            .inspection
            .as_ref()
            .and_then(|i| i.end.or(i.start))
            .map(|d| d.year),
        feedback: r.report.inspection.as_ref().and_then(|i| i.feedback_date),
    };
    let mut o = Overview::default();
    let mut unread = Vec::new();
    for &p in prose {
        let before = known(&o);
        let rest = overview::read(r.input, p, &ctx, &mut o, &mut r.notes);
        if known(&o) > before || !rest.is_empty() {
            o.spans.push(p);
            o.quantities.extend(rest);
        } else {
            unread.push(p);
        }
    }
    if let Some(span) = r.report.inspection.as_ref().map(|i| i.span) {
        overview::read(r.input, span, &ctx, &mut o, &mut r.notes);
    }
    // a notice that counts only its specific problems counts its problems so
    // (`12个问题子类、27个具体问题`)
    if o.problems.is_none() {
        o.problems = o.specific_problems;
    }
    if o.completed.is_none() {
        o.completed = overview::all_completed(r.input, &o);
    }
    if o != Overview::default() {
        r.report.overview = Some(o);
    }
    unread
}
