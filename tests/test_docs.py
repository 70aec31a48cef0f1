"""The README is the user's reference: every setting, table, column and command is in it."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.cli import cli
from monitor.config import (
    CrawlSettings,
    EmailSettings,
    HealthSettings,
    HttpSettings,
    Layout,
    RecheckSettings,
    ScheduleSettings,
)
from monitor.store.migrations import migrations

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
SOURCE_KEYS = ["name", "listing_urls", "allowed_hosts", "page_url_pattern", "layouts", "selectors",
               "article_url_pattern", "listing_selector"]


def section(title: str) -> str:
    match = re.search(rf"^#+ `?{re.escape(title)}`?.*?$(.*?)(?=^#+ )", README, re.S | re.M)
    assert match, f"README has no section {title!r}"
    return match.group(1)


@pytest.mark.parametrize(("heading", "keys"), [
    ("[http]", [f.name for f in fields(HttpSettings)]),
    ("[crawl]", [f.name for f in fields(CrawlSettings)]),
    ("[[sources]]", SOURCE_KEYS),
    ("[layouts.NAME]", [f.name for f in fields(Layout) if f.name != "name"]),
    ("[schedule]", [f.name for f in fields(ScheduleSettings)]),
    ("[email]", [f.name for f in fields(EmailSettings)]),
    ("[health]", [f.name for f in fields(HealthSettings)]),
    ("[recheck]", [f.name for f in fields(RecheckSettings)]),
])
def test_every_setting_is_documented(heading, keys):
    text = section(heading)
    missing = [k for k in keys if f"`{k}`" not in text]
    assert not missing, f"undocumented in README {heading}: {missing}"


def test_every_table_and_column_is_documented():
    db = Database(memory=True)
    migrations.apply(db)
    for table in ("articles", "crawl_runs", "failures", "skipped", "crawl_queue", "listing_cache", "regions",
                  "indicators", "job_runs", "digests", "outbox", "daemon_state", "article_versions", "article_events"):
        text = section(f"{table}")
        missing = [c.name for c in db[table].columns if f"`{c.name}`" not in text]
        assert not missing, f"undocumented columns of {table}: {missing}"
    for virtual in ("articles_fts", "articles_bigram"):
        assert f"`{virtual}`" in README
    view = section("indicator_series")
    missing = [c for c in db.execute("SELECT * FROM indicator_series LIMIT 0").description
               if f"`{c[0]}`" not in view]
    assert not missing, f"undocumented columns of indicator_series: {missing}"


def test_every_command_is_documented():
    for name in cli.commands:
        assert f"`monitor {name}" in README, name
