"""Whole crawl cycles against hostile or careless sites on 127.0.0.1: more links than a cycle
may fetch, pages that are gone or too large, articles too long or nested too deep, codec names
that are not encodings, and a database that fills up. Nothing found is lost; each bad page is
a recorded failure with its reason; every case ends in seconds."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest

from monitor.config import Config, load_config
from monitor.crawl.fetch import Fetcher
from monitor.errors import StoreError
from monitor.pipeline import run_once
from monitor.replica import Oversize, Replica, Status
from monitor.store import open_db

from .conftest import make_config

GSCN, DAILY = "gansu.gscn.com.cn", "gansu.gansudaily.com.cn"
LISTING = f"http://{GSCN}/gsbb/index.shtml"
ARTICLE = (Path(__file__).parent.parent / "monitor/replica/site/gansu.gscn.com.cn/system/2023/11/23/013012345.shtml"
           ).read_text("utf-8")
TITLE = "临泽：县域经济提质进位势头强劲"


def article_url(n: int) -> str:
    return f"http://{GSCN}/system/2023/12/01/{13100000 + n:09d}.shtml"


def listing(urls: list[str]) -> bytes:
    items = "".join(f'<li><a href="{u}">第{i}篇</a><span>2023/12/01</span></li>\n' for i, u in enumerate(urls))
    return f'<html><head><meta charset="utf-8"></head><body><div id="content"><ul>\n{items}</ul></div></body></html>'.encode()


def site(pages: dict[str, bytes], listed: list[str] | None = None) -> dict[str, dict[str, bytes]]:
    """A site whose 甘肃播报 listing links `listed` (default: every page), with `pages` served."""
    gscn = {"/bwyc/index.html": listing([]), "/gsbb/index.shtml": listing(listed if listed is not None else list(pages))}
    gscn |= {url.split(GSCN, 1)[1]: body for url, body in pages.items()}
    return {GSCN: gscn, DAILY: {"/gsbb/index.shtml": listing([])}}


def story(n: int, title: str | None = None) -> bytes:
    return ARTICLE.replace(TITLE, title or f"临泽：第{n}篇报道").encode()


def configure(replica: Replica, tmp_path: Path, crawl: dict[str, int] | None = None, **http: object) -> Config:
    config = make_config(replica, tmp_path, **http)
    text = Path(config.path).read_text("utf-8")
    lines = "".join(f"{key} = {value}\n" for key, value in (crawl or {}).items())
    Path(config.path).write_text(text.replace("[crawl]\n", "[crawl]\n" + lines, 1), "utf-8")
    return load_config(config.path)


def crawl(config: Config):
    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        return run_once(config, db, fetcher), db


def test_a_cycle_fetches_at_most_its_budget_and_later_cycles_take_the_rest(tmp_path):
    urls = [article_url(n) for n in range(12)]
    with Replica(site({u: story(n) for n, u in enumerate(urls)})) as replica:
        config = configure(replica, tmp_path, {"max_new_articles_per_cycle": 5})
        fetched = []
        for _ in range(3):
            before = len(replica.requests)
            report, db = crawl(config)
            fetched.append(sum(1 for r in replica.requests[before:] if "/system/2023/12/01/" in r.path))
            assert report.queued == 12 - sum(fetched)
        assert fetched == [5, 5, 2]
        stored = {u for (u,) in db.execute("SELECT url FROM articles")}
        assert stored == {replica.url(u) for u in urls}   # nothing found is lost
        assert db.execute("SELECT count(*) FROM crawl_queue").fetchone() == (0,)
        assert [r[0] for r in db.execute("SELECT queued FROM crawl_runs ORDER BY id")] == [7, 2, 0]
        # the queue emptied, the site unchanged: listings answer 304, robots.txt, nothing else
        before = len(replica.requests)
        crawl(config)
        rest = replica.requests[before:]
        assert sorted(r.path for r in rest) == ["/bwyc/index.html", "/gsbb/index.shtml", "/gsbb/index.shtml",
                                                "/robots.txt", "/robots.txt"]
        assert all(r.conditional and r.status == 304 for r in rest if r.path != "/robots.txt")


def test_a_listing_of_thousands_of_links_is_queued_not_fetched_in_one_cycle(tmp_path):
    urls = [article_url(n) for n in range(3000)]
    with Replica(site({}, listed=urls)) as replica:
        config = configure(replica, tmp_path, {"max_new_articles_per_cycle": 20})
        started = time.monotonic()
        report, db = crawl(config)
        assert time.monotonic() - started < 30
        assert report.failures == 20 and report.queued == 2980   # every one of them a 404
        # fetched in the order the listing shows them
        assert {u for (u,) in db.execute("SELECT url FROM failures")} == {replica.url(u) for u in urls[:20]}


def test_a_page_that_is_gone_is_given_up_after_two_attempts(tmp_path):
    gone, removed = article_url(1), article_url(2)
    with Replica(site({article_url(0): story(0)}, listed=[article_url(0), gone, removed])) as replica:
        replica.inject(removed, *[Status(410)] * 5)
        config = configure(replica, tmp_path, {"max_attempts": 8})
        for _ in range(4):
            _, db = crawl(config)
        assert [r.status for r in replica.requests_for(gone)] == [404, 404]
        assert [r.status for r in replica.requests_for(removed)] == [410, 410]
        rows = db.execute("SELECT http_status, attempts, max_attempts FROM failures ORDER BY url").fetchall()
        assert rows == [(404, 2, 2), (410, 2, 2)]


def test_an_oversize_page_is_given_up_after_two_attempts(tmp_path):
    big = article_url(1)
    with Replica(site({big: story(1)})) as replica:
        replica.inject(big, *[Oversize(2_000_000, declare_length=False)] * 5)
        config = configure(replica, tmp_path, max_page_bytes=1_000_000)
        for _ in range(4):
            _, db = crawl(config)
        assert len(replica.requests_for(big)) == 2
        assert db.execute("SELECT stage, reason, attempts FROM failures").fetchone() == (
            "fetch", "page is over max_page_bytes (1,000,000); download aborted", 2)


def test_an_article_longer_than_max_article_chars_is_a_failure_and_its_last_page_not_fetched(replica, tmp_path):
    config = configure(replica, tmp_path, {"max_article_chars": 600})   # pages of 421, 298, 229 characters
    _, db = crawl(config)
    url = replica.url("http://gansu.gansudaily.com.cn/system/2023/11/21/013009100.shtml")
    reason, attempts, limit = db.execute("SELECT reason, attempts, max_attempts FROM failures WHERE url = ?",
                                         [url]).fetchone()
    assert reason == "article is over max_article_chars (600): 719 characters in 2 page(s); not stored"
    assert (attempts, limit) == (1, 2)
    assert replica.requests_for("http://gansu.gansudaily.com.cn/system/2023/11/21/013009100_3.shtml") == []
    assert db.execute("SELECT count(*) FROM articles WHERE id = 13009100").fetchone() == (0,)


@pytest.mark.parametrize("levels", [20_000, 200_000])
def test_a_page_nested_thousands_deep_is_a_recorded_failure_within_seconds(tmp_path, levels):
    deep = article_url(1)
    page = ARTICLE.replace('<div class="a-container">', '<div class="a-container">' + "<div>" * levels, 1)
    with Replica(site({deep: page.encode(), article_url(2): story(2)})) as replica:
        config = configure(replica, tmp_path)
        started = time.monotonic()
        report, db = crawl(config)
        assert time.monotonic() - started < 30
    assert report.new_articles == 1
    assert db.execute("SELECT stage, reason FROM failures").fetchone() == (
        "parse", "page nested deeper than 400 elements; not parsed")


@pytest.mark.parametrize("declared", ['<meta charset="rot13">', '<meta http-equiv="Content-Type" '
                                      'content="text/html; charset=base64">', '<meta charset="utf-7">'])
def test_a_codec_name_in_meta_is_no_bug_and_no_failure(tmp_path, declared):
    page = ARTICLE.replace('<meta charset="utf-8">', declared, 1)
    assert declared in page
    with Replica(site({article_url(1): page.encode()})) as replica:
        report, db = crawl(configure(replica, tmp_path))
    assert report.new_articles == 1 and report.failures == 0 and report.errors == []
    assert db.execute("SELECT title, encoding FROM articles").fetchone() == (TITLE, "utf-8")


def test_a_mostly_valid_utf8_page_is_stored_as_utf8_not_as_gb18030_mojibake(tmp_path):
    page = ARTICLE.replace('<meta charset="utf-8">', "", 1).encode()
    broken = page.replace("项目为王".encode(), "项目".encode() + b"\xe4\xb8", 1)
    with Replica(site({article_url(1): broken})) as replica:
        _, db = crawl(configure(replica, tmp_path))
    title, encoding, body = db.execute("SELECT title, encoding, body FROM articles").fetchone()
    assert (title, encoding) == (TITLE, "utf-8")
    assert "项目\ufffd，重点工程跑出“加速度”" in body


def test_a_full_disk_stops_the_cycle_with_the_database_error_and_the_next_run_closes_it(tmp_path, caplog):
    urls = [article_url(n) for n in range(30)]
    with Replica(site({u: story(n) for n, u in enumerate(urls)})) as replica:
        config = configure(replica, tmp_path)
        db = open_db(config.database_path)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 6}")   # SQLite's own "database or disk is full"
        with caplog.at_level(logging.INFO), Fetcher(config.http) as fetcher, \
                pytest.raises(StoreError, match="database or disk is full"):
            run_once(config, db, fetcher)
        assert "listing failed" not in caplog.text
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert stored < len(urls)
        db.conn.close()
        report, db = crawl(config)   # room again: the next cycle continues where it stopped
    assert report.new_articles == len(urls) - stored
    (status, error), *_, last = db.execute("SELECT status, error FROM crawl_runs ORDER BY id").fetchall()
    assert status == "failed" and error.startswith("database: ") and "database or disk is full" in error
    assert last == ("ok", None)


def test_search_never_prints_a_control_character_from_the_database(crawled, config):
    from click.testing import CliRunner

    from monitor.cli import cli
    crawled.execute("UPDATE articles SET title = ? WHERE id = 13012345", ["临泽\x1b[2J\x1b]0;owned\x07县域\x9b31m经济"])
    crawled.conn.commit()
    result = CliRunner().invoke(cli, ["--config", config.path, "search", "临泽"])
    assert result.exit_code == 0
    assert "临泽\\x1b[2J\\x1b]0;owned\\x07县域\\x9b31m经济" in result.output
    assert not any(ord(c) < 0x20 and c != "\n" or 0x7F <= ord(c) < 0xA0 for c in result.output)


def test_a_database_file_that_is_not_sqlite_still_gives_one_line(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        open_db(path)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT 1 FROM sqlite_master").fetchall()


def test_what_a_baseline_crawl_queues_stays_baseline_and_a_backfill_takes_everything(tmp_path):
    urls = [article_url(n) for n in range(12)]
    with Replica(site({u: story(n) for n, u in enumerate(urls)})) as replica:
        config = configure(replica, tmp_path, {"max_new_articles_per_cycle": 5})
        first, db = crawl(config)            # the first crawl of a database: the baseline
        assert first.baseline and first.new_articles == 5 and first.queued == 7
        second, _ = crawl(config)
        assert not second.baseline and second.new_articles == 5
        assert db.execute("SELECT count(*) FROM articles WHERE baseline_run_id = ?", [first.run_id]
                          ).fetchone() == (10,)
    more = [article_url(n) for n in range(100, 120)]
    with Replica(site({u: story(n) for n, u in enumerate(more)})) as replica:
        config = configure(replica, tmp_path / "backfill", {"max_new_articles_per_cycle": 5})
        db = open_db(config.database_path)
        with Fetcher(config.http) as fetcher:
            backfill = run_once(config, db, fetcher, backfill_pages=1)
    assert backfill.new_articles == 20 and backfill.queued == 0
