//! Stage 5, the checks (检查): the safety net that keeps every character no element holds
//! as an unknown passage, and the scans of the whole text for template placeholders and
//! numbers too large to hold. Then the report gives back the slack of its vectors.

use super::Reader;
use crate::lex::text::{
    char_at, char_before, digit_at, is_digit_at, is_ws, next_digit, prefix_chars,
};
use crate::{Code, Issue, PassageKind, Report, Section, Severity, Span, Visit, visit_spans};

/// Runs the checks.
pub(crate) fn read(r: &mut Reader<'_>) {
    for s in uncovered(&r.report, r.input) {
        r.keep(PassageKind::Unknown, s);
    }
    r.report.unrecognized.sort_by_key(|p| p.span.start);
    placeholders(r);
    overflow(r);
    shrink(&mut r.report);
}

/// The runs of non-whitespace characters inside no span at all; only the gaps between
/// spans are read, so this is cheap when coverage is (nearly) complete.
pub(crate) fn uncovered(report: &Report, input: &str) -> Vec<Span> {
    let mut all: Vec<Span> = Vec::new();
    visit_spans(report, &mut |_: Visit, s| all.push(s));
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

/// Numbers larger than a count or an amount can hold (beyond `u64`): reported once each,
/// with the span of the whole run.
fn overflow(r: &mut Reader<'_>) {
    let b = r.input.as_bytes();
    let mut i = 0;
    while let Some(start) = next_digit(b, i, b.len()) {
        let (end, digits, value) = digit_run(b, start);
        if value.is_none() {
            r.notes.push(
                Severity::Error,
                Code::NumberOverflow,
                format!(
                    "the number “{}…” ({digits} digits) is too large to read as a count or an amount",
                    prefix_chars(&r.input[start..end], 12)
                ),
                vec![Span::new(start, end)],
            );
        }
        i = end.max(start + 1);
    }
}

/// The run of digits (and `,` thousands separators) at `start`: its end, its number of
/// digits and its value (`None` past `u64`).
fn digit_run(b: &[u8], start: usize) -> (usize, usize, Option<u64>) {
    let mut digits = 0usize;
    let mut value: Option<u64> = Some(0);
    let mut j = start;
    loop {
        if let Some((d, next)) = digit_at(b, j) {
            digits += 1;
            value = value.and_then(|v| v.checked_mul(10)?.checked_add(u64::from(d)));
            j = next;
        } else if b.get(j) == Some(&b',') && is_digit_at(b, j + 1) {
            j += 1;
        } else {
            return (j, digits, value);
        }
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
