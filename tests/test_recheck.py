"""Re-checks of stored articles against the replica over real HTTP, into a real SQLite file:
edits become versions, unchanged pages cost a 304, withdrawn pages are marked, flapping pages
alert once, failures change nothing stored."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import RecheckSettings
from monitor.crawl.fetch import Fetcher
from monitor.pipeline import run_once
from monitor.replica import Oversize, Stall, Status
from monitor.store import open_db, queries

from .conftest import make_config

GSCN = "http://gansu.gscn.com.cn"
LINZE = f"{GSCN}/system/2023/11/23/013012345.shtml"       # edited by replica.advance()
JINGTAI = f"{GSCN}/system/2023/11/02/013002210.shtml"     # withdrawn (a soft 404) by advance()
DUNHUANG = f"{GSCN}/system/2023/11/21/013009533.shtml"    # flaps after advance()
GANZHOU = f"{GSCN}/system/2023/11/22/013010876.shtml"     # only its page chrome changes
SUNAN = f"{GSCN}/system/2023/11/19/013007302.shtml"       # a page whose body cannot be found
STORED = 13
OLD_SENTENCE = "1至9月，全县完成固定资产投资50.95亿元，落实省外到位资金40.98亿元，同比增长33.82%。"
NEW_SENTENCE = "1至9月，全县完成固定资产投资52.18亿元，落实省外到位资金40.98亿元，同比增长33.82%。"


def crawl(config, **kw):
    db = open_db(config.database_path)
    with Fetcher(config.http) as fetcher:
        return run_once(config, db, fetcher, **kw), db


def recheck(config):
    return crawl(config, recheck_all=True)


def article(db, article_id):
    cursor = db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
    names = [c[0] for c in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def events(db, article_id):
    return db.execute("SELECT kind, version, detail FROM article_events WHERE article_id = ? ORDER BY id",
                      [article_id]).fetchall()


def article_requests(replica, since):
    return [r for r in replica.requests[since:] if r.path.startswith("/system/2")]


def test_an_edit_becomes_one_new_version_and_the_old_text_is_kept(replica, config):
    crawl(config)
    replica.advance()
    report, db = recheck(config)
    row = article(db, 13012345)
    assert row["version"] == 2 and row["edited_at"] is not None
    assert NEW_SENTENCE in row["body"] and OLD_SENTENCE not in row["body"]
    assert "由小到大" in row["body"]
    versions = db.execute("SELECT version, title, body, changed, superseded_at FROM article_versions "
                          "WHERE article_id = 13012345").fetchall()
    assert len(versions) == 1
    version, title, body, changed, superseded = versions[0]
    assert (version, title, changed, superseded) == (1, "临泽：县域经济提质进位势头强劲", "body", row["edited_at"])
    assert OLD_SENTENCE in body and "由小到大" not in body
    assert events(db, 13012345) == [("edited", 2, "body")]
    assert report.edited == 1 and report.reverted == 0


def test_both_search_indexes_follow_the_latest_text(replica, config):
    _, db = crawl(config)
    assert [r["id"] for r in queries.search_articles(db, "民吃")] == [13012345]   # 市民吃上了 (old)
    replica.advance()
    recheck(config)
    assert queries.search_articles(db, "民吃") == []                               # 在家门口吃上了 (new)
    assert [r["id"] for r in queries.search_articles(db, "小到")] == [13012345]   # 由小到大 (new)
    trigram = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
    assert db.execute(trigram, ["由小到大"]).fetchall() == [(13012345,)]
    assert db.execute(trigram, ["市民吃上"]).fetchall() == []
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")


def test_an_unchanged_site_answers_every_recheck_with_304(replica, config):
    _, db = crawl(config)
    before = len(replica.requests)
    report, db = recheck(config)
    checked = article_requests(replica, before)
    # the 13 stored articles, and the page that failed to parse (retried, still failing)
    assert len(checked) == STORED + 1
    assert all(r.conditional and r.status == 304 for r in checked), checked
    assert report.rechecked == STORED and report.edited == report.withdrawn == 0
    assert db.execute("SELECT count(*) FROM article_versions").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM article_events").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM articles WHERE version = 1 AND last_checked_at IS NOT NULL"
                      ).fetchone() == (STORED,)


def test_a_changed_page_chrome_is_not_an_edit(replica, config):
    _, db = crawl(config)
    body = article(db, 13010876)["body"]
    replica.advance()
    before = len(replica.requests)
    recheck(config)
    [answer] = [r for r in replica.requests[before:] if r.path == "/system/2023/11/22/013010876.shtml"]
    assert answer.status == 200            # the page did change: counter, hot list, an ad
    row = article(db, 13010876)
    assert (row["version"], row["body"], row["edited_at"]) == (1, body, None)
    assert events(db, 13010876) == []
    before = len(replica.requests)
    recheck(config)                        # its new validators were kept: now a 304
    [answer] = [r for r in replica.requests[before:] if r.path == "/system/2023/11/22/013010876.shtml"]
    assert answer.status == 304


def test_a_soft_404_marks_the_article_withdrawn_and_deletes_nothing(replica, config):
    _, db = crawl(config)
    figures = db.execute("SELECT count(*) FROM indicators WHERE article_id = 13002210").fetchone()[0]
    replica.advance()
    report, db = recheck(config)
    row = article(db, 13002210)
    assert row["withdrawn_at"] is not None and row["version"] == 1
    assert row["title"] == "景泰：“光伏+”模式点亮乡村振兴路" and row["body"]
    assert events(db, 13002210) == [("withdrawn", 1, "soft 404: 页面没有找到")]
    assert db.execute("SELECT count(*) FROM indicators WHERE article_id = 13002210").fetchone() == (figures,)
    assert figures > 0 and report.withdrawn == 1
    recheck(config)                        # still gone: no second event
    assert events(db, 13002210) == [("withdrawn", 1, "soft 404: 页面没有找到")]


@pytest.mark.parametrize("status", [404, 410])
def test_a_missing_page_is_withdrawn_only_when_a_later_cycle_says_so_again(replica, config, status):
    _, db = crawl(config)
    body = article(db, 13012345)["body"]
    replica.inject(LINZE, Status(status), Status(status))   # one answer per cycle
    report, db = recheck(config)
    first = article(db, 13012345)["missing_since"]
    assert first is not None and article(db, 13012345)["withdrawn_at"] is None
    assert events(db, 13012345) == [] and report.withdrawn == 0
    report, db = recheck(config)
    row = article(db, 13012345)
    assert row["withdrawn_at"] is not None and row["missing_since"] is None and row["body"] == body
    assert events(db, 13012345) == [("withdrawn", 1, f"HTTP {status} (first on {first})")]
    assert report.withdrawn == 1


def test_a_withdrawn_article_that_comes_back_is_restored_and_that_is_recorded(replica, config):
    _, db = crawl(config)
    replica.inject(LINZE, Status(404), Status(404))
    recheck(config)
    recheck(config)
    assert article(db, 13012345)["withdrawn_at"] is not None
    before = len(replica.requests)
    recheck(config)                        # back, as it was: a 304 to the stored validators
    assert [r.status for r in replica.requests[before:] if r.path.endswith("013012345.shtml")] == [304]
    row = article(db, 13012345)
    assert row["withdrawn_at"] is None and row["missing_since"] is None and row["version"] == 1
    assert [e[:2] for e in events(db, 13012345)] == [("withdrawn", 1), ("restored", 1)]


def test_one_404_then_the_page_again_is_no_withdrawal(replica, config):
    _, db = crawl(config)
    replica.inject(LINZE, Status(404))
    recheck(config)
    recheck(config)
    row = article(db, 13012345)
    assert (row["withdrawn_at"], row["missing_since"]) == (None, None)
    assert events(db, 13012345) == []


def test_a_flapping_page_is_recorded_as_reverts_and_alerts_once(replica, config):
    _, db = crawl(config)
    replica.advance()
    statuses = []
    for _ in range(4):     # the CDN serves A (as stored), B, A, B
        before = len(replica.requests)
        recheck(config)
        statuses += [r.status for r in replica.requests[before:] if r.path.endswith("013009533.shtml")]
    assert statuses == [304, 200, 200, 200]
    assert events(db, 13009533) == [("edited", 2, "body"), ("reverted", 3, "same as version 1"),
                                    ("reverted", 4, "same as version 2")]
    assert article(db, 13009533)["version"] == 4
    assert db.execute("SELECT version, changed FROM article_versions WHERE article_id = 13009533 ORDER BY version"
                      ).fetchall() == [(1, "body"), (2, "body"), (3, "body")]
    assert "亮丽的风景线" in article(db, 13009533)["body"]


@pytest.mark.parametrize("faults", [
    [Status(503)] * 3,                     # max_retries 2: three answers, all 503
    [Stall(3)] * 3,                        # longer than timeout_s (2 s)
    [Oversize(6_000_000)],                 # over max_page_bytes
], ids=["5xx", "timeout", "oversize"])
def test_a_failed_recheck_changes_nothing_stored_and_is_retried(replica, tmp_path, faults):
    config = make_config(replica, tmp_path, max_retries=2)
    _, db = crawl(config)
    stored = article(db, 13012345)
    replica.advance()                      # an edit is waiting behind the failure
    replica.inject(LINZE, *faults)
    report, db = recheck(config)
    row = article(db, 13012345)
    assert {k: row[k] for k in ("version", "body", "title", "last_checked_at")} == \
        {k: stored[k] for k in ("version", "body", "title", "last_checked_at")}
    assert events(db, 13012345) == []
    failure = db.execute("SELECT stage, resolved_at FROM failures WHERE url = ?", [replica.url(LINZE)]).fetchone()
    assert failure == ("fetch", None)
    recheck(config)                        # the next cycle tries again, and finds the edit
    assert article(db, 13012345)["version"] == 2
    assert db.execute("SELECT resolved_at IS NOT NULL FROM failures WHERE url = ?",
                      [replica.url(LINZE)]).fetchone() == (1,)


def test_an_edit_that_makes_the_body_unparseable_is_a_parse_failure_not_a_version(replica, config):
    _, db = crawl(config)
    stored = article(db, 13012345)
    page = replica.site["gansu.gscn.com.cn"]["/system/2023/11/23/013012345.shtml"].decode()
    start, end = page.index('<div class="a-container">'), page.index('<div class="a-footer">')
    replica.put(LINZE, (page[:start] + '<div class="a-container"></div>\n' + page[end:]).encode())
    recheck(config)
    row = article(db, 13012345)
    assert (row["version"], row["body"]) == (1, stored["body"])
    assert db.execute("SELECT stage, reason FROM failures WHERE url = ?", [replica.url(LINZE)]).fetchone() == \
        ("parse", "body not found (parser gscn_current)")
    assert events(db, 13012345) == []


def test_a_different_parser_reading_the_page_is_not_taken_as_an_edit(replica, config):
    _, db = crawl(config)
    page = replica.site["gansu.gscn.com.cn"]["/system/2023/11/23/013012345.shtml"].decode()
    # the site renames its body container: only the text-density fallback still reads the page,
    # and here it reads the same fields: nothing changed
    renamed = page.replace('class="a-container"', 'class="article-content"')
    replica.put(LINZE, renamed.encode())
    recheck(config)
    assert (article(db, 13012345)["version"], events(db, 13012345)) == (1, [])
    assert db.execute("SELECT count(*) FROM failures WHERE url = ?", [replica.url(LINZE)]).fetchone() == (0,)
    # the fallback reading something else is no edit either: the layout changed, not the story
    replica.put(LINZE, renamed.replace("50.95亿元", "52.18亿元").encode())
    recheck(config)
    row = article(db, 13012345)
    assert (row["version"], row["parser"], events(db, 13012345)) == (1, "gscn_current", [])
    assert db.execute("SELECT stage, reason FROM failures WHERE url = ?", [replica.url(LINZE)]).fetchone() == \
        ("parse", "read by parser fallback, stored by gscn_current: a layout change, not taken as an edit "
                  "(body changed)")


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> str:
        return self.now.isoformat(timespec="seconds")


def test_rechecks_follow_the_schedule_from_first_storage_and_are_capped(replica, tmp_path):
    config = make_config(replica, tmp_path)
    config = replace(config, recheck=RecheckSettings(days=7, after_hours=(1, 6, 24, 72), max_per_cycle=5))
    start = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    clock = Clock(start)
    crawl(config, clock=clock)

    def cycle(after: timedelta) -> int:
        clock.now = start + after
        before = len(replica.requests)
        report, _ = crawl(config, clock=clock)
        assert report.rechecked == len([r for r in article_requests(replica, before) if r.conditional
                                        and not r.path.endswith("013007302.shtml")])
        return report.rechecked

    assert cycle(timedelta(minutes=59)) == 0                   # nothing is due before 1 h
    assert [cycle(timedelta(hours=1, minutes=m)) for m in (0, 30, 31, 32)] == [5, 5, 3, 0]
    assert cycle(timedelta(hours=5)) == 0
    assert [cycle(timedelta(hours=6, minutes=m)) for m in (0, 1, 2, 3)] == [5, 5, 3, 0]
    # a day's checkpoint missed while the monitor was stopped is made up once, not twice
    assert [cycle(timedelta(days=3, hours=1, minutes=m)) for m in (0, 1, 2, 3)] == [5, 5, 3, 0]
    assert [cycle(timedelta(days=7, minutes=m)) for m in (0, 1, 2, 3)] == [5, 5, 3, 0]
    assert cycle(timedelta(days=7, hours=12)) == 0             # the last checkpoint is done
    assert cycle(timedelta(days=30)) == 0


def test_a_checkpoint_missed_for_longer_than_a_day_after_the_window_is_dropped(replica, tmp_path):
    config = make_config(replica, tmp_path)
    start = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    clock = Clock(start)
    crawl(config, clock=clock)
    clock.now = start + timedelta(days=8, hours=1)
    report, _ = crawl(config, clock=clock)
    assert report.rechecked == 0
    report, _ = crawl(config, clock=clock, recheck_all=True)   # outside the 7-day window too
    assert report.rechecked == 0


def test_rechecks_share_the_per_host_rate_limit(replica, tmp_path):
    config = make_config(replica, tmp_path, requests_per_second=10.0)
    crawl(config)
    before = len(replica.requests)
    started = time.monotonic()
    report, _ = recheck(config)
    elapsed = time.monotonic() - started
    on_gscn = [r for r in replica.requests[before:] if r.host == "gansu.gscn.com.cn"]
    # robots.txt, 2 listings, 11 stored articles and the retried failure, at 0.1 s intervals
    assert report.rechecked == STORED and len(on_gscn) == 15
    assert elapsed >= 14 * 0.1 - 0.02


def figures(db, article_id, name=None):
    sql = ("SELECT id, name, value, unit, flag, previous_value, previous_indicator_id, withdrawn_at IS NOT NULL "
           "FROM indicators WHERE article_id = ?" + (" AND name = ?" if name else "") + " ORDER BY id")
    return db.execute(sql, [article_id, name] if name else [article_id]).fetchall()


def test_the_changed_figure_is_flagged_revised_with_the_old_value_and_the_old_one_kept(replica, config):
    _, db = crawl(config)
    [(old_id, _, _, _, _, _, _, _)] = figures(db, 13012345, "固定资产投资")
    others = [f for f in figures(db, 13012345) if f[1] != "固定资产投资"]
    replica.advance()
    recheck(config)
    [old, new] = figures(db, 13012345, "固定资产投资")
    assert old[0] == old_id and old[2:4] == ("50.95", "亿元") and old[7] == 1          # kept, withdrawn
    assert new[2:8] == ("52.18", "亿元", "revised", 5095000000.0, old_id, 0)
    assert db.execute("SELECT withdrawn_at FROM indicators WHERE id = ?", [old_id]).fetchone() == \
        (article(db, 13012345)["edited_at"],)
    assert [f for f in figures(db, 13012345) if f[1] != "固定资产投资"] == others      # untouched
    series = queries.find_indicators(db, region_codes=("620723",), names=("固定资产投资",))
    assert [r["value"] for r in series if r["article_id"] == 13012345] == ["52.18"]   # the withdrawn one left


def test_reading_an_edited_article_again_changes_nothing(replica, config):
    from monitor import economy
    from monitor.store import writes

    _, db = crawl(config)
    replica.advance()
    recheck(config)
    before = db.execute("SELECT * FROM indicators WHERE article_id = 13012345 ORDER BY id").fetchall()
    recheck(config)                                   # unchanged now: a 304
    assert events(db, 13012345) == [("edited", 2, "body")]
    text = queries.article_text(db, 13012345)
    writes.save_indicators(db, 13012345, economy.extract(text), "2030-01-01T00:00:00+00:00", after_edit=True)
    assert db.execute("SELECT * FROM indicators WHERE article_id = 13012345 ORDER BY id").fetchall() == before
    # a re-extraction (a new extractor version) keeps the withdrawn figure and the revision too
    investment = figures(db, 13012345, "固定资产投资")
    economy.read_article(db, text, "2030-01-01T00:00:00+00:00")
    assert figures(db, 13012345, "固定资产投资") == investment


def test_a_figure_taken_out_by_an_edit_is_kept_withdrawn_and_a_new_one_is_flagged(replica, config):
    _, db = crawl(config)
    [credit] = figures(db, 13012345, "信贷投放")
    page = replica.site["gansu.gscn.com.cn"]["/system/2023/11/23/013012345.shtml"].decode()
    edited = page.replace("金融机构投放信贷资金21.4亿元，", "").replace(
        "市场主体活力不断增强。", "市场主体活力不断增强，全年新增市场主体1260户。")
    assert edited.count("1260户") == 1 and "21.4亿元" not in edited
    replica.put(LINZE, edited.encode())
    report, db = recheck(config)
    assert figures(db, 13012345, "信贷投放") == [credit[:7] + (1,)]
    [added] = [f for f in figures(db, 13012345) if f[2] == "1260"]
    assert added[4] == "new_indicator" and added[7] == 0
    assert report.edited == 1 and report.flagged == 1


def test_a_flapping_page_adds_its_figures_once_and_flags_once(replica, config):
    _, db = crawl(config)
    replica.advance()
    for _ in range(2):                                # A (304), then B
        recheck(config)
    after_edit = figures(db, 13009533)
    [(_, _, value, _, flag, previous, _, withdrawn)] = [f for f in after_edit if f[2] == "126"]
    assert (flag, previous, withdrawn) == ("revised", 1280000.0, 0)
    flagged = db.execute("SELECT count(*) FROM indicators WHERE flag IS NOT NULL").fetchone()
    for served, live in (("A", "128"), ("B", "126"), ("A", "128")):
        report, _ = recheck(config)
        assert report.flagged == 0 and report.indicators == 0, served
        rows = figures(db, 13009533)
        assert [r[:7] for r in rows] == [r[:7] for r in after_edit]   # the same rows, ids and flags
        [(value,)] = db.execute("SELECT value FROM indicators WHERE article_id = 13009533 AND name = ? "
                                "AND withdrawn_at IS NULL", [after_edit[-1][1]]).fetchall()
        assert value == live
    assert db.execute("SELECT count(*) FROM indicators WHERE flag IS NOT NULL").fetchone() == flagged
