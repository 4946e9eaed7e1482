//! Issue sections (问题整改情况), measures (整改措施), notice sections and next steps.

use serde::{Deserialize, Serialize};

use crate::{Quantity, Span};

/// One issue the inspection raised and what was done about it (反馈问题的整改情况).
///
/// # Syntax
///
/// `一、关于“{title}”问题的整改情况` followed by measures `(一){title}。{body}`; deeper
/// trees nest issues under areas: `(一)在“{area}”方面` → `1.关于“{title}”问题` → `(1)…`.
/// Labels `一、`, `(一)`, `1.`, `(1)`, `1、`, `问题1:`, `反馈问题一:` are all read; the level
/// of a label is the order in which its shape first appears.
///
/// # Examples
///
/// ```
/// use xunshi::Report;
/// let text = "根据县委统一部署,2023年3月1日至4月28日,县委第一巡察组对县水利局开展了巡察。\n\
///             一、关于“工程项目监管不严”问题的整改情况\n\
///             (一)完善项目台账。对在建的14个项目逐一建账。\n\
///             (二)开展专项检查。检查项目9个,整改问题21个。\n";
/// let report = Report::parse(text).unwrap();
/// let issue = &report.issues[0];
/// assert_eq!(issue.number, Some(1));
/// assert_eq!(issue.title, "工程项目监管不严");
/// assert_eq!(issue.measures.len(), 2);
/// assert_eq!(issue.measures[1].title, "开展专项检查");
/// assert_eq!(issue.measures[1].quantities.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Issue {
    /// The number of its label (`十一、` → 11), when it has one.
    pub number: Option<u32>,
    /// The label as written (`一、`, `(一)`, `问题1:`).
    pub label: String,
    /// The title: the words inside the quotes of `关于“…”`, else the heading without its
    /// label and formula words.
    pub title: String,
    /// The whole heading as written, label excluded.
    pub heading: String,
    /// Status written with a field label (`完成情况:已完成` → completed).
    pub status: Option<IssueStatus>,
    /// The status as written (`正在整改,计划于12月底前完成`).
    pub status_label: Option<String>,
    /// The measures taken for it.
    pub measures: Vec<Measure>,
    /// Sub-issues, for reports that nest issues under areas.
    pub children: Vec<Issue>,
    /// Prose that belongs to the issue but to no measure.
    pub text: Option<String>,
    /// Heading and body.
    pub span: Span,
}

/// How far an issue's rectification has come (整改进展), read from its status field.
///
/// # Examples
///
/// ```
/// use xunshi::IssueStatus;
/// assert_eq!(IssueStatus::from_label("已完成"), IssueStatus::Completed);
/// assert_eq!(IssueStatus::from_label("正在整改,计划于年底前完成"), IssueStatus::InProgress);
/// assert_eq!(IssueStatus::Completed.to_string(), "completed");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IssueStatus {
    /// 已完成, 已整改到位.
    Completed,
    /// 基本完成, 阶段性完成.
    PartiallyCompleted,
    /// 正在整改, 持续推进.
    InProgress,
    /// 未完成.
    NotCompleted,
    /// Words that name no known status; they are in [`Issue::status_label`].
    Other,
}

json_names!(IssueStatus {
    Completed => "completed",
    PartiallyCompleted => "partially_completed",
    InProgress => "in_progress",
    NotCompleted => "not_completed",
    Other => "other",
});

impl std::fmt::Display for IssueStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One measure taken (整改措施): a numbered paragraph under an issue, or an `一是…` item.
///
/// # Syntax
///
/// `(一){title}。{body}`, `1.{title}。{body}`, `一是{title}。{body}`, or a heading line
/// `(一){title}` followed by body paragraphs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Measure {
    /// The number of its label (`(三)` → 3, `二是` → 2).
    pub number: Option<u32>,
    /// The label as written.
    pub label: String,
    /// The heading sentence (up to the first `。`, without it).
    pub title: String,
    /// The whole body after the label, heading sentence included.
    pub text: String,
    /// The figures in the body.
    pub quantities: Vec<Quantity>,
    /// Titles of documents named in the body (`《…》`), without the brackets.
    pub documents: Vec<String>,
    /// Label and body.
    pub span: Span,
}

/// A part of the notice that is not an issue (组织领导情况, 已完成的整改事项): kept with its
/// heading; issues found under it are its `issues`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Section {
    /// The number of its label.
    pub number: Option<u32>,
    /// The label as written.
    pub label: String,
    /// The heading, label excluded.
    pub title: String,
    /// Its prose, when it has any.
    pub text: Option<String>,
    /// Issues listed under it.
    pub issues: Vec<Issue>,
    /// Notice sections under it.
    pub children: Vec<Section>,
    /// Heading and body.
    pub span: Span,
}

/// One item of the closing plan (下一步): `一是{title}。{text}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct NextStep {
    /// The number of its label.
    pub number: Option<u32>,
    /// The heading sentence.
    pub title: String,
    /// The whole item after the label.
    pub text: String,
    /// Label and text.
    pub span: Span,
}
