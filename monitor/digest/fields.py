"""Fields of a digest, made safe and small: every string taken from a page passes through here,
once, with a length limit, before it reaches a template, the CSV or a header."""

from __future__ import annotations

import re

__all__ = ["CSV_EVIDENCE_CHARS", "EVIDENCE_CHARS", "LEAD_CHARS", "NAME_CHARS", "TITLE_CHARS", "change_words", "clip",
           "format_value", "one_line", "opening", "quote", "reading", "web_url"]

TITLE_CHARS = 120          # an article's title
EVIDENCE_CHARS = 160       # a quoted sentence in the message
CSV_EVIDENCE_CHARS = 400   # the same sentence in the CSV attachment
LEAD_CHARS = 120           # an article's first sentence
NAME_CHARS = 40            # region, indicator, period, origin, value, change
URL_CHARS = 1000           # a longer link is not shown

_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_HEADER_UNSAFE = re.compile(r"[\r\n\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_GROWTH_WORDS = re.compile(r"增|降|减|涨|跌|回落|提高|上升|下滑")


def one_line(text: str) -> str:
    """Text from a page made safe for one line (and for a mail header): no CR, LF or controls."""
    return _HEADER_UNSAFE.sub(" ", text).strip()


def clip(text: str, limit: int) -> str:
    """One line of at most `limit` characters, … marking a cut."""
    line = one_line(text)
    return line if len(line) <= limit else line[:limit - 1] + "…"


def web_url(url: str) -> str:
    """Only http(s) links of sane length go into a digest."""
    return url if url.startswith(("http://", "https://")) and len(url) <= URL_CHARS else ""


def opening(body: str) -> str:
    """The first sentence or two of a body: the lead of an article that states no figure."""
    first = body.split("\n", 1)[0]
    return "".join([s for s in _SENTENCE_END.split(first) if s][:2])


def quote(evidence: str, start: int, window: int, spans: list[tuple[int, int]],
          limit: int = EVIDENCE_CHARS) -> tuple[str, tuple[tuple[int, int], ...]]:
    """At most `limit` characters of a sentence that starts at body offset `start`, from body
    offset `window` on (… where cut), and where the figures at body offsets `spans` stand in it.
    Controls become spaces one for one, so offsets hold."""
    begin = max(0, min(window - start, len(evidence) - limit))
    text = _CONTROL.sub(" ", evidence[begin:begin + limit])
    lead = "…" if begin > 0 else ""
    tail = "…" if begin + limit < len(evidence) else ""
    marks = tuple((s - start - begin + len(lead), e - start - begin + len(lead)) for s, e in spans
                  if s - start >= begin and e - start <= begin + len(text))
    return lead + text + tail, marks


_UNITS = {"yuan": "元", "mu": "亩", "tonne": "吨", "kWh": "千瓦时", "kW": "千瓦", "person": "人",
          "person-time": "人次", "count": "个", "head": "头", "percent": "%", "point": "个百分点",
          "km": "公里", "m2": "平方米", "m3": "立方米", "rank": "位"}


def format_value(value: float | None, unit: str) -> str:
    """A normalised value for people: 5095000000 yuan -> 50.95亿元; 30500 mu -> 3.05万亩."""
    if value is None:
        return ""
    word = _UNITS.get(unit, unit)
    for factor, prefix in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= factor and unit not in ("percent", "point", "rank"):
            return f"{value / factor:,.4g}{prefix}{word}".replace(",", "")
    return f"{value:,.4g}{word}".replace(",", "")


def change_words(change: str, change_pct: float | None) -> str:
    """A change as written, with its direction when the sentence left it to a word before
    (分别增长46.2%和52.1%: the second reads 增长52.1%)."""
    words = one_line(change).removeprefix("分别")
    if words and not _GROWTH_WORDS.search(words) and change_pct is not None:
        words = ("下降" if change_pct < 0 else "增长") + words.lstrip("-")
    return clip(words, NAME_CHARS)


def reading(kind: str, value: str, unit: str, change: str, change_pct: float | None) -> str:
    """How a figure reads. A growth rate reads as growth (同比增长7.6%), never as a value that
    repeats its change; anything else is its value as written (50.95亿元)."""
    if kind != "growth_rate":
        return clip(f"{value}{unit}", NAME_CHARS)
    if _GROWTH_WORDS.search(change) or (change and change_pct is not None):
        return change_words(change, change_pct)
    if change_pct is None:
        return clip(f"增长{value}{unit}", NAME_CHARS)
    return f"{'下降' if change_pct < 0 else '增长'}{abs(change_pct):.4g}%"
