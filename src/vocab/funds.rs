//! Funds vocabulary (资金用语): the verbs that open a funds clause and the kind each names.

use crate::FundsKind;

/// Verbs that open a funds clause (`清退违规资金236.47万元`), in the order their kinds take
/// precedence when a label holds several (`收回清退违规资金` is refunded). Verbs of kind
/// `Other` open a clause but name no kind: the label is kept.
pub(crate) const VERBS: &[(&str, FundsKind)] = &[
    ("挽回", FundsKind::RecoveredLosses),
    ("清退", FundsKind::Refunded),
    ("追缴", FundsKind::Recouped),
    ("收缴", FundsKind::Recouped),
    ("追回", FundsKind::Other),
    ("收回", FundsKind::Other),
    ("退缴", FundsKind::Other),
    ("追收", FundsKind::Other),
    ("返还", FundsKind::Other),
    ("退还", FundsKind::Other),
];

/// Words between a label and its amount that are not part of the label (`共计48920元`).
pub(crate) const TOTAL_WORDS: &[&str] = &["共计", "合计", "共"];

impl FundsKind {
    /// The kind a label names: the first kind-naming verb of `VERBS` it contains.
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::FundsKind;
    /// assert_eq!(FundsKind::from_label("清退违规资金"), FundsKind::Refunded);
    /// assert_eq!(FundsKind::from_label("挽回经济损失"), FundsKind::RecoveredLosses);
    /// assert_eq!(FundsKind::from_label("追回应由个人承担的资金"), FundsKind::Other);
    /// ```
    pub fn from_label(label: &str) -> FundsKind {
        VERBS
            .iter()
            .find(|(w, k)| *k != FundsKind::Other && label.contains(w))
            .map_or(FundsKind::Other, |(_, k)| *k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        for (w, k) in VERBS {
            assert_eq!(FundsKind::from_label(&format!("{w}违规资金")), *k, "{w}");
        }
        assert_eq!(
            FundsKind::from_label("收回清退违规资金"),
            FundsKind::Refunded
        );
        assert_eq!(
            FundsKind::from_label("清退并挽回损失"),
            FundsKind::RecoveredLosses
        );
    }
}
