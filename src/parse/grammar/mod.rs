//! The sub-grammars (语法), one file per part of a report. Each reads a piece of the
//! original text and returns model values with spans into it; the stages of
//! [`crate::parse`] decide which piece each one reads.
//!
//! | part | file |
//! |---|---|
//! | page chrome, publication stamp | [`chrome`] |
//! | title | [`title`] |
//! | team, scheme word | [`team`] |
//! | header sentence | [`header`] → [`phrase`] |
//! | declared counts | [`overview`] |
//! | penalties, institutions, funds | [`tallies`] → [`penalties`], [`institutions`], [`funds`] |
//! | heading labels, field labels | [`labels`] |
//! | heading tree | [`outline`] |
//! | issue or notice part | [`classify`] |
//! | issues, measures, notice sections | [`issues`] |
//! | issue and item titles | [`titles`] |
//! | `一是…二是…` | [`enumeration`] |
//! | next steps | [`next_steps`] |
//! | contact | [`contact`] |
//! | signature | [`signature`] |

pub(crate) mod chrome;
pub(crate) mod classify;
pub(crate) mod clauses;
pub(crate) mod contact;
pub(crate) mod enumeration;
pub(crate) mod funds;
pub(crate) mod header;
pub(crate) mod institutions;
pub(crate) mod issues;
pub(crate) mod labels;
pub(crate) mod next_steps;
pub(crate) mod outline;
pub(crate) mod overview;
pub(crate) mod penalties;
pub(crate) mod phrase;
pub(crate) mod signature;
pub(crate) mod tallies;
pub(crate) mod team;
pub(crate) mod title;
pub(crate) mod titles;

pub(crate) use super::Notes;
