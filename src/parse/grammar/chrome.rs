//! Page chrome (网页框架): the lines a web page puts around the notice, and the
//! publication stamp among them (`发布时间:2024-09-12 10:30`, `2023-11-02 16:21来源:…`).

use crate::lex::dates::find_date;
use crate::lex::text::is_ws;
use crate::vocab::closing::{NOT_STAMPS, STAMP_WORDS};
use crate::vocab::contains_any;
use crate::{PartialDate, Span};

/// The publication date in a chrome line and its span within the line.
pub(crate) fn published_in(line: &str) -> Option<(PartialDate, Span)> {
    let starts_with_date = line
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c));
    if contains_any(line, NOT_STAMPS) {
        return None;
    }
    if !contains_any(line, STAMP_WORDS) && !starts_with_date {
        return source_and_date(line);
    }
    let (start, d) = find_date(line, 0)?;
    if d.year.is_none() || d.month.is_none() {
        return None;
    }
    Some((d.resolve(None)?, Span::new(start, d.end)))
}

/// The most characters of a source-and-date line (`青溪日报数字报 2024-07-12`).
const SOURCE_LINE_CHARS: usize = 40;

/// A short page line that ends with a full date after its source's name, with no stamp
/// word (`青溪日报数字报 2024-07-12`): the date it was published.
fn source_and_date(line: &str) -> Option<(PartialDate, Span)> {
    let line = line.trim_end_matches(is_ws);
    if line.chars().count() > SOURCE_LINE_CHARS {
        return None;
    }
    let (start, d) = find_date(line, 0)?;
    let whole = d.end == line.len() && d.year.is_some() && d.month.is_some() && d.day.is_some();
    let spaced = line[..start].ends_with(is_ws);
    (whole && spaced && start > 0).then(|| d.resolve(None).map(|p| (p, Span::new(start, d.end))))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps() {
        let (d, s) = published_in("发布时间:2024-09-12 10:30").unwrap();
        assert_eq!(d.to_string(), "2024-09-12");
        assert_eq!(&"发布时间:2024-09-12 10:30"[s.range()], "2024-09-12");
        assert!(published_in("2023-11-02 16:21来源:云澜市人民政府网").is_some());
        assert!(published_in("成文日期:2023-11-01").is_none());
        assert!(published_in("浏览量:123").is_none());
        let (d, _) = published_in("青溪日报数字报 2024-07-12").unwrap();
        assert_eq!(d.to_string(), "2024-07-12");
        assert!(published_in("青溪日报数字报2024-07-12").is_none());
        assert!(published_in("青溪日报 2024-07").is_none());
        assert!(published_in("会议于 2024年7月12日召开").is_none());
    }
}
