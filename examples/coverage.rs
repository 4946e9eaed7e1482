//! For each file: how many characters were interpreted vs kept as passages, and which
//! fields were found — the tool for seeing what the parser misses.
//!
//! ```text
//! cargo run --example coverage -- FILE…
//! ```

use std::process::ExitCode;

use xunshi::{PassageKind, Report};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: coverage FILE…");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &files {
        let text = match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(_)) => {
                eprintln!("{path}: not UTF-8");
                failed = true;
                continue;
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        let report = match Report::parse(&text) {
            Ok(r) => r,
            Err(e) => {
                println!("{path}: not parsed: {e}");
                failed = true;
                continue;
            }
        };
        let c = report.coverage(&text);
        let pct = |n: usize| {
            if c.total == 0 {
                0.0
            } else {
                100.0 * n as f64 / c.total as f64
            }
        };
        println!(
            "{path}: {} chars, {:.1}% interpreted, {:.1}% passages, {} uncovered",
            c.total,
            pct(c.interpreted),
            pct(c.passages),
            c.uncovered.len()
        );
        let mut found = Vec::new();
        let mut missing = Vec::new();
        let mut mark = |name: &str, ok: bool| {
            if ok {
                found.push(name.to_owned())
            } else {
                missing.push(name.to_owned())
            }
        };
        let i = report.inspection.as_ref();
        mark("title", report.title.is_some());
        mark("published", report.published.is_some());
        mark("team", i.is_some_and(|i| i.team.is_some()));
        mark("target", i.is_some_and(|i| i.target.is_some()));
        mark(
            "period",
            i.is_some_and(|i| i.start.is_some() && i.end.is_some()),
        );
        mark("feedback", i.is_some_and(|i| i.feedback_date.is_some()));
        mark("overview", report.overview.is_some());
        mark(
            "penalties",
            report
                .outcomes
                .as_ref()
                .is_some_and(|o| !o.penalties.is_empty()),
        );
        mark(
            "funds",
            report
                .outcomes
                .as_ref()
                .is_some_and(|o| !o.funds.is_empty()),
        );
        mark("issues", !report.all_issues().is_empty());
        mark("next_steps", !report.next_steps.is_empty());
        mark("contact", report.contact.is_some());
        mark("signature", report.signature.is_some());
        println!("  found:   {}", found.join(" "));
        println!("  missing: {}", missing.join(" "));
        for p in report.passages(PassageKind::Unknown) {
            let lc = p.span.line_col(&text);
            let short: String = p.text.chars().take(40).collect();
            println!("  unknown  {lc} {short}");
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
