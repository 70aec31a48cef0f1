"""The digest's "文章更新" section: articles edited, withdrawn or restored since the last digest
(README, "Edited and withdrawn articles"), as plain values for the templates.

Not yet reported = `article_events` of kind edited, withdrawn or restored with `reported_at`
NULL. A revert (an earlier version again) is recorded but never listed, so a page that flaps
between two versions alerts once. An edit lists the figures it changed (old -> new, from the
'revised' rows whose previous value is the same article's), the figures it took out, and its
changed sentences (textdiff.py). Queuing a digest marks the events and those figures reported
(outbox.py), so each edit is in one digest, and its figures only in this section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from ..recheck import FIELD_LABELS
from ..store.guard import db_errors
from ..textdiff import Segment, sentence_diff

__all__ = ["ArticleUpdate", "FigureChange", "SentenceChange", "Updates", "collect_updates",
           "SAME_ARTICLE_REVISION"]

MAX_SENTENCES = 3    # changed places shown per edit; the rest are counted
CONTEXT = 24         # unchanged characters kept on each side of a change
_UNSAFE = re.compile(r"[\r\n\x00-\x1f\x7f]+")

# Indicator rows an edit revised (their previous value is the same article's): shown here, not
# among the other flagged indicators. SQL over `indicators i`, for digest/content.py.
SAME_ARTICLE_REVISION = ("(i.flag = 'revised' AND i.previous_indicator_id IN "
                         "(SELECT p.id FROM indicators p WHERE p.article_id = i.article_id))")


@dataclass(frozen=True)
class FigureChange:
    indicator_id: int
    name: str
    period: str         # as written, or ''
    old: str            # as written with its unit: 50.95亿元
    new: str            # 52.18亿元; '' when the edit took the figure out


@dataclass(frozen=True)
class SentenceChange:
    """One changed place, clipped around the change: `old` and `new` as plain text ('' for an
    added or removed sentence) and `segments` (same / del / ins) to mark it up."""

    old: str
    new: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ArticleUpdate:
    event_id: int
    article_id: int
    kind: str                        # edited | withdrawn | restored
    title: str
    url: str
    region: str
    region_code: str
    at: str                          # local time, 2023-11-23 09:02
    version: int                     # the article's version after the event
    detail: str                      # changed fields (标题、正文), or why it counts as withdrawn
    figures: tuple[FigureChange, ...] = ()
    sentences: tuple[SentenceChange, ...] = ()
    more_sentences: int = 0


@dataclass(frozen=True)
class Updates:
    items: tuple[ArticleUpdate, ...] = ()
    event_ids: tuple[int, ...] = ()        # everything covered, listed or not: marked reported
    indicator_ids: tuple[int, ...] = ()

    def count(self, kind: str) -> int:
        return sum(1 for u in self.items if u.kind == kind)


def _line(text: str | None) -> str:
    return _UNSAFE.sub(" ", text or "").strip()


@db_errors
def collect_updates(db: Database, timezone: str) -> Updates:
    """Every unreported edit, withdrawal and return, oldest first."""
    zone = ZoneInfo(timezone)
    rows = db.execute(
        """SELECT e.id, e.article_id, e.kind, a.title, a.url, coalesce(r.name, ''), coalesce(a.region_code, ''),
                  e.at, e.version, coalesce(e.detail, '')
           FROM article_events e JOIN articles a ON a.id = e.article_id
           LEFT JOIN regions r ON r.code = a.region_code
           WHERE e.reported_at IS NULL AND e.kind IN ('edited', 'withdrawn', 'restored')
           ORDER BY e.kind != 'edited', e.at, e.id""").fetchall()
    items = []
    for event_id, article_id, kind, title, url, region, code, at, version, detail in rows:
        local = datetime.fromisoformat(at).astimezone(zone).strftime("%Y-%m-%d %H:%M")
        update = ArticleUpdate(event_id, article_id, kind, _line(title),
                               url if url.startswith(("http://", "https://")) else "", region, code,
                               local, version, _line(detail))
        if kind == "edited":
            fields = "、".join(FIELD_LABELS.get(f, f) for f in detail.split(", "))
            update = _with_changes(db, replace(update, detail=fields), at)
        items.append(update)
    return Updates(tuple(items), tuple(u.event_id for u in items),
                   tuple(f.indicator_id for u in items for f in u.figures))


def _with_changes(db: Database, update: ArticleUpdate, at: str) -> ArticleUpdate:
    figures = [FigureChange(r[0], _line(r[1]), _line(r[2]), _line(r[3]), _line(r[4])) for r in db.execute(
        """SELECT i.id, i.name, i.period, p.value || p.unit, i.value || i.unit
           FROM indicators i JOIN indicators p ON p.id = i.previous_indicator_id
           WHERE i.article_id = ? AND p.article_id = i.article_id AND i.flag = 'revised' AND i.found_at = ?
           ORDER BY i.value_start""", [update.article_id, at])]
    replaced = {f.indicator_id for f in figures}
    figures += [FigureChange(r[0], _line(r[1]), _line(r[2]), _line(r[3]), "") for r in db.execute(
        """SELECT o.id, o.name, o.period, o.value || o.unit FROM indicators o
           WHERE o.article_id = ? AND o.withdrawn_at = ? AND NOT EXISTS (SELECT 1 FROM indicators n
                 WHERE n.previous_indicator_id = o.id AND n.article_id = o.article_id AND n.found_at = ?)
           ORDER BY o.value_start""", [update.article_id, at, at]) if r[0] not in replaced]
    before, after = _texts(db, update.article_id, update.version)
    changes = sentence_diff(before, after)
    shown = tuple(_clip(c.segments) for c in changes[:MAX_SENTENCES])
    return replace(update, figures=tuple(figures), sentences=shown,
                   more_sentences=max(0, len(changes) - MAX_SENTENCES))


def _texts(db: Database, article_id: int, version: int) -> tuple[str, str]:
    """Title and body of version - 1 and of `version` (the current one lives in `articles`)."""
    def text(v: int) -> str:
        row = db.execute("SELECT title, body FROM article_versions WHERE article_id = ? AND version = ?",
                         [article_id, v]).fetchone() or db.execute(
            "SELECT title, body FROM articles WHERE id = ? AND version = ?", [article_id, v]).fetchone()
        return f"{row[0]}\n{row[1]}" if row else ""
    return text(version - 1), text(version)


def _clip(segments: tuple[Segment, ...]) -> SentenceChange:
    """Long unchanged runs shortened to CONTEXT characters around each change."""
    out = []
    for n, seg in enumerate(segments):
        text = _line(seg.text)
        if seg.op == "same" and len(text) > 2 * CONTEXT:
            first, last = n == 0, n == len(segments) - 1
            text = ("…" + text[-CONTEXT:]) if first else (text[:CONTEXT] + "…") if last else \
                (text[:CONTEXT] + "…" + text[-CONTEXT:])
        out.append(Segment(seg.op, text))
    return SentenceChange("".join(s.text for s in out if s.op != "ins"),
                          "".join(s.text for s in out if s.op != "del"), tuple(out))
