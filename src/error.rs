//! Error types: syntax errors (`ParseError`) and model violations (`ValidationError`).

use std::fmt;

use crate::{Finding, Span};

/// A `Result` whose error is [`ParseError`].
pub type Result<T, E = ParseError> = std::result::Result<T, E>;

/// Why a text could not be read as a report.
///
/// Its `Display` names the place in domain words and quotes the text; `Debug` prints the
/// same message.
///
/// # Examples
///
/// ```
/// use xunshi::{ParseErrorKind, Report};
/// let err = Report::parse("  \n ").unwrap_err();
/// assert_eq!(err.kind(), &ParseErrorKind::Empty);
/// assert_eq!(
///     err.to_string(),
///     "empty input: expected the text of a 巡视 or 巡察 rectification notice (整改情况通报)"
/// );
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ParseError(Box<Inner>);

#[derive(Clone, PartialEq, Eq)]
struct Inner {
    kind: ParseErrorKind,
    span: Option<Span>,
    quote: String,
}

/// The kind of a [`ParseError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input is empty or holds only whitespace.
    Empty,
    /// The input is text, but not a rectification notice: no header sentence
    /// (`根据…统一部署…巡视/巡察`), no title and no inspection team were found.
    NotAReport,
    /// [`crate::Report::parse_strict`] found error findings.
    Invalid(Vec<Finding>),
}

impl ParseError {
    pub(crate) fn new(kind: ParseErrorKind, span: Option<Span>, quote: &str) -> ParseError {
        let quote: String = quote.chars().take(40).collect();
        ParseError(Box::new(Inner { kind, span, quote }))
    }

    /// The kind of error.
    pub fn kind(&self) -> &ParseErrorKind {
        &self.0.kind
    }

    /// Where in the input the error was noticed, when it concerns one place.
    pub fn span(&self) -> Option<Span> {
        self.0.span
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.kind {
            ParseErrorKind::Empty => f.write_str(
                "empty input: expected the text of a 巡视 or 巡察 rectification notice (整改情况通报)",
            ),
            ParseErrorKind::NotAReport => write!(
                f,
                "not a rectification notice: expected a header such as “根据…统一部署,…巡察组对…开展了巡察” \
                 or a title naming 巡视/巡察整改, found “{}”",
                self.0.quote
            ),
            ParseErrorKind::Invalid(findings) => {
                write!(f, "the report does not add up: {} error finding", findings.len())?;
                if findings.len() != 1 {
                    f.write_str("s")?;
                }
                if let Some(first) = findings.first() {
                    write!(f, ", first: {}", first.message)?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for ParseError {}

/// A value built in code that breaks the model's rules.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ValidationError {
    /// A breakdown that does not sum to its total.
    #[error("{what} breakdown sums to {} but the total is {total}", sum.map_or_else(|| "more than u64::MAX".to_owned(), |s| s.to_string()))]
    BreakdownSum {
        /// What the tally counts.
        what: String,
        /// The sum of the parts, `None` past `u64::MAX`.
        sum: Option<u64>,
        /// The stated total.
        total: u64,
    },
    /// A sanction listed under a category it does not belong to.
    #[error("{sanction} is not a kind of {category}")]
    SanctionCategory {
        /// The sanction's label.
        sanction: String,
        /// The category's label.
        category: String,
    },
}

/// A date that cannot be.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// A day or month out of range (2月30日, 13月).
    #[error("impossible date: year {year}, month {month}{}", day.map(|d| format!(", day {d}")).unwrap_or_default())]
    Impossible {
        /// The year.
        year: u16,
        /// The month.
        month: u8,
        /// The day.
        day: Option<u8>,
    },
    /// Not an ISO date string.
    #[error("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found “{0}”")]
    Syntax(String),
    /// A year that cannot be written with four digits (0, 10000 …).
    #[error("impossible date: year {0} is not between 1 and 9999")]
    Year(u16),
}

/// A string that is not the figure it should be (for [`Money`](crate::Money) and
/// [`Quantity`](crate::Quantity) `FromStr`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected {what} such as “{example}”, found “{found}”")]
pub struct FigureError {
    what: &'static str,
    example: &'static str,
    found: String,
}

impl FigureError {
    pub(crate) fn new(what: &'static str, example: &'static str, found: &str) -> FigureError {
        FigureError {
            what,
            example,
            found: found.chars().take(40).collect(),
        }
    }
}
