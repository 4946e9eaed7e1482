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

/// One bit per code point from U+3400 to U+9FFF: whether the table maps it.
static MAPPED: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; (0xA000 - 0x3400) / 64];
    for (t, _) in TABLE.iter() {
        let i = *t as usize;
        if (0x3400..0xA000).contains(&i) {
            bits[(i - 0x3400) / 64] |= 1 << ((i - 0x3400) % 64);
        }
    }
    bits
});

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
    // a byte loop: only three-byte sequences led by E3..E9 lie in U+3400..U+9FFF
    let b = input.as_bytes();
    let bits: &[u64] = &MAPPED;
    let (mut i, mut n) = (0, 0);
    while i < b.len() && n < min {
        let lead = b[i];
        if lead < 0x80 {
            i += 1;
            continue;
        }
        if (0xE3..=0xE9).contains(&lead) && i + 2 < b.len() {
            let cp = (u32::from(lead & 0x0F) << 12)
                | (u32::from(b[i + 1] & 0x3F) << 6)
                | u32::from(b[i + 2] & 0x3F);
            let k = cp as usize;
            if (0x3400..0xA000).contains(&k)
                && bits[(k - 0x3400) / 64] & (1 << ((k - 0x3400) % 64)) != 0
            {
                n += 1;
            }
            i += 3;
            continue;
        }
        i += match lead {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xFF => 4,
            _ => 1,
        };
    }
    if n < min {
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

    #[test]
    fn keeps_offsets() {
        let (s, n) = to_simplified("關於巡視整改情況的通報", 1).unwrap();
        assert_eq!(s, "关于巡视整改情况的通报");
        assert_eq!(n, 5);
        assert_eq!(s.len(), "關於巡視整改情況的通報".len());
        assert!(to_simplified("关于巡视整改情况的通报", 1).is_none());
    }
}
