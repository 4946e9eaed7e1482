//! Canonical text (规范文本): a report written back in the genre's plain form, such that
//! parsing it gives back the same report apart from spans.
//!
//! Page chrome is written where it stood (before the title, or after the signature), prose
//! passages after the header; unknown passages are not written back.

use std::fmt::Write as _;

use crate::lex::figures::may_start;
use crate::lex::items::{continues, holds_next_label, is_boundary, line_holds_next_label};
use crate::lex::numerals::to_cn;
use crate::lex::t2s::to_simplified;
use crate::lex::text::ends_sentence;
use crate::parse::grammar::contact::is_contact;
use crate::parse::grammar::signature::is_issuer;
use crate::parse::traditional::reads_as_traditional;
use crate::vocab::penalty::PARTS_OF;
use crate::{
    Code, Contact, Funds, Inspection, InspectionKind, Issue, NextStep, Outcomes, Overview, Part,
    PartialDate, Passage, PassageKind, Penalty, PenaltyCategory, Report, Section, Signature, Slot,
    Span, Title,
};

/// `2024年8月6日`, `2023年4月`, `2023年`, or `8月6日` when the year was inherited.
pub(crate) fn chinese_date(d: PartialDate) -> String {
    let mut s = String::new();
    if !d.year_inherited || d.month.is_none() {
        let _ = write!(s, "{}年", d.year);
    }
    if let Some(m) = d.month {
        let _ = write!(s, "{m}月");
        if let Some(day) = d.day {
            let _ = write!(s, "{day}日");
        }
    }
    s
}

/// The date with its year written.
fn full_date(d: PartialDate) -> String {
    chinese_date(PartialDate {
        year_inherited: false,
        ..d
    })
}

/// Writes the canonical text.
pub(crate) fn render(r: &Report) -> String {
    let mut out = String::new();
    let simplified = read_as_simplified(r);
    let body = body_start(r);
    front(&mut out, r, body);
    if let Some(i) = &r.inspection {
        inspection(&mut out, i);
    }
    // in a report whose body ends with its prose, a prose line that reads as a contact
    // line stood where it was none (above other text): it goes above the figures, not
    // right above the closing, where it would be read as (part of) the contact block
    let parts = r.parts();
    let ends_with_prose = r.inspection.is_some()
        && parts.is_empty()
        && r.next_steps.is_empty()
        && r.next_steps_intro.is_none();
    let (above, prose): (Vec<ProseLine>, Vec<ProseLine>) =
        prose_lines(r, ends_with_prose, simplified)
            .into_iter()
            .partition(|l| ends_with_prose && is_contact(&l.text));
    for l in above {
        let _ = writeln!(out, "{}", l.text);
    }
    // whether the line last written is the overview's or the outcomes'
    let mut after_read = false;
    // figures read from a notice section's prose are written back with that prose, and
    // only there (a figure written twice would be read twice)
    let in_section = |x: &Span| {
        r.sections
            .iter()
            .any(|s| s.span.start <= x.start && x.end <= s.span.end)
    };
    if let Some(o) = r.overview.as_ref().map(|o| overview_outside(o, in_section)) {
        let s = overview(&o);
        if !s.is_empty() {
            let _ = writeln!(out, "{s}");
            after_read = true;
        }
    }
    if let Some(o) = r.outcomes.as_ref().map(|o| outcomes_outside(o, in_section)) {
        if !o.is_empty() {
            let _ = writeln!(out, "整改期间,{}。", outcomes(&o));
            after_read = true;
        }
    }
    // prose before the first heading that nothing read comes after the overview and
    // outcomes lines: read after them it reads nothing again (read before them, a
    // sentence such as `截至…` would take the figure the overview line gives). Prose that
    // went on from a sentence read, written right above the signature, goes on from the
    // line written for that sentence, as it stood (alone on its line there, its last
    // words would read as the signature's issuer)
    let lines = prose.len();
    for (k, l) in prose.into_iter().enumerate() {
        let above_signature = ends_with_prose && r.signature.is_some() && k + 1 == lines;
        let issuer_alone = above_signature && is_issuer(&l.text);
        if k == 0 && issuer_alone && l.goes_on && after_read && out.ends_with('\n') {
            out.pop();
        }
        let _ = writeln!(out, "{}", l.text);
    }
    for p in &parts {
        match p.part {
            Part::Section(s) => section(&mut out, s),
            Part::Issue(i) => issue(&mut out, i),
        }
    }
    closing(&mut out, r);
    marks(&mut out, chrome(r, body, usize::MAX));
    simplified_if(simplified, out)
}

/// The chrome passages that start in `from..to`.
fn chrome(r: &Report, from: usize, to: usize) -> impl Iterator<Item = &Passage> {
    r.unrecognized
        .iter()
        .filter(move |p| p.kind == PassageKind::Chrome && from <= p.span.start && p.span.start < to)
}

/// The front, up to the body's start: a front-matter block, the title, and the chrome
/// where it stood, before the title or between the title and the rest (the chrome after
/// the body's start goes at the bottom), so that a notice with no header keeps its title
/// among its first lines.
fn front(out: &mut String, r: &Report, body: usize) {
    let title = r.title.as_ref().map_or(usize::MAX, |t| t.span.start);
    let (block_end, title_in_block) = front_matter(out, r).unwrap_or((0, false));
    marks(out, chrome(r, block_end, title.min(body)));
    if let Some(t) = r.title.as_ref().filter(|_| !title_in_block) {
        title_line(out, t);
    }
    marks(out, chrome(r, title.max(block_end), body));
}

/// Whether the passages of `r` are to be written in Simplified characters: `r` was read
/// from Traditional ones, through a Simplified copy, and the passages written hold too
/// few Traditional characters to be read so again (they stood in fields, which are given
/// in Simplified characters), so that the text reads back as it was read.
fn read_as_simplified(r: &Report) -> bool {
    let traditional = r
        .parse_findings
        .iter()
        .any(|f| f.code == Code::TraditionalCharacters);
    let written = r
        .unrecognized
        .iter()
        .filter(|p| p.kind != PassageKind::Unknown)
        .chain(&r.next_steps_intro)
        .map(|p| p.text.as_str());
    traditional && !reads_as_traditional(written)
}

/// `out` in Simplified characters when `simplified` (see [`read_as_simplified`]).
fn simplified_if(simplified: bool, out: String) -> String {
    match simplified.then(|| to_simplified(&out, 1)).flatten() {
        Some((simple, _)) => simple,
        None => out,
    }
}

/// Where the report's own text starts after the front: its first part that is neither page
/// chrome nor the title (the header, a figure of the overview or the outcomes, a passage,
/// a part of the body or of the closing). In a notice without a header the front is its
/// first lines, so chrome written below the body would push body lines into it.
fn body_start(r: &Report) -> usize {
    let passages = r
        .unrecognized
        .iter()
        .filter(|p| p.kind != PassageKind::Chrome)
        .map(|p| p.span);
    let overview = r.overview.iter().flat_map(|o| o.spans.iter().copied());
    let outcomes = r.outcomes.iter().flat_map(|o| o.spans.iter().copied());
    let parts = r.parts().into_iter().map(|p| p.part.span());
    let steps = r.next_steps.iter().map(|n| n.span);
    let closing = r.next_steps_intro.as_ref().map(|p| p.span);
    let ends = [
        r.inspection.as_ref().map(|i| i.span),
        r.contact.as_ref().map(|c| c.span),
        r.signature.as_ref().map(|s| s.span),
    ];
    passages
        .chain(overview)
        .chain(outcomes)
        .chain(parts)
        .chain(steps)
        .chain(closing)
        .chain(ends.into_iter().flatten())
        .map(|s| s.start)
        .min()
        .unwrap_or(usize::MAX)
}

/// A front-matter block (`---` … `---`, 页面元数据) at the top, as its lines stood: each
/// `key:` with the value after it on its line (`title: "…"` holding the title), where
/// written one a line the block would not read as one. Returns where the block ends and
/// whether the title stood in it; `None` when the report opens with no such block.
fn front_matter(out: &mut String, r: &Report) -> Option<(usize, bool)> {
    let chrome: Vec<&Passage> = r
        .unrecognized
        .iter()
        .filter(|p| p.kind == PassageKind::Chrome)
        .collect();
    let open = chrome.first().filter(|p| p.text == "---")?;
    let close = chrome[1..].iter().position(|p| p.text == "---")? + 1;
    let block = Span::new(open.span.end, chrome[close].span.start);
    let mut pieces: Vec<(Span, String)> = chrome[1..close]
        .iter()
        .map(|p| (p.span, p.text.clone()))
        .collect();
    let title = r
        .title
        .as_ref()
        .filter(|t| block.start <= t.span.start && t.span.end <= block.end);
    if let Some(t) = title {
        pieces.push((t.span, title_written(t)));
        pieces.sort_by_key(|p| p.0.start);
    }
    let _ = writeln!(out, "---");
    let mut line = String::new();
    let (mut last_end, mut bare_key) = (usize::MAX, false);
    for (span, text) in pieces {
        // a key starts its line; its value follows after one space, the rest of the
        // value (quotes, the title) right after it
        let key = is_front_matter_key(&text);
        let after_key = bare_key && span.start == last_end.saturating_add(1);
        let joins = !key && (span.start == last_end || (after_key && !text.starts_with('-')));
        if !joins && !line.is_empty() {
            let _ = writeln!(out, "{line}");
            line.clear();
        }
        if joins && bare_key {
            line.push(' ');
        }
        line.push_str(&text);
        (last_end, bare_key) = (span.end, key);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "---");
    Some((chrome[close].span.end, title.is_some()))
}

/// Whether a mark is a front-matter key with its colon (`title:`).
fn is_front_matter_key(text: &str) -> bool {
    text.strip_suffix(':').is_some_and(|k| {
        k.starts_with(|c: char| c.is_ascii_alphabetic())
            && k.bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
    })
}

/// Chrome passages, one a line. The `#` of a markdown heading (标题标记) is a mark only
/// before a space or a word, so alone on its line it is written with its space.
fn marks<'a>(out: &mut String, passages: impl Iterator<Item = &'a Passage>) {
    let passages: Vec<&Passage> = passages.collect();
    let mut k = 0;
    while k < passages.len() {
        if let Some(n) = link_marks(&passages[k..]) {
            let line: String = passages[k..k + n].iter().map(|p| p.text.as_str()).collect();
            let _ = writeln!(out, "{line}");
            k += n;
            continue;
        }
        let p = passages[k];
        k += 1;
        let heading = !p.text.is_empty() && p.text.len() <= 6 && p.text.bytes().all(|b| b == b'#');
        let space = if heading { " " } else { "" };
        let _ = writeln!(out, "{}{space}", p.text);
    }
}

/// The marks of one link (链接标记) whose text was read: its opening `[` (or `![`), the
/// marks inside its text, and its `](url)`, written on one line (`[](url)`), where they
/// read back as one mark; the bracket alone on its line is no mark but text. The number
/// of passages the link takes, or `None` when `passages` does not start with one.
fn link_marks(passages: &[&Passage]) -> Option<usize> {
    let open = passages.first()?;
    if !matches!(open.text.as_str(), "[" | "![") {
        return None;
    }
    let close = passages[1..]
        .iter()
        .position(|p| p.text.starts_with("](") || p.text.starts_with("]\u{ff08}"))?;
    // the marks between are the text's own (`**`), none of them a line of its own
    passages[1..=close]
        .iter()
        .all(|p| !p.text.contains('\n'))
        .then_some(close + 2)
}

/// The prose passages as the lines they stood on: a passage whose span starts where the
/// one before it ends (one line cut at its `。`), or where the sentences of figures read
/// after it end (the overview's or the outcomes', which have lines of their own), goes
/// on that line again, as it was read (the line above a signature's date, for one, is
/// read whole).
fn prose_lines(r: &Report, ends_with_prose: bool, simplified: bool) -> Vec<ProseLine> {
    let mut read: Vec<Span> = r
        .overview
        .iter()
        .flat_map(|o| o.spans.iter())
        .chain(r.outcomes.iter().flat_map(|o| o.spans.iter()))
        .copied()
        .collect();
    read.sort_unstable_by_key(|s| s.start);
    let mut ends: Vec<usize> = read.iter().map(|s| s.end).collect();
    ends.sort_unstable();
    let mut lines: Vec<ProseLine> = Vec::new();
    let mut end = None;
    for p in r
        .unrecognized
        .iter()
        .filter(|p| p.kind == PassageKind::Prose)
    {
        // as the text was read, so that a contact line is one as it reads back
        let text = match simplified.then(|| to_simplified(&p.text, 1)).flatten() {
            Some((simple, _)) => simple,
            None => p.text.clone(),
        };
        // joined across sentences read, a line that reads as a contact line would take
        // the others above the figures with it
        let joins = |line: &ProseLine, e: usize| {
            e == p.span.start
                || (tiled(&read, e, p.span.start)
                    && !(ends_with_prose && (is_contact(&line.text) || is_contact(&text))))
        };
        match lines.last_mut() {
            Some(line) if end.is_some_and(|e| joins(line, e)) => line.text.push_str(&text),
            _ => lines.push(ProseLine {
                text,
                goes_on: ends.binary_search(&p.span.start).is_ok(),
            }),
        }
        end = Some(p.span.end);
    }
    lines
}

/// A line of prose passages, and whether it went on from a sentence read (the
/// overview's or the outcomes') on the line it stood on.
struct ProseLine {
    text: String,
    goes_on: bool,
}

/// Whether `from..to` is empty or tiled end to end by spans of `read` (sorted by start).
fn tiled(read: &[Span], mut from: usize, to: usize) -> bool {
    while from < to {
        let k = read.partition_point(|s| s.start < from);
        match read.get(k) {
            Some(s) if s.start == from && s.end > from => from = s.end,
            _ => return false,
        }
    }
    from == to
}

fn title_line(out: &mut String, t: &Title) {
    let _ = writeln!(out, "{}", title_written(t));
}

/// The title as written: its column tag (`【巡察整改】`), then its text.
fn title_written(t: &Title) -> String {
    match &t.tag {
        Some(tag) => format!("【{tag}】{}", t.text),
        None => t.text.clone(),
    }
}

fn inspection(out: &mut String, i: &Inspection) {
    let scheme = i.scheme.as_str();
    // written with no authority too (`根据统一部署,` reads none back), so that the line
    // reads as the header whatever else it lacks
    let basis: String = i.basis.iter().map(|b| format!("《{b}》")).collect();
    let a = i.authority.as_deref().unwrap_or("");
    let and = if basis.is_empty() || a.is_empty() {
        ""
    } else {
        "和"
    };
    let _ = write!(out, "根据{basis}{and}{a}统一部署,");
    let period = i.period_text.clone().or_else(|| {
        Some(format!(
            "{}至{}",
            chinese_date(i.start?),
            chinese_date(i.end?)
        ))
    });
    if let Some(p) = period {
        let _ = write!(out, "{p},");
    }
    if let Some(t) = &i.team {
        out.push_str(t);
    }
    // the words as written, which the parse names by the issuer again
    let target = i
        .target_as_written
        .as_deref()
        .or(i.target.as_deref())
        .unwrap_or("");
    let alias = i
        .target_alias
        .as_ref()
        .map(|a| format!("(以下简称“{a}”)"))
        .unwrap_or_default();
    let kinds: String = i
        .kinds
        .iter()
        .filter(|k| **k != InspectionKind::FollowUp)
        .map(|k| k.as_str())
        .collect();
    let follow = if i.kinds.contains(&InspectionKind::FollowUp) {
        "“回头看”"
    } else {
        ""
    };
    let _ = write!(out, "对{target}{alias}开展了{kinds}{scheme}{follow}。");
    if i.feedback_date.is_some() || i.feedback_recipient.is_some() {
        // a recipient read from a sentence whose date is lost is written without one
        let d = i.feedback_date.map_or_else(String::new, |f| {
            let d = chinese_date(PartialDate {
                year_inherited: i.feedback_year_inherited,
                ..f
            });
            format!("{d},")
        });
        let team = i
            .team_aliases
            .first()
            .or(i.team.as_ref())
            .map_or("", |s| s.as_str());
        let to = i
            .feedback_recipient_as_written
            .as_ref()
            .or(i.feedback_recipient.as_ref())
            .map(|rc| format!("向{rc}"))
            .unwrap_or_default();
        let _ = write!(out, "{d}{team}{to}反馈了{scheme}意见。");
    }
    out.push_str("现将整改情况予以公布。\n");
}

/// The overview's figures that were not read from a notice section's prose. The as-of
/// date has no span of its own: it stays when a paragraph outside the sections was read,
/// or none (the header's own counts; written twice, it reads back the same, the first one read).
fn overview_outside(o: &Overview, in_section: impl Fn(&Span) -> bool) -> Overview {
    // the header's own counts are read with no paragraph of the overview's
    let outside = o.spans.is_empty() || o.spans.iter().any(|s| !in_section(s));
    let mut kept = Overview {
        quantities: o
            .quantities
            .iter()
            .filter(|q| !in_section(&q.span))
            .cloned()
            .collect(),
        completion_rate: o.completion_rate.filter(|c| !in_section(&c.span)),
        as_of: o.as_of.filter(|_| outside),
        spans: Vec::new(),
        ..*o
    };
    for slot in Slot::ALL {
        let c = kept.count_mut(slot);
        *c = c.filter(|c| !in_section(&c.span));
    }
    kept
}

/// The outcomes that were not read from a notice section's prose. The institutions count
/// has no span: it stays when a paragraph outside the sections was read (written twice,
/// it reads back the same, the first one read).
fn outcomes_outside(o: &Outcomes, in_section: impl Fn(&Span) -> bool) -> Outcomes {
    let outside = o.spans.iter().any(|s| !in_section(s));
    Outcomes {
        penalties: o
            .penalties
            .iter()
            .filter(|p| !in_section(&p.span))
            .cloned()
            .collect(),
        institutions: o.institutions.filter(|_| outside),
        funds: o
            .funds
            .iter()
            .filter(|f| !in_section(&f.span))
            .cloned()
            .collect(),
        spans: Vec::new(),
    }
}

fn overview(o: &Overview) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut head = String::new();
    if let Some(c) = o.problem_categories {
        let _ = write!(head, "{}个方面", c.value);
    }
    if let Some(p) = o.problems {
        let _ = write!(head, "{}个问题", p.value);
    }
    if !head.is_empty() {
        parts.push(format!("针对反馈的{head}"));
    }
    if let Some(k) = o.specific_problems {
        parts.push(format!("细化为{}个具体问题", k.value));
    }
    if let Some(t) = o.tasks {
        parts.push(format!("明确整改任务{}项", t.value));
    }
    if let Some(m) = o.measures {
        parts.push(format!("制定整改措施{}项", m.value));
    }
    let mut s = parts.join(",");
    if !s.is_empty() {
        s.push('。');
    }
    progress(&mut s, o);
    if !o.quantities.is_empty() {
        let qs: Vec<String> = o.quantities.iter().map(ToString::to_string).collect();
        let _ = write!(s, "另有{}。", qs.join("、"));
    }
    s
}

fn progress(s: &mut String, o: &Overview) {
    let mut progress: Vec<String> = Vec::new();
    let words = ["已完成整改", "正在整改", "阶段性完成", "未完成"];
    for (word, c) in words.into_iter().zip(o.progress()) {
        if let Some(c) = c {
            progress.push(format!("{word}{}个", c.value));
        }
    }
    if let Some(r) = o.completion_rate {
        progress.push(format!("整改完成率{}%", r.value));
    }
    if progress.is_empty() && o.as_of.is_none() {
        return;
    }
    if let Some(d) = o.as_of {
        let _ = write!(s, "截至{},", full_date(d));
    }
    s.push_str(&progress.join("、"));
    s.push('。');
}

/// A count as written; one too large to hold is written as a number past `u64`, so that
/// it reads back as too large again, never as 0.
fn count(n: Option<u64>) -> String {
    n.map_or_else(|| "18446744073709551616".to_owned(), |n| n.to_string())
}

fn outcomes(o: &Outcomes) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut prev: Option<&Penalty> = None;
    // the categories the last total written takes as its parts: a tally of one of them
    // that is no part of it is written in a sentence of its own (in the total's, after
    // its parts, it would read as one more)
    let mut takes: &[PenaltyCategory] = &[];
    for p in &o.penalties {
        if p.part_of.is_none() && takes.contains(&p.category) {
            if let Some(last) = parts.last_mut() {
                last.push('。');
            }
        }
        if p.part_of.is_none() {
            takes = PARTS_OF
                .iter()
                .find(|(c, _)| *c == p.category && p.breakdown.is_empty())
                .map_or(&[], |(_, parts)| parts);
        }
        // a part goes on its total's clause: `,其中` before the first, `、` between them
        let joined = match (p.part_of, prev.map(|x| x.part_of)) {
            (Some(t), Some(Some(u))) if t == u => Some("、"),
            (Some(_), Some(_)) => Some(",其中"),
            _ => None,
        };
        prev = Some(p);
        let unit = p.unit.as_str();
        let mut s = format!("{}{}{unit}", p.label, count(p.total));
        if !p.breakdown.is_empty() {
            let items: Vec<String> = p
                .breakdown
                .iter()
                .map(|b| format!("{}{}{unit}", b.label, count(b.count)))
                .collect();
            // a partial list is written after `其中`, which is what reads it as partial
            if p.breakdown_partial {
                let _ = write!(s, ",其中{}", items.join("、"));
            } else {
                let _ = write!(s, "({})", items.join(","));
            }
        }
        if let (Some(join), Some(last)) = (joined, parts.last_mut()) {
            last.push_str(join);
            last.push_str(&s);
            continue;
        }
        // `给予` opens the penalties only: a funds clause after it would take it as its label
        parts.push(if parts.is_empty() {
            format!("给予{s}")
        } else {
            s
        });
    }
    if let Some(n) = o.institutions {
        parts.push(format!("建立完善制度{n}项"));
    }
    let funds: Vec<String> = o.funds.iter().map(fund).collect();
    if !funds.is_empty() {
        parts.push(funds.join(","));
    }
    let mut out = String::new();
    for (k, part) in parts.iter().enumerate() {
        if k > 0 && !out.ends_with('。') {
            out.push(';');
        }
        out.push_str(part);
    }
    out
}

/// A fund's label and amount. A label that ends where no figure may start after it
/// (`…资金g`, a space having stood between) is written with an ideographic space, which
/// a label is trimmed of and no figure is grouped by.
fn fund(f: &Funds) -> String {
    let mut s = format!("{}{}", f.label, f.amount);
    if !may_start(&s, f.label.len()) {
        s.insert(f.label.len(), '\u{3000}');
    }
    s
}

fn issue(out: &mut String, i: &Issue) {
    // the shared `1.` of combined labels `1.(1)`, whose first item stands right after it,
    // has no line of its own
    let after_label = i.span.start + i.label.len();
    let shared = i.heading.is_empty()
        && i.text.is_none()
        && (i.measures.first().map(|m| m.span.start)).or(i.children.first().map(|c| c.span.start))
            == Some(after_label);
    if shared && i.children.is_empty() {
        for m in &i.measures {
            let _ = writeln!(out, "{}{}{}", i.label, m.label, m.text);
        }
        return;
    }
    // its first child is written next, on the same line (`1.(1)…`): alone on its line,
    // the label is no heading
    if shared && i.measures.is_empty() {
        out.push_str(&i.label);
        return;
    }
    // a heading of punctuation alone (`(二)。`) keeps a mark after its label, a label alone
    // on its line being no heading (but the shared `1.` of `1.(1)` stays bare)
    let heading = if i.heading.trim().is_empty() && !shared {
        "。"
    } else {
        &i.heading
    };
    // a heading alone (no text, no items) ends its sentence, as it was read: a heading
    // left open takes the line after it as its text (above a signature, for one)
    let leaf = i.text.is_none() && i.measures.is_empty() && i.children.is_empty();
    let close = if leaf && !ends_sentence(heading) && !shared {
        "。"
    } else {
        ""
    };
    let _ = writeln!(out, "{}{heading}{close}", i.label);
    if i.measures.first().is_some_and(|m| m.label.ends_with('是')) {
        // the lead, then the `一是…` items on a line of their own: the lead may hold lines
        // that stood after the items
        if let Some(t) = &i.text {
            let _ = writeln!(out, "{t}");
        }
        let mut last = 0;
        for m in &i.measures {
            let number = m.number.unwrap_or(0);
            // a number that does not go up starts an enumeration of its own, on its own
            // line (`一是…二是…一是…` reads as two items)
            if number <= last {
                out.push('\n');
            } else if last > 0 && !out.ends_with(is_boundary) {
                // a label stands after punctuation or a space only (`…。二是`, `…x 二是`)
                out.push(' ');
            }
            let _ = write!(out, "{}{}", m.label, m.text);
            last = number;
        }
        out.push('\n');
        return;
    }
    if let Some(t) = &i.text {
        let _ = writeln!(out, "{t}");
    }
    for m in &i.measures {
        let _ = writeln!(out, "{}{}", m.label, m.text);
    }
}

fn section(out: &mut String, s: &Section) {
    // a heading alone ends its sentence, as for an issue
    let leaf = s.text.is_none() && s.issues.is_empty() && s.children.is_empty();
    let close = if leaf && !ends_sentence(&s.title) {
        "。"
    } else {
        ""
    };
    let _ = writeln!(out, "{}{}{close}", s.label, s.title);
    if let Some(t) = &s.text {
        let _ = writeln!(out, "{t}");
    }
}

fn closing(out: &mut String, r: &Report) {
    if let Some(p) = &r.next_steps_intro {
        let _ = writeln!(out, "{}", p.text);
    }
    next_steps(out, &r.next_steps, r.signature.is_some());
    if let Some(c) = &r.contact {
        contact(out, c);
    }
    if let Some(s) = &r.signature {
        signature(out, s);
    }
}

/// The next steps (下一步工作): `一是…二是…` in one paragraph while they read back so, each
/// other step on a line of its own, labelled `(二)`.
///
/// An item reads back inline only as the next of its paragraph (the paragraph starts at
/// `一是` and goes up by one or two), only when its first line holds no label that would
/// be read as the item after it, and a paragraph ends with an item of several lines.
fn next_steps(out: &mut String, steps: &[NextStep], signed: bool) {
    // the number of the last item of the open `一是…` paragraph
    let mut open: Option<u32> = None;
    for (k, n) in steps.iter().enumerate() {
        let number = n.number.unwrap_or(1);
        let follows = continues(open, number);
        let mut lines = n.text.split('\n');
        let first_line = lines.next().unwrap_or("");
        let later = lines.any(|l| line_holds_next_label(l, number));
        // the last item, above the signature, that goes on over lines and leaves its first
        // open is written with a heading's label, as it stood: after a heading left open,
        // the next line is its text (after `一是…` it might read as the issuer). Elsewhere a
        // heading's label might read as a part of the body.
        let last_signed = signed && k + 1 == steps.len();
        let open_heading = last_signed && n.text.contains('\n') && !ends_sentence(first_line);
        if follows
            && number <= 99
            && !holds_next_label(first_line, number)
            && !later
            && !open_heading
        {
            // a label stands after punctuation or a space only (`…。二是`, `…x 二是`)
            if open.is_some() && !out.ends_with(is_boundary) {
                out.push(' ');
            }
            let _ = write!(out, "{}是{}", to_cn(u64::from(number)), n.text);
            open = Some(number);
        } else {
            if open.is_some() {
                out.push('\n');
            }
            // `(二)、` takes one `、` or `.` after it as part of the label
            let sep = if n.text.starts_with(['、', '.', '\u{ff0e}']) {
                "、"
            } else {
                ""
            };
            let _ = write!(out, "({}){sep}{}", label_number(number), n.text);
            open = None;
            out.push('\n');
        }
        if n.text.contains('\n') && open.is_some() {
            // the next item would stand on the item's last line, as text of it
            out.push('\n');
            open = None;
        }
    }
    if open.is_some() {
        out.push('\n');
    }
}

/// A label's number as `label_at` reads it back: `二十三`, `100`, or digit by digit
/// where four digits would read as a year (`(一九九九)`).
fn label_number(n: u32) -> String {
    match n {
        0..=99 => to_cn(u64::from(n)),
        1900..=2199 => n
            .to_string()
            .chars()
            .map(|c| to_cn(u64::from(c.to_digit(10).unwrap_or(0))))
            .collect(),
        _ => n.to_string(),
    }
}

fn contact(out: &mut String, c: &Contact) {
    let mut parts: Vec<String> = Vec::new();
    if !c.phones.is_empty() {
        parts.push(format!("联系电话:{}", c.phones.join("、")));
    }
    if let Some(a) = &c.address {
        parts.push(format!("邮政信箱:{a}"));
    }
    if let Some(p) = &c.postcode {
        parts.push(format!("邮编:{p}"));
    }
    if !c.emails.is_empty() {
        parts.push(format!("电子邮箱:{}", c.emails.join("、")));
    }
    if !c.websites.is_empty() {
        parts.push(format!("网址:{}", c.websites.join("、")));
    }
    if let Some(h) = &c.hours {
        parts.push(format!("工作时间:{h}"));
    }
    if parts.is_empty() {
        // a contact block with no details (`欢迎广大干部群众监督。`) is written as the
        // invitation that opens one, not as a bare `。`, which reads as text of the body
        out.push_str("欢迎监督。\n");
        return;
    }
    let _ = writeln!(out, "{}。", parts.join(";"));
}

fn signature(out: &mut String, s: &Signature) {
    if let Some(i) = &s.issuer {
        let _ = writeln!(out, "{i}");
    }
    match s.date {
        Some(d) => {
            let _ = writeln!(out, "{}", full_date(d));
        }
        // The signature is read from its date line, and a signature has no date only when
        // the date written does not exist. Write one that does not exist either, so that it
        // reads back as a signature with no date (and the same `impossible_date` finding),
        // never as the issuer's line alone, which reads as text of the last next step.
        None => out.push_str("2000年13月1日\n"),
    }
}
