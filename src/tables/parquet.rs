//! One Parquet file per table (feature `parquet`): `DIR/{table}.parquet`, with the Arrow
//! types of [`arrow`](super::arrow) (`decimal128(38,2)` yuan, `date32` dates, nullable
//! `int64`, dictionary-encoded enums, `bool`), Snappy-compressed.
//!
//! # Examples
//!
//! ```
//! use xunshi::tables::{Document, parquet::Writer};
//!
//! let dir = std::env::temp_dir().join(format!("xunshi-parquet-doc-{}", std::process::id()));
//! let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n清退违规资金12.5万元。\n";
//! let mut w = Writer::create(&dir)?;
//! w.push(Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None).rows())?;
//! w.finish()?;
//! assert!(dir.join("funds.parquet").is_file());
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), std::io::Error>(())
//! ```

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::{DocRows, Document, RowSink, Table, TableBuilder, Tables};

/// Rows held before they are written out as a row group, by default: about this many
/// bytes of column values (8 MiB).
pub const ROW_GROUP_BYTES: usize = 8 << 20;

/// The Parquet writers of an output directory, one per table.
pub struct Writer {
    files: Vec<(PathBuf, ArrowWriter<File>)>,
    tables: Tables,
    /// Column bytes held before a row group is written.
    group: usize,
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let paths: Vec<_> = self.files.iter().map(|(p, _)| p).collect();
        f.debug_struct("Writer").field("files", &paths).finish()
    }
}

fn at(path: &Path) -> impl Fn(String) -> io::Error + '_ {
    move |e| io::Error::other(format!("{}: {e}", path.display()))
}

impl Writer {
    /// Creates `DIR` if need be and `DIR/{table}.parquet` for every table.
    ///
    /// # Errors
    ///
    /// When the directory or a file cannot be created.
    pub fn create(dir: &Path) -> io::Result<Writer> {
        std::fs::create_dir_all(dir)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("xunshi {}", env!("CARGO_PKG_VERSION")))
            .build();
        let mut files = Vec::new();
        for (name, columns) in Tables::columns() {
            let path = dir.join(format!("{name}.parquet"));
            let file = File::create(&path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            let w = ArrowWriter::try_new(file, super::arrow::schema(columns), Some(props.clone()))
                .map_err(|e| at(&path)(e.to_string()))?;
            files.push((path, w));
        }
        Ok(Writer {
            files,
            tables: Tables::new(),
            group: ROW_GROUP_BYTES,
        })
    }

    /// The same writer, writing a row group whenever the columns hold `bytes` (default
    /// [`ROW_GROUP_BYTES`]): larger groups read faster, smaller ones hold less memory.
    pub fn row_group_bytes(mut self, bytes: usize) -> Writer {
        self.group = bytes.max(1);
        self
    }

    /// Appends the rows of one input (the repeated rows of a duplicate left out, as in
    /// [`Tables::push`]).
    ///
    /// # Errors
    ///
    /// When a file cannot be written.
    pub fn push(&mut self, rows: DocRows<'_>) -> io::Result<()> {
        self.tables.push(rows);
        self.flush_when_full()
    }

    /// Appends the rows of one input as [`Writer::push`] does, each row as soon as it is
    /// made, and writes a row group whenever the columns are full, also in the middle of
    /// a long input: its rows are never all held.
    ///
    /// # Errors
    ///
    /// When a file cannot be written.
    pub fn push_document(&mut self, doc: &Document) -> io::Result<()> {
        let Tables { tables, dedup } = &mut self.tables;
        let mut sink = Flushing {
            tables,
            files: &mut self.files,
            group: self.group,
            rows: 0,
            error: None,
        };
        let row = dedup.rows_into(doc, &mut sink);
        if let Some(e) = sink.error {
            return Err(e);
        }
        sink.tables[0].push(&row);
        self.flush_when_full()
    }

    /// Writes a row group once the columns hold enough.
    fn flush_when_full(&mut self) -> io::Result<()> {
        if self.tables.heap_size() >= self.group {
            flush(&mut self.tables.tables, &mut self.files)?;
        }
        Ok(())
    }

    /// Writes what is left and closes every file.
    ///
    /// # Errors
    ///
    /// When a file cannot be written.
    pub fn finish(mut self) -> io::Result<()> {
        flush(&mut self.tables.tables, &mut self.files)?;
        for (path, w) in self.files {
            w.close().map_err(|e| at(&path)(e.to_string()))?;
        }
        Ok(())
    }
}

/// Writes the rows held so far as one row group per table, leaving the tables empty.
fn flush(
    tables: &mut [TableBuilder; 8],
    files: &mut [(PathBuf, ArrowWriter<File>)],
) -> io::Result<()> {
    for (t, (path, w)) in tables.iter_mut().zip(files) {
        if t.is_empty() {
            continue;
        }
        let (columns, values) = (t.columns(), t.take());
        let batch = super::arrow::batch(columns, &values).map_err(|e| at(path)(e.to_string()))?;
        w.write(&batch).map_err(|e| at(path)(e.to_string()))?;
        w.flush().map_err(|e| at(path)(e.to_string()))?;
    }
    Ok(())
}

/// Rows pushed between two looks at the size of the columns.
const CHECK_EVERY: usize = 1024;

/// A writer's tables as a [`RowSink`]: each row goes into its columns, and a row group is
/// written whenever they hold `group` bytes.
struct Flushing<'w> {
    tables: &'w mut [TableBuilder; 8],
    files: &'w mut [(PathBuf, ArrowWriter<File>)],
    group: usize,
    rows: usize,
    /// The first write that failed; nothing more is written after it.
    error: Option<io::Error>,
}

impl<'a> RowSink<'a> for Flushing<'_> {
    fn row<T: Table>(&mut self, row: T) {
        self.tables.iter_mut().for_each(|t| t.push(&row));
        self.rows += 1;
        if self.rows % CHECK_EVERY == 0 && self.error.is_none() {
            let held: usize = self.tables.iter().map(TableBuilder::heap_size).sum();
            if held >= self.group {
                self.error = flush(self.tables, self.files).err();
            }
        }
    }
}
