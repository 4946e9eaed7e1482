//! Chinese numerals (中文数字): `一` … `九十九`, `一百零五`, `二〇二四`, `两`, `廿`, and the
//! financial forms `壹贰叁…拾`.

/// The value of one numeral character: a digit `Some((d, false))` or a multiplier
/// `Some((m, true))`.
fn numeral(c: char) -> Option<(u64, bool)> {
    Some(match c {
        '〇' | '零' | '○' | 'O' => (0, false),
        '一' | '壹' => (1, false),
        '二' | '两' | '贰' => (2, false),
        '三' | '叁' => (3, false),
        '四' | '肆' => (4, false),
        '五' | '伍' => (5, false),
        '六' | '陆' => (6, false),
        '七' | '柒' => (7, false),
        '八' | '捌' => (8, false),
        '九' | '玖' => (9, false),
        '十' | '拾' => (10, true),
        '廿' => (20, true),
        '卅' => (30, true),
        '百' | '佰' => (100, true),
        '千' | '仟' => (1000, true),
        '万' => (10_000, true),
        '亿' => (100_000_000, true),
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub(crate) fn is_numeral_char(c: char) -> bool {
    numeral(c).is_some() && c != 'O'
}

/// The value of a whole Chinese numeral, or `None` when `s` is not one.
///
/// # Examples (internal)
/// `十二` → 12, `二十` → 20, `一百零五` → 105, `二〇二四` → 2024, `两` → 2.
pub(crate) fn parse_cn(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    // a numeral may begin with 十 (十二) but not with a larger multiplier (`万元` is no number)
    if s.starts_with(['百', '佰', '千', '仟', '万', '亿']) {
        return None;
    }
    let mut digits_only = true;
    for c in s.chars() {
        match numeral(c) {
            Some((_, true)) => digits_only = false,
            Some(_) => {}
            None => return None,
        }
    }
    if digits_only {
        // 二〇二四 reads digit by digit; a single digit is itself.
        let mut v: u64 = 0;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(numeral(c)?.0)?;
        }
        return Some(v);
    }
    // Positional: sections below 万, then 万, then 亿.
    let mut yi: u64 = 0;
    let mut wan: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<u64> = None;
    for c in s.chars() {
        let (v, mult) = numeral(c)?;
        if !mult {
            if digit.is_some() && v != 0 {
                return None; // 二三 inside a positional numeral
            }
            digit = if v == 0 { None } else { Some(v) };
            continue;
        }
        match v {
            20 | 30 => {
                section = section.checked_add(v)?;
                digit = None;
            }
            10_000 => {
                let part = section.checked_add(digit.take().unwrap_or(0))?.max(1);
                wan = wan.checked_add(part.checked_mul(10_000)?)?;
                section = 0;
            }
            100_000_000 => {
                let below = wan
                    .checked_add(section)?
                    .checked_add(digit.take().unwrap_or(0))?;
                yi = yi.checked_add(below.max(1))?.checked_mul(100_000_000)?;
                wan = 0;
                section = 0;
            }
            _ => {
                let d = digit.take().unwrap_or(1);
                section = section.checked_add(d.checked_mul(v)?)?;
            }
        }
    }
    yi.checked_add(wan)?
        .checked_add(section)?
        .checked_add(digit.unwrap_or(0))
}

/// The longest run of numeral characters read as one numeral.
pub(crate) const MAX_RUN: usize = 12;

/// The longest Chinese numeral starting at byte `i` of `s`: `(value, end)`.
pub(crate) fn cn_numeral_at(s: &str, i: usize) -> Option<(u64, usize)> {
    let rest = s.get(i..)?;
    // no real numeral is longer than a dozen characters; the cap keeps scanning linear
    let len: usize = rest
        .chars()
        .take_while(|c| is_numeral_char(*c))
        .take(MAX_RUN)
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return None;
    }
    // Shrink from the right until the run parses (e.g. `一万` in `一万元` parses whole).
    let mut end = len;
    while end > 0 {
        if let Some(v) = parse_cn(&rest[..end]) {
            return Some((v, i + end));
        }
        end -= rest[..end].chars().next_back().map_or(1, char::len_utf8);
    }
    None
}

/// A whole number written in ASCII, full-width or Chinese digits (`12`, `１２`, `十二`).
pub(crate) fn any_uint(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    match super::text::uint_at(b, 0) {
        Some((v, _, end)) if end == b.len() => v.and_then(|v| u32::try_from(v).ok()),
        Some(_) => None,
        None => parse_cn(s).and_then(|v| u32::try_from(v).ok()),
    }
}

/// Renders `n` (1–99 and beyond) as a Chinese numeral in the usual heading form.
pub(crate) fn to_cn(n: u64) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { D[(n % 10) as usize] }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n % 10 == 0 {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, Option<u64>)] = &[
            ("一", Some(1)),
            ("九", Some(9)),
            ("十", Some(10)),
            ("十一", Some(11)),
            ("十九", Some(19)),
            ("二十", Some(20)),
            ("二十三", Some(23)),
            ("九十九", Some(99)),
            ("一百", Some(100)),
            ("一百零五", Some(105)),
            ("一百二十", Some(120)),
            ("两百", Some(200)),
            ("三千二百", Some(3200)),
            ("一万", Some(10_000)),
            ("一亿零一万", Some(100_010_000)),
            ("三亿二千万", Some(320_000_000)),
            ("十二万五千", Some(125_000)),
            ("二〇二四", Some(2024)),
            ("二零二三", Some(2023)),
            ("两", Some(2)),
            ("〇", Some(0)),
            ("廿", Some(20)),
            ("拾贰", Some(12)),
            ("叁", Some(3)),
            ("", None),
            ("十a", None),
            ("万", None),
            ("千万", None),
            ("二三十", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_cn(s), *want, "parse_cn({s:?})");
        }
    }

    #[test]
    fn round_trip_1_to_99() {
        for n in 1..=99 {
            assert_eq!(parse_cn(&to_cn(n)), Some(n), "{n} as {}", to_cn(n));
        }
    }

    #[test]
    fn any_width() {
        assert_eq!(any_uint("12"), Some(12));
        assert_eq!(any_uint("１２"), Some(12));
        assert_eq!(any_uint("十二"), Some(12));
        assert_eq!(any_uint("1２"), Some(12));
        assert_eq!(any_uint("99999999999"), None);
        assert_eq!(any_uint("12a"), None);
        assert_eq!(any_uint(""), None);
    }

    #[test]
    fn longest_prefix() {
        assert_eq!(cn_numeral_at("十三、关于", 0), Some((13, 6)));
        assert_eq!(cn_numeral_at("关于", 0), None);
    }
}
