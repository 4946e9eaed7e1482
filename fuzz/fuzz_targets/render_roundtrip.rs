//! Arbitrary bytes → `String::from_utf8_lossy` → `Report::parse` → `render` → `parse`.
//!
//! `render` promises canonical text: what it writes parses back to the same report apart
//! from spans, for a report with no `Unknown` passage (those are not written back). So on
//! `Ok`:
//!
//! - the rendering parses without a panic (to `Err` only for debris read as a report,
//!   see below);
//! - the re-parsed report has the same counts of the parts (issues, measures, sections,
//!   penalties, funds, next steps) and the same dates, figures and signature;
//! - rendering is a fixpoint: rendering the re-parsed report gives the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use xunshi::{PassageKind, Report};

mod key_facts;
use key_facts::key_facts;

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
    // On real notices the rendering always parses (tests/fixtures.rs, tests/properties.rs);
    // on debris read as a report it may not (a garbled title with a header that lost its
    // team: `NotAReport`), and, as in the `parse` target, only no panic is promised then.
    let Ok(second) = Report::parse(&text1) else {
        return;
    };
    assert_eq!(key_facts(&second), key_facts(&first), "\n{text1}");
    // rendering is a fixpoint (so each later round gives the same report and text)
    let text2 = second.render();
    assert_eq!(text2, text1, "rendering is not a fixpoint");
});
