"""Parse Chinese party inspection rectification notices (巡视/巡察整改情况通报).

>>> import xunshi
>>> r = xunshi.parse(text)                      # doctest: +SKIP
>>> r.outcomes.penalties[0].total               # doctest: +SKIP
42
>>> s = r.outcomes.penalties[0].span            # doctest: +SKIP
>>> text[s.start:s.end]                         # doctest: +SKIP
'党纪处分42人(...)'

Spans are Python string (character) indices; the UTF-8 byte offsets of the Rust
library are kept as ``byte_start``/``byte_end``. Money is :class:`decimal.Decimal`,
complete dates are :class:`datetime.date`, dates known only to the month or the year
are :class:`PartialDate`.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import os as _os
import re as _re
import sys as _sys
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Optional, Union

from . import _xunshi
from ._xunshi import ParseError

__all__ = [
    "ParseError",
    "Report",
    "Node",
    "Span",
    "PartialDate",
    "Finding",
    "parse",
    "read",
    "tables",
    "files",
    "report_id",
    "TABLES",
]

__version__ = "0.1.0"

ParseError.__doc__ = (
    "The input is not a rectification notice or could not be read as text "
    "(a subclass of ValueError). ``args[0]`` is the crate's message; for "
    ":func:`read`, ``args[1]`` is the error kind (``not_a_report``, ``binary``, …)."
)


class Span:
    """A place in the source text: ``text[span.start:span.end]`` is the literal words.

    ``start``/``end`` are Python string (character) indices; ``byte_start``/``byte_end``
    are the UTF-8 byte offsets that the Rust library and its JSON use.
    """

    __slots__ = ("start", "end", "byte_start", "byte_end")

    def __init__(self, start: int, end: int, byte_start: int, byte_end: int) -> None:
        self.start = start
        self.end = end
        self.byte_start = byte_start
        self.byte_end = byte_end

    def slice(self, text: str) -> str:
        """The words of ``text`` this span covers."""
        return text[self.start : self.end]

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, byte_start={self.byte_start}, byte_end={self.byte_end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and (self.start, self.end, self.byte_start, self.byte_end) == (
            other.start,
            other.end,
            other.byte_start,
            other.byte_end,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.byte_start))


class PartialDate:
    """A date known only to the year or the month (``2023-04``, ``2023``).

    ``precision`` is ``"year"``, ``"month"`` or ``"day"``; ``date`` is the
    :class:`datetime.date` when the day is known, else ``None``; ``first_day`` is the
    first day of the period.
    """

    __slots__ = ("year", "month", "day")

    def __init__(self, year: int, month: Optional[int] = None, day: Optional[int] = None) -> None:
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def parse(cls, s: str) -> "PartialDate":
        parts = [int(p) for p in s.split("-")]
        return cls(*parts)

    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def date(self) -> Optional[_dt.date]:
        if self.day is None or self.month is None:
            return None
        return _dt.date(self.year, self.month, self.day)

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        s = f"{self.year:04d}"
        if self.month is not None:
            s += f"-{self.month:02d}"
            if self.day is not None:
                s += f"-{self.day:02d}"
        return s

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class Node:
    """A part of a report: its JSON fields as attributes (``node.team``), converted to
    Python types. ``node.fields()`` lists them; ``node["team"]`` works too."""

    __slots__ = ("_f",)

    def __init__(self, fields: Dict[str, Any]) -> None:
        object.__setattr__(self, "_f", fields)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._f[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}") from None

    def __getitem__(self, name: str) -> Any:
        return self._f[name]

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("report objects are read-only")

    def __dir__(self) -> List[str]:
        return sorted(set(self._f) | set(dir(type(self))))

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._f == other._f  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def fields(self) -> List[str]:
        """The field names, in the order of the JSON."""
        return list(self._f)

    def __reduce__(self) -> Any:
        return (type(self), (self._f,))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._f.items() if not isinstance(v, (list, Node)))
        return f"{type(self).__name__}({inner})"


class Finding(Node):
    """What validation found: ``severity``, ``code``, ``message``, ``spans`` and
    ``span`` (the first of them, or ``None``)."""

    __slots__ = ()

    @property
    def span(self) -> Optional[Span]:
        spans = self._f.get("spans") or []
        return spans[0] if spans else None


_DATE = _re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DECIMAL = _re.compile(r"^-?\d+(\.\d+)?$")
# JSON fields that hold exact decimals as strings, and dates as ISO strings
_DECIMAL_KEYS = frozenset({"yuan", "value", "amount", "rate"})
_DATE_KEYS = frozenset({"published", "start", "end", "feedback_date", "date", "as_of"})
_SPAN_KEYS = frozenset({"start", "end", "byte_start", "byte_end"})


def _date(s: str) -> Union[_dt.date, PartialDate]:
    d = PartialDate.parse(s)
    return d.date or d


def _convert(v: Any, key: Optional[str] = None) -> Any:
    if isinstance(v, dict):
        if len(v) == 4 and _SPAN_KEYS.issuperset(v):
            return Span(v["start"], v["end"], v["byte_start"], v["byte_end"])
        fields = {k: _convert(x, k) for k, x in v.items()}
        cls = Finding if key == "findings" else Node
        return cls(fields)
    if isinstance(v, list):
        return [_convert(x, key) for x in v]
    if isinstance(v, str):
        if key in _DECIMAL_KEYS and _DECIMAL.match(v):
            return Decimal(v)
        if key in _DATE_KEYS and _DATE.match(v):
            return _date(v)
    return v


class Report(Node):
    """A parsed notice. Its parts are attributes (``inspection``, ``overview``,
    ``outcomes``, ``issues``, ``next_steps``, ``contact``, ``signature`` …) as in the
    Rust model; ``findings`` are what :meth:`validate` found, ``coverage`` how much of
    the text the report accounts for (non-whitespace characters, as in Rust).

    ``text`` is the text the spans point into. From :func:`read`: ``encoding``,
    ``bom``, ``html``, ``decode_note`` and ``report_id`` (from :func:`parse`:
    ``report_id`` is the id of the text's UTF-8 bytes, the others ``None``/``False``).
    """

    __slots__ = ("_raw", "text", "encoding", "bom", "html", "decode_note", "report_id")

    def __init__(self, raw: str, chars: str, text: str, **meta: Any) -> None:
        data = _json.loads(chars)
        super().__init__({k: _convert(v, k) for k, v in data.items()})
        s = object.__setattr__
        s(self, "_raw", raw)
        s(self, "text", text)
        for k in ("encoding", "bom", "html", "decode_note", "report_id"):
            s(self, k, meta.get(k))

    def to_dict(self) -> Dict[str, Any]:
        """The same JSON as the Rust library's serde output (plus ``findings`` and
        ``coverage``): strings for money and dates, and **byte** offsets in spans."""
        return _json.loads(self._raw)

    def to_json(self) -> str:
        """:meth:`to_dict` as a JSON string."""
        return self._raw

    def __reduce__(self) -> Any:
        meta = {k: getattr(self, k) for k in ("encoding", "bom", "html", "decode_note", "report_id")}
        return (_restore, (self.text, meta))

    def _repr_html_(self) -> str:
        return _xunshi.page(self.text, None)

    def html_page(self, name: Optional[str] = None) -> str:
        """The self-contained HTML page with every extracted value marked on the text."""
        return _xunshi.page(self.text, name)

    def __repr__(self) -> str:
        i = self._f.get("inspection")
        who = f" {i.team}→{i.target}" if i is not None else ""
        return f"<xunshi.Report{who}: {len(self._f.get('issues') or [])} issues, {len(self._f.get('findings') or [])} findings>"


def _restore(text: str, meta: Dict[str, Any]) -> "Report":
    raw, chars = _xunshi.parse(text)
    return Report(raw, chars, text, **meta)


def report_id(data: Union[bytes, str]) -> str:
    """The stable id of an input: the first 16 hex digits of the SHA-256 of its bytes
    (a ``str`` is taken as its UTF-8 bytes). The same as the CLI's ``report_id``."""
    import hashlib

    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def parse(text: str) -> Report:
    """Parses the text of one notice. Raises :class:`ParseError` when it is not one."""
    if not isinstance(text, str):
        raise TypeError(f"parse() takes the text as str, not {type(text).__name__}; use read() for bytes")
    raw, chars = _xunshi.parse(text)
    return Report(raw, chars, text, bom=False, html=False, report_id=report_id(text))


def read(source: Union[str, "_os.PathLike[str]", bytes], *, name: Optional[str] = None) -> Report:
    """Reads a notice from a file path or from bytes, decoding as the CLI does: UTF-8,
    UTF-16 (with a byte order mark), GB18030/GBK, and the visible text of HTML pages
    (``name`` — a file name hint such as ``"a.html"`` — helps for bytes). Spans point
    into ``report.text``, the decoded text. Raises :class:`ParseError`."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        hint = name
    else:
        hint = _os.fspath(source)
        data = _xunshi.read_path(hint)
    raw, chars, text, encoding, bom, html, note, rid = _xunshi.read(data, hint)
    return Report(raw, chars, text, encoding=encoding, bom=bom, html=html, decode_note=note, report_id=rid)


def files(paths_or_folder: Union[str, "_os.PathLike[str]", Iterable[Union[str, "_os.PathLike[str]"]]], glob: Optional[str] = None) -> List[str]:
    """The files to read: folders are walked (hidden entries skipped), paths kept;
    sorted and without repeats, as the CLI does. ``glob`` (``"*.txt"``) filters the files
    found in folders by name."""
    import fnmatch

    if isinstance(paths_or_folder, (str, _os.PathLike)):
        paths_or_folder = [paths_or_folder]
    out = set()
    for p in paths_or_folder:
        p = _os.fspath(p)
        if _os.path.isdir(p):
            for root, dirs, names in _os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for n in names:
                    if not n.startswith(".") and (glob is None or fnmatch.fnmatchcase(n, glob)):
                        out.add(_os.path.join(root, n))
        else:
            out.add(p)
    return sorted(out)


TABLES = ("reports", "penalties", "sanctions", "funds", "issues", "measures", "quantities", "findings")
_PRECISION = ("year", "month", "day")


# Text columns of the library's tables that Python gives as ``category``: few distinct
# values (the encodings, the units of the figures), as before the library's tables.
_CATEGORIES = {("reports", "encoding"), ("quantities", "unit")}


def _frame(pd: Any, pa: Any, name: str, batch: Any, kinds: List[str]) -> Any:
    """One table from its Arrow record batch (the library's ``xunshi::tables::arrow``):
    text ``string``, counts nullable ``Int64``, enums ``category``, ``decimal(38,2)``
    money ``Decimal``, dates ``datetime64[ns]``; decimal texts become ``Decimal``."""
    import numpy as np

    rb = pa.record_batch(batch)
    precision = pd.CategoricalDtype(list(_PRECISION), ordered=True)
    names, arrays, own = [], [], {}
    for col, kind, arr in zip(rb.schema.names, kinds, rb.columns):
        if kind == "enum date_precision":
            # the library's dictionary is day, month, year; the categories year < month < day
            names_in = arr.dictionary.to_pylist()
            to_code = np.array([_PRECISION.index(n) for n in names_in] + [-1], dtype=np.int8)
            idx = arr.indices.fill_null(len(names_in)).to_numpy(zero_copy_only=False)
            own[col] = pd.Categorical.from_codes(to_code[idx], dtype=precision)
            continue
        if kind == "decimal text" or (name, col) in _CATEGORIES:
            # each distinct text converted once
            enc = arr.dictionary_encode()
            texts = enc.dictionary.to_pylist()
            idx = enc.indices.fill_null(len(texts)).to_numpy(zero_copy_only=False)
            if kind == "decimal text":
                values = np.empty(len(texts) + 1, dtype=object)
                values[: len(texts)] = [Decimal(v) for v in texts]
                own[col] = values[idx]
            else:
                order = sorted(range(len(texts)), key=texts.__getitem__)
                rank = np.full(len(texts) + 1, -1, dtype=np.int32)
                rank[order] = np.arange(len(texts), dtype=np.int32)
                own[col] = pd.Categorical.from_codes(rank[idx], categories=[texts[i] for i in order])
            continue
        if kind == "date":
            arr = arr.cast(pa.timestamp("ns"))
        names.append(col)
        arrays.append(arr)
    mapping = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}
    df = pa.RecordBatch.from_arrays(arrays, names=names).to_pandas(types_mapper=mapping.get)
    for i, col in enumerate(rb.schema.names):
        if col in own:
            df.insert(i, col, own[col])
    return df


def _frames(raw: List[Any]) -> Dict[str, Any]:
    import pandas as pd
    import pyarrow as pa

    return {name: _frame(pd, pa, name, batch, kinds) for name, batch, kinds in raw}


def tables(
    paths_or_folder: Union[str, "_os.PathLike[str]", Iterable[Union[str, "_os.PathLike[str]"]]],
    threads: Optional[int] = None,
    *,
    glob: Optional[str] = None,
    progress: Optional[bool] = None,
) -> Dict[str, Any]:
    """The tidy tables of many files, as pandas DataFrames keyed by table name:
    ``reports``, ``penalties``, ``sanctions``, ``funds``, ``issues``, ``measures``,
    ``quantities``, ``findings`` — the tables and columns of the CLI's
    ``parse --format csv``, joined by ``report_id``.

    Files are read, decoded and parsed in parallel in Rust (``threads`` workers, default
    one per core) with the GIL released. Dtypes: text ``string``, enums ``category``,
    counts and ids nullable ``Int64``, flags ``bool``, money (``funds.yuan``) and other
    decimals (``quantities.value``, ``reports.completion_rate``) ``object`` columns of
    :class:`decimal.Decimal` — ``yuan`` always with exactly two decimals (rounded to the
    fen); dates ``datetime64[ns]`` holding the first day of the period, with a
    ``{name}_precision`` column (``year``/``month``/``day``, ordered ``category``).
    ``span_start``/``span_end`` are UTF-8 byte offsets into the decoded text, as in the
    CLI; ``char_start``/``char_end`` are character offsets (``text[char_start:char_end]``).
    The rows are those of the Rust library's ``xunshi::tables``, as in the CLI's CSV and
    Parquet files: an empty text is missing (``<NA>``), and an enum column's categories
    are every name of the enum in the library's order (so every call gives the same
    dtype); they reach pandas as Arrow record batches (pyarrow). A progress bar is shown on a terminal when tqdm is installed
    (``progress=False`` turns it off, ``True`` forces it).
    """
    paths = files(paths_or_folder, glob)
    bar = None
    if progress or (progress is None and len(paths) >= 200 and _sys.stderr.isatty()):
        try:
            from tqdm import tqdm

            bar = tqdm(total=len(paths), unit="file", desc="xunshi")
        except ImportError:
            bar = None
    if bar is not None:
        seen = [0]

        def tick(n: int) -> None:
            bar.update(n - seen[0])
            seen[0] = n

        try:
            raw = _xunshi.tables(paths, threads, tick)
        finally:
            bar.close()
    else:
        raw = _xunshi.tables(paths, threads, None)
    return _frames(raw)
