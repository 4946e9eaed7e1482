//! The JSON Schema of the report JSON (feature `schema`, schemars).
//!
//! The model derives `JsonSchema` beside its `Serialize`; the types whose JSON is written
//! by hand get their schema here: [`PartialDate`] (an ISO string), [`Span`], and the
//! findings ([`Finding`], [`Severity`], [`Code`]).

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::{Code, Finding, PartialDate, Report, Severity, Span};

/// The JSON Schema (draft 2020-12) of a [`Report`] as `serde` writes it: the `report` of
/// each record of `xunshi parse`, and what `xunshi schema` prints.
///
/// Dates are strings `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; money and other exact figures
/// are decimal strings; spans are `{"start": b, "end": b}` byte offsets; the overview's
/// counts are numbers, their spans beside them in `count_spans`.
///
/// # Examples
///
/// ```
/// let schema = xunshi::json_schema();
/// assert_eq!(schema["title"], "Report");
/// assert_eq!(schema["$defs"]["PartialDate"]["type"], "string");
/// assert_eq!(schema["$defs"]["Money"]["properties"]["yuan"]["type"], "string");
/// ```
pub fn json_schema() -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Report>().to_value();
    tidy(&mut schema);
    if let Some(o) = schema.pointer_mut("/$defs/Overview/description") {
        *o = "The declared counts and progress of a rectification: counts as numbers, \
              their spans beside them in `count_spans`."
            .into();
    }
    schema
}

/// Descriptions without their `# Examples` sections (doctests are no help in a schema).
fn tidy(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(s) if k == "description" => {
                        if let Some(i) = s.find("\n\n# Examples") {
                            s.truncate(i);
                        }
                    }
                    _ => tidy(v),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date known to the day, the month or only the year: \"2024-08-06\", \"2023-04\" or \"2023\".",
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
        })
    }
}

impl JsonSchema for Span {
    fn schema_name() -> Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A byte range start..end into the decoded UTF-8 text.",
            "type": "object",
            "properties": {
                "start": {"type": "integer", "minimum": 0},
                "end": {"type": "integer", "minimum": 0}
            },
            "required": ["start", "end"],
            "additionalProperties": false
        })
    }
}

impl JsonSchema for Severity {
    fn schema_name() -> Cow<'static, str> {
        "Severity".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = Severity::ALL.iter().map(|s| s.name()).collect();
        json_schema!({"type": "string", "enum": names})
    }
}

impl JsonSchema for Code {
    fn schema_name() -> Cow<'static, str> {
        "Code".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
        json_schema!({"type": "string", "enum": names})
    }
}

impl JsonSchema for Finding {
    fn schema_name() -> Cow<'static, str> {
        "Finding".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "What the parser noticed or validation found, with the spans involved.",
            "type": "object",
            "properties": {
                "severity": generator.subschema_for::<Severity>(),
                "code": generator.subschema_for::<Code>(),
                "message": {"type": "string"},
                "spans": {"type": "array", "items": generator.subschema_for::<Span>()}
            },
            "required": ["severity", "code", "message", "spans"],
            "additionalProperties": false
        })
    }
}
