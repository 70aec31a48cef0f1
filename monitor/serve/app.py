"""Datasette on the monitor's database: built with our metadata and plugin, served by uvicorn.

The database is opened read-only (Datasette's `mode=ro` connections, and `PRAGMA query_only`
from the plugin): a crawl writing at the same time is never blocked (WAL) and no page can write.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..errors import StoreError
from ..store import open_db
from ..store.migrations import migrations
from .metadata import build_metadata

__all__ = ["build_datasette", "database_name", "export_metadata", "prepare_database", "run_server"]

SETTINGS = {"facet_time_limit_ms": 500, "sql_time_limit_ms": 3000, "default_page_size": 50,
            "truncate_cells_html": 300}


def database_name(path: Path) -> str:
    """Datasette's name for the file (its stem): `db/monitor.db` -> `monitor`."""
    return path.stem


def prepare_database(path: Path) -> None:
    """Refuse a missing file; bring an older schema up to date (the one write, like every other
    command's start-up) so the views and indexes the pages use exist."""
    if not path.is_file():
        raise StoreError(f"no database at {path}: run `monitor crawl` (or `monitor demo`) first")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            pending = migrations.pending(Database(conn))
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the database {path}: {exc}") from exc
    if pending:
        open_db(path).close()


def _register_plugin() -> None:
    from datasette.plugins import pm

    from .. import serve
    if not any(p is serve for p in pm.get_plugins()):
        pm.register(serve, name="gansu_monitor")


def build_datasette(path: Path) -> Any:
    """A Datasette instance serving `path` with the monitor's metadata and plugin."""
    from datasette.app import Datasette

    _register_plugin()
    ds = Datasette([str(path)], metadata=build_metadata(database_name(path)), settings=SETTINGS)
    asyncio.run(ds.invoke_startup())
    return ds


def run_server(path: Path, host: str, port: int) -> None:
    import uvicorn

    ds = build_datasette(path)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)


def export_metadata(path: Path) -> str:
    """The metadata as JSON, for `datasette DB -m metadata.json` by hand."""
    return json.dumps(build_metadata(database_name(path)), ensure_ascii=False, indent=2)
