//! The parser: a pipeline of stages over the lines of the text, each reading one part of
//! the report with the sub-grammars of [`grammar`].
//!
//! ```text
//! text ─ lines ─┬─ front    chrome, title, publication stamp      (from the start)
//!               ├─ header   the inspection                         (the header line)
//!               ├─ closing  signature, contact, next steps         (from the end)
//!               ├─ body     issues, sections, overview, outcomes   (what is left)
//!               └─ checks   safety net, placeholders, overflow     (the whole text)
//! ```
//!
//! The stages share one [`Reader`]: the input, its lines, the range of lines still
//! unread, the findings and the report. Markup debris (`**bold**`, `<!--more-->`, front
//! matter) is read through a copy without the marks, whose spans are taken back to the
//! original; text in Traditional characters through a Simplified copy with the same byte
//! offsets. Every span points into the original text, and passages keep its words.

mod body;
mod checks;
mod closing;
mod front;
pub(crate) mod grammar;
mod header;
mod reader;
pub(crate) mod traditional;

pub(crate) use reader::{Notes, Reader};

use crate::lex::markup;
use crate::lex::markup::OffsetMap;
use crate::model::walk::spans_mut;
use crate::{Issue, ParseError, Passage, PassageKind, Report, Section, Span};

/// Reads a report.
pub(crate) fn parse(input: &str) -> Result<Report, ParseError> {
    let Some((clean, marks, map)) = markup::strip(input) else {
        return read_characters(input);
    };
    let mut report = read_characters(&clean)?;
    labels_as_written(input, &map, &mut report);
    spans_mut(&mut report, &mut |s| *s = map.span(*s));
    report.unrecognized.sort_by_key(|p| p.span.start);
    let passages: Vec<_> = report.unrecognized.iter().map(|p| p.span).collect();
    for m in marks {
        // a mark inside a passage is kept already, word for word, in the passage's text
        let k = passages.partition_point(|p| p.start <= m.start);
        if k > 0 && m.end <= passages[k - 1].end {
            continue;
        }
        report.unrecognized.push(Passage {
            kind: PassageKind::Chrome,
            text: String::new(),
            span: m,
        });
    }
    report.unrecognized.sort_by_key(|p| p.span.start);
    keep_words_as_written(input, &mut report);
    Ok(report)
}

/// Labels keep their characters as written (`߆、`, not the `6、` the copy read; the
/// number is read all the same), so that a label is the text its item's span starts with.
/// Run before the spans are taken back to the input.
fn labels_as_written(input: &str, map: &OffsetMap, r: &mut Report) {
    fn label(input: &str, map: &OffsetMap, span: Span, label: &mut String) {
        let at = map.span(Span::new(span.start, span.start + label.len()));
        // the copy changes characters one for one (digits of other scripts); a text of
        // another length is no label as written
        let written = input
            .get(at.range())
            .filter(|t| t != label && t.chars().count() == label.chars().count());
        if let Some(t) = written {
            *label = t.to_owned();
        }
    }
    fn issue(input: &str, map: &OffsetMap, i: &mut Issue) {
        label(input, map, i.span, &mut i.label);
        for m in &mut i.measures {
            label(input, map, m.span, &mut m.label);
        }
        for c in &mut i.children {
            issue(input, map, c);
        }
    }
    fn section(input: &str, map: &OffsetMap, s: &mut Section) {
        label(input, map, s.span, &mut s.label);
        for i in &mut s.issues {
            issue(input, map, i);
        }
        for c in &mut s.children {
            section(input, map, c);
        }
    }
    for i in &mut r.issues {
        issue(input, map, i);
    }
    for s in &mut r.sections {
        section(input, map, s);
    }
}

/// Reads a text in Simplified characters, or a Traditional one through its Simplified copy.
fn read_characters(text: &str) -> Result<Report, ParseError> {
    let Some((simple, changed)) = traditional::simplified_copy(text) else {
        return read(text);
    };
    let mut report = read(&simple)?;
    traditional::report(text, &simple, changed, &mut report);
    keep_words_as_written(text, &mut report);
    Ok(report)
}

/// Passages keep the words as written (the lead of the closing plan is read like the
/// fields: Simplified, without markup).
fn keep_words_as_written(input: &str, r: &mut Report) {
    for p in &mut r.unrecognized {
        p.text = input[p.span.range()].to_owned();
    }
}

/// The pipeline.
fn read(input: &str) -> Result<Report, ParseError> {
    let mut r = Reader::new(input)?;
    front::read(&mut r)?;
    header::read(&mut r);
    closing::read(&mut r);
    // a target that is the notice naming itself is named by the issuer, known only now
    header::name_self_reference(&mut r.report);
    body::read(&mut r);
    checks::read(&mut r);
    Ok(r.finish())
}
