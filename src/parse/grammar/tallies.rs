//! The outcome sentences (整改成果): penalty tallies, institutions and funds, read from one
//! paragraph at a time.
//!
//! `给予党纪处分37人(党内警告25人,严重警告6人,…);政务处分14人(…);组织处理3人;诫勉11人;
//! 建立完善制度29项;清退违规资金236.47万元,挽回经济损失1062.38万元`

use super::{Notes, funds, institutions, penalties};
use crate::{Outcomes, Span};

/// Reads the tallies in `s[span]` into `out`; `skip` receives the institutions clause, so
/// that its figure is not read again as a declared count.
pub(crate) fn scan(
    s: &str,
    span: Span,
    out: &mut Outcomes,
    skip: &mut Vec<Span>,
    notes: &mut Notes,
) {
    let before = out.penalties.len() + out.funds.len() + usize::from(out.institutions.is_some());
    penalties::scan(s, span, &mut out.penalties, notes);
    // the first count is kept; a later one is an institutions count all the same, not a
    // figure of the overview's
    if let Some((n, clause)) = institutions::scan(s, span) {
        out.institutions.get_or_insert(n);
        skip.push(clause);
    }
    let mut taken: Vec<Span> = out.penalties.iter().map(|p| p.span).collect();
    taken.sort_unstable();
    funds::scan(s, span, &taken, &mut out.funds);
    if out.penalties.len() + out.funds.len() + usize::from(out.institutions.is_some()) > before {
        out.spans.push(span);
    }
}
