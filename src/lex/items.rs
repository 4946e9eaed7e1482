//! Item labels of inline enumerations (一是、二是…): where such a label may stand and what
//! it counts. Shared by the grammar that reads the items and by `render`, which writes an
//! item inline only where the grammar reads it back so.

use crate::lex::numerals::{is_numeral_char, parse_cn};
use crate::lex::text::{char_before, is_ws};

/// Punctuation after which an item label may stand.
pub(crate) fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '。' | ';' | '\u{ff1b}' | ',' | '\u{ff0c}' | ':' | '\u{ff1a}' | '!' | '?' | '”'
    ) || is_ws(c)
}

/// The label ending with the `是` at `at`: the numeral run before it (at most three
/// characters, not before `floor`), its start and value.
pub(crate) fn label_before(s: &str, at: usize, floor: usize) -> Option<(usize, u32)> {
    let mut j = at;
    let mut n = 0;
    while let Some(c) = char_before(s, j) {
        if !is_numeral_char(c) || n >= 3 || j <= floor {
            break;
        }
        j -= c.len_utf8();
        n += 1;
    }
    if n == 0 {
        return None;
    }
    let boundary = j == floor || char_before(s, j).is_some_and(is_boundary);
    if !boundary {
        return None;
    }
    let v = u32::try_from(parse_cn(&s[j..at])?).ok()?;
    Some((j, v))
}

/// Whether an item numbered `v` goes on an enumeration whose last item is numbered `last`:
/// it starts at 一, and each item is the next number or skips one (二是 then 四是).
pub(crate) fn continues(last: Option<u32>, v: u32) -> bool {
    match last {
        None => v == 1,
        Some(l) => l.checked_add(1) == Some(v) || l.checked_add(2) == Some(v),
    }
}

/// Whether `s`, the first line of an item `{after}是…`, holds a label that would be read as
/// the next item of its enumeration (`三是` or `四是` after `二是`), so that the item
/// cannot be written inline without being cut in two.
pub(crate) fn holds_next_label(s: &str, after: u32) -> bool {
    labels_after(s, after).any(|j| j > 0)
}

/// Whether a later line of an item `{after}是…` holds a label that would be read as the
/// next item of its enumeration, at its start or after punctuation (items go on from
/// one line to the next: `…。` / `二是…`).
pub(crate) fn line_holds_next_label(s: &str, after: u32) -> bool {
    labels_after(s, after).next().is_some()
}

/// Where the labels of `s` that go on from an item numbered `after` start.
fn labels_after(s: &str, after: u32) -> impl Iterator<Item = usize> + '_ {
    s.match_indices('是').filter_map(move |(at, _)| {
        label_before(s, at, 0)
            .filter(|&(_, v)| continues(Some(after), v))
            .map(|(j, _)| j)
    })
}

/// Whether `s` starts with an item label `一是`…`九十九是`.
pub(crate) fn starts_with_item_label(s: &str) -> bool {
    let at: usize = s
        .chars()
        .take_while(|c| is_numeral_char(*c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    at > 0 && s[at..].starts_with('是') && parse_cn(&s[..at]).is_some()
}
