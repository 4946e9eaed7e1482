//! `PartialDate`: a calendar date known to the day, the month or only the year.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::error::DateError;

/// A date as a report states it (日期): `2024年8月6日`, `2023年4月`, `2023年`, or `8月6日`
/// whose year comes from the context.
///
/// Serialises as `"2024-08-06"`, `"2023-04"` or `"2023"`. `year_inherited` is set when the
/// text gave no year and the parser took it from the surrounding dates (8月6日 after a
/// period in 2024 is 2024-08-06). It says where the year came from, not which date it is:
/// it takes no part in `==` or hashing, it is not part of the JSON string, and it is
/// written as its own field where it matters (see
/// [`Inspection::feedback_year_inherited`](crate::Inspection::feedback_year_inherited)).
///
/// # Syntax
///
/// `{Y}年{M}月{D}日`, `{Y}年{M}月`, `{M}月{D}日`, `{Y}-{M}-{D}`, `{Y}/{M}/{D}`, `{Y}.{M}.{D}`,
/// with ASCII, full-width or Chinese digits (`二〇二四年六月十日`).
///
/// # Examples
///
/// ```
/// use xunshi::PartialDate;
/// let d: PartialDate = "2024-08-06".parse().unwrap();
/// assert_eq!(d, PartialDate::ymd(2024, 8, 6).unwrap());
/// assert_eq!(d.to_string(), "2024-08-06");
/// assert_eq!(PartialDate::ym(2023, 4).unwrap().to_string(), "2023-04");
/// assert!(PartialDate::ymd(2024, 2, 30).is_err());
/// assert!("+202-01-01".parse::<PartialDate>().is_err());
/// assert!(PartialDate::y(10000).is_err());
/// ```
#[derive(Clone, Copy, Debug)]
pub struct PartialDate {
    /// The year, e.g. 2024.
    pub year: u16,
    /// The month 1–12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known (only with a month).
    pub day: Option<u8>,
    /// Whether the year was taken from context rather than written.
    pub year_inherited: bool,
}

impl PartialEq for PartialDate {
    /// The same date at the same precision; `year_inherited` is not compared.
    fn eq(&self, other: &PartialDate) -> bool {
        (self.year, self.month, self.day) == (other.year, other.month, other.day)
    }
}

impl Eq for PartialDate {}

impl std::hash::Hash for PartialDate {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.year, self.month, self.day).hash(h);
    }
}

impl PartialDate {
    /// The years a date may have: those written with four digits (`YYYY` in ISO 8601).
    pub const YEARS: std::ops::RangeInclusive<u16> = 1..=9999;

    /// A full date; refuses impossible ones (2月30日, 13月, year 0 or 10000).
    pub fn ymd(year: u16, month: u8, day: u8) -> Result<PartialDate, DateError> {
        check_year(year)?;
        if chrono::NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))
            .is_none()
        {
            return Err(DateError::Impossible {
                year,
                month,
                day: Some(day),
            });
        }
        Ok(PartialDate {
            year,
            month: Some(month),
            day: Some(day),
            year_inherited: false,
        })
    }

    /// A date known to the month.
    pub fn ym(year: u16, month: u8) -> Result<PartialDate, DateError> {
        check_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(DateError::Impossible {
                year,
                month,
                day: None,
            });
        }
        Ok(PartialDate {
            year,
            month: Some(month),
            day: None,
            year_inherited: false,
        })
    }

    /// A date known only to the year; refuses year 0 and years past 9999.
    pub fn y(year: u16) -> Result<PartialDate, DateError> {
        check_year(year)?;
        Ok(PartialDate {
            year,
            month: None,
            day: None,
            year_inherited: false,
        })
    }

    /// The same date with `year_inherited` set.
    pub const fn inherited(mut self) -> PartialDate {
        self.year_inherited = true;
        self
    }

    /// The full date, when day and month are known.
    pub fn to_naive(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(
            i32::from(self.year),
            u32::from(self.month?),
            u32::from(self.day?),
        )
    }

    /// Compares two dates at the precision both share: `2023-04` and `2023-04-10` are
    /// equal here; `None` never happens, so the result is a plain `Ordering`.
    pub fn cmp_shared(self, other: PartialDate) -> Ordering {
        let a = (self.year, self.month, self.day);
        let b = (other.year, other.month, other.day);
        match a.0.cmp(&b.0) {
            Ordering::Equal => {}
            o => return o,
        }
        match (a.1, b.1) {
            (Some(x), Some(y)) if x != y => return x.cmp(&y),
            (Some(_), Some(_)) => {}
            _ => return Ordering::Equal,
        }
        match (a.2, b.2) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => Ordering::Equal,
        }
    }

    /// Months from `self` to `later` at month precision (0 when either lacks a month).
    pub fn months_until(self, later: PartialDate) -> i32 {
        let (Some(m1), Some(m2)) = (self.month, later.month) else {
            return (i32::from(later.year) - i32::from(self.year)) * 12;
        };
        (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(m2) - i32::from(m1)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// Refuses a year outside [`PartialDate::YEARS`].
fn check_year(year: u16) -> Result<(), DateError> {
    if PartialDate::YEARS.contains(&year) {
        Ok(())
    } else {
        Err(DateError::Year(year))
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    /// Reads the ISO forms `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DateError::Syntax(s.chars().take(40).collect());
        // ASCII digits only: `+202` or ` 202` is no year
        let number = |p: &str, len: std::ops::RangeInclusive<usize>| {
            let digits = len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
            digits
                .then(|| p.parse::<u16>().ok())
                .flatten()
                .ok_or_else(bad)
        };
        let mut parts = s.split('-');
        let year = number(parts.next().unwrap_or(""), 4..=4)?;
        let Some(m) = parts.next() else {
            return PartialDate::y(year);
        };
        let month = u8::try_from(number(m, 1..=2)?).map_err(|_| bad())?;
        let Some(d) = parts.next() else {
            return PartialDate::ym(year, month);
        };
        let day = u8::try_from(number(d, 1..=2)?).map_err(|_| bad())?;
        if parts.next().is_some() {
            return Err(bad());
        }
        PartialDate::ymd(year, month, day)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
