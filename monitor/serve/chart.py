"""A series as an SVG chart, rendered on the server: value over period end, one point per
observation, each point a link to its article with the evidence as its tooltip.

No JavaScript and nothing fetched: the page works offline and the browser draws it with the
system's fonts. Pure: points in, markup out.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["Point", "nice_ticks", "render_chart"]

WIDTH, HEIGHT = 520, 220
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 40, 26, 36
_DODGE = 7   # px between observations at the same place, so each stays clickable


@dataclass(frozen=True)
class Point:
    day: dt.date            # the period's end
    value: float            # in the chart's unit
    href: str               # the article
    tooltip: str            # period, figure, evidence
    flag: str | None = None
    ident: int = 0          # indicators.id, for tests and anchors


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high], steps of 1, 2 or 5 times a power of ten."""
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _label(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.4g}"


def _days(points: Sequence[Point]) -> tuple[int, int]:
    first, last = min(p.day for p in points).toordinal(), max(p.day for p in points).toordinal()
    if first == last:
        first, last = first - 30, last + 30
    return first, last


def _day_labels(first: int, last: int) -> list[tuple[int, str]]:
    """Up to five (ordinal, label) pairs along the x axis; the label as coarse as the span allows."""
    span = last - first
    fmt, count = ("%Y", 5) if span > 3 * 365 else ("%Y-%m", 5) if span > 150 else ("%Y-%m-%d", 3)
    out: dict[str, int] = {}
    for i in range(count):
        ordinal = first + round(span * i / (count - 1))
        out.setdefault(dt.date.fromordinal(ordinal).strftime(fmt), ordinal)
    return [(ordinal, label) for label, ordinal in out.items()]


def _axes(xs: tuple[int, int], ticks: list[float], to_x: Callable[[int], float],
          to_y: Callable[[float], float], unit: str) -> list[str]:
    out = [f'<text class="unit" x="{_LEFT - 6}" y="12" text-anchor="end">{escape(unit)}</text>']
    for t in ticks:
        py = to_y(t)
        out.append(f'<line class="grid" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{py:.1f}" y2="{py:.1f}"/>'
                   f'<text x="{_LEFT - 6}" y="{py + 4:.1f}" text-anchor="end">{_label(t)}</text>')
    for ordinal, label in _day_labels(*xs):
        out.append(f'<text x="{to_x(ordinal):.1f}" y="{HEIGHT - _BOTTOM + 18}" text-anchor="middle">'
                   f'{label}</text>')
    return out


def _dodged(points: list[Point], to_x: Callable[[int], float], to_y: Callable[[float], float]
            ) -> list[tuple[Point, float, float]]:
    """(point, x, y), observations that fall on the same spot moved apart sideways."""
    seen: dict[tuple[int, int], int] = {}
    out = []
    for p in points:
        x, y = to_x(p.day.toordinal()), to_y(p.value)
        k = seen.get((round(x), round(y)), 0)
        seen[(round(x), round(y))] = k + 1
        out.append((p, x + _DODGE * ((k + 1) // 2) * (1 if k % 2 else -1), y))
    return out


def render_chart(points: Sequence[Point], unit: str, title: str = "") -> Markup:
    """The SVG of one series (at least one point)."""
    xs = _days(points)
    values = [p.value for p in points]
    ticks = nice_ticks(min(0.0, *values), max(0.0, *values))
    low, high = ticks[0], ticks[-1]
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM

    def x(ordinal: int) -> float:
        return _LEFT + plot_w * (ordinal - xs[0]) / (xs[1] - xs[0])

    def y(value: float) -> float:
        return _TOP + plot_h * (high - value) / ((high - low) or 1.0)

    ordered = sorted(points, key=lambda p: (p.day, p.ident))
    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
             f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">']
    parts += _axes(xs, ticks, x, y, unit)
    if len({p.day for p in ordered}) > 1:
        path = " ".join(f"{x(p.day.toordinal()):.1f},{y(p.value):.1f}" for p in ordered)
        parts.append(f'<polyline class="line" points="{path}"/>')
    for p, px, py in _dodged(ordered, x, y):
        flag = f" flag-{p.flag}" if p.flag else ""
        parts.append(f'<a class="point{flag}" href="{html.escape(p.href)}" data-indicator="{p.ident}">'
                     f'<circle cx="{px:.1f}" cy="{py:.1f}" r="5"><title>{html.escape(p.tooltip)}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))
