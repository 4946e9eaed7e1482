//! `parse --format csv --out DIR`: tidy tables joined by `report_id`.
//!
//! Each table is one row struct; the CSV header is derived from its fields.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use rust_decimal::Decimal;
use serde::Serialize;
use xunshi::{
    Inspection, LineIndex, Overview, Part, PartialDate, Quantity, Report, ReportId, Severity,
    Signature, Title,
};

use crate::commands::at_path;
use crate::doc::{Doc, Parsed};
use xunshi::InputErrorKind;

/// A table: its name and its columns, in the order of the row struct's fields.
pub trait Table: Serialize {
    /// The file name without `.csv`.
    const NAME: &'static str;
    /// The column names.
    const COLUMNS: &'static [&'static str];
}

/// Declares a row struct and its [`Table`] impl from one list of fields, so the header
/// is the fields' names.
macro_rules! table {
    (
        $(#[doc = $doc:literal])*
        #[derive($($derive:ident),*)]
        pub struct $row:ident<$lt:lifetime> = $name:literal {
            $($field:ident: $ty:ty,)*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive($($derive),*)]
        pub struct $row<$lt> {
            $($field: $ty,)*
        }

        impl Table for $row<'_> {
            const NAME: &'static str = $name;
            const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),*];
        }
    };
}

/// An amount of money written with exactly two decimals, from the `Decimal` (never
/// through a float): `1858200` → `1858200.00`. An amount written to less than a fen is
/// rounded to the fen (`Decimal::rescale`); the JSON keeps every digit.
pub struct Yuan(pub Decimal);

impl Serialize for Yuan {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut d = self.0;
        d.rescale(2);
        s.collect_str(&d)
    }
}

/// Cells that hold a list: the items separated by `|`.
fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> Option<String> {
    let mut out = String::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.push('|');
        }
        out.push_str(it.as_ref());
    }
    Some(out)
}

table! {
/// `reports.csv`: one row per input file.
    #[derive(Serialize, Default)]
    pub struct ReportRow<'a> = "reports" {
        report_id: Option<ReportId>,
        path: &'a str,
        duplicate: bool,
        ok: bool,
        error_kind: Option<InputErrorKind>,
        error: Option<&'a str>,
        encoding: Option<&'a str>,
        bom: bool,
        html: bool,
        decode_note: Option<&'a str>,
        title: Option<&'a str>,
        title_issuer: Option<&'a str>,
        title_round: Option<&'a str>,
        title_round_number: Option<u32>,
        title_genre: Option<&'a str>,
        title_scheme: Option<&'static str>,
        title_tag: Option<&'a str>,
        published: Option<PartialDate>,
        scheme: Option<&'static str>,
        authority: Option<&'a str>,
        team: Option<&'a str>,
        team_number: Option<u32>,
        team_count: Option<u32>,
        round: Option<u32>,
        target: Option<&'a str>,
        target_alias: Option<&'a str>,
        kind: Option<&'static str>,
        kinds: Option<String>,
        start: Option<PartialDate>,
        end: Option<PartialDate>,
        period_text: Option<&'a str>,
        feedback_date: Option<PartialDate>,
        feedback_recipient: Option<&'a str>,
        declared_categories: Option<u64>,
        declared_problems: Option<u64>,
        declared_specific_problems: Option<u64>,
        declared_measures: Option<u64>,
        completed: Option<u64>,
        in_progress: Option<u64>,
        partially_completed: Option<u64>,
        not_completed: Option<u64>,
        completion_rate: Option<Decimal>,
        as_of: Option<PartialDate>,
        institutions: Option<u64>,
        penalties: Option<usize>,
        funds: Option<usize>,
        issues: Option<usize>,
        measures: Option<usize>,
        sections: Option<usize>,
        next_steps: Option<usize>,
        contact_phones: Option<String>,
        contact_emails: Option<String>,
        signature_issuer: Option<&'a str>,
        signature_date: Option<PartialDate>,
        errors: Option<usize>,
        warnings: Option<usize>,
        infos: Option<usize>,
        chars: Option<usize>,
        chars_interpreted: Option<usize>,
        chars_passages: Option<usize>,
        chars_uncovered: Option<usize>,
    }
}

impl<'a> ReportRow<'a> {
    /// The row of one file; the report's columns stay empty when there is none, and for
    /// a duplicate of a file already written.
    fn of(doc: &'a Doc, duplicate: bool) -> ReportRow<'a> {
        let failure = doc.failure();
        let mut row = ReportRow {
            report_id: doc.id,
            path: &doc.path,
            duplicate,
            ok: failure.is_none(),
            error_kind: failure.map(|f| f.kind()),
            error: failure.map(|f| f.message()),
            encoding: doc.encoding,
            bom: doc.bom(),
            html: doc.html(),
            decode_note: doc.note(),
            ..ReportRow::default()
        };
        if let (Ok(p), false) = (&doc.outcome, duplicate) {
            let r = &p.report;
            row.title(r.title.as_ref());
            row.published = r.published;
            row.inspection(r.inspection.as_ref());
            row.overview(r.overview.as_ref());
            row.body(r);
            row.closing(r.signature.as_ref(), r);
            row.checks(p, doc.text());
        }
        row
    }

    fn title(&mut self, t: Option<&'a Title>) {
        let Some(t) = t else { return };
        self.title = Some(&t.text);
        self.title_issuer = t.issuer.as_deref();
        self.title_round = t.round.as_deref();
        self.title_round_number = t.round_number;
        self.title_genre = t.genre.as_deref();
        self.title_scheme = t.scheme.map(|s| s.name());
        self.title_tag = t.tag.as_deref();
    }

    fn inspection(&mut self, i: Option<&'a Inspection>) {
        let Some(i) = i else { return };
        self.scheme = Some(i.scheme.name());
        self.authority = i.authority.as_deref();
        self.team = i.team.as_deref();
        self.team_number = i.team_number;
        self.team_count = i.team_count;
        self.round = i.round;
        self.target = i.target.as_deref();
        self.target_alias = i.target_alias.as_deref();
        self.kind = i.kind.map(|k| k.name());
        self.kinds = join(i.kinds.iter().map(|k| k.name()));
        self.start = i.start;
        self.end = i.end;
        self.period_text = i.period_text.as_deref();
        self.feedback_date = i.feedback_date;
        self.feedback_recipient = i.feedback_recipient.as_deref();
    }

    fn overview(&mut self, o: Option<&Overview>) {
        let Some(o) = o else { return };
        let n = |c: Option<xunshi::Count>| c.map(|c| c.value);
        self.declared_categories = n(o.problem_categories);
        self.declared_problems = n(o.problems);
        self.declared_specific_problems = n(o.specific_problems);
        self.declared_measures = n(o.measures);
        self.completed = n(o.completed);
        self.in_progress = n(o.in_progress);
        self.partially_completed = n(o.partially_completed);
        self.not_completed = n(o.not_completed);
        self.completion_rate = o.completion_rate.map(|r| r.value);
        self.as_of = o.as_of;
    }

    fn body(&mut self, r: &Report) {
        let out = r.outcomes.as_ref();
        self.institutions = out.and_then(|o| o.institutions);
        self.penalties = Some(out.map_or(0, |o| o.penalties.len()));
        self.funds = Some(out.map_or(0, |o| o.funds.len()));
        let parts = r.parts();
        let issues = parts.iter().filter_map(|p| p.part.issue());
        self.issues = Some(issues.clone().count());
        self.measures = Some(issues.map(|i| i.measures.len()).sum());
        let sections = parts.iter().filter(|p| matches!(p.part, Part::Section(_)));
        self.sections = Some(sections.count());
        self.next_steps = Some(r.next_steps.len());
    }

    fn closing(&mut self, s: Option<&'a Signature>, r: &Report) {
        if let Some(c) = &r.contact {
            self.contact_phones = join(&c.phones);
            self.contact_emails = join(&c.emails);
        } else {
            self.contact_phones = Some(String::new());
            self.contact_emails = Some(String::new());
        }
        self.signature_issuer = s.and_then(|s| s.issuer.as_deref());
        self.signature_date = s.and_then(|s| s.date);
    }

    fn checks(&mut self, p: &Parsed, text: &str) {
        let count = |sev: Severity| Some(p.findings.iter().filter(|f| f.severity == sev).count());
        self.errors = count(Severity::Error);
        self.warnings = count(Severity::Warning);
        self.infos = count(Severity::Info);
        let cov = p.report.coverage(text);
        self.chars = Some(cov.total);
        self.chars_interpreted = Some(cov.interpreted);
        self.chars_passages = Some(cov.passages);
        self.chars_uncovered = Some(cov.total.saturating_sub(cov.interpreted + cov.passages));
    }
}

table! {
/// `penalties.csv`: one row per penalty tally.
    #[derive(Serialize)]
    pub struct PenaltyRow<'a> = "penalties" {
        report_id: ReportId,
        penalty_id: usize,
        category: &'static str,
        kinds: Option<String>,
        label: &'a str,
        total: Option<u64>,
        unit: &'static str,
        breakdown_sum: Option<u64>,
        span_start: usize,
        span_end: usize,
    }
}

table! {
/// `sanctions.csv`: one row per breakdown item of a tally.
    #[derive(Serialize)]
    pub struct SanctionRow<'a> = "sanctions" {
        report_id: ReportId,
        penalty_id: usize,
        item: usize,
        category: &'static str,
        sanction: &'static str,
        label: &'a str,
        count: Option<u64>,
        span_start: usize,
        span_end: usize,
    }
}

table! {
/// `funds.csv`: one row per sum of money.
    #[derive(Serialize)]
    pub struct FundsRow<'a> = "funds" {
        report_id: ReportId,
        funds_id: usize,
        kind: &'static str,
        label: &'a str,
        yuan: Yuan,
        text: &'a str,
        qualifier: &'static str,
        span_start: usize,
        span_end: usize,
    }
}

table! {
/// `issues.csv`: one row per issue section, in document order.
    #[derive(Serialize)]
    pub struct IssueRow<'a> = "issues" {
        report_id: ReportId,
        issue_id: usize,
        parent_id: Option<usize>,
        section: Option<&'a str>,
        depth: usize,
        number: Option<u32>,
        label: &'a str,
        title: &'a str,
        heading: &'a str,
        status: Option<&'static str>,
        status_label: Option<&'a str>,
        measures: usize,
        span_start: usize,
        span_end: usize,
    }
}

table! {
/// `measures.csv`: one row per measure under an issue.
    #[derive(Serialize)]
    pub struct MeasureRow<'a> = "measures" {
        report_id: ReportId,
        issue_id: usize,
        measure_id: usize,
        number: Option<u32>,
        label: &'a str,
        title: &'a str,
        documents: Option<String>,
        quantities: usize,
        text: &'a str,
        span_start: usize,
        span_end: usize,
    }
}

table! {
/// `quantities.csv`: one row per counted figure, from the overview or from a measure.
    #[derive(Serialize)]
    pub struct QuantityRow<'a> = "quantities" {
        report_id: ReportId,
        source: &'static str,
        issue_id: Option<usize>,
        measure_id: Option<usize>,
        quantity_id: usize,
        value: Decimal,
        unit: &'a str,
        qualifier: &'static str,
        text: &'a str,
        span_start: usize,
        span_end: usize,
    }
}

impl<'a> QuantityRow<'a> {
    fn of(
        report_id: ReportId,
        at: Option<(usize, usize)>,
        n: usize,
        q: &'a Quantity,
        text: &'a str,
    ) -> Self {
        QuantityRow {
            report_id,
            source: if at.is_some() { "measure" } else { "overview" },
            issue_id: at.map(|a| a.0),
            measure_id: at.map(|a| a.1),
            quantity_id: n,
            value: q.value,
            unit: &q.unit,
            qualifier: q.qualifier.name(),
            text: q.span.slice(text).unwrap_or(""),
            span_start: q.span.start,
            span_end: q.span.end,
        }
    }
}

table! {
/// `findings.csv`: one row per finding of `Report::validate`.
    #[derive(Serialize)]
    pub struct FindingRow<'a> = "findings" {
        report_id: ReportId,
        finding_id: usize,
        severity: &'static str,
        code: &'static str,
        message: &'a str,
        line: Option<usize>,
        column: Option<usize>,
        span_start: Option<usize>,
        span_end: Option<usize>,
        spans: Option<String>,
    }
}

/// The CSV file of one table.
pub struct Csv {
    name: &'static str,
    w: csv::Writer<BufWriter<File>>,
}

impl Csv {
    /// Creates `DIR/{name}.csv` for table `T` and writes its header.
    fn create<T: Table>(dir: &Path, bom: bool) -> io::Result<Csv> {
        let path = dir.join(format!("{}.csv", T::NAME));
        let mut file = BufWriter::new(File::create(&path).map_err(at_path(&path))?);
        if bom {
            file.write_all("\u{feff}".as_bytes())
                .map_err(at_path(&path))?;
        }
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(file);
        w.write_record(T::COLUMNS)?;
        Ok(Csv { name: T::NAME, w })
    }

    /// Writes one row of table `T`.
    fn put<T: Table>(&mut self, row: T) -> io::Result<()> {
        debug_assert_eq!(self.name, T::NAME);
        Ok(self.w.serialize(row)?)
    }
}

/// The CSV writers of an output directory, one per table.
pub struct Writers {
    reports: Csv,
    penalties: Csv,
    sanctions: Csv,
    funds: Csv,
    issues: Csv,
    measures: Csv,
    quantities: Csv,
    findings: Csv,
    /// The report ids written so far.
    seen: HashSet<ReportId>,
}

impl Writers {
    /// Creates `DIR/{table}.csv` for every table with its header; `bom` starts each file
    /// with a UTF-8 byte order mark (for Excel).
    pub fn create(dir: &Path, bom: bool) -> io::Result<Writers> {
        std::fs::create_dir_all(dir).map_err(at_path(dir))?;
        Ok(Writers {
            reports: Csv::create::<ReportRow>(dir, bom)?,
            penalties: Csv::create::<PenaltyRow>(dir, bom)?,
            sanctions: Csv::create::<SanctionRow>(dir, bom)?,
            funds: Csv::create::<FundsRow>(dir, bom)?,
            issues: Csv::create::<IssueRow>(dir, bom)?,
            measures: Csv::create::<MeasureRow>(dir, bom)?,
            quantities: Csv::create::<QuantityRow>(dir, bom)?,
            findings: Csv::create::<FindingRow>(dir, bom)?,
            seen: HashSet::new(),
        })
    }

    /// Writes the rows of one file. A file whose bytes were already written (the same
    /// report id) gets its row in `reports.csv`, marked `duplicate`, and nothing more.
    pub fn write_doc(&mut self, doc: &Doc) -> io::Result<()> {
        let duplicate = doc.id.is_some_and(|id| !self.seen.insert(id));
        self.reports.put(ReportRow::of(doc, duplicate))?;
        let (Ok(p), Some(id), false) = (&doc.outcome, doc.id, duplicate) else {
            return Ok(());
        };
        self.outcomes(id, &p.report)?;
        self.issues(id, &p.report, doc.text())?;
        self.findings(id, p, doc.text())
    }

    fn outcomes(&mut self, id: ReportId, r: &Report) -> io::Result<()> {
        let Some(o) = &r.outcomes else { return Ok(()) };
        for (pi, p) in o.penalties.iter().enumerate() {
            self.penalties.put(PenaltyRow {
                report_id: id,
                penalty_id: pi + 1,
                category: p.category.name(),
                kinds: join(p.kinds.iter().map(|k| k.name())),
                label: &p.label,
                total: p.total,
                unit: p.unit.name(),
                breakdown_sum: (!p.breakdown.is_empty())
                    .then(|| p.breakdown_sum())
                    .flatten(),
                span_start: p.span.start,
                span_end: p.span.end,
            })?;
            for (si, sc) in p.breakdown.iter().enumerate() {
                self.sanctions.put(SanctionRow {
                    report_id: id,
                    penalty_id: pi + 1,
                    item: si + 1,
                    category: p.category.name(),
                    sanction: sc.sanction.name(),
                    label: &sc.label,
                    count: sc.count,
                    span_start: sc.span.start,
                    span_end: sc.span.end,
                })?;
            }
        }
        for (fi, f) in o.funds.iter().enumerate() {
            self.funds.put(FundsRow {
                report_id: id,
                funds_id: fi + 1,
                kind: f.kind.name(),
                label: &f.label,
                yuan: Yuan(f.amount.yuan),
                text: &f.amount.text,
                qualifier: f.amount.qualifier.name(),
                span_start: f.span.start,
                span_end: f.span.end,
            })?;
        }
        Ok(())
    }

    fn issues(&mut self, id: ReportId, r: &Report, text: &str) -> io::Result<()> {
        if let Some(o) = &r.overview {
            for (qi, q) in o.quantities.iter().enumerate() {
                self.quantities
                    .put(QuantityRow::of(id, None, qi + 1, q, text))?;
            }
        }
        for x in placed_issues(r) {
            let is = x.issue;
            self.issues.put(IssueRow {
                report_id: id,
                issue_id: x.id,
                parent_id: x.parent,
                section: x.section,
                depth: x.depth,
                number: is.number,
                label: &is.label,
                title: &is.title,
                heading: &is.heading,
                status: is.status.map(|s| s.name()),
                status_label: is.status_label.as_deref(),
                measures: is.measures.len(),
                span_start: is.span.start,
                span_end: is.span.end,
            })?;
            for (mi, m) in is.measures.iter().enumerate() {
                self.measures.put(MeasureRow {
                    report_id: id,
                    issue_id: x.id,
                    measure_id: mi + 1,
                    number: m.number,
                    label: &m.label,
                    title: &m.title,
                    documents: join(&m.documents),
                    quantities: m.quantities.len(),
                    text: &m.text,
                    span_start: m.span.start,
                    span_end: m.span.end,
                })?;
                for (qi, q) in m.quantities.iter().enumerate() {
                    let at = Some((x.id, mi + 1));
                    self.quantities
                        .put(QuantityRow::of(id, at, qi + 1, q, text))?;
                }
            }
        }
        Ok(())
    }

    fn findings(&mut self, id: ReportId, p: &Parsed, text: &str) -> io::Result<()> {
        let index = LineIndex::new(text);
        for (fi, f) in p.findings.iter().enumerate() {
            let first = f.spans.first().copied();
            let at = first.map(|sp| index.line_col(sp.start));
            self.findings.put(FindingRow {
                report_id: id,
                finding_id: fi + 1,
                severity: f.severity.name(),
                code: f.code.name(),
                message: &f.message,
                line: at.map(|a| a.line),
                column: at.map(|a| a.column),
                span_start: first.map(|sp| sp.start),
                span_end: first.map(|sp| sp.end),
                spans: join(f.spans.iter().map(|sp| sp.to_string())),
            })?;
        }
        Ok(())
    }

    /// Flushes every file.
    pub fn finish(self) -> io::Result<()> {
        for mut c in [
            self.reports,
            self.penalties,
            self.sanctions,
            self.funds,
            self.issues,
            self.measures,
            self.quantities,
            self.findings,
        ] {
            c.w.flush()?;
        }
        Ok(())
    }
}

/// An issue with its place among the issues: ids count issues only, 1-based.
pub struct PlacedIssue<'a> {
    /// The issue.
    pub issue: &'a xunshi::Issue,
    /// Its id.
    pub id: usize,
    /// The id of the issue it sits under.
    pub parent: Option<usize>,
    /// The title of the nearest notice section it sits under.
    pub section: Option<&'a str>,
    /// 1 for an issue under no other issue.
    pub depth: usize,
}

/// Every issue in document order ([`Report::parts`]), numbered among the issues.
pub fn placed_issues(r: &Report) -> Vec<PlacedIssue<'_>> {
    let parts = r.parts();
    // for each part: (issue id, issue depth, enclosing section title)
    let mut at: Vec<(Option<usize>, usize, Option<&str>)> = Vec::with_capacity(parts.len());
    let mut out = Vec::new();
    for p in &parts {
        let up = p.parent.map(|k| at[k]);
        let section = match p.parent.map(|k| parts[k].part) {
            Some(Part::Section(s)) => Some(s.title.as_str()),
            _ => up.and_then(|u| u.2),
        };
        let Part::Issue(issue) = p.part else {
            at.push((None, 0, section));
            continue;
        };
        let parent = up.and_then(|u| u.0);
        let depth = up.map_or(0, |u| u.1) + 1;
        out.push(PlacedIssue {
            issue,
            id: out.len() + 1,
            parent,
            section,
            depth,
        });
        at.push((Some(out.len()), depth, section));
    }
    out
}
