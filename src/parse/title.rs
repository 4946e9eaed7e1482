//! The title (标题): `【{tag}】中共{issuer}关于{round}巡视|巡察整改(进展)情况的通报`.

use super::header::{any_uint, scheme_of};
use super::text::{find_from, squeeze};
use crate::{Span, Title};

/// Whether a line (or two joined) reads as a title.
pub(crate) fn is_title(line: &str) -> bool {
    let schemed = line.contains("巡视") || line.contains("巡察") || line.contains("巡查");
    let genre = line.contains("整改") || line.contains("反馈意见");
    let form = line.contains("关于")
        || line.contains("通报")
        || line.contains("报告")
        || line.contains("情况");
    schemed
        && genre
        && form
        && line.chars().count() <= 90
        && !line.contains('。')
        && !line.contains("根据")
}

/// Whether a line looks like the first half of a title split over two lines.
pub(crate) fn is_title_head(line: &str) -> bool {
    line.chars().count() <= 60
        && !line.contains('。')
        && (line.starts_with("中共") || line.contains("关于") || line.starts_with('【'))
        && !(line.ends_with("通报") || line.ends_with("报告"))
}

/// Reads a title from its joined text (line breaks removed) at `span`.
pub(crate) fn parse(raw: &str, span: Span, notes: &mut super::Notes) -> Title {
    // lines joined; spaces inside a line kept as written
    let joined: String = raw
        .lines()
        .map(|l| l.trim_matches(super::text::is_ws))
        .collect();
    let text = squeeze(raw);
    let mut rest: &str = &text;
    let mut tag = None;
    // the column tag and how it is written: `【巡察整改】` or `巡视整改｜`
    let mut tag_written = String::new();
    if let Some(r) = rest.strip_prefix('【') {
        if let Some(close) = r.find('】') {
            tag = Some(r[..close].to_owned());
            tag_written = format!("【{}】", &r[..close]);
            rest = &r[close + '】'.len_utf8()..];
        }
    } else if let Some(bar) = rest
        .find(['｜', '|'])
        .filter(|&p| p > 0 && rest[..p].chars().count() <= 8)
    {
        let sep = rest[bar..].chars().next().map_or(1, char::len_utf8);
        tag = Some(rest[..bar].to_owned());
        tag_written = rest[..bar + sep].to_owned();
        rest = &rest[bar + sep..];
    }
    let mut issuer = None;
    let mut round = None;
    let mut genre = None;
    let body = match rest.find("关于") {
        Some(p) => {
            if p > 0 {
                issuer = Some(rest[..p].to_owned());
            }
            &rest[p + "关于".len()..]
        }
        None => rest,
    };
    let g = find_from(body, 0, "集中整改").or_else(|| find_from(body, 0, "整改"));
    if let Some(g) = g {
        let r = &body[..g];
        if !r.is_empty() && r != "巡视" && r != "巡察" && r != "巡查" {
            round = Some(r.to_owned());
        }
        genre = Some(body[g..].to_owned());
    }
    // a team named in place of a round: `关于区委第三巡察组反馈意见整改情况的通报`
    let mut team = None;
    if let Some(r) = round.as_deref() {
        if let Some(m) = super::header::TEAM.find(r) {
            let start = r[..m.start()].rfind("落实").map_or(0, |p| p + "落实".len());
            team = Some(r[start..m.end()].to_owned());
        }
    }
    if team.is_some() {
        round = None;
    }
    let round_digits = round.as_deref().and_then(|r| {
        let p = r.find("第")? + "第".len();
        let q = p + r[p..].find('轮')?;
        Some(r[p..q].to_owned())
    });
    let round_number = round_digits.as_deref().and_then(any_uint);
    if let (Some(d), None) = (&round_digits, round_number) {
        if d.chars().all(|c| c.is_ascii_digit()) && !d.is_empty() {
            notes.push(
                crate::Severity::Error,
                crate::Code::NumberOverflow,
                format!("the round number “{d}” in the title is too large"),
                vec![span],
            );
        }
    }
    let text = match tag {
        Some(_) => joined
            .trim_start_matches(super::text::is_ws)
            .strip_prefix(tag_written.as_str())
            .unwrap_or(&joined)
            .trim_start_matches(super::text::is_ws)
            .to_owned(),
        None => joined,
    };
    Title {
        scheme: scheme_of(&text),
        team,
        text,
        issuer,
        round,
        round_number,
        genre,
        tag,
        span,
    }
}
