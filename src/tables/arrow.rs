//! The tables as Arrow record batches (feature `arrow`, arrow-rs).
//!
//! | [`ColumnKind`] | Arrow type |
//! |---|---|
//! | `Utf8`, `DecimalText` | `Utf8` |
//! | `Int64` | `Int64` |
//! | `Bool` | `Boolean` |
//! | `Decimal { precision, scale }` | `Decimal128(precision, scale)` |
//! | `Date` | `Date32` |
//! | `Enum` | `Dictionary(Int16, Utf8)`, the dictionary being every name of the enum in order (the same in every batch, so pandas gets one categorical dtype) |
//!
//! A column is nullable in the Arrow schema when [`Column::nullable`] says so.
//!
//! # Examples
//!
//! ```
//! use xunshi::tables::{Document, Tables, arrow};
//! use xunshi::tables::arrow::arrow_array::{Array, Decimal128Array};
//!
//! let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n清退违规资金12.5万元。\n";
//! let mut tables = Tables::new();
//! tables.push(Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None).rows());
//! let funds = arrow::record_batch(tables.table("funds").unwrap())?;
//! let yuan = funds.column_by_name("yuan").unwrap();
//! let yuan = yuan.as_any().downcast_ref::<Decimal128Array>().unwrap();
//! assert_eq!(yuan.value_as_string(0), "125000.00");
//! # Ok::<(), xunshi::tables::arrow::arrow_schema::ArrowError>(())
//! ```

use std::sync::Arc;

/// The Arrow crates the batches are made of, re-exported so users get the same versions.
pub use arrow_array;
/// The Arrow schema crate, re-exported.
pub use arrow_schema;

use arrow_array::Array as _;
use arrow_array::types::Int16Type;
use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Decimal128Array, DictionaryArray, Int16Array, Int64Array,
    RecordBatch, StringArray,
};
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};

use super::{Column, ColumnKind, Strings, TableBuilder, Values};

/// The Arrow type of a column kind.
///
/// # Examples
///
/// ```
/// use xunshi::tables::arrow::arrow_schema::DataType;
/// use xunshi::tables::{ColumnKind, arrow};
/// let yuan = ColumnKind::Decimal { precision: 38, scale: 2 };
/// assert_eq!(arrow::data_type(yuan), DataType::Decimal128(38, 2));
/// assert_eq!(arrow::data_type(ColumnKind::Date), DataType::Date32);
/// ```
pub fn data_type(kind: ColumnKind) -> DataType {
    match kind {
        ColumnKind::Utf8 | ColumnKind::DecimalText => DataType::Utf8,
        ColumnKind::Int64 => DataType::Int64,
        ColumnKind::Bool => DataType::Boolean,
        ColumnKind::Decimal { precision, scale } => {
            DataType::Decimal128(precision, i8::try_from(scale).unwrap_or(i8::MAX))
        }
        ColumnKind::Date => DataType::Date32,
        ColumnKind::Enum(_) => {
            DataType::Dictionary(Box::new(DataType::Int16), Box::new(DataType::Utf8))
        }
    }
}

/// The Arrow schema of a table's columns.
pub fn schema(columns: &[Column]) -> SchemaRef {
    let fields: Vec<Field> = columns
        .iter()
        .map(|c| Field::new(c.name, data_type(c.kind), c.nullable))
        .collect();
    Arc::new(Schema::new(fields))
}

/// One column as an Arrow array.
///
/// # Errors
///
/// When `values` are not of the column's kind, a non-nullable column holds a null, or a
/// text column holds more than 2 GiB (write fewer rows per batch).
pub fn array(column: &Column, values: &Values) -> Result<ArrayRef, ArrowError> {
    let wrong = || {
        ArrowError::InvalidArgumentError(format!(
            "column {}: values do not match its kind {}",
            column.name,
            column.kind.doc_name()
        ))
    };
    let array: ArrayRef = match (column.kind, values) {
        (ColumnKind::Utf8 | ColumnKind::DecimalText, Values::Utf8(v)) => strings(column, v)?,
        (ColumnKind::Int64, Values::Int64(v)) => Arc::new(Int64Array::from(v.clone())),
        (ColumnKind::Bool, Values::Bool(v)) => Arc::new(BooleanArray::from(v.clone())),
        (ColumnKind::Decimal { precision, scale }, Values::Decimal(v)) => Arc::new(
            Decimal128Array::from(v.clone())
                .with_precision_and_scale(precision, i8::try_from(scale).unwrap_or(i8::MAX))?,
        ),
        (ColumnKind::Date, Values::Date(v)) => Arc::new(Date32Array::from(v.clone())),
        (ColumnKind::Enum(e), Values::Enum(v)) => {
            let keys: Vec<Option<i16>> = v
                .iter()
                .map(|k| k.map(|k| i16::try_from(k).map_err(|_| wrong())).transpose())
                .collect::<Result<_, _>>()?;
            let names: ArrayRef = Arc::new(StringArray::from(e.values.to_vec()));
            Arc::new(DictionaryArray::<Int16Type>::try_new(
                Int16Array::from(keys),
                names,
            )?)
        }
        _ => return Err(wrong()),
    };
    if !column.nullable && array.null_count() > 0 {
        return Err(ArrowError::InvalidArgumentError(format!(
            "column {} is not nullable but holds {} nulls",
            column.name,
            array.null_count()
        )));
    }
    Ok(array)
}

fn strings(column: &Column, v: &Strings) -> Result<ArrayRef, ArrowError> {
    if i32::try_from(v.data().len()).is_err() {
        return Err(ArrowError::InvalidArgumentError(format!(
            "column {} holds {} bytes of text, more than an Arrow string array holds: \
             write fewer rows per batch",
            column.name,
            v.data().len()
        )));
    }
    Ok(Arc::new(v.iter().collect::<StringArray>()))
}

/// A record batch of the rows a table holds.
///
/// # Errors
///
/// As [`array()`].
pub fn record_batch(table: &TableBuilder) -> Result<RecordBatch, ArrowError> {
    batch(table.columns(), table.all_values())
}

/// A record batch of columns and their values (as taken with
/// [`Tables::take`](super::Tables::take)).
///
/// # Errors
///
/// As [`array()`], and when the columns differ in length.
pub fn batch(columns: &[Column], values: &[Values]) -> Result<RecordBatch, ArrowError> {
    let arrays = columns
        .iter()
        .zip(values)
        .map(|(c, v)| array(c, v))
        .collect::<Result<Vec<_>, _>>()?;
    RecordBatch::try_new(schema(columns), arrays)
}
