//! Tidy tables of a corpus (feature `tables`): one definition per table, from which the
//! command-line tool's CSV and Parquet files, the DuckDB schema and (in the Python
//! package) the DataFrames are all built.
//!
//! Eight tables, joined by `report_id`: [`ReportRow`] (one row per input file),
//! [`PenaltyRow`], [`SanctionRow`], [`FundsRow`], [`IssueRow`], [`MeasureRow`],
//! [`QuantityRow`] and [`FindingRow`]. Each row struct implements [`Table`], whose
//! [`Table::COLUMNS`] give every column's name, logical type ([`ColumnKind`]), whether
//! it may be null, and its meaning. The types are exact:
//!
//! | kind | CSV | Arrow / Parquet | DuckDB |
//! |---|---|---|---|
//! | [`ColumnKind::Utf8`] | the text (an empty text is null) | `utf8` | `VARCHAR` |
//! | [`ColumnKind::Int64`] | digits | `int64` | `BIGINT` |
//! | [`ColumnKind::Bool`] | `true` / `false` | `bool` | `BOOLEAN` |
//! | [`ColumnKind::Decimal`] (money in yuan) | exactly two decimals | `decimal128(38, 2)` | `DECIMAL(38,2)` |
//! | [`ColumnKind::DecimalText`] (other exact figures) | the decimal as written | `utf8` | `VARCHAR` |
//! | [`ColumnKind::Date`] | `YYYY-MM-DD` | `date32` | `DATE` |
//! | [`ColumnKind::Enum`] | the name | `dictionary(int16, utf8)` | an `ENUM` type |
//!
//! A date known only to the month or the year is written as its first day, and the column
//! after it, `{name}_precision`, says `day`, `month` or `year` (null when the date is).
//! Nulls are empty CSV cells.
//!
//! [`rows`] (or [`Document::rows`]) turns one input into its [`DocRows`]; [`Tables`]
//! collects the rows of many inputs column by column, dropping the repeated rows of a
//! file whose bytes were already seen, and hands out the columns as [`Values`];
//! [`schema_sql`] is the DuckDB schema. With the feature `arrow`, the module
//! the module `tables::arrow` makes Arrow record batches of them, and with `parquet`,
//! `tables::parquet` writes one Parquet file per table.
//!
//! Parsing is the slow part: load the [`Document`]s of many files in parallel (each is
//! independent, and `Send`), then push their rows in path order — pushing copies values
//! into the columns and is cheap — so the tables and their duplicate marks do not depend
//! on the number of threads. For long runs, [`Tables::take`] hands out the columns so
//! far as one batch and keeps going.
//!
//! # Examples
//!
//! ```
//! use xunshi::tables::{Document, Table, Tables, FundsRow, Values};
//!
//! let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了常规巡察。\n\
//!             给予党纪处分2人;清退违规资金12.5万元。\n";
//! let doc = Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None);
//! let rows = doc.rows();
//! assert_eq!(rows.funds[0].yuan.to_string(), "125000.00");
//!
//! let mut tables = Tables::new();
//! tables.push(rows);
//! let funds = tables.table(FundsRow::NAME).unwrap();
//! assert_eq!(funds.len(), 1);
//! let Values::Decimal(yuan) = funds.values("yuan").unwrap() else { unreachable!() };
//! assert_eq!(yuan, &[Some(12_500_000)]); // fen: the scale is 2
//! ```

mod cell;
mod document;
mod rows;
mod sql;

#[cfg(feature = "arrow")]
pub mod arrow;
#[cfg(feature = "parquet")]
pub mod parquet;

pub use cell::{
    Cell, Date, DatePrecision, EnumCell, EnumType, QuantitySource, Strings, Values, Yuan,
};
pub use document::{Document, Parsed};
pub use rows::{
    DocRows, FindingRow, FundsRow, IssueRow, MeasureRow, PenaltyRow, PlacedIssue, QuantityRow,
    ReportRow, RowSink, SanctionRow, placed_issues, rows, rows_into,
};
pub use sql::schema_sql;

use std::collections::HashSet;

use crate::ReportId;

/// The logical type of a column.
///
/// # Examples
///
/// ```
/// use xunshi::tables::{ColumnKind, FundsRow, Table};
/// let yuan = FundsRow::COLUMNS.iter().find(|c| c.name == "yuan").unwrap();
/// assert_eq!(yuan.kind, ColumnKind::Decimal { precision: 38, scale: 2 });
/// assert_eq!(yuan.kind.sql_type(), "DECIMAL(38,2)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnKind {
    /// Text.
    Utf8,
    /// A signed 64-bit integer: counts, ids, positions and offsets. A count written in a
    /// report that does not fit (over 9223372036854775807) is null.
    Int64,
    /// `true` or `false`.
    Bool,
    /// An exact decimal of at most `precision` digits, `scale` of them after the point:
    /// money in yuan, `Decimal { precision: 38, scale: 2 }`, rounded to the fen.
    Decimal {
        /// Digits in all.
        precision: u8,
        /// Digits after the point.
        scale: u8,
    },
    /// An exact decimal kept as its text (`165000.0`, `88.9`): quantities of any scale.
    DecimalText,
    /// A calendar date (the first day of a month or year for partial dates; see the
    /// `_precision` column beside it).
    Date,
    /// One of a fixed list of names.
    Enum(&'static EnumType),
}

impl ColumnKind {
    /// The DuckDB type: `VARCHAR`, `BIGINT`, `BOOLEAN`, `DECIMAL(38,2)`, `DATE`, or the
    /// name of the enum type that [`schema_sql`] creates.
    pub fn sql_type(self) -> String {
        match self {
            ColumnKind::Utf8 | ColumnKind::DecimalText => "VARCHAR".to_owned(),
            ColumnKind::Int64 => "BIGINT".to_owned(),
            ColumnKind::Bool => "BOOLEAN".to_owned(),
            ColumnKind::Decimal { precision, scale } => format!("DECIMAL({precision},{scale})"),
            ColumnKind::Date => "DATE".to_owned(),
            ColumnKind::Enum(e) => e.name.to_owned(),
        }
    }

    /// The names of an enum column, `None` for the other kinds.
    pub fn enum_values(self) -> Option<&'static [&'static str]> {
        match self {
            ColumnKind::Enum(e) => Some(e.values),
            _ => None,
        }
    }

    /// A short name of the kind for documentation: `utf8`, `int64`, `bool`,
    /// `decimal(38,2)`, `decimal text`, `date` or `enum NAME`.
    pub fn doc_name(self) -> String {
        match self {
            ColumnKind::Utf8 => "utf8".to_owned(),
            ColumnKind::Int64 => "int64".to_owned(),
            ColumnKind::Bool => "bool".to_owned(),
            ColumnKind::Decimal { precision, scale } => format!("decimal({precision},{scale})"),
            ColumnKind::DecimalText => "decimal text".to_owned(),
            ColumnKind::Date => "date".to_owned(),
            ColumnKind::Enum(e) => format!("enum {}", e.name),
        }
    }
}

/// One column of a table: its name, logical type, whether it may be null, and what it
/// holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Column {
    /// The column name (no SQL reserved word).
    pub name: &'static str,
    /// Its logical type.
    pub kind: ColumnKind,
    /// Whether it may be null (empty in CSV).
    pub nullable: bool,
    /// What it holds (Markdown), as in `docs/CLI.md`.
    pub doc: &'static str,
}

/// A table: its name, its columns, and how one row is written.
///
/// Implemented by the row structs, which the `table!` macro declares from one list of
/// fields: each field is a column, its doc comment the column's meaning, its type (a
/// [`Cell`]) the column's kind.
pub trait Table {
    /// The table name (`penalties`; the file is `penalties.csv`).
    const NAME: &'static str;
    /// The columns, in order.
    const COLUMNS: &'static [Column];
    /// Appends this row to `columns`, one [`Values`] per column in the order of
    /// [`Table::COLUMNS`].
    fn push_to(&self, columns: &mut [Values]);
    /// The row's CSV cells, in order; `None` is an empty cell.
    fn texts(&self) -> Vec<Option<std::borrow::Cow<'_, str>>>;
}

/// Declares a row struct and its [`Table`] impl from one list of fields: the columns are
/// the fields, with their doc comments as meanings and their types' kinds.
macro_rules! table {
    (
        $(#[$attr:meta])*
        pub struct $row:ident<$lt:lifetime> = $name:literal {
            $(
                $(#[doc = $fdoc:literal])+
                pub $field:ident: $ty:ty,
            )*
        }
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub struct $row<$lt> {
            $(
                $(#[doc = $fdoc])+
                pub $field: $ty,
            )*
        }

        impl<$lt> Table for $row<$lt> {
            const NAME: &'static str = $name;
            const COLUMNS: &'static [Column] = &[$(Column {
                name: stringify!($field),
                kind: <$ty as Cell>::KIND,
                nullable: <$ty as Cell>::NULLABLE,
                doc: crate::tables::trim_doc(concat!($($fdoc),+)),
            }),*];

            fn push_to(&self, columns: &mut [Values]) {
                let mut columns = columns.iter_mut();
                $(
                    if let Some(c) = columns.next() {
                        Cell::push(&self.$field, c);
                    }
                )*
            }

            fn texts(&self) -> Vec<Option<std::borrow::Cow<'_, str>>> {
                vec![$(Cell::text(&self.$field)),*]
            }
        }
    };
}
pub(crate) use table;

/// A doc comment without the space that starts it.
pub(crate) const fn trim_doc(s: &'static str) -> &'static str {
    match s.as_bytes().split_first() {
        Some((b' ', rest)) => match std::str::from_utf8(rest) {
            Ok(rest) => rest,
            Err(_) => s,
        },
        _ => s,
    }
}

/// The name, columns and values of one table, column by column: the rows pushed so far.
///
/// # Examples
///
/// ```
/// use xunshi::tables::{Document, PenaltyRow, Table, TableBuilder, Values};
/// let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n给予党纪处分2人;诫勉3人。\n";
/// let doc = Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None);
/// let mut t = TableBuilder::new::<PenaltyRow>();
/// assert_eq!((t.name(), t.len()), ("penalties", 0));
/// for row in &doc.rows().penalties {
///     t.push(row);
/// }
/// assert_eq!(t.len(), 2);
/// assert_eq!(t.columns()[0].name, "report_id");
/// let Some(Values::Int64(totals)) = t.values("total") else { unreachable!() };
/// assert_eq!(totals, &[Some(2), Some(3)]);
/// ```
#[derive(Clone, Debug)]
pub struct TableBuilder {
    name: &'static str,
    columns: &'static [Column],
    values: Vec<Values>,
    rows: usize,
}

impl TableBuilder {
    /// An empty table of type `T`.
    pub fn new<T: Table>() -> TableBuilder {
        TableBuilder {
            name: T::NAME,
            columns: T::COLUMNS,
            values: T::COLUMNS.iter().map(|c| Values::new(c.kind)).collect(),
            rows: 0,
        }
    }

    /// Appends one row. `T` must be the table's row type; a row of another table is
    /// ignored.
    pub fn push<T: Table>(&mut self, row: &T) {
        if T::NAME != self.name {
            return;
        }
        row.push_to(&mut self.values);
        self.rows += 1;
    }

    /// The table name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The columns.
    pub fn columns(&self) -> &'static [Column] {
        self.columns
    }

    /// The values of every column, in the order of [`TableBuilder::columns`].
    pub fn all_values(&self) -> &[Values] {
        &self.values
    }

    /// The values of the column `name`.
    pub fn values(&self, name: &str) -> Option<&Values> {
        let i = self.columns.iter().position(|c| c.name == name)?;
        self.values.get(i)
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Bytes held by the values, roughly (to decide when to write a batch out).
    pub fn heap_size(&self) -> usize {
        self.values.iter().map(Values::heap_size).sum()
    }

    /// The values of every column, leaving the table empty (for writing batch by batch).
    pub fn take(&mut self) -> Vec<Values> {
        self.rows = 0;
        let fresh = self.columns.iter().map(|c| Values::new(c.kind)).collect();
        std::mem::replace(&mut self.values, fresh)
    }
}

/// The report ids seen so far: a file whose bytes were already seen keeps its row in
/// `reports` (marked `duplicate`) and nothing more.
///
/// # Examples
///
/// ```
/// use xunshi::tables::{Dedup, Document};
/// let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n给予党纪处分2人。\n";
/// let a = Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None);
/// let b = Document::from_bytes("b.txt".into(), text.as_bytes().to_vec(), None);
/// let mut seen = Dedup::default();
/// let first = seen.rows(a.rows());
/// let again = seen.rows(b.rows());
/// assert_eq!((first.reports.duplicate, first.penalties.len()), (false, 1));
/// assert_eq!((again.reports.duplicate, again.penalties.len()), (true, 0));
/// assert!(again.reports.scheme.is_none());
/// ```
#[derive(Clone, Debug, Default)]
pub struct Dedup {
    seen: HashSet<ReportId>,
}

impl Dedup {
    /// The rows as they go into the tables: unchanged for bytes not seen before, else
    /// [`DocRows::into_duplicate`].
    pub fn rows<'a>(&mut self, rows: DocRows<'a>) -> DocRows<'a> {
        match rows.reports.report_id {
            Some(id) if !self.seen.insert(id) => rows.into_duplicate(),
            _ => rows,
        }
    }

    /// The rows of `doc` as they go into the tables, given to `sink` one at a time
    /// ([`Document::rows_into`]); nothing but the returned `reports` row, marked
    /// `duplicate`, for bytes seen before.
    pub fn rows_into<'a, S: RowSink<'a>>(
        &mut self,
        doc: &'a Document,
        sink: &mut S,
    ) -> ReportRow<'a> {
        match doc.id {
            Some(id) if !self.seen.insert(id) => {
                let decoded = doc.decoded.as_ref();
                ReportRow::of(doc.id, &doc.path, decoded, &doc.outcome).duplicate()
            }
            _ => doc.rows_into(sink),
        }
    }
}

/// The eight tables, filled document by document, column by column.
///
/// Push the rows of each input in order with [`Tables::push`]; the rows of a file whose
/// bytes were already pushed are left out (see [`Dedup`]). Read the columns with
/// [`Tables::table`] or [`Tables::iter`], or take them batch by batch with
/// [`Tables::take`].
///
/// # Examples
///
/// ```
/// use xunshi::tables::{Document, Tables};
/// let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n给予党纪处分2人。\n";
/// let mut tables = Tables::new();
/// for path in ["a.txt", "b.txt"] {
///     let doc = Document::from_bytes(path.into(), text.as_bytes().to_vec(), None);
///     tables.push(doc.rows());
/// }
/// let names: Vec<_> = tables.iter().map(|t| (t.name(), t.len())).collect();
/// assert_eq!(names[..3], [("reports", 2), ("penalties", 1), ("sanctions", 0)]);
/// ```
#[derive(Clone, Debug)]
pub struct Tables {
    tables: [TableBuilder; 8],
    dedup: Dedup,
}

impl Default for Tables {
    fn default() -> Tables {
        Tables::new()
    }
}

/// The tables after `reports`, in the order of [`Tables::NAMES`], as a [`RowSink`].
struct Builders<'t>(&'t mut [TableBuilder; 7]);

impl<'a> RowSink<'a> for Builders<'_> {
    /// Into the one table of its name ([`TableBuilder::push`] leaves the others alone).
    fn row<T: Table>(&mut self, row: T) {
        self.0.iter_mut().for_each(|t| t.push(&row));
    }
}

impl Tables {
    /// The table names, in order.
    pub const NAMES: [&'static str; 8] = [
        ReportRow::NAME,
        PenaltyRow::NAME,
        SanctionRow::NAME,
        FundsRow::NAME,
        IssueRow::NAME,
        MeasureRow::NAME,
        QuantityRow::NAME,
        FindingRow::NAME,
    ];

    /// Eight empty tables.
    pub fn new() -> Tables {
        Tables {
            tables: [
                TableBuilder::new::<ReportRow>(),
                TableBuilder::new::<PenaltyRow>(),
                TableBuilder::new::<SanctionRow>(),
                TableBuilder::new::<FundsRow>(),
                TableBuilder::new::<IssueRow>(),
                TableBuilder::new::<MeasureRow>(),
                TableBuilder::new::<QuantityRow>(),
                TableBuilder::new::<FindingRow>(),
            ],
            dedup: Dedup::default(),
        }
    }

    /// The columns of every table, in order.
    pub fn columns() -> [(&'static str, &'static [Column]); 8] {
        [
            (ReportRow::NAME, ReportRow::COLUMNS),
            (PenaltyRow::NAME, PenaltyRow::COLUMNS),
            (SanctionRow::NAME, SanctionRow::COLUMNS),
            (FundsRow::NAME, FundsRow::COLUMNS),
            (IssueRow::NAME, IssueRow::COLUMNS),
            (MeasureRow::NAME, MeasureRow::COLUMNS),
            (QuantityRow::NAME, QuantityRow::COLUMNS),
            (FindingRow::NAME, FindingRow::COLUMNS),
        ]
    }

    /// Appends the rows of one input (leaving out the repeated rows of a duplicate).
    pub fn push(&mut self, rows: DocRows<'_>) {
        let rows = self.dedup.rows(rows);
        let [r, p, s, f, i, m, q, x] = &mut self.tables;
        r.push(&rows.reports);
        rows.penalties.iter().for_each(|row| p.push(row));
        rows.sanctions.iter().for_each(|row| s.push(row));
        rows.funds.iter().for_each(|row| f.push(row));
        rows.issues.iter().for_each(|row| i.push(row));
        rows.measures.iter().for_each(|row| m.push(row));
        rows.quantities.iter().for_each(|row| q.push(row));
        rows.findings.iter().for_each(|row| x.push(row));
    }

    /// Appends the rows of one input as [`Tables::push`] does, each row as soon as it is
    /// made, so the input's rows are never held besides the columns.
    pub fn push_document(&mut self, doc: &Document) {
        let [reports, rest @ ..] = &mut self.tables;
        let row = self.dedup.rows_into(doc, &mut Builders(rest));
        reports.push(&row);
    }

    /// The table `name`.
    pub fn table(&self, name: &str) -> Option<&TableBuilder> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// Every table, in order.
    pub fn iter(&self) -> impl Iterator<Item = &TableBuilder> {
        self.tables.iter()
    }

    /// Every table, to take its values with [`TableBuilder::take`].
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut TableBuilder> {
        self.tables.iter_mut()
    }

    /// Bytes held by all the values, roughly.
    pub fn heap_size(&self) -> usize {
        self.tables.iter().map(TableBuilder::heap_size).sum()
    }

    /// The values of every table, leaving the tables empty but remembering the report
    /// ids seen (so duplicates are still recognised in later batches).
    pub fn take(&mut self) -> Vec<(&'static str, &'static [Column], Vec<Values>)> {
        self.tables
            .iter_mut()
            .map(|t| (t.name, t.columns, t.take()))
            .collect()
    }
}
