"""Constructions that state several figures at once (docs/indicators.md, "Several figures in one
construction"): structure ratios, spans from one year to another, and lists of years.

    三次产业结构比为17.2∶31.5∶51.3                      -> three shares
    漳县生产总值由2019年的38.6亿元增长到2023年的51.7亿元  -> two values of one indicator
    2021年至2023年分别为1800户、2100户、2500户           -> one period per figure
"""

from __future__ import annotations

import re

from .model import Observation
from .names import SECTOR_SHARES, name_of
from .numbers import Figure, Unit
from .periods import SPAN_STARTS, Period
from .text import Sentence, clause_start

__all__ = ["ratio_observations", "span_later", "span_name", "year_list"]

_PERCENT = Unit("percent", 1, "percent")
_NUMBER = r"\d{1,3}(?:\.\d{1,3})?"
_RATIO = re.compile(rf"(?<![\d.])({_NUMBER})\s*[:∶：]\s*({_NUMBER})\s*[:∶：]\s*({_NUMBER})(?![\d.:∶：])")
_RATIO_MARK = re.compile("[:∶：]")
_STRUCTURE = re.compile(r"结构|比例|之比|产业比")
_STRUCTURE_OF = re.compile(r"产业(投资|就业|从业人员)结构")
_SPAN_FROM = re.compile(r"[由从](?=[^由从]*$)")
_SPAN_TO = re.compile(r"(?:大幅|稳步|进一步|逐步|快速|持续|显著)?"   # 由3.3%大幅提升至10.3%
                      r"(?:(?:增长|提高|增加|扩大|扩增|上升|下降|减少|发展|提升|跃升|调整|降低|缩小|攀升|扩展|壮大)?"
                      r"了?(?:到|至|为)|增至|降至|提高到|达到|变为|跃升至|升至)"   # (从65.6亿元到93.2亿元)
                      r"(?:目前|现在|当前|如今|\d{4}年(?:底|末)?)?(?:的)?")   # 发展到目前的25万亩
_YEAR = re.compile(r"^(\d{4})年(?:度)?$")


def ratio_observations(body: str, sentence: Sentence) -> list[tuple[int, int, list[tuple[Figure, str]]]]:
    """(start, end, [(share, name) …]) for each three-sector structure ratio in the sentence."""
    found: list[tuple[int, int, list[tuple[Figure, str]]]] = []
    if _RATIO_MARK.search(sentence.text) is None:   # (one C scan, not three and a generator)
        return found
    for m in _RATIO.finditer(body, sentence.start, sentence.end):
        lead = body[max(clause_start(body, sentence.start, m.start()) - 20, 0):m.start()]
        if not _STRUCTURE.search(lead):
            continue
        shares = []
        # (三次产业投资结构占比为5:41:54: the sectors' shares of investment, not of output)
        measure = _STRUCTURE_OF.search(lead)
        for i, name in enumerate(SECTOR_SHARES, 1):
            if measure:
                name = name.replace("产业", "产业" + measure[1], 1)
            text = m[i]
            places = len(text.partition(".")[2])
            shares.append((Figure(m.start(i), m.end(i), text, text, "%", _PERCENT, float(text), None,
                                  0.5 * 10.0 ** -places, False), name))
        found.append((m.start(), m.end(), shares))
    return found


# a clause that says only that its subject changed, before the span that says how
_CHANGED = re.compile(r"(?:大幅|明显|持续|逐年|不断|大幅度|显著)?(?:减少|下降|增加|增长|提高|降低|扩大|缩小|提升)了?$")


def span_name(body: str, sentence_start: int, floor: int, owner_start: int,
              observations: list[Observation]) -> tuple[str, str] | None:
    """The name of a figure in a span whose own phrase is only 的: the phrase before 由/从 for the
    first value (生产总值由2019年的38.6亿元), the first value's for the second (增长到2023年的51.7亿元)."""
    later = span_later(body, floor, owner_start, observations)   # (a later value whose period was skipped)
    if later is not None:
        return later
    begin = clause_start(body, sentence_start, owner_start)
    clause = body[begin:owner_start]
    start = _SPAN_FROM.search(clause)
    if start is None:
        return None
    head = clause[:start.start()]
    if not head.strip() and begin > sentence_start:   # 全县贫困人口大幅减少，由2011年的1.21万人下降到803人
        before = body[clause_start(body, sentence_start, begin - 1):begin - 1]
        head = _CHANGED.sub("", before) if _CHANGED.search(before) else ""
    name, raw = name_of(head)
    return (name, raw) if name else None


def span_later(body: str, floor: int, at: int, observations: list[Observation]) -> tuple[str, str] | None:
    """The name of the later value of a span (扩大到15平方公里): the earlier value's."""
    if not observations or observations[-1].value_end != floor:   # (most figures: no slice to cut)
        return None
    between = body[floor:at].strip()
    if not _SPAN_TO.fullmatch(between):
        return None
    first = observations[-1]
    if between in ("到", "至") and body[first.value_start - 1:first.value_start] not in SPAN_STARTS:
        return None   # a bare 到 only after 从/由: 120元到150元 is a range, not a span
    return first.name, first.raw_name


def year_list(periods: list[Period], owner_start: int, n: int) -> list[Period]:
    """2021年至2023年分别为A、B、C (or 2021年、2022年、2023年分别为…): one year for each figure."""
    before = [p for p in periods if p.end <= owner_start]
    years = [int(m[1]) for p in before if (m := _YEAR.match(p.text))]
    if n < 2 or len(years) < 2:
        return []
    first, last = years[-2], years[-1]
    if last - first + 1 == n:
        chosen = list(range(first, last + 1))
    elif len(years) >= n and years[-n:] == sorted(years[-n:]):
        chosen = years[-n:]
    else:
        return []
    template = before[-1]
    return [Period.whole_year(template.start, template.end, f"{y}年", y) for y in chosen]
