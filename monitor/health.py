"""Is the monitor well? What `monitor status` prints, and the digest's health section.

Every check reads the database only, so it answers the same from any process: the daemon,
`monitor status` run by hand, Docker's HEALTHCHECK. A warning has an English line for the
operator and a Chinese one for the digest's readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from .config import Config
from .store.guard import db_errors
from .triggers import interval_seconds

__all__ = ["Status", "HealthWarning", "check"]

SAMPLE = 50            # the last this many articles decide the fallback share
MIN_SAMPLE = 10        # fewer attempts than this in a day: no share is judged
FAILED_RUNS = 3        # this many failed crawls in a row: warn
SKIPPED_RUNS = 3       # this many scheduled crawls in a row not run (skipped, missed): warn


@dataclass(frozen=True)
class HealthWarning:
    code: str     # quiet | fallback | failures | outbox_stuck | outbox_rejected | daemon_down | crawl_failing
                  # | crawl_stuck | crawl_skipped
    en: str
    zh: str


@dataclass
class Status:
    now: str
    daemon: dict[str, Any] = field(default_factory=dict)
    last_runs: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    today: dict[str, int] = field(default_factory=dict)
    open_failures: int = 0
    outbox: dict[str, Any] = field(default_factory=dict)
    warnings: list[HealthWarning] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.warnings

    def as_dict(self) -> dict[str, Any]:
        return {"now": self.now, "healthy": self.healthy, "daemon": self.daemon, "last_runs": self.last_runs,
                "today": self.today, "open_failures": self.open_failures, "outbox": self.outbox,
                "warnings": [{"code": w.code, "message": w.en, "message_zh": w.zh} for w in self.warnings]}


def _parse(ts: str | None) -> datetime | None:
    return datetime.fromisoformat(ts) if ts else None


def _hours(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.0f} h"


@db_errors
def check(db: Database, config: Config, now: datetime) -> Status:
    """The state of the monitor at `now` (an aware datetime)."""
    status = Status(now=now.isoformat(timespec="seconds"))
    zone = ZoneInfo(config.schedule.timezone)
    midnight = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    since = midnight.astimezone(now.tzinfo).isoformat(timespec="seconds")
    def one(sql: str, *args: Any) -> Any:
        return db.execute(sql, list(args)).fetchone()

    status.today = {
        "articles": one("SELECT count(*) FROM articles WHERE first_seen_at >= ?", since)[0],
        "indicators": one("SELECT count(*) FROM indicators WHERE found_at >= ?", since)[0],
        "flagged": one("SELECT count(*) FROM indicators WHERE found_at >= ? AND flag IS NOT NULL", since)[0],
    }
    status.open_failures = one("SELECT count(*) FROM failures WHERE resolved_at IS NULL")[0]
    for job in ("crawl", "digest"):
        row = db.execute("SELECT started_at, ended_at, outcome, error FROM job_runs WHERE job = ? "
                         "ORDER BY id DESC LIMIT 1", [job]).fetchone()
        status.last_runs[job] = dict(zip(("started_at", "ended_at", "outcome", "error"), row, strict=True)) \
            if row else None
    if status.last_runs["crawl"] is None:   # crawls run by hand (cron) leave crawl_runs only
        row = one("SELECT started_at, ended_at, status, error FROM crawl_runs ORDER BY id DESC LIMIT 1")
        if row:
            status.last_runs["crawl"] = dict(zip(("started_at", "ended_at", "outcome", "error"), row, strict=True))
    _daemon(db, config, now, status)
    _outbox(db, config, now, status)
    _quiet(db, config, now, status)
    _parsing(db, config, now, status)
    _crawls(db, config, now, status)
    return status


def _crawls(db: Database, config: Config, now: datetime, status: Status) -> None:
    """Crawls that fail, hang, or do not run at all."""
    failed = [r[0] for r in db.execute(f"SELECT status FROM crawl_runs WHERE status != 'running' "
                                       f"ORDER BY id DESC LIMIT {FAILED_RUNS}")]
    if len(failed) == FAILED_RUNS and all(s in ("failed", "partial", "interrupted") for s in failed):
        status.warnings.append(HealthWarning(
            "crawl_failing", f"the last {FAILED_RUNS} crawls failed or could not read a channel; "
            "see crawl_runs.error", f"最近{FAILED_RUNS}次抓取失败或有频道无法读取"))
    running = db.execute("SELECT started_at FROM crawl_runs WHERE status = 'running' ORDER BY id DESC LIMIT 1"
                         ).fetchone()
    since = _parse(running[0]) if running else None
    limit = timedelta(minutes=config.health.max_crawl_minutes)
    if since is not None and now - since > limit:
        minutes = (now - since).total_seconds() / 60
        status.warnings.append(HealthWarning(
            "crawl_stuck", f"a crawl has been running since {running[0]} ({minutes:.0f} min, more than "
            f"max_crawl_minutes {config.health.max_crawl_minutes:g}): it is stuck or far too slow (see the log)",
            f"一次抓取已运行 {minutes:.0f} 分钟仍未结束"))
    outcomes = [r[0] for r in db.execute(f"SELECT outcome FROM job_runs WHERE job = 'crawl' ORDER BY id DESC "
                                         f"LIMIT {SKIPPED_RUNS}")]
    if len(outcomes) == SKIPPED_RUNS and all(o in ("skipped", "missed") for o in outcomes):
        status.warnings.append(HealthWarning(
            "crawl_skipped", f"the last {SKIPPED_RUNS} scheduled crawls did not run (skipped: the one before "
            "was still going or another crawl held the database; or missed): see job_runs",
            f"最近{SKIPPED_RUNS}次计划抓取未能运行"))


def _daemon(db: Database, config: Config, now: datetime, status: Status) -> None:
    row = db.execute("SELECT pid, started_at, heartbeat_at, stopped_at, next_crawl_at, next_digest_at "
                     "FROM daemon_state WHERE id = 1").fetchone()
    if row is None:
        status.daemon = {"running": False}
        return
    pid, started, heartbeat, stopped, next_crawl, next_digest = row
    status.daemon = {"pid": pid, "started_at": started, "heartbeat_at": heartbeat, "stopped_at": stopped,
                     "next_crawl_at": next_crawl, "next_digest_at": next_digest, "running": False}
    if stopped:
        return
    beat = _parse(heartbeat)
    grace = timedelta(seconds=config.health.heartbeat_grace_s)
    if beat is not None and now - beat <= grace:
        status.daemon["running"] = True
        return
    status.warnings.append(HealthWarning(
        "daemon_down", f"the daemon (pid {pid}) has not been heard from since {heartbeat}: it was killed "
        "or is stuck; start `monitor run` again", f"后台服务自 {heartbeat} 起无响应，可能已停止"))


def _outbox(db: Database, config: Config, now: datetime, status: Status) -> None:
    queued, oldest = db.execute("SELECT count(*), min(created_at) FROM outbox WHERE status = 'queued'").fetchone()
    # a refusal matters until a later message gets through (the address was fixed)
    rejected = db.execute("SELECT count(*) FROM outbox WHERE status = 'rejected' AND created_at >= "
                          "coalesce((SELECT max(sent_at) FROM outbox WHERE status = 'sent'), '')").fetchone()[0]
    permanent = db.execute("SELECT last_error FROM outbox WHERE status = 'queued' AND error_kind = 'permanent' "
                           "ORDER BY id DESC LIMIT 1").fetchone()
    sent = db.execute("SELECT max(sent_at) FROM outbox WHERE status = 'sent'").fetchone()[0]
    status.outbox = {"queued": queued, "oldest_queued_at": oldest, "rejected": rejected, "last_sent_at": sent}
    if permanent:
        status.warnings.append(HealthWarning(
            "outbox_permanent", f"digests cannot be sent: {permanent[0]} (fix [email] and they go out on "
            "the next run)", "摘要邮件无法发送（邮件服务器拒绝），请检查邮件设置"))
    queued_at = _parse(oldest)
    age = now - queued_at if queued_at else None
    if age is not None and age > timedelta(hours=config.health.outbox_stuck_hours):
        status.warnings.append(HealthWarning(
            "outbox_stuck", f"{queued} digest message(s) queued for {_hours(age)}; the oldest since {oldest}",
            f"有 {queued} 封摘要邮件已排队 {_hours(age)} 未发出"))
    if rejected:
        status.warnings.append(HealthWarning(
            "outbox_rejected", f"{rejected} digest message(s) were refused for good by the mail server "
            "(see `monitor outbox`); what they carried goes in the next digest",
            f"有 {rejected} 封摘要邮件被邮件服务器拒收，其内容将随下一期摘要重发"))


def _quiet(db: Database, config: Config, now: datetime, status: Status) -> None:
    newest = _parse(db.execute("SELECT max(first_seen_at) FROM articles").fetchone()[0])
    if newest is None:   # never an article: quiet since the first crawl
        newest = _parse(db.execute("SELECT min(started_at) FROM crawl_runs").fetchone()[0])
        if newest is None:
            return
    limit = timedelta(hours=config.health.max_quiet_hours)
    crawl_every = interval_seconds(config.schedule.crawl)
    if crawl_every:
        limit = max(limit, timedelta(seconds=2 * crawl_every))
    if now - newest > limit:
        status.warnings.append(HealthWarning(
            "quiet", f"no new article for {_hours(now - newest)} (expected within "
            f"{config.health.max_quiet_hours:g} h): is the site down, or has its listing layout changed?",
            f"已有 {_hours(now - newest)} 没有新文章，网站可能无法访问或栏目版式已变"))


def _parsing(db: Database, config: Config, now: datetime, status: Status) -> None:
    parsers = [r[0] for r in db.execute(f"SELECT parser FROM articles ORDER BY first_seen_at DESC, id DESC "
                                        f"LIMIT {SAMPLE}")]
    if len(parsers) >= MIN_SAMPLE:
        share = parsers.count("fallback") / len(parsers)
        if share > config.health.max_fallback_share:
            status.warnings.append(HealthWarning(
                "fallback", f"{share:.0%} of the last {len(parsers)} articles were parsed by the fallback "
                "parser: the site's article layout has probably changed (check with `monitor extract`)",
                f"最近 {len(parsers)} 篇文章中有 {share:.0%} 未能按已知版式解析，网站版式可能已变"))
    day = (now - timedelta(hours=24)).isoformat(timespec="seconds")
    failed = db.execute("SELECT count(*) FROM failures WHERE last_failed_at >= ? AND resolved_at IS NULL "
                        "AND stage != 'fetch'", [day]).fetchone()[0]
    stored = db.execute("SELECT count(*) FROM articles WHERE first_seen_at >= ?", [day]).fetchone()[0]
    if failed + stored >= MIN_SAMPLE and failed / (failed + stored) > config.health.max_failure_share:
        status.warnings.append(HealthWarning(
            "failures", f"{failed} of {failed + stored} article pages in the last 24 h could not be parsed: "
            "the site's article layout has probably changed",
            f"近24小时有 {failed} 个文章页无法解析，网站版式可能已变"))
