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
        , region_code TEXT, is_county_economy INTEGER, indicators_version INTEGER, reported_at TEXT, baseline_run_id INTEGER, version INTEGER NOT NULL DEFAULT 1, edited_at TEXT, last_checked_at TEXT, withdrawn_at TEXT, missing_since TEXT, etag TEXT, last_modified TEXT);

CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,                   -- NULL: still running, or killed
            status TEXT NOT NULL,            -- running | ok | partial (a source failed) | failed
            pages_fetched INTEGER NOT NULL DEFAULT 0,
            new_articles INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            error TEXT
        , listing_pages INTEGER NOT NULL DEFAULT 0, not_modified INTEGER NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0, indicators INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0, queued INTEGER NOT NULL DEFAULT 0, baseline INTEGER NOT NULL DEFAULT 0, rechecked INTEGER NOT NULL DEFAULT 0, edited INTEGER NOT NULL DEFAULT 0, withdrawn INTEGER NOT NULL DEFAULT 0);

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
        , etag TEXT, last_modified TEXT, layouts TEXT, max_attempts INTEGER);

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

CREATE TABLE regions (
            code TEXT PRIMARY KEY,           -- GB/T 2260: 620723
            name TEXT NOT NULL,              -- full name: 临泽县
            short TEXT,                      -- short name found in text: 临泽 (empty when ambiguous)
            type TEXT NOT NULL,              -- 省 | 地级市 | 自治州 | 市辖区 | 县 | 自治县 | 县级市
            level TEXT NOT NULL,             -- province | prefecture | county
            parent TEXT,                     -- code of the region it belongs to
            aliases TEXT                     -- other names, separated by |
        );

CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            region_code TEXT NOT NULL,       -- GB/T 2260 code; '' when no region is known
            region TEXT,                     -- its full name
            name TEXT NOT NULL,              -- canonical name (lexicon.toml), else as written
            raw_name TEXT NOT NULL,          -- the phrase that owns the figure, as written
            kind TEXT NOT NULL,              -- amount | growth_rate | share_or_rate | count |
                                             -- physical_quantity | ranking
            value TEXT NOT NULL,             -- the number as written: 50.95
            unit TEXT NOT NULL,              -- the unit as written: 亿元
            value_normalized REAL NOT NULL,  -- in unit_normalized: 5095000000
            value_max_normalized REAL,       -- upper end of a range (3至5万元)
            unit_normalized TEXT NOT NULL,   -- yuan | mu | tonne | kWh | kW | person | person-time |
                                             -- count | head | percent | point | km | m2 | m3 | rank
            precision REAL NOT NULL,         -- half the last written digit, normalised
            approx INTEGER NOT NULL,         -- 1: 余, 多, 近, 约, 超过 …
            period TEXT NOT NULL,            -- as written: 1至9月 ('' when none is stated)
            period_start TEXT NOT NULL,      -- ISO date; '' for none or a point in time
            period_end TEXT NOT NULL,        -- ISO date; the publication date when none is stated
            change TEXT,                     -- as written: 同比增长33.82%
            change_pct REAL,                 -- signed percent change
            change_points REAL,              -- signed change in percentage points
            change_value REAL,               -- signed absolute change, in unit_normalized
            flag TEXT,                       -- new_indicator | new_period | revised | NULL (seen before)
            previous_value REAL,             -- new_period: latest earlier period; revised: the old value
            previous_period_end TEXT,        -- the period that previous_value belongs to
            previous_indicator_id INTEGER,   -- the row previous_value comes from
            evidence TEXT NOT NULL,          -- the sentence that states it
            evidence_start INTEGER NOT NULL, -- offsets of the sentence in articles.body
            evidence_end INTEGER NOT NULL,
            value_start INTEGER NOT NULL,    -- offsets of the figure in articles.body
            value_end INTEGER NOT NULL,
            extractor_version INTEGER NOT NULL,
            found_at TEXT NOT NULL,          -- UTC, when this row was first stored
            reported_at TEXT, quality TEXT, withdrawn_at TEXT,                -- UTC, when a digest reported its flag
            UNIQUE (article_id, region_code, name, kind, period_start, period_end, value_normalized)
        );

CREATE TABLE job_runs (
            id INTEGER PRIMARY KEY,
            job TEXT NOT NULL,               -- crawl | digest
            scheduled_for TEXT,              -- the run time the scheduler planned (UTC)
            started_at TEXT NOT NULL,
            ended_at TEXT,                   -- NULL: running, or the daemon was killed
            outcome TEXT NOT NULL,           -- running | ok | partial | failed | skipped | missed
            crawl_run_id INTEGER,            -- crawl_runs.id of a crawl job
            articles INTEGER,                -- new articles (crawl)
            indicators INTEGER,              -- indicator rows added (crawl)
            flagged INTEGER,                 -- of which flagged (crawl)
            queued INTEGER,                  -- digest messages queued (digest)
            sent INTEGER,                    -- messages delivered from the outbox (both)
            error TEXT
        );

CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,        -- UTC; what it covers was reported up to here
            articles INTEGER NOT NULL,       -- new county-economy articles in it
            new_indicators INTEGER NOT NULL,
            new_periods INTEGER NOT NULL,
            revised INTEGER NOT NULL,
            warnings TEXT                    -- the health warnings it carried, one per line
        , baseline_articles INTEGER NOT NULL DEFAULT 0, baseline_indicators INTEGER NOT NULL DEFAULT 0, held_back INTEGER NOT NULL DEFAULT 0);

CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            digest_id INTEGER NOT NULL REFERENCES digests(id),
            recipients TEXT NOT NULL,        -- JSON list of addresses
            subject TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE, -- <...>, fixed when queued: a re-send has the same
            message TEXT NOT NULL,           -- the whole message (RFC 5322) as it is sent
            status TEXT NOT NULL,            -- queued | sent | rejected
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,   -- UTC; not tried again before
            last_error TEXT,
            error_kind TEXT,                 -- temporary | permanent
            created_at TEXT NOT NULL,
            sent_at TEXT
        , article_ids TEXT, indicator_ids TEXT);

CREATE TABLE daemon_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pid INTEGER,
            started_at TEXT,
            heartbeat_at TEXT,               -- UTC; the daemon writes it every minute
            stopped_at TEXT,                 -- set on a clean stop; NULL while running or killed
            crawl_schedule TEXT,
            digest_schedule TEXT,
            next_crawl_at TEXT,
            next_digest_at TEXT
        );

CREATE TABLE crawl_queue (
            id INTEGER PRIMARY KEY,          -- the order they were found in
            url TEXT NOT NULL UNIQUE,        -- canonical article URL
            source TEXT NOT NULL,            -- [[sources]] name it was found through
            found_at TEXT NOT NULL,          -- UTC, when a listing first showed it
            baseline_run_id INTEGER          -- the baseline run that found it: stored later, it
        );

CREATE TABLE article_versions (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            version INTEGER NOT NULL,        -- 1, 2, ...: articles.version is the current one
            title TEXT NOT NULL,
            origin TEXT,
            author TEXT,
            published_at TEXT NOT NULL,
            body TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            fetched_at TEXT NOT NULL,        -- UTC, when this version was first fetched
            superseded_at TEXT NOT NULL,     -- UTC, when the next version replaced it
            changed TEXT NOT NULL,           -- fields that differ in the next version: title, body
            PRIMARY KEY (article_id, version)
        );

CREATE TABLE article_events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            at TEXT NOT NULL,                -- UTC
            kind TEXT NOT NULL,              -- edited | reverted | withdrawn | restored
            version INTEGER NOT NULL,        -- the article's version after the event
            detail TEXT,                     -- changed fields, the version returned to, the 404
            reported_at TEXT                 -- UTC, when a digest listed it (edited, withdrawn, restored)
        );

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE INDEX articles_published_at ON articles(published_at);

CREATE INDEX articles_source ON articles(source);

CREATE INDEX indicators_series ON indicators(region_code, name, kind, period_end);

CREATE INDEX indicators_flag ON indicators(flag, found_at);

CREATE INDEX indicators_article ON indicators(article_id);

CREATE INDEX indicators_previous ON indicators(previous_indicator_id);

CREATE INDEX articles_region ON articles(region_code);

CREATE INDEX job_runs_job ON job_runs(job, started_at);

CREATE INDEX outbox_due ON outbox(status, next_attempt_at);

CREATE INDEX indicators_series_unit ON indicators(region_code, name, kind, unit_normalized);

CREATE INDEX articles_first_seen ON articles(first_seen_at);

CREATE INDEX article_events_article ON article_events(article_id, at);

CREATE INDEX article_events_unreported ON article_events(reported_at, kind);

CREATE VIEW article_list AS
        SELECT a.id, a.published_at, a.title, r.name AS region, p.name AS prefecture, a.origin,
               a.source, a.channel, a.is_county_economy AS county_economy,
               (SELECT count(*) FROM indicators i WHERE i.article_id = a.id) AS indicators,
               a.url, a.region_code
        FROM articles a
        LEFT JOIN regions r ON r.code = a.region_code
        LEFT JOIN regions p ON p.code = CASE r.level WHEN 'county' THEN r.parent
                                                      WHEN 'prefecture' THEN r.code END;

CREATE VIEW indicator_list AS
        SELECT i.id, a.published_at, i.region, p.name AS prefecture, i.name AS indicator, i.kind,
               i.period, i.period_end,
               CASE WHEN i.approx THEN '约' ELSE '' END || i.value || i.unit AS figure,
               i.change, i.flag, i.evidence, a.title, a.source, i.article_id, i.region_code,
               i.value_normalized, i.unit_normalized, i.found_at
        FROM indicators i
        JOIN articles a ON a.id = i.article_id
        LEFT JOIN regions r ON r.code = i.region_code
        LEFT JOIN regions p ON p.code = CASE r.level WHEN 'county' THEN r.parent
                                                      WHEN 'prefecture' THEN r.code END;

CREATE VIEW indicator_series AS
        SELECT i.region_code, i.region, i.name AS indicator, i.kind, i.period, i.period_start,
               i.period_end, i.value, i.unit, i.value_normalized, i.unit_normalized, i.approx,
               i.change, i.change_pct, i.change_points, i.flag, i.previous_value, i.evidence,
               a.title, a.url, a.published_at, i.article_id, i.id AS indicator_id
        FROM indicators i JOIN articles a ON a.id = i.article_id
        WHERE i.withdrawn_at IS NULL
        ORDER BY i.region_code, i.name, i.kind, i.period_end, a.published_at;

CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" BEGIN
  INSERT INTO "articles_fts" (rowid, "title", "body") VALUES (new.rowid, new."title", new."body");
END;

CREATE TRIGGER "articles_ad" AFTER DELETE ON "articles" BEGIN
  INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "body") VALUES('delete', old.rowid, old."title", old."body");
END;

CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES('delete', old.rowid, old.title, old.body);
          INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
