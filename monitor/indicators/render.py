"""`monitor indicators` output: a table for people, CSV and JSON for tools."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..tables import format_table
from . import FLAG_LABELS

__all__ = ["render_indicators"]


def _period(row: dict[str, Any]) -> str:
    if row["period"]:
        return f"{row['period']} ({row['period_start'] or '…'}~{row['period_end']})"
    return f"未注明 (报道于{row['period_end']})"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.4g}"


def _flag(row: dict[str, Any]) -> str:
    label = FLAG_LABELS.get(row["flag"] or "", "")
    if row["flag"] in ("new_period", "revised") and row["previous_value"] is not None:
        label += f" (此前 {_number(row['previous_value'])})"
    return label


def render_indicators(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return out.getvalue()
    headers = ["发布", "地区", "指标", "周期", "数值", "变化", "标记", "文章"]
    table = [[
        r["published_at"][:10], r["region"] or "", r["indicator"], _period(r),
        ("约" if r["approx"] else "") + f"{r['value']}{r['unit']}", r["change"] or "", _flag(r),
        str(r["article_id"]),
    ] for r in rows]
    return format_table(headers, table, max_width=40)
