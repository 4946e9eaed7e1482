#!/usr/bin/env bash
# DuckDB reads the CSV and Parquet tables of `xunshi parse` with docs/schema.sql, and they
# agree: see check.py. Needs a Python with the `duckdb` and `jsonschema` packages:
#
#   python3 -m venv /tmp/xunshi-venv && /tmp/xunshi-venv/bin/pip install duckdb jsonschema
#   PYTHON=/tmp/xunshi-venv/bin/python bash tests/duckdb/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import duckdb, jsonschema' || {
  echo "tests/duckdb: $PYTHON lacks duckdb or jsonschema (pip install duckdb jsonschema)" >&2
  exit 1
}
cargo build --features cli --quiet
exec "$PYTHON" tests/duckdb/check.py target/debug/xunshi
