"""Read-only questions the pipeline and the CLI ask of the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .fts import search_sql
from .guard import db_errors

__all__ = ["ArticleText", "ListingState", "Retry", "article_text", "articles_to_read", "find_indicators",
           "known_urls", "listing_state", "queue_size", "queued", "retry_candidates", "search_articles", "stats"]


_SEEN = {"articles": "first_seen_at", "skipped": "seen_at", "failures": "first_failed_at",
         "crawl_queue": "found_at"}


@db_errors
def known_urls(db: Database, urls: Iterable[str]) -> dict[str, str]:
    """Which of `urls` need no fetch from discovery, and when each was first seen: stored,
    known not to be articles, failed before (retried by `retry_candidates`), or waiting in
    the queue."""
    wanted = list(dict.fromkeys(urls))
    found: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for table, seen in _SEEN.items():
            rows = db.execute(f"SELECT url, {seen} FROM {table} WHERE url IN ({marks})", chunk)
            for url, when in rows:
                found[url] = min(when, found.get(url, when))
    return found


@dataclass(frozen=True)
class Retry:
    """A URL that failed before: with the validators of its page when it failed to parse,
    so that an unchanged page costs a 304."""

    url: str
    reason: str
    etag: str | None
    last_modified: str | None
    layouts: str | None


@db_errors
def retry_candidates(db: Database, source: str, max_attempts: int) -> list[Retry]:
    """URLs of this source that failed before and deserve another try this cycle: fewer
    attempts than max_attempts, or than their own lower limit (gone, too large)."""
    rows = db.execute(
        "SELECT url, reason, etag, last_modified, layouts FROM failures WHERE source = ? "
        "AND resolved_at IS NULL AND attempts < min(coalesce(max_attempts, ?), ?) "
        "AND url NOT IN (SELECT url FROM articles) ORDER BY first_failed_at",
        [source, max_attempts, max_attempts])
    return [Retry(*row) for row in rows]


@db_errors
def queued(db: Database, sources: Iterable[str], limit: int) -> list[tuple[str, str]]:
    """(url, source) of the next `limit` queued article URLs of these sources, oldest found first."""
    names = list(sources)
    marks = ",".join("?" * len(names))
    rows = db.execute(f"SELECT url, source FROM crawl_queue WHERE source IN ({marks}) ORDER BY id LIMIT ?",
                      [*names, limit])
    return [(str(url), str(source)) for url, source in rows]


@db_errors
def queue_size(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM crawl_queue").fetchone()[0])


@dataclass(frozen=True)
class ListingState:
    """What the last finished walk of a listing left: its validators and when it ended."""

    etag: str | None = None
    last_modified: str | None = None
    walked_at: str | None = None


@db_errors
def listing_state(db: Database, url: str) -> ListingState:
    row = db.execute("SELECT etag, last_modified, walked_at FROM listing_cache WHERE url = ?",
                     [url]).fetchone()
    return ListingState(*row) if row else ListingState()


@db_errors
def search_articles(db: Database, query: str, limit: int = 20) -> list[dict[str, Any]]:
    sql, params = search_sql(query)
    cursor = db.execute(f"{sql} LIMIT {int(limit)}", params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


@db_errors
def stats(db: Database) -> dict[str, Any]:
    """Counts for `monitor stats`."""
    def one(sql: str) -> Any:
        return db.execute(sql).fetchone()

    last = one("SELECT started_at, ended_at, status, new_articles, failures FROM crawl_runs "
               "ORDER BY id DESC LIMIT 1")
    return {
        "articles": one("SELECT count(*) FROM articles")[0],
        "by_parser": dict(db.execute(
            "SELECT parser, count(*) FROM articles GROUP BY parser ORDER BY 2 DESC").fetchall()),
        "by_source": dict(db.execute(
            "SELECT source, count(*) FROM articles GROUP BY source ORDER BY 2 DESC").fetchall()),
        "newest_published_at": one("SELECT max(published_at) FROM articles")[0],
        "open_failures": one("SELECT count(*) FROM failures WHERE resolved_at IS NULL")[0],
        "skipped": one("SELECT count(*) FROM skipped")[0],
        "runs": one("SELECT count(*) FROM crawl_runs")[0],
        "last_run": dict(zip(["started_at", "ended_at", "status", "new_articles", "failures"],
                             last, strict=True)) if last else None,
    }


@dataclass(frozen=True)
class ArticleText:
    id: int
    url: str
    title: str
    body: str
    published_at: str
    channel: str | None


@db_errors
def articles_to_read(db: Database, version: int | None) -> list[int]:
    """Ids of the articles the indicators extractor `version` has not read (None: all), in
    publication order."""
    where = "" if version is None else "WHERE indicators_version IS NULL OR indicators_version < ?"
    rows = db.execute(f"SELECT id FROM articles {where} ORDER BY published_at, id",
                      [] if version is None else [version])
    return [int(r[0]) for r in rows]


@db_errors
def article_text(db: Database, article_id: int) -> ArticleText | None:
    row = db.execute("SELECT id, url, title, body, published_at, channel FROM articles WHERE id = ?",
                     [article_id]).fetchone()
    return ArticleText(*row) if row else None


INDICATOR_COLUMNS = ("published_at", "region_code", "region", "indicator", "kind", "period",
                     "period_start", "period_end", "value", "unit", "value_normalized",
                     "unit_normalized", "approx", "change", "change_pct", "change_points", "flag",
                     "previous_value", "evidence", "title", "url", "article_id", "indicator_id")


@db_errors
def find_indicators(db: Database, *, region_code: str | None = None, names: tuple[str, ...] = (),
                    flagged: bool = False, since: str | None = None, kind: str | None = None,
                    limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of the `indicator_series` view, newest article first. `names` match the canonical
    name or, failing that, part of the name as written."""
    where, params = [], []
    if region_code:
        where.append("region_code = ?")
        params.append(region_code)
    if names:
        where.append("(" + " OR ".join("indicator = ? OR instr(indicator, ?) > 0" for _ in names) + ")")
        for name in names:
            params += [name, name]
    if flagged:
        where.append("flag IS NOT NULL")
    if since:
        where.append("published_at >= ?")
        params.append(since)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    sql = (f"SELECT {', '.join(INDICATOR_COLUMNS)} FROM indicator_series "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} "
           f"ORDER BY published_at DESC, article_id DESC, indicator_id"
           + (" LIMIT ?" if limit else ""))
    cursor = db.execute(sql, params + ([limit] if limit else []))
    return [dict(zip(INDICATOR_COLUMNS, row, strict=True)) for row in cursor]
