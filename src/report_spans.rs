//! A walk over every span a report holds (used by coverage and by span checks).

use crate::{Issue, Report, Section, Span};

/// What kind of element a span belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visit {
    /// An extracted element (a field, a section, a figure).
    Element,
    /// A passage kept as is.
    Passage,
}

fn issue(i: &Issue, f: &mut dyn FnMut(Visit, Span)) {
    f(Visit::Element, i.span);
    for m in &i.measures {
        f(Visit::Element, m.span);
        for q in &m.quantities {
            f(Visit::Element, q.span);
        }
    }
    for c in &i.children {
        issue(c, f);
    }
}

fn section(s: &Section, f: &mut dyn FnMut(Visit, Span)) {
    f(Visit::Element, s.span);
    for i in &s.issues {
        issue(i, f);
    }
    for c in &s.children {
        section(c, f);
    }
}

/// Calls `f` with every span in `r`.
pub fn visit_spans(r: &Report, f: &mut dyn FnMut(Visit, Span)) {
    if let Some(t) = &r.title {
        f(Visit::Element, t.span);
    }
    if let Some(i) = &r.inspection {
        f(Visit::Element, i.span);
    }
    if let Some(o) = &r.overview {
        for s in &o.spans {
            f(Visit::Element, *s);
        }
        for q in &o.quantities {
            f(Visit::Element, q.span);
        }
    }
    if let Some(o) = &r.outcomes {
        for s in &o.spans {
            f(Visit::Element, *s);
        }
        for p in &o.penalties {
            f(Visit::Element, p.span);
            for b in &p.breakdown {
                f(Visit::Element, b.span);
            }
        }
        for x in &o.funds {
            f(Visit::Element, x.span);
            f(Visit::Element, x.amount.span);
        }
    }
    for i in &r.issues {
        issue(i, f);
    }
    for s in &r.sections {
        section(s, f);
    }
    if let Some(p) = &r.next_steps_intro {
        f(Visit::Passage, p.span);
    }
    for n in &r.next_steps {
        f(Visit::Element, n.span);
    }
    if let Some(c) = &r.contact {
        f(Visit::Element, c.span);
    }
    if let Some(s) = &r.signature {
        f(Visit::Element, s.span);
    }
    for p in &r.unrecognized {
        f(Visit::Passage, p.span);
    }
}
