"""`monitor crawl`, `monitor demo` and `monitor extract`: reading the site."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from .. import demo as demo_mod
from ..crawl.fetch import Fetcher
from ..crawl.pages import extract_inputs
from ..pipeline import run_once
from ..store import open_db
from ..store.lock import crawl_lock
from ._base import cli, echo, load, optional_config, printable, user_errors

__all__ = ["crawl", "demo", "extract"]


@cli.command()
@click.option("--backfill-pages", type=click.IntRange(min=1), metavar="N",
              help="Also read N older listing pages per channel, even past known articles.")
@click.option("--recheck", is_flag=True,
              help="Re-check every stored article inside the [recheck] window now, whatever the schedule.")
@click.pass_context
@user_errors
def crawl(ctx: click.Context, backfill_pages: int | None, recheck: bool) -> None:
    """Run one crawl cycle: discover, fetch, parse and store new articles; re-check stored ones."""
    config = load(ctx)
    progress = _ProgressBar() if backfill_pages and sys.stderr.isatty() else None
    with crawl_lock(config.database_path), Fetcher(config.http) as fetcher:
        db = open_db(config.database_path)
        report = run_once(config, db, fetcher, backfill_pages=backfill_pages,
                          on_progress=progress, recheck_all=recheck)
    if progress:
        progress.close()
    echo(report.summary())
    if report.errors:
        raise click.ClickException(printable("; ".join(report.errors)))


@cli.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the demo's database and config here [default: a new temp folder].")
@click.pass_context
@user_errors
def demo(ctx: click.Context, directory: Path | None) -> None:
    """Crawl the bundled replica site into a fresh database and show what was stored."""
    if not ctx.parent or not ctx.parent.params.get("verbose"):
        logging.getLogger().setLevel(logging.WARNING)   # the demo prints what the log would say
    target = directory or Path(tempfile.mkdtemp(prefix="gansu-monitor-demo-"))
    demo_mod.run_demo(target, echo)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--source", "source_name", help="Use this source's layouts [default: all layouts].")
@click.option("--url", "base_url", help="The URL the saved page came from (for its CMS id and links).")
@click.pass_context
@user_errors
def extract(ctx: click.Context, inputs: tuple[str, ...], source_name: str | None,
            base_url: str | None) -> None:
    """Parse saved pages or live URLs and print their fields as JSON lines."""
    config = optional_config(ctx)
    ok = extract_inputs(inputs, config, source_name, base_url, echo)
    if not ok:
        sys.exit(1)


class _ProgressBar:
    """A click progress bar over listing pages, for long backfills on a terminal."""

    def __init__(self) -> None:
        self._bar: Any = None

    def __call__(self, done: int, planned: int, stored: int) -> None:
        if self._bar is None:
            self._bar = click.progressbar(length=planned, label="backfill", file=sys.stderr,
                                          show_pos=True)
            self._bar.__enter__()
        self._bar.length = max(planned, done)
        self._bar.label = f"backfill ({stored} new articles)"
        self._bar.update(done - self._bar.pos)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
