"""A digest rendered without queuing it or marking anything reported: `monitor digest --dry-run`
and the demo."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import make_msgid

from sqlite_utils import Database

from .. import health
from ..config import Config, EmailSettings, Recipient
from .content import collect
from .message import compose, csv_budget

__all__ = ["PREVIEW_SETTINGS", "preview"]

PREVIEW_SETTINGS = EmailSettings(smtp_host="localhost", sender="gansu-monitor <monitor@localhost>",
                                 recipients=(Recipient("reader@localhost"),))


def preview(db: Database, config: Config, now: datetime, recipient: Recipient | None = None) -> EmailMessage:
    """The message the next digest would send to `recipient` (default: the first configured, or
    an unfiltered reader)."""
    settings = config.email or replace(PREVIEW_SETTINGS, templates_dir="")
    status = health.check(db, config, now)
    digest = collect(db, now, config.schedule.timezone, tuple(status.warnings),
                     csv_budget=csv_budget(settings.max_message_bytes))
    who = recipient or (settings.recipients[0] if settings.recipients else Recipient("reader@localhost"))
    return compose(digest, who, settings, make_msgid(idstring="preview", domain="localhost"), now)
