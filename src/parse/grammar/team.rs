//! Inspection teams (巡视组/巡察组) and the scheme word (巡视/巡察): `省委第八巡视组`,
//! `区委巡察三组`, `十四届县委第二轮巡察二组`, `县委2个巡察组`, `市委专项巡察组`.

use regex::Regex;
use std::sync::LazyLock;

use crate::Scheme;
use crate::lex::numerals::{any_uint, is_numeral_char};
use crate::lex::text::{char_before, is_clause_end, is_ws};
use crate::vocab::inspection::{SCHEME_LEAD, SCHEMES};

/// The most numerals a team's number holds (`第十二十一巡察组`).
const NUMERALS_MAX: usize = 4;

/// A team's number: one to [`NUMERALS_MAX`] numerals or digits.
const N: &str = r"[一二三四五六七八九十〇零两0-9\x{FF10}-\x{FF19}]{1,4}";

/// An inspection team: `第八巡视组`, `巡察三组`, `巡察第一组`, `2个巡察组`, `巡察组`.
pub(crate) static TEAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "第{N}(?:巡视|巡察|巡查)组|(?:巡视|巡察|巡查)第?{N}组|{N}个(?:巡视|巡察|巡查)组|(?:巡视|巡察|巡查)(?:工作)?组"
    ))
    .expect("team pattern")
});

/// The schemes `text` names, in text order: each `巡` ([`SCHEME_LEAD`], found with one
/// `memchr` pass) that starts a scheme word.
fn schemes_in(text: &str) -> impl Iterator<Item = Scheme> + '_ {
    text.match_indices(SCHEME_LEAD).filter_map(move |(i, _)| {
        let rest = &text[i..];
        SCHEMES
            .iter()
            .find(|(w, _)| rest.starts_with(w))
            .map(|(_, s)| *s)
    })
}

/// Whether `text` names a scheme (巡视, 巡察 or the typo 巡查).
pub(crate) fn has_scheme(text: &str) -> bool {
    scheme_of(text).is_some()
}

/// 巡视 or 巡察, whichever the text names first.
pub(crate) fn scheme_of(text: &str) -> Option<Scheme> {
    schemes_in(text).next()
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
                | '至'
        )
}

/// Whether `c` at `i` ends a date (`5月`, `2023年`, `6号`): a team's committee words never
/// hold one, so the team starts after it (`…至5月县委第一巡察组`).
fn ends_date(text: &str, i: usize, c: char) -> bool {
    // `2023年度县委…`: the year's `度` ends it too
    if c == '度' && text[..i].ends_with('年') {
        return ends_date(text, i - '年'.len_utf8(), '年');
    }
    matches!(c, '年' | '月' | '号')
        && char_before(text, i).is_some_and(|d| {
            d.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&d) || is_numeral_char(d)
        })
}

/// The most characters of a team's committee words; a thematic team's subject may take
/// [`SUBJECT_CHARS`].
const COMMITTEE_CHARS: usize = 24;

/// The most characters before a thematic team's `专项巡察组`: its committee and subject
/// (`市委深化“放管服”改革、优化营商环境专项巡察组`).
const SUBJECT_CHARS: usize = 40;

/// Extends a team match leftwards over the committee words (`省委`, `十四届县委第二轮`).
/// A thematic team (`…专项巡察组`) is named for its subject, which may hold quotation
/// marks and a `、` between two of its words (not after another team's `组`).
pub(crate) fn team_start(text: &str, start: usize) -> usize {
    let thematic = text[..start].ends_with("专项");
    let max = if thematic {
        SUBJECT_CHARS
    } else {
        COMMITTEE_CHARS
    };
    let mut i = start;
    let mut n = 0;
    while let Some(c) = char_before(text, i) {
        let at = i - c.len_utf8();
        let subject = thematic && in_subject(text, at, c);
        if (stops_team(c) && !subject) || ends_date(text, at, c) || ends_run(text, i, c) || n >= max
        {
            break;
        }
        i = at;
        n += 1;
    }
    i
}

/// Whether the digit `c` before `i` is no part of the team: a number right before the
/// committee's place word (`1120县委`, `1208市委`) is a date that lost its separators
/// (`2022915日至1120县委第五巡察组`); a session's number (`14届县委`) or the team's own
/// (`第12巡察组`) goes on.
fn ends_run(text: &str, i: usize, c: char) -> bool {
    let digit = c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c);
    digit && text[i..].starts_with(COMMITTEE_PLACES)
}

/// The first characters of a committee's name (`县委`, `市委`, `区委`, `省委`, `州委`,
/// `镇党委`, `中央`).
pub(crate) const COMMITTEE_PLACES: &[char] =
    &['县', '市', '区', '省', '州', '镇', '乡', '旗', '盟', '中'];

/// Whether `c` at `at` goes on a thematic team's subject: a quotation mark, or a `、`
/// that does not follow a `组`.
fn in_subject(text: &str, at: usize, c: char) -> bool {
    match c {
        '“' | '”' => true,
        '、' => char_before(text, at).is_some_and(|b| b != '组' && !stops_team(b)),
        _ => false,
    }
}

/// The most bytes a [`TEAM`] match holds before its final `组`: `第` or `个`,
/// [`NUMERALS_MAX`] numerals and a two-character scheme word, all of three bytes.
const TEAM_REACH: usize = 3 + NUMERALS_MAX * 3 + 6;

/// Every team in `text`, each extended over its committee words: `(start, end)`.
pub(crate) fn teams(text: &str) -> Vec<(usize, usize)> {
    team_matches(text)
        .map(|(s, e)| (team_start(text, s), e))
        .collect()
}

/// Every [`TEAM`] match in `text`, as `find_iter` gives them: `(start, end)`.
///
/// Every alternative ends at its only `组`, so the matches are found from the `组`s (one
/// `memchr` pass): the regex runs only on the few bytes before each, never before the
/// previous `组`, which gives `find_iter`'s matches without its scan of the whole text.
fn team_matches(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut floor = 0;
    text.match_indices('组').filter_map(move |(p, zu)| {
        let end = p + zu.len();
        let mut w = p.saturating_sub(TEAM_REACH).max(floor);
        while !text.is_char_boundary(w) {
            w += 1;
        }
        floor = end;
        TEAM.find(&text[w..end])
            .map(|m| (w + m.start(), w + m.end()))
    })
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
        let t = "5月19日,市委深化“放管服”改革、优化政务服务专项巡察组对市文旅局开展了专项巡察";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "市委深化“放管服”改革、优化政务服务专项巡察组");
        let t = "2022915日至1120县委第五巡察组对县档案馆开展了巡察";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "县委第五巡察组");
        let t = "1208县委巡察组向馆党支部反馈";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "县委巡察组");
        let t = "14届县委第二轮巡察二组";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "14届县委第二轮巡察二组");
        let t = "2023年3月1日至4月30日,2023年度县委第二轮巡察第三组对县林业局党组开展了巡察";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "县委第二轮巡察第三组");
        let t = "县委第一巡察组、县委第二巡察组";
        let (s, e) = teams(t)[1];
        assert_eq!(&t[s..e], "县委第二巡察组");
        let t = "县委第一巡察组、县委专项巡察组";
        let (s, e) = teams(t)[1];
        assert_eq!(&t[s..e], "县委专项巡察组");
        assert_eq!(team_facts("省委第八巡视组"), (Some(8), None));
        assert_eq!(team_facts("区委巡察三组"), (Some(3), None));
        assert_eq!(team_facts("县委巡察第一组"), (Some(1), None));
        let t = "2024年4月8日至5月31日,十五届县委第四轮巡察第一组对县总工会党组开展了常规巡察";
        let (s, e) = teams(t)[0];
        assert_eq!(&t[s..e], "十五届县委第四轮巡察第一组");
        assert_eq!(team_facts("县委2个巡察组"), (None, Some(2)));
        assert_eq!(team_facts("市委专项巡察组"), (None, None));
        assert_eq!(scheme_of("巡察整改…巡视"), Some(Scheme::Xuncha));
        assert_eq!(scheme_of("巡查组"), Some(Scheme::Xuncha));
        assert_eq!(scheme_of("整改"), None);
    }

    /// The matches as the regex's own `find_iter` over the whole text gives them.
    fn matches_by_scan(text: &str) -> Vec<(usize, usize)> {
        TEAM.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn the_longest_teams_are_found_whole() {
        assert!(N.ends_with(&format!("{{1,{NUMERALS_MAX}}}")));
        let n = "十".repeat(NUMERALS_MAX);
        for t in [
            format!("县委第{n}巡察组"),
            format!("省委{n}个巡视组"),
            format!("组第{n}巡察组组"),
        ] {
            let t = t.as_str();
            let found: Vec<_> = team_matches(t).collect();
            assert_eq!(found, matches_by_scan(t), "{t}");
            assert_eq!(found.len(), 1, "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn teams_match_the_regex_scan(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "第", "巡视", "巡察", "巡查", "组", "个", "工作", "二", "十", "一", "7",
                "\u{ff13}", "县委", "对", "5月", "a", " ", "。", "é", "𝟑",
            ]), 0..24)
        ) {
            let text: String = parts.concat();
            let found: Vec<_> = team_matches(&text).collect();
            proptest::prop_assert_eq!(found, matches_by_scan(&text));
            let first = SCHEMES
                .iter()
                .filter_map(|(w, s)| text.find(w).map(|p| (p, *s)))
                .min_by_key(|(p, _)| *p)
                .map(|(_, s)| s);
            proptest::prop_assert_eq!(scheme_of(&text), first);
            proptest::prop_assert_eq!(has_scheme(&text), first.is_some());
        }
    }
}
