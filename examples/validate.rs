//! Prints each finding of a report with line:column and the source line it points at.
//!
//! ```text
//! cargo run --example validate -- FILE
//! ```

use std::process::ExitCode;

use xunshi::{Report, Severity};

fn run() -> Result<bool, String> {
    let path = std::env::args().nth(1).ok_or("usage: validate FILE")?;
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8"))?;
    let report = Report::parse(&text).map_err(|e| format!("{path}: {e}"))?;
    let findings = report.validate();
    let mut errors = false;
    for f in &findings {
        errors |= f.severity == Severity::Error;
        let sev = format!("{:?}", f.severity).to_lowercase();
        match f.spans.first() {
            Some(span) => {
                let lc = span.line_col(&text);
                println!(
                    "{path}:{lc}: {sev}[{}]: {}",
                    serde_json::to_value(f.code)
                        .unwrap_or_default()
                        .as_str()
                        .unwrap_or(""),
                    f.message
                );
                let line = xunshi::line_at(&text, span.start);
                println!("    {line}");
                // mark the characters (double-width CJK takes two columns)
                let width = |s: &str| {
                    s.chars()
                        .map(|c| if c.is_ascii() { 1 } else { 2 })
                        .sum::<usize>()
                };
                let before: String = line.chars().take(lc.column - 1).collect();
                let marked = span.slice(&text).unwrap_or("").lines().next().unwrap_or("");
                println!(
                    "    {}{}",
                    " ".repeat(width(&before)),
                    "^".repeat(width(marked).max(1))
                );
            }
            None => println!("{path}: {sev}: {}", f.message),
        }
    }
    println!("{} finding(s)", findings.len());
    Ok(errors)
}

fn main() -> ExitCode {
    match run() {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
