"""Publication times as the site writes them, turned into ISO 8601 Beijing time (+08:00)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

__all__ = ["BEIJING", "find_datetime", "parse_datetime"]

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")

# 2023-11-23 09:02 · 2023/11/23/ 09:02 · 2023年11月23日 09:02 · 23-11-23 09:02:05 · 2023.11.23
# A two-digit year counts only with a time after it: 10.5.3 in 增长10.5.3个百分点 is no date.
_DATETIME = re.compile(
    r"(?<![\d.])(?P<y>\d{4}|\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?![\d.])"
    r"\s*日?\s*/?\s*T?\s*"
    r"(?:(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?!\d)(?:\s*[:：分]\s*(?P<S>\d{1,2})(?!\d))?)?"
)


def parse_datetime(text: str) -> str | None:
    """The first date (with its time, if any) in `text` as `2023-11-23T09:02:00+08:00`."""
    return find_datetime(text, require_time=False)


def find_datetime(text: str, *, require_time: bool = False) -> str | None:
    """The first valid date in `text`; with require_time, only one written with its time."""
    for match in _DATETIME.finditer(text):
        if require_time and match.group("H") is None:
            continue
        value = _to_datetime(match)
        if value is not None:
            return value.isoformat()
    return None


def _to_datetime(match: re.Match[str]) -> datetime | None:
    year = int(match.group("y"))
    if len(match.group("y")) == 2:
        if match.group("H") is None:
            return None
        year += 2000
    try:
        return datetime(
            year, int(match.group("m")), int(match.group("d")),
            int(match.group("H") or 0), int(match.group("M") or 0), int(match.group("S") or 0),
            tzinfo=BEIJING,
        )
    except ValueError:
        return None
