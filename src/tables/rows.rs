//! The eight row structs, and the rows of one document.

use rust_decimal::Decimal;

use super::cell::{Cell, Date, DatePrecision, QuantitySource, Values, Yuan};
use super::{Column, Table, table};
use crate::{
    Code, Decoded, Finding, FundsKind, InputError, InputErrorKind, Inspection, InspectionKind,
    IssueStatus, LineIndex, Overview, Part, PenaltyCategory, PersonUnit, Qualifier, Quantity,
    Report, ReportId, Sanction, Scheme, Severity, Signature, Span, Title,
};

use super::document::Parsed;

/// Cells that hold a list: the items separated by `|`.
fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> Option<String> {
    let mut out = String::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            String::push(&mut out, '|');
        }
        out.push_str(it.as_ref());
    }
    Some(out)
}

/// A count or id as a table integer; `None` past `i64::MAX`.
fn int<T: TryInto<i64>>(n: T) -> Option<i64> {
    n.try_into().ok()
}

/// A position or offset (always small) as a table integer.
fn pos(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

table! {
    /// `reports`: one row per input file, including files that failed.
    #[derive(Default)]
    pub struct ReportRow<'a> = "reports" {
        /// the report id (empty when the file's bytes could not be read)
        pub report_id: Option<ReportId>,
        /// the path
        pub path: &'a str,
        /// `true` when an earlier file of this run has the same bytes (the same `report_id`): its report columns and its rows in the other tables are not written again
        pub duplicate: bool,
        /// `true` or `false`
        pub ok: bool,
        /// why there is no report: `unreadable`, `not_a_file`, `too_large`, `binary`, `encoding`, `empty` or `not_a_report`
        pub error_kind: Option<InputErrorKind>,
        /// the error message
        pub error: Option<&'a str>,
        /// the encoding detected
        pub encoding: Option<&'a str>,
        /// whether the file starts with a byte order mark
        pub bom: bool,
        /// whether the file is an HTML page
        pub html: bool,
        /// as in the JSON
        pub decode_note: Option<&'a str>,
        /// the title as written
        pub title: Option<&'a str>,
        /// the issuer before `关于`
        pub title_issuer: Option<&'a str>,
        /// the round or team named in the title (`十二届市委第三轮巡察`)
        pub title_round: Option<&'a str>,
        /// the round's number
        pub title_round_number: Option<i64>,
        /// the genre words (`整改进展情况的通报`)
        pub title_genre: Option<&'a str>,
        /// `xunshi` or `xuncha`, when the title says
        pub title_scheme: Option<Scheme>,
        /// a column tag before the title (`巡察整改`)
        pub title_tag: Option<&'a str>,
        /// the publication stamp found in page chrome
        pub published: Option<Date>,
        /// how much of `published` is known: `day`, `month` or `year`
        pub published_precision: Option<DatePrecision>,
        /// `xunshi` (巡视) or `xuncha` (巡察), from the header
        pub scheme: Option<Scheme>,
        /// the body whose 统一部署 it was (`省委`)
        pub authority: Option<&'a str>,
        /// the inspection team as written
        pub team: Option<&'a str>,
        /// the team's number
        pub team_number: Option<i64>,
        /// the number of teams, for `{N}个巡察组`
        pub team_count: Option<i64>,
        /// the round's number, when the team or header names one
        pub round: Option<i64>,
        /// the inspected unit; when the notice names itself (`我局`), its issuer
        pub target: Option<&'a str>,
        /// the target as written when the notice names itself (`我局`, `我院党组`)
        pub target_as_written: Option<&'a str>,
        /// the short name given in `(以下简称…)`
        pub target_alias: Option<&'a str>,
        /// the first kind word: `regular`, `special`, `mobile`, `follow_up`, `elevated`, `cross`, `political`, `linked`
        pub kind: Option<InspectionKind>,
        /// every kind word, separated by `|`
        pub kinds: Option<String>,
        /// first day of the on-site inspection (was `start`)
        pub period_start: Option<Date>,
        /// how much of `period_start` is known
        pub period_start_precision: Option<DatePrecision>,
        /// last day of the on-site inspection (was `end`)
        pub period_end: Option<Date>,
        /// how much of `period_end` is known
        pub period_end_precision: Option<DatePrecision>,
        /// the period as written
        pub period_text: Option<&'a str>,
        /// when the team fed back its findings
        pub feedback_date: Option<Date>,
        /// how much of `feedback_date` is known
        pub feedback_date_precision: Option<DatePrecision>,
        /// who received the feedback; when the notice names itself (`我局党组`), its issuer
        pub feedback_recipient: Option<&'a str>,
        /// the recipient as written when the notice names itself (`我局党组`)
        pub feedback_recipient_as_written: Option<&'a str>,
        /// problem categories declared (`{N}个方面`)
        pub declared_categories: Option<i64>,
        /// problems declared (`{N}个问题`)
        pub declared_problems: Option<i64>,
        /// a third tier (`{N}个具体问题`)
        pub declared_specific_problems: Option<i64>,
        /// rectification measures declared (`整改措施{N}条`)
        pub declared_measures: Option<i64>,
        /// problems whose rectification is complete
        pub completed: Option<i64>,
        /// problems still being rectified
        pub in_progress: Option<i64>,
        /// problems completed in stages
        pub partially_completed: Option<i64>,
        /// problems not yet done
        pub not_completed: Option<i64>,
        /// the declared completion rate in per cent, exact (`88.9`)
        pub completion_rate: Option<Decimal>,
        /// the date progress is reported as of
        pub as_of: Option<Date>,
        /// how much of `as_of` is known
        pub as_of_precision: Option<DatePrecision>,
        /// institutions built or improved (`建立完善制度{N}项`)
        pub institutions: Option<i64>,
        /// number of penalty tallies (rows in `penalties`)
        pub penalties: Option<i64>,
        /// number of money figures (rows in `funds`)
        pub funds: Option<i64>,
        /// number of issue sections found, at every depth (rows in `issues`)
        pub issues: Option<i64>,
        /// number of measures found (rows in `measures`)
        pub measures: Option<i64>,
        /// number of notice sections that are not issues (组织领导情况 …)
        pub sections: Option<i64>,
        /// number of items in the closing plan (下一步)
        pub next_steps: Option<i64>,
        /// telephone numbers, separated by `|`
        pub contact_phones: Option<String>,
        /// e-mail addresses, separated by `|`
        pub contact_emails: Option<String>,
        /// the issuing body in the signature (落款)
        pub signature_issuer: Option<&'a str>,
        /// the signature date
        pub signature_date: Option<Date>,
        /// how much of `signature_date` is known
        pub signature_date_precision: Option<DatePrecision>,
        /// error findings
        pub errors: Option<i64>,
        /// warning findings
        pub warnings: Option<i64>,
        /// info findings
        pub infos: Option<i64>,
        /// non-whitespace characters in the text
        pub chars: Option<i64>,
        /// of those, characters inside an extracted element
        pub chars_interpreted: Option<i64>,
        /// characters kept as uninterpreted passages (page chrome, prose)
        pub chars_passages: Option<i64>,
        /// characters inside no span at all (should be 0)
        pub chars_uncovered: Option<i64>,
    }
}

impl<'a> ReportRow<'a> {
    /// The row of one input; the report's columns stay empty when there is none.
    pub(super) fn of(
        report_id: Option<ReportId>,
        path: &'a str,
        decoded: Option<&'a Decoded>,
        outcome: &'a Result<Parsed, InputError>,
    ) -> ReportRow<'a> {
        let failure = outcome.as_ref().err();
        let encoding = decoded
            .map(|d| d.encoding)
            .or_else(|| failure.and_then(InputError::encoding));
        let mut row = ReportRow {
            report_id,
            path,
            duplicate: false,
            ok: failure.is_none(),
            error_kind: failure.map(InputError::kind),
            error: failure.map(InputError::message),
            encoding,
            bom: decoded.is_some_and(|d| d.bom),
            html: decoded.is_some_and(|d| d.html),
            decode_note: decoded.and_then(|d| d.note.as_deref()),
            ..ReportRow::default()
        };
        if let Ok(p) = outcome {
            let r = &p.report;
            let text = decoded.map_or("", |d| d.text.as_str());
            row.title(r.title.as_ref());
            (row.published, row.published_precision) = Date::split(r.published);
            row.inspection(r.inspection.as_ref());
            row.overview(r.overview.as_ref());
            row.body(r);
            row.closing(r.signature.as_ref(), r);
            row.checks(p, text);
        }
        row
    }

    /// The same row for a file whose bytes were already seen: its file columns only,
    /// marked `duplicate`.
    pub(super) fn duplicate(self) -> ReportRow<'a> {
        ReportRow {
            report_id: self.report_id,
            path: self.path,
            duplicate: true,
            ok: self.ok,
            error_kind: self.error_kind,
            error: self.error,
            encoding: self.encoding,
            bom: self.bom,
            html: self.html,
            decode_note: self.decode_note,
            ..ReportRow::default()
        }
    }

    fn title(&mut self, t: Option<&'a Title>) {
        let Some(t) = t else { return };
        self.title = Some(&t.text);
        self.title_issuer = t.issuer.as_deref();
        self.title_round = t.round.as_deref();
        self.title_round_number = t.round_number.and_then(int);
        self.title_genre = t.genre.as_deref();
        self.title_scheme = t.scheme;
        self.title_tag = t.tag.as_deref();
    }

    fn inspection(&mut self, i: Option<&'a Inspection>) {
        let Some(i) = i else { return };
        self.scheme = Some(i.scheme);
        self.authority = i.authority.as_deref();
        self.team = i.team.as_deref();
        self.team_number = i.team_number.and_then(int);
        self.team_count = i.team_count.and_then(int);
        self.round = i.round.and_then(int);
        self.target = i.target.as_deref();
        self.target_as_written = i.target_as_written.as_deref();
        self.target_alias = i.target_alias.as_deref();
        self.kind = i.kind;
        self.kinds = join(i.kinds.iter().map(|k| k.name()));
        (self.period_start, self.period_start_precision) = Date::split(i.start);
        (self.period_end, self.period_end_precision) = Date::split(i.end);
        self.period_text = i.period_text.as_deref();
        (self.feedback_date, self.feedback_date_precision) = Date::split(i.feedback_date);
        self.feedback_recipient = i.feedback_recipient.as_deref();
        self.feedback_recipient_as_written = i.feedback_recipient_as_written.as_deref();
    }

    fn overview(&mut self, o: Option<&Overview>) {
        let Some(o) = o else { return };
        let n = |c: Option<crate::Count>| c.and_then(|c| int(c.value));
        self.declared_categories = n(o.problem_categories);
        self.declared_problems = n(o.problems);
        self.declared_specific_problems = n(o.specific_problems);
        self.declared_measures = n(o.measures);
        self.completed = n(o.completed);
        self.in_progress = n(o.in_progress);
        self.partially_completed = n(o.partially_completed);
        self.not_completed = n(o.not_completed);
        self.completion_rate = o.completion_rate.map(|r| r.value);
        (self.as_of, self.as_of_precision) = Date::split(o.as_of);
    }

    fn body(&mut self, r: &Report) {
        let out = r.outcomes.as_ref();
        self.institutions = out.and_then(|o| o.institutions).and_then(int);
        self.penalties = Some(pos(out.map_or(0, |o| o.penalties.len())));
        self.funds = Some(pos(out.map_or(0, |o| o.funds.len())));
        let parts = r.parts();
        let issues = parts.iter().filter_map(|p| p.part.issue());
        self.issues = Some(pos(issues.clone().count()));
        self.measures = Some(pos(issues.map(|i| i.measures.len()).sum()));
        let sections = parts.iter().filter(|p| matches!(p.part, Part::Section(_)));
        self.sections = Some(pos(sections.count()));
        self.next_steps = Some(pos(r.next_steps.len()));
    }

    fn closing(&mut self, s: Option<&'a Signature>, r: &Report) {
        if let Some(c) = &r.contact {
            self.contact_phones = join(&c.phones);
            self.contact_emails = join(&c.emails);
        }
        self.signature_issuer = s.and_then(|s| s.issuer.as_deref());
        (self.signature_date, self.signature_date_precision) = Date::split(s.and_then(|s| s.date));
    }

    fn checks(&mut self, p: &Parsed, text: &str) {
        let count =
            |sev: Severity| Some(pos(p.findings.iter().filter(|f| f.severity == sev).count()));
        self.errors = count(Severity::Error);
        self.warnings = count(Severity::Warning);
        self.infos = count(Severity::Info);
        let cov = p.report.coverage(text);
        self.chars = Some(pos(cov.total));
        self.chars_interpreted = Some(pos(cov.interpreted));
        self.chars_passages = Some(pos(cov.passages));
        self.chars_uncovered = Some(pos(cov
            .total
            .saturating_sub(cov.interpreted + cov.passages)));
    }
}

table! {
    /// `penalties`: one row per penalty tally (category).
    pub struct PenaltyRow<'a> = "penalties" {
        /// the report id
        pub report_id: ReportId,
        /// 1-based position within the report
        pub penalty_id: i64,
        /// `party_discipline`, `government_sanction`, `organizational_handling`, `admonishment`, … (every name is in `docs/schema.sql`), `combined` or `other`
        pub category: PenaltyCategory,
        /// for `combined`, every category the one count covers, separated by `|`
        pub kinds: Option<String>,
        /// the words as written (`党纪处分`)
        pub label: &'a str,
        /// the total as written
        pub total: Option<i64>,
        /// `人`, `人次`, `名`, `件` or `起`
        pub unit: PersonUnit,
        /// the sum of the breakdown items (empty when there are none)
        pub breakdown_sum: Option<i64>,
        /// whether the breakdown names only some of the total (a list after `其中`)
        pub breakdown_partial: bool,
        /// for a part of a total written before it with `其中`, that total's `penalty_id`
        pub part_of: Option<i64>,
        /// byte offset where the tally starts
        pub span_start: i64,
        /// byte offset where it ends
        pub span_end: i64,
        /// character offset where it starts
        pub char_start: i64,
        /// character offset where it ends
        pub char_end: i64,
    }
}

table! {
    /// `sanctions`: one row per breakdown item of a tally.
    pub struct SanctionRow<'a> = "sanctions" {
        /// the report id
        pub report_id: ReportId,
        /// the tally it belongs to
        pub penalty_id: i64,
        /// 1-based position within the tally
        pub item: i64,
        /// the tally's category
        pub category: PenaltyCategory,
        /// `warning`, `serious_warning`, `removal_from_party_posts`, `probation`, `expulsion`, `demerit`, `major_demerit`, `demotion`, `removal_from_office`, `dismissal` or `other`
        pub sanction: Sanction,
        /// the words as written (`党内警告`)
        pub label: &'a str,
        /// people
        pub count: Option<i64>,
        /// byte offset where the item starts
        pub span_start: i64,
        /// byte offset where it ends
        pub span_end: i64,
        /// character offset where it starts
        pub char_start: i64,
        /// character offset where it ends
        pub char_end: i64,
    }
}

table! {
    /// `funds`: one row per sum of money.
    pub struct FundsRow<'a> = "funds" {
        /// the report id
        pub report_id: ReportId,
        /// 1-based position within the report
        pub funds_id: i64,
        /// `refunded` (清退), `recovered_losses` (挽回经济损失), `recouped` (追缴, 收缴 …) or `other`
        pub kind: FundsKind,
        /// the words before the amount, as written
        pub label: &'a str,
        /// the amount in yuan with exactly two decimals, computed from the exact decimal, never through a float (`185.82万元` → `1858200.00`; an amount written to less than a fen is rounded to the fen; the JSON keeps every digit)
        pub yuan: Yuan,
        /// the figure as written (`185.82万元`)
        pub text: &'a str,
        /// `exact`, `about`, `nearly`, `over` or `under`
        pub qualifier: Qualifier,
        /// byte offset where label and amount start
        pub span_start: i64,
        /// byte offset where they end
        pub span_end: i64,
        /// character offset where they start
        pub char_start: i64,
        /// character offset where they end
        pub char_end: i64,
    }
}

table! {
    /// `issues`: one row per issue section, in document order (an issue before its
    /// children; issues under notice sections where they stand).
    pub struct IssueRow<'a> = "issues" {
        /// the report id
        pub report_id: ReportId,
        /// 1-based position within the report
        pub issue_id: i64,
        /// the `issue_id` of the issue it sits under (empty at the top)
        pub parent_id: Option<i64>,
        /// the title of the notice section it sits under, if any
        pub section: Option<&'a str>,
        /// 1 for a top-level issue
        pub depth: i64,
        /// the number of its label (`十一、` → 11)
        pub number: Option<i64>,
        /// the label as written
        pub label: &'a str,
        /// the title (the words inside `关于“…”`)
        pub title: &'a str,
        /// the whole heading, label excluded
        pub heading: &'a str,
        /// the status written with a field label: `completed`, `partially_completed`, `in_progress`, `not_completed` or `other`
        pub status: Option<IssueStatus>,
        /// that status as written (`已完成`)
        pub status_label: Option<&'a str>,
        /// number of measures (rows in `measures`)
        pub measures: i64,
        /// byte offset where heading and body start
        pub span_start: i64,
        /// byte offset where they end
        pub span_end: i64,
        /// character offset where they start
        pub char_start: i64,
        /// character offset where they end
        pub char_end: i64,
    }
}

table! {
    /// `measures`: one row per measure under an issue.
    pub struct MeasureRow<'a> = "measures" {
        /// the report id
        pub report_id: ReportId,
        /// the issue it belongs to
        pub issue_id: i64,
        /// 1-based position within the issue
        pub measure_id: i64,
        /// the number of its label
        pub number: Option<i64>,
        /// the label as written (`(一)`, `一是`)
        pub label: &'a str,
        /// the heading sentence
        pub title: &'a str,
        /// titles of documents named in the body (`《…》`), without the brackets, separated by `|`
        pub documents: Option<String>,
        /// number of figures in the body (rows in `quantities`)
        pub quantities: i64,
        /// the whole body after the label
        pub text: &'a str,
        /// byte offset where label and body start
        pub span_start: i64,
        /// byte offset where they end
        pub span_end: i64,
        /// character offset where they start
        pub char_start: i64,
        /// character offset where they end
        pub char_end: i64,
    }
}

table! {
    /// `quantities`: one row per counted figure, from the overview or from a measure.
    pub struct QuantityRow<'a> = "quantities" {
        /// the report id
        pub report_id: ReportId,
        /// `overview` or `measure`
        pub source: QuantitySource,
        /// for a measure's figure, the issue
        pub issue_id: Option<i64>,
        /// for a measure's figure, the measure
        pub measure_id: Option<i64>,
        /// 1-based position within the overview or the measure
        pub quantity_id: i64,
        /// the value, exact, as text (`16.5万人次` → `165000.0`)
        pub value: Decimal,
        /// the classifier (`人`, `项`, `个`, `%`, `万元` …)
        pub unit: &'a str,
        /// `exact`, `about`, `nearly`, `over` or `under`
        pub qualifier: Qualifier,
        /// the figure as written
        pub text: &'a str,
        /// byte offset where the figure starts
        pub span_start: i64,
        /// byte offset where it ends
        pub span_end: i64,
        /// character offset where it starts
        pub char_start: i64,
        /// character offset where it ends
        pub char_end: i64,
    }
}

table! {
    /// `findings`: one row per finding of `Report::validate`.
    pub struct FindingRow<'a> = "findings" {
        /// the report id
        pub report_id: ReportId,
        /// 1-based position within the report
        pub finding_id: i64,
        /// `info`, `warning` or `error`
        pub severity: Severity,
        /// what it is about (`breakdown_mismatch`, `status_sum`, `date_order` …)
        pub code: Code,
        /// a sentence naming the numbers and quoting the words
        pub message: &'a str,
        /// 1-based line of the first span
        pub line: Option<i64>,
        /// 1-based column of the first span, in characters (was `column`)
        pub column_number: Option<i64>,
        /// byte offset where the first span starts
        pub span_start: Option<i64>,
        /// byte offset where it ends
        pub span_end: Option<i64>,
        /// character offset where it starts
        pub char_start: Option<i64>,
        /// character offset where it ends
        pub char_end: Option<i64>,
        /// every span, `start..end` in bytes, separated by `|`
        pub spans: Option<String>,
    }
}

/// The rows of one input in every table.
///
/// # Examples
///
/// ```
/// use xunshi::tables::Document;
/// let text = "根据县委统一部署,2023年4月至6月,县委第一巡察组对县林业局开展了常规巡察。\n\
///             给予党纪处分2人(党内警告1人,严重警告1人)。\n";
/// let doc = Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None);
/// let rows = doc.rows();
/// let r = &rows.reports;
/// assert_eq!(r.period_start.unwrap().to_string(), "2023-04-01");
/// assert_eq!(r.period_start_precision.unwrap().name(), "month");
/// assert_eq!(rows.sanctions.len(), 2);
/// let p = &rows.penalties[0];
/// let chars: String = text.chars().skip(p.char_start as usize).take((p.char_end - p.char_start) as usize).collect();
/// assert_eq!(chars, &text[p.span_start as usize..p.span_end as usize]);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DocRows<'a> {
    /// Its row in `reports`.
    pub reports: ReportRow<'a>,
    /// Its penalty tallies.
    pub penalties: Vec<PenaltyRow<'a>>,
    /// The breakdown items of its tallies.
    pub sanctions: Vec<SanctionRow<'a>>,
    /// Its sums of money.
    pub funds: Vec<FundsRow<'a>>,
    /// Its issue sections.
    pub issues: Vec<IssueRow<'a>>,
    /// Its measures.
    pub measures: Vec<MeasureRow<'a>>,
    /// Its counted figures.
    pub quantities: Vec<QuantityRow<'a>>,
    /// Its findings.
    pub findings: Vec<FindingRow<'a>>,
}

impl<'a> DocRows<'a> {
    /// The rows of a file whose bytes were already seen: its `reports` row with the file
    /// columns only, marked `duplicate`, and nothing in the other tables.
    pub fn into_duplicate(self) -> DocRows<'a> {
        DocRows {
            reports: self.reports.duplicate(),
            ..DocRows::default()
        }
    }

    /// The number of rows in every table, in the order of
    /// [`Tables::NAMES`](super::Tables::NAMES).
    pub fn counts(&self) -> [usize; 8] {
        [
            1,
            self.penalties.len(),
            self.sanctions.len(),
            self.funds.len(),
            self.issues.len(),
            self.measures.len(),
            self.quantities.len(),
            self.findings.len(),
        ]
    }
}

/// Where the rows of one input go as they are made, table by table: [`DocRows`] collects
/// them, a writer can write each one at once (as `xunshi parse --format csv` does), so a
/// long report's rows are never all held together.
///
/// [`rows_into`] gives the rows of each table in the order of [`rows`]; the `reports` row
/// is its return value.
///
/// # Examples
///
/// ```
/// use xunshi::tables::{Document, FundsRow, RowSink};
///
/// /// Counts the rows and keeps the money, dropping the rest.
/// #[derive(Default)]
/// struct Money(usize, Vec<String>);
///
/// impl<'a> RowSink<'a> for Money {
///     fn row<T: xunshi::tables::Table>(&mut self, _: T) {
///         self.0 += 1;
///     }
///     fn funds(&mut self, row: FundsRow<'a>) {
///         self.0 += 1;
///         self.1.push(row.yuan.to_string());
///     }
/// }
///
/// let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n\
///             给予党纪处分2人;清退违规资金12.5万元。\n";
/// let doc = Document::from_bytes("a.txt".into(), text.as_bytes().to_vec(), None);
/// let mut money = Money::default();
/// let report = doc.rows_into(&mut money);
/// assert!(report.ok);
/// assert_eq!(money.1, ["125000.00"]);
/// assert_eq!(money.0, doc.rows().counts()[1..].iter().sum::<usize>());
/// ```
pub trait RowSink<'a> {
    /// Any row; the methods for each table call this unless they are overridden.
    fn row<T: Table>(&mut self, row: T);
    /// A row of `penalties`.
    fn penalty(&mut self, row: PenaltyRow<'a>) {
        self.row(row);
    }
    /// A row of `sanctions`.
    fn sanction(&mut self, row: SanctionRow<'a>) {
        self.row(row);
    }
    /// A row of `funds`.
    fn funds(&mut self, row: FundsRow<'a>) {
        self.row(row);
    }
    /// A row of `issues`.
    fn issue(&mut self, row: IssueRow<'a>) {
        self.row(row);
    }
    /// A row of `measures`.
    fn measure(&mut self, row: MeasureRow<'a>) {
        self.row(row);
    }
    /// A row of `quantities`.
    fn quantity(&mut self, row: QuantityRow<'a>) {
        self.row(row);
    }
    /// A row of `findings`.
    fn finding(&mut self, row: FindingRow<'a>) {
        self.row(row);
    }
    /// How many rows of `issues`, `measures` and `quantities` are coming, before the
    /// first of them; does nothing unless overridden.
    fn reserve(&mut self, issues: usize, measures: usize, quantities: usize) {
        let _ = (issues, measures, quantities);
    }
}

impl<'a> RowSink<'a> for DocRows<'a> {
    /// Not called: every table has its own method here.
    fn row<T: Table>(&mut self, _: T) {}
    fn penalty(&mut self, row: PenaltyRow<'a>) {
        self.penalties.push(row);
    }
    fn sanction(&mut self, row: SanctionRow<'a>) {
        self.sanctions.push(row);
    }
    fn funds(&mut self, row: FundsRow<'a>) {
        self.funds.push(row);
    }
    fn issue(&mut self, row: IssueRow<'a>) {
        self.issues.push(row);
    }
    fn measure(&mut self, row: MeasureRow<'a>) {
        self.measures.push(row);
    }
    fn quantity(&mut self, row: QuantityRow<'a>) {
        self.quantities.push(row);
    }
    fn finding(&mut self, row: FindingRow<'a>) {
        self.findings.push(row);
    }
    fn reserve(&mut self, issues: usize, measures: usize, quantities: usize) {
        self.issues.reserve_exact(issues);
        self.measures.reserve_exact(measures);
        self.quantities.reserve_exact(quantities);
    }
}

/// The rows of one input in every table: its row in `reports` (also for an input that
/// gave no report) and, when it gave one, its rows in the other tables.
///
/// `report_id` names the input's bytes (`None` when they could not be read); `decoded`
/// is its text, into which the report's spans point; `outcome` is the report with its
/// findings, or why there is none. Character offsets come from one [`LineIndex`] of the
/// text. The same rows one at a time: [`rows_into`].
///
/// # Examples
///
/// ```
/// use xunshi::tables::{Parsed, rows};
/// use xunshi::{Report, ReportId};
/// let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n清退违规资金12.5万元。\n";
/// let decoded = xunshi::decode(text.as_bytes(), None)?;
/// let outcome = Ok(Parsed::new(Report::parse(&decoded.text).unwrap()));
/// let id = ReportId::of(text.as_bytes());
/// let rows = rows(Some(id), "a.txt", Some(&decoded), &outcome);
/// assert_eq!(rows.reports.team, Some("县委第一巡察组"));
/// assert_eq!(rows.funds[0].text, "12.5万元");
/// # Ok::<(), xunshi::InputError>(())
/// ```
pub fn rows<'a>(
    report_id: Option<ReportId>,
    path: &'a str,
    decoded: Option<&'a Decoded>,
    outcome: &'a Result<Parsed, InputError>,
) -> DocRows<'a> {
    let mut out = DocRows::default();
    out.reports = rows_into(report_id, path, decoded, outcome, &mut out);
    out
}

/// The rows of one input as [`rows`] makes them, each given to `sink` as soon as it is
/// made; the `reports` row is returned.
pub fn rows_into<'a, S: RowSink<'a>>(
    report_id: Option<ReportId>,
    path: &'a str,
    decoded: Option<&'a Decoded>,
    outcome: &'a Result<Parsed, InputError>,
    sink: &mut S,
) -> ReportRow<'a> {
    let reports = ReportRow::of(report_id, path, decoded, outcome);
    let (Ok(p), Some(id)) = (outcome, report_id) else {
        return reports;
    };
    let text = decoded.map_or("", |d| d.text.as_str());
    let mut b = Builder {
        id,
        text,
        index: LineIndex::new(text),
        sink,
    };
    b.outcomes(&p.report);
    b.issues(&p.report);
    b.findings(&p.findings);
    reports
}

/// The rows of one report, being made.
struct Builder<'a, 's, S> {
    id: ReportId,
    text: &'a str,
    index: LineIndex<'a>,
    sink: &'s mut S,
}

/// Byte and character offsets of a span.
struct At {
    span_start: i64,
    span_end: i64,
    char_start: i64,
    char_end: i64,
}

impl<S> Builder<'_, '_, S> {
    fn at(&self, span: Span) -> At {
        let chars = self.index.char_span(span);
        At {
            span_start: pos(span.start),
            span_end: pos(span.end),
            char_start: pos(chars.start),
            char_end: pos(chars.end),
        }
    }
}

impl<'a, S: RowSink<'a>> Builder<'a, '_, S> {
    fn outcomes(&mut self, r: &'a Report) {
        let Some(o) = &r.outcomes else { return };
        for (pi, p) in o.penalties.iter().enumerate() {
            let at = self.at(p.span);
            self.sink.penalty(PenaltyRow {
                report_id: self.id,
                penalty_id: pos(pi + 1),
                category: p.category,
                kinds: join(p.kinds.iter().map(|k| k.name())),
                label: &p.label,
                total: p.total.and_then(int),
                unit: p.unit,
                breakdown_sum: (!p.breakdown.is_empty())
                    .then(|| p.breakdown_sum())
                    .flatten()
                    .and_then(int),
                breakdown_partial: p.breakdown_partial,
                part_of: p.part_of.map(|t| pos(t + 1)),
                span_start: at.span_start,
                span_end: at.span_end,
                char_start: at.char_start,
                char_end: at.char_end,
            });
            for (si, sc) in p.breakdown.iter().enumerate() {
                let at = self.at(sc.span);
                self.sink.sanction(SanctionRow {
                    report_id: self.id,
                    penalty_id: pos(pi + 1),
                    item: pos(si + 1),
                    category: p.category,
                    sanction: sc.sanction,
                    label: &sc.label,
                    count: sc.count.and_then(int),
                    span_start: at.span_start,
                    span_end: at.span_end,
                    char_start: at.char_start,
                    char_end: at.char_end,
                });
            }
        }
        for (fi, f) in o.funds.iter().enumerate() {
            let at = self.at(f.span);
            self.sink.funds(FundsRow {
                report_id: self.id,
                funds_id: pos(fi + 1),
                kind: f.kind,
                label: &f.label,
                yuan: Yuan::new(f.amount.yuan),
                text: &f.amount.text,
                qualifier: f.amount.qualifier,
                span_start: at.span_start,
                span_end: at.span_end,
                char_start: at.char_start,
                char_end: at.char_end,
            });
        }
    }

    fn quantity(&mut self, at_measure: Option<(usize, usize)>, n: usize, q: &'a Quantity) {
        let at = self.at(q.span);
        self.sink.quantity(QuantityRow {
            report_id: self.id,
            source: if at_measure.is_some() {
                QuantitySource::Measure
            } else {
                QuantitySource::Overview
            },
            issue_id: at_measure.map(|a| pos(a.0)),
            measure_id: at_measure.map(|a| pos(a.1)),
            quantity_id: pos(n),
            value: q.value,
            unit: &q.unit,
            qualifier: q.qualifier,
            text: q.span.slice(self.text).unwrap_or(""),
            span_start: at.span_start,
            span_end: at.span_end,
            char_start: at.char_start,
            char_end: at.char_end,
        });
    }

    fn issues(&mut self, r: &'a Report) {
        let placed = placed_issues(r);
        self.reserve(r, &placed);
        if let Some(o) = &r.overview {
            for (qi, q) in o.quantities.iter().enumerate() {
                self.quantity(None, qi + 1, q);
            }
        }
        for x in placed {
            let is = x.issue;
            let at = self.at(is.span);
            self.sink.issue(IssueRow {
                report_id: self.id,
                issue_id: pos(x.id),
                parent_id: x.parent.map(pos),
                section: x.section,
                depth: pos(x.depth),
                number: is.number.and_then(int),
                label: &is.label,
                title: &is.title,
                heading: &is.heading,
                status: is.status,
                status_label: is.status_label.as_deref(),
                measures: pos(is.measures.len()),
                span_start: at.span_start,
                span_end: at.span_end,
                char_start: at.char_start,
                char_end: at.char_end,
            });
            for (mi, m) in is.measures.iter().enumerate() {
                let at = self.at(m.span);
                self.sink.measure(MeasureRow {
                    report_id: self.id,
                    issue_id: pos(x.id),
                    measure_id: pos(mi + 1),
                    number: m.number.and_then(int),
                    label: &m.label,
                    title: &m.title,
                    documents: join(&m.documents),
                    quantities: pos(m.quantities.len()),
                    text: &m.text,
                    span_start: at.span_start,
                    span_end: at.span_end,
                    char_start: at.char_start,
                    char_end: at.char_end,
                });
                for (qi, q) in m.quantities.iter().enumerate() {
                    self.quantity(Some((x.id, mi + 1)), qi + 1, q);
                }
            }
        }
    }

    /// Sizes the issue, measure and figure tables once: a long report's rows are then
    /// held without growth slack, and never twice while a vector grows.
    fn reserve(&mut self, r: &Report, placed: &[PlacedIssue<'_>]) {
        let measures: usize = placed.iter().map(|x| x.issue.measures.len()).sum();
        let figures: usize = placed
            .iter()
            .flat_map(|x| &x.issue.measures)
            .map(|m| m.quantities.len())
            .sum::<usize>()
            + r.overview.as_ref().map_or(0, |o| o.quantities.len());
        self.sink.reserve(placed.len(), measures, figures);
    }

    fn findings(&mut self, findings: &'a [Finding]) {
        for (fi, f) in findings.iter().enumerate() {
            let first = f.spans.first().copied();
            let lc = first.map(|sp| self.index.line_col(sp.start));
            let at = first.map(|sp| self.at(sp));
            self.sink.finding(FindingRow {
                report_id: self.id,
                finding_id: pos(fi + 1),
                severity: f.severity,
                code: f.code,
                message: &f.message,
                line: lc.map(|a| pos(a.line)),
                column_number: lc.map(|a| pos(a.column)),
                span_start: at.as_ref().map(|a| a.span_start),
                span_end: at.as_ref().map(|a| a.span_end),
                char_start: at.as_ref().map(|a| a.char_start),
                char_end: at.as_ref().map(|a| a.char_end),
                spans: join(f.spans.iter().map(|sp| sp.to_string())),
            });
        }
    }
}

/// An issue with its place among the issues: ids count issues only, 1-based.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct PlacedIssue<'a> {
    /// The issue.
    pub issue: &'a crate::Issue,
    /// Its id (`issue_id`).
    pub id: usize,
    /// The id of the issue it sits under.
    pub parent: Option<usize>,
    /// The title of the nearest notice section it sits under.
    pub section: Option<&'a str>,
    /// 1 for an issue under no other issue.
    pub depth: usize,
}

/// Every issue in document order ([`Report::parts`]), numbered among the issues as in
/// the `issues` table.
///
/// # Examples
///
/// ```
/// use xunshi::Report;
/// let text = "根据县委统一部署,县委第一巡察组对县林业局开展了常规巡察。\n\
///             一、关于“审批把关不严”问题的整改情况\n(一)开展专项清查。核查项目31个。\n\
///             二、关于“资金管理不规范”问题的整改情况\n(一)清理台账。\n";
/// let report = Report::parse(text).unwrap();
/// let placed = xunshi::tables::placed_issues(&report);
/// assert_eq!(placed.iter().map(|p| (p.id, p.depth)).collect::<Vec<_>>(), [(1, 1), (2, 1)]);
/// ```
pub fn placed_issues(r: &Report) -> Vec<PlacedIssue<'_>> {
    let parts = r.parts();
    // for each part: (issue id, issue depth, enclosing section title)
    let mut at: Vec<(Option<usize>, usize, Option<&str>)> = Vec::with_capacity(parts.len());
    let mut out = Vec::new();
    for p in &parts {
        let up = p.parent.and_then(|k| at.get(k).copied());
        let section = match p.parent.and_then(|k| parts.get(k)).map(|q| q.part) {
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
