"""Scheduling rules with a controlled clock: triggers, time zone, coalescing, grace, no overlap.

Runs are made "missed" by giving the scheduler a first run time hours in the past, so APScheduler's
own rules decide, with no long sleeps."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from monitor.config import ScheduleSettings
from monitor.schedule import build_scheduler
from monitor.triggers import cron_days_of_week, make_trigger

SHANGHAI = ZoneInfo("Asia/Shanghai")


def next_fire(spec, after, zone=SHANGHAI):
    return make_trigger(spec, zone).get_next_fire_time(None, after)


def test_an_interval_fires_that_long_after_the_previous_run():
    start = datetime(2023, 11, 23, 8, 0, tzinfo=SHANGHAI)
    trigger = make_trigger("30m", SHANGHAI)
    first = trigger.get_next_fire_time(None, start)
    assert trigger.get_next_fire_time(first, first + timedelta(seconds=1)) - first == timedelta(minutes=30)


def test_a_daily_cron_runs_at_eight_in_shanghai_which_is_midnight_utc():
    fire = next_fire("0 8 * * *", datetime(2023, 11, 23, 0, 30, tzinfo=UTC))
    assert fire.astimezone(UTC) == datetime(2023, 11, 24, 0, 0, tzinfo=UTC)


def test_the_time_zone_is_configurable():
    fire = next_fire("0 8 * * *", datetime(2023, 11, 23, 0, 30, tzinfo=UTC), ZoneInfo("Europe/Berlin"))
    assert fire.astimezone(UTC) == datetime(2023, 11, 23, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize("spec, weekday", [("0 8 * * 1", 0), ("0 8 * * 0", 6), ("0 8 * * 7", 6), ("0 8 * * 5", 4)])
def test_cron_days_of_week_count_from_sunday_as_in_crontab(spec, weekday):
    fire = next_fire(spec, datetime(2023, 11, 22, 12, 0, tzinfo=SHANGHAI))   # a Wednesday
    assert fire.weekday() == weekday and fire.hour == 8


def run_for(seconds, settings, first_run, crawl=None, skipped=None):
    calls, missed = [], []
    scheduler = build_scheduler(settings, crawl=crawl or (lambda: calls.append(datetime.now(UTC))),
                                digest=None, outbox=None, on_missed=lambda job, when: missed.append((job, when)),
                                on_skipped=None if skipped is None else lambda job, when: skipped.append((job, when)),
                                now=first_run)
    scheduler.start()
    time.sleep(seconds)
    scheduler.shutdown(wait=True)
    return calls, missed


def test_runs_missed_while_asleep_coalesce_into_one():
    now = datetime.now(SHANGHAI)
    # hourly, first due 3 h 5 min ago: four runs were missed; the latest was 5 min ago, within grace
    calls, missed = run_for(1.0, ScheduleSettings(crawl="1h", crawl_jitter_s=0, misfire_grace_s=600),
                            now - timedelta(hours=3, minutes=5))
    assert len(calls) == 1 and missed == []


def test_a_run_missed_by_more_than_its_grace_is_skipped_and_reported(caplog):
    now = datetime.now(SHANGHAI)
    calls, missed = run_for(1.0, ScheduleSettings(crawl="1h", crawl_jitter_s=0, misfire_grace_s=60),
                            now - timedelta(hours=3, minutes=5))
    assert calls == []
    assert [job for job, _ in missed] == ["crawl"]
    assert (now - missed[0][1]) > timedelta(minutes=4)
    assert "missed by more than 60 s" in caplog.text


def test_the_first_crawl_starts_promptly():
    started = datetime.now(UTC)
    calls, _ = run_for(0.5, ScheduleSettings(crawl="1h", crawl_jitter_s=0), None)
    assert len(calls) == 1 and calls[0] - started < timedelta(seconds=0.5)


def test_a_crawl_never_overlaps_itself():
    release, running, peak = threading.Event(), [0], [0]
    lock = threading.Lock()

    def slow_crawl():
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        release.wait(5)
        with lock:
            running[0] -= 1

    timer = threading.Timer(2.5, release.set)
    timer.start()
    run_for(3.0, ScheduleSettings(crawl="1s", crawl_jitter_s=0), None, crawl=slow_crawl)
    assert peak[0] == 1


def test_a_crawl_overrunning_its_interval_has_each_skipped_run_reported(caplog):
    release = threading.Event()
    skipped: list = []
    threading.Timer(2.6, release.set).start()
    started = datetime.now(UTC)
    run_for(3.0, ScheduleSettings(crawl="1s", crawl_jitter_s=0), None, crawl=lambda: release.wait(5),
            skipped=skipped)
    # the crawl started at once and ran 2.6 s: the runs due at +1 s and +2 s were skipped
    assert [job for job, _ in skipped] == ["crawl", "crawl"]
    assert all(timedelta(seconds=0.5) < when - started < timedelta(seconds=2.5) for _, when in skipped)
    assert "is still running; its run planned for" in caplog.text
    assert "Error notifying listener" not in caplog.text and "AttributeError" not in caplog.text


@pytest.mark.parametrize("field, days", [
    ("*/2", "sun,tue,thu,sat"), ("1-5/2", "mon,wed,fri"), ("0-4", "sun,mon,tue,wed,thu"), ("5-7", "sun,fri,sat"),
    ("mon-fri", "mon,tue,wed,thu,fri"), ("1,3-5", "mon,wed,thu,fri"), ("7", "sun"),
])
def test_weekday_fields_are_read_as_crontab_reads_them(field, days):
    assert cron_days_of_week(field) == days


def test_day_of_month_and_weekday_together_mean_either_as_in_crontab():
    trigger = make_trigger("0 8 1 * 1", SHANGHAI)   # the 1st, or any Monday
    fires, at = [], datetime(2023, 11, 22, tzinfo=SHANGHAI)
    for _ in range(4):
        at = trigger.get_next_fire_time(None, at)
        fires.append(at.strftime("%a %d"))
        at += timedelta(hours=1)
    assert fires == ["Mon 27", "Fri 01", "Mon 04", "Mon 11"]


def test_crawl_jitter_does_not_add_up_from_run_to_run():
    # the interval trigger carries no jitter (the daemon waits inside the job instead)
    trigger = make_trigger("30m", SHANGHAI)
    start = datetime(2023, 11, 23, 8, 0, tzinfo=SHANGHAI)
    runs = [trigger.get_next_fire_time(None, start)]
    for _ in range(47):
        runs.append(trigger.get_next_fire_time(runs[-1], runs[-1] + timedelta(seconds=1)))
    assert runs[-1] - runs[0] == timedelta(minutes=30 * 47)
