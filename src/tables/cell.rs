//! The cells of the tables: how each Rust value is a column of a kind, its CSV text and
//! its columnar value.

use std::borrow::Cow;
use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

use super::ColumnKind;
use crate::{
    Code, FundsKind, InputErrorKind, InspectionKind, IssueStatus, PartialDate, PenaltyCategory,
    PersonUnit, Qualifier, ReportId, Sanction, Scheme, Severity,
};

/// The values of one column, in the representation of its [`ColumnKind`]; `None` is
/// null.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Values {
    /// [`ColumnKind::Utf8`] and [`ColumnKind::DecimalText`].
    Utf8(Strings),
    /// [`ColumnKind::Int64`].
    Int64(Vec<Option<i64>>),
    /// [`ColumnKind::Bool`].
    Bool(Vec<Option<bool>>),
    /// [`ColumnKind::Decimal`]: the unscaled integers (fen for yuan: `12.50` is `1250`).
    Decimal(Vec<Option<i128>>),
    /// [`ColumnKind::Date`]: days since 1970-01-01 (Arrow's `date32`).
    Date(Vec<Option<i32>>),
    /// [`ColumnKind::Enum`]: positions in [`EnumType::values`].
    Enum(Vec<Option<u16>>),
}

impl Values {
    /// No values, for a column of `kind`.
    pub fn new(kind: ColumnKind) -> Values {
        match kind {
            ColumnKind::Utf8 | ColumnKind::DecimalText => Values::Utf8(Strings::default()),
            ColumnKind::Int64 => Values::Int64(Vec::new()),
            ColumnKind::Bool => Values::Bool(Vec::new()),
            ColumnKind::Decimal { .. } => Values::Decimal(Vec::new()),
            ColumnKind::Date => Values::Date(Vec::new()),
            ColumnKind::Enum(_) => Values::Enum(Vec::new()),
        }
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        match self {
            Values::Utf8(v) => v.len(),
            Values::Int64(v) => v.len(),
            Values::Bool(v) => v.len(),
            Values::Decimal(v) => v.len(),
            Values::Date(v) => v.len(),
            Values::Enum(v) => v.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends a null.
    pub fn push_null(&mut self) {
        match self {
            Values::Utf8(v) => v.push(None),
            Values::Int64(v) => v.push(None),
            Values::Bool(v) => v.push(None),
            Values::Decimal(v) => v.push(None),
            Values::Date(v) => v.push(None),
            Values::Enum(v) => v.push(None),
        }
    }

    /// Bytes held, roughly.
    pub fn heap_size(&self) -> usize {
        use std::mem::size_of;
        match self {
            Values::Utf8(v) => v.data.len() + v.ends.len() * (size_of::<usize>() + 1),
            Values::Int64(v) => v.len() * size_of::<Option<i64>>(),
            Values::Bool(v) => v.len() * size_of::<Option<bool>>(),
            Values::Decimal(v) => v.len() * size_of::<Option<i128>>(),
            Values::Date(v) => v.len() * size_of::<Option<i32>>(),
            Values::Enum(v) => v.len() * size_of::<Option<u16>>(),
        }
    }
}

/// A column of texts, stored as Arrow stores them: all the bytes in one string, the end
/// of each value, and which values are null.
///
/// # Examples
///
/// ```
/// use xunshi::tables::Strings;
/// let mut s = Strings::default();
/// s.push(Some("党纪处分"));
/// s.push(None);
/// s.push(Some("诫勉"));
/// assert_eq!(s.iter().collect::<Vec<_>>(), [Some("党纪处分"), None, Some("诫勉")]);
/// assert_eq!((s.data(), s.ends()), ("党纪处分诫勉", &[12, 12, 18][..]));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Strings {
    data: String,
    ends: Vec<usize>,
    valid: Vec<bool>,
}

impl Strings {
    /// Appends a value or a null.
    pub fn push(&mut self, value: Option<&str>) {
        if let Some(v) = value {
            self.data.push_str(v);
        }
        self.ends.push(self.data.len());
        self.valid.push(value.is_some());
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The value at `i`.
    pub fn get(&self, i: usize) -> Option<&str> {
        if !*self.valid.get(i)? {
            return None;
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.data.get(start..self.ends[i])
    }

    /// Every value in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Option<&str>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The bytes of all values, one after the other.
    pub fn data(&self) -> &str {
        &self.data
    }

    /// The byte offset in [`Strings::data`] where each value ends (it starts where the
    /// one before ends, the first at 0).
    pub fn ends(&self) -> &[usize] {
        &self.ends
    }

    /// Whether each value is present (not null).
    pub fn validity(&self) -> &[bool] {
        &self.valid
    }
}

/// A value that is a cell of a table: its column kind, whether it may be null, its CSV
/// text and its columnar value. Implemented for the field types of the row structs.
pub trait Cell {
    /// The kind of its column.
    const KIND: ColumnKind;
    /// Whether the column may be null.
    const NULLABLE: bool;
    /// The CSV text; `None` is an empty cell (null).
    fn text(&self) -> Option<Cow<'_, str>>;
    /// Appends the value to a column of [`Cell::KIND`] (a null to a column of another
    /// kind, which the row structs never have).
    fn push(&self, values: &mut Values);
}

impl<T: Cell> Cell for Option<T> {
    const KIND: ColumnKind = T::KIND;
    const NULLABLE: bool = true;

    fn text(&self) -> Option<Cow<'_, str>> {
        self.as_ref().and_then(Cell::text)
    }

    fn push(&self, values: &mut Values) {
        match self {
            Some(v) => v.push(values),
            None => values.push_null(),
        }
    }
}

/// Texts: an empty text is null (an empty CSV cell cannot tell the two apart).
fn push_text(values: &mut Values, s: &str) {
    match values {
        Values::Utf8(v) => v.push((!s.is_empty()).then_some(s)),
        other => other.push_null(),
    }
}

impl Cell for &str {
    const KIND: ColumnKind = ColumnKind::Utf8;
    const NULLABLE: bool = true;

    fn text(&self) -> Option<Cow<'_, str>> {
        (!self.is_empty()).then_some(Cow::Borrowed(*self))
    }

    fn push(&self, values: &mut Values) {
        push_text(values, self);
    }
}

impl Cell for String {
    const KIND: ColumnKind = ColumnKind::Utf8;
    const NULLABLE: bool = true;

    fn text(&self) -> Option<Cow<'_, str>> {
        (!self.is_empty()).then_some(Cow::Borrowed(self.as_str()))
    }

    fn push(&self, values: &mut Values) {
        push_text(values, self);
    }
}

impl Cell for ReportId {
    const KIND: ColumnKind = ColumnKind::Utf8;
    const NULLABLE: bool = false;

    fn text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.to_hex()))
    }

    fn push(&self, values: &mut Values) {
        push_text(values, &self.to_hex());
    }
}

impl Cell for i64 {
    const KIND: ColumnKind = ColumnKind::Int64;
    const NULLABLE: bool = false;

    fn text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.to_string()))
    }

    fn push(&self, values: &mut Values) {
        match values {
            Values::Int64(v) => v.push(Some(*self)),
            other => other.push_null(),
        }
    }
}

impl Cell for bool {
    const KIND: ColumnKind = ColumnKind::Bool;
    const NULLABLE: bool = false;

    fn text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(if *self { "true" } else { "false" }))
    }

    fn push(&self, values: &mut Values) {
        match values {
            Values::Bool(v) => v.push(Some(*self)),
            other => other.push_null(),
        }
    }
}

impl Cell for Decimal {
    const KIND: ColumnKind = ColumnKind::DecimalText;
    const NULLABLE: bool = false;

    fn text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.to_string()))
    }

    fn push(&self, values: &mut Values) {
        push_text(values, &self.to_string());
    }
}

/// An amount of money in yuan rounded to the fen (`DECIMAL(38,2)`), computed from the
/// exact `Decimal`, never through a float. An amount written to less than a fen is
/// rounded half away from zero; the JSON keeps every digit.
///
/// # Examples
///
/// ```
/// use xunshi::rust_decimal::Decimal;
/// use xunshi::tables::Yuan;
/// let y = Yuan::new(Decimal::new(18582, 2) * Decimal::new(10000, 0));
/// assert_eq!((y.to_string(), y.fen()), ("1858200.00".to_owned(), 185_820_000));
/// assert_eq!(Yuan::new(Decimal::new(-12345, 3)).to_string(), "-12.35");
/// assert_eq!(Yuan::new(Decimal::new(5, 3)).to_string(), "0.01");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Yuan(i128);

impl Yuan {
    /// The amount rounded to the fen.
    pub fn new(yuan: Decimal) -> Yuan {
        let d = yuan.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        // round_dp never raises the scale: 0, 1 or 2 decimals are left
        let up = 10i128.pow(2u32.saturating_sub(d.scale()));
        Yuan(d.mantissa() * up)
    }

    /// The amount in fen (hundredths of a yuan): the unscaled value of `DECIMAL(38,2)`.
    pub fn fen(self) -> i128 {
        self.0
    }

    /// The amount as a `Decimal` with two decimals.
    pub fn to_decimal(self) -> Decimal {
        // |fen| ≤ 100 × Decimal::MAX fits 96 bits only up to Decimal::MAX; `new` made it
        // from a Decimal, so it always does
        Decimal::try_from_i128_with_scale(self.0, 2).unwrap_or(Decimal::MAX)
    }
}

impl fmt::Display for Yuan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl Cell for Yuan {
    const KIND: ColumnKind = ColumnKind::Decimal {
        precision: 38,
        scale: 2,
    };
    const NULLABLE: bool = false;

    fn text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.to_string()))
    }

    fn push(&self, values: &mut Values) {
        match values {
            Values::Decimal(v) => v.push(Some(self.0)),
            other => other.push_null(),
        }
    }
}

/// A calendar date of the tables (`DATE`): a [`PartialDate`] at its first day, its
/// precision in the column beside it.
///
/// # Examples
///
/// ```
/// use xunshi::PartialDate;
/// use xunshi::tables::{Date, DatePrecision};
/// let (d, p) = Date::of(PartialDate::ym(2023, 4).unwrap());
/// assert_eq!((d.to_string(), p), ("2023-04-01".to_owned(), DatePrecision::Month));
/// assert_eq!(Date::of(PartialDate::ymd(1970, 1, 2).unwrap()).0.days(), 1);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
    days: i32,
}

impl Date {
    /// The first day of `date`, and how much of it is known.
    pub fn of(date: PartialDate) -> (Date, DatePrecision) {
        let precision = match (date.month, date.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        };
        let month = date.month.unwrap_or(1);
        let day = date.day.filter(|_| date.month.is_some()).unwrap_or(1);
        let days =
            chrono::NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(month), u32::from(day))
                .zip(chrono::NaiveDate::from_ymd_opt(1970, 1, 1))
                .and_then(|(d, epoch)| i32::try_from((d - epoch).num_days()).ok())
                .unwrap_or(0);
        let d = Date {
            year: date.year,
            month,
            day,
            days,
        };
        (d, precision)
    }

    /// The date and its precision, or two nulls.
    pub fn split(date: Option<PartialDate>) -> (Option<Date>, Option<DatePrecision>) {
        match date.map(Date::of) {
            Some((d, p)) => (Some(d), Some(p)),
            None => (None, None),
        }
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i32 {
        self.days
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Cell for Date {
    const KIND: ColumnKind = ColumnKind::Date;
    const NULLABLE: bool = false;

    fn text(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.to_string()))
    }

    fn push(&self, values: &mut Values) {
        match values {
            Values::Date(v) => v.push(Some(self.days)),
            other => other.push_null(),
        }
    }
}

/// How much of a date the text gives: the `_precision` column beside each date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    /// `2024年8月6日`.
    #[default]
    Day,
    /// `2023年4月` (the date column holds the 1st).
    Month,
    /// `2023年` (the date column holds 1 January).
    Year,
}

impl DatePrecision {
    /// `day`, `month` or `year`.
    pub const fn name(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
}

/// Where a row of `quantities` comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum QuantitySource {
    /// The overview's figures.
    #[default]
    Overview,
    /// A measure's figures.
    Measure,
}

impl QuantitySource {
    /// `overview` or `measure`.
    pub const fn name(self) -> &'static str {
        match self {
            QuantitySource::Overview => "overview",
            QuantitySource::Measure => "measure",
        }
    }
}

/// A fixed list of names: the values of an enum column, and a DuckDB `ENUM` type.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EnumType {
    /// The type name in SQL (`penalty_category`).
    pub name: &'static str,
    /// Every name, in order.
    pub values: &'static [&'static str],
}

/// An enum whose values are the cells of an enum column.
pub trait EnumCell: Copy {
    /// Its names.
    const TYPE: &'static EnumType;
    /// Its name (`party_discipline`).
    fn cell_name(self) -> &'static str;
    /// Its position in [`EnumType::values`].
    fn index(self) -> Option<u16> {
        let name = self.cell_name();
        let i = Self::TYPE.values.iter().position(|n| *n == name)?;
        u16::try_from(i).ok()
    }
}

/// Declares the enum type of an enum: its names from every variant (a variant added to
/// the enum and not here is a compile error, through the match), and its [`Cell`] impl.
macro_rules! enum_type {
    ($konst:ident: $ty:ident = $sql:literal [$($v:ident),* $(,)?]) => {
        enum_type!(@impl $konst: $ty = $sql, &[$($ty::$v.name()),*]);
        const _: fn($ty) = |x| match x {
            $($ty::$v => ()),*
        };
    };
    ($konst:ident: $ty:ident = $sql:literal all $all:expr) => {
        enum_type!(@impl $konst: $ty = $sql, &{
            const N: usize = $all.len();
            let mut names = [""; N];
            let mut i = 0;
            while i < N {
                names[i] = $all[i].name();
                i += 1;
            }
            names
        });
    };
    (@impl $konst:ident: $ty:ident = $sql:literal, $values:expr) => {
        #[doc = concat!("The names of [`", stringify!($ty), "`], DuckDB type `", $sql, "`.")]
        pub static $konst: EnumType = EnumType {
            name: $sql,
            values: $values,
        };

        impl EnumCell for $ty {
            const TYPE: &'static EnumType = &$konst;
            fn cell_name(self) -> &'static str {
                self.name()
            }
        }

        impl Cell for $ty {
            const KIND: ColumnKind = ColumnKind::Enum(&$konst);
            const NULLABLE: bool = false;

            fn text(&self) -> Option<Cow<'_, str>> {
                Some(Cow::Borrowed(self.name()))
            }

            fn push(&self, values: &mut Values) {
                match (values, self.index()) {
                    (Values::Enum(v), Some(i)) => v.push(Some(i)),
                    (other, _) => other.push_null(),
                }
            }
        }
    };
}

enum_type!(SCHEME: Scheme = "scheme" [Xunshi, Xuncha]);
enum_type!(INSPECTION_KIND: InspectionKind = "inspection_kind" [
    Regular, Special, Mobile, FollowUp, Elevated, Cross, Political, Linked,
]);
enum_type!(PENALTY_CATEGORY: PenaltyCategory = "penalty_category" [
    PartyDiscipline, GovernmentSanction, PartyAndGovernment, OrganizationalHandling,
    Admonishment, EducationReminder, CriticismEducation, ReminderTalk, CriticismHelp,
    OrderedReview, Accountability, CaseFiled, Detention, TransferredToJudiciary,
    TransferredToDiscipline, PublicCriticism, OrganizationalAdjustment, FirstForm, SecondForm,
    ThirdForm, FourthForm, FourForms, Combined, Other,
]);
enum_type!(SANCTION: Sanction = "sanction" [
    Warning, SeriousWarning, RemovalFromPartyPosts, Probation, Expulsion, Demerit,
    MajorDemerit, Demotion, RemovalFromOffice, Dismissal, Other,
]);
enum_type!(PERSON_UNIT: PersonUnit = "person_unit" [
    Persons, PersonTimes, Named, Cases, Incidents,
]);
enum_type!(FUNDS_KIND: FundsKind = "funds_kind" [Refunded, RecoveredLosses, Recouped, Other]);
enum_type!(QUALIFIER: Qualifier = "qualifier" [Exact, About, Nearly, Over, Under]);
enum_type!(ISSUE_STATUS: IssueStatus = "issue_status" [
    Completed, PartiallyCompleted, InProgress, NotCompleted, Other,
]);
enum_type!(SEVERITY: Severity = "severity" [Info, Warning, Error]);
enum_type!(FINDING_CODE: Code = "finding_code" all Code::ALL);
enum_type!(INPUT_ERROR_KIND: InputErrorKind = "input_error_kind" [
    Unreadable, NotAFile, TooLarge, Binary, Encoding, Empty, NotAReport,
]);
enum_type!(DATE_PRECISION: DatePrecision = "date_precision" [Day, Month, Year]);
enum_type!(QUANTITY_SOURCE: QuantitySource = "quantity_source" [Overview, Measure]);

/// Every enum type of the tables, in the order [`schema_sql`](super::schema_sql)
/// creates them.
pub(crate) const ENUM_TYPES: &[&EnumType] = &[
    &SCHEME,
    &INSPECTION_KIND,
    &PENALTY_CATEGORY,
    &SANCTION,
    &PERSON_UNIT,
    &FUNDS_KIND,
    &QUALIFIER,
    &ISSUE_STATUS,
    &SEVERITY,
    &FINDING_CODE,
    &INPUT_ERROR_KIND,
    &DATE_PRECISION,
    &QUANTITY_SOURCE,
];
