"""What a digest says: everything not yet reported, as plain values for the templates.

Not yet reported = county-economy articles and flagged indicators whose `reported_at` is NULL.
Queuing a digest sets `reported_at` in the same transaction (outbox.py), so each item is in
exactly one digest, and a digest waiting in the outbox is not repeated by the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from ..config import Recipient
from ..health import HealthWarning
from ..store.guard import db_errors
from .edits import SAME_ARTICLE_REVISION, Updates, collect_updates

__all__ = ["Digest", "DigestArticle", "DigestIndicator", "RegionGroup", "collect", "for_recipient", "subject"]

MAX_ARTICLES = 200       # a digest lists at most this many articles ...
MAX_INDICATORS = 1000    # ... and indicators; it says how many more the database holds
LEAD_CHARS = 120
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_HEADER_UNSAFE = re.compile(r"[\r\n\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class DigestArticle:
    id: int
    title: str
    region: str
    region_code: str
    origin: str
    published_at: str     # local time, 2023-11-23 09:02
    url: str
    lead: str             # the first sentence or two


@dataclass(frozen=True)
class DigestIndicator:
    id: int
    region: str
    region_code: str
    name: str
    kind: str
    flag: str             # new_indicator | new_period | revised
    period: str           # as written, or "" (then `as_of` says when it was reported)
    period_start: str
    period_end: str
    value: str            # as written with its unit: 50.95亿元 (约 for approximate figures)
    previous: str         # the previous value, normalised, with its unit ("" when none)
    previous_period_end: str
    change: str
    evidence: str
    title: str
    url: str
    published_at: str


@dataclass(frozen=True)
class RegionGroup:
    region: str
    region_code: str
    indicators: tuple[DigestIndicator, ...]


@dataclass(frozen=True)
class Digest:
    created_at: str                       # UTC
    date: str                             # local date of the digest, 2023-11-23
    articles: tuple[DigestArticle, ...]
    groups: tuple[RegionGroup, ...]
    warnings: tuple[HealthWarning, ...] = ()
    more_articles: int = 0                # not listed (over MAX_ARTICLES)
    more_indicators: int = 0
    article_ids: tuple[int, ...] = field(default=(), repr=False)     # everything it covers, listed
    indicator_ids: tuple[int, ...] = field(default=(), repr=False)   # or not: marked reported
    updates: Updates = field(default_factory=Updates)                # 文章更新 (digest/edits.py)

    @property
    def indicators(self) -> tuple[DigestIndicator, ...]:
        return tuple(i for g in self.groups for i in g.indicators)

    def count(self, flag: str) -> int:
        return sum(1 for i in self.indicators if i.flag == flag)

    @property
    def empty(self) -> bool:
        return not self.articles and not self.groups and not self.warnings and not self.updates.items


_UNITS = {"yuan": "元", "mu": "亩", "tonne": "吨", "kWh": "千瓦时", "kW": "千瓦", "person": "人",
          "person-time": "人次", "count": "个", "head": "头", "percent": "%", "point": "个百分点",
          "km": "公里", "m2": "平方米", "m3": "立方米", "rank": "位"}


def format_value(value: float | None, unit: str) -> str:
    """A normalised value for people: 5095000000 yuan -> 50.95亿元; 30500 mu -> 3.05万亩."""
    if value is None:
        return ""
    word = _UNITS.get(unit, unit)
    for factor, prefix in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= factor and unit not in ("percent", "point", "rank"):
            return f"{value / factor:,.4g}{prefix}{word}".replace(",", "")
    return f"{value:,.4g}{word}".replace(",", "")


def _lead(body: str) -> str:
    first = body.split("\n", 1)[0]
    sentences = [s for s in _SENTENCE_END.split(first) if s]
    lead = "".join(sentences[:2])
    return lead if len(lead) <= LEAD_CHARS else lead[:LEAD_CHARS] + "…"


def web_url(url: str) -> str:
    """Only http(s) links go into a digest."""
    return url if url.startswith(("http://", "https://")) else ""


def one_line(text: str) -> str:
    """Text from a page made safe for one line (and for a mail header): no CR, LF or controls."""
    return _HEADER_UNSAFE.sub(" ", text).strip()


@db_errors
def collect(db: Database, now: datetime, timezone: str, warnings: tuple[HealthWarning, ...] = ()) -> Digest:
    """Everything not yet reported, at `now` (aware)."""
    zone = ZoneInfo(timezone)

    def local(ts: str) -> str:
        return datetime.fromisoformat(ts).astimezone(zone).strftime("%Y-%m-%d %H:%M")

    article_rows = db.execute(
        """SELECT a.id, a.title, coalesce(r.name, ''), coalesce(a.region_code, ''), coalesce(a.origin, ''),
                  a.published_at, a.url, substr(a.body, 1, 400)
           FROM articles a LEFT JOIN regions r ON r.code = a.region_code
           WHERE a.reported_at IS NULL AND a.is_county_economy = 1
           ORDER BY a.published_at DESC, a.id DESC""").fetchall()
    articles = tuple(DigestArticle(row[0], one_line(row[1]), row[2], row[3], one_line(row[4]), local(row[5]),
                                   web_url(row[6]), one_line(_lead(row[7]))) for row in article_rows)
    indicator_rows = db.execute(
        """SELECT i.id, coalesce(i.region, ''), i.region_code, i.name, i.kind, i.flag, i.period, i.period_start,
                  i.period_end, i.value, i.unit, i.approx, i.previous_value, i.unit_normalized,
                  coalesce(i.previous_period_end, ''), coalesce(i.change, ''), i.evidence, a.title, a.url,
                  a.published_at
           FROM indicators i JOIN articles a ON a.id = i.article_id
           WHERE i.reported_at IS NULL AND i.flag IS NOT NULL AND i.withdrawn_at IS NULL
             AND NOT """ + SAME_ARTICLE_REVISION + """
           ORDER BY i.region_code, i.name, i.period_end, i.id""").fetchall()
    groups: dict[str, list[DigestIndicator]] = {}
    for r in indicator_rows:
        groups.setdefault(r[2], []).append(DigestIndicator(
            id=r[0], region=r[1] or "地区未明", region_code=r[2], name=one_line(r[3]), kind=r[4], flag=r[5],
            period=one_line(r[6]), period_start=r[7], period_end=r[8],
            value=("约" if r[11] else "") + one_line(f"{r[9]}{r[10]}"),
            previous=format_value(r[12], r[13]), previous_period_end=r[14], change=one_line(r[15]),
            evidence=one_line(r[16]), title=one_line(r[17]), url=web_url(r[18]), published_at=local(r[19])))
    ordered = tuple(RegionGroup(items[0].region, code, tuple(items)) for code, items in groups.items())
    return Digest(
        created_at=now.isoformat(timespec="seconds"), date=now.astimezone(zone).strftime("%Y-%m-%d"),
        articles=articles, groups=ordered, warnings=warnings, article_ids=tuple(r[0] for r in article_rows),
        indicator_ids=tuple(r[0] for r in indicator_rows), updates=collect_updates(db, timezone))


def for_recipient(digest: Digest, recipient: Recipient, *, cap: bool = True) -> Digest:
    """The part of a digest a recipient asked for: articles and indicators of their regions, and of
    the indicators they name; the health section is for everyone. At most MAX_ARTICLES articles
    and MAX_INDICATORS indicators are listed; the rest are counted (more_articles, more_indicators)."""
    regions, names = set(recipient.regions), set(recipient.indicators)
    articles = tuple(a for a in digest.articles if not regions or a.region_code in regions)
    groups = []
    for group in digest.groups:
        if regions and group.region_code not in regions:
            continue
        kept = tuple(i for i in group.indicators if not names or i.name in names)
        if kept:
            groups.append(replace(group, indicators=kept))
    updates = tuple(replace(u, figures=tuple(f for f in u.figures if not names or f.name in names))
                    for u in digest.updates.items if not regions or u.region_code in regions)
    part = replace(digest, articles=articles, groups=tuple(groups),
                   updates=replace(digest.updates, items=updates))
    return _cap(part) if cap else part


def _cap(digest: Digest) -> Digest:
    room, groups = MAX_INDICATORS, []
    for group in digest.groups:
        if room <= 0:
            break
        groups.append(replace(group, indicators=group.indicators[:room]))
        room -= len(groups[-1].indicators)
    return replace(digest, articles=digest.articles[:MAX_ARTICLES], groups=tuple(groups),
                   more_articles=max(0, len(digest.articles) - MAX_ARTICLES),
                   more_indicators=max(0, len(digest.indicators) - MAX_INDICATORS))


def subject(digest: Digest, prefix: str) -> str:
    """[甘肃县域经济] 5 篇新文章 · 12 项新指标 · 2 项修订 (2023-11-23), counting everything in
    `digest` (pass it before the listing cap). The spaces are no-break spaces: Python's header
    folding can drop an ordinary space that falls between two encoded words (RFC 2047)."""
    articles = len(digest.articles) + digest.more_articles
    parts = [f"{articles} 篇新文章", f"{digest.count('new_indicator')} 项新指标"]
    if digest.count("new_period"):
        parts.append(f"{digest.count('new_period')} 项新数据")
    edits = sum(1 for u in digest.updates.items for f in u.figures if f.new)   # revised by an edit
    parts.append(f"{digest.count('revised') + edits} 项修订")
    if digest.updates.items:
        parts.append(f"{len(digest.updates.items)} 篇文章更新")
    if digest.warnings:
        parts.append("运行异常")
    return one_line(f"{prefix} {' · '.join(parts)} ({digest.date})".strip()).replace(" ", "\u00a0")
