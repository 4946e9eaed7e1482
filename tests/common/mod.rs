//! Helpers shared by the integration tests.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use xunshi::Report;

/// The fixture files `tests/fixtures/*.txt`, sorted by name.
pub fn fixture_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

/// The fixtures as `(file name, text)`, sorted by name.
pub fn fixtures() -> Vec<(String, String)> {
    fixture_paths()
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The report as JSON with every `span`/`spans` key removed and `year_inherited`-style
/// details left as they serialise; the parser's findings about the source text (which the
/// canonical rendering does not reproduce: placeholders, debris, truncation) left out.
pub fn without_spans(r: &Report) -> Value {
    let mut v = serde_json::to_value(r).unwrap();
    if let Value::Object(m) = &mut v {
        m.remove("parse_findings");
    }
    strip(&mut v);
    v
}

fn strip(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|k, _| !k.ends_with("span") && !k.ends_with("spans"));
            for x in m.values_mut() {
                strip(x);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

/// Asserts every span in the report lies on char boundaries inside `input`.
pub fn assert_spans_ok(r: &Report, input: &str) {
    xunshi::visit_spans(r, &mut |_, s| {
        assert!(
            s.start <= s.end && s.end <= input.len(),
            "span {s} outside input of {} bytes",
            input.len()
        );
        assert!(
            input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
            "span {s} not on char boundaries"
        );
    });
}

/// The paths where two JSON values differ (at most `limit`), for readable failures.
pub fn diff(a: &Value, b: &Value, limit: usize) -> Vec<String> {
    fn go(path: &str, a: &Value, b: &Value, out: &mut Vec<String>, limit: usize) {
        if out.len() >= limit || a == b {
            return;
        }
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                    go(
                        &format!("{path}.{k}"),
                        x.get(k).unwrap_or(&Value::Null),
                        y.get(k).unwrap_or(&Value::Null),
                        out,
                        limit,
                    );
                }
            }
            (Value::Array(x), Value::Array(y)) => {
                for (i, (p, q)) in x.iter().zip(y).enumerate() {
                    go(&format!("{path}[{i}]"), p, q, out, limit);
                }
                if x.len() != y.len() {
                    let extra = if x.len() > y.len() {
                        &x[y.len()..]
                    } else {
                        &y[x.len()..]
                    };
                    out.push(format!(
                        "{path}: lengths {} != {}; extra: {}",
                        x.len(),
                        y.len(),
                        Value::Array(extra.to_vec())
                    ));
                }
            }
            _ => {
                let short = |v: &Value| {
                    let s = v.to_string();
                    if s.chars().count() > 160 {
                        format!("{}…", s.chars().take(160).collect::<String>())
                    } else {
                        s
                    }
                };
                out.push(format!("{path}: {} != {}", short(a), short(b)));
            }
        }
    }
    let mut out = Vec::new();
    go("$", a, b, &mut out, limit);
    out
}

/// Asserts two reports are equal apart from spans, printing only where they differ.
pub fn assert_same_model(got: &Report, want: &Report, what: &str) {
    let d = diff(&without_spans(got), &without_spans(want), 12);
    assert!(d.is_empty(), "{what}: models differ:\n{}", d.join("\n"));
}
