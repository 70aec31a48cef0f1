"""Delivery that loses nothing: a digest is written to the `outbox` table, then sent over SMTP.

    queue_digest   collect what is unreported, render one message per recipient, and in ONE
                   transaction: insert the digest and its messages, mark the items reported
    deliver_due    send every queued message whose time has come (force: every queued message,
                   now: `monitor digest --send`); sent -> marked with its time; a temporary
                   failure (server down, 4xx) -> tried again later, with backoff; a failed login
                   -> kept, retried and reported; a refusal for good (5xx: too large, no such
                   recipient) -> `rejected`, and what it carried is un-marked (requeue.py) so the
                   next digest carries it again

A message keeps the Message-ID it was given when queued, so a re-send after a crash between
"accepted by the server" and "marked sent" is recognisably the same message (at least once,
never a different one). Only one process sends at a time (`<database>.outbox.lock`).
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import make_msgid, parseaddr

from sqlite_utils import Database

from ..config import Config, EmailSettings
from ..health import HealthWarning
from ..store.guard import db_errors, immediate
from .content import Digest, collect, for_recipient
from .message import compose, csv_budget
from .requeue import unmark

__all__ = ["DeliveryReport", "Queued", "deliver_due", "queue_digest"]

log = logging.getLogger(__name__)

BATCH = 20   # messages sent per SMTP connection and run


@dataclass(frozen=True)
class Queued:
    digest_id: int | None        # None: nothing to report, and empty digests are not sent
    messages: int
    digest: Digest


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0         # not sent; `rejected` of them refused for good, the rest kept queued
    rejected: int = 0
    errors: list[str] = field(default_factory=list)


@db_errors
def queue_digest(db: Database, config: Config, now: datetime,
                 warnings: tuple[HealthWarning, ...] = ()) -> Queued:
    """Queue a digest of everything unreported for every recipient (needs [email])."""
    settings = config.email
    assert settings is not None, "queue_digest needs [email]"
    domain = parseaddr(settings.sender)[1].rpartition("@")[2] or "gansu-monitor.local"
    stamp = now.isoformat(timespec="seconds")
    # Read and mark in one write transaction taken up front: two processes queuing at once
    # (the daemon and `monitor digest --send`) queue each item once, not twice.
    with immediate(db):
        digest = collect(db, now, config.schedule.timezone, warnings,
                         csv_budget=csv_budget(settings.max_message_bytes))
        if digest.empty and not settings.send_empty:
            log.info("digest: nothing new since the last one; not sending an empty digest")
            return Queued(None, 0, digest)
        cursor = db.execute(
            "INSERT INTO digests (created_at, articles, new_indicators, new_periods, revised, warnings, "
            "baseline_articles, baseline_indicators, held_back) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [stamp, len(digest.articles), digest.count("new_indicator"), digest.count("new_period"),
             digest.count("revised"), "\n".join(w.en for w in warnings) or None, len(digest.baseline_articles),
             len(digest.baseline_figures), digest.held_back])
        digest_id = int(cursor.lastrowid or 0)
        queued = _queue_messages(db, digest, digest_id, settings, domain, now)
        _mark_reported(db, "articles", digest.article_ids, stamp)
        _mark_reported(db, "indicators", digest.indicator_ids, stamp)
        _mark_reported(db, "article_events", digest.updates.event_ids, stamp)   # 文章更新
        _mark_reported(db, "indicators", digest.updates.indicator_ids, stamp)
    log.info("digest %d queued: %d message(s), %d articles and %d indicators listed, %d articles and %d "
             "indicators summarised as the baseline%s", digest_id, queued, len(digest.articles),
             len(digest.indicators), len(digest.baseline_articles), len(digest.baseline_figures),
             f"; {digest.held_back} indicators left for the next digest (max_message_bytes)"
             if digest.held_back else "")
    return Queued(digest_id, queued, digest)


def _queue_messages(db: Database, digest: Digest, digest_id: int, settings: EmailSettings, domain: str,
                    now: datetime) -> int:
    """One message per recipient whose part is not empty, each with what it carries."""
    stamp = now.isoformat(timespec="seconds")
    queued = 0
    for n, recipient in enumerate(settings.recipients):
        part = for_recipient(digest, recipient)
        if part.empty and not settings.send_empty:
            continue
        message_id = make_msgid(idstring=f"digest{digest_id}.{n}", domain=domain)
        msg = compose(digest, recipient, settings, message_id, now)
        db.execute("INSERT INTO outbox (digest_id, recipients, subject, message_id, message, status, "
                   "next_attempt_at, created_at, article_ids, indicator_ids) "
                   "VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)",
                   [digest_id, json.dumps([recipient.address]), str(msg["Subject"]), message_id,
                    msg.as_string(), stamp, stamp, json.dumps(part.article_ids), json.dumps(part.indicator_ids)])
        queued += 1
    return queued


def _mark_reported(db: Database, table: str, ids: tuple[int, ...], stamp: str) -> None:
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        db.execute(f"UPDATE {table} SET reported_at = ? WHERE id IN ({','.join('?' * len(chunk))})",
                   [stamp, *chunk])


class _Permanent(Exception):
    """An SMTP failure that waiting will not fix: authentication, a refused recipient, no password."""


def _connect(settings: EmailSettings) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if settings.tls == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                              timeout=settings.timeout_s, context=context)
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.timeout_s)
    try:
        if settings.tls == "starttls":
            smtp.starttls(context=context)
        if settings.username:
            password = os.environ.get(settings.password_env)
            if password is None:
                raise _Permanent(f"the environment variable {settings.password_env} (email.password_env) "
                                 "is not set: no SMTP password")
            try:
                smtp.login(settings.username, password)
            except smtplib.SMTPAuthenticationError as exc:
                raise _Permanent(f"the SMTP server refused the login of {settings.username!r} "
                                 f"({exc.smtp_code}): check the username and the password in "
                                 f"${settings.password_env}") from None
    except BaseException:
        smtp.close()
        raise
    return smtp


def _backoff(settings: EmailSettings, attempts: int) -> timedelta:
    return timedelta(seconds=min(settings.retry_max_s, settings.retry_base_s * 2 ** min(30, max(0, attempts - 1))))


@db_errors
def deliver_due(db: Database, settings: EmailSettings, now: datetime, *, force: bool = False) -> DeliveryReport:
    """Send the queued messages that are due; with `force`, every queued message now, whatever
    its back-off (an operator's `monitor digest --send`). Each is tried once per call. Never
    raises for SMTP trouble: it is recorded on each message (outbox.last_error) and in the report."""
    report = DeliveryReport()
    stamp = now.isoformat(timespec="seconds")
    after = 0
    while True:
        due = db.execute("SELECT id, recipients, attempts FROM outbox WHERE status = 'queued' AND id > ? "
                         "AND (? OR next_attempt_at <= ?) ORDER BY id LIMIT ?",
                         [after, int(force), stamp, BATCH]).fetchall()
        if not due or not _send_batch(db, settings, due, now, report):
            return report
        after = due[-1][0]


def _send_batch(db: Database, settings: EmailSettings, due: list[tuple[int, str, int]], now: datetime,
                report: DeliveryReport) -> bool:
    """Send `due` over one connection; False when the server could not be reached or dropped us."""
    try:
        smtp = _connect(settings)
    except _Permanent as exc:
        _failed_all(db, settings, due, str(exc), "permanent", now, report)
        return False
    except (OSError, smtplib.SMTPException) as exc:
        _failed_all(db, settings, due, f"cannot reach the SMTP server {settings.smtp_host}:"
                    f"{settings.smtp_port}: {exc}", "temporary", now, report)
        return False
    try:
        return all(_send_one(db, settings, smtp, row, now, report) for row in due)
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


def _send_one(db: Database, settings: EmailSettings, smtp: smtplib.SMTP, row: tuple[int, str, int],
              now: datetime, report: DeliveryReport) -> bool:
    row_id, recipients, attempts = row
    message = db.execute("SELECT message FROM outbox WHERE id = ?", [row_id]).fetchone()[0]
    try:
        refused = smtp.sendmail(parseaddr(settings.sender)[1], json.loads(recipients), message.encode("utf-8"))
    except smtplib.SMTPRecipientsRefused as exc:
        temporary = all(400 <= code < 500 for code, _ in exc.recipients.values())   # greylisting
        _record(db, settings, row_id, attempts, f"the server refused the recipient(s): "
                f"{_describe(exc.recipients)}", "temporary" if temporary else "permanent", now, report,
                status="queued" if temporary else "rejected")
        return True
    except smtplib.SMTPResponseException as exc:   # 552 message too large, 554 rejected, 4xx
        kind = "permanent" if 500 <= exc.smtp_code < 600 else "temporary"
        _record(db, settings, row_id, attempts, f"the server answered {exc.smtp_code} {_text(exc.smtp_error)}",
                kind, now, report, status="rejected" if kind == "permanent" else "queued")
        return True
    except (OSError, smtplib.SMTPException) as exc:
        _record(db, settings, row_id, attempts, f"sending failed: {exc}", "temporary", now, report)
        return False
    with immediate(db):
        db.execute("UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
                   "last_error = ?, error_kind = NULL WHERE id = ?",
                   [now.isoformat(timespec="seconds"), f"partly refused: {_describe(refused)}" if refused else None,
                    row_id])
    report.sent += 1
    log.info("digest message %d sent to %s", row_id, ", ".join(json.loads(recipients)))
    return True


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _describe(refused: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{addr} ({code} {text.decode(errors='replace')})" for addr, (code, text) in refused.items())


def _failed_all(db: Database, settings: EmailSettings, due: list[tuple[int, str, int]], error: str,
                kind: str, now: datetime, report: DeliveryReport) -> None:
    for row_id, _, attempts in due:
        _record(db, settings, row_id, attempts, error, kind, now, report)


def _record(db: Database, settings: EmailSettings, row_id: int, attempts: int, error: str, kind: str,
            now: datetime, report: DeliveryReport, status: str = "queued") -> None:
    retry_at = (now + _backoff(settings, attempts + 1)).isoformat(timespec="seconds")
    given = (0, 0)
    with immediate(db):
        db.execute("UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, error_kind = ?, "
                   "next_attempt_at = ? WHERE id = ?", [status, error, kind, retry_at, row_id])
        if status == "rejected":   # it will never arrive: the next digest carries what it carried
            given = unmark(db, row_id)
    report.failed += 1
    report.rejected += status == "rejected"
    if error not in report.errors:
        report.errors.append(error)
    if status == "rejected":
        log.error("digest message %d refused for good: %s; its %d articles and %d indicators go in the next "
                  "digest", row_id, error, *given)
    else:
        log.log(logging.ERROR if kind == "permanent" else logging.WARNING,
                "digest message %d not sent (%s, kept; retried after %s): %s", row_id, kind, retry_at, error)
