//! Findings drawn over the source text, for people (feature `diagnostics`).
//!
//! [`render_finding`] prints a [`Finding`] the way a compiler prints an error: the
//! severity, the code and the message, then `path:line:column`, the line itself and a
//! marker under the exact characters. Markers stay aligned under double-width Chinese
//! characters and full-width punctuation.
//!
//! ```
//! use xunshi::{Report, diagnostics};
//! let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
//!             给予党纪处分5人(党内警告2人,严重警告2人)。\n";
//! let report = Report::parse(text).unwrap();
//! let finding = &report.validate()[0];
//! let shown = diagnostics::render_finding(finding, text, Some("林业局.txt"), false);
//! assert!(shown.starts_with("error[breakdown_mismatch]: 党纪处分 breakdown sums to 4"));
//! assert!(shown.contains("林业局.txt:2:3"));
//! ```

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::{Finding, Severity, Span};

/// Renders one finding over `source`, the text the report was parsed from.
///
/// The first span of the finding is the primary one (marked `^`), the others are drawn
/// as context (marked `-`); a finding without spans gets its title and the path only.
/// `path` names the input in the `--> path:line:column` line; `color` adds ANSI styles.
/// The result ends without a newline.
pub fn render_finding(finding: &Finding, source: &str, path: Option<&str>, color: bool) -> String {
    let spans: Vec<Span> = finding
        .spans
        .iter()
        .map(|s| clamp(*s, source))
        .filter(|s| *s != Span::default() || source.is_empty())
        .collect();
    let id = finding.code.as_str();
    let title = level(finding.severity)
        .primary_title(finding.message.as_str())
        .id(id);
    let group = if spans.is_empty() {
        match path {
            Some(p) => title.element(Origin::path(p)),
            None => Group::with_title(title),
        }
    } else {
        let mut snippet = Snippet::source(source).path(path).fold(true);
        for (i, span) in spans.iter().enumerate() {
            let kind = if i == 0 {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            snippet = snippet.annotation(kind.span(span.range()));
        }
        title.element(snippet)
    };
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let renderer = renderer.decor_style(DecorStyle::Ascii);
    renderer.render(&[group]).trim_end().to_owned()
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The span moved inside `source` and onto `char` boundaries.
fn clamp(span: Span, source: &str) -> Span {
    let fix = |mut at: usize| {
        at = at.min(source.len());
        while !source.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = fix(span.start);
    Span::new(start, fix(span.end).max(start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Code;

    fn finding(spans: Vec<Span>) -> Finding {
        Finding {
            severity: Severity::Warning,
            code: Code::NumberingGap,
            message: "issue numbering skips 2".into(),
            spans,
        }
    }

    #[test]
    fn markers_align_under_wide_characters() {
        let text = "标题\n一、关于“甲”问题\n三、关于“乙”问题\n";
        let start = text.find("三、").unwrap();
        let shown = render_finding(
            &finding(vec![Span::new(start, start + "三、".len())]),
            text,
            Some("a.txt"),
            false,
        );
        assert!(
            shown.starts_with("warning[numbering_gap]: issue numbering skips 2"),
            "{shown}"
        );
        assert!(shown.contains("--> a.txt:3:1"), "{shown}");
        let lines: Vec<&str> = shown.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.ends_with("三、关于“乙”问题"))
            .unwrap();
        // two double-width characters: four columns of markers
        assert!(lines[at + 1].ends_with("| ^^^^"), "{shown}");
    }

    #[test]
    fn no_spans_and_bad_spans() {
        let shown = render_finding(&finding(Vec::new()), "正文", Some("b.txt"), false);
        assert!(shown.contains("b.txt"), "{shown}");
        // out of range and inside a character: clamped, never a panic
        let shown = render_finding(&finding(vec![Span::new(1, 99)]), "正文", None, false);
        assert!(shown.contains("正文"), "{shown}");
    }
}
