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


@migrations()
def m004_regions_indicators(db: Database) -> None:
    db.execute("""
        CREATE TABLE regions (
            code TEXT PRIMARY KEY,           -- GB/T 2260: 620723
            name TEXT NOT NULL,              -- full name: 临泽县
            short TEXT,                      -- short name found in text: 临泽 (empty when ambiguous)
            type TEXT NOT NULL,              -- 省 | 地级市 | 自治州 | 市辖区 | 县 | 自治县 | 县级市
            level TEXT NOT NULL,             -- province | prefecture | county
            parent TEXT,                     -- code of the region it belongs to
            aliases TEXT                     -- other names, separated by |
        )""")
    db.execute("ALTER TABLE crawl_runs ADD COLUMN indicators INTEGER NOT NULL DEFAULT 0")  # rows added
    db.execute("ALTER TABLE crawl_runs ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0")     # of which flagged
    db.execute("ALTER TABLE articles ADD COLUMN region_code TEXT")           # main region
    db.execute("ALTER TABLE articles ADD COLUMN is_county_economy INTEGER")  # 1 | 0
    db.execute("ALTER TABLE articles ADD COLUMN indicators_version INTEGER")  # extractor that read it
    db.execute("""
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
            reported_at TEXT,                -- UTC, when a digest reported its flag
            UNIQUE (article_id, region_code, name, kind, period_start, period_end, value_normalized)
        )""")
    db.execute("CREATE INDEX indicators_series ON indicators(region_code, name, kind, period_end)")
    db.execute("CREATE INDEX indicators_flag ON indicators(flag, found_at)")
    db.execute("CREATE INDEX indicators_article ON indicators(article_id)")
    db.execute("CREATE INDEX indicators_previous ON indicators(previous_indicator_id)")
    db.execute("CREATE INDEX articles_region ON articles(region_code)")
    db.execute("""
        CREATE VIEW indicator_series AS
        SELECT i.region_code, i.region, i.name AS indicator, i.kind, i.period, i.period_start,
               i.period_end, i.value, i.unit, i.value_normalized, i.unit_normalized, i.approx,
               i.change, i.change_pct, i.change_points, i.flag, i.previous_value, i.evidence,
               a.title, a.url, a.published_at, i.article_id, i.id AS indicator_id
        FROM indicators i JOIN articles a ON a.id = i.article_id
        ORDER BY i.region_code, i.name, i.kind, i.period_end, a.published_at""")


@migrations()
def m005_daemon_digest_outbox(db: Database) -> None:
    db.execute("""
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
        )""")
    db.execute("CREATE INDEX job_runs_job ON job_runs(job, started_at)")
    db.execute("""
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,        -- UTC; what it covers was reported up to here
            articles INTEGER NOT NULL,       -- new county-economy articles in it
            new_indicators INTEGER NOT NULL,
            new_periods INTEGER NOT NULL,
            revised INTEGER NOT NULL,
            warnings TEXT                    -- the health warnings it carried, one per line
        )""")
    db.execute("""
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
        )""")
    db.execute("CREATE INDEX outbox_due ON outbox(status, next_attempt_at)")
    db.execute("ALTER TABLE articles ADD COLUMN reported_at TEXT")   # when a digest listed it
    db.execute("""
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
        )""")


@migrations()
def m006_crawl_limits(db: Database) -> None:
    # Article URLs found but not fetched yet: a cycle fetches at most
    # [crawl] max_new_articles_per_cycle, later cycles take the rest, oldest first.
    db.execute("""
        CREATE TABLE crawl_queue (
            id INTEGER PRIMARY KEY,          -- the order they were found in
            url TEXT NOT NULL UNIQUE,        -- canonical article URL
            source TEXT NOT NULL,            -- [[sources]] name it was found through
            found_at TEXT NOT NULL,          -- UTC, when a listing first showed it
            baseline_run_id INTEGER          -- the baseline run that found it: stored later, it
        )""")                                # is still part of that baseline
    # A page that is gone (404, 410) or too large is tried this many times, not max_attempts.
    db.execute("ALTER TABLE failures ADD COLUMN max_attempts INTEGER")   # NULL: [crawl] max_attempts
    db.execute("ALTER TABLE crawl_runs ADD COLUMN queued INTEGER NOT NULL DEFAULT 0")  # left for later


@migrations()
def m009_indicator_series(db: Database) -> None:
    # A series is region + name + kind + unit class (docs/indicators.md): flags read the priors
    # of every series an article touches with one query, through this index.
    db.execute("ALTER TABLE indicators ADD COLUMN quality TEXT")   # 'conflict': two values in one article
    db.execute("CREATE INDEX indicators_series_unit ON indicators(region_code, name, kind, unit_normalized)")


@migrations()
def m010_browse_views(db: Database) -> None:
    # What `monitor serve` (Datasette) lists instead of the raw tables: no article body, region
    # and prefecture names instead of bare codes (README, "Browse the data"). Newest first is
    # Datasette's default sort (monitor/serve/metadata.py), so the views carry no ORDER BY.
    db.execute("""
        CREATE VIEW article_list AS
        SELECT a.id, a.published_at, a.title, r.name AS region, p.name AS prefecture, a.origin,
               a.source, a.channel, a.is_county_economy AS county_economy,
               (SELECT count(*) FROM indicators i WHERE i.article_id = a.id) AS indicators,
               a.url, a.region_code
        FROM articles a
        LEFT JOIN regions r ON r.code = a.region_code
        LEFT JOIN regions p ON p.code = CASE r.level WHEN 'county' THEN r.parent
                                                      WHEN 'prefecture' THEN r.code END""")
    db.execute("""
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
                                                      WHEN 'prefecture' THEN r.code END""")


@migrations()
def m008_digest_baseline(db: Database) -> None:
    # 1: a baseline run (the first crawl into an empty database, or --backfill-pages): what it
    # stores is summarised by the next digest, not listed item by item
    db.execute("ALTER TABLE crawl_runs ADD COLUMN baseline INTEGER NOT NULL DEFAULT 0")
    # the baseline run that first stored the article (NULL: found by an ordinary run, or changed
    # on the site since); its indicators are baseline too
    db.execute("ALTER TABLE articles ADD COLUMN baseline_run_id INTEGER")
    # what a digest summarised as baseline
    db.execute("ALTER TABLE digests ADD COLUMN baseline_articles INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE digests ADD COLUMN baseline_indicators INTEGER NOT NULL DEFAULT 0")
    # flagged indicators left for the next digest: this one had reached max_message_bytes
    db.execute("ALTER TABLE digests ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0")
    # what one message carried (JSON lists of ids): a permanent refusal or `monitor outbox --drop`
    # un-marks them, so the next digest carries them again
    db.execute("ALTER TABLE outbox ADD COLUMN article_ids TEXT")
    db.execute("ALTER TABLE outbox ADD COLUMN indicator_ids TEXT")


@migrations()
def m007_article_versions(db: Database) -> None:
    # Re-checks (monitor/recheck.py): articles always hold the latest version; each earlier one
    # is kept in article_versions, and what happened to an article in article_events.
    db.execute("ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE articles ADD COLUMN edited_at TEXT")        # last change to new text
    db.execute("ALTER TABLE articles ADD COLUMN last_checked_at TEXT")  # last re-check answered
    db.execute("ALTER TABLE articles ADD COLUMN withdrawn_at TEXT")     # gone from the site
    db.execute("ALTER TABLE articles ADD COLUMN missing_since TEXT")    # first 404/410 not yet confirmed
    db.execute("ALTER TABLE articles ADD COLUMN etag TEXT")             # validators of its first page,
    db.execute("ALTER TABLE articles ADD COLUMN last_modified TEXT")    # for conditional re-checks
    db.execute("CREATE INDEX articles_first_seen ON articles(first_seen_at)")
    # The trigram index follows title and body only: a re-check that moves last_checked_at (or a
    # digest setting reported_at) no longer rewrites the article's index entry.
    db.execute("DROP TRIGGER articles_au")
    db.execute("""
        CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES('delete', old.rowid, old.title, old.body);
          INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END""")
    db.execute("""
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
        )""")
    db.execute("""
        CREATE TABLE article_events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            at TEXT NOT NULL,                -- UTC
            kind TEXT NOT NULL,              -- edited | reverted | withdrawn | restored
            version INTEGER NOT NULL,        -- the article's version after the event
            detail TEXT,                     -- changed fields, the version returned to, the 404
            reported_at TEXT                 -- UTC, when a digest listed it (edited, withdrawn, restored)
        )""")
    db.execute("CREATE INDEX article_events_article ON article_events(article_id, at)")
    db.execute("CREATE INDEX article_events_unreported ON article_events(reported_at, kind)")
    db.execute("ALTER TABLE indicators ADD COLUMN withdrawn_at TEXT")   # no longer in the article
    db.execute("ALTER TABLE crawl_runs ADD COLUMN rechecked INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE crawl_runs ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE crawl_runs ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0")
    # A figure an edit took out of its article stays in `indicators`, marked, and leaves the series.
    db.execute("DROP VIEW indicator_series")
    db.execute("""
        CREATE VIEW indicator_series AS
        SELECT i.region_code, i.region, i.name AS indicator, i.kind, i.period, i.period_start,
               i.period_end, i.value, i.unit, i.value_normalized, i.unit_normalized, i.approx,
               i.change, i.change_pct, i.change_points, i.flag, i.previous_value, i.evidence,
               a.title, a.url, a.published_at, i.article_id, i.id AS indicator_id
        FROM indicators i JOIN articles a ON a.id = i.article_id
        WHERE i.withdrawn_at IS NULL
        ORDER BY i.region_code, i.name, i.kind, i.period_end, a.published_at""")
