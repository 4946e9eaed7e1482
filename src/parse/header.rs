//! Stage 2, the header (开头段): the inspection, read from the header line (and the next
//! line when the feedback sentence stands there); text glued before `根据` is debris.

use super::Reader;
use super::grammar::header as grammar;
use super::grammar::labels::label_at;
use super::grammar::team::has_scheme;
use crate::lex::text::{Line, is_ws};
use crate::vocab::inspection::{ANNOUNCEMENT_ENDS, OPENINGS, UNIT_BODIES, is_self_reference};
use crate::{Code, PassageKind, Report, Severity, Span};

/// The longest feedback sentence that is read as the header's second line.
const FEEDBACK_LINE_CHARS: usize = 240;

/// Reads the header, when the front found one.
pub(crate) fn read(r: &mut Reader<'_>) {
    let Some(h) = r.header else { return };
    let span = strip_debris(r, r.span(h));
    r.body.start = h + 1;
    let (mut insp, mut end) = grammar::parse(&r.input[span.range()], span.start, &mut r.notes);
    let mut last = h;
    let announced = ends_with_announcement(&r.input[span.range()]);
    if insp.feedback_date.is_none() && end == span.len() && !announced && feedback_follows(r, h + 1)
    {
        let joined = span.to(r.span(h + 1));
        let (again, again_end) =
            grammar::parse(&r.input[joined.range()], joined.start, &mut r.notes);
        if again.feedback_date.is_some() {
            (insp, end, last) = (again, again_end, h + 1);
            r.body.start = h + 2;
        }
    }
    let start = insp.span.start;
    cut_line(r, last, start + end);
    insp.span = Span::new(start, r.span(last).end);
    r.report.inspection = Some(insp);
}

/// Cuts line `k` at byte `at` when text follows: the rest is a line of the body (a
/// notice written on one line, counts declared after the header's sentences).
fn cut_line(r: &mut Reader<'_>, k: usize, at: usize) {
    let line = r.span(k);
    let rest = Line::new(r.input, at, line.end);
    if rest.span.is_empty() || at <= line.start {
        return;
    }
    r.lines[k] = Line::new(r.input, line.start, at);
    r.lines.insert(k + 1, rest);
    r.body.end += 1;
}

/// Whether the header line ends with its announcement (`现将整改情况予以公布。`): the
/// header is complete, and a feedback sentence on the next line is not its own.
fn ends_with_announcement(line: &str) -> bool {
    let t =
        line.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | ':' | '\u{ff1a}'));
    ANNOUNCEMENT_ENDS.iter().any(|w| t.ends_with(w))
}

/// Whether line `k` is a short feedback sentence, not a heading.
fn feedback_follows(r: &Reader<'_>, k: usize) -> bool {
    k < r.lines.len() && {
        let line = r.line(k);
        line.contains("反馈")
            && line.chars().count() < FEEDBACK_LINE_CHARS
            && label_at(line).is_none()
    }
}

/// The header line without spam glued before `根据`, which is kept and reported.
fn strip_debris(r: &mut Reader<'_>, span: Span) -> Span {
    let txt = &r.input[span.range()];
    let opening = OPENINGS.iter().filter_map(|w| txt.find(w)).min();
    let Some(p) = opening.filter(|&p| p > 0 && !txt[..p].contains('巡')) else {
        return span;
    };
    let junk = Span::new(span.start, span.start + p);
    r.notes.push(
        Severity::Warning,
        Code::LeadingDebris,
        format!("text glued before the header: “{}”", &txt[..p]),
        vec![junk],
    );
    r.keep(PassageKind::Unknown, junk);
    Span::new(span.start + p, span.end)
}

/// The first body of an issuer that names two run together (`青溪县林业局党组青溪县林业局`,
/// as a title squeezes them): up to its first party body's word.
fn first_body(x: &str) -> &str {
    UNIT_BODIES
        .iter()
        .filter_map(|b| x.find(b).map(|p| p + b.len()))
        .min()
        .map_or(x, |end| &x[..end])
}

/// Whether an issuer (without `中共`) can name the inspected unit: not empty, itself no
/// self-reference, no inspection body (`县委巡察工作领导小组办公室` publishes for the unit,
/// it is not the unit), and holding no debris (a control or replacement character, a
/// column tag's `【】`, a label's colon).
fn names_a_unit(x: &str) -> bool {
    !x.is_empty()
        && !is_self_reference(x)
        && !has_scheme(x)
        && !x
            .chars()
            .any(|c| c.is_control() || matches!(c, '\u{fffd}' | '【' | '】' | ':' | '\u{ff1a}'))
}

/// A target that is the notice naming itself (`对我院党组开展了巡察`) is the unit that
/// issues it: the title's issuer, else the signature's, else the feedback's recipient when
/// that names the unit, without `中共` and spaces. The words as written move to
/// `target_as_written`; with no issuer, they stay. A self-referring recipient
/// (`向我院党组反馈`) is named the same way (`feedback_recipient_as_written`).
pub(crate) fn name_self_reference(report: &mut Report) {
    let Some(i) = &report.inspection else { return };
    let own = |x: &Option<String>| x.as_deref().is_some_and(is_self_reference);
    let (target, recipient) = (own(&i.target), own(&i.feedback_recipient));
    if !target && !recipient {
        return;
    }
    let title = report.title.as_ref().and_then(|t| t.issuer.as_deref());
    let signed = report.signature.as_ref().and_then(|s| s.issuer.as_deref());
    let unit = [title, signed, i.feedback_recipient.as_deref()]
        .into_iter()
        .flatten()
        .map(|x| {
            // two bodies side by side (`中共青溪县林业局党组 青溪县林业局`): the first
            let x = x.split(is_ws).find(|w| !w.is_empty()).unwrap_or("");
            let x = x.strip_prefix("中共").unwrap_or(x);
            first_body(x).to_owned()
        })
        .find(|x| names_a_unit(x));
    let (Some(unit), Some(i)) = (unit, &mut report.inspection) else {
        return;
    };
    if target {
        i.target_as_written = i.target.replace(unit.clone());
    }
    if recipient {
        i.feedback_recipient_as_written = i.feedback_recipient.replace(unit);
    }
}
