"""Bytes to text: the HTTP header's charset, then the page's <meta>, then detection.

GB2312 and GBK labels are read as GB18030, their superset: pages labelled gb2312 contain
GBK-only characters such as 犇 and 镕. A declared charset that does not decode the bytes
(the site's older pages sometimes declare the wrong one) is treated as absent.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["decode_html", "meta_charset"]

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SINGLE_BYTE = {"cp1252", "latin-1", "iso8859-15", "cp1250", "iso8859-2"}
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
          "euc-cn": "gb18030", "iso-8859-1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8"}


def meta_charset(head: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KiB."""
    match = _META.search(head[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode_html(content: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode a page; returns (text, encoding used)."""
    for label in (header_charset, meta_charset(content)):
        name = _normalize(label)
        if name is None or name in _SINGLE_BYTE:
            continue  # a Western single-byte label "decodes" anything: on a Chinese site, a lie
        try:
            return content.decode(name), name
        except UnicodeDecodeError:
            continue
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(content).best()
    name = _normalize(best.encoding) if best is not None else None
    if name is None:
        name = "gb18030"
    return content.decode(name, errors="replace"), name


def _normalize(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WIDEN.get(label) or _WIDEN.get(name) or name
