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

/// Traditional forms of characters that every notice of the genre writes (通報, 問題, 巡察組,
/// 情況, 黨組, 關於 …), none of them a Simplified character: a text that holds a few of them
/// is read as Traditional, wherever they stand.
pub(crate) const MARKERS: &[&str] = &["報", "問", "題", "組", "況", "對", "關", "黨"];
