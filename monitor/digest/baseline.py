"""The baseline section: what a first crawl or a backfill stored, in a few lines instead of
hundreds of items (已建立基线：N 篇文章、M 项指标，覆盖 K 个县区，first day 至 last day)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .content import Digest, DigestArticle
from .places import place

__all__ = ["BaselineSummary", "summarise"]

NEWEST = 5


@dataclass(frozen=True)
class BaselineSummary:
    articles: int
    indicators: int
    counties: int                  # county-level regions its articles and figures cover
    first_date: str                # publication dates of its articles ("" when it has none)
    last_date: str
    newest: tuple[DigestArticle, ...]
    by_prefecture: tuple[tuple[str, int, int], ...]   # (prefecture, articles, figures), most first


def summarise(digest: Digest) -> BaselineSummary | None:
    """The baseline a (recipient's) digest carries, or None when it carries none."""
    articles, figures = digest.baseline_articles, digest.baseline_figures
    if not articles and not figures:
        return None
    codes = [a.region_code for a in articles] + [f.region_code for f in figures]
    counties = {c for c in codes if place(c).level == "county"}
    per_articles = Counter(place(a.region_code).prefecture for a in articles)
    per_figures = Counter(place(f.region_code).prefecture for f in figures)
    prefectures = sorted(set(per_articles) | set(per_figures),
                         key=lambda p: (-per_articles[p] - per_figures[p], p))
    dates = sorted(a.published_at[:10] for a in articles)
    newest = tuple(sorted(articles, key=lambda a: (a.published_at, a.id), reverse=True)[:NEWEST])
    return BaselineSummary(len(articles), len(figures), len(counties), dates[0] if dates else "",
                           dates[-1] if dates else "", newest,
                           tuple((p, per_articles[p], per_figures[p]) for p in prefectures))
