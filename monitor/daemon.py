"""`monitor run`: the scheduler, its jobs, and a clean stop.

    crawl job    run_once (under the crawl lock), then send what is due in the outbox
    digest job   queue a digest of everything unreported (with a health section when something is
                 wrong), then send it
    outbox job   every minute: send queued digests whose retry time has come

Each job run is recorded in `job_runs`; the daemon's heartbeat and next runs are in
`daemon_state`, which `monitor status` reads. SIGTERM or SIGINT: no new job starts, a running
crawl stops before its next article (the article in hand is committed or rolled back, never
half-written), and the process exits 0 within STOP_TIMEOUT_S. A crash or kill at any moment
leaves the database for the next start to continue from: every write is one transaction.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import FrameType
from typing import Any

from . import health
from .config import Config
from .crawl.fetch import Fetcher
from .digest.outbox import deliver_due, queue_digest
from .errors import MonitorError, StoreError
from .pipeline import run_once
from .schedule import build_scheduler
from .store import open_db, writes
from .store.lock import crawl_lock, daemon_lock, outbox_lock

__all__ = ["HEARTBEAT_S", "STOP_TIMEOUT_S", "Daemon", "run_daemon"]

log = logging.getLogger(__name__)

HEARTBEAT_S = 30.0       # daemon_state.heartbeat_at is written this often
STOP_TIMEOUT_S = 8.0     # after SIGTERM, running jobs get this long before the process exits anyway


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(when: datetime | None = None) -> str:
    return (when or _now()).astimezone(UTC).isoformat(timespec="seconds")


class Daemon:
    """The jobs, with their records; separate from signals and the main loop so tests can run a
    job directly."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.stop = threading.Event()
        self._running: set[str] = set()
        self._lock = threading.Lock()
        self._crawled_once = False   # the first crawl starts at once; later ones after a random wait

    @contextmanager
    def _tracked(self, name: str) -> Iterator[None]:
        """Mark a job as running, so a stop waits for it (up to STOP_TIMEOUT_S)."""
        with self._lock:
            self._running.add(name)
        try:
            yield
        finally:
            with self._lock:
                self._running.discard(name)

    def _job(self, name: str, body: Callable[[Any, int], tuple[str, dict[str, int | None]]]) -> None:
        if self.stop.is_set():
            return
        with self._tracked(name):
            self._run_job(name, body)

    def _run_job(self, name: str, body: Callable[[Any, int], tuple[str, dict[str, int | None]]]) -> None:
        db = open_db(self.config.database_path)   # one connection per job run: they run in threads
        job_id = writes.start_job(db, name, _stamp())
        outcome: str = "failed"
        counts: dict[str, int | None] = {}
        error: str | None = None
        try:
            outcome, counts = body(db, job_id)
        except StoreError as exc:
            error = str(exc)
            log.error("%s job: %s", name, exc)
        except MonitorError as exc:
            error = str(exc)
            log.error("%s job failed: %s", name, exc)
        except Exception as exc:   # a bug must not stop the daemon: the next run tries again
            error = f"unexpected error: {exc!r}"
            log.exception("%s job: unexpected error; the daemon goes on", name)
        finally:
            try:
                writes.finish_job(db, job_id, _stamp(), outcome, error=error, **counts)
            except StoreError as exc:   # the row stays `running`; the next start closes it
                log.error("%s job: could not record its end: %s", name, exc)
            finally:
                db.conn.close()

    @property
    def running_jobs(self) -> set[str]:
        with self._lock:
            return set(self._running)

    def crawl(self) -> None:
        jitter = self.config.schedule.crawl_jitter_s
        if self._crawled_once and jitter and self.stop.wait(random.uniform(0, jitter)):
            return   # asked to stop while waiting
        self._crawled_once = True

        def body(db: Any, job_id: int) -> tuple[str, dict[str, int | None]]:
            try:
                with crawl_lock(self.config.database_path), Fetcher(self.config.http) as fetcher:
                    report = run_once(self.config, db, fetcher, stop=self.stop.is_set)
            except StoreError as exc:
                if "another crawl" in str(exc):
                    log.warning("crawl job: %s; skipping this run", exc)
                    return "skipped", {}
                raise
            log.info("%s", report.summary())
            sent = self._deliver(db)
            outcome = "stopped" if self.stop.is_set() else ("partial" if report.errors else "ok")
            return outcome, {"crawl_run_id": report.run_id, "articles": report.new_articles,
                             "indicators": report.indicators, "flagged": report.flagged, "sent": sent}
        self._job("crawl", body)

    def digest(self) -> None:
        def body(db: Any, job_id: int) -> tuple[str, dict[str, int | None]]:
            if self.config.email is None:
                return "skipped", {}
            status = health.check(db, self.config, _now())
            queued = queue_digest(db, self.config, _now(), tuple(status.warnings))
            sent = self._deliver(db)
            return "ok", {"queued": queued.messages, "sent": sent}
        self._job("digest", body)

    def outbox(self) -> None:
        if self.config.email is None or self.stop.is_set():
            return
        with self._tracked("outbox"):
            db = open_db(self.config.database_path)
            try:
                self._deliver(db)
            except MonitorError as exc:
                log.error("outbox: %s", exc)
            except Exception:
                log.exception("outbox: unexpected error; tried again in a minute")
            finally:
                db.conn.close()

    def _deliver(self, db: Any) -> int:
        if self.config.email is None:
            return 0
        try:
            with outbox_lock(self.config.database_path):
                return deliver_due(db, self.config.email, _now()).sent
        except StoreError as exc:
            if "sending the outbox" in str(exc):
                return 0   # another process is sending it right now
            raise

    def missed(self, job: str, scheduled_for: datetime, outcome: str = "missed") -> None:
        db = open_db(self.config.database_path)
        try:
            writes.record_missed(db, job, _stamp(scheduled_for), _stamp(), outcome)
        finally:
            db.conn.close()

    def skipped(self, job: str, scheduled_for: datetime) -> None:
        self.missed(job, scheduled_for, "skipped")


def run_daemon(config: Config, *, install_signals: bool = True) -> int:
    """Run until SIGTERM or SIGINT; returns the exit status (0 for a clean stop)."""
    daemon = Daemon(config)
    with daemon_lock(config.database_path):
        scheduler = build_scheduler(config.schedule, crawl=daemon.crawl,
                                    digest=daemon.digest if config.email else None,
                                    outbox=daemon.outbox if config.email else None, on_missed=daemon.missed,
                                    on_skipped=daemon.skipped)
        db = open_db(config.database_path)
        if install_signals:
            def on_signal(signum: int, frame: FrameType | None) -> None:
                log.info("%s received: stopping (the crawl in hand stops before its next article)",
                         signal.Signals(signum).name)
                daemon.stop.set()
            signal.signal(signal.SIGTERM, on_signal)
            signal.signal(signal.SIGINT, on_signal)
        if config.email is None:
            log.warning("no [email] in %s: crawling only, no digests", config.path)
        writes.daemon_started(db, os.getpid(), _stamp(), config.schedule.crawl, config.schedule.digest)
        scheduler.start()
        log.info("monitor run: crawl %s, digest %s (%s); database %s", config.schedule.crawl,
                 config.schedule.digest if config.email else "off", config.schedule.timezone,
                 config.database_path)
        try:
            while True:
                try:
                    writes.daemon_heartbeat(db, _stamp(), *_next_runs(scheduler))
                except StoreError as exc:   # a busy database must not end the daemon
                    log.error("could not write the heartbeat (trying again in %.0f s): %s", HEARTBEAT_S, exc)
                if daemon.stop.wait(HEARTBEAT_S):
                    break
        finally:
            scheduler.shutdown(wait=False)
            deadline = _now().timestamp() + STOP_TIMEOUT_S
            while daemon.running_jobs and _now().timestamp() < deadline:
                daemon.stop.wait(0.1)
            left = daemon.running_jobs
            if daemon.stop.is_set():   # asked to stop: a clean stop. Anything else leaves the
                try:                   # heartbeat to age, and `monitor status` reports it
                    writes.daemon_stopped(db, _stamp())
                except StoreError as exc:
                    log.error("could not record the stop: %s", exc)
            db.conn.close()
        if left:
            log.warning("stopping without waiting for the %s job any longer: its open transaction, if any, "
                        "is rolled back; the next start continues", ", ".join(sorted(left)))
            logging.shutdown()
            os._exit(0)   # the job's thread would keep the interpreter alive
        log.info("stopped")
    return 0


def _next_runs(scheduler: Any) -> tuple[str | None, str | None]:
    out: list[str | None] = []
    for job_id in ("crawl", "digest"):
        job = scheduler.get_job(job_id)
        out.append(_stamp(job.next_run_time) if job is not None and job.next_run_time else None)
    return out[0], out[1]
