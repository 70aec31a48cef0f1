"""What `monitor status` calls unhealthy, at a controlled time: each warning appears when its
condition holds and not before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.health import check
from monitor.store import writes

from .conftest import FIRST_CRAWL_FLAGGED, LABELLED_FIGURES


def seen_at(db):
    return datetime.fromisoformat(db.execute("SELECT max(first_seen_at) FROM articles").fetchone()[0])


def codes(db, config, now):
    return [w.code for w in check(db, config, now).warnings]


def test_right_after_a_crawl_all_is_well(crawled, config):
    assert codes(crawled, config, seen_at(crawled) + timedelta(minutes=5)) == []


def test_no_new_article_for_longer_than_expected_is_a_warning(crawled, config):
    last = seen_at(crawled)
    assert codes(crawled, config, last + timedelta(hours=47)) == []
    assert codes(crawled, config, last + timedelta(hours=49)) == ["quiet"]


def test_a_rising_share_of_fallback_parses_says_the_layout_changed(crawled, config):
    now = seen_at(crawled) + timedelta(minutes=5)
    crawled.execute("UPDATE articles SET parser = 'fallback' WHERE id IN (SELECT id FROM articles LIMIT 5)")
    [warning] = check(crawled, config, now).warnings
    assert warning.code == "fallback" and "layout has probably changed" in warning.en and "版式" in warning.zh


def test_a_digest_queued_too_long_is_a_warning(crawled, config):
    now = seen_at(crawled)
    crawled.execute("INSERT INTO digests (created_at, articles, new_indicators, new_periods, revised) VALUES (?, 0, 0, 0, 0)",
                    [now.isoformat()])
    crawled.execute("INSERT INTO outbox (digest_id, recipients, subject, message_id, message, status, next_attempt_at, "
                    "created_at) VALUES (1, '[]', 's', '<m@x>', 'm', 'queued', ?, ?)", [now.isoformat(), now.isoformat()])
    assert codes(crawled, config, now + timedelta(hours=5)) == []
    assert codes(crawled, config, now + timedelta(hours=7)) == ["outbox_stuck"]


def test_a_daemon_not_heard_from_is_down_and_a_stopped_one_is_not(crawled, config):
    now = seen_at(crawled)
    writes.daemon_started(crawled, 4242, now.isoformat(), "30m", "0 8 * * *")
    assert codes(crawled, config, now + timedelta(seconds=200)) == []
    assert codes(crawled, config, now + timedelta(seconds=400)) == ["daemon_down"]
    writes.daemon_stopped(crawled, (now + timedelta(seconds=10)).isoformat())
    assert codes(crawled, config, now + timedelta(seconds=400)) == []


def test_three_failed_crawls_in_a_row_are_a_warning(crawled, config):
    now = seen_at(crawled)
    for _ in range(3):
        crawled.execute("INSERT INTO crawl_runs (started_at, ended_at, status, error) VALUES (?, ?, 'partial', 'x')",
                        [now.isoformat(), now.isoformat()])
    assert codes(crawled, config, now) == ["crawl_failing"]


def test_todays_counts_use_the_configured_time_zone(crawled, config):
    first_seen = seen_at(crawled)
    status = check(crawled, config, first_seen + timedelta(minutes=1))
    assert status.today == {"articles": 13, "indicators": LABELLED_FIGURES, "flagged": FIRST_CRAWL_FLAGGED}
    tomorrow = first_seen.astimezone(UTC) + timedelta(days=1, hours=1)
    assert check(crawled, config, tomorrow).today["articles"] == 0
