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
        // in place: a span that starts inside the one kept before it widens that one
        spans.dedup_by(|next, kept| {
            let joins = next.start <= kept.end;
            if joins {
                kept.end = kept.end.max(next.end);
            }
            joins
        });
        spans
    }

    /// Pushes `s` onto `spans`, or widens the last one when `s` starts inside it or where
    /// it ends: a tree of nested spans visited parent first is gathered in few entries, and
    /// [`Span::merge`] of the result covers the same bytes.
    pub(crate) fn push_joined(spans: &mut Vec<Span>, s: Span) {
        match spans.last_mut() {
            Some(l) if l.start <= s.start && s.start <= l.end && !l.is_empty() => {
                l.end = l.end.max(s.end);
            }
            _ => spans.push(s),
        }
    }

    /// Whether `offset` lies inside the span.
    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The 1-based line and character column of the span's start in `source`.
    ///
    /// Columns count `char`s, not bytes; a `\r\n` ends one line. This walks `source`
    /// from its start: for many spans of one text, build a [`LineIndex`] once.
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

/// Line starts and character counts of one text, for turning many byte offsets into
/// lines, columns and character offsets without walking the text again each time.
///
/// Building it walks the text once; each lookup is a binary search plus a walk of at
/// most [`LineIndex::STRIDE`] bytes. Results are those of [`LineCol::of`]: lines end at
/// `\n` (so `\r\n` ends one line), columns count `char`s, and offsets are clamped to
/// the text and moved back to a `char` boundary.
///
/// # Examples
///
/// ```
/// use xunshi::{LineCol, LineIndex, Span};
/// let text = "第一行\r\n给予党纪处分5人";
/// let index = LineIndex::new(text);
/// let at = text.find("党纪").unwrap();
/// assert_eq!(index.line_col(at), LineCol { line: 2, column: 3 });
/// assert_eq!(index.line_col(at), LineCol::of(text, at));
/// // character offsets, for Python and JavaScript strings
/// assert_eq!(index.char_offset(at), 7);
/// assert_eq!(index.char_span(Span::new(at, at + 6)), 7..9);
/// assert_eq!(index.line(at), "给予党纪处分5人");
/// ```
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of each line's first byte.
    lines: Vec<usize>,
    /// Byte offsets on `char` boundaries about every [`LineIndex::STRIDE`] bytes, with
    /// the number of `char`s before each.
    marks: Vec<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    /// Bytes between two character marks: the most a lookup walks.
    pub const STRIDE: usize = 256;

    /// Indexes `text` in one pass.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut lines = vec![0];
        lines.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut marks = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let (mut at, mut chars) = (0, 0);
        while at < text.len() {
            marks.push((at, chars));
            let mut next = (at + Self::STRIDE).min(text.len());
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[at..next].chars().count();
            at = next;
        }
        marks.push((text.len(), chars));
        LineIndex { text, lines, marks }
    }

    /// The text indexed.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// `offset` clamped to the text and moved back to a `char` boundary.
    fn floor(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The number of `char`s before byte `offset` (a character offset, as Python and
    /// JavaScript index strings — JavaScript counts UTF-16 units, which differ only for
    /// characters outside the Basic Multilingual Plane).
    pub fn char_offset(&self, offset: usize) -> usize {
        let offset = self.floor(offset);
        let k = self.marks.partition_point(|m| m.0 <= offset) - 1;
        let (at, chars) = self.marks[k];
        chars + self.text[at..offset].chars().count()
    }

    /// A byte span as a range of character offsets.
    pub fn char_span(&self, span: Span) -> Range<usize> {
        self.char_offset(span.start)..self.char_offset(span.end)
    }

    /// The 1-based line and character column of byte `offset`.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.floor(offset);
        let line = self.lines.partition_point(|&s| s <= offset);
        let start = self.lines[line - 1];
        LineCol {
            line,
            column: 1 + self.char_offset(offset) - self.char_offset(start),
        }
    }

    /// The text of the line holding byte `offset`, without its line end (as [`line_at`]).
    pub fn line(&self, offset: usize) -> &'a str {
        &self.text[self.line_span(offset).range()]
    }

    /// Where the line holding byte `offset` stands, without its line end (`\n` or
    /// `\r\n`).
    pub fn line_span(&self, offset: usize) -> Span {
        let offset = self.floor(offset);
        let line = self.lines.partition_point(|&s| s <= offset);
        let start = self.lines[line - 1];
        let end = self.lines.get(line).map_or(self.text.len(), |&e| e - 1);
        let end = if self.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        Span::new(start, end)
    }

    /// The number of lines (a text without `\n` has one).
    pub fn lines(&self) -> usize {
        self.lines.len()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte offset (boundaries or not, and past the end) of texts with CRLF, lone
    /// CR, blank lines, wide characters, four-byte characters and runs longer than the
    /// index stride.
    #[test]
    fn line_index_agrees_with_line_col() {
        let long = "巡察".repeat(300);
        let texts = [
            String::new(),
            "\n".to_owned(),
            "a\r\nb\rc\n\n".to_owned(),
            "第一行\r\n给予党纪处分5人\n𠀀𠀁x\n".to_owned(),
            format!("{long}\n{long}x\r\n\n{long}"),
            "ab".repeat(700),
        ];
        for text in &texts {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.line_col(offset),
                    LineCol::of(text, offset),
                    "{offset} in {text:?}"
                );
                assert_eq!(index.line(offset), line_at(text, offset), "{offset}");
                let floor = (0..=offset.min(text.len()))
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap();
                assert_eq!(
                    index.char_offset(offset),
                    text[..floor].chars().count(),
                    "{offset}"
                );
            }
            assert_eq!(index.lines(), 1 + text.matches('\n').count());
        }
    }
}
