"""Read-only questions the pipeline and the CLI ask of the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..crawl.urls import cms_id
from ..recheck import Candidate
from .fts import search_sql
from .guard import db_errors

__all__ = ["ArticleText", "Event", "ListingState", "Retry", "Stored", "Version", "article_events",
           "article_text", "article_versions", "articles_to_read", "find_article", "find_indicators",
           "known_urls", "listing_state", "open_failures", "queue_size", "queued", "recheck_candidates",
           "retry_candidates", "search_articles", "series_rows", "stats", "stored_article"]


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
def queued(db: Database, sources: Iterable[str], limit: int) -> list[tuple[str, str, int | None]]:
    """(url, source, baseline run that found it) of the next `limit` queued article URLs of these
    sources, oldest found first."""
    names = list(sources)
    marks = ",".join("?" * len(names))
    rows = db.execute(f"SELECT url, source, baseline_run_id FROM crawl_queue WHERE source IN ({marks}) "
                      "ORDER BY id LIMIT ?", [*names, limit])
    return [(str(url), str(source), baseline) for url, source, baseline in rows]


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
def find_indicators(db: Database, *, region_codes: tuple[str, ...] = (), names: tuple[str, ...] = (),
                    flagged: bool = False, since: str | None = None, kind: str | None = None,
                    limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of the `indicator_series` view, newest article first. `region_codes`: only these
    regions (empty: all); `names` match the canonical name or, failing that, part of the name
    as written."""
    where, params = [], []
    if region_codes:
        where.append(f"region_code IN ({','.join('?' * len(region_codes))})")
        params += list(region_codes)
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


_SERIES = """SELECT i.id, i.region_code, i.region, i.name, i.kind, i.period, i.period_start, i.period_end,
       i.value, i.unit, i.value_normalized, i.unit_normalized, i.approx, i.change, i.flag,
       i.evidence, i.article_id, a.title, a.url, a.published_at
FROM indicators i JOIN articles a ON a.id = i.article_id WHERE i.name = ?"""


@db_errors
def series_rows(db: Database, name: str, region_codes: tuple[str, ...] = (),
                kind: str | None = None) -> list[dict[str, Any]]:
    """Every observation of indicator `name` (in `region_codes`; empty: everywhere), in period
    order within each region."""
    sql, params = _SERIES, [name]
    if region_codes:
        sql += f" AND i.region_code IN ({','.join('?' * len(region_codes))})"
        params += list(region_codes)
    if kind:
        sql += " AND i.kind = ?"
        params.append(kind)
    cursor = db.execute(sql + " ORDER BY i.region_code, i.kind, i.period_end, a.published_at, i.id", params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


@db_errors
def open_failures(db: Database) -> list[dict[str, Any]]:
    """Failures not resolved yet, most attempts first, with `next_crawl_at` of a running daemon and
    their own `max_attempts` (2 for a page gone or too large; NULL: the configured one)."""
    cursor = db.execute(
        "SELECT f.url, f.source, f.stage, f.reason, f.http_status, f.attempts, f.max_attempts, f.first_failed_at, "
        "f.last_failed_at, (SELECT next_crawl_at FROM daemon_state WHERE stopped_at IS NULL) AS next_crawl_at "
        "FROM failures f WHERE f.resolved_at IS NULL ORDER BY f.attempts DESC, f.last_failed_at DESC")
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


@db_errors
def recheck_candidates(db: Database, since: str) -> list[Candidate]:
    """Articles first stored at or after `since`: the ones the re-check schedule looks at."""
    rows = db.execute("SELECT id, url, source, first_seen_at, last_checked_at FROM articles "
                      "WHERE first_seen_at >= ?", [since])
    return [Candidate(*row) for row in rows]


@dataclass(frozen=True)
class Stored:
    """The stored (latest) version of an article, as a re-check compares a fetched page with it."""

    id: int
    url: str
    title: str
    origin: str | None
    author: str | None
    published_at: str
    body: str
    content_hash: str
    parser: str
    version: int
    first_seen_at: str
    edited_at: str | None
    last_checked_at: str | None
    withdrawn_at: str | None
    missing_since: str | None
    etag: str | None
    last_modified: str | None

    @property
    def edition(self) -> tuple[str, str | None, str | None, str, str]:
        return (self.title, self.origin, self.author, self.published_at, self.body)


_STORED = ("id, url, title, origin, author, published_at, body, content_hash, parser, version, first_seen_at, "
           "edited_at, last_checked_at, withdrawn_at, missing_since, etag, last_modified")


@db_errors
def stored_article(db: Database, article_id: int) -> Stored | None:
    row = db.execute(f"SELECT {_STORED} FROM articles WHERE id = ?", [article_id]).fetchone()
    return Stored(*row) if row else None


@db_errors
def find_article(db: Database, id_or_url: str) -> Stored | None:
    """An article by its id (13012345) or by a URL of it (any host: the CMS id decides)."""
    text = id_or_url.strip()
    article_id = int(text) if text.isdigit() else cms_id(text)
    if article_id is None:
        row = db.execute(f"SELECT {_STORED} FROM articles WHERE url = ?", [text]).fetchone()
        return Stored(*row) if row else None
    return stored_article(db, article_id)


@dataclass(frozen=True)
class Version:
    """An earlier version of an article (`article_versions`)."""

    version: int
    title: str
    origin: str | None
    author: str | None
    published_at: str
    body: str
    fetched_at: str
    superseded_at: str
    changed: str

    @property
    def edition(self) -> tuple[str, str | None, str | None, str, str]:
        return (self.title, self.origin, self.author, self.published_at, self.body)


@db_errors
def article_versions(db: Database, article_id: int) -> list[Version]:
    """The earlier versions of an article, oldest first."""
    rows = db.execute("SELECT version, title, origin, author, published_at, body, fetched_at, superseded_at, "
                      "changed FROM article_versions WHERE article_id = ? ORDER BY version", [article_id])
    return [Version(*row) for row in rows]


@dataclass(frozen=True)
class Event:
    at: str
    kind: str
    version: int
    detail: str | None


@db_errors
def article_events(db: Database, article_id: int) -> list[Event]:
    rows = db.execute("SELECT at, kind, version, detail FROM article_events WHERE article_id = ? "
                      "ORDER BY at, id", [article_id])
    return [Event(*row) for row in rows]
