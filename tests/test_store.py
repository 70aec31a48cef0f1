"""The database: migrations, upgrades, search that finds Chinese words, one row per article."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from monitor.models import Article
from monitor.store import open_db
from monitor.store.migrations import migrations
from monitor.store.queries import search_articles
from monitor.store.schema import current_schema
from monitor.store.writes import record_failure, store_article

ROOT = Path(__file__).parents[1]
ARTICLE = Article(
    id=13012345, url="http://gansu.gscn.com.cn/system/2023/11/23/013012345.shtml",
    source="gscn-gsbb", title="临泽：县域经济攀高向强", published_at="2023-11-23T09:02:00+08:00",
    body=("全县带动完成固定资产投资50.95亿元。", "为33家企业配置制种基地30.5万亩。"),
    parser="gscn_current", origin="张掖日报", breadcrumb=("每日甘肃网", "甘肃", "甘肃播报", "经济"),
)


def test_schema_sql_matches_the_migrations():
    assert (ROOT / "db" / "schema.sql").read_text("utf-8") == current_schema(), \
        "db/schema.sql is out of date: run python -m monitor.store.schema"


def test_the_database_is_in_wal_mode(tmp_path):
    db = open_db(tmp_path / "m.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_the_first_version_upgrades_without_loss(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m002_articles_fts")
    assert "articles_fts" not in old.table_names()
    old.execute(
        "INSERT INTO articles (id, url, source, title, published_at, body, content_hash, parser,"
        " first_seen_at, fetched_at) VALUES (1, 'http://h/system/2019/01/01/000000001.shtml',"
        " 's', '甘州区经济运行', '2019-01-01T00:00:00+08:00', '甘州区地区生产总值增长', 'h', 'b',"
        " '2019-01-01', '2019-01-01')")
    old.conn.commit()
    old.close()
    db = open_db(path)
    assert db.execute("SELECT title FROM articles").fetchall() == [("甘州区经济运行",)]
    assert {"articles_fts", "articles_bigram", "skipped", "listing_cache"} <= set(db.table_names())
    assert [r["id"] for r in search_articles(db, "甘州")] == [1]
    assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '生产总值'").fetchone()[0] == 1


def test_two_character_words_are_found_with_plain_sqlite(tmp_path):
    path = tmp_path / "m.db"
    store_article(open_db(path), ARTICLE, "2023-11-23T01:10:00+00:00")
    conn = sqlite3.connect(path)   # what a user's sqlite3 session sees: no code of ours
    two = conn.execute("SELECT rowid FROM articles_bigram WHERE articles_bigram MATCH '临泽'").fetchall()
    three = conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH '临泽：县'").fetchall()
    body = conn.execute("SELECT rowid FROM articles_bigram WHERE articles_bigram MATCH '投资 制种'").fetchall()
    none = conn.execute("SELECT rowid FROM articles_bigram WHERE articles_bigram MATCH '敦煌'").fetchall()
    assert two == [(13012345,)] and three == [(13012345,)] and body == [(13012345,)] and none == []


def test_search_finds_words_of_any_length_and_only_whole_substrings(tmp_path):
    db = open_db(tmp_path / "m.db")
    store_article(db, ARTICLE, "now")
    for query in ("临泽", "固定资产投资", "县域 制种", "亿"):
        assert [r["id"] for r in search_articles(db, query)] == [13012345], query
    assert search_articles(db, "临县") == []          # the characters, but not as a word
    assert search_articles(db, "敦煌") == []


def test_storing_the_same_article_again_keeps_one_row_and_first_seen(tmp_path):
    db = open_db(tmp_path / "m.db")
    assert store_article(db, ARTICLE, "t1") == "new"
    assert store_article(db, ARTICLE, "t2") == "unchanged"
    rows = db.execute("SELECT first_seen_at, fetched_at FROM articles").fetchall()
    assert rows == [("t1", "t2")]


def test_a_changed_article_is_updated_and_its_old_words_leave_the_index(tmp_path):
    from dataclasses import replace
    db = open_db(tmp_path / "m.db")
    store_article(db, ARTICLE, "t1")
    assert store_article(db, replace(ARTICLE, body=("敦煌文旅综合收入增长。",)), "t2") == "updated"
    assert search_articles(db, "制种") == []
    assert [r["id"] for r in search_articles(db, "敦煌")] == [13012345]


def test_a_stored_article_resolves_its_failure(tmp_path):
    db = open_db(tmp_path / "m.db")
    assert record_failure(db, url=ARTICLE.url, source="s", stage="fetch", reason="HTTP 500", now="t0") == 1
    assert record_failure(db, url=ARTICLE.url, source="s", stage="fetch", reason="HTTP 500", now="t1") == 2
    store_article(db, ARTICLE, "t2")
    assert db.execute("SELECT attempts, resolved_at FROM failures").fetchall() == [(2, "t2")]


def test_a_database_error_is_a_store_error_naming_what_failed(tmp_path):
    import pytest

    from monitor.errors import StoreError
    db = open_db(tmp_path / "m.db")
    db.execute("DROP TABLE articles_bigram")
    with pytest.raises(StoreError, match="database error in store_article: no such table: articles_bigram"):
        store_article(db, ARTICLE, "t1")
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (0,)   # rolled back whole


def test_a_file_that_is_not_a_database_gives_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from monitor.cli import cli
    bad = tmp_path / "db" / "monitor.db"
    bad.parent.mkdir()
    bad.write_bytes(b"this is not sqlite" * 100)
    config = tmp_path / "c.toml"
    config.write_text(f'[database]\npath = "{bad}"\n[[sources]]\nname = "s"\n'
                      'listing_urls = ["http://gansu.gscn.com.cn/gsbb/index.shtml"]\n'
                      'allowed_hosts = ["gansu.gscn.com.cn"]\n', "utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "stats"])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: cannot open the database {bad}: file is not a database"


def test_a_url_not_tried_keeps_its_place_without_using_an_attempt(tmp_path):
    from monitor.store.queries import retry_candidates
    db = open_db(tmp_path / "m.db")
    assert record_failure(db, url=ARTICLE.url, source="s", stage="fetch", reason="host down",
                          now="t0", attempted=False) == 0
    assert record_failure(db, url=ARTICLE.url, source="s", stage="fetch", reason="HTTP 500", now="t1") == 1
    assert [r.url for r in retry_candidates(db, "s", max_attempts=2)] == [ARTICLE.url]


def test_a_write_transaction_that_reads_first_waits_for_another_writer_instead_of_failing(tmp_path):
    """Two connections, as the daemon's crawl and digest jobs have: one reads and then writes in
    one transaction while the other commits a write in between. With a deferred BEGIN the
    first fails at once ("database is locked"); the store's transactions take the lock up front."""
    import threading
    import time

    path = tmp_path / "m.db"
    crawl = open_db(path)
    read_done, errors = threading.Event(), []

    def other_job() -> None:
        digest = open_db(path)   # a connection of its own, in its own thread
        read_done.wait(5)
        try:
            with digest.atomic():
                digest.execute("INSERT INTO skipped (url, source, kind, seen_at) VALUES ('b', 's', 'k', 't')")
        except Exception as exc:   # noqa: BLE001 - the test reports it
            errors.append(exc)

    thread = threading.Thread(target=other_job)
    thread.start()
    with crawl.atomic():
        crawl.execute("SELECT count(*) FROM skipped").fetchone()
        read_done.set()
        time.sleep(0.5)    # the other job tries to commit now
        crawl.execute("INSERT INTO skipped (url, source, kind, seen_at) VALUES ('a', 's', 'k', 't')")
    thread.join()
    assert errors == []
    assert [u for (u,) in crawl.execute("SELECT url FROM skipped ORDER BY url")] == ["a", "b"]
