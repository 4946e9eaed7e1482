//! Coverage: which characters of the input lie inside an extracted element's span.

use crate::lex::text::is_ws;
use crate::{Coverage, Report, Span, Visit, visit_spans};

/// Computes coverage of `input` by `report`'s spans.
pub(crate) fn coverage(report: &Report, input: &str) -> Coverage {
    let mut interp: Vec<Span> = Vec::new();
    let mut pass: Vec<Span> = Vec::new();
    visit_spans(report, &mut |v, s| match v {
        Visit::Element => Span::push_joined(&mut interp, s),
        Visit::Passage => Span::push_joined(&mut pass, s),
    });
    let interp = Span::merge(interp);
    let pass = Span::merge(pass);
    let mut cov = Coverage::default();
    let (mut a, mut b) = (0, 0);
    let mut run: Option<Span> = None;
    for (i, c) in input.char_indices() {
        if is_ws(c) {
            if let Some(r) = run.take() {
                cov.uncovered.push(r);
            }
            continue;
        }
        cov.total += 1;
        while a < interp.len() && interp[a].end <= i {
            a += 1;
        }
        while b < pass.len() && pass[b].end <= i {
            b += 1;
        }
        let end = i + c.len_utf8();
        if a < interp.len() && interp[a].start <= i {
            cov.interpreted += 1;
        } else if b < pass.len() && pass[b].start <= i {
            cov.passages += 1;
        } else {
            run = Some(run.map_or(Span::new(i, end), |r| Span::new(r.start, end)));
            continue;
        }
        if let Some(r) = run.take() {
            cov.uncovered.push(r);
        }
    }
    if let Some(r) = run.take() {
        cov.uncovered.push(r);
    }
    cov
}
