"""The stored series behind a flagged figure, for its trend chart: one value per period, in period
order, read from the database (the latest article's value when a period was stated twice)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from sqlite_utils import Database

from .charts import MIN_POINTS

__all__ = ["MAX_SERIES", "Series", "read_series"]

MAX_SERIES = 200    # series read per digest; charts are drawn for far fewer
Series = tuple[float, ...]


def read_series(db: Database, keys: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], Series]:
    """{(region_code, name, kind): values} for the keys with MIN_POINTS or more periods. Rankings
    and figures of no known region have no trend."""
    wanted = [k for k in dict.fromkeys(keys) if k[0] and k[2] != "ranking"][:MAX_SERIES]
    found: dict[tuple[str, str, str], Series] = {}
    for key in wanted:
        latest: dict[tuple[str, str], float] = {}
        for start, end, value in db.execute(
                """SELECT i.period_start, i.period_end, i.value_normalized
                   FROM indicators i JOIN articles a ON a.id = i.article_id
                   WHERE i.region_code = ? AND i.name = ? AND i.kind = ?
                   ORDER BY a.published_at, i.id""", list(key)):
            if value is not None and math.isfinite(value):
                latest[(end, start)] = float(value)
        if len(latest) >= MIN_POINTS:
            found[key] = tuple(latest[period] for period in sorted(latest))
    return found
