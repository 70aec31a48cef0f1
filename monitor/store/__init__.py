"""The SQLite database: opening and upgrading it (`open_db`), the one writer (`writes`) and
the read-side questions the pipeline and the CLI ask (`queries`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..errors import StoreError
from . import writes
from .migrations import migrations

__all__ = ["open_db"]


def open_db(path: str | Path) -> Database:
    """Open (creating if needed) the database in WAL mode and apply pending migrations."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30)
        db = Database(conn)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        migrations.apply(db)
        writes.sync_regions(db)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open the database {path}: {exc}") from exc
    return db
