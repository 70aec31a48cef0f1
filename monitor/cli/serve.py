"""`monitor serve`: browse, search and chart the database in Datasette."""

from __future__ import annotations

from pathlib import Path

import click

from ._base import cli, load, user_errors

__all__ = ["serve"]


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; there is no login).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
@click.option("--export-metadata", "export", type=click.Path(dir_okay=False, path_type=Path),
              help="Write Datasette's metadata (JSON) to this file and exit, to run `datasette` by hand.")
@click.pass_context
@user_errors
def serve(ctx: click.Context, host: str, port: int, export: Path | None) -> None:
    """Serve the database read-only in Datasette: article and indicator lists, Chinese search,
    canned queries and region pages with trend charts."""
    from ..serve.app import export_metadata, prepare_database, run_server  # imports Datasette

    path = load(ctx).database_path
    if export:
        export.write_text(export_metadata(path) + "\n", "utf-8")
        click.echo(f"wrote {export}; run: datasette {path} -m {export}", err=True)
        return
    prepare_database(path)
    click.echo(f"serving {path} read-only at http://{host}:{port}/  (Ctrl-C stops)", err=True)
    run_server(path, host, port)
