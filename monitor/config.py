"""Load and validate the configuration once, at start-up.

Every problem stops the program with one line that names the file, the key and what was
expected (`ConfigError`). Nothing past this module checks configuration again.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, fields, replace
from email.utils import getaddresses, parseaddr
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selectolax.lexbor import LexborHTMLParser

from .errors import ConfigError
from .triggers import interval_seconds, make_trigger  # the daemon's own code decides what is valid

__all__ = [
    "DEFAULT_CONFIG_PATH", "Config", "CrawlSettings", "EmailSettings", "HealthSettings", "HttpSettings", "Layout",
    "RECIPIENT_KEYS", "RecheckSettings", "Recipient", "SOURCE_KEYS", "ScheduleSettings", "Source", "builtin_layouts",
    "load_config", "resolve_config_path", "table_keys",
]

DEFAULT_CONFIG_PATH = Path("config/monitor.toml")
_EMPTY_TREE = LexborHTMLParser("<p></p>")


@dataclass(frozen=True)
class HttpSettings:
    user_agent: str = "gansu-monitor/0.1 (county economy news monitor)"
    requests_per_second: float = 1.0
    timeout_s: float = 20.0
    request_deadline_s: float = 60.0  # one request, connect to last byte, ends by then
    max_retries: int = 3
    max_page_bytes: int = 5_000_000
    respect_robots: bool = True
    backoff_base_s: float = 1.0
    backoff_max_s: float = 60.0


@dataclass(frozen=True)
class CrawlSettings:
    max_listing_pages: int = 3
    max_article_pages: int = 20
    max_attempts: int = 8
    max_article_chars: int = 300_000       # title and body over all pages; longer: a failure
    max_new_articles_per_cycle: int = 500  # the rest waits in crawl_queue for later cycles


@dataclass(frozen=True)
class RecheckSettings:
    """Re-fetching stored articles to notice edits and withdrawals (README, "Edited and
    withdrawn articles"); ages are counted from when the monitor first stored the article."""

    days: float = 7.0                  # watched this long; the last re-check is at this age; 0: never
    after_hours: tuple[float, ...] = (1.0, 6.0, 24.0, 72.0)   # the earlier re-checks, at these ages
    max_per_cycle: int = 50            # scheduled re-checks in one crawl cycle at most


@dataclass(frozen=True)
class ScheduleSettings:
    crawl: str = "30m"               # an interval (45s, 30m, 2h, 1d) or a 5-field cron expression
    digest: str = "0 8 * * *"
    timezone: str = "Asia/Shanghai"
    crawl_jitter_s: int = 60         # each crawl starts up to this many seconds late, at random
    misfire_grace_s: int = 600       # a run missed by more than this is skipped (and logged)


@dataclass(frozen=True)
class Recipient:
    address: str
    regions: tuple[str, ...] = ()      # GB/T 2260 codes; empty: every region
    indicators: tuple[str, ...] = ()   # canonical names; empty: every indicator
    charts: bool = True                # trend charts (PNG) and sparklines in their digest


HEADLINE_INDICATORS = ("地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入",
                       "城镇居民人均可支配收入", "农村居民人均可支配收入", "旅游接待人次", "旅游综合收入")
MIN_MESSAGE_BYTES = 500_000   # room for the text and HTML parts (100 KB each) and the charts


@dataclass(frozen=True)
class EmailSettings:
    smtp_host: str = ""
    smtp_port: int = 587
    tls: str = "starttls"            # starttls | ssl | none
    username: str = ""
    password_env: str = ""           # name of the environment variable holding the password
    sender: str = ""
    recipients: tuple[Recipient, ...] = ()
    send_empty: bool = False
    subject_prefix: str = "[甘肃县域经济]"
    templates_dir: str = ""
    timeout_s: float = 30.0
    retry_base_s: float = 60.0
    retry_max_s: float = 21600.0
    max_message_bytes: int = 5_000_000   # a digest message never exceeds this, attachment included
    # the digest's summary table: these indicators, in this order (canonical lexicon names)
    headline_indicators: tuple[str, ...] = HEADLINE_INDICATORS


@dataclass(frozen=True)
class HealthSettings:
    max_quiet_hours: float = 48.0     # no new article for longer: warn
    max_fallback_share: float = 0.3   # of the last 50 articles parsed by the fallback: warn
    max_failure_share: float = 0.3    # of the last 50 article attempts failed: warn
    outbox_stuck_hours: float = 6.0   # a digest queued longer: warn
    heartbeat_grace_s: float = 300.0  # a daemon not heard from for longer: unhealthy (it beats
                                      # every 30 s, so at least 60)
    max_crawl_minutes: float = 120.0  # a crawl running longer: unhealthy (stuck, or far too slow)


@dataclass(frozen=True)
class Layout:
    name: str
    match: str
    title: str = "h1"
    title_from_head: bool = True
    time: str = ""
    origin: str = ""
    author: str = ""
    editor: str = ""
    body: str = ""
    body_exclude: str = "script, style"
    breadcrumb: str = ""
    next_page: str = ""


@dataclass(frozen=True)
class Source:
    name: str
    listing_urls: tuple[str, ...]
    allowed_hosts: tuple[str, ...]
    layouts: tuple[Layout, ...]
    page_url_pattern: str | None = None
    article_url_pattern: str = r"/system/\d{4}/\d{2}/\d{2}/\d{9}\.shtml$"
    listing_selector: str = "div#content"


@dataclass(frozen=True)
class Config:
    path: str
    database_path: Path
    http: HttpSettings
    crawl: CrawlSettings
    sources: tuple[Source, ...]
    layouts: dict[str, Layout] = field(default_factory=dict)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    email: EmailSettings | None = None
    health: HealthSettings = field(default_factory=HealthSettings)
    recheck: RecheckSettings = field(default_factory=RecheckSettings)

    @property
    def all_hosts(self) -> frozenset[str]:
        return frozenset(h for s in self.sources for h in s.allowed_hosts)


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
SOURCE_KEYS = ("name", "listing_urls", "allowed_hosts", "page_url_pattern", "layouts", "selectors",
               "article_url_pattern", "listing_selector")
RECIPIENT_KEYS = ("address", "regions", "indicators", "charts")   # a recipient given as a table


def table_keys() -> dict[str, tuple[str, ...]]:
    """Every table the configuration file may have, with the keys it takes: what the checks
    below accept, and what the README must document (tests/test_docs.py)."""
    def names(cls: type) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    return {"database": ("path",), "http": names(HttpSettings), "crawl": names(CrawlSettings),
            "sources": SOURCE_KEYS, "layouts": tuple(n for n in names(Layout) if n != "name"),
            "schedule": names(ScheduleSettings),
            "email": names(EmailSettings), "health": names(HealthSettings), "recheck": names(RecheckSettings)}


def resolve_config_path(path: str | os.PathLike[str] | None) -> Path:
    """--config wins, then MONITOR_CONFIG, then config/monitor.toml."""
    return Path(path or os.environ.get("MONITOR_CONFIG") or DEFAULT_CONFIG_PATH)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    cfg_path = resolve_config_path(path)
    where = str(cfg_path)
    try:
        raw = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(where, "", "file not found (give --config PATH or set MONITOR_CONFIG)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(where, "", f"cannot read the file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(where, "", f"not valid TOML: {exc}") from None
    return _build(where, raw)


def _build(where: str, raw: dict[str, Any]) -> Config:
    _no_unknown(where, "", raw, set(table_keys()))
    database = _table(where, "database", raw.get("database"), required=True)
    _no_unknown(where, "database", database, set(table_keys()["database"]))
    db_path = _typed(where, "database.path", database.get("path"), str, required=True)
    http = _settings(where, "http", raw.get("http"), HttpSettings)
    crawl = _settings(where, "crawl", raw.get("crawl"), CrawlSettings)
    _check_http(where, http)
    _one_line(where, "http.user_agent", http.user_agent)
    _check_crawl(where, crawl)
    layouts = _layouts(where, raw.get("layouts"))
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources:
        raise ConfigError(where, "sources", "expected at least one [[sources]] table")
    built = tuple(_source(where, f"sources[{i}]", s, layouts) for i, s in enumerate(sources))
    names = [s.name for s in built]
    if len(set(names)) != len(names):
        raise ConfigError(where, "sources", f"source names must be unique, got {names}")
    schedule = _settings(where, "schedule", raw.get("schedule"), ScheduleSettings)
    _check_schedule(where, schedule)
    email = _email(where, raw["email"]) if "email" in raw else None
    health = _settings(where, "health", raw.get("health"), HealthSettings)
    for f in fields(HealthSettings):
        if getattr(health, f.name) <= 0:
            raise ConfigError(where, f"health.{f.name}", "expected a number greater than 0")
    if health.heartbeat_grace_s < 60:
        raise ConfigError(where, "health.heartbeat_grace_s", "expected 60 or more: the daemon writes its "
                          "heartbeat every 30 s")
    recheck = _recheck(where, raw.get("recheck"))
    return Config(where, Path(db_path), http, crawl, built, layouts, schedule, email, health, recheck)


def _recheck(where: str, raw: Any) -> RecheckSettings:
    table = dict(_table(where, "recheck", raw))
    hours_raw = table.pop("after_hours", None)
    settings: RecheckSettings = _settings(where, "recheck", table, RecheckSettings)
    if settings.days < 0:
        raise ConfigError(where, "recheck.days", "expected 0 (never re-check) or more days")
    if settings.max_per_cycle < 0:
        raise ConfigError(where, "recheck.max_per_cycle", "expected 0 (only `monitor crawl --recheck`) or more")
    if hours_raw is None:
        hours = tuple(h for h in settings.after_hours if h < settings.days * 24)
    else:
        expected = (f"expected a list of hours, each greater than 0, rising, and below recheck.days "
                    f"({settings.days:g} days = {settings.days * 24:g} h, when the last re-check is), "
                    "such as [1, 6, 24, 72]")
        if not isinstance(hours_raw, list) or not all(
                isinstance(h, int | float) and not isinstance(h, bool) for h in hours_raw):
            raise ConfigError(where, "recheck.after_hours", f"{expected}; got {hours_raw!r}")
        hours = tuple(float(h) for h in hours_raw)
        rising = all(a < b for a, b in zip(hours, hours[1:], strict=False))
        if not rising or any(h <= 0 or h >= settings.days * 24 for h in hours):
            raise ConfigError(where, "recheck.after_hours", f"{expected}; got {hours_raw!r}")
    return replace(settings, after_hours=hours)


_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@(?:[^@\s<>,;\"]+\.[^@\s<>,;\"]+|localhost)$")


def _check_schedule(where: str, schedule: ScheduleSettings) -> None:

    try:
        zone = ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(where, "schedule.timezone",
                          f"expected a time zone name such as 'Asia/Shanghai', got {schedule.timezone!r}") from None

    for job in ("crawl", "digest"):
        spec = getattr(schedule, job)
        seconds = interval_seconds(spec)
        if seconds is not None:
            if seconds < 1:
                raise ConfigError(where, f"schedule.{job}", "expected an interval of at least 1s")
            continue
        try:
            make_trigger(spec, zone)
        except ValueError as exc:
            raise ConfigError(where, f"schedule.{job}", "expected an interval such as 30m, 2h or 45s, or a "
                              f"5-field cron expression such as '0 8 * * *'; got {spec!r} ({exc})") from None
    if schedule.crawl_jitter_s < 0:
        raise ConfigError(where, "schedule.crawl_jitter_s", "expected 0 or more")
    if schedule.misfire_grace_s < 1:
        raise ConfigError(where, "schedule.misfire_grace_s", "expected 1 or more (seconds)")


def _email(where: str, raw: Any) -> EmailSettings:
    table = dict(_table(where, "email", raw))
    recipients_raw = table.pop("recipients", None)
    headline_raw = table.pop("headline_indicators", None)
    settings: EmailSettings = _settings(where, "email", table, EmailSettings)
    for key in ("smtp_host", "sender"):
        if not getattr(settings, key):
            raise ConfigError(where, f"email.{key}", "missing; expected a string")
    if settings.tls not in ("starttls", "ssl", "none"):
        raise ConfigError(where, "email.tls", f"expected 'starttls', 'ssl' or 'none', got {settings.tls!r}")
    if not 0 < settings.smtp_port < 65536:
        raise ConfigError(where, "email.smtp_port", "expected a port number between 1 and 65535")
    if settings.password_env and not _ENV_NAME.match(settings.password_env):
        raise ConfigError(where, "email.password_env",
                          f"expected the name of an environment variable, got {settings.password_env!r}")
    if settings.username and not settings.password_env:
        raise ConfigError(where, "email.password_env",
                          "missing; with a username, name the environment variable that holds the password")
    if settings.username and settings.tls == "none" and settings.smtp_host not in ("localhost", "127.0.0.1", "::1"):
        raise ConfigError(where, "email.tls", "expected 'starttls' or 'ssl' with a username: 'none' would send the "
                          "password in clear text (allowed only to localhost)")
    if settings.templates_dir and not Path(settings.templates_dir).is_dir():
        raise ConfigError(where, "email.templates_dir", f"expected a folder, {settings.templates_dir!r} is not one")
    if settings.retry_max_s < settings.retry_base_s:
        raise ConfigError(where, "email.retry_max_s", "expected a number at least email.retry_base_s")
    for key in ("smtp_host", "username", "sender", "subject_prefix"):   # they go into headers or commands
        _one_line(where, f"email.{key}", getattr(settings, key))
    _check_address(where, "email.sender", settings.sender, display_name=True)
    if not isinstance(recipients_raw, list) or not recipients_raw:
        raise ConfigError(where, "email.recipients",
                          "expected a list of addresses or {address = ..., regions = [...], indicators = [...]}")
    recipients = tuple(_recipient(where, f"email.recipients[{i}]", r) for i, r in enumerate(recipients_raw))
    for name in ("timeout_s", "retry_base_s", "retry_max_s"):
        if getattr(settings, name) <= 0:
            raise ConfigError(where, f"email.{name}", "expected a number greater than 0")
    if settings.max_message_bytes < MIN_MESSAGE_BYTES:
        raise ConfigError(where, "email.max_message_bytes", f"expected {MIN_MESSAGE_BYTES} or more (bytes)")
    headline = settings.headline_indicators if headline_raw is None else \
        _indicator_names(where, "email.headline_indicators", headline_raw)
    return replace(settings, recipients=recipients, headline_indicators=headline)


def _indicator_names(where: str, key: str, raw: Any) -> tuple[str, ...]:
    """Indicator names or synonyms (固投) as canonical lexicon names (固定资产投资), in order."""
    from .indicators.lexicon import lexicon

    return tuple(dict.fromkeys(lexicon().canonical(n) or n for n in _str_list(where, key, raw)))


def _one_line(where: str, key: str, value: str) -> None:
    """A value that goes into a mail or HTTP header: no line separator of any kind (CR, LF,
    U+0085, U+2028, U+2029) and no other control character, which could end the header or
    start another."""
    bad = next((c for c in value if unicodedata.category(c) in ("Cc", "Zl", "Zp")), None)
    if bad is not None:
        raise ConfigError(where, key, f"expected one line without control characters; found U+{ord(bad):04X} "
                          f"in {value!r}")


def _check_address(where: str, key: str, value: str, *, display_name: bool = False) -> None:
    _one_line(where, key, value)
    if len(getaddresses([value])) != 1:
        raise ConfigError(where, key, f"expected one e-mail address per entry, got {value!r} (list each "
                          "recipient separately)")
    name, address = parseaddr(value)
    if not _ADDRESS.match(address) or (not display_name and name):
        raise ConfigError(where, key, f"expected an e-mail address such as monitor@example.org, got {value!r}")


def _recipient(where: str, key: str, raw: Any) -> Recipient:
    from .indicators import gazetteer

    if isinstance(raw, str):
        _check_address(where, key, raw)
        return Recipient(raw)
    table = _table(where, key, raw)
    _no_unknown(where, key, table, set(RECIPIENT_KEYS))
    address = _typed(where, f"{key}.address", table.get("address"), str, required=True)
    _check_address(where, f"{key}.address", address)
    codes = []
    for name in _str_list(where, f"{key}.regions", table["regions"]) if "regions" in table else ():
        region = gazetteer().lookup(name) or gazetteer().regions.get(name)
        if region is None:
            raise ConfigError(where, f"{key}.regions", f"{name!r} is not a Gansu region; use a name such as "
                              "临泽, 临泽县 or a code such as 620723")
        codes.append(region.code)
        if region.level != "county":   # a prefecture or the province: its counties too
            codes += [r.code for r in gazetteer().regions.values()
                      if r.parent == region.code or (region.level == "province" and r.code != region.code)]
    names = _indicator_names(where, f"{key}.indicators", table["indicators"]) if "indicators" in table else ()
    charts = _typed(where, f"{key}.charts", table.get("charts", True), bool)
    return Recipient(address, tuple(codes), names, charts)


def _check_http(where: str, http: HttpSettings) -> None:
    positive = ("requests_per_second", "timeout_s", "request_deadline_s", "max_page_bytes")
    for name in positive:
        if getattr(http, name) <= 0:
            raise ConfigError(where, f"http.{name}", "expected a number greater than 0")
    if http.max_retries < 0:
        raise ConfigError(where, "http.max_retries", "expected 0 or more")


def _check_crawl(where: str, crawl: CrawlSettings) -> None:
    for f in fields(CrawlSettings):
        least = 0 if f.name == "max_listing_pages" else 1
        if getattr(crawl, f.name) < least:
            raise ConfigError(where, f"crawl.{f.name}", f"expected {least} or more")


def _settings(where: str, key: str, raw: Any, cls: type) -> Any:
    table = _table(where, key, raw)
    known = {f.name: f for f in fields(cls)}
    _no_unknown(where, key, table, set(known))
    values = {}
    for name, value in table.items():
        default = known[name].default
        values[name] = _typed(where, f"{key}.{name}", value, type(default))
    return cls(**values)


def builtin_layouts() -> dict[str, Layout]:
    """The layouts shipped in monitor/layouts.toml, as used when a config adds none."""
    return _layouts("monitor/layouts.toml", None)


def _layouts(where: str, raw: Any) -> dict[str, Layout]:
    builtin = tomllib.loads(resources.files("monitor").joinpath("layouts.toml").read_text("utf-8"))
    user = _table(where, "layouts", raw)
    merged: dict[str, dict[str, Any]] = {name: dict(t) for name, t in builtin.items()}
    for name, table in user.items():
        merged.setdefault(name, {}).update(_table(where, f"layouts.{name}", table))
    return {name: _layout(where, f"layouts.{name}", name, t) for name, t in merged.items()}


def _layout(where: str, key: str, name: str, table: dict[str, Any]) -> Layout:
    known = {f.name: f for f in fields(Layout)}
    _no_unknown(where, key, table, set(known) - {"name"})
    if not table.get("match"):
        raise ConfigError(where, f"{key}.match", "expected a CSS selector that identifies the layout")
    values = {k: _typed(where, f"{key}.{k}", v, type(known[k].default) if k != "match" else str)
              for k, v in table.items()}
    for k, v in values.items():
        if isinstance(v, str) and v:
            _check_selector(where, f"{key}.{k}", v)
    return Layout(name=name, **values)


def _check_selector(where: str, key: str, selector_list: str) -> None:
    """A selector Lexbor cannot parse fails here, at start-up, not on the first page."""
    for selector in (s.strip() for s in selector_list.split(",")):
        try:
            _EMPTY_TREE.css(selector)
        except Exception as exc:  # selectolax raises its own SelectolaxError
            raise ConfigError(where, key, f"{selector!r} is not a valid CSS selector ({exc})") from None


def _source(where: str, key: str, raw: Any, layouts: dict[str, Layout]) -> Source:
    table = _table(where, key, raw, required=True)
    _no_unknown(where, key, table, set(SOURCE_KEYS))
    name = _typed(where, f"{key}.name", table.get("name"), str, required=True)
    key = f"sources[{name}]"
    listing = _str_list(where, f"{key}.listing_urls", table.get("listing_urls"))
    hosts = tuple(h.lower() for h in _str_list(where, f"{key}.allowed_hosts", table.get("allowed_hosts")))
    for url in listing:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(where, f"{key}.listing_urls", f"expected http(s) URLs, got {url!r}")
        if not _host_allowed(parts.netloc.lower(), hosts):
            raise ConfigError(where, f"{key}.listing_urls", f"{url} is not on an allowed host {list(hosts)}")
    pattern = _typed(where, f"{key}.page_url_pattern", table.get("page_url_pattern"), str)
    if pattern is not None:
        try:
            ok = "{page" in pattern and pattern.format(page=1) != pattern.format(page=2)
        except (KeyError, IndexError, ValueError):
            ok = False
        if not ok:
            raise ConfigError(where, f"{key}.page_url_pattern",
                              "expected a URL containing {page} or {page:09d} and no other {…}")
    order = _str_list(where, f"{key}.layouts", table.get("layouts", list(layouts)))
    chosen = tuple(_pick_layout(where, key, n, layouts, table.get("selectors")) for n in order)
    extra = {k: _typed(where, f"{key}.{k}", table[k], str)
             for k in ("article_url_pattern", "listing_selector") if k in table}
    if "article_url_pattern" in extra:
        try:
            re.compile(extra["article_url_pattern"])
        except re.error as exc:
            raise ConfigError(where, f"{key}.article_url_pattern",
                              f"expected a regular expression: {exc}") from None
    return Source(name, listing, hosts, chosen, pattern, **extra)


def _pick_layout(where: str, key: str, name: str, layouts: dict[str, Layout],
                 selectors: Any) -> Layout:
    if name not in layouts:
        raise ConfigError(where, f"{key}.layouts", f"unknown layout {name!r}; expected one of {sorted(layouts)}")
    overrides = _table(where, f"{key}.selectors", selectors).get(name)
    if overrides is None:
        return layouts[name]
    merged = {f.name: getattr(layouts[name], f.name) for f in fields(Layout) if f.name != "name"}
    merged.update(_table(where, f"{key}.selectors.{name}", overrides))
    return _layout(where, f"{key}.selectors.{name}", name, merged)


def _host_allowed(netloc: str, hosts: tuple[str, ...]) -> bool:
    host = netloc.rsplit("@", 1)[-1]
    return host in hosts or host.split(":")[0] in hosts


def _table(where: str, key: str, value: Any, *, required: bool = False) -> dict[str, Any]:
    if value is None:
        if required:
            raise ConfigError(where, key, "missing; expected a table")
        return {}
    if not isinstance(value, dict):
        raise ConfigError(where, key, f"expected a table, got {type(value).__name__}")
    return value


def _typed(where: str, key: str, value: Any, kind: type, *, required: bool = False) -> Any:
    if value is None:
        if required:
            raise ConfigError(where, key, f"missing; expected {_TYPE_NAMES.get(kind, kind.__name__)}")
        return None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise ConfigError(where, key, f"expected {_TYPE_NAMES.get(kind, kind.__name__)}, got {value!r}")
    return value


def _str_list(where: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(where, key, "expected a non-empty list of strings")
    return tuple(value)


def _no_unknown(where: str, key: str, table: dict[str, Any], known: set[str]) -> None:
    for name in table:
        if name not in known:
            full = f"{key}.{name}" if key else name
            raise ConfigError(where, full, f"unknown key; expected one of {sorted(known)}")
