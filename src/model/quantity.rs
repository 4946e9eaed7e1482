//! `Money` and `Quantity`: exact figures with the words around them.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

use crate::Span;

/// How exactly a figure is stated: `约`, `近`, `余`, `以上` …
///
/// # Examples
///
/// ```
/// use xunshi::Qualifier;
/// assert_eq!(Qualifier::from_word("余"), Some(Qualifier::Over));
/// assert_eq!(Qualifier::Over.as_word(), "余");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// No qualifier: the figure is stated exactly.
    #[default]
    Exact,
    /// 约, 左右, 大约: about.
    About,
    /// 近, 将近: nearly (a little under).
    Nearly,
    /// 余, 多, 以上, 超过: over.
    Over,
    /// 不足, 不到: under.
    Under,
}

impl Qualifier {
    /// The canonical word, used when rendering (`余` for [`Qualifier::Over`]).
    pub fn as_word(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::About => "约",
            Qualifier::Nearly => "近",
            Qualifier::Over => "余",
            Qualifier::Under => "不足",
        }
    }

    /// Whether the word goes before the number (`约5人`) rather than after (`5余人`).
    pub fn is_prefix(self) -> bool {
        matches!(
            self,
            Qualifier::About | Qualifier::Nearly | Qualifier::Under
        )
    }
}

/// An amount of money (金额), exact, in yuan, with the text as written.
///
/// `236.47万元` is 2,364,700.00 yuan: the scale of the written figure is kept, never
/// rounded through a float.
///
/// # Syntax
///
/// `{约|近}{N}{余|多}{万|亿}元{以上|左右}`, with ASCII or full-width digits, thousands
/// separators (`1,062.38万元`) and 0–4 decimals.
///
/// # Examples
///
/// ```
/// use xunshi::{Money, Qualifier};
/// let m = Money::parse("236.47万元").unwrap();
/// assert_eq!(m.yuan.to_string(), "2364700.00");
/// assert_eq!(m.qualifier, Qualifier::Exact);
/// assert_eq!(Money::parse("300余万元").unwrap().qualifier, Qualifier::Over);
/// assert!(Money::parse("16.5万人").is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Money {
    /// The amount in yuan (元), exact.
    pub yuan: Decimal,
    /// The figure as written, e.g. `236.47万元`.
    pub text: String,
    /// How exactly the amount is stated.
    pub qualifier: Qualifier,
    /// Where the figure stands in the input.
    pub span: Span,
}

impl fmt::Display for Money {
    /// The amount as written; for an amount built in code with no text, `{约}{yuan}元{余}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.text.is_empty() {
            return f.write_str(&self.text);
        }
        let q = self.qualifier;
        if q.is_prefix() {
            write!(f, "{}{}元", q.as_word(), self.yuan)
        } else {
            write!(f, "{}{}元", self.yuan, q.as_word())
        }
    }
}

/// A counted figure with its classifier (量词): `17家`, `264.5亩`, `60人次`, `46.5%`.
///
/// `7个10亿元以上项目` is a count of 7 (`个`) followed by a threshold, never money.
///
/// # Syntax
///
/// `{约|近|共|累计}{N}{余|多}{万|亿}{classifier}`, the classifier one of 人, 人次, 名, 项,
/// 个, 家, 次, 场, 件, 条, 份, 亩, 台, 支, 所, 起, 元, 万元, 亿元, %, …
///
/// # Examples
///
/// ```
/// use xunshi::Quantity;
/// let q = Quantity::parse("16.5万人次").unwrap();
/// assert_eq!(q.value.to_string(), "165000.0");
/// assert_eq!(q.unit, "人次");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Quantity {
    /// The value, exact (`16.5万` is 165000.0).
    pub value: Decimal,
    /// The classifier as written after the number (`人`, `项`, `%`, `元` …).
    pub unit: Cow<'static, str>,
    /// How exactly the figure is stated.
    pub qualifier: Qualifier,
    /// Where the figure stands in the input.
    pub span: Span,
}

impl fmt::Display for Quantity {
    /// `{约}{value}{余}{unit}`: parsing it gives back the same value, unit and qualifier.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let q = self.qualifier;
        if q.is_prefix() {
            write!(f, "{}{}{}", q.as_word(), self.value, self.unit)
        } else {
            write!(f, "{}{}{}", self.value, q.as_word(), self.unit)
        }
    }
}

json_names!(Qualifier {
    Exact => "exact",
    About => "about",
    Nearly => "nearly",
    Over => "over",
    Under => "under",
});
