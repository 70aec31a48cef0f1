"""The `monitor` command line: a thin layer over the library (README, "Commands").

`_base.py` holds the group and what commands share; each module beside it adds its commands.
"""

from __future__ import annotations

import sys

import click

from . import crawl, daemon, history, outbox, query, serve  # noqa: F401  (each adds its commands to `cli`)
from ._base import cli

__all__ = ["cli", "main"]


def main() -> None:
    try:
        cli(prog_name="monitor")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
