//! `parse --format jsonl|json`: one record per file.

use std::io::{self, Write};

use serde::Serialize;
use xunshi::{Coverage, Finding, InputErrorKind, LineIndex, Report, ReportId};

use crate::compact;
use crate::doc::Doc;

/// What spans are counted in, written into every record.
pub const SPAN_UNITS: &str = "utf8_bytes";

/// One file in the JSON output.
#[derive(Serialize)]
pub struct Record<'a> {
    /// The report id: the first 16 hex digits of the SHA-256 of the file's bytes (`null`
    /// when they could not be read).
    pub report_id: Option<ReportId>,
    /// The path.
    pub path: &'a str,
    /// Whether a report was read.
    pub ok: bool,
    /// The encoding detected.
    pub encoding: Option<&'a str>,
    /// Whether the file starts with a byte order mark.
    pub bom: bool,
    /// Whether the visible text of an HTML page was parsed.
    pub html: bool,
    /// Why the text is not a plain reading of the bytes (a deep HTML page read flat).
    pub decode_note: Option<&'a str>,
    /// Why there is no report.
    pub error_kind: Option<InputErrorKind>,
    /// The error message.
    pub error: Option<&'a str>,
    /// Spans are byte offsets into the decoded UTF-8 text (left out with `--compact`,
    /// which has no spans).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span_units: Option<&'static str>,
    /// The report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<&'a Report>,
    /// What validation found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<FindingOut<'a>>>,
    /// How much of the text the report accounts for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<Coverage>,
    /// The decoded text, with `--include-text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
}

/// A finding with the line and column of its first span.
#[derive(Serialize)]
pub struct FindingOut<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    /// 1-based line of the first span.
    line: Option<usize>,
    /// 1-based column (in characters) of the first span.
    column: Option<usize>,
}

/// Findings with their positions.
pub fn findings<'a>(findings: &'a [Finding], text: &str) -> Vec<FindingOut<'a>> {
    let index = LineIndex::new(text);
    findings
        .iter()
        .map(|f| {
            let at = f.spans.first().map(|s| index.line_col(s.start));
            FindingOut {
                finding: f,
                line: at.map(|a| a.line),
                column: at.map(|a| a.column),
            }
        })
        .collect()
}

/// The record of one file; without `span_units` when `compact`.
pub fn record(doc: &Doc, include_text: bool, compact: bool) -> Record<'_> {
    let parsed = doc.outcome.as_ref().ok();
    let failure = doc.failure();
    Record {
        report_id: doc.id,
        path: &doc.path,
        ok: parsed.is_some(),
        encoding: doc.encoding,
        bom: doc.bom(),
        html: doc.html(),
        decode_note: doc.note(),
        error_kind: failure.map(|f| f.kind()),
        error: failure.map(|f| f.message()),
        span_units: (!compact).then_some(SPAN_UNITS),
        report: parsed.map(|p| &p.report),
        findings: parsed.map(|p| findings(&p.findings, doc.text())),
        coverage: parsed.map(|p| p.report.coverage(doc.text())),
        text: include_text
            .then(|| doc.decoded.as_ref().map(|d| d.text.as_str()))
            .flatten(),
    }
}

/// How records are written: as JSON lines or as the items of one array, with or without
/// spans.
#[derive(Clone, Copy)]
pub struct Style {
    /// One JSON array (items pretty-printed) instead of JSON lines.
    pub array: bool,
    /// Without span fields (`--compact`).
    pub compact: bool,
    /// With the decoded text (`--include-text`).
    pub include_text: bool,
}

/// A record as a worker hands it over: its JSON, or the document itself when the text is
/// long, for the thread that keeps the order to write straight to the output.
pub enum Encoded {
    /// The record's JSON: a line ending in `\n`, or one array item without its separator.
    Json(Vec<u8>),
    /// A document of at least [`STREAM_BYTES`] of text, whose JSON (about three times the
    /// text) is never held whole: it is written as it is made.
    Doc(Box<Doc>),
}

/// The text length from which a record is written straight to the output instead of
/// being made in a worker (1 MiB: past the longest real notices, so only unusual inputs
/// are written by the thread that keeps the order).
pub const STREAM_BYTES: usize = 1 << 20;

/// The record of one file, for [`Writer::write`]: made here, in a worker thread, so only
/// the writing is left to the thread that keeps the order, unless the text is long.
pub fn encode(doc: Doc, style: Style) -> io::Result<Encoded> {
    if doc.text().len() >= STREAM_BYTES {
        return Ok(Encoded::Doc(Box::new(doc)));
    }
    let mut buf = Vec::with_capacity(8 * 1024);
    encode_into(&mut buf, &doc, style)?;
    Ok(Encoded::Json(buf))
}

/// Writes the JSON of one file's record to `out`.
fn encode_into(out: &mut impl Write, doc: &Doc, style: Style) -> io::Result<()> {
    let rec = record(doc, style.include_text, style.compact);
    if style.compact {
        compact::write(&mut *out, &rec, style.array)?;
    } else if style.array {
        serde_json::to_writer_pretty(&mut *out, &rec)?;
    } else {
        serde_json::to_writer(&mut *out, &rec)?;
    }
    if !style.array {
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Writes encoded records one after another: as lines, or as the items of one JSON array.
pub struct Writer {
    style: Style,
    array: bool,
    written: usize,
}

impl Writer {
    /// A writer of records in `style`: JSON lines, or one array.
    pub fn new(style: Style) -> Writer {
        Writer {
            style,
            array: style.array,
            written: 0,
        }
    }

    /// Writes one record made by [`encode`].
    pub fn write(&mut self, out: &mut impl Write, encoded: &Encoded) -> io::Result<()> {
        if self.array {
            out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        match encoded {
            Encoded::Json(json) => out.write_all(json)?,
            Encoded::Doc(doc) => encode_into(out, doc, self.style)?,
        }
        self.written += 1;
        Ok(())
    }

    /// Closes the array.
    pub fn finish(self, out: &mut impl Write) -> io::Result<()> {
        if self.array {
            out.write_all(if self.written == 0 { b"[" } else { b"\n" })?;
            out.write_all(b"]\n")?;
        }
        Ok(())
    }
}
