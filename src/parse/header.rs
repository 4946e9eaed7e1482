//! The header sentence (开头段): authority, period, team, target, kind, feedback.
//!
//! `根据{authority}统一部署,{start}至{end},{team}对{target}开展了{kind}巡视。{date},{team}
//! 向{recipient}反馈了巡视意见。`

use regex::Regex;
use std::sync::LazyLock;

use super::Notes;
use super::dates::{RawDate, date_at, find_date};
use super::numerals::parse_cn;
use super::text::{char_at, char_before, is_ws, sentence_end};
use crate::validate::{Code, Severity};
use crate::{Inspection, InspectionKind, PartialDate, Scheme, Span};

const N: &str = r"[一二三四五六七八九十〇零两0-9\x{FF10}-\x{FF19}]{1,4}";

/// An inspection team: `第八巡视组`, `巡察三组`, `2个巡察组`, `巡察组`.
pub(crate) static TEAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "第{N}(?:巡视|巡察|巡查)组|(?:巡视|巡察|巡查){N}组|{N}个(?:巡视|巡察|巡查)组|(?:巡视|巡察|巡查)(?:工作)?组"
    ))
    .expect("team pattern")
});

static AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:根据|按照|遵照|依据)([^,\x{FF0C}。;\x{FF1B}]{1,40}?)(?:的)?(?:统一|总体|工作)?(?:部署|安排)")
        .expect("authority pattern")
});

static TARGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"对([^。;\x{FF1B}]{1,120}?)(?:开展|进行|实施)(?:了)?([^。,\x{FF0C};\x{FF1B}]{0,24}?)(巡视|巡察|巡查)")
        .expect("target pattern")
});

static RECIPIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"向([^。,\x{FF0C};\x{FF1B}]{1,60}?)(?:集中)?(?:进行了|作了|作出|正式)?反馈")
        .expect("recipient pattern")
});

static ALIAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[(\x{FF08}](?:以下)?简称[“"]?([^”"()\x{FF08}\x{FF09}]{1,20})[”"]?[)\x{FF09}]"#)
        .expect("alias pattern")
});

static TARGET_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "等({N})(?:家|个)(?:单位|部门|党组织|县|区|乡镇|街道)"
    ))
    .expect("target count pattern")
});

static ROUND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("第({N})轮")).expect("round pattern"));

/// Whether a line reads as the header sentence.
pub(crate) fn is_header(line: &str) -> bool {
    let has_scheme = line.contains("巡视") || line.contains("巡察") || line.contains("巡查");
    if !has_scheme {
        return false;
    }
    let team = TEAM.is_match(line);
    ((line.contains("根据") || line.contains("按照"))
        && (line.contains("部署") || line.contains("安排"))
        && (team || line.contains('对')))
        || (team && line.contains('对') && (line.contains("开展") || line.contains("进行")))
        || (team && line.contains("反馈") && find_date(line, 0).is_some())
}

/// A number written in Arabic, full-width or Chinese digits.
pub(crate) fn any_uint(s: &str) -> Option<u32> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '\u{ff10}'..='\u{ff19}' => char::from_u32(c as u32 - 0xff10 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    ascii
        .parse()
        .ok()
        .or_else(|| parse_cn(s).and_then(|v| u32::try_from(v).ok()))
}

/// The team's number, count and round from its text.
fn team_facts(team: &str) -> (Option<u32>, Option<u32>) {
    // 第N巡X组 or 巡XN组 → number; N个巡X组 → count
    let core = TEAM.find(team).map_or(team, |m| m.as_str());
    let digits: String = core
        .chars()
        .filter(|c| {
            super::numerals::is_numeral_char(*c)
                || c.is_ascii_digit()
                || ('\u{ff10}'..='\u{ff19}').contains(c)
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

/// Extends a team match leftwards over the committee words (`省委`, `十四届县委第二轮`).
fn team_start(text: &str, start: usize) -> usize {
    let mut i = start;
    let mut n = 0;
    while let Some(c) = char_before(text, i) {
        if is_ws(c)
            || super::text::is_clause_end(c)
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
            )
            || n >= 24
        {
            break;
        }
        i -= c.len_utf8();
        n += 1;
    }
    i
}

/// Reads the header paragraph `text` found at `offset` in the input.
pub(crate) fn parse(text: &str, offset: usize, notes: &mut Notes) -> Inspection {
    let at = |s: usize, e: usize| Span::new(offset + s, offset + e);
    let mut teams: Vec<(usize, usize)> = Vec::new();
    for m in TEAM.find_iter(text) {
        teams.push((team_start(text, m.start()), m.end()));
    }
    let target_m = TARGET.captures(text);
    let scheme = target_m
        .as_ref()
        .and_then(|c| c.get(3))
        .map(|m| m.as_str())
        .or_else(|| teams.first().map(|t| &text[t.0..t.1]))
        .map_or_else(|| scheme_of(text), scheme_of);
    let mut insp = Inspection::new(scheme.unwrap_or(Scheme::Xuncha));
    insp.span = at(0, text.len());

    if let Some(c) = AUTHORITY.captures(text) {
        let a = c.get(1).map_or("", |m| m.as_str());
        let a = a
            .trim_end_matches("统一")
            .trim_end_matches("巡视工作")
            .trim_end_matches("巡察工作");
        let a = a.trim_end_matches('的');
        // `《中国共产党巡视工作条例》和省委`: the regulations are the basis, not the authority
        let a = match a.rfind('》') {
            Some(p) if a.starts_with('《') => {
                insp.basis = super::sections::documents(&a[..p + '》'.len_utf8()]);
                a[p + '》'.len_utf8()..].trim_start_matches(['和', '及', '、', '以', '与'])
            }
            _ => a,
        };
        if !a.is_empty() {
            insp.authority = Some(a.to_owned());
        }
    }

    // The team: the first one before 对 (or the first at all).
    if let Some(&(s, e)) = teams.first() {
        let team = &text[s..e];
        insp.team = Some(team.to_owned());
        let (num, count) = team_facts(team);
        insp.team_number = num;
        insp.team_count = count;
        if num.is_none() && count.is_none() && team.chars().any(|c| c.is_ascii_digit()) {
            notes.push(
                Severity::Error,
                Code::NumberOverflow,
                format!("the team number in “{team}” is too large"),
                vec![at(s, e)],
            );
        }
        for &(s2, e2) in &teams[1..] {
            let other = &text[s2..e2];
            if other != team && !insp.team_aliases.iter().any(|a| a == other) {
                insp.team_aliases.push(other.to_owned());
            }
        }
    }
    if let Some(c) = ROUND.captures(text) {
        insp.round = c.get(1).and_then(|m| any_uint(m.as_str()));
    }

    // Target and kind.
    if let Some(c) = &target_m {
        if let Some(t) = c.get(1) {
            let mut target = t.as_str().trim_matches(is_ws);
            if let Some(a) = ALIAS.captures(target) {
                insp.target_alias = a.get(1).map(|m| m.as_str().to_owned());
                let whole = a.get(0).map_or(0..0, |m| m.range());
                let before = target[..whole.start].trim_end_matches(is_ws);
                if whole.end == target.len() {
                    target = before;
                }
            }
            if let Some(c) = TARGET_COUNT.captures(target) {
                insp.target_count = c.get(1).and_then(|m| any_uint(m.as_str()));
            }
            insp.target = Some(target.to_owned());
        }
        let kind_text = c.get(2).map_or("", |m| m.as_str());
        let after = c.get(3).map_or(text.len(), |m| m.end());
        // “回头看” follows the scheme word within a few characters
        let clause = &text[after..sentence_end(text, after)];
        let tail = super::text::prefix_chars(clause, 8);
        let mut found: Vec<(usize, InspectionKind)> = Vec::new();
        for k in InspectionKind::ALL {
            if let Some(p) = kind_text.find(k.as_str()) {
                found.push((p, k));
            }
        }
        if tail.contains("回头看") && !found.iter().any(|f| f.1 == InspectionKind::FollowUp) {
            found.push((usize::MAX, InspectionKind::FollowUp));
        }
        found.sort_by_key(|f| f.0);
        insp.kinds = found.into_iter().map(|f| f.1).collect();
        insp.kind = insp.kinds.first().copied();
    }

    // Period: the first date followed by a range connector and a second date.
    let mut pos = 0;
    let mut period_end = 0;
    while let Some((ds, d1)) = find_date(text, pos) {
        pos = d1.end;
        // the end: a date, or `M.D` after a start written `YYYY.M.D`
        let numeric_start = text[ds..d1.end].contains(['.', '-', '/', '\u{ff0e}']);
        let Some(d2) = connector(text, d1.end).and_then(|j| {
            date_at(text, j).or_else(|| {
                numeric_start
                    .then(|| super::dates::month_day_at(text, j))
                    .flatten()
            })
        }) else {
            continue;
        };
        insp.period_text = Some(text[ds..d2.end].to_owned());
        let (start, end) = resolve_period(d1, d2, notes, at(ds, d2.end), &text[ds..d2.end]);
        insp.start = start;
        insp.end = end;
        period_end = d2.end;
        break;
    }

    // Feedback: the first date after the period in a sentence that says 反馈.
    let mut pos = period_end;
    // the end of the sentence holding the current date, found once per sentence so that
    // a long paragraph full of dates stays linear
    let mut sent_end = 0;
    // the next 反馈 at or after the current date, also found once
    let mut next_feedback: usize = 0;
    while let Some((ds, d)) = find_date(text, pos) {
        pos = d.end;
        if sent_end <= d.end {
            sent_end = sentence_end(text, d.end);
        }
        if next_feedback < d.end {
            next_feedback = text[d.end..].find("反馈").map_or(usize::MAX, |p| d.end + p);
        }
        if next_feedback >= sent_end {
            continue;
        }
        // the date nearest before 反馈 is the feedback's (`2024.3.18-5.20,…,6月14日反馈`)
        if find_date(&text[..next_feedback], d.end).is_some() {
            continue;
        }
        let clause = &text[d.end..sent_end];
        let year = insp.end.or(insp.start).map(|d| d.year);
        if d.ambiguous {
            notes.push(
                Severity::Warning,
                Code::AmbiguousDate,
                format!(
                    "the feedback date “{}” lost its separators and reads more than one way",
                    &text[ds..d.end]
                ),
                vec![at(ds, d.end)],
            );
        } else if d.is_impossible() {
            notes.push(
                Severity::Error,
                Code::ImpossibleDate,
                format!("the feedback date “{}” does not exist", &text[ds..d.end]),
                vec![at(ds, d.end)],
            );
        }
        let mut fb = d.resolve(year);
        // a feedback date without a year never falls before the period began
        if let (Some(f), Some(s), Some(e), None) = (fb, insp.start, insp.end.or(insp.start), d.year)
        {
            if f.cmp_shared(s) == std::cmp::Ordering::Less {
                fb = d.resolve(Some(e.year + u16::from(e.year == s.year)));
            }
        }
        insp.feedback_year_inherited = fb.is_some_and(|f| f.year_inherited);
        insp.feedback_date = fb;
        if let Some(c) = RECIPIENT.captures(clause) {
            let r = c.get(1).map_or("", |m| m.as_str());
            // `{team}向{recipient}`: drop a team spelled inside
            let r = r.trim_matches(is_ws);
            if !r.is_empty() {
                insp.feedback_recipient = Some(r.to_owned());
            }
        }
        break;
    }
    insp
}

fn connector(text: &str, i: usize) -> Option<usize> {
    let c = char_at(text, i)?;
    let w = c.len_utf8();
    match c {
        '至' | '到' | '—' | '-' | '~' | '\u{ff5e}' | '\u{ff0d}' | '―' | '–' | '〜' => {
            let mut j = i + w;
            // `——` or `至到`
            while let Some(c2 @ ('—' | '-' | '―')) = char_at(text, j) {
                j += c2.len_utf8();
            }
            Some(j)
        }
        _ => None,
    }
}

fn resolve_period(
    d1: RawDate,
    d2: RawDate,
    notes: &mut Notes,
    span: Span,
    text: &str,
) -> (Option<PartialDate>, Option<PartialDate>) {
    // one finding of each kind for the period, however many of its dates are wrong
    if d1.ambiguous || d2.ambiguous {
        notes.push(Severity::Warning, Code::AmbiguousDate, format!("the period “{text}” has a date that lost its separators and reads more than one way"), vec![span]);
    }
    if [d1, d2].iter().any(|d| !d.ambiguous && d.is_impossible()) {
        notes.push(
            Severity::Error,
            Code::ImpossibleDate,
            format!("the period “{text}” names a date that does not exist"),
            vec![span],
        );
    }
    let start = d1.resolve(None);
    let mut end = d2.resolve(start.map(|s| s.year));
    if let (Some(s), Some(e), None) = (start, end, d2.year) {
        if e.cmp_shared(s) == std::cmp::Ordering::Less {
            end = d2.resolve(Some(s.year + 1));
        }
    }
    (start, end)
}

/// 巡视 or 巡察, whichever the text names first.
pub(crate) fn scheme_of(text: &str) -> Option<Scheme> {
    let shi = text.find("巡视");
    let cha = [text.find("巡察"), text.find("巡查")]
        .into_iter()
        .flatten()
        .min();
    match (shi, cha) {
        (Some(a), Some(b)) => Some(if a < b {
            Scheme::Xunshi
        } else {
            Scheme::Xuncha
        }),
        (Some(_), None) => Some(Scheme::Xunshi),
        (None, Some(_)) => Some(Scheme::Xuncha),
        (None, None) => None,
    }
}
