//! Stage 5, the checks (检查): the safety net that keeps every character no element holds
//! as an unknown passage, and the scans of the whole text for template placeholders and
//! numbers too large to hold. First the report gives back the slack of its vectors.

use super::Reader;
use crate::lex::figures::{is_money_at, number_at};
use crate::lex::text::{
    char_at, char_before, digit_at, is_digit_at, is_ws, next_digit, prefix_chars,
};
use crate::vocab::figures::classifier;
use crate::{Code, Issue, PassageKind, Report, Section, Severity, Span, Visit, visit_spans};

/// Runs the checks.
pub(crate) fn read(r: &mut Reader<'_>) {
    // the slack goes first, so that it is not held while the spans are gathered
    shrink(&mut r.report);
    for s in uncovered(&r.report, r.input) {
        r.keep(PassageKind::Unknown, s);
    }
    r.report.unrecognized.sort_by_key(|p| p.span.start);
    r.report.unrecognized.shrink_to_fit();
    placeholders(r);
    figures(r);
}

/// The runs of non-whitespace characters inside no span at all; only the gaps between
/// spans are read, so this is cheap when coverage is (nearly) complete.
pub(crate) fn uncovered(report: &Report, input: &str) -> Vec<Span> {
    let mut all: Vec<Span> = Vec::new();
    visit_spans(report, &mut |_: Visit, s| Span::push_joined(&mut all, s));
    let mut out = Vec::new();
    let mut gap_start = 0;
    for s in Span::merge(all) {
        if s.start > gap_start {
            gap(input, gap_start, s.start.min(input.len()), &mut out);
        }
        gap_start = gap_start.max(s.end);
    }
    if gap_start < input.len() {
        gap(input, gap_start, input.len(), &mut out);
    }
    out
}

/// The runs of non-whitespace characters in `input[from..to]`.
fn gap(input: &str, from: usize, to: usize, out: &mut Vec<Span>) {
    let mut run: Option<Span> = None;
    for (i, c) in input[from..to].char_indices() {
        let i = from + i;
        if is_ws(c) {
            out.extend(run.take());
        } else {
            let end = i + c.len_utf8();
            run = Some(run.map_or(Span::new(i, end), |r| Span::new(r.start, end)));
        }
    }
    out.extend(run);
}

/// What follows a figure's digits: the words of money (`元`, `万元`, `亿元`), another
/// classifier, or nothing a figure ends with.
#[derive(PartialEq, Eq)]
enum Follows {
    Money,
    Classifier,
    Nothing,
}

/// What the text after a figure's digits makes it: qualifiers and multipliers skipped.
fn follows(s: &str) -> Follows {
    let mut rest = s;
    // the words skipped all begin with the byte E4 or E5: most figures are followed by
    // neither, and need no look at the words
    if matches!(s.as_bytes().first(), Some(0xE4 | 0xE5)) {
        for w in ["余", "多", "万亿", "亿", "千万", "万", "千", "余", "多"] {
            rest = rest.strip_prefix(w).unwrap_or(rest);
        }
    }
    match classifier(rest) {
        Some("元" | "万元" | "亿元") => Follows::Money,
        Some(_) => Follows::Classifier,
        None if rest.len() < s.len() && s.starts_with(['万', '亿']) => Follows::Classifier,
        None => Follows::Nothing,
    }
}

/// The figure token at `start`: digits with the separators a figure may hold (or a
/// malformed one may: `1.2.3`, `1e30`, `1,23,4567`) between them.
fn token_end(s: &str, start: usize) -> usize {
    let b = s.as_bytes();
    let mut j = start;
    loop {
        if let Some((_, next)) = digit_at(b, j) {
            j = next;
            continue;
        }
        let Some(c) = char_at(s, j) else { break };
        let joins = matches!(
            c,
            '.' | '\u{ff0e}' | ',' | '\u{ff0c}' | 'e' | 'E' | '\u{a0}' | '\u{2009}' | '\u{202f}'
        ) || (c == ' ' && is_digit_at(b, j + 1));
        if joins && is_digit_at(b, j + c.len_utf8()) {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j
}

/// Figures no exact value can be read from (`1.2.3万元`, `1e30亿元`, `.5万元`,
/// `1,23,4567元`) and numbers larger than a count (`u64`) or an amount (`Decimal`) can
/// hold: each reported once, with the span of its whole token; no part of it is read.
fn figures(r: &mut Reader<'_>) {
    let s = r.input;
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(start) = next_digit(b, i, b.len()) {
        let end = token_end(s, start);
        i = end.max(start + 1);
        let lead = char_before(s, start).filter(|c| matches!(c, '.' | '\u{ff0e}'));
        let token_start = start - lead.map_or(0, char::len_utf8);
        let kind = follows(&s[end..]);
        // a token of digits alone is read whole (or not at all, past 28 digits): only a
        // token with separators can be cut short
        let cut_short =
            !only_digits(b, start, end) && number_at(s, start).is_some_and(|n| n.end < end);
        if kind != Follows::Nothing && (lead.is_some() || cut_short) {
            let written = &s[token_start..end];
            r.notes.push(
                Severity::Warning,
                Code::MalformedFigure,
                format!(
                    "the figure “{}” is not a number as written; it was not read",
                    prefix_chars(written, 24)
                ),
                vec![Span::new(token_start, end)],
            );
            continue;
        }
        too_large(r, start, end, kind);
    }
}

/// Whether `b[start..end]` holds digits (of either width) and nothing else.
fn only_digits(b: &[u8], mut j: usize, end: usize) -> bool {
    while j < end {
        match digit_at(b, j) {
            Some((_, next)) => j = next,
            None => return false,
        }
    }
    true
}

/// The number of digits in `b[start..end]` and its value (`None` past `u64`).
fn digits_of(b: &[u8], start: usize, end: usize) -> Option<(usize, Option<u64>)> {
    let (mut digits, mut value, mut j) = (0usize, Some(0u64), start);
    while j < end {
        match digit_at(b, j) {
            Some((d, next)) => {
                digits += 1;
                value = value.and_then(|v| v.checked_mul(10)?.checked_add(u64::from(d)));
                j = next;
            }
            None => j += 1,
        }
    }
    (digits > 0).then_some((digits, value))
}

/// Reports a well-formed number too large for what it counts: an amount of money past
/// `Decimal`, any other figure past `u64`.
fn too_large(r: &mut Reader<'_>, start: usize, end: usize, kind: Follows) {
    let s = r.input;
    let Some((digits, value)) = digits_of(s.as_bytes(), start, end) else {
        return;
    };
    let overflow = match kind {
        Follows::Money => !is_money_at(s, start),
        _ => value.is_none(),
    };
    if overflow {
        r.notes.push(
            Severity::Error,
            Code::NumberOverflow,
            format!(
                "the number “{}…” ({digits} digits) is too large to read as a count or an amount",
                prefix_chars(&s[start..end], 12)
            ),
            vec![Span::new(start, end)],
        );
    }
}

/// A run of X or × standing where a word or number belongs (`党的XX大`), not inside a
/// Latin word, an address or a number: reported once, at the first.
fn placeholders(r: &mut Reader<'_>) {
    let input = r.input;
    let b = input.as_bytes();
    let latin_x = memchr::memchr2_iter(b'X', b'x', b).filter(|&p| b.get(p + 1) == Some(&b[p]));
    let wide = memchr::memmem::find_iter(b, "××".as_bytes())
        .chain(memchr::memmem::find_iter(b, "ＸＸ".as_bytes()));
    let mut found: Vec<usize> = latin_x.chain(wide).collect();
    found.sort_unstable();
    let latin = |c: Option<char>| {
        c.is_some_and(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '-' | 'X' | 'x')
        })
    };
    let first = found.into_iter().find_map(|p| {
        let w = input[p..].chars().next().map_or(1, char::len_utf8);
        let to = p + 2 * w;
        (!latin(char_before(input, p)) && !latin(char_at(input, to))).then_some(Span::new(p, to))
    });
    if let Some(at) = first {
        r.notes.push(
            Severity::Warning,
            Code::Placeholder,
            format!(
                "a template placeholder “{}” is left in the text",
                &input[at.range()]
            ),
            vec![at],
        );
    }
}

/// Gives back the slack of grown vectors and strings: a parsed report holds about what it
/// says, not what building it needed.
fn shrink(r: &mut Report) {
    fn issue(i: &mut Issue) {
        i.measures.shrink_to_fit();
        for m in &mut i.measures {
            m.documents.shrink_to_fit();
        }
        i.children.shrink_to_fit();
        i.children.iter_mut().for_each(issue);
        if let Some(t) = &mut i.text {
            t.shrink_to_fit();
        }
    }
    fn section(s: &mut Section) {
        s.issues.shrink_to_fit();
        s.issues.iter_mut().for_each(issue);
        s.children.shrink_to_fit();
        s.children.iter_mut().for_each(section);
        if let Some(t) = &mut s.text {
            t.shrink_to_fit();
        }
    }
    r.issues.shrink_to_fit();
    r.issues.iter_mut().for_each(issue);
    r.sections.shrink_to_fit();
    r.sections.iter_mut().for_each(section);
    r.next_steps.shrink_to_fit();
    r.unrecognized.shrink_to_fit();
    if let Some(o) = &mut r.overview {
        o.quantities.shrink_to_fit();
        o.spans.shrink_to_fit();
    }
    if let Some(o) = &mut r.outcomes {
        o.penalties.shrink_to_fit();
        o.funds.shrink_to_fit();
        o.spans.shrink_to_fit();
    }
}
