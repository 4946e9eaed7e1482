//! Bytes to text: byte order marks, UTF-8, UTF-16, GB18030/GBK, declared charsets of HTML
//! pages, and the visible text of a page.

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::{Encoding, GB18030, UTF_8};

use super::html;
use super::{InputError, InputErrorKind};
use crate::{ParseErrorKind, Report};

/// The name reported for UTF-8 with a few invalid bytes replaced by U+FFFD.
pub const UTF_8_LOSSY: &str = "UTF-8 (lossy)";

/// The text of an input, and how it was read from its bytes.
///
/// Spans of a report parsed from [`Decoded::text`] are byte offsets into that text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decoded {
    /// The decoded text: the file's characters (a byte order mark kept as U+FEFF, so for
    /// UTF-8 files offsets into the text are offsets into the file), or the visible text
    /// of an HTML page.
    pub text: String,
    /// The encoding's WHATWG name (`UTF-8`, `UTF-16LE`, `UTF-16BE`, `gb18030`, `GBK`,
    /// `Big5` …), or [`UTF_8_LOSSY`].
    pub encoding: &'static str,
    /// Whether the bytes start with a byte order mark.
    pub bom: bool,
    /// Whether the input is an HTML page whose visible text was extracted.
    pub html: bool,
    /// Why the text is not what a plain reading gives, when it is not: a page nested too
    /// deeply to parse as a tree, read as flat text.
    pub note: Option<String>,
}

/// Decodes the bytes of one input.
///
/// A byte order mark wins (UTF-8, UTF-16LE, UTF-16BE); then strict UTF-8; then UTF-8 with
/// a few broken bytes (read as [`UTF_8_LOSSY`], U+FFFD for each); then, for HTML pages,
/// the declared `charset`; then GB18030 (which covers GBK and GB2312). An HTML page —
/// `path_hint` ending in `.html`, `.htm`, `.xhtml` or `.shtml`, or bytes that start with a
/// tag or have `<html` or `<body` near the start — is read for its visible text (see
/// [`Decoded::html`]). Empty input, whitespace only, binary data and a byte order mark the
/// bytes do not honour are refused with an [`InputError`].
///
/// Pass a `Vec<u8>` rather than a slice to let UTF-8 input become the text without a copy.
///
/// # Examples
///
/// ```
/// let text = "根据县委统一部署,县委第一巡察组对县林业局开展了巡察。";
/// let (gbk, _, _) = encoding_rs::GBK.encode(text);
/// let d = xunshi::decode(gbk.into_owned(), None)?;
/// assert_eq!((d.text.as_str(), d.encoding, d.html), (text, "gb18030", false));
///
/// let page = "<html><body><p>根据县委统一部署</p><script>x()</script></body></html>";
/// let d = xunshi::decode(page.as_bytes(), Some("notice.html".as_ref()))?;
/// assert_eq!((d.text.as_str(), d.html), ("根据县委统一部署\n", true));
///
/// let err = xunshi::decode(&b"\x89PNG\r\n\x1a\n\0\0"[..], None).unwrap_err();
/// assert_eq!(err.kind().name(), "binary");
/// # Ok::<(), xunshi::InputError>(())
/// ```
pub fn decode<'a>(
    bytes: impl Into<Cow<'a, [u8]>>,
    path_hint: Option<&Path>,
) -> Result<Decoded, InputError> {
    let bytes = bytes.into();
    if bytes.is_empty() {
        return Err(InputError::new(
            InputErrorKind::Empty,
            "empty file (0 bytes)",
        ));
    }
    let html_hint = path_hint.is_some_and(has_html_extension);
    let (text, encoding, bom) = text_of(bytes, html_hint)?;
    let failed = |kind, message: &str| Err(InputError::new(kind, message).with_encoding(encoding));
    if let Some(message) = binary_text(&text) {
        return failed(InputErrorKind::Binary, &message);
    }
    let html = html_hint || html::looks_like_html(&text);
    let (text, note) = if html {
        html::visible_text(&text)
    } else {
        (text, None)
    };
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        let message = if html {
            "the page has no visible text"
        } else {
            "the file holds only whitespace"
        };
        return failed(InputErrorKind::Empty, message);
    }
    Ok(Decoded {
        text,
        encoding,
        bom,
        html,
        note,
    })
}

impl Report {
    /// Decodes the bytes of one input with [`decode`](crate::decode) and parses the text
    /// (feature `decode`). The [`Decoded`] text is returned beside the report because the
    /// report's spans point into it.
    ///
    /// # Examples
    ///
    /// ```
    /// use xunshi::Report;
    /// let text = "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局开展了常规巡察。\n\
    ///             给予党纪处分2人。\n";
    /// let mut utf16 = vec![0xFF, 0xFE];
    /// utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    /// let (report, decoded) = Report::parse_bytes(&utf16, None)?;
    /// assert_eq!(decoded.encoding, "UTF-16LE");
    /// let p = &report.outcomes.as_ref().unwrap().penalties[0];
    /// assert_eq!(&decoded.text[p.span.range()], "党纪处分2人");
    ///
    /// let err = Report::parse_bytes("天气晴".as_bytes(), None).unwrap_err();
    /// assert_eq!(err.kind().name(), "not_a_report");
    /// # Ok::<(), xunshi::InputError>(())
    /// ```
    pub fn parse_bytes(
        bytes: &[u8],
        path_hint: Option<&Path>,
    ) -> Result<(Report, Decoded), InputError> {
        let decoded = decode(bytes, path_hint)?;
        match Report::parse(&decoded.text) {
            Ok(report) => Ok((report, decoded)),
            Err(e) => Err(InputError::from_parse(&e).with_encoding(decoded.encoding)),
        }
    }
}

impl InputError {
    /// The error for a text that [`Report::parse`] refused: `empty` or `not_a_report`.
    pub fn from_parse(e: &crate::ParseError) -> InputError {
        let kind = match e.kind() {
            ParseErrorKind::Empty => InputErrorKind::Empty,
            _ => InputErrorKind::NotAReport,
        };
        InputError::new(kind, e.to_string())
    }
}

/// Whether a path names an HTML page by its extension.
fn has_html_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["html", "htm", "xhtml", "shtml"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// The text, the encoding's name and whether there was a byte order mark.
fn text_of(
    bytes: Cow<'_, [u8]>,
    html_hint: bool,
) -> Result<(String, &'static str, bool), InputError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(&bytes) {
        return with_bom(bytes, enc, bom_len);
    }
    if memchr::memchr(0, &bytes).is_some() {
        return Err(InputError::new(
            InputErrorKind::Binary,
            "binary data (NUL bytes), not text",
        ));
    }
    if std::str::from_utf8(&bytes).is_ok() {
        return Ok((utf8(bytes), UTF_8.name(), false));
    }
    if mostly_utf8(&bytes) {
        // a UTF-8 file with a few broken bytes (a cut download, one bad character): read
        // as UTF-8 with U+FFFD for the broken bytes rather than as GB18030 mojibake
        let text = String::from_utf8_lossy(&bytes).into_owned();
        return Ok((text, UTF_8_LOSSY, false));
    }
    let declared = (html_hint || html::looks_like_html_bytes(&bytes))
        .then(|| html::declared_charset(&bytes))
        .flatten()
        .filter(|e| *e != UTF_8);
    for enc in declared.into_iter().chain([GB18030]) {
        if let Some(s) = enc.decode_without_bom_handling_and_without_replacement(&bytes) {
            return Ok((s.into_owned(), enc.name(), false));
        }
    }
    Err(InputError::new(
        InputErrorKind::Binary,
        "neither UTF-8 nor GB18030 text: binary data or an unknown encoding",
    ))
}

/// Bytes already checked to be UTF-8 as a `String`, without a copy when they are owned.
fn utf8(bytes: Cow<'_, [u8]>) -> String {
    match bytes {
        Cow::Owned(v) => String::from_utf8(v)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Cow::Borrowed(b) => String::from_utf8_lossy(b).into_owned(),
    }
}

/// Text after a byte order mark, the mark kept as U+FEFF: for UTF-8 files, offsets into
/// the text are then offsets into the file.
fn with_bom(
    bytes: Cow<'_, [u8]>,
    enc: &'static Encoding,
    bom_len: usize,
) -> Result<(String, &'static str, bool), InputError> {
    if enc == UTF_8 && std::str::from_utf8(&bytes).is_ok() {
        return Ok((utf8(bytes), enc.name(), true));
    }
    let (text, errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
    if errors {
        let name = enc.name();
        return Err(InputError::new(
            InputErrorKind::Encoding,
            format!("the file starts with a {name} byte order mark but is not valid {name}"),
        ));
    }
    let mut s = String::with_capacity(text.len() + 3);
    s.push('\u{feff}');
    s.push_str(&text);
    Ok((s, enc.name(), true))
}

/// Whether invalid sequences are rare among many valid multi-byte UTF-8 characters:
/// at most one per thousand bytes, and at least twenty valid non-ASCII characters for
/// each. GB18030 text is almost all invalid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut invalid, mut wide) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    invalid <= 1 + bytes.len() / 1000 && wide >= 20 * invalid
}

/// Text full of control characters is binary data that happened to decode.
fn binary_text(text: &str) -> Option<String> {
    let mut controls = 0usize;
    let mut chars = 0usize;
    for c in text.chars().take(1 << 16) {
        chars += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{fffd}' {
            controls += 1;
        }
    }
    (controls > 8 && controls * 50 > chars)
        .then(|| format!("binary data ({controls} control characters in {chars}), not text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let text = "根据县委统一部署,县委第一巡察组对县林业局开展了巡察。";
        let d = decode(text.as_bytes(), None).unwrap();
        assert_eq!((d.encoding, d.bom, d.text.as_str()), ("UTF-8", false, text));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(text.as_bytes());
        let d = decode(bom, None).unwrap();
        assert_eq!((d.encoding, d.bom), ("UTF-8", true));
        assert_eq!(d.text, format!("\u{feff}{text}"));
        let (gb, _, _) = GB18030.encode(text);
        let d = decode(gb.into_owned(), None).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("gb18030", text));
        let mut utf16 = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let d = decode(utf16, None).unwrap();
        assert_eq!((d.encoding, d.bom), ("UTF-16LE", true));
        assert_eq!(d.text.trim_start_matches('\u{feff}'), text);
        // UTF-8 cut in the middle of a character is still UTF-8
        let cut = &text.as_bytes()[..text.len() - 1];
        let d = decode(cut, None).unwrap();
        assert_eq!(d.encoding, UTF_8_LOSSY);
        assert!(d.text.ends_with("巡察\u{fffd}"));
        // a broken UTF-16 file is an encoding error that names the mark
        let e = decode(&b"\xFF\xFE\x00\xD8"[..], None).unwrap_err();
        assert_eq!(e.kind(), InputErrorKind::Encoding);
        assert!(e.to_string().contains("UTF-16LE byte order mark"), "{e}");
    }

    #[test]
    fn refusals() {
        assert_eq!(
            decode(&b""[..], None).unwrap_err().kind(),
            InputErrorKind::Empty
        );
        assert_eq!(
            decode(&b" \n\t\n"[..], None).unwrap_err().kind(),
            InputErrorKind::Empty
        );
        assert_eq!(
            decode(&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], None)
                .unwrap_err()
                .kind(),
            InputErrorKind::Binary
        );
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8 | 1)
            .collect();
        assert_eq!(
            decode(noise, None).unwrap_err().kind(),
            InputErrorKind::Binary
        );
    }
}
