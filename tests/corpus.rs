//! The real reports in `../shared/corpus` (not part of the crate: a fresh clone lacks them,
//! so these tests are ignored by default and CI runs them with `--ignored`).

use xunshi::{Code, FundsKind, PenaltyCategory, PersonUnit, Report, Scheme, Severity};

fn read(name: &str) -> String {
    let path = format!("{}/../shared/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn lucheng_2025_every_fact() {
    let text = read("lucheng-2025.txt");
    let r = Report::parse(&text).unwrap();

    let i = r.inspection.as_ref().unwrap();
    assert_eq!(i.scheme, Scheme::Xunshi);
    assert_eq!(i.authority.as_deref(), Some("省委"));
    assert_eq!(i.team.as_deref(), Some("省委第八巡视组"));
    assert_eq!(i.team_number, Some(8));
    assert_eq!(i.target.as_deref(), Some("温州市鹿城区"));
    assert_eq!(i.kind, None);
    assert_eq!(i.start.unwrap().to_string(), "2024-03-18");
    assert_eq!(i.end.unwrap().to_string(), "2024-05-20");
    assert_eq!(i.feedback_date.unwrap().to_string(), "2024-08-06");
    assert!(i.feedback_year_inherited);
    assert!(i.feedback_date.unwrap().year_inherited);
    assert_eq!(i.feedback_recipient.as_deref(), Some("鹿城区委"));
    assert_eq!(&text[i.span.range()][..6], "根据");

    let o = r.overview.as_ref().unwrap();
    assert_eq!(o.problem_categories.map(|c| c.value), Some(12));
    assert_eq!(o.problems.map(|c| c.value), Some(27));
    assert_eq!(o.measures.map(|c| c.value), Some(110));

    let out = r.outcomes.as_ref().unwrap();
    type Tally<'a> = (PenaltyCategory, Option<u64>, Vec<(&'a str, u64)>);
    let tallies: Vec<Tally> = out
        .penalties
        .iter()
        .map(|p| {
            (
                p.category,
                p.total,
                p.breakdown
                    .iter()
                    .map(|b| (b.label.as_str(), b.count.expect("every count holds")))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        tallies,
        vec![
            (
                PenaltyCategory::PartyDiscipline,
                Some(42),
                vec![
                    ("党内警告", 28),
                    ("严重警告", 8),
                    ("撤销党内职务", 1),
                    ("留党察看", 2),
                    ("开除党籍", 3)
                ]
            ),
            (
                PenaltyCategory::GovernmentSanction,
                Some(21),
                vec![
                    ("警告", 11),
                    ("记过", 4),
                    ("记大过", 1),
                    ("降级", 1),
                    ("撤职", 1),
                    ("开除", 3)
                ]
            ),
            (PenaltyCategory::OrganizationalHandling, Some(5), vec![]),
            (PenaltyCategory::Admonishment, Some(16), vec![]),
            (PenaltyCategory::EducationReminder, Some(15), vec![]),
        ]
    );
    assert!(out.penalties.iter().all(|p| p.unit == PersonUnit::Persons));
    assert_eq!(out.institutions, Some(55));
    let funds: Vec<(FundsKind, &str, String, &str)> = out
        .funds
        .iter()
        .map(|f| {
            (
                f.kind,
                f.label.as_str(),
                f.amount.yuan.to_string(),
                f.amount.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        funds,
        vec![
            (
                FundsKind::Refunded,
                "清退款项",
                "1858200.00".to_owned(),
                "185.82万元"
            ),
            (
                FundsKind::RecoveredLosses,
                "挽回其他经济损失",
                "15486500.00".to_owned(),
                "1548.65万元"
            ),
        ]
    );
    for f in &out.funds {
        assert_eq!(&text[f.amount.span.range()], f.amount.text);
    }

    let numbers: Vec<Option<u32>> = r.issues.iter().map(|i| i.number).collect();
    assert_eq!(numbers, (1..=13).map(Some).collect::<Vec<_>>());
    let measures: Vec<usize> = r.issues.iter().map(|i| i.measures.len()).collect();
    assert_eq!(measures, [5, 3, 2, 4, 4, 3, 3, 4, 3, 2, 3, 2, 3]);
    assert_eq!(r.issues[0].title, "推进创新深化存在短板");
    assert_eq!(r.issues[0].measures[0].title, "培育壮大数字经济企业");
    assert_eq!(r.issues[0].measures[0].number, Some(1));
    assert!(
        r.issues
            .iter()
            .all(|i| !i.title.contains('“') && !i.title.is_empty())
    );
    assert!(
        r.issues[3].measures[0]
            .documents
            .iter()
            .any(|d| d.contains("征收与补偿"))
    );

    let steps: Vec<&str> = r.next_steps.iter().map(|n| n.title.as_str()).collect();
    assert_eq!(
        steps,
        [
            "强化政治引领",
            "压实整改责任",
            "坚持标本兼治",
            "提升整改实效"
        ]
    );

    let c = r.contact.as_ref().unwrap();
    assert_eq!(c.phones, ["0577-88030919"]);
    assert_eq!(c.emails, ["qwb@lucheng.gov.cn"]);
    assert!(c.address.as_deref().unwrap().contains("广场路188号"));
    let s = r.signature.as_ref().unwrap();
    assert_eq!(s.issuer.as_deref(), Some("中共温州市鹿城区委"));
    assert_eq!(s.date.unwrap().to_string(), "2025-06-10");

    let findings = r.validate();
    assert!(
        findings.iter().all(|f| f.severity != Severity::Error),
        "{findings:#?}"
    );
    let warnings: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0].code, Code::DeclaredCountMismatch);
    assert_eq!(
        warnings[0].message,
        "12 problem categories declared while 13 issue sections were found"
    );

    let cov = r.coverage(&text);
    assert!(cov.is_complete());
    // passages: the lead of the closing plan, and the overview's sentences that hold no
    // figure (its 一是…二是… summary), kept as prose since nothing reads them
    let chars = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let first_issue = r.issues[0].span.start;
    assert!(
        r.unrecognized
            .iter()
            .all(|p| p.kind == xunshi::PassageKind::Prose && p.span.end <= first_issue)
    );
    assert_eq!(r.unrecognized.len(), 4, "{:#?}", r.unrecognized);
    let prose: usize = r.unrecognized.iter().map(|p| chars(&p.text)).sum();
    assert_eq!(
        cov.passages,
        r.next_steps_intro.as_ref().map_or(0, |p| chars(&p.text)) + prose
    );
}

#[test]
#[ignore = "reads ../shared/corpus"]
fn corpus_renders_and_reparses() {
    let dir = format!("{}/../shared/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let r = Report::parse(&text).unwrap();
        assert!(r.coverage(&text).is_complete(), "{}", path.display());
        let again = Report::parse(&r.render()).unwrap();
        common::assert_same_model(&again, &r, &path.display().to_string());
        n += 1;
    }
    assert!(n >= 1, "no corpus files in {dir}");
}

mod common;
