"""One source of truth for the schema's documentation: monitor/store/reference.toml describes
every table, view and column; README's blocks and Datasette's metadata are made from it."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from monitor.serve.metadata import build_metadata
from monitor.store.migrations import migrations
from monitor.store.reference import reference, rewrite_readme

README = Path(__file__).parents[1] / "README.md"


def schema() -> dict[str, list[str]]:
    """Every table and view of a freshly migrated database with its columns (FTS shadow
    tables left out: FTS5 makes them)."""
    db = Database(memory=True)
    migrations.apply(db)
    names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    virtual = {n for n in names if "VIRTUAL" in (db.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                                             [n]).fetchone()[0] or "").upper()}
    shadow = {n for n in names for v in virtual if n.startswith(v + "_")}
    return {n: [c[0] for c in db.execute(f"SELECT * FROM [{n}] LIMIT 0").description]
            for n in names if n not in shadow}


def test_every_table_view_and_column_of_the_schema_is_described():
    described = reference()
    tables = schema()
    assert set(tables) == set(described), "reference.toml and the schema disagree on the tables"
    for name, columns in tables.items():
        if described[name].kind == "search":
            continue
        missing = [c for c in columns if c not in described[name].columns]
        extra = [c for c in described[name].columns if c not in columns]
        assert not missing, f"{name}: columns without a description in reference.toml: {missing}"
        assert not extra, f"{name}: reference.toml describes columns that do not exist: {extra}"


def test_the_readme_blocks_are_generated_from_the_reference():
    text = README.read_text("utf-8")
    assert rewrite_readme(text) == text, "README is stale: run `python -m monitor.store.reference`"
    for name, ref in reference().items():
        if ref.kind != "search":
            assert f"<!-- reference: {name} -->" in text, f"README has no reference block for {name}"


def test_datasette_gets_the_same_descriptions_as_plain_text():
    meta = build_metadata("monitor")
    tables = meta["databases"]["monitor"]["tables"]
    assert tables["articles"]["columns"]["published_at"] == "publication time, 2023-11-23T09:02:00+08:00"
    assert tables["regions"]["columns"]["aliases"] == "other names found in text, separated by | (天祝县)"
    assert tables["crawl_runs"]["columns"]["ended_at"] == tables["crawl_runs"]["columns"]["started_at"]
    for hidden in ("_sqlite_migrations", "articles_fts", "articles_fts_data", "articles_bigram_idx"):
        assert tables[hidden]["hidden"] is True
    assert "hidden" not in tables["article_list"]
    json.dumps(meta)                                           # what --export-metadata writes
