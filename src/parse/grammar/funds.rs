//! Funds (资金): `清退违规资金236.47万元`, `挽回经济损失1062.38万元`, `清查追回…共计48920元`,
//! one per clause.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

use super::clauses::clause_start;
use crate::lex::figures::{may_start, signed_money_at};
use crate::lex::numerals::is_numeral_char;
use crate::lex::text::{char_at, is_digit_at, is_ws};
use crate::vocab::funds::{TOTAL_WORDS, VERBS};
use crate::vocab::{CLAUSE_FILLERS, words};
use crate::{Funds, FundsKind, Money, Span};

static VERB_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(words(VERBS))
        .expect("funds automaton")
});

/// Whether an amount may start at `j`: a digit (not inside a longer number), a Chinese
/// numeral, a prefix qualifier (`约`, `近`) or a minus sign.
fn may_start_amount(s: &str, j: usize, c: char) -> bool {
    let starts = is_digit_at(s.as_bytes(), j)
        || is_numeral_char(c)
        || matches!(c, '约' | '近' | '-' | '\u{2212}' | '\u{ff0d}');
    starts && may_start(s, j)
}

/// The first amount of money in the clause after the verb at `ms`, at most 240 bytes on;
/// a comma before a total word (`…津补贴,共计54410元`) does not end the clause.
fn amount_after(s: &str, ms: usize, end: usize) -> Option<Money> {
    let mut j = ms;
    let limit = end.min(ms + 240);
    while j < limit {
        let c = char_at(s, j)?;
        if matches!(c, ',' | '\u{ff0c}') {
            // `追回违规发放的津补贴,共计54410元`: a total word after the comma goes on
            let next = j + c.len_utf8();
            // the amount right after the total word, or no amount of this clause
            let rest = s.get(next..limit).unwrap_or("");
            let w = TOTAL_WORDS.iter().find(|w| rest.starts_with(**w))?;
            let at = next + w.len();
            return char_at(s, at)
                .filter(|&c| may_start_amount(s, at, c))
                .and_then(|_| signed_money_at(s, at));
        }
        // a sentence's end, even one inside quotation marks, ends the clause
        if matches!(c, '。' | ';' | '\u{ff1b}' | '！' | '？' | '!' | '?') {
            return None;
        }
        if may_start_amount(s, j, c) {
            if let Some(m) = signed_money_at(s, j) {
                return Some(m);
            }
        }
        j += c.len_utf8();
    }
    None
}

/// The start of a fund's label from `cs`, past the end of a tally read between `cs` and
/// the verb at `ms` (and the filler after it).
fn after_tally(s: &str, cs: usize, ms: usize, taken: &[Span]) -> usize {
    let k = taken.partition_point(|t| t.end <= ms);
    let Some(t) = taken[..k].last().filter(|t| t.end > cs) else {
        return cs;
    };
    let rest = &s[t.end..ms];
    let trimmed = rest.trim_start_matches(is_ws);
    let trimmed = CLAUSE_FILLERS
        .iter()
        .find_map(|w| trimmed.strip_prefix(w))
        .unwrap_or(trimmed);
    ms - trimmed.len()
}

/// Reads the funds in `s[span]` into `out`, one per clause. `taken` are the spans read
/// as penalty tallies (sorted): a fund's label starts after a tally before it in its
/// clause (`诫勉4人清退…` → `清退…`), which is not read twice.
pub(crate) fn scan(s: &str, span: Span, taken: &[Span], out: &mut Vec<Funds>) {
    let mut last_end = out.last().map_or(0, |f| f.span.end);
    for m in VERB_AUTOMATON.find_iter(&s[span.range()]) {
        let ms = span.start + m.start();
        let cs = after_tally(s, clause_start(s, ms, span.start), ms, taken);
        if last_end > cs {
            continue;
        }
        let Some(amount) = amount_after(s, ms, span.end) else {
            continue;
        };
        let label = s[cs..amount.span.start].trim_end_matches(is_ws);
        let label = TOTAL_WORDS
            .iter()
            .find_map(|w| label.strip_suffix(w))
            .unwrap_or(label)
            .trim_end_matches([',', '\u{ff0c}']);
        last_end = amount.span.end;
        out.push(Funds {
            kind: FundsKind::from_label(label),
            label: label.to_owned(),
            span: Span::new(cs, amount.span.end),
            amount,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_or_absent() {
        let amount = |s: &str| {
            let mut out = Vec::new();
            scan(s, Span::new(0, s.len()), &[], &mut out);
            out.first().map(|f| f.amount.yuan.to_string())
        };
        let cases = [
            ("清退资金12万5000元", Some("125000")),
            ("挽回损失3亿2000万元", Some("320000000")),
            ("追缴5千万元", Some("50000000")),
            ("追缴1.5千万元", Some("15000000.0")),
            ("收回一亿零一万元", Some("100010000")),
            ("清退1\u{a0}234\u{a0}567元", Some("1234567")),
            ("清退1 234 567元", Some("1234567")),
            ("清退-3万元", Some("-30000")),
            ("清退1.2.3万元", None),
            ("清退1e30亿元", None),
            ("清退.5万元", None),
            ("清退1,23,4567元", None),
            ("追回违规发放的津补贴,共计54410元", Some("54410")),
            ("追回违规发放的津补贴，合计5.4万元", Some("54000.0")),
            ("追回违规发放的津补贴,召开会议3次", None),
            ("收缴违纪款项,共2笔3.6万元", None),
            ("清退“违规资金!5万元", None),
            ("清退“违规资金？5万元", None),
        ];
        for (s, want) in cases {
            assert_eq!(amount(s).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn a_total_word_after_a_comma_goes_on() {
        let s = "清查追回违规发放的津补贴,共计54410元。";
        let mut out = Vec::new();
        scan(s, Span::new(0, s.len()), &[], &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].label, "清查追回违规发放的津补贴");
        assert_eq!(
            &s[out[0].span.range()],
            "清查追回违规发放的津补贴,共计54410元"
        );
    }

    #[test]
    fn one_per_clause() {
        let s =
            "清退违规资金2,360,000元,挽回经济损失1.35亿元;清查追回超标准报销差旅费共计48920元。";
        let mut out = Vec::new();
        scan(s, Span::new(0, s.len()), &[], &mut out);
        let got: Vec<(&str, String, FundsKind)> = out
            .iter()
            .map(|f| (f.label.as_str(), f.amount.yuan.to_string(), f.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("清退违规资金", "2360000".to_owned(), FundsKind::Refunded),
                (
                    "挽回经济损失",
                    "135000000.00".to_owned(),
                    FundsKind::RecoveredLosses
                ),
                (
                    "清查追回超标准报销差旅费",
                    "48920".to_owned(),
                    FundsKind::Other
                ),
            ]
        );
    }
}
