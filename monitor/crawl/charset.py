"""Bytes to text: the HTTP header's charset, then the page's <meta>, then detection.

GB2312 and GBK labels are read as GB18030, their superset: pages labelled gb2312 contain
GBK-only characters such as 犇 and 镕. A declared charset that does not decode the bytes
(the site's older pages sometimes declare the wrong one) is treated as absent, and so is a
label that names no text encoding a web page can use (`rot13`, `base64`, `utf-7`, `idna` are
Python codecs, not page encodings: they are ignored, never an error). A page that is UTF-8
but for a few broken bytes is read as UTF-8 with those bytes replaced (and logged), not
handed to detection, which would take it for GB18030 and garble every character.
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

__all__ = ["decode_html", "meta_charset"]

log = logging.getLogger(__name__)

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SINGLE_BYTE = {"cp1252", "latin-1", "iso8859-15", "cp1250", "iso8859-2"}
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
          "euc-cn": "gb18030", "iso-8859-1": "cp1252", "ascii": "utf-8", "us-ascii": "utf-8"}
# Multi-byte encodings of the Web (WHATWG Encoding Standard) a Chinese page may be in.
_PAGE_ENCODINGS = {"utf-8", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis",
                   "euc_kr", "cp949"}
_MOSTLY_UTF8 = 0.02   # at most this share of the non-ASCII characters may be broken bytes


def meta_charset(head: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KiB."""
    match = _META.search(head[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode_html(content: bytes, header_charset: str | None = None, url: str = "") -> tuple[str, str]:
    """Decode a page; returns (text, encoding used)."""
    if content.startswith(codecs.BOM_UTF8):
        return content[3:].decode("utf-8", errors="replace"), "utf-8"
    for label in (header_charset, meta_charset(content)):
        name = _normalize(label)
        if name is None or name in _SINGLE_BYTE:
            continue  # a Western single-byte label "decodes" anything: on a Chinese site, a lie
        try:
            return content.decode(name), name
        except UnicodeDecodeError:
            continue
    text = content.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if not broken:
        return text, "utf-8"
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if broken <= _MOSTLY_UTF8 * non_ascii:
        log.warning("%s: %d invalid UTF-8 sequence(s) replaced by U+FFFD", url or "page", broken)
        return text, "utf-8"
    best = charset_normalizer.from_bytes(content).best()
    name = "gb18030" if best is None else _WIDEN.get(codecs.lookup(best.encoding).name, best.encoding)
    return content.decode(name, errors="replace"), name


def _normalize(label: str | None) -> str | None:
    """The codec for a charset label, or None when it names no page encoding we read."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _WIDEN.get(label) or _WIDEN.get(name) or name
    return name if name in _PAGE_ENCODINGS or name in _SINGLE_BYTE else None
