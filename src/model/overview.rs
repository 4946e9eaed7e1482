//! `Overview` (整改工作总体情况): declared counts and progress.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{PartialDate, Quantity, Span};

/// The declared counts and progress of a rectification, read from the paragraphs between
/// the header and the first issue section.
///
/// # Syntax
///
/// `反馈了{N}个方面{M}个问题` (a third tier `{K}个具体问题`), `{N}类问题`,
/// `{N}个问题子类`, `制定{N}条整改举措` / `整改措施{N}项`; progress
/// `截至{date},已完成整改{a}个、正在整改{b}个、整改完成率{P}%`. Chinese numerals are read
/// (`六个方面`).
///
/// # Examples
///
/// ```
/// use xunshi::Report;
/// let text = "根据县委统一部署,2023年3月1日至4月28日,县委第一巡察组对县水利局开展了巡察。\
///             5月10日反馈了巡察意见。\n\
///             针对反馈的3个方面9个问题,制定整改措施27条。截至2023年8月31日,已完成整改8个、\
///             正在整改1个,整改完成率88.9%。\n";
/// let o = Report::parse(text).unwrap().overview.unwrap();
/// assert_eq!((o.problem_categories, o.problems, o.measures), (Some(3), Some(9), Some(27)));
/// assert_eq!((o.completed, o.in_progress), (Some(8), Some(1)));
/// assert_eq!(o.completion_rate.unwrap().to_string(), "88.9");
/// assert_eq!(o.as_of.unwrap().to_string(), "2023-08-31");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Overview {
    /// Problem categories (`{N}个方面`, `{N}类问题`, `{N}个问题子类`).
    pub problem_categories: Option<u64>,
    /// Problems (`{N}个问题`; `{N}个具体问题` when it is the only problem count).
    pub problems: Option<u64>,
    /// A third tier, when given beside `{M}个问题` (`{K}个具体问题`).
    pub specific_problems: Option<u64>,
    /// Rectification measures (`{N}条整改举措`, `整改措施{N}项`).
    pub measures: Option<u64>,
    /// Problems whose rectification is complete (`已完成整改{N}个`).
    pub completed: Option<u64>,
    /// Problems still being rectified (`正在整改{N}个`, `持续整改{N}个`).
    pub in_progress: Option<u64>,
    /// Problems completed in stages (`阶段性完成{N}个`).
    pub partially_completed: Option<u64>,
    /// Problems not yet done (`未完成{N}个`).
    pub not_completed: Option<u64>,
    /// The completion rate in per cent (`整改完成率88.9%` → 88.9).
    pub completion_rate: Option<Decimal>,
    /// The date progress is reported as of (`截至{date}`).
    pub as_of: Option<PartialDate>,
    /// Every other declared figure (meetings, lead units, documents …).
    pub quantities: Vec<Quantity>,
    /// The paragraphs the overview was read from.
    pub spans: Vec<Span>,
    /// Where each declared count stands.
    pub count_spans: CountSpans,
}

/// Where each declared count of an [`Overview`] stands in the input.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CountSpans {
    /// Of [`Overview::problem_categories`].
    pub problem_categories: Option<Span>,
    /// Of [`Overview::problems`].
    pub problems: Option<Span>,
    /// Of [`Overview::specific_problems`].
    pub specific_problems: Option<Span>,
    /// Of [`Overview::measures`].
    pub measures: Option<Span>,
    /// Of [`Overview::completed`].
    pub completed: Option<Span>,
    /// Of [`Overview::in_progress`].
    pub in_progress: Option<Span>,
    /// Of [`Overview::partially_completed`].
    pub partially_completed: Option<Span>,
    /// Of [`Overview::not_completed`].
    pub not_completed: Option<Span>,
    /// Of [`Overview::completion_rate`].
    pub completion_rate: Option<Span>,
}

impl Overview {
    /// The count named `name` and its span slot.
    pub(crate) fn slot(&mut self, name: &str) -> (&mut Option<u64>, &mut Option<Span>) {
        let c = &mut self.count_spans;
        match name {
            "problem_categories" => (&mut self.problem_categories, &mut c.problem_categories),
            "problems" => (&mut self.problems, &mut c.problems),
            "specific_problems" => (&mut self.specific_problems, &mut c.specific_problems),
            "measures" => (&mut self.measures, &mut c.measures),
            "completed" => (&mut self.completed, &mut c.completed),
            "in_progress" => (&mut self.in_progress, &mut c.in_progress),
            "partially_completed" => (&mut self.partially_completed, &mut c.partially_completed),
            _ => (&mut self.not_completed, &mut c.not_completed),
        }
    }
}
