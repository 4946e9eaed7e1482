//! Titles of issues and items (标题): the words inside `关于“…”`, or the heading without
//! its formula words; the first sentence of an item.

use crate::lex::text::{is_colon, is_ws, sentence_end};
use crate::vocab::headings::{AREA_TITLE_ENDS, ISSUE_TITLE_ENDS, QUOTE_LEADS, TITLE_FIELDS};

/// The words inside the first pair of quotes (nested quotes kept), else the heading
/// without `关于` and the trailing `…的整改情况`.
pub(crate) fn issue_title(h: &str) -> String {
    let h = h.trim_end_matches(['。', ':', '\u{ff1a}', ';', '\u{ff1b}']);
    quoted_title(h).unwrap_or_else(|| plain_title(h)).to_owned()
}

/// The title inside the quote that opens the heading (`关于“…”问题`); a quoted word inside
/// it (`落实“第一议题”制度不严格`) is not the title.
fn quoted_title(h: &str) -> Option<&str> {
    for (open, close) in [('“', '”'), ('"', '"'), ('\u{ff02}', '\u{ff02}')] {
        let Some(p) = h.find(open) else { continue };
        let lead = h[..p].trim_matches(is_ws);
        if !QUOTE_LEADS.contains(&lead) {
            continue;
        }
        let inner = &h[p + open.len_utf8()..];
        // the last closing quote before the formula words
        if let Some(q) = inner.rfind(close) {
            let title = inner[..q].trim();
            if !title.is_empty() {
                return Some(title);
            }
        }
    }
    None
}

/// The heading without `关于`, a field label (`问题:`) and the formula words at the end.
fn plain_title(h: &str) -> &str {
    let mut t = h.trim();
    let about = t.strip_prefix("关于");
    t = about.unwrap_or(t);
    // `1.问题:学位供给不足`: the field label is not part of the title
    if let Some(rest) = TITLE_FIELDS.iter().find_map(|f| {
        let rest = t.strip_prefix(f)?;
        let c = rest.chars().next().filter(|c| is_colon(*c))?;
        Some(&rest[c.len_utf8()..])
    }) {
        t = rest;
    }
    if let Some(x) = ISSUE_TITLE_ENDS
        .iter()
        .find_map(|e| t.strip_suffix(e).filter(|x| !x.is_empty()))
    {
        t = x;
    }
    // `关于{area}方面`: the area is the title
    if let Some(x) = AREA_TITLE_ENDS.iter().find_map(|e| {
        t.strip_suffix(e)
            .filter(|x| about.is_some() && !x.is_empty())
    }) {
        t = x;
    }
    t.trim()
}

/// The title of an inline item (`一是{title}。…`): its first sentence or `;` clause, cut
/// at the first comma when that leaves a short heading (`推动区域协调发展,出台…`).
pub(crate) fn item_title(body: &str) -> String {
    let end = sentence_end(body, 0);
    let end = body[..end].find([';', '\u{ff1b}']).unwrap_or(end);
    let mut t =
        body[..end].trim_end_matches(['。', '!', '?', '\u{ff01}', '\u{ff1f}', ';', '\u{ff1b}']);
    if t.chars().count() > 16 {
        if let Some(p) = t
            .find([',', '\u{ff0c}'])
            .filter(|&p| t[..p].chars().count() >= 4)
        {
            t = &t[..p];
        }
    }
    t.to_owned()
}

/// A heading's first sentence without its end mark.
pub(crate) fn sentence_title(heading: &str) -> String {
    heading.trim_end_matches(['。', '!', '?']).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        let cases = [
            (
                "关于“推进创新深化存在短板”问题的整改情况",
                "推进创新深化存在短板",
            ),
            ("关于“落实‘两个责任’不到位”的问题", "落实‘两个责任’不到位"),
            ("关于 “ 制度执行不严 ” 问题", "制度执行不严"),
            ("党的领导弱化方面", "党的领导弱化方面"),
            ("关于贯彻落实上级决策部署方面", "贯彻落实上级决策部署"),
            (
                "关于落实管党治党责任方面存在的问题的整改情况",
                "落实管党治党责任",
            ),
            ("关于选人用人问题的整改", "选人用人问题"),
            ("关于财务管理不规范问题的整改情况", "财务管理不规范问题"),
            ("问题:学位供给不足", "学位供给不足"),
            ("落实“第一议题”制度不严格", "落实“第一议题”制度不严格"),
            ("整改情况", "整改情况"),
        ];
        for (h, want) in cases {
            assert_eq!(issue_title(h), want, "{h}");
        }
    }

    #[test]
    fn item_titles() {
        assert_eq!(item_title("强化引领。深入学习。"), "强化引领");
        assert_eq!(item_title("压实责任;细化清单"), "压实责任");
        assert_eq!(
            item_title("推动区域协调发展取得新成效,出台实施方案3项"),
            "推动区域协调发展取得新成效"
        );
    }
}
