//! HTML escaping and the drawing of marks over the text: nested marks nest, crossing marks
//! are split at the boundary, so every character is written once and in order.

use std::fmt::Write as _;

use super::marks::Mark;
use crate::{Finding, Span};

/// Appends `s` as HTML text. `<`, `>` and `&` become references; a carriage return becomes
/// `&#13;` (the HTML parser would turn a raw one into a line feed) and NUL, which HTML text
/// cannot hold, becomes U+FFFD.
pub(crate) fn text(out: &mut String, s: &str) {
    escape(out, s, false);
}

/// Appends `s` for a double-quoted attribute value.
pub(crate) fn attr(out: &mut String, s: &str) {
    escape(out, s, true);
}

/// `s` escaped as HTML text.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    text(&mut out, s);
    out
}

fn escape(out: &mut String, s: &str, quotes: bool) {
    let b = s.as_bytes();
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        let rep = match c {
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'&' => "&amp;",
            b'\r' => "&#13;",
            0 => "\u{fffd}",
            b'"' if quotes => "&quot;",
            b'\'' if quotes => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(rep);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// `span` made to fit `text`: clamped to its length, on `char` boundaries, never reversed.
pub(crate) fn clamp(text: &str, span: Span) -> (usize, usize) {
    let mut s = span.start.min(text.len());
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = span.end.clamp(s, text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    (s, e)
}

/// Draws `text` with `marks` over it: the inside of the text container.
///
/// Each mark opens once as its head, `<span class="m k-KIND" id="mI" tabindex="0" data-p
/// data-v data-d>` (`I` its index in `marks`); where a mark crosses the end of one it was
/// opened inside, the inner one is closed there and reopened as a continuation
/// `<span class="m k-KIND c" data-r="mI">`. A finding's place carries `data-f`; where
/// `markers[I]` is set, a margin marker `<a class="fm">` (no text of its own) follows the
/// head.
pub(crate) fn draw(text: &str, marks: &[Mark], findings: &[Finding], markers: &[bool]) -> String {
    let at: Vec<(usize, usize)> = marks.iter().map(|m| clamp(text, m.span)).collect();
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&k| {
        let (s, e) = at[k];
        (s, std::cmp::Reverse(e), marks[k].kind.depth(), k)
    });
    let mut d = Drawer {
        text,
        marks,
        findings,
        markers,
        at: &at,
        out: String::with_capacity(text.len() * 5 / 4 + marks.len() * 160),
        pos: 0,
        stack: Vec::new(),
    };
    let cuts = chunks(text);
    let mut cut = cuts.iter().copied().peekable();
    d.chunk_open(0, cut.peek().copied().unwrap_or(text.len()));
    for k in order {
        let (s, e) = at[k];
        while let Some(b) = cut.next_if(|&b| b <= s) {
            d.close_to(b);
            let next = cut.peek().copied().unwrap_or(text.len());
            d.cut(b, next);
        }
        d.close_to(s);
        d.text_to(s);
        d.open(k, true);
        if s == e {
            d.out.push_str("</span>");
        } else {
            d.stack.push(k);
        }
    }
    for b in cut.collect::<Vec<_>>() {
        d.close_to(b);
        let next = cuts.iter().copied().find(|&x| x > b).unwrap_or(text.len());
        d.cut(b, next);
    }
    d.close_to(text.len());
    d.text_to(text.len());
    d.out.push_str("</span>");
    d.out
}

/// About how many bytes of text go into one chunk.
const CHUNK: usize = 32 * 1024;

/// Where the text is cut into chunks: after a line break, every [`CHUNK`] bytes or so (32 KB).
///
/// Each chunk is drawn as `<span class="ch">`, an inline block that the browser may skip
/// laying out while it is off screen (`content-visibility: auto`), so a long notice opens
/// as fast as a short one. Being inline, the chunks add no line break to the text.
fn chunks(text: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut from = CHUNK;
    while from < text.len() {
        let Some(nl) = memchr::memchr(b'\n', &text.as_bytes()[from..]) else {
            break;
        };
        let at = from + nl + 1;
        if at >= text.len() {
            break;
        }
        cuts.push(at);
        from = at + CHUNK;
    }
    cuts
}

struct Drawer<'a> {
    text: &'a str,
    marks: &'a [Mark],
    findings: &'a [Finding],
    markers: &'a [bool],
    at: &'a [(usize, usize)],
    out: String,
    pos: usize,
    stack: Vec<usize>,
}

impl Drawer<'_> {
    fn text_to(&mut self, to: usize) {
        if to > self.pos {
            text(&mut self.out, &self.text[self.pos..to]);
            self.pos = to;
        }
    }

    /// Opens a chunk for `from..to`, with a guess at its height for the browser.
    fn chunk_open(&mut self, from: usize, to: usize) {
        // about 40 characters a line at 2.15 × 16.8 px a line
        let mut lines = 0;
        for line in self.text[from..to].split('\n') {
            lines += 1 + line.len() / 120;
        }
        let _ = write!(
            self.out,
            "<span class=\"ch\" style=\"contain-intrinsic-size:auto {}px\">",
            lines * 36
        );
    }

    /// Cuts the text at `at`, the start of a chunk ending at `to`: every open mark is
    /// closed before the cut and continued after it.
    fn cut(&mut self, at: usize, to: usize) {
        self.text_to(at);
        for _ in 0..self.stack.len() {
            self.out.push_str("</span>");
        }
        self.out.push_str("</span>");
        self.chunk_open(at, to);
        for k in self.stack.clone() {
            self.open(k, false);
        }
    }

    /// Closes every open mark that ends at or before `limit`, splitting crossing ones.
    fn close_to(&mut self, limit: usize) {
        while let Some(end) = self.stack.iter().map(|&k| self.at[k].1).min() {
            if end > limit {
                break;
            }
            self.text_to(end);
            let j = self
                .stack
                .iter()
                .position(|&k| self.at[k].1 == end)
                .unwrap_or(0);
            let mut reopen = Vec::new();
            while self.stack.len() > j {
                let Some(k) = self.stack.pop() else { break };
                self.out.push_str("</span>");
                if self.at[k].1 > end {
                    reopen.push(k);
                }
            }
            for k in reopen.into_iter().rev() {
                self.open(k, false);
                self.stack.push(k);
            }
        }
    }

    fn open(&mut self, k: usize, head: bool) {
        let m = &self.marks[k];
        let o = &mut self.out;
        o.push_str("<span class=\"m k-");
        o.push_str(m.kind.name());
        let finding = m.finding.and_then(|f| self.findings.get(f).map(|x| (f, x)));
        if let Some((_, f)) = finding {
            o.push_str(" sev-");
            o.push_str(f.severity.as_str());
        }
        if head {
            let _ = write!(o, "\" id=\"m{k}\" tabindex=\"0\" data-p=\"");
            attr(o, &m.path);
            o.push_str("\" data-v=\"");
            attr(o, &m.value);
            if !m.detail.is_empty() {
                o.push_str("\" data-d=\"");
                attr(o, &m.detail);
            }
        } else {
            let _ = write!(o, " c\" data-r=\"m{k}");
        }
        if let Some((f, _)) = finding {
            let _ = write!(o, "\" data-f=\"{f}");
        }
        o.push_str("\">");
        if let (true, Some((f, x))) = (head && self.markers.get(k) == Some(&true), finding) {
            let _ = write!(
                o,
                "<a class=\"fm sev-{}\" href=\"#F{f}\" data-f=\"{f}\" data-p=\"findings[{f}]\" data-v=\"",
                x.severity.as_str()
            );
            attr(o, &x.message);
            let _ = write!(
                o,
                "\" data-d=\"{} · {}\" aria-label=\"{}: ",
                x.severity, x.code, x.severity
            );
            attr(o, &x.message);
            o.push_str("\"></a>");
        }
    }
}
