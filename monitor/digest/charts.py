"""Trend charts for a flagged series: a small PNG for the HTML part, a sparkline for the text part.

Drawn from numbers only (values stored in the database, in period order): no text, no fonts,
nothing taken from a page, so nothing a page says can reach the image. The PNG encoder is the
format's minimum (signature, IHDR, PLTE, one IDAT, IEND; zlib and CRC from the standard library):
Pillow would add a 7 MB wheel and ~18 ms of import, matplotlib a 40 MB stack and ~300 ms, for
a polyline (README, "Trend charts").
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Sequence

__all__ = ["MIN_POINTS", "png_chart", "sparkline"]

MIN_POINTS = 3          # fewer points are not a trend
WIDTH, HEIGHT = 120, 32  # CSS pixels; drawn at twice the size for sharp high-density screens
SCALE = 2
_BARS = "▁▂▃▄▅▆▇█"
# palette: background, grid, line, last point
_PALETTE = bytes((255, 255, 255, 221, 221, 221, 26, 79, 139, 192, 57, 43))
_BG, _GRID, _LINE, _LAST = range(4)


def _finite(values: Sequence[float]) -> list[float]:
    points = [float(v) for v in values]
    if len(points) < MIN_POINTS or not all(math.isfinite(v) for v in points):
        raise ValueError(f"a chart needs {MIN_POINTS} or more finite values, got {values!r}")
    return points


def _scaled(points: list[float], height: int, margin: int) -> list[float]:
    """Each value's y (0 at the top): the lowest at the bottom margin, the highest at the top."""
    low, high = min(points), max(points)
    span = high - low
    if span <= 0:
        return [height / 2] * len(points)
    return [margin + (high - v) / span * (height - 1 - 2 * margin) for v in points]


def sparkline(values: Sequence[float]) -> str:
    """▁▂▅▇ for the text part: one block per value, lowest ▁, highest █."""
    points = _finite(values)
    low, high = min(points), max(points)
    if high == low:
        return _BARS[3] * len(points)
    return "".join(_BARS[round((v - low) / (high - low) * (len(_BARS) - 1))] for v in points)


def png_chart(values: Sequence[float]) -> bytes:
    """A WIDTH x HEIGHT line chart (at SCALE) of the values, oldest left, as PNG bytes."""
    points = _finite(values)
    width, height = WIDTH * SCALE, HEIGHT * SCALE
    pixels = bytearray([_BG]) * (width * height)
    margin = 4 * SCALE
    for x in range(0, width, 4):                      # a dotted line at the bottom of the range
        pixels[(height - 1 - margin) * width + x] = _GRID
    ys = _scaled(points, height, margin)
    xs = [margin + i * (width - 1 - 2 * margin) / (len(points) - 1) for i in range(len(points))]
    for (x0, y0), (x1, y1) in zip(zip(xs, ys, strict=True), zip(xs[1:], ys[1:], strict=True), strict=False):
        _line(pixels, width, height, x0, y0, x1, y1, _LINE, radius=SCALE // 2 + 1)
    _dot(pixels, width, height, xs[-1], ys[-1], _LAST, radius=3 * SCALE)
    return _encode(pixels, width, height)


def _line(pixels: bytearray, width: int, height: int, x0: float, y0: float, x1: float, y1: float,
          color: int, radius: int) -> None:
    steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) * 2))
    for i in range(steps + 1):
        t = i / steps
        _dot(pixels, width, height, x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, color, radius)


def _dot(pixels: bytearray, width: int, height: int, cx: float, cy: float, color: int, radius: int) -> None:
    r2 = (radius - 0.5) ** 2
    for y in range(max(0, int(cy) - radius), min(height, int(cy) + radius + 1)):
        for x in range(max(0, int(cx) - radius), min(width, int(cx) + radius + 1)):
            if (x - cx) ** 2 + (y - cy) ** 2 <= r2:
                pixels[y * width + x] = color


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _encode(pixels: bytearray, width: int, height: int) -> bytes:
    """An 8-bit palette PNG: each row is filter byte 0 then one palette index per pixel."""
    rows = b"".join(b"\x00" + bytes(pixels[y * width:(y + 1) * width]) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"PLTE", _PALETTE)
            + _chunk(b"IDAT", zlib.compress(rows, 9)) + _chunk(b"IEND", b""))
