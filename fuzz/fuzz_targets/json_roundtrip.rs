//! Arbitrary bytes → `String::from_utf8_lossy` → `Report::parse` → `serde_json` and back.
//!
//! On `Ok`: the JSON reads back (`from_str`) to a report equal to the parsed one, and
//! serialising that again gives the same JSON, byte for byte. The same for the pretty form
//! and for `serde_json::Value`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use xunshi::Report;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let Ok(report) = Report::parse(&input) else {
        return;
    };
    let json = serde_json::to_string(&report).expect("a report serialises");
    let back: Report = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("its own JSON does not read back: {e}\n{json}"));
    assert_eq!(back, report, "JSON round trip changed the report\n{json}");
    let again = serde_json::to_string(&back).unwrap();
    assert_eq!(again, json, "re-serialised JSON differs");

    let pretty = serde_json::to_string_pretty(&report).unwrap();
    let back: Report = serde_json::from_str(&pretty).unwrap();
    assert_eq!(back, report, "pretty JSON round trip changed the report");

    let value = serde_json::to_value(&report).unwrap();
    let back: Report = serde_json::from_value(value).unwrap();
    assert_eq!(back, report, "JSON value round trip changed the report");
});
