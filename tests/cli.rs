//! The `xunshi` binary on a small corpus (`tests/cli-data/corpus`): good reports in UTF-8,
//! UTF-8 with BOM and CRLF, GB18030, UTF-16LE and HTML (UTF-8 and GBK), one report whose
//! numbers do not add up, and bad files (empty, blank, binary, not a report).
#![cfg(feature = "cli")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_xunshi");

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli-data")
        .join(rel)
}

/// Runs the binary from the crate root, so paths in the output are relative.
fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("RAYON_NUM_THREADS")
        .output()
        .expect("the xunshi binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

fn jsonl(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// A fresh scratch directory under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const CORPUS: &str = "tests/cli-data/corpus";

const GOOD: [&str; 6] = [
    "tests/cli-data/corpus/01-cuiping-agriculture.txt",
    "tests/cli-data/corpus/02-wangchuan-city-bom-crlf.txt",
    "tests/cli-data/corpus/03-shiwan-town-gb18030.txt",
    "tests/cli-data/corpus/04-lanxi-school-utf16.txt",
    "tests/cli-data/corpus/05-wangchuan-statistics-page.html",
    "tests/cli-data/corpus/06-qingshi-water-page-gbk.htm",
];

#[test]
fn parse_jsonl_keeps_going_past_bad_files() {
    let o = run(&["parse", CORPUS]);
    assert_eq!(o.status.code(), Some(1), "bad files make the exit status 1");
    let recs = jsonl(&o);
    type Row<'a> = (u64, &'a str, bool, Option<&'a str>, bool, Option<&'a str>);
    let got: Vec<Row<'_>> = recs
        .iter()
        .zip(1..)
        .map(|(r, n)| {
            (
                n,
                r["path"].as_str().unwrap().rsplit('/').next().unwrap(),
                r["ok"].as_bool().unwrap(),
                r["encoding"].as_str(),
                r["html"].as_bool().unwrap(),
                r["error_kind"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                1,
                "01-cuiping-agriculture.txt",
                true,
                Some("UTF-8"),
                false,
                None
            ),
            (
                2,
                "02-wangchuan-city-bom-crlf.txt",
                true,
                Some("UTF-8"),
                false,
                None
            ),
            (
                3,
                "03-shiwan-town-gb18030.txt",
                true,
                Some("gb18030"),
                false,
                None
            ),
            (
                4,
                "04-lanxi-school-utf16.txt",
                true,
                Some("UTF-16LE"),
                false,
                None
            ),
            (
                5,
                "05-wangchuan-statistics-page.html",
                true,
                Some("UTF-8"),
                true,
                None
            ),
            (
                6,
                "06-qingshi-water-page-gbk.htm",
                true,
                Some("GBK"),
                true,
                None
            ),
            (
                7,
                "07-hexi-audit-mismatch.txt",
                true,
                Some("UTF-8"),
                false,
                None
            ),
            (8, "blank.txt", false, Some("UTF-8"), false, Some("empty")),
            (9, "empty.txt", false, None, false, Some("empty")),
            (
                10,
                "notice.txt",
                false,
                Some("UTF-8"),
                false,
                Some("not_a_report")
            ),
            (11, "photo.png", false, None, false, Some("binary")),
        ],
        "sorted by path, hidden files skipped"
    );
    // report ids: 16 hex digits of the SHA-256 of the bytes, one per distinct file
    let ids: Vec<&str> = recs
        .iter()
        .map(|r| r["report_id"].as_str().unwrap())
        .collect();
    assert!(
        ids.iter()
            .all(|id| id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit()))
    );
    assert_eq!(ids[8], "e3b0c44298fc1c14", "the SHA-256 of no bytes");
    let mut distinct = ids.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), ids.len());
    for r in &recs {
        assert_eq!(r["span_units"], "utf8_bytes");
        if r["ok"] == true {
            assert!(r["report"].is_object() && r["findings"].is_array() && r["error"].is_null());
        } else {
            assert!(
                r["error"].as_str().is_some_and(|e| !e.is_empty()) && r.get("report").is_none()
            );
        }
    }
    assert_eq!(recs[1]["bom"], true);
    assert_eq!(recs[3]["bom"], true);
    // the facts come through every encoding
    let target = |i: usize| {
        recs[i]["report"]["inspection"]["target"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(target(2), "石湾镇");
    assert_eq!(target(3), "兰溪县第一中学党委");
    assert_eq!(target(5), "青石县水利局党组");
    assert_eq!(recs[4]["report"]["published"], "2023-12-05");
    assert_eq!(recs[4]["report"]["signature"]["date"], "2023-12-04");
    assert_eq!(recs[6]["findings"][0]["code"], "breakdown_mismatch");
    assert_eq!(recs[6]["findings"][0]["line"], 4);
    assert_eq!(recs[6]["findings"][0]["column"], 8);

    let err = stderr(&o);
    for bad in [
        "bad/blank.txt: empty:",
        "bad/empty.txt: empty:",
        "bad/notice.txt: not_a_report:",
        "bad/photo.png: binary:",
    ] {
        assert!(err.contains(bad), "stderr names {bad}: {err}");
    }
    assert!(
        err.contains("4 of 11 files could not be read as reports"),
        "{err}"
    );
    assert!(
        !err.contains('\r') && !err.contains("\u{1b}["),
        "no progress bar when stderr is not a terminal"
    );
}

#[test]
fn spans_are_byte_offsets_into_the_decoded_text() {
    let o = run(&["parse", "--include-text", CORPUS]);
    for r in jsonl(&o).iter().filter(|r| r["ok"] == true) {
        let text = r["text"].as_str().unwrap();
        for p in r["report"]["outcomes"]["penalties"].as_array().unwrap() {
            let (s, e) = (
                p["span"]["start"].as_u64().unwrap() as usize,
                p["span"]["end"].as_u64().unwrap() as usize,
            );
            let label = p["label"].as_str().unwrap();
            assert!(
                text[s..e].starts_with(label),
                "{}: {label} at {s}..{e}",
                r["path"]
            );
        }
    }
    let recs = jsonl(&o);
    // decoded GB18030 and UTF-16 text is the text that was encoded
    let source = |n: &str| std::fs::read_to_string(data(&format!("sources/{n}"))).unwrap();
    assert_eq!(recs[2]["text"], source("03-shiwan-town.txt"));
    assert_eq!(
        recs[3]["text"].as_str().unwrap(),
        format!("\u{feff}{}", source("04-lanxi-school.txt"))
    );
    // UTF-8 with BOM: the mark is kept, so offsets are offsets into the file itself
    let bytes = std::fs::read(data("corpus/02-wangchuan-city-bom-crlf.txt")).unwrap();
    let p = &recs[1]["report"]["outcomes"]["penalties"][0];
    let (s, e) = (
        p["span"]["start"].as_u64().unwrap() as usize,
        p["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        std::str::from_utf8(&bytes[s..e]).unwrap(),
        "党纪处分9人(党内警告4人,严重警告3人,撤销党内职务1人,开除党籍1人)"
    );
    // HTML: the visible text, one paragraph per line, without scripts, navigation or footer
    let page = recs[4]["text"].as_str().unwrap();
    for gone in [
        "var _hmt",
        "政务公开",
        "门户网站",
        "版权所有",
        "分享到",
        "_望川市人民政府",
    ] {
        assert!(!page.contains(gone), "{gone} is dropped: {page}");
    }
    assert!(
        page.contains("\n根据市委统一部署,2023年5月8日至6月30日,"),
        "{page}"
    );
    assert!(
        page.contains("开展了常规巡察。8月3日,"),
        "the source line break inside a paragraph is no space: {page}"
    );
    assert!(
        page.ends_with("中共望川市统计局党组\n2023年12月4日\n"),
        "{page}"
    );
}

#[test]
fn output_order_does_not_depend_on_threads() {
    // a bigger batch: the corpus copied 12 times under numbered directories
    let dir = scratch("order");
    for k in 0..12 {
        let sub = dir.join(format!("batch-{k:02}"));
        std::fs::create_dir_all(sub.join("bad")).unwrap();
        for e in std::fs::read_dir(data("corpus"))
            .unwrap()
            .chain(std::fs::read_dir(data("corpus/bad")).unwrap())
        {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                let rel = e.path().strip_prefix(data("corpus")).unwrap().to_path_buf();
                std::fs::copy(e.path(), sub.join(rel)).unwrap();
            }
        }
    }
    let d = dir.to_str().unwrap();
    let one = run(&["parse", "--threads", "1", d]);
    let four = run(&["parse", "-j", "4", d]);
    let default = run(&["parse", d]);
    assert_eq!(jsonl(&one).len(), 12 * 11);
    assert_eq!(one.stdout, four.stdout);
    assert_eq!(one.stdout, default.stdout);
    assert_eq!(one.stderr, four.stderr, "stderr is in path order too");
    let paths: Vec<String> = jsonl(&one)
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_owned())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
    assert_eq!(paths, sorted);
}

#[test]
fn json_is_an_array_of_the_same_records() {
    let lines = jsonl(&run(&["parse", CORPUS]));
    let o = run(&["parse", "--format", "json", CORPUS]);
    assert_eq!(o.status.code(), Some(1));
    let all: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(all, lines);
    // --out writes the same to a file
    let dir = scratch("json-out");
    let file = dir.join("all.jsonl");
    let o = run(&["parse", CORPUS, "--out", file.to_str().unwrap()]);
    assert!(o.stdout.is_empty());
    let written: Vec<Value> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(written, lines);
}

/// `value` with every span field taken out, the way `--compact` promises.
fn without_spans(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| {
                    !(*k == "span"
                        || *k == "spans"
                        || k.ends_with("_span")
                        || k.ends_with("_spans"))
                })
                .map(|(k, v)| (k.clone(), without_spans(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_spans).collect()),
        other => other.clone(),
    }
}

fn has_span_field(value: &Value) -> bool {
    match value {
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| k == "span" || k.ends_with("_spans") || has_span_field(v)),
        Value::Array(items) => items.iter().any(has_span_field),
        _ => false,
    }
}

#[test]
fn compact_json_is_the_same_records_without_spans() {
    let full = jsonl(&run(&["parse", CORPUS]));
    let o = run(&["parse", "--compact", CORPUS]);
    let compact = jsonl(&o);
    assert_eq!(compact.len(), full.len());
    assert!(has_span_field(&full[0]), "the full record has spans");
    assert!(!has_span_field(&compact[0]), "the compact record has none");
    assert!(compact.iter().all(|r| r.get("span_units").is_none()));
    let mut first = full[0].clone();
    first.as_object_mut().unwrap().remove("span_units");
    assert_eq!(compact[0], without_spans(&first));
    assert!(o.stdout.len() < stdout(&run(&["parse", CORPUS])).len());
    // the numbers are all still there
    assert_eq!(
        compact[0]["report"]["outcomes"]["penalties"],
        without_spans(&full[0]["report"]["outcomes"]["penalties"])
    );
}

/// The compact JSON text `json` (as `serde_json` writes it) with every span field and
/// `span_units` taken out, all else byte for byte as it stands; and where it ends.
fn strip_spans(json: &[u8]) -> (String, usize) {
    fn string_end(b: &[u8], mut i: usize) -> usize {
        i += 1;
        while b[i] != b'"' {
            i += if b[i] == b'\\' { 2 } else { 1 };
        }
        i + 1
    }
    let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    match json[0] {
        b'"' => {
            let end = string_end(json, 0);
            (text(&json[..end]), end)
        }
        open @ (b'{' | b'[') => {
            let (close, object) = if open == b'{' {
                (b'}', true)
            } else {
                (b']', false)
            };
            let (mut items, mut i) = (Vec::new(), 1);
            while json[i] != close {
                let mut key = None;
                if object {
                    let end = string_end(json, i);
                    key = Some(text(&json[i + 1..end - 1]));
                    i = end + 1; // the colon
                }
                let (value, len) = strip_spans(&json[i..]);
                i += len;
                let dropped = key.as_deref().is_some_and(|k| {
                    k == "span_units"
                        || k == "span"
                        || k == "spans"
                        || k.ends_with("_span")
                        || k.ends_with("_spans")
                });
                if !dropped {
                    items.push(key.map_or(value.clone(), |k| format!("\"{k}\":{value}")));
                }
                if json[i] == b',' {
                    i += 1;
                }
            }
            let (o, c) = (open as char, close as char);
            (format!("{o}{}{c}", items.join(",")), i + 1)
        }
        _ => {
            let end = json
                .iter()
                .position(|&c| matches!(c, b',' | b'}' | b']'))
                .unwrap_or(json.len());
            (text(&json[..end]), end)
        }
    }
}

/// `--compact` writes the full record with its span fields (and `span_units`) taken out,
/// keys in the same order, byte for byte, on every fixture and the sample, as lines; as
/// an array, the same values pretty-printed.
#[test]
fn compact_is_byte_for_byte_the_full_record_without_spans() {
    let inputs = [
        "tests/fixtures",
        "examples/data",
        "--glob",
        "*.txt",
        "--include-text",
    ];
    let full = stdout(&run(&[&["parse"][..], &inputs].concat()));
    assert!(full.lines().count() > 50);
    let want: String = full
        .lines()
        .map(|l| {
            let (stripped, end) = strip_spans(l.as_bytes());
            assert_eq!(end, l.len());
            stripped + "\n"
        })
        .collect();
    assert!(want.len() < full.len() * 9 / 10, "spans were taken out");
    let lines = run(&[&["parse", "--compact"][..], &inputs].concat());
    assert_eq!(stdout(&lines), want);
    let array = run(&[&["parse", "--compact", "--format", "json"][..], &inputs].concat());
    let items: Value = serde_json::from_str(&stdout(&array)).unwrap();
    let want: Vec<Value> = want
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(items.as_array().unwrap(), &want);
}

/// Every issue of a JSON report, depth first (issues, then the issues of notice sections).
fn issues(report: &Value) -> Vec<&Value> {
    fn walk<'a>(list: &'a Value, out: &mut Vec<&'a Value>) {
        for i in list.as_array().into_iter().flatten() {
            out.push(i);
            walk(&i["children"], out);
        }
    }
    fn sections<'a>(list: &'a Value, out: &mut Vec<&'a Value>) {
        for s in list.as_array().into_iter().flatten() {
            walk(&s["issues"], out);
            sections(&s["children"], out);
        }
    }
    let mut out = Vec::new();
    walk(&report["issues"], &mut out);
    sections(&report["sections"], &mut out);
    out
}

fn read_table(dir: &Path, name: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut r = csv::Reader::from_path(dir.join(format!("{name}.csv"))).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn csv_tables_load_and_match_the_json() {
    let recs = jsonl(&run(&["parse", CORPUS]));
    let dir = scratch("csv");
    let o = run(&[
        "parse",
        "--format",
        "csv",
        "--out",
        dir.to_str().unwrap(),
        CORPUS,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("bad/photo.png: binary:"));

    let ok: Vec<&Value> = recs
        .iter()
        .filter(|r| r["ok"] == true)
        .map(|r| &r["report"])
        .collect();
    let sum = |f: &dyn Fn(&Value) -> usize| ok.iter().map(|r| f(r)).sum::<usize>();
    let len = |v: &Value| v.as_array().map_or(0, Vec::len);
    let penalties = |r: &Value| {
        r["outcomes"]["penalties"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let expected = [
        ("reports", recs.len()),
        ("penalties", sum(&|r| penalties(r).len())),
        (
            "sanctions",
            sum(&|r| penalties(r).iter().map(|p| len(&p["breakdown"])).sum()),
        ),
        ("funds", sum(&|r| len(&r["outcomes"]["funds"]))),
        ("issues", sum(&|r| issues(r).len())),
        (
            "measures",
            sum(&|r| issues(r).iter().map(|i| len(&i["measures"])).sum()),
        ),
        (
            "quantities",
            sum(&|r| {
                len(&r["overview"]["quantities"])
                    + issues(r)
                        .iter()
                        .flat_map(|i| i["measures"].as_array().unwrap())
                        .map(|m| len(&m["quantities"]))
                        .sum::<usize>()
            }),
        ),
        ("findings", recs.iter().map(|r| len(&r["findings"])).sum()),
    ];
    let mut tables = BTreeMap::new();
    for (name, count) in expected {
        let (header, rows) = read_table(&dir, name);
        assert_eq!(header[0], "report_id", "{name}");
        assert_eq!(rows.len(), count, "{name}.csv has one row per JSON item");
        assert!(count > 0, "{name}: the corpus exercises every table");
        tables.insert(name, rows);
    }
    // reports: one row per file, ids and facts as in the JSON
    for (row, rec) in tables["reports"].iter().zip(&recs) {
        assert_eq!(row["report_id"], rec["report_id"].as_str().unwrap());
        assert_eq!(row["path"], rec["path"].as_str().unwrap());
        assert_eq!(row["ok"], rec["ok"].to_string());
        assert_eq!(row["encoding"], rec["encoding"].as_str().unwrap_or(""));
        assert_eq!(row["error_kind"], rec["error_kind"].as_str().unwrap_or(""));
    }
    let city = &tables["reports"][1];
    assert_eq!(city["scheme"], "xunshi");
    assert_eq!(city["team"], "省委第四巡视组");
    assert_eq!(
        (city["period_start"].as_str(), city["period_end"].as_str()),
        ("2022-09-05", "2022-11-18")
    );
    assert_eq!(city["feedback_date"], "2023-01-12");
    assert_eq!(
        (
            city["declared_categories"].as_str(),
            city["declared_problems"].as_str()
        ),
        ("3", "14")
    );
    assert_eq!(
        (
            city["declared_measures"].as_str(),
            city["completion_rate"].as_str()
        ),
        ("52", "78.6")
    );
    assert_eq!(
        (
            city["signature_issuer"].as_str(),
            city["signature_date"].as_str()
        ),
        ("中共望川市委", "2023-07-20")
    );
    assert_eq!(city["issues"], "3");
    // joins: every child row points at a parsed report
    let ids: Vec<&str> = tables["reports"]
        .iter()
        .filter(|r| r["ok"] == "true")
        .map(|r| r["report_id"].as_str())
        .collect();
    for name in [
        "penalties",
        "sanctions",
        "funds",
        "issues",
        "measures",
        "quantities",
        "findings",
    ] {
        assert!(
            tables[name]
                .iter()
                .all(|r| ids.contains(&r["report_id"].as_str())),
            "{name}"
        );
    }
    let id = |n: usize| recs[n - 1]["report_id"].as_str().unwrap();
    let party: Vec<_> = tables["sanctions"]
        .iter()
        .filter(|r| r["report_id"] == id(2))
        .collect();
    assert_eq!(party.len(), 7);
    assert_eq!(
        (
            party[3]["category"].as_str(),
            party[3]["sanction"].as_str(),
            party[3]["count"].as_str()
        ),
        ("party_discipline", "expulsion", "1")
    );
    let funds: Vec<_> = tables["funds"]
        .iter()
        .filter(|r| r["report_id"] == id(2))
        .collect();
    assert_eq!(
        (
            funds[1]["kind"].as_str(),
            funds[1]["yuan"].as_str(),
            funds[1]["text"].as_str()
        ),
        ("recovered_losses", "12035000.00", "1,203.5万元")
    );
    let mismatch = &tables["findings"]
        .iter()
        .find(|r| r["code"] == "breakdown_mismatch")
        .unwrap();
    assert_eq!(
        (
            mismatch["report_id"].as_str(),
            mismatch["severity"].as_str(),
            mismatch["line"].as_str()
        ),
        (id(7), "error", "4")
    );
}

#[test]
fn csv_columns_are_documented() {
    let dir = scratch("csv-doc");
    run(&[
        "parse",
        "--format",
        "csv",
        "--out",
        dir.to_str().unwrap(),
        GOOD[0],
    ]);
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/CLI.md")).unwrap();
    for name in [
        "reports",
        "penalties",
        "sanctions",
        "funds",
        "issues",
        "measures",
        "quantities",
        "findings",
    ] {
        assert!(
            doc.contains(&format!("`{name}.csv`")),
            "docs/CLI.md describes {name}.csv"
        );
        let (header, _) = read_table(&dir, name);
        for col in header {
            assert!(
                doc.contains(&format!("`{col}`")),
                "docs/CLI.md documents {name}.{col}"
            );
        }
    }
}

#[test]
fn csv_without_out_is_a_usage_error() {
    let o = run(&["parse", "--format", "csv", CORPUS]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--out DIR"), "{}", stderr(&o));
    let o = run(&["parse"]);
    assert_eq!(o.status.code(), Some(2), "a path is required");
    let o = run(&["parse", "tests/cli-data/corpus/bad/nothing-here/"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a missing path is one unreadable input"
    );
}

#[test]
fn parquet_tables_hold_the_csv_rows() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let csv = scratch("pq-csv");
    let pq = scratch("pq");
    let o = run(&["parse", "-f", "csv", "-o", csv.to_str().unwrap(), CORPUS]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(&["parse", "-f", "parquet", "-o", pq.to_str().unwrap(), CORPUS]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("bad/photo.png: binary:"));
    for name in xunshi::tables::Tables::NAMES {
        let (header, rows) = read_table(&csv, name);
        let file = std::fs::File::open(pq.join(format!("{name}.parquet"))).unwrap();
        let reader = SerializedFileReader::new(file).unwrap();
        let meta = reader.metadata().file_metadata();
        assert_eq!(meta.num_rows() as usize, rows.len(), "{name}");
        let columns: Vec<&str> = meta
            .schema_descr()
            .columns()
            .iter()
            .map(|c| c.name())
            .collect();
        assert_eq!(
            columns, header,
            "{name}: the CSV header is the Parquet schema"
        );
    }
    let o = run(&["parse", "--format", "parquet", CORPUS]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--format parquet writes several tables"));
}

#[test]
fn schema_prints_the_json_schema_and_the_sql() {
    let o = run(&["schema"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let schema: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(schema["title"], "Report");
    assert_eq!(schema, xunshi::json_schema());
    let o = run(&["schema", "--sql"]);
    assert_eq!(o.status.code(), Some(0));
    let sql =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema.sql"))
            .unwrap();
    assert_eq!(stdout(&o), sql);
}

#[test]
fn missing_and_unreadable_paths_become_error_records() {
    let o = run(&["parse", "tests/cli-data/no-such-report.txt", GOOD[0]]);
    assert_eq!(o.status.code(), Some(1));
    let recs = jsonl(&o);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["ok"], true);
    assert_eq!(recs[1]["error_kind"], "unreadable");
    assert!(recs[1]["error"].as_str().unwrap().contains("no such file"));
    assert!(stderr(&o).contains("no-such-report.txt: unreadable:"));
}

#[test]
fn clean_reports_exit_zero_quietly() {
    let mut args = vec!["parse"];
    args.extend(GOOD);
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "",
        "nothing on stderr when all is well and stderr is not a terminal"
    );
    assert_eq!(jsonl(&o).len(), 6);

    let mut args = vec!["check"];
    args.extend(GOOD);
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "checked 6 files: 6 reports parsed\nfindings: 0 errors, 0 warnings, 0 info; 0 reports with errors, 0 with findings\n"
    );
}

/// Terminal columns of a string: CJK and full-width characters take two.
fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if (c as u32) >= 0x1100 && !matches!(c, '“' | '”' | '‘' | '’') {
                2
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn check_marks_the_exact_characters() {
    let file = "tests/cli-data/corpus/07-hexi-audit-mismatch.txt";
    let o = run(&["check", "--color", "always", file]);
    assert_eq!(o.status.code(), Some(1), "an error finding");
    assert!(stdout(&o).contains("\u{1b}["), "--color always colours");
    let o = run(&["check", file]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "error[breakdown_mismatch]: 党纪处分 breakdown sums to 4 but the total is 5\n"
        ),
        "{out}"
    );
    assert!(out.contains(&format!("--> {file}:4:8\n")), "{out}");
    assert!(
        !out.contains("\u{1b}["),
        "no colour when stdout is not a terminal"
    );
    // the marker under 党纪处分5人(…) starts under 党 and spans the whole tally
    let lines: Vec<&str> = out.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("4 | ")).unwrap();
    let source = &lines[at]["4 | ".len()..];
    let marker = &lines[at + 1]["  | ".len()..];
    let before = &source[..source.find("党纪处分").unwrap()];
    let tally = "党纪处分5人(党内警告2人,严重警告2人)";
    assert_eq!(marker.find('^'), Some(columns(before)), "{out}");
    assert_eq!(marker.trim_start().len(), columns(tally), "{out}");
    assert!(out.ends_with("checked 1 file: 1 report parsed\nfindings: 1 error, 0 warnings, 0 info; 1 report with errors, 1 with findings\n"), "{out}");

    let o = run(&["check", "--min-severity", "error", CORPUS]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("error[not_a_report]: not a rectification notice"),
        "{out}"
    );
    assert!(
        out.contains("--> tests/cli-data/corpus/bad/notice.txt\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "checked 11 files: 7 reports parsed, 4 failed (binary 1, empty 2, not_a_report 1)\n"
        ),
        "{out}"
    );
    assert!(stderr(&o).contains("bad/photo.png: binary:"));
}

#[test]
fn stats_totals_across_the_corpus() {
    let o = run(&["stats", "--format", "json", CORPUS]);
    assert_eq!(o.status.code(), Some(1), "bad files");
    let s: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        (
            s["files"].as_u64(),
            s["parsed"].as_u64(),
            s["failed"].as_u64()
        ),
        (Some(11), Some(7), Some(4))
    );
    assert_eq!(s["failures"]["empty"], 2);
    assert_eq!(s["encodings"]["gb18030"], 1);
    assert_eq!(s["encodings"]["GBK"], 1);
    assert_eq!(s["html"], 2);
    assert_eq!(s["reports_with_errors"], 1);
    // 党纪处分: 3 + 9 + 2 + 1 + 1 + 2 + 5
    let party = &s["penalties"]["party_discipline"];
    assert_eq!(
        (
            party["reports"].as_u64(),
            party["tallies"].as_u64(),
            party["persons"].as_u64()
        ),
        (Some(7), Some(7), Some(23))
    );
    assert_eq!(
        s["sanctions"]["party_discipline"]["serious_warning"]["count"],
        1 + 3 + 1 + 1 + 1 + 2
    );
    assert_eq!(
        s["sanctions"]["government_sanction"]["removal_from_office"]["count"],
        1
    );
    // 清退: 4.6万 + 86.4万 + 3.72万 + 3.5万
    assert_eq!(s["money"]["refunded"]["figures"], 4);
    assert_eq!(s["money"]["refunded"]["yuan"], "982200.00");
    assert_eq!(s["money"]["recovered_losses"]["yuan"], "12035000.0");
    assert_eq!(s["inspections"]["2022"]["xunshi"], 1);
    assert_eq!(s["inspections"]["2022"]["xuncha"], 1);
    assert_eq!(s["inspections"]["2023"]["xuncha"], 3);
    assert_eq!(s["inspections"]["2024"]["xuncha"], 2);

    let o = run(&["stats", CORPUS]);
    let text = stdout(&o);
    for heading in [
        "Reports",
        "Encodings",
        "Penalties by category",
        "Sanctions by category",
        "Money by kind",
        "Inspections by year and scheme",
    ] {
        assert!(text.contains(&format!("{heading}\n")), "{text}");
    }
    assert!(text.contains("982,200.00"), "{text}");
    let party = text
        .lines()
        .find(|l| l.trim_start().starts_with("party_discipline "))
        .unwrap();
    assert_eq!(
        party.split_whitespace().collect::<Vec<_>>(),
        ["party_discipline", "党纪处分", "7", "7", "23", "0"]
    );
}

/// Runs the binary with a deadline: a run that hangs (a FIFO opened for reading) fails the
/// test instead of hanging it.
fn run_within(args: &[&str], secs: u64) -> Output {
    use std::io::Read;
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the xunshi binary runs");
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            r.read_to_end(&mut buf).unwrap();
            buf
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed().as_secs() >= secs {
            child.kill().unwrap();
            panic!("xunshi {args:?} took more than {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

#[cfg(unix)]
#[test]
fn special_entries_get_records_and_nothing_blocks() {
    use std::os::unix::fs::symlink;
    let dir = scratch("special");
    std::fs::copy(
        data("corpus/01-cuiping-agriculture.txt"),
        dir.join("a-report.txt"),
    )
    .unwrap();
    let fifo = dir.join("b-pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo");
    symlink(dir.join("nowhere.txt"), dir.join("c-dangling.txt")).unwrap();
    symlink(dir.join("d-loop-2"), dir.join("d-loop-1")).unwrap();
    symlink(dir.join("d-loop-1"), dir.join("d-loop-2")).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    symlink(dir.join("sub"), dir.join("e-linked-dir")).unwrap();
    symlink(dir.join("a-report.txt"), dir.join("f-linked-file.txt")).unwrap();
    let o = run_within(&["parse", dir.to_str().unwrap()], 30);
    assert_eq!(o.status.code(), Some(1));
    let got: Vec<(String, Option<String>)> = jsonl(&o)
        .iter()
        .map(|r| {
            let name = r["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned();
            (name, r["error_kind"].as_str().map(str::to_owned))
        })
        .collect();
    let kind = |k: &str| Some(k.to_owned());
    assert_eq!(
        got,
        [
            ("a-report.txt".to_owned(), None),
            ("b-pipe.txt".to_owned(), kind("not_a_file")),
            ("c-dangling.txt".to_owned(), kind("unreadable")),
            ("d-loop-1".to_owned(), kind("unreadable")),
            ("d-loop-2".to_owned(), kind("unreadable")),
            ("e-linked-dir".to_owned(), kind("not_a_file")),
            ("f-linked-file.txt".to_owned(), None),
        ],
        "every entry has a record, in path order"
    );
    let err = stderr(&o);
    for said in [
        "b-pipe.txt: not_a_file: a FIFO (named pipe), not opened",
        "c-dangling.txt: unreadable: a dangling symbolic link",
        "d-loop-1: unreadable: a symbolic link that cannot be followed",
        "e-linked-dir: not_a_file: a symbolic link to a directory",
        "5 of 7 files could not be read as reports",
    ] {
        assert!(err.contains(said), "stderr says {said}: {err}");
    }
    // a FIFO named on the command line is refused, not opened
    let o = run_within(&["parse", fifo.to_str().unwrap()], 30);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(jsonl(&o)[0]["error_kind"], "not_a_file");
}

/// A report whose one paragraph repeats a tally that does not add up, `n` times: `n`
/// error findings on one line, or on `n` lines.
fn many_findings(n: usize, lines: bool) -> String {
    let head = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了常规巡察。\
        7月20日,县委第一巡察组向县林业局党组反馈了巡察意见。\n";
    let tally = if lines {
        "给予党纪处分5人(党内警告2人,严重警告2人)。\n"
    } else {
        "给予党纪处分5人(党内警告2人,严重警告2人);"
    };
    format!("{head}{}\n", tally.repeat(n))
}

#[test]
fn many_findings_take_linear_time() {
    let dir = scratch("findings");
    for lines in [false, true] {
        let file = dir.join(format!("many-{lines}.txt"));
        std::fs::write(&file, many_findings(16_000, lines)).unwrap();
        let f = file.to_str().unwrap();
        // before LineIndex and excerpts, `check` on one line took about 160 s (release)
        let o = run_within(&["parse", f], 60);
        let recs = jsonl(&o);
        let findings = recs[0]["findings"].as_array().unwrap();
        let mismatches: Vec<&Value> = findings
            .iter()
            .filter(|x| x["code"] == "breakdown_mismatch")
            .collect();
        assert_eq!(mismatches.len(), 16_000);
        let last = mismatches.last().unwrap();
        let (line, column) = if lines {
            (16_001, 3)
        } else {
            (2, 3 + 15_999 * 24)
        };
        assert_eq!(
            (last["line"].as_u64(), last["column"].as_u64()),
            (Some(line), Some(column))
        );
        let o = run_within(&["check", "--min-severity", "error", f], 60);
        let out = stdout(&o);
        assert_eq!(out.matches("error[breakdown_mismatch]").count(), 16_000);
        let csv = dir.join(format!("csv-{lines}"));
        run_within(&["parse", "-f", "csv", "-o", csv.to_str().unwrap(), f], 60);
        let (_, rows) = read_table(&csv, "findings");
        assert_eq!(
            rows.iter()
                .filter(|r| r["code"] == "breakdown_mismatch")
                .count(),
            16_000
        );
        assert_eq!(rows.last().unwrap()["line"], line.to_string());
    }
}

#[test]
fn deep_html_is_read_flat_with_a_note() {
    let dir = scratch("deep-html");
    let page = dir.join("deep.html");
    let body = many_findings(1, true);
    let deep = format!(
        "<html><body>{}<p>{body}</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    std::fs::write(&page, deep).unwrap();
    // html5ever takes about 20 s on this page (release); read flat it takes milliseconds
    let o = run_within(&["parse", page.to_str().unwrap()], 30);
    let rec = &jsonl(&o)[0];
    assert_eq!(rec["ok"], true, "{rec}");
    assert!(
        rec["decode_note"]
            .as_str()
            .unwrap()
            .contains("read as flat text"),
        "{rec}"
    );
    assert_eq!(rec["report"]["inspection"]["target"], "县林业局");
    // a page of ordinary depth has no note
    let o = run(&["parse", GOOD[4]]);
    assert!(jsonl(&o)[0]["decode_note"].is_null());
}

#[test]
fn output_errors_name_the_path() {
    let dir = scratch("out-errors");
    let missing = dir.join("no-such-dir/all.jsonl");
    let o = run(&["parse", GOOD[0], "--out", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(missing.to_str().unwrap()),
        "{}",
        stderr(&o)
    );
    // a file where the tables' directory should be
    let file = dir.join("a-file");
    std::fs::write(&file, "x").unwrap();
    let o = run(&[
        "parse",
        "-f",
        "csv",
        "--out",
        file.to_str().unwrap(),
        GOOD[0],
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(file.to_str().unwrap()),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    let bytes = std::fs::read(data("corpus/03-shiwan-town-gb18030.txt")).unwrap();
    let mut child = Command::new(BIN)
        .args(["parse", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let rec = &jsonl(&o)[0];
    assert_eq!(
        (rec["path"].as_str(), rec["encoding"].as_str()),
        (Some("-"), Some("gb18030"))
    );
    assert_eq!(rec["report"]["inspection"]["target"], "石湾镇");
    // the same bytes from a file: the same report id
    let from_file = jsonl(&run(&[
        "parse",
        "tests/cli-data/corpus/03-shiwan-town-gb18030.txt",
    ]));
    assert_eq!(rec["report_id"], from_file[0]["report_id"]);
    // nothing on standard input
    let o = run(&["parse", "-"]);
    assert_eq!(jsonl(&o)[0]["error_kind"], "empty");
}

#[test]
fn globs_filter_what_is_found_under_directories() {
    let names = |args: &[&str]| -> Vec<String> {
        jsonl(&run(args))
            .iter()
            .map(|r| {
                r["path"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    assert_eq!(
        names(&["parse", "--glob", "*.htm*", CORPUS]),
        [
            "05-wangchuan-statistics-page.html",
            "06-qingshi-water-page-gbk.htm"
        ]
    );
    assert_eq!(
        names(&["parse", "--glob", "bad/*.txt", "--glob", "*.png", CORPUS]),
        ["blank.txt", "empty.txt", "notice.txt", "photo.png"]
    );
    // a file named on the command line is read whatever the pattern
    assert_eq!(
        names(&["parse", "--glob", "*.html", GOOD[0]]),
        ["01-cuiping-agriculture.txt"]
    );
    let o = run(&["parse", "--glob", "*.doc", CORPUS]);
    assert_eq!(o.status.code(), Some(2), "no files: a usage error");
}

#[test]
fn view_writes_a_page_per_report_and_an_index() {
    let dir = scratch("view");
    let out = dir.to_str().unwrap();
    let o = run(&[
        "view",
        GOOD[0],
        GOOD[2],
        "tests/cli-data/corpus/bad",
        "--out",
        out,
    ]);
    // a file that gives no report makes the status 1 and is listed in the index
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        pages.contains(&"01-cuiping-agriculture.html".to_owned()),
        "{pages:?}"
    );
    assert!(
        pages.contains(&"03-shiwan-town-gb18030.html".to_owned()),
        "{pages:?}"
    );
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("01-cuiping-agriculture.html"));
    assert!(index.contains("03-shiwan-town-gb18030.html"));
    let page = std::fs::read_to_string(dir.join("03-shiwan-town-gb18030.html")).unwrap();
    // the GB18030 file's text is on the page, decoded, with its marks
    assert!(page.contains("class=\"m k-inspection"), "no marks");
    assert!(page.contains("巡察"));
    assert!(
        stderr(&o).contains("wrote 2 pages and index.html"),
        "{}",
        stderr(&o)
    );
}

/// A text of more than 1 MiB is written as its record is made, by the thread that keeps
/// the order, not made whole in a worker first: the records are the same in every style.
#[test]
fn a_long_text_gives_the_same_records_in_every_style() {
    let dir = scratch("long");
    let sample = std::fs::read_to_string("examples/data/sample.txt").unwrap();
    let long = sample.repeat((1 << 20) / sample.len() + 1);
    assert!(long.len() > 1 << 20);
    let short = dir.join("a-short.txt");
    std::fs::write(&short, &sample).unwrap();
    let path = dir.join("b-long.txt");
    std::fs::write(&path, &long).unwrap();
    let (short, path) = (short.to_str().unwrap(), path.to_str().unwrap());
    let lines = jsonl(&run(&["parse", short, path, "-j", "2"]));
    assert_eq!(lines.len(), 2);
    let report = xunshi::Report::parse(&long).unwrap();
    assert_eq!(lines[1]["report"], serde_json::to_value(&report).unwrap());
    assert_eq!(
        lines[1]["findings"].as_array().unwrap().len(),
        report.validate().len()
    );
    let array: Value = serde_json::from_str(&stdout(&run(&["parse", short, path, "-f", "json"])))
        .expect("one JSON array");
    assert_eq!(array.as_array().unwrap(), &lines);
    let compact = jsonl(&run(&["parse", short, path, "--compact"]));
    let mut want = without_spans(&lines[1]);
    want.as_object_mut().unwrap().remove("span_units");
    assert_eq!(compact[1], want);
    let text = stdout(&run(&["parse", path, "--compact", "-f", "json"]));
    let item: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(item[0], want);
    let full = stdout(&run(&["parse", short, path]));
    let compact = stdout(&run(&["parse", short, path, "--compact"]));
    assert_eq!(compact.lines().count(), 2);
    for (c, f) in compact.lines().zip(full.lines()) {
        assert_eq!(
            c,
            strip_spans(f.as_bytes()).0,
            "the same bytes without spans"
        );
    }
}
