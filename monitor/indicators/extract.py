"""Economic indicators stated in an article's body, with region, period and change.

    body --sentences--> figures (numbers.py) --rules.py--> indicators --name, period, change,
    region--> Observation

Read docs/indicators.md first: it is the rule book this module implements. Offsets
(`evidence_start`, `value_start` …) index the article body as stored (`articles.body`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import TypeVar

from .lexicon import lexicon
from .numbers import Figure, Unit, find_figures, parse_number
from .periods import Period, find_periods
from .regions import Region, gazetteer
from .rules import HEAD_CHARS, INDUSTRIAL_PARK, THRESHOLD, Context, reject_change, reject_reason

__all__ = ["EXTRACTOR_VERSION", "ArticleIndicators", "Dropped", "Observation", "extract_indicators"]

EXTRACTOR_VERSION = 1
"""Raise when a change to the extractor, rules or lexicon should re-read stored articles."""

MAX_BODY_CHARS = 200_000   # a body longer than this is read up to here (a real one is < 20,000)
MAX_NAME_CHARS = 20
MAX_OBSERVATIONS = 1_000   # per article (a real one states < 150); the rest are counted, not kept

MAX_SENTENCE_CHARS = 600   # a longer run without a full stop is read in pieces of this size
_SENTENCE = re.compile(rf"[^。！？!?\n]{{1,{MAX_SENTENCE_CHARS}}}[。！？!?]*")
_CLAUSE_BOUNDARY = re.compile(r"[，,；;：:、（）()]")
# What a change is measured against: one list for growths, absolute changes and the basis check.
_BASES = "|".join(sorted(("同比", "环比", "比上年同期", "比去年同期", "较上年同期", "较去年同期", "比上年末",
                          "较上年末", "比上年底", "比上年", "较上年", "比去年", "较去年", "比年初", "较年初",
                          "与上年相比", "与去年同期相比"), key=len, reverse=True))
_GROWTH = re.compile(
    rf"(?P<basis>{_BASES})?(?:分别)?"
    r"(?P<verb>增长|增加|提高|提升|上升|下降|减少|降低|回落|增幅|降幅|增速|下滑)了?(?:为|达到?)?"
    r"(?:约|近|超过|超|达)?$")
_ABS_CHANGE = re.compile(
    rf"(?P<basis>{_BASES})"
    r"(?P<verb>增加|增长|减少|下降|多|少|净增|新增|提高|高出)了?(?:约|近|超过|超|达)?$")
_TAIL_CHARS = 24   # longer than any match of _GROWTH, _ABS_CHANGE, _APPROX_BEFORE
_JOINERS = frozenset({"和", "、", "及", "与", ""})
_STRONG_BOUNDARY = re.compile(r"[，,；;：:]")
_MORE_FIGURES = re.compile(r"^(?:\s*[和、及与]\s*[0-9０-９.．]+\s*[%％])+")
_BASIS = re.compile(rf"{_BASES}|与上年|与去年")
_NEGATIVE = ("下降", "减少", "降低", "回落", "降幅", "下滑", "少")
_APPROX_BEFORE = re.compile(r"(?:近|约|超过|超|逾|突破|接近|将近|大约|达近)$")
_APPROX_AFTER = re.compile(r"^(?:左右|以上|多|余)")
_RANKING = re.compile(
    r"(?:位居|居于|位列|排名|排在|名列|位于|稳居|跃居|居|列|排)"
    r"(?P<scope>全国|全省|全市|全州|全区)(?P<group>[\u4e00-\u9fff]{0,8}?)"
    r"(?P<rank>第(?P<n>[一二三四五六七八九十0-9]+)|前(?P<top>[一二三四五六七八九十0-9]+))(?P<suffix>位|名)?")
_LEADING = re.compile(r"^(?:全县|该县|全市|该市|全区|该区|全州|该州|全省|县域|全域|其中|同时|此外|另外|目前|"
                      r"当前|已经|已|共|累计|并|还|和|及|与|的|在|其|这|使|让)+")
_TRAILING = re.compile(r"(?:达到了|完成了|实现了|达到|高达|达|为|是|约|近|超过|超|突破|逾|共计|总计|合计|共|"
                       r"累计|分别|已|均|都|增至|增加到|提高到|完成|实现|新增|首次|再次|一举|同比|有|达成|"
                       r"稳定在|保持在|连续|继续|稳|排名|和|的)+$")
_CUT_VERBS = re.compile(r"完成|实现|达到|落实|投放|带动|累计|新建|建成|发放|引进|签约|争取|培育|种植|接待|拉动|"
                        r"兑现|减免|新增|建设|打造|发展|配置|流转|吸纳|落地|实施|推广|改造|整治|创建|"
                        r"认定|帮助|解决|提供|投入|申报|获得|销售|带来|促进|完成了|实现了|为")
_LEADING_VERBS = re.compile(r"^(?:完成|实现|落实|投放|带动|累计|新建|建成|发放|引进|签约|争取|培育|种植|接待|"
                            r"拉动|兑现|减免|新增|共|建设|打造|发展|配置|流转|实施|为|了)+")
_GENERIC = frozenset({"面积", "产量", "总量", "规模", "收入", "人数", "总额", "金额", "产值", "总产值", "数量",
                      "资金", "投资", "总投资", "增加值", "效益", "销售额", "营业额", "户数", "量", "额",
                      "值", "率", "价值", "容量", "用量", "个数", "基地", "小区", "大户", "企业", "项目",
                      "园区", "就业"})
_QUOTES = re.compile(r"[“”\"「」『』《》‘’']")
_OPENING, _CLOSING = "“「", "”」"
_QUOTE_MARK = re.compile("[“”「」]")
MAX_QUOTE_CHARS = 600
T = TypeVar("T")
_RANK = Unit("rank", 1, "ranking")
_KINDS = {"amount": "amount", "count": "count", "physical_quantity": "physical_quantity",
          "percent": "share_or_rate", "point": "growth_rate"}


@dataclass(frozen=True, slots=True)
class Observation:
    """One indicator as an article states it. Field meanings: README, table `indicators`."""

    region_code: str | None
    region: str | None
    name: str
    raw_name: str
    kind: str
    value: str
    unit: str
    value_normalized: float
    value_max_normalized: float | None
    unit_normalized: str
    precision: float
    approx: bool
    period: str
    period_start: str
    period_end: str
    evidence: str
    evidence_start: int
    evidence_end: int
    value_start: int
    value_end: int
    change: str = ""
    change_pct: float | None = None
    change_points: float | None = None
    change_value: float | None = None

    @property
    def key(self) -> tuple[str | None, str, str, str, str]:
        """Observations with the same key are the same indicator of the same region and period."""
        return (self.region_code, self.name, self.kind, self.period_start, self.period_end)


@dataclass(frozen=True)
class Dropped:
    """A figure seen and not kept, and why (for `monitor indicators --explain` and scoring)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class ArticleIndicators:
    region: Region | None
    is_county_economy: bool
    observations: tuple[Observation, ...]
    dropped: tuple[Dropped, ...] = field(default=())
    over_cap: int = 0   # observations beyond MAX_OBSERVATIONS, not kept


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    periods: list[Period]
    regions: list[tuple[int, int, Region]]
    observations: list[Observation] = field(default_factory=list)
    # 分别增长A和B: what the figures after the first one go to (an observation's index, or
    # the (name, raw name) of a growth row of its own), and the sign of the change
    respectively: list[tuple[int | tuple[str, str], int]] = field(default_factory=list)
    # 城镇、农村居民人均可支配收入分别达到36215元和14268元: the names of the figures after the first
    levels: list[tuple[str, str]] = field(default_factory=list)
    industrial_park_before: bool = False   # an 工业园区 was named earlier in the body


def extract_indicators(title: str, body: str, published_at: str,
                       channel: str | None = None) -> ArticleIndicators:
    """Every indicator `body` states. `published_at` is ISO 8601 (its date resolves periods)."""
    body = body[:MAX_BODY_CHARS]
    published = date.fromisoformat(published_at[:10])
    places = gazetteer()
    main = places.main_region(title, body)
    figures = find_figures(body)
    periods = find_periods(body, published)
    mentions = places.find(body)
    rankings = list(_RANKING.finditer(body))
    quotes = _quotations(body)
    quote_starts = [a for a, _ in quotes]
    first_park = INDUSTRIAL_PARK.search(body)
    observations: list[Observation] = []
    dropped: list[Dropped] = []
    fig_starts = [f.start for f in figures]
    period_starts = [p.start for p in periods]
    mention_starts = [m[0] for m in mentions]
    ranking_starts = [r.start() for r in rankings]
    for sm in _SENTENCE.finditer(body):
        s_start, s_end = sm.start(), sm.end()
        lo, hi = bisect.bisect_left(fig_starts, s_start), bisect.bisect_left(fig_starts, s_end)
        sentence_rankings = _within(rankings, ranking_starts, s_start, s_end)
        if lo == hi and not sentence_rankings:
            continue
        sentence = _Sentence(s_start, s_end, sm[0], _within(periods, period_starts, s_start, s_end),
                             _within(mentions, mention_starts, s_start, s_end),
                             industrial_park_before=first_park is not None and first_park.start() < s_start)
        events: list[tuple[int, Figure | re.Match[str]]] = \
            [(f.start, f) for f in figures[lo:hi]] + [(r.start(), r) for r in sentence_rankings]
        floor = s_start   # the owner of a figure starts after the previous figure or ranking
        for _, item in sorted(events, key=lambda e: e[0]):
            if isinstance(item, Figure):
                if any(r.start() <= item.start < r.end() for r in sentence_rankings):
                    continue   # 居全市第一位: read as a ranking
                q = bisect.bisect_left(quote_starts, item.start) - 1
                quote = body[quotes[q][0] + 1:quotes[q][1] - 1] \
                    if q >= 0 and item.start < quotes[q][1] else None
                reason = _read_figure(body, sentence, item, floor, main, published_at, quote)
                if reason:
                    dropped.append(Dropped(item.start, item.end, item.text, reason))
                if reason != THRESHOLD:   # 10万元以上的村: the threshold is part of the next name
                    floor = item.end
            else:
                _read_ranking(body, sentence, item, floor, main, published_at)
                floor = item.end()
        observations.extend(sentence.observations)
    unique = list({o.key + (o.value_normalized,): o for o in reversed(observations)}.values())[::-1]
    is_county_economy = main is not None and main.is_county and (
        bool(unique) or "经济" in (channel or ""))
    return ArticleIndicators(main, is_county_economy, tuple(unique[:MAX_OBSERVATIONS]), tuple(dropped),
                             over_cap=max(len(unique) - MAX_OBSERVATIONS, 0))


def _quotations(body: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation; quotes inside it (“……“高原夏菜”……”) are part of it.
    An opening mark left unclosed for MAX_QUOTE_CHARS is not a quotation."""
    spans, depth, start = [], 0, 0
    for mark in _QUOTE_MARK.finditer(body):
        i, c = mark.start(), mark[0]
        if depth and i - start > MAX_QUOTE_CHARS:
            depth = 0
        if c in _OPENING:
            if depth == 0:
                start = i
            depth += 1
        elif c in _CLOSING and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def _within(items: list[T], starts: list[int], start: int, end: int) -> list[T]:
    return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def _owner_floor(body: str, sentence: _Sentence, floor: int, upto: int) -> int:
    """Start of the phrase that owns a figure at `upto`: after the last clause boundary,
    period expression or earlier figure."""
    start = max(floor, sentence.start)
    for boundary in _CLAUSE_BOUNDARY.finditer(body, start, upto):
        start = boundary.end()
    for period in sentence.periods:
        if start < period.end <= upto:
            start = period.end
    return start


def _clean(phrase: str) -> str:
    phrase = _QUOTES.sub("", phrase).strip()
    places = gazetteer()
    while True:
        before = phrase
        phrase = _LEADING.sub("", phrase)
        found = places.at_start(phrase)
        if found:
            phrase = phrase[found[0]:]
        phrase = _TRAILING.sub("", phrase)
        if phrase == before:
            return phrase.strip()


@lru_cache(maxsize=16384)
def _name(phrase: str) -> tuple[str, str]:
    """(canonical name, raw name) of an owner phrase; ('', '') when it names nothing."""
    raw = _clean(phrase)
    if not raw:
        return "", ""
    canonical = lexicon().canonical(raw)
    if canonical:
        return canonical, raw
    name = raw
    if "等" in raw[1:]:   # 签约陕西大冷肉牛养殖等项目: "projects such as …"
        head, _, tail = raw.rpartition("等")
        verb = _CUT_VERBS.search(head)
        canonical = lexicon().canonical(verb[0] + tail) if verb else None
        if canonical:
            return canonical, raw
        name = tail
    for verb in reversed(list(_CUT_VERBS.finditer(name))):
        rest = name[verb.end():]
        if rest and rest not in _GENERIC:
            name = rest
            break
    stripped = _clean(_LEADING_VERBS.sub("", name))
    name = stripped if stripped not in _GENERIC else _clean(name)   # 带动就业 stays
    if len(name) > MAX_NAME_CHARS or len(name) < 2:
        return "", raw
    return name, raw


def _region_for(body: str, sentence: _Sentence, at: int, owner_start: int,
                 main: Region | None) -> Region | None:
    """The region named last before `at` in the sentence; else 全省 -> the province and, in an
    article about a county, 全市 -> its prefecture, when the sentence or the owner starts so;
    else the article's main region."""
    named = [m for m in sentence.regions if m[1] <= at]
    if named:
        return named[-1][2]
    starts = (body[sentence.start:sentence.start + 2], body[owner_start:owner_start + 2])
    places = gazetteer()
    if "全省" in starts:
        return places["620000"]
    if main is not None and main.is_county and main.type != "县级市" and "全市" in starts:
        return places.parent_prefecture(main) or main
    return main


def _period_for(sentence: _Sentence, at: int, published_at: str) -> tuple[str, str, str]:
    before = [p for p in sentence.periods if p.end <= at]
    chosen = before[-1] if before else next((p for p in sentence.periods if p.start >= at), None)
    if chosen is None:
        return "", "", published_at[:10]
    return chosen.text, chosen.period_start, chosen.period_end


def _read_figure(body: str, sentence: _Sentence, fig: Figure, floor: int,
                 main: Region | None, published_at: str, quote: str | None) -> str | None:
    """Adds the figure to the sentence's observations (or to an earlier one as its change);
    returns why it was dropped, or None."""
    owner_start = _owner_floor(body, sentence, floor, fig.start)
    owner = body[owner_start:fig.start]
    after = body[fig.end:sentence.end]
    before = body[sentence.start:fig.start]
    head = body[sentence.start:min(sentence.start + HEAD_CHARS, fig.start)]
    industrial = sentence.industrial_park_before
    reason = reject_reason(Context(fig, before, after, owner, quote, head, industrial))
    if reason:
        return reason
    unit_kind = fig.unit_info.kind
    tail = owner[-_TAIL_CHARS:]   # the patterns below end the owner: search its tail only
    approx = fig.approx or bool(_APPROX_BEFORE.search(tail)) or bool(_APPROX_AFTER.match(after))
    growth = _GROWTH.search(tail) if unit_kind in ("percent", "point") else None
    absolute = _ABS_CHANGE.search(tail) if unit_kind not in ("percent", "point") else None
    change_match = growth or absolute
    if sentence.levels and owner.strip() in _JOINERS and not change_match:
        name, raw = sentence.levels.pop(0)
        sentence.observations.append(_observation(body, sentence, fig, owner_start, main, published_at,
                                                  name, raw, _KINDS[unit_kind], approx))
        return None
    sentence.levels.clear()
    if sentence.respectively and owner.strip() in _JOINERS:
        target, sign = sentence.respectively.pop(0)
        _add_change(body, sentence, fig, owner_start, main, published_at, target, sign, fig.text, approx)
        return None
    sentence.respectively.clear()
    if change_match:
        sign = -1 if change_match["verb"] in _NEGATIVE else 1
        owner_rest = owner[:len(owner) - len(tail) + change_match.start()]
        name, raw = _name(owner_rest)
        change_text = change_match[0] + fig.text
        more = _MORE_FIGURES.match(after)
        n = 1 + (more[0].count("%") + more[0].count("％") if more and "分别" in owner else 0)
        targets: list[int | tuple[str, str]]
        if n > 1 and not name and len(sentence.observations) >= n:
            targets = list(range(len(sentence.observations) - n, len(sentence.observations)))
        elif n > 1 and (names := _respective_names(owner, n)):   # 城乡居民…分别增长6.1%和7.6%
            targets = list(names)
        else:
            previous = sentence.observations[-1] if sentence.observations else None
            attach = previous is not None and previous.kind != "growth_rate" and previous.change == "" \
                and (not name or name == previous.name)
            if attach:
                targets = [len(sentence.observations) - 1]
            elif absolute or not name:
                return "a change with no indicator it belongs to"
            else:
                basis = change_match["basis"] is not None or \
                    _BASIS.search(body, sentence.start, fig.start) is not None
                reason = reject_change(has_basis=basis, has_period=bool(sentence.periods))
                if reason:
                    return reason
                targets = [(name, raw)]
        sentence.respectively = [(t, sign) for t in targets[1:]]
        _add_change(body, sentence, fig, owner_start, main, published_at, targets[0], sign,
                    change_text, approx)
        return None
    name, raw = _name(owner)
    if "分别" in owner:
        names = _respective_names(body[max(floor, _strong_boundary(body, sentence, fig.start)):fig.start],
                                  1 + _joined_figures(after))
        if names:
            (name, raw), sentence.levels = names[0], names[1:]
    if not name:
        return "no indicator named" if not raw else "no clear indicator name"
    sentence.observations.append(_observation(body, sentence, fig, owner_start, main, published_at,
                                              name, raw, _KINDS[unit_kind], approx))
    return None


def _strong_boundary(body: str, sentence: _Sentence, at: int) -> int:
    """After the last ，；： before `at` in the sentence (、 and 和 join names, they do not end them)."""
    start = sentence.start
    for m in _STRONG_BOUNDARY.finditer(body, sentence.start, at):
        start = m.end()
    return start


def _joined_figures(after: str) -> int:
    """How many figures follow, each joined to the one before by 和, 、, 及 or 与 alone."""
    count, at = 0, 0
    for fig in find_figures(after[:80]):
        if after[at:fig.start].strip() not in _JOINERS - {""}:
            break
        count, at = count + 1, fig.end
    return count


def _respective_names(phrase: str, n: int) -> list[tuple[str, str]] | None:
    """城镇居民和农村居民人均可支配收入分别达到 with 2 figures -> the names of both: the parts joined
    by 和/、 share the tail of the last one (城镇 + 居民人均可支配收入)."""
    head = _clean(phrase[:phrase.rindex("分别")]) if "分别" in phrase else ""
    parts = re.split("[和、及与]", head)
    if n == 2 and len(parts) == 1 and head.startswith("城乡"):   # 城乡 = 城镇 and 农村
        parts = ["城镇", "农村" + head[2:]]
    if n < 2 or len(parts) != n or any(len(p) < 2 for p in parts):
        return None
    tail = parts[-1][len(parts[0]):]
    names = [_name(p + tail) for p in parts[:-1]] + [_name(parts[-1])]
    return names if all(name for name, _ in names) else None


def _add_change(body: str, sentence: _Sentence, fig: Figure, owner_start: int, main: Region | None,
                published_at: str, target: int | tuple[str, str], sign: int, change_text: str,
                approx: bool) -> None:
    """A growth or change: the change of an observation of the sentence (`target` its index), or a
    growth_rate row of its own (`target` its name and raw name)."""
    unit_kind, value = fig.unit_info.kind, sign * fig.value
    if isinstance(target, int):
        observation = sentence.observations[target]
    else:
        observation = _observation(body, sentence, fig, owner_start, main, published_at, *target,
                                   "growth_rate", approx, value=value)
    if unit_kind == "percent":
        observation = replace(observation, change=change_text, change_pct=value)
    elif unit_kind == "point":
        observation = replace(observation, change=change_text, change_points=value)
    else:
        observation = replace(observation, change=change_text, change_value=value)
    if isinstance(target, int):
        sentence.observations[target] = observation
    else:
        sentence.observations.append(observation)


def _observation(body: str, sentence: _Sentence, fig: Figure, owner_start: int,
                 main: Region | None, published_at: str, name: str, raw: str, kind: str,
                 approx: bool, value: float | None = None) -> Observation:
    region = _region_for(body, sentence, fig.start, owner_start, main)
    if region is not None and not region.is_county and "县域" in body[owner_start:fig.start] \
            and not name.startswith("县域"):
        name = "县域" + name   # 全省县域市场主体: the counties' sum, not the province's own figure
    period, p_start, p_end = _period_for(sentence, fig.start, published_at)
    evidence = sentence.text.strip()
    lead = len(sentence.text) - len(sentence.text.lstrip())
    return Observation(
        region_code=region.code if region else None, region=region.name if region else None,
        name=name, raw_name=raw, kind=kind, value=fig.number, unit=fig.unit,
        value_normalized=fig.value if value is None else value,
        value_max_normalized=fig.value_max, unit_normalized=fig.unit_info.normalized,
        precision=fig.precision, approx=approx, period=period, period_start=p_start,
        period_end=p_end, evidence=evidence, evidence_start=sentence.start + lead,
        evidence_end=sentence.start + lead + len(evidence), value_start=fig.start,
        value_end=fig.end)


def _read_ranking(body: str, sentence: _Sentence, m: re.Match[str], floor: int,
                  main: Region | None, published_at: str) -> None:
    owner_start = _owner_floor(body, sentence, floor, m.start())
    name, raw = _name(body[owner_start:m.start()])
    rank = parse_number(m["n"] or m["top"])
    if not name or rank is None:
        return
    place = Figure(start=m.start("rank"), end=m.end(), text=body[m.start("rank"):m.end()], number=m["rank"],
                   unit=m["suffix"] or "", unit_info=_RANK, value=float(rank), value_max=None, precision=0.5,
                   approx=False)
    sentence.observations.append(_observation(body, sentence, place, owner_start, main, published_at, name,
                                              raw, "ranking", False))
