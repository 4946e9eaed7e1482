//! Figures (数量) and money (金额): `17家`, `264.5亩`, `16.5万人次`, `236.47万元`,
//! `1,062.38万元`, `300余万元`, `约2亿元`.
//!
//! A hand-written scanner over the original bytes: digits of both widths, thousands
//! separators, decimals, 万/亿 multipliers and qualifiers, with no allocation.

use rust_decimal::Decimal;
use std::borrow::Cow;

use super::numerals::cn_numeral_at;
use super::text::{char_at, char_before, digit_at, is_digit_at};
use crate::vocab::figures::{self, At};
use crate::{FigureError, Money, Qualifier, Quantity, Span};

/// The classifier at byte `k` and the byte after it.
fn classifier_at(s: &str, k: usize) -> Option<(&'static str, usize)> {
    let w = figures::classifier(s.get(k..)?)?;
    Some((w, k + w.len()))
}

/// A number as written: its exact value and where it ends.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Number {
    pub(crate) value: Decimal,
    pub(crate) end: usize,
    /// Written in Chinese numerals.
    pub(crate) chinese: bool,
}

/// An Arabic number at `i`: ASCII or full-width digits, `,` thousands separators (each
/// followed by exactly three digits), one decimal point. `None` past 28 digits.
pub(crate) fn number_at(s: &str, i: usize) -> Option<Number> {
    let b = s.as_bytes();
    if !is_digit_at(b, i) {
        return None;
    }
    let mut mantissa: i128 = 0;
    let mut digits = 0u32;
    let mut scale = 0u32;
    let mut j = i;
    let mut in_fraction = false;
    // digits since the last group separator, and whether a separator was seen
    let (mut group, mut grouped) = (0usize, false);
    loop {
        if let Some((d, next)) = digit_at(b, j) {
            digits += 1;
            group += 1;
            if digits > 28 {
                return None;
            }
            mantissa = mantissa * 10 + i128::from(d);
            if in_fraction {
                scale += 1;
            }
            j = next;
            continue;
        }
        let c = char_at(s, j);
        // `1 234 567`: groups of three after a space of any width
        if let Some(w) = c
            .filter(|c| is_group_space(*c) && !in_fraction)
            .map(char::len_utf8)
        {
            let fits = if grouped { group == 3 } else { group <= 3 };
            if fits && three_digits_then_end(b, j + w) {
                j += w;
                group = 0;
                grouped = true;
                continue;
            }
            break;
        }
        match c {
            Some(',' | '\u{ff0c}') if !in_fraction => {
                let w = c.map_or(1, char::len_utf8);
                // exactly three digits, then a non-digit
                let mut k = j + w;
                let mut n = 0;
                while let Some((_, next)) = digit_at(b, k) {
                    n += 1;
                    k = next;
                    if n > 3 {
                        break;
                    }
                }
                if n == 3 && !is_digit_at(b, k) {
                    j += w;
                    continue;
                }
                break;
            }
            Some('.' | '\u{ff0e}')
                if !in_fraction && is_digit_at(b, j + c.map_or(1, char::len_utf8)) =>
            {
                in_fraction = true;
                j += c.map_or(1, char::len_utf8);
            }
            _ => break,
        }
    }
    let value = Decimal::try_from_i128_with_scale(mantissa, scale).ok()?;
    Some(Number {
        value,
        end: j,
        chinese: false,
    })
}

/// Spaces that separate groups of three digits (`1 234 567`, also no-break and thin).
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}')
}

/// Whether exactly three digits start at `k`, followed by no digit and no further group
/// space with a digit after it on its own.
fn three_digits_then_end(b: &[u8], mut k: usize) -> bool {
    for _ in 0..3 {
        match digit_at(b, k) {
            Some((_, next)) => k = next,
            None => return false,
        }
    }
    !is_digit_at(b, k)
}

/// An Arabic or (when `chinese`) Chinese number at `i`.
fn any_number_at(s: &str, i: usize, chinese: bool) -> Option<Number> {
    number_at(s, i).or_else(|| {
        if !chinese {
            return None;
        }
        let (v, end) = cn_numeral_at(s, i)?;
        Some(Number {
            value: Decimal::from(v),
            end,
            chinese: true,
        })
    })
}

/// The first qualifier standing `at` that `s[i..]` starts with, and the byte after it.
fn qualifier_at(s: &str, i: usize, at: At) -> Option<(Qualifier, usize)> {
    let (q, len) = figures::qualifier_at(s.get(i..)?, at)?;
    Some((q, i + len))
}

/// The multiplier (`万`, `亿`) that `s[i..]` starts with, and the byte after it.
fn multiplier_at(s: &str, i: usize) -> Option<(i64, usize)> {
    let (m, len) = figures::multiplier_at(s.get(i..)?)?;
    Some((m, i + len))
}

/// The parts of a figure: `{prefix}{number}{余}{万|亿}{余}{classifier}{suffix}`.
struct Figure {
    start: usize,
    value: Decimal,
    qualifier: Qualifier,
    unit: &'static str,
    end: usize,
    chinese: bool,
    multiplied: bool,
}

fn figure_at(s: &str, i: usize, chinese: bool) -> Option<Figure> {
    let mut qualifier = Qualifier::Exact;
    let mut j = i;
    let first = s.as_bytes().get(i).copied().unwrap_or(0);
    if first >= 0x80 && !is_digit_at(s.as_bytes(), i) {
        if let Some((q, e)) = qualifier_at(s, j, At::Before) {
            qualifier = q;
            j = e;
        }
    }
    let n = any_number_at(s, j, chinese)?;
    let mut value = n.value;
    let mut k = n.end;
    if let Some((q, e)) = qualifier_at(s, k, At::AfterNumber) {
        qualifier = q;
        k = e;
    }
    let mut multiplied = false;
    if let Some((m, e)) = multiplier_at(s, k) {
        value = value.checked_mul(Decimal::from(m))?;
        multiplied = true;
        k = e;
        if let Some((q, e)) = qualifier_at(s, k, At::AfterNumber) {
            qualifier = q;
            k = e;
        }
        // `12万5000元`, `3亿2000万元`: a smaller amount right after the multiplier
        if let Some((rest, e)) = compound_rest(s, k, m) {
            value = value.checked_add(rest)?;
            k = e;
        }
    }
    let (unit, mut end) = classifier_at(s, k)?;
    let unit = match unit {
        "万元" | "亿元" => {
            // 万元 after a number already multiplied is odd; keep the classifier as 元
            let m = if unit == "万元" {
                10_000
            } else {
                100_000_000
            };
            if multiplied {
                return None;
            }
            value = value.checked_mul(Decimal::from(m))?;
            multiplied = true;
            "元"
        }
        "\u{ff05}" => "%",
        u => u,
    };
    // A digit right after the classifier means we cut a longer token (e.g. `1个2`).
    if let Some((q, e)) = qualifier_at(s, end, At::AfterUnit) {
        if qualifier == Qualifier::Exact {
            qualifier = q;
            end = e;
        }
    }
    Some(Figure {
        start: i,
        value,
        qualifier,
        unit,
        end,
        chinese: n.chinese,
        multiplied,
    })
}

/// The smaller part of a compound amount after a multiplier `m` (`12万` + `5000`,
/// `3亿` + `2000万`): its value and where it ends, before the classifier.
fn compound_rest(s: &str, k: usize, m: i64) -> Option<(Decimal, usize)> {
    if m < 10_000 {
        return None;
    }
    let n = number_at(s, k).filter(|n| n.value.fract().is_zero())?;
    match multiplier_at(s, n.end) {
        Some((m2, e)) if m2 < m => Some((n.value.checked_mul(Decimal::from(m2))?, e)),
        Some(_) => None,
        // `2000万元` is read by the classifier `万元`: take the 万 here
        None if m > 10_000 && s[n.end..].starts_with("万元") => Some((
            n.value.checked_mul(Decimal::from(10_000))?,
            n.end + "万".len(),
        )),
        None => Some((n.value, n.end)),
    }
}

/// Whether a number may start at `i`: not in the middle of a longer number, a word in
/// Latin letters, a date or an ordinal (`第22期`).
pub(crate) fn may_start(s: &str, i: usize) -> bool {
    let prev = char_before(s, i);
    // `1,23,4567元`, `1 234`: the rest of a number whose grouping is broken
    let grouping = prev.is_some_and(|c| matches!(c, ',' | '\u{ff0c}') || is_group_space(c))
        && char_before(s, i - prev.map_or(0, char::len_utf8))
            .is_some_and(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c));
    if grouping {
        return false;
    }
    match prev {
        None => true,
        Some(c) => {
            !(c.is_ascii_alphanumeric()
                || ('\u{ff10}'..='\u{ff19}').contains(&c)
                || matches!(
                    c,
                    '.' | '\u{ff0e}' | '第' | '-' | '/' | '_' | '@' | '#' | '&'
                ))
        }
    }
}

/// Minus signs before an amount (`-3万元`).
const MINUS: &[char] = &['-', '\u{2212}', '\u{ff0d}'];

/// Money exactly at `i`, possibly negative (`-3万元`): the sign is part of the amount and
/// of its text, so a negative amount is reported, never read as positive.
pub(crate) fn signed_money_at(s: &str, i: usize) -> Option<Money> {
    let Some(sign) = char_at(s, i).filter(|c| MINUS.contains(c)) else {
        return money_at(s, i);
    };
    let mut m = money_at(s, i + sign.len_utf8())?;
    m.yuan.set_sign_negative(true);
    m.span = Span::new(i, m.span.end);
    m.text = s[m.span.range()].to_owned();
    Some(m)
}

/// Whether money can be read at `i`: [`money_at`] without making its text.
pub(crate) fn is_money_at(s: &str, i: usize) -> bool {
    figure_at(s, i, true).is_some_and(|f| f.unit == "元")
}

/// Money exactly at `i` (`236.47万元`, `一亿零一万元`), `None` otherwise.
pub(crate) fn money_at(s: &str, i: usize) -> Option<Money> {
    let f = figure_at(s, i, true)?;
    if f.unit != "元" {
        return None;
    }
    Some(Money {
        yuan: f.value,
        text: s[f.start..f.end].to_owned(),
        qualifier: f.qualifier,
        span: Span::new(f.start, f.end),
    })
}

/// A quantity exactly at `i`, Arabic numbers only.
pub(crate) fn quantity_at(s: &str, i: usize) -> Option<Quantity> {
    let f = figure_at(s, i, false)?;
    Some(to_quantity(f))
}

fn to_quantity(f: Figure) -> Quantity {
    let _ = f.multiplied;
    Quantity {
        value: f.value,
        unit: Cow::Borrowed(f.unit),
        qualifier: f.qualifier,
        span: Span::new(f.start, f.end),
    }
}

/// Every quantity in `s[span]`, in order; offsets are into `s`. Counts glued to a money
/// threshold (`7个10亿元以上项目`) keep the count and drop the threshold.
pub(crate) fn scan(s: &str, span: Span, chinese: bool, out: &mut Vec<Quantity>) {
    let b = s.as_bytes();
    let mut i = span.start;
    let mut last_end = usize::MAX;
    let mut last_was_count = false;
    while let Some(at) = next_candidate(s, i, span.end, chinese) {
        let c = char_at(s, at).unwrap_or(' ');
        if may_start(s, at) {
            if let Some(f) = figure_at(s, at, chinese).filter(|f| f.end <= span.end) {
                let ok_cn = !f.chinese || figures::CHINESE_COUNTED.contains(&f.unit);
                // a digit right after the classifier cuts a longer token (`1个2`), except
                // after a Chinese numeral or a category word (`三大类9个`, `4类31项`) and a
                // count followed by a money threshold (`7个10亿元以上项目`)
                let threshold_next = f.unit == "个"
                    && figure_at(s, f.end, false)
                        .is_some_and(|n| n.unit == "元" && n.qualifier == Qualifier::Over);
                let category = matches!(f.unit, "大类" | "类" | "方面");
                let next_is_digit =
                    is_digit_at(b, f.end) && !f.chinese && !category && !threshold_next;
                let threshold = f.unit == "元" && last_was_count && last_end == f.start;
                if ok_cn && !next_is_digit && !threshold {
                    last_was_count = f.unit == "个";
                    last_end = f.end;
                    i = f.end;
                    let mut q = to_quantity(f);
                    approximate_pair(s, span.start, &mut q);
                    out.push(q);
                    continue;
                }
                if threshold {
                    i = f.end;
                    last_was_count = false;
                    continue;
                }
            }
        }
        // skip the whole run so `2024年` is not read as `024…`
        let mut j = at + c.len_utf8();
        while j < span.end && (is_digit_at(b, j) || matches!(b[j], b'.' | b',')) {
            j += char_at(s, j).map_or(1, char::len_utf8);
        }
        i = j;
        last_was_count = false;
    }
}

/// `3、4次` (three or four times): the figure is the larger, approximate, and its span
/// takes in the smaller one.
fn approximate_pair(s: &str, floor: usize, q: &mut Quantity) {
    let Some(before) = s
        .get(floor..q.span.start)
        .and_then(|b| b.strip_suffix('、'))
    else {
        return;
    };
    let digits: usize = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 6 || q.qualifier != Qualifier::Exact {
        return;
    }
    let start = floor + before.len() - digits;
    // a pair, not the tail of a list (`5、6、8家`)
    if !may_start(s, start) || char_before(s, start) == Some('、') {
        return;
    }
    let low: Option<Decimal> = before[before.len() - digits..]
        .parse::<u64>()
        .ok()
        .map(Decimal::from);
    if low.is_some_and(|l| l < q.value && q.value - l <= Decimal::from(2)) {
        q.qualifier = Qualifier::About;
        q.span = Span::new(start, q.span.end);
    }
}

/// The byte length of the longest prefix qualifier that `before` ends with.
fn prefix_len(before: &str) -> usize {
    figures::before_len(before)
}

/// The next byte at or after `i` (before `end`) where a figure may start: a digit of
/// either width, with a qualifier (`约`, `超过` …) right before it taken in; with `chinese`,
/// also a Chinese numeral. Digits are found by a byte loop without decoding.
fn next_candidate(s: &str, i: usize, end: usize, chinese: bool) -> Option<usize> {
    let b = s.as_bytes();
    if !chinese {
        let j = super::text::next_digit(b, i, end)?;
        let before = &s[i..j];
        return Some(j - prefix_len(before));
    }
    let mut j = i;
    while j < end {
        let lead = b[j];
        let digit = lead.is_ascii_digit()
            || (lead == 0xEF
                && b.get(j + 1) == Some(&0xBC)
                && matches!(b.get(j + 2), Some(0x90..=0x99)));
        if digit {
            return Some(j - prefix_len(&s[i..j]));
        }
        if chinese && lead >= 0x80 {
            if let Some(c) = char_at(s, j) {
                if super::numerals::is_numeral_char(c) {
                    return Some(j - prefix_len(&s[i..j]));
                }
            }
        }
        j += match lead {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xFF => 4,
            _ => 1,
        };
    }
    None
}

impl Money {
    /// Reads a whole string as one amount of money; `None` when it is not exactly that.
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::{Money, Qualifier};
    /// let m = Money::parse("236.47万元").unwrap();
    /// assert_eq!(m.yuan.to_string(), "2364700.00");
    /// assert_eq!(m.qualifier, Qualifier::Exact);
    /// assert_eq!(Money::parse("300余万元").unwrap().qualifier, Qualifier::Over);
    /// assert!(Money::parse("16.5万人").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Money> {
        let m = money_at(text, 0)?;
        (m.span.end == text.len()).then_some(m)
    }
}

impl std::str::FromStr for Money {
    type Err = FigureError;

    /// [`Money::parse`], with an error naming the text.
    ///
    /// ```
    /// use xunshi::Money;
    /// let m: Money = "约1,062.38万元".parse().unwrap();
    /// assert_eq!(m.to_string().parse::<Money>().unwrap(), m);
    /// let err = "十块钱".parse::<Money>().unwrap_err();
    /// assert_eq!(err.to_string(), "expected an amount of money such as “236.47万元”, found “十块钱”");
    /// ```
    fn from_str(s: &str) -> Result<Money, FigureError> {
        Money::parse(s).ok_or_else(|| FigureError::new("an amount of money", "236.47万元", s))
    }
}

impl Quantity {
    /// Every figure in `text`, in order, with spans into `text`; counts glued to a money
    /// threshold (`7个10亿元以上项目`) keep the count only.
    ///
    /// ```
    /// use xunshi::Quantity;
    /// let qs = Quantity::scan("新增企业21家,增速46.5%,落地7个10亿元以上项目");
    /// let units: Vec<&str> = qs.iter().map(|q| q.unit.as_ref()).collect();
    /// assert_eq!(units, ["家", "%", "个"]);
    /// ```
    pub fn scan(text: &str) -> Vec<Quantity> {
        let mut out = Vec::new();
        scan(text, Span::new(0, text.len()), false, &mut out);
        out
    }

    /// Reads a whole string as one quantity; `None` when it is not exactly that.
    ///
    /// ```
    /// use xunshi::Quantity;
    /// let q = Quantity::parse("16.5万人次").unwrap();
    /// assert_eq!(q.value.to_string(), "165000.0");
    /// assert_eq!(q.unit, "人次");
    /// ```
    pub fn parse(text: &str) -> Option<Quantity> {
        let q = quantity_at(text, 0)?;
        (q.span.end == text.len()).then_some(q)
    }
}

impl std::str::FromStr for Quantity {
    type Err = FigureError;

    /// [`Quantity::parse`], with an error naming the text.
    ///
    /// ```
    /// use xunshi::Quantity;
    /// let q: Quantity = "约3.5万人次".parse().unwrap();
    /// assert_eq!(q.to_string(), "约35000.0人次");
    /// let back: Quantity = q.to_string().parse().unwrap();
    /// assert_eq!((back.value, back.unit, back.qualifier), (q.value, q.unit, q.qualifier));
    /// ```
    fn from_str(s: &str) -> Result<Quantity, FigureError> {
        Quantity::parse(s)
            .ok_or_else(|| FigureError::new("a figure with its classifier", "17家", s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<(String, Qualifier, String)> {
        let m = money_at(s, 0)?;
        Some((m.yuan.to_string(), m.qualifier, m.text))
    }

    #[test]
    fn money_table() {
        use Qualifier::*;
        type Case<'a> = (&'a str, Option<(&'a str, Qualifier, &'a str)>);
        let cases: &[Case] = &[
            ("236.47万元", Some(("2364700.00", Exact, "236.47万元"))),
            ("1062.38万元,", Some(("10623800.00", Exact, "1062.38万元"))),
            ("1,062.38万元", Some(("10623800.00", Exact, "1,062.38万元"))),
            ("2,360,000元", Some(("2360000", Exact, "2,360,000元"))),
            ("12元", Some(("12", Exact, "12元"))),
            ("3.5亿元", Some(("350000000.0", Exact, "3.5亿元"))),
            ("300余万元", Some(("3000000", Over, "300余万元"))),
            ("300万余元", Some(("3000000", Over, "300万余元"))),
            ("约2亿元", Some(("200000000", About, "约2亿元"))),
            ("近50万元", Some(("500000", Nearly, "近50万元"))),
            ("10万元以上", Some(("100000", Over, "10万元以上"))),
            ("0.1234万元", Some(("1234.0000", Exact, "0.1234万元"))),
            ("１２．５万元", Some(("125000.0", Exact, "１２．５万元"))),
            ("16.5万人", None),
            ("12.5%", None),
            ("元", None),
        ];
        for (s, want) in cases {
            let got = m(s);
            let want = want.map(|(a, q, t)| (a.to_owned(), q, t.to_owned()));
            assert_eq!(got, want, "money_at({s:?})");
        }
    }

    #[test]
    fn quantities_in_prose() {
        let s = "2023年新落地5个10亿元以上项目,新增企业17家,增速46.5%,16.5万人次参与,第22期录用";
        let got = figures(s, false);
        assert_eq!(got, ["5个", "17家", "46.5%", "165000.0人次"]);
    }

    /// The figures `scan` finds in all of `s`, as `{value}{unit}`.
    fn figures(s: &str, chinese: bool) -> Vec<String> {
        let mut out = Vec::new();
        scan(s, Span::new(0, s.len()), chinese, &mut out);
        out.iter()
            .map(|q| format!("{}{}", q.value, q.unit))
            .collect()
    }

    #[test]
    fn chinese_counts_before_arabic_ones() {
        let s = "针对巡察反馈的三大类9个问题,逐项";
        let got = figures(s, true);
        assert_eq!(got, ["3大类", "9个"]);
    }

    #[test]
    fn approximate_pairs() {
        let s = "督导检查3、4次,抽查5、6、8家";
        let mut out = Vec::new();
        scan(s, Span::new(0, s.len()), false, &mut out);
        let got: Vec<(String, Qualifier, &str)> = out
            .iter()
            .map(|q| {
                (
                    format!("{}{}", q.value, q.unit),
                    q.qualifier,
                    &s[q.span.range()],
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("4次".to_owned(), Qualifier::About, "3、4次"),
                ("8家".to_owned(), Qualifier::Exact, "8家")
            ]
        );
    }

    #[test]
    fn chinese_counts() {
        let s = "反馈了六个方面二十三个问题,一把手带头";
        let got = figures(s, true);
        assert_eq!(got, ["6个", "23个"]);
    }

    #[test]
    fn overflow_is_none() {
        assert!(number_at("99999999999999999999999999999999", 0).is_none());
    }
}
