//! Penalty tallies (处分/处理): `Penalty`, `PenaltyCategory`, `Sanction`, `SanctionCount`.

use serde::{Deserialize, Serialize};

use crate::Span;
use crate::error::ValidationError;

/// The kind of measure a tally counts (处理方式).
///
/// # Examples
///
/// ```
/// use xunshi::PenaltyCategory;
/// assert_eq!(PenaltyCategory::from_label("党纪处分"), PenaltyCategory::PartyDiscipline);
/// assert_eq!(PenaltyCategory::from_label("谈话提醒"), PenaltyCategory::ReminderTalk);
/// assert_eq!(PenaltyCategory::from_label("通报批评"), PenaltyCategory::PublicCriticism);
/// assert_eq!(PenaltyCategory::from_label("函询"), PenaltyCategory::Other);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PenaltyCategory {
    /// 党纪处分: party discipline (中国共产党纪律处分条例).
    PartyDiscipline,
    /// 政务处分: government sanctions (公职人员政务处分法).
    GovernmentSanction,
    /// 党纪政务处分: party and government sanctions counted together.
    PartyAndGovernment,
    /// 组织处理.
    OrganizationalHandling,
    /// 诫勉 / 诫勉谈话.
    Admonishment,
    /// 教育提醒.
    EducationReminder,
    /// 批评教育.
    CriticismEducation,
    /// 提醒谈话 / 谈话提醒.
    ReminderTalk,
    /// 批评帮助.
    CriticismHelp,
    /// 责令检查 / 责令作出书面检查.
    OrderedReview,
    /// 问责 / 追责问责.
    Accountability,
    /// 立案 / 立案审查调查.
    CaseFiled,
    /// 留置.
    Detention,
    /// 移送司法机关 / 移送检察机关.
    TransferredToJudiciary,
    /// 交由纪委调查 / 移交纪检监察机关.
    TransferredToDiscipline,
    /// 通报批评.
    PublicCriticism,
    /// 组织调整 / 岗位调整 / 调整岗位.
    OrganizationalAdjustment,
    /// 运用监督执纪“第一种形态”处理: the mildest of the four forms of supervision.
    FirstForm,
    /// “第二种形态”: lighter party discipline and government sanctions, major adjustments.
    SecondForm,
    /// “第三种形态”: heavy party discipline and government sanctions, major post changes.
    ThirdForm,
    /// “第四种形态”: cases of serious violations, placed on file and investigated.
    FourthForm,
    /// 运用“四种形态”处理: the four forms counted together.
    FourForms,
    /// One count over several kinds (`给予批评教育、提醒谈话、责令检查18人`): the kinds
    /// are in [`Penalty::kinds`]; the count is never split.
    Combined,
    /// Anything else; the words are in [`Penalty::label`].
    Other,
}

impl PenaltyCategory {
    /// Whether a sanction may appear in this category's breakdown.
    pub fn allows(self, sanction: Sanction, label: &str) -> bool {
        use Sanction::*;
        match self {
            PenaltyCategory::PartyDiscipline => {
                matches!(
                    sanction,
                    Warning
                        | SeriousWarning
                        | RemovalFromPartyPosts
                        | Probation
                        | Expulsion
                        | Other
                ) && !label.contains("政务")
            }
            PenaltyCategory::GovernmentSanction => {
                matches!(
                    sanction,
                    Warning
                        | Demerit
                        | MajorDemerit
                        | Demotion
                        | RemovalFromOffice
                        | Dismissal
                        | Other
                ) && !label.contains("党")
            }
            _ => true,
        }
    }
}

/// One sanction of a breakdown (处分种类).
///
/// Party discipline: 党内警告, 严重警告, 撤销党内职务, 留党察看, 开除党籍. Government
/// sanctions: 警告, 记过, 记大过, 降级, 撤职, 开除.
///
/// # Examples
///
/// ```
/// use xunshi::Sanction;
/// assert_eq!(Sanction::from_label("党内严重警告"), Sanction::SeriousWarning);
/// assert_eq!(Sanction::from_label("开除"), Sanction::Dismissal);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sanction {
    /// 党内警告 or 警告.
    Warning,
    /// 严重警告 / 党内严重警告.
    SeriousWarning,
    /// 撤销党内职务.
    RemovalFromPartyPosts,
    /// 留党察看.
    Probation,
    /// 开除党籍.
    Expulsion,
    /// 记过.
    Demerit,
    /// 记大过.
    MajorDemerit,
    /// 降级.
    Demotion,
    /// 撤职.
    RemovalFromOffice,
    /// 开除 (from public office).
    Dismissal,
    /// Any other word; kept in [`SanctionCount::label`].
    Other,
}

/// How a tally counts: people (`人`, `人次`, `名`) or cases (`件`, `起`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum PersonUnit {
    /// 人: persons.
    #[default]
    #[serde(rename = "人")]
    Persons,
    /// 人次: person-times.
    #[serde(rename = "人次")]
    PersonTimes,
    /// 名: persons, counted with 名.
    #[serde(rename = "名")]
    Named,
    /// 件: cases (`交由纪委调查2件`).
    #[serde(rename = "件")]
    Cases,
    /// 起: incidents (`问责3起`).
    #[serde(rename = "起")]
    Incidents,
}

impl PersonUnit {
    /// The unit as written.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonUnit::Persons => "人",
            PersonUnit::PersonTimes => "人次",
            PersonUnit::Named => "名",
            PersonUnit::Cases => "件",
            PersonUnit::Incidents => "起",
        }
    }
}

/// One item of a breakdown: `党内警告25人`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SanctionCount {
    /// The sanction.
    pub sanction: Sanction,
    /// The words as written.
    pub label: String,
    /// How many; `None` when the number written is too large to hold (reported by a
    /// `number_overflow` finding).
    pub count: Option<u64>,
    /// Where the item stands in the input.
    pub span: Span,
}

impl SanctionCount {
    /// A breakdown item whose sanction is read from its label.
    pub fn new(label: &str, count: u64) -> SanctionCount {
        SanctionCount {
            sanction: Sanction::from_label(label),
            label: label.to_owned(),
            count: Some(count),
            span: Span::default(),
        }
    }
}

/// One penalty tally (处分/处理情况): a category, its total and its breakdown.
///
/// # Syntax
///
/// `给予{category}{total}{人|人次}({sanction}{n}人,…)`, e.g.
/// `给予党纪处分37人(党内警告25人,严重警告6人,…)`; several categories are joined by `;`,
/// `,` or `、`; one count over several kinds (`给予批评教育、提醒谈话18人`) is kept as one
/// [`PenaltyCategory::Combined`] tally. Sanctions listed after the total with `其中`
/// (`给予党纪处分5人,其中留党察看1人、党内警告2人`) are its breakdown; when they name only
/// some of the total, [`Penalty::breakdown_partial`] says so.
///
/// # Examples
///
/// ```
/// use xunshi::{Penalty, PenaltyCategory, SanctionCount};
/// let p = Penalty::new(
///     PenaltyCategory::PartyDiscipline,
///     5,
///     vec![SanctionCount::new("党内警告", 3), SanctionCount::new("严重警告", 2)],
/// )
/// .unwrap();
/// assert_eq!(p.total, Some(5));
///
/// let err = Penalty::new(PenaltyCategory::PartyDiscipline, 5, vec![SanctionCount::new("党内警告", 3)])
///     .unwrap_err();
/// assert_eq!(err.to_string(), "党纪处分 breakdown sums to 3 but the total is 5");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Penalty {
    /// The kind of measure.
    pub category: PenaltyCategory,
    /// For [`PenaltyCategory::Combined`], every kind the one count covers, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<PenaltyCategory>,
    /// The words as written (`党纪处分`, `批评教育、提醒谈话`).
    pub label: String,
    /// The total as written; `None` when the text gives none.
    pub total: Option<u64>,
    /// `人`, `人次` or `名`.
    pub unit: PersonUnit,
    /// The breakdown in parentheses, as written (possibly empty).
    pub breakdown: Vec<SanctionCount>,
    /// Whether the breakdown names only some of the total: a list after `其中` whose sum
    /// is less than the total (`党纪处分5人,其中留党察看1人`). `false` when a JSON written
    /// before the field was added is read.
    #[serde(default)]
    pub breakdown_partial: bool,
    /// For a tally written as a part of a total before it with `其中`
    /// (`党纪政务处分15人,其中党纪处分10人、政务处分5人`), the index in
    /// `outcomes.penalties` of that total: the total counts these people too, so a sum over
    /// all tallies counts them twice. `None` for a tally of its own.
    #[serde(default)]
    pub part_of: Option<usize>,
    /// Where the tally stands in the input.
    pub span: Span,
}

impl Penalty {
    /// A tally built in code: refuses a breakdown that does not sum to `total`, and
    /// sanctions that do not belong to the category.
    pub fn new(
        category: PenaltyCategory,
        total: u64,
        breakdown: Vec<SanctionCount>,
    ) -> Result<Penalty, ValidationError> {
        let p = Penalty {
            category,
            kinds: Vec::new(),
            label: category.as_label().to_owned(),
            total: Some(total),
            unit: PersonUnit::Persons,
            breakdown,
            breakdown_partial: false,
            part_of: None,
            span: Span::default(),
        };
        p.check()?;
        Ok(p)
    }

    /// The sum of the breakdown (`None` on overflow, or when a part's count is unknown).
    pub fn breakdown_sum(&self) -> Option<u64> {
        self.breakdown
            .iter()
            .try_fold(0u64, |a, s| a.checked_add(s.count?))
    }

    /// Whether the breakdown agrees with `total`: its sum equals it, or for a
    /// [partial](Penalty::breakdown_partial) breakdown is at most it.
    pub(crate) fn breakdown_fits(&self, total: u64) -> bool {
        match self.breakdown_sum() {
            Some(sum) if self.breakdown_partial => sum <= total,
            sum => sum == Some(total),
        }
    }

    /// Checks the tally's arithmetic and sanctions.
    pub fn check(&self) -> Result<(), ValidationError> {
        if let Some(s) = self
            .breakdown
            .iter()
            .find(|s| !self.category.allows(s.sanction, &s.label))
        {
            return Err(ValidationError::SanctionCategory {
                sanction: s.label.clone(),
                category: self.label.clone(),
            });
        }
        if let (Some(total), false) = (self.total, self.breakdown.is_empty()) {
            let sum = self.breakdown_sum();
            if !self.breakdown_fits(total) {
                return Err(ValidationError::BreakdownSum {
                    what: self.label.clone(),
                    sum,
                    total,
                });
            }
        }
        Ok(())
    }
}

json_names!(PenaltyCategory {
    PartyDiscipline => "party_discipline",
    GovernmentSanction => "government_sanction",
    PartyAndGovernment => "party_and_government",
    OrganizationalHandling => "organizational_handling",
    Admonishment => "admonishment",
    EducationReminder => "education_reminder",
    CriticismEducation => "criticism_education",
    ReminderTalk => "reminder_talk",
    CriticismHelp => "criticism_help",
    OrderedReview => "ordered_review",
    Accountability => "accountability",
    CaseFiled => "case_filed",
    Detention => "detention",
    TransferredToJudiciary => "transferred_to_judiciary",
    TransferredToDiscipline => "transferred_to_discipline",
    PublicCriticism => "public_criticism",
    OrganizationalAdjustment => "organizational_adjustment",
    FirstForm => "first_form",
    SecondForm => "second_form",
    ThirdForm => "third_form",
    FourthForm => "fourth_form",
    FourForms => "four_forms",
    Combined => "combined",
    Other => "other",
});

json_names!(Sanction {
    Warning => "warning",
    SeriousWarning => "serious_warning",
    RemovalFromPartyPosts => "removal_from_party_posts",
    Probation => "probation",
    Expulsion => "expulsion",
    Demerit => "demerit",
    MajorDemerit => "major_demerit",
    Demotion => "demotion",
    RemovalFromOffice => "removal_from_office",
    Dismissal => "dismissal",
    Other => "other",
});

json_names!(PersonUnit {
    Persons => "人",
    PersonTimes => "人次",
    Named => "名",
    Cases => "件",
    Incidents => "起",
});

impl PersonUnit {
    /// Every unit, the longer words first (`人次` before `人`).
    pub(crate) const BY_LENGTH: [PersonUnit; 5] = [
        PersonUnit::PersonTimes,
        PersonUnit::Persons,
        PersonUnit::Named,
        PersonUnit::Cases,
        PersonUnit::Incidents,
    ];
}
