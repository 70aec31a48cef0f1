"""The only module that writes to the database. Each function is one transaction, so a crawl
killed at any moment leaves every article either wholly stored or not at all."""

from __future__ import annotations

from sqlite_utils import Database

from ..models import Article, RunReport
from .fts import bigrams
from .guard import db_errors

__all__ = [
    "finish_run", "record_failure", "record_skip", "save_listing_state", "start_run", "store_article",
]


@db_errors
def store_article(db: Database, article: Article, now: str) -> str:
    """Insert or update one article; returns 'new', 'updated', 'unchanged', or 'duplicate'
    when its CMS id already belongs to another URL (a sister channel's copy, a URL variant):
    then it is recorded in `skipped` with the URL that has it."""
    row = {
        "id": article.id, "url": article.url, "source": article.source,
        "channel": article.channel, "breadcrumb": " > ".join(article.breadcrumb) or None,
        "title": article.title, "origin": article.origin, "author": article.author,
        "editor": article.editor, "published_at": article.published_at,
        "body": article.body_text, "content_hash": article.content_hash,
        "parser": article.parser, "pages": article.pages, "encoding": article.encoding,
        "fetched_at": now,
    }
    with db.atomic():
        old = db.execute("SELECT title, body, content_hash, url FROM articles WHERE id = ?",
                         [article.id]).fetchone()
        if old is not None and old[3] != article.url:
            db.table("skipped").upsert({"url": article.url, "source": article.source,
                                        "kind": "duplicate", "detail": old[3], "seen_at": now},
                                       pk="url")
            db.execute("UPDATE failures SET resolved_at = ? WHERE url = ? AND resolved_at IS NULL",
                       [now, article.url])
            return "duplicate"
        if old is None:
            db.table("articles").insert({**row, "first_seen_at": now})
            outcome = "new"
        elif old[2] == article.content_hash:
            db.execute("UPDATE articles SET fetched_at = ? WHERE id = ?", [now, article.id])
            outcome = "unchanged"
        else:
            db.table("articles").update(article.id, row)
            db.execute("INSERT INTO articles_bigram(articles_bigram, rowid, title, body) "
                       "VALUES ('delete', ?, ?, ?)", [article.id, bigrams(old[0]), bigrams(old[1])])
            outcome = "updated"
        if outcome != "unchanged":
            db.execute("INSERT INTO articles_bigram(rowid, title, body) VALUES (?, ?, ?)",
                       [article.id, bigrams(article.title), bigrams(article.body_text)])
        db.execute("UPDATE failures SET resolved_at = ? WHERE url = ? AND resolved_at IS NULL",
                   [now, article.url])
    return outcome


@db_errors
def record_failure(db: Database, *, url: str, source: str, stage: str, reason: str,
                   now: str, http_status: int | None = None, etag: str | None = None,
                   last_modified: str | None = None, attempted: bool = True,
                   layouts: str | None = None) -> int:
    """Count one more failed attempt at `url` (or, with attempted=False, keep it queued
    without counting one); returns the attempts so far."""
    step = 1 if attempted else 0
    with db.atomic():
        db.execute(
            """INSERT INTO failures (url, source, stage, reason, http_status, attempts,
                                     first_failed_at, last_failed_at, resolved_at,
                                     etag, last_modified, layouts)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
               ON CONFLICT(url) DO UPDATE SET
                 stage = excluded.stage, reason = excluded.reason,
                 http_status = excluded.http_status, last_failed_at = excluded.last_failed_at,
                 etag = excluded.etag, last_modified = excluded.last_modified,
                 layouts = excluded.layouts,
                 attempts = CASE WHEN failures.resolved_at IS NULL
                                 THEN failures.attempts + excluded.attempts
                                 ELSE excluded.attempts END,
                 first_failed_at = CASE WHEN failures.resolved_at IS NULL
                                 THEN failures.first_failed_at ELSE excluded.first_failed_at END,
                 resolved_at = NULL""",
            [url, source, stage, reason, http_status, step, now, now, etag, last_modified, layouts],
        )
        row = db.execute("SELECT attempts FROM failures WHERE url = ?", [url]).fetchone()
    return int(row[0])


@db_errors
def record_skip(db: Database, *, url: str, source: str, kind: str, detail: str, now: str) -> None:
    """Remember an article-shaped URL that is not an article, so it is not fetched again."""
    with db.atomic():
        db.table("skipped").upsert({"url": url, "source": source, "kind": kind, "detail": detail,
                              "seen_at": now}, pk="url")
        db.execute("UPDATE failures SET resolved_at = ? WHERE url = ? AND resolved_at IS NULL",
                   [now, url])


@db_errors
def save_listing_state(db: Database, url: str, etag: str | None, last_modified: str | None,
                       now: str) -> None:
    """A walk through this listing's pages finished: keep its validators and the time."""
    with db.atomic():
        db.table("listing_cache").upsert({"url": url, "etag": etag, "last_modified": last_modified,
                                    "checked_at": now, "walked_at": now}, pk="url")


@db_errors
def start_run(db: Database, now: str) -> int:
    with db.atomic():
        cursor = db.execute("INSERT INTO crawl_runs (started_at, status) VALUES (?, 'running')",
                            [now])
    return int(cursor.lastrowid or 0)


@db_errors
def finish_run(db: Database, report: RunReport, *, requests: int, status: str) -> None:
    with db.atomic():
        db.table("crawl_runs").update(report.run_id, {
            "ended_at": report.ended_at, "status": status,
            "pages_fetched": report.pages_fetched, "listing_pages": report.listing_pages,
            "not_modified": report.not_modified, "requests": requests,
            "new_articles": report.new_articles, "failures": report.failures,
            "error": "; ".join(report.errors) or None,
        })
