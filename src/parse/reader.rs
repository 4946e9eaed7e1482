//! The reader's state, shared by the stages: the input, its lines, which lines are still
//! unread, the findings so far and the report being built.

use std::ops::Range;

use super::grammar::labels::label_at;
use crate::lex::text::{self, Line, is_sentence_end};
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
        let text = line.text(input);
        let mut from = 0;
        for (i, c) in text.char_indices() {
            let at = i + c.len_utf8();
            let boundary = is_sentence_end(c) || matches!(c, '\t' | ';' | '\u{ff1b}');
            if !boundary || at >= text.len() {
                continue;
            }
            let rest = text[at..].trim_start_matches(text::is_ws);
            if label_at(rest).is_some_and(|l| l.len < rest.len()) {
                let next = at + (text[at..].len() - rest.len());
                out.push(Line::new(
                    input,
                    line.span.start + from,
                    line.span.start + at,
                ));
                from = next;
            }
        }
        out.push(Line::new(input, line.span.start + from, line.span.end));
    }
    out.retain(|l| !l.span.is_empty());
    out
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
