//! Penalty tallies (处分情况): `给予党纪处分37人(党内警告25人,严重警告6人,…);政务处分14人;
//! 组织处理3人;诫勉11人`, one count over several kinds (`批评教育、提醒谈话18人`), zeros in
//! words (`未有…受到党纪处分`) and hand-overs named in full (`交由区纪委调查2人`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

use super::Notes;
use super::clauses::clause_start;
use crate::lex::figures::number_at;
use crate::lex::numerals::{MAX_RUN, cn_numeral_at, is_numeral_char};
use crate::lex::text::{
    SENTENCE_ENDS, char_at, is_clause_end, is_close, is_digit_at, is_open, is_ws, prefix_chars,
    uint_at,
};
use crate::vocab::penalty::{
    BREAKDOWN_OPENING, CATEGORIES, COUNT_AHEAD_LEADS, COUNT_AHEAD_MODIFIERS, COUNT_AHEAD_VERBS,
    HANDOVER_ENDS, HANDOVER_KINDS, HANDOVER_VERBS, LIST_CLASSES, LIST_OTHERS, LOOSE,
    LOOSE_GAP_CHARS, PARTS_OF, PERSON_NOUNS, SANCTION_TALLIES, ZERO_WORDS,
};
use crate::vocab::{contains_any, ends_with_any, finder_set, words};
use crate::{Code, Penalty, PenaltyCategory, PersonUnit, Sanction, SanctionCount, Severity, Span};
use rust_decimal::prelude::ToPrimitive;

static CATEGORY_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(words(CATEGORIES).chain(SANCTION_TALLIES.iter().map(|t| t.0)))
        .expect("category automaton")
});

/// Skips filler between a category and its number: `共`, `了`, `:`, spaces, and a noun
/// of the people counted (`问责干警3人`, `给予党纪处分的党员2人`).
fn skip_filler(s: &str, mut i: usize, end: usize) -> usize {
    for _ in 0..6 {
        let rest = s.get(i..end).unwrap_or("");
        if let Some(n) = PERSON_NOUNS.iter().find(|n| rest.starts_with(**n)) {
            i += n.len();
            continue;
        }
        match char_at(s, i) {
            Some(c @ ('共' | '了' | ':' | '\u{ff1a}' | '计' | '达' | '的')) if i < end => {
                i += c.len_utf8()
            }
            Some(c) if is_ws(c) && i < end => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// The start of the first count within a few characters of a loose category
/// (`运用“第一种形态”处理12人次`), not past the clause.
fn loose_count(s: &str, i: usize, end: usize) -> usize {
    let mut j = i;
    for _ in 0..LOOSE_GAP_CHARS {
        match char_at(s, j) {
            _ if j >= end || is_digit_at(s.as_bytes(), j) => break,
            Some('。' | ';' | '\u{ff1b}') | None => break,
            Some(c) => j += c.len_utf8(),
        }
    }
    if is_digit_at(s.as_bytes(), j) { j } else { i }
}

/// A count with its person unit at `i`: `42人`, `60人次`, `三名`. The value is `None` when
/// the number is too large to hold.
fn count_at(s: &str, i: usize, notes: &mut Notes) -> Option<(Option<u64>, PersonUnit, usize)> {
    let (value, end) = match uint_at(s.as_bytes(), i) {
        // `1,024人`: a count in thousands groups, whole
        Some((_, _, e)) if char_at(s, e) == Some(',') => grouped_count(s, i)?,
        // too many digits: reported once for the whole text by the overflow check
        Some((v, _, e)) => (v, e),
        None => chinese_count(s, i, notes)?,
    };
    let rest = &s[end..];
    let (unit, w) = PersonUnit::BY_LENGTH
        .into_iter()
        .map(|u| (u, u.as_str()))
        .find(|(_, w)| rest.starts_with(w))?;
    Some((value, unit, end + w.len()))
}

/// A whole count written in thousands groups (`1,024`) at `i`, and where it ends; `None`
/// when the comma is no group separator (`5,6人`) or the number has a fraction.
fn grouped_count(s: &str, i: usize) -> Option<(Option<u64>, usize)> {
    let n = number_at(s, i)?;
    let grouped = s[i..n.end].contains(',');
    (grouped && n.value.fract().is_zero()).then(|| (n.value.to_u64(), n.end))
}

/// A count in Chinese numerals at `i`; a run too long to be a numeral is reported.
fn chinese_count(s: &str, i: usize, notes: &mut Notes) -> Option<(Option<u64>, usize)> {
    let run: usize = s[i..]
        .chars()
        .take_while(|c| is_numeral_char(*c))
        .map(char::len_utf8)
        .sum();
    if s[i..i + run].chars().count() <= MAX_RUN {
        let (v, e) = cn_numeral_at(s, i)?;
        return Some((Some(v), e));
    }
    let end = i + run;
    let unit = s[end..].starts_with(['人', '名']);
    if unit {
        notes.push(
            Severity::Error,
            Code::NumberOverflow,
            format!(
                "the count “{}…” is too large to be a number of people",
                prefix_chars(&s[i..end], 12)
            ),
            vec![Span::new(i, end)],
        );
    }
    Some((None, end))
}

/// The label of a breakdown item: the words before its count, without list punctuation
/// and `其中`.
fn item_label(raw: &str) -> &str {
    let label = raw.trim_matches(|c: char| {
        is_ws(c) || matches!(c, ',' | '\u{ff0c}' | '、' | '其' | '中' | ':' | '\u{ff1a}')
    });
    label
        .strip_prefix("其中")
        .unwrap_or(label)
        .trim_start_matches([':', '\u{ff1a}'])
}

/// Whether a count in Chinese numerals with its person unit starts at `i` (`三人`,
/// `二名`), not a numeral inside a label (`留党察看一年`).
fn chinese_count_at(s: &str, i: usize) -> bool {
    char_at(s, i).is_some_and(is_numeral_char)
        && cn_numeral_at(s, i).is_some_and(|(_, e)| s[e..].starts_with(['人', '名']))
}

/// Pushes the breakdown item `label` with its `count` (ending at `end`); a label of
/// several sanctions that share the count with `各` (`党内警告、严重警告各2人`) gives one
/// item each, the last one's span holding the count.
fn shared_items(
    s: &str,
    label: &str,
    lstart: usize,
    count: Option<u64>,
    end: usize,
    items: &mut Vec<SanctionCount>,
) {
    let words: Vec<&str> = match label.strip_suffix('各') {
        Some(l) => l.split(['、', '和', '及']).collect(),
        None => vec![label],
    };
    let known = words.len() > 1
        && words
            .iter()
            .all(|w| Sanction::from_label(w) != Sanction::Other);
    if !known {
        items.push(SanctionCount {
            sanction: Sanction::from_label(label),
            label: label.to_owned(),
            count,
            span: Span::new(lstart, end),
        });
        return;
    }
    let mut at = lstart;
    for (k, w) in words.iter().enumerate() {
        let Some(off) = s.get(at..end).and_then(|t| t.find(w)) else {
            break;
        };
        let start = at + off;
        let stop = if k + 1 == words.len() {
            end
        } else {
            start + w.len()
        };
        items.push(SanctionCount {
            sanction: Sanction::from_label(w),
            label: (*w).to_owned(),
            count,
            span: Span::new(start, stop),
        });
        at = start + w.len();
    }
}

/// The breakdown in parentheses at `i` (which holds the opening parenthesis).
fn breakdown_at(
    s: &str,
    i: usize,
    limit: usize,
    notes: &mut Notes,
) -> Option<(Vec<SanctionCount>, usize)> {
    let open = char_at(s, i).filter(|c| is_open(*c))?;
    let mut j = i + open.len_utf8();
    let mut items = Vec::new();
    loop {
        // label: up to the first count, in digits or in Chinese numerals (`党内警告三人`)
        let ls = j;
        while j < limit && !is_digit_at(s.as_bytes(), j) && !chinese_count_at(s, j) {
            let c = char_at(s, j)?;
            if is_close(c) || matches!(c, '。' | ';' | '\u{ff1b}') || j - ls > 40 {
                return None;
            }
            j += c.len_utf8();
        }
        let label = item_label(&s[ls..j]);
        let (count, _, e) = count_at(s, j, notes)?;
        let lstart = ls + s[ls..j].find(label).unwrap_or(0);
        shared_items(s, label, lstart, count, e, &mut items);
        j = e;
        match char_at(s, j) {
            Some(c) if is_close(c) => return Some((items, j + c.len_utf8())),
            Some(c @ (',' | '\u{ff0c}' | '、' | ';' | '\u{ff1b}')) => j += c.len_utf8(),
            _ => return None,
        }
    }
}

/// A category word found in the text.
#[derive(Clone, Copy)]
struct Word {
    category: PenaltyCategory,
    /// For a sanction written as a tally of its own (`党内警告处分2人`), the sanction.
    sanction: Option<Sanction>,
    start: usize,
    end: usize,
}

impl Word {
    /// The word of the automaton's match at `start..end`.
    fn at(s: &str, start: usize, end: usize) -> Word {
        let w = &s[start..end];
        let sanction = SANCTION_TALLIES.iter().find(|t| t.0 == w);
        Word {
            category: sanction.map_or_else(|| PenaltyCategory::from_label(w), |t| t.1),
            sanction: sanction.map(|t| t.2),
            start,
            end,
        }
    }
}

/// A tally with no count: zero when the clause says so in words. A sanction written as a
/// tally is its own breakdown, as with a count.
fn zero(s: &str, w: Word) -> Penalty {
    let span = Span::new(w.start, w.end);
    let breakdown = w.sanction.map(|sanction| SanctionCount {
        sanction,
        label: s[w.start..w.end].trim_end_matches("处分").to_owned(),
        count: Some(0),
        span,
    });
    Penalty {
        category: w.category,
        kinds: Vec::new(),
        label: s[w.start..w.end].to_owned(),
        total: Some(0),
        unit: PersonUnit::Persons,
        breakdown: breakdown.into_iter().collect(),
        breakdown_partial: false,
        part_of: None,
        span,
    }
}

/// After a list of kinds, `等` and the class words that follow it (`等组织处理和纪律处分`):
/// where they end, or `None` when no `等` follows.
fn list_others_end(s: &str, i: usize, end: usize) -> Option<usize> {
    if char_at(s, i) != Some(LIST_OTHERS) || i >= end {
        return None;
    }
    let mut j = i + LIST_OTHERS.len_utf8();
    while let Some(w) = LIST_CLASSES.iter().find(|w| s[j..end].starts_with(**w)) {
        j += w.len();
        let joined = match char_at(s, j) {
            Some(c @ ('和' | '及' | '、')) if j < end => j + c.len_utf8(),
            _ => break,
        };
        if !LIST_CLASSES.iter().any(|w| s[joined..end].starts_with(w)) {
            break;
        }
        j = joined;
    }
    Some(j)
}

/// The tally of the category words `pending` (joined kinds) and `w`. A list closed by
/// `等` (`批评教育、提醒谈话等处理7人`) counts others like them too: one count over its
/// kinds, however many are listed. The count may stand ahead of the first word
/// (`给予3名干部诫勉谈话和组织调整`, `对5名干部进行批评教育、诫勉谈话等处理`).
fn tally(s: &str, pending: &[Word], w: Word, span: Span, notes: &mut Notes) -> Option<Penalty> {
    let others = list_others_end(s, w.end, span.end);
    let j = if LOOSE.contains(&w.category) {
        loose_count(s, w.end, span.end)
    } else {
        skip_filler(s, others.unwrap_or(w.end), span.end)
    };
    // the first of joined kinds: a count written ahead stands before it
    let first = pending.first().copied().unwrap_or(w);
    let (total, unit, mut end, head) = match count_at(s, j, notes) {
        Some((t, u, e)) => (t, u, e, None),
        // `各` shares the count that follows (`each_count`), not one written ahead
        None if !s[j..].starts_with(EACH) => {
            let (t, u, at) = count_ahead(s, first, span, notes)?;
            (t, u, others.unwrap_or(w.end), Some(at))
        }
        None => return None,
    };
    let mut breakdown = Vec::new();
    if let Some((b, e)) = breakdown_at(s, end, span.end, notes) {
        breakdown = b;
        end = e;
    }
    // a sanction written as a tally is its own breakdown
    if let (Some(sanction), true, None, None) =
        (w.sanction, breakdown.is_empty(), pending.first(), others)
    {
        breakdown.push(SanctionCount {
            sanction,
            label: s[w.start..w.end].trim_end_matches("处分").to_owned(),
            count: total,
            span: Span::new(w.start, end),
        });
    }
    let (category, kinds) = match (pending.first(), others) {
        (None, None) => (w.category, Vec::new()),
        _ => {
            let kinds = pending.iter().chain([&w]).map(|p| p.category).collect();
            (PenaltyCategory::Combined, kinds)
        }
    };
    let start = head.unwrap_or(first.start);
    Some(Penalty {
        category,
        kinds,
        label: s[first.start..others.unwrap_or(w.end)].to_owned(),
        total,
        unit,
        breakdown,
        breakdown_partial: false,
        part_of: None,
        span: Span::new(start, end),
    })
}

/// The most characters between a count written ahead of its category and the category.
const AHEAD_GAP_CHARS: usize = 12;

/// How far back from a category word its count's lead may stand, in bytes: the gap, a
/// modifier and the count, all of three-byte characters, and the longest lead.
const AHEAD_WINDOW: usize = (AHEAD_GAP_CHARS + 6) * 3 + 9;

/// A count written ahead of its category, after `给予` or `对` and before the people it
/// counts (`给予3名党员干部党纪处分`, `对5名干部进行诫勉谈话`): the count, its unit and
/// where it starts.
fn count_ahead(
    s: &str,
    w: Word,
    span: Span,
    notes: &mut Notes,
) -> Option<(Option<u64>, PersonUnit, usize)> {
    // the lead stands within a few characters: look no further back, so that a paragraph
    // of many category words stays linear
    let mut lo = w.start.saturating_sub(AHEAD_WINDOW).max(span.start);
    while !s.is_char_boundary(lo) {
        lo += 1;
    }
    COUNT_AHEAD_LEADS.iter().find_map(|l| {
        let lead = s[lo..w.start].rfind(l)? + lo + l.len();
        let gap = &s[lead..w.start];
        if gap.chars().count() > AHEAD_GAP_CHARS + 6 || gap.contains(is_clause_end) {
            return None;
        }
        let at = COUNT_AHEAD_MODIFIERS
            .iter()
            .find(|m| s[lead..].starts_with(**m))
            .map_or(lead, |m| lead + m.len());
        let (total, unit, e) = count_at(s, at, notes)?;
        let mut people = &s[e..w.start];
        if let Some(v) = COUNT_AHEAD_VERBS
            .iter()
            .find_map(|v| people.strip_suffix(v))
        {
            people = v;
        }
        let counted = PERSON_NOUNS.iter().any(|n| people.ends_with(n))
            && people.chars().count() <= AHEAD_GAP_CHARS
            && !people.contains(|c: char| c.is_ascii_digit() || is_clause_end(c));
        counted.then_some((total, unit, at))
    })
}

/// Whether another category word follows `w` after `、`, `和` or `及` (joined kinds).
fn joined_next(s: &str, w: Word, hay_end: usize) -> bool {
    let next = char_at(s, w.end);
    if !matches!(next, Some('、' | '和' | '及')) {
        return false;
    }
    let after = w.end + next.map_or(0, char::len_utf8);
    CATEGORY_AUTOMATON
        .find(&s[after..hay_end])
        .is_some_and(|n| n.start() == 0)
}

/// Reads the category tallies in `s[span]`; a word inside a tally already read (a
/// hand-over phrase, a breakdown) is not read again.
fn categories(s: &str, span: Span, out: &mut Vec<Penalty>, notes: &mut Notes) {
    let mut pending: Vec<Word> = Vec::new();
    let taken: Vec<Span> = out.iter().map(|p| p.span).collect();
    let mut read_to = 0;
    for m in CATEGORY_AUTOMATON.find_iter(&s[span.range()]) {
        let (start, end) = (span.start + m.start(), span.start + m.end());
        if start < read_to || taken.iter().any(|t| t.start <= start && end <= t.end) {
            continue;
        }
        let w = Word::at(s, start, end);
        if joined_next(s, w, span.end) {
            pending.push(w);
            continue;
        }
        match tally(s, &pending, w, span, notes) {
            Some(p) => {
                read_to = p.span.end;
                out.push(p);
            }
            None if each_count(s, &pending, w, span, notes, out) => {
                read_to = out.last().map_or(read_to, |p| p.span.end);
            }
            None => {
                // zero in words: `未有党员干部受到党纪处分和政务处分`
                let first = pending.first().map_or(start, |p| p.start);
                let cs = clause_start(s, first, span.start);
                if contains_any(&s[cs..first], ZERO_WORDS) {
                    out.extend(pending.iter().chain([&w]).map(|p| zero(s, *p)));
                }
            }
        }
        pending.clear();
    }
}

/// Kinds that share one count with `各` (`给予诫勉谈话、批评教育各2人`,
/// `其中党内警告、严重警告各2人`): one tally each, pushed to `out`; the last one's span
/// holds the count. False when the words are not followed by `各` and a count.
fn each_count(
    s: &str,
    pending: &[Word],
    w: Word,
    span: Span,
    notes: &mut Notes,
    out: &mut Vec<Penalty>,
) -> bool {
    let j = skip_filler(s, w.end, span.end);
    if pending.is_empty() || !s[j..].starts_with(EACH) {
        return false;
    }
    let Some((total, unit, end)) = count_at(s, j + EACH.len_utf8(), notes) else {
        return false;
    };
    let words: Vec<Word> = pending.iter().copied().chain([w]).collect();
    for (k, x) in words.iter().enumerate() {
        let span = Span::new(x.start, if k + 1 == words.len() { end } else { x.end });
        let label = &s[x.start..x.end];
        let breakdown = x
            .sanction
            .map(|sanction| SanctionCount {
                sanction,
                label: label.trim_end_matches("处分").to_owned(),
                count: total,
                span,
            })
            .into_iter()
            .collect();
        out.push(Penalty {
            category: x.category,
            kinds: Vec::new(),
            label: label.to_owned(),
            total,
            unit,
            breakdown,
            breakdown_partial: false,
            part_of: None,
            span,
        });
    }
    true
}

/// The word between kinds and the count they share (`…各2人`).
const EACH: char = '各';

/// The longest hand-over phrase read (`交由派驻纪检监察组调查核实问题线索`: 24 characters).
const HANDOVER_MAX_BYTES: usize = 72;

/// The hand-over phrase from `p` (a verb) to the count: its label's end.
fn handover_label_end(s: &str, from: usize, p: usize, end: usize) -> usize {
    let mut j = from;
    while j < end && j - p < HANDOVER_MAX_BYTES && !is_digit_at(s.as_bytes(), j) {
        match char_at(s, j) {
            Some(c) if is_clause_end(c) => break,
            Some(c) => j += c.len_utf8(),
            None => break,
        }
    }
    j
}

finder_set!(HANDOVER_FINDERS = HANDOVER_VERBS);

/// Hand-overs named in full: `交由区纪委调查2人`, `移交县监委处理1人`.
fn handovers(s: &str, span: Span, out: &mut Vec<Penalty>, notes: &mut Notes) {
    for (verb, finder) in HANDOVER_FINDERS.iter() {
        let mut from = span.start;
        while let Some(p) = finder.find(s, from, span.end) {
            from = p + verb.len();
            if out.iter().any(|x| x.span.contains(p)) {
                continue;
            }
            let j = handover_label_end(s, from, p, span.end);
            let label = &s[p..j];
            if !ends_with_any(label, HANDOVER_ENDS) {
                continue;
            }
            let Some((total, unit, end)) = count_at(s, j, notes) else {
                continue;
            };
            let category = match PenaltyCategory::from_label(label) {
                PenaltyCategory::Other => HANDOVER_KINDS
                    .iter()
                    .find(|(w, _)| label.contains(w))
                    .map_or(PenaltyCategory::Other, |(_, c)| *c),
                c => c,
            };
            out.push(Penalty {
                category,
                kinds: Vec::new(),
                label: label.to_owned(),
                total,
                unit,
                breakdown: Vec::new(),
                breakdown_partial: false,
                part_of: None,
                span: Span::new(p, end),
            });
        }
    }
}

/// Whether a tally starting at `next` goes on the breakdown that has reached `end`: the
/// first part after `其中` (`…15人,其中党纪处分10人`), each other right after the one
/// before it, with only punctuation between.
fn follows_as_part(s: &str, end: usize, next: usize, first: bool) -> bool {
    let Some(gap) = s.get(end..next) else {
        return false;
    };
    // a list of parts ends with its sentence
    if gap.contains(SENTENCE_ENDS) {
        return false;
    }
    if first {
        gap.trim_matches(|c: char| is_ws(c) || is_clause_end(c) || is_open(c))
            .starts_with(BREAKDOWN_OPENING)
    } else {
        gap.chars().all(|c| is_ws(c) || is_clause_end(c))
    }
}

/// Marks the tallies that follow a combined total as its parts
/// (`党纪政务处分15人,其中党纪处分10人(党内警告6人,严重警告4人)、政务处分5人`): each keeps
/// its own category, count and breakdown, with `part_of` the total's index (`base` is the
/// index of `out[0]` in the report's tallies).
fn mark_parts(s: &str, out: &mut [Penalty], base: usize) {
    let mut k = 0;
    while k < out.len() {
        let parts = PARTS_OF
            .iter()
            .find(|(c, _)| *c == out[k].category)
            .map(|(_, p)| *p);
        let Some(parts) = parts.filter(|_| out[k].breakdown.is_empty()) else {
            k += 1;
            continue;
        };
        let mut end = out[k].span.end;
        let mut j = k + 1;
        while j < out.len() && parts.contains(&out[j].category) && out[j].part_of.is_none() {
            if !follows_as_part(s, end, out[j].span.start, j == k + 1) {
                break;
            }
            out[j].part_of = Some(base + k);
            end = out[j].span.end;
            j += 1;
        }
        k = j.max(k + 1);
    }
}

/// Reads the penalty tallies in `s[span]` into `out`, in the order written.
pub(crate) fn scan(s: &str, span: Span, out: &mut Vec<Penalty>, notes: &mut Notes) {
    let before = out.len();
    handovers(s, span, out, notes);
    categories(s, span, out, notes);
    out[before..].sort_by_key(|p| p.span.start);
    let mut new = out.split_off(before);
    // the sanctions go first: folding them removes tallies, which would move the indices
    // the parts hold
    fold_sanctions(s, &mut new);
    mark_parts(s, &mut new, before);
    out.extend(new);
}

/// The sanction of a tally that is one sanction written as a tally of its own
/// (`党内警告1人`: its breakdown is itself).
fn own_sanction(p: &Penalty) -> Option<&SanctionCount> {
    match p.breakdown.as_slice() {
        [b] if b.count == p.total && b.span.start == p.span.start => Some(b),
        _ => None,
    }
}

/// Folds the sanctions listed after a total of their category with `其中`
/// (`给予党纪处分3人次,其中严重警告1人次、党内警告2人次`) into its breakdown. A list that
/// names only some of them (`其中开除党籍1人`) is a [partial](Penalty::breakdown_partial)
/// breakdown; one that names more than the total is its breakdown too, which `validate`
/// reports.
fn fold_sanctions(s: &str, out: &mut Vec<Penalty>) {
    let mut k = 0;
    while k < out.len() {
        let total = &out[k];
        let mut j = k + 1;
        let mut end = total.span.end;
        let mut sum: Option<u64> = Some(0);
        while let Some(p) = out.get(j) {
            let part = follows_as_part(s, end, p.span.start, j == k + 1);
            if !part || p.category != total.category || own_sanction(p).is_none() {
                break;
            }
            sum = sum.zip(p.total).and_then(|(a, b)| a.checked_add(b));
            end = p.span.end;
            j += 1;
        }
        let fold = j > k + 1 && total.breakdown.is_empty() && total.total.is_some();
        if let (true, Some(sum)) = (fold, sum) {
            let parts: Vec<Penalty> = out.drain(k + 1..j).collect();
            let t = &mut out[k];
            t.breakdown_partial = t.total.is_some_and(|n| sum < n);
            t.breakdown = parts
                .into_iter()
                .filter_map(|p| own_sanction(&p).cloned())
                .collect();
            t.span = Span::new(t.span.start, end);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tallies(s: &str) -> Vec<(PenaltyCategory, Option<u64>, String, Vec<u64>)> {
        let mut out = Vec::new();
        let mut notes = Notes::default();
        scan(s, Span::new(0, s.len()), &mut out, &mut notes);
        out.into_iter()
            .map(|p| {
                (
                    p.category,
                    p.total,
                    p.label,
                    p.breakdown.iter().filter_map(|b| b.count).collect(),
                )
            })
            .collect()
    }

    /// A `其中` list is partial only when it names fewer than the total.
    #[test]
    fn a_list_after_qizhong_is_partial_when_it_names_fewer() {
        let partial = |s: &str| {
            let mut out = Vec::new();
            scan(s, Span::new(0, s.len()), &mut out, &mut Notes::default());
            out.iter().map(|p| p.breakdown_partial).collect::<Vec<_>>()
        };
        assert_eq!(
            partial("给予党纪处分5人,其中留党察看1人、党内警告2人"),
            [true]
        );
        assert_eq!(
            partial("给予党纪处分3人,其中留党察看1人、党内警告2人"),
            [false]
        );
        assert_eq!(
            partial("给予党纪处分2人,其中党内警告1人、严重警告2人"),
            [false]
        );
        assert_eq!(partial("给予党纪处分5人(党内警告3人)"), [false]);
    }

    #[test]
    fn table() {
        use PenaltyCategory as C;
        type Want = (C, Option<u64>, &'static str, &'static [u64]);
        let cases: &[(&str, &[Want])] = &[
            (
                "给予党纪处分5人(党内警告3人,严重警告2人);诫勉3人",
                &[
                    (C::PartyDiscipline, Some(5), "党纪处分", &[3, 2]),
                    (C::Admonishment, Some(3), "诫勉", &[]),
                ],
            ),
            (
                "政务处分0人",
                &[(C::GovernmentSanction, Some(0), "政务处分", &[])],
            ),
            (
                "批评教育、提醒谈话18人次",
                &[(C::Combined, Some(18), "批评教育、提醒谈话", &[])],
            ),
            (
                "未有党员干部受到党纪处分和政务处分",
                &[
                    (C::PartyDiscipline, Some(0), "党纪处分", &[]),
                    (C::GovernmentSanction, Some(0), "政务处分", &[]),
                ],
            ),
            (
                "交由区纪委调查2人",
                &[(C::TransferredToDiscipline, Some(2), "交由区纪委调查", &[])],
            ),
            (
                "移交公安机关1人",
                &[(C::TransferredToJudiciary, Some(1), "移交公安机关", &[])],
            ),
            ("追责3人", &[(C::Accountability, Some(3), "追责", &[])]),
            (
                "给予党内警告处分2人、政务记过处分1人",
                &[
                    (C::PartyDiscipline, Some(2), "党内警告处分", &[2]),
                    (C::GovernmentSanction, Some(1), "政务记过处分", &[1]),
                ],
            ),
            (
                "移送区纪委(监委)立案2人",
                &[(
                    C::TransferredToDiscipline,
                    Some(2),
                    "移送区纪委(监委)立案",
                    &[],
                )],
            ),
            (
                "问责干警3人次",
                &[(C::Accountability, Some(3), "问责", &[])],
            ),
            ("加强党纪处分的执行", &[]),
            (
                "给予党纪处分3人次,其中严重警告1人次、党内警告2人次",
                &[(C::PartyDiscipline, Some(3), "党纪处分", &[1, 2])],
            ),
            (
                "给予党纪处分2人,其中党内警告1人",
                &[(C::PartyDiscipline, Some(2), "党纪处分", &[1])],
            ),
            (
                "给予党纪处分2人,其中党内警告1人、严重警告2人",
                &[(C::PartyDiscipline, Some(2), "党纪处分", &[1, 2])],
            ),
            (
                "给予党纪处分1,024人次",
                &[(C::PartyDiscipline, Some(1024), "党纪处分", &[])],
            ),
            ("诫勉5,6人", &[]),
            (
                "给予批评教育、谈话提醒、责令检查等处理7人",
                &[(
                    C::Combined,
                    Some(7),
                    "批评教育、谈话提醒、责令检查等处理",
                    &[],
                )],
            ),
            (
                "给予批评教育、谈话提醒等7人",
                &[(C::Combined, Some(7), "批评教育、谈话提醒等", &[])],
            ),
            (
                "给予提醒谈话、批评教育、诫勉等组织处理和纪律处分9人",
                &[(
                    C::Combined,
                    Some(9),
                    "提醒谈话、批评教育、诫勉等组织处理和纪律处分",
                    &[],
                )],
            ),
            (
                "诫勉等处理3人",
                &[(C::Combined, Some(3), "诫勉等处理", &[])],
            ),
            (
                "党内警告等处分2人",
                &[(C::Combined, Some(2), "党内警告等处分", &[])],
            ),
        ];
        for (s, want) in cases {
            let want: Vec<_> = want
                .iter()
                .map(|(c, t, l, b)| (*c, *t, (*l).to_owned(), b.to_vec()))
                .collect();
            assert_eq!(tallies(s), want, "{s}");
        }
    }
}
