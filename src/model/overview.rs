//! `Overview` (整改工作总体情况): declared counts and progress, each with its span.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{PartialDate, Quantity, Span};

/// A declared count with the words it was read from (`3个方面` → 3).
///
/// In JSON a count is a plain number; its span stands beside it in
/// `overview.count_spans`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Count {
    /// The number.
    pub value: u64,
    /// The figure in the input (`3个方面` → the span of `3个`).
    pub span: Span,
}

/// A completion rate in per cent with its span (`整改完成率88.9%` → 88.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rate {
    /// The rate in per cent, exact.
    pub value: Decimal,
    /// The figure in the input.
    pub span: Span,
}

/// The declared counts of an [`Overview`], by name.
///
/// # Examples
///
/// ```
/// use xunshi::Slot;
/// assert_eq!(Slot::ProblemCategories.name(), "problem_categories");
/// assert_eq!("in_progress".parse::<Slot>(), Ok(Slot::InProgress));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Slot {
    /// [`Overview::problem_categories`].
    ProblemCategories,
    /// [`Overview::problems`].
    Problems,
    /// [`Overview::specific_problems`].
    SpecificProblems,
    /// [`Overview::tasks`].
    Tasks,
    /// [`Overview::measures`].
    Measures,
    /// [`Overview::completed`].
    Completed,
    /// [`Overview::in_progress`].
    InProgress,
    /// [`Overview::partially_completed`].
    PartiallyCompleted,
    /// [`Overview::not_completed`].
    NotCompleted,
}

impl Slot {
    /// Every slot, in the order of the JSON fields.
    pub const ALL: [Slot; 9] = [
        Slot::ProblemCategories,
        Slot::Problems,
        Slot::SpecificProblems,
        Slot::Tasks,
        Slot::Measures,
        Slot::Completed,
        Slot::InProgress,
        Slot::PartiallyCompleted,
        Slot::NotCompleted,
    ];

    /// The JSON field name.
    pub const fn name(self) -> &'static str {
        match self {
            Slot::ProblemCategories => "problem_categories",
            Slot::Problems => "problems",
            Slot::SpecificProblems => "specific_problems",
            Slot::Tasks => "tasks",
            Slot::Measures => "measures",
            Slot::Completed => "completed",
            Slot::InProgress => "in_progress",
            Slot::PartiallyCompleted => "partially_completed",
            Slot::NotCompleted => "not_completed",
        }
    }
}

impl std::fmt::Display for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Slot {
    type Err = String;

    /// Reads a JSON field name.
    fn from_str(s: &str) -> Result<Slot, String> {
        Slot::ALL
            .into_iter()
            .find(|x| x.name() == s)
            .ok_or_else(|| {
                format!("expected an overview count name such as “problems”, found “{s}”")
            })
    }
}

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
/// use xunshi::{Report, Slot};
/// let text = "根据县委统一部署,2023年3月1日至4月28日,县委第一巡察组对县水利局开展了巡察。\
///             5月10日反馈了巡察意见。\n\
///             针对反馈的3个方面9个问题,制定整改措施27条。截至2023年8月31日,已完成整改8个、\
///             正在整改1个,整改完成率88.9%。\n";
/// let o = Report::parse(text).unwrap().overview.unwrap();
/// let n = |s: Slot| o.count(s).map(|c| c.value);
/// assert_eq!((n(Slot::ProblemCategories), n(Slot::Problems), n(Slot::Measures)), (Some(3), Some(9), Some(27)));
/// assert_eq!((n(Slot::Completed), n(Slot::InProgress)), (Some(8), Some(1)));
/// assert_eq!(&text[o.problems.unwrap().span.range()], "9个");
/// assert_eq!(o.completion_rate.unwrap().value.to_string(), "88.9");
/// assert_eq!(o.as_of.unwrap().to_string(), "2023-08-31");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Overview {
    /// Problem categories (`{N}个方面`, `{N}类问题`, `{N}个问题子类`).
    pub problem_categories: Option<Count>,
    /// Problems (`{N}个问题`, `{M}类问题` after `{N}个方面`, `反馈问题{N}个`); the
    /// specific problems when they are the only problem count (`12个问题子类、27个具体问题`
    /// → 27, also in [`Overview::specific_problems`]).
    pub problems: Option<Count>,
    /// Specific problems (`{K}个具体问题`, `{K}子项问题`): the finer tier problems are
    /// broken into, also when no other problem count is given.
    pub specific_problems: Option<Count>,
    /// Rectification tasks (`{N}项整改任务`, `整改任务{N}项`): a count of its own, often
    /// beside the measures (`细化32项整改任务、98条措施`).
    pub tasks: Option<Count>,
    /// Rectification measures (`{N}条整改举措`, `整改措施{N}项`).
    pub measures: Option<Count>,
    /// Problems whose rectification is complete (`已完成整改{N}个`).
    pub completed: Option<Count>,
    /// Problems still being rectified (`正在整改{N}个`, `持续整改{N}个`).
    pub in_progress: Option<Count>,
    /// Problems completed in stages (`阶段性完成{N}个`).
    pub partially_completed: Option<Count>,
    /// Problems not yet done (`未完成{N}个`).
    pub not_completed: Option<Count>,
    /// The completion rate in per cent (`整改完成率88.9%` → 88.9).
    pub completion_rate: Option<Rate>,
    /// The date progress is reported as of (`截至{date}`).
    pub as_of: Option<PartialDate>,
    /// Every other declared figure (meetings, lead units, documents …).
    pub quantities: Vec<Quantity>,
    /// The paragraphs the overview was read from.
    pub spans: Vec<Span>,
}

impl Overview {
    /// The count in `slot`.
    pub fn count(&self, slot: Slot) -> Option<Count> {
        match slot {
            Slot::ProblemCategories => self.problem_categories,
            Slot::Problems => self.problems,
            Slot::SpecificProblems => self.specific_problems,
            Slot::Tasks => self.tasks,
            Slot::Measures => self.measures,
            Slot::Completed => self.completed,
            Slot::InProgress => self.in_progress,
            Slot::PartiallyCompleted => self.partially_completed,
            Slot::NotCompleted => self.not_completed,
        }
    }

    /// The count in `slot`, for filling it.
    pub fn count_mut(&mut self, slot: Slot) -> &mut Option<Count> {
        match slot {
            Slot::ProblemCategories => &mut self.problem_categories,
            Slot::Problems => &mut self.problems,
            Slot::SpecificProblems => &mut self.specific_problems,
            Slot::Tasks => &mut self.tasks,
            Slot::Measures => &mut self.measures,
            Slot::Completed => &mut self.completed,
            Slot::InProgress => &mut self.in_progress,
            Slot::PartiallyCompleted => &mut self.partially_completed,
            Slot::NotCompleted => &mut self.not_completed,
        }
    }

    /// The progress counts (completed, in progress, partially completed, not completed).
    pub fn progress(&self) -> [Option<Count>; 4] {
        [
            self.completed,
            self.in_progress,
            self.partially_completed,
            self.not_completed,
        ]
    }
}

/// Where each declared count of an [`Overview`] stands, as written in JSON
/// (`count_spans`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct CountSpans {
    problem_categories: Option<Span>,
    problems: Option<Span>,
    specific_problems: Option<Span>,
    #[serde(default)]
    tasks: Option<Span>,
    measures: Option<Span>,
    completed: Option<Span>,
    in_progress: Option<Span>,
    partially_completed: Option<Span>,
    not_completed: Option<Span>,
    completion_rate: Option<Span>,
}

/// The JSON shape: counts as numbers, their spans beside them in `count_spans`.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
struct Json<Q, S> {
    problem_categories: Option<u64>,
    problems: Option<u64>,
    specific_problems: Option<u64>,
    #[serde(default)]
    tasks: Option<u64>,
    measures: Option<u64>,
    completed: Option<u64>,
    in_progress: Option<u64>,
    partially_completed: Option<u64>,
    not_completed: Option<u64>,
    completion_rate: Option<Decimal>,
    as_of: Option<PartialDate>,
    quantities: Q,
    spans: S,
    count_spans: CountSpans,
}

impl Serialize for Overview {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = |c: Option<Count>| c.map(|c| c.value);
        let at = |c: Option<Count>| c.map(|c| c.span);
        Json {
            problem_categories: v(self.problem_categories),
            problems: v(self.problems),
            specific_problems: v(self.specific_problems),
            tasks: v(self.tasks),
            measures: v(self.measures),
            completed: v(self.completed),
            in_progress: v(self.in_progress),
            partially_completed: v(self.partially_completed),
            not_completed: v(self.not_completed),
            completion_rate: self.completion_rate.map(|r| r.value),
            as_of: self.as_of,
            quantities: &self.quantities,
            spans: &self.spans,
            count_spans: CountSpans {
                problem_categories: at(self.problem_categories),
                problems: at(self.problems),
                specific_problems: at(self.specific_problems),
                tasks: at(self.tasks),
                measures: at(self.measures),
                completed: at(self.completed),
                in_progress: at(self.in_progress),
                partially_completed: at(self.partially_completed),
                not_completed: at(self.not_completed),
                completion_rate: self.completion_rate.map(|r| r.span),
            },
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Overview {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let j = Json::<Vec<Quantity>, Vec<Span>>::deserialize(d)?;
        let c = &j.count_spans;
        let count = |v: Option<u64>, s: Option<Span>| {
            v.map(|value| Count {
                value,
                span: s.unwrap_or_default(),
            })
        };
        Ok(Overview {
            problem_categories: count(j.problem_categories, c.problem_categories),
            problems: count(j.problems, c.problems),
            specific_problems: count(j.specific_problems, c.specific_problems),
            tasks: count(j.tasks, c.tasks),
            measures: count(j.measures, c.measures),
            completed: count(j.completed, c.completed),
            in_progress: count(j.in_progress, c.in_progress),
            partially_completed: count(j.partially_completed, c.partially_completed),
            not_completed: count(j.not_completed, c.not_completed),
            completion_rate: j.completion_rate.map(|value| Rate {
                value,
                span: c.completion_rate.unwrap_or_default(),
            }),
            as_of: j.as_of,
            quantities: j.quantities,
            spans: j.spans,
        })
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Overview {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Overview".into()
    }

    /// The JSON shape of the hand-written `Serialize`: counts as numbers, their spans
    /// beside them in `count_spans`.
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Json<Vec<Quantity>, Vec<Span>>>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_read_back_their_names() {
        for s in Slot::ALL {
            assert_eq!(s.name().parse::<Slot>(), Ok(s));
        }
        assert!("tasks_done".parse::<Slot>().is_err());
    }

    #[test]
    fn json_keeps_counts_as_numbers_and_spans_beside_them() {
        let mut o = Overview::default();
        *o.count_mut(Slot::Problems) = Some(Count {
            value: 9,
            span: Span::new(3, 5),
        });
        let v = serde_json::to_value(&o).unwrap();
        assert_eq!(v["problems"], 9);
        assert_eq!(v["count_spans"]["problems"]["start"], 3);
        assert!(v["count_spans"]["measures"].is_null());
        let back: Overview = serde_json::from_value(v).unwrap();
        assert_eq!(back, o);
    }
}
