"""The indicators stage: read the economic figures of stored articles and store them, flagged.

Runs after an article is stored (pipeline.py), and over stored articles on demand
(`monitor indicators --reextract`). Articles are read in publication order, so that on a full
re-read the flags tell the story in the order it was published.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlite_utils import Database

from .errors import StoreError
from .indicators import EXTRACTOR_VERSION, ArticleIndicators, extract_indicators
from .indicators.extract import MAX_OBSERVATIONS
from .store import queries, writes

__all__ = ["ReadReport", "extract", "read_article", "read_stored"]

log = logging.getLogger(__name__)


@dataclass
class ReadReport:
    articles: int = 0
    failed: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def added(self) -> int:
        return sum(self.counts.get(k, 0) for k in ("new_indicator", "new_period", "revised", "seen", "conflict"))

    @property
    def flagged(self) -> int:
        return sum(self.counts.get(k, 0) for k in ("new_indicator", "new_period", "revised"))

    def add(self, counts: dict[str, int]) -> None:
        self.articles += 1
        for key, n in counts.items():
            self.counts[key] = self.counts.get(key, 0) + n

    def summary(self) -> str:
        c = self.counts
        return (f"indicators: {self.articles} articles read, {self.added} new rows "
                f"({c.get('new_indicator', 0)} new indicators, {c.get('new_period', 0)} new periods, "
                f"{c.get('revised', 0)} revised, {c.get('conflict', 0)} conflicting), {c.get('removed', 0)} removed"
                + (f", {self.failed} articles failed (see the log)" if self.failed else ""))


def extract(article: queries.ArticleText) -> ArticleIndicators:
    """One article's indicators, read and not stored (pure)."""
    result = extract_indicators(article.title, article.body, article.published_at, article.channel)
    if result.over_cap:
        log.warning("indicators: article %d (%s) states %d more figures than the %d kept per article",
                    article.id, article.url, result.over_cap, MAX_OBSERVATIONS)
    return result


def read_article(db: Database, article: queries.ArticleText, now: str, *,
                 in_order: bool = False) -> dict[str, int]:
    """Extract and store one article's indicators; returns the counts of save_indicators. A
    figure is flagged against every other article stored, or with `in_order` against the
    articles published before it."""
    return writes.save_indicators(db, article.id, extract(article), now, in_order=in_order)


def read_stored(db: Database, now: str, *, everything: bool = False,
                on_progress: Callable[[int, int], None] | None = None) -> ReadReport:
    """Read the articles not yet read by this extractor version (or, `everything`, all of them).

    A bug on one article is logged and leaves it unread, to be tried again next time; the
    others go on. Database errors stop the stage (StoreError).
    """
    report = ReadReport()
    ids = queries.articles_to_read(db, None if everything else EXTRACTOR_VERSION)
    for done, article_id in enumerate(ids, 1):
        article = queries.article_text(db, article_id)
        if article is None:
            continue
        try:
            report.add(read_article(db, article, now, in_order=True))
        except StoreError:
            raise
        except Exception:   # a bug in the extractor on this article: keep going
            report.failed += 1
            log.exception("indicators: could not read article %d (%s)", article.id, article.url)
        if on_progress is not None:
            on_progress(done, len(ids))
    return report
