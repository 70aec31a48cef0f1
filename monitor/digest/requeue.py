"""The outbox by hand (`monitor outbox`) and giving back what a message carried.

A message remembers the articles and indicators it carried (`outbox.article_ids`,
`indicator_ids`). When it will never arrive (refused for good by the server, or dropped by the
operator), those items are un-marked, so the next digest carries them again; nothing is lost.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from email.header import decode_header, make_header

from sqlite_utils import Database

from ..errors import MonitorError
from ..store.guard import db_errors, immediate

__all__ = ["OutboxMessage", "drop_message", "list_messages", "retry_message", "unmark"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    digest_id: int
    recipients: tuple[str, ...]
    subject: str
    status: str            # queued | rejected (failed = queued with a last_error)
    attempts: int
    next_attempt_at: str
    last_error: str
    created_at: str


def _carried(db: Database, outbox_id: int) -> tuple[str, str, str] | None:
    row = db.execute("SELECT coalesce(o.article_ids, '[]'), coalesce(o.indicator_ids, '[]'), d.created_at "
                     "FROM outbox o JOIN digests d ON d.id = o.digest_id WHERE o.id = ?", [outbox_id]).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def unmark(db: Database, outbox_id: int) -> tuple[int, int]:
    """Un-mark the articles and indicators a message carried that no later digest reported;
    returns how many of each. Call inside the caller's transaction."""
    carried = _carried(db, outbox_id)
    if carried is None:
        return 0, 0
    articles, indicators, stamp = carried
    counts = [db.execute(f"UPDATE {table} SET reported_at = NULL WHERE reported_at = ? "
                         "AND id IN (SELECT value FROM json_each(?))", [stamp, ids]).rowcount
              for table, ids in (("articles", articles), ("indicators", indicators))]
    return counts[0], counts[1]


def _remark(db: Database, outbox_id: int) -> None:
    """A refused message sent again carries its items again: mark those still unreported."""
    carried = _carried(db, outbox_id)
    if carried is not None:
        articles, indicators, stamp = carried
        for table, ids in (("articles", articles), ("indicators", indicators)):
            db.execute(f"UPDATE {table} SET reported_at = ? WHERE reported_at IS NULL "
                       "AND id IN (SELECT value FROM json_each(?))", [stamp, ids])


@db_errors
def list_messages(db: Database) -> list[OutboxMessage]:
    """Messages not delivered: queued (never tried, or failed and waiting) and rejected."""
    return [OutboxMessage(r[0], r[1], tuple(json.loads(r[2])), str(make_header(decode_header(r[3]))), r[4], r[5],
                          r[6], r[7] or "", r[8])
            for r in db.execute("SELECT id, digest_id, recipients, subject, status, attempts, next_attempt_at, "
                                "last_error, created_at FROM outbox WHERE status IN ('queued', 'rejected') "
                                "ORDER BY id")]


def _status(db: Database, outbox_id: int) -> str:
    row = db.execute("SELECT status FROM outbox WHERE id = ?", [outbox_id]).fetchone()
    if row is None:
        raise MonitorError(f"there is no outbox message {outbox_id} (see `monitor outbox`)")
    if row[0] not in ("queued", "rejected"):
        raise MonitorError(f"outbox message {outbox_id} is {row[0]}; only queued or refused messages "
                           "can be retried or dropped")
    return str(row[0])


@db_errors
def retry_message(db: Database, outbox_id: int, now: str) -> None:
    """Make a queued or refused message due now (a refused one carries its items again)."""
    with immediate(db):
        if _status(db, outbox_id) == "rejected":
            _remark(db, outbox_id)
        db.execute("UPDATE outbox SET status = 'queued', next_attempt_at = ?, error_kind = NULL WHERE id = ?",
                   [now, outbox_id])
    log.info("outbox message %d queued again, due now", outbox_id)


@db_errors
def drop_message(db: Database, outbox_id: int) -> tuple[int, int]:
    """Give up a queued or refused message: it stays in the table as `dropped`, and what it carried
    (if still unreported) goes in the next digest. Returns (articles, indicators) given back."""
    with immediate(db):
        status = _status(db, outbox_id)
        given = unmark(db, outbox_id) if status == "queued" else (0, 0)
        db.execute("UPDATE outbox SET status = 'dropped' WHERE id = ?", [outbox_id])
    log.info("outbox message %d dropped (it was %s); %d articles and %d indicators it carried go in the "
             "next digest", outbox_id, status, *given)
    return given
