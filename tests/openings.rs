//! How well the parser reads the openings of 42 real notices: `NNN.txt` in
//! `../shared/corpus/openings`, checked against what a careful reader took from each
//! text (`facts.json` beside them).
//!
//! Ignored by default (a fresh clone lacks `../shared`). Run it with
//! `cargo test --test openings -- --ignored --nocapture` to see the accuracy table and
//! every miss; it fails when a field reads fewer facts right than its floor in `FLOORS`.
//!
//! The parse is read only through `Report::parse`, `Report::coverage` and the report's
//! JSON (`serde_json::to_value`), whose names stay put while the Rust API moves.

use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
use std::str::FromStr;
use xunshi::Report;

/// Where each `declared_counts` label of `facts.json` belongs: a key of the report's
/// `overview`, or [`OTHER`]. A label not listed is an other count (meetings, rules,
/// lead units, opinions …): right when the parse puts its number in no slot.
const SLOTS: &[(&str, &str)] = &[
    ("方面", "problem_categories"),
    ("问题方面", "problem_categories"),
    ("类", "problem_categories"),
    ("领域", "problem_categories"),
    ("问题", "problems"),
    ("反馈问题", "problems"),
    // 012 「N个方面M类问题」: the M kinds of problem are its problems (具体问题 come later).
    ("类问题", "problems"),
    ("具体问题", "specific_problems"),
    ("子项", "specific_problems"),
    ("整改措施", "measures"),
    ("具体整改措施", "measures"),
    ("举措", "measures"),
    ("整改任务", "tasks"),
    ("已完成整改", "completed"),
    ("已整改完成", "completed"),
    ("完成整改", "completed"),
    ("正在整改", "in_progress"),
    // 001: done in the main, with results, and still being worked on.
    (
        "基本完成取得阶段性成果并持续整改问题",
        "partially_completed",
    ),
    ("阶段性完成整改", "partially_completed"),
    ("基本完成", "partially_completed"),
    ("未完成", "not_completed"),
    ("总体完成率", "completion_rate"),
    ("整改完成率", "completion_rate"),
    ("完成率", "completion_rate"),
    // The annotator's key for the date the counts stand at (截至…).
    ("status_as_of", "as_of"),
    // 017: the opinions and suggestions come in 方面 too, but they are not problems.
    ("意见建议方面", OTHER),
    ("意见建议", OTHER),
    // 008, 038: the problems put right at once are a part of the whole, counted apart.
    ("其中立行立改问题", OTHER),
    ("立行立改问题", OTHER),
    ("立行立改已完成", OTHER),
    // 010: eight special campaigns the unit ran, not the notice's tasks.
    ("重点整改事项", OTHER),
    // 023: problems the secretary took on himself, a part of the whole.
    ("党组书记领办重点难点问题", OTHER),
    // 018: offices the tasks were handed to.
    ("分解任务处室", OTHER),
];

/// The slot of an other count.
const OTHER: &str = "other";

/// The `overview` keys that hold a count (an other count must not land in one).
const COUNT_SLOTS: &[&str] = &[
    "problem_categories",
    "problems",
    "specific_problems",
    "measures",
    "tasks",
    "completed",
    "in_progress",
    "partially_completed",
    "not_completed",
];

/// The kind words of a fact's `kind` and the `inspection.kinds` name of each.
const KIND_WORDS: &[(&str, &str)] = &[
    ("常规", "regular"),
    ("专项", "special"),
    ("机动", "mobile"),
    ("回头看", "follow_up"),
    ("提级", "elevated"),
    ("交叉", "cross"),
    ("政治", "political"),
    ("联动", "linked"),
];

/// The dated header fields: field, key in `facts.json`, pointer into the report's JSON.
const DATES: &[(&str, &str, &str)] = &[
    ("start", "period_start", "/inspection/start"),
    ("end", "period_end", "/inspection/end"),
    (
        "feedback_date",
        "feedback_date",
        "/inspection/feedback_date",
    ),
    ("published", "publication_date", "/published"),
];

/// Answers also right besides the fact as written, where the fact's own notes or the
/// text show the annotator chose one of two forms the text uses: (file, field, answer).
const ALSO_RIGHT: &[(&str, &str, &str)] = &[
    // The fact joins two sentences (the units of the first clause, the count of the
    // second); the text names the round's whole target only as the feedback's recipient.
    ("001", "target", "40家被巡察单位党组织"),
    // Notes: the inspection sentence names the unit without 党组 (015 and 017 bracket
    // the same choice as "(党组)").
    ("006", "target", "安庆市交通运输局"),
    // The text names the unit in full and declares 市文旅局 its short form.
    ("018", "target", "市文化和旅游局党委"),
    // The text writes 党组织 in both the inspection and the feedback sentence.
    ("038", "target", "县科技局党组织"),
    // The text names itself (我单位, 我院党组); the issuer, in the title, writes the
    // unit's name in full, with the place the fact leaves out or brackets.
    ("013", "target", "延津县农业农村局党组"),
    ("027", "target", "荆州市沙市区人民法院党组"),
];

/// The fields of the table, in order; the first group is the header.
const FIELDS: &[&str] = &[
    "scheme",
    "team",
    "target",
    "kind",
    "start",
    "end",
    "feedback_date",
    "published",
    "problem_categories",
    "problems",
    "specific_problems",
    "measures",
    "tasks",
    "completed",
    "in_progress",
    "partially_completed",
    "not_completed",
    "completion_rate",
    "as_of",
    OTHER_NOT_IN_SLOT,
    OTHER_KEPT,
    "penalties",
    "money",
    COVERED,
];

const OTHER_NOT_IN_SLOT: &str = "other: not in a slot";
/// In `overview.quantities`, or for a 制度 count in `outcomes.institutions`.
const OTHER_KEPT: &str = "other: kept";
/// Files (not facts) whose every non-blank character lies in some span.
const COVERED: &str = "coverage: files";

/// The group the project means to read at least 90 % of.
const BODY: &[&str] = &[
    "problem_categories",
    "problems",
    "specific_problems",
    "measures",
    "tasks",
    "completed",
    "penalties",
];

// raise these when the parser improves; never lower them
const FLOORS: &[(&str, u32 /* correct count */)] = &[
    ("scheme", 42),
    ("team", 40),
    ("target", 39),
    ("kind", 13),
    ("start", 42),
    ("end", 42),
    ("feedback_date", 42),
    ("published", 18),
    ("problem_categories", 10),
    ("problems", 10),
    ("specific_problems", 4),
    ("measures", 4),
    ("tasks", 1),
    ("completed", 5),
    ("in_progress", 2),
    ("partially_completed", 2),
    ("not_completed", 1),
    ("completion_rate", 2),
    ("as_of", 4),
    (OTHER_NOT_IN_SLOT, 45),
    (OTHER_KEPT, 44),
    ("penalties", 10),
    ("money", 5),
    (COVERED, 42),
];

static NULL: Value = Value::Null;

#[test]
#[ignore = "reads ../shared/corpus"]
fn openings_accuracy() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/openings");
    let facts: Vec<Value> = serde_json::from_str(&read(&format!("{dir}/facts.json"))).unwrap();
    assert_eq!(facts.len(), 42, "facts.json should describe 42 files");
    let mut score = Score::default();
    for fact in &facts {
        let id = fact["id"].as_str().expect("every fact has an id");
        let raw = read(&format!("{dir}/{id}.txt"));
        let text = notice_text(&raw);
        let report = Report::parse(text);
        let file = File {
            id,
            text,
            fact,
            json: match &report {
                Ok(r) => Ok(serde_json::to_value(r).unwrap()),
                Err(e) => Err(e.to_string()),
            },
        };
        header(&file, &mut score);
        declared(&file, &mut score);
        penalties(&file, &mut score);
        money(&file, &mut score);
        let uncovered = report.map_or(0, |r| r.coverage(text).uncovered.len());
        let got = format!("{uncovered} uncovered runs");
        score.check(&file, COVERED, uncovered == 0, "nothing uncovered", got);
    }
    println!("{}", score.table());
    let below: Vec<String> = FLOORS
        .iter()
        .filter(|(field, floor)| score.correct(field) < *floor)
        .map(|(field, floor)| format!("{field}: {} right, floor {floor}", score.correct(field)))
        .collect();
    assert!(below.is_empty(), "below the floor:\n{}", below.join("\n"));
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// The notice without the `URL: …` line and the empty line after it.
fn notice_text(raw: &str) -> &str {
    let mut lines = raw.splitn(3, '\n');
    assert!(lines.next().is_some_and(|l| l.starts_with("URL:")));
    assert_eq!(lines.next().map(str::trim), Some(""));
    lines.next().unwrap_or("")
}

/// One file: its facts, its text and its parse as JSON (or the parse error, and then
/// every fact of the file counts wrong).
struct File<'a> {
    id: &'a str,
    text: &'a str,
    fact: &'a Value,
    json: Result<Value, String>,
}

impl File<'_> {
    /// The parse's value at a JSON pointer (`Null` when absent).
    fn get(&self, pointer: &str) -> &Value {
        self.json
            .as_ref()
            .ok()
            .and_then(|j| j.pointer(pointer))
            .unwrap_or(&NULL)
    }

    /// The answers besides the fact's own that [`ALSO_RIGHT`] accepts for a field.
    fn also_right(&self, field: &str) -> impl Iterator<Item = String> {
        ALSO_RIGHT
            .iter()
            .filter(move |(id, f, _)| *id == self.id && *f == field)
            .map(|(_, _, answer)| answer.to_string())
    }
}

#[derive(Default)]
struct Tally {
    stated: u32,
    correct: u32,
}

#[derive(Default)]
struct Score {
    tallies: BTreeMap<&'static str, Tally>,
    misses: Vec<String>,
    skipped: Vec<String>,
    unstated: Vec<String>,
}

impl Score {
    /// Counts one stated fact, right when `ok` and the file parsed.
    fn check(
        &mut self,
        file: &File,
        field: &'static str,
        ok: bool,
        expected: impl Display,
        got: impl Display,
    ) {
        let tally = self.tallies.entry(field).or_default();
        tally.stated += 1;
        match &file.json {
            Ok(_) if ok => tally.correct += 1,
            Ok(_) => {
                let miss = format!("{} {field}: expected {expected}, got {got}", file.id);
                self.misses.push(miss);
            }
            Err(e) => {
                let miss = format!(
                    "{} {field}: expected {expected}, got the error {e}",
                    file.id
                );
                self.misses.push(miss);
            }
        }
    }

    fn correct(&self, field: &str) -> u32 {
        self.tallies.get(field).map_or(0, |t| t.correct)
    }

    fn table(&self) -> String {
        let mut out = format!(
            "{:<22} {:>6} {:>7} {:>6}\n",
            "field", "stated", "correct", "%"
        );
        let none = Tally::default();
        for field in FIELDS {
            let t = self.tallies.get(field).unwrap_or(&none);
            let line = format!(
                "{:<22} {:>6} {:>7} {:>6}\n",
                field,
                t.stated,
                t.correct,
                percent(t)
            );
            out.push_str(&line);
        }
        let body = Tally {
            stated: BODY
                .iter()
                .filter_map(|f| self.tallies.get(f))
                .map(|t| t.stated)
                .sum(),
            correct: BODY.iter().map(|f| self.correct(f)).sum(),
        };
        out.push_str(&format!(
            "\nBODY (categories, problems, specific problems, measures, tasks, completed + \
             every penalty): {}/{} = {} % (target ≥ 90 %)\n",
            body.correct,
            body.stated,
            percent(&body)
        ));
        let misses = format!("misses ({})", self.misses.len());
        list(&mut out, &misses, &self.misses);
        list(&mut out, "facts not scored (not a count)", &self.skipped);
        let unstated = "slots no fact of the file maps to, filled by the parse (not scored)";
        list(&mut out, unstated, &self.unstated);
        out
    }
}

fn list(out: &mut String, heading: &str, lines: &[String]) {
    out.push_str(&format!("\n{heading}:\n"));
    lines.iter().for_each(|l| out.push_str(&format!("{l}\n")));
}

fn percent(t: &Tally) -> String {
    match t.stated {
        0 => "-".into(),
        n => format!("{:.1}", f64::from(t.correct) * 100.0 / f64::from(n)),
    }
}

/// A JSON value as a miss shows it: strings bare, `null` for nothing.
fn show(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

// ---------------------------------------------------------------- header

fn header(file: &File, score: &mut Score) {
    let scheme = match file.fact["scheme"].as_str() {
        Some("巡视") => "xunshi",
        Some("巡察") => "xuncha",
        other => panic!("{}: unknown scheme {other:?}", file.id),
    };
    let got = file.get("/inspection/scheme");
    score.check(file, "scheme", got == scheme, scheme, show(got));

    if let Some(inspector) = file.fact["inspector"].as_str() {
        let forms = team_forms(inspector);
        let got = file.get("/inspection/team");
        let aliases = match file.get("/inspection/team_aliases") {
            Value::Array(a) if !a.is_empty() => format!(" (aliases {})", Value::Array(a.clone())),
            _ => String::new(),
        };
        let ok = got.as_str().is_some_and(|t| forms.iter().any(|f| f == t));
        let got = format!("{}{aliases}", show(got));
        score.check(file, "team", ok, forms.join(" or "), got);
    }
    if let Some(target) = file.fact["target"].as_str() {
        let mut forms = target_forms(target, file.text);
        forms.extend(file.also_right("target"));
        let got = file.get("/inspection/target");
        let ok = got.as_str().is_some_and(|t| forms.iter().any(|f| f == t));
        score.check(file, "target", ok, forms.join(" or "), show(got));
    }
    if let Some(kind) = file.fact["kind"].as_str() {
        kind_check(file, kind, score);
    }
    for (field, key, pointer) in DATES {
        if let Some(expected) = file.fact[*key].as_str() {
            let got = file.get(pointer);
            score.check(file, field, got == expected, expected, show(got));
        }
    }
}

/// The team as the text writes it: the fact without its annotator remark (from the first
/// bracket on), each of several forms given as `A / B`.
fn team_forms(inspector: &str) -> Vec<String> {
    before_bracket(inspector)
        .split(" / ")
        .map(|f| f.trim().to_string())
        .collect()
}

/// The fact's text before its first bracket.
fn before_bracket(s: &str) -> &str {
    s.split(['(', '(']).next().unwrap_or(s).trim()
}

/// A target is right as the fact without the bracketed remarks the text does not
/// contain (`(湖北)`), or as the fact's text before its first bracket.
fn target_forms(target: &str, text: &str) -> Vec<String> {
    let mut kept = String::new();
    let mut rest = target;
    while let Some(open) = rest.find(['(', '(']) {
        kept.push_str(&rest[..open]);
        let close = rest[open..].find([')', ')']).map_or(rest.len(), |c| {
            open + c + rest[open + c..].chars().next().unwrap().len_utf8()
        });
        let group = &rest[open..close];
        if text.contains(group) {
            kept.push_str(group);
        }
        rest = &rest[close..];
    }
    kept.push_str(rest);
    let mut forms = vec![kept.trim().to_string()];
    let prefix = before_bracket(target).to_string();
    if !forms.contains(&prefix) {
        forms.push(prefix);
    }
    forms
}

/// The kind words of a fact: those outside brackets must all be parsed; those inside
/// (the annotator's remarks, `title also says 回头看`) may be.
fn kind_words(kind: &str) -> (BTreeSet<&'static str>, BTreeSet<&'static str>) {
    let words = |s: &str| -> BTreeSet<&'static str> {
        KIND_WORDS
            .iter()
            .filter(|(w, _)| s.contains(w))
            .map(|(_, name)| *name)
            .collect()
    };
    let required = words(before_bracket(kind));
    let optional = words(kind);
    (required, optional)
}

fn kind_check(file: &File, kind: &str, score: &mut Score) {
    let (required, optional) = kind_words(kind);
    let got: BTreeSet<&str> = file
        .get("/inspection/kinds")
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let ok = required.is_subset(&got) && got.is_subset(&optional);
    let expected = if required == optional {
        format!("{required:?}")
    } else {
        format!("{required:?} (may add {:?})", &optional - &required)
    };
    score.check(file, "kind", ok, expected, format!("{got:?}"));
}

// ---------------------------------------------------------------- declared counts

/// The slot a `declared_counts` label maps to.
fn slot(label: &str) -> &'static str {
    SLOTS
        .iter()
        .find(|(l, _)| *l == label)
        .map_or(OTHER, |(_, s)| s)
}

/// One declared count: its label as written, its slot and its value as written.
#[derive(Debug, PartialEq)]
struct Declared {
    label: String,
    slot: &'static str,
    value: String,
}

/// The declared counts of a fact. A label joining several (`方面/问题(as written)`) with
/// one value holding as many numbers (`…个方面…个问题`) gives one count per part: the
/// parser should keep the numbers as written even when they look garbled.
fn declared_counts(counts: &serde_json::Map<String, Value>) -> Vec<Declared> {
    let mut out = Vec::new();
    for (label, value) in counts {
        let value = show(value);
        let parts: Vec<&str> = before_bracket(label).split('/').collect();
        let numbers = numbers_with_units(&value);
        if parts.len() > 1 && numbers.len() == parts.len() {
            for (part, number) in parts.iter().zip(numbers) {
                out.push(Declared {
                    label: part.to_string(),
                    slot: slot(part),
                    value: number,
                });
            }
        } else {
            out.push(Declared {
                label: label.clone(),
                slot: slot(label),
                value,
            });
        }
    }
    out
}

/// `4个方面33个问题` → `["4个方面", "33个问题"]`.
fn numbers_with_units(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_digits = false;
    for c in value.chars() {
        let digit = c.is_ascii_digit();
        if digit && !in_digits || out.is_empty() {
            out.push(String::new());
        }
        out.last_mut().unwrap().push(c);
        in_digits = digit;
    }
    out
}

/// The number a count is written with: `157项`, `10余次`, `98.71%`, `六个方面`, `12`.
fn number(value: &str) -> Option<Decimal> {
    let value = value.trim();
    let digits: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if !digits.is_empty() {
        return Decimal::from_str(&digits).ok();
    }
    chinese_number(value).map(Decimal::from)
}

/// The Chinese numeral a text starts with: `六`, `十二`, `二十三`, `一百零五`, `两`.
fn chinese_number(s: &str) -> Option<u64> {
    let (mut total, mut digit, mut any) = (0, 0, false);
    for c in s.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => match "零一二三四五六七八九".chars().position(|d| d == c) {
                Some(d) => {
                    (digit, any) = (d as u64, true);
                    continue;
                }
                None if c == '两' => {
                    (digit, any) = (2, true);
                    continue;
                }
                None => break,
            },
        };
        total += digit.max(1) * unit;
        (digit, any) = (0, true);
    }
    any.then_some(total + digit)
}

/// Whether a value is an ISO date (`2023-09-01`, `2022-08`) rather than a count.
fn is_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    parts.len() >= 2
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The as-of date a fact means. One written without its year (`02-10 (year omitted)`,
/// `5月底 (year omitted)`) falls in the first year that puts it on or after the
/// feedback date: the counts stand at a day after the feedback.
fn as_of_date(value: &str, feedback: Option<&str>) -> Option<String> {
    if is_date(value) {
        return Some(value.to_string());
    }
    let written = value.split(" (").next()?;
    let numbers: Vec<u32> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let (fy, fm, fd) = feedback.and_then(ymd)?;
    let (month, day) = match numbers[..] {
        [m] => (m, None),
        [m, d] => (m, Some(d)),
        _ => return None,
    };
    let before = match day {
        Some(d) => (month, d) < (fm, fd),
        None => month < fm,
    };
    let year = if before { fy + 1 } else { fy };
    Some(match day {
        Some(d) => format!("{year}-{month:02}-{d:02}"),
        None => format!("{year}-{month:02}"),
    })
}

fn ymd(date: &str) -> Option<(u32, u32, u32)> {
    let mut p = date.split('-').map(|n| n.parse().ok());
    Some((p.next()??, p.next()??, p.next().flatten().unwrap_or(1)))
}

fn declared(file: &File, score: &mut Score) {
    let Some(counts) = file.fact["declared_counts"].as_object() else {
        return;
    };
    let all = declared_counts(counts);
    for d in &all {
        match d.slot {
            "as_of" => as_of_check(file, d, score),
            _ if is_date(&d.value) => score
                .skipped
                .push(format!("{} {}: {}", file.id, d.label, d.value)),
            OTHER => other_check(file, d, &all, score),
            slot => slot_check(file, d, slot, score),
        }
    }
    unstated_slots(file, &all, score);
}

/// Notes each count slot the parse fills though no fact of the file maps to it, with
/// the words it was read from: a stray 「一项」, or a count put in the wrong slot.
fn unstated_slots(file: &File, all: &[Declared], score: &mut Score) {
    for slot in COUNT_SLOTS {
        let got = file.get(&format!("/overview/{slot}"));
        if got.is_null() || all.iter().any(|d| d.slot == *slot) {
            continue;
        }
        let note = format!("{} {slot}: {}{}", file.id, show(got), read_from(file, slot));
        score.unstated.push(note);
    }
}

/// ` read from 「…」`: the words of the text an `overview` slot was read from, if any.
fn read_from(file: &File, slot: &str) -> String {
    let span = file.get(&format!("/overview/count_spans/{slot}"));
    let (Some(a), Some(b)) = (span["start"].as_u64(), span["end"].as_u64()) else {
        return String::new();
    };
    let words = file.text.get(a as usize..b as usize).unwrap_or("?");
    format!(" read from 「{words}」")
}

fn as_of_check(file: &File, d: &Declared, score: &mut Score) {
    let expected = as_of_date(&d.value, file.fact["feedback_date"].as_str())
        .unwrap_or_else(|| panic!("{}: cannot read the as-of date {}", file.id, d.value));
    let got = file.get("/overview/as_of");
    score.check(file, "as_of", *got == expected, expected, show(got));
}

fn slot_check(file: &File, d: &Declared, slot: &'static str, score: &mut Score) {
    let expected = count_of(file, d);
    let got = file.get(&format!("/overview/{slot}"));
    let ok = decimal(got) == Some(expected);
    let expected = format!("{expected} ({} {})", d.label, d.value);
    let got = format!("{}{}", show(got), read_from(file, slot));
    score.check(file, slot, ok, expected, got);
}

/// An other count is right when no slot holds its number (unless the facts put that
/// number in that slot too), and kept when `overview.quantities` has it (a 制度 count
/// may be in `outcomes.institutions` instead).
fn other_check(file: &File, d: &Declared, all: &[Declared], score: &mut Score) {
    let n = count_of(file, d);
    let stray: Vec<String> = COUNT_SLOTS
        .iter()
        .filter(|slot| decimal(file.get(&format!("/overview/{slot}"))) == Some(n))
        .filter(|slot| {
            !all.iter()
                .any(|o| o.slot == **slot && number(&o.value) == Some(n))
        })
        .map(|slot| format!("{slot} = {n}"))
        .collect();
    let expected = format!("{} {} in no slot", d.label, d.value);
    score.check(
        file,
        OTHER_NOT_IN_SLOT,
        stray.is_empty(),
        expected,
        stray.join(", "),
    );

    let in_quantities = file
        .get("/overview/quantities")
        .as_array()
        .is_some_and(|qs| qs.iter().any(|q| decimal(&q["value"]) == Some(n)));
    let in_institutions =
        d.label.contains("制度") && decimal(file.get("/outcomes/institutions")) == Some(n);
    let expected = format!("{} {} in quantities", d.label, d.value);
    score.check(
        file,
        OTHER_KEPT,
        in_quantities || in_institutions,
        expected,
        "neither there nor in institutions",
    );
}

fn count_of(file: &File, d: &Declared) -> Decimal {
    number(&d.value).unwrap_or_else(|| panic!("{}: no number in {} {}", file.id, d.label, d.value))
}

/// A number or decimal string of the parse.
fn decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => Decimal::from_str(&n.to_string()).ok(),
        Value::String(s) => Decimal::from_str(s).ok(),
        _ => None,
    }
}

// ---------------------------------------------------------------- outcomes

/// Each penalty fact needs a tally with its total whose label matches by the words
/// (one contains the other); an aggregated one (`…(合计)`) needs a `combined` tally.
fn penalties(file: &File, score: &mut Score) {
    let Some(facts) = file.fact["penalties"].as_object() else {
        return;
    };
    let tallies = file
        .get("/outcomes/penalties")
        .as_array()
        .cloned()
        .unwrap_or_default();
    for (label, count) in facts {
        let n = number(&show(count)).unwrap_or_else(|| panic!("{}: no number in {count}", file.id));
        let ok = tallies
            .iter()
            .any(|t| decimal(&t["total"]) == Some(n) && tally_matches(t, label));
        let got: Vec<String> = tallies
            .iter()
            .map(|t| format!("{}={}", show(&t["label"]), show(&t["total"])))
            .collect();
        score.check(
            file,
            "penalties",
            ok,
            format!("{label} {n}"),
            format!("[{}]", got.join(", ")),
        );
    }
}

fn tally_matches(tally: &Value, fact_label: &str) -> bool {
    if fact_label.ends_with("(合计)") {
        return tally["category"] == "combined";
    }
    let label = tally["label"].as_str().unwrap_or("");
    !label.is_empty() && (label.contains(fact_label) || fact_label.contains(label))
}

/// Each money fact needs a funds entry of that many yuan whose label holds the fact
/// label's first two characters.
fn money(file: &File, score: &mut Score) {
    let Some(facts) = file.fact["money"].as_array() else {
        return;
    };
    let funds = file
        .get("/outcomes/funds")
        .as_array()
        .cloned()
        .unwrap_or_default();
    for m in facts {
        let label = m["label"].as_str().unwrap_or("");
        let yuan = expected_yuan(m).unwrap_or_else(|| panic!("{}: no amount in {m}", file.id));
        let head: String = label.chars().take(2).collect();
        let ok = funds.iter().any(|f| {
            decimal(&f["amount"]["yuan"]) == Some(yuan)
                && f["label"].as_str().is_some_and(|l| l.contains(&head))
        });
        let got: Vec<String> = funds
            .iter()
            .map(|f| format!("{}={}", show(&f["label"]), show(&f["amount"]["yuan"])))
            .collect();
        score.check(
            file,
            "money",
            ok,
            format!("{label} {yuan}元"),
            format!("[{}]", got.join(", ")),
        );
    }
}

fn expected_yuan(m: &Value) -> Option<Decimal> {
    match m["amount_wan"].as_str() {
        Some(wan) => Some(Decimal::from_str(wan).ok()? * Decimal::from(10_000)),
        None => decimal(&m["amount_yuan"]),
    }
}

// ---------------------------------------------------------------- the harness itself

#[test]
fn labels_map_onto_slots() {
    assert_eq!(slot("具体问题"), "specific_problems");
    assert_eq!(slot("类问题"), "problems");
    assert_eq!(slot("问题方面"), "problem_categories");
    assert_eq!(slot("意见建议方面"), OTHER);
    assert_eq!(slot("整改任务"), "tasks");
    assert_eq!(slot("已整改完成"), "completed");
    assert_eq!(slot("专题党课"), OTHER);
    assert!(SLOTS.iter().all(|(_, s)| *s == OTHER
        || *s == "completion_rate"
        || *s == "as_of"
        || COUNT_SLOTS.contains(s)));
}

#[test]
fn every_field_has_one_floor() {
    let floored: Vec<&str> = FLOORS.iter().map(|(f, _)| *f).collect();
    assert_eq!(floored, FIELDS);
}

#[test]
fn numbers_are_read_as_written() {
    let n = |s: &str| number(s).map(|d| d.to_string());
    assert_eq!(n("六个方面").as_deref(), Some("6"));
    assert_eq!(n("157项").as_deref(), Some("157"));
    assert_eq!(n("10余次").as_deref(), Some("10"));
    assert_eq!(n("98.71%").as_deref(), Some("98.71"));
    assert_eq!(n("4人次").as_deref(), Some("4"));
    assert_eq!(n("0").as_deref(), Some("0"));
    assert_eq!(n("十二类").as_deref(), Some("12"));
    assert_eq!(n("二十三个").as_deref(), Some("23"));
    assert_eq!(n("一百零五项").as_deref(), Some("105"));
    assert_eq!(n("两个").as_deref(), Some("2"));
    assert_eq!(n("方面"), None);
}

#[test]
fn dates_are_not_counts() {
    assert!(is_date("2023-09-01"));
    assert!(is_date("2022-08"));
    assert!(!is_date("157项"));
    assert!(!is_date("02-10 (year omitted)"));
}

#[test]
fn as_of_without_a_year_follows_the_feedback() {
    let feedback = Some("2024-10-10");
    assert_eq!(
        as_of_date("2025-06-30", feedback).as_deref(),
        Some("2025-06-30")
    );
    assert_eq!(
        as_of_date("02-10 (year omitted)", feedback).as_deref(),
        Some("2025-02-10")
    );
    assert_eq!(
        as_of_date("12-01 (year omitted)", feedback).as_deref(),
        Some("2024-12-01")
    );
    assert_eq!(
        as_of_date("5月底 (year omitted)", feedback).as_deref(),
        Some("2025-05")
    );
    assert_eq!(
        as_of_date("10月底 (year omitted)", feedback).as_deref(),
        Some("2024-10")
    );
}

#[test]
fn joined_labels_split_into_one_count_each() {
    let counts = serde_json::json!({"方面/问题(as written)": "5个方面21个问题", "具体问题": 40});
    let got = declared_counts(counts.as_object().unwrap());
    let d = |label: &str, slot, value: &str| Declared {
        label: label.into(),
        slot,
        value: value.into(),
    };
    assert_eq!(
        got,
        vec![
            d("具体问题", "specific_problems", "40"),
            d("方面", "problem_categories", "5个方面"),
            d("问题", "problems", "21个问题"),
        ]
    );
}

#[test]
fn annotator_remarks_are_dropped() {
    assert_eq!(
        team_forms("县委第二巡察组(七届县委第一轮)"),
        ["县委第二巡察组"]
    );
    assert_eq!(
        team_forms("区委巡察一组 / 区委第一巡察组 (both)"),
        ["区委巡察一组", "区委第一巡察组"]
    );
    let text = "对县林业局党组(县森林防火办)开展了巡察";
    assert_eq!(
        target_forms("县林业局党组(县森林防火办)(某省)", text),
        ["县林业局党组(县森林防火办)", "县林业局党组"]
    );
    assert_eq!(target_forms("县林业局(党组)", text), ["县林业局"]);
}

#[test]
fn kind_words_inside_brackets_are_optional() {
    let (required, optional) = kind_words("专项巡察(title also says 回头看)");
    assert_eq!(required, BTreeSet::from(["special"]));
    assert_eq!(optional, BTreeSet::from(["special", "follow_up"]));
    assert_eq!(
        kind_words("提级交叉巡察").0,
        BTreeSet::from(["elevated", "cross"])
    );
}
