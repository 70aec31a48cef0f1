"""`monitor stats`, `search`, `indicators`, `series` and `failures`: reading the database."""

from __future__ import annotations

import json
import sys

import click

from .. import economy
from ..indicators import INDICATOR_KINDS
from ..indicators.lexicon import lexicon
from ..indicators.render import render_indicators
from ..indicators.series import group_series, render_series
from ..pipeline import utc_now
from ..store import fts, open_db, queries
from ..store.fts import snippet
from ..store.lock import crawl_lock
from ..tables import csv_text, format_table
from ._base import SINCE, cli, echo, emit, load, printable, region_scope, user_errors

__all__ = ["failures", "indicators", "search", "series", "stats"]


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
@user_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts of stored articles, parsers, failures and crawl runs."""
    figures = queries.stats(open_db(load(ctx).database_path, write=False))
    if as_json:
        echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        echo(f"{key:>20}  {value if value is not None else '-'}")


@cli.command()
@click.argument("words", nargs=-1, required=True, metavar="WORD...")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="At most this many articles.")
@click.pass_context
@user_errors
def search(ctx: click.Context, words: tuple[str, ...], limit: int) -> None:
    """Full-text search of titles and bodies: articles containing every word, best match first."""
    query = " ".join(words)
    rows = queries.search_articles(open_db(load(ctx).database_path, write=False), query, limit)
    color = sys.stdout.isatty()
    for row in rows:   # text from the site is made printable first; then our own markers go in
        line = snippet(printable(row["body"]), query, ("\x00", "\x01"))
        line = (line.replace("\x00", "\x1b[1;31m").replace("\x01", "\x1b[0m") if color
                else line.replace("\x00", "【").replace("\x01", "】"))
        echo(f"{row['published_at'][:10]}  {row['region'] or '-'}  {row['title']}")
        click.echo(f"    {line}\n    {printable(row['url'])}")
    if not rows:
        echo(f"no article contains {query!r}" if fts.words(query) else
             f"nothing to search for in {query!r}: give a word (Chinese, letters or digits)", err=True)


@cli.command()
@click.option("--region", help="Only this region: a county (临泽, 临泽县, 620723), a prefecture with its "
                               "counties (张掖), or 全省.")
@click.option("--name", "names", multiple=True,
              help="Only this indicator (固定资产投资, or a synonym such as 固投); repeatable.")
@click.option("--flagged", is_flag=True, help="Only new indicators, new periods and revisions.")
@click.option("--since", type=SINCE,
              help="Only from articles published on or after this date (YYYY-MM-DD, YYYY/MM/DD, 7d, 4w).")
@click.option("--kind", type=click.Choice(sorted(INDICATOR_KINDS)), help="Only this kind of figure.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows [default: all].")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--excel", is_flag=True, help="CSV with a byte order mark for Excel (always so into a file).")
@click.option("-v", "--verbose", is_flag=True, help="Table: each row's evidence sentence and link.")
@click.option("--reextract", is_flag=True,
              help="First read every stored article again with this version's extractor.")
@click.pass_context
@user_errors
def indicators(ctx: click.Context, region: str | None, names: tuple[str, ...], flagged: bool,
               since: str | None, kind: str | None, limit: int | None, fmt: str, excel: bool,
               verbose: bool, reextract: bool) -> None:
    """Economic indicators found in the stored articles, newest first."""
    config = load(ctx)
    scope = region_scope(region)
    db = open_db(config.database_path, write=reextract)
    if reextract:
        with crawl_lock(config.database_path):
            report = economy.read_stored(db, utc_now(), everything=True)
        click.echo(report.summary(), err=True)
    wanted = tuple(lexicon().canonical(n) or n for n in names)
    rows = queries.find_indicators(db, region_codes=scope.codes, names=wanted, flagged=flagged,
                                   since=since, kind=kind, limit=limit)
    if region:
        click.echo(f"地区：{scope.label}", err=fmt != "table")
    emit(render_indicators(rows, fmt, verbose), fmt, excel)
    if not rows:
        click.echo("no indicators match", err=True)


@cli.command()
@click.option("--region", help="A county (临泽, 620723), a prefecture with its counties (张掖), or 全省 "
                               "[default: everywhere].")
@click.option("--name", required=True, help="The indicator: 固定资产投资, or a synonym such as 固投.")
@click.option("--kind", type=click.Choice(sorted(INDICATOR_KINDS)), help="Only this kind of figure.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--excel", is_flag=True, help="CSV with a byte order mark for Excel (always so into a file).")
@click.pass_context
@user_errors
def series(ctx: click.Context, region: str | None, name: str, kind: str | None, fmt: str,
           excel: bool) -> None:
    """One indicator's series, in period order, with a sparkline: per region and kind."""
    scope = region_scope(region)
    canonical = lexicon().canonical(name) or name.strip()
    rows = queries.series_rows(open_db(load(ctx).database_path, write=False), canonical, scope.codes, kind)
    found = group_series(rows)
    if fmt == "table":
        echo(f"地区：{scope.label} · 指标：{canonical}")
        echo(render_series(found))
    else:
        flat = [row for s in found for row in s.rows]
        emit(json.dumps(flat, ensure_ascii=False, indent=2) if fmt == "json" else csv_text(flat), fmt, excel)
    if not found:
        click.echo(f"no observations of {canonical} in {scope.label}", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the failures as JSON.")
@click.pass_context
@user_errors
def failures(ctx: click.Context, as_json: bool) -> None:
    """Pages that could not be fetched or parsed and are not resolved: why, and when they are tried again."""
    config = load(ctx)
    rows = queries.open_failures(open_db(config.database_path, write=False))
    for row in rows:
        limit = min(row.pop("max_attempts") or config.crawl.max_attempts, config.crawl.max_attempts)
        row["next_try"] = (f"never (max_attempts {limit} reached)" if row["attempts"] >= limit
                           else row.pop("next_crawl_at") or "at the next crawl")
        row.pop("next_crawl_at", None)
    if as_json:
        echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif rows:
        echo(format_table(["url", "stage", "reason", "attempts", "last failed", "next try"], [
            [r["url"], r["stage"], r["reason"], str(r["attempts"]), r["last_failed_at"][:16], r["next_try"]]
            for r in rows], max_width=70))
    if not rows:
        click.echo("no open failures", err=True)
