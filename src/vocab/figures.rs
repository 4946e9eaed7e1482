//! Figure vocabulary (数量用语): classifiers (量词) and qualifiers (约, 余, 以上 …).

use std::sync::LazyLock;

use crate::Qualifier;

/// Classifiers read after a number. Several share a first character (`人`, `人次`): the
/// longest that fits is taken.
pub(crate) const CLASSIFIERS: &[&str] = &[
    "%",
    "\u{ff05}",
    "个",
    "个百分点",
    "个月",
    "平方米",
    "人",
    "人次",
    "家",
    "家次",
    "件",
    "件次",
    "场",
    "场次",
    "项",
    "项次",
    "公里",
    "小时",
    "方面",
    "大类",
    "万元",
    "亿元",
    "名",
    "次",
    "条",
    "份",
    "亩",
    "台",
    "支",
    "所",
    "起",
    "篇",
    "批",
    "户",
    "处",
    "间",
    "套",
    "辆",
    "本",
    "期",
    "轮",
    "天",
    "吨",
    "笔",
    "类",
    "位",
    "座",
    "栋",
    "宗",
    "块",
    "张",
    "册",
    "部",
    "元",
    "倍",
    "大项",
    "子项",
    "小项",
];

/// Classifiers a Chinese numeral may count (`六个方面`); others (`一把手`, `一级`) are prose.
pub(crate) const CHINESE_COUNTED: &[&str] = &[
    "个", "项", "条", "类", "大类", "方面", "家", "次", "批", "轮", "名", "人", "大项", "子项",
    "小项",
];

/// Classifiers of a declared count (`3个方面`, `27项`).
pub(crate) const COUNTED: &[&str] = &[
    "个", "项", "条", "类", "方面", "大类", "大项", "子项", "小项",
];

/// Multipliers after a number (`万`, `亿`), with their factors.
pub(crate) const MULTIPLIERS: &[(&str, i64)] = &[
    ("万亿", 1_000_000_000_000),
    ("亿", 100_000_000),
    ("千万", 10_000_000),
    ("万", 10_000),
    ("千", 1_000),
];

/// Where a qualifier word stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum At {
    /// Before the number: `约5人`.
    Before,
    /// Right after the number or its multiplier: `300余万元`, `5万余元`.
    AfterNumber,
    /// After the classifier: `10万元以上`.
    AfterUnit,
}

/// Qualifier words, longest first where one begins another (`将近` before `近`).
pub(crate) const QUALIFIERS: &[(&str, Qualifier, At)] = &[
    ("将近", Qualifier::Nearly, At::Before),
    ("大约", Qualifier::About, At::Before),
    ("超过", Qualifier::Over, At::Before),
    ("不足", Qualifier::Under, At::Before),
    ("不到", Qualifier::Under, At::Before),
    ("约", Qualifier::About, At::Before),
    ("近", Qualifier::Nearly, At::Before),
    ("超", Qualifier::Over, At::Before),
    ("余", Qualifier::Over, At::AfterNumber),
    ("多", Qualifier::Over, At::AfterNumber),
    ("以上", Qualifier::Over, At::AfterUnit),
    ("左右", Qualifier::About, At::AfterUnit),
    ("余", Qualifier::Over, At::AfterUnit),
];

/// The qualifier words standing at `at`, in table order.
pub(crate) fn qualifiers(at: At) -> impl Iterator<Item = (&'static str, Qualifier)> {
    QUALIFIERS
        .iter()
        .filter(move |q| q.2 == at)
        .map(|q| (q.0, q.1))
}

/// The prefix qualifier words (`约`, `超过` …), longest first.
pub(crate) static BEFORE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| qualifiers(At::Before).map(|q| q.0).collect());

/// For each first character, its classifiers, longest first.
static BY_FIRST: LazyLock<Vec<(char, Vec<&'static str>)>> = LazyLock::new(|| {
    let mut out: Vec<(char, Vec<&'static str>)> = Vec::new();
    for w in CLASSIFIERS {
        let Some(c) = w.chars().next() else { continue };
        match out.iter_mut().find(|e| e.0 == c) {
            Some(e) => e.1.push(w),
            None => out.push((c, vec![w])),
        }
    }
    for e in &mut out {
        e.1.sort_by_key(|w| std::cmp::Reverse(w.len()));
    }
    out.sort_by_key(|e| e.0);
    out
});

/// The classifier `rest` starts with, the longest that fits.
pub(crate) fn classifier(rest: &str) -> Option<&'static str> {
    let c = rest.chars().next()?;
    let at = BY_FIRST.binary_search_by_key(&c, |e| e.0).ok()?;
    BY_FIRST[at]
        .1
        .iter()
        .find(|w| rest.starts_with(**w))
        .copied()
}

impl Qualifier {
    /// The qualifier a word expresses.
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::Qualifier;
    /// assert_eq!(Qualifier::from_word("余"), Some(Qualifier::Over));
    /// assert_eq!(Qualifier::from_word("大约"), Some(Qualifier::About));
    /// assert_eq!(Qualifier::Over.as_word(), "余");
    /// ```
    pub fn from_word(word: &str) -> Option<Qualifier> {
        QUALIFIERS.iter().find(|q| q.0 == word).map(|q| q.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_classifier_wins() {
        let cases = [
            ("人次参与", Some("人次")),
            ("人参与", Some("人")),
            ("个百分点", Some("个百分点")),
            ("个月", Some("个月")),
            ("个问题", Some("个")),
            ("万元", Some("万元")),
            ("万人", None),
            ("％", Some("\u{ff05}")),
            ("abc", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(classifier(s), want, "{s}");
        }
    }

    #[test]
    fn every_classifier_is_found() {
        for w in CLASSIFIERS {
            assert_eq!(classifier(w), Some(*w));
        }
        for w in CHINESE_COUNTED.iter().chain(COUNTED) {
            assert!(CLASSIFIERS.contains(w), "{w}");
        }
    }

    #[test]
    fn qualifier_words() {
        for (w, q, _) in QUALIFIERS {
            assert_eq!(Qualifier::from_word(w), Some(*q), "{w}");
        }
        assert_eq!(Qualifier::Over.as_word(), "余");
    }
}
