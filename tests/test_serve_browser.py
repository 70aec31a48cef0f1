"""`monitor serve` as a reader sees it: pages rendered and clicked in headless Chromium."""

from __future__ import annotations

import sqlite3

import pytest
from datasette.utils import tilde_encode

LINZE = "临泽：县域经济提质进位势头强劲"
ROUNDUP = "我省县域经济发展活力持续迸发"

pytestmark = pytest.mark.slow


@pytest.fixture
def page(browser):
    opened = browser.new_page(viewport={"width": 1280, "height": 900})
    yield opened
    opened.close()


def column(page, name: str) -> list[str]:
    """The text of one column of Datasette's result table, top to bottom."""
    return [c.strip() for c in page.locator(f"table.rows-and-columns td.col-{name}").all_inner_texts()]


def test_the_article_list_shows_titles_newest_first_and_no_body(served, crawled_once, page):
    page.goto(served.base + "/monitor/article_list")
    headers = [h.strip() for h in page.locator("table.rows-and-columns th").all_inner_texts()]
    assert "title" in headers and "region" in headers and "body" not in headers
    with sqlite3.connect(crawled_once.database_path) as conn:
        expected = [t for (t,) in conn.execute("SELECT title FROM articles ORDER BY published_at DESC")]
    assert column(page, "title") == expected
    assert expected[:2] == [LINZE, "甘州：玉米制种产业“链”出高质量发展"]   # 11-23, then 11-22 08:30
    page.locator("td.col-title a", has_text=LINZE).click()            # the title leads to the article
    assert page.locator("h1").inner_text() == LINZE
    assert "全县完成固定资产投资50.95亿元" in page.locator(".body").inner_text()


def test_a_two_character_search_in_the_search_box_finds_the_articles(served, page):
    page.goto(served.base + "/monitor/article_list")
    page.fill("input[name=_search]", "临泽")
    page.keyboard.press("Enter")
    page.wait_for_url("**_search=*")
    assert column(page, "title") == [LINZE, ROUNDUP]
    assert "2 rows where search matches" in page.locator("h3").first.inner_text()


def test_a_region_page_charts_one_point_per_observation_and_a_point_opens_its_article(served, crawled_once, page):
    page.goto(served.base + "/county/620723")
    card = page.locator("section.series[data-name='固定资产投资'][data-kind='amount']")
    points = card.locator("svg.chart a.point")
    # 临泽's 50.95亿元 of 1至9月: stated by fixture a and again by the province round-up g
    assert points.count() == 2
    with sqlite3.connect(crawled_once.database_path) as conn:
        stored = conn.execute("SELECT id, article_id FROM indicators WHERE region_code = '620723' "
                              "AND name = '固定资产投资' AND kind = 'amount'").fetchall()
    assert sorted(int(p.get_attribute("data-indicator")) for p in points.all()) == sorted(i for i, _ in stored)
    assert "1至9月，全县完成固定资产投资50.95亿元" in points.first.locator("title").text_content()
    ident = int(points.first.get_attribute("data-indicator"))
    article = dict(stored)[ident]
    points.first.click()
    page.wait_for_url(f"**/article/{article}?indicator={ident}*")
    assert page.locator("h1").inner_text() == {13012345: LINZE, 13009100: ROUNDUP}[article]
    assert "固定资产投资50.95亿元" in page.locator("mark#evidence").inner_text()


def test_the_series_query_returns_a_series_in_period_order(served, page):
    page.goto(served.base + "/monitor/" + tilde_encode("某县某指标的序列"))
    page.fill("input[name=region]", "临泽")
    page.fill("input[name=indicator]", "制种基地")
    page.locator("input[type=submit]").click()
    page.wait_for_url("**region=*")
    # stored newest first (fixture a, then g), shown by period end: g's 11-21 before a's 11-23
    assert column(page, "period_end") == ["2023-11-21", "2023-11-23"]
    assert [t.strip() for t in column(page, "title")] == [ROUNDUP, LINZE]


def test_a_region_page_fetches_nothing_from_elsewhere(served, page):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(served.base + "/county/620723")
    assert requested and all(url.startswith(served.base) for url in requested), requested
