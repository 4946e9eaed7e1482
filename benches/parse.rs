//! Throughput of `Report::parse` on the real report, its parts, and growing inputs, beside
//! `std::str::from_utf8` over the same bytes (the ratio holds on a noisy machine).
//!
//! `cargo bench --bench parse`; the report is read from `../shared/corpus` when present,
//! else the built-in sample is used.

#![allow(missing_docs)] // criterion_group! generates undocumented functions

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use xunshi::{Quantity, Report};

use common::corpus;

/// The report with its issue sections repeated `k` times (numbered on).
fn grown(text: &str, k: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("一、"))
        .unwrap_or(lines.len());
    let last = lines
        .iter()
        .position(|l| l.starts_with("下一步"))
        .unwrap_or(lines.len());
    let mut out = lines[..first].join("\n");
    out.push('\n');
    for _ in 0..k {
        for l in &lines[first..last] {
            out.push_str(l);
            out.push('\n');
        }
    }
    out.push_str(&lines[last..].join("\n"));
    out
}

fn benches(c: &mut Criterion) {
    let text = corpus();
    let lines: Vec<&str> = text.lines().collect();
    let header = lines[0].to_owned();
    let tally = format!(
        "{}\n{}\n",
        header,
        lines
            .iter()
            .find(|l| l.contains("党纪处分"))
            .copied()
            .unwrap_or("")
    );
    let body: String = lines
        .iter()
        .filter(|l| l.starts_with('('))
        .copied()
        .collect::<Vec<_>>()
        .join("\n");

    let mut g = c.benchmark_group("report");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| Report::parse(black_box(&text)).unwrap())
    });
    g.bench_function("parse+validate", |b| {
        b.iter(|| Report::parse(black_box(&text)).unwrap().validate())
    });
    g.bench_function("from_utf8 baseline", |b| {
        b.iter(|| {
            std::str::from_utf8(black_box(text.as_bytes()))
                .unwrap()
                .len()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("parts");
    g.throughput(Throughput::Bytes(header.len() as u64));
    g.bench_function("header", |b| {
        b.iter(|| Report::parse(black_box(&header)).unwrap())
    });
    g.throughput(Throughput::Bytes(tally.len() as u64));
    g.bench_function("header+tally", |b| {
        b.iter(|| Report::parse(black_box(&tally)).unwrap())
    });
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("quantities", |b| {
        b.iter(|| Quantity::scan(black_box(&body)))
    });
    g.finish();

    let mut g = c.benchmark_group("growth");
    for k in [1usize, 8, 64] {
        let t = grown(&text, k);
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_with_input(BenchmarkId::new("sections", k), &t, |b, t| {
            b.iter(|| Report::parse(black_box(t)).unwrap())
        });
    }
    g.finish();
}

criterion_group! {
    name = parse;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = benches
}
criterion_main!(parse);
