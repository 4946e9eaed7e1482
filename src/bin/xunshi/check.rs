//! `check`: every finding drawn over the source text, then a summary.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{Level, Origin, Renderer};
use xunshi::{Severity, diagnostics};

use crate::doc::Doc;

/// The findings of one file (at `min` severity and above), each followed by a blank line;
/// for a file that gave no report, the reason.
pub fn render(doc: &Doc, min: Severity, color: bool) -> String {
    let mut out = String::new();
    let origin = if doc.loaded.as_ref().is_some_and(|l| l.html) {
        format!("{} (visible text)", doc.path)
    } else {
        doc.path.clone()
    };
    match &doc.outcome {
        Ok(p) => {
            for f in p.findings.iter().filter(|f| f.severity >= min) {
                out.push_str(&diagnostics::render_finding(
                    f,
                    doc.text(),
                    Some(&origin),
                    color,
                ));
                out.push_str("\n\n");
            }
        }
        Err(f) => {
            let title = Level::ERROR
                .primary_title(f.message.as_str())
                .id(f.kind)
                .element(Origin::path(origin.as_str()));
            let renderer = if color {
                Renderer::styled()
            } else {
                Renderer::plain()
            };
            out.push_str(
                renderer
                    .decor_style(DecorStyle::Ascii)
                    .render(&[title])
                    .trim_end(),
            );
            out.push_str("\n\n");
        }
    }
    out
}

/// What one file adds to the summary.
pub struct Counts {
    /// Path, kind and message, when the file gave no report.
    pub failure: Option<(String, &'static str, String)>,
    /// Findings by severity.
    errors: usize,
    warnings: usize,
    infos: usize,
}

impl Counts {
    /// Counts the findings of one file.
    pub fn of(doc: &Doc) -> Counts {
        let mut c = Counts {
            failure: None,
            errors: 0,
            warnings: 0,
            infos: 0,
        };
        match &doc.outcome {
            Ok(p) => {
                for f in &p.findings {
                    match f.severity {
                        Severity::Error => c.errors += 1,
                        Severity::Warning => c.warnings += 1,
                        Severity::Info => c.infos += 1,
                    }
                }
            }
            Err(f) => c.failure = Some((doc.path.clone(), f.kind, f.message.clone())),
        }
        c
    }
}

/// Totals over the files checked.
#[derive(Default)]
pub struct Summary {
    files: usize,
    /// Files that gave no report.
    pub failed: usize,
    failures: BTreeMap<&'static str, usize>,
    /// Error findings.
    pub errors: usize,
    warnings: usize,
    infos: usize,
    with_errors: usize,
    with_findings: usize,
}

impl Summary {
    /// Adds one file.
    pub fn add(&mut self, c: Counts) {
        self.files += 1;
        if let Some((_, kind, _)) = c.failure {
            self.failed += 1;
            *self.failures.entry(kind).or_default() += 1;
        }
        self.errors += c.errors;
        self.warnings += c.warnings;
        self.infos += c.infos;
        self.with_errors += usize::from(c.errors > 0);
        self.with_findings += usize::from(c.errors + c.warnings + c.infos > 0);
    }

    /// The summary lines.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let reports = self.files - self.failed;
        let _ = write!(
            s,
            "checked {} {}: {} {} parsed",
            self.files,
            plural(self.files, "file"),
            reports,
            plural(reports, "report")
        );
        if self.failed > 0 {
            let kinds: Vec<String> = self
                .failures
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            let _ = write!(s, ", {} failed ({})", self.failed, kinds.join(", "));
        }
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "findings: {} {}, {} {}, {} info; {} {} with errors, {} with findings",
            self.errors,
            plural(self.errors, "error"),
            self.warnings,
            plural(self.warnings, "warning"),
            self.infos,
            self.with_errors,
            plural(self.with_errors, "report"),
            self.with_findings,
        );
        s
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}
