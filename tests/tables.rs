//! The table definitions (feature `tables`): every column has a kind and a meaning, the
//! documentation and `docs/schema.sql` say what the definitions say, and the rows of
//! every fixture fill every column consistently.
//!
//! Regenerate the column tables of `docs/CLI.md` and `docs/schema.sql` on purpose with
//! `UPDATE_DOCS=1 cargo test --features tables --test tables`.

mod common;

use std::collections::HashSet;
use std::path::Path;

use xunshi::tables::{
    Column, ColumnKind, Document, FundsRow, PenaltyRow, ReportRow, Table, Tables, Values,
    schema_sql,
};

/// DuckDB 1.x's keywords that cannot name a column without quotes
/// (`SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category IN ('reserved',
/// 'type_function')`).
const SQL_RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "default",
    "deferrable",
    "desc",
    "describe",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "group",
    "having",
    "in",
    "initially",
    "intersect",
    "into",
    "lambda",
    "lateral",
    "leading",
    "limit",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "pivot",
    "pivot_longer",
    "pivot_wider",
    "placing",
    "primary",
    "qualify",
    "references",
    "returning",
    "select",
    "show",
    "some",
    "summarize",
    "symmetric",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "unpivot",
    "using",
    "variadic",
    "when",
    "where",
    "window",
    "with",
    "anti",
    "asof",
    "at",
    "authorization",
    "binary",
    "by",
    "collation",
    "columns",
    "concurrently",
    "cross",
    "freeze",
    "full",
    "generated",
    "glob",
    "ilike",
    "inner",
    "is",
    "isnull",
    "join",
    "left",
    "like",
    "map",
    "natural",
    "notnull",
    "outer",
    "overlaps",
    "positional",
    "right",
    "semi",
    "similar",
    "struct",
    "tablesample",
    "try_cast",
    "tuple",
    "unpack",
    "verbose",
];

fn update() -> bool {
    std::env::var_os("UPDATE_DOCS").is_some()
}

fn repo(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[test]
fn every_column_has_a_name_a_kind_and_a_meaning() {
    let mut tables = 0;
    for (name, columns) in Tables::columns() {
        tables += 1;
        assert_eq!(columns[0].name, "report_id", "{name}");
        let mut seen = HashSet::new();
        for (i, c) in columns.iter().enumerate() {
            assert!(seen.insert(c.name), "{name}.{} twice", c.name);
            assert!(
                c.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{name}.{} is snake_case",
                c.name
            );
            assert!(
                !SQL_RESERVED.contains(&c.name),
                "{name}.{} is a reserved word in DuckDB",
                c.name
            );
            assert!(!c.doc.trim().is_empty(), "{name}.{} has a meaning", c.name);
            assert!(!c.doc.starts_with(' '), "{name}.{}", c.name);
            assert!(!c.kind.sql_type().is_empty());
            if let ColumnKind::Enum(e) = c.kind {
                assert!(!e.values.is_empty(), "{name}.{}", c.name);
                assert_eq!(
                    e.values.iter().collect::<HashSet<_>>().len(),
                    e.values.len(),
                    "{name}.{}: names are distinct",
                    c.name
                );
            }
            // every date is followed by its precision
            if c.kind == ColumnKind::Date {
                let next = &columns[i + 1];
                assert_eq!(next.name, format!("{}_precision", c.name), "{name}");
                assert_eq!(
                    next.kind.enum_values(),
                    Some(&["day", "month", "year"][..]),
                    "{name}.{}",
                    next.name
                );
                assert!(c.nullable && next.nullable);
            }
            // nothing is a float
            assert_eq!(Values::new(c.kind).len(), 0);
        }
        // ids and offsets are integers that are never null where a row always has them
        for c in columns.iter().filter(|c| c.name.ends_with("_id")) {
            assert!(
                matches!(c.kind, ColumnKind::Int64 | ColumnKind::Utf8),
                "{name}.{}",
                c.name
            );
        }
    }
    assert_eq!(tables, 8);
    let yuan = FundsRow::COLUMNS.iter().find(|c| c.name == "yuan").unwrap();
    assert_eq!(
        (yuan.kind, yuan.nullable),
        (
            ColumnKind::Decimal {
                precision: 38,
                scale: 2
            },
            false
        )
    );
    let names: Vec<_> = ReportRow::COLUMNS.iter().map(|c| c.name).collect();
    for renamed in ["start", "end", "column"] {
        assert!(!names.contains(&renamed));
    }
    assert!(names.contains(&"period_start") && names.contains(&"period_end"));
}

/// The Markdown table of a table's columns, as in `docs/CLI.md`.
fn markdown(columns: &[Column]) -> String {
    let mut out = String::from("| column | type | meaning |\n|---|---|---|\n");
    for c in columns {
        let ty = match (c.kind, c.nullable) {
            (k, true) => k.doc_name(),
            (k, false) => format!("{}, never empty", k.doc_name()),
        };
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            c.name,
            ty,
            c.doc.replace('|', "\\|")
        ));
    }
    out
}

#[test]
fn docs_list_every_column_as_defined() {
    let path = repo("docs/CLI.md");
    let mut doc = std::fs::read_to_string(&path).unwrap();
    let mut stale = Vec::new();
    for (name, columns) in Tables::columns() {
        let heading = format!("#### `{name}`");
        let Some(at) = doc.find(&heading) else {
            stale.push(format!("docs/CLI.md has no heading {heading}"));
            continue;
        };
        let start = at + doc[at..].find("| column |").expect("a column table");
        let len = doc[start..]
            .find("\n\n")
            .map_or(doc.len() - start, |n| n + 1);
        let want = markdown(columns);
        if doc[start..start + len] != want {
            stale.push(format!("{name}:\n{want}"));
            doc.replace_range(start..start + len, &want);
        }
    }
    if update() {
        std::fs::write(&path, doc).unwrap();
        return;
    }
    assert!(
        stale.is_empty(),
        "docs/CLI.md differs from the definitions (UPDATE_DOCS=1 rewrites it):\n{}",
        stale.join("\n")
    );
}

#[test]
fn schema_sql_is_up_to_date() {
    let path = repo("docs/schema.sql");
    let want = schema_sql();
    if update() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "docs/schema.sql is stale: UPDATE_DOCS=1 cargo test --features tables --test tables"
    );
    for (name, columns) in Tables::columns() {
        assert!(want.contains(&format!("CREATE TABLE {name} (\n")));
        for c in columns {
            assert!(want.contains(&format!("    {} {}", c.name, c.kind.sql_type())));
        }
    }
}

fn fixture_docs() -> Vec<Document> {
    let docs: Vec<Document> = common::fixture_paths()
        .iter()
        .map(|p| Document::load(p))
        .collect();
    assert!(docs.len() >= 30, "ran {} fixtures", docs.len());
    docs
}

/// The values of a column as CSV texts would give them back.
fn texts(values: &Values, kind: ColumnKind) -> Vec<Option<String>> {
    match values {
        Values::Utf8(s) => s.iter().map(|v| v.map(str::to_owned)).collect(),
        Values::Int64(v) => v.iter().map(|v| v.map(|n| n.to_string())).collect(),
        Values::Bool(v) => v.iter().map(|v| v.map(|b| b.to_string())).collect(),
        Values::Decimal(v) => v
            .iter()
            .map(|v| {
                v.map(|n| {
                    let (sign, a) = (if n < 0 { "-" } else { "" }, n.unsigned_abs());
                    format!("{sign}{}.{:02}", a / 100, a % 100)
                })
            })
            .collect(),
        Values::Date(v) => v
            .iter()
            .map(|v| {
                v.map(|d| {
                    let epoch = xunshi::chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
                    (epoch + xunshi::chrono::Days::new(d as u64)).to_string()
                })
            })
            .collect(),
        Values::Enum(v) => {
            let names = kind.enum_values().unwrap();
            v.iter()
                .map(|v| v.map(|i| names[usize::from(i)].to_owned()))
                .collect()
        }
        _ => unreachable!(),
    }
}

#[test]
fn the_columns_hold_what_the_csv_cells_say() {
    let docs = fixture_docs();
    let mut tables = Tables::new();
    let mut csv: Vec<Vec<Vec<Option<String>>>> = vec![Vec::new(); 8];
    let mut dedup = xunshi::tables::Dedup::default();
    for d in &docs {
        let rows = dedup.rows(d.rows());
        let owned = |cells: Vec<Option<std::borrow::Cow<'_, str>>>| {
            cells
                .into_iter()
                .map(|c| c.map(|c| c.into_owned()))
                .collect::<Vec<_>>()
        };
        csv[0].push(owned(rows.reports.texts()));
        csv[1].extend(rows.penalties.iter().map(|r| owned(r.texts())));
        csv[2].extend(rows.sanctions.iter().map(|r| owned(r.texts())));
        csv[3].extend(rows.funds.iter().map(|r| owned(r.texts())));
        csv[4].extend(rows.issues.iter().map(|r| owned(r.texts())));
        csv[5].extend(rows.measures.iter().map(|r| owned(r.texts())));
        csv[6].extend(rows.quantities.iter().map(|r| owned(r.texts())));
        csv[7].extend(rows.findings.iter().map(|r| owned(r.texts())));
        tables.push(d.rows());
    }
    for (t, cells) in tables.iter().zip(&csv) {
        assert_eq!(t.len(), cells.len(), "{}", t.name());
        assert!(
            !t.is_empty(),
            "{}: the fixtures exercise every table",
            t.name()
        );
        for (i, (c, v)) in t.columns().iter().zip(t.all_values()).enumerate() {
            assert_eq!(v.len(), t.len(), "{}.{}", t.name(), c.name);
            let column: Vec<Option<String>> = cells.iter().map(|row| row[i].clone()).collect();
            let want: Vec<Option<String>> = column
                .into_iter()
                .map(|s| s.filter(|s| !s.is_empty()))
                .collect();
            assert_eq!(texts(v, c.kind), want, "{}.{}", t.name(), c.name);
            if !c.nullable {
                assert!(
                    want.iter().all(Option::is_some),
                    "{}.{} is never null",
                    t.name(),
                    c.name
                );
            }
        }
    }
}

#[test]
fn char_offsets_slice_what_byte_offsets_slice() {
    let mut checked = 0;
    for d in fixture_docs() {
        let text = d.text();
        let chars: Vec<char> = text.chars().collect();
        let rows = d.rows();
        let mut spans: Vec<[i64; 4]> = Vec::new();
        spans.extend(
            rows.penalties
                .iter()
                .map(|r| [r.span_start, r.span_end, r.char_start, r.char_end]),
        );
        spans.extend(
            rows.measures
                .iter()
                .map(|r| [r.span_start, r.span_end, r.char_start, r.char_end]),
        );
        spans.extend(
            rows.quantities
                .iter()
                .map(|r| [r.span_start, r.span_end, r.char_start, r.char_end]),
        );
        spans.extend(
            rows.findings
                .iter()
                .filter_map(|r| Some([r.span_start?, r.span_end?, r.char_start?, r.char_end?])),
        );
        for [b0, b1, c0, c1] in spans {
            let by_bytes = &text[b0 as usize..b1 as usize];
            let by_chars: String = chars[c0 as usize..c1 as usize].iter().collect();
            assert_eq!(by_bytes, by_chars);
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn partial_dates_are_their_first_day_with_a_precision() {
    let text = "根据县委统一部署,2023年4月至6月,县委第一巡察组对县林业局开展了常规巡察。\n\
                给予党纪处分2人。\n中共某县林业局党组\n2023年\n";
    let d = Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None);
    let rows = d.rows();
    let r = &rows.reports;
    let cells = r.texts();
    let cell = |name: &str| {
        let i = ReportRow::COLUMNS
            .iter()
            .position(|c| c.name == name)
            .unwrap();
        cells[i].as_deref().map(str::to_owned)
    };
    assert_eq!(cell("period_start").as_deref(), Some("2023-04-01"));
    assert_eq!(cell("period_start_precision").as_deref(), Some("month"));
    assert_eq!(cell("period_end").as_deref(), Some("2023-06-01"));
    assert_eq!(cell("feedback_date"), None);
    assert_eq!(cell("feedback_date_precision"), None);
    let p = &rows.penalties[0];
    assert_eq!(p.total, Some(2));
    assert_eq!(
        PenaltyRow::COLUMNS.len(),
        p.texts().len(),
        "one cell per column"
    );
}

#[test]
fn counts_past_i64_are_null_not_wrapped() {
    let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n\
                给予党纪处分18446744073709551615人。\n";
    let d = Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None);
    let rows = d.rows();
    assert!(
        rows.penalties
            .iter()
            .all(|p| p.total.is_none_or(|t| t >= 0))
    );
}

#[test]
fn failed_inputs_have_a_report_row_only() {
    let d = Document::from_bytes("x.png".into(), b"\x89PNG\r\n\x1a\n\0\0".to_vec(), None);
    let rows = d.rows();
    assert_eq!(rows.counts(), [1, 0, 0, 0, 0, 0, 0, 0]);
    let r = &rows.reports;
    assert!(!r.ok);
    assert_eq!(r.error_kind.map(|k| k.name()), Some("binary"));
    assert!(r.report_id.is_some());
    let mut tables = Tables::new();
    tables.push(rows);
    let t = tables.table("reports").unwrap();
    let Some(Values::Enum(kinds)) = t.values("error_kind") else {
        panic!()
    };
    assert_eq!(kinds.len(), 1);
    // taking the values empties the tables
    let taken = tables.take();
    assert_eq!(taken.len(), 8);
    assert!(tables.iter().all(|t| t.is_empty()));
}

/// Pieces of reports, glued in any order with any bytes between them.
const PIECES: &[&str] = &[
    "根据县委统一部署,",
    "2023年4月10日至6月9日,",
    "2023年13月",
    "县委第一巡察组对县林业局开展了常规巡察。",
    "\n给予党纪处分5人(党内警告2人,严重警告2人);",
    "诫勉18446744073709551616人;",
    "清退违规资金12.5万元。",
    "挽回经济损失79228162514264337593543950335万元",
    "一、关于“审批把关不严”问题的整改情况\n",
    "(一)开展专项清查。核查项目31个,收回林地42.6亩。\n",
    "整改完成率88.9%。",
    "中共某县林业局党组\n2023年10月8日\n",
    "\u{feff}",
    "\r\n",
    "𠀀",
    "|,\"\n",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

    /// Any input gives rows whose every column has a value or a null per row, and
    /// whose character offsets lie on the text.
    #[test]
    fn any_input_fills_every_column(
        picks in proptest::collection::vec((0..PIECES.len(), proptest::prelude::any::<u8>()), 0..24)
    ) {
        let mut bytes = Vec::new();
        for (i, b) in picks {
            bytes.extend_from_slice(PIECES[i].as_bytes());
            if b % 7 == 0 {
                bytes.push(b);
            }
        }
        let d = Document::from_bytes("p.txt".into(), bytes, None);
        let chars = d.text().chars().count() as i64;
        let rows = d.rows();
        for p in &rows.penalties {
            proptest::prop_assert!(0 <= p.char_start && p.char_start <= p.char_end && p.char_end <= chars);
        }
        let mut tables = Tables::new();
        tables.push(rows);
        for t in tables.iter() {
            for v in t.all_values() {
                proptest::prop_assert_eq!(v.len(), t.len());
            }
        }
    }
}

#[test]
fn documents_and_tables_go_between_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Document>();
    send_sync::<Tables>();
    send_sync::<xunshi::tables::DocRows<'static>>();
    send_sync::<Values>();
}

/// Records every row it is given, as table name and CSV cells, in the order given.
#[derive(Default)]
struct Recorder(Vec<(&'static str, Vec<Option<String>>)>);

impl<'a> xunshi::tables::RowSink<'a> for Recorder {
    fn row<T: Table>(&mut self, row: T) {
        let cells = row.texts().into_iter().map(|c| c.map(|c| c.into_owned()));
        self.0.push((T::NAME, cells.collect()));
    }
}

#[test]
fn rows_one_at_a_time_are_the_rows_of_the_document() {
    let mut docs = fixture_docs();
    // a repeated file and an input that is no report
    docs.push(Document::from_bytes(
        "again.txt".into(),
        std::fs::read(&docs[0].path).unwrap(),
        None,
    ));
    docs.push(Document::from_bytes("x.txt".into(), b"abc".to_vec(), None));
    let (mut whole, mut streamed) = (Tables::new(), Tables::new());
    let mut dedup = xunshi::tables::Dedup::default();
    let mut rows_seen = 0;
    for d in &docs {
        let mut got = Recorder::default();
        let report = d.rows_into(&mut got);
        let rows = d.rows();
        assert_eq!(report, rows.reports, "{}", d.path);
        let mut want = Recorder::default();
        macro_rules! each {
            ($($t:ident),*) => {$(for r in &rows.$t { want.row(r.clone()) })*};
        }
        use xunshi::tables::RowSink;
        each!(
            penalties, sanctions, funds, issues, measures, quantities, findings
        );
        // each table's rows in the same order (the tables may interleave)
        for name in &Tables::NAMES[1..] {
            let of = |r: &Recorder| -> Vec<Vec<Option<String>>> {
                let rows = r.0.iter().filter(|(n, _)| n == name);
                rows.map(|(_, c)| c.clone()).collect()
            };
            assert_eq!(of(&got), of(&want), "{} {name}", d.path);
        }
        rows_seen += got.0.len();
        // the same through Dedup, and into the tables
        let mut sink = Recorder::default();
        let row = dedup.rows_into(d, &mut sink);
        assert_eq!(row.duplicate, d.path == "again.txt");
        assert_eq!(sink.0.is_empty(), row.duplicate || !row.ok, "{}", d.path);
        whole.push(d.rows());
        streamed.push_document(d);
    }
    assert!(rows_seen > 1000, "{rows_seen} rows");
    for (a, b) in whole.iter().zip(streamed.iter()) {
        assert_eq!(a.len(), b.len(), "{}", a.name());
        assert_eq!(format!("{:?}", a), format!("{:?}", b), "{}", a.name());
    }
}
