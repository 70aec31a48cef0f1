-- The schema of the gansu-monitor database, generated from monitor/store/migrations.py
-- by `python -m monitor.store.schema`. Do not edit: add a migration instead.

CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

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
        );

CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,                   -- NULL: still running, or killed
            status TEXT NOT NULL,            -- running | ok | partial (a source failed) | failed
            pages_fetched INTEGER NOT NULL DEFAULT 0,
            new_articles INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            error TEXT
        , listing_pages INTEGER NOT NULL DEFAULT 0, not_modified INTEGER NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0);

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
        , etag TEXT, last_modified TEXT, layouts TEXT);

CREATE VIRTUAL TABLE "articles_fts" USING FTS5 (
    "title", "body",
    tokenize='trigram',
    content="articles"
);

CREATE VIRTUAL TABLE articles_bigram USING fts5(title, body, content='', tokenize='unicode61');

CREATE TABLE skipped (
            url TEXT PRIMARY KEY,            -- article-shaped URL that is not an article
            source TEXT NOT NULL,
            kind TEXT NOT NULL,              -- soft_404 | redirect | duplicate
            detail TEXT,                     -- 404 title, redirect target, or the URL holding the id
            seen_at TEXT NOT NULL
        );

CREATE TABLE listing_cache (
            url TEXT PRIMARY KEY,            -- listing page URL
            etag TEXT,                       -- validators for the next conditional request
            last_modified TEXT,
            checked_at TEXT NOT NULL,
            walked_at TEXT                   -- end of the last walk through its pages that
        );

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE INDEX articles_published_at ON articles(published_at);

CREATE INDEX articles_source ON articles(source);

CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" BEGIN
  INSERT INTO "articles_fts" (rowid, "title", "body") VALUES (new.rowid, new."title", new."body");
END;

CREATE TRIGGER "articles_ad" AFTER DELETE ON "articles" BEGIN
  INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "body") VALUES('delete', old.rowid, old."title", old."body");
END;

CREATE TRIGGER "articles_au" AFTER UPDATE ON "articles" BEGIN
  INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "body") VALUES('delete', old.rowid, old."title", old."body");
  INSERT INTO "articles_fts" (rowid, "title", "body") VALUES (new.rowid, new."title", new."body");
END;
