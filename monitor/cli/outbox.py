"""`monitor outbox`: the digest messages not delivered, and what an operator can do about one."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import click

from ..store import open_db
from ..store.lock import outbox_lock
from ..tables import format_table
from ._base import cli, echo, load, user_errors

if TYPE_CHECKING:
    from ..digest.requeue import OutboxMessage

__all__ = ["outbox"]


@cli.command()
@click.option("--retry", "retry_id", type=int, metavar="ID",
              help="Send message ID now (a refused one carries its items again).")
@click.option("--drop", "drop_id", type=int, metavar="ID",
              help="Give up message ID; what it carried goes in the next digest.")
@click.pass_context
@user_errors
def outbox(ctx: click.Context, retry_id: int | None, drop_id: int | None) -> None:
    """List the digest messages not delivered (queued, failed, refused), or retry or drop one."""
    from ..digest.outbox import deliver_due
    from ..digest.requeue import drop_message, list_messages, retry_message

    if retry_id is not None and drop_id is not None:
        raise click.UsageError("give --retry or --drop, not both")
    config = load(ctx)
    db = open_db(config.database_path)
    now = datetime.now(UTC)
    if drop_id is not None:
        articles, indicators = drop_message(db, drop_id)
        click.echo(f"message {drop_id} dropped; {articles} articles and {indicators} indicators it carried "
                   "go in the next digest")
        return
    if retry_id is not None:
        retry_message(db, retry_id, now.isoformat(timespec="seconds"))
        if config.email is None:
            click.echo(f"message {retry_id} queued again; no [email] table here, so the daemon sends it")
            return
        with outbox_lock(config.database_path):
            report = deliver_due(db, config.email, now, force=True)
        if report.failed:
            raise click.ClickException(f"message {retry_id} not sent: {'; '.join(report.errors)} "
                                       "(see `monitor outbox`)")
        click.echo(f"message {retry_id} sent" + (f" (and {report.sent - 1} other queued)" if report.sent > 1 else ""))
        return
    _print_outbox(list_messages(db), config.schedule.timezone)


def _print_outbox(messages: list[OutboxMessage], timezone: str) -> None:
    zone = ZoneInfo(timezone)

    def local(ts: str) -> str:
        return datetime.fromisoformat(ts).astimezone(zone).strftime("%Y-%m-%d %H:%M")

    if not messages:
        click.echo("the outbox is empty: every digest message was delivered")
        return
    rows = [[str(m.id), str(m.digest_id), local(m.created_at), ", ".join(m.recipients),
             "refused" if m.status == "rejected" else ("failed" if m.last_error else "queued"), str(m.attempts),
             "-" if m.status == "rejected" else local(m.next_attempt_at), m.last_error or "-"]
            for m in messages]
    echo(format_table(["id", "digest", "queued", "to", "status", "tries", "next try", "last error"], rows,
                            max_width=60))
    click.echo(f"times in {timezone}; `monitor outbox --retry ID` sends one now, `--drop ID` gives it up")
