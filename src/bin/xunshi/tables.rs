//! `parse --format csv|parquet --out DIR`: the tidy tables of [`xunshi::tables`], joined
//! by `report_id`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use xunshi::tables::{
    Dedup, FindingRow, FundsRow, IssueRow, MeasureRow, PenaltyRow, QuantityRow, ReportRow, RowSink,
    SanctionRow, Table,
};

use crate::commands::at_path;
use crate::doc::Doc;

/// The CSV file of one table.
struct Csv {
    name: &'static str,
    w: csv::Writer<BufWriter<File>>,
}

impl Csv {
    /// Creates `DIR/{name}.csv` for table `T` and writes its header.
    fn create<T: Table>(dir: &Path, bom: bool) -> io::Result<Csv> {
        let path = dir.join(format!("{}.csv", T::NAME));
        let mut file = BufWriter::new(File::create(&path).map_err(at_path(&path))?);
        if bom {
            file.write_all("\u{feff}".as_bytes())
                .map_err(at_path(&path))?;
        }
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(file);
        w.write_record(T::COLUMNS.iter().map(|c| c.name))?;
        Ok(Csv { name: T::NAME, w })
    }

    /// Writes one row of table `T`.
    fn put<T: Table>(&mut self, row: &T) -> io::Result<()> {
        debug_assert_eq!(self.name, T::NAME);
        let cells = row.texts();
        self.w
            .write_record(cells.iter().map(|c| c.as_deref().unwrap_or("")))?;
        Ok(())
    }

    /// Writes one row of table `T` unless an earlier write failed; the first error is
    /// kept in `error`.
    fn keep<T: Table>(&mut self, row: &T, error: &mut Option<io::Error>) {
        if error.is_none() {
            *error = self.put(row).err();
        }
    }
}

/// The CSV writers of an output directory, one per table.
pub struct CsvWriters {
    reports: Csv,
    rest: Rest,
    dedup: Dedup,
}

/// The files after `reports.csv`, written row by row as [`xunshi::tables::rows_into`]
/// makes the rows, so a long report's rows are never all held.
struct Rest {
    /// One per table, in the order of `Tables::NAMES` after `reports`.
    files: Vec<Csv>,
    /// The first write that failed.
    error: Option<io::Error>,
}

impl<'a> RowSink<'a> for Rest {
    /// Into the file of its table, unless a write failed before.
    fn row<T: Table>(&mut self, row: T) {
        if let Some(csv) = self.files.iter_mut().find(|c| c.name == T::NAME) {
            csv.keep(&row, &mut self.error);
        }
    }
}

impl CsvWriters {
    /// Creates `DIR/{table}.csv` for every table with its header; `bom` starts each file
    /// with a UTF-8 byte order mark (for Excel).
    pub fn create(dir: &Path, bom: bool) -> io::Result<CsvWriters> {
        std::fs::create_dir_all(dir).map_err(at_path(dir))?;
        Ok(CsvWriters {
            reports: Csv::create::<ReportRow>(dir, bom)?,
            rest: Rest {
                files: vec![
                    Csv::create::<PenaltyRow>(dir, bom)?,
                    Csv::create::<SanctionRow>(dir, bom)?,
                    Csv::create::<FundsRow>(dir, bom)?,
                    Csv::create::<IssueRow>(dir, bom)?,
                    Csv::create::<MeasureRow>(dir, bom)?,
                    Csv::create::<QuantityRow>(dir, bom)?,
                    Csv::create::<FindingRow>(dir, bom)?,
                ],
                error: None,
            },
            dedup: Dedup::default(),
        })
    }

    /// Writes the rows of one file. A file whose bytes were already written (the same
    /// report id) gets its row in `reports.csv`, marked `duplicate`, and nothing more.
    /// The rows go out one at a time as they are made.
    pub fn write_doc(&mut self, doc: &Doc) -> io::Result<()> {
        let row = self.dedup.rows_into(doc, &mut self.rest);
        if let Some(e) = self.rest.error.take() {
            return Err(e);
        }
        self.reports.put(&row)
    }

    /// Flushes every file.
    pub fn finish(self) -> io::Result<()> {
        for mut c in std::iter::once(self.reports).chain(self.rest.files) {
            c.w.flush()?;
        }
        Ok(())
    }
}
