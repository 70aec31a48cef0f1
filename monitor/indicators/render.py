"""`monitor indicators` output: a table for people, CSV and JSON for tools."""

from __future__ import annotations

import json
from typing import Any

from ..tables import csv_text, format_table, shorten
from . import FLAG_LABELS

__all__ = ["flag_label", "render_indicators"]


def _period(row: dict[str, Any]) -> str:
    if row["period"]:
        return f"{row['period']} ({row['period_start'] or '…'}~{row['period_end']})"
    return f"未注明 (报道于{row['period_end']})"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.4g}"


def flag_label(row: dict[str, Any]) -> str:
    """新指标, 新一期 (此前 …), 修订 (此前 …) or nothing."""
    label = FLAG_LABELS.get(row["flag"] or "", "")
    if row["flag"] in ("new_period", "revised") and row["previous_value"] is not None:
        label += f" (此前 {_number(row['previous_value'])})"
    return label


def render_indicators(rows: list[dict[str, Any]], fmt: str, verbose: bool = False) -> str:
    """Rows of `queries.find_indicators` as JSON, CSV or a table whose last column is the
    article's title, shortened; `verbose` adds each row's evidence sentence and link under it."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        return csv_text(rows)
    headers = ["发布", "地区", "指标", "周期", "数值", "变化", "标记", "文章"]
    table = [[
        r["published_at"][:10], r["region"] or "", r["indicator"], _period(r),
        ("约" if r["approx"] else "") + f"{r['value']}{r['unit']}", r["change"] or "", flag_label(r),
        shorten(r["title"], 24),
    ] for r in rows]
    text = format_table(headers, table, max_width=40)
    if not verbose:
        return text
    header, rule, *lines = text.split("\n")
    out = [header, rule]
    for line, r in zip(lines, rows, strict=True):
        out += [line, f"    原句：{r['evidence']}", f"    {r['url']}"]
    return "\n".join(out)
