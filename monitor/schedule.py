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

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from .config import ScheduleSettings
from .triggers import make_trigger

__all__ = ["OUTBOX_EVERY_S", "build_scheduler"]

log = logging.getLogger(__name__)

OUTBOX_EVERY_S = 60     # queued digests whose retry time has come are sent within this


def build_scheduler(settings: ScheduleSettings, *, crawl: Callable[[], None], digest: Callable[[], None] | None,
                    outbox: Callable[[], None] | None, on_missed: Callable[[str, datetime], None],
                    on_skipped: Callable[[str, datetime], None] | None = None,
                    now: datetime | None = None) -> BackgroundScheduler:
    """A scheduler (not started) with the crawl, digest and outbox jobs. The first crawl is due
    at `now` (default: the moment it is built). `on_missed(job, planned time)` hears of a run
    missed by more than the grace time, `on_skipped` of one skipped because the job's previous
    run was still going."""
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

    def missed(event: JobEvent) -> None:
        # EVENT_JOB_MISSED comes as a JobExecutionEvent (scheduled_run_time), EVENT_JOB_MAX_INSTANCES
        # as a JobSubmissionEvent (scheduled_run_times, a list): the listener reads each its own way.
        if event.code == EVENT_JOB_MISSED:
            when = event.scheduled_run_time
            log.warning("the %s run planned for %s was missed by more than %d s (the daemon was busy or "
                        "asleep); skipped, the next one runs on schedule", event.job_id, when,
                        settings.misfire_grace_s)
            on_missed(event.job_id, when)
            return
        for when in getattr(event, "scheduled_run_times", []):
            log.warning("the %s job is still running; its run planned for %s is skipped", event.job_id, when)
            if on_skipped is not None:
                on_skipped(event.job_id, when)

    scheduler.add_listener(missed, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
    return scheduler
