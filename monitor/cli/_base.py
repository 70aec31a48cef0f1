"""The `monitor` group and what every command shares: the configuration and error handling.

Commands live beside this module, one module per area (crawl, query, daemon …); each adds
itself to `cli` when `monitor/cli/__init__.py` imports it. No logic lives in the CLI: every
MonitorError becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..config import Config, builtin_layouts, load_config, resolve_config_path
from ..errors import ConfigError, MonitorError
from ..logs import ESCAPES, setup_logging

__all__ = ["cli", "echo", "load", "optional_config", "printable", "user_errors"]

F = TypeVar("F", bound=Callable[..., Any])


def printable(text: str) -> str:
    """`text` safe for a terminal: control characters (ESC of an escape sequence, CR, BEL …)
    shown as `\\x1b`, never sent. Everything printed from the database goes through here:
    its text came from pages we do not control."""
    return text.replace("\r\n", "\n").translate(ESCAPES)


def echo(text: str = "", **kwargs: Any) -> None:
    """click.echo of `printable(text)`."""
    click.echo(printable(text), **kwargs)


def user_errors(func: F) -> F:
    """A MonitorError becomes one line on stderr and exit status 1."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MonitorError as exc:
            raise click.ClickException(printable(str(exc))) from None
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


def load(ctx: click.Context) -> Config:
    """The configuration named by --config, $MONITOR_CONFIG or the default path."""
    return load_config(ctx.find_root().obj["config_path"])


def optional_config(ctx: click.Context) -> Config | None:
    """The configuration, or None when the default file is absent (extract works without)."""
    try:
        return load(ctx)
    except ConfigError as exc:
        explicit = ctx.find_root().obj["config_path"] is not None or "MONITOR_CONFIG" in os.environ
        if explicit or resolve_config_path(None).exists():
            raise
        click.echo(f"note: {exc.path} not found; using the built-in layouts "
                   f"({', '.join(builtin_layouts())})", err=True)
        return None
