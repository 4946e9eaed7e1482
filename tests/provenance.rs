//! The crate's own texts are written in our own words: no fixture, example, doc or source
//! file repeats a long run of a real notice from `../shared/corpus`.
//!
//! A run counts as copied when 32 characters in a row (whitespace removed) appear in a
//! corpus text. The stock formulas of the genre are shorter than that; a copied sentence
//! is not.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

const RUN: usize = 32;

fn squeeze(text: &str) -> Vec<char> {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every run of `RUN` characters of every corpus text.
fn corpus_runs(dir: &Path) -> HashSet<String> {
    let mut runs = HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let chars = squeeze(&text);
                for w in chars.windows(RUN) {
                    runs.insert(w.iter().collect());
                }
            }
        }
    }
    runs
}

/// The crate's text files, outside build output and the fuzzers' own corpora.
fn own_files(root: &Path) -> Vec<PathBuf> {
    let skip = ["target", ".git", "corpus", "artifacts"];
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if !skip.contains(&name.as_str()) && !name.starts_with('.') {
                    stack.push(path);
                }
            } else if !name.ends_with(".actual.json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The first copied run in `text`, if any.
fn first_copied_run(text: &str, runs: &HashSet<String>) -> Option<String> {
    let chars = squeeze(text);
    chars
        .windows(RUN)
        .map(|w| w.iter().collect::<String>())
        .find(|w| runs.contains(w))
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn no_file_repeats_a_run_of_a_real_notice() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus");
    assert!(corpus.is_dir(), "{} is missing", corpus.display());
    let runs = corpus_runs(&corpus);
    assert!(runs.len() > 10_000, "corpus too small: {} runs", runs.len());
    let mut copied = Vec::new();
    let files = own_files(root);
    assert!(files.len() > 100, "only {} files found", files.len());
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // not UTF-8 (GBK/UTF-16 CLI inputs, binaries)
        };
        if let Some(run) = first_copied_run(&text, &runs) {
            copied.push(format!("{}: {run}", path.display()));
        }
    }
    assert!(copied.is_empty(), "copied runs:\n{}", copied.join("\n"));
}

#[test]
fn a_copied_run_is_found_and_a_short_formula_is_not() {
    let source = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄";
    let runs: HashSet<String> = squeeze(source)
        .windows(RUN)
        .map(|w| w.iter().collect())
        .collect();
    let copy = format!("前言。{}后记。", &source[..source.len() - 3]);
    assert!(first_copied_run(&copy, &runs).is_some());
    assert!(first_copied_run("一二三四五六七八九十甲乙丙丁", &runs).is_none());
}
