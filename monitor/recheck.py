"""Which stored articles to re-fetch now (README, "Edited and withdrawn articles"). Pure.

Ages count from when the monitor first stored an article (`first_seen_at`), not from its
publication date: a backfill stores old articles, and they are watched like new ones.

    checkpoints  the ages in `[recheck] after_hours` (1 h, 6 h, 1 d, 3 d) and a last one at
                 `[recheck] days` (7 d); after that the article is left alone
    due          the latest checkpoint the article has reached has not been checked since
                 (a re-check that failed is no check: it is tried again next cycle)
    late         a checkpoint missed while the monitor was stopped is made up at the next
                 cycle, but never later than LATE after the last checkpoint
    order        the most recently due first; at most `max_per_cycle` a cycle, the rest wait

`monitor crawl --recheck` (everything=True) takes every article stored within `days`, now,
whatever the schedule and the cap say.

What a re-check found (`compare`, `on_gone`):

    the extracted fields (title, origin, author, time, body) as stored   -> unchanged
    the same as an earlier version of the article                        -> reverted (no alert)
    text not seen before                                                 -> edited
    different, but read by another parser than the stored version        -> not an edit: a
                                                                            layout change (failure)
    404/410 a second time, in a later cycle than the first; a soft 404   -> withdrawn
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .config import RecheckSettings

__all__ = ["FIELDS", "FIELD_LABELS", "LATE", "Candidate", "Verdict", "checkpoints", "compare", "due_since",
           "on_gone", "select", "window_start"]

LATE = timedelta(days=1)
FIELDS = ("title", "origin", "author", "published_at", "body")   # what an edit can change
FIELD_LABELS = dict(zip(FIELDS, ("标题", "来源", "作者", "发布时间", "正文"), strict=True))

Edition = tuple[str, str | None, str | None, str, str]   # the FIELDS' values


@dataclass(frozen=True)
class Candidate:
    """A stored article inside the window (or late), as the schedule needs it."""

    id: int
    url: str
    source: str
    first_seen_at: str
    last_checked_at: str | None


def checkpoints(settings: RecheckSettings) -> tuple[timedelta, ...]:
    """The ages at which an article is re-checked, the last one at `days`."""
    if settings.days <= 0:
        return ()
    hours = [h for h in settings.after_hours if h < settings.days * 24] + [settings.days * 24]
    return tuple(timedelta(hours=h) for h in hours)


def window_start(now: str, settings: RecheckSettings, *, everything: bool = False) -> str:
    """The oldest `first_seen_at` worth a look: `days` ago (and LATE more for the schedule)."""
    span = timedelta(days=settings.days) + (timedelta(0) if everything else LATE)
    return (datetime.fromisoformat(now) - span).isoformat(timespec="seconds")


def due_since(candidate: Candidate, now: str, settings: RecheckSettings) -> datetime | None:
    """When the re-check now due fell due, or None when none is."""
    stored = datetime.fromisoformat(candidate.first_seen_at)
    at = datetime.fromisoformat(now)
    points = checkpoints(settings)
    if not points or at - stored > points[-1] + LATE:
        return None
    reached = [stored + p for p in points if stored + p <= at]
    if not reached:
        return None
    checked = datetime.fromisoformat(candidate.last_checked_at or candidate.first_seen_at)
    return reached[-1] if checked < reached[-1] else None


def select(candidates: list[Candidate], now: str, settings: RecheckSettings, *,
           everything: bool = False) -> list[Candidate]:
    """The articles to re-check this cycle, in order."""
    if everything:
        start = window_start(now, settings, everything=True)
        inside = [c for c in candidates if settings.days > 0 and c.first_seen_at >= start]
        return sorted(inside, key=lambda c: (c.first_seen_at, c.id), reverse=True)
    due = [(when, c) for c in candidates if (when := due_since(c, now, settings)) is not None]
    due.sort(key=lambda pair: (pair[0], pair[1].id), reverse=True)
    return [c for _, c in due[:settings.max_per_cycle]]


@dataclass(frozen=True)
class Verdict:
    """What a fetched version is, next to the stored ones. `same_as`: the earlier version it
    equals (reverted); `changed`: the FIELDS that differ from the stored version."""

    kind: str                      # unchanged | edited | reverted | parser_changed
    same_as: int | None = None
    changed: tuple[str, ...] = ()


def compare(stored: Edition, stored_parser: str, earlier: dict[int, Edition], fetched: Edition,
            fetched_parser: str) -> Verdict:
    """`earlier`: the article's earlier versions by number (article_versions)."""
    if fetched == stored:
        return Verdict("unchanged")
    changed = tuple(name for name, a, b in zip(FIELDS, stored, fetched, strict=True) if a != b)
    if fetched_parser != stored_parser:
        return Verdict("parser_changed", changed=changed)
    same = [number for number, edition in earlier.items() if edition == fetched]
    if same:
        return Verdict("reverted", same_as=max(same), changed=changed)
    return Verdict("edited", changed=changed)


def on_gone(withdrawn_at: str | None, missing_since: str | None, cycle_started: str) -> str:
    """What a 404/410 answer means: 'gone' (already withdrawn), 'withdrawn' (the second such
    answer, in a later cycle than the first), or 'missing' (the first: wait for a second)."""
    if withdrawn_at is not None:
        return "gone"
    # A cycle fetches an article once at most, so a first answer already stored came from an
    # earlier cycle; `<=` because times have whole seconds (a quick earlier cycle may share one).
    if missing_since is not None and missing_since <= cycle_started:
        return "withdrawn"
    return "missing"
