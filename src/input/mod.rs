//! Inputs as people have them (feature `decode`): files, byte encodings, HTML pages.
//!
//! [`read_file`] reads one regular file, [`decode()`](crate::decode) turns bytes into
//! text, [`Report::parse_bytes`](crate::Report::parse_bytes) does both steps after
//! reading, and [`ReportId`](crate::ReportId) names an input by its bytes. Every way an
//! input can fail has an [`InputErrorKind`], whose names are the `error_kind` of the
//! command-line tool's records and tables.

mod decode;
mod file;
mod html;
mod id;

pub use decode::{Decoded, UTF_8_LOSSY, decode};
pub use file::{MAX_BYTES, read_file};
pub use id::ReportId;

use std::fmt;

/// Why an input yields no report.
///
/// # Examples
///
/// ```
/// use xunshi::InputErrorKind;
/// assert_eq!(InputErrorKind::NotAReport.name(), "not_a_report");
/// assert_eq!(InputErrorKind::ALL.len(), 7);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// The file could not be read (missing, permission denied, a dangling link …).
    Unreadable,
    /// Not a regular file: a FIFO, a socket, a device or a link to a directory.
    NotAFile,
    /// Over [`MAX_BYTES`].
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

impl InputErrorKind {
    /// Every kind, in the order of the declaration.
    pub const ALL: [InputErrorKind; 7] = [
        InputErrorKind::Unreadable,
        InputErrorKind::NotAFile,
        InputErrorKind::TooLarge,
        InputErrorKind::Binary,
        InputErrorKind::Encoding,
        InputErrorKind::Empty,
        InputErrorKind::NotAReport,
    ];

    /// The name in JSON, CSV and on stderr (`not_a_report`).
    pub const fn name(self) -> &'static str {
        match self {
            InputErrorKind::Unreadable => "unreadable",
            InputErrorKind::NotAFile => "not_a_file",
            InputErrorKind::TooLarge => "too_large",
            InputErrorKind::Binary => "binary",
            InputErrorKind::Encoding => "encoding",
            InputErrorKind::Empty => "empty",
            InputErrorKind::NotAReport => "not_a_report",
        }
    }
}

impl fmt::Display for InputErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for InputErrorKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Why an input yields no report: its kind, a sentence for people, and the encoding when
/// decoding got that far.
#[derive(Clone, PartialEq, Eq)]
pub struct InputError {
    kind: InputErrorKind,
    message: String,
    encoding: Option<&'static str>,
}

impl InputError {
    /// An error of `kind`.
    pub fn new(kind: InputErrorKind, message: impl Into<String>) -> InputError {
        InputError {
            kind,
            message: message.into(),
            encoding: None,
        }
    }

    /// The same error, saying which encoding the bytes were read in.
    pub fn with_encoding(mut self, encoding: &'static str) -> InputError {
        self.encoding = Some(encoding);
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> InputErrorKind {
        self.kind
    }

    /// The sentence for people (the `Display` form).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The encoding the bytes were read in, when decoding got that far (a file of only
    /// whitespace was still UTF-8).
    pub fn encoding(&self) -> Option<&'static str> {
        self.encoding
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for InputError {}
