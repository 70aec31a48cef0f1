"""Indicator series: a region's observations of one indicator, in period order.

A series is keyed by (region, name, kind, base unit), so one series never mixes 亿元 with
percent. Shared by `monitor series` and the region pages of `monitor serve`. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

__all__ = ["KIND_LABELS", "Series", "group_series", "render_series", "sparkline"]

_BARS = "▁▂▃▄▅▆▇█"
KIND_LABELS = {"amount": "总量", "growth_rate": "增速", "share_or_rate": "比重/比率", "count": "数量",
               "physical_quantity": "实物量", "ranking": "排名"}


@dataclass
class Series:
    region: str | None
    name: str
    kind: str
    unit_normalized: str
    rows: list[dict[str, Any]]      # observations: indicator rows, period order

    @property
    def latest(self) -> dict[str, Any]:
        return max(self.rows, key=lambda r: (r["period_end"], r["published_at"], r["id"]))

    def display_unit(self) -> tuple[str, float]:
        """The unit to show values in (the latest plain-number figure's, as written: 亿元) and
        the factor that turns a normalised value into it; the base unit when there is none."""
        for row in sorted(self.rows, key=lambda r: (r["period_end"], r["id"]), reverse=True):
            try:
                written = float(row["value"])
            except ValueError:
                continue
            if written and row["value_normalized"]:
                return row["unit"], row["value_normalized"] / written
        return self.unit_normalized, 1.0

    def values(self) -> list[float]:
        """The values in the display unit, in period order."""
        factor = self.display_unit()[1]
        return [r["value_normalized"] / factor for r in self.rows]


def group_series(rows: Iterable[dict[str, Any]]) -> list[Series]:
    """Rows with `region`, `name`, `kind`, `unit_normalized`, `period_end`, `published_at`, `id`
    -> their series, longest first; each series in period order (then publication)."""
    def key(r: dict[str, Any]) -> tuple[str, str, str, str]:
        return (r["region"] or "", r["name"], r["kind"], r["unit_normalized"])
    ordered = sorted(rows, key=lambda r: (*key(r), r["period_end"], r["published_at"], r["id"]))
    out = [Series(region or None, name, kind, unit, list(group))
           for (region, name, kind, unit), group in groupby(ordered, key=key)]
    out.sort(key=lambda s: (-len(s.rows), s.region or "", s.name, s.kind))
    return out


def sparkline(values: Sequence[float]) -> str:
    """`▁▃▅█`: one bar per value, from the lowest to the highest."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return _BARS[3] * len(values)
    return "".join(_BARS[round((v - low) / (high - low) * (len(_BARS) - 1))] for v in values)


def _figure(row: dict[str, Any]) -> str:
    return ("约" if row["approx"] else "") + f"{row['value']}{row['unit']}"


def render_series(series: Sequence[Series]) -> str:
    """Each series for a terminal: a heading with its sparkline, then one line per observation."""
    from ..tables import format_table, shorten
    from .render import flag_label

    blocks = []
    for s in series:
        unit = s.display_unit()[0]
        head = (f"{s.region or '(地区不明)'} · {s.name} · {KIND_LABELS.get(s.kind, s.kind)} ({unit}) · "
                f"{len(s.rows)} 次  {sparkline(s.values())}")
        table = format_table(["周期", "截止", "数值", "变化", "标记", "发布", "文章"], [
            [r["period"] or "未注明", r["period_end"], _figure(r), r["change"] or "", flag_label(r),
             r["published_at"][:10], shorten(r["title"], 24)] for r in s.rows], max_width=40)
        blocks.append(f"{head}\n{table}")
    return "\n\n".join(blocks)
