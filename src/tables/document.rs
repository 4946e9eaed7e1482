//! One input, read, decoded, parsed and validated.

use std::path::Path;

use super::rows::{DocRows, ReportRow, RowSink, rows, rows_into};
use crate::{Decoded, Finding, InputError, Report, ReportId};

/// A parsed report with its findings ([`Report::validate`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parsed {
    /// The report.
    pub report: Report,
    /// What [`Report::validate`] found.
    pub findings: Vec<Finding>,
}

impl Parsed {
    /// The report with its findings.
    pub fn new(report: Report) -> Parsed {
        let findings = report.validate();
        Parsed { report, findings }
    }
}

/// One input and what became of it: its id, its text and its report, or why there is
/// none. What the command-line tool and the tables are made from.
///
/// # Examples
///
/// ```
/// use xunshi::tables::Document;
/// let doc = Document::from_bytes("a.txt".into(), "天气晴".as_bytes().to_vec(), None);
/// assert_eq!(doc.failure().map(|e| e.kind().name()), Some("not_a_report"));
/// assert_eq!((doc.encoding, doc.text()), (Some("UTF-8"), "天气晴"));
/// let rows = doc.rows();
/// assert!(!rows.reports.ok && rows.penalties.is_empty());
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Document {
    /// The path as given or found under a directory.
    pub path: String,
    /// The id of its bytes, when they could be read.
    pub id: Option<ReportId>,
    /// The encoding, when decoding got that far.
    pub encoding: Option<&'static str>,
    /// The decoded text, when there is one.
    pub decoded: Option<Decoded>,
    /// The report and its findings, or why there is none.
    pub outcome: Result<Parsed, InputError>,
}

impl Document {
    /// Reads, decodes, parses and validates one file ([`read_file`](crate::read_file));
    /// its path in the tables is `path` as displayed.
    pub fn load(path: &Path) -> Document {
        let shown = path.display().to_string();
        match crate::read_file(path) {
            Ok(bytes) => Document::from_bytes(shown, bytes, Some(path)),
            Err(e) => Document::failed(shown, None, e),
        }
    }

    /// Decodes, parses and validates the bytes of one input; `hint` is the file name
    /// that tells an HTML page ([`decode`](crate::decode)).
    pub fn from_bytes(path: String, bytes: Vec<u8>, hint: Option<&Path>) -> Document {
        let id = Some(ReportId::of(&bytes));
        let decoded = match crate::decode(bytes, hint) {
            Ok(d) => d,
            Err(e) => return Document::failed(path, id, e),
        };
        let outcome = match Report::parse(&decoded.text) {
            Ok(report) => Ok(Parsed::new(report)),
            Err(e) => Err(InputError::from_parse(&e).with_encoding(decoded.encoding)),
        };
        Document {
            path,
            id,
            encoding: Some(decoded.encoding),
            decoded: Some(decoded),
            outcome,
        }
    }

    /// An input that gave no text: `id` when its bytes were read.
    pub fn failed(path: String, id: Option<ReportId>, e: InputError) -> Document {
        Document {
            path,
            id,
            encoding: e.encoding(),
            decoded: None,
            outcome: Err(e),
        }
    }

    /// Its rows in every table ([`rows`](super::rows)).
    pub fn rows(&self) -> DocRows<'_> {
        rows(self.id, &self.path, self.decoded.as_ref(), &self.outcome)
    }

    /// The same rows one at a time: each row of the other tables goes to `sink` as soon
    /// as it is made, and the `reports` row is returned ([`rows_into`](super::rows_into)).
    pub fn rows_into<'a, S: RowSink<'a>>(&'a self, sink: &mut S) -> ReportRow<'a> {
        let decoded = self.decoded.as_ref();
        rows_into(self.id, &self.path, decoded, &self.outcome, sink)
    }

    /// The text, or `""`.
    pub fn text(&self) -> &str {
        self.decoded.as_ref().map_or("", |d| d.text.as_str())
    }

    /// Whether the input is an HTML page.
    pub fn html(&self) -> bool {
        self.decoded.as_ref().is_some_and(|d| d.html)
    }

    /// Whether the input starts with a byte order mark.
    pub fn bom(&self) -> bool {
        self.decoded.as_ref().is_some_and(|d| d.bom)
    }

    /// Why the text is not a plain reading of the bytes, when it is not.
    pub fn note(&self) -> Option<&str> {
        self.decoded.as_ref().and_then(|d| d.note.as_deref())
    }

    /// Why there is no report.
    pub fn failure(&self) -> Option<&InputError> {
        self.outcome.as_ref().err()
    }
}
