"""Datasette's metadata for the monitor's database: titles, the source note, a description of
every table and column (from monitor/store/reference.toml, the README's source too), which
tables are hidden, default sorts and facets, and the canned queries (`canned.py`)."""

from __future__ import annotations

from typing import Any

from datasette.utils import tilde_encode

from ..store.reference import TableRef, plain, reference
from .canned import canned_queries

__all__ = ["TITLE", "build_metadata"]

TITLE = "甘肃县域经济监测 · gansu-monitor"
_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")
_SEARCH = {"fts_table": "articles_bigram", "fts_pk": "id"}
# How each browsing table opens: newest first, with the facets a reader filters by.
_BROWSE: dict[str, dict[str, Any]] = {
    "article_list": {"sort_desc": "published_at", "facets": ["prefecture", "region", "source", "origin"],
                     **_SEARCH},
    "indicator_list": {"sort_desc": "published_at",
                       "facets": ["prefecture", "region", "indicator", "flag", "kind", "source"]},
    "articles": {"sort_desc": "published_at", "label_column": "title", "facets": ["source", "parser"],
                 **_SEARCH},
    "indicators": {"sort_desc": "id", "facets": ["flag", "kind", "region"]},
    "failures": {"sort_desc": "last_failed_at", "facets": ["stage", "source"]},
    "crawl_runs": {"sort_desc": "id"},
    "job_runs": {"sort_desc": "id", "facets": ["job", "outcome"]},
    "regions": {"label_column": "name", "facets": ["level", "parent"]},
}


def _description(ref: TableRef) -> str:
    return plain(ref.title + (f". {ref.about}" if ref.about else ""))


def _table(ref: TableRef) -> dict[str, Any]:
    entry: dict[str, Any] = {"description": _description(ref)}
    if ref.hidden or ref.kind == "search":
        entry["hidden"] = True
    if ref.columns:
        entry["columns"] = {name: plain(meaning) for name, meaning in ref.columns.items()}
    return entry | _BROWSE.get(ref.name, {})


def _links(prefix: str) -> str:
    links = [("文章", f"{prefix}/article_list"), ("指标", f"{prefix}/indicator_list"),
             ("地区页面与趋势图", "/county")]
    links += [(name, f"{prefix}/{tilde_encode(name)}") for name in canned_queries()]
    return " · ".join(f'<a href="{href}">{label}</a>' for label, href in links)


def build_metadata(database: str) -> dict[str, Any]:
    """The metadata for Datasette serving the monitor's database under the name `database`
    (the file name without `.db`)."""
    tables = {name: _table(ref) for name, ref in reference().items()}
    for index in ("articles_fts", "articles_bigram"):
        tables |= {index + suffix: {"hidden": True} for suffix in _SHADOW}
    about = ("Articles from the Gansu channels of 中国甘肃网 and 每日甘肃网, and the economic "
             "indicators the monitor read in them. Figures are machine-read: check the evidence "
             "sentence before quoting one.")
    return {
        "title": TITLE,
        "description_html": f"<p>{about}</p><p>{_links('/' + database)}</p>",
        "source": "中国甘肃网 gansu.gscn.com.cn · 每日甘肃网 gansu.gansudaily.com.cn",
        "source_url": "http://gansu.gscn.com.cn/",
        "license": "Article text © its publishers; for research and monitoring",
        "databases": {database: {
            "title": TITLE,
            "description_html": f"<p>{about}</p><p>{_links('/' + database)}</p>",
            "tables": tables,
            "queries": canned_queries(),
        }},
        "plugins": {"gansu-monitor": {"database": database}},
    }
