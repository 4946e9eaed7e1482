//! Clauses (分句): where the clause holding a figure or a word starts.

use crate::lex::text::clause_back;
use crate::vocab::CLAUSE_FILLERS;

/// Start of the clause holding byte `i`: after the last `,;。、:(` before it, not before
/// `floor`, and after a leading filler word (`并`, `累计` …).
pub(crate) fn clause_start(s: &str, i: usize, floor: usize) -> usize {
    // labels are short: looking back a few dozen characters keeps this linear overall
    let j = clause_back(s, i, floor, 40);
    for w in CLAUSE_FILLERS {
        if s[j..i.max(j)].starts_with(w) && j + w.len() <= i {
            return j + w.len();
        }
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts() {
        let s = "整改期间,并清退资金5万元";
        assert_eq!(
            &s[clause_start(s, s.find("资金").unwrap(), 0)..],
            "清退资金5万元"
        );
        let s = "清退资金5万元";
        assert_eq!(clause_start(s, s.find("资金").unwrap(), 0), 0);
    }
}
