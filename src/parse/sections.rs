//! The heading tree (标题层级): labels `一、` `(一)` `1.` `1、` `(1)` `①` `问题1:`, the
//! outline they form, and the issues, measures and notice sections read from it.
//!
//! The level of a label is the order in which its shape first appears on the path from the
//! root, so `1.` under `一、` in one part and under `(一)` in another both work.

use super::numerals::cn_numeral_at;
use super::quantities;
use super::text::{char_at, is_close, is_colon, is_open, sentence_end, span_of, uint_at};
use crate::{Issue, Measure, Section, Span};

/// The shape of a heading label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `一、`
    CnDun,
    /// `(一)`
    CnParen,
    /// `1.`
    ArabicDot,
    /// `1、`
    ArabicDun,
    /// `(1)`
    ArabicParen,
    /// `1.(1)`
    Combined,
    /// `①`
    Circled,
    /// `问题1:`
    Problem,
    /// `反馈问题一:`, a level above `问题1:`
    FeedbackProblem,
    /// The `1.` of `1.(1)`, standing for the item the combined labels share
    CombinedOuter,
}

/// A label at the start of a line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Label {
    pub(crate) shape: Shape,
    pub(crate) number: Option<u32>,
    /// Byte length of the label within the line.
    pub(crate) len: usize,
    /// For `1.(1)`: the outer number and the byte length of `1.`.
    pub(crate) outer: Option<(u32, usize)>,
}

fn small(s: &str, i: usize) -> Option<(u32, usize, bool)> {
    if let Some((v, n, e)) = uint_at(s.as_bytes(), i) {
        return (n <= 3).then(|| (v.and_then(|v| u32::try_from(v).ok()).unwrap_or(0), e, false));
    }
    let (v, e) = cn_numeral_at(s, i)?;
    (s[i..e].chars().count() <= 3).then(|| (u32::try_from(v).unwrap_or(0), e, true))
}

/// The label at the start of `line`, if any.
pub(crate) fn label_at(line: &str) -> Option<Label> {
    let first = char_at(line, 0)?;
    if let Some(n) = ('①'..='⑳').position(|c| c == first) {
        return Some(Label {
            shape: Shape::Circled,
            number: Some(n as u32 + 1),
            len: first.len_utf8(),
            outer: None,
        });
    }
    if is_open(first) {
        let (v, e, cn) = small(line, first.len_utf8())?;
        let close = char_at(line, e).filter(|c| is_close(*c))?;
        let mut len = e + close.len_utf8();
        if let Some(c @ ('、' | '.' | '\u{ff0e}')) = char_at(line, len) {
            len += c.len_utf8();
        }
        let shape = if cn {
            Shape::CnParen
        } else {
            Shape::ArabicParen
        };
        return Some(Label {
            shape,
            number: Some(v),
            len,
            outer: None,
        });
    }
    for prefix in ["反馈问题", "问题"] {
        if let Some(rest) = line.strip_prefix(prefix) {
            let (v, e, _) = small(rest, 0)?;
            let sep = char_at(rest, e)
                .filter(|c| is_colon(*c) || matches!(c, '.' | '\u{ff0e}' | '、'))?;
            return Some(Label {
                shape: if prefix == "问题" {
                    Shape::Problem
                } else {
                    Shape::FeedbackProblem
                },
                number: Some(v),
                len: prefix.len() + e + sep.len_utf8(),
                outer: None,
            });
        }
    }
    let (v, e, cn) = small(line, 0)?;
    let sep = char_at(line, e)?;
    match (cn, sep) {
        (true, '、') => Some(Label {
            shape: Shape::CnDun,
            number: Some(v),
            len: e + sep.len_utf8(),
            outer: None,
        }),
        (false, '、') => Some(Label {
            shape: Shape::ArabicDun,
            number: Some(v),
            len: e + sep.len_utf8(),
            outer: None,
        }),
        (false, '.' | '\u{ff0e}') => {
            let after = e + sep.len_utf8();
            match char_at(line, after) {
                Some(c) if c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c) => None,
                Some(c) if is_open(c) => {
                    let inner = label_at(&line[after..]);
                    match inner {
                        Some(l) if l.shape == Shape::ArabicParen => Some(Label {
                            shape: Shape::Combined,
                            number: l.number,
                            len: after + l.len,
                            outer: Some((v, after)),
                        }),
                        _ => Some(Label {
                            shape: Shape::ArabicDot,
                            number: Some(v),
                            len: after,
                            outer: None,
                        }),
                    }
                }
                None => None,
                _ => Some(Label {
                    shape: Shape::ArabicDot,
                    number: Some(v),
                    len: after,
                    outer: None,
                }),
            }
        }
        _ => None,
    }
}

/// Field labels inside an item: `整改情况:`, `完成情况:已完成`.
const FIELD_LABELS: &[&str] = &[
    "整改情况",
    "完成情况",
    "整改进展",
    "进展情况",
    "整改措施",
    "整改成效",
    "问题表现",
    "具体表现",
    "责任单位",
    "责任领导",
    "责任人",
    "整改时限",
    "完成时限",
    "整改目标",
    "整改结果",
    "整改状态",
];

/// The field label a line starts with and the byte offset of its value.
pub(crate) fn field_at(line: &str) -> Option<(&'static str, usize)> {
    FIELD_LABELS.iter().find_map(|f| {
        let rest = line.strip_prefix(f)?;
        let c = char_at(rest, 0).filter(|c| is_colon(*c))?;
        Some((*f, f.len() + c.len_utf8()))
    })
}

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

/// Builds the outline of `lines` (spans into `input`). Paragraphs before the first
/// heading are returned separately.
pub(crate) fn outline(input: &str, lines: &[Span]) -> (Vec<Span>, Vec<Node>) {
    let mut pre = Vec::new();
    let mut roots: Vec<Node> = Vec::new();
    // the open path: shapes and the nodes being built
    let mut path: Vec<Node> = Vec::new();
    fn close_to(path: &mut Vec<Node>, roots: &mut Vec<Node>, depth: usize) {
        while path.len() > depth {
            let Some(n) = path.pop() else { break };
            match path.last_mut() {
                Some(parent) => {
                    parent.span = parent.span.to(n.span);
                    parent.children.push(n);
                }
                None => roots.push(n),
            }
        }
    }
    for &line in lines {
        let text = &input[line.range()];
        let label = label_at(text).filter(|l| l.len < text.len());
        let Some(label) = label else {
            match path.last_mut() {
                Some(n) => {
                    n.body.push(line);
                    n.span = n.span.to(line);
                }
                None => pre.push(line),
            }
            continue;
        };
        // `1.(1)`: the `1.` is a level of its own, shared by the items that repeat it
        if let Some((n, olen)) = label.outer {
            let at = path
                .iter()
                .position(|x| x.label.shape == Shape::CombinedOuter);
            match at {
                Some(d) if path[d].label.number == Some(n) => {
                    close_to(&mut path, &mut roots, d + 1)
                }
                _ => {
                    let depth = at.unwrap_or(path.len());
                    close_to(&mut path, &mut roots, depth);
                    let ls = line.start;
                    path.push(Node {
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
            let rest_start = line.start + label.len;
            let heading = Span::new(
                rest_start,
                rest_start + heading_end(&input[rest_start..line.end]),
            );
            let tail = super::text::trim_span(input, Span::new(heading.end, line.end));
            path.push(Node {
                label,
                label_span: Span::new(line.start + olen, rest_start),
                heading,
                body: if tail.is_empty() {
                    Vec::new()
                } else {
                    vec![tail]
                },
                children: Vec::new(),
                span: line,
            });
            continue;
        }
        // A repeated shape closes back to its level; a new shape opens a level.
        let depth = path
            .iter()
            .position(|n| n.label.shape == label.shape)
            .unwrap_or(path.len());
        close_to(&mut path, &mut roots, depth);
        let rest_start = line.start + label.len;
        let rest = &input[rest_start..line.end];
        let heading_end = heading_end(rest);
        let heading = Span::new(rest_start, rest_start + heading_end);
        let mut body = Vec::new();
        let tail = super::text::trim_span(input, Span::new(heading.end, line.end));
        if !tail.is_empty() {
            body.push(tail);
        }
        path.push(Node {
            label,
            label_span: Span::new(line.start, rest_start),
            heading,
            body,
            children: Vec::new(),
            span: line,
        });
    }
    close_to(&mut path, &mut roots, 0);
    (pre, roots)
}

/// End of the heading sentence in `rest`: after the first `。` (outside quotes) or at a
/// field label run together on the line; the whole line otherwise.
fn heading_end(rest: &str) -> usize {
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

/// Words that make a heading a part of the notice rather than an issue.
const NOTICE_WORDS: &[&str] = &[
    "组织领导",
    "整改工作",
    "工作开展",
    "基本情况",
    "总体情况",
    "落实情况",
    "已完成",
    "已整改完成",
    "完成整改的",
    "正在推进",
    "正在整改",
    "持续推进",
    "长期坚持",
    "阶段性",
    "下一步",
    "工作打算",
    "整改成效",
    "主要做法",
    "主要成效",
    "工作情况",
    "整改事项",
    "进展情况",
    "主要举措",
    "工作举措",
];

pub(crate) fn is_notice_heading(h: &str) -> bool {
    !h.contains('“')
        && !h.contains('"')
        && (NOTICE_WORDS.iter().any(|w| h.contains(w))
            || is_slogan(h)
            // `具体整改情况`: the notice's own part, not one problem's rectification
            // `具体整改情况`, `持续深化巡视整改`: the notice's own work, not a problem
            || (h.contains("整改") && !h.contains("问题") && !h.contains("方面")))
}

/// Work words of the slogans that head the parts of a notice.
const SLOGAN_WORDS: &[&str] = &[
    "整改", "责任", "机制", "成果", "落实", "站位", "导向", "长效", "担当", "统筹", "督导", "领导",
];

/// A slogan heading of the notice itself: two short phrases joined by a comma, naming the
/// work (`提高政治站位,压实整改责任`), not a problem.
fn is_slogan(h: &str) -> bool {
    let h = h.trim_end_matches(['。', ';', '\u{ff1b}']);
    let mut parts = h.split([',', '\u{ff0c}']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let short = |p: &str| (2..=12).contains(&p.chars().count());
    short(a) && short(b) && !h.starts_with("关于") && SLOGAN_WORDS.iter().any(|w| h.contains(w))
}

fn looks_like_issue(h: &str) -> bool {
    h.contains('“') || h.contains('"') || h.contains("问题") || h.contains("方面")
}

/// The words inside the first pair of quotes (nested quotes kept), else the heading
/// without `关于` and the trailing `…的整改情况`.
pub(crate) fn issue_title(h: &str) -> String {
    let h = h.trim_end_matches(['。', ':', '\u{ff1a}', ';', '\u{ff1b}']);
    for (open, close) in [('“', '”'), ('"', '"'), ('\u{ff02}', '\u{ff02}')] {
        if let Some(p) = h.find(open) {
            // only a quote that opens the heading (`关于“…”问题`) holds the title; a quoted
            // word inside it (`落实“第一议题”制度不严格`) does not
            let lead = h[..p].trim_matches(|c: char| super::text::is_ws(c));
            if !matches!(lead, "" | "关于" | "在" | "反馈" | "关于在") {
                continue;
            }
            let inner = &h[p + open.len_utf8()..];
            // the last closing quote before the formula words
            if let Some(q) = inner.rfind(close) {
                let title = inner[..q].trim();
                if !title.is_empty() {
                    return title.to_owned();
                }
            }
        }
    }
    let mut t = h.trim();
    t = t.strip_prefix("关于").unwrap_or(t);
    // `1.问题:学位供给不足`: the field label is not part of the title
    for f in [
        "问题:",
        "问题\u{ff1a}",
        "问题表现:",
        "问题表现\u{ff1a}",
        "存在问题:",
        "存在问题\u{ff1a}",
    ] {
        if let Some(x) = t.strip_prefix(f) {
            t = x;
            break;
        }
    }
    for suffix in [
        "的整改落实情况",
        "整改落实情况",
        "的整改情况",
        "整改情况",
        "的整改",
    ] {
        if let Some(x) = t.strip_suffix(suffix).filter(|x| !x.is_empty()) {
            t = x;
            break;
        }
    }
    t.trim().to_owned()
}

/// Items of an inline enumeration `一是…二是…三是…` in `s[span]`: `(label, number, body)`.
/// A skipped number (二是 then 四是) is kept; the sequence must start at 一是.
pub(crate) fn inline_items(s: &str, span: Span) -> Vec<(Span, u32, Span)> {
    let mut marks: Vec<(Span, u32)> = Vec::new();
    let hay = &s[span.range()];
    for (p, _) in hay.match_indices('是') {
        let abs = span.start + p;
        // the numeral run before 是
        let mut j = abs;
        let mut n = 0;
        while let Some(c) = super::text::char_before(s, j) {
            if !super::numerals::is_numeral_char(c) || n >= 3 || j <= span.start {
                break;
            }
            j -= c.len_utf8();
            n += 1;
        }
        if n == 0 {
            continue;
        }
        let boundary = j == span.start
            || super::text::char_before(s, j).is_some_and(|c| {
                matches!(
                    c,
                    '。' | ';' | '\u{ff1b}' | ',' | '\u{ff0c}' | ':' | '\u{ff1a}' | '!' | '?' | '”'
                ) || super::text::is_ws(c)
            });
        if !boundary {
            continue;
        }
        let Some(v) = super::numerals::parse_cn(&s[j..abs]) else {
            continue;
        };
        let Ok(v) = u32::try_from(v) else { continue };
        let expected = marks.last().map_or(1, |m| m.1 + 1);
        if v == expected || (!marks.is_empty() && v == expected + 1) {
            marks.push((Span::new(j, abs + '是'.len_utf8()), v));
        }
    }
    if marks.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(marks.len());
    for (k, (label, v)) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(span.end, |m| m.0.start);
        out.push((
            *label,
            *v,
            super::text::trim_span(s, Span::new(label.end, end)),
        ));
    }
    out
}

/// Titles of documents named in `text` (`《…》`, nesting kept).
pub(crate) fn documents(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !text.contains('《') {
        return out;
    }
    // the brackets found by a substring search, not by decoding every character
    // `《` is E3 80 8A and `》` E3 80 8B: find the lead byte, check the other two
    let b = text.as_bytes();
    let marks = memchr::memchr_iter(0xE3, b).filter_map(|i| match (b.get(i + 1), b.get(i + 2)) {
        (Some(0x80), Some(0x8A)) => Some((i, true)),
        (Some(0x80), Some(0x8B)) => Some((i, false)),
        _ => None,
    });
    let mut depth = 0usize;
    let mut start = 0;
    for (i, open) in marks {
        if open {
            if depth == 0 {
                start = i + '《'.len_utf8();
            }
            depth += 1;
        } else if depth > 0 {
            depth -= 1;
            if depth == 0 {
                out.push(text[start..i].to_owned());
            }
        }
    }
    out
}

fn join(input: &str, spans: &[Span]) -> String {
    // sized once: no growth, nothing to shrink later
    let len = spans.iter().map(|s| s.len()).sum::<usize>() + spans.len().saturating_sub(1);
    let mut out = String::with_capacity(len);
    for (k, s) in spans.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&input[s.range()]);
    }
    out
}

/// The heading's first sentence without its `。`.
fn sentence_title(input: &str, heading: Span) -> String {
    input[heading.range()]
        .trim_end_matches(['。', '!', '?'])
        .to_owned()
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Vec<crate::Quantity>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn measure(
    input: &str,
    number: Option<u32>,
    label: Span,
    title: String,
    body: &[Span],
    span: Span,
) -> Measure {
    let text = join(input, body);
    // figures are gathered in a reused buffer and copied out at their exact size
    let quantities = SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        scratch.clear();
        for b in body {
            quantities::scan(input, *b, false, &mut scratch);
        }
        scratch.to_vec()
    });
    Measure {
        number,
        label: input[label.range()].to_owned(),
        title,
        documents: documents(&text),
        text,
        quantities,
        span,
    }
}

fn node_measure(input: &str, n: &Node) -> Measure {
    let mut body = Vec::with_capacity(n.body.len() + 1);
    let whole = super::text::trim_span(input, Span::new(n.heading.start, n.heading.end));
    body.push(whole);
    body.extend(n.body.iter().copied());
    // the heading and the rest of its line are one span of text
    if n.body.first().is_some_and(|b| {
        input[whole.end..b.start].trim().is_empty()
            && b.start < n.label_span.end + 4096
            && same_line(input, whole.end, b.start)
    }) {
        body[0] = whole.to(n.body[0]);
        body.remove(1);
    }
    measure(
        input,
        n.label.number,
        n.label_span,
        sentence_title(input, n.heading),
        &body,
        Span::new(n.label_span.start, n.span.end),
    )
}

fn same_line(input: &str, a: usize, b: usize) -> bool {
    !input[a..b].contains('\n') && !input[a..b].contains('\r')
}

/// Converts a heading node into an issue.
pub(crate) fn node_issue(input: &str, n: &Node) -> Issue {
    let heading = input[n.heading.range()].trim_end_matches('。').to_owned();
    let mut issue = Issue {
        number: n.label.number,
        label: input[n.label_span.range()].to_owned(),
        title: issue_title(&heading),
        heading,
        status: None,
        measures: Vec::new(),
        children: Vec::new(),
        text: None,
        // from the label: a combined label's `1.` belongs to the shared item above
        span: Span::new(n.label_span.start, n.span.end),
    };
    for c in &n.children {
        let problem = is_problem(input, c);
        if c.children.is_empty() && !problem {
            issue.measures.push(node_measure(input, c));
        } else {
            issue.children.push(node_issue(input, c));
        }
    }
    let mut text_spans = Vec::new();
    for b in &n.body {
        let line = &input[b.range()];
        if let Some((f, v)) = field_at(line) {
            if matches!(
                f,
                "完成情况" | "整改进展" | "进展情况" | "整改状态" | "整改结果"
            ) && issue.status.is_none()
            {
                issue.status = Some(
                    line[v..]
                        .trim_end_matches(['。', ';', '\u{ff1b}'])
                        .to_owned(),
                );
            }
        }
        // a status field run together on the heading line
        if let Some(p) = line.find("完成情况") {
            let after = &line[p + "完成情况".len()..];
            if let Some(colon) = after.chars().next().filter(|c| is_colon(*c)) {
                if issue.status.is_none() {
                    let v = &after[colon.len_utf8()..];
                    issue.status = Some(v.trim_end_matches(['。', ';', '\u{ff1b}']).to_owned());
                }
            }
        }
        text_spans.push(*b);
    }
    if !text_spans.is_empty() {
        issue.text = Some(join(input, &text_spans));
    }
    if issue.measures.is_empty() && issue.children.is_empty() {
        // `一是…二是…` items become the measures; the issue keeps only the prose before them
        let mut lead: Vec<Span> = Vec::new();
        for b in &text_spans {
            let items = inline_items(input, *b);
            match items.first() {
                None => lead.push(*b),
                Some((label, _, _)) => {
                    let before = super::text::trim_span(input, Span::new(b.start, label.start));
                    if !before.is_empty() {
                        lead.push(before);
                    }
                }
            }
            for (label, v, body) in items {
                let title = item_title(&input[body.range()]);
                issue.measures.push(measure(
                    input,
                    Some(v),
                    label,
                    title,
                    &[body],
                    label.to(body),
                ));
            }
        }
        if !issue.measures.is_empty() {
            issue.text = (!lead.is_empty()).then(|| join(input, &lead));
        }
    }
    issue
}

/// Whether a child of a notice section is itself a section (not an issue).
pub(crate) fn child_is_section(input: &str, c: &Node) -> bool {
    let h = &input[c.heading.range()];
    !is_problem(input, c)
        && (is_notice_heading(h) || (c.children.is_empty() && !looks_like_issue(h)))
}

/// `问题1:` items are problems (issues), never measures or notice sections, even without
/// sub-items; so are items that carry their own field labels (`整改情况:`).
fn is_problem(input: &str, c: &Node) -> bool {
    matches!(c.label.shape, Shape::Problem | Shape::FeedbackProblem)
        || c.body.iter().any(|b| field_at(&input[b.range()]).is_some())
}

/// The title of an inline item (`一是{title}。…`): its first sentence or `;` clause, cut
/// at the first comma when that leaves a short heading (`推动区域协调发展,出台…`).
pub(crate) fn item_title(body: &str) -> String {
    let end = sentence_end(body, 0);
    let end = body[..end].find([';', '\u{ff1b}']).unwrap_or(end);
    let mut t =
        body[..end].trim_end_matches(['。', '!', '?', '\u{ff01}', '\u{ff1f}', ';', '\u{ff1b}']);
    if t.chars().count() > 16 {
        if let Some(p) = t
            .find([',', '\u{ff0c}'])
            .filter(|&p| t[..p].chars().count() >= 4)
        {
            t = &t[..p];
        }
    }
    t.to_owned()
}

/// Converts a notice-section node; its issue-like children become issues.
pub(crate) fn node_section(input: &str, n: &Node) -> Section {
    let title = input[n.heading.range()].trim_end_matches('。').to_owned();
    let mut s = Section {
        number: n.label.number,
        label: input[n.label_span.range()].to_owned(),
        title,
        text: (!n.body.is_empty()).then(|| join(input, &n.body)),
        issues: Vec::new(),
        children: Vec::new(),
        span: n.span,
    };
    for c in &n.children {
        if child_is_section(input, c) {
            s.children.push(node_section(input, c));
        } else {
            s.issues.push(node_issue(input, c));
        }
    }
    s
}

/// The span of `sub` within `input` (for callers holding slices).
#[allow(dead_code)]
pub(crate) fn at(input: &str, sub: &str) -> Span {
    span_of(input, sub)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        type Case<'a> = (&'a str, Option<(Shape, u32, &'a str)>);
        let cases: &[Case] = &[
            ("一、关于", Some((Shape::CnDun, 1, "一、"))),
            ("十三、关于", Some((Shape::CnDun, 13, "十三、"))),
            ("(一)培育", Some((Shape::CnParen, 1, "(一)"))),
            ("(十二)培育", Some((Shape::CnParen, 12, "(十二)"))),
            ("1.关于", Some((Shape::ArabicDot, 1, "1."))),
            ("12.关于", Some((Shape::ArabicDot, 12, "12."))),
            ("3、关于", Some((Shape::ArabicDun, 3, "3、"))),
            ("(2)加强", Some((Shape::ArabicParen, 2, "(2)"))),
            ("1.(3)加强", Some((Shape::Combined, 3, "1.(3)"))),
            ("②加强", Some((Shape::Circled, 2, "②"))),
            ("问题1:", Some((Shape::Problem, 1, "问题1:"))),
            (
                "反馈问题三:",
                Some((Shape::FeedbackProblem, 3, "反馈问题三:")),
            ),
            ("1.0全覆盖", None),
            ("2024年", None),
            ("一是加强", None),
            ("关于", None),
        ];
        for (line, want) in cases {
            let got = label_at(line).map(|l| (l.shape, l.number.unwrap_or(0), &line[..l.len]));
            assert_eq!(got, *want, "label_at({line:?})");
        }
    }

    #[test]
    fn titles() {
        assert_eq!(
            issue_title("关于“推进创新深化存在短板”问题的整改情况"),
            "推进创新深化存在短板"
        );
        assert_eq!(
            issue_title("关于“落实‘两个责任’不到位”的问题"),
            "落实‘两个责任’不到位"
        );
        assert_eq!(issue_title("关于 “ 制度执行不严 ” 问题"), "制度执行不严");
        assert_eq!(issue_title("党的领导弱化方面"), "党的领导弱化方面");
        assert_eq!(issue_title("关于选人用人问题的整改"), "选人用人问题");
        assert_eq!(
            issue_title("关于财务管理不规范问题的整改情况"),
            "财务管理不规范问题"
        );
    }

    #[test]
    fn inline() {
        let s = "下一步,将继续努力。一是强化引领。深入学习。二是压实责任。四是提升实效。";
        let items = inline_items(s, Span::new(0, s.len()));
        let got: Vec<(u32, &str)> = items.iter().map(|(_, v, b)| (*v, &s[b.range()])).collect();
        assert_eq!(
            got,
            [
                (1, "强化引领。深入学习。"),
                (2, "压实责任。"),
                (4, "提升实效。")
            ]
        );
        let s = "统一是关键";
        assert!(inline_items(s, Span::new(0, s.len())).is_empty());
    }

    #[test]
    fn docs() {
        assert_eq!(
            documents("出台《办法(试行)》《关于〈规则〉的通知》"),
            ["办法(试行)", "关于〈规则〉的通知"]
        );
    }
}
