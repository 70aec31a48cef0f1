"""The Datasette plugin: SQL functions for Chinese search, links in table cells, the region and
article pages, and read-only connections.

It acts only on a database that has the monitor's `articles_bigram` index, so installed next
to Datasette it leaves other databases alone. `monitor serve` registers it; `datasette` finds
it through the `datasette` entry point of the gansu-monitor package.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar, cast

from datasette import hookimpl as _hookimpl
from markupsafe import Markup, escape

from ..indicators.lexicon import lexicon
from ..store.fts import match_expression, snippet
from . import pages

__all__ = ["MARK", "extra_css_urls", "prepare_connection", "register_routes", "render_cell"]

F = TypeVar("F", bound=Callable[..., Any])


def hookimpl(func: F) -> F:
    """Datasette's hookimpl marker, typed (Datasette ships no type information)."""
    return cast(F, _hookimpl(func))


def hookimpl_last(func: F) -> F:
    """The same, called after the other plugins' implementations of the hook."""
    return cast(F, _hookimpl(trylast=True)(func))


MARK = ("\u27e6", "\u27e7")   # ⟦ ⟧: what search_snippet wraps the words in (never in news text)


def _is_monitor_db(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_bigram'").fetchone() is not None


def bigram_query(words: str | None) -> str:
    """SQL function: the user's words as the `articles_bigram MATCH` expression."""
    return match_expression(words or "")


def search_snippet(text: str | None, words: str | None) -> str:
    """SQL function: where the words occur in `text`, each wrapped in ⟦ ⟧."""
    return snippet(text or "", words or "", MARK)


def indicator_name(name: str | None) -> str:
    """SQL function: the canonical name of an indicator or synonym (固投 -> 固定资产投资)."""
    name = (name or "").strip()
    return lexicon().canonical(name) or name


@hookimpl_last   # after Datasette's own prepare_connection, so that escape_fts stays ours
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    if not _is_monitor_db(conn):
        return
    conn.execute("PRAGMA query_only = 1")   # no page or parameter can write, whatever the SQL
    conn.execute("PRAGMA cache_size = -32768")   # 32 MB: a region's rows stay cached between pages
    conn.create_function("bigram_query", 1, bigram_query, deterministic=True)
    conn.create_function("search_snippet", 2, search_snippet, deterministic=True)
    conn.create_function("indicator_name", 1, indicator_name, deterministic=True)
    # The table search box runs `fts MATCH escape_fts(:search)`; on this database every table's
    # search goes to articles_bigram (metadata fts_table), whose words need bigram_query.
    conn.create_function("escape_fts", 1, bigram_query, deterministic=True)


_LISTS = ("article_list", "indicator_list", None)   # None: a canned query


def _article_id(row: Any, table: str | None) -> int | None:
    """The article a row is about: its `article_id`, or its `id` in the articles' tables."""
    keys = row.keys()
    value = row["article_id"] if "article_id" in keys else \
        row["id"] if table in ("articles", "article_list") and "id" in keys else None
    return value if isinstance(value, int) else None   # a user's own SQL may give anything


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | None:
    if database != pages.monitor_database(datasette) or value in (None, "") or isinstance(value, dict):
        return None
    if column == "title":
        article = _article_id(row, table)
        if article is not None:
            return Markup('<a href="{}">{}</a>').format(datasette.urls.path(f"/article/{article}"), value)
    names = row.keys()   # a sqlite3.Row: `in row` would look at the values
    if column == "region" and "region_code" in names and row["region_code"]:
        return Markup('<a href="{}">{}</a>').format(datasette.urls.path(f"/county/{row['region_code']}"), value)
    if column == "published_at" and table in _LISTS and isinstance(value, str):
        return Markup("{}").format(value[:16].replace("T", " "))
    if column == "url" and table in _LISTS and isinstance(value, str) and value.startswith(("http://", "https://")):
        return Markup('<a href="{}" rel="noreferrer">原文</a>').format(value)
    if column == "snippet" and isinstance(value, str):
        marked = escape(value).replace(MARK[0], Markup("<mark>")).replace(MARK[1], Markup("</mark>"))
        return Markup(marked)
    return None


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.path("/-/gansu-monitor.css")]


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/gansu-monitor\.css$", pages.stylesheet),
        (r"^/county/?$", pages.regions_index),
        (r"^/county/(?P<code>[^/]+)$", pages.region_page),
        (r"^/article/(?P<id>[^/]+)$", pages.article_page),
    ]
