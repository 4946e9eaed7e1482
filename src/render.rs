//! Canonical text (规范文本): a report written back in the genre's plain form, such that
//! parsing it gives back the same report apart from spans.
//!
//! Page chrome and prose passages are written where they stood (before the title, or
//! after the signature); unknown passages are not written back.

use std::fmt::Write as _;

use crate::parse::numerals::to_cn;
use crate::{InspectionKind, Issue, Overview, PartialDate, PassageKind, Quantity, Report, Section};

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

fn quantity(q: &Quantity) -> String {
    let (pre, post) = if q.qualifier.is_prefix() {
        (q.qualifier.as_word(), "")
    } else {
        ("", q.qualifier.as_word())
    };
    format!("{pre}{}{post}{}", q.value, q.unit)
}

fn overview(o: &Overview) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut head = String::new();
    if let Some(c) = o.problem_categories {
        let _ = write!(head, "{c}个方面");
    }
    if let Some(p) = o.problems {
        let _ = write!(head, "{p}个问题");
    }
    if !head.is_empty() {
        parts.push(format!("针对反馈的{head}"));
    }
    if let Some(k) = o.specific_problems {
        parts.push(format!("细化为{k}个具体问题"));
    }
    if let Some(m) = o.measures {
        parts.push(format!("制定整改措施{m}项"));
    }
    let mut s = parts.join(",");
    if !s.is_empty() {
        s.push('。');
    }
    let mut progress: Vec<String> = Vec::new();
    for (word, v) in [
        ("已完成整改", o.completed),
        ("正在整改", o.in_progress),
        ("阶段性完成", o.partially_completed),
        ("未完成", o.not_completed),
    ] {
        if let Some(v) = v {
            progress.push(format!("{word}{v}个"));
        }
    }
    if let Some(r) = o.completion_rate {
        progress.push(format!("整改完成率{r}%"));
    }
    if !progress.is_empty() || o.as_of.is_some() {
        if let Some(d) = o.as_of {
            let _ = write!(
                s,
                "截至{},",
                chinese_date(PartialDate {
                    year_inherited: false,
                    ..d
                })
            );
        }
        s.push_str(&progress.join("、"));
        s.push('。');
    }
    if !o.quantities.is_empty() {
        let qs: Vec<String> = o.quantities.iter().map(quantity).collect();
        let _ = write!(s, "另有{}。", qs.join("、"));
    }
    s
}

fn issue(out: &mut String, i: &Issue) {
    // the shared `1.` of combined labels `1.(1)` has no line of its own
    if i.heading.is_empty() && i.text.is_none() && i.children.is_empty() && !i.measures.is_empty() {
        for m in &i.measures {
            let _ = writeln!(out, "{}{}{}", i.label, m.label, m.text);
        }
        return;
    }
    let _ = writeln!(out, "{}{}", i.label, i.heading);
    let inline = i.measures.first().is_some_and(|m| m.label.ends_with('是'));
    if inline {
        // the lead and the `一是…` items make one paragraph
        if let Some(t) = &i.text {
            out.push_str(t);
        }
        for m in &i.measures {
            let _ = write!(out, "{}{}", m.label, m.text);
        }
        out.push('\n');
    } else if let Some(t) = &i.text {
        let _ = writeln!(out, "{t}");
    }
    if !inline {
        for m in &i.measures {
            let _ = writeln!(out, "{}{}", m.label, m.text);
        }
    }
    for c in &i.children {
        issue(out, c);
    }
}

fn section(out: &mut String, s: &Section) {
    let _ = writeln!(out, "{}{}", s.label, s.title);
    if let Some(t) = &s.text {
        let _ = writeln!(out, "{t}");
    }
    for c in &s.children {
        section(out, c);
    }
    for i in &s.issues {
        issue(out, i);
    }
}

/// Writes the canonical text.
pub(crate) fn render(r: &Report) -> String {
    let mut out = String::new();
    // chrome that stood before the header goes on top, the rest at the bottom
    let first = r
        .inspection
        .as_ref()
        .map(|i| i.span.start)
        .or_else(|| r.title.as_ref().map(|t| t.span.end))
        .unwrap_or(usize::MAX);
    let chrome = |p: &&crate::Passage| p.kind == PassageKind::Chrome;
    for p in r
        .unrecognized
        .iter()
        .filter(chrome)
        .filter(|p| p.span.start < first)
    {
        let _ = writeln!(out, "{}", p.text);
    }
    if let Some(t) = &r.title {
        if let Some(tag) = &t.tag {
            let _ = write!(out, "【{tag}】");
        }
        let _ = writeln!(out, "{}", t.text);
    }
    if let Some(i) = &r.inspection {
        let scheme = i.scheme.as_str();
        if let Some(a) = &i.authority {
            let basis: Vec<String> = i.basis.iter().map(|b| format!("《{b}》")).collect();
            let and = if basis.is_empty() { "" } else { "和" };
            let _ = write!(out, "根据{}{and}{a}统一部署,", basis.concat());
        }
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
            match &i.feedback_recipient {
                Some(rc) => {
                    let _ = write!(out, "{d},{team}向{rc}反馈了{scheme}意见。");
                }
                None => {
                    let _ = write!(out, "{d},{team}反馈了{scheme}意见。");
                }
            }
        }
        out.push_str("现将整改情况予以公布。\n");
    }
    // figures read from a notice section's prose are written back with that prose
    let in_sections = |spans: &[crate::Span]| {
        !spans.is_empty()
            && spans.iter().all(|x| {
                r.sections
                    .iter()
                    .any(|s| s.span.start <= x.start && x.end <= s.span.end)
            })
    };
    if let Some(o) = r.overview.as_ref().filter(|o| !in_sections(&o.spans)) {
        let s = overview(o);
        if !s.is_empty() {
            let _ = writeln!(out, "{s}");
        }
    }
    if let Some(o) = r.outcomes.as_ref().filter(|o| !in_sections(&o.spans)) {
        let mut parts: Vec<String> = Vec::new();
        for p in &o.penalties {
            let unit = p.unit.as_str();
            let mut s = format!("{}{}{unit}", p.label, p.total.unwrap_or(0));
            if !p.breakdown.is_empty() {
                let items: Vec<String> = p
                    .breakdown
                    .iter()
                    .map(|b| format!("{}{}{unit}", b.label, b.count))
                    .collect();
                let _ = write!(s, "({})", items.join(","));
            }
            parts.push(s);
        }
        if let Some(n) = o.institutions {
            parts.push(format!("建立完善制度{n}项"));
        }
        let funds: Vec<String> = o
            .funds
            .iter()
            .map(|f| format!("{}{}", f.label, f.amount.text))
            .collect();
        if !funds.is_empty() {
            parts.push(funds.join(","));
        }
        let _ = writeln!(out, "整改期间,给予{}。", parts.join(";"));
    }
    for s in &r.sections {
        section(&mut out, s);
    }
    for i in &r.issues {
        issue(&mut out, i);
    }
    if let Some(p) = &r.next_steps_intro {
        let _ = writeln!(out, "{}", p.text);
    }
    if !r.next_steps.is_empty() {
        for n in &r.next_steps {
            let _ = write!(
                out,
                "{}是{}",
                to_cn(u64::from(n.number.unwrap_or(1))),
                n.text
            );
        }
        out.push('\n');
    }
    if let Some(c) = &r.contact {
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
    if let Some(s) = &r.signature {
        if let Some(i) = &s.issuer {
            let _ = writeln!(out, "{i}");
        }
        if let Some(d) = s.date {
            let _ = writeln!(
                out,
                "{}",
                chinese_date(PartialDate {
                    year_inherited: false,
                    ..d
                })
            );
        }
    }
    for p in r
        .unrecognized
        .iter()
        .filter(chrome)
        .filter(|p| p.span.start >= first)
    {
        let _ = writeln!(out, "{}", p.text);
    }
    out
}
