"""What a digest says: everything not yet reported, as plain values for the layout and templates.

Not yet reported = county-economy articles and flagged indicators whose `reported_at` is NULL.
Queuing a digest sets `reported_at` in the same transaction (outbox.py), so each item is in
exactly one digest, and a digest waiting in the outbox is not repeated by the next one.

What a baseline run stored (the first crawl into an empty database, every --backfill-pages run:
`articles.baseline_run_id`) is carried too, but only summarised (baseline.py). Every field taken from
a page is cut to a length limit here, once (fields.py), so nothing a page says can make a digest
large; flagged figures beyond what fits in `max_message_bytes` stay unreported for the next one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from ..config import Recipient
from ..health import HealthWarning
from ..store.guard import db_errors
from . import fields
from .edits import SAME_ARTICLE_REVISION, Updates, collect_updates
from .fields import clip, format_value, reading, web_url
from .series import Series, read_series

__all__ = ["BaselineFigure", "Digest", "DigestArticle", "DigestIndicator", "collect", "for_recipient", "subject"]

CONTEXT_CHARS = 30   # a quoted sentence starts this many characters before its first figure


@dataclass(frozen=True)
class DigestArticle:
    id: int
    title: str
    region: str
    region_code: str
    origin: str
    published_at: str     # local time, 2023-11-23 09:02
    url: str
    lead: str             # the first sentence that states a figure, else the opening


@dataclass(frozen=True)
class DigestIndicator:
    id: int
    article_id: int
    region: str
    region_code: str
    name: str
    kind: str
    flag: str             # new_indicator | new_period | revised
    period: str           # as written, or "" (then `period_end` is the publication date)
    period_end: str
    reading: str          # 50.95亿元 (约 for approximate figures); a growth rate: 同比增长7.6%
    change: str           # as written (同比增长33.82%); "" for a growth rate, whose reading says it
    previous: str         # the previous value in words ("" when none)
    previous_period_end: str
    evidence: str         # the sentence, cut to EVIDENCE_CHARS around the sentence's first figure
    marks: tuple[tuple[int, int], ...]   # where this figure stands in `evidence`
    sentence: tuple[int, int]            # (article id, offset in the body): one quote per sentence
    title: str
    url: str
    published_at: str
    previous_title: str = ""             # a revision: the article of the old value
    previous_url: str = ""
    series: tuple[str, str, str] = ("", "", "")   # (region_code, name, kind)
    value: str = ""                      # for the CSV: the number as written (约 when approximate)
    unit: str = ""                       # and its unit as written
    csv_evidence: str = ""               # for the CSV: a longer cut around this figure


@dataclass(frozen=True)
class BaselineFigure:
    id: int
    region_code: str
    name: str


@dataclass(frozen=True)
class Digest:
    created_at: str                       # UTC
    date: str                             # local date of the digest, 2023-11-23
    local_time: str                       # local time of the digest, for people: 2023-11-23 08:05
    timezone: str
    articles: tuple[DigestArticle, ...]
    indicators: tuple[DigestIndicator, ...]
    warnings: tuple[HealthWarning, ...] = ()
    baseline_articles: tuple[DigestArticle, ...] = ()
    baseline_figures: tuple[BaselineFigure, ...] = ()
    series: dict[tuple[str, str, str], Series] = field(default_factory=dict, repr=False)
    held_back: int = 0                    # flagged figures left for the next digest (size cap)
    updates: Updates = field(default_factory=Updates)   # 文章更新: edited, withdrawn, restored (edits.py)

    @property
    def article_ids(self) -> tuple[int, ...]:
        """Everything the digest carries, listed or summarised: marked reported when queued."""
        return tuple(a.id for a in self.articles) + tuple(a.id for a in self.baseline_articles)

    @property
    def indicator_ids(self) -> tuple[int, ...]:
        return tuple(i.id for i in self.indicators) + tuple(f.id for f in self.baseline_figures)

    def count(self, flag: str) -> int:
        """Listed figures with this flag; revisions include the figures an edit changed (文章更新)."""
        listed = sum(1 for i in self.indicators if i.flag == flag)
        if flag == "revised":
            listed += sum(1 for u in self.updates.items for f in u.figures if f.new)
        return listed

    @property
    def empty(self) -> bool:
        return not (self.articles or self.indicators or self.baseline_articles or self.baseline_figures
                    or self.warnings or self.updates.items)


@db_errors
def collect(db: Database, now: datetime, timezone: str, warnings: tuple[HealthWarning, ...] = (),
            *, csv_budget: int | None = None) -> Digest:
    """Everything not yet reported, at `now` (aware). With `csv_budget` (bytes), flagged figures
    past what a CSV of that size holds are left unreported, for the next digest."""
    zone = ZoneInfo(timezone)
    articles, baseline_articles = _articles(db, zone)
    indicators, baseline_figures = _indicators(db, zone)
    held_back = 0
    if csv_budget is not None:
        from .attachment import row_bytes  # the CSV decides what a figure costs
        room, kept = csv_budget, []
        for indicator in indicators:
            room -= row_bytes(indicator)
            if room < 0:
                break
            kept.append(indicator)
        held_back, indicators = len(indicators) - len(kept), kept
    local = now.astimezone(zone)
    return Digest(
        created_at=now.isoformat(timespec="seconds"), date=local.strftime("%Y-%m-%d"),
        local_time=local.strftime("%Y-%m-%d %H:%M"), timezone=timezone, articles=tuple(articles),
        indicators=tuple(indicators), warnings=warnings, baseline_articles=tuple(baseline_articles),
        baseline_figures=tuple(baseline_figures), series=read_series(db, [i.series for i in indicators]),
        held_back=held_back, updates=collect_updates(db, timezone))


def _local(zone: ZoneInfo, ts: str) -> str:
    return datetime.fromisoformat(ts).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _articles(db: Database, zone: ZoneInfo) -> tuple[list[DigestArticle], list[DigestArticle]]:
    listed: list[DigestArticle] = []
    baseline: list[DigestArticle] = []
    for row in db.execute(
            f"""SELECT a.id, substr(a.title, 1, {fields.TITLE_CHARS + 1}), coalesce(r.name, ''),
                       coalesce(a.region_code, ''), substr(coalesce(a.origin, ''), 1, {fields.NAME_CHARS + 1}),
                       a.published_at, a.url, substr(a.body, 1, 400),
                       (SELECT substr(i.evidence, 1, {fields.LEAD_CHARS + 1}) FROM indicators i
                        WHERE i.article_id = a.id ORDER BY i.evidence_start LIMIT 1),
                       a.baseline_run_id IS NOT NULL
                FROM articles a LEFT JOIN regions r ON r.code = a.region_code
                WHERE a.reported_at IS NULL AND a.is_county_economy = 1
                ORDER BY a.published_at DESC, a.id DESC"""):
        article = DigestArticle(row[0], clip(row[1], fields.TITLE_CHARS), row[2], row[3],
                                clip(row[4], fields.NAME_CHARS), _local(zone, row[5]), web_url(row[6]),
                                clip(row[8] or fields.opening(row[7]), fields.LEAD_CHARS))
        (baseline if row[9] else listed).append(article)
    return listed, baseline


_INDICATOR_SQL = """
    SELECT i.id, i.article_id, coalesce(i.region, ''), i.region_code, i.name, i.kind, i.flag, i.period,
           i.period_end, i.value, i.unit, i.approx, i.previous_value, i.unit_normalized,
           coalesce(i.previous_period_end, ''), coalesce(i.change, ''), i.change_pct, i.evidence,
           i.evidence_start, i.value_start, i.value_end, a.baseline_run_id IS NOT NULL,
           substr(a.title, 1, :title), a.url,
           a.published_at, substr(pa.title, 1, :title), pa.url, w.first
    FROM indicators i JOIN articles a ON a.id = i.article_id
    LEFT JOIN indicators p ON p.id = i.previous_indicator_id LEFT JOIN articles pa ON pa.id = p.article_id
    JOIN (SELECT article_id, evidence_start, min(value_start) AS first FROM indicators
          WHERE reported_at IS NULL AND flag IS NOT NULL AND withdrawn_at IS NULL
          GROUP BY article_id, evidence_start) w
      ON w.article_id = i.article_id AND w.evidence_start = i.evidence_start
    WHERE i.reported_at IS NULL AND i.flag IS NOT NULL AND i.withdrawn_at IS NULL
      AND NOT """ + SAME_ARTICLE_REVISION + """
    ORDER BY i.id"""


def _indicators(db: Database, zone: ZoneInfo) -> tuple[list[DigestIndicator], list[BaselineFigure]]:
    listed: list[DigestIndicator] = []
    baseline: list[BaselineFigure] = []
    for r in db.execute(_INDICATOR_SQL, {"title": fields.TITLE_CHARS + 1}):   # one row at a time
        if r[21]:   # its article is part of the baseline
            baseline.append(BaselineFigure(r[0], r[3], r[4]))
            continue
        evidence, marks = fields.quote(r[17], r[18], r[27] - CONTEXT_CHARS, [(r[19], r[20])])
        approx = "约" if r[11] else ""
        listed.append(DigestIndicator(
            id=r[0], article_id=r[1], region=clip(r[2], fields.NAME_CHARS) or "地区未明", region_code=r[3],
            name=clip(r[4], fields.NAME_CHARS), kind=r[5], flag=r[6], period=clip(r[7], fields.NAME_CHARS),
            period_end=r[8], reading=approx + reading(r[5], r[9], r[10], r[15], r[16]),
            change="" if r[5] == "growth_rate" else fields.change_words(r[15], r[16]),
            previous=_previous(r[5], r[12], r[13]), previous_period_end=r[14], evidence=evidence,
            marks=marks, sentence=(r[1], r[18]), title=clip(r[22], fields.TITLE_CHARS), url=web_url(r[23]),
            published_at=_local(zone, r[24]), previous_title=clip(r[25] or "", fields.TITLE_CHARS),
            previous_url=web_url(r[26] or ""), series=(r[3], r[4], r[5]),
            value=approx + clip(r[9], fields.NAME_CHARS), unit=clip(r[10], fields.NAME_CHARS),
            csv_evidence=fields.quote(r[17], r[18], r[19] - 100, [], fields.CSV_EVIDENCE_CHARS)[0]))
    return listed, baseline


def _previous(kind: str, value: float | None, unit: str) -> str:
    if value is None or not math.isfinite(value):
        return ""
    if kind == "growth_rate":
        return reading(kind, "", "", "", value)
    return format_value(value, unit)


def for_recipient(digest: Digest, recipient: Recipient) -> Digest:
    """The part of a digest a recipient asked for: articles and indicators of their regions, and of
    the indicators they name (the baseline too); the health section is for everyone."""
    regions, names = set(recipient.regions), set(recipient.indicators)

    def region_ok(code: str) -> bool:
        return not regions or code in regions

    def figure_ok(code: str, name: str) -> bool:
        return region_ok(code) and (not names or name in names)

    return replace(
        digest, articles=tuple(a for a in digest.articles if region_ok(a.region_code)),
        indicators=tuple(i for i in digest.indicators if figure_ok(i.region_code, i.name)),
        baseline_articles=tuple(a for a in digest.baseline_articles if region_ok(a.region_code)),
        baseline_figures=tuple(f for f in digest.baseline_figures if figure_ok(f.region_code, f.name)),
        updates=replace(digest.updates, items=tuple(
            replace(u, figures=tuple(f for f in u.figures if not names or f.name in names))
            for u in digest.updates.items if region_ok(u.region_code))))


def subject(digest: Digest, prefix: str) -> str:
    """[甘肃县域经济] 5 篇新文章 · 12 项新指标 · 2 项修订 (2023-11-23). The spaces are no-break
    spaces: Python's header folding can drop an ordinary space that falls between two encoded
    words (RFC 2047)."""
    from ..indicators import BASELINE_LABEL, FLAG_LABELS

    counts = {flag: digest.count(flag) for flag in FLAG_LABELS}
    parts = [f"{len(digest.articles)} 篇新文章"]
    parts += [f"{counts[flag]} 项{label}" for flag, label in FLAG_LABELS.items()
              if counts[flag] or flag != "new_period"]
    if digest.updates.items:
        parts.append(f"{len(digest.updates.items)} 篇文章更新")
    if digest.baseline_articles or digest.baseline_figures:
        parts.append(f"已建立{BASELINE_LABEL}")
    if digest.warnings:
        parts.append("运行异常")
    return fields.one_line(f"{prefix} {' · '.join(parts)} ({digest.date})".strip()).replace(" ", "\u00a0")
