import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus" / "lucheng-2025.txt"

# A fictional notice in the genre's phrasing (no corpus sentence is copied).
NOTICE = (
    "根据县委统一部署,2023年4月10日至6月9日,县委第一巡察组对县林业局党组开展了常规巡察。"
    "7月5日,县委第一巡察组向县林业局党组反馈了巡察意见。现将整改情况予以公布。\n"
    "针对反馈的2个方面6个问题,制定整改措施18条。\n"
    "给予党纪处分3人(党内警告2人,严重警告1人);诫勉2人;清退违规发放补贴3.25万元。\n"
    "一、关于“林地管护责任落实不到位”问题的整改情况\n"
    "(一)压实管护责任。修订管护办法3项,巡查林地1200亩。\n"
)


@pytest.fixture(scope="session")
def corpus_text():
    if not CORPUS.exists():
        pytest.skip(f"the corpus report {CORPUS} is missing (it sits in ../shared beside the repository)")
    return CORPUS.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fixtures():
    return FIXTURES
