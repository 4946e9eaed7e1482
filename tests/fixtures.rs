//! Golden fixtures: `tests/fixtures/NAME.txt` → `NAME.json` (the report and its findings).
//!
//! On a mismatch the runner writes `NAME.actual.json` beside the fixture and fails with the
//! paths that differ. Regenerate on purpose with `UPDATE_GOLDEN=1 cargo test --test fixtures`.

mod common;

use serde_json::Value;
use xunshi::Report;

use common::fixture_paths as fixtures;

fn golden_value(r: &Report) -> Value {
    let mut v = serde_json::to_value(r).unwrap();
    v["findings"] = serde_json::to_value(r.validate()).unwrap();
    v
}

#[test]
fn golden_json() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut ran = 0;
    let mut failures = Vec::new();
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let report = Report::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let got = golden_value(&report);
        let json_path = path.with_extension("json");
        let pretty = serde_json::to_string_pretty(&got).unwrap() + "\n";
        ran += 1;
        if update {
            std::fs::write(&json_path, &pretty).unwrap();
            continue;
        }
        let want: Value = match std::fs::read_to_string(&json_path) {
            Ok(s) => serde_json::from_str(&s).unwrap(),
            Err(_) => {
                failures.push(format!(
                    "{}: no golden file (run with UPDATE_GOLDEN=1)",
                    json_path.display()
                ));
                continue;
            }
        };
        let d = common::diff(&got, &want, 10);
        if !d.is_empty() {
            std::fs::write(path.with_extension("actual.json"), &pretty).unwrap();
            failures.push(format!(
                "{} (got != want):\n  {}",
                path.display(),
                d.join("\n  ")
            ));
        }
    }
    assert!(ran >= 30, "expected at least 30 fixtures, ran {ran}");
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_fixture_is_fully_covered_and_spans_are_literal() {
    let mut ran = 0;
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let r = Report::parse(&text).unwrap();
        common::assert_spans_ok(&r, &text);
        let cov = r.coverage(&text);
        assert!(
            cov.is_complete(),
            "{}: uncovered {:?}",
            path.display(),
            cov.uncovered
        );
        assert_eq!(cov.interpreted + cov.passages, cov.total);
        // figures point at their literal words (Traditional text is read as Simplified)
        let traditional = r
            .validate()
            .iter()
            .any(|f| f.code == xunshi::Code::TraditionalCharacters);
        for i in r.all_issues().into_iter().filter(|_| !traditional) {
            for m in &i.measures {
                for q in &m.quantities {
                    let lit = &text[q.span.range()];
                    assert!(
                        lit.contains(q.unit.as_ref()) || q.unit == "元",
                        "{}: {lit} vs {}",
                        path.display(),
                        q.unit
                    );
                }
            }
        }
        if let Some(o) = r.outcomes.as_ref().filter(|_| !traditional) {
            for f in &o.funds {
                assert_eq!(
                    &text[f.amount.span.range()],
                    f.amount.text,
                    "{}",
                    path.display()
                );
            }
        }
        ran += 1;
    }
    assert!(ran >= 30);
}

#[test]
fn every_fixture_renders_and_reparses_to_the_same_model() {
    let mut ran = 0;
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let r = Report::parse(&text).unwrap();
        if r.unrecognized
            .iter()
            .any(|p| p.kind == xunshi::PassageKind::Unknown)
        {
            continue; // unknown passages are not written back (see render docs)
        }
        let rendered = r.render();
        let again = Report::parse(&rendered)
            .unwrap_or_else(|e| panic!("{}: {e}\n{rendered}", path.display()));
        common::assert_same_model(&again, &r, &path.display().to_string());
        ran += 1;
    }
    assert!(ran >= 25, "only {ran} fixtures round-tripped");
}
