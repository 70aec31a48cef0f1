"""URL rules: canonical form, which links are articles, the CMS id, which hosts are allowed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit, urlunsplit

__all__ = ["canonicalize_url", "cms_id", "host_allowed", "is_article_url", "resolve_link"]

_INDEX_NAMES = re.compile(r"/index\.(?:s?html?|php|jsp|asp)$", re.IGNORECASE)
_CMS_ID = re.compile(r"/(\d{9})(?:_\d+)?\.s?html?$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize_url(url: str) -> str:
    """One spelling per page, so a page is stored once.

    http and https are the same page on this site, so the scheme becomes http; the host is
    lower-cased and its default port dropped; the fragment goes; `/x/index.shtml`,
    `/x/index.html` and `/x/` are the same listing. Paths keep their case and their double
    slashes (the CMS's listing pages have `count//0018005`), queries are kept as they are.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url.strip()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _INDEX_NAMES.sub("/", parts.path) or "/"
    return urlunsplit(("http", netloc, path, parts.query, ""))


def resolve_link(base_url: str, href: str) -> str | None:
    """An href from a page as an absolute canonical URL, or None for javascript:, mailto: etc."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    absolute = urljoin(base_url, href)
    if urlsplit(absolute).scheme not in ("http", "https"):
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
    """True when the URL's host (or host:port) is one of the allowed hosts."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    host = parts.hostname.lower().rstrip(".")
    allowed = set(allowed_hosts)
    if parts.port is not None and parts.port != _DEFAULT_PORTS[parts.scheme]:
        return f"{host}:{parts.port}" in allowed or host in allowed
    return host in allowed
