"""The CSV attachment: every flagged figure a digest carries, one row each, whether or not the
message had room to show it. UTF-8 with a byte order mark, so Excel on Chinese Windows opens it
as UTF-8; cells that a spreadsheet would read as a formula are defused with a leading '."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ..indicators import FLAG_LABELS
from .content import DigestIndicator

__all__ = ["HEADER", "csv_bytes", "filename", "row_bytes"]

HEADER = ("地区", "指标", "周期", "数值", "单位", "此前", "变化", "标记", "证据句", "文章标题", "链接", "发布时间")
BOM = "\ufeff"
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    if text.startswith(_FORMULA) and not _number(text):
        return "'" + text
    return text


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _row(i: DigestIndicator) -> list[str]:
    change = i.reading if i.kind == "growth_rate" else i.change
    return [_cell(v) for v in (i.region, i.name, i.period or f"截至 {i.period_end}", i.value, i.unit, i.previous,
                               change, FLAG_LABELS.get(i.flag, i.flag), i.csv_evidence, i.title, i.url,
                               i.published_at)]


def _write(rows: Iterable[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def row_bytes(indicator: DigestIndicator) -> int:
    """What one figure adds to the attachment, in bytes (UTF-8)."""
    return len(_write([_row(indicator)]).encode("utf-8"))


def csv_bytes(indicators: Iterable[DigestIndicator]) -> bytes:
    return (BOM + _write([list(HEADER), *(_row(i) for i in indicators)])).encode("utf-8")


def filename(date: str) -> str:
    return f"gansu-monitor-{date}.csv"
