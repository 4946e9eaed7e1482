//! `--compact`: JSON without span fields, written as it is made.
//!
//! [`Filtered`] wraps a value so that, serialised into any serializer (here `serde_json`'s,
//! compact or pretty), every struct or map field whose name is a span field
//! ([`is_span_field`]) is left out, at any depth, without being serialised; everything
//! else goes through unchanged. So the bytes are those of the full record with the span
//! fields taken out, keys in the same order, and nothing is held: a record of any size is
//! written straight to the output.

use serde::Serialize;
use serde::ser::{self, Error as _, Impossible, Serializer};
use serde_json::Error;

/// Whether a JSON field holds spans: `span`, `spans`, `…_span`, `…_spans`.
pub fn is_span_field(key: &str) -> bool {
    key == "span" || key == "spans" || key.ends_with("_span") || key.ends_with("_spans")
}

/// Writes `value` as JSON without span fields to `out`; indented like
/// `serde_json::to_writer_pretty` when `pretty`.
pub fn write<W: std::io::Write, T: Serialize + ?Sized>(
    out: W,
    value: &T,
    pretty: bool,
) -> Result<(), Error> {
    if pretty {
        Filtered(value).serialize(&mut serde_json::Serializer::pretty(out))
    } else {
        Filtered(value).serialize(&mut serde_json::Serializer::new(out))
    }
}

/// A value whose span fields are left out when it is serialised.
struct Filtered<'a, T: ?Sized>(&'a T);

impl<T: Serialize + ?Sized> Serialize for Filtered<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Filter(s))
    }
}

/// A serializer, or one of its compound serializers, that leaves out span fields and
/// hands everything else to the one it wraps.
struct Filter<S>(S);

/// A map serializer that leaves out the entries whose keys are span fields.
struct FilterMap<S> {
    inner: S,
    /// The key just given is a span field: its value is dropped.
    skip: bool,
}

/// Forwards a scalar method of [`Serializer`] to the wrapped serializer.
macro_rules! forward {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $name(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> {
            self.0.$name($($arg),*)
        }
    )*};
}

impl<S: Serializer> Serializer for Filter<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Filter<S::SerializeSeq>;
    type SerializeTuple = Filter<S::SerializeTuple>;
    type SerializeTupleStruct = Filter<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Filter<S::SerializeTupleVariant>;
    type SerializeMap = FilterMap<S::SerializeMap>;
    type SerializeStruct = Filter<S::SerializeStruct>;
    type SerializeStructVariant = Filter<S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_f32(v: f32);
        serialize_f64(v: f64);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&Filtered(v))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &Filtered(v))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, index, variant, &Filtered(v))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.0.serialize_seq(len).map(Filter)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len).map(Filter)
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.0.serialize_tuple_struct(name, len).map(Filter)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        let inner = self.0.serialize_tuple_variant(name, index, variant, len);
        inner.map(Filter)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        let inner = self.0.serialize_map(len)?;
        Ok(FilterMap { inner, skip: false })
    }
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_struct(name, len).map(Filter)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        let inner = self.0.serialize_struct_variant(name, index, variant, len);
        inner.map(Filter)
    }
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Implements a compound serializer whose elements are wrapped in [`Filtered`].
macro_rules! elements {
    ($($tr:ident :: $method:ident;)*) => {$(
        impl<S: ser::$tr> ser::$tr for Filter<S> {
            type Ok = S::Ok;
            type Error = S::Error;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), S::Error> {
                self.0.$method(&Filtered(v))
            }
            fn end(self) -> Result<S::Ok, S::Error> {
                self.0.end()
            }
        }
    )*};
}

elements! {
    SerializeSeq::serialize_element;
    SerializeTuple::serialize_element;
    SerializeTupleStruct::serialize_field;
    SerializeTupleVariant::serialize_field;
}

/// Implements a compound serializer of named fields that leaves out the span fields.
macro_rules! fields {
    ($($tr:ident;)*) => {$(
        impl<S: ser::$tr> ser::$tr for Filter<S> {
            type Ok = S::Ok;
            type Error = S::Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                v: &T,
            ) -> Result<(), S::Error> {
                if is_span_field(key) {
                    return Ok(());
                }
                self.0.serialize_field(key, &Filtered(v))
            }
            fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
                self.0.skip_field(key)
            }
            fn end(self) -> Result<S::Ok, S::Error> {
                self.0.end()
            }
        }
    )*};
}

fields! {
    SerializeStruct;
    SerializeStructVariant;
}

impl<S: ser::SerializeMap> ser::SerializeMap for FilterMap<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), S::Error> {
        self.skip = key.serialize(KeyName).is_ok_and(|k| is_span_field(&k));
        if self.skip {
            return Ok(());
        }
        self.inner.serialize_key(&Filtered(key))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), S::Error> {
        if std::mem::take(&mut self.skip) {
            return Ok(());
        }
        self.inner.serialize_value(&Filtered(v))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.inner.end()
    }
}

/// A map key as the string `serde_json` would write for it.
struct KeyName;

fn not_a_key() -> Error {
    Error::custom("key must be a string")
}

impl ser::Serializer for KeyName {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = Impossible<String, Error>;
    type SerializeTuple = Impossible<String, Error>;
    type SerializeTupleStruct = Impossible<String, Error>;
    type SerializeTupleVariant = Impossible<String, Error>;
    type SerializeMap = Impossible<String, Error>;
    type SerializeStruct = Impossible<String, Error>;
    type SerializeStructVariant = Impossible<String, Error>;

    fn serialize_bool(self, v: bool) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, _: f32) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_f64(self, _: f64) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_char(self, v: char) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<String, Error> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_none(self) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Error> {
        Err(not_a_key())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(not_a_key())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(not_a_key())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(not_a_key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn compact(value: &impl Serialize, pretty: bool) -> String {
        let mut out = Vec::new();
        write(&mut out, value, pretty).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(u8, &'static str),
        Struct { z: u8, span: u8, a: Vec<u8> },
    }

    #[derive(Serialize)]
    struct S {
        zeta: Option<u32>,
        span: (u32, u32),
        alpha: &'static str,
        count_spans: Vec<u8>,
        nested: Vec<E>,
        empty: Vec<u8>,
        only_span_fields: Spans,
        none: Option<u8>,
        #[serde(flatten)]
        inner: Inner,
    }

    #[derive(Serialize)]
    struct Spans {
        span: u8,
        end_spans: u8,
    }

    #[derive(Serialize)]
    struct Inner {
        b_span: u8,
        beta: f64,
        mid: std::collections::BTreeMap<u32, bool>,
    }

    fn sample() -> S {
        S {
            zeta: Some(3),
            span: (1, 2),
            alpha: "a\"\n中",
            count_spans: vec![1],
            nested: vec![
                E::Unit,
                E::New(1),
                E::Tuple(2, "x"),
                E::Struct {
                    z: 1,
                    span: 2,
                    a: vec![],
                },
            ],
            empty: vec![],
            only_span_fields: Spans {
                span: 1,
                end_spans: 2,
            },
            none: None,
            inner: Inner {
                b_span: 1,
                beta: 0.5,
                mid: [(10, true), (9, false)].into_iter().collect(),
            },
        }
    }

    #[test]
    fn span_fields_are_left_out_and_the_order_kept() {
        assert_eq!(
            compact(&sample(), false),
            r#"{"zeta":3,"alpha":"a\"\n中","nested":["Unit",{"New":1},{"Tuple":[2,"x"]},{"Struct":{"z":1,"a":[]}}],"empty":[],"only_span_fields":{},"none":null,"beta":0.5,"mid":{"9":false,"10":true}}"#
        );
        let j = json!({"spans": [1], "x": {}, "y": [[]], "a": {"span": 1, "b": 2}});
        assert_eq!(compact(&j, false), r#"{"a":{"b":2},"x":{},"y":[[]]}"#);
    }

    /// Pretty output is what `serde_json` writes for the same value without its span
    /// fields.
    #[test]
    fn pretty_is_serde_json_pretty_without_the_spans() {
        #[derive(Serialize)]
        struct Plain {
            zeta: Option<u32>,
            alpha: &'static str,
            nested: Vec<P>,
            empty: Vec<u8>,
            only_span_fields: serde_json::Value,
        }
        #[derive(Serialize)]
        enum P {
            Unit,
            New(u8),
            Struct { z: u8, a: Vec<u8> },
        }
        let plain = Plain {
            zeta: Some(3),
            alpha: "a\"\n中",
            nested: vec![P::Unit, P::New(1), P::Struct { z: 1, a: vec![] }],
            empty: vec![],
            only_span_fields: json!({}),
        };
        #[derive(Serialize)]
        struct WithSpans {
            zeta: Option<u32>,
            span: (u32, u32),
            alpha: &'static str,
            nested: Vec<E>,
            empty: Vec<u8>,
            only_span_fields: Spans,
        }
        let with = WithSpans {
            zeta: Some(3),
            span: (1, 2),
            alpha: "a\"\n中",
            nested: vec![
                E::Unit,
                E::New(1),
                E::Struct {
                    z: 1,
                    span: 2,
                    a: vec![],
                },
            ],
            empty: vec![],
            only_span_fields: Spans {
                span: 1,
                end_spans: 2,
            },
        };
        let want = serde_json::to_string_pretty(&plain).unwrap();
        assert_eq!(compact(&with, true), want);
    }
}
