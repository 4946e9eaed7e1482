//! The DuckDB schema of the tables.

use std::fmt::Write;

use super::Tables;
use super::cell::ENUM_TYPES;

/// The DuckDB schema of the tables: a `CREATE TYPE … AS ENUM` for every enum column's
/// names, then a `CREATE TABLE` per table with its exact column types (`DECIMAL(38,2)`
/// for yuan, `DATE` with a precision column, `BIGINT`, `BOOLEAN`, `VARCHAR`) and
/// `NOT NULL` where a column is never null. The same text is in `docs/schema.sql` and
/// printed by `xunshi schema --sql`.
///
/// Load the CSV tables into it with `COPY penalties FROM 'tables/penalties.csv'
/// (HEADER)`, or the Parquet files with `INSERT INTO penalties SELECT * FROM
/// 'tables/penalties.parquet'`.
///
/// # Examples
///
/// ```
/// let sql = xunshi::tables::schema_sql();
/// assert!(sql.contains("CREATE TABLE funds ("));
/// assert!(sql.contains("    yuan DECIMAL(38,2) NOT NULL,\n"));
/// assert!(sql.contains("    period_start DATE,\n    period_start_precision date_precision,\n"));
/// ```
pub fn schema_sql() -> String {
    let mut out = String::from(
        "-- The tables of `xunshi parse --format csv|parquet`, for DuckDB.\n\
         -- Generated from xunshi::tables (xunshi schema --sql); do not edit.\n",
    );
    for e in ENUM_TYPES {
        let values: Vec<String> = e.values.iter().map(|v| quote(v)).collect();
        let _ = write!(
            out,
            "\nCREATE TYPE {} AS ENUM ({});\n",
            e.name,
            values.join(", ")
        );
    }
    for (name, columns) in Tables::columns() {
        let _ = write!(out, "\nCREATE TABLE {name} (\n");
        for (i, c) in columns.iter().enumerate() {
            let null = if c.nullable { "" } else { " NOT NULL" };
            let comma = if i + 1 < columns.len() { "," } else { "" };
            let _ = writeln!(out, "    {} {}{null}{comma}", c.name, c.kind.sql_type());
        }
        out.push_str(");\n");
    }
    out
}

/// A SQL string literal.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}
