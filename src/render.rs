//! Canonical text (规范文本): a report written back in the genre's plain form, such that
//! parsing it gives back the same report apart from spans.
//!
//! Page chrome is written where it stood (before the title, or after the signature), prose
//! passages after the header; unknown passages are not written back.

use std::fmt::Write as _;

use crate::lex::numerals::to_cn;
use crate::{
    Contact, Inspection, InspectionKind, Issue, Outcomes, Overview, Part, PartialDate, Passage,
    PassageKind, Report, Section, Signature, Slot, Span, Title,
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
    // chrome that stood before the header goes on top, the rest at the bottom
    let first = body_start(r);
    let chrome = |before: bool| {
        r.unrecognized
            .iter()
            .filter(move |p| p.kind == PassageKind::Chrome && (p.span.start < first) == before)
    };
    lines(&mut out, chrome(true));
    if let Some(t) = &r.title {
        title(&mut out, t);
    }
    if let Some(i) = &r.inspection {
        inspection(&mut out, i);
    }
    // prose before the first heading that nothing read stands where it stood
    lines(
        &mut out,
        r.unrecognized
            .iter()
            .filter(|p| p.kind == PassageKind::Prose),
    );
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
        }
    }
    if let Some(o) = r.outcomes.as_ref().map(|o| outcomes_outside(o, in_section)) {
        if !o.is_empty() {
            let _ = writeln!(out, "整改期间,{}。", outcomes(&o));
        }
    }
    for p in r.parts() {
        match p.part {
            Part::Section(s) => section(&mut out, s),
            Part::Issue(i) => issue(&mut out, i),
        }
    }
    closing(&mut out, r);
    lines(&mut out, chrome(false));
    out
}

/// Where the front ends: the header, or in a notice without one the first part of the
/// body (the front of such a notice is its first lines, so chrome written below the body
/// would push body lines into it), or the title's end.
fn body_start(r: &Report) -> usize {
    if let Some(i) = &r.inspection {
        return i.span.start;
    }
    let overview = r.overview.iter().flat_map(|o| o.spans.iter().copied());
    let outcomes = r.outcomes.iter().flat_map(|o| o.spans.iter().copied());
    let prose = r
        .unrecognized
        .iter()
        .filter(|p| p.kind == PassageKind::Prose)
        .map(|p| p.span);
    let closing = r
        .next_steps_intro
        .iter()
        .map(|p| p.span)
        .chain(r.next_steps.iter().map(|n| n.span))
        .chain(r.contact.iter().map(|c| c.span))
        .chain(r.signature.iter().map(|s| s.span));
    r.parts()
        .iter()
        .map(|p| p.part.span())
        .chain(overview)
        .chain(outcomes)
        .chain(prose)
        .chain(closing)
        .map(|s| s.start)
        .min()
        .or_else(|| r.title.as_ref().map(|t| t.span.end))
        .unwrap_or(usize::MAX)
}

fn lines<'a>(out: &mut String, passages: impl Iterator<Item = &'a Passage>) {
    for p in passages {
        let _ = writeln!(out, "{}", p.text);
    }
}

fn title(out: &mut String, t: &Title) {
    if let Some(tag) = &t.tag {
        let _ = write!(out, "【{tag}】");
    }
    let _ = writeln!(out, "{}", t.text);
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
    let target = i.target.as_deref().unwrap_or("");
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
    if let Some(f) = i.feedback_date {
        let d = chinese_date(PartialDate {
            year_inherited: i.feedback_year_inherited,
            ..f
        });
        let team = i
            .team_aliases
            .first()
            .or(i.team.as_ref())
            .map_or("", |s| s.as_str());
        let to = i
            .feedback_recipient
            .as_ref()
            .map(|rc| format!("向{rc}"))
            .unwrap_or_default();
        let _ = write!(out, "{d},{team}{to}反馈了{scheme}意见。");
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
    for p in &o.penalties {
        let unit = p.unit.as_str();
        let mut s = format!("{}{}{unit}", p.label, count(p.total));
        if !p.breakdown.is_empty() {
            let items: Vec<String> = p
                .breakdown
                .iter()
                .map(|b| format!("{}{}{unit}", b.label, count(b.count)))
                .collect();
            let _ = write!(s, "({})", items.join(","));
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
    let funds: Vec<String> = o
        .funds
        .iter()
        .map(|f| format!("{}{}", f.label, f.amount))
        .collect();
    if !funds.is_empty() {
        parts.push(funds.join(","));
    }
    parts.join(";")
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
    // a heading of punctuation alone (`(二)。`) keeps a mark after its label, a label alone
    // on its line being no heading (but the shared `1.` of `1.(1)` stays bare)
    let heading = if i.heading.trim().is_empty() && !shared {
        "。"
    } else {
        &i.heading
    };
    let _ = writeln!(out, "{}{heading}", i.label);
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
    let _ = writeln!(out, "{}{}", s.label, s.title);
    if let Some(t) = &s.text {
        let _ = writeln!(out, "{t}");
    }
}

fn closing(out: &mut String, r: &Report) {
    if let Some(p) = &r.next_steps_intro {
        let _ = writeln!(out, "{}", p.text);
    }
    if !r.next_steps.is_empty() {
        let mut last = 0;
        for n in &r.next_steps {
            let number = n.number.unwrap_or(1);
            let cn = to_cn(u64::from(number));
            if number > last {
                // `一是…二是…` make one paragraph
                let _ = write!(out, "{cn}是{}", n.text);
            } else {
                // a number that does not go up would read as more text of the step before
                // (`二是…二是…`): it starts a line of its own, labelled `(二)`
                let _ = write!(out, "\n({cn}){}", n.text);
            }
            last = number;
        }
        out.push('\n');
    }
    if let Some(c) = &r.contact {
        contact(out, c);
    }
    if let Some(s) = &r.signature {
        signature(out, s);
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
