"""The order of a digest, the same for its text and HTML parts (README, "What the digest says"):

    1 summary     per prefecture -> county, the headline indicators in a fixed order: old -> new, change
    2 revisions   old value struck through -> new value, both articles linked
    3 figures     the other new figures by county, article and sentence: each sentence quoted once
    4 articles    the new articles, each with the first sentence that states a figure
    + baseline    what a first crawl or backfill stored, summarised (baseline.py)

Counties stand under their prefecture; prefectures and counties with more changes come first.
`Limits` bounds each section; what is left out is counted (and in the CSV attachment).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .baseline import BaselineSummary, summarise
from .content import Digest, DigestArticle, DigestIndicator
from .places import place

__all__ = ["ArticleFigures", "CountyFigures", "Limits", "PrefectureSummary", "Sentence", "SummaryRow", "View",
           "build_view"]


@dataclass(frozen=True)
class Limits:
    summary_rows: int = 40      # about one screen
    revisions: int = 40
    sentences: int = 150
    articles: int = 60

    def scaled(self, factor: float) -> Limits:
        return Limits(*(max(1, int(getattr(self, f) * factor)) for f in
                        ("summary_rows", "revisions", "sentences", "articles")))


@dataclass(frozen=True)
class SummaryRow:
    region: str
    figure: DigestIndicator


@dataclass(frozen=True)
class PrefectureSummary:
    prefecture: str
    rows: tuple[SummaryRow, ...]


@dataclass(frozen=True)
class Sentence:
    parts: tuple[tuple[str, bool], ...]      # the quote as (text, is a figure) pieces
    figures: tuple[DigestIndicator, ...]


@dataclass(frozen=True)
class ArticleFigures:
    title: str
    url: str
    published_at: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class CountyFigures:
    prefecture: str
    region: str
    articles: tuple[ArticleFigures, ...]


@dataclass(frozen=True)
class View:
    summary: tuple[PrefectureSummary, ...]
    revisions: tuple[DigestIndicator, ...]
    figures: tuple[CountyFigures, ...]
    articles: tuple[DigestArticle, ...]
    baseline: BaselineSummary | None
    more_articles: int          # new articles not listed
    more_figures: int           # flagged figures shown nowhere in the message (they are in the CSV)
    shown_figures: int

    @property
    def empty(self) -> bool:
        return not (self.summary or self.revisions or self.figures or self.articles or self.baseline)


def build_view(digest: Digest, headline: tuple[str, ...], limits: Limits) -> View:
    rank = _rank(digest.indicators)
    summary, in_summary = _summary(digest.indicators, headline, rank, limits.summary_rows)
    revisions = tuple(sorted((i for i in digest.indicators if i.flag == "revised"),
                             key=lambda i: (rank[i.region_code], i.id)))[:limits.revisions]
    rest = [i for i in digest.indicators if i.flag != "revised" and i.id not in in_summary]
    figures = _figures(rest, rank, limits.sentences)
    shown = len(in_summary) + len(revisions) + sum(
        len(s.figures) for c in figures for a in c.articles for s in a.sentences)
    return View(summary, revisions, figures, digest.articles[:limits.articles], summarise(digest),
                more_articles=max(0, len(digest.articles) - limits.articles),
                more_figures=len(digest.indicators) - shown, shown_figures=shown)


def _rank(indicators: tuple[DigestIndicator, ...]) -> dict[str, tuple[int, int, str, str]]:
    """Sort key of each region: its prefecture's changes, then its own, most first."""
    per_region = Counter(i.region_code for i in indicators)
    per_prefecture: Counter[str] = Counter()
    for code, n in per_region.items():
        per_prefecture[place(code).prefecture_code] += n
    return defaultdict(lambda: (0, 0, "", ""), {
        code: (-per_prefecture[place(code).prefecture_code], -n, place(code).prefecture_code, code)
        for code, n in per_region.items()})


def _summary(indicators: tuple[DigestIndicator, ...], headline: tuple[str, ...],
             rank: dict[str, tuple[int, int, str, str]], room: int) -> tuple[tuple[PrefectureSummary, ...], set[int]]:
    """One row per region and headline indicator: its latest period, an amount before a rate."""
    order = {name: n for n, name in enumerate(headline)}
    best: dict[tuple[str, str], DigestIndicator] = {}
    for i in indicators:
        if i.name in order and i.flag != "revised":
            key = (i.region_code, i.name)
            if key not in best or _newer(i, best[key]):
                best[key] = i
    chosen = sorted(best.values(), key=lambda i: (rank[i.region_code], order[i.name]))[:room]
    blocks: dict[str, list[SummaryRow]] = {}
    for i in chosen:
        blocks.setdefault(place(i.region_code).prefecture, []).append(SummaryRow(i.region, i))
    return tuple(PrefectureSummary(p, tuple(rows)) for p, rows in blocks.items()), {i.id for i in chosen}


def _newer(a: DigestIndicator, b: DigestIndicator) -> bool:
    """A later period wins; in the same period an amount beats a rate."""
    return (a.period_end, a.kind == "amount") > (b.period_end, b.kind == "amount")


def _figures(rest: list[DigestIndicator], rank: dict[str, tuple[int, int, str, str]],
             room: int) -> tuple[CountyFigures, ...]:
    """County -> article -> sentence, each sentence once with every figure it carries here."""
    by_sentence: dict[tuple[int, int], list[DigestIndicator]] = {}
    for i in rest:
        by_sentence.setdefault(i.sentence, []).append(i)
    ordered = sorted(by_sentence.values(), key=lambda s: (rank[s[0].region_code], s[0].region_code,
                                                          s[0].published_at, s[0].article_id, s[0].sentence))
    counties: dict[str, dict[int, list[Sentence]]] = {}
    heads: dict[tuple[str, int], DigestIndicator] = {}   # the first figure of each county's article
    for group in ordered[:room]:
        first = group[0]
        heads.setdefault((first.region_code, first.article_id), first)
        counties.setdefault(first.region_code, {}).setdefault(first.article_id, []).append(_sentence(group))
    return tuple(
        CountyFigures(place(code).prefecture, heads[(code, next(iter(articles)))].region, tuple(
            ArticleFigures(heads[(code, a)].title, heads[(code, a)].url, heads[(code, a)].published_at,
                           tuple(sentences))
            for a, sentences in articles.items()))
        for code, articles in counties.items())


def _sentence(figures: list[DigestIndicator]) -> Sentence:
    """The quote cut into plain and figure pieces (every figure of the group highlighted)."""
    text = figures[0].evidence
    marks = sorted({m for i in figures for m in i.marks if 0 <= m[0] < m[1] <= len(text)})
    parts: list[tuple[str, bool]] = []
    at = 0
    for start, end in marks:
        if start < at:
            continue   # overlapping figures: the first one is highlighted
        parts += [(text[at:start], False), (text[start:end], True)]
        at = end
    parts.append((text[at:], False))
    ordered = sorted(figures, key=lambda i: (i.marks[0] if i.marks else (len(text), 0), i.id))
    return Sentence(tuple(p for p in parts if p[0]), tuple(ordered))
