//! `parse --format jsonl|json`: one record per file.

use serde::Serialize;
use xunshi::{Coverage, Finding, LineCol, Report};

use crate::doc::Doc;

/// What spans are counted in, written into every record.
pub const SPAN_UNITS: &str = "utf8_bytes";

/// One file in the JSON output.
#[derive(Serialize)]
pub struct Record<'a> {
    /// The report id, 1-based in path order (the same in every output format).
    pub id: usize,
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
    /// Why there is no report (`unreadable`, `binary`, `empty`, `not_a_report` …).
    pub error_kind: Option<&'a str>,
    /// The error message.
    pub error: Option<&'a str>,
    /// Spans are byte offsets into the decoded UTF-8 text.
    pub span_units: &'static str,
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
    findings
        .iter()
        .map(|f| {
            let at = f.spans.first().map(|s| LineCol::of(text, s.start));
            FindingOut {
                finding: f,
                line: at.map(|a| a.line),
                column: at.map(|a| a.column),
            }
        })
        .collect()
}

/// The record of one file.
pub fn record(id: usize, doc: &Doc, include_text: bool) -> Record<'_> {
    let loaded = doc.loaded.as_ref();
    let (report, findings_out, coverage, error) = match &doc.outcome {
        Ok(p) => (
            Some(&p.report),
            Some(findings(&p.findings, doc.text())),
            Some(p.report.coverage(doc.text())),
            None,
        ),
        Err(f) => (None, None, None, Some(f)),
    };
    Record {
        id,
        path: &doc.path,
        ok: report.is_some(),
        encoding: doc.encoding,
        bom: loaded.is_some_and(|l| l.bom),
        html: loaded.is_some_and(|l| l.html),
        error_kind: error.map(|f| f.kind),
        error: error.map(|f| f.message.as_str()),
        span_units: SPAN_UNITS,
        report,
        findings: findings_out,
        coverage,
        text: if include_text {
            loaded.map(|l| l.text.as_str())
        } else {
            None
        },
    }
}
