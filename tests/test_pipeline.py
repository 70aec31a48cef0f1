"""Whole crawl cycles against the replica over real HTTP, into a real SQLite file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from monitor.crawl.fetch import Fetcher
from monitor.pipeline import run_once
from monitor.replica import Status
from monitor.store import open_db

from .conftest import ARTICLE_IDS, expected_cases, make_config

CASES = {c["case"]: c for c in expected_cases()}
ARTICLES = [c for c in CASES.values() if c["outcome"] == "article"]
GSBB_INDEX = "http://gansu.gscn.com.cn/gsbb/index.shtml"
OLDER_PAGE_1 = ("http://gansu.gscn.com.cn/system/count//0018005/000000000000/000/000/"
                "c0018005000000000000_000000001.shtml")
ROBOTS_BLOCKED = "http://gansu.gscn.com.cn/system/2023/10/31/013001234.shtml"


def crawl(config, **kw):
    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        return run_once(config, db, fetcher, **kw), db


def rows_by_id(db):
    cursor = db.execute("SELECT * FROM articles")
    names = [c[0] for c in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}


def test_a_crawl_stores_every_fixture_article_with_its_fields(replica, config):
    report, db = crawl(config)
    stored = rows_by_id(db)
    assert set(stored) == {c["id"] for c in ARTICLES}
    for case in ARTICLES:
        row = stored[case["id"]]
        assert row["url"] == replica.url(case["url"])
        for field in ("title", "origin", "author", "editor", "published_at", "parser", "channel"):
            assert row[field] == case[field], (case["case"], field)
        assert row["breadcrumb"] == (" > ".join(case["breadcrumb"]) or None)
        assert row["body"] == "\n".join(case["body"]), case["case"]
    assert report.new_articles == len(ARTICLES)
    assert stored[CASES["g_gansudaily_multipage"]["id"]]["pages"] == 3


def test_pages_that_are_not_articles_are_remembered_not_stored(replica, config):
    _, db = crawl(config)
    skipped = dict(db.execute("SELECT url, kind FROM skipped").fetchall())
    for case in CASES.values():
        if case["outcome"] in ("soft_404", "redirect"):
            assert skipped[replica.url(case["url"])] == case["outcome"]


def test_a_page_without_body_is_a_failure_with_url_and_reason(replica, config):
    report, db = crawl(config)
    case = CASES["k_sunan_empty_body"]
    row = db.execute("SELECT stage, reason, attempts FROM failures WHERE url = ?",
                     [replica.url(case["url"])]).fetchone()
    assert row == ("parse", "body not found (parser gscn_current)", 1)
    assert report.failures == 1
    assert db.execute("SELECT count(*) FROM articles WHERE id = ?", [case["id"]]).fetchone()[0] == 0


def test_robots_disallowed_links_are_never_requested(replica, config):
    report, _ = crawl(config)
    assert replica.requests_for(ROBOTS_BLOCKED) == []
    assert report.blocked_by_robots >= 1


def test_a_second_cycle_over_an_unchanged_site_costs_only_conditional_requests(replica, config):
    crawl(config)
    before = len(replica.requests)
    report, db = crawl(config)
    second = [r for r in replica.requests[before:] if r.path != "/robots.txt"]
    assert report.new_articles == 0 and report.updated_articles == 0
    assert second and all(r.conditional and r.status == 304 for r in second), second
    # three listings, and the one article that failed to parse (unchanged, so still failing)
    assert len(second) == 4
    assert [i for (i,) in db.execute("SELECT id FROM articles ORDER BY id")] == ARTICLE_IDS


def test_a_new_article_is_found_and_paging_stops_at_known_ones(replica, config):
    crawl(config)
    new_url = "http://gansu.gscn.com.cn/system/2023/11/24/013013000.shtml"
    template = replica.site["gansu.gscn.com.cn"]["/system/2023/11/23/013012345.shtml"].decode()
    replica.put(new_url, template.replace("临泽：县域经济提质进位势头强劲", "临泽：冬季项目建设不停工")
                .encode())
    index = replica.site["gansu.gscn.com.cn"]["/gsbb/index.shtml"].decode()
    first_link = index.index("<li>", index.index('<div id="content">'))
    replica.put(GSBB_INDEX, (index[:first_link] + f'<li><a href="{new_url}">临泽：冬季项目建设不停工</a>'
                             "<span>2023/11/24</span></li>" + index[first_link:]).encode())
    before = len(replica.requests)
    report, db = crawl(config)
    assert report.new_articles == 1
    assert db.execute("SELECT title FROM articles WHERE id = 13013000").fetchone() == ("临泽：冬季项目建设不停工",)
    paths = [r.path for r in replica.requests[before:]]
    assert not any("c0018005000000000000_" in p for p in paths), "paged past known articles"


def test_a_failed_article_is_retried_in_a_later_cycle(replica, config):
    case = CASES["b_tianzhu_current_ascii_colon"]
    replica.inject(case["url"], *[Status(503)] * (config.http.max_retries + 1))
    report, db = crawl(config)
    assert db.execute("SELECT stage, http_status FROM failures WHERE resolved_at IS NULL AND url = ?",
                      [replica.url(case["url"])]).fetchone() == ("fetch", 503)
    report, db = crawl(config)
    assert report.recovered == 1
    assert db.execute("SELECT title FROM articles WHERE id = ?", [case["id"]]).fetchone() == (case["title"],)
    assert db.execute("SELECT resolved_at IS NOT NULL FROM failures WHERE url = ?",
                      [replica.url(case["url"])]).fetchone() == (1,)


def test_a_failing_article_is_given_up_after_max_attempts(replica, tmp_path):
    config = make_config(replica, tmp_path)
    case = CASES["k_sunan_empty_body"]
    for _ in range(config.crawl.max_attempts + 2):
        crawl(config)
    assert len(replica.requests_for(case["url"])) == config.crawl.max_attempts


def test_an_unreachable_listing_fails_its_source_and_the_others_go_on(replica, config):
    replica.inject(GSBB_INDEX, *[Status(500)] * (config.http.max_retries + 1))
    report, db = crawl(config)
    assert len(report.errors) == 1 and "gscn-gsbb" in report.errors[0] and "HTTP 500" in report.errors[0]
    assert report.new_articles > 0   # the other channels
    assert db.execute("SELECT status, error IS NOT NULL FROM crawl_runs").fetchone() == ("partial", 1)


def test_an_ordinary_cycle_reads_few_older_pages_and_backfill_reads_more(replica, tmp_path):
    config = make_config(replica, tmp_path)
    config = replace(config, crawl=replace(config.crawl, max_listing_pages=0))
    report, db = crawl(config)
    assert replica.requests_for(OLDER_PAGE_1) == []
    only_index = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    report, db = crawl(config, backfill_pages=2)
    assert len(replica.requests_for(OLDER_PAGE_1)) == 1
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 13 > only_index


@pytest.mark.parametrize("rps", [200.0])
def test_the_run_is_recorded_with_its_counts(replica, tmp_path, rps):
    config = make_config(replica, tmp_path, requests_per_second=rps)
    report, db = crawl(config)
    row = db.execute("SELECT status, ended_at IS NOT NULL, new_articles, failures, pages_fetched,"
                     " requests FROM crawl_runs").fetchone()
    # 24 pages: on gscn 5 of listings (甘肃播报's index, its page-count script and 2 older pages,
    # 本网原创's index) and 14 articles; on gansudaily 甘肃播报's index and 2 articles, one in 3
    # pages. 26 requests: those and each host's robots.txt.
    assert row == ("ok", 1, 13, 1, 24, 26)
    assert report.pages_fetched == 24


def publish(replica, url: str, title: str, listing: str = GSBB_INDEX, date: str = "2023/11/24") -> None:
    """Put a new article (a copy of fixture a with a new title) at the top of a listing."""
    template = replica.site["gansu.gscn.com.cn"]["/system/2023/11/23/013012345.shtml"].decode()
    replica.put(url, template.replace("临泽：县域经济提质进位势头强劲", title).encode())
    host, path = listing.split("://", 1)[1].split("/", 1)
    index = replica.site[host]["/" + path].decode()
    at = index.index("<li>", index.index('<div id="content">'))
    replica.put(listing, (index[:at] + f'<li><a href="{url}">{title}</a><span>{date}</span></li>'
                          + index[at:]).encode())


def test_a_malformed_link_on_a_listing_does_not_stop_the_cycle(replica, config):
    index = replica.site["gansu.gscn.com.cn"]["/gsbb/index.shtml"].decode()
    at = index.index("<li>", index.index('<div id="content">'))
    bad = ('<li><a href="http://gansu.gscn.com.cn:99999/system/2023/11/24/013013001.shtml">坏链接</a></li>'
           '<li><a href="http://[broken/system/2023/11/24/013013002.shtml">坏链接</a></li>')
    replica.put(GSBB_INDEX, (index[:at] + bad + index[at:]).encode())
    report, db = crawl(config)
    assert report.errors == [] and report.new_articles == 13


def test_pages_that_failed_to_parse_are_parsed_again_after_the_layouts_change(replica, tmp_path):
    config = make_config(replica, tmp_path)
    broken = replace(config, sources=tuple(
        replace(s, layouts=tuple(replace(lay, body="div.no-such-body") if lay.name == "gscn_current" else lay
                                 for lay in s.layouts)) for s in config.sources))
    report, db = crawl(broken)
    failing = report.failures
    assert failing >= 8
    report, db = crawl(broken)       # same parser, unchanged pages: a 304 each, still failing
    assert report.recovered == 0
    report, db = crawl(config)       # selectors fixed: every failed page is fetched and parsed again
    assert report.recovered == failing - 1   # all but the page that really has no body
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (13,)


def test_a_burst_of_news_longer_than_a_page_leaves_no_gap(replica, config):
    crawl(config)
    urls = [f"http://gansu.gscn.com.cn/system/2023/11/24/0130130{n:02d}.shtml" for n in range(8)]
    for n, url in enumerate(urls):          # 8 new articles: the index only holds the newest 6
        publish(replica, url, f"县域新闻第{n}篇")
    moved = replica.site["gansu.gscn.com.cn"]["/gsbb/index.shtml"].decode()
    first, rest = moved.split("</ul>", 1)
    items = first.split("<li>")
    head, entries = items[0], items[1:]
    page1 = OLDER_PAGE_1.split("gansu.gscn.com.cn", 1)[1]
    older = replica.site["gansu.gscn.com.cn"][page1].decode()
    o_first, o_rest = older.split("<li>", 1)
    # the listing shows the 6 newest; the 2 oldest new ones and the rest move to page 1
    replica.put(GSBB_INDEX, (head + "<li>" + "<li>".join(entries[:6]) + "</ul>" + rest).encode())
    replica.put(OLDER_PAGE_1, (o_first + "<li>" + "<li>".join(entries[6:]) + "<li>" + o_rest).encode())
    # max_listing_pages bounds only the first walk: later ones page until they meet known articles
    report, db = crawl(replace(config, crawl=replace(config.crawl, max_listing_pages=0)))
    assert report.new_articles == 8
    assert db.execute("SELECT count(*) FROM articles WHERE id >= 13013000").fetchone() == (8,)


def test_a_pinned_old_article_at_the_top_does_not_stop_paging(replica, config):
    crawl(config)
    publish(replica, "http://gansu.gscn.com.cn/system/2023/11/24/013013100.shtml", "置顶之后的新闻")
    index = replica.site["gansu.gscn.com.cn"]["/gsbb/index.shtml"].decode()
    at = index.index("<li>", index.index('<div id="content">'))
    pinned = '<li><a href="/system/2023/10/20/012996540.shtml">置顶：高台县经济运行</a></li>'
    replica.put(GSBB_INDEX, (index[:at] + pinned + index[at:]).encode())
    report, _ = crawl(config)
    assert report.new_articles == 1


def test_the_same_story_in_a_sister_channel_is_skipped_as_a_duplicate(replica, config):
    crawl(config)
    copy = "http://gansu.gansudaily.com.cn/system/2023/11/23/013012345.shtml"   # gscn's id, other host
    template = replica.site["gansu.gscn.com.cn"]["/system/2023/11/23/013012345.shtml"]
    replica.put(copy, template)
    index = replica.site["gansu.gansudaily.com.cn"]["/gsbb/index.shtml"].decode()
    at = index.index("<li>", index.index('<div id="content">'))
    replica.put("http://gansu.gansudaily.com.cn/gsbb/index.shtml",
                (index[:at] + f'<li><a href="{copy}">临泽</a></li>' + index[at:]).encode())
    report, db = crawl(config)
    assert report.failures == 1 and report.new_articles == 0   # only the page without body
    assert db.execute("SELECT kind, detail FROM skipped WHERE url = ?", [replica.url(copy)]).fetchone() == \
        ("duplicate", replica.url("http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml"))
