//! The title (标题): `【{tag}】中共{issuer}关于{round}巡视|巡察整改(进展)情况的通报`.

use super::Notes;
use super::signature::is_issuer;
use super::team::{TEAM, has_scheme, scheme_of};
use crate::lex::numerals::any_uint;
use crate::lex::text::{find_from, is_ws, squeeze};
use crate::vocab::headings::{GENRE_STARTS, LINK_LABELS, TITLE_ENDS, TITLE_FORM, TITLE_GENRE};
use crate::vocab::{contains_any, ends_with_any, starts_with_any};
use crate::{Code, Severity, Span, Title};

/// The most characters a title line (or two joined) may have.
pub(crate) const TITLE_CHARS_MAX: usize = 90;

/// Whether a line (or two joined) reads as a title.
pub(crate) fn is_title(line: &str) -> bool {
    has_scheme(line)
        && contains_any(line, TITLE_GENRE)
        && contains_any(line, TITLE_FORM)
        && line.chars().count() <= TITLE_CHARS_MAX
        && !line.contains('。')
        && !line.contains("根据")
        && !is_labelled_link(line)
}

/// A page's link to another notice, labelled (`相关阅读:关于…的通报`, `上一篇：…`).
fn is_labelled_link(line: &str) -> bool {
    starts_with_any(line, LINK_LABELS)
}

/// Whether a line starts a title of its own: an issuer (`中共…`), `关于…` or a column tag.
pub(crate) fn starts_title(line: &str) -> bool {
    line.starts_with("中共") || line.starts_with("关于") || line.starts_with('【')
}

/// Whether a short line is the last words of a title split over two lines
/// (`情况的通报`): it ends as a title does and starts none, and holds no sentence.
pub(crate) fn is_title_tail(line: &str) -> bool {
    line.chars().count() <= 20
        && ends_with_any(line, TITLE_ENDS)
        && !starts_title(line)
        && !line.contains(['。', ':', '\u{ff1a}'])
        && !has_scheme(line)
}

/// Whether a line looks like the first half of a title split over two lines.
pub(crate) fn is_title_head(line: &str) -> bool {
    line.chars().count() <= 60
        && !line.contains('。')
        && (line.starts_with("中共") || line.contains("关于") || line.starts_with('【'))
        && !TITLE_ENDS.iter().any(|e| line.ends_with(e))
}

/// Whether a title and the line above it are one title: the issuer above
/// (`中共某某局委员会` / `关于…的通报`), or the first half above, with its `关于`, and the
/// title's tail on this line (`中共某局党组关于县委第二轮` / `巡察整改情况的通报`).
pub(crate) fn joins_above(above: &str, line: &str) -> bool {
    let issuer_above = line.starts_with("关于") && is_issuer(above);
    let head_above = !is_title(above)
        && is_title_head(above)
        && above.contains("关于")
        && !line.contains("关于")
        && !starts_title(line)
        && is_title(&format!("{above}{line}"));
    issuer_above || head_above
}

/// Whether a title that reads as one before its last words goes on with them on the
/// next line (`…巡察整改` / `情况的通报`).
pub(crate) fn joins_below(line: &str, next: &str) -> bool {
    is_title_head(line) && is_title_tail(next)
}

/// Whether two lines, neither a title, read as one title joined.
pub(crate) fn joins_halves(line: &str, next: &str) -> bool {
    is_title_head(line) && !is_title(next) && is_title(&format!("{line}{next}"))
}

/// `s` after `prefix`, which was read from `s` squeezed: the spaces in `s` are skipped
/// (`【巡察 整改】`).
fn strip_squeezed<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    prefix
        .chars()
        .try_fold(s, |rest, c| rest.trim_start_matches(is_ws).strip_prefix(c))
}

/// A column tag before the title: `【巡察整改】` or `巡视整改｜`. Returns the tag, how it
/// is written and the rest.
fn column_tag(text: &str) -> (Option<String>, String, &str) {
    if let Some(r) = text.strip_prefix('【') {
        if let Some(close) = r.find('】') {
            let tag = &r[..close];
            return (
                Some(tag.to_owned()),
                format!("【{tag}】"),
                &r[close + '】'.len_utf8()..],
            );
        }
    } else if let Some(bar) = text
        .find(['｜', '|'])
        .filter(|&p| p > 0 && text[..p].chars().count() <= 8)
    {
        let sep = text[bar..].chars().next().map_or(1, char::len_utf8);
        return (
            Some(text[..bar].to_owned()),
            text[..bar + sep].to_owned(),
            &text[bar + sep..],
        );
    }
    (None, String::new(), text)
}

/// What stands between `关于` and the genre: a round (`十二届市委第三轮巡察`) or a team
/// named in its place (`关于区委第三巡察组反馈意见整改情况的通报`).
fn round_or_team(round: Option<&str>) -> (Option<String>, Option<String>) {
    let Some(r) = round else { return (None, None) };
    match TEAM.find(r) {
        Some(m) => {
            let start = r[..m.start()].rfind("落实").map_or(0, |p| p + "落实".len());
            (None, Some(r[start..m.end()].to_owned()))
        }
        None => (Some(r.to_owned()), None),
    }
}

/// The number of a round `第{N}轮`, reporting one too large to hold.
fn round_number(round: Option<&str>, span: Span, notes: &mut Notes) -> Option<u32> {
    let r = round?;
    let p = r.find('第')? + '第'.len_utf8();
    let q = p + r[p..].find('轮')?;
    let digits = &r[p..q];
    let n = any_uint(digits);
    if n.is_none() && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        notes.push(
            Severity::Error,
            Code::NumberOverflow,
            format!("the round number “{digits}” in the title is too large"),
            vec![span],
        );
    }
    n
}

/// Reads a title from its text (line breaks inside it removed) at `span`.
pub(crate) fn parse(raw: &str, span: Span, notes: &mut Notes) -> Title {
    // lines joined; spaces inside a line kept as written
    let joined: String = raw.lines().map(|l| l.trim_matches(is_ws)).collect();
    let squeezed = squeeze(raw);
    let (tag, tag_written, rest) = column_tag(&squeezed);
    let (issuer, body) = match rest.find("关于") {
        Some(p) => (
            (p > 0).then(|| rest[..p].to_owned()),
            &rest[p + "关于".len()..],
        ),
        None => (None, rest),
    };
    let g = GENRE_STARTS.iter().find_map(|w| find_from(body, 0, w));
    let genre = g.map(|g| body[g..].to_owned());
    let written_round = g
        .map(|g| &body[..g])
        .filter(|r| !r.is_empty() && !has_scheme_only(r));
    let (round, team) = round_or_team(written_round);
    let round_number = round_number(round.as_deref(), span, notes);
    let text = match tag {
        Some(_) => strip_squeezed(&joined, &tag_written)
            .unwrap_or(&joined)
            .trim_start_matches(is_ws)
            .to_owned(),
        None => joined,
    };
    Title {
        scheme: scheme_of(&text),
        team,
        text,
        issuer,
        round,
        round_number,
        genre,
        tag,
        span,
    }
}

/// Whether `r` is only a scheme word (`巡视`), not a round.
fn has_scheme_only(r: &str) -> bool {
    has_scheme(r) && r.chars().count() == 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(s: &str) -> Title {
        parse(s, Span::new(0, s.len()), &mut Notes::default())
    }

    #[test]
    fn a_tag_written_with_spaces_is_not_kept_in_the_text() {
        let t = title("【巡察 整改】 中共县档案馆党组关于县委巡察整改情况的通报");
        assert_eq!(t.tag.as_deref(), Some("巡察整改"));
        assert_eq!(t.text, "中共县档案馆党组关于县委巡察整改情况的通报");
    }

    #[test]
    fn parts() {
        let t =
            title("【巡察整改】中共青溪县桃源镇委员会关于十四届县委第二轮巡察整改进展情况的通报");
        assert_eq!(t.tag.as_deref(), Some("巡察整改"));
        assert_eq!(t.issuer.as_deref(), Some("中共青溪县桃源镇委员会"));
        assert_eq!(t.round.as_deref(), Some("十四届县委第二轮巡察"));
        assert_eq!(t.round_number, Some(2));
        assert_eq!(t.genre.as_deref(), Some("整改进展情况的通报"));
        assert_eq!(
            t.text,
            "中共青溪县桃源镇委员会关于十四届县委第二轮巡察整改进展情况的通报"
        );
        let t = title("中共某局党组关于区委第三巡察组反馈意见整改情况的通报");
        assert_eq!(t.team.as_deref(), Some("区委第三巡察组"));
        assert_eq!(t.round, None);
        let t = title("关于巡视整改情况的通报");
        assert_eq!((t.issuer, t.round), (None, None));
        assert_eq!(
            title("巡视整改｜关于巡视整改的通报").tag.as_deref(),
            Some("巡视整改")
        );
        assert!(is_title("中共某局党组关于市委巡察整改情况的通报"));
        assert!(is_title_head("中共青溪县委关于省委巡视"));
        assert!(!is_title_head("中共青溪县委关于巡视整改情况的通报"));
    }
}
