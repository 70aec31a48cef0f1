"""Constructions that state several figures at once (docs/indicators.md, "Several figures in one
construction"): structure ratios, spans from one year to another, and lists of years.

    三次产业结构比为17.2∶31.5∶51.3                      -> three shares
    漳县生产总值由2019年的38.6亿元增长到2023年的51.7亿元  -> two values of one indicator
    2021年至2023年分别为1800户、2100户、2500户           -> one period per figure
    前五位的地区分别是天水、兰州…，分别为47.6、35.7…万人次  -> each region's rank and figure
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Observation
from .names import SECTOR_SHARES, name_of
from .numbers import Figure, Unit
from .periods import SPAN_STARTS, Period
from .regions import Region
from .text import Sentence, clause_start

__all__ = ["MINUS", "RATIO_THEN", "REMARK_CLAUSE", "SPAN_TO", "TOP_MARK", "TopList", "ratio_observations", "span_later",
           "span_name", "top_lists", "year_list"]

_PERCENT = Unit("percent", 1, "percent")
_NUMBER = r"\d{1,3}(?:\.\d{1,3})?"
_RATIO = re.compile(rf"(?<![\d.])({_NUMBER})\s*[:∶：]\s*({_NUMBER})\s*[:∶：]\s*({_NUMBER})(?![\d.:∶：])")
_RATIO_MARK = re.compile("[:∶：]")
_STRUCTURE = re.compile(r"结构|比例|之比|产业比|(?:三次产业|第一、第二和第三产业|一二三产业?)(?:增加值)?(?:分别)?"
                        r"(?:占[^，,。；;从投就]{0,10}?(?:生产总值|GDP|经济总量))?的?比重")
# (not 三次产业从业人员比重: people's)
# between the two structures of a span (由12.0:48.7:39.3转变为10.9:51.6:37.5, 调整为2023年的…)
RATIO_THEN = re.compile(r"\s?[\u4e00-\u9fff]{0,4}(?:到|至|为)\s?(?:\d{4}年)?的?\s?")
_STRUCTURE_OF = re.compile(r"产业(投资|就业|从业人员)结构")
_SPAN_FROM = re.compile(r"[由从](?=[^由从]*$)")
SPAN_TO = re.compile(r"(?:大幅|稳步|进一步|逐步|快速|持续|显著)?"   # 由3.3%大幅提升至10.3%
                      r"(?:(?:增长|提高|增加|扩大|扩增|上升|下降|减少|发展|提升|跃升|调整|降低|缩小|攀升|扩展|壮大"
                      r"|上调|下调|调增|调高|调减|调低|上涨|涨)?"   # (最低工资标准由1620元上调至1820元)
                      r"了?(?:到|至|为)|增至|降至|提高到|达到|变为|跃升至|升至)"   # (从65.6亿元到93.2亿元)
                      r"(?:目前|现在|当前|如今|\d{4}年(?:底|末)?)?(?:的)?")   # 发展到目前的25万亩
_YEAR = re.compile(r"^(\d{4})年(?:度)?$")
_DASHED_FIRST = re.compile(r"(\d{4})[—–\-－~～]$")


def ratio_observations(body: str, sentence: Sentence) -> list[tuple[int, int, list[tuple[Figure, str]]]]:
    """(start, end, [(share, name) …]) for each three-sector structure ratio in the sentence."""
    found: list[tuple[int, int, list[tuple[Figure, str]]]] = []
    if _RATIO_MARK.search(sentence.text) is None:   # (one C scan, not three and a generator)
        return found
    for m in _RATIO.finditer(body, sentence.start, sentence.end):
        lead = body[max(clause_start(body, sentence.start, m.start()) - 20, 0):m.start()]
        if not _STRUCTURE.search(lead) and not (found and RATIO_THEN.fullmatch(body, found[-1][1], m.start())):
            continue   # (…比重由12.0:48.7:39.3转变为10.9:51.6:37.5: the later structure of a span too)
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
# a clause naming measures and only remarking on them (播种面积、产量增速较快; 城乡居民收入稳步增长): what a
# 分别 opening the next clause is said of
REMARK_CLAUSE = re.compile(r"(?P<measures>[\u4e00-\u9fff、和及与]{4,30}?)(?:的?(?:增速|增幅|涨幅|增长|发展|提升|规模)?"
                           r"(?:较快|加快|迅速|明显|显著|稳定|平稳)|的?(?:增速|增幅|涨幅|降幅)(?:较高|较大|最高|最大)|(?:稳步|持续|快速|大幅|显著|明显|较快|逐年|不断)"
                           r"(?:增长|提升|提高|上升|扩大|增加)|均有(?:增长|提高|增加|扩大)"
                           r"|实现了?“?[两三四五双]项?(?:齐增|双增|增长)”?|实现“?双增长?”?)")


_YEAR_FIRST = re.compile(r"^\s*\d{4}年(?:底|末|度)?[，,]?")


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
    if (not head.strip() or (head.strip() == "分别" and clause[start.start() - 2:start.start()] == "分别")) \
            and begin > sentence_start:   # 全县贫困人口大幅减少，由2011年的1.21万人下降到803人
        before = body[clause_start(body, sentence_start, begin - 1):begin - 1]
        remark = REMARK_CLAUSE.fullmatch(before) if head.strip() else None   # 播种面积、产量增速较快，分别由…的…、…
        head = remark["measures"] + head if remark else _CHANGED.sub("", before) if _CHANGED.search(before) else ""
    name, raw = name_of(_YEAR_FIRST.sub("", head))   # (1956年粮食单产由1950年的87公斤…: no year in the name)
    return (name, raw) if name else None


def span_later(body: str, floor: int, at: int, observations: list[Observation]) -> tuple[str, str] | None:
    """The name of the later value of a span (扩大到15平方公里): the earlier value's."""
    if not observations or observations[-1].value_end != floor:   # (most figures: no slice to cut)
        return None
    between = body[floor:at].strip()
    if not SPAN_TO.fullmatch(between):
        return None
    first = observations[-1]
    if between in ("到", "至") and body[first.value_start - 1:first.value_start] not in SPAN_STARTS:
        return None   # a bare 到 only after 从/由: 120元到150元 is a range, not a span
    return first.name, first.raw_name


def year_list(periods: list[Period], owner_start: int, n: int, body: str) -> list[Period]:
    """2021年至2023年分别为A、B、C (or 2021年、2022年、2023年分别为…, 2021—2023年分别为…): one year for each figure."""
    before = [p for p in periods if p.end <= owner_start]
    years = [int(m[1]) for p in before if (m := _YEAR.match(p.text))]
    if years and (m := _DASHED_FIRST.match(body, max(0, before[-1].start - 5), before[-1].start)):
        years.insert(len(years) - 1, int(m[1]))   # (the first year written without its 年 before a dash)
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


# -- regions ranked in a list --------------------------------------------------------------------

@dataclass(slots=True)
class TopList:
    """Regions a ranking lists: 接待游客前五位的地区分别是天水、兰州、张掖、平凉、陇南市 (each holds a
    place among the first five: 5, the order is no rank; with 依次为 it is: 1 to 5), 金昌、兰州、天水进出口总值分列
    前三 (1, 2, 3 in order); and the figures paired with them in order (…，分别为47.6、35.7、31、23.8、20.03万人次;
    临夏38.5%、天水30.4%…)."""

    start: int                 # the measure's start: the list's clause
    end: int                   # after the last region or figure it holds
    measure: tuple[int, int]   # the phrase naming what is ranked (接待游客总数, 进出口总值)
    rank: tuple[int, int]      # the rank as written (前五位, 前三)
    places: list[int]
    regions: list[Region]
    values: list[Figure]       # one per region, or none
    again: bool = False        # the regions of the list before, ranked again (这五地也是收入排列前五的区域)


_TOP_NUMBER = r"(?P<n>[两二三四五六七八九十]|[2-9]|1\d)"
# 前五位的地区分别是, 排名前五位的地区分别为：, 前三位的市州是: the list of regions follows
_TOP_HEAD = re.compile(r"(?:排名|排列|排在|位居|位列|居)?" r"(?P<rank>前" + _TOP_NUMBER + r"(?:位|名)?)的?"
                       r"(?:地区|市州|市（州）|城市|县区|区县|县市区|区域|市|州|县)"
                       r"(?:及[\u4e00-\u9fff]{1,4}?)?"   # (前五位的地区及人数分别是: each with its figure)
                       r"(?:分别|(?P<in_order>依次))?(?:是|为|有)[:：]?\s*")   # (依次: in that order, 1 to n)
# 金昌、兰州、天水进出口总值分列前三: the list before, in order
_TOP_IN_ORDER = re.compile(r"分列(?P<rank>(?:全省|全市|全国)?前" + _TOP_NUMBER + r"(?:位|名)?)")
# …，这五地也是收入排列前五的区域: the same regions, another measure
_TOP_AGAIN = re.compile(r"[，,]\s*这(?P<n>[两二三四五六七八九十])(?:地|个地区|个市州|市州|个市)也是"
                        r"(?P<measure>[\u4e00-\u9fff]{1,12}?)(?:排名|排列|排在)?(?P<rank>前(?P=n)(?:位|名)?)"
                        r"的?(?:区域|地区|市州)")
# 7个市州工业固定资产投资增幅超全省平均水平，分别为白银市(42.2%)、天水市(29.3%)…: as many regions as
# counted follow, each with its own figure
_COUNTED_HEAD = re.compile(r"(?P<n>[2-9]|1\d|[两二三四五六七八九十]|十[一二三四])个"
                           r"(?:市州|市（州）|县区|县市区|区县|市|州|县)"
                           r"(?P<measure>[^，,；;。：:（(]{2,30}?)[，,：:]\s*(?:分别为|分别是|依次为|分别)?[:：]?\s*")
_VALUES_AFTER = re.compile(r"\s*[，,；;:：]?\s*(?:分别|依次)(?:为|是|达到|达|实现)?[:：]?\s*")
TOP_MARK = re.compile(r"前(?:[两二三四五六七八九十]|[2-9]|1\d)(?:位|名)?的?(?:地区|市|州|城市|县|区)|分列|个[市州县区]")
_LIST_JOINS = ("、", "和", "及", "与")
_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
          "十二": 12, "十三": 13, "十四": 14}
_OPEN, _CLOSE, MINUS = "(（", ")）", "-－−"
_MINUS = MINUS


def top_lists(body: str, sentence: Sentence, figures: list[Figure],
              mentions: list[tuple[int, int, Region]]) -> list[TopList]:
    """The lists of ranked regions in the sentence (`figures` and `mentions` its own, in order), each
    only when it names as many regions as its rank says (前五位: five)."""
    found: list[TopList] = []
    at_figure = {f.start: f for f in figures}
    for m in _TOP_HEAD.finditer(body, sentence.start, sentence.end):
        n = _SMALL.get(m["n"]) or int(m["n"])
        regions, interleaved, end = _regions_after(body, m.end(), mentions, at_figure)
        if len(regions) != n:
            continue
        values = [f for f in interleaved if f is not None]
        if len(values) < n:
            values = _values_after(body, end, n, figures)
        if values:
            end = max(end, values[-1].end)
        clause = clause_start(body, sentence.start, m.start())
        places = list(range(1, n + 1)) if m["in_order"] else [n] * n
        found.append(TopList(clause, end, (clause, m.start()), m.span("rank"), places, regions, values))
        again = _TOP_AGAIN.match(body, end)
        if again and (_SMALL.get(again["n"]) == n):
            found.append(TopList(again.start("measure"), again.end(), again.span("measure"), again.span("rank"),
                                 [n] * n, regions, [], again=True))
    for m in _COUNTED_HEAD.finditer(body, sentence.start, sentence.end):
        n = _SMALL.get(m["n"]) or int(m["n"])
        regions, each, end = _regions_after(body, m.end(), mentions, at_figure)
        if len(regions) == n and all(each):   # (a figure for every region: else not this list)
            found.append(TopList(m.start(), end, m.span("measure"), (m.start(), m.start()), [], regions,
                                 [f for f in each if f is not None]))
    for m in _TOP_IN_ORDER.finditer(body, sentence.start, sentence.end):
        n = _SMALL.get(m["n"]) or int(m["n"])
        clause = clause_start(body, sentence.start, m.start())
        listed = [x for x in mentions if clause <= x[0] < m.start()]
        if len(listed) != n or listed[0][0] != clause or any(
                body[a[1]:b[0]] not in _LIST_JOINS for a, b in zip(listed, listed[1:], strict=False)):
            continue
        found.append(TopList(clause, m.end(), (listed[-1][1], m.start()), m.span("rank"),
                             list(range(1, n + 1)), [x[2] for x in listed], []))
    return found


def _regions_after(body: str, at: int, mentions: list[tuple[int, int, Region]],
                   at_figure: dict[int, Figure]) -> tuple[list[Region], list[Figure | None], int]:
    """The regions listed from `at` on (天水、兰州…和定西市), each with a figure written right after it
    (临夏38.5%、天水30.4%) or None, and where the list ends."""
    regions: list[Region] = []
    figures: list[Figure | None] = []
    end = at
    joins = ""   # the marks between the items so far
    for start, stop, region in mentions:
        if start < at:
            continue
        if start != at:
            break
        regions.append(region)
        bracket = stop < len(body) and body[stop] in _OPEN
        at = stop + bracket
        at += at < len(body) and body[at] in _MINUS   # 张掖市(-5.1%): a fall
        figure = at_figure.get(at)
        figures.append(figure)
        end = figure.end if figure is not None else stop
        if figure is not None and bracket:
            if end >= len(body) or body[end] not in _CLOSE:
                figures[-1] = None
                break
            end += 1
        mark = body[end:end + 1]
        if mark not in _LIST_JOINS and (figure is None or mark not in "，," or joins.strip("，,")):
            break   # (天水30.5万人次，兰州22.1万人次: commas between regions each with its figure — but a list
            # joined by 、 ends at a comma: …、庆阳市(12.0%)，金昌市、嘉峪关市负增长)
        joins += mark
        at = end + 1
    return regions, figures, end


def _values_after(body: str, end: int, n: int, figures: list[Figure]) -> list[Figure]:
    """…，分别为47.6、35.7、31、23.8、20.03万人次: the n figures after the list, or none."""
    lead = _VALUES_AFTER.match(body, end)
    if lead is None:
        return []
    values: list[Figure] = []
    at = lead.end()
    for figure in figures:
        if figure.start < at:
            continue
        if figure.start != at or len(values) == n:
            break
        values.append(figure)
        at = figure.end + (1 if body[figure.end:figure.end + 1] in _LIST_JOINS else 0)
    return values if len(values) == n else []
