//! Inline enumerations (一是…二是…三是…): the measure level of many notices and the items of
//! the closing plan.

use crate::Span;
use crate::lex::items::{continues, label_before};
use crate::lex::text::trim_span;

/// One item of an inline enumeration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Item {
    /// The label (`二是`).
    pub(crate) label: Span,
    /// Its number.
    pub(crate) number: u32,
    /// The item's text up to the next label, trimmed.
    pub(crate) body: Span,
}

/// Items of an inline enumeration `一是…二是…三是…` in `s[span]`. A skipped number (二是
/// then 四是) is kept; the sequence starts at 一是, or goes on from `last`, the number of
/// the last item of the lines before (items written one a line: `一是…` / `二是…`).
pub(crate) fn inline_items(s: &str, span: Span, last: Option<u32>) -> Vec<Item> {
    let mut marks: Vec<(Span, u32)> = Vec::new();
    let hay = &s[span.range()];
    for (p, _) in hay.match_indices('是') {
        let at = span.start + p;
        let Some((j, v)) = label_before(s, at, span.start) else {
            continue;
        };
        let before = marks.last().map(|m| m.1);
        if continues(before, v) || (before.is_none() && continues(last, v)) {
            marks.push((Span::new(j, at + '是'.len_utf8()), v));
        }
    }
    let mut out = Vec::with_capacity(marks.len());
    for (k, &(label, number)) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(span.end, |m| m.0.start);
        out.push(Item {
            label,
            number,
            body: trim_span(s, Span::new(label.end, end)),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline() {
        let s = "下一步,将继续努力。一是强化引领。深入学习。二是压实责任。四是提升实效。";
        let items = inline_items(s, Span::new(0, s.len()), None);
        let got: Vec<(u32, &str)> = items
            .iter()
            .map(|i| (i.number, &s[i.body.range()]))
            .collect();
        assert_eq!(
            got,
            [
                (1, "强化引领。深入学习。"),
                (2, "压实责任。"),
                (4, "提升实效。")
            ]
        );
        assert_eq!(&s[items[1].label.range()], "二是");
    }

    #[test]
    fn items_one_a_line_go_on_from_the_line_before() {
        let s = "二是压实责任。三是提升实效。";
        let span = Span::new(0, s.len());
        let numbers = |last| -> Vec<u32> {
            inline_items(s, span, last)
                .iter()
                .map(|i| i.number)
                .collect()
        };
        assert_eq!(numbers(Some(1)), [2, 3]);
        assert_eq!(numbers(None), Vec::<u32>::new());
        assert_eq!(numbers(Some(5)), Vec::<u32>::new());
        // a line that starts again at 一是 is an enumeration of its own
        let s = "一是强化引领。二是压实责任。";
        let items = inline_items(s, Span::new(0, s.len()), Some(3));
        assert_eq!(items.iter().map(|i| i.number).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn not_items() {
        for s in ["统一是关键", "二是压实责任", "一是", ""] {
            let items = inline_items(s, Span::new(0, s.len()), None);
            assert!(
                items.len() <= 1 && (items.is_empty() || s == "一是"),
                "{s}: {items:?}"
            );
        }
    }
}
