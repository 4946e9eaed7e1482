//! The page of one report: header, findings, the marked text, the side panel.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::ViewOptions;
use super::html::{self, attr, clamp, esc};
use super::marks::{Mark, MarkKind, by_severity, finding_marks, value_marks, yuan};
use crate::{
    Coverage, Finding, Inspection, Outcomes, Overview, PartialDate, Report, Severity, Slot,
};

pub(crate) const STYLE: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("script.js");

/// The page of `report` over `text`, the text it was parsed from: one self-contained
/// HTML document (UTF-8) with every mark of [`marks`](super::marks), the findings of
/// [`Report::validate`] at their [`places`](super::places), and the summary.
///
/// Spans that do not fit `text` (past its end, reversed, off a `char` boundary) are clamped
/// to it, never dropped or panicked on; marks that cross each other are split where they
/// cross. The text container (`<div id="text">`) holds exactly the input: its
/// `textContent` is `text` (a NUL, which HTML cannot hold, shows as U+FFFD).
///
/// # Examples
///
/// ```
/// use xunshi::Report;
/// use xunshi::view::{page, ViewOptions};
/// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
///             给予党纪处分5人(党内警告3人,严重警告2人)。\n";
/// let html = page(&Report::parse(text).unwrap(), text, &ViewOptions::new());
/// assert!(html.contains(r#"data-p="outcomes.penalties[0].breakdown[1]" data-v="严重警告 2""#));
/// assert!(html.contains(r#"<span class="m k-field" id="#));
/// ```
pub fn page(report: &Report, text: &str, options: &ViewOptions) -> String {
    let findings = report.validate();
    let coverage = report.coverage(text);
    let mut marks = value_marks(report, text, &coverage);
    marks.extend(finding_marks(report, text, &findings));
    let lines = Lines::new(text);
    let markers = markers(text, &marks, &lines);
    let body = html::draw(text, &marks, &findings, &markers);

    let title = report
        .title
        .as_ref()
        .map(|t| t.text.clone())
        .or_else(|| options.name.clone())
        .unwrap_or_else(|| "巡视巡察整改情况通报".to_owned());
    let mut o = String::with_capacity(body.len() + STYLE.len() + SCRIPT.len() + 16 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"xunshi {}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#text\">Skip to the text</a>\n<header class=\"top\">\n",
        env!("CARGO_PKG_VERSION"),
        esc(&title)
    );
    if let Some(h) = &options.index_href {
        o.push_str("<nav><a href=\"");
        attr(&mut o, h);
        o.push_str("\">← all reports</a></nav>\n");
    }
    let _ = writeln!(o, "<h1>{}</h1>", esc(&title));
    let chars = text.chars().count();
    let _ = write!(o, "<p class=\"sub\">");
    if let Some(n) = &options.name {
        let _ = write!(o, "<span class=\"src\">{}</span> · ", esc(n));
    }
    let _ = writeln!(
        o,
        "{chars} characters · {} lines · {} marks · read by xunshi {}</p>\n</header>",
        lines.starts.len(),
        marks.len(),
        env!("CARGO_PKG_VERSION")
    );

    o.push_str("<div class=\"layout\">\n<main>\n");
    findings_list(&mut o, text, &findings, &marks, &lines);
    o.push_str("<div id=\"text\" class=\"text\" lang=\"zh-Hans\">");
    o.push_str(&body);
    o.push_str("</div>\n</main>\n");
    panel(&mut o, report, &coverage, &findings, &marks);
    o.push_str("</div>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n");
    o.push_str(SCRIPT);
    o.push_str("</script>\n</body>\n</html>\n");
    o
}

/// Line starts, for line:column and for one margin marker per line.
pub(crate) struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Lines { text, starts }
    }

    fn line(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    fn line_col(&self, at: usize) -> String {
        let l = self.line(at);
        let from = self.starts[l].min(at);
        let col = self.text.get(from..at).map_or(0, |s| s.chars().count());
        format!("{}:{}", l + 1, col + 1)
    }
}

/// Which finding places get a margin marker: the first of each finding on each line.
fn markers(text: &str, marks: &[Mark], lines: &Lines<'_>) -> Vec<bool> {
    let mut out = vec![false; marks.len()];
    let mut seen: HashMap<(usize, usize), ()> = HashMap::new();
    for (k, m) in marks.iter().enumerate() {
        let Some(f) = m.finding else { continue };
        let line = lines.line(clamp(text, m.span).0);
        if seen.insert((f, line), ()).is_none() {
            out[k] = true;
        }
    }
    out
}

fn findings_list(
    o: &mut String,
    text: &str,
    findings: &[Finding],
    marks: &[Mark],
    lines: &Lines<'_>,
) {
    let n = by_severity(findings);
    let _ = write!(
        o,
        "<section class=\"findings\" aria-labelledby=\"fh\">\n<h2 id=\"fh\">Findings \
         <small>{} · {} · {} info</small></h2>\n",
        plural(n[2], "error"),
        plural(n[1], "warning"),
        n[0]
    );
    if findings.is_empty() {
        o.push_str("<p class=\"none\">None: the numbers add up.</p>\n</section>\n");
        return;
    }
    let mut places: Vec<Vec<usize>> = vec![Vec::new(); findings.len()];
    for (k, m) in marks.iter().enumerate() {
        if let Some(f) = m.finding.filter(|&f| f < findings.len()) {
            places[f].push(k);
        }
    }
    o.push_str("<ol>\n");
    for (i, f) in findings.iter().enumerate() {
        let _ = write!(
            o,
            "<li id=\"F{i}\" class=\"sev-{s}\"><span class=\"sym\" aria-hidden=\"true\"></span>\
             <b>{s}</b> <code>{}</code> {}",
            f.code,
            esc(&f.message),
            s = f.severity
        );
        if places[i].is_empty() {
            o.push_str(" <span class=\"at\">(no place in the text)</span>");
        } else {
            o.push_str(" <span class=\"at\">at ");
            for (j, &k) in places[i].iter().enumerate() {
                if j > 0 {
                    o.push_str(", ");
                }
                let at = clamp(text, marks[k].span).0;
                let _ = write!(o, "<a href=\"#m{k}\">{}</a>", lines.line_col(at));
            }
            o.push_str("</span>");
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ol>\n</section>\n");
}

/// One row of the panel: a term and a value, linked to its mark when it has one.
struct Rows<'a> {
    o: &'a mut String,
    by_path: &'a HashMap<&'a str, usize>,
}

impl Rows<'_> {
    fn row(&mut self, term: &str, value: &str, path: &str) {
        let _ = write!(self.o, "<dt>{}</dt><dd>", esc(term));
        match self.by_path.get(path) {
            Some(k) => {
                let _ = write!(self.o, "<a href=\"#m{k}\">{}</a>", esc(value));
            }
            None => self.o.push_str(&esc(value)),
        }
        self.o.push_str("</dd>\n");
    }
}

fn date(d: Option<PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// `1 warning`, `2 warnings`.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `n` of `total` in per cent with one decimal, `—` for an empty text.
pub(crate) fn percent(n: usize, total: usize) -> String {
    if total == 0 {
        return "—".to_owned();
    }
    let per_mille = (n as u128 * 1000 + total as u128 / 2) / total as u128;
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

fn panel(o: &mut String, r: &Report, cov: &Coverage, findings: &[Finding], marks: &[Mark]) {
    let by_path = first_value_marks(marks);
    o.push_str("<aside class=\"panel\" aria-label=\"Summary\">\n");
    coverage_section(o, cov);
    findings_section(o, findings);
    let mut rows = Rows {
        o: &mut *o,
        by_path: &by_path,
    };
    if let Some(i) = &r.inspection {
        inspection_section(&mut rows, i);
    }
    if let Some(ov) = &r.overview {
        overview_section(&mut rows, ov);
    }
    if let Some(out) = r.outcomes.as_ref().filter(|x| !x.is_empty()) {
        outcomes_section(&mut rows, out);
    }
    body_section(&mut rows, r);

    legend(o, marks, findings);
    o.push_str("</aside>\n");
}

/// The first value mark (one without a finding) of each path, by its index in `marks`.
fn first_value_marks(marks: &[Mark]) -> HashMap<&str, usize> {
    let mut by_path: HashMap<&str, usize> = HashMap::new();
    for (k, m) in marks.iter().enumerate() {
        if m.finding.is_none() {
            by_path.entry(m.path.as_str()).or_insert(k);
        }
    }
    by_path
}

/// The panel's Coverage section: the share of the text that lies in a span.
fn coverage_section(o: &mut String, cov: &Coverage) {
    let _ = writeln!(
        o,
        "<section><h2>Coverage</h2><p class=\"big\">{}</p><p class=\"note\">of {} non-space \
         characters lie in an extracted element; {} in kept passages; {} in no span.</p></section>",
        percent(cov.interpreted, cov.total),
        cov.total,
        percent(cov.passages, cov.total),
        plural(cov.uncovered.len(), "run")
    );
}

/// The panel's Findings section: the count of findings at each severity.
fn findings_section(o: &mut String, findings: &[Finding]) {
    let n = by_severity(findings);
    let _ = writeln!(
        o,
        "<section><h2>Findings</h2><p class=\"counts\"><span class=\"sev-error\"><span class=\"sym\" aria-hidden=\"true\"></span>{}</span> \
         <span class=\"sev-warning\"><span class=\"sym\" aria-hidden=\"true\"></span>{}</span> \
         <span class=\"sev-info\"><span class=\"sym\" aria-hidden=\"true\"></span>{} info</span></p></section>",
        plural(n[2], "error"),
        plural(n[1], "warning"),
        n[0]
    );
}

/// The panel's Inspection section: scheme, authority, team, target, period, feedback.
fn inspection_section(rows: &mut Rows<'_>, i: &Inspection) {
    rows.o.push_str("<section><h2>Inspection</h2><dl>\n");
    let mut scheme = match i.scheme.name() {
        "xunshi" => "巡视 xunshi".to_owned(),
        _ => "巡察 xuncha".to_owned(),
    };
    if let Some(k) = i.kind {
        let _ = write!(scheme, " · {}", k.name());
    }
    rows.row("scheme", &scheme, "inspection");
    if let Some(a) = &i.authority {
        rows.row("authority", a, "inspection.authority");
    }
    if let Some(t) = &i.team {
        rows.row("team", t, "inspection.team");
    }
    if let Some(t) = &i.target {
        rows.row("target", t, "inspection.target");
    }
    if i.start.is_some() || i.end.is_some() {
        let p = format!("{} – {}", date(i.start), date(i.end));
        let path = if rows.by_path.contains_key("inspection.period_text") {
            "inspection.period_text"
        } else {
            "inspection.start"
        };
        rows.row("period", &p, path);
    }
    if let Some(d) = i.feedback_date {
        rows.row("feedback", &d.to_string(), "inspection.feedback_date");
    }
    if let Some(x) = &i.feedback_recipient {
        rows.row("recipient", x, "inspection.feedback_recipient");
    }
    rows.o.push_str("</dl></section>\n");
}

/// The panel's Overview section: each count, the completion rate and the as-of date.
fn overview_section(rows: &mut Rows<'_>, ov: &Overview) {
    rows.o.push_str("<section><h2>Overview</h2><dl>\n");
    for slot in Slot::ALL {
        if let Some(c) = ov.count(slot) {
            let name = slot.name().replace('_', " ");
            rows.row(
                &name,
                &c.value.to_string(),
                &format!("overview.{}", slot.name()),
            );
        }
    }
    if let Some(rate) = ov.completion_rate {
        rows.row(
            "completion rate",
            &format!("{}%", rate.value),
            "overview.completion_rate",
        );
    }
    if let Some(d) = ov.as_of {
        rows.row("as of", &d.to_string(), "");
    }
    rows.o.push_str("</dl></section>\n");
}

/// The panel's Outcomes section: penalties, institutions and funds.
fn outcomes_section(rows: &mut Rows<'_>, out: &Outcomes) {
    rows.o.push_str("<section><h2>Outcomes</h2><dl>\n");
    for (i, p) in out.penalties.iter().enumerate() {
        let v = match p.total {
            Some(t) => format!("{t}{}", p.unit.as_str()),
            None => "—".to_owned(),
        };
        rows.row(&p.label, &v, &format!("outcomes.penalties[{i}]"));
    }
    if let Some(n) = out.institutions {
        rows.row("制度 institutions", &n.to_string(), "");
    }
    for (i, f) in out.funds.iter().enumerate() {
        rows.row(
            &f.label,
            &yuan(f.amount.yuan),
            &format!("outcomes.funds[{i}]"),
        );
    }
    rows.o.push_str("</dl></section>\n");
}

/// The panel's Body section: counts of issues, sections, measures, next steps; signature.
fn body_section(rows: &mut Rows<'_>, r: &Report) {
    let issues = r.all_issues();
    let measures: usize = issues.iter().map(|i| i.measures.len()).sum();
    rows.o.push_str("<section><h2>Body</h2><dl>\n");
    rows.row("issue sections", &r.issues.len().to_string(), "issues[0]");
    if issues.len() != r.issues.len() {
        rows.row("issues in all", &issues.len().to_string(), "");
    }
    if !r.sections.is_empty() {
        rows.row(
            "notice sections",
            &r.sections.len().to_string(),
            "sections[0]",
        );
    }
    rows.row("measures", &measures.to_string(), "");
    rows.row(
        "next steps",
        &r.next_steps.len().to_string(),
        "next_steps[0]",
    );
    if let Some(s) = &r.signature {
        if let Some(x) = &s.issuer {
            rows.row("issuer", x, "signature");
        }
        if let Some(d) = s.date {
            rows.row("signed", &d.to_string(), "signature.date");
        }
    }
    if let Some(d) = r.published {
        rows.row("published", &d.to_string(), "published");
    }
    rows.o.push_str("</dl></section>\n");
}

/// A sample for each kind that occurs on the page, drawn in its style, with its count.
fn legend(o: &mut String, marks: &[Mark], findings: &[Finding]) {
    let mut count: HashMap<MarkKind, usize> = HashMap::new();
    for m in marks {
        *count.entry(m.kind).or_default() += 1;
    }
    o.push_str(
        "<section class=\"legend\"><h2>Legend</h2>\
         <p class=\"note\">Hover or focus (Tab) a mark for its field and value.</p><ul>\n",
    );
    for kind in MarkKind::ALL {
        if kind == MarkKind::Finding {
            continue;
        }
        let Some(n) = count.get(&kind) else { continue };
        let _ = writeln!(
            o,
            "<li><span class=\"sw k-{}\">{}</span> {} <b>{n}</b></li>",
            kind.name(),
            sample(kind),
            esc(kind.label())
        );
    }
    let n = by_severity(findings);
    for (s, k) in [
        (Severity::Error, n[2]),
        (Severity::Warning, n[1]),
        (Severity::Info, n[0]),
    ] {
        let what = match s {
            Severity::Error => "finding: error (solid)",
            Severity::Warning => "finding: warning (dashed)",
            Severity::Info => "finding: info (dotted)",
        };
        let _ = writeln!(
            o,
            "<li><span class=\"sym sev-{s}\" aria-hidden=\"true\"></span><span class=\"sw k-finding sev-{s}\">处</span> {what} <b>{k}</b></li>"
        );
    }
    o.push_str("</ul></section>\n");
}

fn sample(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Title => "通报",
        MarkKind::Published => "发布时间",
        MarkKind::Inspection => "根据…",
        MarkKind::Field => "巡视组",
        MarkKind::Count => "12个",
        MarkKind::Quantity => "21家",
        MarkKind::Penalty => "处分42人",
        MarkKind::Sanction => "警告8人",
        MarkKind::Funds => "清退款项",
        MarkKind::Money => "万元",
        MarkKind::Section => "一、",
        MarkKind::Issue => "一、关于",
        MarkKind::Measure => "(一)",
        MarkKind::NextStep => "一是",
        MarkKind::Contact => "联系电话",
        MarkKind::Signature => "落款",
        MarkKind::Chrome => "浏览次数",
        MarkKind::Prose => "文字",
        MarkKind::Unknown => "未知",
        MarkKind::Uncovered => "遗漏",
        MarkKind::Finding => "处",
    }
}
