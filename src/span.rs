//! Byte spans into the original input, and their line/column view.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// A byte range `start..end` into the **original** input text.
///
/// Every extracted value carries one, so `&input[span.range()]` is always the literal text
/// the value was read from. Spans always lie on `char` boundaries.
///
/// # Examples
///
/// ```
/// use xunshi::Span;
/// let text = "根据省委统一部署";
/// let span = Span::new(6, 12);
/// assert_eq!(span.slice(text), Some("省委"));
/// assert_eq!(span.line_col(text).to_string(), "1:3");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The range `start..end`, for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text under the span, or `None` when it does not fit `source`.
    pub fn slice(self, source: &str) -> Option<&str> {
        source.get(self.range())
    }

    /// The span moved `by` bytes later (a span within a line made a span of the input).
    pub const fn shifted(self, by: usize) -> Span {
        Span::new(self.start.saturating_add(by), self.end.saturating_add(by))
    }

    /// The spans sorted and merged where they touch or overlap; empty spans dropped.
    ///
    /// ```
    /// use xunshi::Span;
    /// let merged = Span::merge(vec![Span::new(5, 9), Span::new(0, 3), Span::new(3, 4), Span::new(7, 7)]);
    /// assert_eq!(merged, [Span::new(0, 4), Span::new(5, 9)]);
    /// ```
    pub fn merge(mut spans: Vec<Span>) -> Vec<Span> {
        spans.retain(|s| !s.is_empty());
        spans.sort_unstable();
        let mut out: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match out.last_mut() {
                Some(l) if s.start <= l.end => l.end = l.end.max(s.end),
                _ => out.push(s),
            }
        }
        out
    }

    /// Whether `offset` lies inside the span.
    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The 1-based line and character column of the span's start in `source`.
    ///
    /// Columns count `char`s, not bytes; a `\r\n` ends one line.
    pub fn line_col(self, source: &str) -> LineCol {
        LineCol::of(source, self.start)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A 1-based line and character column, for people (and for Python or JavaScript users
/// whose strings are not indexed by UTF-8 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in `char`s.
    pub column: usize,
}

impl LineCol {
    /// The line and column of byte `offset` in `source` (clamped to the text and moved back
    /// to a `char` boundary).
    pub fn of(source: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = 1 + memchr::memchr_iter(b'\n', before.as_bytes()).count();
        LineCol {
            line,
            column: 1 + before[line_start..].chars().count(),
        }
    }
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The text of the line holding byte `offset`, without its line end.
pub fn line_at(source: &str, offset: usize) -> &str {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    source[start..end].trim_end_matches('\r')
}
