//! Every example is run by CI: this test fails when an example is added without a line in
//! `.ci/run` that runs it.

#[test]
fn every_example_is_run_by_ci() {
    let root = env!("CARGO_MANIFEST_DIR");
    let ci = std::fs::read_to_string(format!("{root}/.ci/run")).unwrap();
    let mut n = 0;
    for e in std::fs::read_dir(format!("{root}/examples")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "rs") {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(
                ci.contains(&format!("--example {name}")),
                "examples/{name}.rs is not run by .ci/run"
            );
            n += 1;
        }
    }
    assert!(n >= 3);
}
