//! Coverage: which characters of the input lie inside an extracted element's span.

use crate::report_spans::{Visit, visit_spans};
use crate::{Coverage, Report, Span};

/// Computes coverage of `input` by `report`'s spans.
pub(crate) fn coverage(report: &Report, input: &str) -> Coverage {
    let mut interp: Vec<Span> = Vec::new();
    let mut pass: Vec<Span> = Vec::new();
    visit_spans(report, &mut |v, s| match v {
        Visit::Element => interp.push(s),
        Visit::Passage => pass.push(s),
    });
    let interp = merge(interp);
    let pass = merge(pass);
    let mut cov = Coverage::default();
    let (mut a, mut b) = (0, 0);
    let mut run: Option<Span> = None;
    for (i, c) in input.char_indices() {
        if crate::parse::text::is_ws(c) {
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

/// The runs of non-whitespace characters inside no span at all; only the gaps between
/// spans are read, so this is cheap when coverage is (nearly) complete.
pub(crate) fn uncovered(report: &Report, input: &str) -> Vec<Span> {
    let mut all: Vec<Span> = Vec::new();
    visit_spans(report, &mut |_, s| all.push(s));
    let all = merge(all);
    let mut out = Vec::new();
    let mut gap_start = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<Span>| {
        let mut run: Option<Span> = None;
        for (i, c) in input[from..to].char_indices() {
            let i = from + i;
            if crate::parse::text::is_ws(c) {
                out.extend(run.take());
            } else {
                let end = i + c.len_utf8();
                run = Some(run.map_or(Span::new(i, end), |r| Span::new(r.start, end)));
            }
        }
        out.extend(run);
    };
    for s in &all {
        if s.start > gap_start {
            gap(gap_start, s.start.min(input.len()), &mut out);
        }
        gap_start = gap_start.max(s.end);
    }
    if gap_start < input.len() {
        gap(gap_start, input.len(), &mut out);
    }
    out
}

fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| !s.is_empty());
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(l) if s.start <= l.end => l.end = l.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}
