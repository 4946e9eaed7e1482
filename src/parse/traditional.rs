//! Notices in Traditional characters (繁体): read through a Simplified copy with the same
//! byte offsets, with findings that say so and point at conversion debris.

use crate::lex::t2s;
use crate::vocab::traditional::{DEBRIS, MARKERS};
use crate::{Code, Finding, Report, Severity, Span};

crate::vocab::word_set!(
    /// Finds the [`MARKERS`] of a Traditional text.
    MARKER_SET = MARKERS
);

/// How many of the [`MARKERS`] a Traditional text holds at least: one or two stand in a
/// Simplified notice that quotes a name, a page's `繁體` switch or a periodical's title
/// (`《清风週報》`); a Traditional notice writes dozens.
const MARKERS_MIN: usize = 4;

/// The Simplified copy of a Traditional text and how many characters changed; `None` for
/// a text in Simplified characters. A text is Traditional when it holds [`MARKERS_MIN`]
/// of the [`MARKERS`] anywhere, so the reading does not depend on where its lines stand.
pub(crate) fn simplified_copy(input: &str) -> Option<(String, usize)> {
    if MARKER_SET.find_iter(input).take(MARKERS_MIN).count() < MARKERS_MIN {
        return None;
    }
    t2s::to_simplified(input, 1)
}

/// Whether `texts` hold [`MARKERS_MIN`] of the [`MARKERS`] among them: written out
/// together, they read as Traditional.
pub(crate) fn reads_as_traditional<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    let mut found = 0;
    for t in texts {
        found += MARKER_SET.find_iter(t).take(MARKERS_MIN - found).count();
        if found >= MARKERS_MIN {
            return true;
        }
    }
    false
}

/// Adds the findings: how many characters were read as Simplified, and the debris.
pub(crate) fn report(input: &str, simple: &str, changed: usize, r: &mut Report) {
    let first = input
        .char_indices()
        .zip(simple.chars())
        .find(|((_, a), b)| a != b)
        .map(|((i, a), _)| Span::new(i, i + a.len_utf8()));
    r.parse_findings.push(Finding::new(
        Severity::Warning,
        Code::TraditionalCharacters,
        format!("{changed} Traditional characters were read as Simplified; fields are given in Simplified characters"),
        first.into_iter().collect(),
    ));
    let mut debris: Vec<Span> = DEBRIS
        .iter()
        .flat_map(|w| {
            input
                .match_indices(w)
                .map(|(p, w)| Span::new(p, p + w.len()))
        })
        .collect();
    if !debris.is_empty() {
        debris.sort();
        let words: Vec<&str> = debris.iter().take(5).map(|s| &input[s.range()]).collect();
        r.parse_findings.push(Finding::new(
            Severity::Warning,
            Code::TraditionalCharacters,
            format!(
                "{} words look like debris of a Simplified→Traditional conversion (“{}”)",
                debris.len(),
                words.join("”, “")
            ),
            debris,
        ));
    }
}
