"""One crawl cycle: the only module that knows the order of the stages.

    listing pages --discover--> new article URLs --queue--> fetch --> page(s) --extract--> Article --store
    stored articles due a re-check (recheck.py) --conditional fetch--> unchanged | new version |
        withdrawn (store/versions.py)

Errors are isolated: a listing that fails skips its source for this cycle; an article that
fails is recorded in `failures` with its URL and reason and tried again in later cycles. The
database failing (disk full, read-only) stops the cycle with that error.

Volume is bounded: every article URL a listing shows goes into `crawl_queue` first, and a
cycle fetches at most `max_new_articles_per_cycle` of them (then retries, within the same
budget); the rest wait in the queue, oldest first, for later cycles.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from . import __version__, economy, recheck
from .config import Config, Source
from .crawl.discover import discover_links, find_maxpage, maxpage_script_url, older_page_urls
from .crawl.extract import parse_article
from .crawl.fetch import Fetcher
from .crawl.urls import canonicalize_url, cms_id
from .errors import ExtractError, FetchError, MonitorError, StoreError
from .models import Article, FetchedPage, NotArticle, ParsedPage, RunReport
from .store import queries, versions, writes

__all__ = ["Progress", "run_once", "utc_now"]

log = logging.getLogger(__name__)

_UNTIL_KNOWN = 10_000   # "every older page", bounded by the listing's maxpage
PERMANENT_ATTEMPTS = 2  # a page that is gone (404, 410) or too large is tried this many times

Progress = Callable[[int, int, int], None]
"""on_progress(listing pages done, listing pages planned, articles stored)"""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class _Cycle:
    config: Config
    db: Database
    fetcher: Fetcher
    report: RunReport
    clock: Callable[[], str]
    backfill_pages: int | None
    on_progress: Progress | None
    stop: Callable[[], bool]
    recheck_all: bool = False
    pages_planned: int = 0
    articles_fetched: int = 0   # queued URLs and retries taken this cycle (the budget)

    def check_stop(self) -> None:
        if self.stop():
            raise _Stopped()

    @property
    def budget_left(self) -> int:
        """Article fetches this cycle may still make. A backfill (--backfill-pages) is asked for
        by the operator and is the baseline: it fetches everything its pages list."""
        if self.backfill_pages is not None:
            return 1 << 62
        return self.config.crawl.max_new_articles_per_cycle - self.articles_fetched

    @property
    def baseline_run(self) -> int | None:
        return self.report.run_id if self.report.baseline else None


class _Stopped(Exception):
    """Asked to stop (SIGTERM to the daemon): raised between two articles, never inside one."""


def run_once(config: Config, db: Database, fetcher: Fetcher, *, backfill_pages: int | None = None,
             clock: Callable[[], str] = utc_now, on_progress: Progress | None = None,
             stop: Callable[[], bool] | None = None, recheck_all: bool = False) -> RunReport:
    """Crawl every source once, then re-check the stored articles that are due (`recheck_all`:
    every one inside the window); returns what happened (also kept in `crawl_runs`). `stop()` is
    asked before each article and listing page: when it says yes the cycle ends there, with
    every article either stored or not touched, and `crawl_runs.status` 'stopped'."""
    report = RunReport(started_at=clock())
    report.run_id, report.baseline = writes.start_run(db, report.started_at,
                                                      backfill=backfill_pages is not None)
    cycle = _Cycle(config, db, fetcher, report, clock, backfill_pages, on_progress, stop or (lambda: False),
                   recheck_all)
    status = "failed"
    try:
        _read_indicators(cycle, economy.read_stored(db, clock()))   # left unread by a crash or an upgrade
        retries = {s.name: queries.retry_candidates(db, s.name, config.crawl.max_attempts)
                   for s in config.sources}
        for source in config.sources:
            _crawl_source(cycle, source)
        _drain_queue(cycle)   # what earlier cycles left, and sources whose listing failed
        for source in config.sources:
            _retry(cycle, source, retries[source.name])
        _recheck_articles(cycle)
        status = "ok" if not report.errors else "partial"
    except _Stopped:
        status = "stopped"
        log.info("crawl stopped on request after %d new articles", report.new_articles)
    except StoreError as exc:
        report.errors.append(f"database: {exc}")
        log.error("crawl stopped: %s", exc)
        raise
    finally:
        _finish(cycle, status)
    return report


def _finish(cycle: _Cycle, status: str) -> None:
    report = cycle.report
    report.ended_at = cycle.clock()
    try:
        report.queued = queries.queue_size(cycle.db)
        if report.queued and status != "failed":
            log.info("%d article URLs wait in the queue for later cycles (max_new_articles_per_cycle %d)",
                     report.queued, cycle.config.crawl.max_new_articles_per_cycle)
        writes.finish_run(cycle.db, report, requests=cycle.fetcher.requests, status=status)
    except StoreError as exc:   # the database is failing: the next run closes this one
        log.error("could not record the end of crawl run %d: %s", report.run_id, exc)


def _crawl_source(cycle: _Cycle, source: Source) -> None:
    """Walk the source's listings; what they show is queued, and the queue is drained (within
    the cycle's budget) after each listing page."""
    try:
        for listing_url in source.listing_urls:
            for urls in _listing_pages(cycle, source, listing_url):
                writes.enqueue(cycle.db, source.name, urls, cycle.clock(), cycle.baseline_run)
                _drain_queue(cycle)
    except (_Stopped, StoreError):
        raise
    except MonitorError as exc:
        cycle.report.errors.append(f"{source.name}: {exc}")
        log.error("source %s: listing failed, trying again next cycle: %s", source.name, exc)
    except Exception as exc:  # a bug must not cost the other sources their cycle
        cycle.report.errors.append(f"{source.name}: unexpected error: {exc!r}")
        log.exception("source %s: unexpected error; the other sources go on", source.name)


def _drain_queue(cycle: _Cycle) -> None:
    """Fetch queued article URLs, oldest found first, while the cycle's budget lasts."""
    sources = {s.name: s for s in cycle.config.sources}
    taken: set[str] = set()
    while cycle.budget_left > 0:
        batch = queries.queued(cycle.db, sources, min(cycle.budget_left, 100))
        batch = [row for row in batch if row[0] not in taken]
        if not batch:
            return
        for url, name, baseline_run in batch:
            if cycle.budget_left <= 0:
                return
            cycle.check_stop()
            taken.add(url)
            cycle.articles_fetched += 1
            _process_article(cycle, sources[name], url, baseline_run=baseline_run or cycle.baseline_run)


def _retry(cycle: _Cycle, source: Source, retries: list[queries.Retry]) -> None:
    for retry in retries:
        if cycle.budget_left <= 0:
            return
        cycle.check_stop()
        cycle.articles_fetched += 1
        cycle.report.retried += 1
        if _process_article(cycle, source, retry.url, retry):
            cycle.report.recovered += 1


def _listing_pages(cycle: _Cycle, source: Source, listing_url: str) -> Iterator[list[str]]:
    """New article URLs, one list per listing page read, newest page first.

    An ordinary cycle stops paging at the first page whose oldest article was processed by
    the last *finished* walk of this listing: everything older was processed then. (The
    oldest, not any: a pinned old article at the top must not stop it.) A walk killed
    half-way finishes nothing, so the next cycle pages past what it stored; the listing's
    validators are saved only when a walk finishes, for the same reason. The first walk reads
    `max_listing_pages` older pages; later ones page until they meet processed articles, so
    a burst of news or a week of downtime leaves no gap.
    """
    db, fetcher, report = cycle.db, cycle.fetcher, cycle.report
    backfill = cycle.backfill_pages is not None
    state = queries.listing_state(db, listing_url)
    etag, modified = (None, None) if backfill else (state.etag, state.last_modified)
    page = fetcher.fetch(listing_url, source.allowed_hosts, etag=etag, last_modified=modified)
    report.listing_pages += 1
    if page.not_modified:
        report.not_modified += 1
        log.info("listing unchanged: %s", listing_url)
        return
    new, reached_known = _new_links(cycle, source, page.text, page.url, state.walked_at)
    if backfill:
        limit = cycle.backfill_pages or 0
    elif state.walked_at is None:
        limit = cycle.config.crawl.max_listing_pages
    else:
        limit = _UNTIL_KNOWN
    older = [] if reached_known and not backfill else \
        _older_pages(cycle, source, page.text, page.url, limit)
    cycle.pages_planned += 1 + len(older)
    yield new
    _progress(cycle)
    for older_url in older:
        if reached_known and not backfill:
            break
        cycle.check_stop()
        older_page = fetcher.fetch(older_url, source.allowed_hosts)
        report.listing_pages += 1
        new, reached_known = _new_links(cycle, source, older_page.text, older_page.url,
                                        state.walked_at)
        yield new
        _progress(cycle)
    writes.save_listing_state(db, listing_url, page.etag, page.last_modified, cycle.clock())


def _new_links(cycle: _Cycle, source: Source, html: str, url: str,
               walked_at: str | None) -> tuple[list[str], bool]:
    """(links not seen before, whether the page links an article processed by a finished
    walk of this listing)."""
    hosts = frozenset(source.allowed_hosts)
    links = []
    found, scoped = discover_links(html, url, source)
    if not scoped:
        log.warning("source %s: listing_selector %r matches nothing on %s; reading every link "
                    "on the page (has the listing layout changed?)", source.name,
                    source.listing_selector, url)
    for link in found:
        if cycle.fetcher.allowed_by_robots(link, hosts):
            links.append(link)
        else:
            cycle.report.blocked_by_robots += 1
            log.info("robots.txt disallows %s; not fetching it", link)
    known = queries.known_urls(cycle.db, links)
    oldest = known.get(links[-1]) if links else None
    reached = walked_at is not None and oldest is not None and oldest <= walked_at
    return [u for u in links if u not in known], reached


def _older_pages(cycle: _Cycle, source: Source, html: str, url: str, limit: int) -> list[str]:
    if not source.page_url_pattern or limit <= 0:
        return []
    maxpage = find_maxpage(html)
    script = maxpage_script_url(html, url) if maxpage is None else None
    if script is not None:
        maxpage = find_maxpage(cycle.fetcher.fetch(script, source.allowed_hosts).text)
        cycle.report.listing_pages += 1
    if maxpage is None:
        log.warning("source %s: no maxpage found on %s; not following older pages", source.name, url)
        return []
    return older_page_urls(source.page_url_pattern, maxpage, limit)


def _process_article(cycle: _Cycle, source: Source, url: str, retry: queries.Retry | None = None, *,
                     baseline_run: int | None = None) -> bool:
    """Fetch, parse and store one article; a failure is recorded, never raised. `baseline_run`:
    the baseline run it belongs to (it was found by one)."""
    db, report, now = cycle.db, cycle.report, cycle.clock()
    try:
        article = _fetch_article(cycle, source, url, retry)
        if isinstance(article, NotArticle):
            writes.record_skip(db, url=url, source=source.name, kind=article.kind,
                               detail=article.detail, now=now)
            report.skipped += 1
            log.info("not an article (%s): %s %s", article.kind, url, article.detail)
            return True
        outcome = writes.store_article(db, article, now, baseline_run=baseline_run or cycle.baseline_run)
    except (FetchError, ExtractError) as exc:
        _record_failure(cycle, source, url, exc)
        return False
    except StoreError:
        raise   # the database itself is failing: nothing more can be recorded this cycle
    except Exception as exc:  # a bug in our code on this page: keep the URL, go on
        log.exception("unexpected error on %s", url)
        _record_failure(cycle, source, url, ExtractError(url, f"unexpected error: {exc!r}"),
                        stage="bug")
        return False
    if outcome == "duplicate":
        report.skipped += 1
        log.info("same CMS id as an article already stored: %s", url)
        return True
    report.new_articles += outcome == "new"
    report.updated_articles += outcome == "updated"
    log.debug("%s article %d: %s", outcome, article.id, article.title)
    if outcome in ("new", "updated"):
        _read_article_indicators(cycle, article)
    _progress(cycle)
    return True


def _read_article_indicators(cycle: _Cycle, article: Article) -> None:
    """The indicators stage for one stored article. A bug here leaves the article stored and
    unread; the next cycle reads it again (economy.read_stored)."""
    text = queries.ArticleText(article.id, article.url, article.title, article.body_text,
                               article.published_at, article.channel)
    report = economy.ReadReport()
    try:
        report.add(economy.read_article(cycle.db, text, cycle.clock()))
    except StoreError:
        raise
    except Exception:
        log.exception("indicators: could not read article %d (%s); trying again next cycle",
                      article.id, article.url)
        return
    _read_indicators(cycle, report)


def _read_indicators(cycle: _Cycle, read: economy.ReadReport) -> None:
    cycle.report.indicators += read.added
    cycle.report.flagged += read.flagged


def _record_failure(cycle: _Cycle, source: Source, url: str, exc: FetchError | ExtractError,
                    stage: str | None = None) -> int:
    stage = stage or ("fetch" if isinstance(exc, FetchError) else "parse")
    not_tried = isinstance(exc, FetchError) and exc.not_tried
    attempts = writes.record_failure(
        cycle.db, url=url, source=source.name, stage=stage, reason=exc.reason, now=cycle.clock(),
        http_status=getattr(exc, "status", None), etag=getattr(exc, "etag", None),
        last_modified=getattr(exc, "last_modified", None), attempted=not not_tried,
        layouts=_fingerprint(source), max_attempts=PERMANENT_ATTEMPTS if exc.permanent else None)
    cycle.report.failures += 1
    log.warning("%s failed (attempt %d): %s: %s", stage, attempts, url, exc.reason)
    return attempts


def _recheck_articles(cycle: _Cycle) -> None:
    """Re-fetch the stored articles that are due (recheck.py) with conditional requests through
    the same fetcher, so the same per-host rate limit. A re-check that fails leaves the stored
    version as it is: it is recorded in `failures` and the article stays due."""
    settings, now = cycle.config.recheck, cycle.clock()
    sources = {s.name: s for s in cycle.config.sources}
    since = recheck.window_start(now, settings, everything=cycle.recheck_all)
    candidates = [c for c in queries.recheck_candidates(cycle.db, since) if c.source in sources]
    for candidate in recheck.select(candidates, now, settings, everything=cycle.recheck_all):
        cycle.check_stop()
        _recheck_article(cycle, sources[candidate.source], candidate.id)


def _recheck_article(cycle: _Cycle, source: Source, article_id: int) -> None:
    stored = queries.stored_article(cycle.db, article_id)
    if stored is None:
        return
    cycle.report.rechecked += 1
    try:
        page = cycle.fetcher.fetch(stored.url, source.allowed_hosts, etag=stored.etag,
                                   last_modified=stored.last_modified)
        cycle.report.article_pages += 1
        if page.not_modified:
            versions.checked(cycle.db, stored, cycle.clock(), etag=page.etag, last_modified=page.last_modified)
            return
        found = _read_pages(cycle, source, stored.url, page)
        if isinstance(found, NotArticle) and found.kind == "soft_404":
            _withdraw(cycle, stored, f"soft 404: {found.detail}")
        elif isinstance(found, NotArticle):
            raise ExtractError(stored.url, f"now a {found.kind} page to {found.detail}; not taken as a version")
        else:
            _compare_and_store(cycle, stored, found)
    except FetchError as exc:
        if exc.status in (404, 410) and exc.url == stored.url:
            _gone(cycle, stored, exc)
        else:
            _recheck_failed(cycle, source, stored, exc)
    except ExtractError as exc:
        _recheck_failed(cycle, source, stored, exc)
    except StoreError:
        raise
    except Exception as exc:  # a bug in our code on this page: keep the stored version, go on
        log.exception("unexpected error re-checking %s", stored.url)
        _recheck_failed(cycle, source, stored, ExtractError(stored.url, f"unexpected error: {exc!r}"), "bug")


def _compare_and_store(cycle: _Cycle, stored: queries.Stored, article: Article) -> None:
    earlier = {v.version: v.edition for v in queries.article_versions(cycle.db, stored.id)}
    verdict = recheck.compare(stored.edition, stored.parser, earlier, article.edition, article.parser)
    now = cycle.clock()
    if verdict.kind == "unchanged":
        versions.checked(cycle.db, stored, now, etag=article.etag, last_modified=article.last_modified)
        return
    if verdict.kind == "parser_changed":
        raise ExtractError(stored.url, f"read by parser {article.parser}, stored by {stored.parser}: "
                           f"a layout change, not taken as an edit ({', '.join(verdict.changed)} changed)")
    edited = verdict.kind == "edited"
    detail = ", ".join(verdict.changed) if edited else f"same as version {verdict.same_as}"
    text = queries.ArticleText(article.id, stored.url, article.title, article.body_text,
                               article.published_at, article.channel)
    try:
        indicators = economy.extract(text)
    except Exception:   # a bug in the extractor: the version is kept, its figures read next cycle
        log.exception("indicators: could not read article %d (%s)", article.id, stored.url)
        indicators = None
    counts = versions.new_version(cycle.db, stored, article, now, kind=verdict.kind,
                                  changed=verdict.changed, detail=detail, indicators=indicators)
    cycle.report.edited += edited
    cycle.report.reverted += not edited
    log.info("article %d %s (version %d): %s", stored.id, verdict.kind, stored.version + 1, detail)
    read = economy.ReadReport()
    read.add(counts)
    _read_indicators(cycle, read)


def _gone(cycle: _Cycle, stored: queries.Stored, exc: FetchError) -> None:
    """404/410: withdrawn when it says so a second time, in a later cycle than the first."""
    what = recheck.on_gone(stored.withdrawn_at, stored.missing_since, cycle.report.started_at)
    if what == "missing":
        versions.missing(cycle.db, stored, cycle.clock())
        log.info("article %d answers %s; withdrawn if it still does next cycle", stored.id, exc.reason)
        return
    first = f" (first on {stored.missing_since})" if stored.missing_since else ""
    _withdraw(cycle, stored, f"{exc.reason}{first}")


def _withdraw(cycle: _Cycle, stored: queries.Stored, detail: str) -> None:
    versions.withdrawn(cycle.db, stored, cycle.clock(), detail)
    if stored.withdrawn_at is None:
        cycle.report.withdrawn += 1
        log.info("article %d withdrawn: %s", stored.id, detail)


def _recheck_failed(cycle: _Cycle, source: Source, stored: queries.Stored, exc: FetchError | ExtractError,
                    stage: str | None = None) -> None:
    """Recorded like any failure; the article stays due, so the next cycle tries again, until
    `max_attempts` failures give this checkpoint up (the next one tries again)."""
    attempts = _record_failure(cycle, source, stored.url, exc, stage)
    if attempts >= cycle.config.crawl.max_attempts:
        versions.checked(cycle.db, stored, cycle.clock(), answered=False)


@functools.lru_cache(maxsize=64)
def _fingerprint(source: Source) -> str:
    """Names the parser a page was judged by: a page that failed to parse is fetched again
    in full (not conditionally) once the layouts or the extractor have changed."""
    return hashlib.sha1(f"{__version__}{source.layouts!r}".encode()).hexdigest()[:12]


def _fetch_article(cycle: _Cycle, source: Source, url: str,
                   retry: queries.Retry | None) -> Article | NotArticle:
    hosts = source.allowed_hosts
    same_parser = retry is not None and retry.layouts == _fingerprint(source)
    etag, modified = (retry.etag, retry.last_modified) if retry and same_parser else (None, None)
    page = cycle.fetcher.fetch(url, hosts, etag=etag, last_modified=modified)
    cycle.report.article_pages += 1
    if page.not_modified and retry is not None:   # unchanged page, same parser: same result
        raise ExtractError(url, retry.reason, etag=etag, last_modified=modified)
    return _read_pages(cycle, source, url, page)


def _read_pages(cycle: _Cycle, source: Source, url: str, page: FetchedPage) -> Article | NotArticle:
    """The article whose first page is `page`: parsed, its further pages fetched and read."""
    hosts = source.allowed_hosts
    try:
        parsed = parse_article(page.text, page.url, source.layouts)
    except ExtractError as exc:
        raise ExtractError(url, exc.reason, etag=page.etag, last_modified=page.last_modified) from None
    if isinstance(parsed, NotArticle):
        return parsed
    body, pages, current, seen = list(parsed.body), 1, parsed, {canonicalize_url(url)}
    chars = len(parsed.title or "") + sum(map(len, body))
    while True:
        _check_length(cycle, url, chars, pages)
        if not current.next_page_url or current.next_page_url in seen:
            break
        if pages >= cycle.config.crawl.max_article_pages:
            log.warning("%s: stopped after %d pages", url, pages)
            break
        seen.add(current.next_page_url)
        more = cycle.fetcher.fetch(current.next_page_url, hosts)
        cycle.report.article_pages += 1
        follow = parse_article(more.text, more.url, source.layouts, continuation=True)
        if isinstance(follow, NotArticle):
            raise ExtractError(url, f"page {pages + 1} ({current.next_page_url}) is a {follow.kind}")
        body.extend(follow.body)
        chars += sum(map(len, follow.body))
        pages, current = pages + 1, follow
    return _article(source, url, parsed, tuple(body), pages, page)


def _check_length(cycle: _Cycle, url: str, chars: int, pages: int) -> None:
    cap = cycle.config.crawl.max_article_chars
    if chars > cap:
        raise ExtractError(url, f"article is over max_article_chars ({cap:,}): {chars:,} characters "
                           f"in {pages} page(s); not stored", permanent=True)


def _article(source: Source, url: str, parsed: ParsedPage, body: tuple[str, ...], pages: int,
             first: FetchedPage) -> Article:
    article_id = cms_id(url)
    if article_id is None:
        raise ExtractError(url, "no CMS id in the URL")
    assert parsed.title and parsed.published_at  # parse_article checked both
    return Article(
        id=article_id, url=canonicalize_url(url), source=source.name, title=parsed.title,
        published_at=parsed.published_at, body=body, parser=parsed.parser,
        origin=parsed.origin, author=parsed.author, editor=parsed.editor,
        breadcrumb=parsed.breadcrumb, pages=pages, encoding=first.encoding, etag=first.etag,
        last_modified=first.last_modified,
    )


def _progress(cycle: _Cycle) -> None:
    if cycle.on_progress is not None:
        cycle.on_progress(cycle.report.listing_pages, max(cycle.pages_planned, 1),
                          cycle.report.new_articles)
