//! Penalty tallies (处分情况), institutions (制度) and funds (资金) in the outcome sentences.
//!
//! `给予党纪处分37人(党内警告25人,严重警告6人,…);政务处分14人(…);组织处理3人;诫勉11人;
//! 建立完善制度29项;清退违规资金236.47万元,挽回经济损失1062.38万元`

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

use super::Notes;
use super::numerals::cn_numeral_at;
use super::quantities::money_at;
use super::text::{char_at, is_close, is_digit_at, is_open, is_ws, uint_at};
use crate::validate::{Code, Severity};
use crate::{
    Funds, FundsKind, Outcomes, Penalty, PenaltyCategory, PersonUnit, Sanction, SanctionCount, Span,
};

/// Category words, as written.
const CATEGORY_WORDS: &[&str] = &[
    "党纪政务处分",
    "党纪政纪处分",
    "党纪处分",
    "党纪处理",
    "政务处分",
    "政纪处分",
    "组织处理",
    "诫勉谈话",
    "诫勉",
    "教育提醒",
    "批评教育",
    "提醒谈话",
    "谈话提醒",
    "约谈提醒",
    "批评帮助",
    "责令作出书面检查",
    "责令书面检查",
    "责令作出检查",
    "责令检查",
    "追责问责",
    "问责",
    "立案审查调查",
    "立案审查",
    "党纪政务立案",
    "立案",
    "留置",
    "移送司法机关",
    "移送检察机关",
    "移交司法机关",
    "交由纪检监察机关调查",
    "交由纪委调查",
    "移交纪检监察机关",
    "移交纪委监委",
];

static CATEGORIES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(CATEGORY_WORDS)
        .expect("category automaton")
});

const FUND_WORDS: &[&str] = &[
    "清退", "挽回", "追缴", "收缴", "追回", "收回", "退缴", "追收", "返还", "退还",
];

static FUNDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .build(FUND_WORDS)
        .expect("funds automaton")
});

/// Skips filler between a category and its number: `共`, `了`, `:`, spaces.
fn skip_filler(s: &str, mut i: usize, end: usize) -> usize {
    for _ in 0..4 {
        match char_at(s, i) {
            Some(c @ ('共' | '了' | ':' | '\u{ff1a}' | '计' | '达')) if i < end => {
                i += c.len_utf8()
            }
            Some(c) if is_ws(c) && i < end => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// A count with its person unit at `i`: `42人`, `60人次`, `三名`.
fn count_at(s: &str, i: usize, notes: &mut Notes) -> Option<(Option<u64>, PersonUnit, usize)> {
    let mut overflow = false;
    let (value, end) = if let Some((v, _, e)) = uint_at(s.as_bytes(), i) {
        // too many digits: reported once for the whole text by the overflow pass
        (v, e)
    } else {
        let run: usize = s[i..]
            .chars()
            .take_while(|c| super::numerals::is_numeral_char(*c))
            .map(char::len_utf8)
            .sum();
        if s[i..i + run].chars().count() > super::numerals::MAX_RUN {
            overflow = true;
            (None, i + run)
        } else {
            let (v, e) = cn_numeral_at(s, i)?;
            (Some(v), e)
        }
    };
    let rest = &s[end..];
    let (unit, w) = if rest.starts_with("人次") {
        (PersonUnit::PersonTimes, "人次".len())
    } else if rest.starts_with('人') {
        (PersonUnit::Persons, '人'.len_utf8())
    } else if rest.starts_with('名') {
        (PersonUnit::Named, '名'.len_utf8())
    } else {
        return None;
    };
    if overflow {
        notes.push(
            Severity::Error,
            Code::NumberOverflow,
            format!(
                "the count “{}…” is too large to be a number of people",
                super::text::prefix_chars(&s[i..end], 12)
            ),
            vec![Span::new(i, end)],
        );
    }
    Some((value, unit, end + w))
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
        // label: up to the first digit
        let ls = j;
        while j < limit && !is_digit_at(s.as_bytes(), j) {
            let c = char_at(s, j)?;
            if is_close(c) || matches!(c, '。' | ';' | '\u{ff1b}') || j - ls > 40 {
                return None;
            }
            j += c.len_utf8();
        }
        let label = s[ls..j].trim_matches(|c: char| {
            is_ws(c) || matches!(c, ',' | '\u{ff0c}' | '、' | '其' | '中' | ':' | '\u{ff1a}')
        });
        let label = label
            .strip_prefix("其中")
            .unwrap_or(label)
            .trim_start_matches([':', '\u{ff1a}']);
        let (count, _, e) = count_at(s, j, notes)?;
        let lstart = ls + s[ls..j].find(label).unwrap_or(0);
        items.push(SanctionCount {
            sanction: Sanction::from_label(label),
            label: label.to_owned(),
            count: count.unwrap_or(u64::MAX),
            span: Span::new(lstart, e),
        });
        j = e;
        match char_at(s, j) {
            Some(c) if is_close(c) => return Some((items, j + c.len_utf8())),
            Some(c @ (',' | '\u{ff0c}' | '、' | ';' | '\u{ff1b}')) => j += c.len_utf8(),
            _ => return None,
        }
    }
}

/// Reads the tallies in `s[span]` into `out`; returns whether anything was found.
pub(crate) fn scan(
    s: &str,
    span: Span,
    out: &mut Outcomes,
    skip: &mut Vec<Span>,
    notes: &mut Notes,
) -> bool {
    let before = out.penalties.len() + out.funds.len() + usize::from(out.institutions.is_some());
    let hay = &s[..span.end];
    let mut pending: Vec<(PenaltyCategory, usize, usize)> = Vec::new();
    for m in CATEGORIES.find_iter(&hay[span.start..]) {
        let (ms, me) = (span.start + m.start(), span.start + m.end());
        let word = &s[ms..me];
        // joined kinds: `批评教育、提醒谈话、责令检查18人`
        let next = char_at(s, me);
        if matches!(next, Some('、' | '和' | '及')) {
            let after = me + next.map_or(0, char::len_utf8);
            if CATEGORIES
                .find(&hay[after..])
                .is_some_and(|n| n.start() == 0)
            {
                pending.push((PenaltyCategory::from_label(word), ms, me));
                continue;
            }
        }
        let j = skip_filler(s, me, span.end);
        let Some((total, unit, mut end)) = count_at(s, j, notes) else {
            // zero in words: `未有党员干部受到党纪处分和政务处分`
            let first = pending.first().map_or(ms, |p| p.1);
            let cs = clause_start(s, first, span.start);
            if ["未有", "没有", "未给予", "无人", "未发生"]
                .iter()
                .any(|w| s[cs..first].contains(w))
            {
                let mut zero = |category: PenaltyCategory, a: usize, b: usize| {
                    out.penalties.push(Penalty {
                        category,
                        kinds: Vec::new(),
                        label: s[a..b].to_owned(),
                        total: Some(0),
                        unit: PersonUnit::Persons,
                        breakdown: Vec::new(),
                        span: Span::new(a, b),
                    });
                };
                for (c, a, b) in pending.drain(..) {
                    zero(c, a, b);
                }
                zero(PenaltyCategory::from_label(word), ms, me);
            }
            pending.clear();
            continue;
        };
        let mut breakdown = Vec::new();
        if let Some((b, e)) = breakdown_at(s, end, span.end, notes) {
            breakdown = b;
            end = e;
        }
        let category = PenaltyCategory::from_label(word);
        let (start, label, kinds, category) = if pending.is_empty() {
            (ms, word.to_owned(), Vec::new(), category)
        } else {
            let start = pending[0].1;
            let mut kinds: Vec<PenaltyCategory> = pending.iter().map(|p| p.0).collect();
            kinds.push(category);
            (
                start,
                s[start..me].to_owned(),
                kinds,
                PenaltyCategory::Combined,
            )
        };
        pending.clear();
        out.penalties.push(Penalty {
            category,
            kinds,
            label,
            total,
            unit,
            breakdown,
            span: Span::new(start, end),
        });
    }

    // hand-overs named in full: `交由区纪委调查2人`, `移交县监委处理1人`
    for w in ["交由", "移交"] {
        let mut from = span.start;
        while let Some(p) = hay
            .get(from..span.end)
            .and_then(|h| h.find(w))
            .map(|p| from + p)
        {
            from = p + w.len();
            if out.penalties.iter().any(|x| x.span.contains(p)) {
                continue;
            }
            let mut j = from;
            while j < span.end && j - p < 48 && !is_digit_at(s.as_bytes(), j) {
                match char_at(s, j) {
                    Some(c) if super::text::is_clause_end(c) => break,
                    Some(c) => j += c.len_utf8(),
                    None => break,
                }
            }
            let label = &s[p..j];
            if !["调查", "处理", "审查", "机关", "监委", "纪委"]
                .iter()
                .any(|e| label.ends_with(e))
            {
                continue;
            }
            let Some((total, unit, end)) = count_at(s, j, notes) else {
                continue;
            };
            let category = match PenaltyCategory::from_label(label) {
                PenaltyCategory::Other
                    if label.contains("司法")
                        || label.contains("检察")
                        || label.contains("公安") =>
                {
                    PenaltyCategory::TransferredToJudiciary
                }
                PenaltyCategory::Other if label.contains('纪') || label.contains("监委") => {
                    PenaltyCategory::TransferredToDiscipline
                }
                c => c,
            };
            out.penalties.push(Penalty {
                category,
                kinds: Vec::new(),
                label: label.to_owned(),
                total,
                unit,
                breakdown: Vec::new(),
                span: Span::new(p, end),
            });
        }
    }
    out.penalties.sort_by_key(|p| p.span.start);

    // institutions: 建立完善制度55项
    let mut from = span.start;
    while let Some(p) = hay
        .get(from..)
        .and_then(|h| h.find("制度"))
        .map(|p| from + p)
    {
        from = p + "制度".len();
        let mut j = from;
        for _ in 0..6 {
            if is_digit_at(s.as_bytes(), j) || j >= span.end {
                break;
            }
            j += char_at(s, j).map_or(1, char::len_utf8);
        }
        if let Some((Some(v), _, e)) = uint_at(s.as_bytes(), j) {
            let unit = ["项", "个", "份", "条", "件"]
                .iter()
                .find(|u| s[e..].starts_with(**u));
            if let (Some(u), None) = (unit, out.institutions) {
                out.institutions = Some(v);
                skip.push(Span::new(clause_start(s, p, span.start), e + u.len()));
                from = e;
            }
        }
    }

    // funds: one per clause
    let mut last_fund_end = out.funds.last().map_or(0, |f| f.span.end);
    for m in FUNDS.find_iter(&hay[span.start..]) {
        let ms = span.start + m.start();
        let cs = clause_start(s, ms, span.start);
        if last_fund_end > cs {
            continue;
        }
        let mut j = ms;
        let mut money = None;
        let limit = span.end.min(ms + 240);
        while j < limit {
            let Some(c) = char_at(s, j) else { break };
            if matches!(c, '。' | ';' | '\u{ff1b}' | ',' | '\u{ff0c}') {
                break;
            }
            let inside_run = j > ms
                && super::text::char_before(s, j)
                    .is_some_and(|p| p.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&p));
            if (is_digit_at(s.as_bytes(), j) || matches!(c, '约' | '近')) && !inside_run {
                if let Some(mo) = money_at(s, j) {
                    money = Some(mo);
                    break;
                }
            }
            j += c.len_utf8();
        }
        let Some(amount) = money else { continue };
        let label = s[cs..amount.span.start].trim_end_matches(is_ws);
        let label = label
            .strip_suffix("共计")
            .or_else(|| label.strip_suffix("合计"))
            .or_else(|| label.strip_suffix("共"))
            .unwrap_or(label);
        last_fund_end = amount.span.end;
        out.funds.push(Funds {
            kind: FundsKind::from_label(label),
            label: label.to_owned(),
            span: Span::new(cs, amount.span.end),
            amount,
        });
    }
    let found =
        out.penalties.len() + out.funds.len() + usize::from(out.institutions.is_some()) > before;
    if found {
        out.spans.push(span);
    }
    found
}

/// Start of the clause holding byte `i`: after the last `,;。、:(` before it, not before `floor`.
fn clause_start(s: &str, i: usize, floor: usize) -> usize {
    // labels are short: looking back a few dozen characters keeps this linear overall
    let j = super::text::clause_back(s, i, floor, 40);
    // drop leading filler words
    for w in ["并", "共", "累计", "另", "同时"] {
        if s[j..i.max(j)].starts_with(w) && j + w.len() <= i {
            return j + w.len();
        }
    }
    j
}
