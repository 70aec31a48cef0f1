"""Reporting periods (1至9月, 前三季度, 上半年, 今年以来, 2022年, 截至10月底 …) as explicit dates.

Dates are resolved against the article's publication date: a period written without a year is
in the publication year, unless it would end after the publication date, when it is the year
before (an article of 2024-01-10 about 1至12月 means 2023).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Period", "find_periods"]

_N = r"(?<![0-9一二三四五六七八九十两])[0-9一二三四五六七八九十两]{1,3}"   # bounded: no quadratic runs
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10, "十一": 11, "十二": 12}
_TO = r"(?:至|到|-|—|–|~|～)"

_PERIOD = re.compile(
    r"(?=[0-9一二三四五六七八九十两今去上下全本前第截年])(?:"   # fails fast where no period starts
    rf"(?P<days>(?P<d_month>\d{{1,2}})月(?P<d_from>\d{{1,2}})日{_TO}(?:(?P<d_month2>\d{{1,2}})月)?(?P<d_to>\d{{1,2}})日)"
    rf"|(?P<to_date>截至|截止|截止到)(?:(?P<td_rel>去年|上年)(?:底|末)|(?:(?P<td_year>\d{{4}})年)?"
    rf"(?:(?P<td_month>{_N})月(?:(?P<td_day>\d{{1,2}})日|底|末|份)?|(?P<td_year_end>底|末)))"
    rf"|(?:(?<![比较与同\d])(?P<year>\d{{4}})年(?:度)?"
    rf"|(?<![比较与同])(?P<rel_year>今年|去年|上年|全年|本年)(?!同期|以来))?"
    rf"(?:(?P<m_from>{_N}){_TO}(?P<m_to>{_N})月(?:份)?(?!\d|日|号)"
    rf"|前(?P<first_q>[一二三两])(?:个)?季度|(?P<q_list>一、二)季度|(?:第)?(?P<q>[一二三四])季度"
    rf"|前(?P<first_m>{_N})个?月"
    rf"|(?P<half>上半年|下半年)"
    rf"|(?P<month>{_N})月(?:份)?(?!\d|日|号|\d*[至到-])"
    rf")"
    rf"|(?P<ytd>今年以来|年初以来|今年来)"
    rf"|(?<![比较与同\d])(?P<year_only>\d{{4}})年(?:度)?(?!同期|[0-9一二三四五六七八九十前上下第])(?P<y_full>全年)?"
    rf"|(?<![比较与同])(?P<rel_only>今年|去年|上年|全年|本年)(?!同期|以来|[0-9一二三四五六七八九十前上下第])"
    rf"(?P<r_full>全年)?"
    r")"
)


@dataclass(frozen=True)
class Period:
    start: int           # offsets in the text searched
    end: int
    text: str
    period_start: str    # ISO date, "" for a point in time (截至10月底)
    period_end: str


def _num(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _CN_SMALL.get(text)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _resolve(m: re.Match[str], published: date) -> tuple[date | None, date] | None:
    """(start, end) of the period a match names, or None when it names none."""
    explicit = m["year"] or m["year_only"]
    rel = m["rel_year"] or m["rel_only"]
    year = int(explicit) if explicit else published.year
    if rel in ("去年", "上年"):
        year -= 1
    if m["days"]:   # 5月1日至5日
        start = date(published.year, int(m["d_month"]), int(m["d_from"]))
        end = date(published.year, int(m["d_month2"] or m["d_month"]), int(m["d_to"]))
        if end > published:
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
        return (start, end) if start <= end else None
    if m["to_date"]:
        if m["td_rel"]:   # 截至去年底
            return None, date(published.year - 1, 12, 31)
        if m["td_year_end"]:   # 截至2023年底
            return (None, date(int(m["td_year"]), 12, 31)) if m["td_year"] else None
        month = _num(m["td_month"])
        if month is None or not 1 <= month <= 12:
            return None
        year = int(m["td_year"]) if m["td_year"] else published.year
        found = None
        for candidate in (year, year - 1) if not m["td_year"] else (year,):
            try:
                end = date(candidate, month, int(m["td_day"])) if m["td_day"] else _month_end(candidate, month)
            except ValueError:   # 2月29日 in a year without one
                continue
            found = end
            if m["td_year"] or end <= published:
                break
        return (None, found) if found else None
    if m["ytd"]:
        return date(published.year, 1, 1), published
    if m["m_from"] is not None:
        lo, hi = _num(m["m_from"]), _num(m["m_to"])
        if lo is None or hi is None or not 1 <= lo <= hi <= 12:
            return None
        start_month, end_month = lo, hi
    elif m["first_q"]:
        start_month, end_month = 1, 3 * (_num(m["first_q"]) or 1)
    elif m["q_list"]:
        start_month, end_month = 1, 6
    elif m["q"]:
        q = _num(m["q"]) or 1
        start_month, end_month = 3 * q - 2, 3 * q
    elif m["first_m"]:
        n = _num(m["first_m"])
        if n is None or not 1 <= n <= 12:
            return None
        start_month, end_month = 1, n
    elif m["half"]:
        start_month, end_month = (1, 6) if m["half"] == "上半年" else (7, 12)
    elif m["month"]:
        month = _num(m["month"])
        if month is None or not 1 <= month <= 12:
            return None
        start_month = end_month = month
    else:   # a year on its own: 2022年, 去年, 全年, 今年, 2022年全年, 去年全年
        whole = bool(m["y_full"] or m["r_full"])
        if rel in ("今年", "本年") and not explicit and not whole:
            return date(year, 1, 1), published
        if rel == "全年" and not explicit and published.month <= 2:   # 全年 in January: last year's
            year -= 1
        return date(year, 1, 1), date(year, 12, 31)
    end = _month_end(year, end_month)
    if not explicit and rel is None and end > published:
        year -= 1
        end = _month_end(year, end_month)
    return date(year, start_month, 1), end


def find_periods(text: str, published: date) -> list[Period]:
    """Every period named in `text`, left to right."""
    periods = []
    for m in _PERIOD.finditer(text):
        try:
            resolved = _resolve(m, published)
        except ValueError:   # no such day (2月30日) or year
            resolved = None
        if resolved is None:
            continue
        start, end = resolved
        periods.append(Period(m.start(), m.end(), m[0], start.isoformat() if start else "",
                              end.isoformat()))
    return periods
