//! `ReportId`: an input named by its bytes.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

/// A stable id for one input: the first 16 hex digits (8 bytes) of the SHA-256 of its
/// bytes, as they were read — before decoding (feature `decode`).
///
/// The same bytes get the same id on every run, on every machine and whatever other files
/// are read beside them, so ids from two runs, or from a run over a superset of the files,
/// join. Two files with the same bytes share an id. In Python the id is
/// `hashlib.sha256(data).hexdigest()[:16]`.
///
/// # Examples
///
/// ```
/// use xunshi::ReportId;
/// let id = ReportId::of(b"");
/// assert_eq!(id.to_string(), "e3b0c44298fc1c14");
/// assert_eq!("e3b0c44298fc1c14".parse::<ReportId>(), Ok(id));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportId([u8; 8]);

impl ReportId {
    /// The id of `bytes`.
    pub fn of(bytes: &[u8]) -> ReportId {
        let digest = Sha256::digest(bytes);
        let mut id = [0u8; 8];
        id.copy_from_slice(&digest[..8]);
        ReportId(id)
    }

    /// The 16 lowercase hex digits.
    pub fn to_hex(self) -> String {
        self.to_string()
    }
}

impl fmt::Display for ReportId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for ReportId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReportId({self})")
    }
}

impl FromStr for ReportId {
    type Err = String;

    /// Reads 16 hex digits.
    fn from_str(s: &str) -> Result<ReportId, String> {
        let bad = || format!("expected a report id of 16 hex digits, found “{s}”");
        if s.len() != 16 || !s.is_ascii() {
            return Err(bad());
        }
        let mut id = [0u8; 8];
        for (i, b) in id.iter_mut().enumerate() {
            *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(ReportId(id))
    }
}

impl serde::Serialize for ReportId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sha256_prefixes() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223…
        assert_eq!(ReportId::of(b"abc").to_string(), "ba7816bf8f01cfea");
        assert!("ba7816bf8f01cfe".parse::<ReportId>().is_err());
        assert!("ba7816bf8f01cfeg".parse::<ReportId>().is_err());
        assert!("巡察巡察巡察x".parse::<ReportId>().is_err());
    }
}
