//! Penalty vocabulary (处分/处理用语): the categories a tally counts, the sanctions of a
//! breakdown, the hand-over phrases and the words that state a zero.
//!
//! The tally scanner's automaton is built from [`CATEGORIES`]; [`PenaltyCategory::from_label`]
//! and [`Sanction::from_label`] read the same tables.

use super::{first_word, lookup};
use crate::{PenaltyCategory, Sanction};

use PenaltyCategory as C;

/// Category words as written, the canonical label of each category first.
pub(crate) const CATEGORIES: &[(&str, PenaltyCategory)] = &[
    ("党纪处分", C::PartyDiscipline),
    ("党纪处理", C::PartyDiscipline),
    ("政务处分", C::GovernmentSanction),
    ("政纪处分", C::GovernmentSanction),
    ("党纪政务处分", C::PartyAndGovernment),
    ("党纪政纪处分", C::PartyAndGovernment),
    ("组织处理", C::OrganizationalHandling),
    ("诫勉", C::Admonishment),
    ("诫勉谈话", C::Admonishment),
    ("教育提醒", C::EducationReminder),
    ("批评教育", C::CriticismEducation),
    ("提醒谈话", C::ReminderTalk),
    ("谈话提醒", C::ReminderTalk),
    ("约谈提醒", C::ReminderTalk),
    ("批评帮助", C::CriticismHelp),
    ("责令检查", C::OrderedReview),
    ("责令作出检查", C::OrderedReview),
    ("责令作出书面检查", C::OrderedReview),
    ("责令书面检查", C::OrderedReview),
    ("问责", C::Accountability),
    ("追责问责", C::Accountability),
    ("问责追责", C::Accountability),
    ("追责", C::Accountability),
    ("立案", C::CaseFiled),
    ("立案审查", C::CaseFiled),
    ("立案审查调查", C::CaseFiled),
    ("党纪政务立案", C::CaseFiled),
    ("留置", C::Detention),
    ("移送司法机关", C::TransferredToJudiciary),
    ("移送检察机关", C::TransferredToJudiciary),
    ("移交司法机关", C::TransferredToJudiciary),
    ("交由纪委调查", C::TransferredToDiscipline),
    ("移交纪检监察机关", C::TransferredToDiscipline),
    ("移交纪委监委", C::TransferredToDiscipline),
    ("交由纪检监察机关调查", C::TransferredToDiscipline),
    ("通报批评", C::PublicCriticism),
    ("组织调整", C::OrganizationalAdjustment),
    ("岗位调整", C::OrganizationalAdjustment),
    ("调整岗位", C::OrganizationalAdjustment),
    ("调离岗位", C::OrganizationalAdjustment),
    ("第一种形态", C::FirstForm),
    ("第二种形态", C::SecondForm),
    ("第三种形态", C::ThirdForm),
    ("第四种形态", C::FourthForm),
    ("四种形态", C::FourForms),
];

/// Categories whose count follows a few words later (`运用“第一种形态”处理12人次`).
pub(crate) const LOOSE: &[PenaltyCategory] = &[
    C::FirstForm,
    C::SecondForm,
    C::ThirdForm,
    C::FourthForm,
    C::FourForms,
];

/// What may stand between a loose category and its count.
pub(crate) const LOOSE_GAP_CHARS: usize = 24;

/// Nouns of the people counted, between a category and its count (`问责干警3人`).
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "党员干部",
    "干部职工",
    "公职人员",
    "工作人员",
    "责任人员",
    "责任人",
    "领导干部",
    "干警",
    "干部",
    "党员",
    "人员",
    "同志",
    "职工",
    "书记",
    "负责人",
];

/// The words before a count written ahead of its category (`给予3名党员干部党纪处分`,
/// `对5名干部进行诫勉谈话`).
pub(crate) const COUNT_AHEAD_LEADS: &[&str] = &["给予了", "给予", "对", "、"];

/// Words between such a lead and its count (`对涉及的6名干部`, `给予其中2名干部`).
pub(crate) const COUNT_AHEAD_MODIFIERS: &[&str] = &["涉及的", "其中", "相关", "涉事"];

/// The verbs between the people counted ahead and their category (`对5名干部进行诫勉`).
pub(crate) const COUNT_AHEAD_VERBS: &[&str] = &["进行了", "进行", "给予了", "给予", "予以", "作出"];

/// The word after a list of kinds that says the count covers others like them
/// (`给予批评教育、提醒谈话等处理7人`).
pub(crate) const LIST_OTHERS: char = '等';

/// The class words that may follow [`LIST_OTHERS`] before the count, joined by `和`, `及`
/// or `、` (`诫勉等组织处理和纪律处分9人`), longest first.
pub(crate) const LIST_CLASSES: &[&str] = &[
    "党纪政务处分",
    "组织处理",
    "纪律处分",
    "党纪处分",
    "政务处分",
    "问责处理",
    "处理",
    "处分",
    "问责",
];

/// A breakdown that follows its total as a clause of its own
/// (`党纪政务处分15人,其中党纪处分10人、政务处分5人`): the word that opens it.
pub(crate) const BREAKDOWN_OPENING: &str = "其中";

/// The lighter measures that a total of accountability or of the first form is made of.
const LIGHTER: &[PenaltyCategory] = &[
    C::Admonishment,
    C::EducationReminder,
    C::CriticismEducation,
    C::ReminderTalk,
    C::CriticismHelp,
    C::OrderedReview,
    C::PublicCriticism,
    C::OrganizationalAdjustment,
    C::OrganizationalHandling,
    C::Combined,
];

/// Categories that may be the parts of a total written before them with `其中`, by the
/// total's category.
pub(crate) const PARTS_OF: &[(PenaltyCategory, &[PenaltyCategory])] = &[
    (
        C::PartyAndGovernment,
        &[C::PartyDiscipline, C::GovernmentSanction],
    ),
    (C::Accountability, LIGHTER),
    (C::FirstForm, LIGHTER),
    (
        C::FourForms,
        &[
            C::Admonishment,
            C::CriticismEducation,
            C::ReminderTalk,
            C::OrganizationalHandling,
            C::OrganizationalAdjustment,
            C::PartyDiscipline,
            C::GovernmentSanction,
            C::PartyAndGovernment,
            C::FirstForm,
            C::SecondForm,
            C::ThirdForm,
            C::FourthForm,
        ],
    ),
];

/// Sanctions written as tallies of their own (`给予党内警告处分2人`, `政务记过处分1人`):
/// the category they belong to and the sanction, which becomes the tally's breakdown.
pub(crate) const SANCTION_TALLIES: &[(&str, PenaltyCategory, Sanction)] = &[
    ("党内警告处分", C::PartyDiscipline, Sanction::Warning),
    ("党内警告", C::PartyDiscipline, Sanction::Warning),
    (
        "党内严重警告处分",
        C::PartyDiscipline,
        Sanction::SeriousWarning,
    ),
    ("党内严重警告", C::PartyDiscipline, Sanction::SeriousWarning),
    ("严重警告处分", C::PartyDiscipline, Sanction::SeriousWarning),
    ("严重警告", C::PartyDiscipline, Sanction::SeriousWarning),
    (
        "撤销党内职务处分",
        C::PartyDiscipline,
        Sanction::RemovalFromPartyPosts,
    ),
    (
        "撤销党内职务",
        C::PartyDiscipline,
        Sanction::RemovalFromPartyPosts,
    ),
    ("留党察看处分", C::PartyDiscipline, Sanction::Probation),
    ("留党察看", C::PartyDiscipline, Sanction::Probation),
    ("开除党籍处分", C::PartyDiscipline, Sanction::Expulsion),
    ("开除党籍", C::PartyDiscipline, Sanction::Expulsion),
    ("政务警告处分", C::GovernmentSanction, Sanction::Warning),
    ("政务警告", C::GovernmentSanction, Sanction::Warning),
    ("政务记过处分", C::GovernmentSanction, Sanction::Demerit),
    ("政务记过", C::GovernmentSanction, Sanction::Demerit),
    ("记过处分", C::GovernmentSanction, Sanction::Demerit),
    (
        "政务记大过处分",
        C::GovernmentSanction,
        Sanction::MajorDemerit,
    ),
    ("政务记大过", C::GovernmentSanction, Sanction::MajorDemerit),
    ("记大过处分", C::GovernmentSanction, Sanction::MajorDemerit),
    ("记大过", C::GovernmentSanction, Sanction::MajorDemerit),
    ("政务降级处分", C::GovernmentSanction, Sanction::Demotion),
    ("降级处分", C::GovernmentSanction, Sanction::Demotion),
    (
        "政务撤职处分",
        C::GovernmentSanction,
        Sanction::RemovalFromOffice,
    ),
    (
        "撤职处分",
        C::GovernmentSanction,
        Sanction::RemovalFromOffice,
    ),
    ("政务降级", C::GovernmentSanction, Sanction::Demotion),
    (
        "政务撤职",
        C::GovernmentSanction,
        Sanction::RemovalFromOffice,
    ),
    ("政务开除", C::GovernmentSanction, Sanction::Dismissal),
    ("开除公职处分", C::GovernmentSanction, Sanction::Dismissal),
    ("开除公职", C::GovernmentSanction, Sanction::Dismissal),
];

/// Words before a category that are not part of its label (`给予了党纪处分`).
const LABEL_PREFIXES: &[&str] = &["给予", "了"];

/// Sanction words of a breakdown (处分种类), the canonical label first.
pub(crate) const SANCTIONS: &[(&str, Sanction)] = &[
    ("党内警告", Sanction::Warning),
    ("警告", Sanction::Warning),
    ("严重警告", Sanction::SeriousWarning),
    ("党内严重警告", Sanction::SeriousWarning),
    ("撤销党内职务", Sanction::RemovalFromPartyPosts),
    ("留党察看", Sanction::Probation),
    ("开除党籍", Sanction::Expulsion),
    ("记过", Sanction::Demerit),
    ("记大过", Sanction::MajorDemerit),
    ("降级", Sanction::Demotion),
    ("撤职", Sanction::RemovalFromOffice),
    ("开除", Sanction::Dismissal),
    ("开除公职", Sanction::Dismissal),
];

/// The word before a government sanction that names its category (`政务记过`).
pub(crate) const GOVERNMENT_PREFIX: &str = "政务";

/// The word after a sanction (`记过处分`).
pub(crate) const SANCTION_SUFFIX: &str = "处分";

/// Verbs of a hand-over named in full (`交由区纪委调查2人`, `移交县监委处理1人`).
pub(crate) const HANDOVER_VERBS: &[&str] = &["交由", "移交", "移送"];

/// How a hand-over phrase ends before its count.
pub(crate) const HANDOVER_ENDS: &[&str] = &[
    "调查", "处理", "审查", "机关", "监委", "纪委", "立案", "查处", "线索",
];

/// Words that make a hand-over one to the judiciary, then to the discipline bodies.
pub(crate) const HANDOVER_KINDS: &[(&str, PenaltyCategory)] = &[
    ("司法", C::TransferredToJudiciary),
    ("检察", C::TransferredToJudiciary),
    ("公安", C::TransferredToJudiciary),
    ("纪", C::TransferredToDiscipline),
    ("监委", C::TransferredToDiscipline),
];

/// Words before a category that state a zero (`未有党员干部受到党纪处分`).
pub(crate) const ZERO_WORDS: &[&str] = &["未有", "没有", "未给予", "无人", "未发生"];

impl PenaltyCategory {
    /// The category a label names (`Other` when unknown).
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::PenaltyCategory;
    /// assert_eq!(PenaltyCategory::from_label("党纪处分"), PenaltyCategory::PartyDiscipline);
    /// assert_eq!(PenaltyCategory::from_label("谈话提醒"), PenaltyCategory::ReminderTalk);
    /// assert_eq!(PenaltyCategory::from_label("追责"), PenaltyCategory::Accountability);
    /// assert_eq!(PenaltyCategory::from_label("通报批评"), PenaltyCategory::PublicCriticism);
    /// assert_eq!(PenaltyCategory::from_label("函询"), PenaltyCategory::Other);
    /// ```
    pub fn from_label(label: &str) -> PenaltyCategory {
        let mut l = label;
        for p in LABEL_PREFIXES {
            l = l.strip_prefix(p).unwrap_or(l);
        }
        lookup(CATEGORIES, l)
            .or_else(|| SANCTION_TALLIES.iter().find(|t| t.0 == l).map(|t| t.1))
            .unwrap_or(C::Other)
    }

    /// The canonical Chinese label, used when rendering (`""` for `Combined` and `Other`,
    /// whose words are in the tally's label).
    pub fn as_label(self) -> &'static str {
        first_word(CATEGORIES, &self).unwrap_or("")
    }
}

impl Sanction {
    /// The sanction a label names (`Other` when unknown).
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::Sanction;
    /// assert_eq!(Sanction::from_label("党内严重警告"), Sanction::SeriousWarning);
    /// assert_eq!(Sanction::from_label("开除"), Sanction::Dismissal);
    /// assert_eq!(Sanction::from_label("政务记过"), Sanction::Demerit);
    /// assert_eq!(Sanction::from_label("留党察看处分"), Sanction::Probation);
    /// assert_eq!(Sanction::from_label("留党察看一年"), Sanction::Probation);
    /// assert_eq!(Sanction::from_label("通报"), Sanction::Other);
    /// ```
    pub fn from_label(label: &str) -> Sanction {
        // `政务记过`, `记过处分`, `政务警告处分`: the sanction with its category's word
        let bare = label.strip_suffix(SANCTION_SUFFIX).unwrap_or(label);
        let bare = bare.strip_prefix(GOVERNMENT_PREFIX).unwrap_or(bare);
        // `留党察看一年`: the longest sanction word the label starts with
        let leading = || {
            SANCTIONS
                .iter()
                .filter(|(w, _)| bare.starts_with(w))
                .max_by_key(|(w, _)| w.len())
                .map(|(_, s)| *s)
        };
        lookup(SANCTIONS, label)
            .or_else(|| lookup(SANCTIONS, bare))
            .or_else(leading)
            .unwrap_or(Sanction::Other)
    }

    /// The canonical Chinese label (`""` for `Other`).
    pub fn as_label(self) -> &'static str {
        first_word(SANCTIONS, &self).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_maps_back_to_its_category() {
        for (w, c) in CATEGORIES {
            assert_eq!(PenaltyCategory::from_label(w), *c, "{w}");
            assert_eq!(
                PenaltyCategory::from_label(&format!("给予{w}")),
                *c,
                "给予{w}"
            );
            assert_eq!(PenaltyCategory::from_label(c.as_label()), *c);
        }
        for (w, s) in SANCTIONS {
            assert_eq!(Sanction::from_label(w), *s, "{w}");
            assert_eq!(Sanction::from_label(s.as_label()), *s);
        }
    }

    #[test]
    fn canonical_labels() {
        let cases = [
            (C::PartyDiscipline, "党纪处分"),
            (C::Admonishment, "诫勉"),
            (C::ReminderTalk, "提醒谈话"),
            (C::Accountability, "问责"),
            (C::TransferredToDiscipline, "交由纪委调查"),
            (C::Combined, ""),
            (C::Other, ""),
        ];
        for (c, l) in cases {
            assert_eq!(c.as_label(), l);
        }
        assert_eq!(Sanction::Warning.as_label(), "党内警告");
    }

    #[test]
    fn sanction_tallies_name_their_category() {
        for (w, c, s) in SANCTION_TALLIES {
            assert_eq!(PenaltyCategory::from_label(w), *c, "{w}");
            assert!(c.allows(*s, w), "{w}");
        }
    }

    #[test]
    fn no_word_twice() {
        let mut all: Vec<&str> = CATEGORIES
            .iter()
            .map(|x| x.0)
            .chain(SANCTION_TALLIES.iter().map(|x| x.0))
            .collect();
        all.sort_unstable();
        let n = all.len();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
