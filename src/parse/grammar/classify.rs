//! Which headings are issues and which are parts of the notice (分类): `一、组织领导情况`
//! and slogans like `提高政治站位,压实整改责任` are the notice's own parts; `关于“…”问题`,
//! `…方面` and `问题1:` items are issues.

use super::labels::{Shape, field_at};
use super::outline::Node;
use crate::vocab::contains_any;
use crate::vocab::headings::{ISSUE_WORDS, NOTICE_WORDS, SLOGAN_WORDS, WORK_WORD};

/// Whether a heading names a part of the notice rather than an issue.
pub(crate) fn is_notice_heading(h: &str) -> bool {
    !h.contains('“')
        && !h.contains('"')
        && (contains_any(h, NOTICE_WORDS)
            || is_slogan(h)
            // `具体整改情况`, `持续深化巡视整改`: the notice's own work, not a problem
            || (h.contains(WORK_WORD) && !contains_any(h, ISSUE_WORDS)))
}

/// A slogan heading of the notice itself: two short phrases joined by a comma, naming the
/// work (`提高政治站位,压实整改责任`), not a problem.
fn is_slogan(h: &str) -> bool {
    let h = h.trim_end_matches(['。', ';', '\u{ff1b}']);
    let mut parts = h.split([',', '\u{ff0c}']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let short = |p: &str| (2..=12).contains(&p.chars().count());
    short(a) && short(b) && !h.starts_with("关于") && contains_any(h, SLOGAN_WORDS)
}

/// Whether a heading reads as an issue: quoted, or naming a problem or an area.
fn looks_like_issue(h: &str) -> bool {
    h.contains('“') || h.contains('"') || contains_any(h, ISSUE_WORDS)
}

/// Whether a child of a notice section is itself a section (not an issue).
pub(crate) fn child_is_section(input: &str, c: &Node) -> bool {
    let h = &input[c.heading.range()];
    !is_problem(input, c)
        && (is_notice_heading(h) || (c.children.is_empty() && !looks_like_issue(h)))
}

/// `问题1:` items are problems (issues), never measures or notice sections, even without
/// sub-items; so are items that carry their own field labels (`整改情况:`).
pub(crate) fn is_problem(input: &str, c: &Node) -> bool {
    matches!(c.label.shape, Shape::Problem | Shape::FeedbackProblem)
        || c.body.iter().any(|b| field_at(&input[b.range()]).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_headings() {
        let cases = [
            ("巡察整改组织领导情况", true),
            ("提高政治站位,压实整改责任", true),
            ("具体整改情况", true),
            ("关于“选人用人不规范”问题的整改情况", false),
            ("党的领导弱化方面", false),
            ("关于财务管理不规范问题的整改", false),
            ("落实“第一议题”制度", false),
            ("强化理论武装", false),
        ];
        for (h, want) in cases {
            assert_eq!(is_notice_heading(h), want, "{h}");
        }
    }

    #[test]
    fn slogans_are_two_short_phrases() {
        assert!(is_slogan("坚持问题导向,健全长效机制。"));
        assert!(!is_slogan("关于落实,整改责任"));
        assert!(!is_slogan("一,二,三整改"));
        assert!(!is_slogan("加强学习,提高认识"));
    }
}
