//! The tidy tables of `xunshi.tables()`: the library's tables (`xunshi::tables`, the
//! same rows, columns and types as the CLI's CSV and Parquet files), built in Rust and
//! handed to Python as one Arrow record batch per table through the Arrow C data
//! interface (`__arrow_c_array__`), so no cell becomes a Python object here.

use std::ffi::CStr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use rayon::prelude::*;
use xunshi::tables::arrow::arrow_array::{Array, RecordBatch, StructArray, ffi};
use xunshi::tables::{Document, Tables, arrow};

const SCHEMA: &CStr = c"arrow_schema";
const ARRAY: &CStr = c"arrow_array";

/// One table as an Arrow record batch, exported to Python by the Arrow PyCapsule
/// interface (`pyarrow.record_batch(batch)` imports it without copying).
#[pyclass(frozen, module = "xunshi._xunshi", name = "ArrowBatch")]
pub struct ArrowBatch {
    batch: RecordBatch,
}

#[pymethods]
impl ArrowBatch {
    /// The batch as a struct array: `(schema capsule, array capsule)`.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<(Bound<'py, PyCapsule>, Bound<'py, PyCapsule>)> {
        // the batch is handed over in its own types; a consumer casts if it wants others
        let _ = requested_schema;
        let data = StructArray::from(self.batch.clone()).into_data();
        let (array, schema) =
            ffi::to_ffi(&data).map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok((
            PyCapsule::new_with_value(py, schema, SCHEMA)?,
            PyCapsule::new_with_value(py, array, ARRAY)?,
        ))
    }

    /// The number of rows.
    fn __len__(&self) -> usize {
        self.batch.num_rows()
    }
}

/// One table as handed to Python: its name, its batch and the kind of each column.
pub type Table = (&'static str, ArrowBatch, Vec<String>);

/// Reads, decodes, parses and validates `paths` in parallel (on the current rayon pool),
/// then pushes their rows in the order of `paths` (a file whose bytes were already seen
/// keeps only its `reports` row, marked `duplicate`) and makes one record batch per table.
///
/// Returns `(name, batch, kinds)` per table, `kinds` being each column's
/// [`ColumnKind::doc_name`](xunshi::tables::ColumnKind::doc_name).
pub fn build(paths: &[String], done: &AtomicUsize) -> Result<Vec<Table>, String> {
    let docs: Vec<Document> = paths
        .par_iter()
        .map(|p| {
            let d = Document::load(Path::new(p));
            done.fetch_add(1, Ordering::Relaxed);
            d
        })
        .collect();
    let mut tables = Tables::new();
    for d in &docs {
        tables.push_document(d);
    }
    let built: Vec<_> = tables.iter().collect();
    built
        .into_par_iter()
        .map(|t| {
            let batch = arrow::record_batch(t).map_err(|e| e.to_string())?;
            let kinds = t.columns().iter().map(|c| c.kind.doc_name()).collect();
            Ok((t.name(), ArrowBatch { batch }, kinds))
        })
        .collect()
}
