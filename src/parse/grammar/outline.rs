//! The outline (标题层级): headings and the paragraphs under them, as a tree.
//!
//! The level of a label is the order in which its shape first appears on the path from the
//! root, so `1.` under `一、` in one part and under `(一)` in another both work.

use super::labels::{Label, Shape, label_at};
use crate::Span;
use crate::lex::text::{sentence_end, trim_span};
use crate::vocab::headings::FIELD_LABELS;

/// One heading with its body paragraphs and sub-headings.
#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) label: Label,
    /// The label's span.
    pub(crate) label_span: Span,
    /// The heading text after the label: the whole line when it has no `。`, else its first
    /// sentence.
    pub(crate) heading: Span,
    /// Body spans: the rest of the heading line, then whole paragraphs.
    pub(crate) body: Vec<Span>,
    pub(crate) children: Vec<Node>,
    pub(crate) span: Span,
}

/// The tree being built: the open path from the root, and where a finished root goes.
struct Builder<F> {
    emit: F,
    path: Vec<Node>,
}

impl<F: FnMut(Node)> Builder<F> {
    /// Closes the open path down to `depth` nodes.
    fn close_to(&mut self, depth: usize) {
        while self.path.len() > depth {
            let Some(n) = self.path.pop() else { break };
            match self.path.last_mut() {
                Some(parent) => {
                    parent.span = parent.span.to(n.span);
                    parent.children.push(n);
                }
                None => (self.emit)(n),
            }
        }
    }

    /// The depth at which a node of `shape` goes: its own level when open, else a new one.
    fn depth_of(&self, shape: Shape) -> usize {
        self.path
            .iter()
            .position(|n| n.label.shape == shape)
            .unwrap_or(self.path.len())
    }

    /// `1.(1)`: the `1.` is a level of its own, shared by the items that repeat it.
    fn open_outer(&mut self, line: Span, n: u32, olen: usize) {
        let at = self
            .path
            .iter()
            .position(|x| x.label.shape == Shape::CombinedOuter);
        if let Some(d) = at.filter(|&d| self.path[d].label.number == Some(n)) {
            self.close_to(d + 1);
            return;
        }
        self.close_to(at.unwrap_or(self.path.len()));
        let ls = line.start;
        self.path.push(Node {
            label: Label {
                shape: Shape::CombinedOuter,
                number: Some(n),
                len: olen,
                outer: None,
            },
            label_span: Span::new(ls, ls + olen),
            heading: Span::new(ls + olen, ls + olen),
            body: Vec::new(),
            children: Vec::new(),
            span: line,
        });
    }
}

/// Builds the outline of `lines` (spans into `input`), handing each root to `emit` as
/// soon as it is closed, so that only one root's tree is held at a time. Paragraphs
/// before the first heading are returned.
pub(crate) fn outline(input: &str, lines: &[Span], emit: impl FnMut(Node)) -> Vec<Span> {
    let mut pre = Vec::new();
    let mut b = Builder {
        emit,
        path: Vec::new(),
    };
    for &line in lines {
        let text = &input[line.range()];
        let Some(label) = label_at(text).filter(|l| l.len < text.len()) else {
            match b.path.last_mut() {
                Some(n) => {
                    n.body.push(line);
                    n.span = n.span.to(line);
                }
                None => pre.push(line),
            }
            continue;
        };
        let label_start = match label.outer {
            Some((n, olen)) => {
                b.open_outer(line, n, olen);
                line.start + olen
            }
            None => {
                // a repeated shape closes back to its level; a new shape opens a level
                let depth = b.depth_of(label.shape);
                b.close_to(depth);
                line.start
            }
        };
        b.path.push(node(input, line, label, label_start));
    }
    b.close_to(0);
    pre
}

/// A heading node for `line`, its label starting at `label_start`.
fn node(input: &str, line: Span, label: Label, label_start: usize) -> Node {
    let rest_start = line.start + label.len;
    let heading = Span::new(
        rest_start,
        rest_start + heading_end(&input[rest_start..line.end]),
    );
    let tail = trim_span(input, Span::new(heading.end, line.end));
    Node {
        label,
        label_span: Span::new(label_start, rest_start),
        heading,
        body: if tail.is_empty() {
            Vec::new()
        } else {
            vec![tail]
        },
        children: Vec::new(),
        span: line,
    }
}

/// End of the heading sentence in `rest`: after the first `。` (outside quotes) or at a
/// field label run together on the line; the whole line otherwise.
pub(crate) fn heading_end(rest: &str) -> usize {
    let end = sentence_end(rest, 0);
    // a field label run together on the line (`…问题。整改情况:…`) ends the heading too
    for (p, _) in rest[..end].match_indices([':', '\u{ff1a}']) {
        if let Some(f) = FIELD_LABELS.iter().find(|f| rest[..p].ends_with(**f)) {
            let start = p - f.len();
            if start > 0 {
                return start;
            }
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(input: &str) -> String {
        let lines: Vec<Span> = crate::lex::text::lines(input)
            .iter()
            .map(|l| l.span)
            .collect();
        let mut roots = Vec::new();
        let pre = outline(input, &lines, |n| roots.push(n));
        fn show(input: &str, n: &Node, out: &mut String) {
            out.push_str(&input[n.label_span.range()]);
            out.push('[');
            for c in &n.children {
                show(input, c, out);
            }
            out.push(']');
        }
        let mut out = format!("{}:", pre.len());
        for r in &roots {
            show(input, r, &mut out);
        }
        out
    }

    #[test]
    fn levels_follow_first_appearance() {
        assert_eq!(
            tree("前言\n一、甲\n(一)乙\n1.丙\n(二)丁\n二、戊\n1.己\n"),
            "1:一、[(一)[1.[]](二)[]]二、[1.[]]"
        );
        // combined labels share their outer item
        assert_eq!(
            tree("一、甲\n1.(1)乙\n1.(2)丙\n2.(1)丁\n"),
            "0:一、[1.[(1)[](2)[]]2.[(1)[]]]"
        );
    }

    #[test]
    fn heading_sentence_and_field_labels() {
        assert_eq!(heading_end("完善制度。建立台账"), "完善制度。".len());
        assert_eq!(
            heading_end("问题:学位不足。整改情况:已完成"),
            "问题:学位不足。".len()
        );
        assert_eq!(heading_end("学位不足整改情况:已完成"), "学位不足".len());
    }
}
