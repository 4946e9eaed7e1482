//! `Passage`: text the parser kept but did not interpret.

use serde::{Deserialize, Serialize};

use crate::Span;

/// What kind of text a passage is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PassageKind {
    /// Page chrome around the notice: breadcrumbs, counters, UI words, information blocks.
    Chrome,
    /// Prose of the notice itself that no field holds (the lead of 下一步, a closing call).
    Prose,
    /// Anything else.
    Unknown,
}

/// A span of input kept as is (未识别文本): nothing is dropped.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Passage {
    /// What kind of text it is.
    pub kind: PassageKind,
    /// The text as written.
    pub text: String,
    /// Where it stands.
    pub span: Span,
}

json_names!(PassageKind { Chrome => "chrome", Prose => "prose", Unknown => "unknown" });
