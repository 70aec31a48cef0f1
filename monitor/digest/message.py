"""One recipient's digest as a MIME message, within its size limits:

    multipart/mixed
      multipart/alternative
        text/plain                    < TEXT_LIMIT, same order and limits as the HTML
        multipart/related
          text/html                   < HTML_LIMIT (Gmail clips an HTML part over 102 KB)
          image/png ...               trend charts, by Content-ID
      text/csv                        every flagged figure the message carries (attachment.py)

The sections are cut (layout.Limits, scaled down) until both parts fit; what is cut is counted
in the message and still in the CSV. The CSV's own room comes from `[email] max_message_bytes`
(csv_budget): flagged figures past it stay unreported for the next digest (content.collect).
"""

from __future__ import annotations

import logging
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from ..config import EmailSettings, Recipient
from . import attachment
from .charts import png_chart, sparkline
from .content import Digest, for_recipient, subject
from .layout import Limits, View, build_view
from .render import Extras, render

__all__ = ["HTML_LIMIT", "MAX_CHARTS", "TEXT_LIMIT", "compose", "csv_budget"]

log = logging.getLogger(__name__)

HTML_LIMIT = 100_000      # bytes of the HTML part (UTF-8), charts' <img> tags included
TEXT_LIMIT = 100_000
MAX_CHARTS = 24           # PNG charts per message
CHART_BYTES = 4_000       # the most one chart may take (they take about 300)
_OVERHEAD = 20_000        # headers and MIME boundaries


def csv_budget(max_message_bytes: int) -> int:
    """Bytes the CSV may take so that the whole message stays under `max_message_bytes`: every
    part is base64 (4/3) at worst, the text and HTML parts are at most their limits."""
    fixed = (TEXT_LIMIT + HTML_LIMIT + MAX_CHARTS * CHART_BYTES) * 4 // 3 + _OVERHEAD
    return max(0, (max_message_bytes - fixed) * 3 // 4)


def compose(digest: Digest, recipient: Recipient, settings: EmailSettings, message_id: str,
            now: datetime) -> EmailMessage:
    """Plain text and HTML alternatives, UTF-8, Chinese headers encoded (RFC 2047), charts inline,
    the CSV attached. Nothing taken from a page reaches a header."""
    part = for_recipient(digest, recipient)
    title = subject(part, settings.subject_prefix)
    view, text, html, extras, charts = _fit(part, recipient, settings, title.replace("\u00a0", " "), message_id)
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = title
    msg["From"] = settings.sender
    msg["To"] = recipient.address
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["X-Gansu-Monitor"] = "digest"
    msg.set_content(text, charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    html_part = msg.get_body(("html",))
    assert isinstance(html_part, EmailMessage)
    for n, (cid, png) in enumerate(charts.items(), 1):
        html_part.add_related(png, "image", "png", cid=f"<{cid}>", filename=f"trend{n}.png", disposition="inline")
    if extras.attachment:
        msg.add_attachment(attachment.csv_bytes(part.indicators), maintype="text", subtype="csv",
                           filename=extras.attachment, params={"charset": "utf-8"})
    return msg


def _fit(part: Digest, recipient: Recipient, settings: EmailSettings, title: str, message_id: str
         ) -> tuple[View, str, str, Extras, dict[str, bytes]]:
    """The largest view (by one factor on every section's limit) whose two parts fit."""
    factor = 1.0
    name = attachment.filename(part.date) if part.indicators else ""
    domain = message_id.strip("<>").rpartition("@")[2] or "gansu-monitor.local"
    while True:
        view = build_view(part, settings.headline_indicators, Limits().scaled(factor))
        extras = _extras(part, view, recipient, name, domain)
        text, html = render(part, view, title, extras, settings.templates_dir)
        size = max(_wire_bytes(html) / HTML_LIMIT, _wire_bytes(text) / TEXT_LIMIT)
        if size < 1 or factor < 0.001:
            break
        factor *= min(0.9, 0.95 / size)
    charts = _draw(part, extras)
    if len(charts) < len(extras.charts):   # a chart failed: render without its <img>
        kept = {k: cid for k, cid in extras.charts.items() if cid in charts}
        extras = Extras(kept, extras.sparks, extras.attachment)
        text, html = render(part, view, title, extras, settings.templates_dir)
    return view, text, html, extras, charts


def _wire_bytes(part: str) -> int:
    """The bytes a part takes in the message: UTF-8 with every line ending CRLF (a part with long
    lines is base64-encoded with its line endings made CRLF, and that is what a client decodes)."""
    return len(part.encode("utf-8")) + part.count("\n")


def _shown(view: View) -> list[tuple[str, str, str]]:
    """The series of the figures the view shows, in the order a reader meets them."""
    keys = [row.figure.series for block in view.summary for row in block.rows]
    keys += [i.series for i in view.revisions]
    keys += [i.series for c in view.figures for a in c.articles for s in a.sentences for i in s.figures]
    return list(dict.fromkeys(keys))


def _extras(part: Digest, view: View, recipient: Recipient, name: str, domain: str) -> Extras:
    if not recipient.charts:
        return Extras(attachment=name)
    keys = [k for k in _shown(view) if k in part.series]
    charts = {k: make_msgid(idstring=f"trend{n}", domain=domain).strip("<>") for n, k in enumerate(keys[:MAX_CHARTS])}
    sparks = {}
    for k in keys:
        try:
            sparks[k] = sparkline(part.series[k])
        except ValueError:
            log.warning("digest: no sparkline for %s: its stored values cannot be drawn", "/".join(k))
    return Extras(charts, sparks, name)


def _draw(part: Digest, extras: Extras) -> dict[str, bytes]:
    """Content-ID -> PNG. A chart that cannot be drawn is logged and left out; never fatal."""
    drawn = {}
    for key, cid in extras.charts.items():
        try:
            png = png_chart(part.series[key])
            if len(png) > CHART_BYTES:
                raise ValueError(f"{len(png)} bytes, more than {CHART_BYTES}")
            drawn[cid] = png
        except Exception:
            log.warning("digest: trend chart for %s left out", "/".join(key), exc_info=True)
    return drawn
