//! `Outcomes` (整改成果): penalties, institutions and funds.

use serde::{Deserialize, Serialize};

use crate::{Money, Penalty, Span};

/// What a sum of money was (资金): refunded, recovered, recouped …
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FundsKind {
    /// 清退: money paid back (清退款项, 清退违规资金).
    Refunded,
    /// 挽回经济损失.
    RecoveredLosses,
    /// 追缴 / 收缴 (追回 and 收回 stay [`FundsKind::Other`], label kept).
    Recouped,
    /// Anything else; the words are in [`Funds::label`].
    Other,
}

/// A sum of money the rectification brought back (资金): `清退违规资金236.47万元`.
///
/// # Syntax
///
/// `{label}{money}`, the label beginning with 清退, 挽回, 追缴, 收缴, 追回, 收回 …;
/// `清查追回…共计{N}元` keeps the whole phrase as the label.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Funds {
    /// What the money was.
    pub kind: FundsKind,
    /// The words as written before the amount.
    pub label: String,
    /// The amount.
    pub amount: Money,
    /// Where the label and amount stand in the input.
    pub span: Span,
}

/// The results of the rectification as a whole (整改成果): penalty tallies, institutions
/// built, money recovered.
///
/// # Syntax
///
/// `给予党纪处分{N}人(…);政务处分{N}人(…);组织处理{N}人;诫勉{N}人;建立完善制度{N}项;
/// 清退{money},挽回经济损失{money}`
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Outcomes {
    /// The penalty tallies, in the order written.
    pub penalties: Vec<Penalty>,
    /// Institutions built or improved (建立完善制度 N 项).
    pub institutions: Option<u64>,
    /// Money refunded, recovered or recouped.
    pub funds: Vec<Funds>,
    /// The paragraphs the tallies were read from.
    pub spans: Vec<Span>,
}

impl Outcomes {
    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.penalties.is_empty() && self.institutions.is_none() && self.funds.is_empty()
    }
}

json_names!(FundsKind {
    Refunded => "refunded",
    RecoveredLosses => "recovered_losses",
    Recouped => "recouped",
    Other => "other",
});
