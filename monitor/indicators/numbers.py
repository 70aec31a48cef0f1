"""Figures in running text: a number, its multiplier and its unit, as one span.

    投资50.95亿元   1.2万户   三千二百万元   30 余场次   百分之十五   2个百分点   3至5万元

Only spans with a unit are figures: a bare number (6+4+6, 500强, 二十大) is never one. Arabic
numbers are read here; Chinese numerals go to cn2an, span by span (`cn2an.transform` on running
text corrupts words such as 一体化). Whether a figure is an indicator is decided elsewhere
(rules.py); this module only reads what is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

__all__ = ["UNITS", "Figure", "Unit", "find_figures", "parse_number"]


@dataclass(frozen=True)
class Unit:
    normalized: str       # base unit stored in indicators.unit_normalized
    factor: float         # written unit -> base unit
    kind: str             # amount | count | physical_quantity | percent | point | time | activity | other


# Written unit -> meaning. Units of kind time/activity/other are read so that the rules can
# name them when they drop the figure; they never become indicators.
UNITS: dict[str, Unit] = {
    "元": Unit("yuan", 1, "amount"),
    "亩": Unit("mu", 1, "physical_quantity"),
    "公顷": Unit("mu", 15, "physical_quantity"),
    "吨": Unit("tonne", 1, "physical_quantity"),
    "金属吨": Unit("tonne", 1, "physical_quantity"),   # 铅锌地质储量1100万金属吨: ore reserves by metal content
    "公斤": Unit("tonne", 0.001, "physical_quantity"),
    "千克": Unit("tonne", 0.001, "physical_quantity"),
    "斤": Unit("tonne", 0.0005, "physical_quantity"),
    "千瓦时": Unit("kWh", 1, "physical_quantity"),
    "度": Unit("kWh", 1, "physical_quantity"),
    "千瓦": Unit("kW", 1, "physical_quantity"),
    "兆瓦": Unit("kW", 1000, "physical_quantity"),
    "吉瓦": Unit("kW", 1_000_000, "physical_quantity"),   # 年产能10吉瓦: gigawatts, written in words
    "人次": Unit("person-time", 1, "count"),
    "人": Unit("person", 1, "count"),
    "名": Unit("person", 1, "count"),
    "个百分点": Unit("point", 1, "point"),
    "个": Unit("count", 1, "count"),
    "家": Unit("count", 1, "count"),
    "户": Unit("count", 1, "count"),
    "项": Unit("count", 1, "count"),
    "大项": Unit("count", 1, "count"),   # 6大项(25个子项): projects counted by their main items
    "座": Unit("count", 1, "count"),
    "处": Unit("count", 1, "count"),
    "所": Unit("count", 1, "count"),
    "套": Unit("count", 1, "count"),
    "辆": Unit("count", 1, "count"),
    "台": Unit("count", 1, "count"),
    "栋": Unit("count", 1, "count"),
    "条": Unit("count", 1, "count"),
    "批": Unit("count", 1, "count"),
    "件": Unit("count", 1, "count"),
    "株": Unit("count", 1, "count"),   # trees and seedlings: 500万株花椒, 育苗2亿株
    "棵": Unit("count", 1, "count"),
    "张": Unit("count", 1, "count"),   # 病床5969张, 发放文旅消费券3万张
    "孔": Unit("count", 1, "count"),   # 改造窑洞1700多孔
    "院": Unit("count", 1, "count"),   # 新改建农宅5743院
    "棒": Unit("count", 1, "count"),   # 生产菌棒60万棒
    "袋": Unit("count", 1, "count"),   # 袋栽食用菌8000万袋
    "粒": Unit("count", 1, "count"),   # 生产原原种18亿粒
    "峰": Unit("head", 1, "physical_quantity"),   # 骆驼近8000峰
    "匹": Unit("head", 1, "physical_quantity"),   # 岔口驿马8500匹
    "头": Unit("head", 1, "physical_quantity"),
    "个羊单位": Unit("head", 1, "physical_quantity"),   # 520万个羊单位: herds counted in sheep units
    "羊单位": Unit("head", 1, "physical_quantity"),
    "只": Unit("head", 1, "physical_quantity"),
    "平方米": Unit("m2", 1, "physical_quantity"),
    "平米": Unit("m2", 1, "physical_quantity"),
    "立方米": Unit("m3", 1, "physical_quantity"),
    "公里": Unit("km", 1, "physical_quantity"),
    "平方公里": Unit("m2", 1_000_000, "physical_quantity"),
    "平方千米": Unit("m2", 1_000_000, "physical_quantity"),
    "km2": Unit("m2", 1_000_000, "physical_quantity"),   # 土地总面积4.5万km2 (journals write SI symbols)
    "km²": Unit("m2", 1_000_000, "physical_quantity"),
    "hm2": Unit("mu", 15, "physical_quantity"),   # 草场面积272.27万hm2: hectares
    "hm²": Unit("mu", 15, "physical_quantity"),
    "t": Unit("tonne", 1, "physical_quantity"),   # 产量1 126.45万t (journals; not 5t/h, a rate)
    "kW": Unit("kW", 1, "physical_quantity"),
    "MW": Unit("kW", 1000, "physical_quantity"),
    "GW": Unit("kW", 1_000_000, "physical_quantity"),
    "kWh": Unit("kWh", 1, "physical_quantity"),
    "‰": Unit("percent", 0.1, "percent"),
    "兆瓦时": Unit("kWh", 1000, "physical_quantity"),
    "吉瓦时": Unit("kWh", 1_000_000, "physical_quantity"),
    "羽": Unit("head", 1, "physical_quantity"),
    "千米": Unit("km", 1, "physical_quantity"),
    "%": Unit("percent", 1, "percent"),
    "％": Unit("percent", 1, "percent"),
    "成": Unit("percent", 10, "percent"),     # 三成: 30%
    # never indicators (rules.py says why)
    "年": Unit("year", 1, "time"),
    "月": Unit("month", 1, "time"),
    "日": Unit("day", 1, "time"),
    "号": Unit("number", 1, "time"),
    "时": Unit("hour", 1, "time"),
    "点": Unit("hour", 1, "time"),
    "分": Unit("minute", 1, "time"),
    "天": Unit("day", 1, "time"),
    "小时": Unit("hour", 1, "time"),
    "岁": Unit("age", 1, "time"),
    "周岁": Unit("age", 1, "time"),
    "场次": Unit("activity", 1, "activity"),
    "轮次": Unit("activity", 1, "activity"),
    "批次": Unit("activity", 1, "activity"),
    "架次": Unit("activity", 1, "activity"),
    "次": Unit("activity", 1, "activity"),
    "场": Unit("activity", 1, "activity"),
    "轮": Unit("activity", 1, "activity"),
    "期": Unit("activity", 1, "activity"),
    "届": Unit("activity", 1, "activity"),
    "篇": Unit("document", 1, "other"),
    "支": Unit("team", 1, "other"),
    "位": Unit("place", 1, "other"),
    "倍": Unit("times", 1, "other"),
}

_MULTIPLIERS = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}

_CN_DIGITS = "零〇一二两三四五六七八九"
# Runs are bounded (no real figure has more than 15 digits or 20 numerals) and a number never
# starts inside another: a long run of digits costs linear time, not quadratic (tested).
# (5 972座, 1 126.45万t: typeset text groups thousands with a space too; the 2 of 57.99万hm2、… is the unit's)
_AR = r"(?<![0-9０-９.．])(?<!hm)(?<!km)(?:[0-9]{1,3}(?:[ \u2009\u202f\u00a0][0-9]{3}(?![0-9])){1,4}" \
      r"(?:[.．][0-9]{1,8})?(?![0-9.．])|" \
      r"[0-9０-９]{1,15}(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]{1,8})?)"
_CN = rf"(?<![{_CN_DIGITS}十百千万亿点])[{_CN_DIGITS}十][{_CN_DIGITS}十百千万亿]{{0,20}}(?:点[{_CN_DIGITS}]{{1,8}})?"
_NUM = rf"(?:{_AR}|{_CN})"
_RANGE = r"(?:至|到|-|—|–|~|～)"
_MULT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
# 成 and 度 are also ordinary characters (三五成群, 一成不变, 一度下滑): as units they end a word.
_WORD_END_UNITS = {"成": r"成(?![\u4e00-\u9fff]|\d)|成(?=以上|左右|多)", "度": r"度(?=电|[^\u4e00-\u9fff]|$)",
                   "次": r"次(?!产业|性)",   # 三次产业 is the three sectors, 一次性 one-off
                   # SI symbols end a word (5t/h, 10MWp: a rate or a peak, not these units)
                   "t": r"t(?![A-Za-z0-9/])", "kW": r"kW(?![A-Za-z0-9/])", "MW": r"MW(?![A-Za-z0-9/])",
                   "GW": r"GW(?![A-Za-z0-9/])", "kWh": r"kWh(?![A-Za-z0-9/])",
                   # 一期工程, “三北”四期造林: a phase, part of a name (not 5期培训班, 培训班5期: sessions)
                   "期": r"期(?![\u4e00-\u9fff])|期(?=培训|班|活动|讲座|论坛|节目|简报|讲堂|课程)"}
_UNIT = "|".join(_WORD_END_UNITS.get(u, re.escape(u)) for u in sorted(UNITS, key=len, reverse=True))

# what may follow a number in a figure: a space, 余/多, a multiplier, a range mark or a unit
_AFTER_NUMBER = "".join(sorted({"余", "多", "至", "到", "-", "—", "–", "~", "～"} | {m[0] for m in _MULTIPLIERS}
                               | {u[0] for u in UNITS}))
_FIGURE = re.compile(
    rf"(?=[0-9０-９{_CN_DIGITS}十百千])"   # fails fast where no number starts,
    # and where no number followed by what may follow one starts (一体化, 三农, 6+4+6: a tenth of the time)
    rf"(?=[0-9０-９]{{1,15}}[\s,.．{re.escape(_AFTER_NUMBER)}]"
    rf"|[{_CN_DIGITS}十][{_CN_DIGITS}十百千万亿]{{0,20}}[\s点{re.escape(_AFTER_NUMBER)}]|百分之|[百千]万)"
    rf"(?:(?P<pct>百分之(?P<pct_num>{_NUM}))"
    rf"|(?P<num>{_NUM}|(?=[百千]万))\s?(?P<approx_lo>余|多)?(?:\s?(?P<mult_lo>{_MULT}))?"
    rf"(?:{_RANGE}(?P<num_hi>{_NUM}))?"
    rf"(?:\s?(?P<mult>{_MULT}))?"
    rf"\s?(?P<approx>余|多)?\s?(?P<unit>{_UNIT}))"
)
_FIGURE_GROUPS = ("pct", "pct_num", "num", "approx_lo", "mult_lo", "num_hi", "mult", "approx", "unit")
assert tuple(_FIGURE.groupindex) == _FIGURE_GROUPS   # the order _digit_figures unpacks a match's groups in
# Magnitudes written in words (docs/indicators.md): approximate by nature.
_SMALL = "一二两三四五六七八九十"
_WORDS = re.compile(
    rf"(?=[{_SMALL}\d翻百千半])"   # fails fast where no form starts: its first character, then its start
    rf"(?=[{_SMALL}\d]{{1,2}}分之|[两三]位数|翻|[百千]亿|半壁江山)(?:"   # (most numerals start none)
    rf"(?P<fraction>(?P<den>[{_SMALL}]{{1,2}}|\d{{1,2}})分之(?P<numr>[{_SMALL}]{{1,2}}|\d{{1,2}}))"
    r"|(?P<half>半壁江山)"   # (about half: a share in words)
    r"|(?P<digits>两位数|三位数)"
    rf"|(?P<doubling>翻了?(?P<times>[一两二三])番|翻番)"
    rf"|(?<![0-9０-９{_CN_DIGITS}十百千万])(?P<big>[百千])亿(?:元|(?=大关|关口|台阶|、[0-9百千]+亿)))")
_WORD_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_PERCENT, _YUAN = Unit("percent", 1, "percent"), Unit("yuan", 1, "amount")


def _small(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 2:   # 十二 / 二十
        return (10 + _WORD_NUMBERS[text[1]]) if text[0] == "十" else _WORD_NUMBERS[text[0]] * 10
    return _WORD_NUMBERS[text]


# Every match of _WORDS holds one of these (分之, 两位数, 翻番, 百亿元): a text with none is not scanned
# (a test for a substring is a C loop; the scan tests every numeral of the text, and most have none).
_WORDS_NEED = ("分之", "位数", "翻", "百亿", "千亿", "半壁")


# a half or a fraction in digits is a share only after 占 in its clause (占全区农作物播种面积的一半以上,
# 占全省马铃薯种植面积的1/8): elsewhere 一半 is a way of speaking and 1/8 a date or a ratio
_SHARE_IN_WORDS = re.compile(r"占[^，,。；;：:！!？?\n]{0,24}?(?<![0-9./])"
                             r"(?:(?P<half>一半)|(?P<numr>[1-9])/(?P<den>[1-9][0-9]?)(?=以上|以下|左右|多|强|[，,。；;、）)\s]|$))")


def _shares_in_words(text: str) -> list[Figure]:
    found: list[Figure] = []
    for m in _SHARE_IN_WORDS.finditer(text):
        if m["half"]:
            start, end, value = m.start("half"), m.end("half"), 50.0
        else:
            numr, den = int(m["numr"]), int(m["den"])
            if not 0 < numr < den:
                continue
            start, end, value = m.start("numr"), m.end("den"), 100 * numr / den
        found.append(Figure(start, end, text[start:end], text[start:end], "%", _PERCENT, value, None,
                            abs(value) * 0.05, True, "fraction"))
    return found


def _word_figures(text: str) -> list[Figure]:
    found: list[Figure] = []
    if "占" in text and ("一半" in text or "/" in text):
        found = _shares_in_words(text)
    if not any(word in text for word in _WORDS_NEED):
        return found
    for m in _WORDS.finditer(text):
        if m["fraction"]:
            den, numr = _small(m["den"]), _small(m["numr"])
            if not 0 < numr <= den:
                continue
            value, unit, form = 100 * numr / den, _PERCENT, "fraction"
        elif m["half"]:
            value, unit, form = 50.0, _PERCENT, "fraction"
        elif m["digits"]:
            value, unit, form = (10.0 if m["digits"] == "两位数" else 100.0), _PERCENT, "digits"
        elif m["doubling"]:
            value, unit, form = 100.0 * (2 ** _small(m["times"] or "一") - 1), _PERCENT, "doubling"
        else:
            value, unit, form = (1e10 if m["big"] == "百" else 1e11), _YUAN, "big"
        found.append(Figure(m.start(), m.end(), m[0], m[0], "%" if unit is _PERCENT else "元", unit,
                            value, None, abs(value) * 0.05, True, form))
    return found


_DECIMAL_FACTORS = {u: Decimal(str(info.factor)) for u, info in UNITS.items()}
_ARABIC_START = frozenset("0123456789０１２３４５６７８９")
ROUND_SHARE = 0.05   # how far a round figure in 万 or 亿 may be from the value it rounds (see _digit_figures)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_FACTOR_ONE = frozenset(u for u, info in UNITS.items() if info.factor == 1)
_EXPONENTS = {value: len(str(value)) - 1 for value in _MULTIPLIERS.values()}   # 10**8 -> 8


@dataclass(slots=True)
class Figure:
    """A number with its unit as written. `start`/`end` index the text it was found in. Treated as
    immutable (`replace` makes a changed copy) but not frozen: one is made for every number of every
    article, and a frozen dataclass costs five times as much to build."""

    start: int
    end: int
    text: str             # the span as written: "50.95亿元"
    number: str           # the number as written: "50.95"
    unit: str             # the unit as written, with its multiplier: "亿元"
    unit_info: Unit
    value: float          # normalised to unit_info.normalized
    value_max: float | None
    precision: float      # half the last written digit's place, normalised: 50.95亿 -> 5e5
    approx: bool
    form: str = ""        # a magnitude in words: fraction (三分之一), digits (两位数), doubling (翻一番)


_GROUPING = re.compile("[, \u2009\u202f\u00a0]")


def parse_number(text: str) -> Decimal | None:
    """'1,234.5' -> 1234.5; '三千二百万' -> 32000000; '１２' -> 12; None when it is not a number
    (三五, 两三: "three or five", a way of speaking, not a numeral)."""
    if text[:1].isdigit() and text.isascii() and "," not in text and " " not in text:   # most: plain digits
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    text = _GROUPING.sub("", text.translate(_FULLWIDTH))
    if not text:
        return None
    if text[0].isdigit():
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    if len(text) > 1 and not set(text) & set("十百千万亿点"):
        return None
    return _chinese_number(text)


@lru_cache(maxsize=4096)
def _chinese_number(text: str) -> Decimal | None:
    import cn2an  # 100 ms to import; only Chinese numerals need it

    try:
        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, InvalidOperation):
        return None


def _split_multiplier(number: str) -> tuple[str, str]:
    """'三千二百万' -> ('三千二百', '万'): a Chinese numeral's trailing 万/亿 is its multiplier."""
    for mult in ("万亿", "亿", "万"):
        rest = number[: -len(mult)]
        if number.endswith(mult) and rest and not number[0].isdigit() and not set(rest) & set("万亿"):
            return rest, mult
    return number, ""


# 分别为112.46、96.6、348.87亿元: numbers listed before a figure share its multiplier and unit
# numbers listed before a shared unit, each with its own 万/亿 or none: 97.62万和41.42万头
_LISTED = re.compile(r"(?:(?<![0-9０-９.．])(?<!hm)(?<!km)[0-9]{1,9}(?:\.[0-9]{1,6})?[万亿]?\s*[、和及]\s*){1,6}$")
_LISTED_NUMBER = re.compile(r"([0-9]{1,9}(?:\.[0-9]{1,6})?)([万亿]?)")


def _listed_figures(text: str, figures: list[Figure]) -> list[Figure]:
    found = []
    for fig in figures:
        if fig.start < 2 or text[fig.start - 1] not in "、和及 " or not fig.number[:1].isdigit() \
                or fig.value_max is not None:
            continue
        m = _LISTED.search(text, max(0, fig.start - 80), fig.start)
        if m is None or m.end() != fig.start:
            continue
        written = float(_GROUPING.sub("", fig.number))
        factor = fig.value / written if written else 0
        for n in _LISTED_NUMBER.finditer(text, m.start(), m.end()):
            decimals = len(n[1].partition(".")[2])
            own, unit = factor, fig.unit
            if n[2]:   # its own 万 or 亿 instead of the shared one's (97.62万和41.42万头)
                shared = fig.unit[:1] if fig.unit[:1] in _MULTIPLIERS else ""
                own = factor / _MULTIPLIERS.get(shared, 1) * _MULTIPLIERS[n[2]]
                unit = n[2] + fig.unit[len(shared):]
            found.append(replace(fig, start=n.start(), end=n.end(), text=n[0], number=n[1], unit=unit,
                                 value=float(n[1]) * own, precision=0.5 * 10.0 ** -decimals * own,
                                 approx=False))
    return found


# 13.81万贫困人口全部脱贫: 万 with no unit, before the people it counts; 突破百亿、110亿关口: yuan,
# though 元 is left out before 大关/关口/台阶. Found from the 万/亿 (a literal: a fast scan), then
# the number before it.
_BARE_MULTIPLIER = re.compile(r"万(?P<approx2>多|余)?"
                              r"(?=(?:建档立卡|稳定)?(?:脱贫)?(?:贫困)?(?:人口|群众|农民|农户|劳动力))"
                              r"|万(?P<approx3>多|余)?(?P<counted>(?=\s?[，,。；;、）)（(]|$))"   # (总人口145万多，)
                              r"|亿(?=大关|关口|台阶)|亿(?P<said>(?=[，,。；;、）)]|$|[完实用建推]))")
# money said before a bare 亿 (总产值5.3亿，…, 政府融资3.52亿完善园区基建): the 元 is left out, not the unit
_MONEY_BEFORE = re.compile(r"(?:产值|收入|融资|投资|创收|资金|总额|增加值|营收|销售额|税收|利润|贷款|收益)"
                           r"(?:达到?|为|近|超过?|约|突破)?$")
# people counted with 万 and no unit after the number (其中农牧业人口55万，; 其中藏族36.7万，; 人口合计110万(2010年))
_PEOPLE_BEFORE = re.compile(r"(?:人口|[\u4e00-\u9fff]族)(?:合计|总计|共计|共)?(?:达到?|为|有|约|近|超过?)?$")
_NUMBER_BEFORE = re.compile(r"(?<![0-9０-９.．])(?P<num>[0-9]{1,6}(?:\.[0-9]{1,4})?)(?P<approx>多|余)?$")


def _bare_multiplier_figures(text: str) -> list[Figure]:
    found = []
    for m in _BARE_MULTIPLIER.finditer(text):
        n = _NUMBER_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if n is None or (m.group("said") is not None
                         and _MONEY_BEFORE.search(text, max(0, n.start() - 8), n.start()) is None) \
                or (m.group("counted") is not None
                    and _PEOPLE_BEFORE.search(text, max(0, n.start() - 6), n.start()) is None):
            continue
        decimals = len(n["num"].partition(".")[2])
        people = m[0][0] == "万"
        factor = 10_000 if people else 10 ** 8
        found.append(Figure(n.start(), m.end(), text[n.start():m.end()], n["num"], m[0][0],
                            UNITS["人"] if people else _YUAN, float(Decimal(n["num"]) * factor), None,
                            0.5 * 10.0 ** -decimals * factor,
                            bool(n["approx"] or m["approx2"] or m["approx3"]) or not (people or m["said"] is not None)))
    return found


# a sex ratio is written as a bare number of men per 100 women (男女性别比(以女性=100)为103.56): stored as percent,
# the unit nearest its meaning
_SEX_RATIO = re.compile(r"性别比(?:[（(]以?女性?(?:=|为)?100[）)])?(?:为|达到了?|是)?"
                        r"(?P<num>[0-9]{2,3}(?:\.[0-9]{1,2})?)(?![0-9.%％‰:：∶])")


def _sex_ratio_figures(text: str) -> list[Figure]:
    return [Figure(m.start("num"), m.end(), m["num"], m["num"], "", UNITS["%"], float(m["num"]), None,
                   0.5 * 10.0 ** -len(m["num"].partition(".")[2]), False) for m in _SEX_RATIO.finditer(text)]


_POINTS_LISTED = re.compile(r"、(?:全国|全省|全市|全州|全县)?[0-9]+(?:\.[0-9]+)?个百分点")


def find_figures(text: str) -> list[Figure]:
    """Every number-with-unit span in `text`, left to right; a magnitude in words (三分之一,
    两位数, 翻一番, 百亿元) wins over a figure it overlaps; numbers listed before a figure
    (112.46、96.6、348.87亿元) share its unit."""
    words = _word_figures(text)
    figures = _digit_figures(text)
    listed = _listed_figures(text, figures)
    listed += _bare_multiplier_figures(text)   # never overlaps a figure: a unit would have followed
    if "性别比" in text:
        listed += _sex_ratio_figures(text)   # (a bare number: never a figure's)
    if "个、" in text:   # 高于全国1个、全省0.5个百分点: the first gap's 个 is 个百分点 said once
        figures = [replace(f, unit="个百分点", unit_info=UNITS["个百分点"])
                   if f.unit == "个" and _POINTS_LISTED.match(text, f.end) else f for f in figures]
    if listed:
        figures = sorted(figures + listed, key=lambda f: f.start)
    if not words:
        return figures
    taken = [(w.start, w.end) for w in words]
    kept = [f for f in figures if not any(a < f.end and f.start < b for a, b in taken)]
    return sorted(kept + words, key=lambda f: f.start)


def _digit_figures(text: str) -> list[Figure]:
    figures = []
    for m in _FIGURE.finditer(text):
        pct, pct_num, num, approx_lo, mult_lo, num_hi, mult, approx, unit_text = m.groups()   # one call, not nine
        if pct is not None:
            number_text, unit_text, mult_text = pct_num, "%", ""
        elif num:
            mult_text = mult or mult_lo or ""
            number_text = num
            if not mult_text and num[0] not in _ARABIC_START:   # 三千二百万: its own 万 (digits have none)
                number_text, mult_text = _split_multiplier(number_text)
        else:   # 百万元, 千万元: a bare multiplier means one of it
            number_text, mult_text = "一", mult or mult_lo or ""
        if number_text == "一" and text.startswith(unit_text[-1], m.end()):
            continue   # 一座座, 一户户: a reduplicated measure word is a way of speaking, not a count
        unit = UNITS[unit_text]
        # most numbers are plain digits in a unit of factor 1: their value needs no Decimal (below)
        plain = unit_text in _FACTOR_ONE and number_text.isascii() and "," not in number_text \
            and " " not in number_text   # (5 972座: grouped, read by parse_number)
        number = None if plain else parse_number(number_text)
        if number is None and not plain:
            continue   # 三五, 两三: no numeral
        unit_factor = _DECIMAL_FACTORS[unit_text]
        hi_text, hi_own_mult = _split_multiplier(num_hi) if num_hi else ("", "")
        hi = parse_number(hi_text) if hi_text else None
        hi_mult = _MULTIPLIERS.get(mult or hi_own_mult, 1)
        lo_mult = _MULTIPLIERS.get(mult_lo or "", hi_mult) if hi is not None else _MULTIPLIERS.get(mult_text, 1)
        # half a unit of the last written digit, normalised: 50.95亿 -> 5e5
        arabic = number_text[0] in _ARABIC_START
        decimals = len((number_text if number_text.isascii() else number_text.translate(_FULLWIDTH))
                       .partition(".")[2]) if arabic else 0
        start = m.start()
        negative = start >= 2 and text[start - 1] in "-－" and "\u4e00" <= text[start - 2] <= "\u9fff" \
            and arabic and unit.kind == "percent"   # 自然增长率-0.5‰
        if number is None:   # plain: float() of the digits times a power of ten is the correctly rounded
            # exact product, as float() of the Decimal product is (it reads the product's digits)
            value = float(number_text) if lo_mult == 1 else float(f"{number_text}e{_EXPONENTS[lo_mult]}")
        else:
            value = float(number) if lo_mult == 1 and unit_factor == 1 else float(number * lo_mult * unit_factor)
        precision = 0.5 * 10.0 ** -decimals * lo_mult * unit.factor
        if arabic and not decimals and lo_mult >= 10_000 and number_text[-1:] in ("0", "０"):
            # a round figure in 万 or 亿 (900万人次, 1000万元) may be rounded at its last nonzero digit: it agrees
            # with what it rounds (901万), up to 5% of it (not 100亿 with 120亿)
            zeros = len(number_text) - len(number_text.rstrip("0０"))
            precision = max(precision, min(precision * 10 ** zeros, ROUND_SHARE * abs(value)))
        figures.append(Figure(   # positional: one is built for every number of every article
            start - negative, m.end(), ("-" if negative else "") + m[0],
            number_text if num or pct_num else mult_text, (mult_text if num else "") + unit_text, unit,
            -value if negative else value,
            float(hi * hi_mult * unit_factor) if hi is not None else None,
            precision, bool(approx or approx_lo)))
    return figures
