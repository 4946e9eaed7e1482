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

use super::{DocRows, Document, Tables};

/// Rows held before they are written out as a row group: about this many bytes.
const BATCH_BYTES: usize = 64 << 20;

/// The Parquet writers of an output directory, one per table.
pub struct Writer {
    files: Vec<(PathBuf, ArrowWriter<File>)>,
    tables: Tables,
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
        })
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
    /// made ([`Tables::push_document`]).
    ///
    /// # Errors
    ///
    /// When a file cannot be written.
    pub fn push_document(&mut self, doc: &Document) -> io::Result<()> {
        self.tables.push_document(doc);
        self.flush_when_full()
    }

    /// Writes a row group once the columns hold enough.
    fn flush_when_full(&mut self) -> io::Result<()> {
        if self.tables.heap_size() >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the rows held so far as one row group per table.
    fn flush(&mut self) -> io::Result<()> {
        for ((columns, values), (path, w)) in self
            .tables
            .take()
            .into_iter()
            .map(|(_, c, v)| (c, v))
            .zip(&mut self.files)
        {
            if values.first().is_none_or(|v| v.is_empty()) {
                continue;
            }
            let batch =
                super::arrow::batch(columns, &values).map_err(|e| at(path)(e.to_string()))?;
            w.write(&batch).map_err(|e| at(path)(e.to_string()))?;
            w.flush().map_err(|e| at(path)(e.to_string()))?;
        }
        Ok(())
    }

    /// Writes what is left and closes every file.
    ///
    /// # Errors
    ///
    /// When a file cannot be written.
    pub fn finish(mut self) -> io::Result<()> {
        self.flush()?;
        for (path, w) in self.files {
            w.close().map_err(|e| at(&path)(e.to_string()))?;
        }
        Ok(())
    }
}
