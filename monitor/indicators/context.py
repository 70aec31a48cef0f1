"""Where a figure's period and region come from (docs/indicators.md, "period" and "region").

A figure's own sentence decides first; what it leaves open comes from the context: the
paragraph (a period stated once leads the figures after it; 全县 is the county the paragraph is
about), then the headline, then the article's main region.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .periods import SPAN_STARTS, Period, attributive, find_periods
from .regions import FIRM_NAMED_AFTER, Region, gazetteer, names_where_it_lies
from .text import Sentence, Spans, clause_start

_PERIOD_HEADING = re.compile(r"[^，,。；;：:]{2,16}[：:]")   # 2023年上半年:, 2025年2月春节: (a list's heading line)
_BASIS_YEAR = re.compile(r"[比较与同][0-9]{4}年$")   # (the year of a basis, before its months)
__all__ = ["EVENT_HELD", "EVENT_NAME", "REGIONS_COUNTED", "REGION_WORD", "Context", "Mention", "so_far"]

# What may stand between a clause's start and a region for the region to be its subject.
_SUBJECT_LEAD = re.compile(r"(?:其中|在|据统计|据了解|目前|同时|此外|另外|而|并且?|近年来|近日|分县区看|从县区看|"
                           r"(?:本次|此次|这次)(?:活动)?|当天|当日|[，,、\s])*")   # (本次活动庆阳市开工…)
# a region that starts a project's name ending its clause (银西铁路庆阳站站前广场及交通枢纽项目，…): no subject
# a park named by the region (张掖智能制造产业园), not one a region relies on or builds (高台县依托循环经济产业园)
_PARK_NAMED = (r"(?:(?!依托|围绕|通过|借助|立足|建设|打造|推进|实施|发展|加快|在|以|把|将)[^，,。；;、0-9]){0,12}?"
               r"(?:产业园|工业园|物流园)")
_PROJECT_NAMED = re.compile(rf"(?:[^，,。；;、0-9]{{0,16}}?(?:项目|工程)|{_PARK_NAMED})"
                            r"(?=[、，,。；;等及和]|[一二三四五六]、?[一二三四五六期])"
                            # (…产业园一、二、三期; 甘州区肉牛全产业链、…等10条: one of a list)
                            r"|[^，,。；;、0-9]{0,16}?产业链(?=[、等])")
# a region that starts one of a list of projects' or parks' names (北区热源厂改扩建项目、庆阳四中校园扩建项目等15个;
# 张掖智能制造产业园、…等3个项目): no owner
_NAMED_PROJECT_AFTER = re.compile(rf"(?:[^，,。；;、]{{0,16}}?(?:项目|工程|产业链)|{_PARK_NAMED})[、等]")
_LIST_AFTER = re.compile(r"[、和与及]|等")
_IN_NAMED_LIST = re.compile(r"[^，,。；;、\s]{1,12}(?:、[^，,。；;]{0,40})?等")   # the rest of a listed name, to 等
# … a firm's or farm's own name in such a list (崆峒区安国乡丰收家庭农场等85个家庭农场): the place only starts its name
_FIRM_NAMED_BEFORE_LIST = re.compile(r"[^，,。；;、\s]{2,16}(?:家庭农场|合作社|有限公司|公司|企业|厂)"
                                     r"(?:、[^，,。；;]{0,40})?等")
# regions counted (3县, 三个县区, 两个市州; not 县长, 县级, 县城, 区域, 市场): closing a list of them, the list's
# last item owns no figure (陇西、岷县、渭源3县的中药材种植面积: the sum's or each one's; but 定西七县区: the
# prefecture's counties); the extractor reads the same lists (extract._COUNTED_LIST)
REGIONS_COUNTED = (r"(?:[0-9]{1,2}|[两二三四五六七八九十]{1,3})个?(?:县市区|县区|县市|市州|县|区|市|州)"
                   r"(?![长委级城域场内外])")
_COUNTED_AFTER = re.compile(REGIONS_COUNTED)
# 康乐县位于甘肃省中南部，临夏回族自治州东南端: where a place lies, not what the sentence is about
_LOCATIVE_FIRST = frozenset("东南西北中境以交近远市郊")
# 甘肃制造首批联想国产电脑在平凉下线: a label of origin on goods (made in), not what the sentence is about
_MADE_IN_AFTER = re.compile(r"(?:制造|智造|出品)(?!业|产业|企业|基地|园)")
# the official of a region speaking the quotation right before (”酒泉市委书记王立奇作交流发言时表示)
_REGION_OFFICIAL = re.compile(r"[，,]?\s*(?P<region>[\u4e00-\u9fff]{2,8}?[市县区州])(?:委|人民政府|政府)?"
                              r"(?:副?书记|副?市长|副?县长|副?区长|副?州长)")
_CITY_WORDS = ("全市", "该市", "全州", "该州")
_PERIOD_LEAD_END = re.compile(r"(?:起|以来|开始)?[，,]?\s*")
_LOCATIVE_AFTER = re.compile(r"[东南西北中]{1,2}(?:端|部|边|侧|缘|面|郊)|[近远市]?郊|境内|以[东南西北]|交界")
# 甘肃省政府新闻办, 临泽县统计局, 张掖日报: an institution or a paper, not what a clause is about (临泽县举办…:
# a verb, no office)
_INSTITUTION_AFTER = re.compile(r"(?:省|市|县|州|区)?(?:委|政府|人民政府|人大|政协|新闻办|统计局|发改委|日报|电视台|"
                                r"融媒体|代表团|[\u4e00-\u9fff]{1,4}(?:[局厅]|(?<![举承主创开兴协筹合申代])办))")
# the province's name starting a firm's (甘肃丝路果品有限公司落户民乐以来…: the firm; not 山丹县引进福建圣农集团,
# a county that brings a firm in, nor 环县牧康公司, a county's own firm), or a region's starting a scenic spot's
# (张掖七彩丹霞晋升为国家5A级景区): no subject of what follows
_SPOT_NAMED_AFTER = re.compile(r"(?:(?!今年|去年|成功|先后|累计|新增|已经|全年|目前|共有|共)[^\W\d，。、])"
                               r"{2,8}?(?:晋升为|被评为|获评)(?:国家)?[0-9１-５一二三四五]A级")
_WORK_REPORT = re.compile(r"工作报告")
# 金川区省级现代农业示范园通过认定: a region before a designation names the park, not what the sentence is about
_DESIGNATED_AFTER = re.compile(r"(?:国家级|省级|市级)[\u4e00-\u9fff]{0,12}?(?:园|园区|基地|示范区|中心)")
# 是“十一五”时期的6倍: a period that is the basis of a comparison, not the figure's
_BASIS_AFTER = re.compile(r"的(?:[0-9.]+|[一二三四五六七八九十两]+)倍")
_WHOLE_BEFORE = re.compile(r"占(?:到了?|了)?$")   # 分别占到甘肃省的30%、40%: the whole, not the owner
_CONTINUES = re.compile(r"\s*(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*其中")
_COUNTED_BEFORE = re.compile(r"\d[户家个项座名所]$")   # 16户去年新入规企业: part of what is counted
# 储备2023年中央预算内投资项目 in 2022: the year the projects are for, part of what is counted, not a period
_FUNDING_VERBS = frozenset({"储备", "谋划", "申报", "上报", "筛选", "争取"})
_PROJECTS_AFTER = re.compile(r"[\u4e00-\u9fff]{2,16}?项目")
_COUNTED_LAST = frozenset("户家个项座名所")   # a cheap check first
# what a count counts was done in a cohort's years (see _cohort): a point stated before them in their clause
_UP_TO_BEFORE = re.compile(r"(?:截至|截止)[^，,。；;]{1,8}[，,]?$")
# 截至9月底，2021年以来我省签约的央地合作项目已开工218个: which projects, the point dates them
_SIGNED_SINCE = re.compile(r"(?:[我全][省市县区州]|[\u4e00-\u9fff]{2,6}?[省市县区州])?签约的[\u4e00-\u9fff]{0,10}项目")
_DONE_BEFORE_COUNT = re.compile(r"新?(?:签约|开工|建成|引进|落地|认定|入驻|新建)的(?=[0-9一二三四五六七八九十两])")
# 和“十二五”末相比, 与疫情前的2019年春节假日相比: the basis, not the period
_PLAN_NOUNS = ("任务", "计划", "目标")
_COMPARED_BEFORE = re.compile(r"[比较](?:去年|上年|上一年)?$")
_RECOVERED_TO = ("恢复至", "恢复到")
_EXCEEDED = ("超过", "达到")
_LEVEL_OF_THEN = re.compile(r"(?:假日)?同期(?:水平)?|的?水平")
_COMPARED_AFTER = re.compile(r"[”\"]?(?:同期|[\u4e00-\u9fff]{0,6}?(?:假日|假期|期间|黄金周))?相比")
_NUMBER_RUN = re.compile(r"[0-9.]+(?:[:：∶][0-9.]+)*")
_FUTURE_SLACK = timedelta(days=31)
_SO_FAR = frozenset({"今年以来", "今年来"})   # an opening period that leads a round-up's later paragraphs


def so_far(text: str, year: int) -> bool:
    """Whether a period is this year to date: 今年以来, or the publication's year written out (2023年以来
    in 2023)."""
    return text in _SO_FAR or text == f"{year}年以来"


_SEAT_WORDS = frozenset({"首府", "州府", "府所在地"})   # 甘南州首府合作市: the city, the prefecture only says where
_FOUNDED_BEFORE = re.compile(r"(?:成立|设立|建立|组建|始建|建制|设置|创建|撤县设市|撤地设市)[于在]$")
# a disaster or an outbreak where a region is named, in a clause of time, before the province as subject
# (积石山县地震灾害发生后，我省…; not 天水市疫情防控期间，全市…: the city again)
_STRUCK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:地震|灾害|灾情|洪灾|洪涝|泥石流|疫情|事故)"
                           r"[\u4e00-\u9fff]{0,4}?(?:发生)?(?:后|以来|期间)[，,]?\s*")
_PROVINCE_SCOPE = re.compile(r"我省|全省|甘肃")   # (积石山县…后，全州…: the county's prefecture, as before)
# a place in brackets after the region that includes it (肃州区（含酒泉经济技术开发区）…): not the clause's owner
_INCLUDED_BEFORE = re.compile(r"[（(](?:含|包括|包含)$")
# a place workers or goods are sent to (定西市累计向兰州市输转城乡富余劳动力): where to, not whose
_SENT_TO = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)*(?:定向|定点)?(?:输转|转移|输出|输送)")
_TOWARDS = re.compile(r"向[\u4e00-\u9fff、和及与]{0,20}$")   # (向兰州市和白银市输转: both where to)
_SCOPE_HEADS = frozenset({"全省", "我省", "我县", "本县", "我区", "本区", "全市", "该市", "全州", "该州"})
_OPENING_REACH = 16
# a paragraph that opens on the years behind the news (近年来，该县…; 多年来): what it says the region has is no part of
# the headline's period (“十一”黄金周康乐县旅游创收…: the week's visitors, not the hotels after 近年来)
_BACKGROUND = re.compile(r"\s*(?:近年来|近几年来?|近些年来?|多年来|这些年来?|长期以来)")
# a stock said of now (现有): no span carried from a sentence before dates it
_STOCK_NOW = re.compile(r"现有(?!基础)|现存")
# … unless its sentence tells the news again (近年来，…，黄金周期间共接待游客12.5万人次;
# …。全县实现地区生产总值85.6亿元，同比增长6.5%: the headline's)
_NEWS_AGAIN = re.compile(r"期间|假期|(?<!节)假日(?!经济)|黄金周|长假|当天"
                         r"|[0-9一二三四五六七八九十]天(?![0-9一二三四五六七八九十]夜)"
                         r"|同比|比上年|较上年|较去年|比去年|今年")
# (…接待游客12.5万人次，增长15%: the news; not 进一步提高, 逐年提高, 年均增长: remarks on the years)
_CHANGE_SAID = re.compile(r"(?<!进一步)(?<!逐年)(?<!年均)(?<!不断)(?:增长|下降|增速|增幅|提高|减少)")
_CHANGE_REACH = 16   # (the figure's growth right after it, not a remark later in the sentence: …进一步提高)
# (a holiday's or a month's headline: not a year's bulletin, whose 近年来 is its year)
_DAYS_OF_NEWS = timedelta(days=31)
_OPENING_LEAD = re.compile(r"[^，,。；;]{1,10}[，,]")   # 近年来，今年以来，2023年，: a lead clause
# 记者从…了解到，: where the news comes from
_SOURCE_LEAD = re.compile(r"[^，,。；;]{1,40}?(?:了解到|获悉|得知)[，,：:]")
# a county's or city's scope word (not 全省, 全国), and any word that names a figure's region
_LOCAL_SCOPE = re.compile(r"全县|该县|县上|我县|本县|全区|该区|我区|本区|全市|该市|我市|全州|该州")
REGION_WORD = re.compile(_LOCAL_SCOPE.pattern + "|全省|我省|各县")
_SEMICOLON = re.compile("[；;]")
_CLAUSE_BREAK = re.compile("[，,；;]")
_COUNTY_WORD = re.compile(r"全县|该县|县上|我县|本县")
_BARE_COUNTY = re.compile(r"县(?![城级域委长乡直区市])")   # 县常住人口8.48万人
HISTORY = timedelta(days=366 * 10)
# two-character lead words before a scope word
_LEAD_WORDS = ("至此", "同时", "此外", "另外", "目前", "当前", "如今", "眼下")
_SCOPE_WORD = re.compile("|".join(sorted(_SCOPE_HEADS)))
# 据悉，2020年…, 近日，记者从文县农业农村局获悉：2023年…: the year still opens it
_SOURCE = re.compile(r"(?:另)?据(?:悉|了解|统计|介绍)[，,]"
                     r"|(?:近日|日前|近期)?[，,]?记者(?:从|在)[\u4e00-\u9fff]{2,20}(?:获悉|了解到|获得的数据显示)[，,：:]")
_PLANNED = ("计划", "目标")   # 当年计划完成投资: the plan's year (2011年预计…: the year's estimate)
_TO_DATE = ("截至", "截止", "止")   # a point that leads what follows it (截止5月底，全州…)
_CLAUSE_MARKS = frozenset("，,；;")
_CLAUSE_MARK = re.compile("[，,；;]")
_SPAN_ENDS = frozenset("到至为")   # 增加到2021年的3244亿元: a span's dated later value
# A review of the year before, said near the start of an article published in January–March with
# no period in its title: the period of every figure that states none (only these forms; they
# resolve to the whole year before).
_NOW = "目前"
_REVIEW = re.compile(r"过去的?[一1]年|一年来")
_REVIEW_OPENING = 400
_TARGET_WORDS = re.compile(r"目标|任务|力争|为实现|将")
_REVIEW_MONTHS = 4   # 2022年，高台县… opening an article of April 2023: the year it reviews
_ANNUAL_DOCUMENT = re.compile(r"(\d{4})年?(?:度)?[\u4e00-\u9fff]{0,40}?(公报|年鉴)")
_YEARBOOK = re.compile(r"年鉴")


def _document_year(title: str) -> int | None:
    """The year a bulletin or yearbook is about: 上年 and 今年 in it count from there (the 2024
    yearbook records 2023)."""
    m = _ANNUAL_DOCUMENT.search(title)
    if m is None:
        return None
    return int(m[1]) - (m[2] == "年鉴")


# a calendar year with nothing after its event but a clause mark (于2017年开工建设，2018年建成，): a date, not a period
_EVENT_DATE = re.compile(r"(?:开工建设|开工|建成投产|建成投运|建成|投产|竣工|并网发电|并网|投运|投入运营)[，,、；;。]")
# …one works' own dates before it, in its part of the sentence (华润甜水堡5万千瓦风电项目于2014年开工建设，2015年建成，)
_ONE_WORKS_DATED = re.compile(r"(?:项目|工程|电站|电厂|风电场)于(?:(?:19|20)[0-9]{2}年[^。；;]*)?$")
_EVENT_FIRST = frozenset("开建投竣并")
_CALENDAR_YEAR = re.compile(r"(?:19|20)[0-9]{2}年")


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A region named in the body. Treated as immutable but not frozen (see Sentence)."""

    start: int
    end: int
    region: Region
    subject: bool   # at the start of its clause: what the clause is about


# an event held and named (2025年“津陇共振兴”合作交流大会在兰州新区举办; 高规格成功举办2024中国产业转移发展对接活动):
# the signings told after it are its own, a series apart from the year's, as a fair's are — not a ceremony of signing or
# starting itself, nor a meeting of work (集中签约活动, 开工仪式, 动员大会, 工作会议)
EVENT_KIND = r"(?:大会|博览会|洽谈会|推介会|交流会|对接会|招商会|论坛|峰会|活动)"
EVENT_NAME = (r"(?:(?:19|20)[0-9]{2}年?)?(?:第[0-9一二三四五六七八九十]+届)?"
               rf"([“\"]?[\u4e00-\u9fff·“”\"（）]{{2,24}}?{EVENT_KIND})[”\"]?")   # (丝绸之路（敦煌）国际文化博览会)
EVENT_HELD = re.compile(rf"(?:召开|举办|举行)[了的]?{EVENT_NAME}"
                         rf"|{EVENT_NAME}(?:在[\u4e00-\u9fff]{{2,12}}?)?(?:隆重|成功|顺利)?(?:召开|举办|举行|开幕)")
# a year that is part of such an event's name, inside a clause (…博览会、2024年中国·定西马铃薯大会在定西召开; not one
# opening its clause, 2024年全省招商引资大会在兰州召开，…: the year the region signed in), or right after a verb of
# holding (举办2024年…对接活动): no figure's period
_EVENT_NAMED = re.compile(EVENT_NAME)
_HELD_BEFORE = ("召开", "举办", "举行")
# a day right before such a year (9月6日，2024年中国·定西马铃薯大会在定西召开; 6月18日（星期二）上午10时，…)
_DAY_BEFORE = re.compile(r"(?:\d{1,2}日|今天|今日)(?:[（(](?:星期|周).[)）])?(?:上午|下午|晚上|晚)?"
                         r"(?:\d{1,2}[时点](?:\d{1,2}分|半|许)?|\d{1,2}[:：]\d{2})?[，,]$")
_NAME_SPOKEN_OF = "“\"字的之"   # after a region and 名 (甘肃省名“肃”字由来地: no subject)
_UNDER_IT = ("下辖", "所辖", "管辖", "辖下", "辖县")   # after a region that holds the subject (…，甘南藏族自治州下辖县)
# a lead naming what holds the county after it, or the city it lies near (白银市下辖的会宁县, 兰州东郊的榆中县)
_HELD_BY = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:下辖|所辖|管辖|辖县之一|辖县|[东南西北近远市]郊)的?$")
_TOWN_SCOPE = re.compile(r"该[镇乡]|[镇乡]上|全[镇乡]|该村|全村")   # (县上高度重视，该镇…: the town after a lead)
_CLAUSE_OPENING = ("", "，", ",", "。", "；", ";", "\n", "：", ":")   # (a tuple: '' is in every string)


# the day of a ceremony that starts or signs projects, opening its sentence (3月20日，漳县举行2020年第一批投资项目
# 集中开复工仪式。): the day of what it started or signed, carried like any period through its paragraph
# (also a day with no month, 11日，…: the publication's month; and 今天 before 集中 after a comma)
_EVENT_DAY = re.compile(r"(?:(?:^|(?<=[。；;\n）)]))"
                        r"(?:(?:(?:今年)?(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日(?:[至到—\-－~～](?P<day2>\d{1,2})日)?"
                        r"|(?P<today>今天|今日))"
                        r"|(?<=[，,])(?P<today_then>今天|今日)(?=集中))"
                        r"(?:上午|下午|晚上|晚)?[，,]?"
                        r"(?=[^。]*(?:集中开工|集中开复工|集中复工|集中签约|开工仪式|签约仪式|开复工仪式|签约大会"
                        r"|开工暨[\u4e00-\u9fff]{1,6}仪式|奠基仪式"
                        r"|(?P<held>(?<!推进)(?<!工作)(?<!干部)(?<!环境)(?<!动员)(?<!表彰)"   # (not a meeting of work)
                        rf"{EVENT_KIND}[”\"]?(?:在[\u4e00-\u9fff]{{2,12}}?)?(?:隆重|成功|顺利)?"
                        r"(?:召开|举办|举行|开幕)[^。]*签约)))")
# (重大项目开工暨奠基仪式; 9月6日，…马铃薯大会在定西召开，共签约项目…: an event held, what was signed at it — that
# day is its sentence's only, not carried: 经济运行分析会, 常委会会议 and 新闻发布会 are no such event)


_THAT_DAY = re.compile(r"当天|当日")
_PARTS_NEXT = re.compile(r"[，,]?其中")
# a line listing figures under a header of what they measure (农作物面积：…; not 据统计：…), and a paragraph before it
# that describes a place (嘉峪关市属温带大陆性荒漠气候…; not 张掖市召开…会议)
_LIST_HEADER = re.compile(r"\s*[\u4e00-\u9fff]{0,8}(?:面积|产量|产值|结构|数量|规模)[:：]")
_DESCRIBED = re.compile(r"\s*[\u4e00-\u9fff]{2,8}?(?:属|位于|地处|地势|是|辖|境内|现存|现有)")
# a figure right before a bracket (18.83亿元; 8169平方千米 (2018); not a date: 2024年(1-6月))
_FIGURE_ENDS = re.compile(r"[0-9][\u4e00-\u9fff%‰]{0,4}(?<![年月日])\s?$")


def _event_days(body: str, published: date, held: set[int]) -> list[Period]:
    """The one-day periods of ceremonies that start or sign projects (see _EVENT_DAY); the starts of those that are an
    event's, carried to no later sentence, are added to `held`."""
    found = []
    for m in _EVENT_DAY.finditer(body):
        try:   # (今天上午，会宁县…35个重点项目集中开工: the publication's day)
            day = published if m["today"] or m["today_then"] else \
                date(published.year, int(m["month"] or published.month), int(m["day"]))
            if day > published and m["month"]:   # (a December ceremony reported in January)
                day = day.replace(year=day.year - 1)
            elif day > published:   # (28日 reported on the 2nd: last month's)
                day = (published.replace(day=1) - timedelta(days=1)).replace(day=day.day)
        except ValueError:
            continue
        text = m[0].rstrip("，,")
        last = day
        if m["day2"]:   # (6月6日至8日，…大会…: the span of its days)
            try:
                last = day.replace(day=int(m["day2"]))
            except ValueError:
                continue
        found.append(Period(m.start(), m.start() + len(text), text, day.isoformat(), last.isoformat(), day.year))
        if m["held"]:
            held.add(m.start())
    if found:   # 当天集中开工的…项目 after the ceremony's day: that day
        for m in _THAT_DAY.finditer(body, found[0].end):
            day_ = next(p for p in reversed(found) if p.start < m.start()).period_end
            found.append(Period(m.start(), m.end(), m[0], day_, day_, int(day_[:4])))
        found.sort(key=lambda p: p.start)
    return found


def _cohort(body: str, p: Period) -> bool:
    """Whether a period says which things a count counts, not when it is stated: a span of written years before
    signings (2021—2024年签约的394个项目; not 2023年新引进的12家企业), or one after a point stated in its clause
    (截至8月底，今年新签约的152个项目; 截至9月底，2021年以来我省签约的央地合作项目)."""
    if p.text.endswith("以来") and "签约的" in body[p.end:p.end + 10] and _SIGNED_SINCE.match(body, p.end) is not None:
        return _UP_TO_BEFORE.search(body, max(p.start - 12, 0), p.start) is not None
    if body[p.end:p.end + 1] not in "新签开建引落认入" or _DONE_BEFORE_COUNT.match(body, p.end) is None:
        return False
    return (p.text[:2] in ("19", "20") and p.period_start[:4] != p.period_end[:4]
            and body[p.end:p.end + 3].startswith(("签约的", "新签约的"))) \
        or _UP_TO_BEFORE.search(body, max(p.start - 12, 0), p.start) is not None


class Context:
    """Periods and regions of one article, asked for by offset."""

    def __init__(self, title: str, body: str, published: date, sentences: list[Sentence],
                 quotes: Spans, titles: Spans, main: Region | None,
                 found: list[tuple[int, int, Region]] | None = None) -> None:
        """`found`: the body's region mentions (`gazetteer().find(body)`), when the caller has them."""
        self.body, self.main, self.published = body, main, published
        self.sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self._paragraph_first: list[int] = []   # for each sentence, the index of its paragraph's first
        for i, s in enumerate(sentences):
            self._paragraph_first.append(i if i == 0 or s.paragraph != sentences[i - 1].paragraph
                                         else self._paragraph_first[-1])
        # the ISO day after which a period's end is a target's (publication + _FUTURE_SLACK)
        self.future_from = (published + _FUTURE_SLACK).isoformat()
        this_year = _document_year(title)
        headline = [p for p in find_periods(title, published, this_year=this_year) if not self._future(p)]
        self.headline = headline[-1] if headline and not _WORK_REPORT.search(title) else None
        if this_year is not None and _YEARBOOK.search(title):   # 2024年年鉴 records 2023
            self.headline = Period(0, 0, f"{this_year}年", f"{this_year}-01-01", f"{this_year}-12-31", this_year)
        periods = find_periods(body, published, self.headline.year if self.headline else None, this_year)
        # periods that say which things are counted, not when (2021—2024年签约的394个项目): no figure's period, but a
        # sentence's subject may still follow one (截至9月底，2021年以来我省签约的…: 我省's)
        self._cohorts = {p.start: p for p in periods if _cohort(body, p)}
        self.periods = [p for p in periods if titles.holding(p.start) is None
                        and not (body[p.start - 1:p.start] == "是" and _BASIS_AFTER.match(body, p.end))
                        and not ("相比" in body[p.end:p.end + 10] and _COMPARED_AFTER.match(body, p.end))
                        # 分别恢复至2019年假日同期水平的102.4%, 超过2019年同期水平129%: the basis of a recovery
                        and not (body[p.start - 3:p.start] in _RECOVERED_TO
                                 or (body[p.start - 2:p.start] in _EXCEEDED and _LEVEL_OF_THEN.match(body, p.end)))
                        # 增速9.9%，比去年全年加快6.7个百分点: the basis of a change, not a period
                        and not (p.text.endswith("全年")
                                 and _COMPARED_BEFORE.search(body, max(p.start - 4, 0), p.start))
                        # 完成全年任务的50.68%: the year's task, a noun, dates nothing
                        and not (p.text == "全年" and body[p.end:p.end + 2] in _PLAN_NOUNS)
                        and not (body[p.start - 1:p.start] in _COUNTED_LAST
                                 and _COUNTED_BEFORE.search(body, max(p.start - 6, 0), p.start))
                        and p.start not in self._cohorts
                        # 2024年中国·定西马铃薯大会在定西召开, 举办2024年…对接活动: a year in an event's name
                        and not (_CALENDAR_YEAR.fullmatch(p.text) and (
                            ((body[p.start - 1:p.start] not in _CLAUSE_OPENING
                              or _DAY_BEFORE.search(body, max(p.start - 20, 0), p.start) is not None)
                             and EVENT_HELD.match(body, p.end))
                            or (body[p.start - 2:p.start] in _HELD_BEFORE and _EVENT_NAMED.match(body, p.end))))
                        and not (body[p.start - 2:p.start] in _FUNDING_VERBS and p.year is not None
                                 and p.year > published.year and _PROJECTS_AFTER.match(body, p.end))
                        # 成立于1956年11月，总面积8169平方公里: when a place or body was founded dates no figure
                        and not (body[p.start - 1:p.start] in "于在"
                                 and _FOUNDED_BEFORE.search(body, max(p.start - 4, 0), p.start))
                        # …、2020年老旧小区改造基础设施配套等项目: a project's name in a list
                        and not (body[p.start - 1:p.start] == "、" and _PROJECTS_AFTER.match(body, p.end))
                        # …项目于2017年开工建设，2018年建成，累计发电1.08亿度: when it was built, no figure's year
                        and not (body[p.end:p.end + 1] in _EVENT_FIRST and _EVENT_DATE.match(body, p.end)
                                 and _CALENDAR_YEAR.fullmatch(p.text)
                                 and _ONE_WORKS_DATED.search(body, max(p.start - 40, 0), p.start))]
        self.held_days: set[int] = set()   # (where an event's day starts: its signings' only)
        if "集中" in body or "仪式" in body or "签约" in body:   # (a cheap test: most articles hold no ceremony)
            self.periods = sorted(self.periods + _event_days(body, published, self.held_days), key=lambda p: p.start)
        self._period_starts = [p.start for p in self.periods]
        self._by_sentence: dict[int, list[Period]] = {}
        self._attributive = self._attributive_periods()
        self._bracketed = {p.start for p in self.periods if self.body[p.start - 1:p.start] in ("(", "（")
                           and self.body[p.end:p.end + 1] in (")", "）")
                           and _FIGURE_ENDS.search(self.body, max(0, p.start - 8), p.start - 1) is not None}
        self.mentions = self._mentions(quotes, titles, found)
        self._quotes = quotes
        self._leads: dict[int, int] = {}   # a sentence's start -> where its subject starts (see _after_period_lead)
        self._scope_words = {m.start() for m in _SCOPE_WORD.finditer(body)}   # where 全省, 我县 … start
        self._mention_starts = [m.start for m in self.mentions]
        self.owner_mention: Mention | None = None   # the mention the last region_for took its region from
        self.by_main = False   # whether it fell back on the main region
        self.main_zone = self._main_zone(title)
        self._carried = self._carry()
        # whether a period not begun is carried into some sentence (a target's year): rare, so asked once
        self.carries_target = any(self.not_begun(p) for p in self._carried)
        if self.headline is None and _WORK_REPORT.search(title):   # a work report reviews one period
            self.headline = next((p for p in self.periods if self._opening(p) and not self._future(p)), None)
        self._round_up_paragraph = 0   # the paragraph a round-up's opening period, taken as its headline, opens
        if self.headline is None:   # 今年以来，平川区… opening a round-up: what its later paragraphs report
            self.headline = next((p for p in self.periods if so_far(p.text, published.year)
                                  and p.start < _REVIEW_OPENING and self._opens_paragraph(p)), None)
            if self.headline is not None:
                self._round_up_paragraph = sentences[bisect.bisect_right(self._sentence_starts,
                                                                         self.headline.start) - 1].paragraph
        if self.headline is None and published.month <= 3:   # 刚刚过去的一年… (a January round-up)
            self.headline = next((p for p in self.periods if p.start < _REVIEW_OPENING
                                  and _REVIEW.fullmatch(p.text)), None)
        # 2020年，金塔县… opening an article of January 2021: what it gathered over the year (a flow)
        # is that year's; a stock stays as reported on
        self.review = next((p for p in self.periods if p.start < _REVIEW_OPENING and self._last_year(p, published)
                            and self._opening(p) and not self._in_target(p)),   # (为实现…全年…目标任务: none)
                           None) if self.headline is None and published.month <= _REVIEW_MONTHS else None

    # -- periods -------------------------------------------------------------------------------

    def _in_target(self, period: Period) -> bool:
        """Whether a period stands in a clause that states a target (为实现全年经济社会发展目标任务)."""
        start = max(self.body.rfind(mark, 0, period.start) for mark in "，,。；;\n") + 1
        ends = [at for mark in "，,。；;\n" if (at := self.body.find(mark, period.end)) >= 0]
        return _TARGET_WORDS.search(self.body, start, min(ends, default=len(self.body))) is not None

    @staticmethod
    def _last_year(period: Period, published: date) -> bool:
        """2020年 opening an article of January–March 2021: the year it reviews."""
        year = published.year - 1
        return (period.period_start, period.period_end) == (f"{year}-01-01", f"{year}-12-31")

    def _future(self, period: Period, begun: bool = False) -> bool:
        """Whether `period` is a target's: it ends after publication. `begun`: whether it begins
        after publication instead (“十四五”期间 in November 2025 has begun: its paragraph's record)."""
        edge = period.period_start if begun and period.period_start else period.period_end
        return date.fromisoformat(edge) > self.published + _FUTURE_SLACK

    def not_begun(self, period: Period | None) -> bool:
        """Whether `period` begins after publication (2023年 in December 2022): a target's."""
        return period is not None and period.period_start > self.published.isoformat()

    def settled(self, period: Period | None) -> bool:
        """Whether `period` is over when the article is written (a February report's 预计 of the
        year before is its preliminary figure; November's of its own year is still a forecast)."""
        return period is not None and date.fromisoformat(period.period_end) < self.published

    def begun(self, period: Period | None) -> bool:
        """Whether `period` has begun when the article is written (none: the day reported)."""
        return period is None or date.fromisoformat(period.period_start or period.period_end) <= self.published

    def _to_date(self, period: Period) -> bool:
        """Whether a period runs from a day of its own to the day reported (2010年以来, 自2017年…以来)."""
        return bool(period.period_start) and period.period_end == self.published.isoformat()

    def _history(self, period: Period) -> bool:
        """A period over more than HISTORY before publication (建县于1940年) leads only its own
        sentence: what follows is not a report on it."""
        if self._to_date(period):   # (自2008年…以来: to date, from over ten years ago)
            return date.fromisoformat(period.period_start) < self.published - HISTORY
        return date.fromisoformat(period.period_end) < self.published - HISTORY

    def _opens_paragraph(self, period: Period) -> bool:
        """Whether a period is stated in the first sentence of its paragraph."""
        i = bisect.bisect_right(self._sentence_starts, period.start) - 1
        return i >= 0 and self._paragraph_first[i] == i

    def paragraph_at(self, offset: int) -> int:
        """The paragraph of the sentence holding `offset`."""
        return self.sentences[max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)].paragraph

    def _opening(self, period: Period) -> bool:
        """Whether a period is stated in the first two paragraphs (a work report's review)."""
        i = bisect.bisect_right(self._sentence_starts, period.start) - 1
        return i >= 0 and self.sentences[i].paragraph <= 1

    def in_sentence(self, sentence: Sentence) -> list[Period]:
        found = self._by_sentence.get(sentence.start)
        if found is None:
            found = self._by_sentence[sentence.start] = self._within(self.periods, self._period_starts,
                                                                     sentence.start, sentence.end)
        return found

    def _attributive_periods(self) -> dict[int, tuple[int, int]]:
        """Periods written as an attribute of the number right after them (由2019年的38.6亿元,
        由2021年的12.6:59.7:27.7): period start -> where that number (or ratio) is. They lead no
        other figure."""
        found = {}
        for p in self.periods:
            at = attributive(self.body, p.start, p.end)
            if at is not None:
                number = _NUMBER_RUN.match(self.body, at)
                found[p.start] = (at, number.end() if number else at + 1)
        return found

    def leads(self, period: Period, at: int | None) -> bool:
        """Whether `period` may be the period of a figure at `at` (None: of any later figure)."""
        if period.start >= 1 and (self.body[period.start - 1] in "比较" or self.body[period.start - 1] == "年"
                                  and _BASIS_YEAR.match(self.body, max(0, period.start - 6), period.start)):
            return False   # 较2025年1-8月回落0.3个百分点, 较上半年提高…: a basis's months, no figure's period
        if period.start in self._bracketed:   # 生产总值18.83亿元(1-6月): that figure's only
            return at is not None and self._owns_bracket(period, at)
        own = self._attributive.get(period.start)
        return own is None or (at is not None and own[0] <= at < own[1])

    def _owns_bracket(self, period: Period, at: int) -> bool:
        """Whether the figure at `at` is the one right before the bracketed `period` (18.83亿元(1-6月)), or one
        of its parts after 其中 (总人口11741人(2012年)，其中蒙古族4446人，占37.9%)."""
        if at > period.end:
            return _PARTS_NEXT.match(self.body, period.end + 1) is not None \
                and _SEMICOLON.search(self.body, period.end, at) is None
        return 0 <= period.start - 1 - at <= 12 and _CLAUSE_BREAK.search(self.body, at, period.start) is None

    def _carry(self) -> list[Period | None]:
        """For each sentence, the period carried into it from earlier sentences of its paragraph."""
        carried: list[Period | None] = []
        current: Period | None = None
        periods, next_period = self.periods, 0   # in text order, as the sentences are
        heading = False   # the sentence before was a period alone before a colon (2023年5月1日假期:)
        parts_only = False   # the period carried is history: it goes on only to a 其中 breaking its total down
        held_next: Period | None = None   # an event's day, for a 其中 right after its sentence
        for s in self.sentences:
            if s.first and not ("其中" in s.text and _CONTINUES.match(s.text)) and not heading:   # 8、其中：… continues
                current = None   # item 7; a heading's period leads the line after it
            if parts_only and not ("其中" in s.text and _CONTINUES.match(s.text)):
                current, parts_only = None, False   # (2010年以来…累计完成投资300亿元。其中工业投资120亿元: the parts'
                # too; nothing else)
            heading = False
            carried.append(held_next if held_next is not None and "其中" in s.text and _CONTINUES.match(s.text)
                           else current)
            held_next = None
            while next_period < len(periods) and periods[next_period].start < s.end:
                p = periods[next_period]
                next_period += 1
                if p.start < s.start or p.text == _NOW or self.body.startswith(_PLANNED, p.end):
                    continue   # 目前: its own sentence only; 当年计划完成投资: the plan's
                if p.start in self.held_days:   # an event's day: its sentence's, and a 其中 breaking its signings
                    held_next = p   # down (其中，签约项目62个…), nothing else: what the paragraph carried goes on
                    continue
                # a period not over leads on when it has begun and is a plan's years (“十四五”期间) or
                # opens its sentence (2020年，全区共实施…项目160个); one that is over always does
                over = not self._future(p)
                if self.leads(p, None) and (over or not self._future(p, begun=True) and (
                        p.start == s.start or _SOURCE.fullmatch(self.body, s.start, p.start)
                        or p.period_start[:4] != p.period_end[:4])):
                    history = self._history(p)
                    parts_only = history and self._to_date(p)
                    current = p if not history or parts_only else None
                elif self.not_begun(p) and self._in_target(p):
                    current = p   # 2023年…预期目标是：…。规上工业增加值增长7%…: the targets go on
            heading = current is not None and s.start <= current.start \
                and _PERIOD_HEADING.fullmatch(s.text.strip()) is not None
        return carried

    def parallel_from(self, index: int, at: int) -> Period | None:
        """The from-year of an earlier dated span in the sentence (旅游接待人数由2011年的65.16万人次增加
        到2017年的332.7万人次，综合收入由3.61亿元增加到14.49亿元: 2011 for 3.61亿元), for the first
        value of an undated span at `at`; None when there is none."""
        for i in self._paragraph_back(index):
            for p in self.in_sentence(self.sentences[i]):
                own = self._attributive.get(p.start)
                if own is not None and own[0] < at and self.body[p.start - 1:p.start] in SPAN_STARTS:
                    return p
        return None

    def _paragraph_back(self, index: int, sentences: int = 3) -> list[int]:
        """Sentence `index` and up to `sentences` before it in its paragraph, nearest first: a dated
        span leads the undated spans of the sentences after it (全市生产总值由2016年的423.3亿元增加到2020年
        的526.4亿元。…农业增加值由105.8亿元增加到164.6亿元: 2016 and 2020)."""
        found = [index]
        while len(found) <= sentences and not self.sentences[found[-1]].first and found[-1] > 0:
            found.append(found[-1] - 1)
        return found

    def parallel_to(self, index: int, at: int) -> Period | None:
        """The to-year of an earlier dated span in the sentence (从2016年的2207.4亿元增加到2021年的3244亿元；
        社会消费品零售总额从1263.3亿元增加到1756亿元: 2021 for 1756亿元), for the later value of an undated
        span at `at`; None when there is none."""
        for i in self._paragraph_back(index):
            found = None
            for p in self.in_sentence(self.sentences[i]):
                own = self._attributive.get(p.start)
                if own is not None and own[0] < at and self.body[p.start - 1:p.start] in _SPAN_ENDS:
                    found = p
            if found is not None:
                return found
        return None

    def period_for(self, index: int, at: int) -> Period | None:
        """The period of a figure at `at` in sentence `index`: its sentence's (the nearest before
        it, else the first after it), else the one carried in its paragraph, else the headline's."""
        before = after = None   # one pass (most sentences state one period): no lists
        for p in self.in_sentence(self.sentences[index]):
            if not self.leads(p, at):
                continue
            if p.start in self._bracketed:
                return p   # 今年1-7月，全县实现生产总值18.83亿元(1-6月): the figure's own, in brackets after it
            if p.end <= at and not self.body.startswith(_PLANNED, p.end):
                before = p
            elif after is None and p.start >= at and not self._opens_later_clause(p) \
                    and not _CLAUSE_BREAK.search(self.body, at, p.start):
                after = p
        if before is None and after is not None and self._carried[index] is not None \
                and _SEMICOLON.search(self.body, at, after.start) is not None:
            # 2010年，…。全区共争取到各类项目188项…；…，2012年共完成招商引资项目121个: a period past a
            # semicolon dates its own part, not the figures before it, when the paragraph has one
            return self._carried[index]
        carried = self._carried[index]
        if before is not None and carried is not None and before.period_start[5:] == "01-01" \
                and before.period_end[5:] == "12-31" and before.period_start <= carried.period_start \
                and carried.period_end <= before.period_end and _CONTINUES.match(self.sentences[index].text):
            return carried   # 上半年，…。其中2019年棚户区改造等42个新建项目…: the part shares the whole's half year
        if before or after:
            return before or after
        if carried is not None and self._to_date(carried) \
                and _STOCK_NOW.search(self.body, clause_start(self.body, self.sentences[index].start, at), at):
            return None   # 去年以来，…。全县现有规上工业企业46户: a stock now, no total since then
        if carried:
            return carried
        sentence = self.sentences[index]
        if self.headline is not None and self.headline.period_start \
                and date.fromisoformat(self.headline.period_end) - date.fromisoformat(self.headline.period_start) \
                <= _DAYS_OF_NEWS and _BACKGROUND.match(self.sentences[self._paragraph_first[index]].text) \
                and ((clause := self.body[clause_start(self.body, sentence.start, at):at]) and _STOCK_NOW.search(clause)
                     or not _NEWS_AGAIN.search(sentence.text) and not _CHANGE_SAID.search(
                         self.body, at, min(sentence.end, at + _CHANGE_REACH))):
            return None   # 近年来，…，全县现有38家宾馆 under a holiday's headline: as reported on
        if sentence.paragraph < self._round_up_paragraph:   # …种植面积达63万亩。\n…据兰州海关介绍，今年以来，…:
            return None   # the paragraphs before a round-up's opening are not what it reports
        return self.headline

    def carried(self, index: int) -> Period | None:
        """The period carried into sentence `index` from earlier sentences of its paragraph."""
        return self._carried[index]

    def _opens_later_clause(self, period: Period) -> bool:
        """A point (截止5月底) or a plan's period (总投资79.7亿元，当年计划完成投资20.3亿元) opening a clause
        after the figure: it leads what follows it, not what came before."""
        return self.body[period.start - 1:period.start] in _CLAUSE_MARKS and (
            period.text.startswith(_TO_DATE) or self.body.startswith(_PLANNED, period.end))

    # -- regions -------------------------------------------------------------------------------

    def _mentions(self, quotes: Spans, titles: Spans,
                  found_all: list[tuple[int, int, Region]] | None = None) -> list[Mention]:
        found = []
        if found_all is None:
            found_all = gazetteer().find(self.body)
        # 甘肃嘉峪关, 临夏州积石山县: the outer region's start, by where the inner one starts
        qualified = {c: a for (a, b, r), (c, _, inner) in zip(found_all, found_all[1:], strict=False)
                     if (b == c or self.body[b:c] in _SEAT_WORDS) and (r.code == "620000" or inner.parent == r.code)}
        qualifiers = set(qualified.values())
        for start, end, region in found_all:
            if start in qualifiers:
                continue   # 甘肃嘉峪关, 临夏州积石山县: the outer region only qualifies the inner one
            if (quotes.spans and quotes.holding(start)) or (titles.spans and titles.holding(start)):
                continue   # 《临泽县…规划》, “临泽红枣”: a name, not what the sentence is about
            floor = self._sentence_start(start)
            lead = self.body[clause_start(self.body, floor, start):qualified.get(start, start)]
            for p in self._within(self.periods, self._period_starts, floor, start):
                lead = lead.replace(p.text, "")
            if "年" in lead:   # (9月6日，2024年陇南市招商引资推介会…: a year in an event's name, no period, no lead)
                lead = _CALENDAR_YEAR.sub("", lead)
            if "辖" in lead or "郊" in lead:   # (白银市下辖的会宁县，…, 兰州东郊的榆中县: the county)
                lead = _HELD_BY.sub("", lead)
            subject = _SUBJECT_LEAD.fullmatch(lead) is not None and not _LIST_AFTER.match(self.body, end) \
                and not _INSTITUTION_AFTER.match(self.body, end) and not _PROJECT_NAMED.match(self.body, end) \
                and not (region.code == "620000" and FIRM_NAMED_AFTER.match(self.body, end)) \
                and not (region.level == "prefecture" and self.body[end - 1:end] not in "市州"
                         and _SPOT_NAMED_AFTER.match(self.body, end)) \
                and not (self.body[end:end + 1] in "国省市" and _DESIGNATED_AFTER.match(self.body, end)) \
                and not (self.body[end:end + 1] in _LOCATIVE_FIRST and _LOCATIVE_AFTER.match(self.body, end)) \
                and not (self.body[end:end + 1] in "制智出" and _MADE_IN_AFTER.match(self.body, end)) \
                and not (self.body[end:end + 1] == "名" and self.body[end + 1:end + 2] in _NAME_SPOKEN_OF) \
                and not (self.body[end:end + 2] in _UNDER_IT and (
                    clause_start(self.body, floor, start) > floor or self._holds_one(end + 2))) \
                and not self._struck_before_province(region, end)
            # (甘肃省名“肃”字由来地: the region's name spoken of; 临潭县，甘南藏族自治州下辖县: what it lies under;
            # 积石山县地震灾害发生后，我省…: where a disaster struck, in a clause of time)
            found.append(Mention(start, end, region, subject))
        return found

    def _struck_before_province(self, region: Region, end: int) -> bool:
        """Whether the region named before `end` is only where a disaster struck, in a clause of time that the
        province follows as subject (see _STRUCK_AFTER)."""
        struck = _STRUCK_AFTER.match(self.body, end) if region.level != "province" else None
        return struck is not None and _PROVINCE_SCOPE.match(self.body, struck.end()) is not None

    def _holds_one(self, at: int) -> bool:
        """Whether one region, not a list of them, is named at `at` (after 下辖的: 白银市下辖的会宁县; not
        定西市所辖的安定区、陇西县…等7个县区)."""
        at += self.body[at:at + 1] == "的"
        found = gazetteer().at_start(self.body[at:at + 12])
        return found is not None and self.body[at + found[0]:at + found[0] + 1] not in ("、", "和", "及", "等")

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, Region]]:
        """(start, end, region) of the regions named between `start` and `end`, in order."""
        return [(m.start, m.end, m.region) for m in self._within(self.mentions, self._mention_starts, start, end)]

    def region_opens(self, start: int, end: int) -> bool:
        """Whether the sentence between `start` and `end` opens with a region as its subject, or with
        a county's or city's scope word, maybe after a lead clause (临洮县大力发展…, 近年来，全县…; not
        在2024年民勤蜜瓜“瓜王”大赛上: a product's name)."""
        head = self.body[start:min(end, start + _OPENING_REACH)]
        lead = _OPENING_LEAD.match(head)
        if lead and _TOWN_SCOPE.match(self.body, start + lead.end()):
            return False   # (县上高度重视，该镇…: the town, its county only a lead)
        opening = [start, start + lead.end()] if lead else [start]   # (全县大力发展高原夏菜，…: no lead before it)
        if (source := _SOURCE_LEAD.match(self.body, start, end)) is not None:   # 记者从…了解到，截至9月底，皋兰县…
            opening.append(source.end())
            if (then := _OPENING_LEAD.match(self.body, source.end(), end)) is not None:
                opening.append(then.end())
        for at in opening:
            if _LOCAL_SCOPE.match(self.body, at) is not None \
                    or any(m.start == at and m.subject
                           for m in self._within(self.mentions, self._mention_starts, at, at + 1)):
                return True
        return False

    def names_region(self, start: int, at: int, neighbours: bool = True) -> bool:
        """Whether a region, or a scope word (全县, 全省, 我县), is named between `start` and `at`; with
        `neighbours` False, not one that only says where something lies (毗邻…张掖机场, 距民乐县城42公里)."""
        if REGION_WORD.search(self.body, start, at) is not None:
            return True
        if neighbours:
            return bisect.bisect_left(self._mention_starts, start) < bisect.bisect_left(self._mention_starts, at)
        return any(not names_where_it_lies(self.body, m.start, m.end)
                   for m in self._within(self.mentions, self._mention_starts, start, at))

    def subject_between(self, start: int, at: int) -> bool:
        """Whether a clause between `start` and `at` opens with a region of its own (…，西峰区完成…; …，全县…),
        not a region said inside a clause (占全市…的93%)."""
        if any(m.subject for m in self._within(self.mentions, self._mention_starts, start, at)):
            return True
        return any(REGION_WORD.match(self.body, mark.end()) for mark in _CLAUSE_MARK.finditer(self.body, start, at))

    def _sentence_start(self, at: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, at) - 1
        return self.sentences[i].start if i >= 0 else 0

    def region_for(self, index: int, owner_start: int, at: int, ranking: bool = False) -> Region | None:
        """The region of a figure at `at` in sentence `index` whose owning phrase starts at
        `owner_start`: named in its clause; else 全省 / 全市 there; else the subject of its sentence;
        else the subject of its paragraph; else the article's main region."""
        self.owner_mention, self.by_main = None, False
        sentence = self.sentences[index]
        clause = clause_start(self.body, sentence.start, owner_start)
        mentions: list[Mention] = self._within(self.mentions, self._mention_starts, sentence.start, at)
        for m in reversed(mentions):   # the last one in the clause (read from the end: no list)
            if m.start < clause:
                break
            if not _LIST_AFTER.match(self.body, m.end) \
                    and not _INCLUDED_BEFORE.search(self.body, max(0, m.start - 3), m.start) \
                    and not (_SENT_TO.match(self.body, m.end)
                             and _TOWARDS.search(self.body, max(0, m.start - 24), m.start)) \
                    and not (self.body[m.start - 1:m.start] in "、和" and _COUNTED_AFTER.match(self.body, m.end)) \
                    and not _WHOLE_BEFORE.search(self.body, max(0, m.start - 4), m.start) \
                    and not _NAMED_PROJECT_AFTER.match(self.body, m.end, at) \
                    and not (self.body[at - 1:at] == "等" and _IN_NAMED_LIST.fullmatch(self.body, m.end, at)
                             and any(clause <= other.start < m.start and other.subject
                                     and other.region.code != m.region.code for other in mentions)) \
                    and not (self.body[at - 1:at] == "等" and _FIRM_NAMED_BEFORE_LIST.fullmatch(self.body, m.end, at)):
                # (庆阳四中校园扩建项目等15个; 西峰工业园区实施华能庆阳煤电、精细化工产业园等16个…项目: a name in the
                # list counted, after the clause's own subject)
                self.owner_mention = m
                return m.region   # (占酒泉市风电总装机76%: the whole, not the owner)
        lead = self._after_period_lead(sentence.start)
        scoped = self._scope_word(lead, clause, owner_start, ranking)
        if scoped is not None and clause > lead and self._scope_word(clause, clause, owner_start, ranking) is None \
                and any(m.subject and m.start > lead for m in mentions):
            scoped = None   # 全市…，武都区花椒面积…，油橄榄产量、产值居全国第一: the later clause's subject goes on
        if scoped is not None and self._quotes.spans \
                and (speaker := self._quoted_region(owner_start, clause, at)) is not None \
                and speaker.code != scoped.code and not any(
                    word in self.body[at:at + 6] for at in (sentence.start, clause) for word in ("全省", "我省")):
            return speaker   # “…全市旅游接待人数…增长60%…。”酒泉市委书记…表示
        if scoped is not None:
            if scoped.level == "prefecture" and (word := next(
                    (w for at in (lead, clause) for w in _CITY_WORDS if self.body.startswith(w, at)
                     or self.body.startswith(w, at + 2)), None)) is not None \
                    and (city := self._paragraph_opener(index)) is not None and city.code != scoped.code \
                    and (city.level == "prefecture" or (city.type == "县级市" and word in ("全市", "该市"))):
                return city   # 目前，酒泉玉门市各类电力装机…。全市现已建成…: the city the paragraph opens with
            return scoped
        if self.main is not None and self.main.level == "province" \
                and any(self.body.startswith(w, at) for at in (lead, clause) for w in _CITY_WORDS) \
                and (city := self._paragraph_opener(index) or self._paragraph_subject(index)) is not None:
            # 定西市马铃薯…。目前，全市农民人均…: in a province's article, the city the paragraph is about (a
            # county's 全市 is its prefecture's)
            return city if city.level == "prefecture" or city.type == "县级市" \
                else gazetteer().parent_prefecture(city) or city
        county_word = _COUNTY_WORD.search(self.body, clause, min(clause + 12, at)) \
            or _BARE_COUNTY.match(self.body, clause) or _COUNTY_WORD.match(self.body, owner_start) \
            or (_COUNTY_WORD.match(self.body, sentence.start) if clause > sentence.start else None)
        # (全县规模养殖企业达620家，辐射带动规模养殖户1.6万多户: 全县 opening the sentence holds for its clauses)
        # the sentence's last subject; after 全县, its last county (never a prefecture there)
        for m in reversed(mentions):
            if m.subject and (not county_word or m.region.is_county):
                self.owner_mention = m
                return m.region
        if not county_word and self._quotes.spans \
                and (speaker := self._quoted_region(owner_start, clause, at)) is not None:
            return speaker   # “…旅游人数…增长140%…。”武威市委书记王国斌说
        opener = self._paragraph_subject_named(index, counties_only=county_word is not None)
        if opener is None and not county_word and (first := self._paragraph_first[index]) > 0 \
                and _LIST_HEADER.match(self.body, self.sentences[first].start) is not None \
                and not self._within(self.mentions, self._mention_starts, self.sentences[first].start, sentence.end):
            # 嘉峪关市属温带大陆性荒漠气候…。\n农作物面积：玉米1.23万亩、…: a list line under the place just described
            before = self.sentences[self._paragraph_first[first - 1]].start
            described = [m for m in self._within(self.mentions, self._mention_starts, before,
                                                 self.sentences[first - 1].end) if m.subject]
            if described and described[0].start == before + len(self.body[before:before + 4]) \
                    - len(self.body[before:before + 4].lstrip()) \
                    and _DESCRIBED.match(self.body, before) is not None \
                    and all(m.region.code in (described[0].region.code, "620000") for m in described):
                # (…是河西走廊的主要产粮区,甘肃省粮油生产大县: the province named in passing)
                opener = described[0]
        if opener is None and county_word and self.main is not None and not self.main.is_county:
            return None if not ranking else self.main   # 全县 in a prefecture's article: which county is unknown
        self.owner_mention, self.by_main = opener, opener is None
        return opener.region if opener is not None else self.main

    def _paragraph_opener(self, index: int) -> Region | None:
        """The region the paragraph of sentence `index` opens with as its subject (近年来，敦煌市坚持…; after a
        sentence that names none, 特色农业同样亮点纷呈。敦煌市种植…), if that is all it names before the sentence;
        None otherwise."""
        named: list[Mention] = self._within(self.mentions, self._mention_starts,
                                            self.sentences[self._paragraph_first[index]].start,
                                            self.sentences[index].start)
        opener = next((m for m in named if m.subject), None)
        if opener is None or any(m.subject and m.region.code != opener.region.code for m in named):
            return None
        first = self.sentences[bisect.bisect_right(self._sentence_starts, opener.start) - 1]
        head = self.body[first.start:min(first.end, first.start + _OPENING_REACH)]
        lead = _OPENING_LEAD.match(head)
        at = first.start + (lead.end() if lead else 0)
        if opener.start != at and not (at < opener.start <= at + 4   # (目前，酒泉玉门市…: a city's name may qualify
                                       and gazetteer().at_start(self.body[at:opener.start])):   # the one it opens with)
            return None
        sentence = self.sentences[index]
        if "其中" in sentence.text and opener.region.short and opener.region.short in sentence.text.split("其中", 1)[1]:
            return None   # 全市接待游客2000万人次，其中敦煌市…: 全市 is the whole the city is part of
        return opener.region

    def _after_period_lead(self, start: int) -> int:
        """Where a sentence's subject starts after a first clause that is only a period (从2010年起，全省…,
        2012年，全省…; also after a source, 据统计，2012年全省…): `start` when it has none."""
        if (known := self._leads.get(start)) is not None:   # (asked for every figure: worked out once a sentence)
            return known
        self._leads[start] = lead = self._period_lead(start)
        return lead

    def _period_lead(self, start: int) -> int:
        if _SCOPE_WORD.search(self.body, start, start + _OPENING_REACH) is None:
            return start   # (no scope word near the start: nothing to find after a lead)
        if (source := _SOURCE.match(self.body, start)) is not None:
            start = source.end()
        for p in self._within(self.periods, self._period_starts, start, start + 2):
            if (lead := _PERIOD_LEAD_END.match(self.body, p.end)) is not None \
                    and self.body[start:p.start] in ("", "从", "自"):
                start = lead.end()
                break
        if (cohort := self._cohorts.get(start)) is not None:   # (截至9月底，2021年以来我省签约的…: 我省)
            start = cohort.end
        return start

    def _quoted_region(self, owner_start: int, clause: int, at: int) -> Region | None:
        """In a quotation an official of a region is said right after it to have spoken (“…全市…”酒泉市委书记
        王立奇…表示): a region the figure's clause names inside it (…，其中敦煌市接待游客150万人次。”), else the
        speaker's; None when the figure is quoted by nobody of a region."""
        quote = self._quotes.holding(owner_start)
        if quote is None or (official := _REGION_OFFICIAL.match(self.body, quote[1])) is None:
            return None
        if named := gazetteer().find(self.body[clause:at]):
            return named[-1][2]
        found = gazetteer().find(official["region"])
        return found[0][2] if len(found) == 1 and found[0][0] == 0 else None

    def _scope_word(self, sentence_start: int, clause: int, owner_start: int, ranking: bool) -> Region | None:
        """全省 / 全市 / 我县 where a sentence, clause or owner starts (a ranking's 全省 is its scope)."""
        if self._scope_words.isdisjoint((sentence_start, clause, owner_start,   # most figures: no scope word
                                         sentence_start + 2, clause + 2, owner_start + 2)):   # (or lead word)
            return None
        starts = (sentence_start, clause) if ranking else (sentence_start, clause, owner_start)
        heads = {self.body[at + 2:at + 4] if self.body.startswith(_LEAD_WORDS, at) else self.body[at:at + 2]
                 for at in starts if not (ranking and at >= owner_start)}   # (至此全省…: 全省)
        if heads.isdisjoint(_SCOPE_HEADS):
            return None
        places = gazetteer()
        if not heads.isdisjoint(("全省", "我省")):
            return places["620000"]
        if not heads.isdisjoint(("我县", "本县", "我区", "本区")) and self.main is not None and self.main.is_county:
            return self.main
        if not heads.isdisjoint(("全市", "该市", "全州", "该州")) and self.main is not None \
                and self.main.level != "province":   # (a province's article: which city is the paragraph's to say)
            if self.main.is_county and self.main.type != "县级市":
                return places.parent_prefecture(self.main) or self.main
            return self.main
        return None

    def _paragraph_subject(self, index: int, counties_only: bool = False) -> Region | None:
        named = self._paragraph_subject_named(index, counties_only)
        return named.region if named is not None else None

    def zone_named(self) -> str:
        """The zone (as written) the last region_for found its region by (天水经济技术开发区 for 麦积区), or
        the zone the article is about when it fell back on the main region and the body names that region
        only by the zone; '' when the region was named as itself."""
        m = self.owner_mention
        if m is not None:
            return self.zone_of(m)
        return self.main_zone if self.by_main else ""

    def _main_zone(self, title: str) -> str:
        """The zone an article names its main region by, when it never names that region as itself
        (一季度天水经济技术开发区工业经济平稳增长 and a body that says only 天水经济技术开发区 or 开发区)."""
        if self.main is None or not gazetteer().zones:
            return ""
        written = [title[a:b] for a, b, r in gazetteer().find(title) if r.code == self.main.code] + \
            [self.body[m.start:m.end] for m in self.mentions if m.region.code == self.main.code]
        zones = [gazetteer().zones[w] for w in written if w in gazetteer().zones]
        return zones[0] if zones and len(zones) == len(written) else ""

    def zone_of(self, m: Mention) -> str:
        """The zone a mention names its region by ('' when it names the region as itself)."""
        return gazetteer().zones.get(self.body[m.start:m.end], "")

    def _paragraph_subject_named(self, index: int, counties_only: bool = False) -> Mention | None:
        first = self._paragraph_first[index]
        if first == index:
            return None
        mentions = self._within(self.mentions, self._mention_starts, self.sentences[first].start,
                                self.sentences[index].start)
        subjects: list[Mention] = [m for m in mentions if m.subject and (m.region.is_county or not counties_only)]
        if not counties_only and subjects and self.main is not None and not self.main.is_county \
                and len(named := {m.region.code for m in mentions if m.region.is_county}) > 1 \
                and all(gazetteer()[code].parent == self.main.code for code in named):
            return None   # a prefecture's round-up naming its counties one by one: the rest is the prefecture's
        return subjects[-1] if subjects else None

    @staticmethod
    def _within(items: list, starts: list[int], start: int, end: int) -> list:  # type: ignore[type-arg]
        return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
