//! Issues, measures and notice sections read from the outline (问题、措施、部分): a heading
//! node becomes an [`Issue`] whose leaf children are its measures, or a [`Section`] of the
//! notice; `一是…` items in an issue's prose become its measures.

use std::cell::RefCell;

use super::classify::{child_is_section, is_problem};
use super::enumeration::inline_items;
use super::labels::field_at;
use super::outline::Node;
use super::titles::{issue_title, item_title, sentence_title};
use crate::lex::documents::documents;
use crate::lex::figures;
use crate::lex::text::{is_colon, trim_span};
use crate::vocab::headings::{INLINE_STATUS_FIELD, STATUS_FIELDS};
use crate::{Issue, IssueStatus, Measure, Quantity, Section, Span};

/// The spans' texts joined by line breaks, sized once.
fn join(input: &str, spans: &[Span]) -> String {
    let len = spans.iter().map(|s| s.len()).sum::<usize>() + spans.len().saturating_sub(1);
    let mut out = String::with_capacity(len);
    for (k, s) in spans.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&input[s.range()]);
    }
    out
}

thread_local! {
    /// Figures are gathered in a reused buffer and copied out at their exact size.
    static SCRATCH: RefCell<Vec<Quantity>> = const { RefCell::new(Vec::new()) };
}

/// A measure from its label, title and body spans.
fn measure(
    input: &str,
    number: Option<u32>,
    label: Span,
    title: String,
    body: &[Span],
    span: Span,
) -> Measure {
    let text = join(input, body);
    let quantities = SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        scratch.clear();
        for b in body {
            figures::scan(input, *b, false, &mut scratch);
        }
        scratch.to_vec()
    });
    Measure {
        number,
        label: input[label.range()].to_owned(),
        title,
        documents: documents(&text),
        text,
        quantities,
        span,
    }
}

/// A measure from a leaf node: its heading and the rest of its line are one span of text.
fn node_measure(input: &str, n: &Node) -> Measure {
    let mut body = Vec::with_capacity(n.body.len() + 1);
    let whole = trim_span(input, n.heading);
    body.push(whole);
    body.extend(n.body.iter().copied());
    if n.body.first().is_some_and(|b| {
        input[whole.end..b.start].trim().is_empty()
            && b.start < n.label_span.end + 4096
            && !input[whole.end..b.start].contains(['\n', '\r'])
    }) {
        body[0] = whole.to(n.body[0]);
        body.remove(1);
    }
    measure(
        input,
        n.label.number,
        n.label_span,
        sentence_title(&input[n.heading.range()]),
        &body,
        Span::new(n.label_span.start, n.span.end),
    )
}

/// The status an issue's body states, as written: a status field on its own line
/// (`完成情况:已完成`) or run together on the heading line.
fn status_label(input: &str, body: &[Span]) -> Option<String> {
    let value = |v: &str| v.trim_end_matches(['。', ';', '\u{ff1b}']).to_owned();
    body.iter().find_map(|b| {
        let line = &input[b.range()];
        if let Some((f, v)) = field_at(line).filter(|(f, _)| STATUS_FIELDS.contains(f)) {
            let _ = f;
            return Some(value(&line[v..]));
        }
        let p = line.find(INLINE_STATUS_FIELD)?;
        let after = &line[p + INLINE_STATUS_FIELD.len()..];
        let colon = after.chars().next().filter(|c| is_colon(*c))?;
        Some(value(&after[colon.len_utf8()..]))
    })
}

/// Converts a heading node into an issue.
pub(crate) fn node_issue(input: &str, n: &Node) -> Issue {
    let heading = input[n.heading.range()].trim_end_matches('。').to_owned();
    let status_label = status_label(input, &n.body);
    let mut issue = Issue {
        number: n.label.number,
        label: input[n.label_span.range()].to_owned(),
        title: issue_title(&heading),
        heading,
        status: status_label.as_deref().map(IssueStatus::from_label),
        status_label,
        measures: Vec::new(),
        children: Vec::new(),
        text: (!n.body.is_empty()).then(|| join(input, &n.body)),
        // from the label: a combined label's `1.` belongs to the shared item above
        span: Span::new(n.label_span.start, n.span.end),
    };
    for c in &n.children {
        if c.children.is_empty() && !is_problem(input, c) {
            issue.measures.push(node_measure(input, c));
        } else {
            issue.children.push(node_issue(input, c));
        }
    }
    if issue.measures.is_empty() && issue.children.is_empty() {
        inline_measures(input, &n.body, &mut issue);
    }
    issue
}

/// `一是…二是…` items in an issue's prose become its measures; the issue keeps only the
/// prose before them.
fn inline_measures(input: &str, body: &[Span], issue: &mut Issue) {
    let mut lead: Vec<Span> = Vec::new();
    for b in body {
        // items written one a line go on from the line before (`一是…` / `二是…`)
        let last = issue.measures.last().and_then(|m| m.number);
        let items = inline_items(input, *b, last);
        match items.first() {
            None => lead.push(*b),
            Some(first) => {
                let before = trim_span(input, Span::new(b.start, first.label.start));
                if !before.is_empty() {
                    lead.push(before);
                }
            }
        }
        for it in items {
            let title = item_title(&input[it.body.range()]);
            issue.measures.push(measure(
                input,
                Some(it.number),
                it.label,
                title,
                &[it.body],
                it.label.to(it.body),
            ));
        }
    }
    if !issue.measures.is_empty() {
        issue.text = (!lead.is_empty()).then(|| join(input, &lead));
    }
}

/// Converts a notice-section node; its issue-like children become issues.
pub(crate) fn node_section(input: &str, n: &Node) -> Section {
    let mut s = Section {
        number: n.label.number,
        label: input[n.label_span.range()].to_owned(),
        title: input[n.heading.range()].trim_end_matches('。').to_owned(),
        text: (!n.body.is_empty()).then(|| join(input, &n.body)),
        issues: Vec::new(),
        children: Vec::new(),
        span: n.span,
    };
    for c in &n.children {
        if child_is_section(input, c) {
            s.children.push(node_section(input, c));
        } else {
            s.issues.push(node_issue(input, c));
        }
    }
    s
}
