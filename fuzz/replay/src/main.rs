//! Replays inputs of the `render_roundtrip` fuzz target (its artifacts, a corpus) with the
//! target's own checks and prints one line per file:
//!
//! - `clean`: the checks pass;
//! - `facts\t<parts>`: the rendering parsed again changes these parts of the key facts;
//! - `fixpoint\t<lines>|<lines>`: rendering the re-parsed report gives another text;
//! - `unknown`: an `Unknown` passage, so only no panic is promised;
//! - `not-a-report` / `not-a-report-again`: the input, or its rendering, is no report.
//!
//! `V=1` prints the facts and renderings of a failing file, `D=1` the first line where two
//! renderings differ.
//!
//! ```sh
//! cargo run --release --manifest-path fuzz/replay/Cargo.toml -- fuzz/artifacts/render_roundtrip/*
//! ```

use xunshi::{PassageKind, Report};

#[path = "../../fuzz_targets/key_facts.rs"]
mod key_facts;
use key_facts::key_facts;

/// The parts of the key facts, as `key_facts` writes them, in order.
const PARTS: &[&str] = &[
    "issues ",
    "measures ",
    "sections ",
    "penalties ",
    "funds ",
    "institutions ",
    "next_steps ",
    "period ",
    "feedback ",
    "signature ",
    "target ",
    "recipient ",
];

/// The parts in which two key-fact strings differ.
fn differing(a: &str, b: &str) -> Vec<&'static str> {
    let split = |k: &str| -> Vec<String> {
        let mut at: Vec<usize> = PARTS.iter().filter_map(|p| k.find(p)).collect();
        at.push(k.len());
        at.windows(2).map(|w| k[w[0]..w[1]].to_owned()).collect()
    };
    let (x, y) = (split(a), split(b));
    PARTS
        .iter()
        .zip(x.iter().zip(&y))
        .filter(|(_, (p, q))| p != q)
        .map(|(n, _)| n.trim())
        .collect()
}

/// How one input fares.
fn replay(input: &str, verbose: bool, first_diff: bool) -> String {
    let Ok(first) = Report::parse(input) else {
        return "not-a-report".into();
    };
    if first
        .unrecognized
        .iter()
        .any(|p| p.kind == PassageKind::Unknown)
    {
        return "unknown".into();
    }
    let t1 = first.render();
    let Ok(second) = Report::parse(&t1) else {
        return "not-a-report-again".into();
    };
    let (k1, k2) = (key_facts(&first), key_facts(&second));
    if k1 != k2 {
        let mut out = format!("facts\t{}", differing(&k1, &k2).join(","));
        if verbose {
            out += &format!("\n--- first\n{k1}\n--- again\n{k2}\n--- rendering\n{t1}");
        }
        return out;
    }
    let t2 = second.render();
    if t2 == t1 {
        return "clean".into();
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (t1.lines().collect(), t2.lines().collect());
    let mut out = format!("fixpoint\t{}|{}", a.len(), b.len());
    if first_diff {
        let i = (0..a.len().min(b.len()))
            .find(|&i| a[i] != b[i])
            .unwrap_or(a.len().min(b.len()));
        out += &format!("\tline {i}: {:?} => {:?}", a.get(i), b.get(i));
    }
    if verbose {
        out += &format!("\n--- rendering\n{t1}\n--- again\n{t2}");
    }
    out
}

fn main() {
    let verbose = std::env::var_os("V").is_some();
    let first_diff = std::env::var_os("D").is_some();
    for path in std::env::args().skip(1) {
        match std::fs::read(&path) {
            Ok(data) => {
                let input = String::from_utf8_lossy(&data);
                println!("{path}\t{}", replay(&input, verbose, first_diff));
            }
            Err(e) => println!("{path}\tunreadable: {e}"),
        }
    }
}
