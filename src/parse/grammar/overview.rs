//! Overview counts (总体情况): `{N}个方面{M}个问题`, `{N}条整改举措`, progress, the completion
//! rate and the date progress is reported as of. Which slot a figure fills is decided by
//! the rules of [`crate::vocab::overview`].

use super::Notes;
use crate::lex::dates::find_date;
use crate::lex::figures;
use crate::lex::numerals::is_numeral_char;
use crate::lex::text::{clause_back, is_clause_end, prefix_chars};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::sync::LazyLock;

use crate::vocab::figures::COUNTED;
use crate::vocab::overview::{
    ALL_COMPLETED, AS_OF, CLASS_UNIT, DISTRIBUTIVE, HEADS, LINKS, MODIFIERS, NOUNS_BEFORE,
    RATE_WORDS, SPECIFIC, SPECIFIC_SLOTS, STATUS_AFTER, STATUS_WORDS, UNIT_SLOTS, VETO,
};
use crate::vocab::{contains_any, ends_with_any, finder_set, word_set, words};
use crate::{Code, Count, Overview, PartialDate, Quantity, Rate, Severity, Slot, Span};

/// What the counts of a paragraph are read against.
#[derive(Default)]
pub(crate) struct Context<'a> {
    /// Spans already read as tallies (sorted by start, not overlapping): figures inside
    /// them are not declared counts.
    pub(crate) skip: &'a [Span],
    /// The year a date without one takes (the inspection's).
    pub(crate) year: Option<u16>,
    /// The feedback date: progress is never reported as of a date before it, so a date
    /// without a year that would fall before it is in the next year.
    pub(crate) feedback: Option<PartialDate>,
}

impl Context<'_> {
    /// Whether a figure lies inside a tally.
    fn skips(&self, q: &Quantity) -> bool {
        // `skip` is sorted: only the span starting last at or before the figure can hold it
        let at = self.skip.partition_point(|k| k.start <= q.span.start);
        at > 0 && q.span.end <= self.skip[at - 1].end
    }
}

/// The clause before `i` (at most 24 characters), without link words (`为`, `达`).
fn clause_before(s: &str, i: usize, floor: usize) -> &str {
    let j = clause_back(s, i, floor, 24);
    s[j..i].trim_end_matches(LINKS)
}

/// Whether a figure is written in Chinese numerals only (`六个`, `约三次`).
fn is_chinese(s: &str, q: &Quantity) -> bool {
    let t = &s[q.span.range()];
    t.chars()
        .next()
        .is_some_and(|c| is_numeral_char(c) || matches!(c, '约' | '近' | '超' | '不'))
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c))
}

word_set!(VETOES = VETO);

/// The slots a figure's own classifier names (`3大类`, `12大项问题`, `5类问题`).
fn by_unit(unit: &str, after: &str) -> Option<&'static [Slot]> {
    let (class, noun, slots) = CLASS_UNIT;
    if unit == class {
        return after.starts_with(noun).then_some(slots);
    }
    UNIT_SLOTS.iter().find(|(u, _)| *u == unit).map(|(_, s)| *s)
}

/// The slot of a status word right after the figure (`8个已完成整改`).
fn status_after(after: &str) -> Option<&'static [Slot]> {
    STATUS_AFTER
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|(_, s)| std::slice::from_ref(s))
}

static STATUS_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words(STATUS_WORDS))
        .expect("status automaton")
});

/// The slot of the first status word in the clause before the figure.
fn status_before(clause: &str) -> Option<&'static [Slot]> {
    let m = STATUS_AUTOMATON.find(clause)?;
    Some(std::slice::from_ref(
        &STATUS_WORDS[m.pattern().as_usize()].1,
    ))
}

/// The slots of the noun phrase after the figure: modifiers, then a head noun
/// (`39个具体问题`, `86条整改落实具体措施`).
fn by_head(after: &str) -> Option<&'static [Slot]> {
    let mut rest = after;
    let mut specific = false;
    for _ in 0..6 {
        if let Some((w, slots)) = HEADS.iter().find(|(w, _)| rest.starts_with(w)) {
            let problems = *w == "问题";
            return Some(if problems && specific {
                SPECIFIC_SLOTS
            } else {
                slots
            });
        }
        let m = MODIFIERS.iter().find(|m| rest.starts_with(**m))?;
        specific |= SPECIFIC.contains(m);
        rest = &rest[m.len()..];
    }
    None
}

/// The slots of the noun the clause before the figure ends with (`反馈问题16个`).
fn noun_before(clause: &str) -> Option<&'static [Slot]> {
    NOUNS_BEFORE
        .iter()
        .find(|(w, _)| clause.ends_with(w))
        .map(|(_, s)| *s)
}

/// The slots a figure may fill, by the rules of [`crate::vocab::overview`], in order.
fn slots_for(s: &str, span: Span, q: &Quantity) -> Option<&'static [Slot]> {
    let clause = clause_before(s, q.span.start, span.start);
    let after = &s[q.span.end..span.end];
    if VETOES.is_match(clause) || clause.ends_with(DISTRIBUTIVE) {
        return None;
    }
    let counted = COUNTED.contains(&q.unit.as_ref());
    let unit = by_unit(&q.unit, after);
    if unit.is_some() || !counted {
        return unit;
    }
    // a Chinese `一` before its noun is an idiom (`完成一项、销号一项`), not a count
    let one = is_chinese(s, q) && q.value == Decimal::ONE;
    status_after(after)
        .or_else(|| status_before(clause).filter(|_| !one))
        .or_else(|| by_head(after))
        .or_else(|| noun_before(clause).filter(|_| !one))
}

/// Fills the first empty slot `q` may fill; false when it fills none (no rule names one,
/// the figure is no whole number, or the slots are taken).
fn fill(s: &str, span: Span, q: &Quantity, o: &mut Overview) -> bool {
    let Some(value) = u64::try_from(q.value)
        .ok()
        .filter(|_| q.value.fract().is_zero())
    else {
        return false;
    };
    let Some(slots) = slots_for(s, span, q) else {
        return false;
    };
    let Some(slot) = slots.iter().find(|x| o.count(**x).is_none()) else {
        return false;
    };
    *o.count_mut(*slot) = Some(Count {
        value,
        span: q.span,
    });
    true
}

/// When no completed count is written: the problem count whose clause says they are all
/// put right (`反馈的15个问题已全部完成整改`), read after every figure so that a count
/// written as such (`已完成整改18个`) wins.
pub(crate) fn all_completed(s: &str, o: &Overview) -> Option<Count> {
    [o.problems, o.specific_problems]
        .into_iter()
        .flatten()
        .find(|c| {
            let after = &s[c.span.end..];
            let clause = &after[..after.find(is_clause_end).unwrap_or(after.len())];
            contains_any(clause, ALL_COMPLETED)
        })
}

/// The completion rate, when `q` is a `%` after a rate word (`整改完成率88.9%`).
fn rate(s: &str, span: Span, q: &Quantity, o: &mut Overview) -> bool {
    if q.unit != "%" || o.completion_rate.is_some() {
        return false;
    }
    if !ends_with_any(clause_before(s, q.span.start, span.start), RATE_WORDS) {
        return false;
    }
    o.completion_rate = Some(Rate {
        value: q.value,
        span: q.span,
    });
    true
}

/// Reads the declared counts, the completion rate and the as-of date in `s[span]` into
/// `o`; returns the other figures written in Arabic digits (meetings, rules, lead units),
/// for the caller to keep or not.
pub(crate) fn read(
    s: &str,
    span: Span,
    ctx: &Context<'_>,
    o: &mut Overview,
    notes: &mut Notes,
) -> Vec<Quantity> {
    let mut qs: Vec<Quantity> = Vec::new();
    figures::scan(s, span, true, &mut qs);
    qs.retain(|q| !ctx.skips(q) && !fill(s, span, q, o) && !rate(s, span, q, o));
    // a Chinese numeral outside a declared count is prose (`四个意识`, `一项`), unless it
    // counts what a slot counts and the slot is taken (`六个方面的问题和五个方面意见建议`)
    qs.retain(|q| !is_chinese(s, q) || slots_for(s, span, q).is_some());
    as_of(s, span, ctx, o, notes);
    qs
}

finder_set!(AS_OF_FINDERS = AS_OF);

/// The date progress is reported as of: `截至{date}`, the date within a few characters.
fn as_of(s: &str, span: Span, ctx: &Context<'_>, o: &mut Overview, notes: &mut Notes) {
    for (word, finder) in AS_OF_FINDERS.iter() {
        let mut from = span.start;
        while let Some(p) = finder.find(s, from, span.end) {
            from = p + word.len();
            let window = from + prefix_chars(&s[from..span.end], 16).len();
            let Some((ds, d)) = find_date(&s[..window], from).filter(|(ds, _)| ds - from <= 6)
            else {
                continue;
            };
            if d.is_impossible() {
                notes.push(
                    Severity::Error,
                    Code::ImpossibleDate,
                    format!(
                        "the date “{}” progress is reported as of does not exist",
                        &s[ds..d.end]
                    ),
                    vec![Span::new(ds, d.end)],
                );
            }
            let date = match (d.resolve(ctx.year), ctx.feedback, d.year) {
                (Some(a), Some(f), None) if a.cmp_shared(f) == Ordering::Less => {
                    d.resolve(a.year.checked_add(1))
                }
                (a, _, _) => a,
            };
            if let Some(date) = date {
                o.as_of.get_or_insert(date);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(s: &str) -> Vec<(Slot, u64)> {
        let mut o = Overview::default();
        let ctx = Context {
            skip: &[],
            year: Some(2024),
            feedback: None,
        };
        read(
            s,
            Span::new(0, s.len()),
            &ctx,
            &mut o,
            &mut Notes::default(),
        );
        Slot::ALL
            .into_iter()
            .filter_map(|x| o.count(x).map(|c| (x, c.value)))
            .collect()
    }

    /// The figures `read` leaves for the caller: a Chinese numeral only when it counts
    /// what a taken slot counts.
    #[test]
    fn chinese_numerals_left_over() {
        let others = |s: &str| -> Vec<String> {
            let ctx = Context {
                skip: &[],
                year: Some(2024),
                feedback: None,
            };
            let mut o = Overview::default();
            read(
                s,
                Span::new(0, s.len()),
                &ctx,
                &mut o,
                &mut Notes::default(),
            )
            .into_iter()
            .map(|q| s[q.span.range()].to_owned())
            .collect()
        };
        assert_eq!(others("确定了六个方面的问题和五个方面意见建议"), ["五个"]);
        assert!(others("牢固树立四个意识,确定了六个方面的问题").is_empty());
    }

    #[test]
    fn table() {
        use Slot::*;
        let cases: &[(&str, &[(Slot, u64)])] = &[
            (
                "针对反馈的3个方面9个问题,制定整改措施27条",
                &[(ProblemCategories, 3), (Problems, 9), (Measures, 27)],
            ),
            (
                "反馈了六个方面二十三个问题",
                &[(ProblemCategories, 6), (Problems, 23)],
            ),
            (
                "针对巡察反馈的三大类9个问题",
                &[(ProblemCategories, 3), (Problems, 9)],
            ),
            ("4类问题", &[(ProblemCategories, 4)]),
            (
                "9个问题细化为31个具体问题",
                &[(Problems, 9), (SpecificProblems, 31)],
            ),
            ("梳理出31个具体问题", &[(SpecificProblems, 31)]),
            (
                "15个问题,已全部完成整改8个",
                &[(Problems, 15), (Completed, 8)],
            ),
            (
                "举一反三排查出的9个问题已全部完成整改。巡察反馈的21个问题,已完成整改18个",
                &[(Problems, 21), (Completed, 18)],
            ),
            ("上一轮巡察指出的6个问题已全部完成整改", &[]),
            (
                "已完成整改8个、正在整改1个",
                &[(Completed, 8), (InProgress, 1)],
            ),
            (
                "其中8个已完成,其余1个正在推进",
                &[(Completed, 8), (InProgress, 1)],
            ),
            (
                "阶段性完成2个,未完成1个",
                &[(PartiallyCompleted, 2), (NotCompleted, 1)],
            ),
            ("召开会议5次", &[]),
        ];
        for (s, want) in cases {
            assert_eq!(counts(s), *want, "{s}");
        }
    }

    #[test]
    fn all_put_right_is_the_completed_count_when_none_is_written() {
        let completed = |s: &str| {
            let mut o = Overview::default();
            let span = Span::new(0, s.len());
            read(s, span, &Context::default(), &mut o, &mut Notes::default());
            o.completed
                .or_else(|| all_completed(s, &o))
                .map(|c| c.value)
        };
        assert_eq!(completed("反馈的15个问题已全部完成整改"), Some(15));
        assert_eq!(completed("15个问题均已整改到位,召开会议3次"), Some(15));
        assert_eq!(completed("15个问题力争年底前全部完成整改"), None);
        assert_eq!(completed("15个问题已全部完成整改,已完成整改12个"), Some(12));
    }

    #[test]
    fn rate_and_as_of() {
        let s = "截至8月31日,整改完成率为88.9%,召开会议5次";
        let mut o = Overview::default();
        let ctx = Context {
            skip: &[],
            year: Some(2024),
            feedback: None,
        };
        let rest = read(
            s,
            Span::new(0, s.len()),
            &ctx,
            &mut o,
            &mut Notes::default(),
        );
        assert_eq!(o.completion_rate.unwrap().value.to_string(), "88.9");
        assert_eq!(o.as_of.unwrap().to_string(), "2024-08-31");
        assert_eq!(rest.len(), 1);
        assert_eq!(rest[0].unit, "次");
    }
}
