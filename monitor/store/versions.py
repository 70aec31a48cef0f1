"""The writes of a re-check (monitor/recheck.py decides; this module only records). Each function
is one transaction: a re-check killed at any moment leaves the article in exactly one version,
the one before or the one after, with its search indexes, events and indicators to match.

    checked      the page is as stored (304 or the same fields): only last_checked_at moves
    missing      a first 404/410: remembered, the article stays due, nothing else changes
    withdrawn    marked (a second 404/410, or a soft 404); nothing is deleted
    new_version  the stored version goes to article_versions, the fetched one into articles
"""

from __future__ import annotations

from sqlite_utils import Database

from ..indicators import ArticleIndicators
from ..models import Article
from . import writes
from .fts import bigrams
from .guard import db_errors
from .queries import Stored

__all__ = ["checked", "missing", "new_version", "withdrawn"]


def _event(db: Database, article_id: int, now: str, kind: str, version: int, detail: str | None) -> None:
    db.execute("INSERT INTO article_events (article_id, at, kind, version, detail) VALUES (?, ?, ?, ?, ?)",
               [article_id, now, kind, version, detail])


def _resolve_failure(db: Database, url: str, now: str) -> None:
    db.execute("UPDATE failures SET resolved_at = ? WHERE url = ? AND resolved_at IS NULL", [now, url])


def _restore(db: Database, stored: Stored, now: str, version: int) -> None:
    """An article marked withdrawn answered again: the mark goes, and that is recorded."""
    if stored.withdrawn_at is not None:
        db.execute("UPDATE articles SET withdrawn_at = NULL WHERE id = ?", [stored.id])
        _event(db, stored.id, now, "restored", version, f"withdrawn since {stored.withdrawn_at}")


@db_errors
def checked(db: Database, stored: Stored, now: str, *, etag: str | None = None,
            last_modified: str | None = None, answered: bool = True) -> None:
    """A re-check found the article as stored (or, answered=False, gave up on this checkpoint
    after repeated failures): the next checkpoint is the next due time."""
    with db.atomic():
        db.execute("UPDATE articles SET last_checked_at = ?, etag = coalesce(?, etag), "
                   "last_modified = coalesce(?, last_modified) WHERE id = ?",
                   [now, etag, last_modified, stored.id])
        if answered:
            db.execute("UPDATE articles SET missing_since = NULL WHERE id = ?", [stored.id])
            _restore(db, stored, now, stored.version)
            _resolve_failure(db, stored.url, now)


@db_errors
def missing(db: Database, stored: Stored, now: str) -> None:
    """A first 404/410: remembered; the article stays due, so the next cycle asks again."""
    with db.atomic():
        db.execute("UPDATE articles SET missing_since = coalesce(missing_since, ?) WHERE id = ?",
                   [now, stored.id])


@db_errors
def withdrawn(db: Database, stored: Stored, now: str, detail: str) -> None:
    """Mark the article withdrawn (once; an article already marked only counts as checked)."""
    with db.atomic():
        db.execute("UPDATE articles SET withdrawn_at = coalesce(withdrawn_at, ?), missing_since = NULL, "
                   "last_checked_at = ? WHERE id = ?", [now, now, stored.id])
        if stored.withdrawn_at is None:
            _event(db, stored.id, now, "withdrawn", stored.version, detail)
        _resolve_failure(db, stored.url, now)


@db_errors
def new_version(db: Database, stored: Stored, article: Article, now: str, *, kind: str,
                changed: tuple[str, ...], detail: str,
                indicators: ArticleIndicators | None) -> dict[str, int]:
    """The fetched `article` becomes the article's latest version; the stored one is kept in
    article_versions. `kind` 'edited' (text not seen before) or 'reverted' (an earlier version
    again). Its `indicators`, read from the new text, are saved in the same transaction, so a
    kill leaves text, search indexes and figures of one and the same version (None: the
    extractor failed; the article is read again next cycle). Returns save_indicators' counts."""
    version = stored.version + 1
    with db.atomic():
        db.execute(
            "INSERT INTO article_versions (article_id, version, title, origin, author, published_at, body, "
            "content_hash, fetched_at, superseded_at, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [stored.id, stored.version, stored.title, stored.origin, stored.author, stored.published_at,
             stored.body, stored.content_hash, stored.edited_at or stored.first_seen_at, now,
             ", ".join(changed)])
        db.table("articles").update(stored.id, {
            "title": article.title, "origin": article.origin, "author": article.author,
            "editor": article.editor, "published_at": article.published_at, "body": article.body_text,
            "content_hash": article.content_hash, "parser": article.parser, "pages": article.pages,
            "encoding": article.encoding, "channel": article.channel,
            "breadcrumb": " > ".join(article.breadcrumb) or None,
            "etag": article.etag, "last_modified": article.last_modified, "version": version,
            "edited_at": now, "fetched_at": now, "last_checked_at": now, "missing_since": None,
            "indicators_version": None,
        })
        db.execute("INSERT INTO articles_bigram(articles_bigram, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                   [stored.id, bigrams(stored.title), bigrams(stored.body)])
        db.execute("INSERT INTO articles_bigram(rowid, title, body) VALUES (?, ?, ?)",
                   [stored.id, bigrams(article.title), bigrams(article.body_text)])
        _event(db, stored.id, now, kind, version, detail)
        _restore(db, stored, now, version)
        _resolve_failure(db, stored.url, now)
        if indicators is None:
            return {}
        return writes.save_indicators(db, stored.id, indicators, now, after_edit=True)
