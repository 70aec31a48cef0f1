"""What the pages read from the database. A region page: the region and its neighbours in the
tree, its indicator series, the latest flagged figures and the latest articles; an article page:
the article and its indicators.

Plain functions over a `sqlite3.Connection` (Datasette runs them on its read-only connection
with `execute_fn`); series are grouped by `indicators.series.group_series`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..indicators.series import Series, group_series

__all__ = ["Place", "RegionData", "Series", "load_article", "load_region"]

# The articles' titles are read once per article, not once per row (a county may have thousands
# of rows from a few hundred articles): half the time of a join on a 10,000-article database.
_SERIES_SQL = """
SELECT id, region, name, kind, period, period_start, period_end, value, unit, value_normalized,
       unit_normalized, approx, change, flag, evidence, article_id
FROM indicators WHERE region_code = ? {extra}"""
_TITLES_SQL = """
SELECT id, title, published_at FROM articles
WHERE id IN (SELECT DISTINCT article_id FROM indicators WHERE region_code = ? {extra})"""

_FLAGGED_SQL = """
SELECT i.id, i.name, i.kind, i.period, i.period_start, i.period_end, i.value, i.unit,
       i.value_normalized, i.unit_normalized, i.approx, i.change, i.flag, i.evidence,
       i.article_id, a.title, a.published_at, i.region
FROM indicators i JOIN articles a ON a.id = i.article_id
WHERE i.region_code IN ({marks}) AND i.flag IS NOT NULL
ORDER BY a.published_at DESC, i.id LIMIT ?"""


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: str
    articles: int = 0
    indicators: int = 0


@dataclass
class RegionData:
    place: Place
    parent: Place | None
    children: list[Place]
    series: list[Series]
    flagged: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    codes: list[str] = field(default_factory=list)   # the region and the regions inside it


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _place(conn: sqlite3.Connection, code: str | None) -> Place | None:
    if not code:
        return None
    row = conn.execute("SELECT code, name, level FROM regions WHERE code = ?", [code]).fetchone()
    return Place(*row) if row else None


def _children(conn: sqlite3.Connection, place: Place) -> list[Place]:
    """The regions directly inside `place`, with their article and indicator counts."""
    rows = conn.execute(
        "SELECT r.code, r.name, r.level, "
        "(SELECT count(*) FROM articles a WHERE a.region_code = r.code), "
        "(SELECT count(*) FROM indicators i WHERE i.region_code = r.code) "
        "FROM regions r WHERE r.parent = ? ORDER BY r.code", [place.code]).fetchall()
    return [Place(*row) for row in rows]


def _series(conn: sqlite3.Connection, code: str, indicator: str | None) -> list[Series]:
    extra, params = ("AND name = ?", [code, indicator]) if indicator else ("", [code])
    titles = {row[0]: row[1:] for row in conn.execute(_TITLES_SQL.format(extra=extra), params)}
    rows = _rows(conn, _SERIES_SQL.format(extra=extra), params)
    for row in rows:
        row["title"], row["published_at"] = titles[row["article_id"]]
    return group_series(rows)


def load_region(conn: sqlite3.Connection, code: str, indicator: str | None = None,
                flagged: int = 20, articles: int = 15) -> RegionData | None:
    """The page of region `code` (None when there is no such region); with `indicator`, only
    that indicator's series."""
    place = _place(conn, code)
    if place is None:
        return None
    children = _children(conn, place)
    codes = [place.code] + [c.code for c in children]
    if place.level == "province":   # the province: everything
        codes = [r[0] for r in conn.execute("SELECT code FROM regions")]
    marks = ",".join("?" * len(codes))
    parent_code = conn.execute("SELECT parent FROM regions WHERE code = ?", [code]).fetchone()[0]
    return RegionData(
        place=place, parent=_place(conn, parent_code), children=children,
        series=_series(conn, place.code, indicator),
        flagged=_rows(conn, _FLAGGED_SQL.format(marks=marks), [*codes, flagged]),
        articles=_rows(conn, f"SELECT a.id, a.title, a.published_at, a.origin, r.name AS region "
                             f"FROM articles a LEFT JOIN regions r ON r.code = a.region_code "
                             f"WHERE a.region_code IN ({marks}) ORDER BY a.published_at DESC LIMIT ?",
                       [*codes, articles]),
        codes=codes)


def load_article(conn: sqlite3.Connection, article_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """An article with its region's name, and its indicators in body order (None: no such article)."""
    found = _rows(conn, "SELECT a.*, r.name AS region FROM articles a LEFT JOIN regions r "
                        "ON r.code = a.region_code WHERE a.id = ?", [article_id])
    if not found:
        return None
    return found[0], _rows(conn, "SELECT * FROM indicators WHERE article_id = ? ORDER BY value_start, id",
                           [article_id])
