//! Overview vocabulary (总体情况用语): which declared-count slot a figure fills, from the
//! words on either side of it.
//!
//! A figure `{N}{classifier}` fills the slot of the first rule that matches: the rule's
//! words stand [`Side::After`] the figure (`3个方面`, `8个已完成整改`) or
//! [`Side::Before`] it in the same clause (`已完成整改8个`, `整改措施27项`), or the
//! classifier itself names the slot ([`Side::Unit`], `3大类`). A rule may name several
//! slots: the first one still empty is filled (`具体问题` is the problem count unless
//! one was read before it).

use crate::{IssueStatus, Slot};

/// Where a rule's words stand relative to the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// Right after the figure's classifier.
    After,
    /// At the end of the clause before the figure.
    Before,
    /// The words are the figure's classifier.
    Unit,
}

/// Which classifiers a rule accepts.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Units {
    /// A classifier of a declared count ([`super::figures::COUNTED`]).
    Counted,
    /// Any classifier.
    Any,
    /// Only these.
    Only(&'static [&'static str]),
}

/// One rule: words on one side of a figure name the slot it fills.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    pub(crate) side: Side,
    pub(crate) words: &'static [&'static str],
    pub(crate) units: Units,
    pub(crate) slots: &'static [Slot],
}

const fn rule(
    side: Side,
    units: Units,
    words: &'static [&'static str],
    slots: &'static [Slot],
) -> Rule {
    Rule {
        side,
        words,
        units,
        slots,
    }
}

use Side::{After, Before, Unit};
use Units::{Any, Counted, Only};

/// The rules, tried in order; the first that matches decides.
pub(crate) const RULES: &[Rule] = &[
    rule(Unit, Any, &["方面", "大类"], &[Slot::ProblemCategories]),
    rule(
        After,
        Counted,
        &["方面", "大类"],
        &[Slot::ProblemCategories],
    ),
    rule(After, Only(&["类"]), &["问题"], &[Slot::ProblemCategories]),
    rule(
        After,
        Only(&["个"]),
        &["问题子类", "问题类别", "子类", "类别", "类问题"],
        &[Slot::ProblemCategories],
    ),
    rule(
        After,
        Counted,
        &["正在整改", "正在推进", "持续推进", "需长期坚持", "长期坚持"],
        &[Slot::InProgress],
    ),
    rule(
        After,
        Counted,
        &[
            "已完成整改",
            "已整改完成",
            "已整改到位",
            "已完成",
            "已办结",
            "已销号",
        ],
        &[Slot::Completed],
    ),
    rule(
        Before,
        Counted,
        &[
            "正在整改",
            "持续整改",
            "正在推进",
            "持续推进",
            "长期坚持",
            "需长期坚持",
            "整改中",
        ],
        &[Slot::InProgress],
    ),
    rule(
        Before,
        Counted,
        &["阶段性完成", "基本完成", "阶段性整改"],
        &[Slot::PartiallyCompleted],
    ),
    rule(
        Before,
        Counted,
        &["未完成", "尚未完成", "未整改", "未完成整改"],
        &[Slot::NotCompleted],
    ),
    rule(
        Before,
        Counted,
        &[
            "已完成整改",
            "已完成",
            "完成整改",
            "已整改完成",
            "已整改到位",
            "已整改",
            "整改完成",
            "已办结",
            "已销号",
            "完成",
        ],
        &[Slot::Completed],
    ),
    rule(
        After,
        Counted,
        &["具体问题"],
        &[Slot::Problems, Slot::SpecificProblems],
    ),
    rule(
        After,
        Counted,
        &["问题", "突出问题", "反馈问题", "主要问题", "方面问题"],
        &[Slot::Problems],
    ),
    rule(
        After,
        Counted,
        &[
            "整改举措",
            "整改措施",
            "具体措施",
            "具体整改措施",
            "措施",
            "举措",
            "整改任务",
            "项整改措施",
        ],
        &[Slot::Measures],
    ),
    rule(
        Before,
        Counted,
        &["整改措施", "整改举措", "整改任务", "具体措施"],
        &[Slot::Measures],
    ),
];

/// Words before a `%` figure that make it the completion rate.
pub(crate) const RATE_WORDS: &[&str] = &["完成率", "整改完成率", "完成比例", "整改率"];

/// Link characters between a clause's words and its figure (`整改完成率为88.9%`).
pub(crate) const LINKS: &[char] = &['为', '达', '了', '共', '到', '计'];

/// Words that open the as-of date (`截至2024年8月31日`).
pub(crate) const AS_OF: &[&str] = &["截至", "截止"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slot_has_a_rule() {
        for slot in Slot::ALL {
            let has = RULES.iter().any(|r| r.slots.contains(&slot));
            assert!(has, "{slot:?} has no rule");
        }
    }

    #[test]
    fn rules_have_words() {
        assert!(
            RULES
                .iter()
                .all(|r| !r.words.is_empty() && !r.slots.is_empty())
        );
    }
}

/// Status words of an issue's status field, tried in order: the first the label contains
/// names its status (`未完成` before `完成`, `正在整改…计划…完成` is in progress).
pub(crate) const STATUSES: &[(&str, IssueStatus)] = &[
    ("未完成", IssueStatus::NotCompleted),
    ("未整改", IssueStatus::NotCompleted),
    ("正在", IssueStatus::InProgress),
    ("持续", IssueStatus::InProgress),
    ("推进", IssueStatus::InProgress),
    ("整改中", IssueStatus::InProgress),
    ("阶段性", IssueStatus::PartiallyCompleted),
    ("基本完成", IssueStatus::PartiallyCompleted),
    ("完成", IssueStatus::Completed),
    ("到位", IssueStatus::Completed),
    ("已整改", IssueStatus::Completed),
    ("办结", IssueStatus::Completed),
    ("销号", IssueStatus::Completed),
];

impl IssueStatus {
    /// The status a status label names ([`IssueStatus::Other`] when none).
    pub fn from_label(label: &str) -> IssueStatus {
        STATUSES
            .iter()
            .find(|(w, _)| label.contains(w))
            .map_or(IssueStatus::Other, |(_, s)| *s)
    }
}

#[cfg(test)]
mod status_tests {
    use super::*;

    #[test]
    fn statuses() {
        let cases = [
            ("已完成", IssueStatus::Completed),
            ("已整改到位", IssueStatus::Completed),
            ("持续推进", IssueStatus::InProgress),
            ("正在整改,计划于2024年12月底前完成", IssueStatus::InProgress),
            ("基本完成", IssueStatus::PartiallyCompleted),
            ("未完成", IssueStatus::NotCompleted),
            ("见附件", IssueStatus::Other),
        ];
        for (l, s) in cases {
            assert_eq!(IssueStatus::from_label(l), s, "{l}");
        }
    }
}
