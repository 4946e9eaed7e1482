//! The header sentence (开头段): authority, period, team, target, kind, feedback.
//!
//! `根据{authority}统一部署,{start}至{end},{team}对{target}开展了{kind}巡视。{date},{team}
//! 向{recipient}反馈了巡视意见。`

use regex::Regex;
use std::cmp::Ordering;
use std::sync::LazyLock;

use std::ops::Range;

use super::Notes;
use super::phrase::{self, Phrase, optional_at, words_at};
use super::team::{COMMITTEE_PLACES, TEAM, has_scheme, scheme_of, team_facts, team_start, teams};
use crate::lex::dates::{
    RawDate, bare_month_day_run_at, date_at, find_bare_month_day_run, find_date,
    find_month_day_run, month_day_at, month_day_run_at,
};
use crate::lex::documents::documents;
use crate::lex::numerals::{any_uint, is_numeral_char};
use crate::lex::text::{char_at, is_ws, one_line, prefix_chars, sentence_end};
use crate::vocab::inspection::{
    ANNOUNCEMENT_ENDS, ANNOUNCEMENT_WORDS, ARRANGEMENT_SCOPES, ARRANGEMENTS, BASIS_LEADS,
    CONDUCT_VERBS, FEEDBACK_MANNERS, FEEDBACK_OBJECTS, KINDS, SCHEMES,
};
use crate::vocab::{contains_any, word_set};
use crate::{Code, Inspection, InspectionKind, PartialDate, Scheme, Severity, Span};

const N: &str = r"[一二三四五六七八九十〇零两0-9\x{FF10}-\x{FF19}]{1,4}";

/// The most characters of the authority, target, kind and recipient phrases.
const AUTHORITY_CHARS: usize = 40;
const TARGET_CHARS: usize = 120;
const KIND_CHARS: usize = 24;
const RECIPIENT_CHARS: usize = 60;

const TARGET_LEADS: &[&str] = &["对"];
const RECIPIENT_LEADS: &[&str] = &["向"];

word_set!(BASIS = BASIS_LEADS);
word_set!(TARGET_LEAD = TARGET_LEADS);
word_set!(RECIPIENT_LEAD = RECIPIENT_LEADS);

/// The characters a clause's phrase never holds (`,，。;；`, `！？!?`).
fn ends_clause(c: char) -> bool {
    matches!(c, ',' | '\u{ff0c}') || ends_sentence(c)
}

/// The characters the kind's words never hold (`,，。;；`): not a name, they may hold
/// other marks (`开展了<！--more-->常规巡察`, where the page's comment was written in
/// full width).
fn ends_kind(c: char) -> bool {
    matches!(c, ',' | '\u{ff0c}' | '。' | ';' | '\u{ff1b}')
}

/// The characters a sentence's phrase never holds (`。;；`, `！？!?`): the target may
/// hold commas. A `？` inside quotation marks does not end the header's sentence, but it
/// is never part of a name.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | ';' | '\u{ff1b}' | '！' | '？' | '!' | '?')
}

/// The authority's phrase, `根据{authority}(的)(统一|总体|工作)(部署|安排)`: the authority
/// and where the phrase ends.
fn authority_phrase(text: &str, max: usize) -> Option<Phrase<usize>> {
    phrase::first(text, &BASIS, ends_clause, max, |t, at| {
        optional_at(t, at, &["的"]).find_map(|a| {
            optional_at(t, at + a, ARRANGEMENT_SCOPES).find_map(|b| {
                let c = words_at(t, at + a + b, ARRANGEMENTS).next()?;
                Some(at + a + b + c)
            })
        })
    })
}

/// What follows the target: the kind words and the scheme word.
#[derive(Clone, Debug, PartialEq, Eq)]
struct TargetTail {
    kind: Range<usize>,
    scheme: Range<usize>,
    scheme_is: Scheme,
}

/// The target's phrase, `对{target}(开展|进行|实施)(了){kind}(巡视|巡察|巡查)`, the kind
/// being the shortest run of up to `kind_max` characters before a scheme word, holding
/// neither `对` nor a verb (where it would, the target goes on).
fn target_phrase(text: &str, max: usize, kind_max: usize) -> Option<Phrase<TargetTail>> {
    target_phrase_from(text, 0, max, kind_max)
}

/// [`target_phrase`] with its lead searched from byte `from` on.
fn target_phrase_from(
    text: &str,
    from: usize,
    max: usize,
    kind_max: usize,
) -> Option<Phrase<TargetTail>> {
    let scheme_at = |t: &str, at: usize| {
        let rest = t.get(at..)?;
        let (w, s) = SCHEMES.iter().find(|(w, _)| rest.starts_with(w))?;
        Some((at..at + w.len(), *s))
    };
    phrase::first_from(text, from, &TARGET_LEAD, ends_sentence, max, |t, at| {
        words_at(t, at, CONDUCT_VERBS).find_map(|v| {
            optional_at(t, at + v, &["了"]).find_map(|l| {
                let kind = at + v + l;
                let (end, (scheme, scheme_is)) =
                    phrase::group(t, kind, ends_kind, 0, kind_max, &scheme_at)?;
                // the kind is no second target's verb or lead (`开展了…对…开展了巡视`):
                // there the target goes on
                let words = &t[kind..end];
                if contains_any(words, TARGET_LEADS) || contains_any(words, CONDUCT_VERBS) {
                    return None;
                }
                Some(TargetTail {
                    kind: kind..end,
                    scheme,
                    scheme_is,
                })
            })
        })
    })
}

/// The recipient's phrase, `向{recipient}(集中)(进行了|作了|作出|正式)反馈`.
fn recipient_phrase(text: &str, max: usize) -> Option<Phrase<()>> {
    phrase::first(text, &RECIPIENT_LEAD, ends_clause, max, |t, at| {
        optional_at(t, at, &["集中"]).find_map(|a| {
            optional_at(t, at + a, FEEDBACK_MANNERS)
                .find(|b| t[at + a + b..].starts_with("反馈"))
                .map(|_| ())
        })
    })
}

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
    if !has_scheme(line) {
        return false;
    }
    let team = TEAM.is_match(line);
    ((line.contains("根据") || line.contains("按照"))
        && (line.contains("部署") || line.contains("安排"))
        && (team || line.contains('对')))
        || (team && line.contains('对') && (line.contains("开展") || line.contains("进行")))
        || (team && line.contains("反馈") && find_date(line, 0).is_some())
}

/// Reads the header paragraph `text` found at `offset` in the input; returns the
/// inspection and how far into `text` the header goes: the sentences its facts stand in
/// and the announcement after them (`现将整改情况予以公布。`). What follows is the body's.
pub(crate) fn parse(text: &str, offset: usize, notes: &mut Notes) -> (Inspection, usize) {
    let at = |s: usize, e: usize| Span::new(offset + s, offset + e);
    let teams = teams(text);
    let basis = authority_phrase(text, AUTHORITY_CHARS);
    // a target lead among the authority's words (`根据…对…部署`) leads no target
    let from = basis
        .as_ref()
        .filter(|p| TARGET_LEAD.is_match(&text[p.group.clone()]))
        .map_or(0, |p| p.tail);
    let target = target_phrase_from(text, from, TARGET_CHARS, KIND_CHARS);
    // `巡视巡察上下联动`: a compound of both words names no scheme of its own
    let compound = target.as_ref().is_some_and(|p| {
        let after = &text[p.tail.scheme.end..];
        SCHEMES.iter().any(|(w, _)| after.starts_with(w))
    });
    let scheme = match &target {
        Some(p) if !compound => Some(p.tail.scheme_is),
        _ => teams
            .first()
            .map_or_else(|| scheme_of(text), |t| scheme_of(&text[t.0..t.1])),
    };
    if let (false, Some(p), Some(&(ts, te))) = (compound, &target, teams.first()) {
        check_scheme(text, (ts, te), p, notes, &at);
    }
    let mut insp = Inspection::new(scheme.unwrap_or(Scheme::Xuncha));
    insp.span = at(0, text.len());
    let authority_end = basis.map(|p| authority(text, p, &mut insp));
    team(text, &teams, &mut insp, notes, &at);
    insp.round = ROUND
        .captures(text)
        .and_then(|c| c.get(1))
        .and_then(|m| any_uint(m.as_str()));
    if let Some(p) = &target {
        target_and_kind(text, p, &mut insp);
    }
    let (period_end, runs) = period(text, &mut insp, notes, &at);
    let feedback_end = feedback(text, period_end, runs, &mut insp, notes, &at);
    let facts = [
        authority_end,
        teams.first().map(|t| t.1),
        target.as_ref().map(|p| p.tail.scheme.end),
        Some(period_end),
        feedback_end,
    ];
    let read_to = facts.into_iter().flatten().max().unwrap_or(0);
    (insp, extent(text, read_to))
}

/// A team of one scheme said to have done the other (`县委第三巡察组对…开展了巡视`): the
/// header's scheme is the word before the target's verb, as written, with a finding.
fn check_scheme(
    text: &str,
    team: (usize, usize),
    p: &Phrase<TargetTail>,
    notes: &mut Notes,
    at: &dyn Fn(usize, usize) -> Span,
) {
    let word = p.tail.scheme_is;
    let name = &text[team.0..team.1];
    if scheme_of(name).is_some_and(|s| s != word) {
        notes.push(
            Severity::Warning,
            Code::SchemeMismatch,
            format!("the team “{name}” is said to have done a {}", word.as_str()),
            vec![
                at(team.0, team.1),
                at(p.tail.scheme.start, p.tail.scheme.end),
            ],
        );
    }
}

/// The end of the header: the sentence holding its last fact, then the announcement and
/// basis sentences after it.
fn extent(text: &str, read_to: usize) -> usize {
    let mut end = if read_to == 0 {
        text.len()
    } else {
        sentence_end(text, read_to)
    };
    while end < text.len() {
        let next = sentence_end(text, end);
        let sentence = &text[end..next];
        if !contains_any(sentence, ANNOUNCEMENT_ENDS) && !contains_any(sentence, ANNOUNCEMENT_WORDS)
        {
            break;
        }
        end = next;
    }
    end
}

/// The authority (`省委`) and the regulations named as the basis; returns where the
/// authority's phrase ends (the phrase is read once).
fn authority(text: &str, p: Phrase<usize>, insp: &mut Inspection) -> usize {
    let a = text[p.group]
        .trim_end_matches("统一")
        .trim_end_matches("巡视工作")
        .trim_end_matches("巡察工作")
        .trim_end_matches('的');
    // `《中国共产党巡视工作条例》和省委`: the regulations are the basis, not the authority
    let a = match a.rfind('》') {
        Some(p) if a.starts_with('《') => {
            insp.basis = documents(&a[..p + '》'.len_utf8()]);
            a[p + '》'.len_utf8()..].trim_start_matches(['和', '及', '、', '以', '与'])
        }
        _ => a,
    };
    if !a.is_empty() {
        insp.authority = Some(one_line(a).into_owned());
    }
    p.tail
}

/// The team: the first one written; the others that differ are its aliases.
fn team(
    text: &str,
    teams: &[(usize, usize)],
    insp: &mut Inspection,
    notes: &mut Notes,
    at: &dyn Fn(usize, usize) -> Span,
) {
    let Some(&(s, e)) = teams.first() else { return };
    let several = several_teams(text, s, e, teams);
    let (s, e) = several.map_or((s, e), |(s, e, _)| (s, e));
    let team = &text[s..e];
    insp.team = Some(team.to_owned());
    let (num, count) = match several {
        Some((_, _, n)) => (None, Some(n)),
        None => team_facts(team),
    };
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
    // the teams written as one with the first are none of its aliases
    let past = several.map_or(0, |(_, e, _)| e);
    for &(s2, e2) in teams[1..].iter().filter(|t| t.0 >= past) {
        let other = &text[s2..e2];
        // a team of another number is another team, not this one written another way
        let another = team_facts(other).0.zip(num).is_some_and(|(a, b)| a != b);
        if other != team && !another && !insp.team_aliases.iter().any(|a| a == other) {
            insp.team_aliases.push(other.to_owned());
        }
    }
}

/// Several teams written as one (`市委第一、第二巡察组`, `市委第一巡察组、第二巡察组`):
/// the span of them all and how many. The numbers before the first team's own are joined
/// to it by `、`; the teams after it follow right after a `、`.
fn several_teams(
    text: &str,
    s: usize,
    e: usize,
    teams: &[(usize, usize)],
) -> Option<(usize, usize, u32)> {
    let mut n = 1u32;
    let mut start = s;
    // `第一、` before `第二巡察组`
    while let Some(before) = text[..start].strip_suffix('、') {
        let number: usize = before
            .chars()
            .rev()
            .take_while(|c| is_numeral_char(*c) || c.is_ascii_digit())
            .map(char::len_utf8)
            .sum();
        let lead = before[..before.len() - number].strip_suffix('第');
        // the next number with its `第` or without (`第一、二巡察组`)
        let next = text[start..].starts_with('第')
            || text[start..].starts_with(|c: char| is_numeral_char(c) || c.is_ascii_digit());
        let Some(lead) = lead.filter(|_| number > 0 && next) else {
            break;
        };
        start = team_start(text, lead.len());
        n += 1;
    }
    // `、第二巡察组` after `市委第一巡察组`
    let mut end = e;
    for &(s2, e2) in &teams[1..] {
        let gap = text.get(end..s2).unwrap_or("");
        // the joining word between them, or ending the text before the second
        let joined = matches!(gap, "、" | "和" | "及")
            || (gap.is_empty() && text[..s2].ends_with(['、', '和', '及']));
        if !joined {
            break;
        }
        end = e2;
        n += 1;
    }
    (n > 1).then_some((start, end, n))
}

/// The target with its alias and unit count, and the kind words before the scheme word
/// (and a `“回头看”` right after it).
fn target_and_kind(text: &str, p: &Phrase<TargetTail>, insp: &mut Inspection) {
    let written = one_line(text[p.group.clone()].trim_matches(is_ws));
    let written = written.as_ref();
    // the alias remark is the alias's, not the target's, wherever it stands
    // (`市文化和旅游局(以下简称市文旅局)党委`)
    let target = match ALIAS.captures(written) {
        Some(a) => {
            insp.target_alias = a.get(1).map(|m| m.as_str().to_owned());
            let whole = a.get(0).map_or(0..0, |m| m.range());
            let before = written[..whole.start].trim_end_matches(is_ws);
            let after = written[whole.end..].trim_start_matches(is_ws);
            if after.is_empty() {
                before.to_owned()
            } else {
                format!("{before}{after}")
            }
        }
        None => written.to_owned(),
    };
    insp.target_count = TARGET_COUNT
        .captures(&target)
        .and_then(|c| c.get(1))
        .and_then(|m| any_uint(m.as_str()));
    insp.target = Some(target);
    let after = p.tail.scheme.end;
    // “回头看” follows the scheme word within a few characters
    let tail = prefix_chars(&text[after..sentence_end(text, after)], 8);
    let kinds_in = |words: &str| -> Vec<(usize, InspectionKind)> {
        KINDS
            .iter()
            .filter_map(|(w, k)| words.find(w).map(|p| (p, *k)))
            .collect()
    };
    let mut found = kinds_in(&text[p.tail.kind.clone()]);
    let follow_up = tail.contains(InspectionKind::FollowUp.as_str());
    if found.is_empty() && !follow_up {
        // a team named for its kind (`县委机动巡察组对…进行了巡察`) says what no kind
        // word around the scheme word does
        found = insp.team.as_deref().map(kinds_in).unwrap_or_default();
    }
    if follow_up && !found.iter().any(|f| f.1 == InspectionKind::FollowUp) {
        found.push((usize::MAX, InspectionKind::FollowUp));
    }
    further_kinds(text, after, &mut found);
    found.sort_by_key(|f| f.0);
    insp.kinds = found.into_iter().map(|f| f.1).collect();
    insp.kind = insp.kinds.first().copied();
}

/// The kinds of the further targets of the sentence (`…开展了常规巡察;对…所属的医院开展了
/// 专项巡察`), after the first target's scheme word at `from`; the target is the first one's.
fn further_kinds(text: &str, from: usize, found: &mut Vec<(usize, InspectionKind)>) {
    let end = sentence_end(text, from);
    let mut pos = from;
    while let Some(p) = text
        .get(pos..end)
        .and_then(|t| target_phrase(t, TARGET_CHARS, KIND_CHARS))
    {
        let kind = &text[pos + p.tail.kind.start..pos + p.tail.kind.end];
        for (w, k) in KINDS {
            if let Some(at) = kind.find(w).filter(|_| !found.iter().any(|f| f.1 == *k)) {
                found.push((pos + p.tail.kind.start + at, *k));
            }
        }
        pos += p.tail.scheme.end;
    }
}

/// The period: the first date followed by a range connector and a second date. Returns
/// where it ends (0 when there is none) and whether its dates lost their separators.
fn period(
    text: &str,
    insp: &mut Inspection,
    notes: &mut Notes,
    at: &dyn Fn(usize, usize) -> Span,
) -> (usize, bool) {
    let mut pos = 0;
    while let Some((ds, d1)) = find_date(text, pos) {
        pos = d1.end;
        // the end: a date, `M.D` after a start written `YYYY.M.D`, or `MD日` after a
        // start that lost its separators (`2024717日至830日`), or `MD` that lost `日` too
        // (`2022915日至1120县委…`)
        let numeric_start = text[ds..d1.end].contains(['.', '-', '/', '\u{ff0e}']);
        let lost_start = d1.run;
        let Some(d2) = connector(text, d1.end).and_then(|j| {
            date_at(text, j)
                .or_else(|| numeric_start.then(|| month_day_at(text, j)).flatten())
                .or_else(|| {
                    let run =
                        || month_day_run_at(text, j).or_else(|| bare_month_day_run_at(text, j));
                    lost_start.then(run).flatten()
                })
        }) else {
            continue;
        };
        let written = &text[ds..d2.end];
        insp.period_text = Some(written.to_owned());
        let (start, end) = resolve_period(d1, d2, notes, at(ds, d2.end), written);
        insp.start = start;
        insp.end = end;
        return (d2.end, d1.run || d2.run);
    }
    (0, false)
}

/// The feedback: the first date after the period in a sentence that says 反馈, the one
/// nearest before the word (`2024.3.18-5.20,…,6月14日反馈`), and who received it; returns
/// the end of its sentence. `runs`: the period's dates lost their separators.
fn feedback(
    text: &str,
    from: usize,
    runs: bool,
    insp: &mut Inspection,
    notes: &mut Notes,
    at: &dyn Fn(usize, usize) -> Span,
) -> Option<usize> {
    let mut pos = from;
    // in a notice whose period lost its separators, the feedback date lost them too
    // (`914日`); the next date proper is found once for all the runs before it
    let mut date_ahead: Option<Option<(usize, RawDate)>> = None;
    let mut next_date = |pos: usize| {
        if date_ahead.is_none_or(|d| d.is_some_and(|(ds, _)| ds < pos)) {
            date_ahead = Some(find_date(text, pos));
        }
        let date = date_ahead.flatten();
        let to = date.map_or(text.len(), |(ds, _)| ds);
        // or lost `日` too, right before the team (`。1208县委巡察组向…反馈`)
        let bare =
            || find_bare_month_day_run(text, pos, to, |rest| rest.starts_with(COMMITTEE_PLACES));
        runs.then(|| find_month_day_run(text, pos, to).or_else(bare))
            .flatten()
            .or(date)
    };
    // the end of the sentence holding the current date and the next 反馈 at or after it,
    // each found once, so that a long paragraph full of dates stays linear
    let mut sent_end = 0;
    let mut next_feedback: usize = 0;
    while let Some((ds, d)) = next_date(pos) {
        pos = d.end;
        if sent_end <= d.end {
            sent_end = sentence_end(text, d.end);
        }
        if next_feedback < d.end {
            next_feedback = text[d.end..].find("反馈").map_or(usize::MAX, |p| d.end + p);
        }
        if next_feedback >= sent_end || find_date(&text[..next_feedback], d.end).is_some() {
            continue;
        }
        check_feedback_date(d, &text[ds..d.end], at(ds, d.end), notes);
        insp.feedback_date = feedback_date(d, insp);
        insp.feedback_year_inherited = insp.feedback_date.is_some_and(|f| f.year_inherited);
        let sentence = &text[d.end..sent_end];
        insp.feedback_recipient = recipient_phrase(sentence, RECIPIENT_CHARS)
            .map(|p| one_line(sentence[p.group].trim_matches(is_ws)).into_owned())
            .filter(|r| !r.is_empty());
        return Some(sent_end);
    }
    dateless_feedback(text, from, insp)
}

/// Whether a sentence says the team fed back its findings (`反馈了巡察意见`, `反馈巡察情况`),
/// not that the unit reports its own progress (`向县委巡察办反馈整改进展`).
fn feeds_back_findings(sentence: &str) -> bool {
    sentence.match_indices("反馈").any(|(p, w)| {
        let after = prefix_chars(&sentence[p + w.len()..], 8);
        contains_any(after, FEEDBACK_OBJECTS)
    })
}

/// A feedback sentence that writes no date (`…,并向局党组反馈了巡察意见`) still names
/// its recipient: the first sentence from `from` on that says `向…反馈`; returns its end.
fn dateless_feedback(text: &str, from: usize, insp: &mut Inspection) -> Option<usize> {
    let mut start = from;
    while start < text.len() {
        let end = sentence_end(text, start);
        let sentence = text.get(start..end)?;
        if feeds_back_findings(sentence) {
            let recipient = recipient_phrase(sentence, RECIPIENT_CHARS)
                .map(|p| one_line(sentence[p.group].trim_matches(is_ws)).into_owned())
                .filter(|r| !r.is_empty());
            if let Some(r) = recipient {
                insp.feedback_recipient = Some(r);
                return Some(end);
            }
        }
        start = end;
    }
    None
}

/// Reports a feedback date that lost its separators or cannot exist.
fn check_feedback_date(d: RawDate, written: &str, span: Span, notes: &mut Notes) {
    if d.ambiguous {
        notes.push(
            Severity::Warning,
            Code::AmbiguousDate,
            format!(
                "the feedback date “{written}” lost its separators and reads more than one way"
            ),
            vec![span],
        );
    } else if d.is_impossible() {
        notes.push(
            Severity::Error,
            Code::ImpossibleDate,
            format!("the feedback date “{written}” does not exist"),
            vec![span],
        );
    }
}

/// The feedback date, its year taken from the period when it has none; a date without a
/// year never falls before the period began.
fn feedback_date(d: RawDate, insp: &Inspection) -> Option<PartialDate> {
    let fb = d.resolve(insp.end.or(insp.start).map(|d| d.year));
    match (fb, insp.start, insp.end.or(insp.start), d.year) {
        (Some(f), Some(s), Some(e), None) if f.cmp_shared(s) == Ordering::Less => {
            d.resolve(Some(e.year + u16::from(e.year == s.year)))
        }
        _ => fb,
    }
}

/// The byte after a range connector (`至`, `—`, `-`, `~` …) at `i`.
fn connector(text: &str, i: usize) -> Option<usize> {
    let c = char_at(text, i)?;
    match c {
        '至' | '到' | '—' | '-' | '~' | '\u{ff5e}' | '\u{ff0d}' | '―' | '–' | '〜' => {
            let mut j = i + c.len_utf8();
            // `——` or `至到`
            while let Some(c2 @ ('—' | '-' | '―')) = char_at(text, j) {
                j += c2.len_utf8();
            }
            Some(j)
        }
        _ => None,
    }
}

/// The period's dates, the end inheriting the start's year (or the next one when it
/// would fall before the start); one finding of each kind however many dates are wrong.
fn resolve_period(
    d1: RawDate,
    d2: RawDate,
    notes: &mut Notes,
    span: Span,
    text: &str,
) -> (Option<PartialDate>, Option<PartialDate>) {
    if d1.ambiguous || d2.ambiguous {
        notes.push(
            Severity::Warning,
            Code::AmbiguousDate,
            format!("the period “{text}” has a date that lost its separators and reads more than one way"),
            vec![span],
        );
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
    // the start's year, even when its month and day read more than one way
    let mut end = d2.resolve(start.map(|s| s.year).or(d1.year));
    if let (Some(s), Some(e), None) = (start, end, d2.year) {
        if e.cmp_shared(s) == Ordering::Less {
            end = d2.resolve(Some(s.year + 1));
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts made of `words`, for holding a phrase to the regex it replaced.
    fn texts(words: &'static [&'static str]) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        proptest::collection::vec(proptest::sample::select(words), 0..48).prop_map(|w| w.concat())
    }

    /// Holds `read` to `pattern` (with `{max}` for the group's bound) on texts of `words`,
    /// comparing the groups `read` gives with the regex's groups 1 and up, for several
    /// bounds, small ones so that groups overrun them.
    fn holds_to_regex(
        pattern: &str,
        words: &'static [&'static str],
        read: impl Fn(&str, usize) -> Option<Vec<Range<usize>>>,
    ) {
        let mut runner = proptest::test_runner::TestRunner::default();
        for max in [1, 2, 3, 5, 40] {
            let re = Regex::new(&pattern.replace("{max}", &max.to_string())).unwrap();
            runner
                .run(&texts(words), |t| {
                    let want = re.captures(&t).map(|c| {
                        (1..c.len())
                            .filter_map(|g| c.get(g).map(|m| m.range()))
                            .collect::<Vec<_>>()
                    });
                    proptest::prop_assert_eq!(read(&t, max), want, "{}", t);
                    Ok(())
                })
                .unwrap();
        }
    }

    #[test]
    fn the_authority_reads_as_its_regex() {
        const WORDS: &[&str] = &[
            "根据", "按照", "依据", "遵照", "的", "统一", "总体", "工作", "部署", "安排", "省委",
            "甲", ",", "，", "。", ";", "？", "!",
        ];
        holds_to_regex(
            r"(?:根据|按照|遵照|依据)([^,\x{FF0C}。;\x{FF1B}！？!?]{1,{max}}?)((?:的)?(?:统一|总体|工作)?(?:部署|安排))",
            WORDS,
            |t, max| {
                let p = authority_phrase(t, max)?;
                Some(vec![p.group.clone(), p.group.end..p.tail])
            },
        );
    }

    /// The kind holds neither `对` nor a verb: among these words, `开`, `进` and `实` stand
    /// only in the verbs, so the regex's class leaves them out.
    #[test]
    fn the_target_reads_as_its_regex() {
        const WORDS: &[&str] = &[
            "对", "开展", "进行", "实施", "了", "常规", "巡视", "巡察", "巡查", "县局", "甲", ",",
            "，", "。", "；", "？", "!",
        ];
        for kind_max in [0, 1, 2, 24] {
            holds_to_regex(
                &format!(
                    r"对([^。;\x{{FF1B}}！？!?]{{1,{{max}}}}?)(?:开展|进行|实施)(?:了)?([^。,\x{{FF0C}};\x{{FF1B}}对开进实]{{0,{kind_max}}}?)(巡视|巡察|巡查)"
                ),
                WORDS,
                |t, max| {
                    let p = target_phrase(t, max, kind_max)?;
                    Some(vec![p.group, p.tail.kind, p.tail.scheme])
                },
            );
        }
    }

    #[test]
    fn the_recipient_reads_as_its_regex() {
        const WORDS: &[&str] = &[
            "向",
            "集中",
            "进行了",
            "作了",
            "作出",
            "作",
            "正式",
            "反馈",
            "反",
            "党组",
            "甲",
            ",",
            "。",
            "；",
            "？",
            "!",
        ];
        holds_to_regex(
            r"向([^。,\x{FF0C};\x{FF1B}！？!?]{1,{max}}?)(?:集中)?(?:进行了|作了|作出|正式)?反馈",
            WORDS,
            |t, max| Some(vec![recipient_phrase(t, max)?.group]),
        );
    }

    #[test]
    fn the_lead_words_do_not_start_inside_one_another() {
        // so that the leftmost-first search of the leads finds every lead
        for a in BASIS_LEADS
            .iter()
            .chain(TARGET_LEADS)
            .chain(RECIPIENT_LEADS)
        {
            for (i, _) in a.char_indices().skip(1) {
                for b in BASIS_LEADS
                    .iter()
                    .chain(TARGET_LEADS)
                    .chain(RECIPIENT_LEADS)
                {
                    assert!(!b.starts_with(&a[i..]) && !a[i..].starts_with(b), "{a} {b}");
                }
            }
        }
    }

    fn header(text: &str) -> Inspection {
        parse(text, 0, &mut Notes::default()).0
    }

    /// A `？` inside quotation marks does not end the sentence, but no name holds one:
    /// written back without the quotation marks, the name would not read.
    #[test]
    fn no_name_holds_a_question_mark() {
        let i = header(
            "“巡什么？”2024年3月5日至4月30日,县委第五巡察组对县档案馆党组开展了巡察,并于5月20日向县档？案馆党组反馈了巡察意见。",
        );
        assert_eq!(i.target.as_deref(), Some("县档案馆党组"));
        assert_eq!(i.feedback_recipient, None);
        assert!(recipient_phrase("向县档案馆!党组反馈", 40).is_none());
        assert!(target_phrase("对县档？案馆开展了巡察", 40, 24).is_none());
    }

    #[test]
    fn the_header_ends_after_its_announcement() {
        let t = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\
                 7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。现将整改情况予以公布。\
                 针对反馈的3个问题,制定整改措施9条。";
        let (_, end) = parse(t, 0, &mut Notes::default());
        assert!(t[..end].ends_with("予以公布。"), "{}", &t[..end]);
    }

    /// `{YYYY}{M}{D}日至{M}{D}日`, the feedback date `{M}{D}日`: read when one reading fits.
    #[test]
    fn dates_that_lost_their_separators() {
        let i = header(
            "根据县委统一部署,2023410日至69日,县委第一巡察组对县林业局开展了巡察。720日,县委第一巡察组向县林业局党组反馈了巡察意见。",
        );
        assert_eq!(i.start.unwrap().to_string(), "2023-04-10");
        assert_eq!(i.end.unwrap().to_string(), "2023-06-09");
        assert_eq!(i.feedback_date.unwrap().to_string(), "2023-07-20");
        assert_eq!(i.feedback_recipient.as_deref(), Some("县林业局党组"));
        // the year kept its 年, the month lost its 月
        let i = header(
            "根据县委统一部署,2024年48日至531日,县委第三巡察组对县水务局开展了巡察。72日,县委第三巡察组向县水务局党组反馈了巡察意见。",
        );
        assert_eq!(i.start.unwrap().to_string(), "2024-04-08");
        assert_eq!(i.end.unwrap().to_string(), "2024-05-31");
        assert_eq!(i.feedback_date.unwrap().to_string(), "2024-07-02");
        // an end that reads two ways is no date, and says so
        let mut notes = Notes::default();
        let (i, _) = parse(
            "根据县委统一部署,2023410日至111日,县委第一巡察组对县林业局开展了巡察。",
            0,
            &mut notes,
        );
        assert_eq!((i.start.is_some(), i.end), (true, None));
        // a start that reads two ways still gives its year to an end that reads one way
        let i = header("根据县委统一部署,2024112日至1230日,县委第一巡察组对县林业局开展了巡察。");
        assert_eq!(
            (i.start, i.end.map(|e| e.to_string())),
            (None, Some("2024-12-30".into()))
        );
        assert!(
            notes.0.iter().any(|n| n.code == Code::AmbiguousDate),
            "{:?}",
            notes.0
        );
        // a number of days is no feedback date, even after such a period
        for days in ["限期30日内向", "巡察结束后15日,"] {
            let mut notes = Notes::default();
            let text = format!(
                "根据县委统一部署,2024717日至830日,县委第一巡察组对县林业局开展了巡察。{days}县委第一巡察组向县林业局党组反馈了巡察意见。"
            );
            let (i, _) = parse(&text, 0, &mut notes);
            assert_eq!(i.feedback_date, None, "{text}");
            assert!(notes.0.is_empty(), "{text}: {:?}", notes.0);
        }
        // a run of digits is no feedback date when the period kept its separators
        let i = header(
            "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。720日,县委第一巡察组向县林业局党组反馈了巡察意见。",
        );
        assert_eq!(i.feedback_date, None);
    }

    #[test]
    fn a_team_named_for_its_kind_gives_the_kind() {
        let i = header("根据县委统一部署,县委机动巡察组对县林业局进行了巡察。");
        assert_eq!(i.kinds, [InspectionKind::Mobile]);
        let i = header("根据市委统一部署,市委第一专项巡察组对市林业局开展了常规巡察“回头看”。");
        assert_eq!(i.kinds, [InspectionKind::Regular, InspectionKind::FollowUp]);
        // a kind written after the scheme word is the kind
        let i = header("根据市委统一部署,市委第一专项巡察组对市林业局开展了巡察“回头看”。");
        assert_eq!(i.kinds, [InspectionKind::FollowUp]);
        let i = header("根据市委统一部署,市委第一专项巡察组对市林业局开展了“回头看”巡察。");
        assert_eq!(i.kinds, [InspectionKind::FollowUp]);
        let i = header("根据县委统一部署,县委第一巡察组对县林业局进行了巡察。");
        assert_eq!(i.kinds, []);
    }

    #[test]
    fn a_team_of_another_number_is_no_alias() {
        let i = header(
            "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。7月20日,县委巡察一组向县林业局党组反馈了巡察意见,县委第二巡察组列席。",
        );
        assert_eq!(i.team.as_deref(), Some("县委第一巡察组"));
        assert_eq!(i.team_aliases, ["县委巡察一组"]);
    }

    #[test]
    fn both_scheme_words_together_name_no_scheme() {
        let mut notes = Notes::default();
        let (i, _) = parse(
            "根据县委统一部署,县委第三巡察组对县水务局党组开展了巡视巡察上下联动监督。",
            0,
            &mut notes,
        );
        assert_eq!(i.scheme, Scheme::Xuncha);
        assert!(notes.0.is_empty(), "{:?}", notes.0);
    }

    /// A notice whose dates lost `年`, `月` and `日` alike: the period's end and the
    /// feedback date are read where nothing else is meant.
    #[test]
    fn dates_that_lost_every_separator() {
        let i = header(
            "根据县委统一部署,2022915日至1120县委第五巡察组对县档案馆党支部开展了常规巡察。1208县委巡察组向馆党支部反馈巡察意见。现将整改情况予以公布。",
        );
        assert_eq!(i.team.as_deref(), Some("县委第五巡察组"));
        assert_eq!(i.end.map(|d| d.to_string()).as_deref(), Some("2022-11-20"));
        assert_eq!(
            i.feedback_date.map(|d| d.to_string()).as_deref(),
            Some("2022-12-08")
        );
        // with separators kept, a bare number is no date
        let i = header(
            "根据县委统一部署,2022年9月15日至11月20日,县委第五巡察组对县档案馆党支部开展了常规巡察。1208名党员参加学习,巡察组向馆党支部反馈了巡察意见。现将整改情况予以公布。",
        );
        assert_eq!(i.feedback_date, None);
    }

    #[test]
    fn several_teams_written_as_one() {
        for (text, team) in [
            (
                "根据市委统一部署,2022年5月9日至7月1日,市委第一、第二巡察组分别对市档案馆、市气象局开展了常规巡察。现将整改情况予以公布。",
                "市委第一、第二巡察组",
            ),
            (
                "根据市委统一部署,2022年5月9日至7月1日,市委第一巡察组、第二巡察组分别对市档案馆、市气象局开展了常规巡察。现将整改情况予以公布。",
                "市委第一巡察组、第二巡察组",
            ),
        ] {
            let i = header(text);
            assert_eq!(i.team.as_deref(), Some(team));
            assert_eq!((i.team_number, i.team_count), (None, Some(2)), "{team}");
            assert!(i.team_aliases.is_empty(), "{:?}", i.team_aliases);
        }
        let i = header(
            "根据市委统一部署,2022年5月9日至7月1日,市委第一巡察组对市档案馆开展了常规巡察。7月20日,市委第一巡察组向市档案馆党组反馈了巡察意见。",
        );
        assert_eq!((i.team_number, i.team_count), (Some(1), None));
        for (text, team, n) in [
            (
                "根据市委统一部署,2022年5月9日至7月1日,市委第一、二巡察组分别对市档案馆、市气象局开展了常规巡察。现将整改情况予以公布。",
                "市委第一、二巡察组",
                2,
            ),
            (
                "根据市委统一部署,2022年5月9日至7月1日,市委第一巡察组、第二巡察组和第三巡察组分别对市档案馆等3家单位开展了常规巡察。现将整改情况予以公布。",
                "市委第一巡察组、第二巡察组和第三巡察组",
                3,
            ),
        ] {
            let i = header(text);
            assert_eq!(i.team.as_deref(), Some(team));
            assert_eq!((i.team_number, i.team_count), (None, Some(n)), "{team}");
        }
    }

    #[test]
    fn kinds_of_further_targets_in_the_sentence() {
        let i = header(
            "根据区委统一部署,2022年5月9日至7月1日,区委3个巡察组对区档案馆、区气象局等5家单位开展了常规巡察;对区卫健局所属的9家医院开展了医保基金专项巡察。现将整改情况予以公布。",
        );
        assert_eq!(i.kind, Some(InspectionKind::Regular));
        assert_eq!(i.kinds, [InspectionKind::Regular, InspectionKind::Special]);
        assert_eq!(i.target.as_deref(), Some("区档案馆、区气象局等5家单位"));
    }

    #[test]
    fn a_feedback_without_a_date_names_its_recipient() {
        let i = header(
            "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察,并向县林业局党组反馈了巡察意见。现将整改情况予以公布。",
        );
        assert_eq!(i.feedback_recipient.as_deref(), Some("县林业局党组"));
        assert_eq!(i.feedback_date, None);
        let i = header(
            "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。现将巡察反馈意见整改情况予以公布。",
        );
        assert_eq!(i.feedback_recipient, None);
        // the unit's own reporting is no feedback of the inspection
        for s in [
            "局党组每月向县委巡察办反馈整改进展。",
            "并向县委反馈了整改方案。",
        ] {
            let i = header(&format!(
                "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。{s}现将整改情况予以公布。"
            ));
            assert_eq!(i.feedback_recipient, None, "{s}");
        }
    }

    #[test]
    fn an_alias_inside_the_target_is_the_alias() {
        let i = header(
            "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县文化和旅游局(以下简称县文旅局)党组开展了巡察。",
        );
        assert_eq!(i.target.as_deref(), Some("县文化和旅游局党组"));
        assert_eq!(i.target_alias.as_deref(), Some("县文旅局"));
    }

    #[test]
    fn the_common_shape() {
        let i = header(
            "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了常规巡察。\
             7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。",
        );
        assert_eq!(i.scheme, Scheme::Xuncha);
        assert_eq!(i.authority.as_deref(), Some("县委"));
        assert_eq!(i.team.as_deref(), Some("县委第一巡察组"));
        assert_eq!(i.team_number, Some(1));
        assert_eq!(i.target.as_deref(), Some("县林业局"));
        assert_eq!(i.kind, Some(InspectionKind::Regular));
        assert_eq!(i.start.unwrap().to_string(), "2023-04-10");
        assert_eq!(i.end.unwrap().to_string(), "2023-06-09");
        assert_eq!(i.feedback_date.unwrap().to_string(), "2023-07-20");
        assert!(i.feedback_year_inherited);
        assert_eq!(i.feedback_recipient.as_deref(), Some("县林业局党组"));
    }

    #[test]
    fn shapes() {
        let i = header(
            "根据《中国共产党巡视工作条例》和省委统一部署,省委第六巡视组于2023年11月6日至2024年1月12日对云澜市(以下简称“云澜”)开展了巡视“回头看”,并于2024年3月2日反馈了意见。",
        );
        assert_eq!(i.basis, ["中国共产党巡视工作条例"]);
        assert_eq!(i.authority.as_deref(), Some("省委"));
        assert_eq!(i.target.as_deref(), Some("云澜市"));
        assert_eq!(i.target_alias.as_deref(), Some("云澜"));
        assert_eq!(i.kinds, [InspectionKind::FollowUp]);
        assert_eq!(i.end.unwrap().to_string(), "2024-01-12");
        assert_eq!(i.feedback_date.unwrap().to_string(), "2024-03-02");
        let i = header(
            "根据县委统一部署,2022年11月21日至1月13日,县委2个巡察组对甲镇、乙镇等2个乡镇开展了提级交叉巡察。",
        );
        assert_eq!(i.end.unwrap().to_string(), "2023-01-13");
        assert_eq!(i.team_count, Some(2));
        assert_eq!(i.target_count, Some(2));
        assert_eq!(i.kinds, [InspectionKind::Elevated, InspectionKind::Cross]);
    }
}
