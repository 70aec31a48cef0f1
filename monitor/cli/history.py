"""`monitor history`: the versions of one article and what changed between them."""

from __future__ import annotations

import click

from ..history import History, render_history
from ..store import open_db, queries
from ._base import cli, echo, load, user_errors

__all__ = ["history"]


@cli.command()
@click.argument("id_or_url")
@click.pass_context
@user_errors
def history(ctx: click.Context, id_or_url: str) -> None:
    """An article's versions and a sentence-level diff between consecutive ones."""
    db = open_db(load(ctx).database_path, write=False)
    article = queries.find_article(db, id_or_url)
    if article is None:
        raise click.BadParameter(f"no stored article has the id or URL {id_or_url!r}", param_hint="ID_OR_URL")
    echo(render_history(History(article, tuple(queries.article_versions(db, article.id)),
                                      tuple(queries.article_events(db, article.id)))))
