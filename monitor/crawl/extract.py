"""Article page -> fields, with the layout selectors from configuration (selectolax / Lexbor).

Pure: no I/O. `parse_article` tries the source's layouts in order (the first whose `match`
selector finds something wins) and falls back to text density (`fallback.py`) when none does.
A page that is not an article (soft 404, meta-refresh) comes back as `NotArticle`; an article
whose title, time or body cannot be found raises `ExtractError` naming what is missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..config import Layout
from ..errors import ExtractError
from ..models import NotArticle, ParsedPage
from . import textclean as tc
from .dates import find_datetime
from .fallback import density_body, find_breadcrumb
from .html import has_block_inside, parse_html
from .urls import resolve_link

__all__ = ["parse_article"]

_SOFT_404 = ("页面没有找到", "页面不存在", "您访问的页面不存在", "404 Not Found")
_REFRESH_URL = re.compile(r"^\s*(\d+)\s*[;,]\s*url\s*=\s*['\"]?([^'\"]+)", re.IGNORECASE)
_NEXT_PAGE = "下一页"


def parse_article(html: str, url: str, layouts: Sequence[Layout], *,
                  continuation: bool = False) -> ParsedPage | NotArticle:
    """Fields of the article page `html` fetched from `url`.

    With `continuation`, the page is page 2, 3 ... of an article: only its body and its
    next-page link matter, so a missing title or time is not an error.
    """
    tree = parse_html(html, url)
    not_article = _not_article(tree, url)
    if not_article is not None:
        return not_article
    layout = next((lay for lay in layouts if _first(tree, lay.match) is not None), None)
    page = _without_controls(_by_layout(tree, url, layout) if layout else _by_fallback(tree, url))
    if not continuation:
        for field, label in (("title", "title"), ("published_at", "publication time"),
                             ("body", "body")):
            if not getattr(page, field):
                raise ExtractError(url, f"{label} not found (parser {page.parser})")
    elif not page.body:
        raise ExtractError(url, f"body of a continuation page not found (parser {page.parser})")
    return page


def _not_article(tree: LexborHTMLParser, url: str) -> NotArticle | None:
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").lower() != "refresh":
            continue
        match = _REFRESH_URL.match(meta.attributes.get("content") or "")
        if match and int(match.group(1)) <= 10:
            return NotArticle(url, "redirect", match.group(2).strip())
    for selector in ("title", "h1"):
        node = tree.css_first(selector)
        text = node.text() if node is not None else ""
        if any(marker in text for marker in _SOFT_404):
            return NotArticle(url, "soft_404", tc.normalize_space(text))
    return None


def _without_controls(page: ParsedPage) -> ParsedPage:
    """No control character in any field (a title carrying ESC [2J must not clear a screen)."""
    def clean(value: str | None) -> str | None:
        return tc.strip_controls(value) if value else value
    return replace(page, title=clean(page.title), origin=clean(page.origin), author=clean(page.author),
                   editor=clean(page.editor), breadcrumb=tuple(filter(None, map(tc.strip_controls, page.breadcrumb))),
                   body=tuple(filter(None, map(tc.strip_controls, page.body))))


_AUTHOR_LABELS = ("作者", "记者", "摄影", "文/图", "图/文")


def _by_layout(tree: LexborHTMLParser, url: str, layout: Layout) -> ParsedPage:
    title = _title(tree, layout.title) or (_head_title(tree) if layout.title_from_head else None)
    origin_text = _text(tree, layout.origin, " ") or ""
    origin = tc.labelled(origin_text, "来源")
    author_text = _text(tree, layout.author, " ") or ""
    author = (tc.labelled(author_text, *_AUTHOR_LABELS) or _name_after_origin(origin_text)
              or _name_after_origin(author_text))
    editor = tc.labelled(_text(tree, layout.editor, " ") or "", "责任编辑", "编辑")
    crumbs = _breadcrumb(tree, layout.breadcrumb)
    container = _first(tree, layout.body)
    paragraphs: list[str] = []
    if container is not None:
        _drop(container, layout.body_exclude)
        paragraphs = _paragraphs(container)
    # no editor where the layout says: a credit line at the body's foot, else one on the page
    editor = editor or tc.credit_editor(paragraphs) or tc.find_editor(_page_text(tree))
    return ParsedPage(
        url=url, parser=layout.name, title=title,
        published_at=find_datetime(_text(tree, layout.time, " ") or ""),
        origin=origin, author=author, editor=editor, breadcrumb=crumbs,
        body=tc.clean_body(paragraphs, title, author),
        next_page_url=_next_page(tree, url, layout.next_page),
    )


def _by_fallback(tree: LexborHTMLParser, url: str) -> ParsedPage:
    title = _head_title(tree) or _title(tree, "h1")
    text = _page_text(tree)
    author = tc.labelled(text, "作者", "记者")
    paragraphs = density_body(tree)
    return ParsedPage(
        url=url, parser="fallback", title=title,
        published_at=find_datetime(text, require_time=True) or find_datetime(text),
        origin=tc.labelled(text, "来源"), author=author,
        editor=tc.credit_editor(paragraphs) or tc.find_editor(text),
        breadcrumb=find_breadcrumb(tree),
        body=tc.clean_body(paragraphs, title, author),
        next_page_url=_next_page(tree, url, "a"),
    )


def _selectors(selector_list: str) -> list[str]:
    """A comma-separated selector list, tried in the order written (Lexbor would return the
    matches in document order instead)."""
    return [s.strip() for s in selector_list.split(",") if s.strip()]


def _first(tree: LexborHTMLParser | LexborNode, selector_list: str) -> LexborNode | None:
    for selector in _selectors(selector_list):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return None


def _text(tree: LexborHTMLParser, selector_list: str, separator: str = "") -> str | None:
    for selector in _selectors(selector_list):
        for node in tree.css(selector):
            raw = node.text(separator=separator)
            # A field line keeps its pieces apart (来源：张掖日报 陈立新); a title is one phrase.
            text = " ".join(raw.split()) if separator else tc.normalize_space(raw)
            if text:
                return text
    return None


def _title(tree: LexborHTMLParser, selector_list: str) -> str | None:
    """The first non-empty title element's text on one line: a line break in a title is the
    space between two phrases, not nothing (as it is inside a Chinese paragraph)."""
    for selector in _selectors(selector_list):
        for node in tree.css(selector):
            text = tc.one_line(node.text())
            if text:
                return text
    return None


def _head_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("head title") or tree.css_first("title")
    if node is None:
        return None
    return tc.one_line(node.text().split("_")[0]) or None


def _page_text(tree: LexborHTMLParser) -> str:
    body = tree.body
    return body.text(separator=" ") if body is not None else ""


def _name_after_origin(info: str) -> str | None:
    """The sample's info line: `2023/11/23/ 09:02 来源：张掖日报 张朝军` -> 张朝军."""
    match = re.search(r"来源\s*[:：]\s*\S+\s+(.+)$", info)
    if not match:
        return None
    first = match.group(1).split("来源")[0].strip()
    return tc.lone_name(first)


def _breadcrumb(tree: LexborHTMLParser, selector_list: str) -> tuple[str, ...]:
    node = _first(tree, selector_list) if selector_list else None
    if node is None:
        return ()
    links = [tc.normalize_space(a.text()) for a in node.css("a")]
    return tuple(t for t in links if t)


def _drop(container: LexborNode, selector_list: str) -> None:
    for selector in _selectors(selector_list):
        for node in container.css(selector):
            if node.mem_id != container.mem_id:
                node.decompose()


_BLOCKS = "p, div, h2, h3, h4, h5"
_BR = "\u2028"


def _paragraphs(container: LexborNode) -> list[str]:
    """The text of each innermost block (<p>, or a <div>/<h*> holding no other block) in
    order, split again at <br>; the container's plain lines when it has no blocks."""
    for br in container.css("br"):
        br.replace_with(_BR)
    paragraphs: list[str] = []
    for node in container.css(_BLOCKS):
        if node.mem_id == container.mem_id:
            continue   # css() matches the node itself too
        if node.tag != "p" and has_block_inside(node, _BLOCKS):
            continue   # its inner blocks speak for it
        paragraphs.extend(node.text().split(_BR))
    if any(t.strip() for t in paragraphs):
        return paragraphs
    return [line for chunk in container.text(separator="\n").split("\n") for line in chunk.split(_BR)]


def _next_page(tree: LexborHTMLParser, url: str, selector_list: str) -> str | None:
    for selector in _selectors(selector_list):
        for link in tree.css(selector):
            href = link.attributes.get("href")
            if href and tc.normalize_space(link.text()) == _NEXT_PAGE:
                target = resolve_link(url, href)
                if target and target != url:
                    return target
    return None
