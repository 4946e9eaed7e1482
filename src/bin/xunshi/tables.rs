//! `parse --format csv --out DIR`: tidy tables joined by `report_id`.

use std::fmt::Display;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use serde::Serialize;
use xunshi::{Issue, LineCol, PartialDate, Quantity, Report, Section, Severity, Span};

use crate::doc::Doc;

/// The tables, in the order of [`HEADERS`].
pub const NAMES: [&str; 8] = [
    "reports",
    "penalties",
    "sanctions",
    "funds",
    "issues",
    "measures",
    "quantities",
    "findings",
];

/// The columns of each table.
pub const HEADERS: [&[&str]; 8] = [
    &[
        "report_id",
        "path",
        "ok",
        "error_kind",
        "error",
        "encoding",
        "bom",
        "html",
        "title",
        "title_issuer",
        "title_round",
        "title_round_number",
        "title_genre",
        "title_scheme",
        "title_tag",
        "published",
        "scheme",
        "authority",
        "team",
        "team_number",
        "team_count",
        "round",
        "target",
        "target_alias",
        "kind",
        "kinds",
        "start",
        "end",
        "period_text",
        "feedback_date",
        "feedback_recipient",
        "declared_categories",
        "declared_problems",
        "declared_specific_problems",
        "declared_measures",
        "completed",
        "in_progress",
        "partially_completed",
        "not_completed",
        "completion_rate",
        "as_of",
        "institutions",
        "penalties",
        "funds",
        "issues",
        "measures",
        "sections",
        "next_steps",
        "contact_phones",
        "contact_emails",
        "signature_issuer",
        "signature_date",
        "errors",
        "warnings",
        "infos",
        "chars",
        "chars_interpreted",
        "chars_passages",
        "chars_uncovered",
    ],
    &[
        "report_id",
        "penalty_id",
        "category",
        "kinds",
        "label",
        "total",
        "unit",
        "breakdown_sum",
        "span_start",
        "span_end",
    ],
    &[
        "report_id",
        "penalty_id",
        "item",
        "category",
        "sanction",
        "label",
        "count",
        "span_start",
        "span_end",
    ],
    &[
        "report_id",
        "funds_id",
        "kind",
        "label",
        "yuan",
        "text",
        "qualifier",
        "span_start",
        "span_end",
    ],
    &[
        "report_id",
        "issue_id",
        "parent_id",
        "section",
        "depth",
        "number",
        "label",
        "title",
        "heading",
        "status",
        "measures",
        "span_start",
        "span_end",
    ],
    &[
        "report_id",
        "issue_id",
        "measure_id",
        "number",
        "label",
        "title",
        "documents",
        "quantities",
        "text",
        "span_start",
        "span_end",
    ],
    &[
        "report_id",
        "source",
        "issue_id",
        "measure_id",
        "quantity_id",
        "value",
        "unit",
        "qualifier",
        "text",
        "span_start",
        "span_end",
    ],
    &[
        "report_id",
        "finding_id",
        "severity",
        "code",
        "message",
        "line",
        "column",
        "span_start",
        "span_end",
        "spans",
    ],
];

/// The rows one file adds to each table.
pub type Rows = [Vec<Vec<String>>; 8];

/// The serde name of an enum value (`party_discipline`).
pub fn name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn opt<T: Display>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

fn date(d: Option<PartialDate>) -> String {
    opt(d)
}

fn s(v: impl Display) -> String {
    v.to_string()
}

fn text(v: Option<&String>) -> String {
    v.cloned().unwrap_or_default()
}

fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    let mut out = String::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.push('|');
        }
        out.push_str(it.as_ref());
    }
    out
}

fn span(sp: Span) -> [String; 2] {
    [s(sp.start), s(sp.end)]
}

/// The rows of one file, `id` being its report id.
pub fn rows(id: usize, doc: &Doc) -> Rows {
    let mut t: Rows = Default::default();
    let rid = s(id);
    let loaded = doc.loaded.as_ref();
    let mut row = vec![
        rid.clone(),
        doc.path.clone(),
        s(doc.outcome.is_ok()),
        doc.outcome
            .as_ref()
            .err()
            .map(|f| f.kind.to_owned())
            .unwrap_or_default(),
        doc.outcome
            .as_ref()
            .err()
            .map(|f| f.message.clone())
            .unwrap_or_default(),
        doc.encoding.unwrap_or("").to_owned(),
        s(loaded.is_some_and(|l| l.bom)),
        s(loaded.is_some_and(|l| l.html)),
    ];
    let Ok(parsed) = &doc.outcome else {
        row.resize(HEADERS[0].len(), String::new());
        t[0].push(row);
        return t;
    };
    let r = &parsed.report;
    let source = doc.text();
    let title = r.title.as_ref();
    row.extend([
        title.map(|t| t.text.clone()).unwrap_or_default(),
        text(title.and_then(|t| t.issuer.as_ref())),
        text(title.and_then(|t| t.round.as_ref())),
        opt(title.and_then(|t| t.round_number)),
        text(title.and_then(|t| t.genre.as_ref())),
        title
            .and_then(|t| t.scheme)
            .map(|x| name(&x))
            .unwrap_or_default(),
        text(title.and_then(|t| t.tag.as_ref())),
        date(r.published),
    ]);
    let i = r.inspection.as_ref();
    row.extend([
        i.map(|i| name(&i.scheme)).unwrap_or_default(),
        text(i.and_then(|i| i.authority.as_ref())),
        text(i.and_then(|i| i.team.as_ref())),
        opt(i.and_then(|i| i.team_number)),
        opt(i.and_then(|i| i.team_count)),
        opt(i.and_then(|i| i.round)),
        text(i.and_then(|i| i.target.as_ref())),
        text(i.and_then(|i| i.target_alias.as_ref())),
        i.and_then(|i| i.kind).map(|k| name(&k)).unwrap_or_default(),
        i.map(|i| join(i.kinds.iter().map(name)))
            .unwrap_or_default(),
        date(i.and_then(|i| i.start)),
        date(i.and_then(|i| i.end)),
        text(i.and_then(|i| i.period_text.as_ref())),
        date(i.and_then(|i| i.feedback_date)),
        text(i.and_then(|i| i.feedback_recipient.as_ref())),
    ]);
    let o = r.overview.as_ref();
    row.extend([
        opt(o.and_then(|o| o.problem_categories)),
        opt(o.and_then(|o| o.problems)),
        opt(o.and_then(|o| o.specific_problems)),
        opt(o.and_then(|o| o.measures)),
        opt(o.and_then(|o| o.completed)),
        opt(o.and_then(|o| o.in_progress)),
        opt(o.and_then(|o| o.partially_completed)),
        opt(o.and_then(|o| o.not_completed)),
        opt(o.and_then(|o| o.completion_rate)),
        date(o.and_then(|o| o.as_of)),
    ]);
    let out = r.outcomes.as_ref();
    let issues = walk_issues(r);
    row.extend([
        opt(out.and_then(|o| o.institutions)),
        s(out.map_or(0, |o| o.penalties.len())),
        s(out.map_or(0, |o| o.funds.len())),
        s(issues.len()),
        s(issues.iter().map(|x| x.issue.measures.len()).sum::<usize>()),
        s(count_sections(&r.sections)),
        s(r.next_steps.len()),
        r.contact
            .as_ref()
            .map(|c| join(&c.phones))
            .unwrap_or_default(),
        r.contact
            .as_ref()
            .map(|c| join(&c.emails))
            .unwrap_or_default(),
        text(r.signature.as_ref().and_then(|x| x.issuer.as_ref())),
        date(r.signature.as_ref().and_then(|x| x.date)),
    ]);
    let count = |sev: Severity| s(parsed.findings.iter().filter(|f| f.severity == sev).count());
    let cov = r.coverage(source);
    let uncovered = cov.total.saturating_sub(cov.interpreted + cov.passages);
    row.extend([
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        s(cov.total),
        s(cov.interpreted),
        s(cov.passages),
        s(uncovered),
    ]);
    debug_assert_eq!(row.len(), HEADERS[0].len());
    t[0].push(row);

    if let Some(out) = out {
        for (pi, p) in out.penalties.iter().enumerate() {
            let pid = s(pi + 1);
            let category = name(&p.category);
            let mut row = vec![
                rid.clone(),
                pid.clone(),
                category.clone(),
                join(p.kinds.iter().map(name)),
                p.label.clone(),
                opt(p.total),
                name(&p.unit),
                if p.breakdown.is_empty() {
                    String::new()
                } else {
                    opt(p.breakdown_sum())
                },
            ];
            row.extend(span(p.span));
            t[1].push(row);
            for (si, sc) in p.breakdown.iter().enumerate() {
                let mut row = vec![
                    rid.clone(),
                    pid.clone(),
                    s(si + 1),
                    category.clone(),
                    name(&sc.sanction),
                    sc.label.clone(),
                    s(sc.count),
                ];
                row.extend(span(sc.span));
                t[2].push(row);
            }
        }
        for (fi, f) in out.funds.iter().enumerate() {
            let mut row = vec![
                rid.clone(),
                s(fi + 1),
                name(&f.kind),
                f.label.clone(),
                s(f.amount.yuan),
                f.amount.text.clone(),
                name(&f.amount.qualifier),
            ];
            row.extend(span(f.span));
            t[3].push(row);
        }
    }

    if let Some(o) = o {
        for (qi, q) in o.quantities.iter().enumerate() {
            t[6].push(quantity_row(&rid, "overview", "", "", qi + 1, q, source));
        }
    }
    for (n, x) in issues.iter().enumerate() {
        let iid = s(n + 1);
        let is = x.issue;
        let mut row = vec![
            rid.clone(),
            iid.clone(),
            opt(x.parent),
            x.section.unwrap_or("").to_owned(),
            s(x.depth),
            opt(is.number),
            is.label.clone(),
            is.title.clone(),
            is.heading.clone(),
            text(is.status.as_ref()),
            s(is.measures.len()),
        ];
        row.extend(span(is.span));
        t[4].push(row);
        for (mi, m) in is.measures.iter().enumerate() {
            let mid = s(mi + 1);
            let mut row = vec![
                rid.clone(),
                iid.clone(),
                mid.clone(),
                opt(m.number),
                m.label.clone(),
                m.title.clone(),
                join(&m.documents),
                s(m.quantities.len()),
                m.text.clone(),
            ];
            row.extend(span(m.span));
            t[5].push(row);
            for (qi, q) in m.quantities.iter().enumerate() {
                t[6].push(quantity_row(&rid, "measure", &iid, &mid, qi + 1, q, source));
            }
        }
    }

    for (fi, f) in parsed.findings.iter().enumerate() {
        let first = f.spans.first().copied();
        let at = first.map(|sp| LineCol::of(source, sp.start));
        t[7].push(vec![
            rid.clone(),
            s(fi + 1),
            name(&f.severity),
            name(&f.code),
            f.message.clone(),
            opt(at.map(|a| a.line)),
            opt(at.map(|a| a.column)),
            opt(first.map(|sp| sp.start)),
            opt(first.map(|sp| sp.end)),
            join(f.spans.iter().map(|sp| sp.to_string())),
        ]);
    }
    t
}

fn quantity_row(
    rid: &str,
    source_kind: &str,
    iid: &str,
    mid: &str,
    n: usize,
    q: &Quantity,
    source: &str,
) -> Vec<String> {
    let mut row = vec![
        rid.to_owned(),
        source_kind.to_owned(),
        iid.to_owned(),
        mid.to_owned(),
        s(n),
        s(q.value),
        q.unit.to_string(),
        name(&q.qualifier),
        q.span.slice(source).unwrap_or("").to_owned(),
    ];
    row.extend(span(q.span));
    row
}

/// An issue with its place in the tree.
pub struct Placed<'a> {
    /// The issue.
    pub issue: &'a Issue,
    /// The 1-based id of the issue it sits under.
    pub parent: Option<usize>,
    /// The title of the notice section it sits under.
    pub section: Option<&'a str>,
    /// 1 for a top-level issue.
    pub depth: usize,
}

/// Every issue, depth first: the top-level issues and their children, then the issues
/// under notice sections (the order of [`Report::all_issues`]).
pub fn walk_issues(r: &Report) -> Vec<Placed<'_>> {
    fn issues<'a>(
        list: &'a [Issue],
        parent: Option<usize>,
        section: Option<&'a str>,
        depth: usize,
        out: &mut Vec<Placed<'a>>,
    ) {
        for i in list {
            out.push(Placed {
                issue: i,
                parent,
                section,
                depth,
            });
            let me = out.len();
            issues(&i.children, Some(me), section, depth + 1, out);
        }
    }
    fn sections<'a>(list: &'a [Section], out: &mut Vec<Placed<'a>>) {
        for s in list {
            issues(&s.issues, None, Some(s.title.as_str()), 1, out);
            sections(&s.children, out);
        }
    }
    let mut out = Vec::new();
    issues(&r.issues, None, None, 1, &mut out);
    sections(&r.sections, &mut out);
    out
}

fn count_sections(list: &[Section]) -> usize {
    list.iter().map(|s| 1 + count_sections(&s.children)).sum()
}

/// The CSV writers of an output directory.
pub struct Writers {
    writers: Vec<csv::Writer<BufWriter<File>>>,
}

impl Writers {
    /// Creates `DIR/{table}.csv` for every table and writes the headers; `bom` starts each
    /// file with a UTF-8 byte order mark (for Excel).
    pub fn create(dir: &Path, bom: bool) -> io::Result<Writers> {
        std::fs::create_dir_all(dir)?;
        let mut writers = Vec::new();
        for (name, header) in NAMES.iter().zip(HEADERS) {
            let path = dir.join(format!("{name}.csv"));
            let mut file = BufWriter::new(
                File::create(&path)
                    .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
            );
            if bom {
                file.write_all("\u{feff}".as_bytes())?;
            }
            let mut w = csv::Writer::from_writer(file);
            w.write_record(header)?;
            writers.push(w);
        }
        Ok(Writers { writers })
    }

    /// Writes the rows of one file.
    pub fn write(&mut self, rows: &Rows) -> io::Result<()> {
        for (w, rows) in self.writers.iter_mut().zip(rows) {
            for row in rows {
                w.write_record(row)?;
            }
        }
        Ok(())
    }

    /// Flushes every file.
    pub fn finish(self) -> io::Result<()> {
        for mut w in self.writers {
            w.flush()?;
        }
        Ok(())
    }
}
