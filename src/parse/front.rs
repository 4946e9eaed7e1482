//! Stage 1, the front (开头): the header line is found, the title among the lines before
//! it, and every other line before it is page chrome (with the publication stamp).

use super::Reader;
use super::grammar::team::TEAM;
use super::grammar::title::{joins_above, joins_below, joins_halves};
use super::grammar::{chrome, header, title};
use crate::vocab::headings::TITLE_LABELS;
use crate::{ParseError, ParseErrorKind, PassageKind, Span};

/// How many lines a notice with no header may spend on chrome before its title.
const FRONT_LINES: usize = 12;

/// How far into a notice with neither header nor title an inspection team may stand.
const TEAM_LINES: usize = 40;

/// Reads the front; a text with no header, no title and no team is not a report.
pub(crate) fn read(r: &mut Reader<'_>) -> Result<(), ParseError> {
    r.header = (0..r.lines.len()).find(|&k| header::is_header(r.line(k)));
    let front_end = r.header.unwrap_or(r.lines.len().min(FRONT_LINES));
    let title = title_lines(r, front_end);
    if r.header.is_none()
        && title.is_none()
        && !(0..r.lines.len().min(TEAM_LINES)).any(|k| TEAM.is_match(r.line(k)))
    {
        return Err(ParseError::new(
            ParseErrorKind::NotAReport,
            Some(r.span(0)),
            r.line(0),
        ));
    }
    if let Some((a, b)) = title {
        let mut span = r.span(a).to(r.span(b - 1));
        // an information block's label (`文件名称:`) is the page's, not the title's
        if let Some(label) = title_label(r.line(a)) {
            r.keep(
                PassageKind::Chrome,
                Span::new(span.start, span.start + label),
            );
            span = Span::new(span.start + label, span.end);
        }
        r.report.title = Some(title::parse(&r.input[span.range()], span, &mut r.notes));
    }
    for k in 0..front_end {
        if title.is_some_and(|(a, b)| a <= k && k < b) {
            continue;
        }
        let span = r.span(k);
        if r.report.published.is_none() {
            if let Some((date, at)) = chrome::published_in(r.line(k)) {
                r.report.published = Some(date);
                r.report.published_span = Some(at.shifted(span.start));
            }
        }
        r.keep(PassageKind::Chrome, span);
    }
    r.body = front_end..r.lines.len();
    Ok(())
}

/// The title's lines before `end`: the last title-like line, with the issuer on the line
/// above it (`中共某某局委员会` / `关于…的通报`), or a title split over two lines.
fn title_lines(r: &Reader<'_>, end: usize) -> Option<(usize, usize)> {
    let mut found = None;
    for k in 0..end {
        let line = r.line(k);
        if title::is_title(line) {
            let above = if k > 0 { r.line(k - 1) } else { "" };
            let next = if k + 1 < end { r.line(k + 1) } else { "" };
            let start = if joins_above(above, line) { k - 1 } else { k };
            found = Some((start, k + 1 + usize::from(joins_below(line, next))));
        } else if k + 1 < end && joins_halves(line, r.line(k + 1)) {
            found = Some((k, k + 2));
        }
    }
    found
}

/// The length of a title label and its colon at the start of `line` (`文件名称:`).
fn title_label(line: &str) -> Option<usize> {
    TITLE_LABELS.iter().find_map(|l| {
        let rest = line.strip_prefix(l)?;
        let colon = rest
            .chars()
            .next()
            .filter(|c| matches!(c, ':' | '\u{ff1a}'))?;
        Some(l.len() + colon.len_utf8())
    })
}
