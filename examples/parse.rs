//! Parses a rectification notice and prints a readable summary, or JSON with `--json`.
//!
//! ```text
//! cargo run --example parse                 # the built-in sample report
//! cargo run --example parse -- FILE         # a report of yours
//! cargo run --example parse -- FILE --json  # the report as JSON, with its findings
//! ```

use std::process::ExitCode;

use xunshi::Report;

/// A fictional report written for this example (青岚县 does not exist).
const SAMPLE: &str = include_str!("data/sample.txt");

fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!("{path} is not UTF-8 (invalid byte at offset {}); convert it first, e.g. with iconv -f GB18030 -t UTF-8", e.utf8_error().valid_up_to())
    })
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if let Some(bad) = args.iter().find(|a| a.starts_with("--") && *a != "--json") {
        return Err(format!(
            "unknown option {bad}; usage: parse [FILE] [--json]"
        ));
    }
    let (name, text) = match files.as_slice() {
        [] => ("built-in sample".to_owned(), SAMPLE.to_owned()),
        [path] => ((*path).clone(), read(path)?),
        _ => return Err("give at most one FILE".into()),
    };
    let report = Report::parse(&text).map_err(|e| format!("{name}: {e}"))?;
    let findings = report.validate();
    if json {
        let mut value = serde_json::to_value(&report).map_err(|e| e.to_string())?;
        value["findings"] = serde_json::to_value(&findings).map_err(|e| e.to_string())?;
        println!(
            "{}",
            serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    println!("{name}");
    if let Some(t) = &report.title {
        println!("  title       {}", t.text);
    }
    if let Some(i) = &report.inspection {
        let opt = |d: Option<xunshi::PartialDate>| d.map_or("?".to_owned(), |d| d.to_string());
        println!("  scheme      {}", i.scheme.as_str());
        println!("  team        {}", i.team.as_deref().unwrap_or("?"));
        println!("  target      {}", i.target.as_deref().unwrap_or("?"));
        println!("  period      {} to {}", opt(i.start), opt(i.end));
        println!(
            "  feedback    {} to {}",
            opt(i.feedback_date),
            i.feedback_recipient.as_deref().unwrap_or("?")
        );
    }
    if let Some(o) = &report.overview {
        let n = |c: Option<xunshi::Count>| c.map_or("-".to_owned(), |c| c.value.to_string());
        println!(
            "  declared    {} categories, {} problems, {} measures",
            n(o.problem_categories),
            n(o.problems),
            n(o.measures)
        );
    }
    if let Some(o) = &report.outcomes {
        for p in &o.penalties {
            let parts: Vec<String> = p
                .breakdown
                .iter()
                .map(|b| {
                    format!(
                        "{} {}",
                        b.label,
                        b.count.map_or("?".to_owned(), |c| c.to_string())
                    )
                })
                .collect();
            let total = p.total.map_or("?".to_owned(), |t| t.to_string());
            println!(
                "  penalty     {} {total}{} {}",
                p.label,
                p.unit.as_str(),
                parts.join(", ")
            );
        }
        for f in &o.funds {
            println!(
                "  funds       {} {} yuan ({})",
                f.label, f.amount.yuan, f.amount.text
            );
        }
    }
    let issues = report.all_issues();
    let measures: usize = issues.iter().map(|i| i.measures.len()).sum();
    println!("  issues      {} with {measures} measures", issues.len());
    for i in &report.issues {
        println!("    {}{} ({} measures)", i.label, i.title, i.measures.len());
    }
    println!("  next steps  {}", report.next_steps.len());
    if let Some(s) = &report.signature {
        let date = s.date.map_or("?".to_owned(), |d| d.to_string());
        println!(
            "  signed      {} on {date}",
            s.issuer.as_deref().unwrap_or("?")
        );
    }
    let cov = report.coverage(&text);
    println!(
        "  coverage    {} of {} characters interpreted, {} kept as passages",
        cov.interpreted, cov.total, cov.passages
    );
    for f in &findings {
        let at = f
            .spans
            .first()
            .map(|s| s.line_col(&text).to_string())
            .unwrap_or_default();
        println!("  {:<11} {at} {}", f.severity, f.message);
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
