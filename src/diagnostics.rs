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

use crate::{Finding, LineIndex, Severity, Span};

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

/// The most source text [`render_finding_indexed`] hands to the renderer for one finding.
pub const EXCERPT_LIMIT: usize = 8 * 1024;

/// Renders one finding like [`render_finding`], in time that does not grow with the text:
/// only the lines the spans stand on are given to the renderer, found through `index`.
///
/// When those lines hold more than [`EXCERPT_LIMIT`] bytes, only the primary span's line
/// is drawn; when that line alone is longer, the finding is shown with its
/// `path:line:column` and a note saying the line is too long to draw. Use it when
/// rendering many findings over one text (the `xunshi check` command does).
///
/// ```
/// use xunshi::{LineIndex, Report, diagnostics};
/// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
///             给予党纪处分5人(党内警告2人,严重警告2人)。\n";
/// let report = Report::parse(text).unwrap();
/// let finding = &report.validate()[0];
/// let index = LineIndex::new(text);
/// assert_eq!(
///     diagnostics::render_finding_indexed(finding, &index, Some("林业局.txt"), false),
///     diagnostics::render_finding(finding, text, Some("林业局.txt"), false),
/// );
/// ```
pub fn render_finding_indexed(
    finding: &Finding,
    index: &LineIndex<'_>,
    path: Option<&str>,
    color: bool,
) -> String {
    let source = index.text();
    let spans: Vec<Span> = finding
        .spans
        .iter()
        .map(|s| clamp(*s, source))
        .filter(|s| *s != Span::default() || source.is_empty())
        .collect();
    let Some(&primary) = spans.first() else {
        return render_finding(finding, source, path, color);
    };
    let lines = |spans: &[Span]| {
        let lo = spans.iter().map(|s| s.start).min().unwrap_or(0);
        let hi = spans.iter().map(|s| s.end).max().unwrap_or(0);
        index.line_span(lo).to(index.line_span(hi))
    };
    let mut shown = spans.clone();
    let mut excerpt = lines(&shown);
    if excerpt.len() > EXCERPT_LIMIT {
        shown.truncate(1);
        excerpt = lines(&shown);
    }
    let title = level(finding.severity)
        .primary_title(finding.message.as_str())
        .id(finding.code.as_str());
    let group = if excerpt.len() > EXCERPT_LIMIT {
        let at = index.line_col(primary.start);
        let origin = Origin::path(path.unwrap_or(""))
            .line(at.line)
            .char_column(at.column);
        let note = format!("the line is too long to draw ({} bytes)", excerpt.len());
        title.element(origin).element(Level::NOTE.message(note))
    } else {
        let text = &source[excerpt.range()];
        let line = index.line_col(excerpt.start).line;
        let mut snippet = Snippet::source(text).path(path).line_start(line).fold(true);
        for (i, span) in shown.iter().enumerate() {
            let kind = if i == 0 {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            let at = span.start - excerpt.start..span.end.min(excerpt.end) - excerpt.start;
            snippet = snippet.annotation(kind.span(at));
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
        let index = LineIndex::new("正文");
        let shown = render_finding_indexed(&finding(vec![Span::new(1, 99)]), &index, None, false);
        assert!(shown.contains("正文"), "{shown}");
    }

    #[test]
    fn indexed_rendering_matches_and_bounds_long_lines() {
        let text = "标题\n一、关于“甲”问题\n三、关于“乙”问题\n(一)措施。\n";
        let index = LineIndex::new(text);
        let at = |w: &str| text.find(w).unwrap();
        for spans in [
            vec![Span::new(at("三、"), at("三、") + 6)],
            vec![
                Span::new(at("三、"), at("三、") + 6),
                Span::new(at("一、"), at("一、") + 6),
            ],
            vec![Span::new(at("(一)"), text.len())],
        ] {
            let f = finding(spans);
            assert_eq!(
                render_finding_indexed(&f, &index, Some("a.txt"), false),
                render_finding(&f, text, Some("a.txt"), false)
            );
        }
        // a line longer than the limit: the place, and a note instead of the line
        let long = format!("标题\n{}三、关于“乙”问题\n", "甲".repeat(EXCERPT_LIMIT));
        let index = LineIndex::new(&long);
        let start = long.find("三、").unwrap();
        let f = finding(vec![Span::new(start, start + 6)]);
        let shown = render_finding_indexed(&f, &index, Some("b.txt"), false);
        assert!(
            shown.contains(&format!("b.txt:2:{}", EXCERPT_LIMIT + 1)),
            "{shown}"
        );
        assert!(shown.contains("the line is too long to draw"), "{shown}");
        assert!(!shown.contains("甲甲"), "{shown}");
    }
}
