//! `stats`: totals across a corpus.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::Serialize;
use xunshi::{PersonUnit, Qualifier, Report, Scheme, Severity};

use crate::doc::Doc;
use crate::tables::name;

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
    pub failures: BTreeMap<String, usize>,
    /// Files by encoding.
    pub encodings: BTreeMap<String, usize>,
    /// HTML pages among the files.
    pub html: usize,
    /// Findings by severity.
    pub findings: BTreeMap<String, usize>,
    /// Findings by code.
    pub finding_codes: BTreeMap<String, usize>,
    /// Reports with at least one error finding.
    pub reports_with_errors: usize,
    /// Penalty tallies by category.
    pub penalties: BTreeMap<String, PenaltyTotals>,
    /// Breakdown items by category and sanction.
    pub sanctions: BTreeMap<String, BTreeMap<String, SanctionTotals>>,
    /// Money by kind.
    pub money: BTreeMap<String, MoneyTotals>,
    /// Inspections by year (of the inspection's start, else its end or feedback) and
    /// scheme (`xunshi`, `xuncha`, `unknown`).
    pub inspections: BTreeMap<String, BTreeMap<String, usize>>,
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
    /// People counted with 人 or 名.
    pub persons: u64,
    /// People counted with 人次.
    pub person_times: u64,
}

/// One sanction within a category.
#[derive(Default, Serialize)]
pub struct SanctionTotals {
    /// Labels as written, most frequent first in the text table.
    pub labels: BTreeMap<String, u64>,
    /// People.
    pub count: u64,
}

/// One kind of money.
#[derive(Default, Serialize)]
pub struct MoneyTotals {
    /// Figures.
    pub figures: usize,
    /// Reports with a figure of this kind.
    pub reports: usize,
    /// The sum in yuan.
    pub yuan: Decimal,
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
        if doc.loaded.as_ref().is_some_and(|l| l.html) {
            self.html += 1;
        }
        let parsed = match &doc.outcome {
            Ok(p) => p,
            Err(f) => {
                self.failed += 1;
                *self.failures.entry(f.kind.to_owned()).or_default() += 1;
                return;
            }
        };
        self.parsed += 1;
        for f in &parsed.findings {
            *self.findings.entry(name(&f.severity)).or_default() += 1;
            *self.finding_codes.entry(name(&f.code)).or_default() += 1;
        }
        if parsed
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error)
        {
            self.reports_with_errors += 1;
        }
        self.add_report(&parsed.report);
    }

    fn add_report(&mut self, r: &Report) {
        if let Some(o) = &r.outcomes {
            let mut seen = Vec::new();
            for p in &o.penalties {
                let key = name(&p.category);
                let t = self.penalties.entry(key.clone()).or_default();
                t.label = p.category.as_label().to_owned();
                if !seen.contains(&key) {
                    t.reports += 1;
                    seen.push(key.clone());
                }
                t.tallies += 1;
                let n = p
                    .total
                    .or_else(|| {
                        (!p.breakdown.is_empty())
                            .then(|| p.breakdown_sum())
                            .flatten()
                    })
                    .unwrap_or(0);
                if p.unit == PersonUnit::PersonTimes {
                    t.person_times += n;
                } else {
                    t.persons += n;
                }
                for sc in &p.breakdown {
                    let s = self
                        .sanctions
                        .entry(key.clone())
                        .or_default()
                        .entry(name(&sc.sanction))
                        .or_default();
                    s.count += sc.count;
                    *s.labels.entry(sc.label.clone()).or_default() += sc.count;
                }
            }
            let mut seen = Vec::new();
            for f in &o.funds {
                let key = name(&f.kind);
                let m = self.money.entry(key.clone()).or_default();
                m.figures += 1;
                m.yuan += f.amount.yuan;
                if f.amount.qualifier != Qualifier::Exact {
                    m.approximate += 1;
                }
                if !seen.contains(&key) {
                    m.reports += 1;
                    seen.push(key);
                }
            }
        }
        let i = r.inspection.as_ref();
        let year = i
            .and_then(|i| i.start.or(i.end).or(i.feedback_date))
            .or(r.signature.as_ref().and_then(|s| s.date))
            .map_or_else(|| "unknown".to_owned(), |d| d.year.to_string());
        let scheme = i
            .map(|i| i.scheme)
            .or_else(|| r.title.as_ref().and_then(|t| t.scheme));
        let scheme = scheme.map_or_else(|| "unknown".to_owned(), |s: Scheme| name(&s));
        *self
            .inspections
            .entry(year)
            .or_default()
            .entry(scheme)
            .or_default() += 1;
    }

    /// The totals as text tables.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
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
        section(&mut out, "Reports", &["", "files"], &rows);

        let rows: Vec<Vec<String>> = self
            .encodings
            .iter()
            .map(|(k, v)| vec![k.clone(), v.to_string()])
            .collect();
        section(&mut out, "Encodings", &["encoding", "files"], &rows);

        let mut codes: Vec<_> = self.finding_codes.iter().collect();
        codes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let mut rows: Vec<Vec<String>> = ["error", "warning", "info"]
            .iter()
            .map(|sev| {
                vec![
                    (*sev).to_owned(),
                    self.findings.get(*sev).copied().unwrap_or(0).to_string(),
                ]
            })
            .collect();
        rows.extend(
            codes
                .iter()
                .map(|(k, v)| vec![format!("  {k}"), v.to_string()]),
        );
        section(
            &mut out,
            "Findings by severity and code",
            &["", "findings"],
            &rows,
        );

        let mut cats: Vec<_> = self.penalties.iter().collect();
        cats.sort_by(|a, b| {
            (b.1.persons + b.1.person_times)
                .cmp(&(a.1.persons + a.1.person_times))
                .then(a.0.cmp(b.0))
        });
        let rows: Vec<Vec<String>> = cats
            .iter()
            .map(|(k, t)| {
                vec![
                    (*k).clone(),
                    t.label.clone(),
                    t.reports.to_string(),
                    t.tallies.to_string(),
                    t.persons.to_string(),
                    t.person_times.to_string(),
                ]
            })
            .collect();
        section(
            &mut out,
            "Penalties by category",
            &[
                "category",
                "label",
                "reports",
                "tallies",
                "persons",
                "person-times",
            ],
            &rows,
        );

        let mut rows = Vec::new();
        for (cat, _) in &cats {
            let Some(by) = self.sanctions.get(*cat) else {
                continue;
            };
            let mut items: Vec<_> = by.iter().collect();
            items.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
            for (sanction, t) in items {
                let mut labels: Vec<_> = t.labels.iter().collect();
                labels.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                let labels = labels
                    .iter()
                    .map(|(l, _)| l.as_str())
                    .collect::<Vec<_>>()
                    .join("、");
                rows.push(vec![
                    (*cat).clone(),
                    sanction.clone(),
                    labels,
                    t.count.to_string(),
                ]);
            }
        }
        section(
            &mut out,
            "Sanctions by category",
            &["category", "sanction", "as written", "persons"],
            &rows,
        );

        let rows: Vec<Vec<String>> = self
            .money
            .iter()
            .map(|(k, m)| {
                vec![
                    k.clone(),
                    m.reports.to_string(),
                    m.figures.to_string(),
                    m.approximate.to_string(),
                    yuan(m.yuan),
                ]
            })
            .collect();
        section(
            &mut out,
            "Money by kind",
            &["kind", "reports", "figures", "approximate", "yuan"],
            &rows,
        );

        let mut rows = Vec::new();
        let mut totals = [0usize; 4];
        for (year, by) in &self.inspections {
            let v = [by.get("xunshi"), by.get("xuncha"), by.get("unknown")]
                .map(|x| x.copied().unwrap_or(0));
            let sum: usize = v.iter().sum();
            for (t, x) in totals.iter_mut().zip(v.iter().chain([&sum])) {
                *t += x;
            }
            rows.push(vec![
                year.clone(),
                v[0].to_string(),
                v[1].to_string(),
                v[2].to_string(),
                sum.to_string(),
            ]);
        }
        if !rows.is_empty() {
            rows.push(
                std::iter::once("total".to_owned())
                    .chain(totals.iter().map(|t| t.to_string()))
                    .collect(),
            );
        }
        section(
            &mut out,
            "Inspections by year and scheme",
            &["year", "巡视", "巡察", "unknown", "total"],
            &rows,
        );
        out
    }
}

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
