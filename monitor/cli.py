"""The `monitor` command: parse arguments, build objects, call the library, print.

No logic lives here; every MonitorError becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from . import demo as demo_mod
from . import economy, health
from .config import Config, builtin_layouts, load_config, resolve_config_path
from .crawl.fetch import Fetcher
from .crawl.pages import extract_inputs
from .errors import ConfigError, MonitorError
from .indicators import INDICATOR_KINDS, gazetteer
from .indicators.lexicon import lexicon
from .indicators.render import render_indicators
from .logs import setup_logging
from .pipeline import run_once, utc_now
from .status import render_status
from .store import open_db, queries
from .store.lock import crawl_lock, outbox_lock

__all__ = ["cli", "main"]

F = TypeVar("F", bound=Callable[..., Any])
NBSP = "\u00a0"   # digest subjects use no-break spaces (see digest/content.subject)


def _user_errors(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from None
    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file [default: $MONITOR_CONFIG or config/monitor.toml].")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Log lines on stderr as text or as JSON objects.")
@click.option("-v", "--verbose", count=True, help="More log detail (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors in the log.")
@click.version_option(package_name="gansu-monitor")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, log_format: str, verbose: int,
        quiet: bool) -> None:
    """Monitor county-economy news from gansu.gscn.com.cn into a SQLite database."""
    setup_logging(log_format, -1 if quiet else verbose)
    ctx.obj = {"config_path": config_path}


def _config(ctx: click.Context) -> Config:
    return load_config(ctx.obj["config_path"])


@cli.command()
@click.option("--backfill-pages", type=click.IntRange(min=1), metavar="N",
              help="Also read N older listing pages per channel, even past known articles.")
@click.pass_context
@_user_errors
def crawl(ctx: click.Context, backfill_pages: int | None) -> None:
    """Run one crawl cycle: discover, fetch, parse and store new articles."""
    config = _config(ctx)
    progress = _ProgressBar() if backfill_pages and sys.stderr.isatty() else None
    with crawl_lock(config.database_path), Fetcher(config.http) as fetcher:
        db = open_db(config.database_path)
        report = run_once(config, db, fetcher, backfill_pages=backfill_pages,
                          on_progress=progress)
    if progress:
        progress.close()
    click.echo(report.summary())
    if report.errors:
        raise click.ClickException("; ".join(report.errors))


@cli.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the demo's database and config here [default: a new temp folder].")
@click.pass_context
@_user_errors
def demo(ctx: click.Context, directory: Path | None) -> None:
    """Crawl the bundled replica site into a fresh database and show what was stored."""
    if not ctx.parent or not ctx.parent.params.get("verbose"):
        logging.getLogger().setLevel(logging.WARNING)   # the demo prints what the log would say
    target = directory or Path(tempfile.mkdtemp(prefix="gansu-monitor-demo-"))
    demo_mod.run_demo(target, click.echo)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--source", "source_name", help="Use this source's layouts [default: all layouts].")
@click.option("--url", "base_url", help="The URL the saved page came from (for its CMS id and links).")
@click.pass_context
@_user_errors
def extract(ctx: click.Context, inputs: tuple[str, ...], source_name: str | None,
            base_url: str | None) -> None:
    """Parse saved pages or live URLs and print their fields as JSON lines."""
    config = _optional_config(ctx)
    ok = extract_inputs(inputs, config, source_name, base_url, click.echo)
    if not ok:
        sys.exit(1)


def _optional_config(ctx: click.Context) -> Config | None:
    """The configuration, or None when the default file is absent (extract works without)."""
    try:
        return _config(ctx)
    except ConfigError as exc:
        explicit = ctx.obj["config_path"] is not None or "MONITOR_CONFIG" in os.environ
        if explicit or resolve_config_path(None).exists():
            raise
        click.echo(f"note: {exc.path} not found; using the built-in layouts "
                   f"({', '.join(builtin_layouts())})", err=True)
        return None


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
@_user_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts of stored articles, parsers, failures and crawl runs."""
    figures = queries.stats(open_db(_config(ctx).database_path))
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        click.echo(f"{key:>20}  {value if value is not None else '-'}")


@cli.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="At most this many articles.")
@click.pass_context
@_user_errors
def search(ctx: click.Context, words: tuple[str, ...], limit: int) -> None:
    """Full-text search of titles and bodies: articles containing every word."""
    query = " ".join(words)
    rows = queries.search_articles(open_db(_config(ctx).database_path), query, limit)
    for row in rows:
        click.echo(f"{row['id']}  {row['published_at'][:16]}  {row['title']}  {row['url']}")
    if not rows:
        click.echo(f"no article contains {query!r}", err=True)


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
@_user_errors
def indicators(ctx: click.Context, region: str | None, names: tuple[str, ...], flagged: bool,
               since: Any, kind: str | None, limit: int | None, fmt: str, reextract: bool) -> None:
    """Economic indicators found in the stored articles, newest first."""
    config = _config(ctx)
    db = open_db(config.database_path)
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
    click.echo(render_indicators(rows, fmt), nl=fmt != "csv" or not rows)
    if not rows:
        click.echo("no indicators match", err=True)


@cli.command()
@click.pass_context
@_user_errors
def run(ctx: click.Context) -> None:
    """Run as a daemon: crawl and send digests on the [schedule] until SIGTERM or Ctrl-C."""
    from .daemon import run_daemon  # APScheduler: only the daemon needs it

    sys.exit(run_daemon(_config(ctx)))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
@_user_errors
def status(ctx: click.Context, as_json: bool) -> None:
    """Last and next runs, today's counts, failures, the outbox, and warnings. Exit 1 when unhealthy."""
    config = _config(ctx)
    result = health.check(open_db(config.database_path), config, datetime.now(UTC))
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_status(result, config))
    if not result.healthy:
        sys.exit(1)


@cli.command()
@click.option("--dry-run", is_flag=True, help="Render the next digest without sending it or marking anything "
              "reported (the default).")
@click.option("--eml", "eml_path", type=click.Path(dir_okay=False, path_type=Path),
              help="With --dry-run: write the whole message (text and HTML) to this .eml file.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="With --dry-run: write the HTML part to this file.")
@click.option("--send", is_flag=True, help="Queue the digest now and send it over SMTP ([email] needed).")
@click.pass_context
@_user_errors
def digest(ctx: click.Context, dry_run: bool, eml_path: Path | None, html_path: Path | None, send: bool) -> None:
    """Render the digest of what is new (--dry-run), or send it now (--send)."""
    from .digest.outbox import deliver_due, queue_digest  # Jinja2: only digests need it
    from .digest.preview import preview

    if send and (dry_run or eml_path or html_path):
        raise click.UsageError("--send cannot be combined with --dry-run, --eml or --html")
    config = _config(ctx)
    db = open_db(config.database_path)
    now = datetime.now(UTC)
    if not send:
        message = preview(db, config, now)
        if eml_path:
            eml_path.write_bytes(bytes(message))
            click.echo(f"wrote {eml_path}", err=True)
        if html_path:
            html_part = message.get_body(("html",))
            assert html_part is not None
            html_path.write_text(html_part.get_content(), encoding="utf-8")
            click.echo(f"wrote {html_path}", err=True)
        if not eml_path and not html_path:
            text_part = message.get_body(("plain",))
            assert text_part is not None
            click.echo(f"Subject: {str(message['Subject']).replace(NBSP, ' ')}\n")
            click.echo(text_part.get_content())
        return
    if config.email is None:
        raise ConfigError(config.path, "email", "missing; --send needs an [email] table (see README)")
    queued = queue_digest(db, config, now, tuple(health.check(db, config, now).warnings))
    with outbox_lock(config.database_path):
        report = deliver_due(db, config.email, now)
    click.echo(f"digest: {queued.messages} message(s) queued, {report.sent} sent" +
               ("" if queued.digest_id else " (nothing new; empty digests are not sent)"))
    if report.failed:
        raise click.ClickException(f"{report.failed} message(s) not sent, kept in the outbox and retried "
                                   f"later: {'; '.join(report.errors)}")


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


def main() -> None:
    try:
        cli(prog_name="monitor")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
