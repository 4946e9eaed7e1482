//! Dates (日期): `2024年3月18日`, `5月20日`, `2023年4月`, `2022年3月下旬`, `2024-09-12`,
//! `二〇二四年六月十日`, and dates whose separators were lost (`2023410日`).

use super::numerals::cn_numeral_at;
use super::text::{char_at, digit_at, uint_at};
use crate::PartialDate;

/// A date token as written, before a year is inherited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawDate {
    pub(crate) year: Option<u16>,
    pub(crate) month: Option<u8>,
    pub(crate) day: Option<u8>,
    /// Byte offset after the token.
    pub(crate) end: usize,
    /// Separators were lost and more than one reading fits.
    pub(crate) ambiguous: bool,
    /// `上旬`, `下旬`, `底`, `初` … followed the month.
    pub(crate) vague: bool,
    /// Written as a date but no date reads from it: a year outside 1900–2199 or of five
    /// digits (`20235年`), separators lost so that no month and day fit (`2023230日`).
    pub(crate) invalid: bool,
    /// Its month and day were run together, their separators lost (`2023410日`,
    /// `2024年48日`, `830日`): the other dates of such a notice lost theirs too.
    pub(crate) run: bool,
}

impl RawDate {
    /// The date with `year` supplied when the text gave none; `None` when impossible or
    /// ambiguous or when no year is known.
    pub(crate) fn resolve(self, year: Option<u16>) -> Option<PartialDate> {
        if self.ambiguous || self.invalid {
            return None;
        }
        let (y, inherited) = match self.year {
            Some(y) => (y, false),
            None => (year?, true),
        };
        let d = match (self.month, self.day) {
            (Some(m), Some(d)) => PartialDate::ymd(y, m, d).ok()?,
            (Some(m), None) => PartialDate::ym(y, m).ok()?,
            (None, _) => PartialDate::y(y).ok()?,
        };
        Some(if inherited { d.inherited() } else { d })
    }

    /// Whether the month or day is out of range.
    pub(crate) fn is_impossible(self) -> bool {
        if self.invalid {
            return true;
        }
        let y = self.year.unwrap_or(2024); // a leap year: 2月29日 without a year is possible
        match (self.month, self.day) {
            (Some(m), Some(d)) => PartialDate::ymd(y, m, d).is_err(),
            (Some(m), None) => !(1..=12).contains(&m),
            _ => false,
        }
    }
}

/// A small number (month or day) in ASCII, full-width or Chinese digits.
fn small_at(s: &str, i: usize) -> Option<(u64, usize)> {
    let b = s.as_bytes();
    if let Some((v, n, end)) = uint_at(b, i) {
        if n > 2 {
            return None;
        }
        return Some((v?, end));
    }
    let (v, end) = cn_numeral_at(s, i)?;
    (v <= 31).then_some((v, end))
}

/// The years a notice's dates are read in.
const YEARS: std::ops::RangeInclusive<u64> = 1900..=2199;

/// A year: four ASCII/full-width digits or four Chinese digits (`二〇二四`), and whether
/// it is one a notice can have (a year of five digits or outside 1900–2199 is not).
fn year_at(s: &str, i: usize) -> Option<(u16, usize, bool)> {
    let b = s.as_bytes();
    if let Some((v, n, end)) = uint_at(b, i) {
        let v = v.unwrap_or(u64::MAX);
        return (4..=6).contains(&n).then(|| {
            (
                u16::try_from(v).unwrap_or(u16::MAX),
                end,
                n == 4 && YEARS.contains(&v),
            )
        });
    }
    let (v, end) = cn_numeral_at(s, i)?;
    (YEARS.contains(&v) && s[i..end].chars().count() == 4).then_some((v as u16, end, true))
}

fn eat(s: &str, i: usize, word: &str) -> Option<usize> {
    s.get(i..)?.starts_with(word).then_some(i + word.len())
}

/// Vague month parts: 上旬, 中旬, 下旬, 初, 底, 末, 中.
fn vague_at(s: &str, i: usize) -> Option<usize> {
    ["上旬", "中旬", "下旬", "初", "底", "末", "中"]
        .iter()
        .find_map(|w| eat(s, i, w))
}

/// A date token starting exactly at byte `i`.
pub(crate) fn date_at(s: &str, i: usize) -> Option<RawDate> {
    let b = s.as_bytes();
    // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
    if let Some((Some(y), 4, e)) =
        uint_at(b, i).filter(|(y, _, _)| y.is_some_and(|y| YEARS.contains(&y)))
    {
        if let Some(sep @ ('-' | '/' | '.' | '\u{ff0d}' | '\u{ff0f}' | '\u{ff0e}')) = char_at(s, e)
        {
            let e2 = e + sep.len_utf8();
            if let Some((m, e3)) = small_at(s, e2) {
                if char_at(s, e3) == Some(sep) {
                    if let Some((d, e4)) = small_at(s, e3 + sep.len_utf8()) {
                        let e4 = eat(s, e4, "日").unwrap_or(e4);
                        return Some(raw(Some(y as u16), Some(m), Some(d), e4));
                    }
                }
                // YYYY-MM only when not followed by more digits
                if digit_at(b, e3).is_none() && sep == '-' {
                    return Some(raw(Some(y as u16), Some(m), None, e3));
                }
            }
        }
    }
    // Lost separators: 2023410日 / 20230410日
    if let Some((Some(_), n @ 5..=8, e)) = uint_at(b, i) {
        if eat(s, e, "日").is_some() {
            return lost_separators(s, i, n, e + "日".len());
        }
    }
    // {Y}年{M}月{D}日 and shorter forms; a year no notice can have makes the whole token
    // invalid
    let (year, after_year, valid) = match year_at(s, i) {
        Some((y, e, valid)) => match eat(s, e, "年") {
            Some(e) => (Some(y), e, valid),
            None => return None,
        },
        None => (None, i, true),
    };
    let mark = |mut r: RawDate| {
        r.invalid = !valid;
        r
    };
    let Some((m, e)) = small_at(s, after_year).and_then(|(m, e)| Some((m, eat(s, e, "月")?)))
    else {
        // `2024年48日`: the month's separator lost after the year
        if let Some(mut r) = year.and_then(|y| run_at(s, after_year, Some(y))) {
            r.invalid |= !valid;
            return Some(r);
        }
        return year.map(|y| mark(raw(Some(y), None, None, after_year)));
    };
    if let Some((d, e2)) = small_at(s, e) {
        if let Some(e3) = eat(s, e2, "日").or_else(|| eat(s, e2, "号")) {
            return Some(mark(raw(year, Some(m), Some(d), e3)));
        }
    }
    let mut r = raw(year, Some(m), None, e);
    if let Some(e2) = vague_at(s, e) {
        r.end = e2;
        r.vague = true;
    }
    Some(mark(r))
}

fn raw(year: Option<u16>, month: Option<u64>, day: Option<u64>, end: usize) -> RawDate {
    RawDate {
        year,
        month: month.map(|m| m.min(255) as u8),
        day: day.map(|d| d.min(255) as u8),
        end,
        ambiguous: false,
        vague: false,
        invalid: false,
        run: false,
    }
}

/// A token written as a date from which no date reads, ending at `end`.
fn invalid(end: usize) -> RawDate {
    RawDate {
        invalid: true,
        ..raw(None, None, None, end)
    }
}

/// `YYYY` + month and day digits run together, then `日`.
fn lost_separators(s: &str, i: usize, n: usize, end: usize) -> Option<RawDate> {
    let digits = digits_at(s, i, n)?;
    let year = digits[..4].iter().fold(0u16, |a, d| a * 10 + u16::from(*d));
    if !YEARS.contains(&u64::from(year)) {
        return Some(invalid(end));
    }
    Some(month_and_day(&digits[4..n], Some(year), end))
}

/// `n` digits (ASCII or full-width) from byte `i`.
fn digits_at(s: &str, i: usize, n: usize) -> Option<[u8; 8]> {
    let b = s.as_bytes();
    let mut digits = [0u8; 8];
    let mut j = i;
    for d in digits.iter_mut().take(n) {
        let (v, next) = digit_at(b, j)?;
        *d = v as u8;
        j = next;
    }
    Some(digits)
}

/// The month and day of digits run together (`410`, `1031`): the one reading that fits
/// (a month of one or two digits, a day of one or two, no day `0`), ambiguous when
/// several fit, invalid when none does. A day is checked against `year`, or a leap year
/// when there is none (`229` may be a date).
fn month_and_day(rest: &[u8], year: Option<u16>, end: usize) -> RawDate {
    let fold = |ds: &[u8]| ds.iter().fold(0u32, |a, d| a * 10 + u32::from(*d));
    let mut readings = (1..rest.len()).filter_map(|split| {
        let (m, d) = (fold(&rest[..split]), fold(&rest[split..]));
        let lead_zero = rest[split] == 0 && rest.len() - split == 1;
        (split <= 2
            && rest.len() - split <= 2
            && !lead_zero
            && (1..=12).contains(&m)
            && (1..=31).contains(&d)
            && PartialDate::ymd(year.unwrap_or(2024), m as u8, d as u8).is_ok())
        .then_some((m as u8, d as u8))
    });
    let mut r = RawDate {
        run: true,
        ..raw(year, None, None, end)
    };
    match (readings.next(), readings.next()) {
        (Some((m, d)), None) => {
            r.month = Some(m);
            r.day = Some(d);
        }
        (None, _) => return invalid(end),
        _ => r.ambiguous = true,
    }
    r
}

/// A month and day without a year whose separators were lost, two to four digits then
/// `日` (`69日`, `830日`, `1031日`): the end of a period whose start lost them too
/// (`2024717日至830日`), or a feedback date in such a notice. Two digits that could be
/// a day alone (`12日`: the 12th, or 1月2日) read more than one way.
pub(crate) fn month_day_run_at(s: &str, i: usize) -> Option<RawDate> {
    run_at(s, i, None)
}

/// Two to four digits then `日` at `i`, read as a month and day of `year` run together;
/// two digits that could be a day alone (`12日`) read more than one way.
fn run_at(s: &str, i: usize, year: Option<u16>) -> Option<RawDate> {
    let (Some(v), n @ 2..=4, e) = uint_at(s.as_bytes(), i)? else {
        return None;
    };
    let end = eat(s, e, "日")?;
    // after a year (`2025年18日`) a day alone cannot be meant: only month and day fit
    if n == 2 && v <= 31 && year.is_none() {
        return Some(RawDate {
            ambiguous: true,
            run: true,
            ..raw(year, None, None, end)
        });
    }
    Some(month_and_day(&digits_at(s, i, n)?[..n], year, end))
}

/// What a number never stands before when it is a month and day that lost `日` too: a
/// digit or unit word of a count (`1031名`, `830个`, `1031万元`).
const NOT_AFTER_BARE_RUN: &[char] = &[
    '年', '月', '日', '号', '个', '项', '人', '名', '件', '起', '条', '元', '万', '亿', '千', '百',
    '次', '天', '家', '%', '.', '.', '-', '/',
];

/// Three or four digits at `i` that lost `年`, `月` and `日` alike (`…至1120县委第五巡察组`),
/// read as one month and day, or not at all: the end of a period whose start lost its
/// separators, where nothing else is meant. Two readings, an impossible date, or a count
/// word after it (`1031名`) give `None`.
pub(crate) fn bare_month_day_run_at(s: &str, i: usize) -> Option<RawDate> {
    let (Some(_), n @ 3..=4, e) = uint_at(s.as_bytes(), i)? else {
        return None;
    };
    let next = char_at(s, e);
    if next.is_some_and(|c| c.is_ascii_alphanumeric() || NOT_AFTER_BARE_RUN.contains(&c)) {
        return None;
    }
    let d = month_and_day(&digits_at(s, i, n)?[..n], None, e);
    (!d.ambiguous && !d.invalid).then_some(d)
}

/// The first [`month_day_run_at`] token in `s[from..to]` that reads one way, with its
/// start: a run that may be a number of days (`限期30日内`, `结束后15日`) is none.
pub(crate) fn find_month_day_run(s: &str, from: usize, to: usize) -> Option<(usize, RawDate)> {
    find_run(s, from, to, |i| {
        month_day_run_at(s, i).filter(|d| !d.invalid && !d.ambiguous)
    })
}

/// The first [`bare_month_day_run_at`] token in `s[from..to]` that `then` accepts (given
/// what follows it), with its start.
pub(crate) fn find_bare_month_day_run(
    s: &str,
    from: usize,
    to: usize,
    then: impl Fn(&str) -> bool,
) -> Option<(usize, RawDate)> {
    find_run(s, from, to, |i| {
        bare_month_day_run_at(s, i).filter(|d| then(&s[d.end..]))
    })
}

/// The first run of digits in `s[from..to]` (at a digit with none before it) that `read`
/// reads, with its start.
fn find_run(
    s: &str,
    from: usize,
    to: usize,
    read: impl Fn(usize) -> Option<RawDate>,
) -> Option<(usize, RawDate)> {
    let b = s.as_bytes();
    s.get(from..to)?.char_indices().find_map(|(k, _)| {
        let i = from + k;
        if digit_at(b, i).is_none() || (i > from && prev_is_digit(s, i)) {
            return None;
        }
        read(i).map(|d| (i, d))
    })
}

/// `M.D` (or `M-D`, `M/D`) with no year, as the end of a period written `YYYY.M.D-M.D`.
pub(crate) fn month_day_at(s: &str, i: usize) -> Option<RawDate> {
    let b = s.as_bytes();
    let (m, n1, e1) = uint_at(b, i)?;
    let sep = char_at(s, e1).filter(|c| matches!(c, '.' | '-' | '/' | '\u{ff0e}'))?;
    let (d, n2, e2) = uint_at(b, e1 + sep.len_utf8())?;
    if n1 > 2 || n2 > 2 || char_at(s, e2).is_some_and(|c| c == sep) {
        return None;
    }
    Some(raw(None, m, d, e2))
}

/// The first date token at or after `from` (scanning char by char), with its start.
pub(crate) fn find_date(s: &str, from: usize) -> Option<(usize, RawDate)> {
    let b = s.as_bytes();
    let mut i = from;
    while i < s.len() {
        let c = char_at(s, i)?;
        if (digit_at(b, i).is_some() || super::numerals::is_numeral_char(c))
            && (i == from || !prev_is_digit(s, i))
        {
            if let Some(d) = date_at(s, i) {
                if d.month.is_some()
                    || d.ambiguous
                    || d.invalid
                    || d.year.is_some() && s[i..d.end].ends_with('年')
                {
                    return Some((i, d));
                }
            }
        }
        i += c.len_utf8();
    }
    None
}

fn prev_is_digit(s: &str, i: usize) -> bool {
    super::text::char_before(s, i).is_some_and(|c| {
        c.is_ascii_digit()
            || ('\u{ff10}'..='\u{ff19}').contains(&c)
            || super::numerals::is_numeral_char(c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        let r = date_at(s, 0)?;
        if r.ambiguous {
            return Some("ambiguous".into());
        }
        Some(r.resolve(Some(2000))?.to_string() + &s[r.end..])
    }

    #[test]
    fn table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024年3月18日至", Some("2024-03-18至")),
            ("5月20日,", Some("2000-05-20,")),
            ("2023年4月至", Some("2023-04至")),
            ("2022年3月下旬至", Some("2022-03至")),
            ("２０２４年３月１８日", Some("2024-03-18")),
            ("二〇二五年六月十日", Some("2025-06-10")),
            ("2024-09-12 10:30", Some("2024-09-12 10:30")),
            ("2024/9/2", Some("2024-09-02")),
            ("2024.09.02", Some("2024-09-02")),
            ("2023410日至", Some("2023-04-10至")),
            ("20230410日", Some("2023-04-10")),
            ("2023112日", Some("ambiguous")),
            ("2024年48日至", Some("2024-04-08至")),
            ("2025年225日", Some("2025-02-25")),
            ("2023年10日", None),
            ("2025年18日", Some("2025-01-08")),
            ("2024年", Some("2024")),
            ("2024年2月30日", None),
            ("2024年13月", None),
            ("20235年3月", None),
            ("0000年3月", None),
            ("2023230日", None),
            ("关于", None),
        ];
        for (s, want) in cases {
            assert_eq!(d(s).as_deref(), *want, "date_at({s:?})");
        }
    }

    #[test]
    fn month_and_day_runs_without_a_year() {
        let read = |s: &str| {
            month_day_run_at(s, 0).map(|r| match r {
                r if r.ambiguous => "ambiguous".to_owned(),
                r if r.invalid => "invalid".to_owned(),
                r => format!("{:?}-{:?} {}", r.month, r.day, &s[r.end..]),
            })
        };
        assert_eq!(read("830日,").as_deref(), Some("Some(8)-Some(30) ,"));
        assert_eq!(read("1031日").as_deref(), Some("Some(10)-Some(31) "));
        assert_eq!(read("229日").as_deref(), Some("Some(2)-Some(29) "));
        assert_eq!(read("111日").as_deref(), Some("ambiguous"));
        assert_eq!(read("1399日").as_deref(), Some("invalid"));
        assert_eq!(read("69日").as_deref(), Some("Some(6)-Some(9) "));
        assert_eq!(read("12日").as_deref(), Some("ambiguous"));
        assert_eq!(read("9日"), None);
        assert_eq!(read("12345日"), None);
        assert_eq!(read("830"), None);
        let bare = |s: &str| bare_month_day_run_at(s, 0).map(|r| (r.month, r.day, r.end));
        assert_eq!(bare("1120县委第五巡察组"), Some((Some(11), Some(20), 4)));
        assert_eq!(bare("830,县委"), Some((Some(8), Some(30), 3)));
        assert_eq!(bare("1031名"), None);
        assert_eq!(bare("111县委"), None);
        assert_eq!(bare("1399县委"), None);
        assert_eq!(bare("12县委"), None);
        assert_eq!(bare("10311"), None);
        assert!(date_at("2024717日", 0).is_some_and(|d| d.run));
        assert!(date_at("2024年4月8日", 0).is_some_and(|d| !d.run));
        // a yearless run is read only where a lost-separator date is expected
        assert!(find_date("至830日", 0).is_none());
        let text = "至5月,914日反馈";
        assert_eq!(
            find_month_day_run(text, 0, text.len()).map(|(i, _)| i),
            Some(text.find('9').unwrap())
        );
        assert_eq!(find_month_day_run(text, 0, 4), None);
    }

    #[test]
    fn month_day_after_a_numeric_start() {
        let r = month_day_at("5.20,", 0).unwrap();
        assert_eq!(
            (r.year, r.month, r.day, r.end),
            (None, Some(5), Some(20), 4)
        );
        assert!(month_day_at("5.20.1", 0).is_none());
        assert!(month_day_at("520", 0).is_none());
    }

    #[test]
    fn invalid_tokens_are_dates_that_read_as_none() {
        for s in ["20235年3月", "0000年3月", "2023230日", "3000年1月"] {
            let d = date_at(s, 0).unwrap_or_else(|| panic!("{s}"));
            assert!(
                d.invalid && d.is_impossible() && d.resolve(Some(2024)).is_none(),
                "{s}"
            );
        }
    }

    #[test]
    fn impossible_is_flagged() {
        assert!(date_at("2024年2月30日", 0).unwrap().is_impossible());
        assert!(date_at("13月", 0).unwrap().is_impossible());
        assert!(!date_at("2月29日", 0).unwrap().is_impossible());
    }

    #[test]
    fn find_skips_words() {
        let s = "经研究,于2023年8月15日反馈";
        let (i, r) = find_date(s, 0).unwrap();
        assert_eq!(&s[i..r.end], "2023年8月15日");
    }
}
