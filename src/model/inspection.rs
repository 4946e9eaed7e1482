//! `Inspection`: who inspected whom, when, and when they reported back.

use serde::{Deserialize, Serialize};

use crate::{PartialDate, Span};

/// 巡视 (by a provincial or central committee) or 巡察 (by a city or county committee, or a
/// ministry's party group).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// 巡视.
    Xunshi,
    /// 巡察 (also the frequent typo 巡查).
    Xuncha,
}

/// The kind of inspection (巡视/巡察类型), when the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InspectionKind {
    /// 常规.
    Regular,
    /// 专项.
    Special,
    /// 机动.
    Mobile,
    /// “回头看”.
    FollowUp,
    /// 提级.
    Elevated,
    /// 交叉.
    Cross,
    /// 政治.
    Political,
    /// 联动 / 上下联动.
    Linked,
}

impl InspectionKind {
    /// Every kind.
    pub const ALL: [InspectionKind; 8] = [
        InspectionKind::Elevated,
        InspectionKind::Cross,
        InspectionKind::Linked,
        InspectionKind::Regular,
        InspectionKind::Special,
        InspectionKind::Mobile,
        InspectionKind::Political,
        InspectionKind::FollowUp,
    ];
}

/// The inspection a notice reports on, read from its opening sentences (开头段).
///
/// # Syntax
///
/// `根据{authority}统一部署,{start}至{end},{team}对{target}开展了{kind}巡视。{date},{team}
/// 向{recipient}反馈了巡视意见。` — with the team before the period
/// (`{team}于{start}至{end}对…`), feedback fused into the first sentence
/// (`…并于{date}反馈了巡察意见`), dates with or without years.
///
/// # Examples
///
/// ```
/// use xunshi::{Report, Scheme};
/// let text = "根据市委统一部署,2023年4月10日至6月9日,市委第二巡察组对青溪县文旅局开展了常规巡察。\
///             7月20日,市委第二巡察组向青溪县文旅局党组反馈了巡察意见。现将整改情况予以公布。";
/// let report = Report::parse(text).unwrap();
/// let i = report.inspection.unwrap();
/// assert_eq!(i.scheme, Scheme::Xuncha);
/// assert_eq!(i.team.as_deref(), Some("市委第二巡察组"));
/// assert_eq!(i.team_number, Some(2));
/// assert_eq!(i.end.unwrap().to_string(), "2023-06-09");
/// assert_eq!(i.feedback_date.unwrap().to_string(), "2023-07-20");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Inspection {
    /// 巡视 or 巡察.
    pub scheme: Scheme,
    /// The body whose 统一部署 it was (`省委`), as written.
    pub authority: Option<String>,
    /// Regulations the header names as its basis (`中国共产党巡视工作条例` from
    /// `根据《中国共产党巡视工作条例》和省委统一部署`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<String>,
    /// The team as first written (`省委第六巡视组`).
    pub team: Option<String>,
    /// The team's number (`第六` → 6, `巡察三组` → 3).
    pub team_number: Option<u32>,
    /// How many teams, for `{N}个巡察组`.
    pub team_count: Option<u32>,
    /// Other spellings of the team found in the header (`巡察三组` beside `第三巡察组`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team_aliases: Vec<String>,
    /// The round (`第三轮` → 3), when the team or header names one.
    pub round: Option<u32>,
    /// The inspected unit (`青岚县`). When the notice names itself (`对我局开展了巡察`),
    /// the unit is its issuer, from the title or the signature without `中共`
    /// (`青岚县林业局党组`), and the words as written are in
    /// [`target_as_written`](Inspection::target_as_written); with no issuer to name it,
    /// the words as written stay here.
    pub target: Option<String>,
    /// The target as written when it is the notice naming itself (`我局`, `我院党组`) and
    /// [`target`](Inspection::target) holds the issuer instead; `None` otherwise.
    #[serde(default)]
    pub target_as_written: Option<String>,
    /// The short name given in `(以下简称…)`.
    pub target_alias: Option<String>,
    /// How many units, for `{a}、{b}等{N}家单位`.
    pub target_count: Option<u32>,
    /// The first kind word, when the text says (常规, 专项, 回头看 …).
    pub kind: Option<InspectionKind>,
    /// Every kind word, for combinations (`提级交叉巡察`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<InspectionKind>,
    /// First day of the on-site inspection.
    pub start: Option<PartialDate>,
    /// Last day of the on-site inspection.
    pub end: Option<PartialDate>,
    /// The period as written (`2024年3月18日至5月20日`).
    pub period_text: Option<String>,
    /// When the team fed back its findings.
    pub feedback_date: Option<PartialDate>,
    /// Whether the feedback date's year was taken from the period.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub feedback_year_inherited: bool,
    /// Who received the feedback (`青岚县委`); a self-reference (`向我院党组反馈`) is
    /// named as [`target`](Inspection::target) is, the words as written beside it.
    pub feedback_recipient: Option<String>,
    /// The recipient as written when it is the notice naming itself (`我院党组`) and
    /// [`feedback_recipient`](Inspection::feedback_recipient) holds the issuer instead.
    #[serde(default)]
    pub feedback_recipient_as_written: Option<String>,
    /// The opening paragraph the header was read from.
    pub span: Span,
}

impl Inspection {
    /// An inspection with only its scheme known.
    pub fn new(scheme: Scheme) -> Inspection {
        Inspection {
            scheme,
            authority: None,
            basis: Vec::new(),
            team: None,
            team_number: None,
            team_count: None,
            team_aliases: Vec::new(),
            round: None,
            target: None,
            target_as_written: None,
            target_alias: None,
            target_count: None,
            kind: None,
            kinds: Vec::new(),
            start: None,
            end: None,
            period_text: None,
            feedback_date: None,
            feedback_year_inherited: false,
            feedback_recipient: None,
            feedback_recipient_as_written: None,
            span: Span::default(),
        }
    }
}

json_names!(Scheme { Xunshi => "xunshi", Xuncha => "xuncha" });

json_names!(InspectionKind {
    Regular => "regular",
    Special => "special",
    Mobile => "mobile",
    FollowUp => "follow_up",
    Elevated => "elevated",
    Cross => "cross",
    Political => "political",
    Linked => "linked",
});
