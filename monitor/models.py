"""Values passed between the pipeline's stages. Frozen: a stage returns new values, never edits."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Article", "FetchedPage", "NotArticle", "ParsedPage", "RunReport"]


@dataclass(frozen=True)
class FetchedPage:
    """One HTTP response, decoded. `not_modified` is a 304 answer to a conditional request."""

    url: str
    status: int
    text: str = ""
    encoding: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    size: int = 0


@dataclass(frozen=True)
class ParsedPage:
    """What one article page yields: the fields it has, and the link to its next page if any."""

    url: str
    parser: str
    title: str | None
    published_at: str | None
    origin: str | None
    author: str | None
    editor: str | None
    breadcrumb: tuple[str, ...]
    body: tuple[str, ...]
    next_page_url: str | None = None


@dataclass(frozen=True)
class NotArticle:
    """A page at an article URL that is not an article: a soft 404 or a redirect page."""

    url: str
    kind: Literal["soft_404", "redirect"]
    detail: str = ""


@dataclass(frozen=True)
class Article:
    """A complete article, ready to store."""

    id: int
    url: str
    source: str
    title: str
    published_at: str
    body: tuple[str, ...]
    parser: str
    origin: str | None = None
    author: str | None = None
    editor: str | None = None
    breadcrumb: tuple[str, ...] = ()
    pages: int = 1
    encoding: str = ""
    etag: str | None = None            # validators of its first page, for conditional re-checks
    last_modified: str | None = None

    @property
    def channel(self) -> str | None:
        return self.breadcrumb[-1] if self.breadcrumb else None

    @property
    def body_text(self) -> str:
        return "\n".join(self.body)

    @property
    def content_hash(self) -> str:
        data = "\x1f".join([self.title, self.published_at, self.body_text])
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    @property
    def edition(self) -> tuple[str, str | None, str | None, str, str]:
        """The fields whose change is an edit (title, origin, author, time, body); never the
        editor, breadcrumb or anything else on the page."""
        return (self.title, self.origin, self.author, self.published_at, self.body_text)


@dataclass
class RunReport:
    """Counts for one crawl cycle, printed by the CLI and kept in `crawl_runs`."""

    run_id: int = 0
    started_at: str = ""
    ended_at: str = ""
    listing_pages: int = 0
    not_modified: int = 0
    article_pages: int = 0
    new_articles: int = 0
    updated_articles: int = 0
    skipped: int = 0
    failures: int = 0
    retried: int = 0
    recovered: int = 0
    blocked_by_robots: int = 0
    indicators: int = 0
    flagged: int = 0
    baseline: bool = False   # the first crawl into an empty database, or --backfill-pages
    rechecked: int = 0          # stored articles re-fetched (recheck.py)
    edited: int = 0             # of which changed to a text not seen before
    reverted: int = 0           # of which changed back to an earlier version
    withdrawn: int = 0          # of which marked withdrawn
    queued: int = 0          # article URLs left in the queue for later cycles
    errors: list[str] = field(default_factory=list)

    @property
    def pages_fetched(self) -> int:
        return self.listing_pages + self.article_pages

    def summary(self) -> str:
        return (
            f"crawl: {self.new_articles} new articles, {self.updated_articles} updated, "
            f"{self.failures} failures, {self.skipped} not articles; "
            f"{self.indicators} indicators ({self.flagged} flagged); "
            f"{self.pages_fetched} pages fetched ({self.not_modified} unchanged listings)"
            + ("; stored as the baseline: the next digest summarises it" if self.baseline else "")
            + (f"; {self.rechecked} re-checked: {self.edited} edited, {self.reverted} reverted, "
               f"{self.withdrawn} withdrawn" if self.rechecked else "")
            + (f"; {self.queued} articles queued for later cycles" if self.queued else "")
        )
