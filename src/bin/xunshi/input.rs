//! Inputs as people have them: paths and directories, encodings, HTML pages.

use std::io;
use std::path::{Path, PathBuf};

use encoding_rs::{Encoding, GB18030, UTF_8};

use crate::doc::{Failure, FailureKind};
use crate::html;

/// Files larger than this are refused: no report is this long.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Every file named on the command line, and every non-hidden file under each directory,
/// sorted by path, without duplicates. Paths that do not exist are kept: they become
/// error records like any other unreadable file.
pub fn collect(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut out),
            _ => out.push(p.clone()),
        }
    }
    out.sort();
    out.dedup();
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // an unreadable directory is reported as one unreadable input
        out.push(dir.to_path_buf());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        // file_type does not follow symlinks: linked directories are not entered (no
        // cycles), linked files are read; pipes, sockets and devices are skipped
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, out),
            Ok(t) if t.is_file() => out.push(path),
            Ok(t) if t.is_symlink() => {
                if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                    out.push(path);
                }
            }
            Ok(_) => {}
            Err(_) => out.push(path),
        }
    }
}

/// A file read into text.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The decoded text: the file's characters (a byte order mark kept as U+FEFF), or the
    /// visible text of an HTML page. Spans are byte offsets into this string.
    pub text: String,
    /// Whether the file starts with a byte order mark.
    pub bom: bool,
    /// Whether the file is an HTML page whose visible text was extracted.
    pub html: bool,
}

/// What became of reading one file: the text (when it could be decoded) and either the
/// text or why there is none.
pub struct Read {
    /// The encoding's WHATWG name (`UTF-8`, `UTF-16LE`, `UTF-16BE`, `gb18030`, `GBK`,
    /// `Big5` …), when decoding got that far.
    pub encoding: Option<&'static str>,
    /// The text, or why there is none.
    pub result: Result<Loaded, Failure>,
}

/// Reads and decodes one file.
pub fn read(path: &Path) -> Read {
    let bytes = match read_bytes(path) {
        Ok(b) => b,
        Err(f) => {
            return Read {
                encoding: None,
                result: Err(f),
            };
        }
    };
    decode_file(&bytes, has_html_extension(path))
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    let meta = std::fs::metadata(path).map_err(|e| unreadable(&e))?;
    if meta.is_dir() {
        return Err(Failure::new(
            FailureKind::Unreadable,
            "is a directory that could not be listed",
        ));
    }
    if meta.len() > MAX_BYTES {
        return Err(Failure::new(
            FailureKind::TooLarge,
            format!(
                "{} bytes is more than the {} byte limit for one report",
                meta.len(),
                MAX_BYTES
            ),
        ));
    }
    std::fs::read(path).map_err(|e| unreadable(&e))
}

fn unreadable(e: &io::Error) -> Failure {
    let what = match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    };
    Failure::new(
        FailureKind::Unreadable,
        format!("cannot read the file: {what}"),
    )
}

fn has_html_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["html", "htm", "xhtml", "shtml"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Decodes the bytes of a file: a byte order mark wins (UTF-8, UTF-16LE, UTF-16BE); then
/// strict UTF-8; then, for HTML pages, the declared `charset`; then GB18030 (which covers
/// GBK and GB2312). Binary data and empty files are refused.
pub fn decode_file(bytes: &[u8], html_hint: bool) -> Read {
    if bytes.is_empty() {
        return Read {
            encoding: None,
            result: Err(Failure::new(FailureKind::Empty, "empty file (0 bytes)")),
        };
    }
    let (text, encoding, bom) = match decode(bytes, html_hint) {
        Ok(d) => d,
        Err(f) => {
            return Read {
                encoding: None,
                result: Err(f),
            };
        }
    };
    let encoding = Some(encoding);
    if let Some(f) = binary_text(&text) {
        return Read {
            encoding,
            result: Err(f),
        };
    }
    let html = html_hint || html::looks_like_html(&text);
    let text = if html {
        html::visible_text(&text)
    } else {
        text
    };
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        let msg = if html {
            "the page has no visible text"
        } else {
            "the file holds only whitespace"
        };
        return Read {
            encoding,
            result: Err(Failure::new(FailureKind::Empty, msg)),
        };
    }
    Read {
        encoding,
        result: Ok(Loaded { text, bom, html }),
    }
}

fn decode(bytes: &[u8], html_hint: bool) -> Result<(String, &'static str, bool), Failure> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if errors {
            return Err(Failure::new(
                FailureKind::Encoding,
                format!(
                    "the file starts with a {} byte order mark but is not valid {}",
                    enc.name(),
                    enc.name()
                ),
            ));
        }
        // keep the mark as U+FEFF: for UTF-8 files, offsets into the text are then offsets
        // into the file
        let mut s = String::with_capacity(text.len() + 3);
        s.push('\u{feff}');
        s.push_str(&text);
        return Ok((s, enc.name(), true));
    }
    if memchr::memchr(0, bytes).is_some() {
        return Err(Failure::new(
            FailureKind::Binary,
            "binary data (NUL bytes), not text",
        ));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_owned(), UTF_8.name(), false));
    }
    if mostly_utf8(bytes) {
        // a UTF-8 file with a few broken bytes (a cut download, one bad character): read
        // as UTF-8 with U+FFFD for the broken bytes rather than as GB18030 mojibake
        return Ok((
            String::from_utf8_lossy(bytes).into_owned(),
            UTF_8_LOSSY,
            false,
        ));
    }
    let declared = (html_hint || html::looks_like_html_bytes(bytes))
        .then(|| html::declared_charset(bytes))
        .flatten()
        .filter(|e| *e != UTF_8);
    for enc in declared.into_iter().chain([GB18030]) {
        if let Some(s) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
            return Ok((s.into_owned(), enc.name(), false));
        }
    }
    Err(Failure::new(
        FailureKind::Binary,
        "neither UTF-8 nor GB18030 text: binary data or an unknown encoding",
    ))
}

/// The name reported for UTF-8 with a few invalid bytes replaced by U+FFFD.
pub const UTF_8_LOSSY: &str = "UTF-8 (lossy)";

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
fn binary_text(text: &str) -> Option<Failure> {
    let mut controls = 0usize;
    let mut chars = 0usize;
    for c in text.chars().take(1 << 16) {
        chars += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{fffd}' {
            controls += 1;
        }
    }
    (controls > 8 && controls * 50 > chars).then(|| {
        Failure::new(
            FailureKind::Binary,
            format!("binary data ({controls} control characters in {chars}), not text"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let text = "根据县委统一部署,县委第一巡察组对县林业局开展了巡察。";
        let r = decode_file(text.as_bytes(), false);
        assert_eq!(r.encoding, Some("UTF-8"));
        let (gb, _, _) = GB18030.encode(text);
        let r = decode_file(&gb, false);
        assert_eq!(r.encoding, Some("gb18030"));
        assert_eq!(r.result.unwrap().text, text);
        let mut utf16 = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let r = decode_file(&utf16, false);
        assert_eq!(r.encoding, Some("UTF-16LE"));
        let l = r.result.unwrap();
        assert!(l.bom);
        assert_eq!(l.text.trim_start_matches('\u{feff}'), text);
        // UTF-8 cut in the middle of a character is still UTF-8
        let cut = &text.as_bytes()[..text.len() - 1];
        let r = decode_file(cut, false);
        assert_eq!(r.encoding, Some(UTF_8_LOSSY));
        assert!(r.result.unwrap().text.ends_with("巡察\u{fffd}"));
    }

    #[test]
    fn refusals() {
        assert_eq!(
            decode_file(b"", false).result.unwrap_err().kind,
            FailureKind::Empty
        );
        assert_eq!(
            decode_file(b" \n\t\n", false).result.unwrap_err().kind,
            FailureKind::Empty
        );
        assert_eq!(
            decode_file(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", false)
                .result
                .unwrap_err()
                .kind,
            FailureKind::Binary
        );
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8 | 1)
            .collect();
        assert_eq!(
            decode_file(&noise, false).result.unwrap_err().kind,
            FailureKind::Binary
        );
    }
}
