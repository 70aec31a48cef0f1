"""Plain-text tables that line up in a terminal with Chinese text (wide characters count two)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["format_table", "display_width"]


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…" + " " * (width - used - 1)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 40) -> str:
    """Columns as wide as their widest cell (at most `max_width`, longer cells end in …)."""
    widths = [min(max_width, max([display_width(h)] + [display_width(r[i]) for r in rows]))
              for i, h in enumerate(headers)]
    lines = ["  ".join(_fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)
