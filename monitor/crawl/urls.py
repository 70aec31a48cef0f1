"""URL rules: canonical form, which links are articles, the CMS id, which hosts are allowed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit, urlunsplit

__all__ = ["canonicalize_url", "cms_id", "host_allowed", "is_article_url", "resolve_link"]

_INDEX_NAMES = re.compile(r"/index\.(?:s?html?|php|jsp|asp)$", re.IGNORECASE)
_CMS_ID = re.compile(r"/(\d{9})(?:_\d+)?\.s?html?$")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_STATIC = re.compile(r"\.s?html?$", re.IGNORECASE)


def canonicalize_url(url: str) -> str:
    """One spelling per page, so a page is stored once.

    http and https are the same page on this site, so the scheme becomes http; the host is
    lower-cased and its default port dropped; the fragment goes; `/x/index.shtml`,
    `/x/index.html` and `/x/` are the same listing. Paths keep their case and their double
    slashes (the CMS's listing pages have `count//0018005`). The site's pages are static
    (`.shtml`, `.html`), so a query on one (`?from=timeline`) is dropped; other queries stay.
    A URL that cannot be parsed (a bad port, a broken IPv6 host) comes back unchanged.
    """
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            return url.strip()
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return url.strip()
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _INDEX_NAMES.sub("/", parts.path) or "/"
    query = "" if _STATIC.search(path) else parts.query
    return urlunsplit(("http", netloc, path, query, ""))


def resolve_link(base_url: str, href: str) -> str | None:
    """An href from a page as an absolute canonical URL, or None for javascript:, mailto:,
    and anything malformed (the page is untrusted: a bad link must not stop the crawl)."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    try:
        absolute = urljoin(base_url, href)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return None
    return canonicalize_url(absolute)


def is_article_url(url: str, pattern: re.Pattern[str]) -> bool:
    """An article's first page (continuation pages `_2.shtml` are reached through their pager)."""
    return pattern.search(urlsplit(url).path) is not None


def cms_id(url: str) -> int | None:
    """The CMS id in an article URL: `/system/2020/05/22/012389293.shtml` -> 12389293."""
    match = _CMS_ID.search(urlsplit(url).path)
    return int(match.group(1)) if match else None


def host_allowed(url: str, allowed_hosts: Iterable[str]) -> bool:
    """True when the URL's host is allowed: a bare `host` entry allows its default port only,
    a `host:port` entry that port."""
    try:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        host, port = parts.hostname.lower().rstrip("."), parts.port
    except ValueError:
        return False
    allowed = set(allowed_hosts)
    if port is not None and port != _DEFAULT_PORTS[parts.scheme]:
        return f"{host}:{port}" in allowed
    return host in allowed
