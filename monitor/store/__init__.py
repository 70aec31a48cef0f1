"""The SQLite database: opening and upgrading it (`open_db`), the one writer (`writes`) and
the read-side questions the pipeline and the CLI ask (`queries`)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from ..errors import StoreError
from . import writes
from .migrations import migrations

__all__ = ["open_db"]


class _Database(Database):
    """sqlite-utils' Database whose write transactions take the write lock when they begin.

    `atomic()` in sqlite-utils begins with a plain (deferred) BEGIN: a transaction that reads
    before it writes (most of ours do) holds a snapshot, and if another connection commits in
    between (the daemon's crawl, digest and outbox jobs each have one) its first write fails at
    once with "database is locked", without waiting the busy timeout (SQLITE_BUSY_SNAPSHOT).
    BEGIN IMMEDIATE waits for the lock instead, up to the connection's timeout. (Found by
    bench/bench_soak.py: crawls every 5 s with a digest every minute.)"""

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            with super().atomic():   # nested: a savepoint
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.rollback()
            raise


def open_db(path: str | Path, *, write: bool = True) -> Database:
    """Open (creating if needed) the database in WAL mode and apply pending migrations.

    With write=False (the commands that only read: status, stats, search, indicators, digest
    --dry-run) a database this user cannot write (a read-only directory or file, a read-only
    mount) is opened read-only instead, provided it is up to date.
    """
    path = Path(path)
    if not write and path.exists() and not _writable(path):
        return _open_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30)
        db = _Database(conn)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        migrations.apply(db)
        writes.sync_regions(db)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open the database {path}: {_why(exc, path)}") from exc
    return db


def _writable(path: Path) -> bool:
    """Whether SQLite can write here: the file, and its directory (the -wal and -shm files)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _why(exc: Exception, path: Path) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, PermissionError) or "readonly" in text or "unable to open" in text:
        return f"{text} (can this user write {path.parent}?)"
    return text


def _open_read_only(path: Path) -> Database:
    """The database opened read-only. With no -wal file beside it no process has it open for
    writing, so it is opened as immutable: SQLite then needs no -shm file, which could not be
    created in a read-only directory."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    try:
        db = Database(sqlite3.connect(uri, uri=True, timeout=30))
        pending = [m.name for m in migrations.pending(db)]
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database {path} read-only: {exc}") from exc
    if pending:
        raise StoreError(f"the database {path} is read-only for this user and needs an upgrade this version "
                         f"brings ({', '.join(pending)}): run a command that writes (monitor crawl) as its owner")
    return db
