//! Walks over a report: its body parts in document order ([`Report::parts`]) and every
//! span it holds ([`visit_spans`]).

use crate::{Issue, Report, Section, Span};

/// A part of the notice's body (正文部分): a notice section or an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// A part of the notice that is not an issue (组织领导情况 …).
    Section(&'a Section),
    /// An issue.
    Issue(&'a Issue),
}

impl<'a> Part<'a> {
    /// Where the part stands.
    pub fn span(self) -> Span {
        match self {
            Part::Section(s) => s.span,
            Part::Issue(i) => i.span,
        }
    }

    /// Its number (`二、` → 2), label and heading.
    pub fn heading(self) -> (Option<u32>, &'a str, &'a str) {
        match self {
            Part::Section(s) => (s.number, s.label.as_str(), s.title.as_str()),
            Part::Issue(i) => (i.number, i.label.as_str(), i.heading.as_str()),
        }
    }

    /// The issue, when it is one.
    pub fn issue(self) -> Option<&'a Issue> {
        match self {
            Part::Issue(i) => Some(i),
            Part::Section(_) => None,
        }
    }
}

/// One body part with its place in the tree, as [`Report::parts`] yields them.
#[derive(Clone, Copy, Debug)]
pub struct Placed<'a> {
    /// The part.
    pub part: Part<'a>,
    /// 0 for a part at the top of the body.
    pub depth: usize,
    /// The index, in the same walk, of the part this one sits under.
    pub parent: Option<usize>,
}

/// The children of a part, sections and issues merged in document order.
fn children<'a>(issues: &'a [Issue], sections: &'a [Section]) -> Vec<Part<'a>> {
    let mut out: Vec<Part<'a>> = Vec::with_capacity(issues.len() + sections.len());
    let (mut i, mut s) = (issues.iter().peekable(), sections.iter().peekable());
    loop {
        let next = match (i.peek(), s.peek()) {
            (Some(a), Some(b)) if b.span.start < a.span.start => s.next().map(Part::Section),
            (Some(_), _) => i.next().map(Part::Issue),
            (None, Some(_)) => s.next().map(Part::Section),
            (None, None) => break,
        };
        out.extend(next);
    }
    out
}

fn children_of(part: Part<'_>) -> Vec<Part<'_>> {
    match part {
        Part::Section(s) => children(&s.issues, &s.children),
        Part::Issue(i) => children(&i.children, &[]),
    }
}

impl Report {
    /// Every notice section and issue, depth first in document order (a part before its
    /// children), with its depth and parent.
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::{Part, Report};
    /// let text = "根据县委统一部署,2023年3月1日至4月28日,县委第一巡察组对县水利局开展了巡察。\n\
    ///             一、整改工作组织领导情况\n成立领导小组。\n\
    ///             二、关于“工程监管不严”问题的整改情况\n(一)完善台账。建账14个。\n";
    /// let r = Report::parse(text).unwrap();
    /// let parts = r.parts();
    /// assert!(matches!(parts[0].part, Part::Section(s) if s.title == "整改工作组织领导情况"));
    /// assert!(matches!(parts[1].part, Part::Issue(i) if i.title == "工程监管不严"));
    /// assert_eq!(parts[1].depth, 0);
    /// ```
    pub fn parts(&self) -> Vec<Placed<'_>> {
        let mut out = Vec::new();
        // (part, depth, parent), children pushed in reverse so they pop in order
        let mut stack: Vec<(Part<'_>, usize, Option<usize>)> =
            children(&self.issues, &self.sections)
                .into_iter()
                .rev()
                .map(|p| (p, 0, None))
                .collect();
        while let Some((part, depth, parent)) = stack.pop() {
            let me = out.len();
            out.push(Placed {
                part,
                depth,
                parent,
            });
            stack.extend(
                children_of(part)
                    .into_iter()
                    .rev()
                    .map(|c| (c, depth + 1, Some(me))),
            );
        }
        out
    }

    /// Every issue, depth first in document order, including those under notice sections.
    pub fn all_issues(&self) -> Vec<&Issue> {
        self.parts().iter().filter_map(|p| p.part.issue()).collect()
    }
}

/// What kind of element a span belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visit {
    /// An extracted element (a field, a section, a figure).
    Element,
    /// A passage kept as is.
    Passage,
}

fn visit_part(part: Part<'_>, f: &mut dyn FnMut(Visit, Span)) {
    f(Visit::Element, part.span());
    let Part::Issue(i) = part else { return };
    for m in &i.measures {
        f(Visit::Element, m.span);
        for q in &m.quantities {
            f(Visit::Element, q.span);
        }
    }
}

/// Calls `f` with every span in `r`.
pub fn visit_spans(r: &Report, f: &mut dyn FnMut(Visit, Span)) {
    if let Some(t) = &r.title {
        f(Visit::Element, t.span);
    }
    if let Some(s) = r.published_span {
        f(Visit::Passage, s);
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
    for p in r.parts() {
        visit_part(p.part, f);
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

/// Calls `f` with every span in `r`, to move them (a span in a cleaned copy of the text
/// made a span of the original). Every span [`visit_spans`] sees, and those of counts,
/// quantities and findings.
pub(crate) fn spans_mut(r: &mut Report, f: &mut dyn FnMut(&mut Span)) {
    fn issues(list: &mut [Issue], f: &mut dyn FnMut(&mut Span)) {
        for i in list {
            f(&mut i.span);
            for m in &mut i.measures {
                f(&mut m.span);
                m.quantities.iter_mut().for_each(|q| f(&mut q.span));
            }
            issues(&mut i.children, f);
        }
    }
    fn sections(list: &mut [Section], f: &mut dyn FnMut(&mut Span)) {
        for s in list {
            f(&mut s.span);
            issues(&mut s.issues, f);
            sections(&mut s.children, f);
        }
    }
    issues(&mut r.issues, f);
    sections(&mut r.sections, f);
    if let Some(t) = &mut r.title {
        f(&mut t.span);
    }
    r.published_span.iter_mut().for_each(&mut *f);
    if let Some(i) = &mut r.inspection {
        f(&mut i.span);
    }
    if let Some(o) = &mut r.overview {
        o.spans.iter_mut().for_each(&mut *f);
        o.quantities.iter_mut().for_each(|q| f(&mut q.span));
        for slot in crate::Slot::ALL {
            if let Some(c) = o.count_mut(slot) {
                f(&mut c.span);
            }
        }
        if let Some(rate) = &mut o.completion_rate {
            f(&mut rate.span);
        }
    }
    if let Some(o) = &mut r.outcomes {
        o.spans.iter_mut().for_each(&mut *f);
        for p in &mut o.penalties {
            f(&mut p.span);
            p.breakdown.iter_mut().for_each(|b| f(&mut b.span));
        }
        for x in &mut o.funds {
            f(&mut x.span);
            f(&mut x.amount.span);
        }
    }
    if let Some(p) = &mut r.next_steps_intro {
        f(&mut p.span);
    }
    r.next_steps.iter_mut().for_each(|n| f(&mut n.span));
    if let Some(c) = &mut r.contact {
        f(&mut c.span);
    }
    if let Some(s) = &mut r.signature {
        f(&mut s.span);
    }
    r.unrecognized.iter_mut().for_each(|p| f(&mut p.span));
    for finding in &mut r.parse_findings {
        finding.spans.iter_mut().for_each(&mut *f);
    }
}
