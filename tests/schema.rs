//! The JSON Schema of the report JSON (feature `schema`): the JSON of every fixture
//! validates against `xunshi::json_schema()`, and the schema declares every field the
//! JSON has.
//!
//! The validator below knows exactly the keywords schemars writes (and fails on any
//! other, so nothing is skipped unnoticed); `tests/duckdb/check.py` validates the same
//! JSON with the Python `jsonschema` package as well.

mod common;

use serde_json::Value;

struct Validator<'a> {
    root: &'a Value,
    /// Objects with a property the schema does not declare (the schema would accept
    /// them; the test wants the schema complete).
    undeclared: Vec<String>,
}

impl Validator<'_> {
    fn check(&mut self, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
        let Some(s) = schema.as_object() else {
            return match schema {
                Value::Bool(true) => Ok(()),
                _ => Err(format!("{at}: schema {schema} rejects everything")),
            };
        };
        for (k, rule) in s {
            match k.as_str() {
                "$schema" | "$defs" | "title" | "description" | "default" | "format" => {}
                "$ref" => {
                    let r = rule.as_str().unwrap();
                    let target = self
                        .root
                        .pointer(r.trim_start_matches('#'))
                        .ok_or_else(|| format!("{at}: dangling $ref {r}"))?;
                    self.check(target, v, at)?;
                }
                "type" => {
                    let types: Vec<&str> = match rule {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                        _ => return Err(format!("{at}: bad type {rule}")),
                    };
                    if !types.iter().any(|t| is_type(v, t)) {
                        return Err(format!("{at}: {v} is not of type {types:?}"));
                    }
                }
                "enum" => {
                    if !rule.as_array().unwrap().contains(v) {
                        return Err(format!("{at}: {v} not in {rule}"));
                    }
                }
                "const" => {
                    if rule != v {
                        return Err(format!("{at}: {v} is not {rule}"));
                    }
                }
                "pattern" => {
                    if let Some(text) = v.as_str() {
                        let re = regex::Regex::new(rule.as_str().unwrap()).unwrap();
                        if !re.is_match(text) {
                            return Err(format!("{at}: {text:?} does not match {rule}"));
                        }
                    }
                }
                "minimum" => {
                    if let Some(n) = v.as_f64() {
                        if n < rule.as_f64().unwrap() {
                            return Err(format!("{at}: {n} < {rule}"));
                        }
                    }
                }
                "required" => {
                    if let Some(o) = v.as_object() {
                        for r in rule.as_array().unwrap() {
                            if !o.contains_key(r.as_str().unwrap()) {
                                return Err(format!("{at}: missing required {r}"));
                            }
                        }
                    }
                }
                "properties" => {
                    if let Some(o) = v.as_object() {
                        let props = rule.as_object().unwrap();
                        for (name, value) in o {
                            match props.get(name) {
                                Some(p) => self.check(p, value, &format!("{at}.{name}"))?,
                                None => self.undeclared.push(format!("{at}.{name}")),
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    if let (Some(o), Value::Bool(false)) = (v.as_object(), rule) {
                        let props = s.get("properties").and_then(Value::as_object);
                        for name in o.keys() {
                            if !props.is_some_and(|p| p.contains_key(name)) {
                                return Err(format!("{at}: property {name} not allowed"));
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(items) = v.as_array() {
                        for (i, item) in items.iter().enumerate() {
                            self.check(rule, item, &format!("{at}[{i}]"))?;
                        }
                    }
                }
                "anyOf" | "oneOf" => {
                    let options = rule.as_array().unwrap();
                    let mut passed = 0;
                    let mut errors = Vec::new();
                    for o in options {
                        let mut sub = Validator {
                            root: self.root,
                            undeclared: Vec::new(),
                        };
                        match sub.check(o, v, at) {
                            Ok(()) => {
                                passed += 1;
                                self.undeclared.extend(sub.undeclared);
                            }
                            Err(e) => errors.push(e),
                        }
                    }
                    let ok = if k == "oneOf" {
                        passed == 1
                    } else {
                        passed >= 1
                    };
                    if !ok {
                        return Err(format!("{at}: {k} matched {passed}: {errors:?}"));
                    }
                }
                other => return Err(format!("{at}: the test knows no keyword {other}")),
            }
        }
        Ok(())
    }
}

fn is_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "string" => v.is_string(),
        "integer" => v.is_u64() || v.is_i64(),
        "number" => v.is_number(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => false,
    }
}

fn validate(schema: &Value, v: &Value) -> Result<(), String> {
    let mut val = Validator {
        root: schema,
        undeclared: Vec::new(),
    };
    val.check(schema, v, "$")?;
    if val.undeclared.is_empty() {
        Ok(())
    } else {
        Err(format!("undeclared properties: {:?}", val.undeclared))
    }
}

#[test]
fn every_fixture_validates_against_the_schema() {
    let schema = xunshi::json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let mut ran = 0;
    for path in common::fixture_paths() {
        let text = std::fs::read_to_string(&path).unwrap();
        let report = xunshi::Report::parse(&text).unwrap();
        let json = serde_json::to_value(&report).unwrap();
        if let Err(e) = validate(&schema, &json) {
            panic!("{}: {e}", path.display());
        }
        ran += 1;
    }
    assert!(ran >= 30, "ran {ran}");
}

#[test]
fn the_schema_rejects_what_the_model_never_writes() {
    let schema = xunshi::json_schema();
    let text = std::fs::read_to_string(&common::fixture_paths()[0]).unwrap();
    let good = serde_json::to_value(xunshi::Report::parse(&text).unwrap()).unwrap();
    assert!(validate(&schema, &good).is_ok());
    let broken = |pointer: &str, value: Value| {
        let mut v = good.clone();
        *v.pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer}")) = value;
        validate(&schema, &v)
    };
    // dates are strings of 4, 7 or 10 characters
    assert!(broken("/inspection/start", "2024-13-01".into()).is_err());
    assert!(broken("/inspection/start", 2024.into()).is_err());
    // money is a decimal string
    let yuan = "/outcomes/funds/0/amount/yuan";
    if good.pointer(yuan).is_some() {
        assert!(broken(yuan, 1.5.into()).is_err());
        assert!(broken(yuan, "1.2.3".into()).is_err());
    }
    // overview counts are numbers, their spans beside them
    if good.pointer("/overview/problems").is_some() {
        assert!(broken("/overview/problems", "9".into()).is_err());
        assert!(broken("/overview/count_spans", Value::Null).is_err());
    }
    // spans are two offsets
    assert!(broken("/inspection/span", serde_json::json!({"start": 1})).is_err());
    // enums are their names
    assert!(broken("/inspection/scheme", "xunshi_".into()).is_err());
}

#[test]
fn the_schema_names_every_type_of_the_model() {
    let schema = xunshi::json_schema();
    let defs = schema["$defs"].as_object().unwrap();
    for name in [
        "Inspection",
        "Overview",
        "Outcomes",
        "Penalty",
        "SanctionCount",
        "Funds",
        "Money",
        "Quantity",
        "Issue",
        "Measure",
        "Section",
        "NextStep",
        "Contact",
        "Signature",
        "Title",
        "Passage",
        "PartialDate",
        "Span",
        "Finding",
    ] {
        assert!(defs.contains_key(name), "{name}");
    }
    assert_eq!(schema["title"], "Report");
    let units = serde_json::to_string(&defs["PersonUnit"]).unwrap();
    assert!(units.contains("人次"));
}
