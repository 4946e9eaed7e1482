//! Phrases held between words (`向{recipient}反馈`), read without a regex: a lead word, a
//! group of one to `max` characters, and a tail that must read right after the group.
//!
//! `lead([^stops]{1,max}?)tail` schematically: the phrase is read at the first lead word,
//! in text order, whose group reaches the tail before a stop character and within `max`
//! characters; its group is the shortest that does. This is how the regex
//! `(?:lead)([^stops]{1,max}?)tail` reads, leftmost-first, so that the header's phrases
//! read the same as they did when they were regexes (the tests hold them to those), but
//! one pass over the group's characters replaces the regex's search, its lazy DFA and
//! the backtracker that reads the groups.

use aho_corasick::AhoCorasick;
use std::ops::Range;

/// A phrase read: its group and what its tail read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Phrase<T> {
    pub(crate) group: Range<usize>,
    pub(crate) tail: T,
}

/// The first phrase of `text` after a lead word that `leads` finds (leftmost-first: its
/// words must not start inside one another, or a lead would be missed); see the module.
/// `tail(text, at)` reads the tail at byte `at` or returns `None`.
pub(crate) fn first<T>(
    text: &str,
    leads: &AhoCorasick,
    stops: fn(char) -> bool,
    max: usize,
    tail: impl Fn(&str, usize) -> Option<T>,
) -> Option<Phrase<T>> {
    first_from(text, 0, leads, stops, max, tail)
}

/// [`first`], with the lead words searched from byte `from` on.
pub(crate) fn first_from<T>(
    text: &str,
    from: usize,
    leads: &AhoCorasick,
    stops: fn(char) -> bool,
    max: usize,
    tail: impl Fn(&str, usize) -> Option<T>,
) -> Option<Phrase<T>> {
    let input = aho_corasick::Input::new(text).range(from.min(text.len())..);
    leads.find_iter(input).find_map(|lead| {
        let start = lead.end();
        group(text, start, stops, 1, max, &tail).map(|(end, tail)| Phrase {
            group: start..end,
            tail,
        })
    })
}

/// The shortest group at `start` of `min..=max` characters, none a stop, after which
/// `tail` reads (the lazy `[^stops]{min,max}?`): where it ends and what the tail read.
pub(crate) fn group<T>(
    text: &str,
    start: usize,
    stops: fn(char) -> bool,
    min: usize,
    max: usize,
    tail: &impl Fn(&str, usize) -> Option<T>,
) -> Option<(usize, T)> {
    if min == 0 {
        if let Some(t) = tail(text, start) {
            return Some((start, t));
        }
    }
    let rest = text.get(start..)?;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= max || stops(c) {
            return None;
        }
        let end = start + i + c.len_utf8();
        if n + 1 >= min {
            if let Some(t) = tail(text, end) {
                return Some((end, t));
            }
        }
    }
    None
}

/// The byte lengths of the `words` that `text` has at `at`, in the table's order: the
/// choices of the alternation `(?:a|b|…)`, tried in turn.
pub(crate) fn words_at<'a>(
    text: &'a str,
    at: usize,
    words: &'a [&str],
) -> impl Iterator<Item = usize> + 'a {
    let rest = text.get(at..).unwrap_or("");
    words
        .iter()
        .filter(move |w| rest.starts_with(**w))
        .map(|w| w.len())
}

/// The choices of the optional alternation `(?:a|b|…)?`: each of `words` at `at`, then
/// none (a length of 0).
pub(crate) fn optional_at<'a>(
    text: &'a str,
    at: usize,
    words: &'a [&str],
) -> impl Iterator<Item = usize> + 'a {
    words_at(text, at, words).chain(std::iter::once(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comma(c: char) -> bool {
        c == ','
    }

    /// `x(.{1,max}?)yz` over `x` leads, for the small cases below.
    fn xyz(text: &str, max: usize) -> Option<Phrase<usize>> {
        let leads = crate::vocab::automaton(&["x"]);
        first(text, &leads, comma, max, |t, at| {
            t[at..].starts_with("yz").then_some(at + 2)
        })
    }

    #[test]
    fn the_group_is_the_shortest_that_reaches_the_tail() {
        let p = xyz("axbyzyz", 5).unwrap();
        assert_eq!((p.group, p.tail), (2..3, 5));
        // the group holds at least one character, so `xyz` reads `y` only from a later lead
        assert_eq!(xyz("xyz", 5), None);
        assert_eq!(xyz("xyyz", 5).map(|p| p.group), Some(1..2));
    }

    #[test]
    fn a_stop_or_the_bound_ends_a_lead_and_the_next_lead_is_tried() {
        assert_eq!(xyz("xa,xbyz", 5).map(|p| p.group), Some(4..5));
        assert_eq!(xyz("xaaaaaayz", 5), None);
        assert_eq!(xyz("xaaaxaayz", 5).map(|p| p.group), Some(5..7));
        // a multi-byte character counts once
        assert_eq!(xyz("x甲乙yz", 2).map(|p| p.group), Some(1..7));
    }

    #[test]
    fn a_group_of_no_characters_when_allowed() {
        let tail = |t: &str, at: usize| t[at..].starts_with('z').then_some(());
        assert_eq!(group("az", 1, comma, 0, 3, &tail), Some((1, ())));
        assert_eq!(group("az", 1, comma, 1, 3, &tail), None);
        assert_eq!(group("a", 1, comma, 0, 3, &tail), None);
    }

    #[test]
    fn alternations_try_their_words_in_order_then_none() {
        let words = ["作了", "作", "正式"];
        assert_eq!(words_at("作了反馈", 0, &words).collect::<Vec<_>>(), [6, 3]);
        assert_eq!(optional_at("反馈", 0, &words).collect::<Vec<_>>(), [0]);
        assert_eq!(optional_at("正式", 0, &words).collect::<Vec<_>>(), [6, 0]);
    }
}
