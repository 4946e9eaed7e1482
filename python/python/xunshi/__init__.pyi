"""Type stubs of the xunshi package (see the module docstring for the model)."""

import datetime
import os
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

import pandas

__version__: str
TABLES: Tuple[str, ...]

_Path = Union[str, "os.PathLike[str]"]
DateLike = Union[datetime.date, "PartialDate"]

class ParseError(ValueError):
    """The input is not a notice or could not be read: ``args[0]`` is the crate's message,
    ``args[1]`` (from :func:`read`) the error kind."""

class Span:
    """``text[span.start:span.end]``: character offsets; ``byte_*``: UTF-8 byte offsets."""

    start: int
    end: int
    byte_start: int
    byte_end: int
    def __init__(self, start: int, end: int, byte_start: int, byte_end: int) -> None: ...
    def slice(self, text: str) -> str: ...

class PartialDate:
    """A date known to the month or the year only."""

    year: int
    month: Optional[int]
    day: Optional[int]
    def __init__(self, year: int, month: Optional[int] = ..., day: Optional[int] = ...) -> None: ...
    @classmethod
    def parse(cls, s: str) -> PartialDate: ...
    @property
    def precision(self) -> str: ...
    @property
    def date(self) -> Optional[datetime.date]: ...
    @property
    def first_day(self) -> datetime.date: ...

class Node:
    """A part of a report: its JSON fields as attributes."""

    def __getattr__(self, name: str) -> Any: ...
    def __getitem__(self, name: str) -> Any: ...
    def fields(self) -> List[str]: ...

class Money(Node):
    yuan: Decimal
    text: str
    qualifier: str

class Quantity(Node):
    value: Decimal
    unit: str
    qualifier: str
    span: Span

class SanctionCount(Node):
    sanction: str
    label: str
    count: Optional[int]
    span: Span

class Penalty(Node):
    category: str
    label: str
    total: Optional[int]
    unit: str
    breakdown: List[SanctionCount]
    breakdown_partial: bool
    part_of: Optional[int]
    span: Span

class Funds(Node):
    kind: str
    label: str
    amount: Money
    span: Span

class Outcomes(Node):
    penalties: List[Penalty]
    institutions: Optional[int]
    funds: List[Funds]

class Inspection(Node):
    scheme: str
    authority: Optional[str]
    team: Optional[str]
    team_number: Optional[int]
    target: Optional[str]
    target_as_written: Optional[str]
    kind: Optional[str]
    start: Optional[DateLike]
    end: Optional[DateLike]
    feedback_date: Optional[DateLike]
    feedback_recipient: Optional[str]
    feedback_recipient_as_written: Optional[str]
    span: Span

class Measure(Node):
    number: Optional[int]
    title: str
    text: str
    quantities: List[Quantity]
    documents: List[str]
    span: Span

class Issue(Node):
    number: Optional[int]
    title: str
    measures: List[Measure]
    children: List[Issue]
    span: Span

class Signature(Node):
    issuer: Optional[str]
    date: Optional[DateLike]

class Coverage(Node):
    interpreted: int
    passages: int
    total: int
    uncovered: List[Span]

class Finding(Node):
    severity: str
    code: str
    message: str
    spans: List[Span]
    @property
    def span(self) -> Optional[Span]: ...

class Report(Node):
    text: str
    encoding: Optional[str]
    bom: bool
    html: bool
    decode_note: Optional[str]
    report_id: str
    title: Optional[Node]
    published: Optional[DateLike]
    inspection: Optional[Inspection]
    overview: Optional[Node]
    outcomes: Optional[Outcomes]
    issues: List[Issue]
    sections: List[Node]
    next_steps: List[Node]
    contact: Optional[Node]
    signature: Optional[Signature]
    unrecognized: List[Node]
    findings: List[Finding]
    coverage: Coverage
    def to_dict(self) -> Dict[str, Any]: ...
    def to_json(self) -> str: ...
    def html_page(self, name: Optional[str] = ...) -> str: ...
    def _repr_html_(self) -> str: ...

def report_id(data: Union[bytes, str]) -> str: ...
def parse(text: str) -> Report: ...
def read(source: Union[_Path, bytes], *, name: Optional[str] = ...) -> Report: ...
def files(paths_or_folder: Union[_Path, Iterable[_Path]], glob: Optional[str] = ...) -> List[str]: ...
def tables(
    paths_or_folder: Union[_Path, Iterable[_Path]],
    threads: Optional[int] = ...,
    *,
    glob: Optional[str] = ...,
    progress: Optional[bool] = ...,
) -> Dict[str, pandas.DataFrame]: ...
