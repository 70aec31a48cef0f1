"""The database schema, as versioned migrations (sqlite-utils `Migrations`).

Applied in order on every start-up; each runs once. Never edit a migration that has shipped:
add a new one. `db/schema.sql` is generated from these (`python -m monitor.store.schema`)
and a test keeps it current.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from .fts import bigrams

__all__ = ["migrations"]

migrations = Migrations("gansu-monitor")


@migrations()
def m001_articles_runs_failures(db: Database) -> None:
    db.execute("""
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,          -- the CMS id in the URL: .../013012345.shtml -> 13012345
            url TEXT NOT NULL UNIQUE,        -- canonical URL of the first page
            source TEXT NOT NULL,            -- [[sources]] name it was found through
            channel TEXT,                    -- last breadcrumb item, e.g. 经济
            breadcrumb TEXT,                 -- the trail, items joined by ' > '
            title TEXT NOT NULL,
            origin TEXT,                     -- 来源, e.g. 张掖日报
            author TEXT,
            editor TEXT,
            published_at TEXT NOT NULL,      -- ISO 8601, Beijing time: 2023-11-23T09:02:00+08:00
            body TEXT NOT NULL,              -- paragraphs separated by newlines
            content_hash TEXT NOT NULL,      -- sha256 of title, time and body
            parser TEXT NOT NULL,            -- layout that parsed it, or 'fallback'
            pages INTEGER NOT NULL DEFAULT 1,
            encoding TEXT,
            first_seen_at TEXT NOT NULL,     -- UTC, when this monitor first stored it
            fetched_at TEXT NOT NULL         -- UTC, last fetch
        )""")
    db.execute("CREATE INDEX articles_published_at ON articles(published_at)")
    db.execute("CREATE INDEX articles_source ON articles(source)")
    db.execute("""
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,                   -- NULL: still running, or killed
            status TEXT NOT NULL,            -- running | ok | partial (a source failed) | failed
            pages_fetched INTEGER NOT NULL DEFAULT 0,
            new_articles INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            error TEXT
        )""")
    db.execute("""
        CREATE TABLE failures (
            url TEXT PRIMARY KEY,            -- canonical URL that failed
            source TEXT NOT NULL,
            stage TEXT NOT NULL,             -- fetch | parse | bug
            reason TEXT NOT NULL,            -- what went wrong, for people
            http_status INTEGER,
            attempts INTEGER NOT NULL,       -- failed attempts so far
            first_failed_at TEXT NOT NULL,
            last_failed_at TEXT NOT NULL,
            resolved_at TEXT                 -- set when a later attempt stored the article
        )""")


@migrations()
def m002_articles_fts(db: Database) -> None:
    # FTS5's default tokenizer does not split Chinese. Two indexes between them find any word
    # of two or more characters (README, "Search"):
    # - articles_fts, trigram tokenizer, kept by triggers: MATCH with 3+ characters (临泽县);
    # - articles_bigram, contentless, written by store/writes.py with the text cut into
    #   overlapping character pairs: MATCH with a 2-character word (临泽), which trigram
    #   cannot answer on SQLite 3.40 (it returns no rows, even for LIKE).
    db.table("articles").enable_fts(["title", "body"], tokenize="trigram", create_triggers=True)
    db.execute("CREATE VIRTUAL TABLE articles_bigram USING fts5(title, body, content='', "
               "tokenize='unicode61')")
    for rowid, title, body in db.execute("SELECT id, title, body FROM articles").fetchall():
        db.execute("INSERT INTO articles_bigram(rowid, title, body) VALUES (?, ?, ?)",
                   [rowid, bigrams(title), bigrams(body)])


@migrations()
def m003_columns_skipped_cache(db: Database) -> None:
    db.execute("ALTER TABLE crawl_runs ADD COLUMN listing_pages INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE crawl_runs ADD COLUMN not_modified INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE crawl_runs ADD COLUMN requests INTEGER NOT NULL DEFAULT 0")
    db.execute("""
        CREATE TABLE skipped (
            url TEXT PRIMARY KEY,            -- article-shaped URL that is not an article
            source TEXT NOT NULL,
            kind TEXT NOT NULL,              -- soft_404 | redirect | duplicate
            detail TEXT,                     -- 404 title, redirect target, or the URL holding the id
            seen_at TEXT NOT NULL
        )""")
    db.execute("ALTER TABLE failures ADD COLUMN etag TEXT")           # validators of a page that
    db.execute("ALTER TABLE failures ADD COLUMN last_modified TEXT")  # failed to parse, and
    db.execute("ALTER TABLE failures ADD COLUMN layouts TEXT")        # the parser that judged it
    db.execute("""
        CREATE TABLE listing_cache (
            url TEXT PRIMARY KEY,            -- listing page URL
            etag TEXT,                       -- validators for the next conditional request
            last_modified TEXT,
            checked_at TEXT NOT NULL,
            walked_at TEXT                   -- end of the last walk through its pages that
        )""")                                # finished: older articles are all processed
