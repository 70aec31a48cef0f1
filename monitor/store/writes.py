"""The module that writes to the database (with `versions.py`, its part for re-checks). Each
function is one transaction, so a crawl killed at any moment leaves every article either wholly
stored or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..indicators import EXTRACTOR_VERSION, ArticleIndicators, Observation, gazetteer
from ..indicators.flags import Flag, Prior, SeriesKey, flag_observations, series_key
from ..models import Article, RunReport
from .fts import bigrams
from .guard import db_errors, immediate

__all__ = [
    "daemon_heartbeat", "daemon_started", "daemon_stopped", "enqueue", "finish_job", "finish_run",
    "record_failure", "record_missed", "record_skip", "save_indicators", "save_listing_state", "start_job",
    "start_run", "store_article", "sync_regions",
]


def _settle(db: Database, url: str, now: str) -> None:
    """`url` has an outcome (stored, skipped, or failed): it leaves the queue, and an earlier
    failure is resolved. Part of the caller's transaction."""
    db.execute("DELETE FROM crawl_queue WHERE url = ?", [url])
    db.execute("UPDATE failures SET resolved_at = ? WHERE url = ? AND resolved_at IS NULL", [now, url])


@db_errors
def store_article(db: Database, article: Article, now: str, *, baseline_run: int | None = None) -> str:
    """Insert or update one article; returns 'new', 'updated', 'unchanged', or 'duplicate'
    when its CMS id already belongs to another URL (a sister channel's copy, a URL variant):
    then it is recorded in `skipped` with the URL that has it. A new article stored by a baseline
    run (`baseline_run`) is part of the baseline; a changed one no longer is."""
    row = {
        "id": article.id, "url": article.url, "source": article.source,
        "channel": article.channel, "breadcrumb": " > ".join(article.breadcrumb) or None,
        "title": article.title, "origin": article.origin, "author": article.author,
        "editor": article.editor, "published_at": article.published_at,
        "body": article.body_text, "content_hash": article.content_hash,
        "parser": article.parser, "pages": article.pages, "encoding": article.encoding,
        "fetched_at": now, "etag": article.etag, "last_modified": article.last_modified,
    }
    with immediate(db):
        old = db.execute("SELECT title, body, content_hash, url FROM articles WHERE id = ?",
                         [article.id]).fetchone()
        if old is not None and old[3] != article.url:
            db.table("skipped").upsert({"url": article.url, "source": article.source,
                                        "kind": "duplicate", "detail": old[3], "seen_at": now},
                                       pk="url")
            _settle(db, article.url, now)
            return "duplicate"
        if old is None:
            db.table("articles").insert({**row, "first_seen_at": now, "baseline_run_id": baseline_run})
            outcome = "new"
        elif old[2] == article.content_hash:
            db.execute("UPDATE articles SET fetched_at = ? WHERE id = ?", [now, article.id])
            outcome = "unchanged"
        else:   # changed on the site: its indicators are read again (indicators_version NULL)
            db.table("articles").update(article.id, {**row, "indicators_version": None, "baseline_run_id": None})
            db.execute("INSERT INTO articles_bigram(articles_bigram, rowid, title, body) "
                       "VALUES ('delete', ?, ?, ?)", [article.id, bigrams(old[0]), bigrams(old[1])])
            outcome = "updated"
        if outcome != "unchanged":
            db.execute("INSERT INTO articles_bigram(rowid, title, body) VALUES (?, ?, ?)",
                       [article.id, bigrams(article.title), bigrams(article.body_text)])
        _settle(db, article.url, now)
    return outcome


@db_errors
def record_failure(db: Database, *, url: str, source: str, stage: str, reason: str,
                   now: str, http_status: int | None = None, etag: str | None = None,
                   last_modified: str | None = None, attempted: bool = True,
                   layouts: str | None = None, max_attempts: int | None = None) -> int:
    """Count one more failed attempt at `url` (or, with attempted=False, keep it for a retry
    without counting one); returns the attempts so far. `max_attempts`: this failure is given
    up sooner than [crawl] max_attempts (a page that is gone or too large)."""
    step = 1 if attempted else 0
    with immediate(db):
        db.execute("DELETE FROM crawl_queue WHERE url = ?", [url])
        db.execute(
            """INSERT INTO failures (url, source, stage, reason, http_status, attempts,
                                     first_failed_at, last_failed_at, resolved_at,
                                     etag, last_modified, layouts, max_attempts)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
               ON CONFLICT(url) DO UPDATE SET
                 stage = excluded.stage, reason = excluded.reason,
                 http_status = excluded.http_status, last_failed_at = excluded.last_failed_at,
                 etag = excluded.etag, last_modified = excluded.last_modified,
                 layouts = excluded.layouts, max_attempts = excluded.max_attempts,
                 attempts = CASE WHEN failures.resolved_at IS NULL
                                 THEN failures.attempts + excluded.attempts
                                 ELSE excluded.attempts END,
                 first_failed_at = CASE WHEN failures.resolved_at IS NULL
                                 THEN failures.first_failed_at ELSE excluded.first_failed_at END,
                 resolved_at = NULL""",
            [url, source, stage, reason, http_status, step, now, now, etag, last_modified, layouts,
             max_attempts],
        )
        row = db.execute("SELECT attempts FROM failures WHERE url = ?", [url]).fetchone()
    return int(row[0])


@db_errors
def record_skip(db: Database, *, url: str, source: str, kind: str, detail: str, now: str) -> None:
    """Remember an article-shaped URL that is not an article, so it is not fetched again."""
    with immediate(db):
        db.table("skipped").upsert({"url": url, "source": source, "kind": kind, "detail": detail,
                              "seen_at": now}, pk="url")
        _settle(db, url, now)


@db_errors
def save_listing_state(db: Database, url: str, etag: str | None, last_modified: str | None,
                       now: str) -> None:
    """A walk through this listing's pages finished: keep its validators and the time."""
    with immediate(db):
        db.table("listing_cache").upsert({"url": url, "etag": etag, "last_modified": last_modified,
                                    "checked_at": now, "walked_at": now}, pk="url")


@db_errors
def enqueue(db: Database, source: str, urls: list[str], now: str, baseline_run: int | None = None) -> None:
    """Remember article URLs a listing showed, to be fetched in the order found (this cycle
    or, past max_new_articles_per_cycle, a later one). URLs a baseline run found stay part of
    its baseline whenever they are stored."""
    with immediate(db):
        db.conn.executemany("INSERT OR IGNORE INTO crawl_queue (url, source, found_at, baseline_run_id) "
                            "VALUES (?, ?, ?, ?)", [(url, source, now, baseline_run) for url in urls])


@db_errors
def start_run(db: Database, now: str, *, backfill: bool = False) -> tuple[int, bool]:
    """Record a crawl run as started; returns (its id, whether it is a baseline run: a backfill,
    or the first crawl of a database that never finished one). Rows still `running` belong to
    runs that were killed or lost their database (the caller holds the crawl lock, so none is
    really running): they are closed as `interrupted`."""
    with immediate(db):
        db.execute("UPDATE crawl_runs SET status = 'interrupted', error = coalesce(error, "
                   "'the process ended (killed, or its database failed) before the run did') "
                   "WHERE status = 'running'")
        finished = db.execute("SELECT 1 FROM crawl_runs WHERE status IN ('ok', 'partial') LIMIT 1").fetchone()
        baseline = backfill or finished is None
        cursor = db.execute("INSERT INTO crawl_runs (started_at, status, baseline) VALUES (?, 'running', ?)",
                            [now, int(baseline)])
    return int(cursor.lastrowid or 0), baseline


@db_errors
def finish_run(db: Database, report: RunReport, *, requests: int, status: str) -> None:
    with immediate(db):
        db.table("crawl_runs").update(report.run_id, {
            "ended_at": report.ended_at, "status": status,
            "pages_fetched": report.pages_fetched, "listing_pages": report.listing_pages,
            "not_modified": report.not_modified, "requests": requests,
            "new_articles": report.new_articles, "failures": report.failures,
            "indicators": report.indicators, "flagged": report.flagged, "queued": report.queued,
            "rechecked": report.rechecked, "edited": report.edited, "withdrawn": report.withdrawn,
            "error": "; ".join(report.errors) or None,
        })


@db_errors
def sync_regions(db: Database) -> None:
    """Make the `regions` table match the gazetteer shipped with this version."""
    places = gazetteer()
    rows = [{"code": r.code, "name": r.name, "short": r.short or None, "type": r.type,
             "level": r.level, "parent": r.parent or None, "aliases": "|".join(places.aliases(r)) or None}
            for r in places.regions.values()]
    with immediate(db):
        stored = {tuple(row) for row in db.execute(
            "SELECT code, name, short, type, level, parent, aliases FROM regions")}
        if stored != {tuple(r.values()) for r in rows}:
            db.execute("DELETE FROM regions")
            db.table("regions").insert_all(rows)


_IDENTITY = ("region_code", "name", "kind", "period_start", "period_end", "value_normalized")


def _row(article_id: int, obs: Observation) -> dict[str, Any]:
    return {
        "article_id": article_id, "region_code": obs.region_code or "", "region": obs.region,
        "name": obs.name, "raw_name": obs.raw_name, "kind": obs.kind, "value": obs.value,
        "unit": obs.unit, "value_normalized": obs.value_normalized,
        "value_max_normalized": obs.value_max_normalized, "unit_normalized": obs.unit_normalized,
        "precision": obs.precision, "approx": int(obs.approx), "period": obs.period,
        "period_start": obs.period_start, "period_end": obs.period_end,
        "change": obs.change or None, "change_pct": obs.change_pct,
        "change_points": obs.change_points, "change_value": obs.change_value,
        "evidence": obs.evidence, "evidence_start": obs.evidence_start,
        "evidence_end": obs.evidence_end, "value_start": obs.value_start,
        "value_end": obs.value_end, "extractor_version": EXTRACTOR_VERSION,
    }


@dataclass
class _Existing:
    """The rows an article already has, by identity; which of them an edit withdrew already;
    and each as a flags.Prior of its series (an edit's revisions are judged against them)."""

    rows: dict[tuple[Any, ...], tuple[int, str | None]] = field(default_factory=dict)  # -> id, reported_at
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    withdrawn: set[int] = field(default_factory=set)
    priors: dict[int, tuple[SeriesKey, Prior]] = field(default_factory=dict)

    @classmethod
    def read(cls, db: Database, article_id: int) -> _Existing:
        found = cls()
        for r in db.execute(f"SELECT {', '.join('i.' + c for c in _IDENTITY)}, i.id, i.reported_at, i.value_start, "
                            "i.value_end, i.withdrawn_at, i.unit_normalized, i.period, i.precision, i.approx, "
                            "a.published_at, i.value_max_normalized FROM indicators i "
                            "JOIN articles a ON a.id = i.article_id WHERE i.article_id = ?", [article_id]):
            identity, (row_id, reported, start, end, withdrawn, unit, *prior) = tuple(r[:6]), r[6:]
            found.rows[identity] = (row_id, reported)
            found.spans[row_id] = (start, end)
            if withdrawn:
                found.withdrawn.add(row_id)
            period, precision, approx, published, value_max = prior
            found.priors[row_id] = ((identity[0], identity[1], identity[2], unit), Prior(
                row_id, period, identity[3], identity[4], identity[5], precision, bool(approx), published, value_max))
        return found


@db_errors
def save_indicators(db: Database, article_id: int, result: ArticleIndicators, now: str, *,
                    in_order: bool = False, after_edit: bool = False) -> dict[str, int]:
    """Store what the extractor read in one article, in one transaction; returns how many rows
    were added per flag ('new_indicator', 'new_period', 'revised', 'seen', 'conflict') and 'kept',
    'removed'.

    Idempotent: a row the article already has (same region, name, kind, period and value) keeps
    its id and reported_at; a row no digest has reported yet gets its flag decided again (the
    series it is compared within may have been refiled), a reported one keeps its flag. New rows
    are flagged against the rows of the other articles (indicators/flags.py decides); with
    `in_order` (re-reading stored articles) only against articles published before this one, so
    that a full re-read tells the story in publication order. A row that replaces one a digest
    already reported (same name and value, or same place, read better) inherits its reported_at,
    so a re-extraction never raises a reported flag again.

    Two modes for the rows the article no longer states: a re-extraction (the same text, read
    again) deletes them, they were misreadings; `after_edit` (the article changed on the site)
    keeps them, marked `withdrawn_at`, and a new figure of the same series and period as one of
    them is a revision of it. Rows withdrawn by an earlier edit stay as they are, and come back
    (withdrawn_at cleared, id, flag and reported_at kept) when a version states them again.
    """
    counts = {"new_indicator": 0, "new_period": 0, "revised": 0, "seen": 0, "conflict": 0, "kept": 0,
              "removed": 0, "withdrawn": 0}
    region = result.region
    with immediate(db):
        db.execute("UPDATE articles SET region_code = ?, is_county_economy = ?, indicators_version = ? "
                   "WHERE id = ?", [region.code if region else None, int(result.is_county_economy),
                                    EXTRACTOR_VERSION, article_id])
        existing = _Existing.read(db, article_id)
        produced: dict[tuple[Any, ...], tuple[Observation, dict[str, Any]]] = {}
        for obs in result.observations:
            row = _row(article_id, obs)
            produced.setdefault(tuple(row[c] for c in _IDENTITY), (obs, row))  # stated twice: one row
        retired, reported, replaced = _retire(db, existing, produced, now, after_edit)
        counts["withdrawn" if after_edit else "removed"] = retired
        observations = [obs for obs, _ in produced.values()]
        published = db.execute("SELECT published_at FROM articles WHERE id = ?", [article_id]).fetchone()
        decided = flag_observations(observations, _priors(db, article_id, observations, in_order), replaced,
                                    (published[0] or "") if published else "")
        for (identity, (_, row)), flag in zip(produced.items(), decided, strict=True):
            kept = existing.rows.get(identity)
            outcome = _write_row(db, row, flag, kept, reported, now, keep_flag=after_edit)
            counts[outcome] += 1
    return counts


def _retire(db: Database, existing: _Existing, produced: dict[tuple[Any, ...], Any], now: str,
            after_edit: bool) -> tuple[int, dict[Any, str], dict[SeriesKey, list[Prior]]]:
    """The rows the article no longer states: deleted (a re-extraction: they were misreadings)
    or, after an edit, marked withdrawn. Returns how many, the reported marks deleted rows leave,
    and the figures earlier versions stated and this one does not (withdrawn rows), by series."""
    gone = [row_id for k, (row_id, _) in existing.rows.items()
            if k not in produced and row_id not in existing.withdrawn]
    reported: dict[Any, str] = {}
    if after_edit:
        retired = _withdraw_gone(db, gone, now)
    else:
        retired, reported = _remove_gone(db, existing, gone)
    replaced: dict[SeriesKey, list[Prior]] = {}
    for k, (row_id, _) in existing.rows.items():
        if k not in produced and (row_id in existing.withdrawn or (after_edit and row_id in gone)):
            key, prior = existing.priors[row_id]
            replaced.setdefault(key, []).append(prior)
    return retired, reported, replaced


def _withdraw_gone(db: Database, gone: list[int], now: str) -> int:
    """After an edit: mark the rows the article no longer states; they stay, with their flags."""
    for row_id in gone:
        db.execute("UPDATE indicators SET withdrawn_at = ? WHERE id = ?", [now, row_id])
    return len(gone)


def _remove_gone(db: Database, existing: _Existing, gone: list[int]) -> tuple[int, dict[Any, str]]:
    """Delete the rows the article no longer states; returns how many, and the reported marks
    they leave, by (name, value) and by ("at", span)."""
    reported: dict[Any, str] = {}
    for k, (row_id, when) in existing.rows.items():
        if when and row_id in gone:
            reported[(k[1], k[5])] = when
            reported[("at", existing.spans[row_id])] = when
    for row_id in gone:
        db.execute("UPDATE indicators SET previous_indicator_id = NULL WHERE previous_indicator_id = ?", [row_id])
        db.execute("DELETE FROM indicators WHERE id = ?", [row_id])
    return len(gone), reported


def _write_row(db: Database, row: dict[str, Any], flag: Flag, kept: tuple[int, str | None] | None,
               reported: dict[Any, str], now: str, *, keep_flag: bool = False) -> str:
    """Insert a new row, or refresh a kept one (its flag too, unless a digest reported it or,
    `keep_flag`, the article was edited: a figure the edit did not touch keeps its flag)."""
    previous = flag.previous
    decided = {"flag": flag.flag, "quality": flag.quality,
               "previous_value": previous.value if previous else None,
               "previous_period_end": previous.period_end if previous else None,
               "previous_indicator_id": previous.id if previous else None}
    if kept is not None:   # stated again: a row an earlier edit withdrew comes back
        row_id, reported_at = kept
        values = {**row, "withdrawn_at": None} if reported_at or keep_flag else \
            {**row, **decided, "withdrawn_at": None}
        sets = ", ".join(f"{column} = ?" for column in values)
        db.execute(f"UPDATE indicators SET {sets} WHERE id = ?", [*values.values(), row_id])
        return "kept"
    row.update(decided, found_at=now,
               reported_at=reported.get((row["name"], row["value_normalized"]))
               or reported.get(("at", (row["value_start"], row["value_end"]))))
    db.execute(f"INSERT INTO indicators ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))
    return flag.quality or flag.flag or "seen"


_PRIORS_CHUNK = 200   # series per query (4 parameters each, well under SQLite's limit)


def _priors(db: Database, article_id: int, observations: list[Observation],
            in_order: bool) -> dict[SeriesKey, list[Prior]]:
    """The earlier rows of every series the article touches, read once per series."""
    keys = list(dict.fromkeys(series_key(o) for o in observations))
    found: dict[SeriesKey, list[Prior]] = {}
    order = ""
    params: list[Any] = []
    if in_order:
        order = " AND (a.published_at, a.id) < (SELECT published_at, id FROM articles WHERE id = ?)"
        params = [article_id]
    for i in range(0, len(keys), _PRIORS_CHUNK):
        chunk = keys[i:i + _PRIORS_CHUNK]
        values = ", ".join(["(?, ?, ?, ?)"] * len(chunk))
        # a join on the keys, not `(…) IN (VALUES …)`, which SQLite 3.40 answers by scanning every
        # indicator (a backfill of 2,000 articles spent a minute here)
        for r in db.execute(
                f"""WITH k(region_code, name, kind, unit_normalized) AS (VALUES {values})
                    SELECT i.region_code, i.name, i.kind, i.unit_normalized, i.id, i.period, i.period_start,
                           i.period_end, i.value_normalized, i.precision, i.approx, a.published_at,
                           i.value_max_normalized
                    FROM k JOIN indicators i ON i.region_code = k.region_code AND i.name = k.name
                         AND i.kind = k.kind AND i.unit_normalized = k.unit_normalized
                    JOIN articles a ON a.id = i.article_id
                    WHERE i.article_id != ? AND i.withdrawn_at IS NULL{order}""",
                [*[v for key in chunk for v in key], article_id, *params]):
            found.setdefault(tuple(r[:4]), []).append(Prior(r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]),
                                                            r[11], r[12]))
    return found


@db_errors
def start_job(db: Database, job: str, now: str, scheduled_for: str | None = None) -> int:
    with immediate(db):
        cursor = db.execute("INSERT INTO job_runs (job, scheduled_for, started_at, outcome) "
                            "VALUES (?, ?, ?, 'running')", [job, scheduled_for, now])
    return int(cursor.lastrowid or 0)


@db_errors
def finish_job(db: Database, job_id: int, now: str, outcome: str, *, error: str | None = None,
               **counts: int | None) -> None:
    """Close a job run: its outcome (ok | partial | failed | skipped | stopped) and counts
    (crawl_run_id, articles, indicators, flagged, queued, sent)."""
    with immediate(db):
        db.table("job_runs").update(job_id, {"ended_at": now, "outcome": outcome, "error": error, **counts})


_NOT_RUN = {"missed": "missed by more than the grace time; skipped",
            "skipped": "the previous run was still going; skipped"}


@db_errors
def record_missed(db: Database, job: str, scheduled_for: str, now: str, outcome: str = "missed") -> None:
    """A run the scheduler did not start: `missed` (later than the grace time) or `skipped`
    (the job's previous run was still going)."""
    with immediate(db):
        db.execute("INSERT INTO job_runs (job, scheduled_for, started_at, ended_at, outcome, error) "
                   "VALUES (?, ?, ?, ?, ?, ?)", [job, scheduled_for, now, now, outcome, _NOT_RUN[outcome]])


@db_errors
def daemon_started(db: Database, pid: int, now: str, crawl: str, digest: str) -> None:
    with immediate(db):
        db.execute("INSERT OR REPLACE INTO daemon_state (id, pid, started_at, heartbeat_at, stopped_at, "
                   "crawl_schedule, digest_schedule) VALUES (1, ?, ?, ?, NULL, ?, ?)",
                   [pid, now, now, crawl, digest])
        # runs a killed daemon left open can never end now
        db.execute("UPDATE job_runs SET outcome = 'failed', ended_at = ?, error = 'the daemon was killed "
                   "during this run' WHERE outcome = 'running'", [now])


@db_errors
def daemon_heartbeat(db: Database, now: str, next_crawl: str | None, next_digest: str | None) -> None:
    with immediate(db):
        db.execute("UPDATE daemon_state SET heartbeat_at = ?, next_crawl_at = ?, next_digest_at = ? "
                   "WHERE id = 1", [now, next_crawl, next_digest])


@db_errors
def daemon_stopped(db: Database, now: str) -> None:
    with immediate(db):
        db.execute("UPDATE daemon_state SET stopped_at = ?, heartbeat_at = ?, next_crawl_at = NULL, "
                   "next_digest_at = NULL WHERE id = 1", [now, now])
