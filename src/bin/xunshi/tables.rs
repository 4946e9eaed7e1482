//! `parse --format csv|parquet --out DIR`: the tidy tables of [`xunshi::tables`], joined
//! by `report_id`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use xunshi::tables::{
    Dedup, DocRows, FindingRow, FundsRow, IssueRow, MeasureRow, PenaltyRow, QuantityRow, ReportRow,
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

    /// Writes the rows of table `T`.
    fn put<T: Table>(&mut self, rows: &[T]) -> io::Result<()> {
        debug_assert_eq!(self.name, T::NAME);
        for row in rows {
            let cells = row.texts();
            self.w
                .write_record(cells.iter().map(|c| c.as_deref().unwrap_or("")))?;
        }
        Ok(())
    }
}

/// The CSV writers of an output directory, one per table.
pub struct CsvWriters {
    reports: Csv,
    penalties: Csv,
    sanctions: Csv,
    funds: Csv,
    issues: Csv,
    measures: Csv,
    quantities: Csv,
    findings: Csv,
    dedup: Dedup,
}

impl CsvWriters {
    /// Creates `DIR/{table}.csv` for every table with its header; `bom` starts each file
    /// with a UTF-8 byte order mark (for Excel).
    pub fn create(dir: &Path, bom: bool) -> io::Result<CsvWriters> {
        std::fs::create_dir_all(dir).map_err(at_path(dir))?;
        Ok(CsvWriters {
            reports: Csv::create::<ReportRow>(dir, bom)?,
            penalties: Csv::create::<PenaltyRow>(dir, bom)?,
            sanctions: Csv::create::<SanctionRow>(dir, bom)?,
            funds: Csv::create::<FundsRow>(dir, bom)?,
            issues: Csv::create::<IssueRow>(dir, bom)?,
            measures: Csv::create::<MeasureRow>(dir, bom)?,
            quantities: Csv::create::<QuantityRow>(dir, bom)?,
            findings: Csv::create::<FindingRow>(dir, bom)?,
            dedup: Dedup::default(),
        })
    }

    /// Writes the rows of one file. A file whose bytes were already written (the same
    /// report id) gets its row in `reports.csv`, marked `duplicate`, and nothing more.
    pub fn write_doc(&mut self, doc: &Doc) -> io::Result<()> {
        let rows: DocRows = self.dedup.rows(doc.rows());
        self.reports.put(std::slice::from_ref(&rows.reports))?;
        self.penalties.put(&rows.penalties)?;
        self.sanctions.put(&rows.sanctions)?;
        self.funds.put(&rows.funds)?;
        self.issues.put(&rows.issues)?;
        self.measures.put(&rows.measures)?;
        self.quantities.put(&rows.quantities)?;
        self.findings.put(&rows.findings)
    }

    /// Flushes every file.
    pub fn finish(self) -> io::Result<()> {
        for mut c in [
            self.reports,
            self.penalties,
            self.sanctions,
            self.funds,
            self.issues,
            self.measures,
            self.quantities,
            self.findings,
        ] {
            c.w.flush()?;
        }
        Ok(())
    }
}
