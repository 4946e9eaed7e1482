//! Every example is a program the tests run, checking what it prints; an example without a
//! case here fails the test.

use std::process::Command;

/// Runs `cargo run --example NAME -- ARGS` and returns its standard output.
fn run(name: &str, args: &[&str]) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", name, "--"])
        .args(args)
        .current_dir(root)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "example {name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// What each example is run with and what its output must hold.
const CASES: &[(&str, &[&str], &[&str])] = &[
    (
        "parse",
        &[],
        &[
            "built-in sample",
            "team        县委第二巡察组",
            "penalty     党纪处分 6人",
            "coverage    ",
        ],
    ),
    (
        "parse",
        &[
            "tests/fixtures/31-xishan-housing-breakdown-mismatch.txt",
            "--json",
        ],
        &["\"findings\"", "\"breakdown_mismatch\"", "\"inspection\""],
    ),
    (
        "validate",
        &["tests/fixtures/28-jiangcheng-ecology-dropped-label.txt"],
        &["numbering_gap", "四、"],
    ),
    (
        "coverage",
        &["tests/fixtures/01-fullwidth-county-bureau.txt"],
        &["0 uncovered", "found:"],
    ),
    (
        "profile_parse",
        &["tests/fixtures/01-fullwidth-county-bureau.txt", "3"],
        &["\n"],
    ),
];

#[test]
fn every_example_runs_and_prints_what_it_should() {
    for (name, args, wants) in CASES {
        let out = run(name, args);
        for w in *wants {
            assert!(
                out.contains(w),
                "example {name} {args:?}: no “{w}” in\n{out}"
            );
        }
    }
    let root = env!("CARGO_MANIFEST_DIR");
    for e in std::fs::read_dir(format!("{root}/examples")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "rs") {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(
                CASES.iter().any(|c| c.0 == name),
                "examples/{name}.rs has no case in tests/examples.rs"
            );
        }
    }
}

#[test]
fn profile_parse_counts_findings_and_issues() {
    let out = run(
        "profile_parse",
        &[
            "tests/fixtures/28-jiangcheng-ecology-dropped-label.txt",
            "2",
        ],
    );
    let n: usize = out.trim().parse().unwrap();
    // one numbering finding and three issues per run
    assert_eq!(n % 2, 0);
    assert!(n >= 8, "{n}");
}
