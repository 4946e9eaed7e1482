//! Arbitrary bytes → `String::from_utf8_lossy` → `Report::parse`.
//!
//! On `Ok`: validation and rendering run, coverage is complete (nothing dropped), every
//! span in the model and in the findings lies on `char` boundaries inside the input, and
//! the rendering parses again without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use xunshi::{Report, Span};

fn check_span(input: &str, s: Span, what: &str) {
    assert!(s.start <= s.end, "{what}: span {s} runs backwards");
    assert!(
        s.end <= input.len(),
        "{what}: span {s} past the end ({})",
        input.len()
    );
    assert!(
        input.is_char_boundary(s.start),
        "{what}: span {s} starts inside a char"
    );
    assert!(
        input.is_char_boundary(s.end),
        "{what}: span {s} ends inside a char"
    );
}

/// Every `span` / `spans` value in the serialised model.
fn json_spans(v: &Value, out: &mut Vec<Span>) {
    match v {
        // any `{"start": n, "end": n}`: `span`, `spans`, `count_spans` …
        Value::Object(m)
            if m.len() == 2
                && m.get("start").is_some_and(Value::is_u64)
                && m.get("end").is_some_and(Value::is_u64) =>
        {
            out.push(serde_json::from_value(v.clone()).unwrap())
        }
        Value::Object(m) => m.values().for_each(|x| json_spans(x, out)),
        Value::Array(a) => a.iter().for_each(|x| json_spans(x, out)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let input: &str = &input;
    let Ok(report) = Report::parse(input) else {
        return;
    };

    let findings = report.validate();
    for f in &findings {
        for &s in &f.spans {
            check_span(input, s, "finding");
        }
    }
    let mut spans = Vec::new();
    json_spans(&serde_json::to_value(&report).unwrap(), &mut spans);
    xunshi::visit_spans(&report, &mut |_, s| spans.push(s));
    for s in spans {
        check_span(input, s, "model");
    }
    for p in &report.unrecognized {
        assert_eq!(
            p.span.slice(input),
            Some(p.text.as_str()),
            "passage text is not its span"
        );
    }

    let cov = report.coverage(input);
    assert!(
        cov.is_complete(),
        "coverage incomplete: {:?}",
        cov.uncovered
    );

    let rendered = report.render();
    if let Ok(again) = Report::parse(&rendered) {
        let _ = again.validate();
        let _ = again.render();
    }
});
