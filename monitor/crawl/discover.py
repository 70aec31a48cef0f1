"""Listing page -> article links, and the channel's older listing pages. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from ..config import Source
from .html import parse_html
from .urls import host_allowed, is_article_url, resolve_link

__all__ = ["discover_links", "find_maxpage", "maxpage_script_url", "older_page_urls"]

_MAXPAGE = re.compile(r"\bvar\s+maxpage\s*=\s*(\d+)")


@lru_cache(maxsize=64)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def discover_links(html: str, page_url: str, source: Source) -> tuple[list[str], bool]:
    """Canonical article URLs linked from the listing's main list, in page order, once each,
    and whether `listing_selector` matched.

    Only links inside `listing_selector` count (the nav bar and the hot list repeat links
    that would otherwise stop paging early); when the selector matches nothing, the whole
    page is read.
    """
    tree = parse_html(html, page_url)
    scoped = tree.css_first(source.listing_selector)
    scope = scoped or tree.root
    pattern = _pattern(source.article_url_pattern)
    links: dict[str, None] = {}
    for anchor in scope.css("a[href]") if scope is not None else []:
        url = resolve_link(page_url, anchor.attributes.get("href") or "")
        if url and host_allowed(url, source.allowed_hosts) and is_article_url(url, pattern):
            links[url] = None
    return list(links), scoped is not None


def find_maxpage(text: str) -> int | None:
    """`var maxpage = 57;` in a listing page or its count script."""
    match = _MAXPAGE.search(text)
    return int(match.group(1)) if match else None


def maxpage_script_url(html: str, page_url: str) -> str | None:
    """The count script a listing includes to define maxpage (its src has /count/)."""
    tree = parse_html(html, page_url)
    for script in tree.css("script[src]"):
        src = script.attributes.get("src") or ""
        if "/count/" in src:
            return resolve_link(page_url, src)
    return None


def older_page_urls(pattern: str, maxpage: int, limit: int) -> list[str]:
    """URLs of older listing pages 1..min(maxpage, limit), newest first."""
    return [pattern.format(page=n) for n in range(1, min(maxpage, limit) + 1)]
