"""HTML to a Lexbor tree, for pages we did not write: nesting is checked before parsing.

Lexbor's tree builder checks its stack of open elements for each tag, so a page nested N deep
costs about N² (20,000 nested <div>s: 0.4 s; 200,000: 92 s). `parse_html` first counts how
deep the page's tags nest, in one pass over the text, and refuses a page deeper than
MAX_DEPTH (real pages nest 20–40 deep). The count is an upper bound that ignores what cannot
nest: void elements (<br>, <img>), and elements the parser closes when the next one opens
(<p>, <li>, <td>, <a> …); an end tag closes only a tag of its own name that is open.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import ExtractError

__all__ = ["MAX_DEPTH", "has_block_inside", "nesting_depth", "parse_html"]

MAX_DEPTH = 400
_VOID = ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "keygen", "frame", "basefont", "bgsound", "image", "isindex")
_CLOSED_BY_NEXT = ("html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
                   "tbody", "tfoot", "caption", "colgroup", "rb", "rt", "rp", "rtc", "a")
_FLAT = frozenset(_VOID + _CLOSED_BY_NEXT)
_FLAT_AS_WRITTEN = _FLAT | {n.upper() for n in _FLAT} | {n.capitalize() for n in _FLAT}   # no lower() per tag
_START = re.compile(r"<([A-Za-z][A-Za-z0-9]*)")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")


def parse_html(html: str, url: str) -> LexborHTMLParser:
    """The parsed page, or ExtractError when it nests deeper than MAX_DEPTH."""
    depth = nesting_depth(html, MAX_DEPTH)
    if depth > MAX_DEPTH:
        raise ExtractError(url, f"page nested deeper than {MAX_DEPTH} elements; not parsed")
    return LexborHTMLParser(html)


def nesting_depth(html: str, stop_above: int) -> int:
    """How deep the tags of `html` nest, at most (counting stops once past `stop_above`)."""
    names = _START.findall(html)   # counted in C: real pages stop here
    opening = len(names) - sum(map(_FLAT_AS_WRITTEN.__contains__, names))
    if opening <= stop_above:
        return opening   # fewer elements that nest than the limit: no need to look closer
    open_by_name: dict[str, int] = {}
    depth = deepest = 0
    for close, name in _TAG.findall(html):
        name = name.lower()
        if name in _FLAT:
            continue
        if close:
            count = open_by_name.get(name, 0)
            if count:
                open_by_name[name] = count - 1
                depth -= 1
            continue
        open_by_name[name] = open_by_name.get(name, 0) + 1
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > stop_above:
                break
    return deepest


def has_block_inside(node: LexborNode, blocks: str) -> bool:
    """Whether an element below `node` matches `blocks`, in time linear over a whole page's
    blocks: the search in each child stops at its first match (`css_first`), so it never
    walks past the first inner block, which the caller visits next anyway. (`node.css(...)`
    would collect every block below each block: quadratic in the nesting depth.)"""
    return any(child.css_first(blocks) is not None for child in node.iter())
