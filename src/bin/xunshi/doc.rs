//! One input file, read, parsed and validated.

use std::path::Path;

use xunshi::{Finding, ParseErrorKind, Report};

use crate::input::{self, Failure, Loaded};

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
                    ParseErrorKind::Empty => "empty",
                    ParseErrorKind::NotAReport => "not_a_report",
                    _ => "parse",
                };
                Err(Failure {
                    kind,
                    message: e.to_string(),
                })
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
}
