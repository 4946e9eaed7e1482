//! The signature (落款): the issuing body on one line and the date on the next, or both on
//! one line; `(此件公开发布)` may follow the date.

use super::Notes;
use super::labels::label_at;
use crate::lex::dates::{RawDate, date_at};
use crate::lex::items::starts_with_item_label;
use crate::lex::text::is_ws;
use crate::vocab::closing::{ISSUER_ENDS, ISSUER_NEVER_STARTS, ISSUER_STARTS};
use crate::vocab::{ends_with_any, starts_with_any};
use crate::{Code, Severity, Signature, Span};

/// A line that is only a date (the signature date), possibly followed by a note in
/// parentheses (`(此件公开发布)`).
///
/// An impossible date still reads as the signature's date line (and is reported).
pub(crate) fn date_line(line: &str) -> Option<RawDate> {
    if line.len() > 120 {
        return None;
    }
    let d = date_at(line, 0)?;
    d.year?;
    d.month?;
    let rest = line[d.end..].trim_matches(is_ws);
    let ok = rest.is_empty()
        || (rest.starts_with(['(', '\u{ff08}'])
            && rest.ends_with([')', '\u{ff09}'])
            && rest.chars().count() <= 20);
    ok.then_some(d)
}

/// Whether a short line names an issuing body (`中共青岚县委`); a line that starts with an
/// item's label (`(三)…`, `二是…`) is an item, and one that starts like a sentence
/// (`依照…`, `根据…`) or with a quotation mark is prose, not an issuer.
pub(crate) fn is_issuer(line: &str) -> bool {
    let n = line.chars().count();
    (2..=40).contains(&n)
        && label_at(line).is_none()
        && !starts_with_item_label(line)
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
        && !starts_with_any(line, ISSUER_NEVER_STARTS)
        && (starts_with_any(line, ISSUER_STARTS) || ends_with_any(line, ISSUER_ENDS))
}

/// An issuer and date on one line (`中共某某县委 2024年6月1日`): the byte where the date
/// starts and the date.
pub(crate) fn issuer_and_date(line: &str) -> Option<(usize, RawDate)> {
    if line.len() > 240 {
        return None;
    }
    line.char_indices().skip(2).find_map(|(i, _)| {
        let d = date_line(&line[i..])?;
        is_issuer(line[..i].trim_end_matches(is_ws)).then_some((i, d))
    })
}

/// Whether a line ends the notice: a signature date, alone or after its issuer.
pub(crate) fn is_signature_line(line: &str) -> bool {
    date_line(line).is_some() || issuer_and_date(line).is_some()
}

/// Reads the signature from its lines: the issuer's line, when it stands alone, and the
/// date's line.
pub(crate) fn signature(
    input: &str,
    issuer_line: Option<Span>,
    date: Span,
    notes: &mut Notes,
) -> Signature {
    let line = &input[date.range()];
    let (issuer, raw, at) = match issuer_line {
        Some(s) => (Some(input[s.range()].to_owned()), date_line(line), 0),
        None => match issuer_and_date(line) {
            Some((i, d)) => (
                Some(line[..i].trim_end_matches(is_ws).to_owned()),
                Some(d),
                i,
            ),
            None => (None, date_line(line), 0),
        },
    };
    if let Some(r) = raw.filter(|r| r.is_impossible()) {
        let span = Span::new(date.start + at, date.start + at + r.end);
        notes.push(
            Severity::Error,
            Code::ImpossibleDate,
            format!(
                "the signature date “{}” does not exist",
                &input[span.range()]
            ),
            vec![span],
        );
    }
    Signature {
        issuer,
        date: raw.and_then(|r| r.resolve(None)),
        span: issuer_line.map_or(date, |s| s.to(date)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(date_line("2024年6月1日").is_some());
        assert!(date_line("2024年6月1日(此件公开发布)").is_some());
        assert!(date_line("2024年6月1日召开会议").is_none());
        assert!(date_line("6月1日").is_none());
        assert!(is_issuer("中共青岚县委"));
        assert!(is_issuer("青岚县林业局党组"));
        assert!(!is_issuer("联系电话:0000"));
        assert!(!is_issuer("全面完成整改,取得成效"));
        assert!(!is_issuer("(三)严肃查处县林业局"));
        assert!(!is_issuer("二是督促县林业局党组"));
        assert!(!is_issuer("依照巡察工作规定和党务公开要求县委巡察办公室"));
        assert!(!is_issuer("“清风护航”行动领导小组办公室"));
        let (i, _) = issuer_and_date("中共青岚县委 2024年6月1日").unwrap();
        assert_eq!(i, "中共青岚县委 ".len());
        assert!(is_signature_line("中共青岚县委2024年6月1日"));
    }
}
