"""Plain-text tables that line up in a terminal with Chinese text (wide characters count two)."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from typing import Any

__all__ = ["csv_text", "display_width", "format_table", "shorten"]


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def shorten(text: str, width: int) -> str:
    """`text` cut to at most `width` columns, ending in … when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _fit(text: str, width: int) -> str:
    text = shorten(text, width)
    return text + " " * (width - display_width(text))


def csv_text(rows: Sequence[dict[str, Any]]) -> str:
    """Rows as CSV with a header line (empty text for no rows)."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 40) -> str:
    """Columns as wide as their widest cell (at most `max_width`, longer cells end in …)."""
    widths = [min(max_width, max([display_width(h)] + [display_width(r[i]) for r in rows]))
              for i, h in enumerate(headers)]
    lines = ["  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)
