//! The reader's state, shared by the stages: the input, its lines, which lines are still
//! unread, the findings so far and the report being built.

use std::ops::Range;

use super::grammar::labels::label_at;
use crate::lex::text::{self, Line};
use crate::{
    Code, Finding, ParseError, ParseErrorKind, Passage, PassageKind, Report, Severity, Span,
};

/// Findings noticed while parsing.
#[derive(Default)]
pub(crate) struct Notes(pub(crate) Vec<Finding>);

impl Notes {
    /// Records a finding.
    pub(crate) fn push(
        &mut self,
        severity: Severity,
        code: Code,
        message: String,
        spans: Vec<Span>,
    ) {
        self.0.push(Finding::new(severity, code, message, spans));
    }
}

/// The lines with each one cut where a heading label follows a sentence end or a tab
/// within it (`…予以公布。一、关于…`), so that a notice written on one line, or laid out
/// with tabs, has its parts on lines of their own.
fn split_before_labels(input: &str, lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let mut from = line.span.start;
        for at in boundaries(input, line.span) {
            // a boundary inside the layout skipped by the last cut (a run of tabs before
            // the label) is no boundary
            if at <= from {
                continue;
            }
            let rest = input[at..line.span.end].trim_start_matches(text::is_ws);
            if label_at(rest).is_some_and(|l| l.len < rest.len()) {
                out.push(Line::new(input, from, at));
                from = line.span.end - rest.len();
            }
        }
        out.push(Line::new(input, from, line.span.end));
    }
    out.retain(|l| !l.span.is_empty());
    out
}

/// The bytes right after each sentence end (`。！？!?`), `;`/`；` or tab inside `span`
/// (not at its end), found by a byte search: the UTF-8 forms of the full-width marks are
/// `E3 80 82` and `EF BC 81/9F/9B`.
fn boundaries(input: &str, span: Span) -> impl Iterator<Item = usize> + '_ {
    let b = &input.as_bytes()[span.range()];
    let wide = memchr::memchr3_iter(0xE3, 0xEF, b'\t', b).filter_map(move |i| {
        let end = match (b[i], b.get(i + 1), b.get(i + 2)) {
            (0xE3, Some(0x80), Some(0x82)) | (0xEF, Some(0xBC), Some(0x81 | 0x9F | 0x9B)) => i + 3,
            (b'\t', _, _) => i + 1,
            _ => return None,
        };
        Some(end)
    });
    // the two searches each give their ends in order; merged, the ends come in order
    // without a vector to sort
    let mut wide = wide.peekable();
    let mut narrow = memchr::memchr3_iter(b'!', b'?', b';', b)
        .map(|i| i + 1)
        .peekable();
    std::iter::from_fn(move || match (wide.peek(), narrow.peek()) {
        (Some(w), Some(n)) if n < w => narrow.next(),
        (Some(_), _) => wide.next(),
        (None, _) => narrow.next(),
    })
    .filter(move |&e| e < b.len())
    .map(move |e| span.start + e)
}

/// What the stages share.
pub(crate) struct Reader<'a> {
    /// The text being read.
    pub(crate) input: &'a str,
    /// Its non-empty lines, trimmed.
    pub(crate) lines: Vec<Line>,
    /// The lines no stage has read yet: the front and the header take from the start, the
    /// closing from the end; what is left is the body.
    pub(crate) body: Range<usize>,
    /// The line the header sentence stands on.
    pub(crate) header: Option<usize>,
    /// What was noticed so far.
    pub(crate) notes: Notes,
    /// The report being built.
    pub(crate) report: Report,
}

impl<'a> Reader<'a> {
    /// A reader over `input`; an empty input is an error.
    pub(crate) fn new(input: &'a str) -> Result<Reader<'a>, ParseError> {
        let lines = split_before_labels(input, text::lines(input));
        if lines.is_empty() {
            return Err(ParseError::new(ParseErrorKind::Empty, None, ""));
        }
        Ok(Reader {
            input,
            body: 0..lines.len(),
            lines,
            header: None,
            notes: Notes::default(),
            report: Report::default(),
        })
    }

    /// The text of line `k`.
    pub(crate) fn line(&self, k: usize) -> &'a str {
        self.lines[k].text(self.input)
    }

    /// The span of line `k`.
    pub(crate) fn span(&self, k: usize) -> Span {
        self.lines[k].span
    }

    /// The spans of the lines `range`.
    pub(crate) fn spans(&self, range: Range<usize>) -> Vec<Span> {
        self.lines[range].iter().map(|l| l.span).collect()
    }

    /// A passage of the input.
    pub(crate) fn passage(&self, kind: PassageKind, span: Span) -> Passage {
        Passage {
            kind,
            text: self.input[span.range()].to_owned(),
            span,
        }
    }

    /// Keeps `span` as an uninterpreted passage.
    pub(crate) fn keep(&mut self, kind: PassageKind, span: Span) {
        let p = self.passage(kind, span);
        self.report.unrecognized.push(p);
    }

    /// The report, with what was noticed.
    pub(crate) fn finish(mut self) -> Report {
        self.notes.0.shrink_to_fit();
        self.report.parse_findings = self.notes.0;
        self.report
    }
}
