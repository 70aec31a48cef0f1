"""When jobs run: `[schedule]` turned into APScheduler 3 triggers and a configured scheduler.

Rules (README, "Run it as a service"): jobs never overlap (max_instances=1); runs missed while
the daemon was busy or asleep coalesce into one; a run missed by more than `misfire_grace_s`
is skipped and logged; the first crawl starts as soon as the daemon does. (The crawl's jitter
is a random wait inside the job, daemon.py: an interval trigger's own jitter would add up from
run to run.) Times are in `timezone` (Asia/Shanghai by default).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .config import ScheduleSettings, interval_seconds

__all__ = ["OUTBOX_EVERY_S", "build_scheduler", "cron_days_of_week", "make_trigger"]

log = logging.getLogger(__name__)

OUTBOX_EVERY_S = 60     # queued digests whose retry time has come are sent within this


_DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


def _cron_day(token: str) -> int:
    token = token.strip().lower()
    if token.isdigit() and 0 <= int(token) <= 7:
        return int(token) % 7
    if token[:3] in _DAY_NAMES:
        return _DAY_NAMES.index(token[:3])
    raise ValueError(f"{token!r} is not a day of the week (0-7 or sun-sat)")


def cron_days_of_week(field: str) -> str:
    """A crontab weekday field (Sunday = 0 or 7; lists, ranges, steps, names) as the explicit
    list of day names APScheduler 3 reads the same way ('*/2' -> 'sun,tue,thu,sat'; '1-5/2' ->
    'mon,wed,fri'). APScheduler counts numbers from Monday, so numbers are never passed on."""
    if field == "*":
        return field
    days: set[int] = set()
    for item in field.split(","):
        base, _, step_text = item.partition("/")
        step = int(step_text) if step_text else 1
        if step < 1:
            raise ValueError(f"step {step_text!r} in {field!r}")
        if base == "*":
            first, last = 0, 6
        elif "-" in base:
            start, end = base.split("-", 1)
            first, last = _cron_day(start), int(end) if end.strip() == "7" else _cron_day(end)
            if last < first:
                raise ValueError(f"{base!r} runs backwards")
        else:
            first = last = _cron_day(base)
        days.update(d % 7 for d in range(first, last + 1, step))
    return ",".join(_DAY_NAMES[d] for d in sorted(days))


def make_trigger(spec: str, zone: ZoneInfo, jitter: int | None = None) -> BaseTrigger:
    """'30m' / '2h' / '45s' -> an interval; anything else a 5-field crontab expression, read as
    crontab reads it: weekdays from Sunday = 0, and when both day of month and day of week are
    restricted a day matching either runs (APScheduler alone would need both). Raises
    ValueError for an expression it cannot read."""
    seconds = interval_seconds(spec)
    if seconds is not None:
        return IntervalTrigger(seconds=seconds, timezone=zone, jitter=jitter or None)
    fields = spec.split()
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields (minute hour day month weekday), got {len(fields)}")
    minute, hour, day, month, dow = fields
    days = cron_days_of_week(dow)

    def cron(day_field: str, dow_field: str) -> CronTrigger:
        return CronTrigger(minute=minute, hour=hour, day=day_field, month=month, day_of_week=dow_field,
                           timezone=zone, jitter=jitter or None)

    if not day.startswith("*") and not dow.startswith("*"):
        return OrTrigger([cron(day, "*"), cron("*", days)], jitter=jitter or None)
    return cron(day, days)


def build_scheduler(settings: ScheduleSettings, *, crawl: Callable[[], None], digest: Callable[[], None] | None,
                    outbox: Callable[[], None] | None, on_missed: Callable[[str, datetime], None],
                    now: datetime | None = None) -> BackgroundScheduler:
    """A scheduler (not started) with the crawl, digest and outbox jobs. The first crawl is due
    at `now` (default: the moment it is built)."""
    zone = ZoneInfo(settings.timezone)
    scheduler = BackgroundScheduler(
        timezone=zone, executors={"default": ThreadPoolExecutor(max_workers=3)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": settings.misfire_grace_s})
    scheduler.add_job(crawl, make_trigger(settings.crawl, zone), id="crawl",
                      name="crawl", next_run_time=now or datetime.now(zone))
    if digest is not None:
        scheduler.add_job(digest, make_trigger(settings.digest, zone), id="digest", name="digest")
    if outbox is not None:
        scheduler.add_job(outbox, IntervalTrigger(seconds=OUTBOX_EVERY_S, timezone=zone), id="outbox",
                          name="outbox")

    def missed(event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            log.warning("the %s run planned for %s was missed by more than %d s (the daemon was busy or "
                        "asleep); skipped, the next one runs on schedule", event.job_id,
                        event.scheduled_run_time, settings.misfire_grace_s)
            on_missed(event.job_id, event.scheduled_run_time)
        else:
            log.warning("the %s job is still running; its run planned for %s is skipped", event.job_id,
                        event.scheduled_run_time)

    scheduler.add_listener(missed, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
    return scheduler
