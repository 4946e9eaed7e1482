//! Institutions vocabulary (制度用语): `建立完善制度55项`.

/// The word an institutions count follows.
pub(crate) const WORD: &str = "制度";

/// Classifiers of an institutions count.
pub(crate) const UNITS: &[&str] = &["项", "个", "份", "条", "件"];
