//! `check`: every finding drawn over the source text, then a summary.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{Level, Origin, Renderer};
use xunshi::{LineIndex, Severity, diagnostics};

use crate::doc::Doc;
use xunshi::{InputError, InputErrorKind};

/// Writes the findings of one file (at `min` severity and above), each followed by a
/// blank line; for a file that gave no report, the reason.
pub fn render(out: &mut impl Write, doc: &Doc, min: Severity, color: bool) -> io::Result<()> {
    let origin = if doc.html() {
        format!("{} (visible text)", doc.path)
    } else {
        doc.path.clone()
    };
    match &doc.outcome {
        Ok(p) => {
            let index = LineIndex::new(doc.text());
            for f in p.findings.iter().filter(|f| f.severity >= min) {
                let shown = diagnostics::render_finding_indexed(f, &index, Some(&origin), color);
                out.write_all(shown.as_bytes())?;
                out.write_all(b"\n\n")?;
            }
        }
        Err(f) => {
            out.write_all(failure(f, &origin, color).as_bytes())?;
            out.write_all(b"\n\n")?;
        }
    }
    Ok(())
}

/// A file that gave no report, shown as an error with its reason.
fn failure(f: &InputError, origin: &str, color: bool) -> String {
    let title = Level::ERROR
        .primary_title(f.message())
        .id(f.kind().name())
        .element(Origin::path(origin));
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let shown = renderer.decor_style(DecorStyle::Ascii).render(&[title]);
    shown.trim_end().to_owned()
}

/// Totals over the files checked.
#[derive(Default)]
pub struct Summary {
    files: usize,
    /// Files that gave no report.
    pub failed: usize,
    failures: BTreeMap<InputErrorKind, usize>,
    /// Findings by severity.
    by_severity: BTreeMap<Severity, usize>,
    /// Error findings.
    pub errors: usize,
    with_errors: usize,
    with_findings: usize,
}

impl Summary {
    /// Adds one file.
    pub fn add(&mut self, doc: &Doc) {
        self.files += 1;
        let p = match &doc.outcome {
            Ok(p) => p,
            Err(f) => {
                self.failed += 1;
                *self.failures.entry(f.kind()).or_default() += 1;
                return;
            }
        };
        for f in &p.findings {
            *self.by_severity.entry(f.severity).or_default() += 1;
        }
        let errors = p
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        self.errors += errors;
        self.with_errors += usize::from(errors > 0);
        self.with_findings += usize::from(!p.findings.is_empty());
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
                .map(|(k, n)| format!("{} {n}", k.name()))
                .collect();
            let _ = write!(s, ", {} failed ({})", self.failed, kinds.join(", "));
        }
        let n = |sev: Severity| self.by_severity.get(&sev).copied().unwrap_or(0);
        let (errors, warnings) = (n(Severity::Error), n(Severity::Warning));
        let _ = writeln!(
            s,
            "\nfindings: {errors} {}, {warnings} {}, {} info; {} {} with errors, {} with findings",
            plural(errors, "error"),
            plural(warnings, "warning"),
            n(Severity::Info),
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
