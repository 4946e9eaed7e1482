//! Stage 3, the closing (结尾), read from the end: trailing chrome, the signature, the
//! contact block and the closing plan (下一步). What is left between the header and the
//! closing is the body.

use super::Reader;
use super::grammar::classify::is_forward;
use super::grammar::contact::{contact, is_contact, names_contact};
use super::grammar::labels::label_at;
use super::grammar::next_steps::{is_next_steps, next_steps};
use super::grammar::outline::heading_end;
use super::grammar::signature::{date_line, is_issuer, is_signature_line, signature};
use crate::lex::items::starts_with_item_label;
use crate::lex::text::{ends_sentence, is_ws};
use crate::vocab::closing::FINAL_CHARS;
use crate::vocab::headings::STATUS_FIELDS;
use crate::{Code, PassageKind, Severity};

/// The most characters of a status field's value and colon (`完成情况:持续推进`).
const STATUS_VALUE_CHARS: usize = 12;

/// The label of a contact person's line (`联系人:王小青`), which ends with no mark.
const CONTACT_PERSON: &str = "联系人";

/// How many lines from the end the signature may stand.
const SIGNATURE_LINES: usize = 12;

/// Reads the closing.
pub(crate) fn read(r: &mut Reader<'_>) {
    let signature = signature_lines(r);
    let mut end = signature.map_or(r.body.end, |(issuer, date)| issuer.unwrap_or(date));
    let start = contact_start(r, end);
    if start < end {
        r.report.contact = Some(contact(r.input, &r.spans(start..end)));
    }
    match signature {
        Some((issuer, date)) => read_signature(r, issuer, date),
        None => check_truncated(r),
    }
    end = start;
    if let Some(ns) = next_steps_start(r, end) {
        let (lead, steps) = next_steps(r.input, &r.spans(ns..end));
        r.report.next_steps_intro = lead.map(|l| r.passage(PassageKind::Prose, l));
        r.report.next_steps = steps;
        end = ns;
    }
    r.body.end = end;
}

/// The first line of the contact block that ends before line `end`: the contact lines
/// above it, and `一是…` items right under an invitation, when one of them names a
/// contact (`欢迎…监督,可通过以下方式反映:` / `一是来信…` / `二是来电,联系电话:…`): those
/// are the contact's, not items of the body.
fn contact_start(r: &Reader<'_>, end: usize) -> usize {
    let mut start = end;
    loop {
        while start > r.body.start && is_contact(r.line(start - 1)) {
            start -= 1;
        }
        let mut k = start;
        while k > r.body.start && starts_with_item_label(r.line(k - 1)) {
            k -= 1;
        }
        let under_invitation = k < start && k > r.body.start && is_contact(r.line(k - 1));
        if !under_invitation || !(k..start).any(|j| names_contact(r.line(j))) {
            return start;
        }
        start = k - 1;
    }
}

/// The first line of the closing plan: the last top-level part when it looks forward
/// (`三、持续巩固深化整改成果`, `四、今后工作打算`), else the last `下一步` line.
fn next_steps_start(r: &Reader<'_>, end: usize) -> Option<usize> {
    forward_part(r, end).or_else(|| {
        (r.body.start..end)
            .rev()
            .find(|&k| is_next_steps(r.line(k)))
    })
}

/// The last top-level part of the body (a heading of the first heading's shape), when it
/// is not the only one and looks forward.
fn forward_part(r: &Reader<'_>, end: usize) -> Option<usize> {
    let shape = |k: usize| label_at(r.line(k)).map(|l| (l.shape, l.len));
    let lines = r.body.start..end;
    let (top, _) = lines.clone().find_map(shape)?;
    let mut tops = lines
        .rev()
        .filter(|&k| shape(k).is_some_and(|(s, _)| s == top));
    let last = tops.next()?;
    tops.next()?;
    let (_, len) = shape(last)?;
    // the heading sentence, and the text after it on its line or else the next line, as
    // the outline reads them: a part looks forward however its text is laid out
    let rest = &r.line(last)[len..];
    let h = heading_end(rest);
    let tail = rest[h..].trim_start_matches(is_ws);
    let next = match tail {
        "" if last + 1 < end => r.line(last + 1),
        _ => tail,
    };
    is_forward(&rest[..h], next).then_some(last)
}

/// The signature's lines: the issuer's, when it stands alone above the date, and the
/// date's, among the last lines of the body.
fn signature_lines(r: &Reader<'_>) -> Option<(Option<usize>, usize)> {
    let body = r.body.clone();
    // contact lines after the signature do not count towards how far back it may stand
    let mut seen = 0;
    let k = body.clone().rev().find(|&k| {
        let line = r.line(k);
        seen += usize::from(!is_contact(line));
        seen > SIGNATURE_LINES || is_signature_line(line)
    })?;
    if seen > SIGNATURE_LINES {
        return None;
    }
    let issuer = (k > body.start
        && date_line(r.line(k)).is_some()
        && is_issuer(r.line(k - 1))
        && !(k - 1 > body.start && is_bare_heading(r.line(k - 2))))
    .then_some(k - 1);
    Some((issuer, k))
}

/// Whether a line is a heading whose sentence is left open, with no text after it
/// (`(三)规范财务管理`): the line after it is its text, not an issuer, however it ends (as
/// on the heading's own line, where `render` found it). A heading that ends its sentence
/// (`(三)规范财务管理。`) may stand above the issuer.
fn is_bare_heading(line: &str) -> bool {
    label_at(line).is_some_and(|l| {
        let rest = &line[l.len..];
        let end = heading_end(rest);
        rest[end..].trim_start_matches(is_ws).is_empty() && !ends_sentence(&rest[..end])
    })
}

/// Reads the signature; the lines after it are chrome, but for those naming a contact
/// when no contact block stands before the signature (`联系电话:…` after the date).
fn read_signature(r: &mut Reader<'_>, issuer: Option<usize>, date: usize) {
    let after = date + 1..r.lines.len();
    let contact_lines: Vec<usize> = match r.report.contact {
        Some(_) => Vec::new(),
        None => after
            .clone()
            .filter(|&k| names_contact(r.line(k)))
            .collect(),
    };
    for k in after.filter(|k| !contact_lines.contains(k)) {
        r.keep(PassageKind::Chrome, r.span(k));
    }
    if !contact_lines.is_empty() {
        let spans: Vec<_> = contact_lines.iter().map(|&k| r.span(k)).collect();
        r.report.contact = Some(contact(r.input, &spans));
    }
    let sig = signature(
        r.input,
        issuer.map(|i| r.span(i)),
        r.span(date),
        &mut r.notes,
    );
    r.report.signature = Some(sig);
}

/// A text with no signature whose last line stops mid-sentence was cut off.
///
/// A contact line (`电子邮箱:…`) or an item's status field (`完成情况:持续推进`) ends
/// with no mark, so neither is a sign of it.
fn check_truncated(r: &mut Reader<'_>) {
    let last = r.lines.len() - 1;
    let text = r.line(last);
    let in_contact = r
        .report
        .contact
        .as_ref()
        .is_some_and(|c| c.span.end >= r.span(last).end);
    // a status field's value is a word or two (`已完成`, `持续推进`), never a clause
    let status = STATUS_FIELDS.iter().any(|f| {
        text.strip_prefix(f).is_some_and(|rest| {
            rest.starts_with([':', '\u{ff1a}'])
                && rest.chars().count() <= STATUS_VALUE_CHARS
                && !rest.contains([',', '\u{ff0c}', ';', '\u{ff1b}'])
        })
    });
    let contact_line = names_contact(text) || text.starts_with(CONTACT_PERSON);
    if text.ends_with(FINAL_CHARS)
        || r.lines.len() <= r.body.start
        || in_contact
        || status
        || contact_line
    {
        return;
    }
    let tail = tail_chars(text, 12);
    r.notes.push(
        Severity::Warning,
        Code::Truncated,
        format!("the text ends early, mid-sentence: “…{tail}”"),
        vec![r.span(last)],
    );
}

/// The last `n` characters of `s`.
fn tail_chars(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    let skip = count.saturating_sub(n);
    s.char_indices().nth(skip).map_or("", |(i, _)| &s[i..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tails() {
        assert_eq!(tail_chars("一二三四", 2), "三四");
        assert_eq!(tail_chars("一二", 5), "一二");
    }
}
