//! # xunshi
//!
//! Turns Chinese party inspection rectification reports — 巡视整改情况通报,
//! 巡察整改情况通报, 巡视整改进展情况的通报 — into typed, validated, source-linked data.
//!
//! [`Report::parse`] reads a notice into a [`Report`]: who inspected whom and when
//! ([`Inspection`]), the declared counts ([`Overview`]), penalty tallies and money
//! ([`Outcomes`]), the issue sections and their measures ([`Issue`], [`Measure`]), the next
//! steps, contact and signature. Every value carries a [`Span`] into the original text;
//! whatever the parser does not interpret is kept as a [`Passage`], so nothing is lost.
//! [`Report::validate`] says what does not add up.
//!
//! ```
//! use xunshi::{Report, Severity};
//!
//! let text = "根据市委统一部署,2024年3月4日至4月30日,市委第五巡察组对云澜市统计局党组开展了常规巡察。\
//! 6月12日,市委第五巡察组向云澜市统计局党组反馈了巡察意见。现将整改情况予以公布。\n\
//! 针对反馈的3个方面10个问题,制定整改措施32条。\n\
//! 给予党纪处分2人(党内警告1人,严重警告1人);诫勉3人;清退违规发放补贴6.48万元。\n\
//! 一、关于“统计数据质量管控不严”问题的整改情况\n\
//! (一)健全数据审核机制。修订审核办法2项,抽查企业报表260份。\n";
//! let report = Report::parse(text)?;
//! let inspection = report.inspection.as_ref().unwrap();
//! assert_eq!(inspection.team_number, Some(5));
//! assert_eq!(inspection.start.unwrap().to_string(), "2024-03-04");
//! let outcomes = report.outcomes.as_ref().unwrap();
//! assert_eq!(outcomes.penalties[0].total, Some(2));
//! assert_eq!(outcomes.funds[0].amount.yuan.to_string(), "64800.00");
//! // every value points back at its words
//! let p = &outcomes.penalties[0];
//! assert_eq!(&text[p.span.range()], "党纪处分2人(党内警告1人,严重警告1人)");
//! // 3 categories declared, 1 section published: an info finding, no errors
//! assert!(report.validate().iter().all(|f| f.severity < Severity::Error));
//! # Ok::<(), xunshi::ParseError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The pipeline, in the order data flows: text primitives and figures (`lex`) and the
// domain words (`vocab`) feed the parser's stages (`parse`), which build the `model`;
// `validate`, `render`, `coverage` and `diagnostics` read a finished model.
mod lex;
mod vocab;

mod parse;

mod error;
mod finding;
mod model;
mod span;

mod coverage;
#[cfg(feature = "diagnostics")]
pub mod diagnostics;
#[cfg(feature = "decode")]
mod input;
mod render;
#[cfg(feature = "schema")]
mod schema;
#[cfg(feature = "tables")]
pub mod tables;
mod validate;
#[cfg(feature = "view")]
pub mod view;

pub use error::{DateError, FigureError, ParseError, ParseErrorKind, Result, ValidationError};
pub use finding::{Code, Finding, Severity};
pub use model::contact::{Contact, Signature, Title};
pub use model::date::PartialDate;
pub use model::inspection::{Inspection, InspectionKind, Scheme};
pub use model::issue::{Issue, IssueStatus, Measure, NextStep, Section};
pub use model::outcomes::{Funds, FundsKind, Outcomes};
pub use model::overview::{Count, Overview, Rate, Slot};
pub use model::passage::{Passage, PassageKind};
pub use model::penalty::{Penalty, PenaltyCategory, PersonUnit, Sanction, SanctionCount};
pub use model::quantity::{Money, Qualifier, Quantity};
pub use model::report::{Coverage, Report};
pub use model::walk::{Part, Placed, Visit, visit_spans};
pub use span::{LineCol, LineIndex, Span, line_at};

#[cfg(feature = "decode")]
pub use input::{
    Decoded, InputError, InputErrorKind, MAX_BYTES, ReportId, UTF_8_LOSSY, decode, read_file,
};

#[cfg(feature = "schema")]
pub use schema::json_schema;

/// The decimal type of money and quantities, re-exported so users need not depend on it.
pub use rust_decimal;

/// The date library behind [`PartialDate::to_naive`], re-exported.
pub use chrono;

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
