//! `Contact` (联系方式) and `Signature` (落款).

use serde::{Deserialize, Serialize};

use crate::{PartialDate, Span};

/// How the public can reach the issuer (联系方式).
///
/// # Syntax
///
/// `联系电话:{phone};邮政信箱:{address}(邮编:{code});电子邮箱:{email}`, also `网址:`,
/// `工作时间:`, on one line or several.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Contact {
    /// Telephone numbers as written.
    pub phones: Vec<String>,
    /// The postal address (邮政信箱 / 通信地址).
    pub address: Option<String>,
    /// The postcode (邮编).
    pub postcode: Option<String>,
    /// E-mail addresses.
    pub emails: Vec<String>,
    /// Web sites.
    pub websites: Vec<String>,
    /// Office hours as written.
    pub hours: Option<String>,
    /// The lines the contact was read from.
    pub span: Span,
}

/// Who issued the notice and when (落款): the body on one line, the date on the next.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Signature {
    /// The issuing body (`中共青岚县委`).
    pub issuer: Option<String>,
    /// The date.
    pub date: Option<PartialDate>,
    /// Issuer and date.
    pub span: Span,
}

/// A title (标题), kept with what it says.
///
/// # Syntax
///
/// `【{tag}】中共{issuer}关于{round}巡视|巡察整改(进展)情况的通报`; the genre is the tail
/// from `整改` on (`整改进展情况的通报`, `集中整改进展情况的通报`, `整改情况的报告` …).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Title {
    /// The title as written: lines joined without the line break, a column tag left out
    /// (it is in [`Title::tag`]).
    pub text: String,
    /// The issuer before `关于`, when written.
    pub issuer: Option<String>,
    /// The round or team between `关于` and the genre (`十二届市委第三轮巡察`).
    pub round: Option<String>,
    /// The round's number (`第三轮` → 3).
    pub round_number: Option<u32>,
    /// A team named in the title instead of a round (`区委第三巡察组`).
    pub team: Option<String>,
    /// The genre words (`整改进展情况的通报`).
    pub genre: Option<String>,
    /// 巡视 or 巡察, when the title says.
    pub scheme: Option<crate::Scheme>,
    /// A column tag before the title (`巡察整改` from `【巡察整改】`).
    pub tag: Option<String>,
    /// Where the title stands.
    pub span: Span,
}
