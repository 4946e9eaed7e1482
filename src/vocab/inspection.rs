//! Inspection vocabulary (巡视巡察用语): scheme words and kind words.

use super::{first_word, lookup};
use crate::{InspectionKind, Scheme};

/// The scheme words; `巡查` is the frequent typo for 巡察.
pub(crate) const SCHEMES: &[(&str, Scheme)] = &[
    ("巡视", Scheme::Xunshi),
    ("巡察", Scheme::Xuncha),
    ("巡查", Scheme::Xuncha),
];

/// The character every scheme word starts with: the parser finds scheme words from it.
pub(crate) const SCHEME_LEAD: char = '巡';

/// Kind words, in the order they are searched for (the canonical word of each kind is its
/// only one).
pub(crate) const KINDS: &[(&str, InspectionKind)] = &[
    ("提级", InspectionKind::Elevated),
    ("交叉", InspectionKind::Cross),
    ("联动", InspectionKind::Linked),
    ("常规", InspectionKind::Regular),
    ("专项", InspectionKind::Special),
    ("机动", InspectionKind::Mobile),
    ("政治", InspectionKind::Political),
    ("回头看", InspectionKind::FollowUp),
];

/// The announcement words a header ends with (宣布语: `现将整改情况予以公布`).
pub(crate) const ANNOUNCEMENT_ENDS: &[&str] = &[
    "予以公布",
    "予以公开",
    "报告如下",
    "通报如下",
    "公布如下",
    "向社会公开",
];

/// Words of the announcement and basis sentences that close the header
/// (`现将整改情况予以公布`, `按照巡察工作有关要求`): [`ANNOUNCEMENT_ENDS`] and these.
pub(crate) const ANNOUNCEMENT_WORDS: &[&str] = &["现将", "有关要求", "有关规定", "党务公开"];

/// The words the header's phrases stand between (开头段用语), read by the header
/// grammar: `根据{authority}(的)(统一)部署`, `对{target}开展(了){kind}巡察`,
/// `向{recipient}(集中)(进行了)反馈`.
pub(crate) const BASIS_LEADS: &[&str] = &["根据", "按照", "遵照", "依据"];

/// The words of scope before the arrangement (`统一部署`).
pub(crate) const ARRANGEMENT_SCOPES: &[&str] = &["统一", "总体", "工作"];

/// The arrangement words that end the authority's phrase.
pub(crate) const ARRANGEMENTS: &[&str] = &["部署", "安排"];

/// The verbs between the target and the kind (`对县林业局开展了常规巡察`).
pub(crate) const CONDUCT_VERBS: &[&str] = &["开展", "进行", "实施"];

/// The words of manner before 反馈 (`向县林业局党组集中进行了反馈`).
pub(crate) const FEEDBACK_MANNERS: &[&str] = &["进行了", "作了", "作出", "正式"];

/// Words that open the header sentence (`根据省委统一部署`).
pub(crate) const OPENINGS: &[&str] = &["根据", "按照"];

impl InspectionKind {
    /// The kind a word names.
    ///
    /// ```
    /// use xunshi::InspectionKind;
    /// assert_eq!(InspectionKind::from_word("机动"), Some(InspectionKind::Mobile));
    /// assert_eq!(InspectionKind::from_word("巡察"), None);
    /// ```
    pub fn from_word(word: &str) -> Option<InspectionKind> {
        lookup(KINDS, word)
    }

    /// The Chinese word.
    pub fn as_str(self) -> &'static str {
        first_word(KINDS, &self).unwrap_or("")
    }
}

impl Scheme {
    /// The Chinese word.
    pub fn as_str(self) -> &'static str {
        first_word(SCHEMES, &self).unwrap_or("")
    }
}

/// What a team feeds back, right after `反馈` (`反馈了巡察意见`, `反馈巡察情况`): a
/// sentence that feeds back anything else (`整改进展`, `整改方案`) is no feedback of the
/// inspection.
pub(crate) const FEEDBACK_OBJECTS: &[&str] = &["意见", "巡察情况", "巡视情况", "问题"];

/// The party bodies a unit's issuing name ends with (`…林业局党组`, `中共…县委员会`).
pub(crate) const UNIT_BODIES: &[&str] = &["党组", "党委", "委员会", "党工委", "党总支", "党支部"];

/// The words a notice names itself by as the inspected unit (自称): `我` or `本` and a unit
/// noun (`我局`, `本院`, `我单位`), maybe with its party body (`我院党组`, `我局领导班子`).
pub(crate) const SELF_LEADS: &[&str] = &["我", "本"];

/// The unit nouns after [`SELF_LEADS`], longest first where one starts another.
pub(crate) const SELF_UNITS: &[&str] = &[
    "单位", "公司", "集团", "中心", "学校", "医院", "局", "院", "委", "办", "校", "厅", "部", "会",
    "社", "所", "站", "馆", "行", "处", "室", "们",
];

/// What may follow a self-reference's unit noun: its party body or leadership.
pub(crate) const SELF_BODIES: &[&str] = &[
    "党组织",
    "党组",
    "党委",
    "党总支",
    "党支部",
    "领导班子",
    "班子",
];

/// Whether `target` is the notice naming itself (`我院党组`, `本单位`): a [`SELF_LEADS`]
/// word, a [`SELF_UNITS`] noun and at most a [`SELF_BODIES`] word. A place (`我县`, `我市`)
/// is not: its unit is the place, not the issuer.
pub(crate) fn is_self_reference(target: &str) -> bool {
    let Some(rest) = SELF_LEADS.iter().find_map(|l| target.strip_prefix(l)) else {
        return false;
    };
    SELF_UNITS
        .iter()
        .filter_map(|u| rest.strip_prefix(u))
        .any(|tail| tail.is_empty() || SELF_BODIES.contains(&tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_word() {
        for k in InspectionKind::ALL {
            assert_eq!(InspectionKind::from_word(k.as_str()), Some(k));
        }
        assert_eq!(KINDS.len(), InspectionKind::ALL.len());
        assert_eq!(Scheme::Xuncha.as_str(), "巡察");
    }

    #[test]
    fn self_reference_words() {
        assert!(is_self_reference("我院党组"));
        assert!(is_self_reference("本单位"));
        assert!(is_self_reference("我局领导班子"));
        assert!(is_self_reference("我们"));
        assert!(!is_self_reference("我县"));
        assert!(!is_self_reference("本市文旅局"));
        assert!(!is_self_reference("县林业局"));
    }

    #[test]
    fn every_scheme_word_starts_with_the_lead() {
        for (w, _) in SCHEMES {
            assert!(w.starts_with(SCHEME_LEAD), "{w}");
        }
    }
}
