//! Contact details (联系方式): `联系电话:{phone};邮政信箱:{address}(邮编:{code});
//! 电子邮箱:{email}`, a website and office hours, on one line or several.

use regex::Regex;
use std::sync::LazyLock;

use crate::lex::items::starts_with_item_label;
use crate::lex::text::{char_at, is_colon, is_ws};
use crate::vocab::closing::{
    ADDRESS_LABELS, CONTACT_LABELS, CONTACT_OPENINGS, CONTACT_WORDS, HOURS_LABELS, INVITATION,
    PHONE_LABELS, POSTCODE_WORD,
};
use crate::vocab::{Finder, Finders, contains_any, finder_set, starts_with_any, word_set};
use crate::{Contact, Span};

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+").expect("email pattern")
});
/// A digit of either width.
const D: &str = r"[0-9\x{FF10}-\x{FF19}]";

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = r"(?:[(\x{FF08}]?[0０]D{2,3}[)\x{FF09}]?[\-－—]?)?D{7,8}(?:[\-－—]D{1,4})?|[1１][3-9３-９]D{9}|(?:[0０]D{2,3}[\-－—])?[1１][2２][3３][8８][08０８]";
    Regex::new(&pattern.replace('D', D)).expect("phone pattern")
});
static WEBSITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:https?://|www\.)[A-Za-z0-9.\-/_%?=&#:]+").expect("website pattern")
});
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&r"(?:邮编|邮政编码)[:\x{FF1A}]?\s*(D{6})".replace('D', D))
        .expect("postcode pattern")
});

word_set!(CONTACT = CONTACT_WORDS);

/// Whether a line belongs to the contact block. A line of `一是…二是…` items is the
/// body's, whatever its items name (`…电子邮箱:…`).
pub(crate) fn is_contact(line: &str) -> bool {
    !starts_with_item_label(line) && is_contact_text(line)
}

fn is_contact_text(line: &str) -> bool {
    CONTACT.is_match(line)
        || (line.starts_with(INVITATION.0) && line.contains(INVITATION.1))
        || starts_with_any(line, CONTACT_OPENINGS)
}

/// Whether a line names a contact by a label no page footer uses (`联系电话`, `邮政信箱`).
pub(crate) fn names_contact(line: &str) -> bool {
    contains_any(line, CONTACT_LABELS)
}

/// The value after a label `{label}:` up to the next `;` `。` or the line's end.
fn value_after<'a>(line: &'a str, label: &str, finder: Finder<'_>) -> Option<&'a str> {
    let p = finder.find(line, 0, line.len())?;
    let rest = &line[p + label.len()..];
    let c = char_at(rest, 0).filter(|c| is_colon(*c))?;
    let v = &rest[c.len_utf8()..];
    let end = v.find([';', '\u{ff1b}', '。']).unwrap_or(v.len());
    Some(v[..end].trim_matches(is_ws))
}

finder_set!(PHONE_FINDERS = PHONE_LABELS);
finder_set!(ADDRESS_FINDERS = ADDRESS_LABELS);
finder_set!(HOURS_FINDERS = HOURS_LABELS);

/// The value of the first of `labels` the line holds.
fn labelled<'a>(line: &'a str, labels: &Finders) -> Option<&'a str> {
    labels.iter().find_map(|(l, f)| value_after(line, l, f))
}

/// An address without the postcode written in parentheses or after it, and without a
/// second item after `、` or `,`.
fn address(v: &str) -> &str {
    let mut addr = v;
    if let Some(p) = addr.rfind(['(', '\u{ff08}']) {
        if addr[p..].contains("邮") || bracketed_postcode(addr).is_some() {
            addr = addr[..p].trim_end_matches(is_ws);
        }
    }
    let addr = addr.split(['、', ',', '\u{ff0c}']).next().unwrap_or(addr);
    match addr.find(POSTCODE_WORD) {
        Some(p) => addr[..p].trim_end_matches(is_ws),
        None => addr,
    }
}

/// Six digits in brackets that end an address, with no postcode word
/// (`云澜县邮政局123号信箱(311200)`): its postcode.
fn bracketed_postcode(v: &str) -> Option<&str> {
    let v = v.trim_end_matches(is_ws);
    let inner = v.strip_suffix([')', '\u{ff09}'])?;
    let open = inner.rfind(['(', '\u{ff08}'])?;
    let code = &inner[open + char_at(inner, open)?.len_utf8()..];
    let digits = code
        .chars()
        .all(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c));
    (digits && code.chars().count() == 6).then_some(code)
}

/// Reads the contact details of one line into `c`.
fn read_line(line: &str, c: &mut Contact) {
    // each address once, as each phone (an address may repeat one named beside it)
    for m in EMAIL.find_iter(line) {
        let e = m.as_str().trim_end_matches('.');
        if !c.emails.iter().any(|x| x == e) {
            c.emails.push(e.to_owned());
        }
    }
    for m in WEBSITE.find_iter(line) {
        let w = m.as_str().trim_end_matches(['.', '/']);
        if !c.emails.iter().any(|e| e.contains(w)) && !c.websites.iter().any(|x| x == w) {
            c.websites.push(w.to_owned());
        }
    }
    if let Some(v) = labelled(line, &PHONE_FINDERS) {
        let mut last = 0;
        for m in PHONE.find_iter(v) {
            if !c.phones.iter().any(|p| p == m.as_str()) {
                c.phones.push(m.as_str().to_owned());
            }
            last = m.end();
        }
        if let Some(h) = bracketed_hours(&v[last..]).filter(|_| c.hours.is_none()) {
            c.hours = Some(h.to_owned());
        }
    }
    if let Some(v) = labelled(line, &ADDRESS_FINDERS).filter(|_| c.address.is_none()) {
        c.address = Some(address(v).to_owned());
        if c.postcode.is_none() {
            c.postcode = bracketed_postcode(v).map(str::to_owned);
        }
    }
    if let Some(m) = POSTCODE.captures(line) {
        c.postcode = m.get(1).map(|m| m.as_str().to_owned());
    }
    if let Some(v) = labelled(line, &HOURS_FINDERS) {
        c.hours = Some(v.to_owned());
    }
}

/// Office hours in brackets right after a phone number (`0571-00000001(工作日8:30—17:30)`):
/// what the brackets hold, when it names a time of day.
fn bracketed_hours(after: &str) -> Option<&str> {
    let inner = after
        .trim_start_matches(is_ws)
        .strip_prefix(['(', '\u{ff08}'])?;
    let inner = &inner[..inner.find([')', '\u{ff09}'])?];
    let b = inner.as_bytes();
    let time = (1..b.len().saturating_sub(2)).any(|i| {
        b[i - 1].is_ascii_digit()
            && b[i] == b':'
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
    });
    (time || inner.contains("时")).then_some(inner.trim_matches(is_ws))
}

/// Reads contact details from the lines `spans`.
pub(crate) fn contact(input: &str, spans: &[Span]) -> Contact {
    let mut c = Contact::default();
    let Some(first) = spans.first() else { return c };
    c.span = spans.iter().fold(*first, |a, s| a.to(*s));
    for s in spans {
        read_line(&input[s.range()], &mut c);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_digits() {
        let s = "联系电话：０５７１－０００００００１；邮编：０００１０１";
        let c = contact(s, &[Span::new(0, s.len())]);
        assert_eq!(c.phones, ["０５７１－０００００００１"]);
        assert_eq!(c.postcode.as_deref(), Some("０００１０１"));
    }

    #[test]
    fn hours_in_brackets_after_the_phone() {
        let s = "联系电话:0571-00000001(工作日上午8:30—12:00,下午14:30—17:30)";
        let c = contact(s, &[Span::new(0, s.len())]);
        assert_eq!(c.phones, ["0571-00000001"]);
        assert_eq!(
            c.hours.as_deref(),
            Some("工作日上午8:30—12:00,下午14:30—17:30")
        );
        let s = "联系电话:0571-00000001(办公室)";
        assert_eq!(contact(s, &[Span::new(0, s.len())]).hours, None);
        let s = "联系电话:0571-00000001(8:30—17:30);接待时间:周一至周五";
        assert_eq!(
            contact(s, &[Span::new(0, s.len())]).hours.as_deref(),
            Some("周一至周五")
        );
    }

    #[test]
    fn one_line() {
        let s =
            "联系电话:0571-00000001;邮政信箱:青溪县人民路1号(邮编:000101);电子邮箱:a@b.example.cn";
        let c = contact(s, &[Span::new(0, s.len())]);
        assert_eq!(c.phones, ["0571-00000001"]);
        assert_eq!(c.address.as_deref(), Some("青溪县人民路1号"));
        assert_eq!(c.postcode.as_deref(), Some("000101"));
        assert_eq!(c.emails, ["a@b.example.cn"]);
        assert!(is_contact("欢迎广大干部群众监督"));
        assert!(!is_contact("加强监督检查"));
    }
}
