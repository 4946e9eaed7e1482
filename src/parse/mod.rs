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
//! unread, the findings and the report. Text in Traditional characters is read through a
//! Simplified copy with the same byte offsets.

mod body;
mod checks;
mod closing;
mod front;
pub(crate) mod grammar;
mod header;
mod reader;
mod traditional;

pub(crate) use reader::{Notes, Reader};

use crate::{ParseError, Report};

/// Reads a report.
pub(crate) fn parse(input: &str) -> Result<Report, ParseError> {
    match traditional::simplified_copy(input) {
        None => read(input),
        Some((simple, changed)) => {
            let mut report = read(&simple)?;
            traditional::restore(input, &simple, changed, &mut report);
            Ok(report)
        }
    }
}

/// The pipeline.
fn read(input: &str) -> Result<Report, ParseError> {
    let mut r = Reader::new(input)?;
    front::read(&mut r)?;
    header::read(&mut r);
    closing::read(&mut r);
    body::read(&mut r);
    checks::read(&mut r);
    Ok(r.finish())
}
