"""DuckDB reads both outputs of `xunshi parse` with the schema, and they agree.

For the fixtures (tests/fixtures/*.txt) and the CLI corpus (tests/cli-data/corpus, with
its failing files, HTML pages and other encodings):

- `xunshi schema --sql` is docs/schema.sql, and it loads into DuckDB;
- no column name is a DuckDB keyword that needs quoting;
- every CSV table loads into its typed table with COPY, every Parquet table with
  INSERT … SELECT (so every enum value is a name of its type);
- the Parquet files have the documented types (DESCRIBE): DECIMAL(38,2) yuan, DATE dates,
  BIGINT integers, BOOLEAN, VARCHAR for texts and enums;
- CSV and Parquet hold the same rows, value for value, as many as the JSON has items;
- SUM(yuan) is DECIMAL(38,2) and equals, digit for digit, the exact total that
  `xunshi stats --format json` computes in Rust;
- every report of `xunshi parse` validates against `xunshi schema` (jsonschema).

Usage: check.py PATH/TO/xunshi
"""

import json
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import duckdb
import jsonschema

XUNSHI = sys.argv[1]
ROOT = Path(__file__).resolve().parents[2]
RUNS = {
    "fixtures": [str(ROOT / "tests/fixtures"), "--glob", "*.txt"],
    "cli-corpus": [str(ROOT / "tests/cli-data/corpus")],
}
passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAILED: {what}", flush=True)


def xunshi(*args, ok_codes=(0,)):
    p = subprocess.run([XUNSHI, "-q", *args], capture_output=True)
    if p.returncode not in ok_codes:
        sys.exit(f"xunshi {' '.join(args)}: exit {p.returncode}\n{p.stderr.decode()}")
    return p.stdout.decode()


schema_sql = xunshi("schema", "--sql")
check(schema_sql == (ROOT / "docs/schema.sql").read_text(), "docs/schema.sql is xunshi schema --sql")
json_schema = json.loads(xunshi("schema"))
jsonschema.Draft202012Validator.check_schema(json_schema)
validator = jsonschema.Draft202012Validator(json_schema)


def database():
    db = duckdb.connect()
    db.execute(schema_sql)
    return db


def table_columns(db):
    rows = db.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "ORDER BY table_name, ordinal_position"
    ).fetchall()
    out = {}
    for t, c, ty in rows:
        out.setdefault(t, []).append((c, ty))
    return out


probe = database()
COLUMNS = table_columns(probe)
ENUMS = {
    name
    for (name,) in probe.execute(
        "SELECT type_name FROM duckdb_types() WHERE logical_type = 'ENUM' AND NOT internal"
    ).fetchall()
}
check(len(COLUMNS) == 8, f"8 tables in the schema, got {sorted(COLUMNS)}")
keywords = {
    k
    for (k,) in probe.execute(
        "SELECT keyword_name FROM duckdb_keywords() "
        "WHERE keyword_category IN ('reserved', 'type_function')"
    ).fetchall()
}
for t, cols in COLUMNS.items():
    for c, _ in cols:
        check(c not in keywords, f"{t}.{c} is a DuckDB keyword")


def parquet_type(ty):
    """The type DuckDB gives a Parquet column of a schema type."""
    return "VARCHAR" if ty in ENUMS or ty.startswith("ENUM(") else ty


for run, inputs in RUNS.items():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        records = [json.loads(l) for l in xunshi("parse", *inputs, ok_codes=(0, 1)).splitlines()]
        xunshi("parse", *inputs, "--format", "csv", "--out", str(tmp / "csv"), ok_codes=(0, 1))
        xunshi("parse", *inputs, "--format", "parquet", "--out", str(tmp / "pq"), ok_codes=(0, 1))
        stats = json.loads(xunshi("stats", *inputs, "--format", "json", ok_codes=(0, 1)))

        for r in records:
            if r["ok"]:
                errors = sorted(validator.iter_errors(r["report"]), key=str)
                check(not errors, f"{run}: {r['path']} validates: {errors[:1]}")

        from_csv, from_pq = database(), database()
        for t, cols in COLUMNS.items():
            csv_file, pq_file = tmp / "csv" / f"{t}.csv", tmp / "pq" / f"{t}.parquet"
            from_csv.execute(f"COPY {t} FROM '{csv_file}' (HEADER)")
            from_pq.execute(f"INSERT INTO {t} SELECT * FROM read_parquet('{pq_file}')")
            described = [
                (c, ty) for c, ty, *_ in from_pq.execute(f"DESCRIBE SELECT * FROM read_parquet('{pq_file}')").fetchall()
            ]
            want = [(c, parquet_type(ty)) for c, ty in cols]
            check(described == want, f"{run}: {t}.parquet types {described} != {want}")
            n_csv = from_csv.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            n_pq = from_pq.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            check(n_csv == n_pq and n_csv > 0, f"{run}: {t}: {n_csv} CSV rows, {n_pq} Parquet rows")
            a = from_csv.execute(f"SELECT * FROM {t}").fetchall()
            b = from_pq.execute(f"SELECT * FROM {t}").fetchall()
            check(a == b, f"{run}: {t}: CSV and Parquet rows differ")

        ok = [r for r in records if r["ok"]]
        check(
            from_pq.execute("SELECT count(*) FROM reports").fetchone()[0] == len(records),
            f"{run}: one reports row per file",
        )
        findings = sum(len(r["findings"]) for r in ok)
        check(
            from_pq.execute("SELECT count(*) FROM findings").fetchone()[0] == findings,
            f"{run}: one findings row per finding",
        )
        funds = sum(len((r["report"].get("outcomes") or {}).get("funds", [])) for r in ok)
        check(
            from_pq.execute("SELECT count(*) FROM funds").fetchone()[0] == funds,
            f"{run}: one funds row per figure",
        )

        # money: exact, in DuckDB as in Rust
        rust = sum((Decimal(m["yuan"]) for m in stats["money"].values()), Decimal(0))
        for name, db in [("csv", from_csv), ("parquet", from_pq)]:
            total, ty = db.execute("SELECT sum(yuan), typeof(sum(yuan)) FROM funds").fetchone()
            check(ty == "DECIMAL(38,2)", f"{run}: {name}: SUM(yuan) is {ty}")
            check(
                isinstance(total, Decimal) and total == rust,
                f"{run}: {name}: SUM(yuan) = {total}, xunshi stats says {rust}",
            )
            by_kind = dict(db.execute("SELECT kind::VARCHAR, sum(yuan) FROM funds GROUP BY ALL").fetchall())
            want = {k: Decimal(m["yuan"]) for k, m in stats["money"].items()}
            check(by_kind == want, f"{run}: {name}: SUM(yuan) by kind {by_kind} != {want}")
        print(f"duckdb: {run}: {len(records)} files, {funds} sums of money, total {rust} yuan")

print(f"duckdb: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
