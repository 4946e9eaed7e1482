//! The closing plan (下一步): `下一步,…将…。一是{title}。{text}二是…`, or labelled items
//! under a `下一步工作打算` heading; the text before the first item is the lead.

use super::enumeration::inline_items;
use super::labels::label_at;
use crate::lex::text::{sentence_end, trim_span};
use crate::vocab::headings::{NEXT_STEP_HEADINGS, NEXT_STEPS};
use crate::{NextStep, Span};

/// Whether a line opens the closing plan: `下一步,…` or a heading `三、下一步工作打算`.
pub(crate) fn is_next_steps(line: &str) -> bool {
    line.starts_with(NEXT_STEPS)
        || label_at(line).is_some_and(|l| {
            let h = &line[l.len..];
            h.starts_with(NEXT_STEPS) || NEXT_STEP_HEADINGS.iter().any(|w| h.contains(w))
        })
}

/// The closing plan being read: its lead and items.
#[derive(Default)]
struct Plan {
    lead: Option<Span>,
    steps: Vec<NextStep>,
    /// Whether the last step is a `一是…` item (not a labelled `(一)` one).
    inline: bool,
}

impl Plan {
    fn add_lead(&mut self, s: Span) {
        self.lead = Some(self.lead.map_or(s, |l| l.to(s)));
    }

    /// A paragraph with no item label: it continues the last item, or the lead.
    fn continue_with(&mut self, input: &str, line: Span) {
        match self.steps.last_mut() {
            Some(last) => {
                last.text.push('\n');
                last.text.push_str(&input[line.range()]);
                last.span = last.span.to(line);
            }
            None => self.add_lead(line),
        }
    }
}

/// Reads next steps from the region's lines: labelled items, or `一是…` items; the
/// text before the first item is the lead.
pub(crate) fn next_steps(input: &str, lines: &[Span]) -> (Option<Span>, Vec<NextStep>) {
    let mut plan = Plan::default();
    for (k, &line) in lines.iter().enumerate() {
        let text = &input[line.range()];
        if let Some(l) = label_at(text).filter(|l| k > 0 && l.len < text.len()) {
            let body = Span::new(line.start + l.len, line.end);
            plan.steps.push(step(input, l.number, body, line));
            plan.inline = false;
            continue;
        }
        // `一是…` items written one a line go on from the line before
        let last = plan
            .steps
            .last()
            .filter(|_| plan.inline)
            .and_then(|s| s.number);
        let items = inline_items(input, line, last);
        let Some(first) = items.first() else {
            plan.continue_with(input, line);
            continue;
        };
        if first.label.start > line.start && plan.steps.is_empty() {
            plan.add_lead(trim_span(input, Span::new(line.start, first.label.start)));
        }
        for it in items {
            plan.steps
                .push(step(input, Some(it.number), it.body, it.label.to(it.body)));
            plan.inline = true;
        }
    }
    (plan.lead, plan.steps)
}

fn step(input: &str, number: Option<u32>, body: Span, span: Span) -> NextStep {
    let text = &input[body.range()];
    let end = sentence_end(text, 0);
    let end = text[..end].find([';', '\u{ff1b}']).map_or(end, |p| p);
    NextStep {
        number,
        title: text[..end]
            .trim_end_matches([
                '。', '!', '?', '\u{ff01}', '\u{ff1f}', ',', '\u{ff0c}', ';', '\u{ff1b}',
            ])
            .to_owned(),
        text: text.to_owned(),
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_and_items() {
        let s = "下一步,我局将持续用力。一是巩固成果。二是健全机制;完善制度。";
        let (lead, steps) = next_steps(s, &[Span::new(0, s.len())]);
        assert_eq!(&s[lead.unwrap().range()], "下一步,我局将持续用力。");
        let titles: Vec<&str> = steps.iter().map(|x| x.title.as_str()).collect();
        assert_eq!(titles, ["巩固成果", "健全机制"]);
        assert!(is_next_steps("三、下一步工作打算"));
        assert!(is_next_steps("下一步,将继续"));
        assert!(!is_next_steps("一、关于“下一步”"));
    }
}
