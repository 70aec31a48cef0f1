"""Reporting periods (1至9月, 前三季度, 上半年, 今年以来, 2022年, 截至10月底, 年末, 国庆假期,
“十四五”以来 …) as explicit dates.

Dates are resolved against the article's publication date: a period written without a year is
in the publication year, unless it would end after the publication date, when it is the year
before (an article of 2024-01-10 about 1至12月 means 2023). 全年 and 年末 take the year of their
context — the last explicit year written before them (or `context_year`, the headline's) —
and without one 全年 is the publication year from July on, the year before until June.
A stock at a month's or year's end (年末, 6月底, 截至9月末) is a point in time: no start.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .regions import gazetteer

Match = re.Match[str]

__all__ = ["SPAN_STARTS", "Period", "attributive", "basis_period", "census_after_compared", "find_periods"]

_N = r"(?<![0-9一二三四五六七八九十两])[0-9一二三四五六七八九十两]{1,3}"   # bounded: no quadratic runs
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10, "十一": 11, "十二": 12}
_TO = r"(?:至|到|--?|——?|–|~|～|－)"   # (1--5月, 1——5月: a doubled dash; 1－5月: a full-width one)
_PLANS = {"九五": 1996, "十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_HOLIDAYS = {"春节": "spring_festival", "国庆": "national_day", "十一": "national_day", "五一": "labour_day",
             "劳动节": "labour_day", "中秋": "mid_autumn_festival", "端午": "dragon_boat_festival",
             "清明": "tomb_sweeping_day", "元旦": "new_years_day"}
# (a year then a number-first count, 2017年170户规模以上工业企业…, is that year's; a year then a month or
# a day that failed as one, 2023年13月, 2023年1至, is none)
_NOT_AFTER_YEAR = (r"(?!同期|以来|[0-9]{1,2}(?:月|日|号|季|[至到\-—–~～－、])"
                   # (a month or quarter in words is a form of its own; 2023年七里河区… is the year)
                   r"|[一二三四五六七八九十]{1,3}(?:月|季|个?月|多?年|、|至|到|—)|[前上下底末]|第(?![一二三]产业)"
                   r"|(?:五一|十一)(?:期间|假期|黄金周|长假|小长假|节))")   # (2023年十一期间: a holiday's days)
# 由2021年的12.6:59.7调整为…, 2019年的38.6亿元: a period written as an attribute of the number right
# after it dates that number only; it is not the year a later 全年 refers to.
ATTRIBUTIVE = re.compile(r"的(?:近|约|超过|超)?(?=[0-9])"
                         r"|的(?:全国|全省|全市|全州)?(?=第[0-9一二三四五六七八九十])")   # 由2011年的全省第7位
SPAN_STARTS = ("由", "从")   # 由上年18.4:45.9:35.7调整为…: a span's first value, dated with or without 的

_PERIOD = re.compile(
    r"(?=[0-9一二三四五六七八九十两今去上下全本当前第截年止至元])"   # fails fast where no period starts,
    # and where no 年, 月, 季(度), 截(至) or 止 follows soon: every form has one (the run before it
    # is skipped possessively, one C loop, not a lazy try per character: a third of the scan's time)
    r"(?=[^年月季截止]{0,9}+[年月季截止])"
    # and where the start is none of a form's: a number and its 年, 月, 季(度), range mark or 、 (一、二季度),
    # or 前, 第, 截, 止, 年, a year word (今年, 全年 …) or 上半年/下半年 (most 上, 全, 一 … start no period:
    # a quarter of the scan's time. Tested after the two above: at every character, it would cost more)
    r"(?=[0-9一二三四五六七八九十两][\d一二三四五六七八九十两]{0,3}[年月季至到、\-—–~～]|[前第截年止]"
    r"|[今去上全本当]年|[上下]半年|元?至\d)(?:"   # (至2011年底, 至10月, 元至6月份)
    # 自2017年天津宁河与甘肃榆中建立新一轮扶贫协作关系以来: the event's year to date, the event told between (first: not
    # the year or its month alone)
    rf"(?<=[从自])(?:(?P<since_event>\d{{4}})年|(?P<se_rel>去年|上年|今年)(?=\d{{1,2}}月))(?:(?P<se_month>\d{{1,2}})月)?"
    r"(?=[\u4e00-\u9fff“\"·])"   # (自去年4月青岛·定西东西部协作以来: that month to date)
    # (a part of the year or a holiday named after the year is where it starts: 自2023年下半年以来,
    # 自2024年“五一”假期以来; not a lunar one, whose day the text does not give: 自2024年春节以来)
    r"(?:[“\"]?(?P<se_part>五一|十一(?!五)|国庆|元旦|上半年|下半年|第?[一二三四]季度)(?=[”\"]?))?"
    r"(?![“\"]?(?:春节|端午|中秋|清明))"
    rf"[^，,。；;！？：:0-9]{{0,40}}?以来(?=[，,])|"   # (自2021年“十四五”开局以来; 自2020年5月被列为…以来: from May)
    rf"(?P<days>(?P<d_month>\d{{1,2}})月(?P<d_from>\d{{1,2}})日{_TO}(?:(?P<d_month2>\d{{1,2}})月)?(?P<d_to>\d{{1,2}})日)"
    r"|(?P<to_now>截至目前|截止目前|截止到目前|截至当前)"
    rf"|(?P<to_date>截至|截止|截止到|(?:^|(?<=[，,。；;：:\s]))(?:止(?=\d{{4}}年)|至(?=\d{{4}}年[底末，,])))(?:(?P<td_rel>去年|上年|今年|本年)年?(?:底|末)|(?:(?P<td_year>\d{{4}})年|(?P<td_this>今年|本年))?"
    rf"(?:(?P<td_month>{_N})月(?:(?P<td_day>\d{{1,2}})日|底|末|份)?|(?P<td_year_end>底|末|(?<=\d年)(?![0-9０-９月份]))"
    rf"|(?<=[至止])(?P<td_day_alone>\d{{1,2}})日))"   # (截止4日: this month's 4th)
    rf"|(?:(?<![比较与同\d])(?P<year>\d{{4}})年(?:度)?"
    rf"|(?<![比较与同])(?P<rel_year>今年|去年|上年|全年|本年|当年(?=[0-9一二三四五六七八九十]|上半年|下半年))"
    rf"(?!同期|以来))?"   # (2003年3月破土动工，当年7月投入运营: 当年 the year of the period named last)
    rf"(?:(?P<m_from>{_N})(?:月份?)?\s?{_TO}\s?(?P<m_to>{_N})月(?:份)?(?!\d|日|号)"   # 1至11月, 1月至11月
    rf"|前(?P<first_q>[一二三两1-3])(?:个)?季度|(?P<q_list>一、二)季度|(?:第)?(?P<q>[一二三四]|(?<![0-9前])[1-4])季度"
    rf"|前(?P<first_m>{_N})个?月"
    rf"|(?:(?<=[，,。；;：:\s年])|^)元?至(?P<up_to>{_N})月(?:份)?(?!\d|日|号|底|末)"   # 至10月: January to October
    rf"|(?P<half>上半年|下半年)"
    rf"|(?<!金秋)(?<!阳春)(?<!烟花)(?<!人间)(?P<month>{_N})月(?:份)?(?P<xun>[上中下]旬)?(?!\d|日|号|底|末|份?以来|\d*[至到-])"
    rf")"
    # (今年截至目前, 今年以来，截至目前: this year to date, not a point)
    rf"|(?P<ytd>(?:今年(?:以来)?[，,]?截(?:至|止到?)目前|今年以来|年初以来|今年来|开年以来))"
    # (去年以来，全县共收贮…: last year's start to date)
    rf"|(?<![比较与同])(?P<since_last>(?:去年|上年)(?:年初)?以来)"
    # 3月以来，天水市已累计接待游客584万人次: from that month to the day reported (not March alone)
    rf"|(?<![比较与同\d])(?:(?P<sm_year>\d{{4}})年)?(?P<since_month>{_N})月(?:份)?以来"
    # 2017年至2021年, 2020年至今年5月: the years from the first to the last (not 2021年至2023年分别为…: one each;
    # not 2012年至2021年十年间, 2011年至2015年的: a span's years)
    rf"|(?<![比较与同由从\d])(?P<span_from>\d{{4}})(?:年(?:至|到|[—–\-－~～](?=\d{{4}}年))|(?=[—–\-－~～]\d{{4}}年)[—–\-－~～])"
    # (1989—1995年, 2019年—2023年: the same years, written with a dash; not 2023-2024年度, a crop year)
    rf"(?![^。；;]{{0,40}}分别)(?:(?P<span_to>\d{{4}})年(?![的末底间度]|[0-9一二三四五六七八九十]|分别)"
    rf"|今年(?P<span_month>{_N})月(?:底|末)?(?![的0-9])|(?P<span_now>今年|今)(?![天日0-9一二三四五六七八九十]))"
    rf"|(?<![比较与同\d])(?P<since_year>\d{{4}})年(?:成立|建成|启动|运营|开通|创建|设立|组建|挂牌|开园|投运)?以来"
    # 2015年以来，碌曲县累计投资约9.6亿元: that year to date (自2016年成立以来，…累计发送货物…: the same)
    rf"|(?<=[从自])(?P<since_from>\d{{4}})年(?:起|开始)(?=[，,])"   # 从2010年起，全省…: the same
    rf"|(?<![比较与同\d])(?P<year_only>\d{{4}})年(?:度)?{_NOT_AFTER_YEAR}(?P<y_full>全年)?"
    rf"|(?<![比较与同])(?P<rel_only>今年|去年|上年|全年|本年)(?!同期|以来|新开工|[前上下第底末]|年[底末]|结余|结转|[一二三四五六七八九十](?!产)"
    r"|(?<![由从]..)[0-9])"   # (由上年18.4:45.9: the first value's year, see attributive)
    rf"(?:度(?!假)(?=[\u4e00-\u9fff]))?(?P<r_full>全年)?"   # (本年度第二批: the year, 度 and all; not 度假)
    rf"|(?<![比较与同])(?P<year_end>(?P<pt_year>\d{{4}})年(?:底|末)|(?P<pt_rel>去年|上年|今年|本年)年?(?:底|末)|(?<![上去今本])(?:年底|年末))"
    rf"|(?<![比较与同])(?:(?P<pm_year>\d{{4}})年)?(?P<pm_month>{_N})月(?:底|末)"
    r")"
)
# Rarer forms, in a pattern of their own that runs only where one of their words occurs (their
# first characters, 中, 国, “ …, are too common to scan for everywhere).
_RARE = re.compile(
    r"(?=[“\"十中国春五劳端清元过一当近目第如建新解])"   # fails fast where no form starts: its first character,
    # then its start (most 中, 国, 一, 十 start none: a fifth of the scan's time)
    r"(?=[“\"]|十[一二三四五]?五|十一(?=假期|黄金周|小长假|长假|期间)|中秋|国庆|春节|五一|劳动节|端午|清明|元旦|过去"
    r"|近[二三四五两2-5]|一年来|目前|如今|当年"
    r"|第[四五六七]次|建国|新中国成立|解放)(?:"
    r"[“\"]?(?P<plan>十[一二三四五]五|(?<=[“\"])[九十]五)[”\"]?(?P<plan_kind>期间|时期|以来|末(?:期)?)"
    r"|\" (?P<plan_spaced>十[一二三四五]五) \" ?(?P<spaced_kind>期间|时期|以来|末)"   # " 十四五 " 期间
    r"|(?P<holiday>中秋国庆|国庆中秋|中秋节?[与和、及]国庆节?|国庆节?[与和、及]中秋节?"   # (中秋节与国庆节双节期间)
    r"|春节|国庆|[“\"]?五一[”\"]?|[“\"]十一[”\"]|(?<![第0-9])十一(?=假期|黄金周|小长假|长假|期间)|劳动节|中秋|端午|清明|元旦)"
    r"(?:(?:双节)?节?(?:假期|黄金周|小长假|长假|期间|假日(?:期间)?)"   # (五一节假期, 春节节假日期间)
    r"(?:(?P<hday>首日|第[一二三四五六七八1-8][天日]))?"   # 清明假期第二天: that day alone
    # (甘肃省2016年元旦接待游客…: the holiday after its year, said before its visitors — not 王国庆接待了…)
    r"|(?<=年(?:春节|国庆|五一|元旦|中秋|端午|清明))(?=(?:全省|全市|全县)?共?接待))"
    r"|(?P<past>过去的?(?P<past_n>[一二三四五两1-5])年)"
    r"|(?<![与比较同])第(?P<census>[四五六七])次(?:全国)?人口普查"   # its census day: a point
    r"|(?P<recent>近(?P<recent_n>[二三四五两2-5])年(?:来|以来)?)(?![前后底末初度])"
    r"|(?<![第十])(?P<year_since>一年来)"   # 一年来 in a January review: the year before
    r"|(?<![与比较同])(?P<founding>(?:建国|新中国成立|解放)之?初期?)"   # 由建国初的4.57%: the end of 1949
    # 目前，全县…, 目前礼县已…, 目前建成了…, 如今，临洮县…: a point, the publication date
    r"|(?<=[，,。；;\s])(?P<now>目前|如今)(?=[，,]|[全该][县市区州]|[\u4e00-\u9fff]{1,3}[县市区](?:已|共|有)"
    r"|共有|拥有|累计|建成|(?P<now_place>[\u4e00-\u9fff]{1,4})已(?:建成|累计|拥有|有))"   # (目前敦煌已建成…: a place)
    r"|(?<=[，,。；;：:\s])(?P<that_year>当年)(?!同期|以来|[0-9前上下第底末]))")
_RARE_WORDS = ("期间", "时期", "以来", "末", "假期", "黄金周", "长假", "过去", "一年来", "当年", "近", "目前", "如今",
               "人口普查", "初", "接待")
_CENSUS_DAYS = {"四": date(1990, 7, 1), "五": date(2000, 11, 1), "六": date(2010, 11, 1), "七": date(2020, 11, 1)}
_COMPARED_WITH_CENSUS = re.compile(r"与第(?P<n>[四五六])次(?:全国)?人口普查(?:相比|比较)")


def census_after_compared(text: str) -> tuple[str, date] | None:
    """The census a figure is of when its sentence compares it with the one before (甘州区常住人口为51.91万人，
    与第六次人口普查相比增加1.17万人: the seventh's): its name and day, else None."""
    m = _COMPARED_WITH_CENSUS.search(text) if "人口普查" in text else None
    if m is None:
        return None
    n = "五六七"["四五六".index(m["n"])]
    return f"第{n}次人口普查", _CENSUS_DAYS[n]
# Rarer still, in a pattern that runs only where its words occur: 五年来，/五年间，/五年累计 opening a clause
# or the text (the number first: most characters fail there, before any look back)
# (the years of a work report) and 至目前, 到现在 (a point, the publication date, like 截至目前)
_SINCE = re.compile(r"(?P<since_n>[二三四五两2-5])(?<![^，,。；;：:\s][二三四五两2-5])年(?:[来间](?=[，,])|累计)"
                    # (由2013年的35户增加到现在的155户; not 年初到现在, a span)
                    r"|(?P<so_far>(?<!初)[至到](?<!截[至到])(?:目前|现在)(?:为止)?)")
_PLANNED_BEFORE = re.compile(r"到(?:20[0-9]{2})年|力争|计划|目标|预计")
_SINCE_WORDS = ("二年来", "三年来", "四年来", "五年来", "两年来", "2年来", "3年来", "4年来", "5年来", "年间", "年累计",
                "至目前", "到目前", "至现在",
                "到现在")


# a bare year in brackets right after a figure (常住人口217万(2018)): that figure's year, as 217万(2018年) is
_BRACKET_YEAR = re.compile(r"(?<=[(（])(?P<bracket_year>(?:19|20)[0-9]{2})(?=[)）])")
_FIGURE_BEFORE = re.compile(r"[0-9][\u4e00-\u9fff%‰]{0,4}\s?[(（]$")   # (8169平方千米 (2018))


# 截至今年上半年, 到一季度 (opening a clause): the part's last day
_UP_TO = re.compile(r"(?:截至|截止到?|(?:^|(?<=[，,。；;：:\s]))到)$")


def _place_at(text: str) -> bool:
    """Whether `text` starts with a region's name (目前敦煌已建成…)."""
    return gazetteer().at_start(text) is not None


@dataclass(slots=True, unsafe_hash=True)
class Period:
    """A period named in a text. Treated as immutable but not frozen: a body names dozens, and a
    frozen dataclass costs four times as much to build."""

    start: int           # offsets in the text searched
    end: int
    text: str
    period_start: str    # ISO date, "" for a point in time (截至10月底, 年末)
    period_end: str
    year: int | None = None   # the explicit year it names (2022年, 去年), for 全年 and 年末 after it

    @classmethod
    def whole_year(cls, start: int, end: int, text: str, year: int) -> Period:
        """A whole calendar year read from the text at start..end (2021 of 2012年至2021年)."""
        return cls(start, end, text, f"{year}-01-01", f"{year}-12-31", year)


def _num(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _CN_SMALL.get(text)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


Span = tuple[date | None, date]


def _days(m: Match, published: date) -> Span | None:   # 5月1日至5日
    start = date(published.year, int(m["d_month"]), int(m["d_from"]))
    end = date(published.year, int(m["d_month2"] or m["d_month"]), int(m["d_to"]))
    if end > published:
        start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
    return (start, end) if start <= end else None


def _to_date(m: Match, published: date, year0: int) -> Span | None:   # 截至10月底
    if m["td_rel"]:   # 截至去年底, 截至今年年底
        return None, date(year0 - (m["td_rel"] in ("去年", "上年")), 12, 31)
    if m["td_year_end"] is not None:   # 截至2023年底, 截至2023年 (its end: a point)
        if not m["td_year"]:
            return None
        end = date(int(m["td_year"]), 12, 31)   # (至2024年 in March 2024, no 底: how far things stand that day)
        ahead = end > published and end.year == published.year and m["td_year_end"] == ""
        return (None, published) if ahead else (None, end)
    if m["td_day_alone"]:   # 截止4日, reported on the 4th (or on the 2nd, 截止28日: last month's)
        n = int(m["td_day_alone"])
        if n == 0:
            return None
        if n <= published.day:
            return None, published.replace(day=n)
        last_month = published.replace(day=1) - timedelta(days=1)
        return (None, last_month.replace(day=n)) if n <= last_month.day else None
    if m["td_this"]:   # 截至今年6月底 (in April: ahead, a target's; never last year's June)
        return _month_point(str(year0), m["td_month"], m["td_day"], published)
    return _month_point(m["td_year"], m["td_month"], m["td_day"], published)


def _month_point(year_text: str | None, month_text: str, day_text: str | None, published: date) -> Span | None:
    """The end of a month (or a day in it) as a point in time, in the latest year it has passed."""
    month = _num(month_text)
    if month is None or not 1 <= month <= 12:
        return None
    year = int(year_text) if year_text else published.year
    for candidate in (year,) if year_text else (year, year - 1):
        try:
            end = date(candidate, month, int(day_text)) if day_text else _month_end(candidate, month)
        except ValueError:   # 2月29日 in a year without one
            continue
        if year_text or end <= published:
            return None, end
    return None


_COMPARED = ("比", "较", "与", "同")   # a plan's end after these is what a change is measured against
_REVIEW_MONTHS = timedelta(days=92)   # (a plan's or a year's review is published by the end of March)


def _plan(m: Match, published: date) -> Span | None:   # “十四五”以来
    first = _PLANS[m["plan"] or m["plan_spaced"]]
    last = date(first + 4, 12, 31)
    kind = m["plan_kind"] or m["spaced_kind"]
    if kind in ("末", "末期"):   # (较“十二五”末 is a basis: no period)
        return None if m.string[max(0, m.start() - 2):m.start()].rstrip("“\"")[-1:] in _COMPARED else (None, last)
    if kind == "以来":   # to date; but in the review written just after the plan's end, the plan's years
        return date(first, 1, 1), last if last < published <= last + _REVIEW_MONTHS else published
    # “十一五”期间 in December 2010: the plan's years, its last one nearly over (earlier: to date)
    return date(first, 1, 1), last if published.year >= last.year else min(last, published)


_YEAR_BEFORE_HOLIDAY = re.compile(r"((?:19|20)[0-9]{2})年(?:的)?[“\"]?$")


def _holiday(m: Match, published: date) -> Span | None:   # 国庆假期: its official days
    names = [name for word, name in _HOLIDAYS.items() if word in m["holiday"]]
    written = _YEAR_BEFORE_HOLIDAY.search(m.string, max(0, m.start() - 7), m.start())
    # (2023年春节假期, read in June 2024: 2023's, not the latest one)
    for year in (int(written[1]),) if written is not None else (published.year, published.year - 1):
        spans = [s for s in (_holiday_days(year, name) for name in names) if s is not None]
        if spans:
            start, end = min(s[0] for s in spans), max(s[1] for s in spans)
            if m["hday"]:   # 清明假期第二天: that day (the holiday need not be over)
                day = start + timedelta((_num(m["hday"][1:2]) or 1) - 1 if m["hday"] != "首日" else 0)
                if day <= min(end, published):
                    return day, day
                continue
            if end <= published:
                return start, end
    return None


@lru_cache(maxsize=256)
def _holiday_days(year: int, name: str) -> tuple[date, date] | None:
    """The official break of a holiday: its days off, with the weekend days next to them."""
    import chinese_calendar  # the State Council's holiday tables, 2004 to its release year

    try:
        days = [d for d in (date(year, 1, 1) + timedelta(i) for i in range(366))
                if d.year == year and chinese_calendar.get_holiday_detail(d) == (True, _english(name))]
    except NotImplementedError:   # a year its tables do not cover yet
        return None
    if not days:
        return None
    start, end = days[0], days[-1]
    while not chinese_calendar.is_workday(start - timedelta(1)) and (start - timedelta(1)).year == year:
        start -= timedelta(1)
    while not chinese_calendar.is_workday(end + timedelta(1)) and (end + timedelta(1)).year == year:
        end += timedelta(1)
    return start, end


def _english(name: str) -> str:
    import chinese_calendar

    return str(chinese_calendar.Holiday[name].value)


def _past_years(m: Match, published: date) -> Span | None:   # 过去一年, 过去五年 (a work report)
    if m["year_since"] and published.month > 3:
        return None   # 一年来 in July: the twelve months to date, no calendar period
    if m["recent"]:   # 近三年来: in January–March the three years before, later the year to date and
        return _recent_years(_num(m["recent_n"]) or 2, published)   # the two before it
    n = (_num(m["past_n"]) or 1) if m["past_n"] else 1
    if n > 1 and published.month > 6:   # 过去五年 in a review of December: the years to date (in the
        return date(published.year - n + 1, 1, 1), published   # first half, the years before it)
    return date(published.year - n, 1, 1), date(published.year - 1, 12, 31)


def _recent_years(n: int, published: date) -> Span:
    """近三年来, 五年来: in January–March the n years before, later the year to date and the ones before it."""
    if published.month > 3:
        return date(published.year - n + 1, 1, 1), published
    return date(published.year - n, 1, 1), date(published.year - 1, 12, 31)


def _year_end(m: Match, published: date, context: int | None, year0: int) -> Span | None:   # 年末
    if m["pt_year"]:
        year = int(m["pt_year"])
    elif m["pt_rel"] in ("去年", "上年"):
        year = year0 - 1
    elif m["pt_rel"] in ("今年", "本年"):
        year = year0
    elif m.string[m.start() - 1:m.start()] in ("到", "至") and context is not None and context < published.year \
            and published.month <= 2:
        year = context   # 2006年，…。至年底，…16个项目已开工建设 in January 2007: the year reported on
    elif m.string[max(0, m.start() - 2):m.start()] in _AHEAD or m.string[m.start() - 1:m.start()] in ("到", "至"):
        year = published.year   # 预计年底…, 到年底…: the end of this year, ahead
    else:
        year = context if context is not None else published.year - (published.month < 12)
    end = date(year, 12, 31)
    if end > published and m.string[m.start() - 1:m.start()] not in ("到", "至"):
        return None   # 今年底将竣工通车 in November: no figure's period (到2025年底 is kept: a target's)
    return None, end


_AHEAD = ("预计", "力争", "确保", "计划")


# A month-only period ending within this much after publication is the one underway (一季度 in a
# report of 23 March: figures to date); ending later, it is the year before's (1至12月 in January).
UNDERWAY = timedelta(days=31)


def _months(m: Match, published: date, year0: int, context: int | None = None) -> Span | None:
    """A month-only period that would end more than UNDERWAY after publication is the year
    before's (1至12月 in January) — unless the text has just named the publication's own year
    (2022年，…计划… 一季度，58个续建项目全部复工 in February 2022: this year's quarter, under way)."""
    explicit = m["year"]
    rel = m["rel_year"]
    if rel == "当年" and context is not None:
        explicit, rel = str(context), None   # 当年7月: that year's July
    year = int(explicit) if explicit else year0 - (rel in ("去年", "上年"))
    span = _month_span(m)
    if span is None:
        return None
    start_month, end_month = span
    end = _month_end(year, end_month)
    while not explicit and rel is None and end > published + UNDERWAY and context != published.year:
        year -= 1
        end = _month_end(year, end_month)
    if m["xun"]:   # 3月上旬: its first ten days (中旬 the next ten, 下旬 the rest of the month)
        first = {"上": 1, "中": 11, "下": 21}[m["xun"][0]]
        return date(year, start_month, first), end if first == 21 else date(year, start_month, first + 9)
    return date(year, start_month, 1), end


def _month_span(m: Match) -> tuple[int, int] | None:
    if m["m_from"] is not None:
        lo, hi = _num(m["m_from"]), _num(m["m_to"])
        return (lo, hi) if lo is not None and hi is not None and 1 <= lo <= hi <= 12 else None
    if m["first_q"]:
        return 1, 3 * (_num(m["first_q"]) or 1)
    if m["q_list"]:
        return 1, 6
    if m["q"]:
        q = _num(m["q"]) or 1
        return 3 * q - 2, 3 * q
    if m["first_m"] or m["up_to"]:
        n = _num(m["first_m"] or m["up_to"])
        return (1, n) if n is not None and 1 <= n <= 12 else None
    if m["half"]:
        return (1, 6) if m["half"] == "上半年" else (7, 12)
    month = _num(m["month"]) if m["month"] else None
    return (month, month) if month is not None and 1 <= month <= 12 else None


def _whole_year(m: Match, published: date, context: int | None, year0: int) -> Span:
    """2022年, 去年, 全年, 今年, 2022年全年, 去年全年."""
    explicit = m["year_only"]
    rel = m["rel_only"]
    whole = bool(m["y_full"] or m["r_full"])
    if explicit:
        year = int(explicit)
    elif rel in ("去年", "上年"):
        year = year0 - 1
    elif rel == "全年" and m.string[max(0, m.start() - 2):m.start()] in _AHEAD and published.month > 2 \
            and context in (None, published.year):
        year = published.year   # 预计全年… in April: this year's, ahead (in January, the year just over)
    elif rel == "全年":
        year = context if context is not None else published.year - (published.month <= 6)
    else:   # 今年, 本年
        year = year0
        if not whole:
            return date(year, 1, 1), min(published, date(year, 12, 31))
    return date(year, 1, 1), date(year, 12, 31)


def _resolve(m: Match, published: date, context: int | None, year0: int) -> Span | None:
    """(start, end) of the period a match names, or None when it names none. `year0` is the year
    去年 and 今年 count from: the publication's, or the document's (a bulletin on 2021: 上年 is 2020)."""
    if m.re is _SINCE:
        return (None, published) if m["so_far"] else _recent_years(_num(m["since_n"]) or 2, published)
    if m.re is _BRACKET_YEAR:
        return date(int(m["bracket_year"]), 1, 1), date(int(m["bracket_year"]), 12, 31)
    if m.re is _RARE:
        if m["that_year"]:   # 当年: the year in context, to date when it is the publication's
            year = context if context is not None else published.year
            return (date(year, 1, 1), published) if year == published.year else (date(year, 1, 1),
                                                                                   date(year, 12, 31))
        if m["now"]:
            return None, published
        if m["census"]:
            return None, _CENSUS_DAYS[m["census"]]
        if m["founding"]:
            return None, date(1949, 12, 31)
        if m["plan"] or m["plan_spaced"]:
            return _plan(m, published)
        if m["holiday"]:
            return _holiday(m, published)
        return _past_years(m, published)
    if m["days"]:
        return _days(m, published)
    if m["to_now"]:   # 截至目前: a point, the publication date
        return None, published
    if m["to_date"]:
        return _to_date(m, published, year0)
    if m["year_end"]:
        return _year_end(m, published, context, year0)
    if m["pm_month"]:
        return _month_point(m["pm_year"], m["pm_month"], None, published)
    if m["ytd"]:
        return date(published.year, 1, 1), published
    if m["since_last"]:
        return date(published.year - 1, 1, 1), published
    if m["span_from"]:
        first = int(m["span_from"])
        if m["span_to"]:
            last = int(m["span_to"])
            end = min(published, date(last, 12, 31)) if last == published.year else date(last, 12, 31)
        elif m["span_now"]:   # 2005年至今, 2021年至今年: to the day reported
            end = published
        else:
            end = _month_end(published.year, _num(m["span_month"]) or 0)
        if m["span_to"] and int(m["span_to"]) > published.year and 1949 <= first <= int(m["span_to"]):
            return date(first, 1, 1), date(int(m["span_to"]), 12, 31)   # 2025—2027年, 2024—2026年 in 2024: a plan's
        return (date(first, 1, 1), end) if 1949 <= first < end.year + 1 and end <= date(published.year, 12, 31) \
            and date(first, 1, 1) < end else None
    if m["since_month"]:
        month = _num(m["since_month"])
        if month is None or not 1 <= month <= 12:
            return None
        year = int(m["sm_year"]) if m["sm_year"] else published.year - (month > published.month)
        start = date(year, month, 1)
        return (start, published) if start <= published else None
    if m["since_year"] or m["since_from"] or m["since_event"] or m["se_rel"]:
        since = int(m["since_year"] or m["since_from"] or m["since_event"]) if not m["se_rel"] \
            else published.year - (m["se_rel"] != "今年")
        month = int(m["se_month"]) if m["se_month"] else _PART_STARTS.get((m["se_part"] or "").lstrip("第"), 1)
        return (date(since, month, 1), published) if 1949 <= since <= published.year and 1 <= month <= 12 \
            and date(since, month, 1) <= published else None
    if m["year_only"] or m["rel_only"]:
        return _whole_year(m, published, context, year0)
    return _months(m, published, year0, context)


# the month a part of the year or a holiday after 自…年 starts in
_PART_STARTS = {"五一": 5, "十一": 10, "国庆": 10, "元旦": 1, "上半年": 1, "下半年": 7,
                "一季度": 1, "二季度": 4, "三季度": 7, "四季度": 10}


def _named_year(m: Match, published: date, year0: int) -> int | None:
    """The year a period names outright (2022年…, 去年…), which 全年 and 年末 after it refer to."""
    if m.re is _SINCE or m.re is _BRACKET_YEAR:   # (a bracketed year dates its figure only)
        return None
    if m.re is _RARE:
        return published.year - 1 if (m["past"] and m["past_n"] in ("一", "1")) or \
            (m["year_since"] and published.month <= 3) else None
    explicit = m["year"] or m["year_only"] or m["pt_year"] or m["td_year"] or m["pm_year"] or m["span_to"]
    if explicit:
        return int(explicit)
    rel = m["rel_year"] or m["rel_only"] or m["pt_rel"]
    if rel in ("去年", "上年"):
        return year0 - 1
    return None


# 元月 is January (从元月24日至2月2日), written in the place of 1月 (not the lunar 正月; not 500元月工资)
_FIRST_MONTH = re.compile(r"(?<![\d万亿千百])元月")


def _matches(text: str) -> list[re.Match[str]]:
    if "元月" in text:   # (same length: positions are the text's)
        text = _FIRST_MONTH.sub("1月", text)
    found = list(_PERIOD.finditer(text))
    for rx, words in ((_RARE, _RARE_WORDS), (_SINCE, _SINCE_WORDS)):
        if any(word in text for word in words):
            rare = [m for m in rx.finditer(text)
                    if not (rx is _SINCE and m["since_n"] and m["since_n"].isdigit() and m[0].endswith("累计")
                            and _PLANNED_BEFORE.search(text, max(0, m.start() - 30), m.start()))]
            # (到2025年，全县5年累计完成…: a plan's years, not the five before)
            if rare:
                taken = [(m.start(), m.end()) for m in found]
                found = sorted(found + [m for m in rare if not any(a < m.end() and m.start() < b for a, b in taken)],
                               key=lambda m: m.start())
    if "(19" in text or "(20" in text or "（19" in text or "（20" in text:
        found = sorted(found + [m for m in _BRACKET_YEAR.finditer(text)
                                if _FIGURE_BEFORE.search(text, max(0, m.start() - 8), m.start())],
                       key=lambda m: m.start())
    return found


_OPENING_QUOTES = ("“", "\"", "「", "『")
_NAMED_YEAR = re.compile(r"(?:19|20)[0-9]{2}年度?")
# the rest of a short quoted name, no clause mark (not a campaign's year, “2023年项目建设年”: its figures' year)
_QUOTED_NAME_REST = re.compile(r"[\u4e00-\u9fff]{2,20}(?<!年)[”\"」』]")


def find_periods(text: str, published: date, context_year: int | None = None,
                 this_year: int | None = None) -> list[Period]:
    """Every period named in `text`, left to right. `context_year`: the year the text is about
    before it names one (the headline's), for 全年 and 年末. `this_year`: the year 今年 and 去年
    count from when it is not the publication's (a bulletin or yearbook about one year)."""
    periods: list[Period] = []
    context = context_year
    year0 = this_year if this_year is not None else published.year
    said_last: int | None = context_year   # the year of the period named last (for 当年 before a month)
    for m in _matches(text):
        if text[m.start() - 1:m.start()] in _OPENING_QUOTES and _NAMED_YEAR.fullmatch(m[0]) \
                and _QUOTED_NAME_REST.match(text, m.end()) is not None:
            continue   # 评为“2015年度优秀开发区”: a year opening a quoted name, no period, nor a year 全年 is of
            # (not a quoted speech that opens with its year: “2018年，全市实现生产总值…”)
        relative = (m["rel_year"] or m["rel_only"] or m["pt_rel"] or m["td_rel"]) if m.re is _PERIOD else None
        # 上年的 + a number is the year before the one reported on (2020年…由上年的19.8∶12.6 -> 2019);
        # 上年 leading a sentence, like 去年, the year before the article's
        base = context if relative == "上年" and context is not None and context < year0 \
            and attributive(text, m.start(), m.end()) else year0
        that_year = m.re is _PERIOD and m["rel_year"] == "当年"   # 当年10月: of the period said last, whatever its year
        try:
            resolved = _resolve(m, published, said_last if that_year else context, base)
        except ValueError:   # no such day (2月30日) or year
            resolved = None
        named = _named_year(m, published, base)
        if named is not None and relative != "上年" and not attributive(text, m.start(), m.end()):
            context = named
        if resolved is None or (m.re is _RARE and m["now_place"] and not _place_at(m["now_place"])):
            continue   # (目前新建温室已有800座 under 今年: the year's, no point)
        start, end = resolved
        if m.re is _PERIOD and not attributive(text, m.start(), m.end()):
            said_last = end.year   # (not a basis, 是2019年的1.5倍, nor a span, 2015年以来)
        if m.re is _SINCE and m["since_n"] and "间" in m[0] and (span := _span_of(periods, text, m)) is not None:
            start, end = span   # 2003-2006年，…。四年间，全省全社会累计投资3310.48亿元: those four years
        if start is not None and m.re is _PERIOD and (m["half"] or m["q"] or m["first_q"] or m["first_m"]) \
                and not (m["year"] or m["rel_year"]) and end.year == year0 - 1 \
                and text[m.start() - 1:m.start()] == "到":
            start, end = start.replace(year=year0), end.replace(year=year0)   # 到三季度 in April: this year's, ahead
        if start is not None and m.re is _PERIOD and (m["half"] or m["q"] or m["first_q"] or m["first_m"]) \
                and end <= published and _UP_TO.search(text, max(0, m.start() - 3), m.start()):
            start = None   # 截至今年上半年, 到一季度: the part's last day, a point (one ahead stays a target's)
        periods.append(Period(m.start(), m.end(), text[m.start():m.end()], start.isoformat() if start else "",
                              end.isoformat(), named))
    return periods


_SPAN_REACH = 300   # how far back N年间 looks for the span of N years it speaks of


def _span_of(periods: list[Period], text: str, m: Match) -> tuple[date, date] | None:
    """The span of as many whole years as N年间 says, stated before it in its paragraph (2003-2006年，…。
    四年间，…: 2003 to 2006), or None."""
    n = _num(m["since_n"])
    for before in reversed(periods):
        if m.start() - before.end > _SPAN_REACH or "\n" in text[before.end:m.start()]:
            return None
        if before.period_start.endswith("-01-01") and before.period_end.endswith("-12-31") \
                and int(before.period_end[:4]) - int(before.period_start[:4]) + 1 == n and n > 1:
            return date.fromisoformat(before.period_start), date.fromisoformat(before.period_end)
    return None


def attributive(text: str, start: int, end: int) -> int | None:
    """Where the number a period at `start`..`end` is written as an attribute of starts (2019年的
    38.6亿元; 由上年18.4:45.9), or None when it is not one."""
    after = text[end:end + 1]
    if after == "的":
        m = ATTRIBUTIVE.match(text, end)
        return m.end() if m else None
    if after.isdigit() and text[start - 1:start] in SPAN_STARTS:
        return end
    if text[start - 1:start] in "是为" and (basis := MULTIPLE_BASIS.match(text, end)) is not None:
        return basis.start(1)   # 是“十一五”末5.18亿元的2.1倍: the basis of a multiple
    return None


# a period, then the value a multiple is of (是“十一五”末5.18亿元的2.1倍)
MULTIPLE_BASIS = re.compile(r"的?([0-9０-９.]+[\u4e00-\u9fff]{0,4}?)的[0-9０-９.]+倍")


def _year_back(iso: str, year: int) -> str:
    day = date.fromisoformat(iso)
    try:
        return day.replace(year=year).isoformat()
    except ValueError:   # 29 February
        return day.replace(year=year, day=28).isoformat()


def basis_period(basis: str, period_start: str, period_end: str) -> tuple[str, str]:
    """The period of a comparison's basis value (比去年同期的11020万元, 比年初的157062万元), given
    the period of the figure compared: 同期 and 上年 are the same days a year earlier (上年 of a
    whole year is the year before), YEAR年(同期) those days in that year (a stock's YEAR年: that
    year's end), 年初 the first day of the figure's year, 上年末 the last day of the year before."""
    year = int(period_end[:4])
    explicit = re.match(r"(\d{4})年", basis)
    if basis.endswith("年初"):
        return "", f"{year}-01-01"
    if basis[-1] in "末底":
        return "", f"{year - 1}-12-31"
    target = int(explicit[1]) if explicit else year - 1
    if not period_start and explicit and "同期" not in basis:   # a stock compared with a year's
        return "", f"{target}-12-31"
    start = _year_back(period_start, int(period_start[:4]) + target - year) if period_start else ""
    return start, _year_back(period_end, target)
