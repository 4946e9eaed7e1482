//! Funds (资金): `清退违规资金236.47万元`, `挽回经济损失1062.38万元`, `清查追回…共计48920元`,
//! one per clause.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

use super::clauses::clause_start;
use crate::lex::figures::money_at;
use crate::lex::text::{char_at, char_before, is_digit_at, is_ws};
use crate::vocab::funds::{TOTAL_WORDS, VERBS};
use crate::vocab::words;
use crate::{Funds, FundsKind, Money, Span};

static VERB_AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(words(VERBS))
        .expect("funds automaton")
});

/// The first amount of money in the clause after the verb at `ms`, at most 240 bytes on.
fn amount_after(s: &str, ms: usize, end: usize) -> Option<Money> {
    let mut j = ms;
    let limit = end.min(ms + 240);
    while j < limit {
        let c = char_at(s, j)?;
        if matches!(c, '。' | ';' | '\u{ff1b}' | ',' | '\u{ff0c}') {
            return None;
        }
        let inside_run = j > ms
            && char_before(s, j)
                .is_some_and(|p| p.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&p));
        if (is_digit_at(s.as_bytes(), j) || matches!(c, '约' | '近')) && !inside_run {
            if let Some(m) = money_at(s, j) {
                return Some(m);
            }
        }
        j += c.len_utf8();
    }
    None
}

/// Reads the funds in `s[span]` into `out`, one per clause.
pub(crate) fn scan(s: &str, span: Span, out: &mut Vec<Funds>) {
    let mut last_end = out.last().map_or(0, |f| f.span.end);
    for m in VERB_AUTOMATON.find_iter(&s[span.range()]) {
        let ms = span.start + m.start();
        let cs = clause_start(s, ms, span.start);
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
            .unwrap_or(label);
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
    fn one_per_clause() {
        let s =
            "清退违规资金2,360,000元,挽回经济损失1.35亿元;清查追回超标准报销差旅费共计48920元。";
        let mut out = Vec::new();
        scan(s, Span::new(0, s.len()), &mut out);
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
