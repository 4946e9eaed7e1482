//! The target of issue 13 in the bench's own output: `Report::parse` against
//! `std::str::from_utf8` over the same bytes, measured interleaved in one process (a round
//! of parses, then a round of validations, many times over) so that the machine's noise
//! falls on both alike. Three inputs: the corpus report, the same report grown to about
//! 1 MB (its issue sections repeated), and all fixtures together.
//!
//! `cargo bench --bench ratio`; with `-- --test` (as CI runs it) each part runs once.
//! The report is read from `../shared/corpus` when present, else the built-in sample.

#![allow(missing_docs)] // criterion_group! generates undocumented functions

use std::time::{Duration, Instant};

mod common;

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use xunshi::Report;

/// What the ratio should not exceed.
const TARGET: f64 = 4.0;

use common::corpus;

/// The report with its issue sections repeated until it holds about `bytes`.
fn grown(text: &str, bytes: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| l.starts_with("一、"));
    let last = lines.iter().position(|l| l.starts_with("下一步"));
    let (first, last) = match (first, last) {
        (Some(f), Some(l)) if f < l => (f, l),
        _ => (0, lines.len()),
    };
    let sections = lines[first..last].join("\n");
    let mut out = lines[..first].join("\n");
    out.push('\n');
    while out.len() + sections.len() < bytes {
        out.push_str(&sections);
        out.push('\n');
    }
    out.push_str(&lines[last..].join("\n"));
    out
}

fn fixtures() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn parse_all(texts: &[String]) {
    for t in texts {
        let _ = black_box(Report::parse(black_box(t)));
    }
}

fn validate_all(texts: &[String]) {
    for t in texts {
        let _ = black_box(std::str::from_utf8(black_box(t.as_bytes())));
    }
}

/// Runs `f` `n` times and returns the time per run.
fn per_run(n: u32, f: &dyn Fn()) -> Duration {
    let start = Instant::now();
    for _ in 0..n {
        f();
    }
    start.elapsed() / n
}

/// The median over `rounds` of (time of a parse) / (time of a UTF-8 validation), each
/// round timing both back to back; and the lowest ratio seen.
fn ratio(texts: &[String], rounds: usize) -> (f64, f64) {
    let bytes: usize = texts.iter().map(String::len).sum();
    // enough runs per round for about 2 ms of parsing
    let n = u32::try_from((2_000_000 / bytes.max(1)).clamp(1, 1000)).unwrap_or(1);
    let mut ratios: Vec<f64> = (0..rounds)
        .map(|_| {
            let p = per_run(n, &|| parse_all(texts));
            let u = per_run(n * 8, &|| validate_all(texts));
            p.as_secs_f64() / u.as_secs_f64().max(1e-12)
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    (ratios[ratios.len() / 2], ratios[0])
}

fn benches(c: &mut Criterion) {
    let test_mode = std::env::args().any(|a| a == "--test");
    let report = corpus();
    let inputs = [
        ("corpus report", vec![report.clone()]),
        ("1 MB report", vec![grown(&report, 1 << 20)]),
        ("all fixtures", fixtures()),
    ];
    let mut lines = Vec::new();
    for (name, texts) in &inputs {
        let bytes: usize = texts.iter().map(String::len).sum();
        let mut g = c.benchmark_group(format!("ratio/{name}"));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("parse", |b| b.iter(|| parse_all(texts)));
        g.bench_function("from_utf8", |b| b.iter(|| validate_all(texts)));
        g.finish();
        let (median, best) = ratio(texts, if test_mode { 1 } else { 31 });
        lines.push(format!(
            "{name:>14} ({bytes:>8} bytes): parse / from_utf8 = {median:5.2}× median, {best:5.2}× best (target ≤ {TARGET}×){}",
            if median <= TARGET { "" } else { "  ABOVE TARGET" }
        ));
    }
    println!("\nRatio, interleaved in one process:");
    for l in lines {
        println!("{l}");
    }
}

criterion_group! {
    name = ratio_benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(ratio_benches);
