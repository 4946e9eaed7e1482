//! Page chrome (网页框架): the lines a web page puts around the notice.

use super::dates::find_date;
use crate::PartialDate;

/// Words that mark a publication stamp line.
const STAMP_WORDS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发文日期",
    "日期",
    "时间",
    "来源",
    "发布",
];

/// A publication date in a chrome line (`发布时间:2024-09-12 10:30`, `2023-11-02 16:21来源:…`).
pub(crate) fn published_in(line: &str) -> Option<PartialDate> {
    let stamp = STAMP_WORDS.iter().any(|w| line.contains(w));
    let starts_with_date = line
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c));
    if !stamp && !starts_with_date {
        return None;
    }
    if line.contains("成文日期") {
        return None;
    }
    let (_, d) = find_date(line, 0)?;
    if d.year.is_none() || d.month.is_none() {
        return None;
    }
    d.resolve(None)
}
