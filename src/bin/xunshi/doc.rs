//! One input file, read, decoded, parsed and validated: [`xunshi::tables::Document`],
//! and standard input.

use std::path::Path;

use xunshi::{InputError, InputErrorKind};

pub use xunshi::tables::Document as Doc;

/// Reads, decodes, parses and validates one file, or standard input for `-`.
pub fn load(path: &Path) -> Doc {
    if path.as_os_str() == crate::files::STDIN {
        let shown = path.display().to_string();
        return match read_stdin() {
            Ok(bytes) => Doc::from_bytes(shown, bytes, None),
            Err(e) => Doc::failed(shown, None, e),
        };
    }
    Doc::load(path)
}

/// Standard input, at most [`xunshi::MAX_BYTES`] of it.
fn read_stdin() -> Result<Vec<u8>, InputError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let limit = xunshi::MAX_BYTES;
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| {
            InputError::new(
                InputErrorKind::Unreadable,
                format!("cannot read standard input: {e}"),
            )
        })?;
    if bytes.len() as u64 > limit {
        let message =
            format!("standard input is longer than the {limit} byte limit for one report");
        return Err(InputError::new(InputErrorKind::TooLarge, message));
    }
    Ok(bytes)
}
