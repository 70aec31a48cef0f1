"""`monitor stats`, `monitor search` and `monitor indicators`: reading the database."""

from __future__ import annotations

import json
from typing import Any

import click

from .. import economy
from ..indicators import INDICATOR_KINDS, gazetteer
from ..indicators.lexicon import lexicon
from ..indicators.render import render_indicators
from ..pipeline import utc_now
from ..store import open_db, queries
from ..store.lock import crawl_lock
from ._base import cli, echo, load, user_errors

__all__ = ["indicators", "search", "stats"]


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
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="At most this many articles.")
@click.pass_context
@user_errors
def search(ctx: click.Context, words: tuple[str, ...], limit: int) -> None:
    """Full-text search of titles and bodies: articles containing every word."""
    query = " ".join(words)
    rows = queries.search_articles(open_db(load(ctx).database_path, write=False), query, limit)
    for row in rows:
        echo(f"{row['id']}  {row['published_at'][:16]}  {row['title']}  {row['url']}")
    if not rows:
        echo(f"no article contains {query!r}", err=True)


@cli.command()
@click.option("--region", help="Only this region: a name, short name or code (临泽, 临泽县, 620723).")
@click.option("--name", "names", multiple=True,
              help="Only this indicator (固定资产投资, or a synonym such as 固投); repeatable.")
@click.option("--flagged", is_flag=True, help="Only new indicators, new periods and revisions.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Only from articles published on or after this date (YYYY-MM-DD).")
@click.option("--kind", type=click.Choice(sorted(INDICATOR_KINDS)), help="Only this kind of figure.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows [default: all].")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--reextract", is_flag=True,
              help="First read every stored article again with this version's extractor.")
@click.pass_context
@user_errors
def indicators(ctx: click.Context, region: str | None, names: tuple[str, ...], flagged: bool,
               since: Any, kind: str | None, limit: int | None, fmt: str, reextract: bool) -> None:
    """Economic indicators found in the stored articles, newest first."""
    config = load(ctx)
    db = open_db(config.database_path, write=reextract)
    if reextract:
        with crawl_lock(config.database_path):
            report = economy.read_stored(db, utc_now(), everything=True)
        click.echo(report.summary(), err=True)
    region_code = None
    if region:
        found = gazetteer().lookup(region) or gazetteer().regions.get(region.strip())
        if found is None:
            raise click.BadParameter(f"{region!r} is not a Gansu region; use a name such as 临泽, "
                                     "临泽县 or a code such as 620723", param_hint="--region")
        region_code = found.code
    wanted = tuple(lexicon().canonical(n) or n for n in names)
    rows = queries.find_indicators(db, region_code=region_code, names=wanted, flagged=flagged,
                                   since=since.strftime("%Y-%m-%d") if since else None, kind=kind,
                                   limit=limit)
    echo(render_indicators(rows, fmt), nl=fmt != "csv" or not rows)
    if not rows:
        click.echo("no indicators match", err=True)
