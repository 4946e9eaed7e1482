//! Which headings are issues and which are parts of the notice (分类): `一、组织领导情况`
//! and slogans like `提高政治站位,压实整改责任` are the notice's own parts; `关于“…”问题`,
//! `…方面` and `问题1:` items are issues.

use super::labels::{Shape, field_at};
use super::outline::Node;
use crate::lex::text::sentence_end;
use crate::vocab::headings::ISSUE_TITLE_ENDS;
use crate::vocab::headings::{
    AREA_END, COUNT_SENTENCE_STARTS, DEFICIENCY_WORDS, FORWARD_OPENINGS, FORWARD_PLEDGES,
    FORWARD_WORDS, ISSUE_WORDS, NOTICE_WORDS, SLOGAN_WORDS, WORK_WORD,
};
use crate::vocab::{contains_any, ends_with_any, starts_with_any, word_set};

word_set!(ISSUE = ISSUE_WORDS);
word_set!(DEFICIENCY = DEFICIENCY_WORDS);
word_set!(NOTICE = NOTICE_WORDS);
word_set!(FORWARD = FORWARD_WORDS);
word_set!(SLOGAN = SLOGAN_WORDS);

/// Whether a heading names a part of the notice rather than an issue: not quoted, not an
/// area (`…方面`), no deficiency (`不到位`), and notice words, a slogan, or the notice's
/// own work (`具体整改情况`, `持续深化巡视整改`).
pub(crate) fn is_notice_heading(h: &str) -> bool {
    let h = h.trim_end_matches(['。', ':', '\u{ff1a}']);
    !h.contains('“')
        && !h.contains('"')
        && !h.ends_with(AREA_END)
        && (!h.starts_with("关于") || !ISSUE.is_match(h))
        && !DEFICIENCY.is_match(h)
        && (NOTICE.is_match(h) || is_slogan(h) || (h.contains(WORK_WORD) && !ISSUE.is_match(h)))
}

/// Whether a heading is written as an issue's title (`关于“…”问题的整改情况`,
/// `关于…的整改落实情况`): under an issue, such an item is a problem, not a measure.
pub(crate) fn is_issue_title(h: &str) -> bool {
    let h = h.trim_end_matches(['。', ':', '\u{ff1a}']);
    h.starts_with("关于")
        && (h.contains('“') || h.contains('"') || ends_with_any(h, ISSUE_TITLE_ENDS))
}

/// Whether a heading (and the paragraph after it) looks forward: the notice's closing plan
/// under a heading of its own (`三、持续巩固深化整改成果`, `四、今后工作打算`), whatever its
/// words, but no issue.
pub(crate) fn is_forward(h: &str, next: &str) -> bool {
    !h.contains('“')
        && !h.contains('"')
        && !ISSUE.is_match(h)
        && !DEFICIENCY.is_match(h)
        && (FORWARD.is_match(h)
            || starts_with_any(next, FORWARD_OPENINGS)
            || contains_any(&next[..sentence_end(next, 0)], FORWARD_PLEDGES))
}

/// Whether a heading is a sentence of declared counts rather than a title
/// (`截至2月10日,巡察反馈的…47个具体问题`).
pub(crate) fn is_count_sentence(h: &str) -> bool {
    starts_with_any(h, COUNT_SENTENCE_STARTS)
        || h.char_indices().any(|(i, c)| {
            c.is_ascii_digit()
                && (h[i + 1..].starts_with("个方面") || h[i + 1..].starts_with("个问题"))
        })
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
    short(a) && short(b) && !h.starts_with("关于") && SLOGAN.is_match(h)
}

/// Whether a heading reads as an issue: quoted, or naming a problem or an area.
fn looks_like_issue(h: &str) -> bool {
    h.contains('“') || h.contains('"') || ISSUE.is_match(h)
}

/// Whether a child of a notice section is itself a section (not an issue).
pub(crate) fn child_is_section(input: &str, c: &Node) -> bool {
    let h = &input[c.heading.range()];
    !is_problem(input, c)
        && (is_notice_heading(h)
            || is_count_sentence(h)
            || (c.children.is_empty() && !looks_like_issue(h)))
}

/// `问题1:` items are problems (issues), never measures or notice sections, even without
/// sub-items; so are items that carry their own field labels (`整改情况:`) and items
/// titled as issues (`关于“…”问题的整改情况`).
pub(crate) fn is_problem(input: &str, c: &Node) -> bool {
    matches!(c.label.shape, Shape::Problem | Shape::FeedbackProblem)
        || c.body.iter().any(|b| field_at(&input[b.range()]).is_some())
        || is_issue_title(&input[c.heading.range()])
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
            ("党组及班子成员的认识和态度", true),
            ("巡察反馈问题的整改情况", true),
            ("对照反馈问题,对标对表进行整改", true),
            ("落实全面从严治党主体责任不到位", false),
            ("关于上轮巡察反馈问题整改不彻底方面", false),
        ];
        for (h, want) in cases {
            assert_eq!(is_notice_heading(h), want, "{h}");
        }
    }

    #[test]
    fn forward_parts() {
        assert!(is_forward("持续巩固深化巡视整改成果", ""));
        assert!(is_forward(
            "坚持不懈推动高质量发展",
            "下一步,我们将持续用力。"
        ));
        assert!(is_forward("今后工作打算", ""));
        assert!(!is_forward("关于“持续深化改革不到位”问题", ""));
        assert!(!is_forward("巩固深化成果不到位的问题", ""));
        assert!(!is_forward("加强组织领导", "成立领导小组。"));
    }

    #[test]
    fn count_sentences() {
        assert!(is_count_sentence("截至2月10日,47个具体问题已整改"));
        assert!(is_count_sentence("针对反馈的4个方面33个问题"));
        assert!(!is_count_sentence("关于“三个方面”问题"));
    }

    #[test]
    fn slogans_are_two_short_phrases() {
        assert!(is_slogan("坚持问题导向,健全长效机制。"));
        assert!(!is_slogan("关于落实,整改责任"));
        assert!(!is_slogan("一,二,三整改"));
        assert!(!is_slogan("加强学习,提高认识"));
    }
}
