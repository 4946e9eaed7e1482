//! Debris of a careless Simplified→Traditional conversion (繁简转换残留): words that a
//! one-to-many character mapping gets wrong, reported when a Traditional notice holds them.

/// The debris words.
pub(crate) const DEBRIS: &[&str] = &[
    "乾部",
    "製定",
    "髮揮",
    "髮展",
    "麵對",
    "鬥爭",
    "後颱",
    "裏程",
    "瞭解決",
    "鍾點",
    "週邊",
];
