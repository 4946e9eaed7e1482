//! Arbitrary bytes → `String::from_utf8_lossy` → `Report::parse` → `render` → `parse`.
//!
//! `render` promises canonical text: what it writes parses back to the same report apart
//! from spans, for a report with no `Unknown` passage (those are not written back). So on
//! `Ok`:
//!
//! - the rendering parses (`Ok`) without a panic;
//! - the re-parsed report has the same counts of the parts (issues, measures, sections,
//!   penalties, funds, next steps) and the same dates, figures and signature;
//! - rendering is a fixpoint from the second rendering on (the first may still lose page
//!   markup kept in passages), with the same counts and figures again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use xunshi::{PassageKind, Report};

/// The counts and figures a rendering keeps, as one comparable value.
fn key_facts(r: &Report) -> String {
    let measures: Vec<usize> = r.issues.iter().map(|i| i.measures.len()).collect();
    let penalties: Vec<_> = r
        .outcomes
        .iter()
        .flat_map(|o| &o.penalties)
        .map(|p| {
            (
                p.total,
                p.breakdown.iter().map(|b| b.count).collect::<Vec<_>>(),
            )
        })
        .collect();
    let funds: Vec<String> = r
        .outcomes
        .iter()
        .flat_map(|o| &o.funds)
        .map(|f| f.amount.yuan.to_string())
        .collect();
    let i = r.inspection.as_ref();
    format!(
        "issues {} measures {measures:?} sections {} penalties {penalties:?} funds {funds:?} \
         institutions {:?} next_steps {} period {:?}..{:?} feedback {:?} signature {:?}",
        r.issues.len(),
        r.sections.len(),
        r.outcomes.as_ref().and_then(|o| o.institutions),
        r.next_steps.len(),
        i.and_then(|i| i.start),
        i.and_then(|i| i.end),
        i.and_then(|i| i.feedback_date),
        r.signature.as_ref().map(|s| (&s.issuer, s.date)),
    )
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let Ok(first) = Report::parse(&input) else {
        return;
    };
    if first
        .unrecognized
        .iter()
        .any(|p| p.kind == PassageKind::Unknown)
    {
        // unknown passages are not written back, so nothing more is promised than no panic
        if let Ok(again) = Report::parse(&first.render()) {
            let _ = again.render();
        }
        return;
    }
    let text1 = first.render();
    let second = Report::parse(&text1)
        .unwrap_or_else(|e| panic!("the rendering does not parse: {e}\n{text1}"));
    assert_eq!(key_facts(&second), key_facts(&first), "\n{text1}");
    // The first rendering may still change on the way back where the input had page
    // markup or debris that the parser keeps as passages (`**` lines, NULs): the markup is
    // taken out again on the second reading. From the second rendering on, the text is
    // canonical and must be a fixpoint.
    let text2 = second.render();
    let third = Report::parse(&text2)
        .unwrap_or_else(|e| panic!("the second rendering does not parse: {e}\n{text2}"));
    assert_eq!(key_facts(&third), key_facts(&second), "\n{text2}");
    assert_eq!(third.render(), text2, "rendering is not a fixpoint");
});
