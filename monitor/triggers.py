"""`[schedule]` specifications as APScheduler 3 triggers: an interval (`30m`) or a crontab line.

Both config.py (to validate) and schedule.py (to run) use this module, which imports neither.
APScheduler is imported only when a trigger is built, so commands that never schedule stay quick.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from apscheduler.triggers.base import BaseTrigger

__all__ = ["cron_days_of_week", "interval_seconds", "make_trigger"]

_INTERVAL = re.compile(r"^(\d+)\s*(s|m|h|d)$")


def interval_seconds(spec: str) -> int | None:
    """'30m' -> 1800; None when `spec` is not an interval (it is then a cron expression)."""
    m = _INTERVAL.match(spec.strip())
    return int(m[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m[2]] if m else None


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
    from apscheduler.triggers.combining import OrTrigger
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

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
