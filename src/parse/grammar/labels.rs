//! Heading labels (序号): `一、` `(一)` `1.` `1、` `(1)` `1.(1)` `①` `问题1:` `反馈问题一:`,
//! and the field labels inside an item (`整改情况:`).

use crate::lex::numerals::cn_numeral_at;
use crate::lex::text::{char_at, is_close, is_colon, is_open, is_ws, uint_at};
use crate::vocab::headings::{FIELD_LABELS, ORDINAL_NOUNS, PROBLEM_LABELS};

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
    /// `第一方面问题:`, `第二部分`
    Ordinal,
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

impl Label {
    fn new(shape: Shape, number: u32, len: usize) -> Label {
        Label {
            shape,
            number: Some(number),
            len,
            outer: None,
        }
    }
}

/// A label's number at `i`: up to six digits (not a year: `(2024)` is a document's) or
/// six Chinese numerals (`一百零一、`), with its end and whether it was Chinese.
fn small(s: &str, i: usize) -> Option<(u32, usize, bool)> {
    if let Some((v, n, e)) = uint_at(s.as_bytes(), i) {
        let v = v.and_then(|v| u32::try_from(v).ok())?;
        let year = n == 4 && (1900..=2199).contains(&v);
        return (n <= 6 && !year).then_some((v, e, false));
    }
    let (v, e) = cn_numeral_at(s, i)?;
    (s[i..e].chars().count() <= 6).then(|| (u32::try_from(v).unwrap_or(0), e, true))
}

/// The label at the start of `line`, if any.
pub(crate) fn label_at(line: &str) -> Option<Label> {
    let first = char_at(line, 0)?;
    if let Some(n) = ('①'..='⑳').position(|c| c == first) {
        return Some(Label::new(Shape::Circled, n as u32 + 1, first.len_utf8()));
    }
    if is_open(first) {
        return paren_label(line, first.len_utf8());
    }
    if let Some(l) = problem_label(line) {
        return l;
    }
    if let Some(l) = ordinal_label(line) {
        return Some(l);
    }
    let (v, e, cn) = small(line, 0)?;
    let sep = char_at(line, e)?;
    if is_close(sep) {
        // `一)` that lost its opening bracket
        let shape = if cn {
            Shape::CnParen
        } else {
            Shape::ArabicParen
        };
        return Some(Label::new(shape, v, e + sep.len_utf8()));
    }
    match (cn, sep) {
        (true, '、') => Some(Label::new(Shape::CnDun, v, e + sep.len_utf8())),
        (false, '、') => Some(Label::new(Shape::ArabicDun, v, e + sep.len_utf8())),
        (false, '.' | '\u{ff0e}') => dot_label(line, v, e + sep.len_utf8()),
        _ => None,
    }
}

/// `(一)` or `(1)`, possibly followed by `、` or `.`.
fn paren_label(line: &str, open: usize) -> Option<Label> {
    let (v, e, cn) = small(line, open)?;
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
    Some(Label::new(shape, v, len))
}

/// `问题1:` or `反馈问题一:`: `Some(None)` when the line starts with the word but no label.
fn problem_label(line: &str) -> Option<Option<Label>> {
    let prefix = PROBLEM_LABELS.iter().find(|p| line.starts_with(**p))?;
    let rest = &line[prefix.len()..];
    let label = small(rest, 0).and_then(|(v, e, _)| {
        let sep =
            char_at(rest, e).filter(|c| is_colon(*c) || matches!(c, '.' | '\u{ff0e}' | '、'))?;
        let shape = if *prefix == "问题" {
            Shape::Problem
        } else {
            Shape::FeedbackProblem
        };
        Some(Label::new(shape, v, prefix.len() + e + sep.len_utf8()))
    });
    Some(label)
}

/// `第一方面问题:`, `第二部分 `: an ordinal, a noun of the notice's parts and a separator.
fn ordinal_label(line: &str) -> Option<Label> {
    let rest = line.strip_prefix('第')?;
    let (v, e, _) = small(rest, 0)?;
    let noun = ORDINAL_NOUNS.iter().find(|n| rest[e..].starts_with(**n))?;
    let after = e + noun.len();
    let sep = char_at(rest, after)
        .filter(|c| is_colon(*c) || is_ws(*c) || matches!(c, '、' | ',' | '\u{ff0c}'))?;
    Some(Label::new(
        Shape::Ordinal,
        v,
        '第'.len_utf8() + after + sep.len_utf8(),
    ))
}

/// `1.` (not `1.0`), or the combined `1.(1)` whose inner label is `after` bytes in.
fn dot_label(line: &str, v: u32, after: usize) -> Option<Label> {
    match char_at(line, after) {
        Some(c) if c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c) => None,
        None => None,
        Some(c) if is_open(c) => match label_at(&line[after..]) {
            Some(l) if l.shape == Shape::ArabicParen => Some(Label {
                shape: Shape::Combined,
                number: l.number,
                len: after + l.len,
                outer: Some((v, after)),
            }),
            _ => Some(Label::new(Shape::ArabicDot, v, after)),
        },
        _ => Some(Label::new(Shape::ArabicDot, v, after)),
    }
}

/// The field label a line starts with and the byte offset of its value.
pub(crate) fn field_at(line: &str) -> Option<(&'static str, usize)> {
    FIELD_LABELS.iter().find_map(|f| {
        let rest = line.strip_prefix(f)?;
        let c = char_at(rest, 0).filter(|c| is_colon(*c))?;
        Some((*f, f.len() + c.len_utf8()))
    })
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
            ("（二）、培育", Some((Shape::CnParen, 2, "（二）、"))),
            ("(十二)培育", Some((Shape::CnParen, 12, "(十二)"))),
            ("1.关于", Some((Shape::ArabicDot, 1, "1."))),
            ("12.关于", Some((Shape::ArabicDot, 12, "12."))),
            ("3、关于", Some((Shape::ArabicDun, 3, "3、"))),
            ("(2)加强", Some((Shape::ArabicParen, 2, "(2)"))),
            ("1.(3)加强", Some((Shape::Combined, 3, "1.(3)"))),
            ("②加强", Some((Shape::Circled, 2, "②"))),
            ("问题1:", Some((Shape::Problem, 1, "问题1:"))),
            ("问题2.", Some((Shape::Problem, 2, "问题2."))),
            (
                "反馈问题三:",
                Some((Shape::FeedbackProblem, 3, "反馈问题三:")),
            ),
            ("问题表现:", None),
            ("一)加强领导", Some((Shape::CnParen, 1, "一)"))),
            ("3）完善制度", Some((Shape::ArabicParen, 3, "3）"))),
            (
                "第一方面问题:政治建设",
                Some((Shape::Ordinal, 1, "第一方面问题:")),
            ),
            ("第二部分 整改情况", Some((Shape::Ordinal, 2, "第二部分 "))),
            ("第一时间成立", None),
            ("第3巡察组", None),
            ("一百零一、关于", Some((Shape::CnDun, 101, "一百零一、"))),
            ("(1000)完善", Some((Shape::ArabicParen, 1000, "(1000)"))),
            (
                "(100000)完善",
                Some((Shape::ArabicParen, 100_000, "(100000)")),
            ),
            ("(2024)12号文件", None),
            ("(1234567)完善", None),
            ("1.0全覆盖", None),
            ("1.", None),
            ("2024年", None),
            ("一是加强", None),
            ("关于", None),
            ("", None),
        ];
        for (line, want) in cases {
            let got = label_at(line).map(|l| (l.shape, l.number.unwrap_or(0), &line[..l.len]));
            assert_eq!(got, *want, "label_at({line:?})");
        }
        assert_eq!(label_at("1.(3)加强").unwrap().outer, Some((1, 2)));
    }

    #[test]
    fn fields() {
        assert_eq!(
            field_at("完成情况:已完成"),
            Some(("完成情况", "完成情况:".len()))
        );
        assert_eq!(
            field_at("整改情况\u{ff1a}已整改"),
            Some(("整改情况", "整改情况\u{ff1a}".len()))
        );
        assert_eq!(field_at("完成情况良好"), None);
    }
}
