//! `Report`: the root of the model.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::{
    Contact, Finding, Inspection, Issue, NextStep, Outcomes, Overview, PartialDate, Passage,
    PassageKind, Section, Severity, Signature, Span, Title,
};

/// One rectification notice (巡视/巡察整改情况通报), read into typed, source-linked data.
///
/// # Syntax
///
/// ```text
/// [page chrome]            → unrecognized (Passage, kind chrome); 发布时间 → published
/// [title]                  → title
/// 根据…统一部署,…反馈了…意见。 → inspection
/// [overview paragraphs]    → overview
/// 给予党纪处分…            → outcomes
/// 一、关于“…”问题的整改情况 → issues (measures, children); 组织领导情况 → sections
/// 下一步,…一是…            → next_steps
/// 联系电话:…               → contact
/// {issuer} / {date}        → signature
/// ```
///
/// # Examples
///
/// ```
/// use xunshi::Report;
/// let text = "中共青溪县委员会关于县委第二轮巡察整改情况的通报\n\
///             根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县农业农村局开展了常规巡察。\
///             7月20日,县委第一巡察组向县农业农村局党组反馈了巡察意见。现将整改情况予以公布。\n\
///             在整改中,给予党纪处分3人(党内警告2人,严重警告1人);诫勉2人;清退违规资金12.5万元。\n\
///             一、关于“惠农资金发放不规范”问题的整改情况\n\
///             (一)全面清理补贴台账。核查补贴项目6类,追回多发资金3.2万元。\n\
///             中共青溪县农业农村局党组\n2023年10月8日\n";
/// let report = Report::parse(text).unwrap();
/// assert_eq!(report.inspection.as_ref().unwrap().target.as_deref(), Some("县农业农村局"));
/// let outcomes = report.outcomes.as_ref().unwrap();
/// assert_eq!(outcomes.penalties[0].total, Some(3));
/// assert_eq!(outcomes.funds[0].amount.yuan.to_string(), "125000.0");
/// assert_eq!(report.issues[0].measures[0].title, "全面清理补贴台账");
/// assert_eq!(report.signature.as_ref().unwrap().date.unwrap().to_string(), "2023-10-08");
/// assert!(report.validate().iter().all(|f| f.severity != xunshi::Severity::Error));
/// assert!(report.coverage(text).is_complete());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Report {
    /// The title, when the text has one.
    pub title: Option<Title>,
    /// A publication stamp found in page chrome (`发布时间:{date}`), distinct from the
    /// signature date.
    pub published: Option<PartialDate>,
    /// The chrome line the publication stamp was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_span: Option<Span>,
    /// Who inspected whom and when.
    pub inspection: Option<Inspection>,
    /// Declared counts and progress.
    pub overview: Option<Overview>,
    /// Penalties, institutions and funds for the rectification as a whole.
    pub outcomes: Option<Outcomes>,
    /// The issue sections, in order.
    pub issues: Vec<Issue>,
    /// Parts of the notice that are not issues (组织领导情况 …), with any issues under them.
    pub sections: Vec<Section>,
    /// The lead of the closing plan, before its first item (`下一步,…将…。`).
    pub next_steps_intro: Option<Passage>,
    /// The closing plan (下一步).
    pub next_steps: Vec<NextStep>,
    /// Contact details.
    pub contact: Option<Contact>,
    /// Issuer and date.
    pub signature: Option<Signature>,
    /// Text kept but not interpreted, in order.
    pub unrecognized: Vec<Passage>,
    /// What the parser noticed while reading (ambiguous dates, overflowing numbers, an
    /// early end, Traditional characters); [`Report::validate`] returns these first, then
    /// its own checks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parse_findings: Vec<Finding>,
}

impl Report {
    /// Reads a report, keeping what the text says even when it does not add up.
    ///
    /// # Errors
    ///
    /// [`ParseErrorKind::Empty`] for empty or whitespace-only text, and
    /// [`ParseErrorKind::NotAReport`] for text with no header, title or inspection team.
    pub fn parse(text: &str) -> Result<Report, ParseError> {
        crate::parse::parse(text)
    }

    /// Reads a report and fails when [`Report::validate`] finds any error.
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::{ParseErrorKind, Report};
    /// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
    ///             给予党纪处分5人(党内警告2人,严重警告2人)。\n";
    /// assert!(Report::parse(text).is_ok());
    /// let err = Report::parse_strict(text).unwrap_err();
    /// assert!(matches!(err.kind(), ParseErrorKind::Invalid(f) if f.len() == 1));
    /// ```
    pub fn parse_strict(text: &str) -> Result<Report, ParseError> {
        let report = Report::parse(text)?;
        let errors: Vec<Finding> = report
            .validate()
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        if errors.is_empty() {
            Ok(report)
        } else {
            let span = errors[0].spans.first().copied();
            let quote = span.and_then(|s| s.slice(text)).unwrap_or("");
            Err(ParseError::new(
                ParseErrorKind::Invalid(errors),
                span,
                quote,
            ))
        }
    }

    /// Everything that does not add up or looks wrong, with the spans involved.
    pub fn validate(&self) -> Vec<Finding> {
        crate::validate::validate(self)
    }

    /// The canonical text of the report; parsing it gives back the same report apart
    /// from spans. Fields are written in Simplified characters; the passages of a notice
    /// read as Traditional are written as they stand, or in Simplified characters too when
    /// too few Traditional ones would be left for the text to read as Traditional again.
    pub fn render(&self) -> String {
        crate::render::render(self)
    }

    /// How much of `input` (the text this report was parsed from) lies inside an extracted
    /// element and how much was kept as passages.
    pub fn coverage(&self, input: &str) -> Coverage {
        crate::coverage::coverage(self, input)
    }

    /// The passages of one kind.
    pub fn passages(&self, kind: PassageKind) -> impl Iterator<Item = &Passage> {
        self.unrecognized.iter().filter(move |p| p.kind == kind)
    }
}

impl FromStr for Report {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Report::parse(s)
    }
}

impl std::fmt::Display for Report {
    /// The canonical rendering ([`Report::render`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

/// How much of the input a parse accounted for: see [`Report::coverage`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Coverage {
    /// Non-whitespace characters inside an extracted element's span.
    pub interpreted: usize,
    /// Non-whitespace characters inside a passage only.
    pub passages: usize,
    /// Runs of non-whitespace characters inside no span at all (should be empty).
    pub uncovered: Vec<Span>,
    /// Non-whitespace characters in the input.
    pub total: usize,
}

impl Coverage {
    /// Whether every non-whitespace character lies inside some span.
    pub fn is_complete(&self) -> bool {
        self.uncovered.is_empty()
    }
}
