"""The generic fallback for pages no configured layout matches: text density over the DOM,
as general news extractors do. Pure."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .html import has_block_inside
from .textclean import normalize_space

__all__ = ["density_body", "find_breadcrumb"]

_SENTENCE_PUNCT = re.compile(r"[，。；！？、,.;!?]")
_CRUMB_START = ("您当前的位置", "当前位置", "您的位置", "所在位置")


def density_body(tree: LexborHTMLParser) -> list[str]:
    """The paragraphs of the element whose paragraph children carry the most prose.

    Each <p> scores its text length plus a bonus per sentence mark, less three times its link
    text (navigation is mostly links); the parent with the highest total wins. A <p> holding
    another (a table inside a paragraph, in quirks mode) is left to the inner ones, so no text
    is read twice: linear in the page's size however deep paragraphs nest.
    """
    scores: dict[int, float] = {}
    parents: dict[int, LexborNode] = {}
    for p in tree.css("p"):
        parent = p.parent
        if parent is None or has_block_inside(p, "p"):
            continue
        text = p.text()
        links = sum(len(a.text()) for a in p.css("a"))
        score = len(text.strip()) + 5 * len(_SENTENCE_PUNCT.findall(text)) - 3 * links
        scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + score
        parents[parent.mem_id] = parent
    if not scores:
        return []
    best = parents[max(scores, key=lambda k: scores[k])]
    if scores[best.mem_id] <= 0:
        return []
    return [p.text() for p in best.iter() if p.tag == "p"]


def find_breadcrumb(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The trail after `您当前的位置` when the page has one, else ()."""
    for node in tree.css("div, span, td, p"):
        own = normalize_space(node.text(deep=False))
        if own.startswith(_CRUMB_START) and node.css_first("a") is not None:
            return tuple(t for t in (normalize_space(a.text()) for a in node.css("a")) if t)
    return ()
