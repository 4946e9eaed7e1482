//! Overview counts (总体情况): `{N}个方面{M}个问题`, `{N}条整改举措`, progress and rate.

use super::dates::find_date;
use super::quantities;

use crate::{Overview, Quantity, Span};

fn ends_with_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.ends_with(w))
}

fn starts_with_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// The few characters before `i` in the same clause.
fn clause_before(s: &str, i: usize, floor: usize) -> &str {
    let j = super::text::clause_back(s, i, floor, 12);
    s[j..i].trim_end_matches(['为', '达', '了', '共', '到', '计'])
}

fn q_is_chinese(s: &str, q: &Quantity) -> bool {
    let t = &s[q.span.range()];
    t.chars().next().is_some_and(|c| {
        super::numerals::is_numeral_char(c) || matches!(c, '约' | '近' | '超' | '不')
    }) && !t
        .chars()
        .any(|c| c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c))
}

/// Reads the counts in `s[span]`, skipping figures inside `skip` spans (the tallies,
/// sorted by start and not overlapping).
pub(crate) fn scan(
    s: &str,
    span: Span,
    skip: &[Span],
    year: Option<u16>,
    o: &mut Overview,
    notes: &mut super::Notes,
    slots_only: bool,
) {
    if !slots_only {
        o.spans.push(span);
    }
    let mut qs: Vec<Quantity> = Vec::new();
    quantities::scan(s, span, true, &mut qs);
    for q in qs {
        // `skip` is sorted: only the span starting last at or before the figure can hold it
        let at = skip.partition_point(|k| k.start <= q.span.start);
        if at > 0 && q.span.end <= skip[at - 1].end {
            continue;
        }
        let v = q.value;
        let int = u64::try_from(v).ok().filter(|_| v.fract().is_zero());
        let unit: &str = &q.unit;
        let after = &s[q.span.end..span.end];
        let before = clause_before(s, q.span.start, span.start);
        let counted = matches!(unit, "个" | "项" | "条" | "类" | "方面" | "大类");
        let slot: Option<&'static str> = if unit == "方面"
            || unit == "大类"
            || (counted && starts_with_any(after, &["方面", "大类"]))
            || (unit == "类" && starts_with_any(after, &["问题"]))
            || (unit == "个"
                && starts_with_any(after, &["问题子类", "问题类别", "子类", "类别", "类问题"]))
        {
            Some("problem_categories")
        } else if counted
            && starts_with_any(
                after,
                &["正在整改", "正在推进", "持续推进", "需长期坚持", "长期坚持"],
            )
        {
            Some("in_progress")
        } else if counted
            && starts_with_any(
                after,
                &[
                    "已完成整改",
                    "已整改完成",
                    "已整改到位",
                    "已完成",
                    "已办结",
                    "已销号",
                ],
            )
        {
            Some("completed")
        } else if counted
            && ends_with_any(
                before,
                &[
                    "正在整改",
                    "持续整改",
                    "正在推进",
                    "持续推进",
                    "长期坚持",
                    "需长期坚持",
                    "整改中",
                ],
            )
        {
            Some("in_progress")
        } else if counted && ends_with_any(before, &["阶段性完成", "基本完成", "阶段性整改"])
        {
            Some("partially_completed")
        } else if counted && ends_with_any(before, &["未完成", "尚未完成", "未整改", "未完成整改"])
        {
            Some("not_completed")
        } else if counted
            && ends_with_any(
                before,
                &[
                    "已完成整改",
                    "已完成",
                    "完成整改",
                    "已整改完成",
                    "已整改到位",
                    "已整改",
                    "整改完成",
                    "已办结",
                    "已销号",
                    "完成",
                ],
            )
        {
            Some("completed")
        } else if counted && starts_with_any(after, &["具体问题"]) {
            if o.problems.is_some() {
                Some("specific_problems")
            } else {
                Some("problems")
            }
        } else if counted
            && starts_with_any(
                after,
                &["问题", "突出问题", "反馈问题", "主要问题", "方面问题"],
            )
        {
            if o.problems.is_some()
                && o.specific_problems.is_none()
                && starts_with_any(after, &["问题"])
            {
                None
            } else {
                Some("problems")
            }
        } else if counted
            && (starts_with_any(
                after,
                &[
                    "整改举措",
                    "整改措施",
                    "具体措施",
                    "具体整改措施",
                    "措施",
                    "举措",
                    "整改任务",
                    "项整改措施",
                ],
            ) || ends_with_any(before, &["整改措施", "整改举措", "整改任务", "具体措施"]))
        {
            Some("measures")
        } else {
            None
        };
        let filled = match (slot, int) {
            (Some(name), Some(n)) => {
                let (field, at) = o.slot(name);
                if field.is_none() {
                    *field = Some(n);
                    *at = Some(q.span);
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if filled {
            continue;
        }
        if unit == "%"
            && ends_with_any(before, &["完成率", "整改完成率", "完成比例", "整改率"])
            && o.completion_rate.is_none()
        {
            o.completion_rate = Some(v);
            o.count_spans.completion_rate = Some(q.span);
        } else if !q_is_chinese(s, &q) && !slots_only {
            // a Chinese numeral outside a declared count is prose (`四个意识`, `一项`)
            o.quantities.push(q);
        }
    }
    // as of: 截至{date}
    let mut from = span.start;
    while let Some(p) = s[from..span.end]
        .find("截至")
        .map(|p| from + p)
        .or_else(|| s[from..span.end].find("截止").map(|p| from + p))
    {
        from = p + "截至".len();
        // the date follows 截至 within a few characters
        let window = from + super::text::prefix_chars(&s[from..span.end], 16).len();
        if let Some((ds, d)) = find_date(&s[..window], from) {
            if ds - from <= 6 {
                if d.is_impossible() {
                    notes.push(
                        crate::Severity::Error,
                        crate::Code::ImpossibleDate,
                        format!(
                            "the date “{}” progress is reported as of does not exist",
                            &s[ds..d.end]
                        ),
                        vec![Span::new(ds, d.end)],
                    );
                }
                if let Some(date) = d.resolve(year) {
                    o.as_of.get_or_insert(date);
                }
            }
        }
    }
}
