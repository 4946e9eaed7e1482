//! See what was read (查看): the notice drawn as one self-contained HTML page with every
//! extracted value marked where it stands.
//!
//! [`page`] writes the page of one report and the text it was parsed from: the whole text,
//! every character once and in order with its line breaks, and over it a mark for each
//! extracted value, heading and kept passage ([`marks`] lists what becomes a mark), each kind
//! with its own colour and line style (never colour alone) and a legend. Hovering or
//! focusing a mark (every mark is reachable with the Tab key) shows its field path and typed
//! value — `outcomes.penalties[0].breakdown[1]: 严重警告 8`, money as `¥1,858,200.00`. Each
//! finding of [`Report::validate`](crate::Report::validate) gets a margin marker at each of its places ([`places`]),
//! its message on hover, and an entry in a list at the top linking to every place; the
//! places of one finding (a penalty total and its parts) are outlined together. A side
//! panel gives the summary, the coverage ([`Report::coverage`](crate::Report::coverage)) and the counts.
//!
//! [`index`] writes an `index.html` listing many pages with their key figures and
//! finding counts, and [`write_folder`] does both for a list of texts: what
//! `xunshi view FILE… --out DIR` does.
//!
//! The pages need no network: inline CSS with system fonts only, a few lines of inline
//! JavaScript for the tooltips (without it the marks, legend and findings still show), a
//! print style sheet, and a layout that works down to 320 px. Everything from the input is
//! HTML-escaped. Writing a page is linear in the input (and in the marks times their
//! nesting depth).
//!
//! # Examples
//!
//! ```
//! use xunshi::Report;
//! use xunshi::view::{self, IndexEntry, ViewOptions};
//!
//! let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了巡察。\n\
//!             给予党纪处分5人(党内警告2人,严重警告2人);清退违规资金12.5万元。<script>\n";
//! let report = Report::parse(text)?;
//! let html = view::page(&report, text, &ViewOptions::new().name("linye.txt").index_href("index.html"));
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains(r#"data-p="outcomes.funds[0].amount" data-v="¥125,000.00""#));
//! assert!(html.contains("万元。&lt;script&gt;")); // the text stays text
//! assert!(html.contains("党纪处分 breakdown sums to 4 but the total is 5"));
//!
//! let index = view::index(&[IndexEntry::new("linye.txt", "linye.html", &report, text)]);
//! assert!(index.contains(r#"href="linye.html""#));
//! # Ok::<(), xunshi::ParseError>(())
//! ```

mod html;
mod index;
mod marks;
mod page;

pub use index::{Folder, IndexEntry, Summary, Written, index, write_folder};
pub use marks::{Mark, MarkKind, marks, places};
pub use page::page;

/// What a page shows besides the report: its name and a link back to the index.
///
/// # Examples
///
/// ```
/// use xunshi::view::ViewOptions;
/// let o = ViewOptions::new().name("lucheng-2025.txt").index_href("index.html");
/// assert_eq!(o.name.as_deref(), Some("lucheng-2025.txt"));
/// assert_eq!(o.index_href.as_deref(), Some("index.html"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ViewOptions {
    /// The source's name (a file name), shown in the page's header and title.
    pub name: Option<String>,
    /// A link back to the index page (`index.html`), shown in the header.
    pub index_href: Option<String>,
}

impl ViewOptions {
    /// No name and no index link.
    pub fn new() -> ViewOptions {
        ViewOptions::default()
    }

    /// Sets the source's name.
    pub fn name(mut self, name: impl Into<String>) -> ViewOptions {
        self.name = Some(name.into());
        self
    }

    /// Sets the link back to the index.
    pub fn index_href(mut self, href: impl Into<String>) -> ViewOptions {
        self.index_href = Some(href.into());
        self
    }
}
