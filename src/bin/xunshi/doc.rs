//! One input file, read, parsed and validated.

use std::path::Path;

use serde::Serialize;
use xunshi::{Finding, ParseErrorKind, Report};

use crate::input::{self, Loaded};

/// Why a file yields no report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FailureKind {
    /// The file could not be read (missing, permission denied …).
    Unreadable,
    /// Over the size limit for one report.
    TooLarge,
    /// Binary data, not text.
    Binary,
    /// A byte order mark that the bytes after it do not honour.
    Encoding,
    /// No bytes, only whitespace, or a page without visible text.
    Empty,
    /// Text, but not a rectification notice.
    NotAReport,
}

impl FailureKind {
    /// The name in JSON, CSV and on stderr (`not_a_report`).
    pub const fn name(self) -> &'static str {
        match self {
            FailureKind::Unreadable => "unreadable",
            FailureKind::TooLarge => "too_large",
            FailureKind::Binary => "binary",
            FailureKind::Encoding => "encoding",
            FailureKind::Empty => "empty",
            FailureKind::NotAReport => "not_a_report",
        }
    }
}

impl Serialize for FailureKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Why a file yields no report, for people and machines.
#[derive(Clone, Debug)]
pub struct Failure {
    /// What went wrong.
    pub kind: FailureKind,
    /// A sentence for people.
    pub message: String,
}

impl Failure {
    /// A failure of `kind`.
    pub fn new(kind: FailureKind, message: impl Into<String>) -> Failure {
        Failure {
            kind,
            message: message.into(),
        }
    }
}

/// A file and what became of it.
pub struct Doc {
    /// The path as given or found under a directory.
    pub path: String,
    /// The encoding, when decoding got that far.
    pub encoding: Option<&'static str>,
    /// The decoded text, when there is one.
    pub loaded: Option<Loaded>,
    /// The report and its findings, or why there is none.
    pub outcome: Result<Parsed, Failure>,
}

/// A parsed report with its findings.
pub struct Parsed {
    /// The report.
    pub report: Report,
    /// What [`Report::validate`] found.
    pub findings: Vec<Finding>,
}

impl Doc {
    /// Reads, decodes, parses and validates one file.
    pub fn load(path: &Path) -> Doc {
        let read = input::read(path);
        let path = path.display().to_string();
        let loaded = match read.result {
            Ok(l) => l,
            Err(f) => {
                return Doc {
                    path,
                    encoding: read.encoding,
                    loaded: None,
                    outcome: Err(f),
                };
            }
        };
        let outcome = match Report::parse(&loaded.text) {
            Ok(report) => {
                let findings = report.validate();
                Ok(Parsed { report, findings })
            }
            Err(e) => {
                let kind = match e.kind() {
                    ParseErrorKind::Empty => FailureKind::Empty,
                    _ => FailureKind::NotAReport,
                };
                Err(Failure::new(kind, e.to_string()))
            }
        };
        Doc {
            path,
            encoding: read.encoding,
            loaded: Some(loaded),
            outcome,
        }
    }

    /// The text, or `""`.
    pub fn text(&self) -> &str {
        self.loaded.as_ref().map_or("", |l| l.text.as_str())
    }

    /// Whether the file is an HTML page.
    pub fn html(&self) -> bool {
        self.loaded.as_ref().is_some_and(|l| l.html)
    }

    /// Whether the file starts with a byte order mark.
    pub fn bom(&self) -> bool {
        self.loaded.as_ref().is_some_and(|l| l.bom)
    }

    /// Why there is no report.
    pub fn failure(&self) -> Option<&Failure> {
        self.outcome.as_ref().err()
    }
}
