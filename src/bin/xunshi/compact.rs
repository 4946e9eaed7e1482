//! `--compact`: JSON without span fields, written straight from the records.
//!
//! A [`serde::Serializer`] that writes JSON like `serde_json` (compact or pretty, two
//! spaces) but leaves out every field whose name is a span field ([`is_span_field`]), at
//! any depth, without serialising it. The keys of every object come out sorted by their
//! bytes, as they did when `--compact` went through a `serde_json::Value` (whose maps are
//! sorted): the entries of an object are written into the buffer one after another, and
//! when the object closes its region is rewritten in key order with the separators. No
//! value tree is built; scalars and strings are written by `serde_json` itself, so numbers
//! and escapes are the same bytes.

use std::borrow::Cow;

use serde::Serialize;
use serde::ser::{self, Error as _, Impossible};
use serde_json::Error;

/// Whether a JSON field holds spans: `span`, `spans`, `…_span`, `…_spans`.
pub fn is_span_field(key: &str) -> bool {
    key == "span" || key == "spans" || key.ends_with("_span") || key.ends_with("_spans")
}

/// `value` as JSON without span fields, keys sorted, appended to `out`; indented like
/// `serde_json::to_writer_pretty` when `pretty`.
pub fn write<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
    pretty: bool,
) -> Result<(), Error> {
    let mut em = Emitter {
        out: std::mem::take(out),
        pretty,
        depth: 0,
        entries: Vec::new(),
        scratch: Vec::new(),
    };
    let result = value.serialize(&mut em);
    *out = em.out;
    result
}

/// One entry of an open object: its key and where `"key":value` lies in the buffer.
struct Entry {
    key: Cow<'static, str>,
    start: usize,
    end: usize,
}

/// The writer: the buffer, the indentation level of the values being written, and the
/// entries of the objects still open (a stack shared by all of them).
struct Emitter {
    out: Vec<u8>,
    pretty: bool,
    depth: usize,
    entries: Vec<Entry>,
    scratch: Vec<u8>,
}

impl Emitter {
    fn scalar<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        serde_json::to_writer(&mut self.out, v)
    }

    fn indent(&mut self, level: usize) {
        self.out.push(b'\n');
        self.out.extend(std::iter::repeat_n(b' ', 2 * level));
    }

    fn open_seq(&mut self) -> Seq<'_> {
        self.out.push(b'[');
        self.depth += 1;
        Seq {
            em: self,
            empty: true,
        }
    }

    fn open_object(&mut self) -> Object<'_> {
        self.depth += 1;
        Object {
            base: self.out.len(),
            first: self.entries.len(),
            skip: false,
            em: self,
        }
    }
}

/// An open array.
struct Seq<'a> {
    em: &'a mut Emitter,
    empty: bool,
}

impl Seq<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        if !self.empty {
            self.em.out.push(b',');
        }
        if self.em.pretty {
            self.em.indent(self.em.depth);
        }
        self.empty = false;
        v.serialize(&mut *self.em)
    }

    fn close(self) -> Result<(), Error> {
        self.em.depth -= 1;
        if self.em.pretty && !self.empty {
            self.em.indent(self.em.depth);
        }
        self.em.out.push(b']');
        Ok(())
    }
}

/// An open object: its entries start at `base` in the buffer and at `first` in the stack
/// of entries.
struct Object<'a> {
    em: &'a mut Emitter,
    base: usize,
    first: usize,
    /// The key just given is a span field: its value is not written.
    skip: bool,
}

impl Object<'_> {
    /// Starts the entry `key`; false (and nothing written) when it is a span field.
    fn key(&mut self, key: Cow<'static, str>) -> Result<bool, Error> {
        if is_span_field(&key) {
            return Ok(false);
        }
        let start = self.em.out.len();
        self.em.scalar(key.as_ref())?;
        self.em
            .out
            .extend_from_slice(if self.em.pretty { b": " } else { b":" });
        self.em.entries.push(Entry {
            key,
            start,
            end: start,
        });
        Ok(true)
    }

    /// Marks the end of the entry just written.
    fn done(&mut self) {
        let end = self.em.out.len();
        if let Some(e) = self.em.entries.last_mut() {
            e.end = end;
        }
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: Cow<'static, str>, v: &T) -> Result<(), Error> {
        if self.key(key)? {
            v.serialize(&mut *self.em)?;
            self.done();
        }
        Ok(())
    }

    /// Rewrites the entries in key order (the last one of equal keys wins, as in a map)
    /// with braces and separators.
    fn close(self) -> Result<(), Error> {
        let em = self.em;
        em.depth -= 1;
        let mut scratch = std::mem::take(&mut em.scratch);
        scratch.clear();
        scratch.extend_from_slice(&em.out[self.base..]);
        em.out.truncate(self.base);
        let entries = &mut em.entries[self.first..];
        entries.sort_by(|a, b| a.key.as_bytes().cmp(b.key.as_bytes()));
        em.out.push(b'{');
        let mut written = 0;
        for (i, e) in entries.iter().enumerate() {
            if entries.get(i + 1).is_some_and(|n| n.key == e.key) {
                continue;
            }
            if written > 0 {
                em.out.push(b',');
            }
            if em.pretty {
                em.out.push(b'\n');
                em.out.extend(std::iter::repeat_n(b' ', 2 * (em.depth + 1)));
            }
            em.out
                .extend_from_slice(&scratch[e.start - self.base..e.end - self.base]);
            written += 1;
        }
        if em.pretty && written > 0 {
            em.indent(em.depth);
        }
        em.out.push(b'}');
        em.entries.truncate(self.first);
        em.scratch = scratch;
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Emitter {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = Variant<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Variant<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // a `serde_json::Value` holds every float as an f64
        self.scalar(&f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.scalar(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open_seq();
        v.iter().try_for_each(|b| seq.element(b))?;
        seq.close()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.scalar(&())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.scalar(&())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.scalar(&())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.scalar(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        let mut obj = self.open_object();
        obj.entry(Cow::Borrowed(variant), v)?;
        obj.close()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Error> {
        Ok(self.open_seq())
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq<'a>, Error> {
        Ok(self.open_seq())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Seq<'a>, Error> {
        Ok(self.open_seq())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'a>, Error> {
        Variant::open(self, variant, b'[')
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Object<'a>, Error> {
        Ok(self.open_object())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Object<'a>, Error> {
        Ok(self.open_object())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Variant<'a>, Error> {
        Variant::open(self, variant, b'{')
    }
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.element(v)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.element(v)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.element(v)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let key = key.serialize(KeyName)?;
        self.skip = !self.key(Cow::Owned(key))?;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        if !std::mem::take(&mut self.skip) {
            v.serialize(&mut *self.em)?;
            self.done();
        }
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.entry(Cow::Borrowed(key), v)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A tuple or struct variant: `{"Variant": [...]}` or `{"Variant": {...}}`, written as an
/// object of one entry whose value is filled in field by field.
struct Variant<'a> {
    outer: Object<'a>,
    /// Where the inner array or object starts, and where its entries start in the stack.
    base: usize,
    first: usize,
    /// Whether the inner value is an array, and whether it has had an element.
    seq: bool,
    empty: bool,
    /// The variant's name is a span field: everything is written, then taken out.
    skipped: bool,
}

impl<'a> Variant<'a> {
    fn open(em: &'a mut Emitter, variant: &'static str, open: u8) -> Result<Variant<'a>, Error> {
        let mut outer = em.open_object();
        let mut skipped = false;
        if !outer.key(Cow::Borrowed(variant))? {
            // written anyway (simpler than skipping a value given piece by piece), then cut
            skipped = true;
            outer.key(Cow::Borrowed(""))?;
        }
        let em = &mut *outer.em;
        if open == b'[' {
            em.out.push(b'[');
        }
        em.depth += 1;
        let (base, first) = (em.out.len(), em.entries.len());
        Ok(Variant {
            outer,
            base,
            first,
            seq: open == b'[',
            empty: true,
            skipped,
        })
    }

    fn close(self) -> Result<(), Error> {
        let Variant {
            mut outer,
            base,
            first,
            seq,
            empty,
            skipped,
        } = self;
        if seq {
            Seq {
                em: &mut *outer.em,
                empty,
            }
            .close()?;
        } else {
            Object {
                em: &mut *outer.em,
                base,
                first,
                skip: false,
            }
            .close()?;
        }
        if skipped {
            let entry = outer.em.entries.pop();
            if let Some(e) = entry {
                outer.em.out.truncate(e.start);
            }
        } else {
            outer.done();
        }
        outer.close()
    }
}

impl ser::SerializeTupleVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        let mut seq = Seq {
            em: &mut *self.outer.em,
            empty: self.empty,
        };
        seq.element(v)?;
        self.empty = false;
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStructVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        let mut inner = Object {
            em: &mut *self.outer.em,
            base: self.base,
            first: self.first,
            skip: false,
        };
        inner.entry(Cow::Borrowed(key), v)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
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

    /// The way `--compact` used to work: through a value tree.
    fn via_value(value: &impl Serialize, pretty: bool) -> Vec<u8> {
        fn drop_spans(value: &mut serde_json::Value) {
            match value {
                serde_json::Value::Object(map) => {
                    map.retain(|k, _| !is_span_field(k));
                    map.values_mut().for_each(drop_spans);
                }
                serde_json::Value::Array(items) => items.iter_mut().for_each(drop_spans),
                _ => {}
            }
        }
        let mut v = serde_json::to_value(value).unwrap();
        drop_spans(&mut v);
        if pretty {
            serde_json::to_vec_pretty(&v).unwrap()
        } else {
            serde_json::to_vec(&v).unwrap()
        }
    }

    fn direct(value: &impl Serialize, pretty: bool) -> Vec<u8> {
        let mut out = Vec::new();
        write(&mut out, value, pretty).unwrap();
        out
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
        none: Option<u8>,
        #[serde(flatten)]
        inner: Inner,
    }

    #[derive(Serialize)]
    struct Inner {
        b_span: u8,
        beta: f64,
        mid: std::collections::BTreeMap<u32, bool>,
    }

    #[test]
    fn same_bytes_as_through_a_value() {
        let s = S {
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
            none: None,
            inner: Inner {
                b_span: 1,
                beta: 0.5,
                mid: [(10, true), (9, false)].into_iter().collect(),
            },
        };
        for pretty in [false, true] {
            assert_eq!(
                String::from_utf8(direct(&s, pretty)).unwrap(),
                String::from_utf8(via_value(&s, pretty)).unwrap()
            );
            let j = json!({"spans": [1], "x": {}, "y": [[]], "a": {"span": 1}});
            assert_eq!(direct(&j, pretty), via_value(&j, pretty));
        }
    }
}
