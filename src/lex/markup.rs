//! Markup debris of saved pages (网页残留标记): markdown from site generators and crawlers
//! (a `---` front-matter block, `**bold**`, `# headings`, `[text](url)` links,
//! `<!--more-->` markers spliced into sentences), widget dumps (`【类型:…|标号:…】`) and
//! invisible format characters (ZWJ, RLM …) that a copy left inside words.
//!
//! The parser reads through it: [`strip`] gives a copy of the text without the marks and
//! the marks' spans, which the report keeps as page chrome; an [`OffsetMap`] takes every
//! span read in the copy back to the original text, so values hold the words without the
//! marks and `&input[span]` is still the literal source.

use memchr::memmem;

use crate::Span;
use crate::lex::text::is_ws;

/// The longest mark read (a link's URL, a comment, a widget).
const MAX_MARK: usize = 600;

/// How far into the text a front-matter block may close.
const FRONT_MATTER_LINES: usize = 40;

/// At most `n` bytes of `s` from `i`, ending on a character boundary.
fn window(s: &str, i: usize, n: usize) -> &str {
    let mut end = (i + n).min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[i..end]
}

/// The text without its marks, the marks' spans in the original, and the map from
/// offsets in the copy to offsets in the original; `None` when it has no marks.
pub(crate) fn strip(input: &str) -> Option<(String, Vec<Span>, OffsetMap)> {
    let digits = has_other_digits(input);
    if !digits && !might_have_marks(input.as_bytes()) {
        return None;
    }
    let mut marks = Vec::new();
    // where a link's closing mark starts: a link's two marks stay two, even with no text
    let mut closes = Vec::new();
    front_matter(input, &mut marks);
    let b = input.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let found = match b[i] {
            b'*' if b.get(i + 1) == Some(&b'*') => Some(Span::new(i, i + 2)),
            b'<' => comment(input, i),
            b'[' | b'!' => link(input, i, &mut marks).inspect(|s| closes.push(s.start)),
            b'#' if line_start(input, i) => heading_marks(b, i),
            0xE3 if input[i..].starts_with('【') => widget(input, i),
            0xC2 | 0xE2 => invisible(b, i),
            _ => None,
        };
        match found {
            Some(s) => {
                marks.push(s);
                i = s.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    marks = split_at(Span::merge(marks), &closes);
    let swaps = if digits {
        other_digits(input, &marks)
    } else {
        Vec::new()
    };
    if marks.is_empty() && swaps.is_empty() {
        return None;
    }
    let (out, map) = rewrite(input, &marks, &swaps);
    Some((out, marks, map))
}

/// `spans` (sorted, disjoint) cut at each of the sorted offsets `at` strictly inside one.
fn split_at(spans: Vec<Span>, at: &[usize]) -> Vec<Span> {
    if at.is_empty() {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + at.len());
    let mut cuts = at.iter().copied().peekable();
    for mut s in spans {
        while let Some(c) = cuts.next_if(|c| *c < s.end) {
            if c > s.start {
                out.push(Span::new(s.start, c));
                s.start = c;
            }
        }
        out.push(s);
    }
    out
}

/// The text with `marks` taken out and each `swaps` span written as its replacement.
fn rewrite(input: &str, marks: &[Span], swaps: &[(Span, String)]) -> (String, OffsetMap) {
    let mut edits: Vec<(Span, &str)> = marks.iter().map(|m| (*m, "")).collect();
    edits.extend(swaps.iter().map(|(s, r)| (*s, r.as_str())));
    edits.sort_by_key(|e| e.0.start);
    let mut out = String::with_capacity(input.len());
    let mut map = Vec::with_capacity(edits.len());
    let mut from = 0;
    for (span, with) in edits {
        out.push_str(&input[from..span.start]);
        map.push(Edit {
            copy: Span::new(out.len(), out.len() + with.len()),
            orig: span,
        });
        out.push_str(with);
        from = span.end;
    }
    out.push_str(&input[from..]);
    (out, OffsetMap { edits: map })
}

/// Whether the text holds digits of other scripts (`٣`, `۳`, `३`, `𝟑`) or circled numbers:
/// a byte scan for their UTF-8 forms, so that plain texts are not decoded.
fn has_other_digits(input: &str) -> bool {
    let b = input.as_bytes();
    let at = |i: usize| {
        (
            b.get(i + 1).copied(),
            b.get(i + 2).copied(),
            b.get(i + 3).copied(),
        )
    };
    let two = memchr::memchr3_iter(0xD9, 0xDB, 0xDF, b).any(|i| {
        matches!(
            (b[i], at(i).0),
            (0xD9, Some(0xA0..=0xA9)) | (0xDB, Some(0xB0..=0xB9)) | (0xDF, Some(0x80..=0x89))
        )
    });
    // circled digits (`E2 91 A0..B3`) are found by their first two bytes: a search for
    // the lead byte `E2` alone would stop at every quotation mark and dash
    static CIRCLED: std::sync::LazyLock<memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memmem::Finder::new(b"\xE2\x91"));
    two || memchr::memchr2_iter(0xE0, 0xF0, b).any(|i| {
        matches!(
            (b[i], at(i)),
            (
                0xE0,
                (Some(0xA5 | 0xA7 | 0xA9 | 0xAB), Some(0xA6..=0xAF), _)
            ) | (0xE0, (Some(0xB9), Some(0x90..=0x99), _))
                | (0xF0, (Some(0x9D), Some(0x9F), Some(0x8E..=0xBF)))
        )
    }) || CIRCLED
        .find_iter(b)
        .any(|i| matches!(at(i).1, Some(0xA0..=0xB3)))
}

/// The value of a decimal digit of another script.
fn digit_value(c: char) -> Option<u32> {
    let v = c as u32;
    let base = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0E50,
    ]
    .into_iter()
    .find(|b| (*b..*b + 10).contains(&v));
    match base {
        Some(b) => Some(v - b),
        None if (0x1D7CE..=0x1D7FF).contains(&v) => Some((v - 0x1D7CE) % 10),
        None => None,
    }
}

/// The value of a circled number ①–⑳.
fn circled(c: char) -> Option<u32> {
    let v = c as u32;
    (0x2460..=0x2473).contains(&v).then(|| v - 0x2460 + 1)
}

/// The spans of other-script digits, and of circled numbers before a classifier
/// (`③人`; a circled number heading an item stays a label), with their ASCII digits; none
/// inside a mark.
fn other_digits(input: &str, marks: &[Span]) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for (i, c) in input.char_indices() {
        let span = Span::new(i, i + c.len_utf8());
        let before_classifier = || crate::vocab::figures::classifier(&input[span.end..]).is_some();
        let value = digit_value(c).or_else(|| circled(c).filter(|_| before_classifier()));
        if let Some(v) = value.filter(|_| !marks.iter().any(|m| m.contains(i))) {
            out.push((span, v.to_string()));
        }
    }
    out
}

/// One change between the original text and the copy: a mark taken out (`copy` empty)
/// or a character written another way (`٣` as `3`).
#[derive(Clone, Copy, Debug)]
struct Edit {
    copy: Span,
    orig: Span,
}

/// Where the copy differs from the original: offsets in the copy back to the original.
pub(crate) struct OffsetMap {
    /// The edits, in order.
    edits: Vec<Edit>,
}

impl OffsetMap {
    /// The original offset of copy offset `x`, for a span's start (after marks taken out
    /// at `x`, at the start of a character rewritten around `x`) or its end (before marks
    /// taken out at `x`, at the end of a character rewritten before `x`).
    fn offset(&self, x: usize, start: bool) -> usize {
        let n = self
            .edits
            .partition_point(|e| e.copy.start < x || (start && e.copy.start == x));
        let Some(e) = n.checked_sub(1).map(|k| self.edits[k]) else {
            return x;
        };
        if x < e.copy.end {
            // inside a rewritten character
            return if start { e.orig.start } else { e.orig.end };
        }
        x - e.copy.end + e.orig.end
    }

    /// A span of the copy as a span of the original: it starts after the marks before it
    /// and ends before the marks after it, holding those inside it.
    pub(crate) fn span(&self, s: Span) -> Span {
        let start = self.offset(s.start, true);
        let end = if s.is_empty() {
            start
        } else {
            self.offset(s.end, false)
        };
        Span::new(start, end.max(start))
    }
}

/// Whether any mark may be present: a cheap check that keeps plain texts copy-free.
fn might_have_marks(b: &[u8]) -> bool {
    // the ASCII marks are rare in these notices, so one search finds them all; the
    // widget test looks for the rare bar before the common `【`
    memchr::memchr3_iter(b'*', b'<', b']', b).any(|i| {
        let rest = &b[i + 1..];
        match b[i] {
            b'*' => rest.starts_with(b"*"),
            b'<' => rest.starts_with(b"!--"),
            _ => rest.starts_with(b"(") || rest.starts_with("（".as_bytes()),
        }
    }) || memchr::memchr(b'#', b).is_some()
        || ((memchr::memchr(b'|', b).is_some() || memmem::find(b, "｜".as_bytes()).is_some())
            && memmem::find(b, "【".as_bytes()).is_some())
        || first_line(b) == b"---"
        || memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| invisible(b, i).is_some())
}

/// An invisible format character at `i` (ZWNJ, ZWJ, LRM, RLM, bidi embeddings and
/// isolates, word joiners, the soft hyphen): its span. Zero-width spaces and the BOM are
/// whitespace, not marks.
fn invisible(b: &[u8], i: usize) -> Option<Span> {
    let len = match (b[i], b.get(i + 1), b.get(i + 2)) {
        (0xC2, Some(0xAD), _) => 2,
        (0xE2, Some(0x80), Some(0x8C..=0x8F | 0xAA..=0xAE)) => 3,
        (0xE2, Some(0x81), Some(0xA0..=0xA4 | 0xA6..=0xA9)) => 3,
        _ => return None,
    };
    Some(Span::new(i, i + len))
}

/// The first non-blank line, trimmed.
fn first_line(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |e| start + e);
    b[start..end].trim_ascii()
}

/// Whether only layout whitespace stands between the line's start and byte `i`.
fn line_start(input: &str, i: usize) -> bool {
    let line = input[..i].rsplit('\n').next().unwrap_or("");
    line.chars().all(is_ws)
}

/// A `---` block at the very start: the `---` lines, the `key:` of every line and the
/// quotes around values are marks; the values stay, for the title and date.
fn front_matter(input: &str, marks: &mut Vec<Span>) {
    if first_line(input.as_bytes()) != b"---" {
        return;
    }
    let mut lines = line_spans(input).filter(|s| !input[s.range()].trim().is_empty());
    let Some(open) = lines.next() else { return };
    let mut inner = Vec::new();
    for line in lines.take(FRONT_MATTER_LINES) {
        if input[line.range()].trim() == "---" {
            marks.push(open);
            marks.push(line);
            marks.extend(inner.iter().flat_map(|l| key_marks(input, *l)));
            return;
        }
        inner.push(line);
    }
}

/// The spans of the lines of `input`, without their line ends.
fn line_spans(input: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    input.split_inclusive('\n').map(move |l| {
        let s = Span::new(start, start + l.trim_end_matches(['\n', '\r']).len());
        start += l.len();
        s
    })
}

/// In a front-matter line `key: "value"`: the key with its colon, and the quotes; a line
/// with no key (a list item, a value on its own line) stays text.
fn key_marks(input: &str, line: Span) -> Vec<Span> {
    let text = &input[line.range()];
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let key = rest
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
        .count();
    let keyed = rest.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && rest.as_bytes().get(key) == Some(&b':');
    if !keyed {
        return Vec::new();
    }
    let mut out = vec![Span::new(line.start + lead, line.start + lead + key + 1)];
    let value = rest[key + 1..].trim();
    let quoted = value.len() >= 2
        && (value.starts_with('"') && value.ends_with('"')
            || value.starts_with('\'') && value.ends_with('\''));
    if quoted {
        let at = line.start + lead + key + 1 + rest[key + 1..].find(value).unwrap_or(0);
        out.push(Span::new(at, at + 1));
        out.push(Span::new(at + value.len() - 1, at + value.len()));
    }
    out
}

/// `<!-- … -->` on one line.
fn comment(input: &str, i: usize) -> Option<Span> {
    let rest = input.get(i..)?;
    if !rest.starts_with("<!--") {
        return None;
    }
    let end = memmem::find(window(input, i, MAX_MARK).as_bytes(), b"-->")?;
    let body = &rest[..end];
    (!body.contains('\n')).then(|| Span::new(i, i + end + 3))
}

/// `[text](url)` or `![alt](url)`: the brackets and the URL are marks, the text stays.
fn link(input: &str, i: usize, marks: &mut Vec<Span>) -> Option<Span> {
    let b = input.as_bytes();
    let open = if b[i] == b'!' { i + 1 } else { i };
    if b.get(open) != Some(&b'[') {
        return None;
    }
    let window = window(input, open, MAX_MARK);
    // `](` and `)`, also written full-width by a careless conversion
    let (close, paren) = [("](", ")"), ("]（", "）")]
        .into_iter()
        .find_map(|(o, c)| window.find(o).map(|p| ((p, o.len()), c)))?;
    let (close, open_len) = close;
    if window[1..close].contains(['\n', '[']) {
        return None;
    }
    let url_end = window[close..].find(paren)? + close;
    let url = &window[close + open_len..url_end];
    if url.is_empty() || url.contains(char::is_whitespace) {
        return None;
    }
    marks.push(Span::new(i, open + 1));
    Some(Span::new(open + close, open + url_end + paren.len()))
}

/// The `#` marks of a markdown heading and the space after them.
fn heading_marks(b: &[u8], i: usize) -> Option<Span> {
    let n = b[i..].iter().take_while(|c| **c == b'#').count();
    if n > 6 {
        return None;
    }
    let end = i + n;
    let space = usize::from(b.get(end) == Some(&b' '));
    // `#` before a digit or a Latin word is a hash sign in text (`#1`); before a space,
    // bold marks or a Chinese word it marks a heading
    let heading = space == 1 || b.get(end).is_some_and(|c| *c >= 0x80 || *c == b'*');
    heading.then(|| Span::new(i, end + space))
}

/// A widget dump `【类型:…|标号:…|标题:…】` on one line.
fn widget(input: &str, i: usize) -> Option<Span> {
    let rest = &input[i..];
    let close = window(input, i, MAX_MARK).find('】')?;
    let inner = &rest['【'.len_utf8()..close];
    let bar = inner.contains(['|', '｜']);
    let colon = inner.contains([':', '：']);
    (bar && colon && !inner.contains('\n')).then(|| Span::new(i, i + close + '】'.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(s: &str) -> String {
        strip(s).map_or_else(|| s.to_owned(), |(t, _, _)| t)
    }

    #[test]
    fn marks_are_taken_out() {
        let cases = [
            ("**一、组织领导情况**", "一、组织领导情况"),
            ("开展了<!--more-->巡察", "开展了巡察"),
            ("详见[通知](http://a.example/x)。", "详见通知。"),
            ("见[检查通报]（http://b.example/t.html）。", "见检查通报。"),
            ("## 二、整改情况", "二、整改情况"),
            ("\u{3000}##**三、整改**", "\u{3000}三、整改"),
            ("【类型:标题|标号:一】一、组织领导", "一、组织领导"),
            ("第#1号", "第#1号"),
            ("党纪\u{200d}处分", "党纪处分"),
            ("\u{200f}县委第二巡察组", "县委第二巡察组"),
            ("软\u{ad}连字符", "软连字符"),
            ("没有标记的正文", "没有标记的正文"),
        ];
        for (s, want) in cases {
            assert_eq!(blanked(s), want, "{s}");
        }
    }

    #[test]
    fn a_link_keeps_two_marks_with_or_without_text() {
        for s in [
            "见[通知](http://a.example/x)。",
            "见[](http://a.example/x)。",
        ] {
            let (_, marks, _) = strip(s).unwrap();
            let texts: Vec<&str> = marks.iter().map(|m| &s[m.range()]).collect();
            assert_eq!(texts, ["[", "](http://a.example/x)"], "{s}");
        }
        // marks that only touch are still one
        let (_, marks, _) = strip("**[](http://a.example/x)**").unwrap();
        assert_eq!(marks.len(), 2);
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let s = "开展了<!--more-->常规巡察。**一、甲**";
        let (t, marks, map) = strip(s).unwrap();
        assert_eq!(t, "开展了常规巡察。一、甲");
        let at = |w: &str| {
            let p = t.find(w).unwrap();
            map.span(Span::new(p, p + w.len()))
        };
        assert_eq!(&s[at("常规巡察").range()], "常规巡察");
        assert_eq!(&s[at("开展了常规").range()], "开展了<!--more-->常规");
        assert_eq!(&s[at("一、甲").range()], "一、甲");
        assert_eq!(&s[at("开展了").range()], "开展了");
        assert_eq!(marks.len(), 3);
    }

    #[test]
    fn digits_of_other_scripts_are_read() {
        let s = "问责٣人,𝟑人,③人,١٢项;①加强领导";
        let (t, marks, map) = strip(s).unwrap();
        assert_eq!(t, "问责3人,3人,3人,12项;①加强领导");
        assert!(marks.is_empty());
        let p = t.find("12项").unwrap();
        assert_eq!(&s[map.span(Span::new(p, p + "12项".len())).range()], "١٢项");
        let p = t.find("3人,3").unwrap();
        assert_eq!(&s[map.span(Span::new(p, p + 1)).range()], "٣");
    }

    #[test]
    fn front_matter_keeps_its_values() {
        let s = "---\ntitle: \"中共某局党组关于巡察整改情况的通报\"\ndate: 2024-06-01\n---\n根据";
        let (t, marks, _) = strip(s).unwrap();
        assert!(t.contains("中共某局党组关于巡察整改情况的通报"));
        assert!(t.contains("2024-06-01"));
        assert!(!t.contains("title") && !t.contains("---") && !t.contains('"'));
        assert!(marks.len() >= 4);
    }

    #[test]
    fn long_text_after_a_mark_opening() {
        let s = format!("【{}", "一".repeat(400));
        assert_eq!(blanked(&s), s);
        let s = format!("[{}", "一".repeat(400));
        assert_eq!(blanked(&s), s);
        let s = format!("<!--{}", "一".repeat(400));
        assert_eq!(blanked(&s), s);
    }

    #[test]
    fn unclosed_marks_stay_text() {
        for s in [
            "<!-- 未闭合",
            "[不是链接](带 空格)",
            "【说明:没有竖线】",
            "---\n没有闭合",
        ] {
            assert_eq!(blanked(s), s, "{s}");
        }
    }
}
