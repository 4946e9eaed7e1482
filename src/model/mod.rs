//! The typed model of a report: plain data, one file per concept. Every type is
//! re-exported at the crate root.

pub(crate) mod contact;
pub(crate) mod date;
pub(crate) mod inspection;
pub(crate) mod issue;
pub(crate) mod outcomes;
pub(crate) mod overview;
pub(crate) mod passage;
pub(crate) mod penalty;
pub(crate) mod quantity;
pub(crate) mod report;
pub(crate) mod walk;
