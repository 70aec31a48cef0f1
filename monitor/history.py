"""`monitor history`: an article's versions, what happened to it, and what changed between
consecutive versions, sentence by sentence (textdiff.py). Pure: it formats what store/queries.py
read."""

from __future__ import annotations

from dataclasses import dataclass

from .recheck import FIELD_LABELS, FIELDS
from .store.queries import Event, Stored, Version
from .textdiff import Change, sentence_diff

__all__ = ["History", "inline", "render_history"]

_EVENTS = {"edited": "修改", "reverted": "改回", "withdrawn": "撤稿", "restored": "恢复"}


@dataclass(frozen=True)
class History:
    article: Stored
    versions: tuple[Version, ...]      # earlier versions, oldest first
    events: tuple[Event, ...]


def inline(change: Change) -> str:
    """One changed place on one line: `…投资[-50.95-]{+52.18+}亿元…` (wdiff's marks)."""
    marks = {"same": "{}", "del": "[-{}-]", "ins": "{{+{}+}}"}
    return "".join(marks[s.op].format(s.text) for s in change.segments)


def render_history(history: History) -> str:
    a = history.article
    lines = [f"{a.id}  {a.title}", a.url,
             f"{a.version} version{'s' if a.version > 1 else ''}; first stored {a.first_seen_at}; "
             f"last checked {a.last_checked_at or 'never'}"
             + (f"; withdrawn since {a.withdrawn_at}" if a.withdrawn_at else ""), ""]
    editions = [*history.versions, None]   # None: the current version, in `articles`
    for v in history.versions:
        lines.append(f"version {v.version}  fetched {v.fetched_at}  replaced {v.superseded_at}  "
                     f"({v.changed or 'no field'} changed)")
    lines.append(f"version {a.version}  fetched {a.edited_at or a.first_seen_at}  (current)")
    if history.events:
        lines += ["", "events:"]
        lines += [f"  {e.at}  {e.kind} ({_EVENTS.get(e.kind, e.kind)})  version {e.version}"
                  + (f": {e.detail}" if e.detail else "") for e in history.events]
    for before, after in zip(editions, editions[1:], strict=False):
        assert before is not None
        lines += ["", f"version {before.version} -> {before.version + 1}:"]
        lines += _diff(before.edition, after.edition if after is not None else a.edition)
    return "\n".join(lines)


def _diff(old: tuple[str | None, ...], new: tuple[str | None, ...]) -> list[str]:
    lines = []
    for name, before, after in zip(FIELDS, old, new, strict=True):
        if before == after:
            continue
        if name != "body":
            lines.append(f"  {FIELD_LABELS[name]}: {before or '-'} -> {after or '-'}")
            continue
        for change in sentence_diff(before or "", after or ""):
            if change.old and change.new:
                lines.append(f"  ~ {inline(change)}")
            elif change.old:
                lines.append(f"  - {change.old}")
            else:
                lines.append(f"  + {change.new}")
    return lines or ["  (no change in the extracted fields)"]
