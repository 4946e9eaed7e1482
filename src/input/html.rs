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

/// Pages nested deeper than this (by a linear estimate) are read as flat text: the HTML
/// parser's time grows with the square of the nesting depth (100,000 nested `<div>` take
/// about 20 s), and no real page comes near it.
pub const MAX_DEPTH: usize = 256;

/// The visible text of a page, one block per line, and a note when the page was too
/// deeply nested to parse as a tree and was read as flat text instead.
pub fn visible_text(page: &str) -> (String, Option<String>) {
    let depth = nesting_depth(page);
    if depth > MAX_DEPTH {
        let note = format!(
            "the page nests elements about {depth} deep, past the limit of {MAX_DEPTH}: \
             read as flat text (tags dropped, blocks as lines; hidden elements and \
             navigation are kept)"
        );
        return (flat_text(page), Some(note));
    }
    (tree_text(page), None)
}

/// The visible text of a page parsed as a tree.
fn tree_text(page: &str) -> String {
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

/// Elements that never hold children.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag may be left out: they do not deepen the tree when left open.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
];

/// Elements whose content is not markup.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// A piece of a page, as [`scan`] finds them.
enum Token<'a> {
    /// Text between tags, entities not yet decoded.
    Text(&'a str),
    /// A start tag that deepens the tree (not void, not self-closing, not optional-end).
    Open(&'a str),
    /// Any other start tag.
    Flat(&'a str),
    /// An end tag.
    Close(&'a str),
}

/// Splits a page into text and tags in one pass; comments, doctypes and the content of
/// raw-text elements (`script`, `style` …) are skipped.
fn scan<'a>(page: &'a str, mut f: impl FnMut(Token<'a>)) {
    let mut rest = page;
    while let Some(lt) = rest.find('<') {
        if lt > 0 {
            f(Token::Text(&rest[..lt]));
        }
        rest = &rest[lt..];
        let (token, after) = tag(rest);
        if let Some(t) = token {
            f(t);
        }
        rest = after;
    }
    if !rest.is_empty() {
        f(Token::Text(rest));
    }
}

/// The tag at the start of `rest` (which starts with `<`) and what follows it.
fn tag(rest: &str) -> (Option<Token<'_>>, &str) {
    let skip_to = |s: &'static str| rest.find(s).map_or("", |i| &rest[i + s.len()..]);
    if rest.starts_with("<!--") {
        return (None, skip_to("-->"));
    }
    let close = rest.as_bytes().get(1) == Some(&b'/');
    let start = 1 + usize::from(close);
    let name_len = rest[start..]
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    if name_len == 0 {
        if matches!(rest.as_bytes().get(1), Some(b'!' | b'?')) {
            return (None, skip_to(">"));
        }
        return (Some(Token::Text("<")), &rest[1..]);
    }
    let name = &rest[start..start + name_len];
    let end = rest.find('>').map_or(rest.len(), |i| i + 1);
    let after = &rest[end..];
    if close {
        return (Some(Token::Close(name)), after);
    }
    let is = |list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(name));
    if is(RAW) {
        let lower = after.to_ascii_lowercase();
        let stop = lower.find(&format!("</{}", name.to_ascii_lowercase()));
        let after = stop.map_or("", |i| &after[i..]);
        return (Some(Token::Flat(name)), after);
    }
    let self_closing = rest[..end].ends_with("/>");
    let token = if self_closing || is(VOID) || is(OPTIONAL_END) {
        Token::Flat(name)
    } else {
        Token::Open(name)
    };
    (Some(token), after)
}

/// The deepest nesting of elements in a page, estimated in one pass without building a
/// tree: start tags that must be closed count one level, end tags take one back.
pub fn nesting_depth(page: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    scan(page, |t| match t {
        Token::Open(_) => {
            depth += 1;
            max = max.max(depth);
        }
        Token::Close(name) if !OPTIONAL_END.iter().any(|x| x.eq_ignore_ascii_case(name)) => {
            depth = depth.saturating_sub(1);
        }
        _ => {}
    });
    max
}

/// The text of a page read without a tree: tags dropped, block elements as line breaks,
/// the common entities decoded.
fn flat_text(page: &str) -> String {
    let mut out = Lines::default();
    scan(page, |t| match t {
        Token::Text(t) => out.text(&decode_entities(t)),
        Token::Open(name) | Token::Flat(name) | Token::Close(name) => {
            let is = |x: &&str| x.eq_ignore_ascii_case(name);
            if name.eq_ignore_ascii_case("br") || BLOCKS.iter().any(is) {
                out.end_line();
            } else if name.eq_ignore_ascii_case("td") || name.eq_ignore_ascii_case("th") {
                out.space();
            }
        }
    });
    out.finish()
}

/// `&nbsp;`, `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references; other
/// entities are kept as written.
fn decode_entities(t: &str) -> std::borrow::Cow<'_, str> {
    if !t.contains('&') {
        return t.into();
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let head = &rest.as_bytes()[..rest.len().min(12)];
        let semi = head.iter().position(|&b| b == b';');
        let decoded = semi.and_then(|i| entity(&rest[1..i]).map(|c| (c, i + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

fn entity(name: &str) -> Option<char> {
    let number = |digits: &str, radix| {
        u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
    };
    match name {
        "nbsp" => Some(' '),
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => match name.strip_prefix('#')? {
            hex if hex.starts_with(['x', 'X']) => number(&hex[1..], 16),
            dec => number(dec, 10),
        },
    }
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
            visible_text(page).0,
            "中共某某局党组关于巡察整改情况的通报\n根据县委统一部署,县委第一巡察组对县林业局开展了巡察。\n第二段\n第三行 加粗 text\n联系电话 0571-00000000\n"
        );
    }

    #[test]
    fn deep_pages_are_read_flat_in_linear_time() {
        let page = |n: usize| {
            format!(
                "<html><body>{}<p>根据县委统一部署&amp;巡察。</p><script>var a = \"<div>\";</script>{}</body></html>",
                "<div>".repeat(n),
                "</div>".repeat(n)
            )
        };
        let (text, note) = visible_text(&page(MAX_DEPTH - 10));
        assert_eq!((text.as_str(), note), ("根据县委统一部署&巡察。\n", None));
        let started = std::time::Instant::now();
        let (text, note) = visible_text(&page(100_000));
        assert_eq!(text, "根据县委统一部署&巡察。\n");
        assert!(note.unwrap().contains("about 100000 deep"));
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
        // unclosed paragraphs and list items, void and self-closing tags do not deepen
        let flat = "<p>a<p>b<li>c<br><img src=x><span/>".repeat(1000);
        assert_eq!(nesting_depth(&flat), 0);
        assert_eq!(
            nesting_depth("<div><div></div><div><b>x</b></div></div>"),
            3
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
