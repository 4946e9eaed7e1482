//! The index page of a folder of pages, and writing a folder.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use super::ViewOptions;
use super::html::{attr, esc};
use super::marks::{by_severity, yuan};
use super::page::{STYLE, page, percent};
use crate::{ParseError, PartialDate, PenaltyCategory, Report, Scheme};

/// The key figures of one report, as the index lists them.
///
/// # Examples
///
/// ```
/// use xunshi::Report;
/// use xunshi::view::Summary;
/// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
///             给予党纪处分5人(党内警告3人,严重警告2人);清退违规资金12.5万元。\n";
/// let s = Summary::of(&Report::parse(text).unwrap(), text);
/// assert_eq!(s.team.as_deref(), Some("县委第一巡察组"));
/// assert_eq!(s.party_discipline, Some(5));
/// assert_eq!(s.funds_yuan.to_string(), "125000.0");
/// assert_eq!(s.findings, [0, 0, 0]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Summary {
    /// The title, when the text has one.
    pub title: Option<String>,
    /// 巡视 or 巡察.
    pub scheme: Option<Scheme>,
    /// The team as written.
    pub team: Option<String>,
    /// The inspected unit as written.
    pub target: Option<String>,
    /// The first day of the inspection.
    pub start: Option<PartialDate>,
    /// The last day of the inspection.
    pub end: Option<PartialDate>,
    /// The feedback date.
    pub feedback: Option<PartialDate>,
    /// Declared problem categories.
    pub problem_categories: Option<u64>,
    /// Declared problems.
    pub problems: Option<u64>,
    /// Declared measures.
    pub measures: Option<u64>,
    /// Issue sections found at the top of the body.
    pub issue_sections: usize,
    /// Measures found.
    pub measures_found: usize,
    /// The 党纪处分 total.
    pub party_discipline: Option<u64>,
    /// The 政务处分 total.
    pub government_sanction: Option<u64>,
    /// All funds added up, in yuan.
    pub funds_yuan: Decimal,
    /// Non-space characters inside an extracted element, and in all.
    pub interpreted: (usize, usize),
    /// Findings: `[info, warning, error]`.
    pub findings: [usize; 3],
    /// The signature date.
    pub signed: Option<PartialDate>,
}

impl Summary {
    /// The summary of `report`, parsed from `text`.
    pub fn of(report: &Report, text: &str) -> Summary {
        let i = report.inspection.as_ref();
        let o = report.overview.as_ref();
        let out = report.outcomes.as_ref();
        let total = |c: PenaltyCategory| {
            out.and_then(|x| x.penalties.iter().find(|p| p.category == c))
                .and_then(|p| p.total)
        };
        let cov = report.coverage(text);
        Summary {
            title: report.title.as_ref().map(|t| t.text.clone()),
            scheme: i.map(|i| i.scheme),
            team: i.and_then(|i| i.team.clone()),
            target: i.and_then(|i| i.target.clone()),
            start: i.and_then(|i| i.start),
            end: i.and_then(|i| i.end),
            feedback: i.and_then(|i| i.feedback_date),
            problem_categories: o.and_then(|o| o.problem_categories).map(|c| c.value),
            problems: o.and_then(|o| o.problems).map(|c| c.value),
            measures: o.and_then(|o| o.measures).map(|c| c.value),
            issue_sections: report.issues.len(),
            measures_found: report.all_issues().iter().map(|i| i.measures.len()).sum(),
            party_discipline: total(PenaltyCategory::PartyDiscipline),
            government_sanction: total(PenaltyCategory::GovernmentSanction),
            funds_yuan: out
                .map(|x| x.funds.iter().map(|f| f.amount.yuan).sum())
                .unwrap_or_default(),
            interpreted: (cov.interpreted, cov.total),
            findings: by_severity(&report.validate()),
            signed: report.signature.as_ref().and_then(|s| s.date),
        }
    }
}

/// One row of the index: a page and its key figures, or a text that could not be read.
///
/// # Examples
///
/// ```
/// use xunshi::view::{IndexEntry, index};
/// let failed = IndexEntry::failed("notes.txt", "not a rectification report: no header");
/// let html = index(&[failed]);
/// assert!(html.contains("notes.txt"));
/// assert!(html.contains("not a rectification report"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct IndexEntry {
    /// The source's name (a file name).
    pub name: String,
    /// The link to its page, relative to the index; `None` when there is no page.
    pub href: Option<String>,
    /// Its key figures, when it was read.
    pub summary: Option<Summary>,
    /// Why it could not be read.
    pub error: Option<String>,
}

impl IndexEntry {
    /// The row of a page at `href` for `report`, parsed from `text`.
    pub fn new(
        name: impl Into<String>,
        href: impl Into<String>,
        report: &Report,
        text: &str,
    ) -> IndexEntry {
        IndexEntry {
            name: name.into(),
            href: Some(href.into()),
            summary: Some(Summary::of(report, text)),
            error: None,
        }
    }

    /// The row of a text that could not be read, with the reason.
    pub fn failed(name: impl Into<String>, error: impl std::fmt::Display) -> IndexEntry {
        IndexEntry {
            name: name.into(),
            href: None,
            summary: None,
            error: Some(error.to_string()),
        }
    }
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "—".to_owned(), |v| v.to_string())
}

/// The index page (`index.html`) of many pages: one row per entry with its team and target,
/// period, declared and found counts, penalty totals, funds, coverage and findings, and a
/// total row.
pub fn index(entries: &[IndexEntry]) -> String {
    let mut o = String::with_capacity(STYLE.len() + 4096 + entries.len() * 800);
    index_head(&mut o, entries);
    let mut sum: Totals = (0, 0, Decimal::ZERO, [0; 3]);
    for e in entries {
        entry_row(&mut o, e, &mut sum);
    }
    let _ = writeln!(
        o,
        "</tbody>\n<tfoot><tr><th scope=\"row\">total</th><td colspan=\"4\"></td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td></td>\
         <td class=\"num\">{}</td></tr></tfoot>\n</table></div>\n</main>\n</body>\n</html>",
        sum.0,
        sum.1,
        yuan(sum.2),
        severities(sum.3)
    );
    o
}

/// The index's totals: 党纪处分, 政务处分, funds in yuan, findings by severity.
type Totals = (u64, u64, Decimal, [usize; 3]);

/// The index's document head, page header and table head, up to the opening `<tbody>`.
fn index_head(o: &mut String, entries: &[IndexEntry]) {
    let read = entries.iter().filter(|e| e.summary.is_some()).count();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>xunshi view · {n} reports</title>\n<style>\n{STYLE}</style>\n</head>\n<body class=\"index\">\n\
         <header class=\"top\"><h1>Reports read by xunshi</h1>\
         <p class=\"sub\">{n} texts · {read} read · {failed} not read · xunshi {v}</p></header>\n<main>\n\
         <div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">report</th><th scope=\"col\">team → target</th>\
         <th scope=\"col\">period</th><th scope=\"col\" title=\"declared categories / problems / measures\">declared</th>\
         <th scope=\"col\" title=\"issue sections / measures found\">found</th><th scope=\"col\">党纪处分</th>\
         <th scope=\"col\">政务处分</th><th scope=\"col\">funds</th><th scope=\"col\">coverage</th>\
         <th scope=\"col\">findings</th></tr></thead>\n<tbody>\n",
        n = entries.len(),
        failed = entries.len() - read,
        v = env!("CARGO_PKG_VERSION"),
    );
}

/// The table row of one entry (its summary, or why it was not read), added to `sum`.
fn entry_row(o: &mut String, e: &IndexEntry, sum: &mut Totals) {
    o.push_str("<tr><th scope=\"row\">");
    match &e.href {
        Some(h) => {
            o.push_str("<a href=\"");
            attr(o, h);
            let _ = write!(o, "\">{}</a>", esc(&e.name));
        }
        None => o.push_str(&esc(&e.name)),
    }
    if let Some(t) = e.summary.as_ref().and_then(|s| s.title.as_ref()) {
        let _ = write!(o, "<div class=\"note\">{}</div>", esc(t));
    }
    o.push_str("</th>");
    let Some(s) = &e.summary else {
        let _ = writeln!(
            o,
            "<td colspan=\"9\" class=\"err\">not read: {}</td></tr>",
            esc(e.error.as_deref().unwrap_or("no report"))
        );
        return;
    };
    sum.0 += s.party_discipline.unwrap_or(0);
    sum.1 += s.government_sanction.unwrap_or(0);
    sum.2 += s.funds_yuan;
    for k in 0..3 {
        sum.3[k] += s.findings[k];
    }
    summary_cells(o, s);
}

/// The cells of a read entry, from team → target to findings, closing the row.
fn summary_cells(o: &mut String, s: &Summary) {
    let _ = write!(
        o,
        "<td>{} → {}</td><td class=\"per\">{} – {}<div class=\"note\">feedback {}</div></td>\
         <td class=\"num\">{} / {} / {}</td><td class=\"num\">{} / {}</td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
         <td class=\"num\">{}</td>",
        esc(s.team.as_deref().unwrap_or("—")),
        esc(s.target.as_deref().unwrap_or("—")),
        opt(s.start),
        opt(s.end),
        opt(s.feedback),
        opt(s.problem_categories),
        opt(s.problems),
        opt(s.measures),
        s.issue_sections,
        s.measures_found,
        opt(s.party_discipline),
        opt(s.government_sanction),
        yuan(s.funds_yuan),
        percent(s.interpreted.0, s.interpreted.1),
    );
    let _ = writeln!(o, "<td class=\"num\">{}</td></tr>", severities(s.findings));
}

/// Finding counts with their shapes: `■ 1 ▲ 2 ● 0`.
fn severities(n: [usize; 3]) -> String {
    format!(
        "<span class=\"sev-error\" title=\"errors\"><span class=\"sym\" aria-hidden=\"true\"></span>{}</span> \
         <span class=\"sev-warning\" title=\"warnings\"><span class=\"sym\" aria-hidden=\"true\"></span>{}</span> \
         <span class=\"sev-info\" title=\"info\"><span class=\"sym\" aria-hidden=\"true\"></span>{}</span>",
        n[2], n[1], n[0]
    )
}

/// What [`write_folder`] wrote.
#[derive(Debug)]
#[non_exhaustive]
pub struct Written {
    /// The page of each text that was read, in the order given.
    pub pages: Vec<PathBuf>,
    /// The index page.
    pub index: PathBuf,
    /// The texts that could not be read, with the reason.
    pub failed: Vec<(String, ParseError)>,
}

/// A folder of pages being written, one [`page`] per report and an [`index`] of them,
/// for callers that read their texts themselves (in parallel, from bytes).
///
/// ```no_run
/// use xunshi::{view::Folder, Report};
/// let mut folder = Folder::create(std::path::Path::new("view"))?;
/// let text = std::fs::read_to_string("notice.txt")?;
/// match Report::parse(&text) {
///     Ok(report) => { folder.page("notice.txt", &report, &text)?; }
///     Err(e) => folder.failed("notice.txt", &e),
/// }
/// let written = folder.finish()?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct Folder {
    out: std::path::PathBuf,
    entries: Vec<IndexEntry>,
    pages: Vec<std::path::PathBuf>,
    used: std::collections::HashSet<String>,
}

impl Folder {
    /// Creates the folder (and its parents).
    pub fn create(out: &Path) -> io::Result<Folder> {
        std::fs::create_dir_all(out)?;
        Ok(Folder {
            out: out.to_path_buf(),
            entries: Vec::new(),
            pages: Vec::new(),
            used: std::collections::HashSet::new(),
        })
    }

    /// Writes the page of `report`, read from `text`, as `<stem>.html` (made unique, never
    /// `index.html`); returns its path.
    pub fn page(
        &mut self,
        name: &str,
        report: &Report,
        text: &str,
    ) -> io::Result<std::path::PathBuf> {
        let stem = file_stem(name);
        let mut file = format!("{stem}.html");
        let mut k = 1;
        while file == "index.html" || !self.used.insert(file.clone()) {
            k += 1;
            file = format!("{stem}-{k}.html");
        }
        let path = self.out.join(&file);
        let options = ViewOptions::new().name(name).index_href("index.html");
        std::fs::write(&path, page(report, text, &options))
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        self.entries
            .push(IndexEntry::new(name, href(&file), report, text));
        self.pages.push(path.clone());
        Ok(path)
    }

    /// Lists a text that gave no page, with the reason.
    pub fn failed(&mut self, name: &str, error: impl std::fmt::Display) {
        self.entries.push(IndexEntry::failed(name, error));
    }

    /// Writes `index.html`.
    pub fn finish(self) -> io::Result<Written> {
        let index_path = self.out.join("index.html");
        std::fs::write(&index_path, index(&self.entries))
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", index_path.display())))?;
        Ok(Written {
            pages: self.pages,
            index: index_path,
            failed: Vec::new(),
        })
    }
}

/// Writes one page per text into `out` (created if missing) and an `index.html` listing
/// them: what `xunshi view FILE… --out DIR` does. Each source is `(name, text)`; its page
/// is named after the name's file stem (`reports/lucheng-2025.txt` → `lucheng-2025.html`,
/// made unique with `-2`, `-3` …). A text that is not a report gets no page and is listed
/// in the index with the reason.
///
/// # Errors
///
/// Any error creating `out` or writing a file.
///
/// # Examples
///
/// ```
/// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n";
/// let dir = std::env::temp_dir().join(format!("xunshi-view-doc-{}", std::process::id()));
/// let w = xunshi::view::write_folder([("a/linye.txt", text), ("b/linye.txt", text), ("x.txt", "")], &dir)?;
/// assert_eq!(w.pages, [dir.join("linye.html"), dir.join("linye-2.html")]);
/// assert_eq!(w.failed.len(), 1);
/// assert!(std::fs::read_to_string(&w.index)?.contains("linye-2.html"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_folder<'a>(
    sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    out: &Path,
) -> io::Result<Written> {
    let mut folder = Folder::create(out)?;
    let mut failed = Vec::new();
    for (name, text) in sources {
        match Report::parse(text) {
            Ok(report) => {
                folder.page(name, &report, text)?;
            }
            Err(e) => {
                folder.failed(name, &e);
                failed.push((name.to_owned(), e));
            }
        }
    }
    let mut written = folder.finish()?;
    written.failed = failed;
    Ok(written)
}

/// The file stem of a name, with characters that file systems or URLs dislike replaced.
fn file_stem(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match base.rfind('.') {
        Some(i) if i > 0 => &base[..i],
        _ => base,
    };
    let s: String = stem
        .chars()
        .map(|c| {
            if c.is_control() || "<>:\"|?*#%&".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    if s.trim().is_empty() {
        "report".to_owned()
    } else {
        s
    }
}

/// A file name as a relative URL: every byte outside `A-Z a-z 0-9 - . _ ~` percent-encoded.
fn href(file: &str) -> String {
    let mut o = String::with_capacity(file.len() * 3);
    for b in file.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            o.push(b as char);
        } else {
            let _ = write!(o, "%{b:02X}");
        }
    }
    o
}
