"""`monitor run`, `monitor status` and `monitor digest`: the daemon and its mail."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import health
from ..errors import ConfigError
from ..status import render_status
from ..store import open_db
from ..store.lock import outbox_lock
from ._base import cli, echo, load, user_errors

if TYPE_CHECKING:
    from ..digest.outbox import DeliveryReport, Queued

__all__ = ["digest", "run", "status"]

NBSP = "\u00a0"   # digest subjects use no-break spaces (see digest/content.subject)
OUTBOX_WAIT_S = 30.0   # `digest --send` waits this long for another process sending the outbox


@cli.command()
@click.pass_context
@user_errors
def run(ctx: click.Context) -> None:
    """Run as a daemon: crawl and send digests on the [schedule] until SIGTERM or Ctrl-C."""
    from ..daemon import run_daemon  # APScheduler: only the daemon needs it

    sys.exit(run_daemon(load(ctx)))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
@user_errors
def status(ctx: click.Context, as_json: bool) -> None:
    """Last and next runs, today's counts, failures, the outbox, and warnings. Exit 1 when unhealthy."""
    config = load(ctx)
    result = health.check(open_db(config.database_path, write=False), config, datetime.now(UTC))
    if as_json:
        echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        echo(render_status(result, config))
    if not result.healthy:
        sys.exit(1)


@cli.command()
@click.option("--dry-run", is_flag=True, help="Render the next digest without sending it or marking anything "
              "reported (the default).")
@click.option("--eml", "eml_path", type=click.Path(dir_okay=False, path_type=Path),
              help="With --dry-run: write the whole message (text and HTML) to this .eml file.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="With --dry-run: write the HTML part to this file.")
@click.option("--send", is_flag=True, help="Queue the digest now, then send every unsent message at once, "
              "whatever its back-off ([email] needed).")
@click.pass_context
@user_errors
def digest(ctx: click.Context, dry_run: bool, eml_path: Path | None, html_path: Path | None, send: bool) -> None:
    """Render the digest of what is new (--dry-run), or send it now (--send)."""
    from ..digest.outbox import deliver_due, queue_digest  # Jinja2: only digests need it
    from ..digest.preview import preview

    if send and (dry_run or eml_path or html_path):
        raise click.UsageError("--send cannot be combined with --dry-run, --eml or --html")
    config = load(ctx)
    db = open_db(config.database_path, write=send)
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
            echo(f"Subject: {str(message['Subject']).replace(NBSP, ' ')}\n")
            echo(text_part.get_content())
        return
    if config.email is None:
        raise ConfigError(config.path, "email", "missing; --send needs an [email] table (see README)")
    queued = queue_digest(db, config, now, tuple(health.check(db, config, now).warnings))
    with outbox_lock(config.database_path, wait_s=OUTBOX_WAIT_S):   # the daemon may be sending
        report = deliver_due(db, config.email, now, force=True)   # now, whatever the back-off
    click.echo(_send_summary(queued, report))
    if report.failed:
        raise click.ClickException(_failure(report))


def _send_summary(queued: Queued, report: DeliveryReport) -> str:
    if queued.digest_id is None:
        made = "nothing new since the last digest (empty digests are not sent)"
    else:
        made = f"digest {queued.digest_id} queued as {queued.messages} message(s)"
    return f"{made}; {report.sent} message(s) sent from the outbox"


def _failure(report: DeliveryReport) -> str:
    kept = report.failed - report.rejected
    parts = []
    if kept:
        parts.append(f"{kept} message(s) not sent and kept in the outbox: the daemon retries them with back-off, "
                     "or run `monitor digest --send` again")
    if report.rejected:
        parts.append(f"{report.rejected} message(s) refused for good by the mail server: what they carried goes "
                     "in the next digest (see `monitor outbox`)")
    return "; ".join(parts) + f" ({'; '.join(report.errors)})"
