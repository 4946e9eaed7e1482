//! Inspection teams (巡视组/巡察组) and the scheme word (巡视/巡察): `省委第八巡视组`,
//! `区委巡察三组`, `十四届县委第二轮巡察二组`, `县委2个巡察组`, `市委专项巡察组`.

use regex::Regex;
use std::sync::LazyLock;

use crate::Scheme;
use crate::lex::numerals::{any_uint, is_numeral_char};
use crate::lex::text::{char_before, is_clause_end, is_ws};
use crate::vocab::inspection::SCHEMES;

const N: &str = r"[一二三四五六七八九十〇零两0-9\x{FF10}-\x{FF19}]{1,4}";

/// An inspection team: `第八巡视组`, `巡察三组`, `2个巡察组`, `巡察组`.
pub(crate) static TEAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "第{N}(?:巡视|巡察|巡查)组|(?:巡视|巡察|巡查){N}组|{N}个(?:巡视|巡察|巡查)组|(?:巡视|巡察|巡查)(?:工作)?组"
    ))
    .expect("team pattern")
});

/// Whether `text` names a scheme (巡视, 巡察 or the typo 巡查).
pub(crate) fn has_scheme(text: &str) -> bool {
    SCHEMES.iter().any(|(w, _)| text.contains(w))
}

/// 巡视 or 巡察, whichever the text names first.
pub(crate) fn scheme_of(text: &str) -> Option<Scheme> {
    SCHEMES
        .iter()
        .filter_map(|(w, s)| text.find(w).map(|p| (p, *s)))
        .min_by_key(|(p, _)| *p)
        .map(|(_, s)| s)
}

/// Characters a team's committee words never hold: the team starts after them. The
/// prepositions `对` (of the target) and `向` (of the recipient) stand before a team's
/// target or recipient, never in its name, so a team is never read over them
/// (`对县委第五巡察组`).
fn stops_team(c: char) -> bool {
    is_ws(c)
        || is_clause_end(c)
        || matches!(
            c,
            '(' | '\u{ff08}'
                | ')'
                | '\u{ff09}'
                | '“'
                | '”'
                | '日'
                | '底'
                | '旬'
                | '末'
                | '于'
                | '由'
                | '署'
                | '派'
                | '和'
                | '及'
                | '与'
                | '的'
                | '对'
                | '向'
        )
}

/// Whether `c` at `i` ends a date (`5月`, `2023年`, `6号`): a team's committee words never
/// hold one, so the team starts after it (`…至5月县委第一巡察组`).
fn ends_date(text: &str, i: usize, c: char) -> bool {
    matches!(c, '年' | '月' | '号')
        && char_before(text, i).is_some_and(|d| {
            d.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&d) || is_numeral_char(d)
        })
}

/// Extends a team match leftwards over the committee words (`省委`, `十四届县委第二轮`).
pub(crate) fn team_start(text: &str, start: usize) -> usize {
    let mut i = start;
    let mut n = 0;
    while let Some(c) = char_before(text, i) {
        if stops_team(c) || ends_date(text, i - c.len_utf8(), c) || n >= 24 {
            break;
        }
        i -= c.len_utf8();
        n += 1;
    }
    i
}

/// Every team in `text`, each extended over its committee words: `(start, end)`.
pub(crate) fn teams(text: &str) -> Vec<(usize, usize)> {
    TEAM.find_iter(text)
        .map(|m| (team_start(text, m.start()), m.end()))
        .collect()
}

/// The team's number and count from its text: `第N巡X组` or `巡XN组` → number,
/// `N个巡X组` → count.
pub(crate) fn team_facts(team: &str) -> (Option<u32>, Option<u32>) {
    let core = TEAM.find(team).map_or(team, |m| m.as_str());
    let digits: String = core
        .chars()
        .filter(|c| {
            is_numeral_char(*c) || c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(c)
        })
        .collect();
    if digits.is_empty() {
        return (None, None);
    }
    let v = any_uint(&digits);
    if core.contains('个') {
        (None, v)
    } else {
        (v, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_and_facts() {
        let t = "2023年4月10日至6月9日,十四届县委第二轮巡察二组对桃源镇开展了巡察";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "十四届县委第二轮巡察二组");
        let t = "2023年4月至5月县委第一巡察组对桃源镇开展了巡察";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "县委第一巡察组");
        assert_eq!(team_facts("省委第八巡视组"), (Some(8), None));
        assert_eq!(team_facts("区委巡察三组"), (Some(3), None));
        assert_eq!(team_facts("县委2个巡察组"), (None, Some(2)));
        assert_eq!(team_facts("市委专项巡察组"), (None, None));
        assert_eq!(scheme_of("巡察整改…巡视"), Some(Scheme::Xuncha));
        assert_eq!(scheme_of("巡查组"), Some(Scheme::Xuncha));
        assert_eq!(scheme_of("整改"), None);
    }
}
