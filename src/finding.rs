//! Findings (发现的问题): what the parser noticed while reading and what
//! [`Report::validate`](crate::Report::validate) finds wrong, with the spans involved.
//!
//! Both the parser and the validator build [`Finding`]s; neither depends on the other.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::Span;

/// How serious a finding is.
///
/// # Examples
///
/// ```
/// use xunshi::Severity;
/// assert!(Severity::Info < Severity::Error);
/// assert_eq!(Severity::Warning.to_string(), "warning");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; not a mistake (a notice publishing fewer sections than it counts).
    Info,
    /// Probably a mistake in the text, or something the parser could not read for sure.
    Warning,
    /// The numbers or dates contradict each other.
    Error,
}

impl Severity {
    /// Every severity, least serious first.
    pub const ALL: [Severity; 3] = [Severity::Info, Severity::Warning, Severity::Error];

    /// The name used in JSON and on the command line (`warning`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The same as [`Severity::as_str`], named like the other enums' JSON names.
    pub const fn name(self) -> &'static str {
        self.as_str()
    }

    #[cfg(test)]
    pub(crate) const VARIANTS: &'static [Severity] = &Severity::ALL;
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Declares [`Code`] with its JSON names in one table, so `as_str` and serde agree.
macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// What a finding is about; serialised in snake_case (`breakdown_mismatch`).
        ///
        /// # Examples
        ///
        /// ```
        /// use xunshi::Code;
        /// assert_eq!(Code::BreakdownMismatch.as_str(), "breakdown_mismatch");
        /// assert_eq!(Code::NumberingGap.to_string(), "numbering_gap");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Code {
            /// Every code.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The name used in JSON (`breakdown_mismatch`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The same as [`Code::as_str`], named like the other enums' JSON names.
            pub const fn name(self) -> &'static str {
                self.as_str()
            }
        }
    };
}

codes! {
    /// A breakdown does not sum to its total.
    BreakdownMismatch = "breakdown_mismatch",
    /// A sanction listed under a category it does not belong to.
    SanctionCategory = "sanction_category",
    /// An enumeration skips a number.
    NumberingGap = "numbering_gap",
    /// An enumeration repeats a number or runs backwards.
    NumberingRepeat = "numbering_repeat",
    /// Dates out of order (start, end, feedback, signature).
    DateOrder = "date_order",
    /// Feedback long after the inspection ended.
    FeedbackLate = "feedback_late",
    /// A publication stamp long after the feedback.
    PublishedLate = "published_late",
    /// A declared count differs from what was found.
    DeclaredCountMismatch = "declared_count_mismatch",
    /// Progress counts do not sum to the problems.
    StatusSum = "status_sum",
    /// The completion rate does not match the counts.
    CompletionRate = "completion_rate",
    /// A negative amount of money.
    NegativeMoney = "negative_money",
    /// A count too large to be plausible (`413个方面`).
    ImplausibleCount = "implausible_count",
    /// The title says 巡视 and the body 巡察, or the reverse.
    SchemeMismatch = "scheme_mismatch",
    /// The title and the body disagree (round, team, kind).
    TitleBodyMismatch = "title_body_mismatch",
    /// A template placeholder left in (`党的XX大`).
    Placeholder = "placeholder",
    /// The text ends early, mid-sentence.
    Truncated = "truncated",
    /// Text glued before the first sentence.
    LeadingDebris = "leading_debris",
    /// A date that lost its separators reads more than one way.
    AmbiguousDate = "ambiguous_date",
    /// A date that cannot exist (2月30日, 13月).
    ImpossibleDate = "impossible_date",
    /// A number too large to hold.
    NumberOverflow = "number_overflow",
    /// A figure written so that no exact value can be read (`1.2.3万元`, `.5万元`).
    MalformedFigure = "malformed_figure",
    /// Traditional characters in the text.
    TraditionalCharacters = "traditional_characters",
    /// No header sentence was found.
    MissingHeader = "missing_header",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing the parser noticed or [`Report::validate`](crate::Report::validate) found.
///
/// # Examples
///
/// ```
/// use xunshi::{Code, Report, Severity};
/// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
///             给予党纪处分5人(党内警告2人,严重警告2人)。\n";
/// let findings = Report::parse(text).unwrap().validate();
/// let f = findings.iter().find(|f| f.code == Code::BreakdownMismatch).unwrap();
/// assert_eq!(f.severity, Severity::Error);
/// assert_eq!(f.message, "党纪处分 breakdown sums to 4 but the total is 5");
/// assert_eq!(&text[f.spans[0].range()], "党纪处分5人(党内警告2人,严重警告2人)");
/// assert_eq!(f.to_string(), "error[breakdown_mismatch]: 党纪处分 breakdown sums to 4 but the total is 5");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What it is about.
    pub code: Code,
    /// A sentence for people, naming the numbers and quoting the words.
    pub message: String,
    /// The places involved: the total first, then each part.
    pub spans: Vec<Span>,
}

impl Finding {
    /// A finding.
    pub fn new(
        severity: Severity,
        code: Code,
        message: impl Into<String>,
        spans: Vec<Span>,
    ) -> Finding {
        Finding {
            severity,
            code,
            message: message.into(),
            spans,
        }
    }
}

impl fmt::Display for Finding {
    /// `severity[code]: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {}", self.severity, self.code, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serde_names() {
        for code in Code::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            let back: Code = serde_json::from_str(&json).unwrap();
            assert_eq!(back, *code);
        }
        for s in Severity::ALL {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
        }
    }
}
