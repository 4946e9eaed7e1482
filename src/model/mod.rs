//! The typed model of a report: plain data, one file per concept.

pub mod contact;
pub mod date;
pub mod inspection;
pub mod issue;
pub mod outcomes;
pub mod overview;
pub mod passage;
pub mod penalty;
pub mod quantity;
pub mod report;
