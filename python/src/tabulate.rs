//! The tidy tables of `xunshi.tables()`: the CLI's `--format csv` tables (same tables,
//! same columns as the `tables` branch of the library), built in Rust and handed to
//! Python column by column. `span_start`/`span_end` are UTF-8 byte offsets as in the
//! CLI; `char_start`/`char_end` beside them are character offsets (Python indices).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};
use rayon::prelude::*;
use xunshi::rust_decimal::Decimal;
use xunshi::{
    Finding, InputError, LineIndex, Part, PartialDate, Quantity, Report, ReportId, Severity,
};

use crate::{at, char_map};

/// One cell. The column's kind (see [`SCHEMA`]) says what Python makes of it.
#[derive(Clone, Debug)]
pub enum Cell {
    /// Missing.
    N,
    /// A flag.
    B(bool),
    /// A count or an id.
    I(u64),
    /// Text, a category, a decimal or a date, as a string.
    S(String),
}

impl<'py> IntoPyObject<'py> for &Cell {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;
    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(match self {
            Cell::N => py.None().into_bound(py),
            Cell::B(b) => b.into_pyobject(py)?.to_owned().into_any(),
            Cell::I(i) => i.into_pyobject(py)?.into_any(),
            Cell::S(s) => s.into_pyobject(py)?.into_any(),
        })
    }
}

use Cell::{B, N};

fn s(v: impl AsRef<str>) -> Cell {
    Cell::S(v.as_ref().to_owned())
}
fn os<S: AsRef<str>>(v: Option<S>) -> Cell {
    v.map_or(N, |v| Cell::S(v.as_ref().to_owned()))
}
/// A count; one past `i64::MAX` (a garbled figure) is missing, as `Int64` cannot hold it.
fn oi<T: Into<u64>>(v: Option<T>) -> Cell {
    v.map(Into::into)
        .filter(|&v| i64::try_from(v).is_ok())
        .map_or(N, Cell::I)
}
fn z(v: usize) -> Cell {
    Cell::I(v as u64)
}
fn oz(v: Option<usize>) -> Cell {
    v.map_or(N, z)
}
fn od(v: Option<PartialDate>) -> Cell {
    v.map_or(N, |d| Cell::S(d.to_string()))
}
fn dec(v: Decimal) -> Cell {
    Cell::S(v.to_string())
}
/// Yuan at exactly two decimals, as the CLI writes them.
fn yuan(mut v: Decimal) -> Cell {
    v.rescale(2);
    Cell::S(v.to_string())
}
fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> Cell {
    let v: Vec<String> = items.into_iter().map(|x| x.as_ref().to_owned()).collect();
    Cell::S(v.join("|"))
}

/// The tables and their columns: `(name, kind)`, kinds `str`, `cat`, `int`, `bool`,
/// `dec`, `yuan`, `date`.
pub const SCHEMA: [(&str, &[(&str, &str)]); 8] = [
    (
        "reports",
        &[
            ("report_id", "str"),
            ("path", "str"),
            ("duplicate", "bool"),
            ("ok", "bool"),
            ("error_kind", "cat"),
            ("error", "str"),
            ("encoding", "cat"),
            ("bom", "bool"),
            ("html", "bool"),
            ("decode_note", "str"),
            ("title", "str"),
            ("title_issuer", "str"),
            ("title_round", "str"),
            ("title_round_number", "int"),
            ("title_genre", "str"),
            ("title_scheme", "cat"),
            ("title_tag", "str"),
            ("published", "date"),
            ("scheme", "cat"),
            ("authority", "str"),
            ("team", "str"),
            ("team_number", "int"),
            ("team_count", "int"),
            ("round", "int"),
            ("target", "str"),
            ("target_alias", "str"),
            ("kind", "cat"),
            ("kinds", "str"),
            ("period_start", "date"),
            ("period_end", "date"),
            ("period_text", "str"),
            ("feedback_date", "date"),
            ("feedback_recipient", "str"),
            ("declared_categories", "int"),
            ("declared_problems", "int"),
            ("declared_specific_problems", "int"),
            ("declared_measures", "int"),
            ("completed", "int"),
            ("in_progress", "int"),
            ("partially_completed", "int"),
            ("not_completed", "int"),
            ("completion_rate", "dec"),
            ("as_of", "date"),
            ("institutions", "int"),
            ("penalties", "int"),
            ("funds", "int"),
            ("issues", "int"),
            ("measures", "int"),
            ("sections", "int"),
            ("next_steps", "int"),
            ("contact_phones", "str"),
            ("contact_emails", "str"),
            ("signature_issuer", "str"),
            ("signature_date", "date"),
            ("errors", "int"),
            ("warnings", "int"),
            ("infos", "int"),
            ("chars", "int"),
            ("chars_interpreted", "int"),
            ("chars_passages", "int"),
            ("chars_uncovered", "int"),
        ],
    ),
    (
        "penalties",
        &[
            ("report_id", "str"),
            ("penalty_id", "int"),
            ("category", "cat"),
            ("kinds", "str"),
            ("label", "str"),
            ("total", "int"),
            ("unit", "cat"),
            ("breakdown_sum", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
            ("char_start", "int"),
            ("char_end", "int"),
        ],
    ),
    (
        "sanctions",
        &[
            ("report_id", "str"),
            ("penalty_id", "int"),
            ("item", "int"),
            ("category", "cat"),
            ("sanction", "cat"),
            ("label", "str"),
            ("count", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
            ("char_start", "int"),
            ("char_end", "int"),
        ],
    ),
    (
        "funds",
        &[
            ("report_id", "str"),
            ("funds_id", "int"),
            ("kind", "cat"),
            ("label", "str"),
            ("yuan", "yuan"),
            ("text", "str"),
            ("qualifier", "cat"),
            ("span_start", "int"),
            ("span_end", "int"),
            ("char_start", "int"),
            ("char_end", "int"),
        ],
    ),
    (
        "issues",
        &[
            ("report_id", "str"),
            ("issue_id", "int"),
            ("parent_id", "int"),
            ("section", "str"),
            ("depth", "int"),
            ("number", "int"),
            ("label", "str"),
            ("title", "str"),
            ("heading", "str"),
            ("status", "cat"),
            ("status_label", "str"),
            ("measures", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
            ("char_start", "int"),
            ("char_end", "int"),
        ],
    ),
    (
        "measures",
        &[
            ("report_id", "str"),
            ("issue_id", "int"),
            ("measure_id", "int"),
            ("number", "int"),
            ("label", "str"),
            ("title", "str"),
            ("documents", "str"),
            ("quantities", "int"),
            ("text", "str"),
            ("span_start", "int"),
            ("span_end", "int"),
            ("char_start", "int"),
            ("char_end", "int"),
        ],
    ),
    (
        "quantities",
        &[
            ("report_id", "str"),
            ("source", "cat"),
            ("issue_id", "int"),
            ("measure_id", "int"),
            ("quantity_id", "int"),
            ("value", "dec"),
            ("unit", "cat"),
            ("qualifier", "cat"),
            ("text", "str"),
            ("span_start", "int"),
            ("span_end", "int"),
            ("char_start", "int"),
            ("char_end", "int"),
        ],
    ),
    (
        "findings",
        &[
            ("report_id", "str"),
            ("finding_id", "int"),
            ("severity", "cat"),
            ("code", "cat"),
            ("message", "str"),
            ("line", "int"),
            ("column_number", "int"),
            ("span_start", "int"),
            ("span_end", "int"),
            ("char_start", "int"),
            ("char_end", "int"),
            ("spans", "str"),
        ],
    ),
];

/// How many columns of `reports` describe the file (the rest describe the report).
const FILE_COLUMNS: usize = 10;

/// The rows of every table, in [`SCHEMA`] order.
pub struct Tables(Vec<Vec<Vec<Cell>>>);

impl Tables {
    /// The tables as `{name: {"columns": [...], "kinds": [...], "data": [list, ...]}}`.
    pub fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let out = PyDict::new(py);
        for ((name, cols), rows) in SCHEMA.iter().zip(self.0) {
            let t = PyDict::new(py);
            t.set_item("columns", cols.iter().map(|c| c.0).collect::<Vec<_>>())?;
            t.set_item("kinds", cols.iter().map(|c| c.1).collect::<Vec<_>>())?;
            let data = PyList::empty(py);
            for (j, (col, kind)) in cols.iter().enumerate() {
                let cells = rows.iter().map(|r| &r[j]);
                match *kind {
                    "int" => data.append(ints(py, cells))?,
                    "bool" => {
                        let b: Vec<u8> = cells.map(|c| u8::from(matches!(c, B(true)))).collect();
                        data.append(PyBytes::new(py, &b))?
                    }
                    "cat" => data.append(codes(py, cells)?)?,
                    _ if *col == "report_id" => data.append(codes(py, cells)?.get_item(1)?)?,
                    _ => data.append(PyList::new(py, cells)?)?,
                }
            }
            t.set_item("data", data)?;
            out.set_item(*name, t)?;
        }
        Ok(out.into_any())
    }
}

/// A column of counts as `(values, mask)`: little-endian `i64`s and one byte per row,
/// 1 where the value is missing (pandas' `IntegerArray`).
fn ints<'a, 'py>(py: Python<'py>, cells: impl Iterator<Item = &'a Cell>) -> Bound<'py, PyAny> {
    let (mut values, mut mask) = (Vec::new(), Vec::new());
    for c in cells {
        let v = match c {
            Cell::I(i) => i64::try_from(*i).ok(),
            _ => None,
        };
        values.extend_from_slice(&v.unwrap_or(0).to_le_bytes());
        mask.push(u8::from(v.is_none()));
    }
    let pair = (PyBytes::new(py, &values), PyBytes::new(py, &mask));
    pair.into_pyobject(py)
        .map_or_else(|_| py.None().into_bound(py), |p| p.into_any())
}

/// A column of few distinct strings as `(codes, values, categories)`: little-endian
/// `i32` codes into the sorted categories (-1 for missing), the column as a list (each
/// distinct string one Python object) and the categories.
fn codes<'a, 'py>(
    py: Python<'py>,
    cells: impl Iterator<Item = &'a Cell>,
) -> PyResult<Bound<'py, PyAny>> {
    let cells: Vec<&Cell> = cells.collect();
    let mut cats: Vec<&str> = cells
        .iter()
        .filter_map(|c| match c {
            Cell::S(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    cats.sort_unstable();
    cats.dedup();
    let objs: Vec<Bound<'py, PyAny>> = cats
        .iter()
        .map(|s| s.into_pyobject(py).map(|o| o.into_any()))
        .collect::<Result<_, _>>()?;
    let index: HashMap<&str, usize> = cats.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let mut code_bytes = Vec::with_capacity(cells.len() * 4);
    let list = PyList::empty(py);
    for c in &cells {
        match c {
            Cell::S(s) => {
                let i = index[s.as_str()];
                code_bytes.extend_from_slice(&(i as i32).to_le_bytes());
                list.append(&objs[i])?;
            }
            _ => {
                code_bytes.extend_from_slice(&(-1i32).to_le_bytes());
                list.append(py.None())?;
            }
        }
    }
    let out = (PyBytes::new(py, &code_bytes), list, PyList::new(py, objs)?);
    Ok(out.into_pyobject(py)?.into_any())
}

/// What one file gives: its id, its `reports` row, and its rows of the other tables.
struct DocRows {
    id: Option<ReportId>,
    report: Vec<Cell>,
    rows: Vec<Vec<Vec<Cell>>>,
}

/// Reads, parses and tabulates `paths` in parallel (on the current rayon pool), then
/// joins the rows in the order of `paths`. A file whose bytes were already seen gets
/// its `reports` row, marked `duplicate`, and nothing more, as in the CLI.
pub fn build(paths: &[String], done: &AtomicUsize) -> Tables {
    let docs: Vec<DocRows> = paths
        .par_iter()
        .map(|p| {
            let d = doc(p);
            done.fetch_add(1, Ordering::Relaxed);
            d
        })
        .collect();
    let mut out: Vec<Vec<Vec<Cell>>> = vec![Vec::new(); SCHEMA.len()];
    let mut seen = HashSet::new();
    for mut d in docs {
        let duplicate = d.id.is_some_and(|id| !seen.insert(id));
        if duplicate {
            d.report[2] = B(true);
            d.report.truncate(FILE_COLUMNS);
            d.report.resize(SCHEMA[0].1.len(), N);
        }
        out[0].push(d.report);
        if !duplicate {
            for (t, rows) in out.iter_mut().skip(1).zip(d.rows) {
                t.extend(rows);
            }
        }
    }
    Tables(out)
}

/// Reads, decodes, parses and tabulates one file; a file that fails gets only its `reports` row.
fn doc(path: &str) -> DocRows {
    let rows = vec![Vec::new(); SCHEMA.len() - 1];
    let bytes = match xunshi::read_file(Path::new(path)) {
        Ok(b) => b,
        Err(e) => {
            return DocRows {
                id: None,
                report: failed_row(path, None, e),
                rows,
            };
        }
    };
    let id = ReportId::of(&bytes);
    let d = match xunshi::decode(bytes, Some(Path::new(path))) {
        Ok(d) => d,
        Err(e) => {
            return DocRows {
                id: Some(id),
                report: failed_row(path, Some(id), e),
                rows,
            };
        }
    };
    let report = match Report::parse(&d.text) {
        Ok(r) => r,
        Err(e) => {
            let e = InputError::from_parse(&e).with_encoding(d.encoding);
            let mut r = failed_row(path, Some(id), e);
            (r[7], r[8]) = (B(d.bom), B(d.html));
            return DocRows {
                id: Some(id),
                report: r,
                rows,
            };
        }
    };
    parsed(path, id, &d, &report)
}

/// The `reports` row of a file that could not be read, decoded or parsed.
fn failed_row(path: &str, id: Option<ReportId>, e: InputError) -> Vec<Cell> {
    let mut r = vec![
        os(id.map(|i| i.to_hex())),
        s(path),
        B(false),
        B(false),
        s(e.kind().name()),
        s(e.message()),
        os(e.encoding()),
        B(false),
        B(false),
        N,
    ];
    r.resize(SCHEMA[0].1.len(), N);
    r
}

/// What every row of a parsed file refers to: its id, and its text with char offsets.
struct Source<'a> {
    hex: String,
    text: &'a str,
    map: Vec<u32>,
}

impl Source<'_> {
    /// The file's id, as the first cell of each of its rows.
    fn rid(&self) -> Cell {
        s(self.hex.clone())
    }

    /// The character offset of byte offset `b`.
    fn c(&self, b: usize) -> Cell {
        z(at(&self.map, b))
    }
}

/// The rows of a file that parsed: its `reports` row and its rows of the other tables.
fn parsed(path: &str, id: ReportId, d: &xunshi::Decoded, report: &Report) -> DocRows {
    let mut rows = vec![Vec::new(); SCHEMA.len() - 1];
    let findings = report.validate();
    let text = d.text.as_str();
    let src = Source {
        hex: id.to_hex(),
        text,
        map: char_map(text),
    };
    let r = report_row(&src, path, d, report, &findings);
    let [
        penalties,
        sanctions,
        funds,
        issue_rows,
        measures,
        quantities,
        finding_rows,
    ] = &mut rows[..]
    else {
        unreachable!("seven tables besides reports")
    };
    if let Some(o) = &report.outcomes {
        penalty_rows(&src, o, penalties, sanctions);
        fund_rows(&src, o, funds);
    }
    if let Some(o) = &report.overview {
        for (qi, q) in o.quantities.iter().enumerate() {
            quantities.push(quantity_row(&src, None, qi + 1, q));
        }
    }
    issue_and_measure_rows(&src, report, issue_rows, measures, quantities);
    let index = LineIndex::new(text);
    let c = |b: usize| src.c(b);
    for (fi, f) in findings.iter().enumerate() {
        finding_rows.push(finding(src.rid(), fi + 1, f, &index, &c));
    }
    DocRows {
        id: Some(id),
        report: r,
        rows,
    }
}

/// The `reports` row of a parsed file.
fn report_row(
    src: &Source<'_>,
    path: &str,
    d: &xunshi::Decoded,
    report: &Report,
    findings: &[Finding],
) -> Vec<Cell> {
    let mut r = vec![
        src.rid(),
        s(path),
        B(false),
        B(true),
        N,
        N,
        s(d.encoding),
        B(d.bom),
        B(d.html),
        os(d.note.as_deref()),
    ];
    r.extend(title_cells(report));
    r.extend(inspection_cells(report));
    r.extend(overview_cells(report));
    r.extend(count_cells(report));
    r.extend(contact_cells(report));
    r.extend(check_cells(report, findings, src.text));
    debug_assert_eq!(r.len(), SCHEMA[0].1.len());
    r
}

/// The `reports` cells of the title, and the publication date.
fn title_cells(report: &Report) -> [Cell; 8] {
    let t = report.title.as_ref();
    [
        os(t.map(|t| &t.text)),
        os(t.and_then(|t| t.issuer.as_ref())),
        os(t.and_then(|t| t.round.as_ref())),
        oi(t.and_then(|t| t.round_number)),
        os(t.and_then(|t| t.genre.as_ref())),
        os(t.and_then(|t| t.scheme.map(|s| s.name()))),
        os(t.and_then(|t| t.tag.as_ref())),
        od(report.published),
    ]
}

/// The `reports` cells of the inspection paragraph.
fn inspection_cells(report: &Report) -> [Cell; 15] {
    let i = report.inspection.as_ref();
    [
        os(i.map(|i| i.scheme.name())),
        os(i.and_then(|i| i.authority.as_ref())),
        os(i.and_then(|i| i.team.as_ref())),
        oi(i.and_then(|i| i.team_number)),
        oi(i.and_then(|i| i.team_count)),
        oi(i.and_then(|i| i.round)),
        os(i.and_then(|i| i.target.as_ref())),
        os(i.and_then(|i| i.target_alias.as_ref())),
        os(i.and_then(|i| i.kind.map(|k| k.name()))),
        i.map_or(N, |i| join(i.kinds.iter().map(|k| k.name()))),
        od(i.and_then(|i| i.start)),
        od(i.and_then(|i| i.end)),
        os(i.and_then(|i| i.period_text.as_ref())),
        od(i.and_then(|i| i.feedback_date)),
        os(i.and_then(|i| i.feedback_recipient.as_ref())),
    ]
}

/// The `reports` cells of the overview: the declared counts, the rate, the as-of date.
fn overview_cells(report: &Report) -> [Cell; 10] {
    let o = report.overview.as_ref();
    let n = |f: fn(&xunshi::Overview) -> Option<xunshi::Count>| oi(o.and_then(f).map(|c| c.value));
    [
        n(|o| o.problem_categories),
        n(|o| o.problems),
        n(|o| o.specific_problems),
        n(|o| o.measures),
        n(|o| o.completed),
        n(|o| o.in_progress),
        n(|o| o.partially_completed),
        n(|o| o.not_completed),
        o.and_then(|o| o.completion_rate)
            .map_or(N, |r| dec(r.value)),
        od(o.and_then(|o| o.as_of)),
    ]
}

/// The `reports` cells counting institutions, penalties, funds, issues, measures, sections
/// and next steps.
fn count_cells(report: &Report) -> [Cell; 7] {
    let out = report.outcomes.as_ref();
    let parts = report.parts();
    let issues = parts.iter().filter_map(|p| p.part.issue());
    [
        oi(out.and_then(|o| o.institutions)),
        z(out.map_or(0, |o| o.penalties.len())),
        z(out.map_or(0, |o| o.funds.len())),
        z(issues.clone().count()),
        z(issues.map(|i| i.measures.len()).sum()),
        z(parts
            .iter()
            .filter(|p| matches!(p.part, Part::Section(_)))
            .count()),
        z(report.next_steps.len()),
    ]
}

/// The `reports` cells of the contact and the signature.
fn contact_cells(report: &Report) -> [Cell; 4] {
    let ct = report.contact.as_ref();
    let sig = report.signature.as_ref();
    [
        ct.map_or(s(""), |c| join(&c.phones)),
        ct.map_or(s(""), |c| join(&c.emails)),
        os(sig.and_then(|s| s.issuer.as_ref())),
        od(sig.and_then(|s| s.date)),
    ]
}

/// The `reports` cells of the findings by severity and of the coverage.
fn check_cells(report: &Report, findings: &[Finding], text: &str) -> [Cell; 7] {
    let count = |sev: Severity| z(findings.iter().filter(|f| f.severity == sev).count());
    let cov = report.coverage(text);
    [
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        z(cov.total),
        z(cov.interpreted),
        z(cov.passages),
        z(cov.total.saturating_sub(cov.interpreted + cov.passages)),
    ]
}

/// The `penalties` rows of the outcomes, and the `sanctions` rows of their breakdowns.
fn penalty_rows(
    src: &Source<'_>,
    o: &xunshi::Outcomes,
    penalties: &mut Vec<Vec<Cell>>,
    sanctions: &mut Vec<Vec<Cell>>,
) {
    for (pi, p) in o.penalties.iter().enumerate() {
        penalties.push(vec![
            src.rid(),
            z(pi + 1),
            s(p.category.name()),
            join(p.kinds.iter().map(|k| k.name())),
            s(&p.label),
            oi(p.total),
            s(p.unit.name()),
            oi((!p.breakdown.is_empty())
                .then(|| p.breakdown_sum())
                .flatten()),
            z(p.span.start),
            z(p.span.end),
            src.c(p.span.start),
            src.c(p.span.end),
        ]);
        for (si, sc) in p.breakdown.iter().enumerate() {
            sanctions.push(vec![
                src.rid(),
                z(pi + 1),
                z(si + 1),
                s(p.category.name()),
                s(sc.sanction.name()),
                s(&sc.label),
                oi(sc.count),
                z(sc.span.start),
                z(sc.span.end),
                src.c(sc.span.start),
                src.c(sc.span.end),
            ]);
        }
    }
}

/// The `funds` rows of the outcomes.
fn fund_rows(src: &Source<'_>, o: &xunshi::Outcomes, funds: &mut Vec<Vec<Cell>>) {
    for (fi, f) in o.funds.iter().enumerate() {
        funds.push(vec![
            src.rid(),
            z(fi + 1),
            s(f.kind.name()),
            s(&f.label),
            yuan(f.amount.yuan),
            s(&f.amount.text),
            s(f.amount.qualifier.name()),
            z(f.span.start),
            z(f.span.end),
            src.c(f.span.start),
            src.c(f.span.end),
        ]);
    }
}

/// The `quantities` row of quantity `n` of measure `at` (issue id, measure number), or of
/// the overview when `at` is `None`.
fn quantity_row(src: &Source<'_>, at: Option<(usize, usize)>, n: usize, q: &Quantity) -> Vec<Cell> {
    vec![
        src.rid(),
        s(if at.is_some() { "measure" } else { "overview" }),
        oz(at.map(|a| a.0)),
        oz(at.map(|a| a.1)),
        z(n),
        dec(q.value),
        s(&q.unit),
        s(q.qualifier.name()),
        s(q.span.slice(src.text).unwrap_or("")),
        z(q.span.start),
        z(q.span.end),
        src.c(q.span.start),
        src.c(q.span.end),
    ]
}

/// The `issues` rows, the `measures` rows of each issue and the measures' `quantities` rows.
fn issue_and_measure_rows(
    src: &Source<'_>,
    report: &Report,
    issues: &mut Vec<Vec<Cell>>,
    measures: &mut Vec<Vec<Cell>>,
    quantities: &mut Vec<Vec<Cell>>,
) {
    for x in placed_issues(report) {
        issues.push(issue_row(src, &x));
        for (mi, m) in x.issue.measures.iter().enumerate() {
            measures.push(measure_row(src, x.id, mi + 1, m));
            for (qi, q) in m.quantities.iter().enumerate() {
                quantities.push(quantity_row(src, Some((x.id, mi + 1)), qi + 1, q));
            }
        }
    }
}

/// The `issues` row of one issue.
fn issue_row(src: &Source<'_>, x: &PlacedIssue<'_>) -> Vec<Cell> {
    let is = x.issue;
    vec![
        src.rid(),
        z(x.id),
        oz(x.parent),
        os(x.section),
        z(x.depth),
        oi(is.number),
        s(&is.label),
        s(&is.title),
        s(&is.heading),
        os(is.status.map(|s| s.name())),
        os(is.status_label.as_ref()),
        z(is.measures.len()),
        z(is.span.start),
        z(is.span.end),
        src.c(is.span.start),
        src.c(is.span.end),
    ]
}

/// The `measures` row of measure `n` of issue `issue`.
fn measure_row(src: &Source<'_>, issue: usize, n: usize, m: &xunshi::Measure) -> Vec<Cell> {
    vec![
        src.rid(),
        z(issue),
        z(n),
        oi(m.number),
        s(&m.label),
        s(&m.title),
        join(&m.documents),
        z(m.quantities.len()),
        s(&m.text),
        z(m.span.start),
        z(m.span.end),
        src.c(m.span.start),
        src.c(m.span.end),
    ]
}

fn finding(
    rid: Cell,
    n: usize,
    f: &Finding,
    index: &LineIndex<'_>,
    c: &dyn Fn(usize) -> Cell,
) -> Vec<Cell> {
    let first = f.spans.first().copied();
    let lc = first.map(|sp| index.line_col(sp.start));
    vec![
        rid,
        z(n),
        s(f.severity.name()),
        s(f.code.name()),
        s(&f.message),
        oz(lc.map(|a| a.line)),
        oz(lc.map(|a| a.column)),
        first.map_or(N, |sp| z(sp.start)),
        first.map_or(N, |sp| z(sp.end)),
        first.map_or(N, |sp| c(sp.start)),
        first.map_or(N, |sp| c(sp.end)),
        join(f.spans.iter().map(|sp| sp.to_string())),
    ]
}

/// An issue with its place among the issues: ids count issues only, 1-based (as the CLI).
struct PlacedIssue<'a> {
    issue: &'a xunshi::Issue,
    id: usize,
    parent: Option<usize>,
    section: Option<&'a str>,
    depth: usize,
}

fn placed_issues(r: &Report) -> Vec<PlacedIssue<'_>> {
    let parts = r.parts();
    let mut at: Vec<(Option<usize>, usize, Option<&str>)> = Vec::with_capacity(parts.len());
    let mut out = Vec::new();
    for p in &parts {
        let up = p.parent.map(|k| at[k]);
        let section = match p.parent.map(|k| parts[k].part) {
            Some(Part::Section(s)) => Some(s.title.as_str()),
            _ => up.and_then(|u| u.2),
        };
        let Part::Issue(issue) = p.part else {
            at.push((None, 0, section));
            continue;
        };
        let parent = up.and_then(|u| u.0);
        let depth = up.map_or(0, |u| u.1) + 1;
        out.push(PlacedIssue {
            issue,
            id: out.len() + 1,
            parent,
            section,
            depth,
        });
        at.push((Some(out.len()), depth, section));
    }
    out
}
