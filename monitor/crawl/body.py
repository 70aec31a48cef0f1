"""A response body read within `max_page_bytes`, decompressed as it arrives.

httpx decodes every content-coding layer of a chunk before anything can look at its size: a
7 KB `Content-Encoding: gzip, gzip` response once grew to 8 GB in memory. Here the raw bytes
are read (`iter_raw`), at most one coding is accepted (gzip or deflate, the ones we ask for),
and zlib is told the most it may produce (`max_length`), so neither the compressed nor the
decompressed bytes ever exceed the cap: peak memory stays within about twice `max_page_bytes`.
"""

from __future__ import annotations

import zlib
from typing import Protocol

import httpx

from ..errors import FetchError

__all__ = ["ACCEPT_ENCODING", "read_body"]

ACCEPT_ENCODING = "gzip, deflate"
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class _Inflater(Protocol):
    @property
    def eof(self) -> bool: ...

    @property
    def unconsumed_tail(self) -> bytes: ...

    def decompress(self, data: bytes, /, max_length: int = 0) -> bytes: ...


def read_body(url: str, response: httpx.Response, cap: int) -> bytes:
    """The decoded body, or FetchError (never retried) when it is over `cap` bytes, compressed
    or not, or uses a coding we did not ask for."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchError(url, f"page is {int(declared):,} bytes, over max_page_bytes ({cap:,})",
                         retryable=False, permanent=True)
    inflate = _decompressor(url, response.headers.get("content-encoding", ""))
    body = bytearray()
    raw = 0
    for chunk in response.iter_raw():
        raw += len(chunk)
        if raw > cap:
            _too_big(url, cap)
        if inflate is None:
            body += chunk
        else:
            _inflate_into(url, inflate, chunk, body, cap)
        if len(body) > cap:
            _too_big(url, cap)
    if inflate is not None and not inflate.eof and raw:
        raise FetchError(url, "bad response: the compressed body ends early", retryable=True)
    return bytes(body)


def _decompressor(url: str, header: str) -> _Inflater | None:
    codings = [c.strip().lower() for c in header.split(",") if c.strip().lower() not in ("", "identity")]
    if not codings:
        return None
    if len(codings) > 1:
        raise FetchError(url, f"refused: more than one content-coding ({header.strip()})",
                         retryable=False, permanent=True)
    if codings[0] not in _WBITS:
        raise FetchError(url, f"refused: content-coding {codings[0]!r} (we ask for {ACCEPT_ENCODING})",
                         retryable=False, permanent=True)
    return _Deflate() if codings[0] == "deflate" else zlib.decompressobj(_WBITS[codings[0]])


def _inflate_into(url: str, inflate: _Inflater, chunk: bytes, body: bytearray, cap: int) -> None:
    data = chunk
    while data and not inflate.eof:
        try:
            body += inflate.decompress(data, cap + 1 - len(body))
        except zlib.error as exc:
            raise FetchError(url, f"bad response: corrupt compressed body ({exc})", retryable=False) from exc
        if len(body) > cap:
            _too_big(url, cap)
        data = inflate.unconsumed_tail


def _too_big(url: str, cap: int) -> None:
    raise FetchError(url, f"page is over max_page_bytes ({cap:,}); download aborted",
                     retryable=False, permanent=True)


class _Deflate:
    """`deflate` as servers send it: usually zlib-wrapped, sometimes raw (as httpx reads it)."""

    def __init__(self) -> None:
        self._inner = zlib.decompressobj(zlib.MAX_WBITS)
        self._first = True

    def decompress(self, data: bytes, /, max_length: int = 0) -> bytes:
        if self._first:
            self._first = False
            try:
                return self._inner.decompress(data, max_length)
            except zlib.error:
                self._inner = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._inner.decompress(data, max_length)

    @property
    def eof(self) -> bool:
        return self._inner.eof

    @property
    def unconsumed_tail(self) -> bytes:
        return self._inner.unconsumed_tail
