//! Figure vocabulary (数量用语): classifiers (量词) and qualifiers (约, 余, 以上 …).

use crate::Qualifier;

/// Classifiers read after a number. Several share a first character (`人`, `人次`): the
/// longest that fits is taken. [`classifier`] reads them by a `match`; the tests hold the
/// two to each other.
#[cfg(test)]
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

/// Multipliers after a number (`万`, `亿`), with their factors ([`multiplier_at`] reads
/// them by a `match`; the tests hold the two to each other).
#[cfg(test)]
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
#[cfg(test)]
pub(crate) fn qualifiers(at: At) -> impl Iterator<Item = (&'static str, Qualifier)> {
    QUALIFIERS
        .iter()
        .filter(move |q| q.2 == at)
        .map(|q| (q.0, q.1))
}

/// The classifier `rest` starts with, the longest that fits: `CLASSIFIERS` by their
/// first character (a `match`, no table to search), the longer ones sharing it tried first.
/// The test `classifier_matches_the_table` holds it to the list.
pub(crate) fn classifier(rest: &str) -> Option<&'static str> {
    let mut chars = rest.chars();
    let c = chars.next()?;
    let tail = chars.as_str();
    let two = |second: char, long: &'static str, short: Option<&'static str>| {
        if tail.starts_with(second) {
            Some(long)
        } else {
            short
        }
    };
    match c {
        '%' => Some("%"),
        '\u{ff05}' => Some("\u{ff05}"),
        '个' if tail.starts_with("百分点") => Some("个百分点"),
        '个' => two('月', "个月", Some("个")),
        '平' if tail.starts_with("方米") => Some("平方米"),
        '人' => two('次', "人次", Some("人")),
        '家' => two('次', "家次", Some("家")),
        '件' => two('次', "件次", Some("件")),
        '场' => two('次', "场次", Some("场")),
        '项' => two('次', "项次", Some("项")),
        '公' => two('里', "公里", None),
        '小' if tail.starts_with('时') => Some("小时"),
        '小' => two('项', "小项", None),
        '方' => two('面', "方面", None),
        '大' if tail.starts_with('类') => Some("大类"),
        '大' => two('项', "大项", None),
        '子' => two('项', "子项", None),
        '万' => two('元', "万元", None),
        '亿' => two('元', "亿元", None),
        _ => single_classifier(c),
    }
}

/// The classifiers of one character that begins no longer one.
fn single_classifier(c: char) -> Option<&'static str> {
    Some(match c {
        '名' => "名",
        '次' => "次",
        '条' => "条",
        '份' => "份",
        '亩' => "亩",
        '台' => "台",
        '支' => "支",
        '所' => "所",
        '起' => "起",
        '篇' => "篇",
        '批' => "批",
        '户' => "户",
        '处' => "处",
        '间' => "间",
        '套' => "套",
        '辆' => "辆",
        '本' => "本",
        '期' => "期",
        '轮' => "轮",
        '天' => "天",
        '吨' => "吨",
        '笔' => "笔",
        '类' => "类",
        '位' => "位",
        '座' => "座",
        '栋' => "栋",
        '宗' => "宗",
        '块' => "块",
        '张' => "张",
        '册' => "册",
        '部' => "部",
        '元' => "元",
        '倍' => "倍",
        _ => return None,
    })
}

/// The qualifier word standing `at` that `rest` starts with, the longest first
/// ([`QUALIFIERS`] by their first character), and its length in bytes. The test
/// `qualifier_at_matches_the_table` holds it to the list.
pub(crate) fn qualifier_at(rest: &str, at: At) -> Option<(Qualifier, usize)> {
    let mut chars = rest.chars();
    let c = chars.next()?;
    let next = chars.next();
    let q = match (at, c, next) {
        (At::Before, '将', Some('近')) => (Qualifier::Nearly, 6),
        (At::Before, '大', Some('约')) => (Qualifier::About, 6),
        (At::Before, '超', Some('过')) => (Qualifier::Over, 6),
        (At::Before, '不', Some('足' | '到')) => (Qualifier::Under, 6),
        (At::Before, '约', _) => (Qualifier::About, 3),
        (At::Before, '近', _) => (Qualifier::Nearly, 3),
        (At::Before, '超', _) => (Qualifier::Over, 3),
        (At::AfterNumber, '余' | '多', _) => (Qualifier::Over, 3),
        (At::AfterUnit, '以', Some('上')) => (Qualifier::Over, 6),
        (At::AfterUnit, '左', Some('右')) => (Qualifier::About, 6),
        (At::AfterUnit, '余', _) => (Qualifier::Over, 3),
        _ => return None,
    };
    Some(q)
}

/// The byte length of the longest prefix qualifier word (`约`, `超过` …) that `before`
/// ends with; 0 for none.
pub(crate) fn before_len(before: &str) -> usize {
    let mut chars = before.chars();
    let Some(last) = chars.next_back() else {
        return 0;
    };
    let prev = chars.next_back();
    match (prev, last) {
        (Some('将'), '近')
        | (Some('大'), '约')
        | (Some('超'), '过')
        | (Some('不'), '足' | '到') => 6,
        (_, '约' | '近' | '超') => 3,
        _ => 0,
    }
}

/// The multiplier (`万`, `亿` … of `MULTIPLIERS`) that `rest` starts with, the longest
/// first, with its factor and its length in bytes.
pub(crate) fn multiplier_at(rest: &str) -> Option<(i64, usize)> {
    let mut chars = rest.chars();
    let c = chars.next()?;
    let next = chars.next();
    Some(match (c, next) {
        ('万', Some('亿')) => (1_000_000_000_000, 6),
        ('亿', _) => (100_000_000, 3),
        ('千', Some('万')) => (10_000_000, 6),
        ('万', _) => (10_000, 3),
        ('千', _) => (1_000, 3),
        _ => return None,
    })
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

    /// Short texts made of the words of every table, cut at every character: what the
    /// hand-written lookups are compared with their tables on.
    fn samples() -> Vec<String> {
        let qualifier_words = QUALIFIERS.iter().map(|q| q.0);
        let multiplier_words = MULTIPLIERS.iter().map(|m| m.0);
        let mut words: Vec<&str> = CLASSIFIERS
            .iter()
            .copied()
            .chain(qualifier_words)
            .chain(multiplier_words)
            .collect();
        words.extend([
            "", "x", "问题", "百", "分", "方", "米", "月", "过", "足", "到", "上",
        ]);
        let mut out = Vec::new();
        for a in &words {
            for b in &words {
                let s = format!("{a}{b}");
                let cuts: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
                for i in cuts {
                    out.push(s[i..].to_owned());
                    out.push(s[..i].to_owned());
                }
                out.push(s);
            }
        }
        out
    }

    #[test]
    fn classifier_matches_the_table() {
        for s in samples() {
            let want = CLASSIFIERS
                .iter()
                .filter(|w| s.starts_with(**w))
                .max_by_key(|w| w.len())
                .copied();
            assert_eq!(classifier(&s), want, "{s}");
        }
    }

    #[test]
    fn qualifier_at_matches_the_table() {
        for s in samples() {
            for at in [At::Before, At::AfterNumber, At::AfterUnit] {
                let want = qualifiers(at)
                    .find(|(w, _)| s.starts_with(w))
                    .map(|(w, q)| (q, w.len()));
                assert_eq!(qualifier_at(&s, at), want, "{s} {at:?}");
            }
            let before = qualifiers(At::Before)
                .filter(|(w, _)| s.ends_with(w))
                .map(|(w, _)| w.len())
                .max()
                .unwrap_or(0);
            assert_eq!(before_len(&s), before, "{s}");
            let multiplier = MULTIPLIERS
                .iter()
                .find(|(w, _)| s.starts_with(w))
                .map(|(w, m)| (*m, w.len()));
            assert_eq!(multiplier_at(&s), multiplier, "{s}");
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
