//! One input file, read, decoded, parsed and validated.

use std::path::Path;

use xunshi::{Decoded, Finding, InputError, InputErrorKind, Report, ReportId};

/// A file and what became of it.
pub struct Doc {
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
        let shown = path.display().to_string();
        if path.as_os_str() == crate::files::STDIN {
            return match read_stdin() {
                Ok(bytes) => Doc::from_bytes(shown, bytes, None),
                Err(e) => Doc::failed(shown, None, e),
            };
        }
        match xunshi::read_file(path) {
            Ok(bytes) => Doc::from_bytes(shown, bytes, Some(path)),
            Err(e) => Doc::failed(shown, None, e),
        }
    }

    /// Decodes, parses and validates the bytes of one input.
    pub fn from_bytes(path: String, bytes: Vec<u8>, hint: Option<&Path>) -> Doc {
        let id = Some(ReportId::of(&bytes));
        let decoded = match xunshi::decode(bytes, hint) {
            Ok(d) => d,
            Err(e) => return Doc::failed(path, id, e),
        };
        let outcome = match Report::parse(&decoded.text) {
            Ok(report) => {
                let findings = report.validate();
                Ok(Parsed { report, findings })
            }
            Err(e) => Err(InputError::from_parse(&e).with_encoding(decoded.encoding)),
        };
        Doc {
            path,
            id,
            encoding: Some(decoded.encoding),
            decoded: Some(decoded),
            outcome,
        }
    }

    fn failed(path: String, id: Option<ReportId>, e: InputError) -> Doc {
        Doc {
            path,
            id,
            encoding: e.encoding(),
            decoded: None,
            outcome: Err(e),
        }
    }

    /// The text, or `""`.
    pub fn text(&self) -> &str {
        self.decoded.as_ref().map_or("", |d| d.text.as_str())
    }

    /// Whether the file is an HTML page.
    pub fn html(&self) -> bool {
        self.decoded.as_ref().is_some_and(|d| d.html)
    }

    /// Whether the file starts with a byte order mark.
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

/// Standard input, at most [`xunshi::MAX_BYTES`] of it.
fn read_stdin() -> Result<Vec<u8>, InputError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let limit = xunshi::MAX_BYTES;
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            InputError::new(
                InputErrorKind::Unreadable,
                format!("cannot read standard input: {e}"),
            )
        })?;
    if bytes.len() as u64 > limit {
        let message =
            format!("standard input is longer than the {limit} byte limit for one report");
        return Err(InputError::new(InputErrorKind::TooLarge, message));
    }
    Ok(bytes)
}
