//! The native half of the `xunshi` Python package: parsing, decoding and the tidy tables.
//!
//! The Python half (`python/xunshi/__init__.py`) turns what these functions return into
//! Python objects and pandas DataFrames. Spans handed to Python are character offsets
//! (Python string indices); the byte offsets of the Rust JSON stay beside them.

mod tabulate;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde_json::{Map, Value};
use xunshi::{LineIndex, Report, ReportId};

create_exception!(
    _xunshi,
    ParseError,
    PyValueError,
    "The input is not a rectification notice, or could not be read as text."
);

/// Byte offset → character offset for every char boundary of `text`, in one pass.
pub(crate) fn char_map(text: &str) -> Vec<u32> {
    let mut map = vec![0u32; text.len() + 1];
    let mut c = 0u32;
    for (i, _) in text.char_indices() {
        map[i] = c;
        c += 1;
    }
    map[text.len()] = c;
    map
}

/// The character offset of byte `b`, clamped to the text.
pub(crate) fn at(map: &[u32], b: usize) -> usize {
    map[b.min(map.len() - 1)] as usize
}

fn is_span(m: &Map<String, Value>) -> bool {
    m.len() == 2
        && m.get("start").is_some_and(Value::is_u64)
        && m.get("end").is_some_and(Value::is_u64)
}

/// Adds `byte_start`/`byte_end` beside every span and turns `start`/`end` into characters.
fn char_spans(v: &mut Value, map: &[u32]) {
    match v {
        Value::Object(m) if is_span(m) => {
            let b0 = m["start"].as_u64().unwrap_or(0) as usize;
            let b1 = m["end"].as_u64().unwrap_or(0) as usize;
            m.insert("start".into(), at(map, b0).into());
            m.insert("end".into(), at(map, b1).into());
            m.insert("byte_start".into(), b0.into());
            m.insert("byte_end".into(), b1.into());
        }
        Value::Object(m) => m.values_mut().for_each(|x| char_spans(x, map)),
        Value::Array(a) => a.iter_mut().for_each(|x| char_spans(x, map)),
        _ => {}
    }
}

/// The serde JSON of a report with its findings and coverage (byte spans), and the same
/// with character spans.
fn jsons(report: &Report, text: &str) -> PyResult<(String, String)> {
    let err = |e: serde_json::Error| PyValueError::new_err(e.to_string());
    let mut raw = serde_json::to_value(report).map_err(err)?;
    if let Value::Object(m) = &mut raw {
        let findings = serde_json::to_value(report.validate()).map_err(err)?;
        let coverage = serde_json::to_value(report.coverage(text)).map_err(err)?;
        m.insert("findings".into(), findings);
        m.insert("coverage".into(), coverage);
    }
    let mut chars = raw.clone();
    char_spans(&mut chars, &char_map(text));
    Ok((raw.to_string(), chars.to_string()))
}

/// `parse(text) -> (json, json with character spans)`.
#[pyfunction]
fn parse(py: Python<'_>, text: &str) -> PyResult<(String, String)> {
    let text = text.to_owned();
    py.detach(move || {
        let report = Report::parse(&text).map_err(|e| ParseError::new_err(e.to_string()))?;
        jsons(&report, &text)
    })
}

/// What `read` returns: the two JSONs, the text and how it was decoded.
type ReadOut = (
    String,
    String,
    String,
    &'static str,
    bool,
    bool,
    Option<String>,
    String,
);

/// `read(data, path_hint)`: decodes bytes as the CLI does, then parses.
#[pyfunction]
#[pyo3(signature = (data, path_hint=None))]
fn read(py: Python<'_>, data: &Bound<'_, PyBytes>, path_hint: Option<String>) -> PyResult<ReadOut> {
    let bytes = data.as_bytes().to_vec();
    py.detach(move || {
        let id = ReportId::of(&bytes).to_hex();
        let hint = path_hint.as_deref().map(Path::new);
        let fail =
            |e: xunshi::InputError| ParseError::new_err((e.message().to_owned(), e.kind().name()));
        let d = xunshi::decode(bytes, hint).map_err(fail)?;
        let report =
            Report::parse(&d.text).map_err(|e| fail(xunshi::InputError::from_parse(&e)))?;
        let (raw, chars) = jsons(&report, &d.text)?;
        Ok((raw, chars, d.text, d.encoding, d.bom, d.html, d.note, id))
    })
}

/// `read_path(path)`: the bytes of one regular file (refusing FIFOs, devices, huge files).
#[pyfunction]
fn read_path<'py>(py: Python<'py>, path: String) -> PyResult<Bound<'py, PyBytes>> {
    let bytes = py
        .detach(|| xunshi::read_file(Path::new(&path)))
        .map_err(|e| ParseError::new_err((e.message().to_owned(), e.kind().name())))?;
    Ok(PyBytes::new(py, &bytes))
}

/// `page(text, name)`: the self-contained HTML page of the report parsed from `text`.
#[pyfunction]
#[pyo3(signature = (text, name=None))]
fn page(py: Python<'_>, text: &str, name: Option<String>) -> PyResult<String> {
    let text = text.to_owned();
    py.detach(move || {
        let report = Report::parse(&text).map_err(|e| ParseError::new_err(e.to_string()))?;
        let mut options = xunshi::view::ViewOptions::new();
        if let Some(n) = name {
            options = options.name(n);
        }
        Ok(xunshi::view::page(&report, &text, &options))
    })
}

/// `line_col(text, char_offset)` is done in Python; this gives `(line, column)` of a byte
/// offset for tests and tools.
#[pyfunction]
fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let lc = LineIndex::new(text).line_col(byte);
    (lc.line, lc.column)
}

/// `tables(paths, threads, progress)`: the tidy tables of many files, parsed in parallel
/// with the GIL released, as `[(name, batch, kinds)]`: each table an Arrow record batch
/// (`__arrow_c_array__`) and the library's kind of each of its columns. `progress`,
/// when given, is called with the number of files done so far, about ten times a second.
#[pyfunction]
#[pyo3(signature = (paths, threads=None, progress=None))]
fn tables(
    py: Python<'_>,
    paths: Vec<String>,
    threads: Option<usize>,
    progress: Option<Py<PyAny>>,
) -> PyResult<Vec<tabulate::Table>> {
    let done = AtomicUsize::new(0);
    let n = paths.len();
    py.detach(|| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.unwrap_or(0))
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        std::thread::scope(|s| {
            let work = s.spawn(|| pool.install(|| tabulate::build(&paths, &done)));
            if let Some(cb) = &progress {
                let mut last = 0;
                while !work.is_finished() {
                    std::thread::sleep(Duration::from_millis(100));
                    let now = done.load(Ordering::Relaxed);
                    if now != last {
                        last = now;
                        Python::attach(|py| cb.call1(py, (now,)))?;
                    }
                }
                Python::attach(|py| cb.call1(py, (n,)))?;
            }
            work.join()
                .map_err(|_| PyValueError::new_err("a worker thread panicked"))?
                .map_err(PyValueError::new_err)
        })
    })
}

/// The native module.
#[pymodule]
fn _xunshi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(read_path, m)?)?;
    m.add_function(wrap_pyfunction!(page, m)?)?;
    m.add_function(wrap_pyfunction!(line_col, m)?)?;
    m.add_function(wrap_pyfunction!(tables, m)?)?;
    m.add_class::<tabulate::ArrowBatch>()?;
    Ok(())
}
