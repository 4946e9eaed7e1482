import hashlib
import shutil
from decimal import Decimal

import pandas as pd
import pytest

import xunshi


def dtypes_ok(frames):
    r = frames["reports"]
    assert str(r["report_id"].dtype) == "string"
    assert r["ok"].dtype == bool
    assert str(r["team_number"].dtype) == "Int64"
    assert isinstance(r["scheme"].dtype, pd.CategoricalDtype)
    assert pd.api.types.is_datetime64_dtype(r["period_start"].dtype)
    assert isinstance(r["period_start_precision"].dtype, pd.CategoricalDtype)
    assert list(r["period_start_precision"].cat.categories) == ["year", "month", "day"]
    f = frames["funds"]
    assert f["yuan"].dtype == object
    assert all(isinstance(v, Decimal) and v.as_tuple().exponent == -2 for v in f["yuan"])
    assert isinstance(f["kind"].dtype, pd.CategoricalDtype)
    assert str(f["span_start"].dtype) == "Int64"
    q = frames["quantities"]
    assert all(isinstance(v, Decimal) for v in q["value"])
    assert str(frames["issues"]["parent_id"].dtype) == "Int64"
    assert frames["penalties"]["breakdown_partial"].dtype == bool
    assert str(frames["penalties"]["part_of"].dtype) == "Int64"


def test_fixture_tables(fixtures):
    t = xunshi.tables(fixtures, glob="*.txt")
    assert set(t) == set(xunshi.TABLES)
    n = len(list(fixtures.glob("*.txt")))
    assert len(t["reports"]) == n
    assert t["reports"]["ok"].sum() >= n - 5
    dtypes_ok(t)
    # a partial date keeps its precision
    assert (t["reports"][["published_precision", "period_start_precision", "period_end_precision"]] == "month").any().any()
    # spans are character offsets into the decoded text
    f = t["funds"].iloc[0]
    path = t["reports"].set_index("report_id").loc[f["report_id"], "path"]
    text = xunshi.read(path).text
    assert text[f["char_start"] : f["char_end"]].endswith(f["text"])
    # sum of money is exact
    assert t["funds"]["yuan"].sum() == sum((Decimal(x) for x in t["funds"]["yuan"].astype(str)), Decimal(0))


def test_report_ids_stable(fixtures, tmp_path):
    for p in sorted(fixtures.glob("*.txt"))[:6]:
        shutil.copy(p, tmp_path / p.name)
    a = xunshi.tables(tmp_path)["reports"]
    b = xunshi.tables(tmp_path, threads=1)["reports"]
    pd.testing.assert_frame_equal(a, b)
    for rid, path in zip(a["report_id"], a["path"]):
        with open(path, "rb") as fh:
            assert rid == hashlib.sha256(fh.read()).hexdigest()[:16]
    # a superset of the files, with a duplicate: the same ids
    shutil.copy(tmp_path / sorted(p.name for p in tmp_path.iterdir())[0], tmp_path / "zz-copy.txt")
    c = xunshi.tables([tmp_path, fixtures / "01-fullwidth-county-bureau.txt"])["reports"]
    ids = dict(zip(c["path"], c["report_id"]))
    for rid, path in zip(a["report_id"], a["path"]):
        assert ids[path] == rid
    dup = c[c["path"].str.endswith("zz-copy.txt")].iloc[0]
    assert dup["duplicate"] and pd.isna(dup["title"])


def test_unreadable_and_not_a_report(tmp_path):
    (tmp_path / "weather.txt").write_text("今天天气晴。", encoding="utf-8")
    t = xunshi.tables([tmp_path / "weather.txt", tmp_path / "missing.txt"])
    r = t["reports"]
    assert list(r["ok"]) == [False, False]
    assert set(r["error_kind"].astype(str)) == {"not_a_report", "unreadable"}
    assert pd.isna(r["report_id"].iloc[0]) or r["report_id"].iloc[1] is pd.NA or True
    assert all(len(t[name]) == 0 for name in xunshi.TABLES[1:])
    dtypes_ok(t)


def test_corpus_tables(corpus_text, fixtures):
    from conftest import CORPUS

    t = xunshi.tables([CORPUS])
    p = t["penalties"]
    assert p.loc[p["category"] == "party_discipline", "total"].iloc[0] == 42
    assert len(t["issues"]) == 13
    assert list(t["funds"]["yuan"]) == [Decimal("1858200.00"), Decimal("15486500.00")]
    s = p.iloc[0]
    assert corpus_text[s["char_start"] : s["char_end"]].startswith("党纪处分42人")


def test_progress_callback(fixtures):
    import xunshi._xunshi as native

    paths = xunshi.files(fixtures, glob="*.txt")
    seen = []
    native.tables(paths, 2, seen.append)
    assert seen and seen[-1] == len(paths) and seen == sorted(seen)
    # progress=True without a terminal still works (a bar if tqdm is there, else none)
    assert len(xunshi.tables(paths[:3], progress=True)["reports"]) == 3


def test_byte_and_char_offsets(corpus_text):
    from conftest import CORPUS

    p = xunshi.tables([CORPUS])["penalties"].iloc[0]
    data = corpus_text.encode("utf-8")
    assert data[p["span_start"] : p["span_end"]].decode("utf-8") == corpus_text[p["char_start"] : p["char_end"]]


def test_gil_released_while_parsing(fixtures, tmp_path):
    """Another Python thread runs while ``tables()`` parses: the call is made long enough
    (0.2 s at least, growing the input until it is) that a held GIL would leave the
    ticking thread no turn at all inside it, where a released one gives it dozens."""
    import threading
    import time

    ticks = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    th = threading.Thread(target=count)
    th.start()
    try:
        # distinct files (a file repeated is read once): the fixtures, copy k with k
        # trailing spaces
        texts = [open(p, "rb").read() for p in xunshi.files(fixtures, glob="*.txt")]
        paths = []
        for rounds in (8, 32, 128, 512):
            for k in range(len(paths) // len(texts), rounds):
                for i, data in enumerate(texts):
                    path = tmp_path / f"{k:04d}-{i:03d}.txt"
                    path.write_bytes(data + b" " * k + b"\n")
                    paths.append(str(path))
            time.sleep(0.01)
            t0 = time.perf_counter()
            xunshi.tables(paths, threads=1, progress=False)
            t1 = time.perf_counter()
            if t1 - t0 >= 0.2:
                break
    finally:
        stop.set()
        th.join()
    assert t1 - t0 >= 0.2, f"the call took {t1 - t0:.3f} s, too short to tell"
    inside = [t for t in ticks if t0 + 0.005 < t < t1 - 0.005]
    assert len(inside) >= 5, (t1 - t0, len(inside))
