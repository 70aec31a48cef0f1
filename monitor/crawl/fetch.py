"""Fetch pages politely and defensively.

One `Fetcher` per crawl: an httpx client with a per-host rate limit, timeouts and one deadline
per request (`transport.py`), retries with exponential backoff and jitter (connect errors,
timeouts, 5xx, 429 with Retry-After), robots.txt (RFC 9309, through protego), conditional
requests, a size cap that holds for compressed bodies too (`body.py`), redirects only within
the allowed hosts and robots.txt, and charset handling (`charset.py`). Every failure becomes a
`FetchError` that says what happened.
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx
import tenacity
from protego import Protego

from ..config import HttpSettings
from ..errors import FetchError
from ..models import FetchedPage
from .body import ACCEPT_ENCODING, read_body
from .charset import decode_html
from .transport import Deadline, deadline_transport
from .urls import host_allowed

__all__ = ["Fetcher", "RateLimiter"]

log = logging.getLogger(__name__)
_MAX_REDIRECTS = 5


class RateLimiter:
    """At most `rate` requests a second to each host, spaced evenly."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 1.0 / rate
        self._next: dict[str, float] = {}
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self.interval
        if slot > now:
            self._sleep(slot - now)


class Fetcher:
    """GET pages for the pipeline. `requests` counts every HTTP request actually sent."""

    def __init__(self, settings: HttpSettings, *, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self.requests = 0
        self._sleep = sleep
        self._limiter = RateLimiter(settings.requests_per_second)
        self._robots: dict[str, Protego | FetchError | None] = {}
        self._host_down: dict[str, FetchError] = {}   # netloc -> why, for the rest of this run
        self._deadline = Deadline()
        self._client = client or httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Language": "zh-CN,zh;q=0.9",
                     "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(settings.timeout_s),
            follow_redirects=False,
            transport=deadline_transport(self._deadline),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, allowed_hosts: Iterable[str], *, etag: str | None = None,
              last_modified: str | None = None) -> FetchedPage:
        """The page at `url`, decoded; a 304 comes back as `not_modified`."""
        hosts = frozenset(allowed_hosts)
        if not host_allowed(url, hosts):
            raise FetchError(url, "host is not in allowed_hosts", retryable=False)
        self._check_host(url)
        if not self.allowed_by_robots(url, hosts):
            raise FetchError(url, "disallowed by robots.txt", retryable=False)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            return self._with_retries(lambda: self._get(url, hosts, headers))
        except FetchError as exc:
            self._note_host_trouble(url, exc)
            raise

    def _check_host(self, url: str) -> None:
        """Fail fast for a host that is down or asked us to back off earlier in this run."""
        down = self._host_down.get(urlsplit(url).netloc)
        if down is not None:
            raise FetchError(url, f"not tried: {down.reason} earlier in this run", status=down.status,
                             not_tried=True)

    def _note_host_trouble(self, url: str, exc: FetchError) -> None:
        # A host that cannot be connected to after all retries, or that asks for a longer
        # pause than we wait (Retry-After), is left alone for the rest of this run. One slow
        # or broken page (a read timeout, a dropped body) is that page's failure only.
        unreachable = isinstance(exc.__cause__, (httpx.ConnectError, httpx.ConnectTimeout))
        if unreachable or (exc.retry_after or 0) > self.settings.backoff_max_s:
            self._host_down.setdefault(urlsplit(url).netloc, exc)

    def allowed_by_robots(self, url: str, allowed_hosts: frozenset[str]) -> bool:
        if not self.settings.respect_robots:
            return True
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            try:
                self._robots[key] = self._load_robots(key + "/robots.txt", allowed_hosts)
            except FetchError as exc:
                self._robots[key] = exc   # once per run, not once per URL
        robots = self._robots[key]
        if isinstance(robots, FetchError):
            raise FetchError(url, robots.reason, status=robots.status, not_tried=True)
        return robots is None or robots.can_fetch(url, self.settings.user_agent)

    def _load_robots(self, url: str, hosts: frozenset[str]) -> Protego | None:
        try:
            page = self._with_retries(lambda: self._get(url, hosts, {}, robots=False))
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return None  # no robots.txt: everything is allowed (RFC 9309 §2.3.1.3)
            # Unreachable robots.txt means "disallow everything" (RFC 9309 §2.3.1.4).
            raise FetchError(url, f"robots.txt unreachable, not crawling this host: {exc.reason}") from exc
        return Protego.parse(page.text)

    def _with_retries(self, attempt: Callable[[], FetchedPage]) -> FetchedPage:
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.settings.max_retries + 1),
            wait=self._backoff,
            retry=tenacity.retry_if_exception(self._should_retry),
            sleep=self._sleep,
            reraise=True,
            before_sleep=lambda state: log.info(
                "retrying after %s", state.outcome.exception() if state.outcome else "?"),
        )
        return retrying(attempt)

    def _should_retry(self, exc: BaseException) -> bool:
        if not isinstance(exc, FetchError) or not exc.retryable:
            return False
        return exc.retry_after is None or exc.retry_after <= self.settings.backoff_max_s

    def _backoff(self, state: tenacity.RetryCallState) -> float:
        jittered = tenacity.wait_random_exponential(
            multiplier=self.settings.backoff_base_s, max=self.settings.backoff_max_s)(state)
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, FetchError) and exc.retry_after is not None:
            return max(exc.retry_after, 0.0)
        return jittered

    def _get(self, url: str, hosts: frozenset[str], headers: dict[str, str], *,
             robots: bool = True) -> FetchedPage:
        """GET `url`, following redirects that stay on the allowed hosts and, unless this is
        robots.txt itself, are allowed by robots.txt like any other URL."""
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            self._limiter.wait(urlsplit(current).netloc)
            self.requests += 1
            result = self._request_within_deadline(url, current, headers)
            if isinstance(result, FetchedPage):
                return result
            target = urljoin(current, result)
            if not host_allowed(target, hosts):
                raise FetchError(url, f"redirected to {target}, which is not an allowed host",
                                 retryable=False)
            if robots and not self.allowed_by_robots(target, hosts):
                raise FetchError(url, f"redirected to {target}, which robots.txt disallows",
                                 retryable=False)
            current = target
        raise FetchError(url, f"more than {_MAX_REDIRECTS} redirects", retryable=False)

    def _request_within_deadline(self, url: str, current: str, headers: dict[str, str]) -> FetchedPage | str:
        with self._deadline.start(self.settings.request_deadline_s):
            try:
                return self._request(current, headers)
            except httpx.TimeoutException as exc:
                if self._deadline.passed():
                    reason = f"no complete answer within request_deadline_s ({self.settings.request_deadline_s:g} s)"
                else:
                    reason = f"timed out after {self.settings.timeout_s:g} s"
                raise FetchError(url, reason) from exc
            except httpx.TransportError as exc:
                raise FetchError(url, f"connection failed: {exc or type(exc).__name__}") from exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(url, f"bad response: {exc or type(exc).__name__}",
                                 retryable=False) from exc

    def _request(self, url: str, headers: dict[str, str]) -> FetchedPage | str:
        """One request: the page, or the Location of a redirect."""
        with self._client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status in (301, 302, 303, 307, 308) and "location" in response.headers:
                return response.headers["location"]
            if status == 304:
                return FetchedPage(url, 304, not_modified=True, etag=response.headers.get("etag"),
                                   last_modified=response.headers.get("last-modified"))
            self._raise_for_status(url, response)
            content = read_body(url, response, self.settings.max_page_bytes)
        text, encoding = decode_html(content, response.charset_encoding, url)
        return FetchedPage(str(response.url), status, text, encoding,
                           etag=response.headers.get("etag"),
                           last_modified=response.headers.get("last-modified"), size=len(content))

    def _raise_for_status(self, url: str, response: httpx.Response) -> None:
        status = response.status_code
        if status < 300:
            return
        retry_after = _retry_after(response.headers.get("retry-after"))
        transient = status == 429 or status >= 500
        raise FetchError(url, f"HTTP {status}", status=status, retryable=transient,
                         retry_after=retry_after if transient else None, permanent=status in (404, 410))


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)
