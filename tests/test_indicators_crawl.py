"""Crawling the replica fills `indicators` with the rows labelled by hand for every fixture
article (tests/fixtures/articles/indicators/*.toml, written from docs/indicators.md)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from monitor.crawl.fetch import Fetcher
from monitor.indicators.scoring import load_passages
from monitor.pipeline import run_once
from monitor.store import open_db

from .conftest import expected_cases

LABELS = {p.path.stem: p for p in load_passages(Path(__file__).parent / "fixtures" / "articles" / "indicators")}
CASES = {c["case"]: c for c in expected_cases()}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    from monitor.replica import Replica

    from .conftest import make_config
    with Replica() as replica:
        config = make_config(replica, tmp_path_factory.mktemp("crawl"))
        db = open_db(config.database_path)
        with Fetcher(config.http) as fetcher:
            run_once(config, db, fetcher)
        cursor = db.execute("SELECT * FROM indicators ORDER BY article_id, value_start")
        names = [c[0] for c in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor]
        articles = {r[0]: r[1:] for r in db.execute(
            "SELECT id, body, region_code, is_county_economy FROM articles")}
    return rows, articles


def test_every_stored_fixture_article_has_labels():
    stored = {name for name, c in CASES.items() if c["outcome"] == "article"}
    assert set(LABELS) == stored


@pytest.mark.parametrize("case", sorted(LABELS))
def test_a_crawl_stores_the_labelled_indicators_of_each_fixture_article(crawled, case):
    rows, articles = crawled
    label, article_id = LABELS[case], CASES[case]["id"]
    body, region_code, county_economy = articles[article_id]
    assert body == label.text
    assert (region_code or "", bool(county_economy)) == (label.region, label.is_county_economy)
    mine = [r for r in rows if r["article_id"] == article_id]
    got = {}
    for row in mine:
        assert body[row["evidence_start"]:row["evidence_end"]] == row["evidence"]
        got[(row["value_start"], row["value_end"])] = row
    expected = {}
    for mention in label.mentions:
        start, end = label.span(mention)
        [span] = [s for s in got if s[0] < end and start < s[1]] or [None]
        assert span is not None, f"{case}: {mention['surface']} ({mention['name']}) not stored"
        expected[span] = mention
    assert set(got) == set(expected), f"{case}: extra rows {[got[s]['name'] for s in set(got) - set(expected)]}"
    for span, mention in expected.items():
        row = got[span]
        actual = (row["region_code"], row["name"], row["kind"], row["unit_normalized"],
                  row["period_start"], row["period_end"])
        wanted = (mention["region"], mention["name"], mention["kind"], mention["unit"],
                  mention.get("period_start", ""), mention["period_end"])
        assert actual == wanted, mention["surface"]
        assert math.isclose(row["value_normalized"], mention["value"], rel_tol=1e-9), mention["surface"]
        for key in ("change_pct", "change_points", "change_value", "value_max"):
            column = "value_max_normalized" if key == "value_max" else key
            assert row[column] == pytest.approx(mention.get(key)), (mention["surface"], key)
        assert bool(row["approx"]) == bool(mention.get("approx", False)), mention["surface"]
