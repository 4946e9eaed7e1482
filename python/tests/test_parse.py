import datetime
import hashlib
from decimal import Decimal

import pytest

import xunshi
from conftest import NOTICE


def test_corpus_report(corpus_text):
    r = xunshi.parse(corpus_text)
    party = [p for p in r.outcomes.penalties if p.category == "party_discipline"]
    assert party[0].total == 42
    assert len(r.issues) == 13
    assert r.inspection.team == "省委第八巡视组"
    assert r.inspection.start == datetime.date(2024, 3, 18)
    funds = r.outcomes.funds
    assert len(funds) == 2
    assert all(isinstance(f.amount.yuan, Decimal) for f in funds)
    assert funds[0].amount.yuan == Decimal("1858200.00")
    s = party[0].span
    assert corpus_text[s.start : s.end].startswith("党纪处分42人")
    assert s.slice(corpus_text) == corpus_text[s.start : s.end]
    # the byte offsets are those of the Rust library
    assert corpus_text.encode("utf-8")[s.byte_start : s.byte_end].decode("utf-8") == corpus_text[s.start : s.end]
    assert s.byte_start > s.start  # the text is Chinese: bytes and characters differ


def test_attributes_and_spans():
    r = xunshi.parse(NOTICE)
    i = r.inspection
    assert (i.team, i.team_number, i.target) == ("县委第一巡察组", 1, "县林业局党组")
    assert i.start == datetime.date(2023, 4, 10)
    assert i.feedback_date == datetime.date(2023, 7, 5)
    assert i.target_as_written is None and i.feedback_recipient_as_written is None
    p = r.outcomes.penalties[0]
    assert NOTICE[p.span.start : p.span.end] == "党纪处分3人(党内警告2人,严重警告1人)"
    assert [b.count for b in p.breakdown] == [2, 1]
    assert p.breakdown_partial is False
    # a list after 其中 that names some of the total
    q = xunshi.parse(NOTICE.replace("党纪处分3人(党内警告2人,严重警告1人)", "党纪处分3人,其中党内警告2人"))
    q = q.outcomes.penalties[0]
    assert (q.total, [b.count for b in q.breakdown], q.breakdown_partial) == (3, [2], True)
    f = r.outcomes.funds[0]
    assert f.amount.yuan == Decimal("32500") and NOTICE[f.span.start : f.span.end].endswith("3.25万元")
    m = r.issues[0].measures[0]
    assert m.title.startswith("压实管护责任")
    for q in m.quantities:
        assert isinstance(q.value, Decimal)
        assert q.value in (Decimal(3), Decimal(1200))
    assert "team" in dir(i) and "team" in i.fields()
    with pytest.raises(AttributeError):
        i.no_such_field


def test_to_dict_is_the_serde_json():
    r = xunshi.parse(NOTICE)
    d = r.to_dict()
    p = r.outcomes.penalties[0]
    assert d["outcomes"]["penalties"][0]["span"] == {"start": p.span.byte_start, "end": p.span.byte_end}
    assert d["outcomes"]["funds"][0]["amount"]["yuan"] == "32500.00"
    assert d["inspection"]["start"] == "2023-04-10"
    assert "findings" in d and "coverage" in d


def test_findings_and_coverage():
    text = NOTICE.replace("党纪处分3人", "党纪处分4人")
    r = xunshi.parse(text)
    f = [f for f in r.findings if f.code == "breakdown_mismatch"][0]
    assert f.severity == "error"
    assert text[f.span.start : f.span.end].startswith("党纪处分4人")
    assert 0 < r.coverage.interpreted <= r.coverage.total <= len(text)


def test_partial_dates(fixtures):
    r = xunshi.read(fixtures / "08-title-party-group-month-precision.txt")
    dates = [r.inspection.start, r.inspection.end, r.inspection.feedback_date]
    partial = [d for d in dates if isinstance(d, xunshi.PartialDate)]
    assert partial, dates
    assert partial[0].precision in ("month", "year") and partial[0].date is None


def test_parse_error():
    with pytest.raises(xunshi.ParseError) as e:
        xunshi.parse("今天天气晴,气温二十度。")
    assert isinstance(e.value, ValueError)
    assert str(e.value)
    with pytest.raises(TypeError):
        xunshi.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(xunshi.ParseError) as e:
        xunshi.read(b"\x89PNG\r\n\x1a\n\0\0\0\0")
    assert e.value.args[1] == "binary"


def test_read_gbk_bytes_and_file(tmp_path):
    data = NOTICE.encode("gbk")
    r = xunshi.read(data)
    assert r.encoding == "gb18030" and not r.html
    assert r.report_id == hashlib.sha256(data).hexdigest()[:16] == xunshi.report_id(data)
    p = r.outcomes.penalties[0]
    assert r.text[p.span.start : p.span.end] == "党纪处分3人(党内警告2人,严重警告1人)"
    f = tmp_path / "notice.txt"
    f.write_bytes(data)
    assert xunshi.read(f).report_id == r.report_id
    assert xunshi.read(str(f)).outcomes.penalties[0].total == 3


def test_read_html_page(tmp_path):
    body = "".join(f"<p>{line}</p>\n" for line in NOTICE.splitlines())
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>整改情况通报</title>'
        "<script>var x = 1;</script></head><body><div class=nav>首页 &gt; 通知公告</div>"
        f"{body}<div>打印本页</div></body></html>"
    )
    r = xunshi.read(page.encode("utf-8"), name="notice.html")
    assert r.html and r.encoding == "UTF-8"
    assert "var x" not in r.text
    assert r.outcomes.penalties[0].total == 3
    p = r.outcomes.penalties[0].span
    assert r.text[p.start : p.end].startswith("党纪处分3人")
    f = tmp_path / "page.htm"
    f.write_text(page, encoding="utf-8")
    assert xunshi.read(f).html


def test_repr_html():
    r = xunshi.parse(NOTICE)
    page = r._repr_html_()
    assert "<html" in page.lower() and "县林业局" in page
    assert "Report" in repr(r)


def test_pickle_and_copy():
    import copy
    import pickle

    r = xunshi.read(NOTICE.encode("gbk"))
    s = pickle.loads(pickle.dumps(r))
    assert s.to_dict() == r.to_dict() and s.encoding == "gb18030" and s.report_id == r.report_id
    assert s.outcomes.penalties[0].span == r.outcomes.penalties[0].span
    p = pickle.loads(pickle.dumps(r.outcomes.penalties[0]))
    assert p == r.outcomes.penalties[0]
    assert copy.deepcopy(r.inspection) == r.inspection
