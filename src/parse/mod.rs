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
//! matter) is read through a copy in which the marks are blanked, and text in Traditional
//! characters through a Simplified copy: both keep the byte offsets, so every span still
//! points into the original text, and passages keep its words.

mod body;
mod checks;
mod closing;
mod front;
pub(crate) mod grammar;
mod header;
mod reader;
mod traditional;

pub(crate) use reader::{Notes, Reader};

use crate::lex::markup;
use crate::{ParseError, Report, Span};

/// Reads a report.
pub(crate) fn parse(input: &str) -> Result<Report, ParseError> {
    let marked = markup::blank(input);
    let (text, marks) = match &marked {
        Some((text, marks)) => (text.as_str(), marks.as_slice()),
        None => (input, &[][..]),
    };
    let (mut report, rewritten) = match traditional::simplified_copy(text) {
        None => (read(text, marks)?, marked.is_some()),
        Some((simple, changed)) => {
            let mut report = read(&simple, marks)?;
            traditional::report(text, &simple, changed, &mut report);
            (report, true)
        }
    };
    if rewritten {
        // passages keep the words as written
        for p in &mut report.unrecognized {
            p.text = input[p.span.range()].to_owned();
        }
    }
    Ok(report)
}

/// The pipeline.
fn read(input: &str, marks: &[Span]) -> Result<Report, ParseError> {
    let mut r = Reader::new(input, marks)?;
    front::read(&mut r)?;
    header::read(&mut r);
    closing::read(&mut r);
    body::read(&mut r);
    checks::read(&mut r);
    Ok(r.finish())
}
