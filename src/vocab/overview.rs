//! Overview vocabulary (总体情况用语): which declared-count slot a figure fills, from the
//! words on either side of it.
//!
//! A figure `{N}{classifier}` is read in this order; the first that names a slot decides:
//!
//! 1. its classifier, when the classifier is itself the noun ([`UNIT_SLOTS`]: `3大类`,
//!    `12大项问题`), or `类` before `问题` ([`CLASS_UNIT`]: `5类问题`);
//! 2. a status word right after it ([`STATUS_AFTER`]: `8个已完成整改`);
//! 3. the first status word of the clause before it ([`STATUS_WORDS`]:
//!    `已完成整改20个`, `基本完成…并持续整改问题4个`);
//! 4. the noun phrase after it ([`MODIFIERS`] then a head of [`HEADS`]:
//!    `3个方面`, `39个具体问题`, `86条整改落实具体措施`, `87项整改任务`);
//! 5. the noun the clause before it ends with ([`NOUNS_BEFORE`]: `反馈问题16个`,
//!    `整改措施27条`).
//!
//! A rule may name several slots: the first one still empty is filled (`12类问题` after
//! `4个方面` is the problems).
//! A clause holding a [`VETO`] word (`主动认领问题8个`) fills no slot: its figures are
//! other counts.

use crate::{IssueStatus, Slot};

use Slot::{
    Completed, InProgress, Measures, NotCompleted, PartiallyCompleted, ProblemCategories, Problems,
    SpecificProblems, Tasks,
};

/// Classifiers that are the noun of the count, with their slots.
pub(crate) const UNIT_SLOTS: &[(&str, &[Slot])] = &[
    ("方面", &[ProblemCategories]),
    ("大类", &[ProblemCategories]),
    ("大项", &[Problems]),
    ("子项", &[SpecificProblems]),
    ("小项", &[SpecificProblems]),
];

/// The classifier `类` counts categories, or the problems when the categories were read
/// before it (`4个方面12类问题`), when `问题` follows it.
pub(crate) const CLASS_UNIT: (&str, &str, &[Slot]) = ("类", "问题", &[ProblemCategories, Problems]);

/// Status words right after a count (`8个已完成整改`).
pub(crate) const STATUS_AFTER: &[(&str, Slot)] = &[
    ("已完成整改", Completed),
    ("已整改完成", Completed),
    ("已整改到位", Completed),
    ("已完成", Completed),
    ("已办结", Completed),
    ("已销号", Completed),
    ("正在整改", InProgress),
    ("正在推进", InProgress),
    ("持续推进", InProgress),
    ("需长期坚持", InProgress),
    ("长期坚持", InProgress),
];

/// Status words in the clause before a count; the first in the clause decides (the
/// longest where several start at one place: `未完成` over `完成`).
pub(crate) const STATUS_WORDS: &[(&str, Slot)] = &[
    ("已完成整改", Completed),
    ("已完成", Completed),
    ("完成整改", Completed),
    ("已整改完成", Completed),
    ("已整改到位", Completed),
    ("已整改", Completed),
    ("整改完成", Completed),
    ("已办结", Completed),
    ("已销号", Completed),
    ("完成", Completed),
    ("正在整改", InProgress),
    ("持续整改", InProgress),
    ("正在推进", InProgress),
    ("持续推进", InProgress),
    ("长期坚持", InProgress),
    ("需长期坚持", InProgress),
    ("整改中", InProgress),
    ("年内完成", InProgress),
    ("年底前完成", InProgress),
    ("限期完成", InProgress),
    ("计划完成", InProgress),
    ("阶段性完成", PartiallyCompleted),
    ("基本完成", PartiallyCompleted),
    ("阶段性整改", PartiallyCompleted),
    ("未完成", NotCompleted),
    ("尚未完成", NotCompleted),
    ("未整改", NotCompleted),
    ("未完成整改", NotCompleted),
];

/// Words after a problem count that say every one of them is put right
/// (`反馈的15个问题已全部完成整改`): the count is the completed count too. Each holds `已`,
/// so a plan (`力争年底前全部完成整改`) is none.
pub(crate) const ALL_COMPLETED: &[&str] = &[
    "已全部完成整改",
    "已全部整改完成",
    "已全部整改到位",
    "已全部完成",
    "已全部销号",
    "均已完成整改",
    "均已整改完成",
    "均已整改到位",
    "均已完成",
    "均已销号",
];

/// Words that may stand between a count and the head of its noun phrase. `具体`, `子项`
/// and `小项` make a problem count the specific problems.
pub(crate) const MODIFIERS: &[&str] = &[
    "整改", "落实", "反馈", "突出", "主要", "共性", "重点", "巡察", "巡视", "需", "要", "的",
    "具体", "子项", "小项", "大项",
];

/// Modifiers that make `问题` the specific problems (a finer tier).
pub(crate) const SPECIFIC: &[&str] = &["具体", "子项", "小项"];

/// Heads of a count's noun phrase, with their slots.
pub(crate) const HEADS: &[(&str, &[Slot])] = &[
    ("方面", &[ProblemCategories]),
    ("领域", &[ProblemCategories]),
    ("问题子类", &[ProblemCategories]),
    ("问题类别", &[ProblemCategories]),
    ("子类", &[ProblemCategories]),
    ("类别", &[ProblemCategories]),
    ("类问题", &[ProblemCategories, Problems]),
    ("问题", &[Problems]),
    ("措施", &[Measures]),
    ("举措", &[Measures]),
    ("任务", &[Tasks]),
];

/// The slots of a specific problem count (`39个具体问题`, `12子项问题`).
pub(crate) const SPECIFIC_SLOTS: &[Slot] = &[SpecificProblems];

/// Nouns the clause before a count ends with (`反馈问题16个`, `整改措施27条`).
pub(crate) const NOUNS_BEFORE: &[(&str, &[Slot])] = &[
    ("具体问题", &[SpecificProblems]),
    ("反馈问题", &[Problems]),
    ("反馈的问题", &[Problems]),
    ("存在的问题", &[Problems]),
    ("存在问题", &[Problems]),
    ("各类问题", &[Problems]),
    ("发现问题", &[Problems]),
    ("指出问题", &[Problems]),
    ("问题清单", &[Problems]),
    ("整改措施", &[Measures]),
    ("整改举措", &[Measures]),
    ("具体措施", &[Measures]),
    ("整改措施清单", &[Measures]),
    ("措施清单", &[Measures]),
    ("整改任务", &[Tasks]),
    ("任务清单", &[Tasks]),
];

/// Words that make a clause's figures other counts, never a slot: problems claimed or led
/// by someone (`主动认领问题8个`, `领办重点难点问题23项`), found by the unit itself
/// (`举一反三排查出的9个问题`), or of an earlier round (`上一轮巡察指出的6个问题`).
pub(crate) const VETO: &[&str] = &[
    "认领",
    "领办",
    "牵头",
    "交办",
    "包案",
    "督办",
    "举一反三",
    "上一轮",
    "上轮",
];

/// A character before a figure that makes it no count (`每一个问题`, `每3个月`).
pub(crate) const DISTRIBUTIVE: char = '每';

/// Words before a `%` figure that make it the completion rate.
pub(crate) const RATE_WORDS: &[&str] = &[
    "完成率",
    "整改完成率",
    "完成比例",
    "整改率",
    "办结率",
    "销号率",
];

/// Link characters between a clause's words and its figure (`整改完成率为88.9%`).
pub(crate) const LINKS: &[char] = &['为', '达', '了', '共', '到', '计', '的', '是'];

/// Words that open the as-of date (`截至2024年8月31日`).
pub(crate) const AS_OF: &[&str] = &["截至", "截止"];

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
