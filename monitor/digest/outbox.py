"""Delivery that loses nothing: a digest is written to the `outbox` table, then sent over SMTP.

    queue_digest   collect what is unreported, render one message per recipient, and in ONE
                   transaction: insert the digest and its messages, mark the items reported
    deliver_due    send every queued message whose time has come; sent -> marked with its time;
                   a temporary failure (server down, 4xx) -> tried again later, with backoff;
                   a permanent one (authentication, a refused recipient) -> kept and reported

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
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid, parseaddr

from sqlite_utils import Database

from ..config import Config, EmailSettings, Recipient
from ..health import HealthWarning
from ..store.guard import db_errors, immediate
from .content import Digest, collect, for_recipient, subject
from .render import render

__all__ = ["DeliveryReport", "Queued", "compose", "deliver_due", "queue_digest"]

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
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def compose(digest: Digest, recipient: Recipient, settings: EmailSettings, message_id: str,
            now: datetime) -> EmailMessage:
    """One recipient's digest as a MIME message: plain text and HTML alternatives, UTF-8, with
    Chinese headers encoded (RFC 2047). Nothing taken from a page reaches a header."""
    title = subject(for_recipient(digest, recipient, cap=False), settings.subject_prefix)
    text, html = render(for_recipient(digest, recipient), title.replace("\u00a0", " "), settings.templates_dir)
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = title
    msg["From"] = settings.sender
    msg["To"] = recipient.address
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["X-Gansu-Monitor"] = "digest"
    msg.set_content(text, charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


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
        digest = collect(db, now, config.schedule.timezone, warnings)
        if digest.empty and not settings.send_empty:
            log.info("digest: nothing new since the last one; not sending an empty digest")
            return Queued(None, 0, digest)
        cursor = db.execute(
            "INSERT INTO digests (created_at, articles, new_indicators, new_periods, revised, warnings) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [stamp, len(digest.articles), digest.count("new_indicator"), digest.count("new_period"),
             digest.count("revised"), "\n".join(w.en for w in warnings) or None])
        digest_id = int(cursor.lastrowid or 0)
        queued = 0
        for n, recipient in enumerate(settings.recipients):
            part = for_recipient(digest, recipient, cap=False)
            if part.empty and not settings.send_empty:
                continue
            message_id = make_msgid(idstring=f"digest{digest_id}.{n}", domain=domain)
            msg = compose(digest, recipient, settings, message_id, now)
            db.execute("INSERT INTO outbox (digest_id, recipients, subject, message_id, message, status, "
                       "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)",
                       [digest_id, json.dumps([recipient.address]), str(msg["Subject"]), message_id,
                        msg.as_string(), stamp, stamp])
            queued += 1
        _mark_reported(db, "articles", digest.article_ids, stamp)
        _mark_reported(db, "indicators", digest.indicator_ids, stamp)
        _mark_reported(db, "article_events", digest.updates.event_ids, stamp)
        _mark_reported(db, "indicators", digest.updates.indicator_ids, stamp)
    log.info("digest %d queued: %d message(s), %d articles, %d indicators", digest_id, queued,
             len(digest.article_ids), len(digest.indicator_ids))
    return Queued(digest_id, queued, digest)


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
def deliver_due(db: Database, settings: EmailSettings, now: datetime) -> DeliveryReport:
    """Send the queued messages that are due. Never raises for SMTP trouble: it is recorded on
    each message (outbox.last_error) and in the report."""
    report = DeliveryReport()
    stamp = now.isoformat(timespec="seconds")
    due = db.execute("SELECT id, recipients, message, attempts FROM outbox WHERE status = 'queued' "
                     "AND next_attempt_at <= ? ORDER BY id LIMIT ?", [stamp, BATCH]).fetchall()
    if not due:
        return report
    sender = parseaddr(settings.sender)[1]
    try:
        smtp = _connect(settings)
    except _Permanent as exc:
        _failed_all(db, settings, due, str(exc), "permanent", now, report)
        return report
    except (OSError, smtplib.SMTPException) as exc:
        _failed_all(db, settings, due, f"cannot reach the SMTP server {settings.smtp_host}:"
                    f"{settings.smtp_port}: {exc}", "temporary", now, report)
        return report
    try:
        for row_id, recipients, message, attempts in due:
            try:
                refused = smtp.sendmail(sender, json.loads(recipients), message.encode("utf-8"))
            except smtplib.SMTPRecipientsRefused as exc:
                temporary = all(400 <= code < 500 for code, _ in exc.recipients.values())   # greylisting
                _record(db, settings, row_id, attempts, f"the server refused the recipient(s): "
                        f"{_describe(exc.recipients)}", "temporary" if temporary else "permanent", now, report,
                        status="queued" if temporary else "rejected")
                continue
            except smtplib.SMTPResponseException as exc:
                kind = "permanent" if 500 <= exc.smtp_code < 600 else "temporary"
                _record(db, settings, row_id, attempts, f"the server answered {exc.smtp_code} "
                        f"{_text(exc.smtp_error)}", kind, now, report,
                        status="rejected" if kind == "permanent" else "queued")
                continue
            except (OSError, smtplib.SMTPException) as exc:
                _record(db, settings, row_id, attempts, f"sending failed: {exc}", "temporary", now, report)
                break
            with db.atomic():
                db.execute("UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, "
                           "last_error = ?, error_kind = NULL WHERE id = ?",
                           [stamp, f"partly refused: {_describe(refused)}" if refused else None, row_id])
            report.sent += 1
            log.info("digest message %d sent to %s", row_id, ", ".join(json.loads(recipients)))
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return report


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _describe(refused: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{addr} ({code} {text.decode(errors='replace')})" for addr, (code, text) in refused.items())


def _failed_all(db: Database, settings: EmailSettings, due: list[tuple[int, str, str, int]], error: str,
                kind: str, now: datetime, report: DeliveryReport) -> None:
    for row_id, _, _, attempts in due:
        _record(db, settings, row_id, attempts, error, kind, now, report)


def _record(db: Database, settings: EmailSettings, row_id: int, attempts: int, error: str, kind: str,
            now: datetime, report: DeliveryReport, status: str = "queued") -> None:
    retry_at = (now + _backoff(settings, attempts + 1)).isoformat(timespec="seconds")
    with db.atomic():
        db.execute("UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, error_kind = ?, "
                   "next_attempt_at = ? WHERE id = ?", [status, error, kind, retry_at, row_id])
    report.failed += 1
    if error not in report.errors:
        report.errors.append(error)
    level = logging.ERROR if kind == "permanent" else logging.WARNING
    log.log(level, "digest message %d not sent (%s, %s): %s", row_id, kind,
            "kept; retried after " + retry_at if status == "queued" else "refused for good", error)
