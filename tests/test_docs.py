"""The README is the user's reference: every setting, table, column, command and option is in it.

A name counts as documented only in the first cell of a row of its own table (a mention in
another row's explanation does not), and the names to look for come from the code: the
configuration's tables and keys from `monitor.config.table_keys()` (what validation accepts),
columns from a freshly migrated database, commands and options from the click group."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from sqlite_utils import Database

from monitor.cli import cli
from monitor.config import RECIPIENT_KEYS, table_keys
from monitor.store.migrations import migrations

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
HEADINGS = {"sources": "[[sources]]", "layouts": "[layouts.NAME]"}   # the others: [table]


def section(title: str, text: str = README) -> str:
    """The text under the heading that starts with `title` in backticks, up to the next heading."""
    match = re.search(rf"^#+ `{re.escape(title)}`(?=[\s:]|$).*?$(.*?)(?=^#+ |\Z)", text, re.S | re.M)
    assert match, f"README has no section `{title}`"
    return match.group(1)


def first_cell(line: str) -> str:
    """A table row's first cell (a `\\|` inside it is a character, not a border)."""
    return re.split(r"(?<!\\)\|", line)[1]


def first_cells(text: str) -> list[list[str]]:
    """The names in backticks in the first cell of each table row (header rows have none)."""
    return [re.findall(r"`([^`]+)`", first_cell(line)) for line in text.splitlines() if line.startswith("|")]


def documented(text: str) -> set[str]:
    return {name for cell in first_cells(text) for name in cell}


def test_every_configuration_table_has_a_section():
    for table in table_keys():
        section(HEADINGS.get(table, f"[{table}]"))


@pytest.mark.parametrize("table", sorted(table_keys()))
def test_every_setting_is_documented_in_its_table_and_nothing_else_is(table):
    rows = documented(section(HEADINGS.get(table, f"[{table}]")))
    keys = set(table_keys()[table])
    assert not keys - rows, f"undocumented in README [{table}]: {sorted(keys - rows)}"
    assert not rows - keys, f"README [{table}] documents keys the configuration refuses: {sorted(rows - keys)}"


def test_a_recipients_table_keys_are_in_the_recipients_row():
    [row] = [line for line in section("[email]").splitlines() if line.startswith("| `recipients` |")]
    missing = [k for k in RECIPIENT_KEYS if f"{k} = " not in row]
    assert not missing, f"recipient keys not shown in the README's recipients row: {missing}"


def schema() -> dict[str, list[str]]:
    """Every table and view of a fresh database with its columns, without FTS5's own tables."""
    db = Database(memory=True)
    migrations.apply(db)
    names = [n for (n, sql) in db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view')")
             if "VIRTUAL" not in (sql or "").upper()]
    search = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
    return {n: [c[0] for c in db.execute(f"SELECT * FROM [{n}] LIMIT 0").description]
            for n in names if not any(n.startswith(v + "_") for v in search)}


def test_every_table_view_and_column_is_documented_in_its_own_table():
    tables = schema()
    assert {"articles", "indicators", "outbox", "indicator_series"} <= set(tables)   # the schema was read
    for table, columns in tables.items():
        rows = documented(section(table))
        missing = [c for c in columns if c not in rows]
        assert not missing, f"undocumented columns of {table}: {missing}"
    for virtual in ("articles_fts", "articles_bigram"):
        assert f"`{virtual}`" in section("articles_fts")


def commands_table() -> list[str]:
    """The first cells of the Commands table."""
    text = re.search(r"^## Commands$(.*?)^Global options", README, re.S | re.M).group(1)
    return [first_cell(line) for line in text.splitlines() if line.startswith("| `monitor ")]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_its_options_and_arguments_are_in_its_row(name):
    cells = " ".join(c for c in commands_table() if re.match(rf" `monitor {name}[ `]", c))
    assert cells, f"`monitor {name}` has no row in the README's Commands table"
    for param in cli.commands[name].params:
        if isinstance(param, click.Argument):
            shown = [(param.metavar or param.name.upper()).rstrip(".")]
        else:
            shown = param.opts + param.secondary_opts
        assert any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", cells) for s in shown), \
            f"`monitor {name}` {shown[0]} is not in its README row"


def test_every_global_option_is_documented():
    text = README.split("Global options", 1)[1].split("\n\n", 1)[0]
    for param in cli.params:
        if param.name != "version":
            assert any(f"`{opt}" in text for opt in param.opts), param.opts
