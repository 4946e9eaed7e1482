//! The visible text of an HTML page saved from a browser.
//!
//! Scripts, styles, navigation, page headers and footers and hidden elements are dropped;
//! each block element (`p`, `div`, `h1`, `li`, `tr`, `br` …) starts a new line, so the
//! parser sees one paragraph per line. Runs of HTML whitespace become one space, except a
//! line break inside a paragraph next to a Chinese character or full-width punctuation,
//! which disappears (it was only how the HTML source was wrapped).

use encoding_rs::Encoding;
use scraper::{Html, Node};

/// Elements whose content is never shown as page text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "aside",
    "iframe", "object", "embed", "svg", "math", "canvas", "select", "button", "textarea", "audio",
    "video", "map", "dialog",
];

/// `id` or `class` words that mark navigation chrome.
const DROPPED_CLASSES: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "header",
    "footer",
    "sidebar",
];

/// Elements that start and end a line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Whether decoded text is an HTML page: it starts with a tag, or has `<html` or `<body`
/// near the start.
pub fn looks_like_html(text: &str) -> bool {
    looks_like_html_bytes(text.as_bytes())
}

/// [`looks_like_html`] on raw bytes, before decoding.
pub fn looks_like_html_bytes(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let rest = &bytes[start..];
    if rest.first() == Some(&b'<')
        && rest
            .get(1)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'!' || *b == b'?')
    {
        return true;
    }
    let head = &bytes[..bytes.len().min(4096)];
    contains_ignore_case(head, b"<html") || contains_ignore_case(head, b"<body")
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// The encoding a page declares in `<meta charset=…>` or `content="…; charset=…"`.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(7).position(|w| w == b"charset")?;
    let rest = &lower[at + 7..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

/// The visible text of a page, one block per line.
pub fn visible_text(page: &str) -> String {
    let doc = Html::parse_document(page);
    let mut out = Lines::default();
    let mut pre = 0usize;
    // (node, closing): an explicit stack, so deep pages cannot overflow the call stack
    let mut stack = vec![(doc.tree.root(), false)];
    while let Some((node, closing)) = stack.pop() {
        match node.value() {
            Node::Element(e) => {
                let name = e.name();
                let block = BLOCKS.contains(&name);
                if closing {
                    if name == "pre" {
                        pre -= 1;
                    }
                    if block {
                        out.end_line();
                    }
                    continue;
                }
                if dropped(e) {
                    continue;
                }
                match name {
                    "br" => {
                        out.end_line();
                        continue;
                    }
                    "td" | "th" => out.space(),
                    "img" => {
                        continue;
                    }
                    _ => {}
                }
                if name == "pre" {
                    pre += 1;
                }
                if block {
                    out.end_line();
                }
                stack.push((node, true));
                stack.extend(node.children().rev().map(|c| (c, false)));
            }
            Node::Text(t) => {
                if pre > 0 {
                    out.preformatted(t);
                } else {
                    out.text(t);
                }
            }
            Node::Document | Node::Fragment => {
                stack.extend(node.children().rev().map(|c| (c, false)))
            }
            _ => {}
        }
    }
    out.finish()
}

fn dropped(e: &scraper::node::Element) -> bool {
    if DROPPED.contains(&e.name()) || e.attr("hidden").is_some() {
        return true;
    }
    if e.attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    let marks = |v: Option<&str>| {
        v.is_some_and(|v| {
            v.split_ascii_whitespace()
                .any(|w| DROPPED_CLASSES.iter().any(|d| w.eq_ignore_ascii_case(d)))
        })
    };
    marks(e.attr("id")) || marks(e.attr("class"))
}

#[derive(Default)]
struct Lines {
    lines: Vec<String>,
    cur: String,
    /// A run of HTML whitespace is waiting to be written: `Some(true)` when it held a line
    /// break.
    pending: Option<bool>,
}

impl Lines {
    fn space(&mut self) {
        self.pending = Some(self.pending.unwrap_or(false));
    }

    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                let newline = matches!(c, '\n' | '\r');
                self.pending = Some(self.pending.unwrap_or(false) || newline);
                continue;
            }
            if let Some(newline) = self.pending.take() {
                let prev = self.cur.chars().next_back();
                let joined = newline && (prev.is_some_and(wide) || wide(c));
                if prev.is_some() && !joined {
                    self.cur.push(' ');
                }
            }
            self.cur.push(c);
        }
    }

    fn preformatted(&mut self, t: &str) {
        let mut parts = t.split('\n');
        if let Some(first) = parts.next() {
            self.cur.push_str(first.trim_end_matches('\r'));
        }
        for part in parts {
            self.end_line();
            self.cur.push_str(part.trim_end_matches('\r'));
        }
    }

    fn end_line(&mut self) {
        self.pending = None;
        let line = self.cur.trim();
        if !line.is_empty() {
            self.lines.push(line.to_owned());
        }
        self.cur.clear();
    }

    fn finish(mut self) -> String {
        self.end_line();
        let mut s = self.lines.join("\n");
        if !s.is_empty() {
            s.push('\n');
        }
        s
    }
}

/// CJK characters and full-width punctuation: a source line break next to one of them is
/// no space.
fn wide(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFF)
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_one_block_per_line() {
        let page = r#"<!DOCTYPE html><html><head><title>标题</title><style>p{}</style>
            <script>var x = "根据";</script></head><body>
            <div class="nav"><a href="/">首页</a></div><nav>导航</nav><header>网站头</header>
            <h1>中共某某局党组关于巡察整改情况的通报</h1>
            <p>&nbsp;&nbsp;根据县委统一部署,县委第一巡察组
               对县林业局开展了巡察。</p><p>第二段<br>第三行 <b>加粗</b> text</p>
            <table><tr><td>联系电话</td><td>0571-00000000</td></tr></table>
            <p style="display: none">隐藏</p><footer>版权所有</footer></body></html>"#;
        assert_eq!(
            visible_text(page),
            "中共某某局党组关于巡察整改情况的通报\n根据县委统一部署,县委第一巡察组对县林业局开展了巡察。\n第二段\n第三行 加粗 text\n联系电话 0571-00000000\n"
        );
    }

    #[test]
    fn detection_and_charset() {
        assert!(looks_like_html("\u{feff}  <!doctype html><p>x"));
        assert!(looks_like_html("<p>根据"));
        assert!(!looks_like_html("根据县委统一部署 <b>"));
        assert!(!looks_like_html("<<正文>>"));
        let page = br#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head>"#;
        assert_eq!(declared_charset(page).map(|e| e.name()), Some("GBK"));
        assert_eq!(
            declared_charset(b"<meta charset='big5'>").map(|e| e.name()),
            Some("Big5")
        );
    }
}
