"""The database reference: one description per table, view and column (`reference.toml`).

README's "The database" and the Datasette metadata of `monitor serve` are both generated from
it, so they cannot disagree. `python -m monitor.store.reference [README]` rewrites the README's
blocks between `<!-- reference: NAME -->` and `<!-- /reference -->`; a test fails when they are
stale or when a column of the schema has no description.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["TableRef", "plain", "reference", "rewrite_readme", "table_markdown"]

_BLOCK = re.compile(r"<!-- reference: (\w+) -->\n.*?<!-- /reference -->", re.S)


@dataclass(frozen=True)
class TableRef:
    name: str
    title: str
    about: str
    kind: str                                   # table | view | search
    hidden: bool
    rows: tuple[tuple[tuple[str, ...], str], ...]   # README rows: (column names, meaning)

    @property
    def columns(self) -> dict[str, str]:
        """Every described column with its meaning (a shared row gives each of its columns)."""
        return {name: meaning for names, meaning in self.rows for name in names}


@cache
def reference() -> dict[str, TableRef]:
    """The reference, table name -> TableRef, in the file's order."""
    text = resources.files(__package__).joinpath("reference.toml").read_text("utf-8")
    out = {}
    for name, entry in tomllib.loads(text).items():
        rows = tuple((tuple(n.strip() for n in key.split(",")), meaning)
                     for key, meaning in entry.get("columns", {}).items())
        out[name] = TableRef(name, entry["title"], entry.get("about", "").strip(),
                             entry.get("kind", "table"), entry.get("hidden", False), rows)
    return out


def plain(markdown: str) -> str:
    """Markdown of a description as plain text (Datasette shows descriptions as text)."""
    return markdown.replace("`", "").replace("\\|", "|")


def table_markdown(ref: TableRef) -> str:
    """The README section of one table: heading, paragraph, column table."""
    view = " (view)" if ref.kind == "view" else ""
    parts = [f"### `{ref.name}`{view}: {ref.title}"]
    if ref.about:
        parts += ["", ref.about]
    if ref.rows:
        parts += ["", "| column | meaning |", "| --- | --- |"]
        parts += [f"| {', '.join(f'`{n}`' for n in names)} | {meaning} |" for names, meaning in ref.rows]
    return "\n".join(parts)


def rewrite_readme(text: str) -> str:
    """`text` with every reference block regenerated from reference.toml."""
    tables = reference()

    def block(match: re.Match[str]) -> str:
        name = match[1]
        if name not in tables:
            raise KeyError(f"README names {name!r}, which reference.toml does not describe")
        return f"<!-- reference: {name} -->\n{table_markdown(tables[name])}\n<!-- /reference -->"
    return _BLOCK.sub(block, text)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    old = target.read_text("utf-8")
    new = rewrite_readme(old)
    target.write_text(new, "utf-8")
    print(f"{target}: {'rewritten' if new != old else 'already current'}")
