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
pub fn collect(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut out),
            _ => out.push(p.clone()),
        }
    }
    out.sort();
    out.dedup();
    out
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
