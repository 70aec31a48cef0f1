"""The `monitor` group and what every command shares: the configuration and error handling.

Commands live beside this module, one module per area (crawl, query, daemon …); each adds
itself to `cli` when `monitor/cli/__init__.py` imports it. No logic lives in the CLI: every
MonitorError becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import stat
import sys
from collections.abc import Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import click

from ..config import Config, builtin_layouts, load_config, resolve_config_path
from ..errors import ConfigError, MonitorError
from ..indicators import gazetteer
from ..logs import ESCAPES, setup_logging

__all__ = ["SINCE", "Scope", "cli", "echo", "emit", "load", "optional_config", "printable", "region_scope",
           "user_errors"]

F = TypeVar("F", bound=Callable[..., Any])


_KEEP_CR = {c: e for c, e in ESCAPES.items() if c != 0x0D}


def printable(text: str, *, crlf: bool = False) -> str:
    """`text` safe for a terminal: control characters (ESC of an escape sequence, CR, BEL …)
    shown as `\\x1b`, never sent. Everything printed from the database goes through here:
    its text came from pages we do not control. CRLF line ends become LF, or stay (crlf=True:
    CSV, whose lines end so)."""
    return text.translate(_KEEP_CR) if crlf else text.replace("\r\n", "\n").translate(ESCAPES)


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


class Scope:
    """What `--region` selects: the codes, and how to say so in an output header."""

    def __init__(self, codes: tuple[str, ...], label: str) -> None:
        self.codes, self.label = codes, label


_EVERYTHING = {"全省", "甘肃", "甘肃省", "620000"}


def region_scope(text: str | None) -> Scope:
    """`--region`: a county (临泽, 临泽县, 620723), a prefecture with its counties (张掖), or
    甘肃/全省 for everything. An unknown name is a usage error (exit 2)."""
    if text is None or text.strip() in _EVERYTHING:
        return Scope((), "全省（所有地区）")
    places = gazetteer()
    found = places.lookup(text) or places.regions.get(text.strip())
    if found is None:
        raise click.BadParameter(f"{text!r} is not a Gansu region; use a name such as 临泽, 临泽县, a "
                                 "prefecture such as 张掖, a code such as 620723, or 全省", param_hint="--region")
    codes = places.within(found)
    if len(codes) == 1:
        return Scope(codes, found.name)
    return Scope(codes, f"{found.name}（含所辖 {len(codes) - 1} 个县区）")


class _Since(click.ParamType[str, Any]):
    """`--since`: 2023-11-01, 2023/11/01, or relative: 7d (days), 4w (weeks) before today
    (Beijing time, as articles' publication times are)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        relative = re.fullmatch(r"(\d+)\s*([dw])", text, re.I)
        if relative:
            days = int(relative[1]) * (7 if relative[2].lower() == "w" else 1)
            today = dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()
            return (today - dt.timedelta(days=days)).isoformat()
        for fmt in ("%Y-%m-%d", "%Y/%m/%d"):
            try:
                return dt.datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                pass
        self.fail(f"{text!r} is not a date: use YYYY-MM-DD, YYYY/MM/DD, or 7d / 4w for days / weeks ago",
                  param, ctx)


SINCE = _Since()


def _to_a_file() -> bool:
    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):   # not a real file descriptor (tests)
        return False


def emit(text: str, fmt: str, excel: bool = False) -> None:
    """Print a command's output. CSV starts with a UTF-8 byte order mark when it goes to a file
    (`> out.csv`) or with --excel: without it, Excel reads the Chinese as garbage."""
    if fmt == "csv":
        if text and (excel or _to_a_file()):
            text = "\ufeff" + text
        click.echo(printable(text, crlf=True), nl=False)
        return
    click.echo(printable(text))
