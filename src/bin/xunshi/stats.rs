//! `stats`: totals across a corpus.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::Serialize;
use xunshi::{Funds, Penalty, PersonUnit, Qualifier, Report, Scheme, Severity};

use crate::doc::Doc;

/// Totals across the corpus.
#[derive(Default, Serialize)]
pub struct Stats {
    /// Files read.
    pub files: usize,
    /// Reports parsed.
    pub parsed: usize,
    /// Files that gave no report.
    pub failed: usize,
    /// Failed files by reason.
    pub failures: BTreeMap<&'static str, usize>,
    /// Files by encoding.
    pub encodings: BTreeMap<String, usize>,
    /// HTML pages among the files.
    pub html: usize,
    /// Findings by severity.
    pub findings: BTreeMap<&'static str, usize>,
    /// Findings by code.
    pub finding_codes: BTreeMap<&'static str, usize>,
    /// Reports with at least one error finding.
    pub reports_with_errors: usize,
    /// Penalty tallies by category.
    pub penalties: BTreeMap<&'static str, PenaltyTotals>,
    /// Breakdown items by category and sanction.
    pub sanctions: BTreeMap<&'static str, BTreeMap<&'static str, SanctionTotals>>,
    /// Money by kind.
    pub money: BTreeMap<&'static str, MoneyTotals>,
    /// Inspections by year (of the inspection's start, else its end or feedback) and
    /// scheme (`xunshi`, `xuncha`, `unknown`).
    pub inspections: BTreeMap<String, BTreeMap<&'static str, usize>>,
}

/// One penalty category.
#[derive(Default, Serialize)]
pub struct PenaltyTotals {
    /// The canonical Chinese label (empty for `combined` and `other`).
    pub label: String,
    /// Reports with a tally of this category.
    pub reports: usize,
    /// Tallies.
    pub tallies: usize,
    /// People counted with 人 or 名 (and cases counted with 件, 起).
    pub persons: Sum<u64>,
    /// People counted with 人次.
    pub person_times: Sum<u64>,
}

/// A total that says when it overflowed instead of wrapping or panicking: `null` in JSON,
/// `overflow` in the text tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sum<T>(Option<T>);

impl<T: Default> Default for Sum<T> {
    fn default() -> Self {
        Sum(Some(T::default()))
    }
}

impl Sum<u64> {
    fn add(&mut self, n: Option<u64>) {
        self.0 = self.0.zip(n).and_then(|(a, b)| a.checked_add(b));
    }

    fn plus(mut self, other: Sum<u64>) -> Sum<u64> {
        self.add(other.0);
        self
    }
}

impl<T: Ord> PartialOrd for Sum<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: Ord> Ord for Sum<T> {
    /// An overflowed total is larger than any other.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => a.cmp(b),
            (a, b) => a.is_none().cmp(&b.is_none()),
        }
    }
}

impl Sum<Decimal> {
    fn add(&mut self, n: Decimal) {
        self.0 = self.0.and_then(|a| a.checked_add(n));
    }
}

impl<T: Serialize> Serialize for Sum<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<T: std::fmt::Display> std::fmt::Display for Sum<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(v) => v.fmt(f),
            None => f.write_str("overflow"),
        }
    }
}

/// One sanction within a category.
#[derive(Default, Serialize)]
pub struct SanctionTotals {
    /// Labels as written, most frequent first in the text table.
    pub labels: BTreeMap<String, Sum<u64>>,
    /// People.
    pub count: Sum<u64>,
}

/// One kind of money.
#[derive(Default, Serialize)]
pub struct MoneyTotals {
    /// Figures.
    pub figures: usize,
    /// Reports with a figure of this kind.
    pub reports: usize,
    /// The sum in yuan (`null` past `Decimal::MAX`).
    pub yuan: Sum<Decimal>,
    /// Figures stated approximately (约, 近, 余 …).
    pub approximate: usize,
}

impl Stats {
    /// Adds one file.
    pub fn add(&mut self, doc: &Doc) {
        self.files += 1;
        if let Some(e) = doc.encoding {
            *self.encodings.entry(e.to_owned()).or_default() += 1;
        }
        self.html += usize::from(doc.html());
        let parsed = match &doc.outcome {
            Ok(p) => p,
            Err(f) => {
                self.failed += 1;
                *self.failures.entry(f.kind().name()).or_default() += 1;
                return;
            }
        };
        self.parsed += 1;
        for f in &parsed.findings {
            *self.findings.entry(f.severity.name()).or_default() += 1;
            *self.finding_codes.entry(f.code.name()).or_default() += 1;
        }
        let errors = parsed
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error);
        self.reports_with_errors += usize::from(errors);
        if let Some(o) = &parsed.report.outcomes {
            self.add_penalties(&o.penalties);
            self.add_funds(&o.funds);
        }
        self.add_inspection(&parsed.report);
    }

    fn add_penalties(&mut self, penalties: &[Penalty]) {
        let mut seen = BTreeSet::new();
        for p in penalties {
            let key = p.category.name();
            let t = self.penalties.entry(key).or_default();
            t.label = p.category.as_label().to_owned();
            t.reports += usize::from(seen.insert(key));
            t.tallies += 1;
            let breakdown = (!p.breakdown.is_empty()).then(|| p.breakdown_sum());
            let n = p.total.or(breakdown.flatten());
            if p.unit == PersonUnit::PersonTimes {
                t.person_times.add(n);
            } else {
                t.persons.add(n);
            }
            if p.breakdown.is_empty() {
                continue;
            }
            let by = self.sanctions.entry(key).or_default();
            for sc in &p.breakdown {
                let s = by.entry(sc.sanction.name()).or_default();
                s.count.add(sc.count);
                s.labels.entry(sc.label.clone()).or_default().add(sc.count);
            }
        }
    }

    fn add_funds(&mut self, funds: &[Funds]) {
        let mut seen = BTreeSet::new();
        for f in funds {
            let key = f.kind.name();
            let m = self.money.entry(key).or_default();
            m.figures += 1;
            m.yuan.add(f.amount.yuan);
            m.approximate += usize::from(f.amount.qualifier != Qualifier::Exact);
            m.reports += usize::from(seen.insert(key));
        }
    }

    fn add_inspection(&mut self, r: &Report) {
        let i = r.inspection.as_ref();
        let year = i
            .and_then(|i| i.start.or(i.end).or(i.feedback_date))
            .or(r.signature.as_ref().and_then(|s| s.date))
            .map_or_else(|| "unknown".to_owned(), |d| d.year.to_string());
        let scheme = i
            .map(|i| i.scheme)
            .or_else(|| r.title.as_ref().and_then(|t| t.scheme));
        let by = self.inspections.entry(year).or_default();
        *by.entry(scheme.map_or(UNKNOWN, Scheme::name)).or_default() += 1;
    }

    /// The totals as text tables.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.reports_table(&mut out);
        let rows: Vec<Vec<String>> = self
            .encodings
            .iter()
            .map(|(k, v)| vec![k.clone(), v.to_string()])
            .collect();
        section(&mut out, "Encodings", &["encoding", "files"], &rows);
        self.findings_table(&mut out);
        let cats = self.categories();
        self.penalties_table(&mut out, &cats);
        self.sanctions_table(&mut out, &cats);
        self.money_table(&mut out);
        self.inspections_table(&mut out);
        out
    }

    fn reports_table(&self, out: &mut String) {
        let mut rows = vec![
            vec!["files".into(), self.files.to_string()],
            vec!["parsed".into(), self.parsed.to_string()],
            vec!["failed".into(), self.failed.to_string()],
        ];
        rows.extend(
            self.failures
                .iter()
                .map(|(k, v)| vec![format!("  {k}"), v.to_string()]),
        );
        rows.push(vec!["html pages".into(), self.html.to_string()]);
        rows.push(vec![
            "reports with error findings".into(),
            self.reports_with_errors.to_string(),
        ]);
        section(out, "Reports", &["", "files"], &rows);
    }

    fn findings_table(&self, out: &mut String) {
        let mut codes: Vec<_> = self.finding_codes.iter().collect();
        codes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let mut rows: Vec<Vec<String>> = Severity::ALL
            .iter()
            .rev()
            .map(|sev| {
                let n = self.findings.get(sev.name()).copied().unwrap_or(0);
                vec![sev.name().to_owned(), n.to_string()]
            })
            .collect();
        rows.extend(
            codes
                .iter()
                .map(|(k, v)| vec![format!("  {k}"), v.to_string()]),
        );
        let title = "Findings by severity and code";
        section(out, title, &["", "findings"], &rows);
    }

    /// Penalty categories, most people first.
    fn categories(&self) -> Vec<(&'static str, &PenaltyTotals)> {
        let mut cats: Vec<_> = self.penalties.iter().map(|(k, t)| (*k, t)).collect();
        let people = |t: &PenaltyTotals| t.persons.plus(t.person_times);
        cats.sort_by(|a, b| people(b.1).cmp(&people(a.1)).then(a.0.cmp(b.0)));
        cats
    }

    fn penalties_table(&self, out: &mut String, cats: &[(&'static str, &PenaltyTotals)]) {
        let rows: Vec<Vec<String>> = cats
            .iter()
            .map(|(k, t)| {
                vec![
                    (*k).to_owned(),
                    t.label.clone(),
                    t.reports.to_string(),
                    t.tallies.to_string(),
                    t.persons.to_string(),
                    t.person_times.to_string(),
                ]
            })
            .collect();
        let header = [
            "category",
            "label",
            "reports",
            "tallies",
            "persons",
            "person-times",
        ];
        section(out, "Penalties by category", &header, &rows);
    }

    fn sanctions_table(&self, out: &mut String, cats: &[(&'static str, &PenaltyTotals)]) {
        let mut rows = Vec::new();
        for (cat, _) in cats {
            let Some(by) = self.sanctions.get(cat) else {
                continue;
            };
            let mut items: Vec<_> = by.iter().collect();
            items.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
            for (sanction, t) in items {
                let mut labels: Vec<_> = t.labels.iter().collect();
                labels.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                let labels: Vec<&str> = labels.iter().map(|(l, _)| l.as_str()).collect();
                rows.push(vec![
                    (*cat).to_owned(),
                    (*sanction).to_owned(),
                    labels.join("、"),
                    t.count.to_string(),
                ]);
            }
        }
        let header = ["category", "sanction", "as written", "persons"];
        section(out, "Sanctions by category", &header, &rows);
    }

    fn money_table(&self, out: &mut String) {
        let rows: Vec<Vec<String>> = self
            .money
            .iter()
            .map(|(k, m)| {
                vec![
                    (*k).to_owned(),
                    m.reports.to_string(),
                    m.figures.to_string(),
                    m.approximate.to_string(),
                    m.yuan.0.map_or_else(|| "overflow".to_owned(), yuan),
                ]
            })
            .collect();
        let header = ["kind", "reports", "figures", "approximate", "yuan"];
        section(out, "Money by kind", &header, &rows);
    }

    fn inspections_table(&self, out: &mut String) {
        let schemes = [Scheme::Xunshi.name(), Scheme::Xuncha.name(), UNKNOWN];
        let mut rows = Vec::new();
        let mut totals = [0usize; 4];
        for (year, by) in &self.inspections {
            let v = schemes.map(|s| by.get(s).copied().unwrap_or(0));
            let sum: usize = v.iter().sum();
            for (t, x) in totals.iter_mut().zip(v.iter().chain([&sum])) {
                *t += x;
            }
            let mut row = vec![year.clone()];
            row.extend(v.iter().chain([&sum]).map(|n| n.to_string()));
            rows.push(row);
        }
        if !rows.is_empty() {
            let mut row = vec!["total".to_owned()];
            row.extend(totals.iter().map(|t| t.to_string()));
            rows.push(row);
        }
        let header = ["year", "巡视", "巡察", "unknown", "total"];
        section(out, "Inspections by year and scheme", &header, &rows);
    }
}

/// The scheme of an inspection that names none.
const UNKNOWN: &str = "unknown";

/// Yuan with thousands separators and two decimals.
fn yuan(d: Decimal) -> String {
    let s = d.round_dp(2).to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}.{frac:0<2}")
}

/// Columns a terminal gives a character.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

/// A titled table: the first column left-aligned, numbers right-aligned.
fn section(out: &mut String, title: &str, header: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "{title}");
    if rows.is_empty() {
        let _ = writeln!(out, "  (none)\n");
        return;
    }
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let numeric = |i: usize| {
        rows.iter().all(|r| {
            r[i].is_empty()
                || r[i]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == '-')
        })
    };
    let line = |cells: Vec<&str>| {
        let mut l = String::from(" ");
        for (i, c) in cells.iter().enumerate().take(cols) {
            let pad = widths[i] - width(c);
            l.push(' ');
            if i > 0 && numeric(i) {
                l.push_str(&" ".repeat(pad));
                l.push_str(c);
            } else {
                l.push_str(c);
                l.push_str(&" ".repeat(pad));
            }
            l.push(' ');
        }
        l.trim_end().to_owned()
    };
    let _ = writeln!(out, "{}", line(header.to_vec()));
    for r in rows {
        let _ = writeln!(out, "{}", line(r.iter().map(String::as_str).collect()));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_width() {
        assert_eq!(yuan(Decimal::new(236470000, 2)), "2,364,700.00");
        assert_eq!(yuan(Decimal::new(125, 1)), "12.50");
        assert_eq!(yuan(Decimal::new(-1000, 0)), "-1,000.00");
        assert_eq!(width("党纪处分 a"), 10);
    }
}
