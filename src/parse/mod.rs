//! The parser: one pass over the lines, then one sub-grammar per part of the report.
//!
//! Pipeline: lines → front (chrome, title) → header → closing from the end (signature,
//! contact, next steps) → outline of the body (overview and tallies before the first
//! heading, issues and notice sections after) → coverage safety net.

pub(crate) mod chrome;
pub(crate) mod closing;
pub(crate) mod dates;
pub(crate) mod header;
pub(crate) mod numerals;
pub(crate) mod overview;
pub(crate) mod quantities;
pub(crate) mod sections;
pub(crate) mod t2s;
pub(crate) mod tallies;
pub(crate) mod text;
pub(crate) mod title;

use crate::error::{ParseError, ParseErrorKind};
use crate::validate::{Code, Finding, Severity};
use crate::{Outcomes, Overview, Passage, PassageKind, Report, Span};
use text::Line;

/// Findings noticed while parsing.
#[derive(Default)]
pub(crate) struct Notes(pub(crate) Vec<Finding>);

impl Notes {
    pub(crate) fn push(
        &mut self,
        severity: Severity,
        code: Code,
        message: String,
        spans: Vec<Span>,
    ) {
        self.0.push(Finding {
            severity,
            code,
            message,
            spans,
        });
    }
}

fn passage(input: &str, kind: PassageKind, span: Span) -> Passage {
    Passage {
        kind,
        text: input[span.range()].to_owned(),
        span,
    }
}

/// Reads a report; text in Traditional characters is read through a Simplified copy with
/// the same byte offsets.
pub(crate) fn parse(input: &str) -> Result<Report, ParseError> {
    // Traditional notices show it from the first lines: look at the first 1 KiB (title,
    // header)
    let mut probe = input.len().min(1024);
    while !input.is_char_boundary(probe) {
        probe -= 1;
    }
    let traditional = t2s::to_simplified(&input[..probe], 4).is_some();
    match traditional.then(|| t2s::to_simplified(input, 1)).flatten() {
        None => parse_simplified(input),
        Some((simple, changed)) => {
            let mut r = parse_simplified(&simple)?;
            let first = input
                .char_indices()
                .zip(simple.chars())
                .find(|((_, a), b)| a != b)
                .map(|((i, a), _)| Span::new(i, i + a.len_utf8()));
            r.notes.push(Finding {
                severity: Severity::Warning,
                code: Code::TraditionalCharacters,
                message: format!(
                    "{changed} Traditional characters were read as Simplified; fields are given in Simplified characters"
                ),
                spans: first.into_iter().collect(),
            });
            // words a careless Simplified→Traditional conversion gets wrong
            let mut debris: Vec<Span> = Vec::new();
            for w in [
                "乾部",
                "製定",
                "髮揮",
                "髮展",
                "麵對",
                "鬥爭",
                "後颱",
                "裏程",
                "瞭解決",
                "鍾點",
                "週邊",
            ] {
                let mut from = 0;
                while let Some(p) = input[from..].find(w).map(|p| from + p) {
                    from = p + w.len();
                    debris.push(Span::new(p, from));
                }
            }
            if !debris.is_empty() {
                debris.sort();
                let words: Vec<&str> = debris.iter().take(5).map(|s| &input[s.range()]).collect();
                r.notes.push(Finding {
                    severity: Severity::Warning,
                    code: Code::TraditionalCharacters,
                    message: format!(
                        "{} words look like debris of a Simplified→Traditional conversion (“{}”)",
                        debris.len(),
                        words.join("”, “")
                    ),
                    spans: debris,
                });
            }
            // passages keep the words as written
            for p in &mut r.unrecognized {
                p.text = input[p.span.range()].to_owned();
            }
            Ok(r)
        }
    }
}

fn parse_simplified(input: &str) -> Result<Report, ParseError> {
    let lines: Vec<Line> = text::lines(input);
    if lines.is_empty() {
        return Err(ParseError::new(ParseErrorKind::Empty, None, ""));
    }
    let mut notes = Notes::default();
    let mut report = Report::default();
    let t = |l: &Line| l.text(input);

    // 1. The header: the first line that reads as one.
    let header_idx = lines.iter().position(|l| header::is_header(t(l)));

    // 2. The title: the last title-like line (or pair) before the header.
    let front_end = header_idx.unwrap_or(lines.len().min(12));
    let mut title_range: Option<(usize, usize)> = None;
    for k in 0..front_end {
        let line = t(&lines[k]);
        if title::is_title(line) {
            // the issuer on the line above: `中共某某局委员会` / `关于…的通报`
            let above = k.checked_sub(1).map(|j| t(&lines[j]));
            let issuer_above = line.starts_with("关于") && above.is_some_and(closing::is_issuer);
            title_range = Some((if issuer_above { k - 1 } else { k }, k + 1));
        } else if k + 1 < front_end && title::is_title_head(line) {
            let joined = format!("{}{}", line, t(&lines[k + 1]));
            if title::is_title(&joined) && !title::is_title(t(&lines[k + 1])) {
                title_range = Some((k, k + 2));
            }
        }
    }
    if header_idx.is_none() && title_range.is_none() {
        let has_team = lines.iter().take(40).any(|l| header::TEAM.is_match(t(l)));
        if !has_team {
            let first = lines[0];
            return Err(ParseError::new(
                ParseErrorKind::NotAReport,
                Some(first.span),
                t(&first),
            ));
        }
    }
    if let Some((a, b)) = title_range {
        let span = lines[a].span.to(lines[b - 1].span);
        report.title = Some(title::parse(&input[span.range()], span, &mut notes));
    }
    // chrome before the header (other than the title)
    for (k, l) in lines[..front_end].iter().enumerate() {
        if title_range.is_some_and(|(a, b)| a <= k && k < b) {
            continue;
        }
        if report.published.is_none() {
            report.published = chrome::published_in(t(l));
        }
        report
            .unrecognized
            .push(passage(input, PassageKind::Chrome, l.span));
    }

    // 3. The header sentence(s).
    let mut body_start = front_end;
    if let Some(h) = header_idx {
        let line = lines[h];
        let mut span = line.span;
        let txt = t(&line);
        // spam glued before 根据
        let opening = ["根据", "按照"].iter().filter_map(|w| txt.find(w)).min();
        if let Some(p) = opening.filter(|&p| p > 0 && !txt[..p].contains('巡')) {
            let junk = Span::new(span.start, span.start + p);
            notes.push(
                Severity::Warning,
                Code::LeadingDebris,
                format!("text glued before the header: “{}”", &txt[..p]),
                vec![junk],
            );
            report
                .unrecognized
                .push(passage(input, PassageKind::Unknown, junk));
            span = Span::new(span.start + p, span.end);
        }
        body_start = h + 1;
        // feedback on the next line
        let mut insp = header::parse(&input[span.range()], span.start, &mut notes);
        if insp.feedback_date.is_none() {
            if let Some(next) = lines.get(h + 1) {
                let nt = t(next);
                if nt.contains("反馈")
                    && nt.chars().count() < 240
                    && sections::label_at(nt).is_none()
                {
                    let joined = span.to(next.span);
                    let again = header::parse(&input[joined.range()], joined.start, &mut notes);
                    if again.feedback_date.is_some() {
                        insp = again;
                        body_start = h + 2;
                    }
                }
            }
        }
        report.inspection = Some(insp);
    }

    // 4. The closing, from the end: trailing chrome, signature, contact, next steps.
    let mut end = lines.len();
    let mut sig: Option<(Option<usize>, usize)> = None;
    for k in (body_start..lines.len()).rev().take(12) {
        let line = t(&lines[k]);
        if closing::date_line_raw(line).is_some() || closing::issuer_and_date(line).is_some() {
            let issuer = (k > body_start
                && closing::date_line_raw(line).is_some()
                && closing::is_issuer(t(&lines[k - 1])))
            .then_some(k - 1);
            sig = Some((issuer, k));
            break;
        }
    }
    if let Some((issuer, date)) = sig {
        for l in &lines[date + 1..] {
            report
                .unrecognized
                .push(passage(input, PassageKind::Chrome, l.span));
        }
        report.signature = Some(closing::signature(
            input,
            issuer.map(|i| lines[i].span),
            lines[date].span,
            &mut notes,
        ));
        end = issuer.unwrap_or(date);
    } else if let Some(last) = lines.last() {
        let lt = t(last);
        if !lt.ends_with(['。', '!', '?', '”', ')', '\u{ff09}', '》']) && lines.len() > body_start
        {
            notes.push(
                Severity::Warning,
                Code::Truncated,
                format!(
                    "the text ends early, mid-sentence: “…{}”",
                    tail_chars(lt, 12)
                ),
                vec![last.span],
            );
        }
    }
    let mut contact_start = end;
    while contact_start > body_start && closing::is_contact(t(&lines[contact_start - 1])) {
        contact_start -= 1;
    }
    if contact_start < end {
        let spans: Vec<Span> = lines[contact_start..end].iter().map(|l| l.span).collect();
        report.contact = Some(closing::contact(input, &spans));
    }
    let mut body_end = contact_start;
    if let Some(ns) = (body_start..contact_start).rev().find(|&k| {
        let line = t(&lines[k]);
        line.starts_with("下一步")
            || sections::label_at(line).is_some_and(|l| {
                let h = &line[l.len..];
                h.starts_with("下一步") || h.contains("下一步工作") || h.contains("工作打算")
            })
    }) {
        let spans: Vec<Span> = lines[ns..contact_start].iter().map(|l| l.span).collect();
        let (lead, steps) = closing::next_steps(input, &spans);
        if let Some(lead) = lead {
            report.next_steps_intro = Some(passage(input, PassageKind::Prose, lead));
        }
        report.next_steps = steps;
        body_end = ns;
    }

    // 5. The body: overview and tallies before the first heading, then the outline.
    let body: Vec<Span> = lines[body_start..body_end].iter().map(|l| l.span).collect();
    let (pre, roots) = sections::outline(input, &body);
    let mut outcomes = Outcomes::default();
    let mut overview = Overview::default();
    let ctx_year = report
        .inspection
        .as_ref()
        .and_then(|i| i.end.or(i.start))
        .map(|d| d.year);
    let mut prose: Vec<Span> = pre.clone();
    for r in &roots {
        if sections::is_notice_heading(&input[r.heading.range()]) {
            let section = sections::node_section(input, r);
            collect_section_prose(input, r, &mut prose);
            report.sections.push(section);
        } else {
            report.issues.push(sections::node_issue(input, r));
        }
    }
    let mut skip: Vec<Span> = Vec::new();
    for &p in &prose {
        tallies::scan(input, p, &mut outcomes, &mut skip, &mut notes);
    }
    skip.extend(
        outcomes
            .penalties
            .iter()
            .map(|p| p.span)
            .chain(outcomes.funds.iter().map(|f| f.span)),
    );
    skip.sort_unstable();
    // merged, so that the one span starting last before a figure is the only candidate
    skip.dedup_by(|b, a| {
        if b.start <= a.end {
            a.end = a.end.max(b.end);
            true
        } else {
            false
        }
    });
    for &p in &prose {
        overview::scan(input, p, &skip, ctx_year, &mut overview, &mut notes, false);
    }
    // counts declared in the header paragraph itself (`…反馈了巡察意见。对反馈的4个方面
    // 16个问题…`): the declared slots only, the paragraph stays the inspection's
    if let Some(i) = &report.inspection {
        overview::scan(
            input,
            i.span,
            &skip,
            ctx_year,
            &mut overview,
            &mut notes,
            true,
        );
    }
    if !pre.is_empty() || overview != Overview::default() {
        if overview.spans.is_empty() {
            overview.spans = pre.clone();
        }
        report.overview = Some(overview);
    }
    if !outcomes.is_empty() {
        report.outcomes = Some(outcomes);
    }

    // 6. Safety net: whatever no element holds is kept as an unknown passage.
    for s in crate::coverage::uncovered(&report, input) {
        report
            .unrecognized
            .push(passage(input, PassageKind::Unknown, s));
    }
    report.unrecognized.sort_by_key(|p| p.span.start);
    scan_debris(input, &mut notes);
    scan_overflow(input, &mut notes);
    report.notes = notes.0;
    shrink(&mut report);
    Ok(report)
}

/// Gives back the slack of grown vectors and strings: a parsed report holds about what it
/// says, not what building it needed.
fn shrink(r: &mut Report) {
    fn issue(i: &mut crate::Issue) {
        i.measures.shrink_to_fit();
        for m in &mut i.measures {
            m.documents.shrink_to_fit();
        }
        i.children.shrink_to_fit();
        i.children.iter_mut().for_each(issue);
        if let Some(t) = &mut i.text {
            t.shrink_to_fit();
        }
    }
    fn section(s: &mut crate::Section) {
        s.issues.shrink_to_fit();
        s.issues.iter_mut().for_each(issue);
        s.children.shrink_to_fit();
        s.children.iter_mut().for_each(section);
        if let Some(t) = &mut s.text {
            t.shrink_to_fit();
        }
    }
    r.issues.shrink_to_fit();
    r.issues.iter_mut().for_each(issue);
    r.sections.shrink_to_fit();
    r.sections.iter_mut().for_each(section);
    r.next_steps.shrink_to_fit();
    r.unrecognized.shrink_to_fit();
    r.notes.shrink_to_fit();
    if let Some(o) = &mut r.overview {
        o.quantities.shrink_to_fit();
        o.spans.shrink_to_fit();
    }
    if let Some(o) = &mut r.outcomes {
        o.penalties.shrink_to_fit();
        o.funds.shrink_to_fit();
        o.spans.shrink_to_fit();
    }
}

fn collect_section_prose(input: &str, n: &sections::Node, out: &mut Vec<Span>) {
    out.extend(n.body.iter().copied());
    for c in &n.children {
        if sections::child_is_section(input, c) {
            out.push(c.heading);
            collect_section_prose(input, c, out);
        }
    }
}

fn tail_chars(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    let skip = count.saturating_sub(n);
    let start = s.char_indices().nth(skip).map_or(0, |(i, _)| i);
    &s[start..]
}

/// Template placeholders (`党的XX大`) left in the text.
/// Numbers larger than a count or an amount can hold (beyond `u64`): reported
/// once each, with the span of the whole run.
fn scan_overflow(input: &str, notes: &mut Notes) {
    let b = input.as_bytes();
    let mut i = 0;
    while let Some(start) = text::next_digit(b, i, b.len()) {
        i = start;
        let mut digits = 0usize;
        let mut value: Option<u64> = Some(0);
        let mut j = i;
        loop {
            if let Some((d, next)) = text::digit_at(b, j) {
                digits += 1;
                value = value.and_then(|v| v.checked_mul(10)?.checked_add(u64::from(d)));
                j = next;
            } else if b.get(j) == Some(&b',') && text::is_digit_at(b, j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if value.is_none() {
            notes.push(
                Severity::Error,
                Code::NumberOverflow,
                format!(
                    "the number “{}…” ({digits} digits) is too large to read as a count or an amount",
                    text::prefix_chars(&input[start..j], 12)
                ),
                vec![Span::new(start, j)],
            );
        }
        i = j.max(i + 1);
    }
}

fn scan_debris(input: &str, notes: &mut Notes) {
    // a run of X or × standing where a word or number belongs (`党的XX大`), not inside a
    // Latin word, an address or a number
    let b = input.as_bytes();
    let latin_x = memchr::memchr2_iter(b'X', b'x', b).filter(|&p| b.get(p + 1) == Some(&b[p]));
    let wide = memchr::memmem::find_iter(b, "××".as_bytes())
        .chain(memchr::memmem::find_iter(b, "ＸＸ".as_bytes()));
    let mut found: Vec<usize> = latin_x.chain(wide).collect();
    found.sort_unstable();
    {
        for p in found {
            let w = input[p..].chars().next().map_or(1, char::len_utf8);
            let from = p + 2 * w;
            let pat = &input[p..from];
            let before = text::char_before(input, p);
            let after = text::char_at(input, from);
            let latin = |c: Option<char>| {
                c.is_some_and(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '-' | 'X' | 'x')
                })
            };
            if latin(before) || latin(after) {
                continue;
            }
            notes.push(
                Severity::Warning,
                Code::Placeholder,
                format!("a template placeholder “{pat}” is left in the text"),
                vec![Span::new(p, from)],
            );
            return;
        }
    }
}
