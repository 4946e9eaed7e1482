//! Institutions built (制度): `建立完善制度55项`.

use super::clauses::clause_start;
use crate::Span;
use crate::lex::text::{char_at, is_digit_at, uint_at};
use crate::vocab::institutions::{UNITS as INSTITUTION_UNITS, WORD as INSTITUTION_WORD};

/// The first institutions count in `s[span]` (`建立完善制度55项`: 55) and the clause it
/// stands in.
pub(crate) fn scan(s: &str, span: Span) -> Option<(u64, Span)> {
    let mut from = span.start;
    while let Some(p) = s[from..span.end].find(INSTITUTION_WORD).map(|p| from + p) {
        from = p + INSTITUTION_WORD.len();
        // the number follows within a few characters
        let mut j = from;
        for _ in 0..6 {
            if j >= span.end || is_digit_at(s.as_bytes(), j) {
                break;
            }
            j += char_at(s, j).map_or(1, char::len_utf8);
        }
        let Some((Some(v), _, e)) = uint_at(s.as_bytes(), j) else {
            continue;
        };
        if let Some(u) = INSTITUTION_UNITS.iter().find(|u| s[e..].starts_with(**u)) {
            return Some((v, Span::new(clause_start(s, p, span.start), e + u.len())));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let s = "完善制度建设,建立完善制度55项。";
        let (n, at) = scan(s, Span::new(0, s.len())).unwrap();
        assert_eq!(n, 55);
        assert_eq!(&s[at.range()], "建立完善制度55项");
        assert!(scan("制度建设", Span::new(0, 12)).is_none());
    }
}
