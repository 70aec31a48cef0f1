"""Write db/schema.sql, the current schema for people who query the database, from the
migrations: `python -m monitor.store.schema [PATH]`. A test fails when it is out of date."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlite_utils import Database

from .migrations import migrations

__all__ = ["current_schema"]

_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")


def current_schema() -> str:
    db = Database(memory=True)
    migrations.apply(db)
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid"
    ).fetchall()
    fts = {name for _, name, sql in rows if "VIRTUAL TABLE" in sql.upper()}
    parts = ["-- The schema of the gansu-monitor database, generated from monitor/store/migrations.py",
             "-- by `python -m monitor.store.schema`. Do not edit: add a migration instead.", ""]
    for _, name, sql in rows:
        if any(name == f + s for f in fts for s in _SHADOW):
            continue  # FTS5's own shadow tables
        parts.append(sql.strip() + ";\n")
    return "\n".join(parts)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "db/schema.sql")
    target.write_text(current_schema(), encoding="utf-8")
    print(f"wrote {target}")
