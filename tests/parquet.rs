//! Parquet tables (feature `parquet`): the fixtures written with
//! `xunshi::tables::parquet::Writer` and read back with the `parquet` crate's Arrow
//! reader keep every row and the exact types.

mod common;

use std::fs::File;
use std::path::PathBuf;

use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use xunshi::tables::arrow::arrow_array::cast::AsArray;
use xunshi::tables::arrow::arrow_array::types::{Date32Type, Int16Type, Int64Type};
use xunshi::tables::arrow::arrow_array::{Array, RecordBatch};
use xunshi::tables::arrow::arrow_schema::DataType;
use xunshi::tables::{Document, Tables, Values, parquet::Writer};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xunshi-parquet-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn read(dir: &std::path::Path, name: &str) -> Vec<RecordBatch> {
    let file = File::open(dir.join(format!("{name}.parquet"))).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    reader.map(Result::unwrap).collect()
}

#[test]
fn fixtures_round_trip_through_parquet_with_exact_types() {
    let docs: Vec<Document> = common::fixture_paths()
        .iter()
        .map(|p| Document::load(p))
        .collect();
    assert!(docs.len() >= 30);
    let dir = scratch("fixtures");
    let mut w = Writer::create(&dir).unwrap();
    let mut tables = Tables::new();
    for d in &docs {
        w.push(d.rows()).unwrap();
        tables.push(d.rows());
    }
    w.finish().unwrap();

    for t in tables.iter() {
        let batches = read(&dir, t.name());
        let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
        assert_eq!(rows, t.len(), "{}: every row is written", t.name());
        assert!(rows > 0, "{}", t.name());
        let schema = batches[0].schema();
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        let want: Vec<&str> = t.columns().iter().map(|c| c.name).collect();
        assert_eq!(names, want, "{}", t.name());
        for (f, c) in schema.fields().iter().zip(t.columns()) {
            assert_eq!(f.data_type(), &xunshi::tables::arrow::data_type(c.kind));
            assert_eq!(f.is_nullable(), c.nullable, "{}.{}", t.name(), c.name);
        }
    }

    // yuan: decimal128(38, 2), the same fen as the builder's
    let funds = read(&dir, "funds");
    let yuan_type = funds[0]
        .schema()
        .field_with_name("yuan")
        .unwrap()
        .data_type()
        .clone();
    assert_eq!(yuan_type, DataType::Decimal128(38, 2));
    let got: Vec<i128> = funds
        .iter()
        .flat_map(|b| {
            let a = b
                .column_by_name("yuan")
                .unwrap()
                .as_primitive::<xunshi::tables::arrow::arrow_array::types::Decimal128Type>();
            a.values().to_vec()
        })
        .collect();
    let Some(Values::Decimal(want)) = tables.table("funds").unwrap().values("yuan") else {
        panic!()
    };
    let want: Vec<i128> = want.iter().map(|v| v.unwrap()).collect();
    assert_eq!(got, want);
    let first = funds[0]
        .column_by_name("yuan")
        .unwrap()
        .as_primitive::<xunshi::tables::arrow::arrow_array::types::Decimal128Type>();
    assert!(
        first
            .value_as_string(0)
            .ends_with(&format!(".{:02}", want[0].rem_euclid(100)))
    );

    // dates: date32 with the precision beside them
    let reports = read(&dir, "reports");
    let b = &reports[0];
    let start = b
        .column_by_name("period_start")
        .unwrap()
        .as_primitive::<Date32Type>();
    let precision = b
        .column_by_name("period_start_precision")
        .unwrap()
        .as_dictionary::<Int16Type>();
    let names = precision.values().as_string::<i32>();
    let mut seen = 0;
    for i in 0..b.num_rows() {
        assert_eq!(start.is_null(i), precision.is_null(i));
        if let Some(d) = start.value_as_date(i) {
            let p = names.value(precision.keys().value(i) as usize);
            assert!(["day", "month", "year"].contains(&p));
            if p != "day" {
                assert_eq!(xunshi::chrono::Datelike::day(&d), 1);
            }
            seen += 1;
        }
    }
    assert!(seen > 10, "{seen}");

    // counts: int64, null where the report does not say
    let penalties = read(&dir, "penalties");
    let total = penalties[0]
        .column_by_name("total")
        .unwrap()
        .as_primitive::<Int64Type>();
    assert!(!total.is_empty());
    let category = penalties[0]
        .column_by_name("category")
        .unwrap()
        .as_dictionary::<Int16Type>();
    let cats = category.values().as_string::<i32>();
    assert_eq!(cats.value(0), "party_discipline");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_empty_run_writes_empty_tables() {
    let dir = scratch("empty");
    Writer::create(&dir).unwrap().finish().unwrap();
    for name in Tables::NAMES {
        let file = File::open(dir.join(format!("{name}.parquet"))).unwrap();
        let b = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        assert_eq!(b.metadata().file_metadata().num_rows(), 0, "{name}");
        assert_eq!(
            b.schema().fields().len(),
            Tables::columns()
                .iter()
                .find(|t| t.0 == name)
                .unwrap()
                .1
                .len()
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Rows given one at a time (`push_document`) with small row groups: a long input is cut
/// into several groups and every row comes back, in order.
#[test]
fn rows_streamed_into_small_row_groups_all_come_back() {
    let mut docs: Vec<Document> = common::fixture_paths()
        .iter()
        .map(|p| Document::load(p))
        .collect();
    let sample = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/sample.txt"
    ))
    .unwrap();
    let long = sample.repeat(40);
    docs.push(Document::from_bytes(
        "long.txt".into(),
        long.into_bytes(),
        None,
    ));
    let dir = scratch("streamed");
    let mut w = Writer::create(&dir).unwrap().row_group_bytes(16 << 10);
    let mut tables = Tables::new();
    for d in &docs {
        w.push_document(d).unwrap();
        tables.push(d.rows());
    }
    w.finish().unwrap();
    let Some(Values::Utf8(want)) = tables.table("measures").unwrap().values("text") else {
        panic!("measures.text is text")
    };
    let file = File::open(dir.join("measures.parquet")).unwrap();
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
    let groups = builder.metadata().num_row_groups();
    assert!(groups >= 4, "{groups} row groups");
    let got: Vec<Option<String>> = builder
        .build()
        .unwrap()
        .map(Result::unwrap)
        .flat_map(|b| {
            let a = b.column_by_name("text").unwrap().as_string::<i32>().clone();
            (0..a.len())
                .map(|i| a.is_valid(i).then(|| a.value(i).to_owned()))
                .collect::<Vec<_>>()
        })
        .collect();
    let want: Vec<Option<String>> = want.iter().map(|v| v.map(str::to_owned)).collect();
    assert_eq!(got, want);
    for t in tables.iter() {
        let rows: usize = read(&dir, t.name()).iter().map(RecordBatch::num_rows).sum();
        assert_eq!(rows, t.len(), "{}", t.name());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
