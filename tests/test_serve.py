"""`monitor serve` as a real process over HTTP: Chinese search through the bigram index, canned
queries, region and article pages, 404s instead of tracebacks, and a read-only database that a
crawl can keep writing to."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest
from datasette.utils import tilde_encode

from .conftest import MonitorServer

LINZE = "临泽：县域经济提质进位势头强劲"          # fixture a, 2023-11-23, about 临泽县
ROUNDUP = "我省县域经济发展活力持续迸发"          # fixture g, 2023-11-21, names 临泽县 in its body

pytestmark = pytest.mark.slow


def q(name: str) -> str:
    """A canned query's path: Datasette tilde-encodes names that are not ASCII."""
    return "/monitor/" + tilde_encode(name)


def rows(server: MonitorServer, path: str) -> list[dict]:
    status, text = server.get(path)
    assert status == 200, text[:500]
    return json.loads(text)


@pytest.mark.parametrize("words", ["临泽", "临泽县", "临泽 县域"])
def test_the_table_search_finds_chinese_words_of_any_length(served, words):
    found = rows(served, f"/monitor/article_list.json?_search={words}&_shape=array")
    assert [r["title"] for r in found] == [LINZE, ROUNDUP]       # both, newest first
    assert "body" not in found[0]


def test_the_raw_articles_table_searches_the_same_way(served):
    found = rows(served, "/monitor/articles.json?_search=临泽县&_shape=array&_col=title")
    assert {r["title"] for r in found} == {LINZE, ROUNDUP}


def test_the_search_query_ranks_title_matches_first_and_marks_the_words(served):
    found = rows(served, q("全文搜索") + ".json?q=临泽&_shape=array")
    assert [r["title"] for r in found] == [LINZE, ROUNDUP]
    assert "⟦临泽⟧" in found[1]["snippet"] and found[0]["region"] == "临泽县"
    status, page = served.get(q("全文搜索") + "?q=临泽")
    assert status == 200 and "<mark>临泽</mark>" in page and "⟦" not in page


@pytest.mark.parametrize("query", ['"', "'", "***", "AND OR NOT", "(", "，。！", "NEAR(a b)", "^"])
def test_fts_syntax_and_punctuation_are_no_match_not_an_error(served, query):
    for path in (f"/monitor/article_list.json?_search={query}&_shape=array",
                 q("全文搜索") + f".json?q={query}&_shape=array"):
        status, text = served.get(path.replace("#", "%23"))
        assert status == 200, (path, text[:300])
        assert json.loads(text) == []


def test_a_quoted_word_still_finds_the_word(served):
    found = rows(served, '/monitor/article_list.json?_search="临泽县"&_shape=array')
    assert [r["title"] for r in found] == [LINZE, ROUNDUP]


def test_the_series_query_lists_a_synonym_in_period_order(served):
    # 制种基地 in 临泽: fixture g (2023-11-21, no period: its publication date) was stored
    # after fixture a (今年, to 2023-11-23), yet comes first in period order
    found = rows(served, q("某县某指标的序列") + ".json?region=临泽&indicator=制种基地&_shape=array")
    assert [(r["period_end"], r["figure"], r["title"]) for r in found] == [
        ("2023-11-21", "30.5万亩", ROUNDUP), ("2023-11-23", "30.5万亩", LINZE)]
    by_code_and_synonym = rows(served, q("某县某指标的序列") + ".json?region=620723&indicator=固投&_shape=array")
    assert [r["figure"] for r in by_code_and_synonym] == ["50.95亿元", "50.95亿元"]


def test_new_indicators_of_the_week_are_the_flagged_rows(served, crawled_once):
    found = rows(served, q("本周新指标") + ".json?_shape=array&_size=max")
    with sqlite3.connect(crawled_once.database_path) as conn:
        flagged = conn.execute("SELECT count(*) FROM indicators WHERE flag IS NOT NULL").fetchone()[0]
    assert len(found) == flagged and flagged > 100             # the crawl was just now
    assert {r["flag"] for r in found} == {"new_indicator", "new_period"}


@pytest.mark.parametrize("path", ["/county/999999", "/county/abc", "/county/620723?indicator=不存在的指标",
                                  "/article/1", "/article/abc", "/county/62072"])
def test_an_unknown_region_indicator_or_article_is_a_404_page(served, path):
    status, page = served.get(path)
    assert status == 404
    assert "Traceback" not in page and "<html" in page


def test_a_region_page_names_the_region_and_charts_its_series(served):
    status, page = served.get("/county/620723")
    assert status == 200
    assert "<h1>临泽县" in page and "张掖市" in page                # the prefecture in the crumbs
    assert page.count('<svg class="chart"') == page.count('class="card series"') >= 10
    assert "最新标记的指标" in page and LINZE in page


def test_a_prefecture_page_lists_its_counties_and_their_articles(served):
    status, page = served.get("/county/620700")
    assert status == 200
    for county in ("甘州区", "临泽县", "高台县", "山丹县", "民乐县", "肃南裕固族自治县"):
        assert county in page
    assert LINZE in page                                          # a county's article


def test_the_article_page_marks_the_evidence_of_the_chosen_indicator(served, crawled_once):
    with sqlite3.connect(crawled_once.database_path) as conn:
        (ident,) = conn.execute("SELECT id FROM indicators WHERE article_id = 13012345 "
                                "AND name = '固定资产投资'").fetchone()
    status, page = served.get(f"/article/13012345?indicator={ident}")
    assert status == 200
    assert '<mark id="evidence">1至9月，全县完成固定资产投资50.95亿元' in page


def test_no_sql_can_write_to_the_database(served, crawled_once):
    status, text = served.get("/monitor.json?sql=update articles set title = 'x'")
    assert status == 400
    status, text = served.get("/monitor.json?sql=select 1; delete from articles")
    assert status == 400
    with sqlite3.connect(crawled_once.database_path) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE title = 'x'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (13,)


def test_the_server_listens_on_loopback_only_by_default(served):
    listening = []
    with open("/proc/net/tcp") as f:
        for line in f.readlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            if state == "0A" and int(local.split(":")[1], 16) == served.port:
                listening.append(local.split(":")[0])
    assert listening == ["0100007F"]                              # 127.0.0.1, not 0.0.0.0


def test_a_crawl_writes_while_pages_are_served_and_the_pages_see_it(crawled_once, tmp_path):
    server = MonitorServer(str(crawled_once.path))
    try:
        errors: list[str] = []

        def browse() -> None:
            for _ in range(15):
                for path in ("/county/620723", "/monitor/article_list.json?_search=临泽"):
                    status, _ = server.get(path)
                    if status != 200:
                        errors.append(path)
        readers = [threading.Thread(target=browse) for _ in range(2)]
        for t in readers:
            t.start()
        # a writer that never waits: any lock held by the server would fail it at once
        conn = sqlite3.connect(crawled_once.database_path, timeout=0)
        for i in range(40):
            conn.execute("UPDATE articles SET title = ? WHERE id = 12150330", [f"民勤县设施农业 {i}"])
            conn.commit()
        for t in readers:
            t.join()
        assert errors == []
        status, page = server.get("/article/12150330")
        assert "民勤县设施农业 39" in page                          # fresh, not a cached copy
        conn.execute("UPDATE articles SET title = '民勤县设施农业成为农民增收“聚宝盆”' WHERE id = 12150330")
        conn.commit()
        conn.close()
    finally:
        server.stop()


def test_serve_refuses_a_missing_database_in_one_line(tmp_path):
    import subprocess
    import sys
    cfg = tmp_path / "m.toml"
    cfg.write_text(f'[database]\npath = "{tmp_path / "none.db"}"\n[[sources]]\nname = "x"\n'
                   'listing_urls = ["http://gansu.gscn.com.cn/gsbb/index.shtml"]\nallowed_hosts = ["gansu.gscn.com.cn"]\n',
                   "utf-8")
    proc = subprocess.run([sys.executable, "-m", "monitor", "--config", str(cfg), "serve"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("Error: no database at") and "Traceback" not in proc.stderr
    assert not (tmp_path / "none.db").exists()


def test_the_indicator_list_names_regions_and_prefectures_newest_first_with_facets(served):
    status, text = served.get("/monitor/indicator_list.json?region_code=620723&indicator=固定资产投资")
    assert status == 200
    data = json.loads(text)
    found = [dict(zip(data["columns"], row, strict=True)) for row in data["rows"]]
    assert [(r["region"], r["prefecture"], r["figure"], r["published_at"][:10]) for r in found] == [
        ("临泽县", "张掖市", "50.95亿元", "2023-11-23"), ("临泽县", "张掖市", "50.95亿元", "2023-11-21")]
    assert set(data["facet_results"]) == {"prefecture", "region", "indicator", "flag", "kind", "source"}
