"""The tables of a corpus too large for one machine, on Dask.

>>> from dask.distributed import Client                   # doctest: +SKIP
>>> client = Client("scheduler:8786")                     # doctest: +SKIP
>>> t = xunshi.dask.tables("/data/notices", client=client)  # doctest: +SKIP
>>> t["penalties"].groupby("category").total.sum()        # doctest: +SKIP

The files are split into chunks; each chunk is one task of a :mod:`dask.bag` that runs
:func:`xunshi.tables` on a worker (in parallel there too). The chunks' tables are joined
in file order and duplicates across chunks are marked as one process would, so the
result equals ``xunshi.tables(paths)`` row for row. Every worker must see the same
paths (a shared file system) and have ``xunshi`` installed.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, List, Optional, Union

import xunshi

__all__ = ["bag", "tables"]

PathLike = Union[str, "os.PathLike[str]"]


def _chunk(task: Any) -> Dict[str, Any]:
    index, paths, threads = task
    out = xunshi.tables(paths, threads=threads, progress=False)
    for t in out.values():
        t["_chunk"] = index
    return out


def bag(
    paths_or_folder: Union[PathLike, Iterable[PathLike]],
    chunk_size: int = 256,
    threads: Optional[int] = 1,
    glob: Optional[str] = None,
) -> Any:
    """A :class:`dask.bag.Bag` with one item per chunk of ``chunk_size`` files: the dict of
    DataFrames of that chunk (with a ``_chunk`` column). ``threads`` per task (default 1:
    Dask gives parallelism across tasks)."""
    import dask.bag as db

    paths = xunshi.files(paths_or_folder, glob)
    chunks: List[Any] = [(i, paths[s : s + chunk_size], threads) for i, s in enumerate(range(0, len(paths), chunk_size))]
    return db.from_sequence(chunks, npartitions=max(1, len(chunks))).map(_chunk)


def _join(parts: List[Dict[str, Any]]) -> Dict[str, Any]:
    import pandas as pd

    if not parts:
        return xunshi.tables([], progress=False)
    parts = sorted(parts, key=lambda p: int(p["reports"]["_chunk"].iloc[0]) if len(p["reports"]) else -1)
    out: Dict[str, Any] = {}
    for name in xunshi.TABLES:
        frames = [p[name] for p in parts]
        t = pd.concat(frames, ignore_index=True)
        for col, dtype in frames[0].dtypes.items():
            if isinstance(dtype, pd.CategoricalDtype) and not isinstance(t[col].dtype, pd.CategoricalDtype):
                t[col] = t[col].astype("category")
            elif isinstance(dtype, pd.CategoricalDtype) and dtype.ordered:
                t[col] = t[col].astype(dtype)
        out[name] = t
    # duplicates across chunks: the first file with those bytes keeps the rows
    reports = out["reports"]
    first = reports[reports["report_id"].notna()].drop_duplicates("report_id").set_index("report_id")["_chunk"]
    dup = reports["report_id"].notna() & reports["report_id"].duplicated() & ~reports["duplicate"]
    if dup.any():
        file_cols = list(reports.columns[:10])
        for col in reports.columns:
            if col not in file_cols and col != "_chunk":
                reports.loc[dup, col] = None
        reports.loc[dup, "duplicate"] = True
    for name in xunshi.TABLES[1:]:
        t = out[name]
        keep = t["_chunk"].to_numpy() == t["report_id"].map(first).to_numpy()
        out[name] = t[keep].reset_index(drop=True)
    for name in xunshi.TABLES:
        out[name] = out[name].drop(columns="_chunk")
    return out


def tables(
    paths_or_folder: Union[PathLike, Iterable[PathLike]],
    client: Any = None,
    chunk_size: int = 256,
    threads: Optional[int] = 1,
    glob: Optional[str] = None,
) -> Dict[str, Any]:
    """:func:`xunshi.tables` on Dask: the same dict of pandas DataFrames, computed on
    ``client`` (a :class:`dask.distributed.Client`), or on Dask's current scheduler."""
    b = bag(paths_or_folder, chunk_size=chunk_size, threads=threads, glob=glob)
    parts = b.compute(scheduler=client) if client is not None else b.compute()
    return _join(list(parts))
