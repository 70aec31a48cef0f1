"""`monitor status` on crawls that hang, do not run, or were cut short: each warning appears
when its condition holds and not before (the time is given, not waited for)."""

from __future__ import annotations

from datetime import datetime, timedelta

from monitor.health import check
from monitor.store import writes


def codes(db, config, now):
    return [w.code for w in check(db, config, now).warnings]


def last_seen(db):
    return datetime.fromisoformat(db.execute("SELECT max(first_seen_at) FROM articles").fetchone()[0])


def test_a_crawl_running_longer_than_max_crawl_minutes_is_unhealthy(crawled, config):
    now = last_seen(crawled)
    writes.start_run(crawled, now.isoformat())
    assert config.health.max_crawl_minutes == 120
    assert codes(crawled, config, now + timedelta(minutes=119)) == []
    status = check(crawled, config, now + timedelta(minutes=121))
    assert [w.code for w in status.warnings] == ["crawl_stuck"]
    assert "(121 min, more than max_crawl_minutes 120)" in status.warnings[0].en


def test_three_scheduled_crawls_in_a_row_not_run_are_unhealthy_until_one_runs(crawled, config):
    now = last_seen(crawled)
    for outcome in ("skipped", "missed"):
        writes.record_missed(crawled, "crawl", now.isoformat(), now.isoformat(), outcome)
    assert codes(crawled, config, now) == []
    writes.record_missed(crawled, "crawl", now.isoformat(), now.isoformat(), "skipped")
    assert codes(crawled, config, now) == ["crawl_skipped"]
    job = writes.start_job(crawled, "crawl", now.isoformat())
    writes.finish_job(crawled, job, now.isoformat(), "ok")
    assert codes(crawled, config, now) == []


def test_a_skipped_run_says_why_in_job_runs(crawled):
    writes.record_missed(crawled, "crawl", "2023-11-23T00:00:00+00:00", "2023-11-23T00:00:01+00:00", "skipped")
    assert crawled.execute("SELECT outcome, error FROM job_runs").fetchall() == [
        ("skipped", "the previous run was still going; skipped")]


def test_runs_left_running_are_closed_as_interrupted_and_count_as_failed(crawled, config):
    now = last_seen(crawled)
    for _ in range(3):
        writes.start_run(crawled, now.isoformat())   # each start closes the one before it
    assert [r[0] for r in crawled.execute("SELECT status FROM crawl_runs ORDER BY id")] == [
        "ok", "interrupted", "interrupted", "running"]
    assert codes(crawled, config, now) == []   # 1 ok among the last three finished
    writes.start_run(crawled, now.isoformat())
    assert codes(crawled, config, now) == ["crawl_failing"]
