//! Reading one file without ever blocking: only regular files are opened.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use super::{InputError as Failure, InputErrorKind as FailureKind};

/// Files larger than this are refused by [`read_file`]: no report is this long.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// The bytes of a regular file, at most [`MAX_BYTES`] of them (feature `decode`).
///
/// Anything else is refused with its reason before it is opened: a directory, a FIFO, a
/// socket or a device (`not_a_file`), a dangling symbolic link or a link loop
/// (`unreadable`), a file over the limit (`too_large`). The file is opened without
/// blocking and checked again through the open handle, so a FIFO put in its place
/// meanwhile cannot hang the caller.
///
/// # Examples
///
/// ```
/// let dir = std::env::temp_dir();
/// let err = xunshi::read_file(&dir).unwrap_err();
/// assert_eq!(err.kind().name(), "unreadable");
/// let err = xunshi::read_file(&dir.join("no-such-report.txt")).unwrap_err();
/// assert_eq!(err.to_string(), "cannot read the file: no such file");
/// ```
pub fn read_file(path: &Path) -> Result<Vec<u8>, Failure> {
    let meta = fs::metadata(path).map_err(|e| not_followed(path, &e))?;
    check(path, &meta)?;
    let file = open(path).map_err(|e| unreadable(&e))?;
    // the file may have been swapped since it was looked at: check the open handle too
    let meta = file.metadata().map_err(|e| unreadable(&e))?;
    check(path, &meta)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(&e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Opens for reading without blocking: opening a FIFO with `O_NONBLOCK` returns at once.
#[cfg(unix)]
fn open(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Refuses what is not a regular file, and files over the limit.
fn check(path: &Path, meta: &Metadata) -> Result<(), Failure> {
    if meta.is_file() {
        return match meta.len() {
            n if n > MAX_BYTES => Err(too_large(n)),
            _ => Ok(()),
        };
    }
    let linked = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let what = if meta.is_dir() {
        if linked {
            "a symbolic link to a directory: linked directories are not followed"
        } else {
            "a directory that could not be listed"
        }
    } else {
        special(meta)
    };
    let kind = if meta.is_dir() && !linked {
        FailureKind::Unreadable
    } else {
        FailureKind::NotAFile
    };
    Err(Failure::new(
        kind,
        format!("{what}; only regular files are read"),
    ))
}

#[cfg(unix)]
fn special(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a FIFO (named pipe), not opened"
    } else if t.is_socket() {
        "a socket, not opened"
    } else if t.is_block_device() || t.is_char_device() {
        "a device, not opened"
    } else {
        "not a regular file, not opened"
    }
}

#[cfg(not(unix))]
fn special(_: &Metadata) -> &'static str {
    "not a regular file, not opened"
}

fn too_large(len: u64) -> Failure {
    Failure::new(
        FailureKind::TooLarge,
        format!("{len} bytes is more than the {MAX_BYTES} byte limit for one report"),
    )
}

/// Why `metadata` failed: a dangling link or a link loop is said as such.
fn not_followed(path: &Path, e: &io::Error) -> Failure {
    if !fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return unreadable(e);
    }
    let message = match fs::read_link(path) {
        Ok(target) if e.kind() == io::ErrorKind::NotFound => format!(
            "a dangling symbolic link: its target {} does not exist",
            target.display()
        ),
        _ => format!("a symbolic link that cannot be followed (a loop?): {e}"),
    };
    Failure::new(FailureKind::Unreadable, message)
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
