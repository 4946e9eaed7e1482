//! The text cursor's primitives: lines, whitespace and width-insensitive character classes.
//!
//! Everything here works on the original input and returns byte offsets into it, so spans
//! never point into a normalised copy.

use crate::Span;

/// Whitespace for layout purposes: ASCII, ideographic space, no-break space, BOM and the
/// other Unicode spaces.
pub(crate) fn is_ws(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// One non-empty line of the input, trimmed of layout whitespace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) span: Span,
}

impl Line {
    pub(crate) fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.span.range()]
    }

    /// The line `input[start..end]`, trimmed of layout whitespace.
    pub(crate) fn new(input: &str, start: usize, end: usize) -> Line {
        Line {
            span: trim_span(input, Span::new(start, end)),
        }
    }
}

/// The non-empty lines of `input`, each trimmed. Lines end at `\n`, a lone `\r`, a
/// vertical tab, a form feed, NEL (U+0085), U+2028 or U+2029.
pub(crate) fn lines(input: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(input.len() / 200 + 4);
    let mut start = 0;
    let bytes = input.as_bytes();
    let mut push = |s: usize, e: usize| {
        let raw = &input[s..e];
        let t = raw.trim_start_matches(is_ws);
        let ls = s + (raw.len() - t.len());
        let t = t.trim_end_matches(is_ws);
        if !t.is_empty() {
            out.push(Line {
                span: Span::new(ls, ls + t.len()),
            });
        }
    };
    // the common case: no VT, FF or NEL, so one search for `\n`, `\r` and the lead byte
    // of U+2028/U+2029 finds every line end
    let rare = memchr::memchr3_iter(0x0B, 0x0C, 0xC2, bytes)
        .any(|i| bytes[i] != 0xC2 || bytes.get(i + 1) == Some(&0x85));
    if !rare {
        for i in memchr::memchr3_iter(b'\n', b'\r', 0xE2, bytes) {
            if i < start {
                continue;
            }
            let (end, next) = match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => (i, i + 2),
                b'\r' | b'\n' => (i, i + 1),
                _ if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    (i, i + 3)
                }
                _ => continue,
            };
            push(start, end);
            start = next;
        }
        push(start, bytes.len());
        return out;
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                push(start, i);
                start = i + 1;
            }
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                push(start, i);
                start = i + 1;
            }
            // vertical tab and form feed
            0x0B | 0x0C => {
                push(start, i);
                start = i + 1;
            }
            // next line (NEL)
            0xC2 if bytes.get(i + 1) == Some(&0x85) => {
                push(start, i);
                start = i + 2;
                i += 1;
            }
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                push(start, i);
                start = i + 3;
                i += 2;
            }
            _ => {}
        }
        i += 1;
    }
    push(start, bytes.len());
    out
}

/// For each byte value: 0 when it may start a digit (ASCII `0`–`9`, or `0xEF`, the lead
/// byte of full-width digits), else how far to step to the next character.
pub(crate) static STEP: [u8; 256] = {
    let mut t = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b {
            0x30..=0x39 | 0xEF => 0,
            0xC0..=0xDF => 2,
            0xE0..=0xEE => 3,
            0xF0..=0xFF => 4,
            _ => 1,
        };
        b += 1;
    }
    t
};

/// The next byte at or after `i` (before `end`) where an ASCII or full-width digit starts.
#[inline]
pub(crate) fn next_digit(b: &[u8], mut i: usize, end: usize) -> Option<usize> {
    while i < end {
        let step = STEP[usize::from(b[i])];
        if step == 0 {
            if b[i] != 0xEF || is_digit_at(b, i) {
                return Some(i);
            }
            i += 3;
        } else {
            i += usize::from(step);
        }
    }
    None
}

/// The value of an ASCII or full-width digit at byte `i`, and the byte after it.
#[inline]
pub(crate) fn digit_at(s: &[u8], i: usize) -> Option<(u32, usize)> {
    match *s.get(i)? {
        b @ b'0'..=b'9' => Some((u32::from(b - b'0'), i + 1)),
        0xEF if s.get(i + 1) == Some(&0xBC) => match s.get(i + 2) {
            Some(&b @ 0x90..=0x99) => Some((u32::from(b - 0x90), i + 3)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a digit (ASCII or full-width) starts at `i`.
#[inline]
pub(crate) fn is_digit_at(s: &[u8], i: usize) -> bool {
    digit_at(s, i).is_some()
}

/// An unsigned integer of ASCII or full-width digits at `i`: `(value, digits, end)`;
/// `value` is `None` on overflow.
pub(crate) fn uint_at(s: &[u8], i: usize) -> Option<(Option<u64>, usize, usize)> {
    let mut j = i;
    let mut v: Option<u64> = Some(0);
    let mut n = 0;
    while let Some((d, next)) = digit_at(s, j) {
        v = v
            .and_then(|v| v.checked_mul(10))
            .and_then(|v| v.checked_add(u64::from(d)));
        n += 1;
        j = next;
    }
    (n > 0).then_some((v, n, j))
}

/// The char starting at byte `i` of `s` (which must be a boundary).
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The char ending at byte `i`.
#[inline]
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

/// `:` or `:`.
pub(crate) fn is_colon(c: char) -> bool {
    matches!(c, ':' | '\u{ff1a}')
}

/// An opening parenthesis of either width.
pub(crate) fn is_open(c: char) -> bool {
    matches!(c, '(' | '\u{ff08}')
}

/// A closing parenthesis of either width.
pub(crate) fn is_close(c: char) -> bool {
    matches!(c, ')' | '\u{ff09}')
}

/// Walks back from byte `i` over at most `max_chars` characters, stopping after a clause
/// break (clause punctuation, a parenthesis, layout whitespace) or at `floor`; returns the
/// byte where the clause holding `i` starts.
pub(crate) fn clause_back(s: &str, i: usize, floor: usize, max_chars: usize) -> usize {
    let mut j = i;
    let mut n = 0;
    while j > floor && n < max_chars {
        let Some(c) = char_before(s, j) else { break };
        if is_clause_end(c) || is_open(c) || is_close(c) || is_ws(c) {
            break;
        }
        j -= c.len_utf8();
        n += 1;
    }
    j
}

/// Punctuation that ends a clause.
pub(crate) fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{ff0c}'
            | '。'
            | ';'
            | '\u{ff1b}'
            | '、'
            | ':'
            | '\u{ff1a}'
            | '!'
            | '\u{ff01}'
            | '?'
            | '\u{ff1f}'
    )
}

/// The marks that end a sentence (句末标点).
pub(crate) const SENTENCE_ENDS: [char; 5] = ['。', '!', '?', '\u{ff01}', '\u{ff1f}'];

/// Whether `s` ends its sentence (`…规范财务管理。`).
pub(crate) fn ends_sentence(s: &str) -> bool {
    s.ends_with(SENTENCE_ENDS)
}

/// Byte offset of the end of the sentence starting at `from` in `s` (after its `。`), or
/// `s.len()`; `。` inside quotes or brackets does not end it.
///
/// A loop over the characters' lead bytes: every mark it looks for is ASCII or three bytes
/// led by `E2`, `E3` or `EF`, so the characters between need no decoding.
pub(crate) fn sentence_end(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut depth = 0u32;
    let mut i = from;
    while let Some(&lead) = b.get(i) {
        let (open, close, end, len) = match lead {
            b'(' => (true, false, false, 1),
            b')' => (false, true, false, 1),
            b'!' | b'?' => (false, false, true, 1),
            0xE2 | 0xE3 | 0xEF => match (lead, b.get(i + 1), b.get(i + 2)) {
                // “ ‘ 《 「 『 （
                (0xE2, Some(0x80), Some(0x9C | 0x98))
                | (0xE3, Some(0x80), Some(0x8A | 0x8C | 0x8E))
                | (0xEF, Some(0xBC), Some(0x88)) => (true, false, false, 3),
                // ” ’ 》 」 』 ）
                (0xE2, Some(0x80), Some(0x9D | 0x99))
                | (0xE3, Some(0x80), Some(0x8B | 0x8D | 0x8F))
                | (0xEF, Some(0xBC), Some(0x89)) => (false, true, false, 3),
                // 。 ！ ？
                (0xE3, Some(0x80), Some(0x82)) | (0xEF, Some(0xBC), Some(0x81 | 0x9F)) => {
                    (false, false, true, 3)
                }
                _ => (false, false, false, 3),
            },
            // a whole character at a time: its lead byte gives its length
            0xC0..=0xDF => (false, false, false, 2),
            0xE0..=0xEF => (false, false, false, 3),
            0xF0..=0xFF => (false, false, false, 4),
            _ => (false, false, false, 1),
        };
        if open {
            depth += 1;
        } else if close {
            depth = depth.saturating_sub(1);
        } else if end && depth == 0 {
            return i + len;
        }
        i += len;
    }
    s.len()
}

/// The first `n` chars of `s`.
pub(crate) fn prefix_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Whether `c` ends a line (as [`lines`] cuts them).
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `s` with its line breaks taken out, with the layout spaces around them: a phrase that
/// a hard wrap broke (`县林业局党\n组`) is one value, which reads back from one line.
pub(crate) fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(is_line_break) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.split(is_line_break)
            .map(|l| l.trim_matches(is_ws))
            .collect(),
    )
}

/// Removes every kind of layout whitespace and joins, for titles split over lines.
pub(crate) fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !is_ws(*c)).collect()
}

/// Trims layout whitespace and the given trailing punctuation from both ends of
/// `s[span]`, returning the narrowed span.
pub(crate) fn trim_span(input: &str, span: Span) -> Span {
    let s = &input[span.range()];
    let t = s.trim_start_matches(is_ws);
    let start = span.start + (s.len() - t.len());
    let t = t.trim_end_matches(is_ws);
    Span::new(start, start + t.len())
}

/// Finds `needle` in `hay` from byte `from`.
#[inline]
pub(crate) fn find_from(hay: &str, from: usize, needle: &str) -> Option<usize> {
    hay.get(from..)?.find(needle).map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_trim_and_skip_blank() {
        let input = "\u{feff}  第一行  \r\n\r\n\u{3000}第二行\r第三行\n";
        let got: Vec<&str> = lines(input).iter().map(|l| l.text(input)).collect();
        assert_eq!(got, ["第一行", "第二行", "第三行"]);
    }

    #[test]
    fn rare_line_ends() {
        let input = "甲\u{c}乙\u{b}丙\u{85}丁\u{2028}戊";
        let got: Vec<&str> = lines(input).iter().map(|l| l.text(input)).collect();
        assert_eq!(got, ["甲", "乙", "丙", "丁", "戊"]);
    }

    #[test]
    fn digits_of_both_widths() {
        let s = "2024年".as_bytes();
        assert_eq!(uint_at(s, 0), Some((Some(2024), 4, 4)));
        let s = "２０２４年".as_bytes();
        assert_eq!(uint_at(s, 0), Some((Some(2024), 4, 12)));
        assert_eq!(
            uint_at("99999999999999999999999".as_bytes(), 0).unwrap().0,
            None
        );
    }

    #[test]
    fn sentence_end_reads_as_a_walk_over_the_characters() {
        use proptest::prelude::*;
        fn walk(s: &str, from: usize) -> usize {
            let mut depth = 0i32;
            for (i, c) in s[from..].char_indices() {
                match c {
                    '“' | '《' | '(' | '\u{ff08}' | '‘' | '「' | '『' => depth += 1,
                    '”' | '》' | ')' | '\u{ff09}' | '’' | '」' | '』' => {
                        depth = (depth - 1).max(0)
                    }
                    c if SENTENCE_ENDS.contains(&c) && depth == 0 => {
                        return from + i + c.len_utf8();
                    }
                    _ => {}
                }
            }
            s.len()
        }
        let chars = proptest::sample::select(vec![
            '“', '”', '‘', '’', '《', '》', '「', '」', '『', '』', '(', ')', '（', '）', '。',
            '!', '！', '?', '？', '、', '，', '—', '…', 'a', '甲', '😀', '\u{2028}', '〇',
        ]);
        proptest::proptest!(|(v in proptest::collection::vec(chars, 0..30), k in 0usize..30)| {
            let s: String = v.into_iter().collect();
            let from = s.char_indices().map(|(i, _)| i).nth(k).unwrap_or(s.len());
            prop_assert_eq!(sentence_end(&s, from), walk(&s, from), "{}", s);
        });
    }

    #[test]
    fn sentence_end_skips_quotes() {
        let s = "加强“清廉。建设”。其后";
        assert_eq!(&s[..sentence_end(s, 0)], "加强“清廉。建设”。");
    }
}
