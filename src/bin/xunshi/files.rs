//! Finding the files under the paths given.
//!
//! Every entry found gets a record: regular files are read, and everything else — a FIFO,
//! a socket, a device, a symbolic link to a directory (not followed, so there are no
//! cycles), a dangling link or a link loop — becomes a record whose error kind
//! (`not_a_file` or `unreadable`) says what it is ([`xunshi::read_file`] decides, before
//! opening anything). Only hidden entries (names starting with `.`) are left out.

use std::fs;
use std::path::{Path, PathBuf};

/// Every path named on the command line that is not a directory, and every non-hidden
/// entry under each directory, sorted by path, without duplicates. Paths that do not
/// exist are kept: they become error records like any other unreadable file.
///
/// Under a directory, only files matching one of `globs` are kept (all when there are
/// none); a pattern without `/` is matched against the file name, one with `/` against
/// the path below the directory. `-` stands for standard input.
pub fn collect(paths: &[PathBuf], globs: &[String]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() && p.as_os_str() != STDIN => {
                let mut found = Vec::new();
                walk(p, &mut found);
                out.extend(found.into_iter().filter(|f| wanted(p, f, globs)));
            }
            _ => out.push(p.clone()),
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The path that names standard input.
pub const STDIN: &str = "-";

/// Whether a file found under `dir` matches one of the patterns.
fn wanted(dir: &Path, file: &Path, globs: &[String]) -> bool {
    if globs.is_empty() {
        return true;
    }
    let below = file.strip_prefix(dir).unwrap_or(file).to_string_lossy();
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    globs.iter().any(|g| {
        let subject = if g.contains('/') { &below } else { &name };
        glob_match(g.as_bytes(), subject.as_bytes())
    })
}

/// Shell-style matching: `?` one character but `/`, `*` any run without `/`, `**` any
/// run; everything else literal. Linear space, quadratic time at worst in tiny strings.
pub fn glob_match(pattern: &[u8], text: &[u8]) -> bool {
    // reach[j]: the first j bytes of text are matched by the pattern so far
    let mut reach = vec![false; text.len() + 1];
    reach[0] = true;
    let mut p = 0;
    while p < pattern.len() {
        let star = pattern[p] == b'*';
        let double = star && pattern.get(p + 1) == Some(&b'*');
        let mut next = vec![false; text.len() + 1];
        for j in 0..=text.len() {
            if !reach[j] {
                continue;
            }
            if star {
                next[j] = true;
                let run = text[j..]
                    .iter()
                    .take_while(|&&b| double || b != b'/')
                    .count();
                next[j..=j + run].iter_mut().for_each(|r| *r = true);
            } else if j < text.len()
                && (pattern[p] == text[j] || pattern[p] == b'?' && text[j] != b'/')
            {
                next[j + 1] = true;
            }
        }
        reach = next;
        p += if double { 2 } else { 1 };
    }
    reach[text.len()]
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        // an unreadable directory is reported as one unreadable input
        out.push(dir.to_path_buf());
        return;
    };
    for entry in entries {
        let Ok(entry) = entry else {
            out.push(dir.to_path_buf());
            continue;
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        // file_type does not follow symbolic links: linked directories are not entered
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&entry.path(), out),
            _ => out.push(entry.path()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        let m = |p: &str, t: &str| glob_match(p.as_bytes(), t.as_bytes());
        assert!(m("*.txt", "a.txt") && m("*.htm*", "page.html") && m("?.txt", "a.txt"));
        assert!(!m("*.txt", "a.txt.bak") && !m("*.txt", "dir/a.txt") && !m("?", ""));
        assert!(m("2024/**/*.txt", "2024/x/y/a.txt") && m("**", "a/b") && m("*/*.txt", "d/a.txt"));
        assert!(!m("2024/*.txt", "2024/x/a.txt"));
    }
}
