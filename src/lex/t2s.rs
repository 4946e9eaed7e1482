//! Traditional → Simplified characters (繁简转换), one character for one, for notices
//! published or re-posted in Traditional characters.
//!
//! Only characters whose Traditional and Simplified forms both take three UTF-8 bytes are
//! mapped, so the converted text has the same byte offsets as the input and every span
//! still points at the original words. The table (`t2s.txt`, pairs of characters sorted by
//! the Traditional one) holds the single-character mappings whose Simplified form is in
//! GB 2312 and whose Traditional form is not.

use std::sync::LazyLock;

static TABLE: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let mut chars = include_str!("t2s.txt").chars();
    let mut out = Vec::with_capacity(3200);
    while let (Some(t), Some(s)) = (chars.next(), chars.next()) {
        out.push((t, s));
    }
    out
});

/// The first code point of [`MAPPED`]: the lowest that a three-byte sequence led by `E3`
/// encodes, below every character of the table (U+3400 and up).
const MAPPED_FROM: usize = 0x3000;

/// One bit per code point from [`MAPPED_FROM`] to U+9FFF (the three-byte sequences led by
/// `E3`..`E9`): whether the table maps it.
static MAPPED: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; (0xA000 - MAPPED_FROM) / 64];
    for (t, _) in TABLE.iter() {
        let i = *t as usize;
        if (0x3400..0xA000).contains(&i) {
            bits[(i - MAPPED_FROM) / 64] |= 1 << ((i - MAPPED_FROM) % 64);
        }
    }
    bits
});

/// How many of the characters of `b` (UTF-8) the table maps, counting up to `min`: a byte
/// loop, as only three-byte sequences led by `E3`..`E9` encode U+3000..U+9FFF.
fn count_mapped(b: &[u8], min: usize) -> usize {
    let bits: &[u64] = &MAPPED;
    let mut n = 0;
    let mut rest = b;
    while n < min {
        match rest {
            [lead @ 0xE3..=0xE9, b1, b2, tail @ ..] => {
                let cp = (usize::from(lead & 0x0F) << 12)
                    | (usize::from(b1 & 0x3F) << 6)
                    | usize::from(b2 & 0x3F);
                let k = cp.wrapping_sub(MAPPED_FROM);
                let word = bits.get(k / 64).copied().unwrap_or(0);
                n += usize::from(word >> (k % 64) & 1 != 0);
                rest = tail;
            }
            [lead, ..] => {
                let step = match lead {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xFF => 4,
                    _ => 1,
                };
                rest = rest.get(step..).unwrap_or(&[]);
            }
            [] => break,
        }
    }
    n
}

fn simplified(c: char) -> Option<char> {
    if (c as u32) < 0x3400 {
        return None;
    }
    // 於 is also a Simplified surname character, so the table leaves it out; in a
    // Traditional notice it is the 于 of 关于
    if c == '於' {
        return Some('于');
    }
    let t = &*TABLE;
    t.binary_search_by_key(&c, |p| p.0).ok().map(|i| t[i].1)
}

/// The text in Simplified characters with the same byte offsets, and how many characters
/// changed; `None` when fewer than `min` characters are Traditional.
pub(crate) fn to_simplified(input: &str, min: usize) -> Option<(String, usize)> {
    if count_mapped(input.as_bytes(), min) < min {
        return None;
    }
    let mut out = String::with_capacity(input.len());
    let mut changed = 0;
    for c in input.chars() {
        match simplified(c) {
            Some(s) if s.len_utf8() == c.len_utf8() => {
                out.push(s);
                changed += 1;
            }
            _ => out.push(c),
        }
    }
    debug_assert_eq!(out.len(), input.len());
    Some((out, changed))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte loop counts what a walk over the characters counts.
    #[test]
    fn the_byte_loop_counts_the_mapped_characters() {
        use proptest::prelude::*;
        let chars = proptest::sample::select(vec![
            '關', '於', '巡', '視', '视', '。', '\u{3000}', 'a', 'é', '😀', '\u{9fff}', '\u{e000}',
            '㐀',
        ]);
        proptest::proptest!(|(s in proptest::collection::vec(chars, 0..40))| {
            let s: String = s.into_iter().collect();
            let walk = s
                .chars()
                .filter(|&c| c != '於' && (0x3400..0xA000).contains(&(c as u32)) && simplified(c).is_some())
                .count();
            prop_assert_eq!(count_mapped(s.as_bytes(), usize::MAX), walk);
            prop_assert_eq!(count_mapped(s.as_bytes(), 1), walk.min(1));
        });
    }

    #[test]
    fn keeps_offsets() {
        let (s, n) = to_simplified("關於巡視整改情況的通報", 1).unwrap();
        assert_eq!(s, "关于巡视整改情况的通报");
        assert_eq!(n, 5);
        assert_eq!(s.len(), "關於巡視整改情況的通報".len());
        assert!(to_simplified("关于巡视整改情况的通报", 1).is_none());
    }
}
