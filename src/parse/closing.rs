//! The closing (结尾): next steps (下一步), contact (联系方式) and signature (落款).

use regex::Regex;
use std::sync::LazyLock;

use super::dates::{RawDate, date_at};
use super::text::{char_at, is_colon, is_ws, sentence_end};
use crate::{Contact, NextStep, Signature, Span};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+").expect("email pattern")
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[(\x{FF08}]?0[0-9]{2,3}[)\x{FF09}]?[\-－—]?)?[0-9]{7,8}(?:[\-－—][0-9]{1,4})?|1[3-9][0-9]{9}|(?:0[0-9]{2,3}[\-－—])?1238[08]")
        .expect("phone pattern")
});
static WEBSITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:https?://|www\.)[A-Za-z0-9.\-/_%?=&#:]+").expect("website pattern")
});
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:邮编|邮政编码)[:\x{FF1A}]?\s*([0-9]{6})").expect("postcode pattern")
});

/// Words that make a line part of the contact block.
const CONTACT_WORDS: &[&str] = &[
    "联系电话",
    "举报电话",
    "电话",
    "邮政信箱",
    "通信地址",
    "通讯地址",
    "来信地址",
    "地址",
    "电子邮箱",
    "邮箱",
    "邮编",
    "网址",
    "网站",
    "工作时间",
    "接待时间",
    "受理时间",
    "传真",
    "@",
];

/// Whether a line belongs to the contact block.
pub(crate) fn is_contact(line: &str) -> bool {
    CONTACT_WORDS.iter().any(|w| line.contains(w))
        || (line.starts_with("欢迎") && line.contains("监督"))
        || line.starts_with("如有意见建议")
}

/// A line that is only a date (the signature date), possibly followed by a note in
/// parentheses (`(此件公开发布)`).
///
/// An impossible date still reads as the signature's date line (and is reported).
pub(crate) fn date_line_raw(line: &str) -> Option<RawDate> {
    if line.len() > 120 {
        return None;
    }
    let d = date_at(line, 0)?;
    d.year?;
    d.month?;
    let rest = line[d.end..].trim_matches(is_ws);
    let ok = rest.is_empty()
        || (rest.starts_with(['(', '\u{ff08}'])
            && rest.ends_with([')', '\u{ff09}'])
            && rest.chars().count() <= 20);
    ok.then_some(d)
}

/// Whether a short line names an issuing body (`中共青岚县委`).
pub(crate) fn is_issuer(line: &str) -> bool {
    let n = line.chars().count();
    (2..=40).contains(&n)
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
        && (line.starts_with("中共")
            || line.starts_with("中国共产党")
            || [
                "委",
                "党组",
                "党委",
                "委员会",
                "局",
                "院",
                "公司",
                "政府",
                "办公室",
                "部",
                "厅",
                "会",
                "学",
                "校",
                "组",
                "中心",
                "所",
                "集团",
                "支部",
                "总支",
                "工委",
            ]
            .iter()
            .any(|s| line.ends_with(s)))
}

/// An issuer and date on one line: `中共某某县委 2024年6月1日`.
pub(crate) fn issuer_and_date(line: &str) -> Option<(usize, RawDate)> {
    if line.len() > 240 {
        return None;
    }
    let mut best = None;
    for (i, _) in line.char_indices().skip(2) {
        if let Some(d) = date_line_raw(&line[i..]) {
            let issuer = line[..i].trim_end_matches(is_ws);
            if is_issuer(issuer) {
                best = Some((i, d));
                break;
            }
        }
    }
    best
}

/// Reads the signature from its lines.
pub(crate) fn signature(
    input: &str,
    issuer_line: Option<Span>,
    date: Span,
    notes: &mut super::Notes,
) -> Signature {
    let line = &input[date.range()];
    let (issuer, raw, at) = match issuer_line {
        Some(s) => (Some(input[s.range()].to_owned()), date_line_raw(line), 0),
        None => match issuer_and_date(line) {
            Some((i, d)) => (
                Some(line[..i].trim_end_matches(is_ws).to_owned()),
                Some(d),
                i,
            ),
            None => (None, date_line_raw(line), 0),
        },
    };
    let d = raw.and_then(|r| r.resolve(None));
    if let Some(r) = raw.filter(|r| r.is_impossible()) {
        let span = Span::new(date.start + at, date.start + at + r.end);
        notes.push(
            crate::Severity::Error,
            crate::Code::ImpossibleDate,
            format!(
                "the signature date “{}” does not exist",
                &input[span.range()]
            ),
            vec![span],
        );
    }
    Signature {
        issuer,
        date: d,
        span: issuer_line.map_or(date, |s| s.to(date)),
    }
}

/// The value after a label `{label}:` up to the next `;` `。` or label.
fn value_after<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let p = line.find(label)?;
    let rest = &line[p + label.len()..];
    let c = char_at(rest, 0).filter(|c| is_colon(*c))?;
    let v = &rest[c.len_utf8()..];
    let end = v.find([';', '\u{ff1b}', '。']).unwrap_or(v.len());
    Some(v[..end].trim_matches(is_ws))
}

/// Reads contact details from the lines `spans`.
pub(crate) fn contact(input: &str, spans: &[Span]) -> Contact {
    let mut c = Contact::default();
    let Some(first) = spans.first() else { return c };
    c.span = spans.iter().fold(*first, |a, s| a.to(*s));
    for s in spans {
        let line = &input[s.range()];
        for m in EMAIL.find_iter(line) {
            c.emails.push(m.as_str().trim_end_matches('.').to_owned());
        }
        for m in WEBSITE.find_iter(line) {
            let w = m.as_str().trim_end_matches(['.', '/']);
            if !c.emails.iter().any(|e| e.contains(w)) {
                c.websites.push(w.to_owned());
            }
        }
        for label in ["联系电话", "举报电话", "电话"] {
            if let Some(v) = value_after(line, label) {
                for m in PHONE.find_iter(v) {
                    if !c.phones.iter().any(|p| p == m.as_str()) {
                        c.phones.push(m.as_str().to_owned());
                    }
                }
                break;
            }
        }
        for label in ["邮政信箱", "通信地址", "通讯地址", "来信地址", "地址"] {
            if let Some(v) = value_after(line, label) {
                if c.address.is_none() {
                    let mut addr = v;
                    // a postcode in parentheses stays out of the address
                    if let Some(p) = addr.rfind(['(', '\u{ff08}']) {
                        if addr[p..].contains("邮") {
                            addr = addr[..p].trim_end_matches(is_ws);
                        }
                    }
                    let addr = addr.split(['、', ',', '\u{ff0c}']).next().unwrap_or(addr);
                    let addr = match addr.find("邮编") {
                        Some(p) => addr[..p].trim_end_matches(is_ws),
                        None => addr,
                    };
                    c.address = Some(addr.to_owned());
                }
                break;
            }
        }
        if let Some(m) = POSTCODE.captures(line) {
            c.postcode = m.get(1).map(|m| m.as_str().to_owned());
        }
        for label in ["工作时间", "接待时间", "受理时间"] {
            if let Some(v) = value_after(line, label) {
                c.hours = Some(v.to_owned());
                break;
            }
        }
    }
    c
}

/// Reads next steps from the region's lines: labelled items, or `一是…` items; the
/// text before the first item is the lead.
pub(crate) fn next_steps(input: &str, lines: &[Span]) -> (Option<Span>, Vec<NextStep>) {
    let mut steps = Vec::new();
    let mut lead: Option<Span> = None;
    for (k, &line) in lines.iter().enumerate() {
        let text = &input[line.range()];
        if k > 0 {
            if let Some(l) = super::sections::label_at(text).filter(|l| l.len < text.len()) {
                let body = Span::new(line.start + l.len, line.end);
                steps.push(step(input, l.number, body, line));
                continue;
            }
        }
        let items = super::sections::inline_items(input, line);
        if items.is_empty() {
            match steps.last_mut() {
                // a paragraph continuing the last item
                Some(last) => {
                    last.text.push('\n');
                    last.text.push_str(text);
                    last.span = last.span.to(line);
                }
                None => lead = Some(lead.map_or(line, |l| l.to(line))),
            }
            continue;
        }
        let first = items[0].0.start;
        if first > line.start && steps.is_empty() {
            let l = super::text::trim_span(input, Span::new(line.start, first));
            lead = Some(lead.map_or(l, |x| x.to(l)));
        }
        for (label, v, body) in items {
            steps.push(step(input, Some(v), body, label.to(body)));
        }
    }
    (lead, steps)
}

fn step(input: &str, number: Option<u32>, body: Span, span: Span) -> NextStep {
    let text = &input[body.range()];
    let end = sentence_end(text, 0);
    let end = text[..end].find([';', '\u{ff1b}']).map_or(end, |p| p);
    NextStep {
        number,
        title: text[..end]
            .trim_end_matches([
                '。', '!', '?', '\u{ff01}', '\u{ff1f}', ',', '\u{ff0c}', ';', '\u{ff1b}',
            ])
            .to_owned(),
        text: text.to_owned(),
        span,
    }
}
