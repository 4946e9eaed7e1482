"""`xunshi.tables()` equals the CLI's `parse --format csv` tables cell for cell: the same
tables, columns and values (both are built by the library's `xunshi::tables`). Needs
the CLI: `$XUNSHI_CLI`, or `target/release/xunshi` / `target/debug/xunshi` from
`cargo build --features cli`; skipped without it."""

import csv
import datetime as dt
import os
import shutil
import subprocess
from decimal import Decimal

import pandas as pd
import pytest

import xunshi
from conftest import CORPUS, ROOT


def cli():
    for p in (os.environ.get("XUNSHI_CLI"), ROOT / "target" / "release" / "xunshi", ROOT / "target" / "debug" / "xunshi"):
        if p and os.path.exists(p):
            return str(p)
    pytest.skip("no xunshi CLI built (cargo build --features cli, or set XUNSHI_CLI)")


def text(v):
    """A pandas cell as the CLI writes it."""
    if v is None or v is pd.NA or (not isinstance(v, (str, Decimal)) and pd.isna(v)):
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (pd.Timestamp, dt.datetime)):
        return v.strftime("%Y-%m-%d")
    return str(v)


def test_tables_equal_cli_csv(tmp_path, fixtures):
    exe = cli()
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(fixtures.glob("*.txt")):
        shutil.copy(p, src / p.name)
    if CORPUS.exists():
        shutil.copy(CORPUS, src / "zz-corpus.txt")
    # a duplicate, a file that is not a report
    first = sorted(src.iterdir())[0]
    shutil.copy(first, src / "zz-copy.txt")
    (src / "zz-weather.txt").write_text("今天天气晴。", encoding="utf-8")
    out = tmp_path / "out"
    # exit status 1: some inputs are not reports (the weather file)
    run = subprocess.run([exe, "parse", str(src), "--format", "csv", "--out", str(out)], capture_output=True)
    assert run.returncode in (0, 1), run.stderr
    t = xunshi.tables(src, progress=False)
    assert set(t) == set(xunshi.TABLES)
    for name in xunshi.TABLES:
        with open(out / f"{name}.csv", newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        df = t[name]
        assert rows[0] == list(df.columns), name
        assert len(rows) - 1 == len(df), name
        got = [[text(v) for v in r] for r in df.astype(object).itertuples(index=False)]
        for i, (want, have) in enumerate(zip(rows[1:], got)):
            assert have == want, (name, i, [(c, w, h) for c, w, h in zip(rows[0], want, have) if w != h])
