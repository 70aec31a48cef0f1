"""Each warning of `monitor status` just below and just above its threshold, on a database
filled by hand: the counts that decide are the test's own, written here."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import load_config
from monitor.health import check
from monitor.store import open_db, writes

NOW = datetime(2023, 11, 24, 6, 0, tzinfo=UTC)
CONFIG = """
[database]
path = "{db}"

[[sources]]
name = "gsbb"
listing_urls = ["http://gansu.gscn.com.cn/gsbb/index.shtml"]
allowed_hosts = ["gansu.gscn.com.cn"]
"""


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text(CONFIG.format(db=tmp_path / "h.db"), "utf-8")
    return load_config(path)


@pytest.fixture
def db(config):
    return open_db(config.database_path)


def stamp(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def articles(db, parsers: list[str], seen: datetime = NOW - timedelta(hours=1)) -> None:
    """Articles first seen at `seen`, one per parser named, the first in the list newest."""
    start = db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0] + 1
    for n, parser in enumerate(parsers):
        when = stamp(seen - timedelta(seconds=n))
        db.execute("INSERT INTO articles (id, url, source, title, published_at, body, content_hash, parser, "
                   "first_seen_at, fetched_at) VALUES (?, ?, 'gsbb', '临泽：测试', '2023-11-23T09:00:00+08:00', "
                   "'正文', 'h', ?, ?, ?)", [start + n, f"http://x/{start + n}.shtml", parser, when, when])
    db.conn.commit()


def failures(db, n: int, *, stage: str = "parse", failed: datetime = NOW - timedelta(hours=1),
             resolved: bool = False) -> None:
    for i in range(n):
        db.execute("INSERT INTO failures (url, source, stage, reason, attempts, first_failed_at, last_failed_at, "
                   "resolved_at) VALUES (?, 'gsbb', ?, 'body not found', 1, ?, ?, ?)",
                   [f"http://x/{stage}-{failed:%d%H%M}-{resolved}-{i}.shtml", stage, stamp(failed), stamp(failed),
                    stamp(NOW) if resolved else None])
    db.conn.commit()


def codes(db, config, now=NOW):
    return [w.code for w in check(db, config, now).warnings]


# -- no new article --------------------------------------------------------------------------

def test_quiet_just_below_and_just_above_max_quiet_hours(db, config):
    articles(db, ["gscn_current"], seen=NOW - timedelta(hours=48))
    assert codes(db, config, NOW - timedelta(minutes=1)) == []
    assert codes(db, config, NOW + timedelta(minutes=1)) == ["quiet"]


def test_quiet_waits_for_two_crawls_when_crawls_are_further_apart_than_max_quiet_hours(db, config):
    config = replace(config, schedule=replace(config.schedule, crawl="36h"))   # two crawls: 72 h
    articles(db, ["gscn_current"], seen=NOW - timedelta(hours=72))
    assert codes(db, config, NOW - timedelta(minutes=1)) == []
    assert codes(db, config, NOW + timedelta(minutes=1)) == ["quiet"]


def test_a_database_that_never_got_an_article_is_quiet_from_its_first_crawl_on(db, config):
    assert codes(db, config) == []   # never crawled: nothing to judge
    for hours in (50, 2):
        db.execute("INSERT INTO crawl_runs (started_at, ended_at, status) VALUES (?, ?, 'ok')",
                   [stamp(NOW - timedelta(hours=hours)), stamp(NOW - timedelta(hours=hours))])
    db.conn.commit()
    warnings = check(db, config, NOW).warnings
    assert [w.code for w in warnings] == ["quiet"] and warnings[0].en.startswith("no new article for 50 h")


# -- fallback parses -----------------------------------------------------------------------------

def test_fallback_share_just_at_and_just_above_max_fallback_share(db, config):
    articles(db, ["fallback"] * 3 + ["gscn_current"] * 7)          # 3 of 10: 0.3, not more
    assert codes(db, config) == []
    db.execute("UPDATE articles SET parser = 'fallback' WHERE id = 4")   # 4 of 10
    [warning] = check(db, config, NOW).warnings
    assert warning.code == "fallback" and warning.en.startswith("40% of the last 10 articles")


def test_fallback_share_needs_ten_articles_and_reads_only_the_last_fifty(db, config):
    articles(db, ["fallback"] * 9)
    assert codes(db, config) == []                                  # 9 articles: too few to judge
    articles(db, ["gscn_current"] * 50, seen=NOW - timedelta(minutes=30))
    assert codes(db, config) == []                                  # the 9 are older than the last 50
    articles(db, ["fallback"] * 16, seen=NOW - timedelta(minutes=10))
    [warning] = check(db, config, NOW).warnings                     # 16 of the last 50
    assert warning.code == "fallback" and warning.en.startswith("32% of the last 50 articles")


# -- failed article pages ------------------------------------------------------------------------

def test_failure_share_just_at_and_just_above_max_failure_share(db, config):
    articles(db, ["gscn_current"] * 7)
    failures(db, 3)                                                 # 3 of 10: 0.3, not more
    assert codes(db, config) == []
    failures(db, 1, failed=NOW - timedelta(hours=2))                # 4 of 11
    [warning] = check(db, config, NOW).warnings
    assert warning.code == "failures" and warning.en.startswith("4 of 11 article pages in the last 24 h")


def test_failure_share_counts_open_parse_failures_of_the_last_day_only(db, config):
    articles(db, ["gscn_current"] * 6)
    failures(db, 3)                                                 # 3 of 9: too few to judge
    assert codes(db, config) == []
    failures(db, 5, stage="fetch")                                  # a site that is down: not a layout change
    failures(db, 5, resolved=True)                                  # stored on a later attempt
    failures(db, 5, failed=NOW - timedelta(hours=25))               # older than a day
    articles(db, ["gscn_current"] * 4, seen=NOW - timedelta(hours=25))
    assert codes(db, config) == []
    failures(db, 1, failed=NOW - timedelta(hours=23))               # 4 of 10
    assert codes(db, config) == ["failures"]


# -- the outbox and the daemon ---------------------------------------------------------------

def queued(db, created: datetime) -> None:
    db.execute("INSERT INTO digests (created_at, articles, new_indicators, new_periods, revised) "
               "VALUES (?, 0, 0, 0, 0)", [stamp(created)])
    db.execute("INSERT INTO outbox (digest_id, recipients, subject, message_id, message, status, next_attempt_at, "
               "created_at) VALUES (1, '[]', 's', '<m@x>', 'm', 'queued', ?, ?)", [stamp(created), stamp(created)])
    db.conn.commit()


def test_a_digest_queued_just_under_and_just_over_outbox_stuck_hours(db, config):
    articles(db, ["gscn_current"])
    queued(db, NOW - timedelta(hours=6))
    assert codes(db, config, NOW - timedelta(minutes=1)) == []
    warnings = check(db, config, NOW + timedelta(minutes=1)).warnings
    assert [w.code for w in warnings] == ["outbox_stuck"] and warnings[0].en.startswith("1 digest message(s) queued for 6 h")


def test_a_daemon_heard_from_within_the_grace_is_running_and_just_after_it_is_down(db, config):
    articles(db, ["gscn_current"])
    beat = NOW - timedelta(seconds=300)
    writes.daemon_started(db, 4242, stamp(beat), "30m", "0 8 * * *")
    status = check(db, config, NOW)
    assert status.warnings == [] and status.daemon["running"] is True
    status = check(db, config, NOW + timedelta(seconds=1))
    assert [w.code for w in status.warnings] == ["daemon_down"] and status.daemon["running"] is False
    assert "pid 4242" in status.warnings[0].en


# -- failing crawls --------------------------------------------------------------------------

def runs(db, *statuses: str) -> None:
    """Finished crawl runs, oldest first."""
    for status in statuses:
        db.execute("INSERT INTO crawl_runs (started_at, ended_at, status) VALUES (?, ?, ?)",
                   [stamp(NOW - timedelta(minutes=5)), stamp(NOW - timedelta(minutes=4)), status])
    db.conn.commit()


def test_three_failed_crawls_in_a_row_warn_and_two_or_one_good_one_among_three_do_not(db, config):
    articles(db, ["gscn_current"])
    runs(db, "failed", "partial")
    assert codes(db, config) == []                      # two: not yet
    runs(db, "ok", "failed", "partial")
    assert codes(db, config) == []                      # the last three include an ok one
    runs(db, "failed")
    assert codes(db, config) == ["crawl_failing"]       # partial, failed, failed


def test_status_as_json_names_every_part_and_says_each_warning_in_full(db, config):
    articles(db, ["fallback"] * 4 + ["gscn_current"] * 6, seen=NOW - timedelta(hours=49))
    failures(db, 10, failed=NOW - timedelta(hours=2))
    failures(db, 1, stage="fetch")
    queued(db, NOW - timedelta(hours=7))
    writes.daemon_started(db, 4242, stamp(NOW - timedelta(hours=1)), "30m", "0 8 * * *")
    assert check(db, config, NOW).as_dict() == {
        "now": "2023-11-24T06:00:00+00:00", "healthy": False,
        "daemon": {"pid": 4242, "started_at": "2023-11-24T05:00:00+00:00", "heartbeat_at": "2023-11-24T05:00:00+00:00",
                   "stopped_at": None, "next_crawl_at": None, "next_digest_at": None, "running": False},
        "last_runs": {"crawl": None, "digest": None},
        "today": {"articles": 0, "indicators": 0, "flagged": 0},   # Beijing's day began at 16:00 UTC
        "open_failures": 11,
        "outbox": {"queued": 1, "oldest_queued_at": "2023-11-23T23:00:00+00:00", "rejected": 0, "last_sent_at": None},
        "warnings": [
            {"code": "daemon_down", "message": "the daemon (pid 4242) has not been heard from since "
             "2023-11-24T05:00:00+00:00: it was killed or is stuck; start `monitor run` again",
             "message_zh": "后台服务自 2023-11-24T05:00:00+00:00 起无响应，可能已停止"},
            {"code": "outbox_stuck", "message": "1 digest message(s) queued for 7 h; the oldest since "
             "2023-11-23T23:00:00+00:00", "message_zh": "有 1 封摘要邮件已排队 7 h 未发出"},
            {"code": "quiet", "message": "no new article for 49 h (expected within 48 h): is the site down, or has "
             "its listing layout changed?", "message_zh": "已有 49 h 没有新文章，网站可能无法访问或栏目版式已变"},
            {"code": "fallback", "message": "40% of the last 10 articles were parsed by the fallback parser: the "
             "site's article layout has probably changed (check with `monitor extract`)",
             "message_zh": "最近 10 篇文章中有 40% 未能按已知版式解析，网站版式可能已变"},
            {"code": "failures", "message": "10 of 10 article pages in the last 24 h could not be parsed: the site's "
             "article layout has probably changed", "message_zh": "近24小时有 10 个文章页无法解析，网站版式可能已变"}]}


def test_a_daemon_that_never_ran_is_not_running_and_a_stopped_one_is_not_down(db, config):
    articles(db, ["gscn_current"])
    assert check(db, config, NOW).daemon == {"running": False}
    writes.daemon_started(db, 4242, stamp(NOW - timedelta(hours=3)), "30m", "0 8 * * *")
    writes.daemon_stopped(db, stamp(NOW - timedelta(hours=2)))
    status = check(db, config, NOW)
    assert status.warnings == [] and status.daemon["running"] is False
    assert status.daemon["stopped_at"] == "2023-11-24T04:00:00+00:00"


# -- thresholds met exactly, and the warnings of issue 12 in full -----------------------------

def test_exactly_max_quiet_hours_or_outbox_stuck_hours_is_not_yet_a_warning(db, config):
    articles(db, ["gscn_current"], seen=NOW - timedelta(hours=48))
    queued(db, NOW - timedelta(hours=6))
    assert codes(db, config) == []


def message(db, status: str, created: datetime, *, sent: datetime | None = None, error_kind: str | None = None,
            last_error: str | None = None) -> None:
    n = db.execute("SELECT count(*) FROM outbox").fetchone()[0] + 1
    db.execute("INSERT INTO digests (created_at, articles, new_indicators, new_periods, revised) "
               "VALUES (?, 0, 0, 0, 0)", [stamp(created)])
    db.execute("INSERT INTO outbox (digest_id, recipients, subject, message_id, message, status, next_attempt_at, "
               "last_error, error_kind, created_at, sent_at) VALUES (?, '[]', 's', ?, 'm', ?, ?, ?, ?, ?, ?)",
               [n, f"<m{n}@x>", status, stamp(created), last_error, error_kind, stamp(created),
                stamp(sent) if sent else None])
    db.conn.commit()


def test_refused_and_undeliverable_digests_are_said_in_full_until_a_later_one_gets_through(db, config):
    articles(db, ["gscn_current"])
    message(db, "rejected", NOW - timedelta(hours=30))                           # before the last sent one
    message(db, "sent", NOW - timedelta(hours=20), sent=NOW - timedelta(hours=20))
    message(db, "rejected", NOW - timedelta(hours=3))
    message(db, "rejected", NOW - timedelta(hours=2))
    message(db, "queued", NOW - timedelta(hours=1), error_kind="temporary", last_error="421 try later")
    message(db, "queued", NOW - timedelta(minutes=30), error_kind="permanent", last_error="550 no such user")
    status = check(db, config, NOW)
    assert status.outbox == {"queued": 2, "oldest_queued_at": "2023-11-24T05:00:00+00:00", "rejected": 2,
                             "last_sent_at": "2023-11-23T10:00:00+00:00"}
    assert [(w.code, w.en, w.zh) for w in status.warnings] == [
        ("outbox_permanent", "digests cannot be sent: 550 no such user (fix [email] and they go out on the next run)",
         "摘要邮件无法发送（邮件服务器拒绝），请检查邮件设置"),
        ("outbox_rejected", "2 digest message(s) were refused for good by the mail server (see `monitor outbox`); "
         "what they carried goes in the next digest", "有 2 封摘要邮件被邮件服务器拒收，其内容将随下一期摘要重发")]


def test_a_digest_queued_for_a_hundred_hours_and_a_half_says_101_h(db, config):
    articles(db, ["gscn_current"])
    queued(db, NOW - timedelta(hours=100.51))
    [warning] = check(db, config, NOW).warnings
    assert warning.en.startswith("1 digest message(s) queued for 101 h;") and "已排队 101 h 未发出" in warning.zh


def running(db, started: datetime) -> None:
    db.execute("INSERT INTO crawl_runs (started_at, status) VALUES (?, 'running')", [stamp(started)])
    db.conn.commit()


def test_a_crawl_running_just_under_and_just_over_max_crawl_minutes_and_the_warning_in_full(db, config):
    articles(db, ["gscn_current"])
    running(db, NOW - timedelta(hours=30))          # an older row left 'running' does not decide
    running(db, NOW - timedelta(minutes=120))
    assert codes(db, config) == []                   # exactly max_crawl_minutes: not yet
    [warning] = check(db, config, NOW + timedelta(minutes=30)).warnings
    assert (warning.code, warning.en, warning.zh) == (
        "crawl_stuck", "a crawl has been running since 2023-11-24T04:00:00+00:00 (150 min, more than "
        "max_crawl_minutes 120): it is stuck or far too slow (see the log)", "一次抓取已运行 150 分钟仍未结束")


def test_interrupted_crawls_count_as_failed_and_the_warning_is_said_in_full(db, config):
    articles(db, ["gscn_current"])
    runs(db, "interrupted", "failed", "interrupted")
    running(db, NOW - timedelta(minutes=1))          # a crawl going on now is not a finished one
    [warning] = check(db, config, NOW).warnings
    assert (warning.code, warning.en, warning.zh) == (
        "crawl_failing", "the last 3 crawls failed or could not read a channel; see crawl_runs.error",
        "最近3次抓取失败或有频道无法读取")


def jobs(db, *outcomes: str, job: str = "crawl") -> None:
    for outcome in outcomes:
        db.execute("INSERT INTO job_runs (job, started_at, outcome) VALUES (?, ?, ?)",
                   [job, stamp(NOW - timedelta(minutes=10)), outcome])
    db.conn.commit()


def test_three_scheduled_crawls_skipped_or_missed_in_a_row_warn_in_full(db, config):
    articles(db, ["gscn_current"])
    jobs(db, "skipped", "missed")
    jobs(db, "skipped", "skipped", job="digest")    # another job's runs do not count
    assert codes(db, config) == []
    jobs(db, "ok", "skipped", "missed")
    assert codes(db, config) == []                   # the last three include one that ran
    jobs(db, "skipped")
    [warning] = check(db, config, NOW).warnings
    assert (warning.code, warning.en, warning.zh) == (
        "crawl_skipped", "the last 3 scheduled crawls did not run (skipped: the one before was still going or "
        "another crawl held the database; or missed): see job_runs", "最近3次计划抓取未能运行")
