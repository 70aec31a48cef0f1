"""Every error the monitor raises on purpose, with a message meant for the person running it.

    MonitorError                 base: the CLI turns it into one line on stderr and exit code 1
     ├── ConfigError             the configuration file is missing, unreadable or invalid
     ├── FetchError              a page could not be fetched (network, status, size, host, robots)
     ├── ExtractError            a page was fetched but its title, time or body cannot be found
     └── StoreError              the database cannot be opened or written

Anything else that escapes is a bug, and is logged with its traceback.
"""

from __future__ import annotations

__all__ = ["ConfigError", "ExtractError", "FetchError", "MonitorError", "StoreError"]


class MonitorError(Exception):
    """Base of all errors the monitor reports to its user."""


class ConfigError(MonitorError):
    """The configuration is wrong: the message names the file, the key and what was expected."""

    def __init__(self, path: str, key: str, expected: str) -> None:
        self.path, self.key, self.expected = path, key, expected
        where = f"{path}: {key}: " if key else f"{path}: "
        super().__init__(f"{where}{expected}")


class FetchError(MonitorError):
    """A URL could not be fetched. `retryable`: another request now may succeed;
    `not_tried`: no request was sent (the host failed earlier in the run), so it is no attempt;
    `permanent`: later cycles will most likely get the same answer (gone, too large), so the
    URL is given up sooner."""

    def __init__(self, url: str, reason: str, *, status: int | None = None,
                 retryable: bool = True, retry_after: float | None = None,
                 not_tried: bool = False, permanent: bool = False) -> None:
        self.url, self.reason, self.status = url, reason, status
        self.retryable, self.retry_after, self.not_tried = retryable, retry_after, not_tried
        self.permanent = permanent
        super().__init__(f"{url}: {reason}")


class ExtractError(MonitorError):
    """A fetched page is not a usable article: `reason` names what is missing. The page's
    validators (ETag, Last-Modified) let a later retry cost a 304 while the page is unchanged;
    `permanent` as for FetchError (an article over max_article_chars)."""

    def __init__(self, url: str, reason: str, *, etag: str | None = None,
                 last_modified: str | None = None, permanent: bool = False) -> None:
        self.url, self.reason = url, reason
        self.etag, self.last_modified = etag, last_modified
        self.permanent = permanent
        super().__init__(f"{url}: {reason}")


class StoreError(MonitorError):
    """The database cannot be opened, upgraded or written."""
