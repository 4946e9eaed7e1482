//! The domain vocabularies (词表), one table per domain.
//!
//! Every word the parser looks for is written once, here: the scanners build their
//! automata from these tables and the model's `from_label` mappings read them, so the two
//! cannot drift apart. Adding a word is a one-line change in one file:
//!
//! | file | words |
//! |---|---|
//! | [`penalty`] | penalty categories (党纪处分, 问责 …), sanctions (党内警告 …), hand-overs, zeros in words |
//! | [`funds`] | the verbs that open a funds clause (清退, 挽回, 追缴 …) and the kind each names |
//! | [`institutions`] | the institutions count (`建立完善制度55项`) |
//! | [`overview`] | the declared-count slots (方面, 问题, 整改措施, 已完成 …) and the side of the number each word sits on |
//! | [`figures`] | classifiers (人, 项, 亩, % …) and qualifiers (约, 余, 以上 …) |
//! | [`headings`] | notice-part words, slogan words, field labels, title formula words, next-step headings |
//! | [`closing`] | contact labels, issuer endings, publication-stamp words |
//! | [`inspection`] | scheme words, kind words (常规, 专项 …) |
//! | [`traditional`] | debris of a careless Simplified→Traditional conversion |

pub(crate) mod closing;
pub(crate) mod figures;
pub(crate) mod funds;
pub(crate) mod headings;
pub(crate) mod inspection;
pub(crate) mod institutions;
pub(crate) mod overview;
pub(crate) mod penalty;
pub(crate) mod traditional;

/// Filler words at the start of a clause that are not part of a label (`并清退…`).
pub(crate) const CLAUSE_FILLERS: &[&str] = &["并", "共", "累计", "另", "同时"];

/// An automaton that finds any of `words` (leftmost-first), for tables searched in every
/// heading or clause: one pass instead of one substring search per word.
pub(crate) fn automaton(words: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(words)
        .expect("a word automaton")
}

/// Declares `static NAME: LazyLock<AhoCorasick>` over a word table.
macro_rules! word_set {
    ($(#[$m:meta])* $name:ident = $words:path) => {
        $(#[$m])*
        static $name: std::sync::LazyLock<aho_corasick::AhoCorasick> =
            std::sync::LazyLock::new(|| crate::vocab::automaton($words));
    };
}
pub(crate) use word_set;

/// The value of the first entry of `table` whose word is `word`.
pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// The word of the first entry of `table` whose value is `value`: the canonical word.
pub(crate) fn first_word<T: PartialEq>(
    table: &[(&'static str, T)],
    value: &T,
) -> Option<&'static str> {
    table.iter().find(|(_, v)| v == value).map(|(w, _)| *w)
}

/// The words of a table, for building an automaton.
pub(crate) fn words<'a, T>(
    table: &'a [(&'static str, T)],
) -> impl Iterator<Item = &'static str> + 'a {
    table.iter().map(|(w, _)| *w)
}

/// Whether `s` starts with any of `words`.
pub(crate) fn starts_with_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// Whether `s` ends with any of `words`.
pub(crate) fn ends_with_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.ends_with(w))
}

/// Whether `s` contains any of `words`.
pub(crate) fn contains_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// Substring finders for the words of a table, built once: `str::find` builds a two-way
/// searcher on every call, which costs more than the search in a short line.
pub(crate) struct Finders {
    words: &'static [&'static str],
    finders: Vec<memchr::memmem::Finder<'static>>,
}

impl Finders {
    /// The finders of `words`, in table order.
    pub(crate) fn new(words: &'static [&'static str]) -> Finders {
        let finders = words
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect();
        Finders { words, finders }
    }

    /// Each word with its finder, in table order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&'static str, Finder<'_>)> + '_ {
        self.words
            .iter()
            .zip(&self.finders)
            .map(|(w, f)| (*w, Finder(f)))
    }
}

/// One word's finder.
#[derive(Clone, Copy)]
pub(crate) struct Finder<'f>(&'f memchr::memmem::Finder<'static>);

impl Finder<'_> {
    /// The first byte at or after `from` in `hay[..to]` where the word starts.
    pub(crate) fn find(self, hay: &str, from: usize, to: usize) -> Option<usize> {
        let b = hay.as_bytes().get(from..to)?;
        self.0.find(b).map(|p| from + p)
    }
}

/// Declares `static NAME: LazyLock<Finders>` over a word table.
macro_rules! finder_set {
    ($(#[$m:meta])* $name:ident = $words:path) => {
        $(#[$m])*
        static $name: std::sync::LazyLock<crate::vocab::Finders> =
            std::sync::LazyLock::new(|| crate::vocab::Finders::new($words));
    };
}
pub(crate) use finder_set;
