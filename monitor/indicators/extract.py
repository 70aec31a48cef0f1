"""Economic indicators stated in an article's body, each filed under its series.

    body --text.py--> paragraphs, sentences --numbers.py--> figures --rules.py--> indicators
         --names.py (name), context.py (period, region), change--> Observation

Read docs/indicators.md first: it is the rule book this module implements. A sentence is read
left to right; what it leaves open (period, region) comes from its context (context.py). Offsets
(`evidence_start`, `value_start` …) index the article body as stored (`articles.body`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from .constructions import (
    MINUS,
    RATIO_THEN,
    REMARK_CLAUSE,
    SPAN_TO,
    TOP_MARK,
    TopList,
    ratio_observations,
    span_later,
    span_name,
    top_lists,
    year_list,
)
from .context import EVENT_HELD, EVENT_NAME, REGION_WORD, REGIONS_COUNTED, Context, Mention, so_far
from .flags import conflicting, series_key
from .lexicon import lexicon
from .model import ArticleIndicators, Dropped, Observation
from .names import (
    BARE_NAMES,
    FIRM_MEASURES,
    GENERIC_NAMES,
    LISTED_INDUSTRY,
    MAX_NAME_CHARS,
    PROJECT_DONE,
    PROJECT_MEASURES,
    QUALIFIER_VERB,
    SECTOR_NAMES,
    SECTOR_PARTS,
    SENT_TO,
    base_crop,
    brought_along,
    clean,
    coordinated_before,
    crop_of,
    firms_of,
    growth_of,
    level_listed_after,
    listed_status,
    measure_of,
    measures_product,
    name_of,
    noun_after,
    on_the_list_of,
    part_of,
    product_named,
    ranking_name,
    ranks_previous,
    respective_names,
    shared_names,
    signed_projects,
    topic_of,
    with_measure,
    with_topic,
)
from .numbers import Figure, Unit, find_figures, parse_number
from .periods import SPAN_STARTS, Period, basis_period, census_after_compared
from .regions import Region, gazetteer
from .rules import (
    ECONOMIC_NOUN,
    FIRM_PROTAGONIST,
    GIVER_GOES_ON_SENTENCE,
    INDUSTRIAL_PARK,
    MEASURE_AFTER,
    NUMBER_FIRST_OK,
    PARK_KINDS,
    PLACES_COUNTED,
    PLANS_FIGURE,
    PROGRESS_OF,
    PROJECT_KIND_WORDS,
    PROTAGONIST,
    PROTAGONIST_BEFORE,
    REMARK_END,
    SET_OF_PROJECTS_AFTER,
    SIZE_BAND,
    SPOT_OPENING,
    THIS_ONE_CLAUSE,
    THRESHOLD,
    TOWN_PROTAGONIST,
    before_not_own,
    economic_count,
    giver_helps,
    reject_change,
    reject_reason,
    unit_reason,
)
from .rules import Context as RuleContext
from .text import Sentence, Spans, clause_start, quotations, sentences, titles

__all__ = ["EXTRACTOR_VERSION", "MAX_OBSERVATIONS", "ArticleIndicators", "Dropped", "Observation",
           "extract_indicators"]

EXTRACTOR_VERSION = 36
"""Raise when a change to the extractor, rules or lexicon should re-read stored articles."""

MAX_BODY_CHARS = 200_000   # a body longer than this is read up to here (a real one is < 20,000)
MAX_OBSERVATIONS = 1_000   # per article (a real one states < 150); the rest are counted, not kept

_UP_TO_LAST_BOUNDARY = re.compile(r".*[，,；;：:、（）()]", re.DOTALL)   # greedy: the last boundary, one scan
# a gloss on a term: GDP(国内生产总值), 生产总值（GDP）
_GLOSS_BEFORE = re.compile(r"(?:[A-Za-z]{2,}[（(][\u4e00-\u9fff]{2,10}|(?<=[\u4e00-\u9fff])[（(][A-Za-z]{2,8})[)）]$")
# What a change is measured against: one list for growths, absolute changes and the basis check.
_BASES = (r"(?:(?:与|和)(?:去年|上年)(?:同期)?同比|"   # 与去年同比增长9.3%
          r"同比|环比|(?:比|较)上个?月|比上年同期|比去年同期|较上年同期|较去年同期|(?:比|较)(?:上年|去年)全年|(?:比|较)(?:上年|去年)(?:末|底)|比上一年度|较上一年度|比上年|较上年|"
          r"比去年|较去年|比年初|较年初|与上年相比|与去年同期相比|(?:比|较|与)\d{4}年(?:同期)?(?:相比)?|"
          # 较“十三五”末提高0.3个百分点, 比“十一五”增长81.88%
          r"(?:比|较)[“\"]?十[一二三四五]?五[”\"]?(?:末|时期|期间)?|"
          r"较同期|比同期|同期|[与和同][^，,。；;]{1,16}相比|"
          r"(?:比|较)\d{4}年[\u4e00-\u9fff]{1,6}?同期(?:相比)?|"   # 较2023年春运同期相比上升37.44%: that season's
          r"(?:比|较)(?:上年|去年)[\u4e00-\u9fff]{1,8}?期间)")   # 比上年春节节假日期间: last year's holiday
_GROWTH = re.compile(
    # what every match starts with (a basis, 分别, 年均 or a verb): where none is, the search moves on at once
    r"(?=[与和同环比较分年增提上下减降回翻跃高低快慢涨激猛微略])"
    rf"(?P<basis>{_BASES})?(?:实际)?(?:分别)?(?:年均|年平均)?(?:分别)?(?:大幅度?|稳步|快速|较快|明显|显著)?"
    # (地区生产总值年均增长4.5%: 地区生产总值's; 较去年同期大幅增长63.85%: the adverb says nothing of what grew;
    # 比上年实际增长4.2%: a real growth, at comparable prices)
    # growth; 较“十二五”末年均分别增长13.74%和10.22%)
    # (地区生产总值增速下降为4.5%: the growth it came down to, a growth all the same)
    r"(?P<verb>(?:增速|增幅)(?:(?:下降|回落|放缓|降低|提高|上升|加快|提升|回升|下滑|扩大|收窄)(?:到|至|为)|跌至|跌到|降至|降到|降为)"
    r"|降幅(?:收窄|扩大|缩小)(?:到|至|为)|"
    r"(?:^|(?<=同比)|(?<=上年)|(?<=年度)|(?<=名义)|(?<=实际))增长率|(?<!自然|复合|经济)增长率(?=(?:仅|只|也|则|还)?(?:为|是|达))"
    r"|增长|增涨|增加|提高|提升|上升|下降|减少|降低|回落|增幅|涨幅|降幅|减幅|增速|下滑|翻|增产|减产|增收|减收|上涨|跃升|"
    r"下跌|高于|低于|快于|慢于|激增|猛增|微增|略增|微涨|微降|略降|微跌|(?<=同比)增|(?<=环比)增)了?(?:分别|(?P<all>均|都))?(?:仅|只|也|则|更|还)?"
    # (贫困发生率下降为0.8%: the level it fell to, no change)
    r"(?:(?<!下降|减少|降低|提高|增加|上升|回落|提升)为|达到?了?|高达)?"
    r"(?:约|近|接近|超过|超|达)?(?P<minus>[-－—])?\s?$")   # (比上年增长 6.2%: a space before the figure)
_ABS_CHANGE = re.compile(
    rf"(?:(?P<basis>{_BASES})"
    r"(?:分别)?(?P<verb>增加|增长|减少|下降|多|少|净增|新增|提高|高出|增收|减收|增支|减支)"
    r"|(?:^|(?<=[，,；;]))(?P<net>净增|净减|增收|减收|增支|减支|增量))了?"   # (…下降32.0%，减收31940万元: its change;
    # 完成工业总产值280亿元，增量38亿元: the same)
    r"(?:约|近|超过|超|达)?\s?$")
# 比去年同期的11020万元, 比年初的157062万元: the value a figure is compared with, stated
# A change's verb ends within a few characters of the figure (增长了约, 增加了近; a newline more for
# $): when none of the verbs' last characters is there (a C scan of those few), the search is skipped.
_GROWTH_ENDS, _GROWTH_REACH = re.compile("[长加高升降少低落幅速滑翻产收涨跌于增]"), 9
# a basis said in a clause of its own, then what changed against it (与2005年相比较，面积和产量分别增加了…)
_COMPARED_CLAUSE = re.compile(r"(?:^|[，,；;])[与和同较比][^，,。；;]{1,16}相比较?[，,]")
_ABS_AFTER_COMPARED = re.compile(r"(?P<basis>)分别(?P<verb>增加|增长|减少|下降|扩大|提高)了?(?:约|近)?\s?$")
_ABS_CHANGE_ENDS, _ABS_CHANGE_REACH = re.compile("[加长少降多增高出减]"), 6
_BASIS_VALUE = re.compile(r"(?:比|较)(?P<when>(?:去年|上年)?同期|上年末|上年底|去年末|去年底|年初|上年|去年|"
                          r"\d{4}年(?:同期|末|底)?)\s?的(?:近|约)?$")   # (比2010 年的, typeset: 2010年 的)
_BASIS_VALUE_BARE = re.compile(r"(?:比|较)(?P<when>(?:去年|上年)?同期|上年末|上年底|去年末|去年底|年初|上年|去年|"
                               r"\d{4}年(?:同期|末|底)?)$")
_CHANGE_NEXT = re.compile(r"(?:增加|增长|减少|下降|提高|净增|净减|增收|减收|增支|减支)[0-9０-９.]")
_PROJECT_STATUSES = frozenset({"续建", "新建", "在建", "签约", "竣工", "建成", "新入库", "入库",   # projects counted
                               "集中开工", "集中复工", "集中开复工"})   # (其中，集中复工11个: a part of the set)
_NAME_AFTER_ASIDE = re.compile(r"[\u4e00-\u9fff]{2,}$")   # 温室示范点 after 拱型(日光): the name goes on
# spaces around a figure (a converted or typeset page: 截至 2025 年 11 月底, 达 1115 亿元, 98% 以上): read without
# them, reported at the offsets as stored (not between two digits, 5 972座, a thousands group; not beside Latin text)
_SPACE_BY_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff，,。；;：:、（）()“”%％])[ \u00a0]+(?=[0-9])"
                              r"|(?<=[0-9%％])[ \u00a0]+(?=[\u4e00-\u9fff，,。；;：:、（）()“”])")
# places counted and what a ministry or the province made them (…被文旅部列为首批全国乡村旅游重点村): named by it
_DESIGNATED_AS = re.compile(r"被[\u4e00-\u9fff]{0,12}?(?:列为|评为|认定为|命名为|确定为|授予)"
                            r"(?:首批|第[一二三四五六七八九十]批)?(?P<as>[\u4e00-\u9fff“”]{4,20}?)(?=[，,。；;、]|$|称号)")
# … or that a body made them, said actively, one batch of them
# (确定…等85个家庭农场为平凉市首批市级示范性家庭农场): named by the batch and what they were made, without the region
# that made them
# (a batch before or after the region, 首批县级…, 平凉市首批市级…; a region right before 级 is the level, 定西市级 ->
# 市级; a region that alone says which level is kept, 甘肃省示范性家庭农场; what it ends with is a kind of firm, farm
# or place — not 为全县经济发展提供了有力支撑, 为 as "for")
_MADE_AS = re.compile(r"为(?P<batch>首批|第[一二三四五六七八九十]批)?(?:[\u4e00-\u9fff]{2,6}?(?:省|市|县|州)(?![级])"
                      r"(?=首批|第[一二三四五六七八九十]批|(?:国家|省|市|州|县)级))?"
                      r"(?P<batch2>首批|第[一二三四五六七八九十]批)?(?:[\u4e00-\u9fff]{2,6}?(?=[省市州县]级))?"
                      r"(?P<as>[\u4e00-\u9fff“”]{0,18}?(?:农场|合作社|示范社|企业|基地|园区|景区|村|社区|乡镇|项目|示范点"
                      r"|示范区|示范园|产业园|园|龙头企业|专业户|大户|品牌|工厂|车间|饭店|酒店|宾馆|民宿|农家乐|度假区"
                      r"|旅游区))(?=[，,。；;、]|$|称号)")
# a body naming them, the verb governing the list counted (确定…等85个家庭农场为…; not 全县确定的35个重点项目为…)
_DESIGNATING = re.compile(r"(?:确定|认定|命名|评定|评选出?|遴选出?|授予)(?!的)[^，,。；;]*$")
# ranks said of several things with 分列 or 分居 (苹果面积和产量分列全国第2、第3): 分别, read as such (same length)
_RANKED_APART = re.compile(r"分[列居](?=全国|全省|全市|全州|世界|西北|第)")
_SHARE_AFTER_WHOLE = re.compile(r"的(?:[0-9.]+|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)[%％]?")
_ONE_PLACES = "one project's or enterprise's own figure"
_PROJECTS_NAME = "part of a project's name"
_ONE_DAY = "one day's figure"
_PAPERWORK = "a count of paperwork or tasks"

_ONE_PLACE = "one place's own figure"
# wholes whose parts after 其中 go with them (九合镇桃树种植10299亩，其中白凤桃3700亩: one town's;
# 全省共接到旅游投诉10件，其中旅游景区6件，住宿设施3件: complaints)
_WHOLES_DROPPED_WITH_PARTS = (_ONE_PLACES, _ONE_PLACE, _ONE_DAY, _PAPERWORK)
_UNDATED_SPAN_START = "a span's first value with no date of its own"
_UNNAMED_PART = "a share whose part is not named"
_SELF_SHARE = re.compile(r"(.+)占(.+)比重")
# the wider whole a share is of (占全市…的15%), and how wide each scope is
_WIDER_WHOLE = re.compile(r"占(?:到|了)?(?:去年|上年|今年|当年|全年|[0-9]{4}年)?(?:末|底)?"
                          r"(全国|全省|我省|全市|我市|全州|我州)[^，,。；;]*$")   # (占去年全市…的: a year is no cut)
_SCOPE_WORD = {"我省": "全省", "我市": "全市", "我州": "全州"}
# what may stand between a level and its share: its own growth, and a clause on it (…，增幅居全省前列，占…)
_LEVEL_THEN_SHARE = re.compile(r"[，,](?:(?:同比|比上年|较上年)?(?:同期)?(?:增长|下降|增加|减少)[0-9.]+(?:%|个百分点)"
                               r"[，,](?:[^0-9。，,；;]{2,12}[，,])?)?占[^0-9。，,；;]*的?")
# a part of the region named as the sentence's subject (全市7个园区…, 限上企业…, 新开工项目…): its figure is no whole's
_PART_SUBJECT = re.compile(r"园区|开发区|工业集中区|限上|限额以上|对(?!外)[\u4e00-\u9fff]{2,6}(?:进出口|出口|进口)")
_SCOPE_RANK = {"county": 0, "prefecture": 1, "全市": 1, "我市": 1, "全州": 1, "我州": 1,
               "province": 2, "全省": 2, "我省": 2, "全国": 3}
_MILESTONE_VERB = re.compile(r"(?:首次|先后|相继)?(?:突破|跨越|跨上|迈上|达到|超过|达)")
_PROJECTS_FINISHED = frozenset({"建成", "竣工"})
_SPAN_MEASURE_AFTER = re.compile(r"^(?:到|增加到|增长到|提高到)[0-9.]+[万亿千百]*[\u4e00-\u9fff]{0,2}的"
                                 r"([\u4e00-\u9fff]{2,8}?(?:总量|规模|总额|总值|产值|收入|面积|产量))")
_MULTIPLE_OF = re.compile(r"的([0-9]+(?:\.[0-9]+)?)倍")
_UNNAMED = frozenset({"no indicator named", "no clear indicator name"})
_RESPECTIVE_SPAN = re.compile(r"分别[从由]")
_SPAN_TO_LIST = re.compile(r"\s?[\u4e00-\u9fff]{0,4}(?:到|至|为)\s?(?:\d{4}年)?的?\s?")   # 调整为, 增加到2023年的
_SPAN_FROM = re.compile(r"[由从]")
_RUNNING_TOTAL = re.compile(r"(?:累计|总数)(?:达到|达|为|增至|增加到)?")
_LEVEL_ONLY = re.compile(r"(?:分别)?(?:达到|达|增至|增加到|增长到|提高到|为)(?:了)?(?:分别)?")
_LEVEL_AFTER = re.compile(r"[，,]\s*(?:达到|达|为|增至)[0-9]")   # the level stated after a milestone
# spots listed as the sentence's subject, before what they did together (…石源景区等景区景点…，共接待游客…)
_SPOTS_SUBJECT = re.compile(r"、[^，,。；;]{2,16}?等((?:[一二三四五六七八九十两0-9]+[个家处大])?(?:A级)?(?:旅游)?"
                            r"(?:景区景点|景区|景点))")
_SPOTS_MEASURES = frozenset({"旅游接待人次", "旅游综合收入", "旅游收入"})
_WHOLE_OWN = re.compile(r"[全我该本][县市区州省]")   # (…等景区共接待游客120万人次，全市共接待游客…: the city's own)
# a verb before the spots listed: they are its object, not the subject (我县依托兴隆山、…等景区, 推出…等景区精品线路)
_SPOTS_AS_OBJECT = re.compile(r"依托|推出|组织|打造|围绕|通过|借助|利用|整合|以|在|到|赴|前往|游览|推介|开发|建设")
# a measure said of all the regions listed before it (…2025年GDP总值均在800亿上下，; …2025年GDP也都超过了700亿元，)
_YEAR_FIRST = re.compile(r"^(?:(?:19|20)[0-9]{2}年度?|今年|去年|上年|全年)+")
_LIST_JOINERS = ("、", "和", "及", "与")   # what stands between regions listed
_PAIRED_AS = re.compile(r"分别是|分别为|依次是|依次为")   # a clause naming what the next one's figures are of, in order
_SAID_OF_ALL = re.compile(r"(?P<measure>[^，,。；;]{2,16}?)(?:也)?(?:均|都)[^，,。；;]{0,16}[，,]\s*$")
_OTHER_MONEY = re.compile(r"发放|贷款|投入|签约|项目|销售|消费|补贴|资金|券|收入|支出|投资|交易|采购")
# the firms or markets a department watches (a sample, a series apart), not the products a bulletin covers
_MONITORED = re.compile(r"(重点监测|监测)的(?=[^，,。；;]{0,6}(?:企业|超市|商场|零售|餐饮|购物中心|百货|门店|商户"
                        r"|批发市场|农贸市场|[0-9]+家))")
_GDP_SAID = re.compile(r"GDP|生产总值")   # (…GDP总值…，累计金额达到了3903.6亿元; …，名义增长率1.8%: of GDP)
_MILESTONE_ONLY = re.compile(r"(?:首次|首度|一举)?(?:超过|突破)")   # …，首次超过8000亿元: the level it passed
_BASIS_CHANGE = re.compile(r"^(?:净增|净减|净|增加|减少|多|少)了?$")   # …的11020万元净增2040万元
_STOCK_BASIS = re.compile(r"[比较](?:上年|去年)(?:末|底)|[比较]年初")   # compared with a stock: one too
_NO_VERB = re.compile(r"(?P<basis>)(?P<verb>)(?P<minus>)$")
_TIMES_OF = re.compile(r"是(?:上年|去年|上年同期|去年同期|\d{4}年|[“\"]?十[一二三四五]五[”\"]?(?:末|时期)?)的$")
_TAIL_CHARS = 30   # longer than any match of _GROWTH, _ABS_CHANGE, _APPROX_BEFORE
_JOINERS = frozenset({"和", "、", "及", "与", ""})
_MORE_FIGURES = re.compile(r"^(?:\s*[和、及与]\s*[0-9０-９.．]+\s*(?:[%％倍]|个百分点))+")
_BASIS = re.compile(rf"{_BASES}|与上年|与去年")
_NEGATIVE = ("下降", "减少", "降低", "回落", "降幅", "减幅", "下滑", "少", "减产", "减收", "减支", "下跌", "低于",
             "慢于", "净减", "微降", "略降", "微跌", "降幅收窄到", "降幅收窄至", "降幅收窄为", "降幅扩大到",
             "降幅扩大至", "降幅扩大为", "降幅缩小到", "降幅缩小至", "降幅缩小为")
_APPROX_BEFORE = re.compile(r"(?:近|约|超过|超|逾|突破|接近|将近|大约|达近|不足|不到)$")
_APPROX_ENDS = "近约过超逾破足到"   # what _APPROX_BEFORE's matches end with: a quick test before the search
_APPROX_AFTER = ("左右", "以上", "多", "余")
_RANK_SPAN_START = re.compile(r"[由从](?:全国|全省|全市|全州)?的$")
_RANK_SPAN_BEFORE = frozenset("由从国省市州")
_RANKING = re.compile(
    r"(?=[位居排名稳跃保列全（(上提前攀下后回中西世亚])"   # what every ranking starts with: a fast scan
    r"(?:(?:(?P<verb>位居|居于|位列|排名|排在|名列|位于|稳居|跃居|保持|居|列|排)(?:在)?)?"
    r"(?P<scope>全国|全省|全市|全州|全区|中国(?=第)|西部地区|西北五省区?|西北地区|(?<=[居列名于、])(?:世界|全球|亚洲))(?P<group>(?:(?!居|位居|位列|列|排名|全[国省市州区])[\u4e00-\u9fff()（）0-9]){0,10}?|(?P<long>[\u4e00-\u9fff]{2,16}?(?:评价|考核|考评|评比|评估|评选)中(?:荣获|获得|位居|位列|排名|居)?))"
    r"(?:的|排名|排在|排|位居|居|位列|列)?"   # 全省排名第2位
    r"(?P<rank>第(?P<n>[一二三四五六七八九十0-9]++)|前(?P<top>[一二三四五六七八九十0-9]++)|(?P<first>首位|之首)(?!意识|产业|战略))"
    r"(?P<suffix>位|名)?(?![批个次届家项条只头]|方阵|梯队|阵营|产业|的)"   # (第一方阵: a tier, no rank; 全省第一产业)
    r"|(?P<bverb>位居|排名|排在|名列|位列)第(?P<bn>[一二三四五六七八九十0-9]+)(?P<bsuffix>位|名)?(?![批个次届家项条])"
    # a region named as the scope: 位列武威市第一, 居平凉市第二位
    r"|(?P<nverb>位居|居于|位列|排名|排在|名列|位于|稳居|跃居|居|列)(?![由从])(?P<named>[\u4e00-\u9fff]{1,5}?[省市州])(?:的)?"
    r"第(?P<nn>[一二三四五六七八九十0-9]+)(?P<nsuffix>位|名)?(?![批个次届家项条只头]|方阵|梯队|阵营)"
    # the later rank of a span: 由2011年的全省第5位上升到去年的第3位
    r"|(?:上升|提升|跃升|前移|攀升|提高|下降|后移|下滑|回落)(?:到|至|为)(?:[^，,。；;第]{0,6}?的)?"
    r"第(?P<sn>[一二三四五六七八九十0-9]+)(?P<ssuffix>位|名)(?![批个次届家项条只头])"
    r"|[（(]第(?P<pn>[0-9一二三四五六七八九十]+)名?[）)]"
    # the first place of a span dated by its own year: 国家高新区排名从2020年的第65位跃升至第53位
    r"|(?:排名|排位|位次)[由从](?:(?:19|20)[0-9]{2}年|上年|去年)的(?P<fscope>全国|全省|全市|全州)?"
    r"第(?P<fn>[一二三四五六七八九十0-9]+)(?P<fsuffix>位|名)?(?![批个次届家项条只头])"
    # among peers counted, no scope word: 增速高居54个国家级高新区首位
    r"|(?:位居|居于|位列|居|列)(?P<peers>[0-9一二三四五六七八九十]+个[\u4e00-\u9fff]{2,12}?)的?"
    r"(?:(?P<cfirst>首位|之首)|第(?P<cn>[一二三四五六七八九十0-9]+)(?:位|名)?)(?![批个次届家项条只头]|方阵|梯队|阵营))")
# what may stand between a rank's scope and its place without being the indicator ranked: the peers
_APPRAISAL_IN_GROUP = re.compile(r"(?:评价|考核|考评|评比|评估|评选)(?=中|[^\u4e00-\u9fff]|获|荣获|$)")   # what ranks
_PEER_GROUP = re.compile(r"县|区|市|州|省|同类|同级|城市|地区|[前后]列|排名|位次")
_BARE_CHANGE = re.compile(r"(?:增加|减少|下降|增长|提高|降低|净增|净减|少增|多增)(?:到|至)?了?(?:现)?$")
_PER_HEAD_ALONE = re.compile(r"人均(?:近|约|达到?|为|超过?)?")
_GRAIN_AREAS = frozenset({"粮食播种面积", "粮食种植面积", "粮食面积", "粮食总播种面积", "粮食总面积"})
# only the figure's growth between it and the next period (…，2020年为12.1万吨，增长3.2%，2021年为13.4万吨)
_ONLY_ITS_CHANGE = re.compile(r"(?:[，,](?:同比|比上年|较上年)?(?:增长|下降|提高|减少|增加|上涨)[0-9.]+%)+[，,]")
_DONE_LEAD = re.compile(r"(?:已|累计|共|均)+$|^[，,\s]*(?:其中[，,：:]?)?")   # (其中工业投资…已完成: 工业投资)
_FELL_TO = re.compile(r"(?:增加|减少|下降|增长|提高|降低)为(?:约|近)?\s*$")   # a level reached, as 下降到
# verbs of a level reached (not of an amount gathered over the years: 累计完成, 新建, 引进)
_LEVEL_REACHED = re.compile(r"(?:达到|达|增加到|增长到|提高到|提升到|提升至|扩大到|上升到|增至|提高至|跃升至|发展到|"
                            r"突破|为|是|"
                            r"下降到|下降至|降至|降到|降低到|降低至|减少到|减少至|回落到|回落至)"
                            r"(?:了)?(?:约|近|超过|超)?\s*$")   # (累计达到 15153户: a stray space)
# a level followed by its yearly average growth over the years is their last year's level
_AVERAGE_GROWTH_AFTER = re.compile(r"[，,]?(?:年均|年平均)(?:增长|递增|增速|下降)")
# 2012年底 (截至2012年底 stays a day); “十五”末, the plan's last year
_UP_TO = ("到", "至", "止")   # 到去年底, 至2011年底 (the mark outside the period's text): a day, not the year
_YEARS_END = ("年底", "年末")   # (至“十四五”末 before a flow: the plan's last year, as the labels read it)
_YEAR_END = re.compile(r"^(?!截[至止]|[至到止])\S*年(?:底|末)$|^[“\"]?(?:十[一二三四]?|九)五[”\"]?末期?$")
# 建成1000亩新特菜, 推广21万亩高强度地膜, 全面抓建了10万亩有机苹果: a verb alone names no area
_AREA_VERB = re.compile(r"(?:全面|累计|共|先后|已)?(?:建成|新建|种植|发展|建设|新植|栽植|新增|推广|抓建|建立)了?")
# what an area written number-first is of: 10万亩黄花菜喜获丰收, 16万亩瓜田年产51万吨
_AREA_NOUN = re.compile(r"^(?!以上|以下|左右|多|余|之多)的?([\u4e00-\u9fff]{2,8}?)"
                        r"(?=迎来|喜获|近期|近日|日前|目前|眼下|获得|年产|进入|实现|丰收|开始|正在|长势|涵盖|已|均|全部|成为|被|是|为|的|产值|产量|收入|陆续|相继|先后|纷纷|竞相|次第|逐步|含苞|盛开|绽放|花开|挂满|硕果|今年|又获|再获|[，,。；;、：:（(]|$|\d)")
_FLOW_UNITS = frozenset({"yuan", "tonne", "kWh", "person-time"})
_LIST_MARKS = re.compile("[、和及与]")
_GROWTH_WORD_END = re.compile(r"(?:增速|增幅|涨幅|增长率|增长速度)$")
_BASIS_TAIL = re.compile(r"(?:较|比|与)[^、，,；;]*$")   # 牛、羊较2021年(分别增加…): the basis after the list
_INVESTMENT_WORDS = re.compile(r"招商|引资|省外|签约|引进")
_SIZE_JOINS = frozenset({"", "近", "约", "共"})   # 暖棚6602座近50万平方米: the same sheds' area
_BARE_INVESTED = frozenset({"投资", "完成投资"})
# the work an investment opening its clause went to, told in the clause right before it
_PURPOSE_BEFORE = re.compile(r"(?:^|(?<=[，,。；;\s]))(?:依托|实施|推进|加大|加快|开展|启动|加强)"
                             r"(?P<what>[\u4e00-\u9fff]{2,14}?(?:建设|改造|改造提升|工程|治理))(?:力度|工作)?[，,]$")
# what an amount was allocated to, told right after it (，安排了廉租住房、…等一批事关民生改善的项目)
_GRANTED = ("中央投资", "预算内投资", "省级投资", "中央资金", "专项资金", "补助资金")   # funds granted, then allocated
_SPENT_ON_AFTER = re.compile(r"[，,]安排了?[^。；;]{0,120}?等一批(?:事关|有关|涉及)?"
                             r"(?P<what>[\u4e00-\u9fff]{2,12}?项目)")
# a clause saying where a project is (…项目，位于陇西县经济开发区，总投资…)
_WHERE_CLAUSE = re.compile(r"(?:位于|地处|坐落于?|选址于?|落户于?|入驻)[^，,。；;]{2,24}")
# what only a region has, never a park of it (…园区始建于1994年。…城镇化率达到42%, 社会消费品零售总额8.6亿元)
_REGION_ONLY_MEASURE = re.compile(r"人口|城镇化率|社会消费品零售总额|可支配收入|纯收入|居民消费价格")
# a year's statistics, which an undated figure with its growth in the year's first months is last year's of
_ANNUAL_STAT = re.compile(r"生产总值|增加值|社会消费品零售总额|可支配收入|纯收入|财政收入|一般公共预算收入"
                          r"|固定资产投资$")
_ITS_GROWTH_NEXT = re.compile(r"[，,]?(?:按[^，,。；;]{0,8}计算[，,]?)?(?:同比|比上年|较上年)?(?:实际)?"
                              r"(?:增长|下降)了?[0-9]")
# words of this year so far, in the headline or the figure's paragraph or the one before it: no look back at last year
_THIS_YEAR_SO_FAR = re.compile(r"今年|开年|新年|年初|本年|元月|[1一]月|[1一][-—～~至到][2-3二三]月|一季度|春节")
_EARLY_MONTHS = ("01", "02", "03")
_YEARS_FLOW = re.compile(r"(?:产值|收入|增加值|总值|利润|税收|利税)$")   # a year's flow, whatever came before
# a region's measures an industry contributed to, listed after 贡献 (贡献财政收入1.36亿元、农民人均可支配收入…)
# (listed with 、 or 和 only: 贡献税收3亿元，全县农村居民人均可支配收入… is the county's own again)
_CONTRIBUTED = re.compile(r"贡献了?(?![率度达超占份])(?:(?:(?!贡献)[\u4e00-\u9fffA-Za-z]){2,16}\s?[0-9.]+[万亿千]?余?"
                          r"[元%人户个](?:、|和))*(?:(?!贡献)[\u4e00-\u9fffA-Za-z]){2,16}\s*$")
# what stands between a contributor and its 贡献 (2023年中医药产业为全县贡献…)
_CONTRIBUTOR_LEAD = re.compile(r"^(?:[0-9]{4}年度?|今年|去年|上半年|全年)")
_CONTRIBUTOR_TAIL = re.compile(r"(?:为|向|给)(?:全县|全市|全州|全省|全区|地方|当地|县上|市上)?$")
# subjects listed before a share's own (谷子、 of 谷子、糜子约占16%), and a group named after examples (…等特色作物占)
_LISTED_SUBJECTS = re.compile(r"(?:[\u4e00-\u9fff]{1,12}、){1,10}$")
_GROUP_SHARE = re.compile(r"等[\u4e00-\u9fff]+?约?占$")
_ANY_FIGURE_BEFORE = re.compile(r"[0-9%][\u4e00-\u9fff]{0,4}、$")
_EACH_SHARE = re.compile(r"[各均]约?占$")   # (回族、东乡族均占30%: each one's)
# what may stand between one share and the next in a list (…31.42%，谷子、糜子约占16%)
_SHARE_LIST_JOIN = re.compile(r"\s*[，,；;、](?:(?:[\u4e00-\u9fff]{1,6}、){0,4}|[\u4e00-\u9fff、]{0,8})")
_SHARE_WHOLE = re.compile(r"占[\u4e00-\u9fff]{2,12}比重$")   # the whole a share names (小麦占农作物播种面积比重)
# a spending verb left as a whole name (列支, 拨付; 安排, 下达, 落实 and 发放 name nothing already and never get here)
_BARE_SPENT = frozenset({"列支", "拨付", "筹措", "整合", "兑付", "统筹"})
_PURPOSE_AFTER = re.compile(r"(?:用于|完成|建设了?|建成|实施|新建)([\u4e00-\u9fff“”]{2,14}?)(?=[0-9，,。；;]|$)")
# a status said of a project count before it (此次集中开工的35个项目, 已建成的12个项目)
# a park opening a clause (黄羊工业园区开工建设项目65项; not 着力推进工业园区…, nor 兰州新区: a region of its own)
_PARK_OPENING = re.compile(r"(?:(?!依托|围绕|通过|借助|立足|建设|建成|创建|新建|打造|推进|实施|发展|加快|着力"
                           r"|特别是|其中|在|以|把|将|全[县市区州]|有|各|共|[去今当全]年|目前|截至)[\u4e00-\u9fff]){2,8}?"
                           rf"(?:{PARK_KINDS})(?![0-9０-９])")
_DONE_PART = re.compile(r"完成|实现|已")
# what a project did, said right after its own figure (…总投资400万元的度假村建设项目，目前已到位资金150万元)
_PROJECT_PROGRESS = re.compile(r"(?:目前|截至目前|至目前|现已|已经|已|累计|共)*"
                               r"(?:到位资金|完成投资|完成投资额|资金到位)")
_ONE_PROJECT_AFTER_FIGURE = re.compile(r"的[\u4e00-\u9fffA-Za-z0-9“”（）()、]{2,40}?(?:项目|工程)[。，,；;]"
                                       rf"{_PROJECT_PROGRESS.pattern}$")   # (not 上半年完成投资…: a period's own)
# the bare money said of a part counted right before it, after 其中 (其中：发展型贫困户615户、贷款金额2745万元)
_AMOUNT_OF_PART = frozenset({"金额", "贷款金额", "贷款", "资金", "投资", "补助资金", "补贴资金"})
# the households or firms a loan went to, named after 对 or 向 in the clause right before it
_REACHED_CLAUSE = re.compile(r"[对向](?P<batch>首批|第[一二三四五六七八九十]批)?[^，,。；;]*?[0-9.]+万?[户家个]"
                             r"(?P<who>[\u4e00-\u9fff]{0,10}?(?:户|农户|群众|企业|合作社))[，,]$")
_LENT_TO = re.compile(r"(.+(?:贷款|资金|补贴|补助))发放.+")   # the households a loan reached (see names._LENT)
_FIRMS_COUNTED = ("企业", "机构", "公司", "合作社", "单位")   # firms counted, whose investment is theirs
_PROJECT_MEASURE_ALONE = frozenset({"总投资", "计划投资", "项目总投资", "估算总投资", "概算总投资"})
# a clause that is one project's name, maybe after 据了解 or 首批签约的有 (…、…项目 lists are sets)
_ONE_PROJECT_NAME = re.compile(r"(?:[^，,。；;：:]{0,12}?(?:的有|分别是|包括)[：:]?)?"
                               r"[\u4e00-\u9fffA-Za-z0-9·．.\-—“”（）()]{4,40}?"
                               r"(?:项目|工程)")
# a sentence opening with one project's name as its subject (see _Reader._opens_with_one_project)
# (…禾麟公司项目，年可处理棉籽10万吨: its capacity; 东城区改造工程，建设东城区路网…，总投资15.3亿元: what it builds)
_PROJECT_OPENS = re.compile(r"\s*(?:据介绍|据了解|据悉|其中)?[，,]?"
                            r"([\u4e00-\u9fffA-Za-z0-9·“”()（）]{4,40}?(?:项目|工程|公园))"
                            r"(?:是|位于|由[\u4e00-\u9fff]{2,20}投资|计划总投资|总投资|占地|规划(?:面积|总投资|建设)"
                            r"|于(?:19|20)[0-9]{2}年"   # 华电一期60万千瓦风电项目于2011年开工建设: its own history
                            r"|[，,]年可?(?:产|处理|加工|生产)"
                            r"|[，,](?:建设|新建|占地|总投资|计划总投资|位于|地处|坐落|选址|落户))")
_PROJECTS_PLURAL = re.compile(r"[^的]项目[^的]{0,20}项目|这些|该批|此次|本次|今年|全年|上半年")
_SET_OF_PROJECTS = re.compile(r"[0-9０-９一二三四五六七八九十两百千]+[个项批]|等|各类|重点|一批|这些|所有"
                              r"|全县|全市|全区|、")
_PARTS_AFTER = re.compile(r"(?:以上|左右|多|余)?[，,；;：:]?其中[：:，,]?")   # 其中 right after a figure
_BATCHES_AFTER = re.compile(r"[，,；;：:]?第[一二三四五六七八九十]批")   # 下达…贷款8.35亿元，第一批3.08亿元: a quota's
_PARK_WORD = re.compile(r"园区|开发区|工业园|集中区|高新区")
_ZONE_NAMED = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自创区|开发区|经开区|高新区|新区|园区|示范区|试验区)(?:现有)?")
_FAIR = re.compile(r"[\u4e00-\u9fff]洽会|[药农文丝进]博会")   # a fair whose signings its name keeps (兰洽会, 酒洽会)
_EDITION = re.compile(r"(第[0-9一二三四五六七八九十]+届)([\u4e00-\u9fff]洽会|[药农文丝进]博会)")   # (第23届兰洽会)
# what was added, then only a verb of reaching: the whole (新增蔬菜面积4.8万亩，达到28.3万亩)
_FROM_WHERE = re.compile(r"来自([\u4e00-\u9fff]{2,6}?)(?:地区)?的$")   # where what is counted came from
# the rest of a firm's or farm's name, one of a list counted (…丰收家庭农场等85个家庭农场)
_FIRM_OF_A_LIST = re.compile(r"(?![引依发培建新组扶带有共各农])[^，,。；;、\s]{1,12}?"
                             r"(?:家庭农场|合作社|有限公司|公司|厂)"
                             r"(?:、[^，,。；;]{0,40})?等")   # (not 安国乡引进企业、合作社等: the town's doing)
_REACHED = re.compile(r"(?:累计|总计|合计|共)?(?:达到|达|增至|增加到|扩大到|发展到)了?(?:约|近)?")
_ADDED = re.compile(r"(?:新增|新植|新栽|新发展)")
# a growth over more than the year before (年均增长, 较2015年增长): no change of a year's level
_NOT_YEARLY = re.compile(r"年均|年平均|[较比与]\d{4}年|[较比]“?十")
_TOTAL_WORDS = frozenset({"总数", "总量", "总计", "总规模"})   # …，总数达到3235家: what the clause before counted
# a clause that says only that its subject changed or passed a mark in words, before the level it reached
_ONLY_CHANGED = re.compile(r"(?:(?:19|20)[0-9]{2}年[，,]?)?(?P<name>[\u4e00-\u9fff]{2,16}?)"
                           r"(?:(?:大幅|明显|持续|逐年|不断|稳步|稳定|显著|快速|较快)"
                           r"(?:增加|增长|提高|提升|扩大)了?|(?:迈上|跨上|跃上|站上)[\u4e00-\u9fff]{1,4}台阶"
                           r"|(?:首次)?突破[\u4e00-\u9fff]{1,4}大关"
                           # (…创历史新高，达到50万吨)
                           r"|(?:连续[0-9一二三四五六七八九十两]+年)?(?:再|又|再次)?创(?:历史)?(?:同期)?新高)")
# a measure said to have risen or fallen with no figure, then its rate alone (小麦面积大幅减少，减幅达17.08%)
_ONLY_MOVED = re.compile(r"(?:(?:19|20)[0-9]{2}年)?(?:全[县市区省州])?(?P<name>[\u4e00-\u9fff]{2,16}?)"
                         r"(?:大幅度?|明显|持续|逐年|不断|稳步|显著|快速|较快)?"
                         r"(?:增加|增长|提高|提升|扩大|减少|下降|降低|缩小|下滑)了?")
_RATE_ONLY = re.compile(r"(?:增幅|减幅|降幅|涨幅|增速)(?:均|都)?(?:达到?|为|超过|接近|近)?")
_DONE_AGAIN = re.compile(r"(?:累计)?(?:完成|实现|达到?)了?(?:约|近)?")   # a period, then only a verb of reaching
# 分别 with only a verb of a level or a span's start after it (分别达到…, 分别由2006年的…): no measure of its own
_RESPECTIVE_BARE = re.compile(r"分别(?:由|从)"
                              r"|分别(?:达到|达|为|是|增长到|增加到|增至|提高到|突破)了?(?:约|近)?[0-9０-９]")
# an explicit year or a plan's end, which a clause of only a period and a verb of a level states its level for
_STATED_AGAIN_PERIOD = re.compile(r"\d{4}年(?:底|末)?|[“\"]?(?:十[一二三四五]?|九)五[”\"]?末期?")
# a period, then only a verb of a level (2015年为66.67万亩, 2015年增长到53.11万亩): the indicator named before it
_LEVEL_AGAIN = re.compile(r"(?:为|增长到|增长至|增加到|增加至|增至|提高到|提高至|扩大到|扩大至|上升到|上升至|下降到|"
                          r"下降至|降至|减少到|减少至)了?(?:约|近)?")
_THIS_EVENT = re.compile(r"(?:本次|此次|本届)(?:会议|大会|签约活动|活动|推介会|签约)")
_EVENT_WORD = re.compile(r"会|活动|论坛")   # (a cheap test before the fair's or event's)
_LENT = ("贷款", "存款")
_BALANCES = ("存款余额", "贷款余额")
# a product's or herd's measures, said of the same things listed again (牛、羊…存栏分别为…，出栏分别为…)
_LISTED_MEASURES = ("存栏", "出栏", "饲养量", "种植面积", "面积", "产量", "产值")
_LISTED_MEASURE_START = re.compile("|".join(_LISTED_MEASURES))   # (存栏同比分别增长: the measure, then the change)
# what a bare balance right after the other takes from it (not 城乡居民储蓄: a kind of deposit, no currency)
_CURRENCIES = frozenset({"人民币", "外币", "本外币"})
# where a town opening its paragraph lies (平子镇地处宁县县城东南30公里处，…): its county, no subject taking it back
_WHERE_IT_LIES_CLAUSE = re.compile(r"(?:位于|地处|处于|坐落于)[^，,。；;！？\n]*[，,]")
_ADDED_BEFORE = re.compile(r"新增(?!加)[\u4e00-\u9fff“”]{0,16}$")   # an area added, up to its figure
# a capacity added or built, up to its figure (not 新建冷库全部投用后冷藏能力: what the new stores will hold)
_BUILT_BEFORE = re.compile(r"(新增|新建)(?!加)(?:(?![后时将])[\u4e00-\u9fff“”]){0,12}$")
_CAPACITIES = ("产能", "能力", "装机", "装机容量", "装机规模")
# a line of areas under a header that states their measure (农作物面积：玉米1.23万亩、蔬菜3.3万亩): each crop's area
_AREA_HEADER = re.compile(r"\s*[\u4e00-\u9fff]{0,8}?((?:种植|播种)?面积)[:：]")
_PLAIN_SIGNINGS = re.compile(r"新|签约|招商引资|成功|共|累计|各类|重点")   # words that leave a project count the year's
# a kind's investment promotion the sentence names (农业招商引资到位资金…；新签约项目1995个，签约额1276亿元): the
# projects counted after it are that kind's signings, their bare 签约额 theirs, not the year's 招商引资签约额
_KIND_OF_SIGNINGS = re.compile(r"(?<!主导)(?:农业|工业|文旅|旅游|商贸|服务业|农业农村)招商引资")
_STARTED_ONES = re.compile(r"(?:已|实际)?开工(?:建设)?项目")   # the started ones of a set counted before them
_BARE_SIGNED = re.compile(r"签约(?:额|金额|资金|总额)|总签约额")   # an amount signed, said of nothing
_FAIR_CEREMONY = re.compile(rf"({_FAIR.pattern})[^。]{{0,40}}?签约(?:仪式|活动|大会)")   # told the sentence before
_FAIR_SETTING = re.compile(rf"[^，,。；;]{{0,10}}?({_FAIR.pattern})[”\"]?(?:上|期间|中)[，,]")   # 此次兰洽会上，
_FAIR_SETTING_LATER = re.compile("[，,]" + _FAIR_SETTING.pattern)   # (…，在“酒洽会”期间，: a later clause's)
# a count or amount of projects (亿元以上项目, 新能源类项目签约额), and names that already say how they were won
_PROJECTS_NAMED = re.compile(r"项目(?:签约额|签约总额|签约资金|投资额|投资总额|总投资|总投资额)?$")
_WON_ALREADY = re.compile(r"签约|签订|合同|招商|合作|投资项目")
# projects said to be doing something other than being signed (实施省外招商引资项目53项; 推介了…7个重点招商项目)
_NOT_SIGNED = re.compile(r"实施|执行|在建|续建|开工|建成|投产|落地|储备|谋划|推介|推出|发布|征集|洽谈|对接|包装")
_FAIR_AMONG = re.compile(r"[和及与、]")   # 兰洽会和北京、上海等地专场招商活动: one event of several
# a sentence that opens on the event it goes on with (这次活动期间，…; 会上，…; 前六届“津陇共振兴”活动，…)
_EVENT_SETTING = re.compile(r"\s*(?:(?:这次|此次|本次|本届)?(?:活动|大会|会议)(?:期间|上|中)|会上|会议期间)[，,]?")
# (an event's name with an edition before it or a quoted core, and no verb: not 会宁县在兰州举办招商引资推介会，…, a
# campaign 全县深入开展“招商引资提质年”活动，…, nor 县委县政府高度重视招商引资大会，…)
_EVENT_OPENING = re.compile(r"\s*(?:前[0-9一二三四五六七八九十]+届|历届|本届|第[0-9一二三四五六七八九十]+届|首届)"
                            rf"{EVENT_NAME}[，,]|\s*{EVENT_NAME}[，,]")
_EVENT_VERBS = re.compile(r"开展|举办|召开|举行|参加|参与|重视|借助|依托|利用|带动|契机|平台|推动|以|在|赴|组织|积极"
                          r"|深入")
_NO_EVENT = re.compile(r"签约|开工|复工|奠基|动员|表彰|座谈|工作|推进|营商环境|经济运行|分析|调度|发布|干部|[和及、]"
                       r"|^[“\"]?(?:各类|系列|一系列|多场|系列化|专题|相关)")
_SEVERAL = ("、", "和", "及")   # before or after an event held: one of several (a tuple: '' is in every string)
_EVENT_LEAD = re.compile(r"^(?:今年|本届|此次|这次|全[省市县区州])+")   # (今年全省招商引资大会: 招商引资大会)
_EDITION_IN = re.compile(r"第[0-9一二三四五六七八九十]+届|首届")   # (甘肃省第三届文化旅游产业发展大会: one series)
# what says the signings after an event are not its own: events counted (举办招商推介会12场), an event as a means
# (借助…的契机, 在…的带动下), or the year's signings told after it (…；全年累计签约项目45个)
_EVENTS_COUNTED = re.compile(r"[”\"]?[0-9一二三四五六七八九十两]+(?:场次|场|次|届)")
_YEARS_SIGNINGS = re.compile(r"全年|累计|今年以来|年内|共计")
_SIGNED_THINGS = re.compile(r"签约|签订|协议|合同|项目")   # what an event's day dates (its signings and their amounts)
# (…大会…，全县签约项目56个: its own; not 会上，我县签约…, 全县上下积极参与, 市上领导出席)
_REGIONS_WHOLE = re.compile(r"全[县市区州省](?!上下|各)|[县市]上(?!领导|下)")


def held_event_name(text: str, held: re.Match[str]) -> str:
    """event_name of an event EVENT_HELD found in `text`; '' when it is one of several (…博览会、…大会在定西召开)."""
    if (held.start() and text[held.start() - 1] in _SEVERAL) or text[held.end():held.end() + 1] in _SEVERAL \
            or _EVENTS_COUNTED.match(text, held.end()) is not None:
        return ""
    return event_name(held[1] or held[2])


def event_name(written: str) -> str:
    """What an event's signings are named by: the quoted core of its name (“津陇共振兴”合作交流大会 -> 津陇共振兴), else
    its name without a year, an edition or a lead (中国产业转移发展对接活动); '' for a ceremony, a meeting of work or
    several events."""
    if _NO_EVENT.search(written) is not None \
            or _EVENT_VERBS.search(re.sub(r"[“\"][^”\"]*[”\"]", "", written)) is not None:   # (“以商招商”: a name)
        return ""
    if (quoted := re.search(r"[“\"]([^”\"]{2,16})[”\"]", written)) is not None:
        return quoted[1]
    name = _EDITION_IN.sub("", _EVENT_LEAD.sub("", written.strip("“”\"")))
    return name if len(name) >= 5 else ""   # (本届大会, 此次推介会: no name of its own, the kind alone)


# a fair as the means or the spur of the year's signings, not where they were signed (借助兰洽会平台…，全县共签约…;
# 在兰洽会签约项目的带动下，全州新建项目88个)
_FAIR_AS_MEANS = re.compile(r"借助|依托|利用|带动|契机|平台|推动|辐射")
# a sentence that goes on breaking down what the one before told (从投资规模看，…; 其中，…; 签约项目中，…)
_SIGNINGS_GO_ON = re.compile(r"\s*(?:从[\u4e00-\u9fff]{1,10}?看|其中|签约项目中)")
# what projects counted are said to have done (longest first: 集中开工 before 开工)
_DID = "集中开工|集中开复工|集中复工|开复工|复工开工|开工建设|新开工|开工|复工|续建|新建|建成|竣工|投产"
# a band with no noun (其中投资5亿元以上43个): the projects counted before it are what it is a part of
_BAND_ONLY = re.compile(r"(?:投资|总投资|年?产值|营业收入|销售收入|主营业务收入|注册资本)?"
                        r"(?:[0-9.]+)?[千百万亿]*元(?:及)?(?:以上|以下)")
_PLANNED_COUNT_OF = re.compile(r"([\u4e00-\u9fff]{0,8}?项目)中[，,]")   # …计划实施的120个项目中，: what they are
_BEFORE_A_CLAUSE = "。！？!?；;，,：:、\n"   # (and "", the body's start: `in` a str)
_AMONG = re.compile(r"项目中[，,]")   # …的6个重大项目中，…: its parts follow
_BACK_TO_CEREMONY = ("当天", "当日", "此次", "本次", "这次")   # …项目中 in a clause pointing back to a ceremony
# nothing said of a set counted again before its count (据悉，6个重大项目总投资…)
_RESTATED_BEFORE = re.compile(r"(?:据悉|据了解|据介绍|其中|这|这些|此|上述|该|当天|共)?[，,]?\s*")
_STATUS_OF_SET = re.compile(_DID)   # (集中开工重大项目 restated as 重大项目: see _restated_set)
_STATUS_BEFORE_TOTAL = re.compile(f"({_DID})$")   # 开工建设总投资…的重点工业项目: a status of the set
_YEARS_DONE_IN = re.compile(r"(?:19|20)[0-9]{2}(?:年?[—–\-至到](?:19|20)[0-9]{2})?年$")   # before what they did
_STATUS_BEFORE_COUNT = re.compile(r"(集中开工|新开工|开工|复工|开复工|续建|新建|在建|建成|竣工|投产|入库|在库"
                                  r"|新签约|签约)的$"
                                  r"|(?<![\u4e00-\u9fff])([省市州县区]列)$"   # 县列185个重点项目: the county's list
                                  # 本次集中开工6个亿元以上重大项目: what they did, their status
                                  rf"|(?<!已)({_DID})了?$")   # (集中开工了108个项目)
# a status said of projects listed one by one before their count (当天集中开工的福建圣农…项目、…项目等14个
# 重点项目; 本次集中开工的重点项目包括…等9个项目): the count is of those, and they have that status
_STATUS_BEFORE_LIST = re.compile(rf"({_DID}|签约)的(?:[\u4e00-\u9fff]{{0,8}}项目(?:包括|有|是|为)[：:]?)?")
_SPOT_CHAR = re.compile("[景园村场]")   # every SPOT_OPENING kind holds one (a quick test first)
# a list of projects signed (共签约A、B等12个项目; not 签约的, 签约仪式上…, 签约项目)
# (not 签约落地运营的, 签约、落地, 其中签约…: a part)
_SIGNED_LIST = re.compile(r"签约了?(?![的仪活项额资金总落、后未运并])")
_LIST_BROKEN = re.compile(r"其中|[；;]")   # (…的项目进展顺利；其中…等5个项目: another set)
_NEXT_COUNT = re.compile(r"[、和]\s*[0-9.]+[万亿]?[个家座处条户]([\u4e00-\u9fff]{2,16}?)(?=[，,。；;、]|$)")
_LIVESTOCK = frozenset("牛羊猪鸡驴马")
_CLAUSE_OPENERS = frozenset("，,；;：: \u3000“\"‘\n")
_PROJECTS_TOTAL_END = re.compile(r"(?:总投资|计划投资|投资)(?:约|近|超过|达)?$")
_CROP_AREA = re.compile(r"(?:种植面积|播种面积|栽植面积|栽培面积)$")   # a crop's area, whose list may go on
_STATES_AREA = re.compile(r"面积|基地|园|田|地$")   # land, not a crop (梯田, 果园, 制种基地, 耕地)
_LIST_JOINS = frozenset({"，", ",", "、", "；", ";"})
_REACHED_AFTER_CROP = re.compile(r"达到|达|为|突破|超过")   # 枣达到4万亩: the list's verb, after a bare crop
_HERD_MEASURE = re.compile(r"(?:饲养量|存栏量?|出栏量?)$")
# the bare measures of a thing counted just before them in the sentence (…保鲜库88家，总库容量18万吨)
_ENTITY_MEASURES = frozenset({"总面积", "总库容量", "总库容", "库容", "库容量", "库容能力", "总资产", "从业人员",
                              "从业人数", "总贮量", "贮量", "贮藏能力", "储藏能力", "贮存能力", "储存能力",
                              "接待人数", "年收入", "年创收", "营收", "年营收", "年吞吐量", "总装机", "总装机容量",
                              "规模投资", "概算投资", "总投资额", "投资总额", "合格率", "年加工能力", "装机容量",
                              "创收", "加工产能", "加工产值", "产能", "年产能", "仓储能力", "静态仓储能力",
                              "屠宰加工能力", "年屠宰加工能力", "并网装机总量", "吸纳投资", "成交总额", "成交额"})
_ENTITY_UNITS = frozenset({"count", "mu", "hectare", "m2"})
_GENERIC_THINGS = frozenset({"企业", "项目", "合作社", "基地", "园区", "单位", "主体", "产品"})  # (17家企业…装机)
_MEASURE_TAIL = re.compile(r"(?:面积|产量|产值|收入|投资|额|量|率|规模|能力|人次|人数|资金|指数|价格|比重|占比)$")
# verbs of making or having before the things they made or have (新植果树经济林, 新建成…示范基地)
_THING_VERBS = re.compile(r"^(?:新建成|新植|新建|新增|建成|建有|建立|共有|拥有|发展|培育|引进|新发展|新培育|现有|有|"
                          r"形成|打造|配套|建设|成交|签订|签署)+")
_PROJECTS_DONE = ("项目开工", "项目开复工", "项目复工", "项目竣工", "项目投产")
_STOCK_NAMES = ("余额", "存栏", "存栏量", "能力", "产能")   # a balance or a capacity at a day
# what is counted on a day, whatever year leads it: people living, balances, rates of the living
_STOCK_AT_YEAR_END = re.compile(r"(?:常住人口|户籍人口|总人口|城镇人口|农村人口|乡村人口|女性人口|男性人口|余额|"
                                # people of a kind: 农牧业人口, 少数民族人口, 蒙古族
                                r"(?:非?农(?:牧)?业|牧业|非农)人口|(?:少数民族|[\u4e00-\u9fff]{1,3}族)(?:人口)?|"
                                r"城镇化率|贫困发生率|剩余贫困人口|(?<!脱贫)贫困人口|城区面积|建成区面积|"
                                r"^(?:城镇|乡村|农村|全社会)?从业人员|"   # (not 旅游从业人员: an industry's jobs)
                                # the labour force, not labour sent out (输转劳动力: a flow)
                                r"(?<!输转)(?<!输传)(?<!转移)(?<!输出)(?<!培训)(?<!输转城乡)(?<!输传城乡)(?<!转移城乡)"
                                r"劳动力(?:资源)?(?:总数|总量)?"
                                # an age group (60岁及以上人口); 常住人口总数 is 常住人口 (not 脱贫贫困人口)
                                r"|(?<![0-9])[0-9]{1,2}(?:[-—~～至][0-9]{1,2})?周?岁(?:及以上|以上|以下)?(?:少年|老年)?人口"
                                r"|老龄化率|(?<!出生人口)(?<!出生)性别比)"   # (the make-up on that day; not births')
                                r"(?:总数|总量)?(?:占.*)?$")
# ... and, when the name is the phrase as written (not 整治耕地, 新增人口: what was done over the year, its verb cut),
# people, land by its use, the forest's cover and timber, and land per head, or their shares (not 耕地占用面积)
_HELD_ON_A_DAY = re.compile(r"(?:人口|(?:土地|国土)总?面积|总面积|耕地(?:面积)?|草地(?:面积)?|(?:天然)?草原(?:面积)?|"
                            r"林地(?:面积)?|水域(?:面积)?|森林覆盖率|(?:木材|森林|活立木|林木)?(?:蓄积量|积蓄量)|"
                            r"(?:农业人口)?人均(?:占有)?(?:土地|耕地)(?:面积)?|"
                            r"(?:风电|光伏|光电|新能源|电力|清洁能源)?(?:并网)?装机(?:容量|规模)?)"
                            r"(?:占(?![用补地])[\u4e00-\u9fff]*比重)?")
_SEVERAL_YEARS_AVERAGE = re.compile(r"[两三]年平均")
# things sent, sold or received over the months (累计寄递甘味农产品3824.7万件): a flow, not a stock
_SENT_OVER = re.compile(r"^(?:累计)?(?:寄递|寄送|发送|运送|发运|销售|售出|出口|接待|输转|处理)"
                        r"(?!.*(?:企业|网点|站点|中心|门店|商户|点)$)")   # (not 出口备案企业, 销售网点: places)
_PER_UNIT_WORDS = frozenset({"亩均", "人均", "户均", "单产", "每亩", "亩产"})   # a change said of it is per unit
_PER_UNIT_NAME = re.compile(r"亩均|每亩|亩产|单产|人均|户均|平均|可支配收入|纯收入")   # a figure per unit itself
# an earlier clause's opening, as a list of subjects may stand there (桃子、杏子、红枣是…; 城乡居民收入…)
_CLAUSE_OPENING = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,6})(?P<rest>[\u4e00-\u9fff、]{0,30})")
# what an item says it is about (四是…建立…基地): then the crop of the item before is not its subject
_ITEM_NAMES = re.compile(r"基地|园区|示范区|示范点|示范田|种植|养殖|栽植|建成|建立|新建|产业|经济|旅游|电商|劳务|工业|"
                         r"光伏|风电|企业|合作社|集体")
# the next item of an enumeration (一是…；二是…)
_NEXT_ITEM = re.compile(r"[；;，,。]\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])")
# a base built in the next item of a list (…；在前山等村建立胡萝卜生产基地600亩，总产量900吨): its crop leads
_NEXT_BASE = re.compile(r"[；;][^；;。]*?(?:建立|建成|新建|发展|打造|推广)(?:([\u4e00-\u9fff]{2,12}?基地))?")
_PAIRED = re.compile(r"[、和及与]|城乡|存贷")   # names that may pair with the figures after them (存贷款: two)
_AVERAGE_END = re.compile(r"(?:年均|人均|户均|亩均)$")
_GROWTH_VERB = re.compile(r"增长|下降|增速|增幅")
_LEVEL_WORD = re.compile(r"总值|总量|总额")   # 总值位列全省第三 ranks the level, whatever came before
# a sentence that opens with the rank of what the sentence before stated (该增速位居全国第21位, 增速居全市第二)
_RANKED_BEFORE = re.compile(r"\s*(?:该|其|这一)?(?:增速|增幅|增长速度|总量|规模)(?:在)?")
# 地区生产总值增速全省排名 -> 地区生产总值
_RANK_TAIL = re.compile(r"(?:增速)?(?:全国|全省|全市|全州|全区|西部地区|西北五省区?|西北地区|世界|全球|亚洲)?排名$")
_SUBJECT_OWN = re.compile(r"^(?:目前|如今|当前|截至目前|今年以来|今年|去年|[一二三四]季度|上半年|前三季度"
                          r"|(?:19|20)[0-9]{2}年(?:底|末)?)?[，,]?"   # (…地处…，2006年全县粮食总产量…)
                          r"(?:全县|全市|全区|全州|全省|该县|该市|其中|县上|我县|我市|我省)")   # (目前全县…)
_SUBJECT_FIRST = frozenset("全该其县我而但并且另此在")   # what _SUBJECT_OWN and _CONNECTIVE start with
_LEAD_FIRST = frozenset("目如当截今去一二三四上前12")   # and what a lead word before _SUBJECT_OWN's subject starts with
_CONNECTIVE = re.compile(r"(?:而|但|并|且|另外|此外)?在(?=[\u4e00-\u9fff])|而|但")   # before a clause's subject
# what a change said 分别 of the figures before it may stand after instead of their names: their basis, a
# period, or what they are (两项指标): no name of its own
_NO_SUBJECT = re.compile(r"较.{1,10}|前[一二三四五六七八九十0-9]+[日天]|(?:[两二三]项)?指标")
_BASIS_NAME = re.compile(r"[较比](?:去年|上年|今年|年初|同期)(?:底|末|同期)?")   # 较去年底: a basis, no name
# a growth's change against the same growth a period before, right after it (涨幅比上月扩大0.1个百分点)
# (a release's month: 较上年同期回落9.5个百分点，较1-8月回落3.5个百分点 stays two changes of a growth rate, no rows)
_RATE_CHANGE_OWNER = re.compile(r"(?:涨幅|增幅|增速|增长速度)(?:比|较)(?:上月|上个月)"
                                r"(?P<verb>扩大|提高|加快|回升|上升|回落|收窄|缩小|放缓|下降|降低)了?")
_RATE_FELL = frozenset({"回落", "收窄", "缩小", "放缓", "下降", "降低"})
# a clause ending with an amount in a currency that is not read, right before a share (…，国有企业进出口38.28亿美元，)
_UNREAD_AMOUNT = re.compile(r"(?:^|[，,；;。])\s*(?:[0-9—\-]+月(?:份)?[，,]?)?([\u4e00-\u9fff]{2,16}?)"
                            r"[0-9.]+[万亿]*美元[，,]\s*$")
_CONVERTED = ("折合", "约合")
_BASIS_ONLY = re.compile(r"(?:比|较)(?:去年|上年)(?:同期)?(?:高|低|提高|降低|上升|下降|加快|放缓|回落|回升)?"
                         # (同比增长13.51%，超出上年同期14.98个百分点; 高于/低于上年同期: comparisons, dropped before)
                         r"|(?:超出|高出)(?:去年|上年)同期(?:增速|增幅)?")
_RESPECTIVE_SUBJECT = re.compile(r"^(?:二者|两者|三者|两项|三项|以上两项|上述|前者|后者)")
# dropped figures that belong to the next figure's owning phrase: 10万元以上的村, 3亿元至8亿元项目,
# 较2022年同期增长
_KEEPS_OWNER = frozenset({THRESHOLD, SIZE_BAND, "a date or time", "an age"})   # 60岁及以上人口
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
_PART_JOIN = re.compile(r"[，,、]")   # one part after another (辣椒5.6万亩，地膜菜豆2.88万亩)
_LEAD_CLAUSE = re.compile(r"其中|近年来|多年来|长期以来|近几年|近日|目前|据介绍|据了解|据统计|同时|此外|另外|与此同时"
                          r"|今年以来|年初以来")
# a person who tells it (刘生忠介绍，): no subject of the figures (a body that tells it may be: 甘肃省旅游局表示，…)
_SPEAKER_LEAD = re.compile(r"[\u4e00-\u9fff]{2,8}?(?<![局厅委部办府会司所站心])(?:介绍|说|表示|告诉记者)")
_ADVERBIAL = re.compile(r"(?:依托|围绕|通过|按照|借助|结合|立足|聚焦|紧扣|紧紧围绕|坚持"
                        r"|以[^，,。；;]{1,12}?为(?:依托|抓手|载体|平台|引领|支撑|龙头|核心))")   # 以示范园为依托，
# “2020年，我们的苹果产量达到82万吨…”, “今年1月至5月，静宁县完成苹果出口…”: a period, then the region's
# (our) figures reached — not a household's (我家, 俺家)
_REGION_DATED = re.compile(r"(?:\d{4}年|今年|去年|[0-9一二三四五六七八九十]{1,2}月)[^”]{0,12}?"
                           r"(?:我们的?|我县|我市|我区|全县|全市|全区|[\u4e00-\u9fff]{1,4}[县市区])(?:[^”]{0,20}?(?:达到|完成|实现)|"
                           r"[^”]{0,80}?(?:谋划|实施)[^”]{0,20}?项目[0-9])")   # …清水县…谋划实施重点建设项目172个
_HOUSEHOLD_SPEAKING = re.compile(r"我家|俺家|自家|我们家|咱家|家里")
_TOWNS_OFFICIAL = re.compile(r"[镇乡村](?:党委|政府|人民政府)?(?:副?书记|副?镇长|副?乡长|副?主任|党委)")
_OFFICIAL_QUOTE = 40   # shorter quotations are a name, a slogan or a remark
# 村党支部书记, 合作社理事长, 集团党委书记: not the region's officials (农业农村局局长 is one)
# (乡村振兴局, 中小企业发展服务中心: the region's offices)
_NOT_OFFICIAL = re.compile(r"(?<![农乡])村|合作社|公司|企业(?!发展|服务|局)|协会|集团|厂")
# an official named after a quotation, then a verb of saying, perhaps after the occasion (…局长王英菊提及
# 打造“文旅康养胜地”优势时如是说)
_OFFICIAL_AFTER = re.compile(r"[^。！？!?“”]{0,40}?(?:局长|主任|站长|书记|县长|区长|市长|州长|处长|科长|所长|部长"
                             r"|(?<=局)[\u4e00-\u9fff]{0,6}?负责人)"   # (县国土局项目建设负责人田亮说)
                             r"[\u4e00-\u9fff]{0,4}?(?:[^。！？!?]{0,24}?时)?(?:如是说|说|介绍|表示|告诉)")
# an official named right before a quotation with a verb of saying (张家川县畜牧中心副主任黎文斌说：“县上还争取到…)
_OFFICIAL_BEFORE = re.compile(r"(?:局长|主任|站长|书记|县长|区长|市长|州长|处长|科长|所长|部长)[\u4e00-\u9fff]{0,4}?"
                              r"(?:说|介绍|表示|告诉记者)[:：，,]?$")
# an official named with a title and then what they say (副局长屈培宏告诉记者), and a name after a quotation
# saying it
_OFFICIAL_NAMED = re.compile(r"(?:局长|主任|站长|书记|县长|区长|市长|州长|处长|科长|所长|部长)"
                             r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?=告诉|介绍|表示|说|指出|接受)")
_NAME_SAYS = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,3}?)(?:告诉记者|介绍说|介绍|表示|说)")
# a quotation that states a region's figures (庆阳市地区生产总值完成…，同比增长9.6%): the region's
_REGION_STATED = re.compile(r"(?:全县|全市|全区|全州|全省|[\u4e00-\u9fff]{1,4}[县市区州])[\u4e00-\u9fff]{0,12}?"
                            r"(?:生产总值|增加值|固定资产投资|财政收入|可支配收入|零售总额)[^”]{0,12}?(?:同比|比上年)")
# how long, not what: 四年, 近三年来 (a span's length, not a name)
_YEARS_LONG = r"(?:近|这|过去)?(?P<n>[一二三四五六七八九十两0-9]{1,2})年(?:间|来|里)?"
_DURATION = re.compile(_YEARS_LONG)
# an undated span with its length after it: 由3.3%大幅提升至10.3%，四年跃升7个百分点
_SPAN_YEARS = re.compile(r"[^，,。；;]{0,12}?(?:至|到)[0-9.]+[%％万亿千百]*[\u4e00-\u9fff]{0,4}[，,]?"
                         + _YEARS_LONG + "(?:跃升|增长|提高|增加|提升|上升|翻)")
# years a review looks back over (十年间，…由…)
_REVIEW_YEARS = re.compile(r"\s*(?:近|过去)?[一二三四五六七八九十两0-9]{1,2}年[来间]")
# …, or before it, opening its sentence: 这两年，当地辣椒种植面积从5.6万亩扩至12万亩
_YEARS_BEFORE_SPAN = re.compile(r"\s*(?:这|近|过去|(?=[一二三四五六七八九十两0-9]{1,2}年[来间]))"   # (五年间，…由…)
                                r"(?P<n>[一二三四五六七八九十两0-9]{1,2})年(?:来|间|里)?[，,]")
# 预计2021年实现生产总值26.8亿元，完成社会消费品零售总额9.7亿元，…: every figure of the sentence is
# preliminary (or planned), so the final figure stated later is no 修订
_ESTIMATE_REACH = 14   # 预计 stands within this many characters of the sentence start
_ESTIMATE_OPENING = re.compile(r"\s*(?:[^，,。；;：:]{1,10}[，,])?预计")
# the years a sentence's spans run over (2012年至2021年十年间，…由13.12亿元增长到25.64亿元): the later
# value of an undated span is the last year's
_YEAR_RANGE = re.compile(r"(?<!\d)(\d{4})年?(?:至|到|—|-|－|–|～|~)(?P<to>\d{4})年")
_RATIO_MARK = re.compile("[:∶：]")
# a sentence about one industrial zone: 目前，开发区核心区已入驻企业68家，…
_ZONE_SUBJECT = re.compile(rf"\s*(?:(?:{_LEAD_CLAUSE.pattern}|今年|去年|截至目前|\d{{4}}年(?:底|末)?)[，,]?)?"
                           r"(?P<zone>(?:(?!依托|以|在|把|将|通过|围绕)[\u4e00-\u9fff]){0,6}?"
                           r"(?:开发区|经开区|高新区|工业园区|产业园区|园区|工业园|产业园)"
                           r"(?:核心区)?)"   # (其中，酒泉经开区新能源装备制造业实现…: an industry of the zone's)
                           # (兰州经开区2020年完成…: a period may stand before the verb)
                           r"(?=(?:\d{4}年(?:[上下]半年|前三季度|1?[0-9]月(?:份)?)?|今年|去年|上半年|前三季度)?"
                           r"(?:[\u4e00-\u9fff]{2,10}?(?:制造业|产业|工业))?(?:已|共|累计|完成|实现|入驻|现有|规上|规模以上"
                           r"|实施|引进|新建|新增|签约|招引))")   # (西峰工业园区实施…等16个产业链关键项目: the zone's)
_HEADLINE_TOWN = re.compile(r"(?:^|[】\]：:\s])(?:[\u4e00-\u9fff]{2,5}[县区市])?(?P<town>[\u4e00-\u9fff]{2,3}"
                            r"(?<![城全各本该年乡镇多之家故小古下回返进])[镇乡])(?:[：:，,\s]|-|—|入选|荣获|获评|被评为|成为)")
# a headline that is a town's name alone, or with 介绍 and the like (泉山镇介绍, 麦积镇), or an aside in brackets
# (皇城镇(资源与2006年经济)): the town's own entry (not
# 走进东乡, 大美东乡: 东乡 is a county; not an epithet, 石油重镇, 中国薯乡, 戈壁水乡)
_TOWN_ENTRY = re.compile(r"(?:[\u4e00-\u9fff]{2,5}[县区市])?(?P<town>(?!城镇|新型城镇)[\u4e00-\u9fff]{1,3}"
                         r"(?<![全各本该年乡镇多之家故小古下回返进])[镇乡])(?:介绍|简介|概况|概述|基本情况)?"
                         r"(?:[（(][^）)]{1,16}[）)])?")
# a headline that is the name of one firm's site alone (陇海集团榆中高原夏菜冷链物流基地): the page is its own entry
_ONE_SITE_ENTRY = re.compile(r"(?![\u4e00-\u9fff]*?(?:与|和|共建|建设|助力|投资|签约|落户|开工|投产|建成|举行|召开|"
                             r"推进|打造|启动|实施|发展|带动|帮扶|成为|入选|获|新建|扩建|援建|捐建|入驻))"
                             r"[\u4e00-\u9fff]{2,10}(?:集团|公司)"   # (one that says what a firm does is no site's)
                             r"([\u4e00-\u9fff]{2,20}?(?:基地|厂|产业园|物流园|中心))")
_EPITHETS = frozenset({"重镇", "名镇", "强镇", "大镇", "要镇", "大乡", "水乡", "薯乡", "桃乡", "瓜乡", "果乡", "茶乡",
                       "椒乡", "酒乡", "梨乡", "枣乡", "菜乡"})
# (石油重镇, 旅游强镇, 中国薯乡, 魅力水乡: what a place is called, no town)
_HEADLINE_PARK = re.compile(r"^(?:[^：:，,]{0,6}?)[\u4e00-\u9fff]{2,12}?"
                            r"(?P<kind>工业园区|工业园|产业园|开发区)(?:[：:\s]|$)")
_PARK_CALLED = {"工业园区": "园区", "工业园": "园区"}   # what its own text calls it
_WHOLE_PREFIX = re.compile(r"^全[县市区州]")   # 全县工业园区: the county's park, called 园区
_PARTS_LEAD = re.compile(r"^其中[，,：:]?")   # （其中甘州区200亿元、…）: the parts listed
# a headline opening with a national or provincial zone (兰州经开区综合考评位居全省…): named by its own name
_HEADLINE_ZONE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:经开区|高新区|经济技术开发区|高新技术产业开发区)")
# a paragraph opening with one park or zone as its subject (民勤红沙岗能源化工工业集中区持续优化营商环境，…): every
# figure of it until a sentence names a region is the park's, named by the park's own name
_PARAGRAPH_PARK = re.compile(r"\s*(?![在从])[\u4e00-\u9fff]{2,16}?"
                             r"(?P<kind>工业集中区|工业园区|经济技术开发区|经济开发区|开发区|工业园|产业园区|产业园|高新区)"
                             r"(?![的和、与及])")
# words that make the park no subject: what is being built (高标准建设高端绿色化工产业园), a means (以工业园区为载体),
# an object (坚持把经济开发区作为…)
_PARK_NOT_SUBJECT = re.compile(r"建设|打造|推进|加快|依托|围绕|以|把|将|坚持|作为|通过|借助|利用")
# what the park does as the subject (持续优化营商环境, 构建…, 去年…, 已入驻…, ，…)
_PARK_VERB_AFTER = re.compile(r"[，,]|持续|构建|坚持|围绕|聚焦|立足|紧盯|全力|大力|积极|着力|已|共|累计|完成|实现|入驻"
                              r"|现有"
                              r"|是|今年|去年|目前|近年来|[0-9]{4}年|自|先后|始终|不断|按照|充分"
                              r"|始建|位于|地处|成立|创建|组建|设立")   # (a profile: …园区始建于1994年，位于…)
# the status a ceremony gives the projects it started, with what the set's name says before it (谋划集中开工)
_CEREMONY_STATUS = re.compile(r"^[\u4e00-\u9fff]{0,4}?集中(?:复工开工|开复工|开工|复工)")
_PROGRESS_OF_PLAN = re.compile(r"^\s*(?:已|累计)?完成了?"
                               r"(?P<plan>(?:下达的?)?(?:全年|年度|年|上半年|[一二三四]季度|前三季度)?"
                               r"(?:投资)?(?:计划任务|计划|任务|目标任务|目标)"
                               r"|(?:年初|调整|全年|年度|年)?预算|规划目标)"
                               # (完成预算49531万元的85.0%, 完成年计划15万人的104.76%: the plan's amount)
                               rf"(?:{PLANS_FIGURE}的)?的?$")
_HEADING = re.compile(r"\s*([\u4e00-\u9fff]{2,4})(?<![说道示出绍称])[：:]")   # 交通：…, 能源：… (not 他说：)
# a mode of transport a line opens with (道路运输方面，民航方面，高速公路交通量方面): its bare measures' (not
# 另一方面, 在…方面, 运输方面 alone)
_TRANSPORT_MODE = re.compile(r"(?!在|从)[\u4e00-\u9fff]{0,6}"
                             r"(?:道路运输|公路运输|铁路|民航|航空|水路运输|水路|水运|邮政|快递|"
                             r"管道运输|交通量)")
_ANOTHER_MODE = re.compile(r"[；;]|方面|铁路|民航|航空|水路|公路|邮政")   # (…；铁路方面，完成货运量: the railways')
_ASPECT = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)方面[，,]")   # a sentence about one indicator: 固定资产投资方面，…
_OPENING_BRACKETS = ("(", "（")
_QUARTER_ENDS = ("03-31", "06-30", "09-30")   # a balance under 一季度, 上半年, 前三季度: at the quarter's end
_ADDED_TO = re.compile(r"新增|增加|净增|增长|减少|下降")   # (贷款余额新增800亿元: what was added, a flow)
_REGION_IS = frozenset({"为", "是", "达", "达到"})   # 白银市为19.1%: a region, then only a copula
_GROWTH_BASIS_BEFORE = re.compile(r"(?:增幅|增速)(?:比|较)((?:去年|上年)同期)[(（]?$")   # 增幅比去年同期(20.57%)
# the basis of a growth named by its year (较2019年同期, 比2010年, 与疫情前的2019年春节假日相比)
_FAR_BASIS = re.compile(r"(?:较|比)(?:疫情前的?)?(?P<year>(?:19|20)[0-9]{2})年"
                        r"|(?:与|和|同)(?:疫情前的?)?(?P<with>(?:19|20)[0-9]{2})年[^，,。；;]{0,12}?相比")
_SHARE_OF = ("，占", ",占", "占到", "约占", "占了")   # right before a period that stands inside a share's whole
# a ranking said to be published in the clause before a rank with no indicator of its own
_RANKING_PUBLISHED = re.compile(r"(?:[0-9]{4}年度?|第[一二三四五六七八九十0-9]+届)?"   # (its year or edition: no name)
                                r"(?P<what>[\u4e00-\u9fff]{2,20}?)排名(?:正式)?(?:发布|揭晓|出炉|公布)[，,]")
_NEAR_BASIS = re.compile(r"同比|环比|比上年|较上年|比去年|较去年|上年同期|去年同期")   # (nearer: the year before)
# a level as a share of an earlier year's (恢复至2019年同期水平的, 超过2019年同期水平, 恢复到2019的): a recovery
_RECOVERED = re.compile(r"(?P<verb>恢复[至到]|超过|达到)(?:疫情前的?)?(?P<year>(?:19|20)[0-9]{2})年?"
                        r"(?:假日)?(?:同期)?(?:水平)?的?$")
_PROPPED_UP = re.compile(r"撑起了?")
_RECOVERY_ENDS = ("的", "水平", "同期", "年")   # (a quick test first)
_RECOVERY_LEAD = re.compile(r"^[，,、\s]+|(?:按可比口径|分别|已|均)")
# what a bare sector's growth may be a part of (see names.growth_of)
_OUTPUT_WORDS = frozenset({"生产总值", "GDP", "增加值", "经济总量"})
_BESIDE_OUTPUT = frozenset({"收入", "比重", "占比", "结构"})   # (said beside the output in a bulletin's sentence)
# a sector as a clause's subject, a year between it and its measure (第一产业2004年完成生产总值…)
_SECTOR_BEFORE_PERIOD = re.compile(r"(?:^|[，,；;：:。]|其中[，,：:]?)(?:全[县市区州省])?(第[一二三]产业|[一二三]产)"
                                   r"(?:(?:19|20)[0-9]{2}年|上半年|全年|当年|今年|去年|上年)(?:完成|实现)?$")
_BARE_SECTORS = {"一产": "第一产业", "二产": "第二产业", "三产": "第三产业"}   # (the lexicon's 增加值 for a growth)
_MEASURED = re.compile(r"生产总值|GDP|增加值|经济总量|比重|占比|结构|投资|税收|收入|贷款|存款|电量|零售|利润|产值|"
                       r"营业额|出口|进口|销售|用电")
_PART_BREAK = re.compile(r"[。；;]")
_LAST_YEARS_OWN = re.compile(r"[，,；;、\s]*(?:去年|上年)同期(?![相比])")   # a figure of the same days a year before
_TRADE_PARTS = frozenset({"出口", "进口"})   # …加工贸易进出口90.9亿元…。其中，出口15.5亿元: the sentence before's
_WORKS_MEASURES = frozenset({"投资", "总投资", "完成投资"})   # what a count of works just before is measured by
_SHARE_OF_IT = frozenset({"所占比重", "所占比例", "所占份额"})
# what is done with goods, not what is made (年产蔬菜35万吨，外销20万吨: the sales)
_HANDLED = re.compile(r"销|售|加工|出口|进口|储|藏|冷|交易|收购|处理|调|运|消费|库|转化|保鲜|损耗|烘|晾|上市|流通|"
                      r"配送|回收|利用|增|减|降|占|完成|实现")
_YEAR_ENDS = ("年底", "年末")
_UP_TO_NOW = timedelta(days=61)   # a point this close ahead (截至…年底, a month's end) is how far things stand
_BARE_VISITORS = re.compile(r"(?:累计|共|共计)?接待(?:游客|人数|人次)")
_KIND_INCOME_AFTER = re.compile(r"实现([\u4e00-\u9fff]{2,4}旅游)(?:综合)?收入")
_PEOPLE_UNITS = frozenset({"person", "count"})   # (户 is a count)
_SHARES_RESPECTIVE = re.compile(r"(?:人口)?(?:占比|比重|所占比重)(?:分别)?(?:为|是|达到?)?"
                                r"|分别占(?:全部|总数|总量)?的?")
_NO_PRODUCT = re.compile(r"均$|^(?:年|当年|全年|累计|新增)$")
_GENERICS_LONGEST = sorted(GENERIC_NAMES, key=len, reverse=True)   # (the product before a bare measure's name)
_PEOPLE_WHOLES = ("常住人口", "总人口", "户籍人口", "人口")
_PEOPLE_SHARE = frozenset({"人口占比", "人口比重"})   # after a group of people: that group's share
# a period and its basis a 分别 pairs with (今年1-5月和去年同期…分别为; 本期和上年同期): the first is the period's, the
# second no row (other lists of periods pair with nothing yet: no row)
_PERIODS_PAIRED = re.compile(r"[0-9一二三四上下半季度月年]{2,}[^，,。；;]{0,4}?[和与及](?:去年|上年)同期"
                             r"|本期和上年同期")
# money named right after its amount, to the clause's end or what it is for (安排500万元补助资金支持…)
_MONEY_NAMED_AFTER = re.compile(r"([\u4e00-\u9fff]{0,8}?(?:资金|基金|贷款|补贴|奖补))"
                                r"(?=[，,。；;]|$|用于|支持|扶持|建设|实施|发展)")
_ABOUT_END = re.compile(r"(?:近|约|超过?|逾|(?<!下)达到?|共计?|合计)$")   # (投入近5亿元…资金: no 近 in the name)
_SENT_WHERE = re.compile(r"向.+?(?:输转|转移|输出|输送)")   # where workers counted were sent (their earnings' name)
# a verb of giving money before its amount (县财政安排500万元补助资金): the money named after the amount is the name
_GIVES_MONEY_END = re.compile(r"(?:安排|投入|拿出|到位|落实|下达|拨付|筹措|整合|筹集|撬动|发放)了?$")
# verbs of giving a name would keep (县上下达3000万元衔接资金, 拿出5000万元产业发展基金): cut before naming
_UNKNOWN_GIVING = re.compile(r"(?:下达|拨付|筹措|筹集|撬动|拿出|到位|整合)了?$")
_PER_UNIT_BEFORE = re.compile(r"每[户个名人村亩头家]|[户人村亩]均")   # (为每户发放2000元产业发展资金: a norm, no total)
_MONEY_BROUGHT = re.compile(r"投资|资金")   # what firms counted came with (…企业带着3.03亿元投资)
# a band of size in words right before a counted noun (产值超千万元企业, 亿元以上项目), no figure of its own
_BAND_BEFORE = re.compile(r"(?:产值|营业收入|销售收入|投资|年产值)?(?:超过?|过|达)?"
                          r"(?<![0-9.０-９])[十百千万亿]+元(?:以上)?$")
_MARK_END = re.compile(r"[0-9十百千万亿]元(?:以上)?$")   # a count named by a mark alone (…达到2000万元的有5家)
_COUNTED_HEAD = re.compile(r"(?:企业|项目|合作社|园区|基地|家庭农场)$")
_BANDED_NOUNS = frozenset({"企业", "项目", "园区", "工业企业", "龙头企业"})
_BARE_RATES = frozenset({"支出率", "拨付率", "到位率", "执行率", "使用率", "兑付率"})   # of the money before them
_BARE_SHARE = frozenset({"占", "约占", "占到", "占比"})   # 其中蒙古族4446人，占37.9%: the part's share of the whole
# a price index whose parts (其中，衣着上涨0.6%) are prices too, and the places it is also reckoned for
_PRICE_INDEX_ENDS = ("消费价格", "零售价格", "价格总水平", "价格指数", "出厂价格", "购进价格")
_PRICE_WHOLE_ENDS = (*_PRICE_INDEX_ENDS, "价格")   # a price whose parts are prices too (食品类价格…，其中：干鲜瓜果类…)
# the last 其中 (or …商品中：, 在统计居民消费价格指数的八大类商品中：…) before a part listed after it
_PARTS_MARK_LAST = re.compile(r".*(其中|(?:商品|类|项)中[：:，,])", re.DOTALL)
_BASIS_SAID = re.compile(r"环比|同比")   # a growth that says what it is against
_MONTH_BEFORE = re.compile(r"环比|上个?月")   # what a change against the month before says (环比, 比上月, 较上个月)
# last year's growth stated as the base of this year's (GDP在去年同期15.2%增速基础上增长20.1%): its subject
_LAST_YEARS_GROWTH = re.compile(r"(.{2,20}?)在(?:去年|上年)同期的?")
# a paragraph's lead saying what the growths after it are against (从环比变动情况来看, 从同比看, 环比看)
_BASIS_LEAD = re.compile(r"从?(?P<basis>环比|同比)(?:数据)?(?:变动|变化)?(?:情况)?(?:来)?看"
                         # (与今年4月份相比，5月份…: against the month before; 与去年同期相比: the year's)
                         r"|与(?:(?P<month>上月|上个月|(?:[今本]年)?[0-9一二三四五六七八九十]{1,2}月份?)|去年同期|上年同期)相比")
_BASIS_TAIL_WORDS = re.compile(r"(?:同比|环比)$")   # 交通和通信同比分别下降…: the item, not its basis
# the header of a price release's categories listed after it (其他七大类价格环比呈现“一降二平四升”态势，…)
# (八大类商品及服务同比呈现“四涨三降一平”态势。其中：食品类上涨4.3%…: its categories, in the sentences after it)
_CATEGORIES_HEADER = re.compile(r"[一二三四五六七八九]大类(?:商品[和及与]服务(?:价格)?|(?:商品)?价格)"
                                r"(?P<basis>同比|环比)?"
                                r"[^，,。；;]{0,16}[，,：:。]")
# a name that says what it measures is no category of prices (其中工资性收入增长6%, 餐饮收入, 工业投资)
_STATES_A_MEASURE = re.compile(r"(?:增加值|产值|产量|投资|收入|额|量|率|数|面积|人次|人数|资金|利润|税金|支出|"
                               r"比重|占比|规模|产业|行业|[^服]业)$")
_SCOPE_OPENS = ("全县", "全市", "全区", "全州", "全省", "该县", "该市", "我县", "我市")
_PRICE_INDEX = re.compile(r"居民消费品?价格(?:总水平|指数)?|商品零售价格(?:总水平|指数)?")
_PRICE_PLACES = frozenset({"城市", "农村", "城镇", "城区", "乡村"})
# the part's own change between it and its bare share (第一产业用电量53.24亿千瓦时，同比下降5.72%，占4.96%)
_CHANGE_BETWEEN = re.compile(r"\s*[，,]\s*(?:同比|比上年同期|比上年|较上年同期|较上年)?"
                             r"(?:增长|下降|减少|增加|提高|上升|回落)[0-9]+(?:\.[0-9]+)?%\s*[，,]\s*")
_GROWTH_ITSELF = frozenset({"增幅", "增速", "涨幅", "增长速度", "增长幅度"})   # a growth's own name
_OWN_STATUS = re.compile("开工|复工|竣工|完工|建成|投产")
_KIND_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,6}")   # a sector before its projects' count (工交能源23个项目)
# graded scenic spots a sentence's figures are about (全市24家A级景区接待游客…，旅游综合收入达1.43亿元), and
# what tourism they measure: the spots' visitors and income, a narrower series than the region's
_GRADED_SPOTS = re.compile(r"(?<![各和])(?:[1-5]A|A{1,5})级(?:及以上|以上)?(?:旅游)?景[区点]")
_SPOTS_MEASURE = re.compile(r"游客|旅游.{0,2}收入|门票收入|接待人")
_SPOTS_GAP_SUBJECT = re.compile(r"全[县市区州省]|[；;]|[\u4e00-\u9fff](?:县|市|州)(?!级)")   # another subject
# a count or quantity gathered over a period, not a stock: 开工建设重点项目142个, 新改建日光温室1225亩
_MEASURE_AS_BASIS = re.compile(r"^(?:以上|左右|多|余)?的?([\u4e00-\u9fff]{0,8}?(?:播种面积|种植面积|面积|产量|产值|"
                               r"规模|产能))的?基础上")
# what a quantity after an output may be of, other than a product made (销售2万吨, 外调3万吨, 其中…)
_NOT_PRODUCED = re.compile(r"销|售|出口|调|运|收购|储|贮|存|加工|消费|其中|总|[县市区州省]"
                           r"|[增减加降升]|每|亩|单产|均|率|^[年产生]")
_VERB_ONLY = re.compile(r"(?:新增|新建|新植|改造|改建|扩建|改扩建|新改建|续建|提升|维修|提质|升级|改造提升)")
# how a product's name ends (初榨橄榄油, 洗精煤, 商品薯, 禽蛋…; not 交易, 冷藏, 就地转化: what is done with it)
_PRODUCT_LAST = frozenset("油粮菜果薯奶蛋肉煤粉材药米麦豆棉茶椒枣杏瓜花种参归芪籽苗草料糖酒"
                          "盐铁铜锌铅镍钢铝金银矿石砂醋面")
_PRODUCTION_NOUN = re.compile(r"生产(?:安全|许可|物资|资料|经营|要素|事故|设备|工具|用房|企业)")   # nouns, no output
_GOODS_UNITS = frozenset("棒袋粒件辆")   # what is produced counted in pieces (生产菌棒60万棒, 原原种18亿粒)
_FLOW_VERB = re.compile(r"(?<!已)(?<!已经)(?<!累计)"
                        r"(?:开工|新建|新改建|改扩建|扩建|改建|建成|签约|培育|新增|引进|新培育|新发展|出栏|带动|完成|新认证|实施|注册"
                        r"|改造|创建|引培|新识别)")   # 改造老旧果园6万亩, 引培食用菌龙头企业6家, 新识别监测对象578户
_HELD = re.compile(r"始终|一直|保持|稳定在|每年|连续|均在|都在")   # a level held through several years
_SPAN_FIRST = re.compile(r"[从由]的?$")   # a span's first value (从12.1%下降到…)
_PERIOD_CLAUSE = 16   # a clause this short may be a period alone (2023年1至9月，)
# one total for a list of things (牦牛、藏羊育肥小区25个): what it may count, and what makes it no total
_TOTAL_KINDS = frozenset({"amount", "count", "physical_quantity"})
_LISTED_TOTAL_CHARS = 22
_NOT_A_TOTAL = re.compile(r"[0-9０-９等各均]|分别|人均|户均|亩均|率|价|比重|比例|占比|排名|增速|增幅|为主|“|”")
_JOINED_FIGURE = re.compile(r"\s*[、和及与]\s*[0-9０-９]")
_CUT_ITEM = re.compile(r"(?:新增|新建|新植|改造|改建|扩建|建设|建成|新改建|盘活|提升|维修|新开)")
# industries of the national classification whose names hold a 、 (not a list)
_INDUSTRY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:行业|产业|制造业)")   # 煤炭行业, 装备制造业, 石化产业
# a sentence that breaks the figure before it down: 分三大门类看，…; 按项目构成划分，…
_BREAKDOWN = re.compile(r"\s*(?:分|按|从)[\u4e00-\u9fff]{1,8}?(?:看|划分|分)[，,：:]")
_ASIDE = re.compile(r"[（(]([^（()）]{1,20})[）)]$")   # 比重（常住人口城镇化率）为65%
_SHARED = re.compile(r"均|都|分别")
_CLAUSE_JOINERS = frozenset({"，", ",", "、", "；", ";"})
_NOT_A_WHOLE = re.compile(r"[^\u4e00-\u9fff]|占|为|达|是|比|较|增|降|率")   # (a whole is a plain noun)
_AVERAGE_RATE_END = re.compile(r"(?:年均|年平均)以?$|以(?:年均|年平均)$")
_GROWTH_AFTER = re.compile(r"^(?:以上|左右)?的?(?:增速|增长|增幅)"   # 年均以66%的速度递增, 以20%的速度减少
                           r"|^(?:以上|左右)?的(?:速度|幅度)(?:持续|快速|稳步)?(?:递增|增长|上升|扩大|递减|减少|下降|缩小)")
_FALL_AFTER = re.compile(r"^(?:以上|左右)?的(?:速度|幅度)(?:持续|快速|稳步)?(?:递减|减少|下降|缩小)")
_KINDS = {"amount": "amount", "count": "count", "physical_quantity": "physical_quantity",
          "percent": "share_or_rate", "point": "growth_rate"}
_RANK = Unit("rank", 1, "ranking")
_PERCENT = Unit("percent", 1, "percent")
Target = int | tuple[str, str]   # an observation of the sentence, or the name of a growth row of its own


def _begins_after(period: Period, day: str) -> bool:
    """Whether a period lies ahead of the day reported: it begins after it, it is a point in a later year, or it
    is a run of years written out that ends in a later year (2024—2026年 in 2024: a plan's years)."""
    if not period.period_start:   # (a point in a later year, or this year's more than a little ahead: 到今年年底 in
        # April; 截至今年6月底 in April; 截至2023年底 in November is how far things stand, in March a target)
        slack = timedelta(0) if period.text.endswith(_YEAR_ENDS) and not period.text.startswith(("截至", "截止")) \
            else _UP_TO_NOW   # (截至“十四五”末 in late October 2025: how far things stand)
        return period.period_end[:4] > day[:4] \
            or date.fromisoformat(period.period_end) > date.fromisoformat(day) + slack
    return period.period_start > day \
        or (period.period_end[:4] > day[:4] and _YEAR_RANGE.fullmatch(period.text) is not None)


@dataclass(slots=True)
class _Sentence:
    index: int
    sentence: Sentence
    periods: list[Period]   # the periods it states (asked for every figure: looked up once)
    observations: list[Observation] = field(default_factory=list)
    # 分别增长A和B: what the figures after the first one go to, their sign, and their region
    respectively: list[tuple[Target, int, Region | None]] = field(default_factory=list)
    # 城镇、农村居民人均可支配收入分别达到36215元和14268元: the names of the figures after the first
    levels: list[tuple[str, str]] = field(default_factory=list)
    level_regions: list[Region] = field(default_factory=list)   # 肃州区、金塔县…分别达到A、B: B's region
    # the zones those regions were named by (麦积区、天水经济技术开发区分别完成…: '' and the zone), the first's first
    level_zones: list[str] = field(default_factory=list)
    years: list[Period] = field(default_factory=list)   # 2021年至2023年分别为…: one period per figure
    span_floor: int | None = None   # the second figure of a span: no period before this
    span_rest: int = 0   # 分别从A、B增加到C、D: the later values after C that keep the span's floor
    shared: list[str] = field(default_factory=list)   # 面积和产量均居全国第一: the indicators ranked
    compared: int | None = None   # after a basis value: the observation it is the basis of
    named_again: tuple[int, int] | None = None   # the level of the sentence before a growth went to (see _named_again)
    parts: bool = False   # after 其中 a part took the whole's measure: the next part may too
    parts_whole: str = ""   # the projects whose parts follow 其中 (see _read_level)
    giver_goes_on: bool = False   # it goes on with what a giver of pairing aid in the sentence before did
    set_of_projects: bool = False   # 项目总投资 after a count of projects: the set's, in all the sentence
    project_parts: int = 0
    share_of_whole: str = ""   # 占全市畜牧业总产值37.9亿元的13.6%: the share the whole's amount is followed by
    _evidence: tuple[str, int] | None = None
    # 分别增长A、B，分别达到C和D: the growth D takes, and where the level's phrase (分别达到) starts
    folds: list[tuple[int, int]] = field(default_factory=list)
    list_head: tuple[int, int] = (0, 0)   # where a list's first figure's phrase and figure start
    head: str | None = None   # the subject clause a clause without one takes (see _scope)
    marks: list[int] | None = None   # where its clause marks are (see _scope): found once
    subjects: dict[int, int] = field(default_factory=dict)   # a clause's start -> _earlier_subject's answer
    zone: str | None = None   # an industrial zone the sentence opens with, whose measures these are
    zone_end: int = 0
    produced: bool = False   # 生产铁精粉380万吨、黄金9.2吨: the tonnes listed after 生产 are outputs
    # 长富2号、寿红富士等36.82万亩，约占60%，年产量达32.89万吨: an area no name was found for, whose bare
    # measures after it are its own, not the paragraph's product's
    unnamed_area: bool = False
    part_whole: Observation | None = None   # 其中 listed its parts: the whole they are parts of
    whole: Observation | None = None   # a stock the next figure is a part of (累计达到858个，其中…809个)
    estimate: bool = False   # 预计2021年实现…: 预计 opens the sentence or stands before its first figure
    parks: bool | None = None   # whether the sentence says 园区, 开发区 …: asked once, for its figures' names
    planned_at: int = -1   # where the last figure dropped as a plan ends (规划装机4800万千瓦，其中风电…: its parts)
    planned_unit: str = ""
    one_project: bool | None = None   # it opens with one project's name as its subject: asked once
    spots_at: int | None = None   # where a list of scenic spots starts (主要旅游景区接待情况为：…): asked once
    # 500亿元（甘州区200亿元、临泽县100亿元），增长5%: a place's part in brackets -> the whole, what is said after
    # the bracket closes is said of
    bracketed: dict[int, int] = field(default_factory=dict)
    at: int = 0   # where the figure being read starts
    future: bool = False   # the sentence states a period that begins after the publication date
    quoted: bool = True   # a quotation holds some of the sentence (else none holds its figures: not looked up)
    # the sentence's bounds, copied: read for every figure, a dozen times each (not properties)
    start: int = field(init=False)
    end: int = field(init=False)

    def __post_init__(self) -> None:
        self.start, self.end = self.sentence.start, self.sentence.end

    def evidence(self) -> tuple[str, int]:
        """The sentence as its figures' evidence, and where it starts (worked out once)."""
        if self._evidence is None:
            text = self.sentence.text
            self._evidence = text.strip(), self.sentence.start + len(text) - len(text.lstrip())
        return self._evidence


_QUOTED_TERM = 12   # a quotation this short (“三个一”, “两个共同”) is a term inside a name
_DIGIT = re.compile(r"[0-9０-９]")


@dataclass(slots=True)
class _Owner:
    """The phrase a figure belongs to and what surrounds it."""

    start: int
    text: str
    after: str
    before: str
    quote: str | None


class _Reader:
    """Reads one article's sentences, left to right."""

    def __init__(self, title: str, body: str, published_at: str) -> None:
        self.body, self.published_at, self.title = body, published_at, title
        published = date.fromisoformat(published_at[:10])
        places = gazetteer()
        self.region_at_start = places.at_start   # asked of most figures' clauses: looked up once
        mentions = places.find(body)   # one scan of the body for both the main region and the context
        self.main = places.main_region(title, body, mentions)
        self.figures = find_figures(body)
        self._figure_starts = [f.start for f in self.figures]
        self.sentences = sentences(body)
        self.quotes = Spans(quotations(body))
        self.context = Context(title, body, published, self.sentences, self.quotes, Spans(titles(body)), self.main,
                               mentions)
        park = INDUSTRIAL_PARK.search(body)
        self.first_park = park.start() if park else len(body)
        self.observations: list[Observation] = []
        self.dropped: list[Dropped] = []
        self.previous: _Sentence | None = None
        self.topic = ""   # what the paragraph's bare names (产值, 面积) are about
        self.item_start = 0   # where the enumeration's item being read starts (…；四是…), 0 when none
        self.unnamed_item = -1   # the item (its start) whose area named no crop: its bare measures stay bare
        self._top_scope: tuple[re.Match[str], str] | None = None   # the last list's scope, and its regions' level
        # where the paragraph introduced one person or one firm (村民车红民, 合作社负责人…), or -1:
        # the figures after it that name no region are theirs
        self.protagonist = -1
        self.giver_before = -1   # the paragraph whose last sentence ends as a giver of pairing aid's, or -1
        self.people: list[str] = []   # the persons introduced so far (车红民)
        # a headline that leads with one town (榆中县园子岔乡：百合鼓起农民的钱袋子): the feature is the
        # town's, paragraph after paragraph, until one opens with a region of its own
        entry = _HEADLINE_TOWN.search(title) or _TOWN_ENTRY.fullmatch(title.strip())
        site = _ONE_SITE_ENTRY.fullmatch(title.strip())
        self.headline_site = site[1] if site is not None else ""   # (its name without the firm's: 榆中…基地)
        self.headline_town = (entry is not None and entry["town"][-2:] not in _EPITHETS
                              and not any(end == len(entry["town"]) for _, end, _ in gazetteer().find(entry["town"]))) \
            or site is not None
        # (魅力东乡 幸福家园: 东乡 is a county's name, no town's; 麦积镇 is a town of 麦积区; a firm's one site,
        # 陇海集团榆中高原夏菜冷链物流基地, is read as a town's entry is: its page's figures are the site's)
        # a headline about one park (甘肃永昌工业园区; 玉门工业园：…): its figures are the park's, named so
        # (园区工业增加值: a narrower series than the county's), unless their sentence names a region
        park = _HEADLINE_PARK.search(title)
        self.headline_park = "" if park is None else _PARK_CALLED.get(park["kind"], park["kind"])
        if park is None and (zone := _HEADLINE_ZONE.match(title)) is not None \
                and any(start == 0 for start, _, _ in gazetteer().find(zone[0])):
            self.headline_park = zone[0]   # (a zone's own name or its city's: not 建设高新区, 我市高新区)
        self.headline_product = product_named(title)   # …, else the product the headline names
        self.headline_fair = found[0] if (found := _FAIR.search(title)) else ""   # …在第二十四届兰洽会推介…
        self.paragraph_park: tuple[str, int] | None = None   # (the paragraph's park's name, where it ends)
        # a headline telling of a fair's signings (兰洽会兰州市共签约164个项目): its breakdowns are the fair's
        self.headline_signings = self.headline_fair if "签约" in title else ""
        self.fair_signings = ""   # the fair whose signings the paragraph is telling of, sentence after sentence
        self.breakdown = ""   # 分三大门类看，采矿业同比增长46.2%: the measure of the whole broken down
        self.categories: re.Match[str] | None = None   # the paragraph's header of a price release's categories
        self.industries = False   # industries after 其中 are those whose value added the sentence before told of
        self.official_names: frozenset[str] | None = None   # (see _officials)
        self.has_ratio_mark = any(mark in body for mark in ":∶：")   # 17.2∶31.5∶51.3 needs one
        # periods that begin after publication, opening a clause or after 到 (计划到2020年，…; not
        # 2013年…项目99项, a year inside a name): what their sentences state is a target
        day = self.published_at[:10]
        # (a point or a run of years ahead: see _begins_after)
        self.future_starts = [p.start for p in self.context.periods if _begins_after(p, day) and (
            body[p.end:p.end + 1] in "，," or body[p.start - 1:p.start] == "到" or _YEAR_RANGE.fullmatch(p.text))]

    def read(self) -> None:
        fig_starts = self._figure_starts
        rankings = list(_RANKING.finditer(self.body))
        ranking_starts = [r.start() for r in rankings]
        # (one search of the body, not one per sentence: most articles introduce nobody)
        introduced = list(PROTAGONIST.finditer(self.body))
        if "公司" in self.body:   # (a firm the subject of its sentence: rarely, so merged only when there)
            introduced = sorted(introduced + list(FIRM_PROTAGONIST.finditer(self.body)), key=lambda m: m.start())
        if "镇" in self.body or "乡" in self.body:   # (a town opening a paragraph: tried at each one's start)
            towns = [m for s in self.sentences if s.first and (m := TOWN_PROTAGONIST.match(self.body, s.start))
                     and not any(end == len(m["town"]) for _, end, _ in gazetteer().find(m["town"]))
                     and not _FIRM_OF_A_LIST.match(self.body, m.end())]
            # (确定崆峒区安国乡丰收家庭农场等85个家庭农场为…: the town starts a farm's name, one of a list counted)
            # (甘肃东乡经济开发区…: 东乡 is a county, no town)
            if towns:
                introduced = sorted(introduced + towns, key=lambda m: m.start())
        introduced_at = [m.start() for m in introduced]
        for index, sentence in enumerate(self.sentences):
            lo, hi = bisect.bisect_left(fig_starts, sentence.start), bisect.bisect_left(fig_starts, sentence.end)
            ranks = rankings[bisect.bisect_left(ranking_starts, sentence.start):
                             bisect.bisect_left(ranking_starts, sentence.end)] if rankings else rankings
            if sentence.first:
                self.topic = ""
                self.categories = None
                site_first = bool(self.headline_site) and self.body.startswith(self.headline_site, sentence.start)
                self.protagonist = -1 if not self.headline_town or (self.context.region_opens(
                    sentence.start, sentence.end) and not site_first) \
                    else sentence.start + (len(self.headline_site) if site_first else 0)
                # (榆中高原夏菜冷链物流基地于2003年…，总投资1.2亿元: the site's, 榆中 in its name no region's)
            if "大类" in sentence.text and (header := _CATEGORIES_HEADER.search(self.body, sentence.start,
                                                                              sentence.end)) is not None:
                self.categories = header
            if sentence.first:
                self.paragraph_park = self._park_opening(sentence) \
                    if "区" in sentence.text[:24] or "园" in sentence.text[:24] else None
            elif self.paragraph_park and self.context.names_region(sentence.start, sentence.end, neighbours=False):
                self.paragraph_park = None   # (…。该县今年全年共建招商引资项目25项: the county again, from then on)
            if sentence.first:
                self.fair_signings = self.headline_signings \
                    if self.headline_signings and _SIGNINGS_GO_ON.match(self.body, sentence.start) else ""
            elif index and (self.fair_signings or "签约" in self.sentences[index - 1].text) \
                    and (told := self._signings_told(self.sentences[index - 1])) is not None:
                self.fair_signings = told
            if 0 <= self.protagonist < sentence.start and self.context.region_opens(sentence.start, sentence.end):
                self.protagonist = -1   # the paragraph is back to a region (…。临洮县大力发展马铃薯产业。)
            if self.protagonist < 0 and (introduced or self.people):
                self._find_protagonist(sentence, introduced[bisect.bisect_left(introduced_at, sentence.start):
                                                             bisect.bisect_left(introduced_at, sentence.end)])
            # (a giver of pairing aid in the sentence before, this one going on with what it did)
            giver_goes_on = self.giver_before == sentence.paragraph \
                and GIVER_GOES_ON_SENTENCE.match(self.body, sentence.start) is not None
            self.giver_before = sentence.paragraph if giver_helps(sentence.text) or (
                giver_goes_on and before_not_own("，" + sentence.text, 0)) else -1
            if lo == hi and not ranks and not (self.has_ratio_mark and _RATIO_MARK.search(sentence.text)) \
                    and TOP_MARK.search(sentence.text) is None:   # (接待游客前五位的地区是…: ranks in words)
                self.previous = None   # no figure to read (and none for a later 二者 to point back to)
                continue
            state = _Sentence(index, sentence, self.context.in_sentence(sentence))
            state.quoted = self.quotes.meets(sentence.start, sentence.end)
            state.giver_goes_on = giver_goes_on
            # 预计 opening the sentence, or before its first figure (今年，麦积区…，预计上半年实现生产总值49.3亿元，
            # …，固定资产投资30.75亿元): every figure of it is preliminary
            state.estimate = ("预计" in sentence.text[:_ESTIMATE_REACH]
                              and _ESTIMATE_OPENING.match(self.body, sentence.start, sentence.end) is not None) \
                or ("预计" in sentence.text and lo < hi
                    and self.body.find("预计", sentence.start, self._first_measured(lo, hi).start) >= 0)
            state.future = bool(self.future_starts) and any(
                sentence.start <= at < sentence.end for at in self.future_starts) \
                or (self.context.carries_target   # (a target's year carried on)
                    and self.context.not_begun(self.context.carried(index)))
            self.breakdown = measure_of(self.observations[-1].name) \
                if self.observations and _BREAKDOWN.match(self.body, sentence.start) else ""
            # 21个行业实现增加值正增长…。…其中，煤炭行业同比增长44.3%: the industries' value added
            self.industries = "其中" in sentence.text and self.previous is not None \
                and self.previous.sentence.paragraph == sentence.paragraph and "增加值" in self.previous.sentence.text
            self._read_sentence(state, self.figures[lo:hi], ranks)
            if self.topic.endswith("项目") and "其中" in sentence.text \
                    and (whole := state.parts_whole or (self._projects_broken_down(state, sentence.start + 2)
                                                        if self.body.startswith("其中", sentence.start) else "")) \
                    and whole.endswith("项目") and self.topic != whole:
                self.topic = whole   # …；续建项目6个。全县完成投资8亿元: a kind's own clause ends with its
                # sentence, the list's projects again after it
            if len(state.observations) > 1 and "累计" in sentence.text:
                self._running_totals(state)
            self.observations.extend(state.observations)
            self.previous = state

    def _find_protagonist(self, sentence: Sentence, introduced: list[re.Match[str]]) -> None:
        """Whether the sentence introduces one person or firm (`introduced`: PROTAGONIST's matches in
        it; 村民车红民), or names one introduced in an earlier paragraph (车红民家建了3个大棚):
        self.protagonist is where, from then on."""
        place_or_firm = False
        for found in introduced:
            if found.re is FIRM_PROTAGONIST or found.re is TOWN_PROTAGONIST:
                self.protagonist, place_or_firm = found.end(), True
                continue   # (a person introduced after it is still named for later paragraphs)
            person = found["villager"] or found["grower"] or found["manager"]
            if found["title"] and not person:   # 王玉红是…合作社的负责人 (not 企业负责人介绍: nobody named)
                head = PROTAGONIST_BEFORE.search(self.body, sentence.start, found.start())
                if head is None:
                    continue
                person = head[1]
            if not place_or_firm:
                self.protagonist = found.end()
            if person and person not in self.people:
                self.people.append(person)
            return
        if place_or_firm:
            return
        for person in self.people:   # (opening a clause: 车红民家建了3个大棚, 一年下来，车红民全家收入…;
            # not 车红民只是临洮县…的缩影)
            at = sentence.text.find(person)
            while at >= 0 and not (at == 0 or sentence.text[at - 1] in _CLAUSE_OPENERS):
                at = sentence.text.find(person, at + 1)
            if at >= 0 and not self.context.names_region(sentence.start, sentence.end):
                self.protagonist = sentence.start + at + len(person)
                return

    def _read_sentence(self, state: _Sentence, figures: list[Figure], ranks: list[re.Match[str]]) -> None:
        ratios = ratio_observations(self.body, state.sentence) if self.has_ratio_mark else []
        tops = top_lists(self.body, state.sentence, figures, self.context.mentions_between(state.start, state.end)) \
            if TOP_MARK.search(state.sentence.text) else []
        items: list[Figure | re.Match[str] | TopList] = list(figures)   # in text order already
        if ranks or tops:
            items = sorted([*items, *ranks, *tops], key=lambda i: i.start() if isinstance(i, re.Match) else i.start)
        taken = ranks or ratios
        floor = state.start   # the owner of a figure starts after the previous figure or ranking
        for item in items:
            if tops and not isinstance(item, TopList) and any(
                    t.start <= (item.start() if isinstance(item, re.Match) else item.start) < t.end for t in tops):
                continue   # read with its list of regions
            if isinstance(item, TopList):
                self._read_top_list(state, item)
                floor = item.end
            elif isinstance(item, Figure):
                if taken and (any(r.start() <= item.start < r.end() for r in ranks) or
                              any(a <= item.start < b for a, b, _ in ratios)):
                    continue   # 居全市第一位: read as a ranking; 17.2:31.5:51.3 as shares
                between = self.body[floor:item.start]
                if ("是" in between or "其" in between) and (new := _NEXT_ITEM.search(self.body, floor, item.start)):
                    if _ITEM_NAMES.search(self.body, new.end(), item.start) or product_named(between):
                        self.topic = ""   # …总产356万公斤；四是…中药材生产基地5000亩，总产达到137万公斤: a new item's
                    self.item_start = new.start()   # (二是提升效益，总产量…: still the crop of the item before)
                elif ("；" in between or ";" in between) and (base := _NEXT_BASE.search(self.body, floor, item.start)):
                    if base[1]:   # (a base named by anything else: no crop of the item before)
                        self.topic = base_crop(base[1])
                    self.item_start = base.start()   # (…；建成…示范区3万亩: what it is about is said with its area)
                reason = self._read_figure(state, item, floor)
                if reason:
                    self.dropped.append(Dropped(item.start, item.end, item.text, reason))
                if item.unit_info.normalized == "mu":
                    state.unnamed_area = reason in _UNNAMED
                # 10万元以上的村: part of the next figure's name; 与第六次人口普查相比: an ordinal is a name's
                # 占年计划28亿元的80%: a plan before 的 is part of the share's name
                if reason not in _KEEPS_OWNER and self.body[item.start - 1:item.start] != "第" \
                        and not (self.body[item.end:item.end + 1] == "的" and (
                            reason == "a target or plan"
                            # 产能利用率达到100%的企业143户: a rate that says which firms are counted
                            or (reason == _ONE_PLACES and item.unit_info.normalized == "percent"))):
                    floor = item.end
            else:
                self._read_ranking(state, item, floor)
                floor = item.end()
        # (whether each structure is the earlier one of a span with the next: 由…的12.0:48.7:39.3转变为10.9:51.6:37.5)
        spans = [RATIO_THEN.fullmatch(self.body, a[1], b[0]) is not None for a, b in itertools.pairwise(ratios)]
        for k, (start, _, shares) in enumerate(ratios):
            if k < len(spans) and spans[k] \
                    and not any(0 <= start - p.end <= 6 and self.body[p.end:start].strip("的全县市区 ") == ""
                                for p in state.periods):
                self.dropped.extend(Dropped(f.start, f.end, f.text, _UNDATED_SPAN_START) for f, _ in shares)
                continue   # 由12.0:48.7:39.3转变为10.9:51.6:37.5: an undated first structure, no row of its own
            # (the later one of a span is dated as its sentence is before 由, not by the first one's 2005年的)
            at = start
            if k and spans[k - 1]:
                opened = list(_SPAN_FROM.finditer(self.body, state.start, ratios[k - 1][0]))
                at = opened[-1].start() if opened else state.start
            for fig, name in shares:
                state.observations.append(self._observation(state, fig, at, name, name, "share_or_rate", False))
        if "分别" in state.sentence.text and len(state.observations) >= 4:
            self._respective_spans(state)

    def _respective_spans(self, state: _Sentence) -> None:
        """城乡居民人均可支配收入分别从29661元、10391元增加到43364元、16117元: the first values all take
        the first one's period; regions listed before 分别从 (肃州区、金塔县一产占GDP比重分别从上年的9%、
        13.4%调整为8.5%、14.6%) pair with the first values in order, and again with the later ones."""
        for m in _RESPECTIVE_SPAN.finditer(self.body, state.start, state.end):
            after = [i for i, o in enumerate(state.observations) if o.value_start > m.start()]
            span = [state.observations[i] for i in after]
            n = next((k for k in range(1, len(span)) if _SPAN_TO_LIST.fullmatch(
                self.body[span[k - 1].value_end:span[k].value_start])), 0)
            if n < 2 or len(span) < 2 * n or any(a.name != b.name or a.unit_normalized != b.unit_normalized
                                                 for a, b in zip(span, span[n:2 * n], strict=False)):
                continue
            clause = clause_start(self.body, state.start, m.start())
            mentions = [r for r in self.context.mentions if clause <= r.start < m.start()]
            listed = [r.region for r in mentions] if len(mentions) == n and all(
                self.body[a.end:b.start] in ("、", "和", "及", "与") for a, b in itertools.pairwise(mentions)) else []
            first = span[0]
            for k, i in enumerate(after[:2 * n]):
                o = state.observations[i]
                if k < n:
                    o = replace(o, period=first.period, period_start=first.period_start, period_end=first.period_end)
                if listed:
                    o = replace(o, region_code=listed[k % n].code, region=listed[k % n].name)
                state.observations[i] = o

    def _read_top_list(self, state: _Sentence, top: TopList) -> None:
        """Regions a ranking lists (see constructions.top_lists): each its rank row, named for what the
        list ranks, and its figure, when the list pairs one with it."""
        measure = self.body[top.measure[0]:top.measure[1]]
        for period in state.periods:   # (金昌、兰州、天水前5月进出口总值: the period is no name)
            if top.measure[0] <= period.start and period.end <= top.measure[1]:
                measure = measure.replace(period.text, "")
        scope = _TOP_SCOPE.match(measure) if not top.again else None
        level = top.regions[0].level if top.regions else ""
        if scope:   # (a later list of the same level without one ranks among the same peers: 旅游总收入前五位的地区…)
            measure, self._top_scope = measure[scope.end():], (scope, level)
        elif self._top_scope is not None and self._top_scope[1] == level:
            scope = self._top_scope[0]
        measure = _TOP_NOISE.sub("", measure)
        cut = _GROWTH_WORD.search(measure)   # (工业固定资产投资增幅超全省平均水平: the investment's growth)
        growth = cut is not None
        # (3个县区生产总值超百亿元，分别为…: the level's name, not the band the regions are counted by)
        name, raw = self._named(state, measure[:cut.start()] if cut else _BAND_TAIL.sub("", measure))
        if not name:
            return
        where = "全省" if scope and scope[0] in _PROVINCE_SCOPES else scope[0] if scope else ""
        rank_name = f"{name}{'增速' if growth else ''}{where}排名"
        start, end = top.rank
        among = len(set(top.places)) == 1   # 前五位的地区: each is among the first five, no place stated
        for place, region, value in itertools.zip_longest(top.places, top.regions, top.values):
            if place is not None:
                rank = Figure(start, end, self.body[start:end], str(place), "", _RANK, float(place), None, 0.5,
                              among)   # (approximate: a bound, never compared with a place stated elsewhere)
                state.observations.append(self._observation(state, rank, top.measure[0], rank_name, raw,
                                                            "ranking", among, region=region))
            if value is None:
                continue
            if growth and value.unit_info.kind == "percent":
                # 张掖市(-5.1%); 负增长，…张掖市(5.1%): a fall either way
                sign = -1 if self.body[value.start - 1] in MINUS or (cut is not None and "负" in cut[0]) else 1
                state.observations.append(self._observation(
                    state, value, top.measure[0], name, raw, "growth_rate", False, value=sign * value.value,
                    region=region, change=(measure + value.text, sign * value.value, None, None)))
            elif not growth and value.unit_info.kind in ("amount", "count", "physical_quantity"):
                state.observations.append(self._observation(state, value, top.measure[0], name, raw,
                                                            _KINDS[value.unit_info.kind], False, region=region))

    # -- one figure ----------------------------------------------------------------------------

    def _owner(self, state: _Sentence, floor: int, at: int, end: int, total: bool = False) -> _Owner:
        """The phrase owning the figure at `at`..`end`: after the last clause boundary, period or
        earlier figure. `total`: the figure is an amount, count or quantity, which a list of things
        before it shares as one total (高原夏菜、优质牧草面积稳定在20万亩)."""
        start = max(floor, state.start)
        if self.body[at - 1:at] in "(（" and at > start and self.body[end:end + 1] in ")）":
            at -= 1   # 占全部投资比重(6.44%): a figure in brackets after its name is that name's
        boundary = _UP_TO_LAST_BOUNDARY.match(self.body, start, at)
        if boundary and self.body[boundary.end() - 1] == "、" and (
                industry := LISTED_INDUSTRY.search(self.body, max(start, boundary.end() - 20), at)) \
                and industry.start() < boundary.end() <= industry.end():   # 电力、热力、燃气及水生产和供应业: one
            # industry's name (its own 、, not the list's after it: 计算机、通信…制造业、专用设备制造业分别…)
            start = industry.start()
        elif boundary and self.body[boundary.end() - 1] == "、" \
                and (coordinated := coordinated_before(self.body, max(start, boundary.end() - 16), boundary.end(), at)):
            start = coordinated   # 新建、续建项目开工127项; 钢、铝产业链完成工业总产值: one name, its modifiers listed
        elif boundary and self.body[boundary.end() - 1] == "、" and total \
                and (listed := self._listed_total(start, boundary.end(), at, end)) is not None:
            start = listed
        else:
            start = boundary.end() if boundary else start
        if self.body[start - 1:start] in ")）" and (gloss := _GLOSS_BEFORE.search(self.body, max(floor, state.start),
                                                                                 start)) is not None:
            # 旅游业占全县GDP(国内生产总值)比重: a gloss on a term is no boundary
            boundary = _UP_TO_LAST_BOUNDARY.match(self.body, max(floor, state.start), gloss.start())
            start = boundary.end() if boundary else max(floor, state.start)
        for period in state.periods:
            if start < period.end <= at and not self.body.startswith(_SHARE_OF, period.start - 2):
                start = period.end   # (占去年全省招商引资到位资金的33.80%: the share's whole, its year no cut)
        term = self.quotes.holding(start) if state.quoted else None
        if term and term[1] <= at and term[1] - term[0] <= _QUOTED_TERM and term[0] >= state.start:
            # 共谋划“两个共同”示范县建设项目64项: 两个 inside a quoted term cuts nothing
            boundary = _UP_TO_LAST_BOUNDARY.match(self.body, state.start, term[0])
            lead = boundary.end() if boundary else state.start
            start = term[0] if _DIGIT.search(self.body, lead, term[0]) else lead
        quote = self.quotes.holding(at) if state.quoted else None
        words = self.body[quote[0] + 1:quote[1] - 1] if quote else None
        if words is not None and len(words) > _OFFICIAL_QUOTE and (_REGION_STATED.search(words) or (
                _REGION_DATED.search(words) and not _HOUSEHOLD_SPEAKING.search(words)) or (
                # “庄浪先后在…24条重点小流域推进…，共建成淤地坝66座…”…县水保站站长王耀东介绍说: an official
                # names the region and states its figures
                quote is not None and ((official := _OFFICIAL_AFTER.match(self.body, quote[1])) is not None
                                       and _NOT_OFFICIAL.search(official[0]) is None
                                       or (official := _OFFICIAL_BEFORE.search(self.body, max(0, quote[0] - 16),
                                                                               quote[0])) is not None
                                       and _NOT_OFFICIAL.search(self._speaker_before(official.start()) + official[0])
                                       is None
                                       # ”屈培宏告诉记者: an official the article named with their title before
                                       or (named := _NAME_SAYS.match(self.body, quote[1])) is not None
                                       and named["name"] in self._officials())
                and not _HOUSEHOLD_SPEAKING.search(words)
                and (REGION_WORD.search(words) is not None or self._names_main(words)
                     or (official is not None and self._names_main(official[0])   # (…”瓜州县国土局…负责人田亮说;
                         and _TOWNS_OFFICIAL.search(official[0]) is None)))):   # (not …黄羊川镇党委书记张斌说)
            words = None   # “今年前三季度，庆阳市地区生产总值完成823.76亿元…”: an official states the region's figures
        return _Owner(start, self.body[start:at], self.body[end:state.end], self.body[state.start:at], words)

    def _officials(self) -> frozenset[str]:
        """The people the article names with an official's title (西固区经合局副局长屈培宏告诉记者: 屈培宏), not a
        firm's or a village's; found once."""
        if self.official_names is None:
            self.official_names = frozenset(
                m["name"] for m in _OFFICIAL_NAMED.finditer(self.body)
                if _NOT_OFFICIAL.search(self._speaker_before(m.start()) + m[0]) is None)
        return self.official_names

    def _speaker_before(self, title_at: int) -> str:
        """The words naming who the official before a quotation works for, back to the clause's start
        (张家川县畜牧中心副主任: 张家川县畜牧中心; 甘肃中天羊业集团党委书记: …集团…)."""
        boundary = _UP_TO_LAST_BOUNDARY.match(self.body, max(0, title_at - 24), title_at)
        start = boundary.end() if boundary else max(0, title_at - 24)
        sentence_end = max(self.body.rfind(mark, start, title_at) for mark in "。！？\n")
        return self.body[max(start, sentence_end + 1):title_at]

    @staticmethod
    def _after_period(state: _Sentence, start: int, end: int) -> int:
        """Where a phrase from `start` to `end` begins once a period stated in it is left out."""
        for period in state.periods:
            if start <= period.start and period.end <= end:
                start = period.end
        return start

    def _names_main(self, words: str) -> bool:
        """Whether `words` name the article's region or one inside it (庄浪 in a 庄浪县 article; not
        天水市 where a co-operative sells its apples)."""
        main = self.main
        return main is not None and any(r.code == main.code or r.parent == main.code
                                        for _, _, r in gazetteer().find(words))

    def _listed_total(self, floor: int, after_mark: int, at: int, end: int) -> int | None:
        """Where a list of things that one total after it is about starts (建成牦牛、藏羊育肥小区25个,
        到位国家、省市资金9.11亿元), or None when the list is not one: figures or 等 inside it, 分别, 均 or
        各 sharing the value, a rate, price or share (刑事、治安案件发案率: each its own), verbs listed
        (新增、盘活停车位) or another figure after it."""
        start = clause_start(self.body, floor, after_mark)
        phrase = self.body[start:at]
        if start >= after_mark - 1 or len(phrase) > _LISTED_TOTAL_CHARS or _NOT_A_TOTAL.search(phrase) \
                or _JOINED_FIGURE.match(self.body, end) \
                or (start == floor and self.body[floor - 1:floor] not in _BEFORE_A_CLAUSE):
            return None   # (108个项目、总投资668亿元: the noun of the figure before, then a measure)
        items = phrase.split("、")
        if len(items) > 6 or any(len(item) < 2 or _CUT_ITEM.fullmatch(item) for item in items) \
                or "的" in items[-1] \
                or parse_number(self.body[at:end].rstrip("个家项座处种")) == len(items):
            return None   # (冷藏运输韭菜、韭薹的冷冻库: a list inside a modifier; 认证榆中菜花、榆中大白菜、
            # 榆中莲花菜农产品地理标志产品3个: the three, each one)
        return start

    def _scope(self, state: _Sentence, at: int) -> str:
        """Who a figure belongs to: its clause, with the sentence's first clause when the clause
        has no subject of its own (该项目总投资2.3亿元，年产值5亿元: both the project's)."""
        start = clause_start(self.body, state.start, at)
        clause = self.body[start:at]
        if start == state.start or self._has_subject(clause):
            return clause
        subject = self._earlier_subject(state, start)
        if subject >= 0:
            return self.body[subject:at]
        if state.head is None:
            body, head_start = self.body, state.start
            first = _CLAUSE_MARK.search(body, head_start, state.end)
            periods: set[str] | None = None
            # 近年来，据介绍，2019年，: lead words and periods are no subject (去年底，富民新村集体经济
            # 收入达189.88万元，农民人均…: the village's)
            while first is not None and first.start() - head_start <= _PERIOD_CLAUSE:
                lead = body[head_start:first.start()].strip()
                if not _LEAD_CLAUSE.fullmatch(lead) and _SPEAKER_LEAD.fullmatch(lead) is None:   # (刘生忠介绍，)
                    if periods is None:
                        periods = {p.text for p in state.periods}
                    if lead not in periods and lead.removeprefix("今年").removeprefix("去年") not in periods:
                        break   # (今年4月以来: 4月以来 the period)
                following = _CLAUSE_MARK.search(body, first.end(), state.end)
                if following is None:
                    break
                head_start, first = first.end(), following
            state.head = body[state.start:first.end()] if first else ""
            if _ADVERBIAL.match(body, head_start):   # 依托畜牧产业示范园区建设，…养殖场3个: a means, no subject
                state.head = ""
        return self.body[state.start:at] if len(state.head) > start - state.start else state.head + clause

    def _earlier_subject(self, state: _Sentence, start: int) -> int:
        """Where the nearest clause before the one at `start` (after a clause mark) with a subject of
        its own starts, or -1 when none but the first may have one: the clause just before, else
        that clause's own answer. Each clause's answer is kept (state.subjects): the figures of a
        sentence ask of each earlier clause once, not once per figure."""
        if state.marks is None:
            state.marks = [m.start() for m in _CLAUSE_MARK.finditer(self.body, state.start, state.end)]
        asked: list[int] = []   # the clauses whose answer is the one found
        clause, found = start, state.subjects.get(start)
        while found is None:
            asked.append(clause)
            i = bisect.bisect_left(state.marks, clause - 1)   # the mark ending the clause before
            if i == 0:
                found = -1   # (the sentence's first clause is its head: see _scope)
                break
            earlier_start = state.marks[i - 1] + 1
            earlier = self.body[earlier_start:clause - 1]
            # …，而在甘谷县全县花椒种植面积达22万亩，年产量达1.2万余吨: the county's; but not 其中 and a part
            # of the head's, nor a list of names (兰州久和汽配城、九合小微产业园…5个重点项目已开工，完成投资…)
            if not ((earlier.startswith("其中") and len(earlier) > 2) or "、" in earlier) \
                    and self._has_subject(earlier):
                found = earlier_start
            else:
                clause, found = earlier_start, state.subjects.get(earlier_start)
        for c in asked:
            state.subjects[c] = found
        return found

    def _has_subject(self, clause: str) -> bool:
        """Whether a clause opens with a subject of its own (全县…, 临泽县…, 而在甘谷县全县…)."""
        if clause[:1] in _SUBJECT_FIRST:
            return _SUBJECT_OWN.match(clause) is not None or self.region_at_start(clause) is not None \
                or self._own_subject_after_connective(clause)
        if clause[:1] in _LEAD_FIRST and _SUBJECT_OWN.match(clause) is not None:
            return True   # 目前全县百合种植面积已达9.2万亩 (after 站在园子岔乡的梯田上，…介绍，): the county's
        return self.region_at_start(clause) is not None or (
            "区" in clause[:12] or "园" in clause[:12]) and _PARK_OPENING.match(clause) is not None \
            or _SPOT_CHAR.search(clause, 0, 16) is not None and SPOT_OPENING.match(clause) is not None \
            or clause[:1] == "这" and THIS_ONE_CLAUSE.match(clause) is not None
        # (…有限公司…正在加紧建设；黄羊工业园区开工建设项目65项: the park's, so its county's)

    @staticmethod
    def _own_subject_after_connective(clause: str) -> bool:
        """而在甘谷县全县…, 但全县…: a subject of its own after a connective (在六峰镇…，而在甘谷县全县花椒种植
        面积达22万亩: the county's). A place after 在 alone is where, not who (在东乡县建设原原种基地80多亩)."""
        m = _CONNECTIVE.match(clause)
        if m is None:
            return False
        rest = clause[m.end():]
        found = gazetteer().at_start(rest)
        if found:
            rest = rest[found[0]:]
        return _SUBJECT_OWN.match(rest) is not None or (found is not None and "在" not in m[0])

    def _read_figure(self, state: _Sentence, fig: Figure, floor: int) -> str | None:
        """Adds the figure to the sentence's observations (or to an earlier one as its change);
        returns why it was dropped, or None."""
        never = unit_reason(fig)
        if never:
            return never
        owner = self._owner(state, floor, fig.start, fig.end, fig.unit_info.kind in _TOTAL_KINDS)
        state.at = fig.start
        fig, multiple = self._as_percent_change(fig, owner) if fig.unit == "倍" else (fig, False)
        park = self.first_park < state.start
        reason = reject_reason(RuleContext(fig, owner.before, owner.after, owner.text, owner.quote,
                                           lambda: self._scope(state, fig.start), park,
                                           lambda: self.context.settled(self._period(state, fig.start, peek=True)),
                                           lambda: self.context.begun(self._period(state, fig.start, peek=True))))
        if reason is None and 0 <= self.protagonist < fig.start \
                and not (self.context.subject_between if self.headline_town else self.context.names_region)(
                    max(state.start, self.protagonist, (lies.end() if (lies := _WHERE_IT_LIES_CLAUSE.match(
                        self.body, self.protagonist)) else 0)), fig.start):   # (a town's feature: a region as a subject
            # takes it back, not one it sits beside: 依托东临张掖经济技术开发区…，种植制种玉米8.1万亩)
            reason = "one person's or enterprise's own figure"   # 村民车红民…。车红民家建了3个大棚
        if reason is None and state.giver_goes_on and before_not_own("，" + self.body[state.start:fig.start], 0):
            reason = "another province's figure"   # …东丽区…量身定制帮扶方案。五年来，累计…拨付财政援助资金6.59亿元
        if reason is None and fig.unit_info.normalized in _SPOT_UNITS and self._in_spot_list(state, fig.start) \
                and not REGION_WORD.match(owner.text):
            reason = _ONE_PLACES   # 全省主要旅游景区接待情况为：宕昌官鹅沟5.8万人次、天水麦积山5.78万人次…
        if reason is None and (self._opens_with_one_project(state)
                               or "；" in state.sentence.text and self._part_opens_with_one_project(state, fig.start)) \
                and not REGION_WORD.search(self.body, state.start + 1, fig.start):
            # (…项目，位于陇西县文峰镇，总投资10亿元: the project's; …，今年以来全县已累计完成…: the county's again)
            reason = "one project's or enterprise's own figure"   # 平山湖一号矿井开发项目是…，计划总投资约37亿元
        if reason is None and fig.unit_info.normalized == "yuan" and owner.text in _PROJECT_MEASURE_ALONE \
                and self._after_one_project(state, owner.start):
            reason = "one project's or enterprise's own figure"   # …风电项目，总投资3亿元；…幼儿园项目，总投资0.5亿元
        if reason is None and fig.unit_info.normalized == "yuan" and self.dropped \
                and (project := self.dropped[-1]).reason in (_ONE_PLACES, _PROJECTS_NAME) \
                and _PROJECT_PROGRESS.fullmatch(owner.text) is not None \
                and self._goes_on_about(project.end, state, fig.start):
            reason = _ONE_PLACES   # 启动实施了总投资400万元的度假村建设项目，目前已到位资金150万元: that project's
        if reason == _ONE_PLACES and (state.set_of_projects or owner.text.startswith("项目") and state.observations
                                      and (counted := state.observations[-1]).name.endswith("项目")
                                      and counted.unit_normalized == "count"
                                      and self.body[counted.value_end:owner.start].strip("，,、 ") == ""):
            reason, state.set_of_projects = None, True   # 前期项目22个，项目总投资74.4亿元，累计完成投资16.42亿元:
            # the projects just counted, not one project
        if reason is None and self.dropped and ("其中" in owner.before or self.body.startswith("其中", state.start)) \
                and (whole := self._whole_dropped(state, fig.start)) is not None \
                and (("其中" in owner.before and state.start <= whole.start)
                     or (whole.reason == _ONE_DAY and self.body.startswith("其中", state.start) and state.index
                         and self.sentences[state.index - 1].start <= whole.start)) \
                and not any(o.value_start > whole.start for o in state.observations):
            reason = whole.reason   # 九合镇桃树种植10299亩，其中白凤桃3700亩: a part of one town's area
            # (松鸣岩景区…接待游客17.97万人次，其中省外游客5.14万人次: one spot's)
        if reason is None and fig.unit_info.kind == "percent" \
                and self.body[fig.start - 1:fig.start] in _OPENING_BRACKETS \
                and (basis := _GROWTH_BASIS_BEFORE.search(owner.text)) is not None \
                and (grown := next((o for o in reversed(state.observations) if o.change_pct is not None), None)):
            # 增长17.28%，增幅比去年同期(20.57%)下降3.29个百分点: the same indicator's growth a year earlier
            start, end = basis_period(basis[1], grown.period_start, grown.period_end)
            state.observations.append(replace(self._observation(
                state, fig, owner.start, grown.name, grown.raw_name, "growth_rate", fig.approx,
                change=(fig.text, fig.value, None, None)), period=basis[1], period_start=start, period_end=end))
            return None
        if reason == "a change of a growth rate" and fig.unit_info.kind == "point" and state.observations \
                and (grown := state.observations[-1]).kind == "growth_rate" and grown.change_points is None \
                and (rate := _RATE_CHANGE_OWNER.fullmatch(owner.text.strip("，, "))) is not None:
            # 同比上涨1.0%，涨幅比上月扩大0.1个百分点: that growth's own change, in points, no row of its own
            sign = -1 if rate["verb"] in _RATE_FELL else 1
            self._add_change(state, fig, owner.start, len(state.observations) - 1, sign, owner.text + fig.text,
                             fig.approx)
            return None
        part = reason is None and state.planned_at >= 0 and self._part_of_plan(state, fig)
        if part:
            reason = "a target or plan"   # 规划装机4800万千瓦以上，其中风电装机1700万千瓦: the plan's parts
        if reason:
            if reason == "a target or plan" and not part:
                state.planned_at, state.planned_unit = fig.end, fig.unit_info.normalized
            if reason == "a target or plan" and fig.unit_info.normalized == "count" and owner.text.endswith("项目"):
                plan = owner.text.rfind("计划")   # 计划建设重点项目63项，总投资216.4亿元: theirs (计划投资7.4亿元，
                self.topic = owner.text[plan:].replace("的", "") if plan >= 0 \
                    else name_of(owner.text)[0] or self.topic   # 谋划实施…等农林水利项目42项: those projects')
            elif reason == "a target or plan" and fig.unit_info.normalized == "count" and "计划" in owner.text[-8:] \
                    and (planned := _PLANNED_COUNT_OF.match(owner.after)) is not None:
                plan = owner.text.rfind("计划")   # 全县今年计划实施的120个项目中，已开工60个: the planned ones',
                self.topic = owner.text[plan:].replace("的", "") + planned[1]   # not a ceremony's told before
            return reason
        if state.future and (period := self._period(state, fig.start, peek=True)) is not None \
                and _begins_after(period, self.published_at[:10]):
            return "a target or plan"   # 计划到2020年，新栽苹果10万亩 in 2015: a period not begun is no result
        tail = owner.text[-_TAIL_CHARS:]   # the patterns below end the owner: search its tail only
        approx = fig.approx or (tail[-1:] in _APPROX_ENDS and _APPROX_BEFORE.search(tail) is not None) \
            or owner.after.startswith(_APPROX_AFTER) \
            or ("预计" in owner.before   # a preliminary figure: 预计 in its clause
                and "预计" in self.body[clause_start(self.body, state.start, fig.start):fig.start]) \
            or state.estimate   # or opening the sentence
        unit_kind = fig.unit_info.kind
        growth = _GROWTH.search(tail) if unit_kind in ("percent", "point") \
            and _GROWTH_ENDS.search(tail, len(tail) - _GROWTH_REACH) else None
        if growth is None and unit_kind == "percent" and (multiple or fig.form == "doubling" or
                                                          _GROWTH_AFTER.match(owner.after)):
            growth = _NO_VERB.search(tail)   # 翻一番, 保持两位数增长, 15%以上的增速: a growth, no verb before
        absolute = _ABS_CHANGE.search(tail) if unit_kind not in ("percent", "point") \
            and _ABS_CHANGE_ENDS.search(tail, len(tail) - _ABS_CHANGE_REACH) else None
        if absolute is not None and "月" in absolute[0] and _MONTH_BEFORE.search(absolute[0]):
            return "an amount's change against the month before"   # 12亿千瓦时，比上月增加1.2亿千瓦时: not its change
        if absolute is None and "分别" in tail and unit_kind not in ("percent", "point") \
                and _COMPARED_CLAUSE.search(self.body, state.start, owner.start) is not None:
            # 与2005年相比较，面积和产量分别增加了102.6万亩和40万吨: changes against the basis said before
            absolute = _ABS_AFTER_COMPARED.search(tail)
        if absolute is not None and ((groups := absolute.groupdict()).get("net") or groups.get("verb") or "")[-1:] \
                in ("收", "支") \
                and not any(o.unit_normalized == fig.unit_info.normalized for o in state.observations[-2:]):
            absolute = None   # 种植花椒50万亩，增收2.1亿元: no change of the area's (an amount of its own); the
            # last two rows, as a share may stand between (42100万元，完成预算的85.0%，减收4800万元: the amount's)
        change = growth or absolute
        if state.folds and owner.text.strip() in _JOINERS and not change:
            index, first_owner = state.folds.pop(0)
            self._fold_growth(state, fig, first_owner, index, approx, state.list_head)
            return None
        state.folds.clear()
        if state.levels and owner.text.strip() in _JOINERS and not change:
            name, raw = state.levels.pop(0)
            region = state.level_regions.pop(0) if state.level_regions else None
            zone = state.level_zones.pop(0) if state.level_zones else None
            state.observations.append(self._observation(state, fig, owner.start, name, raw, _KINDS[unit_kind],
                                                        approx, region=region, head=state.list_head, zone=zone))
            return None
        state.levels.clear()
        state.level_regions.clear()
        state.level_zones.clear()
        if state.years and owner.text.strip() in _JOINERS and state.observations:   # 分别为1800户、2100户
            last = state.observations[-1]
            state.observations.append(self._observation(state, fig, owner.start, last.name, last.raw_name,
                                                        last.kind, approx))
            return None
        if state.respectively and owner.text.strip() in _JOINERS:
            target, sign, region = state.respectively.pop(0)
            self._add_change(state, fig, owner.start, target, sign, fig.text, approx, region)
            return None
        state.respectively.clear()
        if state.compared is not None and (change or _BASIS_CHANGE.match(owner.text.strip())):
            sign = -1 if any(w in owner.text for w in _NEGATIVE) or "减" in owner.text else 1
            self._add_change(state, fig, owner.start, state.compared, sign, owner.text.strip() + fig.text, approx)
            return None   # a change of the figure the basis value was compared with
        state.compared = None
        if change:
            return self._read_change(state, fig, owner, change, approx, absolute is not None, multiple)
        return self._read_level(state, fig, owner, floor, approx)

    def _as_percent_change(self, fig: Figure, owner: _Owner) -> tuple[Figure, bool]:
        """增长2.3倍 is +230%, 是上年的2.3倍 is +130%: a multiple read as a percent change (and
        whether it is one)."""
        if fig.unit != "倍":
            return fig, False
        tail = owner.text[-_TAIL_CHARS:]
        times = Decimal(fig.value).quantize(Decimal("0.000001"))
        if _GROWTH.search(tail):
            value = times * 100
        elif _TIMES_OF.search(tail):
            value = (times - 1) * 100
        else:
            return fig, False
        return replace(fig, unit_info=_PERCENT, value=float(value), precision=fig.precision * 100), True

    def _read_change(self, state: _Sentence, fig: Figure, owner: _Owner, change: re.Match[str],
                     approx: bool, absolute: bool, multiple: bool = False) -> str | None:
        tail = owner.text[-_TAIL_CHARS:]
        if _SEVERAL_YEARS_AVERAGE.search(tail):   # 比上年增长8%，两年平均增长6%: the growth is stated
            return "an average growth over several years"
        groups = change.groupdict()   # (built once: the three patterns have different groups)
        sign = -1 if change["verb"] in _NEGATIVE or groups.get("minus") \
            or groups.get("net") in _NEGATIVE or (not change["verb"] and _FALL_AFTER.match(owner.after)) \
            else 1   # (达到2006元，净增107元: its change; 以年均20%的速度减少: a fall)
        said = owner.text[:len(owner.text) - len(tail) + change.start()]
        nominal = "名义" in said   # 名义增长率为5.3%, 名义地区生产总值增长率: at current prices, a series of its own
        real = said.endswith("实际")   # (实际增长率: at comparable prices, as 增长)
        said = said.replace("名义", "").removesuffix("实际")
        name, raw = ("", "") if multiple and _TIMES_OF.search(tail) else self._named(state, said)
        if said.strip("，, ") in _PER_UNIT_WORDS and not name and state.observations \
                and not _PER_UNIT_NAME.search(state.observations[-1].name):
            return "a change per unit, not the figure's"   # 推广…10万亩，亩均增产15%: the yield's
        if name in _BALANCES:
            name = self._same_kind_of_balance(state, name, raw)
        elif name and len(name) <= 10 and "价" not in name and "指数" not in name \
                and not _STATES_A_MEASURE.search(name) and lexicon().canonical(name) is None \
                and not raw.startswith(_SCOPE_OPENS) and (index := self._price_index_parted(state, fig.start)):
            # 居民消费价格总水平上涨1.8%。其中，衣着上涨0.6%: the price of clothing (城市上涨1.4%: the city's index)
            name = name + index if name in _PRICE_PLACES else name + "价格"
        if name.endswith(_PRICE_WHOLE_ENDS) and change["basis"] is None \
                and not _BASIS_SAID.search(owner.text, len(owner.text) - len(tail)) \
                and self._month_on_month(state, fig.start):
            name += "环比"   # 从环比变动情况来看，食品烟酒价格上涨1.7%: against the month before, as the paragraph says
        if name.startswith(("较", "比")) and _BASIS_NAME.fullmatch(name):
            return "no clear indicator name"   # …增至7.5万P，较去年底增长36%: a basis names nothing
        change_text = owner.text[len(owner.text) - len(tail) + change.start():] + fig.text
        if not change["verb"] and (average := _AVERAGE_RATE_END.search(tail)) \
                and (speed := _GROWTH_AFTER.match(owner.after)):
            change_text = average[0] + fig.text + speed[0]   # 以年均12%的速度增长: the words say it is an average
        joined = _MORE_FIGURES.match(owner.after)
        # 16.2亿元、8亿元，增长17.3%和38.2%: a bare change list pairs with the figures before it
        respectively = "分别" in owner.text or multiple or (not name and joined is not None)
        n = 1 + (sum(joined[0].count(c) for c in "%％倍点") if joined and respectively else 0)   # (点: 个百分点)
        units: list[str] = []
        if absolute and "分别" in owner.text:   # 牛、羊较2021年分别增加8.3万头、59.8万只
            n = 1 + _joined_figures(owner.after)
            later = [f.unit_info.normalized for f in find_figures(owner.after[:80])]
            units = [fig.unit_info.normalized, *later[:n - 1]]
        regions = self._listed_regions(state, owner, fig.start) if n > 1 else []
        if fig.unit_info.kind == "point" and name in _GROWTH_ITSELF and state.observations \
                and state.observations[-1].change_pct is not None:
            return "a change of a growth rate"   # 增长13.69%，增幅比去年同期提高3.88个百分点
        targets: list[Target] | None
        if real and not nominal and n == 1 and state.observations \
                and state.observations[-1].name.endswith("名义增长率"):   # 名义增长8.1%，实际增长6.2%: the level's
            of_real = state.observations[-1].name.removesuffix("名义增长率")
            level = next((i for i in range(len(state.observations) - 1, -1, -1)
                          if state.observations[i].name == of_real
                          and state.observations[i].kind != "growth_rate"), None)
            targets = [level] if level is not None else [(of_real, raw)]   # (名义…增长率为7.2%，实际增长率为5.8%)
        elif nominal:   # (…GDP总值共计13697.5亿元，…，名义增长率为5.3%: the total's, never its real growth)
            of = name or next((o.name for o in reversed(state.observations) if o.kind == "amount"), "") \
                or ("地区生产总值" if _GDP_SAID.search(self.body, self.body.rfind("\n", 0, state.start) + 1, fig.start)
                    else "")   # (…GDP总值分别为…。其中庆阳市…，但其名义增长率1.8%: the paragraph's GDP)
            targets = [(of + "名义增长率", raw)] if of and n == 1 else None
        else:
            targets = self._change_targets(state, owner, name, raw, n, regions, fig.unit_info.kind, fig.form, units,
                                           fig.unit_info.normalized if absolute else "")
        if targets is None and not state.observations and n == 1 \
                and (aspect := _ASPECT.match(self.body, state.start, fig.start)) is not None \
                and (topic := name_of(aspect[1])[0]):
            targets = [(topic, aspect[1])]   # 固定资产投资方面，一季度全省同比增长13.4%: the aspect's growth
        if targets is None and not absolute and _RATE_ONLY.fullmatch(owner.text.strip()) \
                and (own_clause := clause_start(self.body, state.start, owner.start)) > state.start \
                and (moved := _ONLY_MOVED.fullmatch(self.body, clause_start(self.body, state.start, own_clause - 1),
                                                     own_clause - 1)) is not None \
                and (moved_name := name_of(moved["name"])[0]) \
                and (lexicon().canonical(moved_name) or measures_product(moved_name)):
            targets = [(moved_name, moved["name"])]   # 小麦面积大幅减少，减幅达17.08%: that measure's growth
        if targets is None or (absolute and not all(isinstance(t, int) for t in targets)):
            return "a change with no indicator it belongs to"
        if len(targets) == 1 and not isinstance(targets[0], int):   # a growth row of its own
            basis = change["basis"] or _BASIS.search(self.body, state.start, fig.start) \
                or _AVERAGE_RATE_END.search(tail)   # 年均以66%的速度递增: over the years before
            has_period = self.context.period_for(state.index, fig.start) is not None
            reason = reject_change(has_basis=bool(basis), has_period=has_period)
            if reason:
                return reason
            # 葡萄酒、生铁、钢、铝材产量增速均达到50%: every listed indicator's growth
            shared = self._names_sharing(state, owner, len(owner.text) - len(tail) + change.start()) \
                if groups.get("all") else []
            for each in shared:
                self._add_change(state, fig, owner.start, each, sign, change_text, approx)
            if shared:
                return None
        if (header := self.categories) is not None and header.end() <= owner.start:
            # 其他七大类价格环比呈现…态势，居住、衣着、交通和通信分别上涨…: the categories' prices, as listed
            # (交通和通信 one category), in its sentence and the paragraph's after it
            first = clause_start(self.body, max(header.end(), state.start), owner.start)
            listed = self.body[first:owner.start + len(owner.text)].partition("分别")[0].split("、")
            items = [_BASIS_TAIL_WORDS.sub("", name_of(item)[0] or clean(item)) for item in listed]
            if len(targets) > 1 and len(items) == len(targets) and all(items):
                targets = [(item, item) if not isinstance(t, int) else t
                           for item, t in zip(items, targets, strict=True)]
            # (与上月相比，食品类下降0.5% after a 同比 header: the later lead says)
            lead = leads[-1] if (leads := list(_BASIS_LEAD.finditer(self.body, header.end(), fig.start))) else None
            month = self._lead_says_month_before(state, lead, fig.start) if lead is not None \
                else header["basis"] == "环比" or (not header["basis"] and self._month_on_month(state, fig.start))
            targets = [((t[0] if "价" in t[0] else t[0] + "价格")
                        + ("环比" if month and "环比" not in change_text and not t[0].endswith("环比") else ""), t[1])
                       if not isinstance(t, int) and not _STATES_A_MEASURE.search(t[0]) and t[0] not in _PRICE_PLACES
                       else t   # (城市上涨2.1%: the index's place, named with the index elsewhere)
                       for t in targets]
        if _MONTH_BEFORE.search(change_text) or (
                "比" in state.sentence.text and not _BASIS_SAID.search(change_text)
                and (leads := list(_BASIS_LEAD.finditer(self.body, state.start, owner.start)))
                and self._lead_says_month_before(state, leads[-1], fig.start)):
            # 环比上涨0.1%, 比上月增长3.2%, 与上月相比，…增长3.2%: against the month before, a series apart from 同比's
            targets = [(t[0] + "环比", t[1]) if not isinstance(t, int) and not t[0].endswith("环比") else t
                       for t in targets]
        region_of = regions if len(regions) == len(targets) else [None] * len(targets)
        state.respectively = [(t, sign, r) for t, r in zip(targets[1:], region_of[1:], strict=True)]
        last_year = None
        own = targets[0] if len(targets) == 1 and not isinstance(targets[0], int) else None
        if own is not None:
            if (last_year := _LAST_YEARS_GROWTH.fullmatch(own[0])) is not None:
                targets = [(name_of(last_year[1])[0] or last_year[1], own[1])]   # GDP在去年同期15.2%增速基础上
            elif own[0].endswith("基础上") and state.observations \
                    and _LAST_YEARS_GROWTH.fullmatch(state.observations[-1].raw_name) is not None:
                targets = [(state.observations[-1].name, own[1])]   # …增速基础上增长20.1%: the same indicator's
        self._add_change(state, fig, owner.start, targets[0], sign, change_text, approx, region_of[0])
        if last_year is not None:   # (last year's growth, a year before the period: the base this year's grew on)
            row = state.observations[-1]
            start, end = basis_period("去年同期", row.period_start, row.period_end)
            state.observations[-1] = replace(row, period_start=start, period_end=end)
        return None

    def _change_targets(self, state: _Sentence, owner: _Owner, name: str, raw: str, n: int,
                        regions: list[Region], unit_kind: str, form: str = "",
                        units: list[str] | None = None, unit: str = "") -> list[Target] | None:
        """What a change goes to: earlier observations of the sentence (分别 pairs them in order),
        the observations of the sentence before (二者分别…), or a growth row of its own named
        `name`; None when it goes to nothing. `units`: the units of absolute changes listed, which
        their figures must share."""
        observations = state.observations
        if units:   # 高原夏菜、食用菌、牛、羊较2021年分别增加5.9万亩、5914万袋…: by name, each in its unit
            head = self.body[clause_start(self.body, state.start, owner.start):owner.start + len(owner.text)]
            items = _LIST_MARKS.split(_BASIS_TAIL.sub("", head[:head.rfind("分别")]))
            stated = [next((i for i in range(len(observations) - 1, -1, -1) if item
                            and observations[i].name.endswith(item) and observations[i].unit_normalized == unit),
                           None) for item, unit in zip(items, units, strict=False)]
            if len(stated) == n and all(i is not None for i in stated) and len(set(stated)) == n:
                return [i for i in stated if i is not None]
            last = observations[-n:]
            return list(range(len(observations) - n, len(observations))) if len(last) == n and all(
                o.unit_normalized == unit for o, unit in zip(last, units, strict=True)) else None
        if not observations and self.previous is not None and len(self.previous.observations) >= n and (
                _RESPECTIVE_SUBJECT.match(owner.text) or self._names_previous(owner.text, n)):
            self._borrow(state)   # 二者分别较2019年同期增长12%和15%
            base = len(state.observations) - n
            return list(range(base, base + n))
        if n == 1 and name and not observations and self.previous is not None and not state.periods \
                and unit_kind == "percent" and not _NOT_YEARLY.search(owner.text) \
                and self.previous.sentence.paragraph == state.sentence.paragraph \
                and (named_at := self._named_again(state, owner, name)) is not None:
            self._borrow(state)   # …实现地区生产总值40.03亿元…。全县地区生产总值同比增长2.5%: that level's change
            state.named_again = (named_at, len(state.observations))   # (what a rank right after it ranks)
            return [named_at]
        if n > 1 and "分别" in owner.text and _NO_SUBJECT.fullmatch(name):
            name = ""   # 接待游客…，旅游综合收入…，较2020年分别增长362%和317% (两项指标分别…, 前七日分别…): theirs
        if n > 1 and len(observations) >= n and (not name or self._names_listed(owner.text, n, observations)):
            # (优质产业项目82个、总投资256亿元，优质产业项目和总投资分别增长21%、28%: the figures named again)
            # (共接待游客112.2万人次，其中过夜…，一日游…，实现旅游综合收入6.4亿元，同比分别增长33.2%和41.1%: the
            # wholes', not the parts' after 其中)
            wholes = self._wholes(observations) if "其中" in state.sentence.text else []
            if state.bracketed:   # (…200亿元（甘州区90亿元），分别增长15%和20%: the wholes', not a part's)
                wholes = [i for i in range(len(observations)) if self._outside_brackets(state, i, owner.start) == i]
            if len(wholes) >= n and wholes[-n:] != list(range(len(observations) - n, len(observations))):
                return [*wholes[-n:]]
            return list(range(len(observations) - n, len(observations)))
        if n > 1 and len(regions) == n and name:
            return [(name, raw)] * n   # 崇信县、华亭市收入分别增长8.2%、7.1%
        if n > 1 and (names := respective_names(owner.text, n)   # 城乡居民…分别增长6.1%和7.6%
                      or respective_names(self.body[self._after_period(state, clause_start(
                          self.body, state.start, owner.start), owner.start):owner.start + len(owner.text)], n)):
            return list(names)   # 电解镍、精炼铜、铁产量分别增长…: the list is before the owner's 、 (and after
            # its period: 2024年规上工业增加值、工业增加值分别增长42.2%、24.2%)
        if n > 1 and not name and owner.text.lstrip("，, ").startswith("分别") \
                and (remark := self._remark_before(state, owner.start)) \
                and (names := _prices_listed(remark, n) or respective_names(remark, n)):
            return list(names)   # 食品和居住类价格涨幅较高，分别上涨3.9%和7.2%: what the remark named
        if n > 1 and name and "分别" in owner.text and (subjects := self._subjects_before(state, owner, name, n)):
            return list(subjects)   # 发展成果惠及城乡居民，其人均可支配收入年均增速分别为6.1%和7.9%
        if n > 1 and "分别" in owner.text and (measure := _LISTED_MEASURE_START.match(clean(owner.text))) \
                and (again := self._same_subjects(state, measure[0], n, growths=True)):
            return list(again)   # 生猪、牛、羊、家禽出栏分别增长…，存栏同比分别增长4.2%、5.5%…: the same animals'
        if n == 1 and not name and observations and "美元" in state.sentence.text \
                and (unread := _UNREAD_AMOUNT.search(
                    self.body[state.start:clause_start(self.body, state.start, owner.start)])) is not None \
                and state.start + unread.start(1) > observations[-1].value_end \
                and not unread[1].startswith(_CONVERTED):
            return None   # 新设外商投资企业36家，实际利用外资约1.1亿美元，同比增长43.5%: the dollars' change, no row's
        previous_at = self._outside_brackets(state, len(observations) - 1, owner.start) if observations else -1
        if previous_at > 0 and unit_kind == "percent" and not name \
                and observations[previous_at].kind == "share_or_rate" \
                and observations[previous_at].name.startswith(observations[previous_at - 1].name + "占"):
            previous_at -= 1   # 完成20亿元，完成年计划的80%，同比增长5%: the amount's growth, past its share
        while previous_at > 0 and unit_kind not in ("percent", "point") and not name \
                and observations[previous_at].unit_normalized == "percent":
            previous_at -= 1   # 42100万元，完成预算的85.0%，…，减收4800万元: an amount's change, past the shares
        previous = observations[previous_at] if observations else None
        if previous is not None and unit and previous.unit_normalized != unit:
            return None   # 50万亩，比上年增加2.1亿元: an absolute change is of a figure in its own unit only
        if _DURATION.fullmatch(name):   # 由3.3%提升至10.3%，四年跃升7个百分点: how long, not what
            name = ""
        if previous is not None and name in ("比重", "占比") and previous.kind == "share_or_rate":
            name = previous.name   # 占…的比重为38.2%，比重较上年提升5.5个百分点: that share's change
        if previous is not None and not name and unit_kind == "percent" and "环比" in owner.text[-_TAIL_CHARS:] \
                and previous.kind not in ("growth_rate", "ranking", "share_or_rate"):
            return [(previous.name, previous.raw_name)]   # 接待游客120万人次，环比增长35%: a 环比 row of its own,
            # never the level's change (the 同比 growth after it is)
        if previous is not None and (not name or name == previous.name) and (
                (previous.kind not in ("growth_rate", "ranking") and (previous.change == "" or (_complements(
                    previous, unit_kind) and "年均" not in owner.text[-_TAIL_CHARS:])))   # (较去年同期增加31亿元、
                # 同比增长21%: both the amount's; not an average over years, 较“十五”末净增…，年均增长39.06%)
                or (previous.kind == "growth_rate" and unit_kind == "point" and previous.change_points is None)):
            return [previous_at]   # 增长13.1%，比上年同期提高9.2个百分点: the growth's change
        if name and unit_kind == "percent" and (named_at := next(
                (i for i in range(len(observations) - 2, -1, -1) if observations[i].name == name
                 and observations[i].kind not in ("growth_rate", "ranking") and observations[i].change == ""),
                None)) is not None:   # 共接待游客122.9万人次，旅游综合收入…，接待游客同比增长22.88%: the visitors'
            return [named_at]
        if n > 1 and name and "分别" in owner.text and unit_kind == "percent" \
                and (years := year_list(state.periods, owner.start, n, self.body)):
            state.years = years   # 2021-2025年地区生产总值增速分别为7.1%、4.6%…: one growth a year
            return [(name, raw)] * n
        if not name and form == "digits" and previous is not None and previous.kind != "ranking":
            return [(previous.name, previous.raw_name)]   # 增长28.5%，…连续5个月保持两位数增长: its own row
        if not name and n == 1 and unit_kind == "percent" and previous is not None and previous.kind == "growth_rate":
            # (a period between it and the growth before)
            dated = any(previous.value_end <= p.start and p.end <= owner.start + len(owner.text) for p in state.periods)
            said = owner.text[-_TAIL_CHARS:]   # (同比上涨3.1%，比上月上涨0.5%: the other basis, the same index's)
            if bool(_MONTH_BEFORE.search(previous.change)) != bool(_MONTH_BEFORE.search(said)) \
                    and (_BASIS_SAID.search(said) is not None or _MONTH_BEFORE.search(said) is not None) or dated:
                return self._growth_after_growth(state, previous, dated)
        return [(name, raw)] if name else None

    def _growth_after_growth(self, state: _Sentence, previous: Observation, dated: bool) -> list[Target]:
        """A subjectless growth right after a growth row, on the other basis or for a later period: the level the
        环比 row came from (its 同比 change), the price index whose parts were listed, or the same indicator."""
        observations = state.observations
        if previous.name.endswith("环比") and len(observations) >= 2 \
                and (level := observations[-2]).name == previous.name.removesuffix("环比") \
                and level.kind not in ("growth_rate", "ranking") and level.change == "":
            return [len(observations) - 2]   # 接待游客120万人次，环比增长35%，同比增长20%: the level's change
        mark = _PARTS_MARK_LAST.search(self.body, state.start, previous.value_start)
        before_mark = [o for o in observations if mark is not None and o.value_end <= mark.start(1)]
        if before_mark and before_mark[-1].kind == "growth_rate" \
                and (dated or not _BASIS_SAID.search(previous.change)) \
                and previous.name.removesuffix("环比").endswith(_PRICE_WHOLE_ENDS):
            # …同比上涨1.5%，其中城市…，农村上涨1.7%，环比上涨0.2%: the index's, whose parts said no basis (but
            # 其中食品价格环比上涨0.5%，同比上涨3%: the part's own); …；1-12月累计上涨0.6%: the index's
            previous = before_mark[-1]
        return [(previous.name.removesuffix("环比"), previous.raw_name)]   # 环比上涨0.1%，同比上涨1.5%: the same
        # indicator against the year before (and the other way round); …，1-11月份累计上涨2.1%: over those months

    def _named_again(self, state: _Sentence, owner: _Owner, name: str) -> int | None:
        """The one figure of the sentence before that a growth opening its own sentence names again, of
        the same region and with no change yet (地区生产总值40.03亿元…。全县地区生产总值同比增长2.5%);
        None when there is none, or more than one."""
        assert self.previous is not None
        named = [i for i, o in enumerate(self.previous.observations) if o.name == name]
        if len(named) != 1:
            return None
        level = self.previous.observations[named[0]]
        if level.kind in ("growth_rate", "ranking", "share_or_rate") or level.change:
            return None
        region = self.context.region_for(state.index, owner.start, owner.start + len(owner.text))
        return named[0] if region is not None and region.code == level.region_code else None

    def _names_sharing(self, state: _Sentence, owner: _Owner, upto: int) -> list[tuple[str, str]]:
        """The indicators listed before one figure said of them all (医保、社保参保率均达到100%;
        葡萄酒、生铁、钢、铝材产量增速均达到50%), each with the list's shared tail; [] when the phrase
        lists fewer than two, or the tail cannot be told."""
        head = self.body[clause_start(self.body, state.start, owner.start):owner.start + upto]
        head = _GROWTH_WORD_END.sub("", clean(head))
        items = _LIST_MARKS.split(head)
        if len(items) < 2 or any(not item for item in items):
            return []
        names = respective_names(head, len(items)) or []
        tail = items[-1][-2:]
        shares = self.body.startswith("占", owner.start + upto + 1)   # 花椒面积、产量均占全省的60%: measures
        if len(names) != len(items) or len({name for name, _ in names}) != len(names) \
                or any(not name.endswith(tail) and not (shares and measures_product(name))
                       for name, _ in names):
            return []   # (农村住房和饮水安全率: 农村住房率 is no name)
        return names

    def _bracketed_part(self, state: _Sentence, fig: Figure, owner: _Owner) -> tuple[str, str, Region, int] | None:
        """A place's part of the figure a bracket follows, the place alone before it (全市…500亿元（甘州区200亿元、
        临泽县100亿元）; 兰白自创区…420亿元(兰州高新区292亿元、…)): the whole's indicator, the place's region (a
        zone's name before it: a zone's figures are its series); None else."""
        place = _PARTS_LEAD.sub("", owner.text.strip("、，, "))   # (（其中甘州区200亿元、…）)
        if not place or len(place) > 12 or not state.observations or state.levels:
            return None   # (分别为32000元（甘州区35000元）和15000元: inside a list of levels, no part)
        opened = max(self.body.rfind("（", state.start, fig.start), self.body.rfind("(", state.start, fig.start))
        if opened < 0 or ")" in self.body[opened:fig.start] or "）" in self.body[opened:fig.start]:
            return None
        whole_at = next((i for i, o in enumerate(state.observations) if o.value_end == opened), -1)
        if whole_at < 0:
            return None
        whole = state.observations[whole_at]
        if whole.unit_normalized != fig.unit_info.normalized \
                or whole.kind not in ("amount", "count", "physical_quantity", "share_or_rate"):
            return None
        named = [(start, end, region) for start, end, region in self.context.mentions_between(owner.start, fig.start)
                 if self.body[start:end] == place]
        if len(named) != 1:
            return None
        region = named[0][2]
        if whole.region_code and whole.region_code != "620000" and region.parent != whole.region_code:
            return None   # (…临泽县输转劳动力…（张掖市1.2万人）: no part of the county)
        if place in (region.name, region.short) or not _PARK_WORD.search(place):
            return whole.name, place, region, whole_at
        return place + _ZONE_NAMED.sub("", whole.name), place, region, whole_at   # (the whole's zone is not the part's)

    def _parts_shares(self, state: _Sentence, n: int, first: float) -> list[tuple[str, str]] | None:
        """The shares `占比分别为A、B…` give the `n` parts the sentence counted last, in order (其中制造业96户、软件和
        信息技术服务业21户，专业技术服务业16户，占比分别为72.2%、15.8%、12%), each of the whole its 其中 broke down or
        the one the first share bears out; None when the sentence counted fewer parts; when the first share is no
        share of a named whole, each part's 占比 then."""
        parts = [o for o in state.observations if o.kind in ("count", "amount", "physical_quantity")][-n:]
        if len(parts) < n or len({o.unit_normalized for o in parts}) > 1:
            return None
        whole = state.part_whole
        if whole is not None and whole.value_normalized \
                and abs(parts[0].value_normalized / whole.value_normalized * 100 - first) <= 0.6:
            of = whole.name
        elif not (of := self._whole_shared(state, parts[0], first)):
            return [(f"{o.name}占比", o.raw_name) for o in parts]   # (a whole unnamed: each part's own 占比)
        return [(f"{o.name.removesuffix(of) or o.name}占{of}比重", o.raw_name) for o in parts]

    def _parts_listed(self, state: _Sentence, at: int) -> tuple[list[Observation], int, re.Match[str] | None]:
        """The rows a list of parts before `at` may break down (this sentence's, and the one before's when
        this one opens with 其中), where they start, and the last 其中 (or …商品中：) before `at`, if any."""
        if self.previous is not None and self.body.startswith("其中", state.start):
            rows, floor = [*self.previous.observations, *state.observations], self.previous.sentence.start
        else:
            rows, floor = state.observations, state.start
        return rows, floor, _PARTS_MARK_LAST.search(self.body, floor, at)

    def _price_index_parted(self, state: _Sentence, at: int) -> str:
        """The price (居民消费价格总水平, 食品类价格) whose parts the last 其中 (or …商品中：) before `at` lists,
        in this sentence or from the one before: the last figure before that mark, or the index the clause
        right before it names in words; '' when none (…固定资产投资增长10.5%，其中工业投资…: an investment's
        part)."""
        rows, floor, mark = self._parts_listed(state, at)
        if mark is None:
            return ""
        whole = next((o for o in reversed(rows) if o.value_end <= mark.start(1)), None)
        if whole is not None and any(o.value_start > mark.end(1)
                                     and not o.name.removesuffix("环比").endswith(_PRICE_WHOLE_ENDS) for o in rows):
            return ""   # (…，其中城市上涨1.4%，…，全县工业增加值增长8%，…: the parts ended)
        if whole is not None and whole.name.removesuffix("环比").endswith(_PRICE_WHOLE_ENDS):
            return whole.name.removesuffix("环比")
        clause = clause_start(self.body, floor, mark.start(1) - 1) if mark.start(1) > floor else floor
        index = _PRICE_INDEX.search(self.body, clause, mark.start(1))
        if index is not None and (whole is None or whole.value_end <= index.start()):
            return index[0]   # …带动居民消费价格总水平下降0.24个百分点，其中：食品下降2.2%: its parts too
        return ""

    def _month_on_month(self, state: _Sentence, at: int) -> bool:
        """Whether a price's growth at `at` that names no basis of its own is against the month before: under a
        paragraph's lead that says so (从环比变动情况来看，…), or as a part of a price whose only growth its sentence
        stated is 环比 (…居民消费价格环比上涨0.3%。其中，食品价格上涨2.9%; not after 同比上涨1.5%，环比上涨0.1%。
        其中，…, whose parts are the year's, as the release states them)."""
        paragraph = self.body.rfind("\n", 0, at) + 1
        leads = list(_BASIS_LEAD.finditer(self.body, paragraph, at))
        if leads:
            return self._lead_says_month_before(state, leads[-1], at)
        rows, _, mark = self._parts_listed(state, at)
        if mark is None:
            return False
        before = [o for o in rows if o.value_end <= mark.start(1)]
        if not before and self.previous is not None \
                and self.previous.sentence.paragraph == state.sentence.paragraph:
            before = list(self.previous.observations)   # …总水平环比下降0.1%。在统计…八大类商品中：食品烟酒类上涨0.2%
        whole = before[-1] if before else None
        if whole is None or not whole.name.endswith("环比"):
            return False
        index = whole.name.removesuffix("环比")
        return not any(o.name == index and o.kind == "growth_rate" for o in before)

    def _lead_says_month_before(self, state: _Sentence, lead: re.Match[str], at: int) -> bool:
        """Whether a paragraph's lead (_BASIS_LEAD) puts the growth at `at` against the month before: 从环比…看,
        与上月相比, or 与N月份相比 when N is the month before the figure's (与今年4月份相比，5月份…; not
        与1月份相比)."""
        if lead["basis"] or lead["month"] is None:   # (与去年同期相比: the year's)
            return lead["basis"] == "环比"
        if lead["month"] in ("上月", "上个月"):
            return True
        said = parse_number(lead["month"].removeprefix("今年").removeprefix("本年").rstrip("月份"))
        period = self.context.period_for(state.index, at)
        if said is None or period is None or period.period_start[:7] != period.period_end[:7]:
            return False
        month = int(period.period_end[5:7])
        return said == (month - 1 or 12)

    def _whole_shared(self, state: _Sentence, part: Observation, share: float) -> str:
        """The whole a bare 占 after a part is a share of, the one the figures bear out (the part is that share
        of it): the whole its 其中 broke down (总人口11741人，其中蒙古族4446人，占37.9%), or one the article's
        earlier shares named (…占总人口的30.30%。少数民族人口1.95万人，占55.30%，其中裕固族9523人，占26.97%: of
        总人口, not of 少数民族人口); '' when none is borne out."""
        rows = self.observations + state.observations
        named = [o.name.partition("占")[2].removesuffix("比重") for o in reversed(rows)
                 if "占" in o.name and o.name.endswith("比重")]
        wholes = ([state.part_whole] if state.part_whole is not None else []) + [
            next((o for o in reversed(rows) if o.name == whole), None) for whole in named]
        if self.previous is not None and self.body.startswith("其中", state.start):
            # 全社会用电量1073.25亿千瓦时。其中：第一产业用电量…，占4.96%: of the sentence before's whole
            wholes += reversed(self.previous.observations)
        if part.name.endswith("人口"):   # (在全州常住人口中，男性常住人口为34.02万人，人口占比为50.9%: of 常住人口)
            wholes += [next((o for o in reversed(rows) if o.name == whole and o.region_code == part.region_code), None)
                       for whole in _PEOPLE_WHOLES]
        return next((whole.name for whole in wholes
                     if whole is not None and whole.unit_normalized == part.unit_normalized and whole.value_normalized
                     and abs(part.value_normalized / whole.value_normalized * 100 - share) <= 0.6), "")

    def _before_done(self, state: _Sentence, owner: _Owner) -> str:
        """What the owner's clause says before its last 完成, periods taken out (全县固定资产投资一季度完成…:
        全县固定资产投资; 规上工业增加值完成…: 规上工业增加值)."""
        said = self.body[clause_start(self.body, state.start, owner.start):owner.start] + owner.text
        said = _DONE_LEAD.sub("", said[:max(0, said.rfind("完成"))])
        for p in state.periods:
            said = said.replace(p.text, "")
        return said

    def _progress_of_plan(self, state: _Sentence, owner: _Owner) -> re.Match[str] | None:
        """The plan an owner says a figure is the progress against (完成全年任务的, 完成一季度计划的: its period read
        apart from it), or None."""
        if not any(plan in owner.text for plan in ("计划", "任务", "预算", "规划", "目标")):
            return None
        if "完成" in owner.text:   # (全县固定资产投资完成年度计划的85%: from its 完成)
            return _PROGRESS_OF_PLAN.search(owner.text[owner.text.rfind("完成"):])
        said = self.body[clause_start(self.body, state.start, owner.start):owner.start] + owner.text
        return _PROGRESS_OF_PLAN.search(said[max(0, said.rfind("完成")):])

    def _outside_brackets(self, state: _Sentence, index: int, at: int) -> int:
        """`index`, or the whole it is a bracketed part of when the bracket closed before `at`."""
        whole = state.bracketed.get(index)
        if whole is not None and any(mark in self.body[state.observations[index].value_end:at] for mark in "）)"):
            return whole
        part = state.observations[index]
        opened = max(self.body.rfind("(", state.start, part.value_start),
                     self.body.rfind("（", state.start, part.value_start))
        if opened >= 0 and (self.body.startswith("其中", opened + 1)
                            or any(opened < o.value_start <= part.value_start and o.kind != "share_or_rate"
                                   for o in state.observations)) \
                and not any(mark in self.body[opened:part.value_start] for mark in "）)") \
                and any(mark in self.body[part.value_end:at] for mark in "）)"):
            # 生产总值655.82亿元(其中,…农业总产值341.55亿元,占52.08%),占全省GDP总量的42.07%: the figure before a
            # bracket that breaks it down (其中, or a part: (税收收入3.1亿元)，同比增长9%); not a share alone in it,
            # 民间投资20.5亿元（占全部投资的45.6%），较上年提高3.2个百分点: the share's own change
            return next((i for i in range(index - 1, -1, -1) if state.observations[i].value_end == opened), index)
        return index

    def _part_of_total(self, state: _Sentence) -> bool:
        """Whether the sentence breaks down (其中，…) a total the sentence before gathered over several years
        (四年间，累计投资3310.48亿元…。其中，城镇投资2987.94亿元: the same years' part)."""
        return self.previous is not None and self.body.startswith("其中", state.start) and any(
            o.period_start[:4] and o.period_start[:4] != o.period_end[:4] and "累计" in o.evidence
            for o in self.previous.observations)

    def _remark_before(self, state: _Sentence, at: int) -> str:
        """The measures the clause before the one at `at` only remarks on (食品和居住类价格涨幅较高，分别上涨…);
        '' when that clause is no such remark."""
        clause = clause_start(self.body, state.start, at)
        if clause <= state.start + 1:
            return ""
        remark = REMARK_CLAUSE.fullmatch(self.body, clause_start(self.body, state.start, clause - 1), clause - 1)
        return remark["measures"] if remark else ""

    def _remarked_measures(self, state: _Sentence, strong: int) -> str:
        """The measures a clause names when it only remarks on them (播种面积、产量增速较快) right before a
        clause opening with 分别 at `strong`: what the figures after 分别 are of; '' else."""
        if not self.body.startswith("分别", strong) or strong <= state.start \
                or not _RESPECTIVE_BARE.match(self.body, strong, state.end):
            return ""   # (…持续扩大，分别新建养殖小区12个和8个: the clause names what it counts)
        remark = REMARK_CLAUSE.fullmatch(self.body, clause_start(self.body, state.start, strong - 1), strong - 1)
        return remark["measures"] if remark else ""

    def _indicator_before_period(self, state: _Sentence, owner: _Owner, fig: Figure) -> tuple[str, str] | None:
        """The indicator a clause names before the period that stands right before a bare verb
        (地区生产总值2021年突破…), or the one a list item before it had (…、2022年突破…), or, when the
        clause opens with the period, the level the clause before it stated in the same unit for
        another period (2010年面积为41.71万亩，2015年增长到53.11万亩); None else."""
        period, lead = self._before_period(state, owner)
        if period is None or self.context.not_begun(period):   # (…，2025年为80亿元 in 2023: a target)
            return None
        if self.body[period.start - 1:period.start] == "、" and state.observations \
                and state.observations[-1].value_end == period.start - 1:
            last = state.observations[-1]
            return last.name, last.raw_name
        if not lead.strip() and state.observations and self.body[period.start - 1:period.start] in "，,；;" \
                and (last := state.observations[-1]).kind in ("amount", "count", "physical_quantity",
                                                              "share_or_rate") \
                and last.unit_normalized == fig.unit_info.normalized and last.period != period.text \
                and (last.value_end >= (clause := clause_start(self.body, state.start, period.start - 1))
                     or _ONLY_ITS_CHANGE.fullmatch(self.body, last.value_end, period.start) is not None) \
                and _STATED_AGAIN_PERIOD.fullmatch(period.text) \
                and (_span_kind(last.period_start, last.period_end)
                     in (_span_kind(period.period_start, period.period_end), "years")
                     or last.kind == "share_or_rate" and _STATED_AGAIN_PERIOD.fullmatch(last.period)) \
                and not self.context.not_begun(period) \
                and sum(o.unit_normalized == last.unit_normalized
                        and o.value_end >= min(clause, clause_start(self.body, state.start, last.value_start))
                        for o in state.observations) == 1:
            # (城镇化率2010年为25.3%，2020年为40.1%: a rate's year is its end, as the next one's; not 1-9月…，2022年为…:
            # another kind of period — but “十四五”期间…，2024年达…: a year of the
            # years —; not 去年为…, a year counted from the day reported; not 2025年为… in 2023, a target; not
            # after 小麦、玉米…分别为…: which one)
            return last.name, last.raw_name
        if not lead.strip() and self.body[period.start - 1:period.start] in ("，", ",") \
                and (clause := clause_start(self.body, state.start, period.start - 1)) < period.start - 1 \
                and not any(o.value_end >= clause for o in state.observations) \
                and not any(clause <= p.start < period.start for p in state.periods) \
                and (said := self.body[clause:period.start - 1].strip()) and len(said) <= 16 \
                and not _GROWTH_WORD_END.search(said):   # (生产总值增速，2020年为3.8%: growths, not levels)
            lead = said   # 民勤县的人均生产总值，2000年为2621元，2001年为3116元: the measure the clause before names
        name, raw = name_of(lead)   # (a known indicator, or a product's measure: 马铃薯种植面积2010年为…)
        return (name, raw) if name and (lexicon().canonical(name) == name or measures_product(name)) else None

    def _before_period(self, state: _Sentence, owner: _Owner) -> tuple[Period | None, str]:
        """The period that ends right where the owner starts, and what its clause says before it."""
        period = next((p for p in state.periods if p.end == owner.start), None)
        if period is None:
            return None, ""
        return period, self.body[clause_start(self.body, state.start, period.start):period.start]

    def _running_totals(self, state: _Sentence) -> None:
        """A total said 累计 before the same measure stated for its own period (累计完成投资16.42亿元，
        1-3月份完成投资3.33亿元): the total since the work began, as reported on the period's last day."""
        rows = state.observations
        for i, row in enumerate(rows):
            if row.period_start and "累计" in self.body[clause_start(self.body, state.start, row.value_start):
                                                         row.value_start] \
                    and any(later.name == row.name and later.period != row.period
                            and (later.period_start, later.period_end) == (row.period_start, row.period_end)
                            for later in rows[i + 1:]):
                rows[i] = replace(row, period_start="")

    def _subject_before_period(self, state: _Sentence, owner: _Owner) -> str:
        """The projects a clause opens with when a period stands between them and the owner
        (投资500万元以上项目1—10月完成投资…), named; '' when there are none."""
        lead = self._before_period(state, owner)[1]
        return name_of(lead)[0] if lead.endswith("项目") else ""

    def _listed_shares(self, state: _Sentence, owner: _Owner) -> list[tuple[str, str]]:
        """The shares of the figures listed right before 分别占 (种植面积稳定在300万亩左右、产量500万吨，
        分别占到甘肃省的30%、40%: each one's share of the whole), in order; [] when they do not pair."""
        n = 1 + _joined_figures(owner.after)
        listed = state.observations[-n:]
        if n < 2 or len(listed) != n or any(o.kind in ("growth_rate", "ranking") for o in listed) \
                or any(self.body[a.value_end:b.value_start].strip("，,、和及与 ").strip() and
                       not name_of(self.body[a.value_end:b.value_start])[0] for a, b in itertools.pairwise(listed)):
            return []
        whole = owner.text.lstrip("，, ")[2:]
        shares = [name_of(o.name + whole) for o in listed]
        return shares if all(name for name, _ in shares) else []

    def _recovered(self, state: _Sentence, owner: _Owner, said: re.Match[str]) -> list[str]:
        """The levels a recovery to an earlier year's is said of (接待游客…，旅游收入…，分别恢复至2019年同期水平的
        64.3%和93.3%; 接待人数超过2019年同期水平129%), each as its share of that year's:
        旅游接待人次恢复至2019年同期水平比重; [] when they cannot be told."""
        suffix = f"{'相当于' if said['verb'] == '达到' else '恢复至'}{said['year']}年同期水平比重"
        subject = _RECOVERY_LEAD.sub("", owner.text[:said.start()])
        if subject:
            name = self._named(state, subject)[0]
            return [name + suffix] if name else []
        n = 1 + _joined_figures(owner.after)
        levels = [o for o in state.observations if o.kind not in ("growth_rate", "ranking", "share_or_rate")][-n:]
        if len(levels) != n or (n > 1) != ("分别" in owner.text):
            return []
        return [o.name + suffix for o in levels]

    def _next_whole(self, state: _Sentence, owner: _Owner) -> str:
        """The share of the last share's part in another whole named with nothing but 的 (…占全县总人口的
        55.5%，农村人口的79.7% -> 移民人口占农村人口比重), or ''."""
        last = state.observations[-1]
        whole = owner.text.removesuffix("的")
        if last.kind != "share_or_rate" or "占" not in last.name \
                or self.body[last.value_end:owner.start] not in _CLAUSE_JOINERS \
                or not 2 <= len(whole) <= 8 or _NOT_A_WHOLE.search(whole):
            return ""
        return name_of(last.name.partition("占")[0] + "占" + whole)[0]

    def _paragraph_before_start(self, state: _Sentence) -> int:
        """Where the paragraph before the one of `state`'s sentence starts (its own start when it is the first)."""
        own = self.body.rfind("\n", 0, state.start)
        return self.body.rfind("\n", 0, own) + 1 if own > 0 else 0

    def _total_since(self, state: _Sentence, fig: Figure, name: str) -> bool:
        """Whether an amount reached over the years since a lead is a total over them: 累计 in its clause, or in
        the clause before and the amount no year's flow (自2016年成立以来，…累计发送货物…，货值达到260亿元; not
        …以来，全县累计…，地区生产总值达到80亿元: the last year's)."""
        own = clause_start(self.body, state.start, fig.start)
        if "累计" in self.body[own:fig.start]:
            return True
        before = clause_start(self.body, state.start, max(state.start, own - 1))
        return "累计" in self.body[before:own] and lexicon().canonical(name) is None \
            and _YEARS_FLOW.search(name) is None

    def _mode_before(self, state: _Sentence) -> re.Match[str] | None:
        """The mode of transport the sentence opens with, or names after its last ； before the figure at
        `state.at` (道路运输方面，…；铁路方面，完成货运量120万吨: the railways'), as `X方面，`; None when there is
        none."""
        opening = max(state.start, self.body.rfind("；", state.start, state.at) + 1,
                      self.body.rfind(";", state.start, state.at) + 1)
        aspect = _ASPECT.match(self.body, opening)
        return aspect if aspect is not None and _TRANSPORT_MODE.fullmatch(aspect[1]) is not None else None

    def _whole_dropped(self, state: _Sentence, at: int) -> Dropped | None:
        """The figure dropped as one place's, one day's or paperwork that the last 其中 before `at` (in this sentence
        or the one before) breaks down, when every figure dropped since was dropped for the same reason (its parts
        listed one after another); else None. Looks back no further than the sentence before: it is asked for
        figures after 其中 only, and the dropped figures it walks end at the first before the mark."""
        mark = self.body.rfind("其中", self.sentences[max(state.index - 1, 0)].start, at)
        if mark < 0:
            return None
        since: set[str] = set()
        for d in reversed(self.dropped):
            if d.end <= mark:
                return d if d.reason in _WHOLES_DROPPED_WITH_PARTS and since <= {d.reason} else None
            since.add(d.reason)
        return None

    def _goes_on_about(self, project_end: int, state: _Sentence, at: int) -> bool:
        """Whether the text from one project's own figure (总投资400万元的…项目) to `at` goes on about that project:
        the project's name ends its sentence or clause, within this sentence or right before it, and no other
        figure, subject or region comes between."""
        if project_end < self.sentences[max(state.index - 1, 0)].start or any(
                o.value_start > project_end for o in state.observations):
            return False
        between = self.body[project_end:at]
        return _ONE_PROJECT_AFTER_FIGURE.match(between) is not None and not REGION_WORD.search(between)

    def _after_one_project(self, state: _Sentence, at: int) -> bool:
        """Whether the clause before the one at `at` is one project's name and nothing else
        (张家川新华一期50兆瓦风电项目，总投资3亿元: that project's; not 重点项目, 等项目, 23个项目)."""
        start = clause_start(self.body, state.start, at)
        if start <= state.start or start != at or self.body[start - 1] not in "，,":
            return False   # (the total opens its clause: 其中续建项目复工25个、总投资… is the part's)
        before_start = clause_start(self.body, state.start, start - 1)
        before = self.body[before_start:start - 1]
        while _WHERE_CLAUSE.fullmatch(before) and before_start > state.start and self.body[before_start - 1] in "，,":
            end = before_start - 1   # (…建设项目，位于陇西县经济开发区，总投资3.5亿元: past where it is)
            before_start = clause_start(self.body, state.start, end)
            before = self.body[before_start:end]
        return _ONE_PROJECT_NAME.fullmatch(before) is not None and _SET_OF_PROJECTS.search(before) is None \
            and len(PROJECT_KIND_WORDS.sub("", before)) >= 3   # (新引进的招商引资项目，落户…，总投资36亿元: a kind's)

    def _wholes(self, observations: list[Observation]) -> list[int]:
        """The observations that are not parts listed after 其中 of the one before them in their unit."""
        wholes: list[int] = []
        whole: Observation | None = None
        for i, o in enumerate(observations):
            if whole is not None and o.unit_normalized == whole.unit_normalized \
                    and self.body.find("其中", whole.value_end, o.value_start) >= 0:
                continue   # a part of the whole before it
            wholes.append(i)
            whole = o
        return wholes

    def _first_measured(self, lo: int, hi: int) -> Figure:
        """The first of figures lo..hi that is neither a date nor a count of what the sentence is about
        (今年1—5月全区36户规模以上工业企业预计完成总产值41.88亿元，…；实现增加值13.63亿元: the firms counted,
        then what they did)."""
        return next((f for f in self.figures[lo:hi] if f.unit_info.kind not in ("count", "time")), self.figures[lo])

    def _in_spot_list(self, state: _Sentence, at: int) -> bool:
        """Whether `at` follows the header of a list of scenic spots in its sentence."""
        if state.spots_at is None:
            found = _SPOT_LIST.search(self.body, state.start, state.end) if "景" in state.sentence.text else None
            state.spots_at = found.end() if found else -1
        return 0 <= state.spots_at <= at

    def _part_opens_with_one_project(self, state: _Sentence, at: int) -> bool:
        """Whether the part of the sentence after its last semicolon before `at` opens with one project's
        name as what it is about (…；华润甜水堡5万千瓦风电项目于2014年开工建设，…，产值2.5亿元: that project's)."""
        semicolon = self.body.rfind("；", state.start, at)   # (asked only where the sentence holds one)
        opening = _PROJECT_OPENS.match(self.body, semicolon + 1, state.end) if semicolon >= 0 else None
        return opening is not None and _SET_OF_PROJECTS.search(opening[1]) is None \
            and not _PROJECTS_PLURAL.search(opening[1])

    def _opens_with_one_project(self, state: _Sentence) -> bool:
        """Whether the sentence opens with one project's name as what it is about (据介绍，平山湖一号矿井
        开发项目是省列重点建设项目，计划总投资约37亿元，建设总规模为年产240万吨: all of it the project's;
        not 重点项目是…, 这些项目…)."""
        if state.one_project is None:
            text = state.sentence.text
            opening = _PROJECT_OPENS.match(self.body, state.start, state.end) \
                if "项目" in text or "工程" in text or "公园" in text else None
            state.one_project = opening is not None and _SET_OF_PROJECTS.search(opening[1]) is None \
                and not _PROJECTS_PLURAL.search(opening[1]) \
                and len(PROJECT_KIND_WORDS.sub("", opening[1])) >= 3   # (新引进的招商引资项目，落户…: a kind)
        return state.one_project

    def _part_of_plan(self, state: _Sentence, fig: Figure) -> bool:
        """Whether `fig` is one of the parts listed after 其中 right after a figure dropped as a plan,
        all in its unit (规划装机4800万千瓦以上，其中风电装机1700万千瓦，光热发电装机200万千瓦; not the
        projects after 当年计划完成投资32亿元，其中续建项目28个、总投资71.66亿元: the count's)."""
        if fig.unit_info.normalized != state.planned_unit \
                or (_PARTS_AFTER.match(self.body, state.planned_at) is None
                    and not (_BATCHES_AFTER.match(self.body, state.planned_at) is not None
                             and "贷款" in self.body[state.start:state.planned_at])) \
                or _DONE_PART.search(self.body, clause_start(self.body, state.start, fig.start), fig.start):
            return False   # (计划完成8亿元，其中工业增加值完成5亿元: a part done is no plan)
        lo = bisect.bisect_right(self._figure_starts, state.planned_at)
        hi = bisect.bisect_left(self._figure_starts, fig.start)
        return all(f.unit_info.normalized == state.planned_unit or self.body[f.start - 1:f.start] == "第"
                   or f.unit_info.kind == "time" for f in self.figures[lo:hi])
        # (第一批3.08亿元，…；第二批5.27亿元: the batches' ordinals; 其中2015年下达…: a part's year)

    def _whole_before_parts(self, state: _Sentence, fig: Figure) -> str:
        """The lexicon's amount stated in this sentence or the one before, with 其中 between it and
        `fig`, whose parts by industry follow (其中：批发业完成70.55亿元); '' when none."""
        candidates = [*(self.previous.observations if self.previous is not None else []), *state.observations]
        whole = next((o for o in reversed(candidates) if o.unit_normalized == "yuan" and o.kind == "amount"
                      and not o.raw_name.endswith(("业", "部门"))), None)   # (past the parts listed: 零售业完成…)
        return whole.name if whole is not None and lexicon().canonical(whole.name) \
            and "其中" in self.body[whole.value_end:fig.start] else ""   # (the last amount's, or none)

    def _park_subject(self, state: _Sentence, at: int) -> str:
        """The industrial park a figure's clause, or the earlier clause it takes its subject from,
        opens with after a clause mark (…正在加紧建设；黄羊工业园区开工建设项目65项，总投资11.43亿元);
        '' when none."""
        if state.parks is None:
            state.parks = _PARK_WORD.search(self.body, state.start, state.end) is not None
        start = clause_start(self.body, state.start, at) if state.parks else state.start
        if start == state.start:
            return ""
        if not self._has_subject(self.body[start:at]):
            start = self._earlier_subject(state, start)
        park = _PARK_OPENING.match(self.body, start) if start > state.start else None
        return park[0] if park is not None else ""

    def _fair(self, state: _Sentence, fig: Figure) -> str:
        """The fair whose signings a figure counts: one named in its own clause, in a clause opening
        the sentence as its setting (此次兰洽会上，…签约的7个项目), or in an earlier clause of the sentence
        or the sentence before, of the same paragraph, that tells of its signing ceremony; '' when none."""
        if (found := _FAIR.search(self.body, clause_start(self.body, state.start, fig.start), fig.start)) is not None:
            return found[0]
        setting = _FAIR_SETTING.match(self.body, state.start)
        if setting is not None:
            return setting[1]
        clause = clause_start(self.body, state.start, fig.start)
        if clause > state.start and (setting := _FAIR_SETTING_LATER.search(self.body, state.start, clause + 1)) \
                and setting.end() == clause:   # …等重点节会，在“新展会”“酒洽会”期间，酒泉市共签约招商项目83个
            return setting[1]   # …兰洽会兰州新区专场推介会暨重点项目签约仪式在兰州
        if clause > state.start and (ceremony := _FAIR_CEREMONY.search(self.body, state.start, clause)) is not None:
            return ceremony[1]   # 举行，共签约项目32项: the ceremony the sentence opened with
        previous = self.previous   # 兰洽会…重点项目签约仪式在兰州举行。甘州区成功签约招商引资项目23个: its signings
        if previous is not None and previous.sentence.paragraph == state.sentence.paragraph \
                and (ceremony := _FAIR_CEREMONY.search(previous.sentence.text)) is not None:
            return ceremony[1]
        if self.headline_fair \
                and _THIS_EVENT.search(self.body, clause_start(self.body, state.start, fig.start), fig.start):
            return self.headline_fair   # 本次会议签约项目6个 under a headline about the 兰洽会: that fair's
        return self._event(state, fig)

    def _not_the_events(self, state: _Sentence, start: int, at: int) -> bool:
        """Whether what is told between `start` and a signing count at `at` makes it no event's: the year's signings
        (全年, 累计, a period of their own), an event as a means (借助, 契机), the county's own totals (全县…), a new
        clause group after a semicolon or another fair (…；同时，组织企业参加兰洽会，签约项目5个)."""
        return _YEARS_SIGNINGS.search(self.body, start, at) is not None \
            or _FAIR_AS_MEANS.search(self.body, state.start, at) is not None \
            or _REGIONS_WHOLE.search(self.body, start, at) is not None \
            or "；" in self.body[start:at] or ";" in self.body[start:at] \
            or _FAIR.search(self.body, start, at) is not None \
            or any(start <= p.start < at for p in state.periods)

    def _event(self, state: _Sentence, fig: Figure) -> str:
        """The event other than a fair whose signings a figure counts: one held earlier in its sentence
        (高规格成功举办2024中国产业转移发展对接活动，签约项目195个), one the sentence opens on as its subject (前六届
        “津陇共振兴”活动，…累计签约项目422个), or the last one held in the two sentences before when the sentence
        opens on it (…合作交流大会在兰州新区举办…。这次活动期间，两地共签约项目109个); '' when none, or several."""
        if (opening := _EVENT_OPENING.match(self.body, state.start)) is not None and opening.end() <= fig.start \
                and (opening[1] or "“" in opening[2] or "\"" in opening[2]) \
                and (named := event_name(opening[1] or opening[2])):
            return named
        held = next(reversed(list(EVENT_HELD.finditer(self.body, state.start, fig.start))), None)
        if held is not None and ("签约" not in self.body[held.end():fig.start]
                                 or self._not_the_events(state, held.end(), fig.start)):
            held = None   # (…；全年累计签约项目45个: the year's; 借助…大会的契机: a means)
        if held is None and _EVENT_SETTING.match(self.body, state.start) is not None \
                and not self._not_the_events(state, state.start, fig.start):
            before = self.sentences[max(state.index - 2, 0)].start
            held = next(reversed(list(EVENT_HELD.finditer(self.body, before, state.start))), None)
        return "" if held is None else held_event_name(self.body, held)

    def _park_opening(self, sentence: Sentence) -> tuple[str, int] | None:
        """The park or zone a paragraph's first sentence opens with as its subject (民勤红沙岗能源化工工业集中区
        持续优化营商环境，…), named in full (two parks of one county are two series), and where its name ends;
        None when the sentence opens otherwise (全县以工业园区为载体…, 临洮县坚持把经济开发区作为…, 在…工业集中区)."""
        park = _PARAGRAPH_PARK.match(self.body, sentence.start, sentence.end)   # (asked where 区 or 园 opens it)
        if park is None or _PARK_NOT_SUBJECT.search(park[0]) or REGION_WORD.search(park[0]) \
                or _PARK_VERB_AFTER.match(self.body, park.end()) is None:
            return None
        name = clean(park[0])   # (民勤红沙岗能源化工工业集中区: 红沙岗…; but 民乐工业园区 as written, no bare 工业园区,
        # or as the headline about it calls it: 开发区)
        if name == park["kind"]:
            name = self.headline_park or park[0].strip()
        return name, park.end()

    def _signings_told(self, sentence: Sentence) -> str | None:
        """What a sentence leaves the next one of its paragraph: the fair whose signings it tells of
        (本届兰洽会兰州新区签约项目包括…), '' when it opens on a period of its own (今年以来，…: the
        year's signings from then on), None when it says nothing of either."""
        if "签约" in sentence.text and (found := _FAIR.search(sentence.text)) is not None:
            return "" if _FAIR_AMONG.match(sentence.text, found.end()) or _FAIR_AS_MEANS.search(sentence.text) \
                else found[0]
        if "签约" in sentence.text and (held := EVENT_HELD.search(sentence.text)) is not None \
                and "签约" in sentence.text[held.end():] and (event := held_event_name(sentence.text, held)):
            return event   # (…大会在定西召开，共签约项目和采购协议93个…。其中，签约项目62个: the event's)
        if self.fair_signings and any(p.start - sentence.start <= 2 and p.period_start != p.period_end
                                      for p in self.context.in_sentence(sentence)):
            return ""
        return None

    def _fair_of_projects(self, state: _Sentence, fig: Figure, name: str) -> str:
        """The fair whose signings a count or amount of projects belongs to, when its sentence tells of
        them before it (在第二十届兰洽会…中，临夏州招商引资项目达158项，签约资金346.8亿元), or it goes on breaking
        down what the sentences before it in the paragraph told of them (…签约项目…76个。从投资规模看，亿元以上项目
        45个; a headline's, for a paragraph that opens so); '' when none, when the projects are said to do
        something else (实施, 推介) or when a period of its own stands before them (今年以来…: the year's). A day
        (7月6日) is when the fair was."""
        if not name or _PROJECTS_NAMED.search(name) is None or _FAIR.search(name) is not None \
                or any(p.start < fig.start and p.period_start != p.period_end for p in state.periods) \
                or _NOT_SIGNED.search(self.body, clause_start(self.body, state.start, fig.start), fig.start):
            return ""
        if "签约" in state.sentence.text and (named := list(_FAIR.finditer(self.body, state.start, fig.start))):
            fair = named[-1]
            return "" if _FAIR_AMONG.match(self.body, fair.end()) or _FAIR_AS_MEANS.search(
                self.body, clause_start(self.body, state.start, fair.start()), fig.start) else fair[0]
        return self.fair_signings if _SIGNINGS_GO_ON.match(self.body, state.start) else ""

    def _status_of_list(self, state: _Sentence, fig: Figure) -> str:
        """The status said, earlier in the sentence, of the projects listed before `fig` and its 等
        (当天集中开工的福建圣农…项目、…、镇原县苹果产业项目等14个重点项目): '' when none is."""
        said = next(reversed(list(_STATUS_BEFORE_LIST.finditer(self.body, state.start, fig.start))), None)
        return said[1] if said is not None and not _LIST_BROKEN.search(self.body, said.end(), fig.start - 1) else ""

    def _names_previous(self, phrase: str, n: int) -> bool:
        """旅游人数和收入分别较2020年同期增长…, after a sentence that ended with 接待游客61.6万人次,
        旅游综合收入2.9亿元: the listed subjects are the previous sentence's last figures, in order."""
        assert self.previous is not None
        return self._names_listed(phrase, n, self.previous.observations)

    @staticmethod
    def _names_listed(phrase: str, n: int, observations: list[Observation]) -> bool:
        """Whether the subjects listed before 分别 in `phrase` name the last `n` `observations`, in order."""
        if n < 2 or "分别" not in phrase:
            return False
        items = _LIST_MARKS.split(_BASIS_TAIL.sub("", clean(phrase[:phrase.index("分别")])))
        last = observations[-n:]
        return len(items) == n and all(len(item) >= 2 and (
            name_of(item)[0] == o.name or o.name.endswith(item) or o.raw_name.endswith(item))
            for item, o in zip(items, last, strict=True))

    def _borrow(self, state: _Sentence) -> None:
        """The sentence's changes go to the previous sentence's observations (already collected)."""
        assert self.previous is not None
        count = len(self.previous.observations)
        del self.observations[len(self.observations) - count:]
        state.observations = self.previous.observations

    @staticmethod
    def _same_kind_of_balance(state: _Sentence, name: str, written: str) -> str:
        """A bare deposit or loan balance right after the other one qualified (人民币存款余额增长15.01%，
        贷款余额增长23.05%): the same kind's, 人民币贷款余额, not all loans'; `name` otherwise."""
        if name in _BALANCES and state.observations and (other := state.observations[-1].name) != name \
                and other.endswith(_BALANCES) and other[:-4] in _CURRENCIES and "各项" not in written \
                and clean(written).endswith(name):
            return other[:-4] + name
        return name

    def _read_level(self, state: _Sentence, fig: Figure, owner: _Owner, floor: int, approx: bool) -> str | None:
        if fig.unit_info.kind == "point" and state.observations \
                and _BASIS_ONLY.fullmatch(than := owner.text.strip("，, ")):
            grown = state.observations[-1]
            if grown.kind == "growth_rate" and grown.change_points is None:
                # 同比增长6.4%，比去年同期高1.1个百分点: the growth's own change (its acceleration), no row of its own
                sign = -1 if than.endswith(("低", "降低", "下降", "放缓", "回落")) else 1
                self._add_change(state, fig, owner.start, len(state.observations) - 1, sign, owner.text + fig.text,
                                 approx)
                return None
            if grown.kind == "share_or_rate" and grown.change_points is None \
                    and than.startswith(("超出", "高出")):   # 城镇化率达到45.3%，超出上年同期1.2个百分点: its change
                self._add_change(state, fig, owner.start, len(state.observations) - 1, 1, owner.text + fig.text, approx)
                return None
            if grown.kind != "growth_rate" and grown.change_pct is not None:
                return "a change of a growth rate"   # 用电量140.09亿千瓦时，同比增长13.51%，超出上年同期14.98个百分点
        if not owner.text and owner.after[:1] == "的" and (times := _MULTIPLE_OF.match(owner.after)) \
                and state.observations \
                and self.body[clause_start(self.body, state.start, fig.start):fig.start].startswith(("是", "为")):
            compared = state.observations[-1]   # 是“十一五”末5.18亿元的2.1倍: that indicator's value then
            if compared.unit_normalized == fig.unit_info.normalized and compared.kind not in ("growth_rate", "ranking"):
                state.observations.append(self._observation(
                    state, fig, owner.start, compared.name, compared.raw_name, compared.kind, approx,
                    region=gazetteer()[compared.region_code] if compared.region_code else None))
                index = state.compared = len(state.observations) - 2   # (…，年均增长16.1%: the later one's)
                if not state.observations[index].change:   # the multiple is the later figure's change
                    held = state.observations[index]   # (built for this sentence: changed in place)
                    held.change = self.body[clause_start(self.body, state.start, fig.start):fig.end] + times[0]
                    held.change_pct = round((float(times[1]) - 1) * 100, 6)
                return None
        basis = _BASIS_VALUE.search(owner.text[-_TAIL_CHARS:]) if owner.text[-1:] in "的近约" else \
            _BASIS_VALUE_BARE.search(owner.text[-_TAIL_CHARS:]) if owner.after[:1] in "增减下提净" \
            and _CHANGE_NEXT.match(owner.after) else None   # 较上年17.52万吨增加0.12万吨: the basis's value too
        if basis and self._read_basis_value(state, fig, owner, basis["when"], approx):
            return None
        if self.body[fig.start - 1:fig.start] == "各" and (each := _each_names(
                self.body[max(floor, clause_start(self.body, state.start, fig.start)):fig.start - 1])):
            for name, raw in each:   # 活畜交易市场和清真屠宰加工生产线各1处: one row each
                state.observations.append(self._observation(state, fig, owner.start, name, raw,
                                                            _KINDS[fig.unit_info.kind], approx))
            return None
        later = span_later(self.body, floor, fig.start, state.observations)
        if later is not None:   # 由…的9平方公里扩大到15平方公里
            (name, raw), state.span_floor = later, state.observations[-1].value_end
            n = 1 + _joined_figures(owner.after)   # 分别从29661元、10391元增加到43364元、16117元: in order
            listed = state.observations[-n:]
            if n > 1 and len(listed) == n and all(self.body[a.value_end:b.value_start].strip() in _JOINERS
                                                  for a, b in itertools.pairwise(listed)):
                (name, raw), state.levels = (listed[0].name, listed[0].raw_name), \
                    [(o.name, o.raw_name) for o in listed[1:]]
                state.list_head, state.span_rest = (owner.start, fig.start), n - 1
        elif not NUMBER_FIRST_OK.match(owner.after) \
                and economic_count(RuleContext(fig, owner.before, owner.after, owner.text)) \
                and not ((owner.after[:1] == "的" or (fig.unit_info.normalized == "yuan"
                                                       and _PROJECTS_TOTAL_END.search(owner.text)))
                         and SET_OF_PROJECTS_AFTER.match(owner.after)):   # (a set's total)
            # 新培育47家农民专业合作社 (the cheap test first: most levels are followed by what it allows)
            name = noun_after(owner.after)
            if name and "来自" in owner.text and (origin := _FROM_WHERE.search(owner.text)) is not None:
                name = origin[1] + name   # 来自东部的12家企业 -> 东部企业 (not every firm the county counts)
            if name and (remark := REMARK_END.search(name)) is not None and remark.start() >= 2:
                name = name[:remark.start()]   # 全县新建50座气调冷库运行良好 -> 气调冷库
            if name and "其中" in owner.text and (designated := _DESIGNATED_AS.match(owner.after, len(name))):
                name = designated["as"]   # 其中12个示范村被文旅部列为首批全国乡村旅游重点村: the villages listed
            elif name and _DESIGNATING.search(self.body, clause_start(self.body, state.start, fig.start), fig.start) \
                    and (made := _MADE_AS.match(owner.after, len(name))) and len(made["as"]) >= 2:
                if not (made["batch"] or made["batch2"]):
                    return "named so by a body, no stock of them"   # 确定…12个合作社为县级示范社: twelve more, beside
                    # the 85 县级示范社 counted so far and the county's 合作社 (neither's figure)
                name = (made["batch"] or made["batch2"]) + made["as"]   # (a batch of its own)
            following = _NEXT_COUNT.match(owner.after, len(name)) if name else None
            if following and len(following[1]) > len(name) + 1 and not ECONOMIC_NOUN.search(name):
                name += following[1][len(name):]   # 18个肉羊、3个肉牛标准化规模养殖场 -> 肉羊标准化规模养殖场
            raw = owner.text.strip() + name
            if name.endswith("项目") and raw.endswith("签约" + name):   # 西和县签约32个项目
                # (3年集中签约276个央地合作项目: a batch signed together, a series of its own like 集中开工's)
                name = ("集中" if raw.endswith("集中签约" + name) else "") + signed_projects(name)
            elif name.endswith("项目") and (said := _STATUS_BEFORE_COUNT.search(owner.text)) \
                    and not name.startswith(status := said[1] or said[2] or said[3]):   # 此次集中开工的35个项目:
                name = status + name   # the projects started (县列185个重点项目: on the county's list)
                if said[1] and (years := _YEARS_DONE_IN.search(owner.text, 0, said.start())) is not None:
                    name = years[0] + name   # 2021—2024年签约的394个项目: those signed then, not all signed
            elif name.endswith("项目") and self.body[fig.start - 1:fig.start] == "等" \
                    and (list_status := self._status_of_list(state, fig)) and not name.startswith(list_status):
                name = list_status + name   # 当天集中开工的…项目、…项目等14个重点项目
            elif name.endswith("项目") and self.body[fig.start - 1:fig.start] == "等" and not name.startswith("签约") \
                    and (signed := _SIGNED_LIST.search(self.body, clause_start(self.body, state.start, fig.start),
                                                       fig.start)) is not None \
                    and "其中" not in self.body[state.start:signed.start()]:   # (其中，现场签约…: a part)
                name = signed_projects(name)   # 共签约科大讯飞…、…产业园等12个项目: the projects signed
            elif name == "项目" and (kind := owner.text.strip()) and _KIND_BEFORE.fullmatch(kind) \
                    and name_of(kind)[0] == kind and not gazetteer().find(kind):
                name = kind + name   # 已开工的84个重大项目中，工交能源23个项目，完成投资13.63亿元: a sector's
            if name.endswith("项目"):   # 33个投资亿元以上重点项目…，完成投资27.4亿元: theirs
                if "其中" in self.body[state.start:fig.start]:   # (…234个省列重大项目…。其中，80个计划新开工项目…)
                    name = on_the_list_of(name, self._projects_broken_down(state, fig.start))
                name = self._restated_set(state, fig, name)
                name = self._part_of_ceremony(state, name)
                self.topic = topic_of(name) or (name if name == "项目" and self._larger_than_topic(state, fig.value)
                                                else self.topic)
            elif name:   # 目前园区入驻…127家农民种植专业合作社: the park's (新建7条…生产线 under a park's
                name = self._zone_named(state, name, headline=False)   # headline: the labellers' plain name)
        elif ("的" in owner.after[:3] and (measure := MEASURE_AFTER.match(owner.after))) \
                or ("基础" in owner.after[:20] and (measure := _MEASURE_AS_BASIS.match(owner.after))):
            # 年均135万亩以上的粮食播种面积: named after it (its 的 is among the first three characters: a quick
            # test first); 在稳定10万亩玫瑰种植面积的基础上: the measure a plan starts from, named after it
            average = _AVERAGE_END.search(owner.text)
            name, raw = self._named(state, (average[0] if average else "") + measure[1])
        elif ("的" in owner.after[:3] or owner.after[:1].isdigit()) and fig.unit_info.normalized == "yuan" \
                and (projects := SET_OF_PROJECTS_AFTER.match(owner.after)) \
                and (measure := _PROJECTS_TOTAL_END.search(owner.text)):
            # 谋划实施总投资1042.6亿元的重大项目238个: the set's total, named by the projects it is of
            raw = owner.text
            name = with_topic(measure[0], clean(projects["projects"] or noun_after(owner.after[projects.end():])))
            if (status := _STATUS_BEFORE_TOTAL.search(owner.text, 0, measure.start())) is not None:
                name = status[1] + name   # 开工建设总投资49.5亿元的重点工业项目54个: the ones started
        elif owner.after.startswith("产能") and fig.unit_info.kind == "physical_quantity" and owner.text:
            name, raw = self._named(state, owner.text + "产能")   # 完成白羽肉鸡1.2亿羽产能建设: 白羽肉鸡产能
        elif self.body[fig.start - 1:fig.start] in SPAN_STARTS and (span := _SPAN_MEASURE_AFTER.match(owner.after)):
            name, raw = self._named(state, span[1])   # 从65.6亿元到93.2亿元的经济总量跃升: both the 经济总量
        elif owner.text and self.body[fig.start - 1:fig.start] == "的" and state.observations \
                and not _PROGRESS_OF_PLAN.search(owner.text.lstrip("，,；; ")) \
                and (share := self._next_whole(state, owner)):
            name, raw = share, owner.text   # 移民人口占全县总人口的55.5%，农村人口的79.7%: the same part's share
        elif "分别占" in owner.text and fig.unit_info.kind == "percent" \
                and owner.text.lstrip("，, ").startswith("分别占") \
                and (shares := self._listed_shares(state, owner)):
            (name, raw), state.levels = shares[0], shares[1:]   # 种植面积…、产量500万吨，分别占到甘肃省的30%、40%
            state.list_head = (owner.start, fig.start)
        elif state.share_of_whole and owner.text.strip() == "的" and fig.unit_info.kind == "percent":
            name, raw = state.share_of_whole, owner.text   # …总产值37.9亿元的13.6%: the part's share of it
        elif owner.text.startswith("占") and fig.unit_info.kind != "percent" and _SHARE_AFTER_WHOLE.match(owner.after) \
                and not PROGRESS_OF.search(owner.text) and (whole := name_of(owner.text[1:])[0]):
            state.share_of_whole = self._named(state, owner.text)[0]   # 占全市畜牧业总产值37.9亿元的13.6%:
            name, raw = whole, owner.text   # the whole's amount (a task's or plan's is no result: see rules)
        elif fig.unit_info.normalized == "percent" and owner.text.endswith(_RECOVERY_ENDS) \
                and (recovered := _RECOVERED.search(owner.text)) is not None \
                and (recoveries := self._recovered(state, owner, recovered)):
            (name, raw), state.levels = (recoveries[0], owner.text), [(n, owner.text) for n in recoveries[1:]]
            state.list_head = (owner.start, fig.start)   # 分别恢复至2019年同期水平的64.3%和93.3%: each level's
        elif fig.unit_info.normalized == "percent" and (progress := self._progress_of_plan(state, owner)) is not None \
                and ((measured := name_of(self._before_done(state, owner))[0]) or not state.observations):
            # 全县固定资产投资一季度完成全年计划的25%, 其中工业投资…完成…: the measure named before it
            if not measured:
                return "no indicator named"   # 全县一季度完成全年计划的25%: progress of what, it does not say
            name, raw = measured + "占" + progress["plan"] + "比重", owner.text
        elif fig.unit_info.normalized == "percent" and progress is not None:
            # 完成到位资金1155.53亿元，…，完成全年任务的50.68%: that figure's share of its plan (not a share of
            # another plan's before it: 完成上半年计划的110%，完成全年任务的55%)
            done = state.observations[self._outside_brackets(state, next(
                (i for i in range(len(state.observations) - 1, -1, -1)
                 if not state.observations[i].name.endswith("比重")), len(state.observations) - 1), fig.start)]
            # (…30亿元(其中,…房地产投资5亿元,下降10%),同比增长8%,完成年度计划的60%: the whole's, not its last part's)
            name, raw = done.name + "占" + progress["plan"] + "比重", owner.text
        elif fig.form == "fraction" and "撑起" in owner.text:   # 乡村旅游撑起了甘肃旅游市场的“半壁江山”:
            name, raw = self._named(state, _PROPPED_UP.sub("占", owner.text))   # its share, as 占…的一半
        else:
            name, raw = self._named(state, owner.text)
            if fig.unit_info.normalized == "yuan" and (not name or _GIVES_MONEY_END.search(raw)) \
                    and (money := _MONEY_NAMED_AFTER.match(owner.after)):
                if _PER_UNIT_BEFORE.search(owner.text) is not None:
                    return "a norm per unit"   # 为每户发放2000元产业发展资金: each household's, no total
                # 安排500万元补助资金支持…: the money named after its amount (县上落实300万元扶持资金 -> 扶持资金)
                name, raw = self._named(state, _ABOUT_END.sub("", _UNKNOWN_GIVING.sub("", owner.text)) + money[1])
            if "带动" in raw and fig.unit_info.normalized in _PEOPLE_UNITS and (along := brought_along(raw)):
                name = along   # 辐射带动规模养殖户1.6万多户: the people brought along (not the county's 规模养殖户)
            if raw.endswith("占") and name.endswith("比重") and state.observations \
                    and ((before := state.observations[-1]).kind == "amount"
                         or before.unit_normalized == "person" and before.name in _PEOPLE_WHOLES) \
                    and "其中" in self.body[before.value_end:fig.start] and "占" not in before.name:
                name = name.removesuffix("比重") + "占" + before.name + "比重"   # 电商销售总额…，其中花椒占46%
                # (总人口约11.26万人，其中藏族人口占55%: of 总人口)
            elif raw.endswith("占") and name.endswith("比重") and "占" not in name and state.observations \
                    and (earlier := state.observations[-1]).kind == "share_or_rate" \
                    and (share_whole := _SHARE_WHOLE.search(earlier.name)) is not None \
                    and _SHARE_LIST_JOIN.fullmatch(self.body, earlier.value_end, owner.start) is not None:
                name = name.removesuffix("比重") + share_whole[0]   # 小麦占农作物播种面积的31.42%，谷子占8.9%: of the
                # same whole (one share after another in a list)
            if name and (part_named := self._part_measure(state, owner, name, raw)):
                name = part_named   # 旅游总收入2.18亿元，其中，过夜游2.06万人次，旅游收入1799.43万元: the part's income
            if "贡献" in self.body[state.start:fig.start] and name \
                    and (contributed := self._contributed(state, owner, raw)):
                name = contributed   # 中医药产业产值…，贡献财政收入1.36亿元、工业增加值15.7亿元: the industry's share
                # of the county's revenue and value added, never the county's own
            if raw.endswith("占") and name.endswith("比重") and not _EACH_SHARE.search(raw) \
                    and not _GROUP_SHARE.search(raw) and (together := self._listed_before(state, owner.start)):
                if together == "?":
                    return "no clear indicator name"   # (a list whose start is not read: not the last one's share)
                name = together + name   # 谷子、糜子约占16%, 其中回族、东乡族约占60%: theirs together (not 各占:
                # each's; 马铃薯、中药材、蔬菜等特色作物占35%: the group's, named by it)
            if state.periods and name in GENERIC_NAMES and (subject := self._subject_before_period(state, owner)):
                name = with_topic(name, subject)   # 投资500万元以上项目1—10月完成投资421560万元: theirs
            if name == "项目" and "等" in owner.text and self.body[owner.start - 1:owner.start] == "、" \
                    and (status := listed_status(self.body[clause_start(self.body, state.start, owner.start):])):
                name = status + name   # 在建20兆瓦太阳能光伏发电、天宏鞋业等项目16个 -> 在建项目
        if name and (name[-1] == "业" or name.endswith("部门")) and len(name) <= 6 \
                and fig.unit_info.normalized == "yuan" \
                and "产业" not in name and lexicon().canonical(name) is None \
                and (whole := self._whole_before_parts(state, fig)):   # (第一产业: a sector's, named by SECTOR_PARTS)
            name = name + whole if whole != "地区生产总值" else lexicon().canonical(name + "增加值") or name + "增加值"
            # …社会消费品零售总额596.99亿元。其中：批发业完成70.55亿元: the trade's part of it (of GDP: 工业增加值;
            # …一般预算财政收入完成12655万元…。其中：税务部门完成6197万元: what that office collected of it)
        elif name == "总量" and state.observations and (added := state.observations[-1]).unit_normalized \
                == fig.unit_info.normalized and "新增" in added.name \
                and len(whole_name := added.name.replace("新增", "")) >= 4 and whole_name not in BARE_NAMES:
            name = whole_name   # 新增新能源装机1200万千瓦，总量突破5000万千瓦: all of it (not 新增就业…，总量: 就业)
        if name and (park := self._park_subject(state, fig.start)) and not name.startswith(park) \
                and _PARK_WORD.search(name) is None:   # (开发区政府性投资: the zone's already)
            name = park + name   # …；黄羊工业园区开工建设项目65项: the park's (two parks, two series)
        if name.startswith(("签约", "新签约")) and (_EVENT_WORD.search(self.body, state.start, fig.start) or (
                self.previous is not None and _EVENT_WORD.search(self.previous.sentence.text))) \
                and (fair := self._fair(state, fig)):   # 本届兰洽会舟曲县共签约7个项目: the fair's
            if not name.startswith(fair):   # (a topic that has it already: once)
                if self.topic == name:   # (…，签约资金8.11亿元: the fair's projects' too)
                    self.topic = fair + name
                name = fair + name   # (signings at one fair are a series apart from the year's)
        elif "项目" in name and (fair := self._fair_of_projects(state, fig, name)):
            # (…签约项目…。从投资规模看，亿元以上项目45个)
            fair_name = name if name.startswith(fair) else \
                fair + ("" if _WON_ALREADY.search(name) else "签约") + name   # -> 兰洽会签约亿元以上项目
            if self.topic == name:   # (…、签约额415亿元: those projects' too)
                self.topic = fair_name
            name = fair_name
        if owner.start > 0 and self.body[owner.start - 1] in "）)" and (not name or raw in GENERIC_NAMES or (
                len(owner.text) >= 2 and _NAME_AFTER_ASIDE.match(owner.text))):
            # (拱型(日光)温室示范点38个: a short aside inside a name, its head before it)
            aside = _ASIDE.search(self.body, state.start, owner.start)
            head = ""
            if aside:
                start = max([floor, clause_start(self.body, state.start, aside.start())] +
                            [p.end for p in state.periods if p.end <= aside.start()])
                head = self.body[start:aside.start()]
            # 比重（常住人口城镇化率）为65%: an aside that is a known indicator is the name;
            # 食用菌（干鲜混合）产量1.99万吨, 城镇化率（常住人口）为41.2%: otherwise it interrupts the name
            known = aside is not None and lexicon().canonical(clean(aside[1])) is not None
            whole = name_of(head + owner.text)[0] if head.strip() and not known else ""
            if whole and whole not in GENERIC_NAMES:
                name, raw = self._named(state, head + owner.text)
            elif aside and (known or not name) and len(aside[1]) > 1:   # (青贮池（窖）: the pits, not 窖)
                name, raw = self._named(state, aside[1])
        if not name:
            name, raw = span_name(self.body, state.start, floor, owner.start, state.observations) or (name, raw)
            if name and state.observations:
                state.span_floor = state.observations[-1].value_end
            if name:   # (…园区始建于…。…入园企业由2013年的35户增加到…: the park's, as its later value)
                name = self._zone_named(state, name)
        bracketed: Region | None = None
        whole_at = -1
        if not name and (part := self._bracketed_part(state, fig, owner)) is not None:
            name, raw, bracketed, whole_at = part   # 420亿元(兰州高新区292亿元、白银高新区128亿元): each place's part
        if not name and (_MILESTONE_VERB.fullmatch(owner.text) or _DONE_AGAIN.fullmatch(owner.text)
                         or _LEVEL_AGAIN.fullmatch(owner.text.rstrip())) \
                and (dated := self._indicator_before_period(state, owner, fig)):
            name, raw = dated   # 地区生产总值2021年突破500亿元、2022年突破600亿元: each year's milestone (and
            # 全社会固定资产投资“十一五”期间累计完成118亿元: the indicator before its period)
        if not name and state.observations and _REACHED.fullmatch(owner.text.strip("，, ")) \
                and (added := state.observations[-1]).unit_normalized == fig.unit_info.normalized \
                and (new := _ADDED.match(added.name)) is not None \
                and self.body[added.value_end:owner.start].strip() in ("，", ",") \
                and len(whole := added.name[new.end():]) >= 2 and whole not in BARE_NAMES:
            whole += "余额" if whole in _LENT else ""   # (新增贷款12亿元，达到85亿元: the balance)
            name, raw = lexicon().canonical(whole) or whole, owner.text   # 新增蔬菜面积4.8万亩，达到28.3万亩:
            # the whole reached (新植枸杞32846亩，累计达到93063亩 -> 枸杞)
        elif name in _TOTAL_WORDS and state.observations \
                and (added := state.observations[-1]).unit_normalized == fig.unit_info.normalized \
                and not _ADDED.match(added.name) \
                and added.kind == _KINDS[fig.unit_info.kind] and added.kind in ("count", "physical_quantity") \
                and self.body[added.value_end:owner.start].strip() in ("，", ",") and added.name not in BARE_NAMES:
            name = added.name   # 新增农业产业化龙头企业139家，总数达到3235家: all of them (see _narrowed)
        elif not name and fig.unit_info.kind not in ("percent", "point") and not _joined_figures(owner.after) \
                and _REACHED.fullmatch(reached := owner.text.strip("，, ")) \
                and (start := clause_start(self.body, state.start, owner.start)) > state.start \
                and (changed := _ONLY_CHANGED.fullmatch(self.body, clause_start(self.body, state.start, start - 1),
                                                         start - 1)) is not None \
                and (reached_name := name_of(changed["name"])[0]) and lexicon().canonical(reached_name):
            name, raw = reached_name, changed["name"] + reached   # 农民人均可支配收入迈上万元台阶，达到11433元
        respectively = "分别" in owner.text
        joined = 0
        places: list[Region] = []   # 肃州区、金塔县…分别达到: the regions the figures pair with
        remarked = ""   # 城乡居民收入稳步增长，分别达到…: the measures the clause before names
        if respectively or owner.after.lstrip()[:1] in "、和及与":   # only then can names pair with figures
            strong = max(floor, clause_start(self.body, state.start, fig.start))
            remarked = self._remarked_measures(state, strong)
            if respectively or remarked or _PAIRED.search(self.body, strong, fig.start):
                joined = _joined_figures(owner.after)
        if respectively or joined:   # 城镇、农村居民人均可支配收入28204.9元、9106.3元: in order
            for period in state.periods:   # (2020年二季度旅游人数和旅游综合收入分别为: the period opens it)
                if period.start == strong and period.end < fig.start:
                    strong = period.end
            names = respective_names(self.body[strong:fig.start], 1 + joined)
            if names and respectively and "三次产业" in self.body[strong:fig.start] \
                    and len(year_list(state.periods, owner.start, 1 + joined, self.body)) == 1 + joined:
                names = None   # 2021年、2022年和2023年，…三次产业增加值分别为…: one a year, not one a sector
            if not names and remarked:
                names = respective_names(remarked + self.body[strong:fig.start], 1 + joined)
            if not names and respectively and joined and fig.unit_info.kind == "percent" \
                    and _SHARES_RESPECTIVE.fullmatch(owner.text.strip("，, ")):
                names = self._parts_shares(state, 1 + joined, fig.value)   # 其中制造业96户、…，占比分别为72.2%、…
            if not names and respectively and (loose := _joined_figures(owner.after, commas=True)) > joined \
                    and (names := respective_names(self.body[strong:fig.start], 1 + loose)):
                joined = loose   # 分别达91.13万头、200万亩、41.93万亩，90万亩、6.82万亩: a comma for a 、 (five names)
            if names:
                (name, raw), state.levels = names[0], names[1:]
                state.list_head = (owner.start, fig.start)
            elif respectively and joined and name and (again := self._same_subjects(state, raw, 1 + joined)):
                # 牛、羊、猪、禽存栏分别为…，出栏分别为A、B、C和D: the same animals' 出栏, in order
                (name, raw), state.levels = again[0], again[1:]
                state.list_head = (owner.start, fig.start)
            elif respectively and joined and name \
                    and len(places := self._listed_regions(state, owner, fig.start)) == 1 + joined:
                # 肃州区、金塔县地区生产总值分别达到9亿元、13.4亿元: one indicator, one region per figure
                state.levels, state.level_regions = [(name, raw)] * joined, places[1:]
                state.level_zones = [self.context.zone_of(m) for m in self._listed_mentions(state, owner, fig.start)]
                state.list_head = (owner.start, fig.start)
            elif respectively and joined and name \
                    and (closing := self._regions_closing_before(state, owner, 1 + joined)):
                # 位居全省第二和第三位的分别是庆阳市和酒泉市，2025年GDP总值分别为1235.32亿元和1103.6亿元: in that order
                state.levels, state.level_regions = [(name, raw)] * joined, [m.region for m in closing[1:]]
                state.level_zones = [self.context.zone_of(m) for m in closing]
                places = [closing[0].region]
                state.list_head = (owner.start, fig.start)
            elif respectively and joined and not name and (shared := self._shared_before(state, owner, 1 + joined)):
                # 武威市、定西市和白银市2025年GDP总值均在800亿上下，分别为802.3亿元、…: the clause before's regions and
                # measure, in order; a bound it gave them all (都超过了700亿元) no row beside their values
                (name, raw), mentions = shared
                places = [m.region for m in mentions]
                state.observations = [o for o in state.observations if not (   # (the bound, superseded)
                    o.name == name and o.region_code in {r.code for r in places})]
                state.levels, state.level_regions = [(name, raw)] * joined, places[1:]
                state.level_zones = [self.context.zone_of(m) for m in mentions]
                state.list_head = (owner.start, fig.start)
            elif respectively and joined and name \
                    and (subjects := self._subjects_before(state, owner, raw, 1 + joined)):
                # 瓜州蜜瓜、瓜州枸杞…，品牌价值分别达31.73亿元和3.6亿元: each subject's, in order (the whole
                # measure would file the first under a broader series, or under the last subject's)
                (name, raw), state.levels = subjects[0], subjects[1:]
                state.list_head = (owner.start, fig.start)
            if respectively and state.list_head != (owner.start, fig.start):   # (names or regions listed: theirs,
                state.years = year_list(state.periods, owner.start, 1 + joined, self.body)   # not one a year)
            if respectively and joined and name and state.list_head != (owner.start, fig.start) and not state.years \
                    and fig.unit_info.kind not in ("percent", "point") \
                    and _PERIODS_PAIRED.search(self.body, state.start, fig.start) is None:
                return "several figures to one name, none said to be whose"   # 全省月最低工资标准分别上调至
                # 2020元、1960元、1910元和1850元: four tiers, the first no more the province's than the others
        last = state.observations[-1] if state.observations else None
        if not name and last is not None and last.unit_normalized == fig.unit_info.normalized \
                and last.region_code and (named := gazetteer().at_start(owner.text.strip("，,、 "))) is not None \
                and owner.text.strip("，,、 ")[named[0]:] in _REGION_IS \
                and (named[1].code != last.region_code or _said_of_counted(self.body, last)):
            # 金昌市规上工业经济同比增长31.1%，白银市为19.1%，酒泉市为12.6%: another region's of the same
            if last.kind == "growth_rate":
                self._add_change(state, fig, owner.start, (last.name, last.raw_name), 1, fig.text, approx, named[1])
            else:
                state.observations.append(self._observation(state, fig, owner.start, last.name, last.raw_name,
                                                            last.kind, approx, region=named[1]))
            return None
        if not name and last is not None and last.approx and last.unit_normalized == fig.unit_info.normalized \
                and self.body[last.value_end:fig.start].strip() in ("、", "和"):
            name, raw = last.name, last.raw_name   # 突破30亿元、40亿元大关: both the same indicator's
            approx = True
        if not name and last is not None and (self.body[last.value_end:fig.start] in _SIZE_JOINS or (
                self.body[last.value_end:fig.start] == "、" and last.unit == "户"
                and fig.unit_info.normalized == "person")) \
                and last.unit_normalized != "yuan" \
                and fig.unit_info.normalized not in ("yuan", last.unit_normalized) and last.kind != "ranking" \
                and fig.text[:1].isdigit():   # (1个百万只鸡苗孵化场: a magnitude in words is a name)
            # 剩余贫困人口64户231人 (带动贫困户2271户、10464人): the households' people; 暖棚、贮草棚9835座
            # 77.5万平方米: the same sheds' area
            name, raw = last.name, last.raw_name
        if not name and last is not None and last.approx and last.unit_normalized == fig.unit_info.normalized \
                and _LEVEL_ONLY.fullmatch(owner.text.strip()) \
                and "突破" in self.body[last.value_start - 4:last.value_start]:
            name, raw = last.name, last.raw_name   # 首次突破20亿元，达到23.6亿元: the milestone's figure
        if not name and last is not None and last.kind == "count" and last.unit_normalized == fig.unit_info.normalized \
                and _RUNNING_TOTAL.fullmatch(owner.text.strip()):
            name, raw = last.name, last.raw_name   # 新发展家庭农场8个，累计达到15个: the farms', all of them
        if not name and (_LEVEL_ONLY.fullmatch(owner.text.strip()) or (
                _MILESTONE_ONLY.fullmatch(owner.text.strip())
                and (not owner.after.startswith("的") or owner.after.startswith(("的大关", "的关口")))
                and not _LEVEL_AFTER.match(owner.after))):   # (…，超过6%的预期目标; …，达到10.5亿元: that one's)
            # 收入增长61.7%，达到3.91亿元; 生产总值比上年增长6.3%，首次超过8000亿元 (a level passed, approximate)
            n = 1 + (_joined_figures(owner.after) if "分别" in owner.text else 0)
            growths = self._growths_before(state, n)
            if growths:
                state.list_head = (owner.start, fig.start)
                self._fold_growth(state, fig, owner.start, growths[0], approx, state.list_head)
                state.folds = [(i, owner.start) for i in growths[1:]]
                return None
            if n == 1 and last is not None and last.kind == "growth_rate" and _NOT_YEARLY.search(last.change):
                name, raw = last.name, last.raw_name   # …以年均12%的速度增长，2022年达到15亿元: its level, not
                # changed by it
        if fig.unit_info.normalized == "mu" and (not name and not raw or _AREA_VERB.fullmatch(raw.strip())) \
                and fig.text[:1].isdigit() and (noun := _AREA_NOUN.match(owner.after)):
            name = raw = noun[1]   # 合水县10万亩黄花菜喜获丰收: the crop's area (not 打造百万亩基础产业)
        herd_part = False
        if (not name and raw in _LIVESTOCK or name == raw and 2 <= len(raw) <= 4 and raw[-1] in _LIVESTOCK
                and self.body[last.value_end if last else 0:owner.start] == "、") \
                and last is not None and last.unit_normalized == fig.unit_info.normalized \
                and (herd := _HERD_MEASURE.search(last.name)):
            name, herd_part = raw + herd[0], True   # 羊饲养量达到31万只，牛3万余头 -> 牛饲养量 (牦牛出栏3.6万头、藏羊…)
        elif (not name or name == raw) and 1 <= len(raw) <= 4 and raw[-1] in _LIVESTOCK and last is not None \
                and last.unit_normalized == fig.unit_info.normalized and len(last.name) > 2 \
                and last.name[-1] in _LIVESTOCK and self.body[last.value_end:owner.start] == "、":
            name = last.name[:-1] + raw   # 特色养殖牛26万头、羊200万只、岔口驿马8500匹: 特色养殖羊, 特色养殖岔口驿马
        elif fig.unit_info.normalized == "mu" and (not name or name == raw) and 1 <= len(raw) <= 6 \
                and last is not None and last.unit_normalized == "mu" \
                and (area := _CROP_AREA.search(last.name)) is not None and area.start() > 0 \
                and self.body[last.value_end:owner.start] in _LIST_JOINS and not _STATES_AREA.search(raw) \
                and _REACHED_AFTER_CROP.fullmatch(owner.text, len(raw)) is not None:   # (not 其中…, 新增…)
            name = raw + area[0]   # 葡萄种植面积达到12万亩，枣达到4万亩，优质瓜菜达到7.5万亩 -> 枣种植面积
        elif name and _VERB_ONLY.fullmatch(name) and last is not None \
                and last.unit_normalized == fig.unit_info.normalized and last.kind in ("count", "physical_quantity") \
                and self.body[last.value_end:owner.start] in _LIST_JOINS and not _VERB_ONLY.match(last.name):
            name = name + last.name   # 新建龙头企业8家、改扩建14家 -> 改扩建龙头企业 (what was built anew and rebuilt)
        elif name and fig.unit_info.normalized == "count" and last is not None and last.unit_normalized == "count" \
                and last.kind == "count" and self.body[last.value_end:owner.start] in _LIST_JOINS \
                and (leveled := level_listed_after(name, last.name)) != name:
            name = leveled   # 创建县级示范社164家，市级72家，省级20家 -> 市级示范社, 省级示范社
        elif fig.unit_info.normalized == "tonne" and name == raw and 2 <= len(raw) <= 8 \
                and last is not None and last.unit_normalized == "tonne" and last.name.endswith("产量") \
                and self.body[last.value_end:owner.start] in _LIST_JOINS and not _MEASURE_TAIL.search(raw) \
                and not _NOT_PRODUCED.search(raw) and lexicon().canonical(raw) is None and raw[-1] in _PRODUCT_LAST \
                and "其中" not in self.body[last.value_end:fig.start]:   # (…总产量5万吨，其中当归2万吨: a part)
            name = raw + "产量"   # 油橄榄鲜果产量5万吨，初榨橄榄油7500吨 -> 初榨橄榄油产量
        if not name and not raw and last is not None and last.unit_normalized == fig.unit_info.normalized \
                and last.kind not in ("growth_rate", "ranking") \
                and state.periods and state.periods[-1].start > last.value_end \
                and _DONE_AGAIN.fullmatch(self.body, state.periods[-1].end, fig.start):
            name, raw = last.name, last.raw_name   # 完成…投资427.23亿元，…，五年累计完成1301.66亿元: the same
            # indicator over the years the clause names
        people = name in _PEOPLE_SHARE and last is not None and last.name.endswith("人口") \
            and "分别" not in owner.text and not _joined_figures(owner.after)   # (…人口占比分别为A、B: each its own)
        if (not name and owner.text.strip("，, ") in _BARE_SHARE or people) and fig.unit_info.kind == "percent" \
                and last is not None and last.kind in ("count", "amount", "physical_quantity") \
                and (self.body[last.value_end:owner.start].strip() in ("，", ",")
                     or _CHANGE_BETWEEN.fullmatch(self.body, last.value_end, owner.start) is not None) \
                and (whole := self._whole_shared(state, last, fig.value)) and whole != last.name:
            name, raw = f"{last.name}占{whole}比重", owner.text   # 其中蒙古族4446人，占37.9%: its share of the whole
        elif name in _BARE_RATES and last is not None and last.kind == "amount" and last.name.endswith(name[:-1]) \
                and len(last.name) > len(name) - 1 and fig.unit_info.kind == "percent" \
                and self.body[last.value_end:owner.start].strip() in ("，", ","):
            name = last.name + "率"   # 衔接资金已支出21185.83万元，支出率42.02%: that money's
        elif people and last is not None:
            name = f"{last.name}占比"   # 乡村人口为73.2万人，人口占比为50.65%: the group's (not every group's 人口占比)
        elif (not name or name == "人均") and _PER_HEAD_ALONE.fullmatch(owner.text.strip("，, ")) and last is not None \
                and last.kind == "amount" and fig.unit_info.normalized == "yuan" \
                and self.body[last.value_end:owner.start].strip() in ("，", ",") \
                and (per_head := lexicon().canonical("人均" + last.name)) is not None:
            name, raw = per_head, owner.text   # 年GDP达20多亿元，人均近20万元: per head of it
        if owner.text.endswith(("带着", "带来")) and (money := _MONEY_BROUGHT.match(owner.after)) is not None \
                and state.observations and (bringers := state.observations[-1]).kind == "count" \
                and bringers.value_end == owner.start \
                and (brought_by := owner.text[:-2]) and bringers.name.endswith(brought_by):
            # 12家企业带着3.03亿元投资落户临夏 -> 东部企业投资: what the firms counted came with (not a bare 企业带着)
            name, raw = bringers.name + money[0], owner.text
        if name == "金额" and state.observations and (lent := _LENT_TO.fullmatch(state.observations[-1].name)) \
                and self.body[state.observations[-1].value_end:owner.start] in _LIST_JOINS:
            name = lent[1]   # 精准扶贫专项贷款发放贫困户13140户,金额6.03亿元: the loan's amount
        elif name == "金额" and state.observations and (counted_projects := state.observations[-1]).kind == "count" \
                and counted_projects.name.endswith(("项目", "协议", "合同")) \
                and self.body[counted_projects.value_end:owner.start] in _LIST_JOINS:
            name = counted_projects.name + "金额"   # 签约项目达126个、金额409亿元: those projects' (not a bare 金额)
        elif name in ("金额", "总金额") and fig.unit_info.normalized == "yuan" \
                and (gdp := _GDP_SAID.search(self.body, state.start, owner.start)) is not None \
                and _OTHER_MONEY.search(self.body, gdp.end(), owner.start) is None:   # (…发放贷款300笔，金额…: theirs)
            name = "地区生产总值"   # …全年GDP总值在千亿之上，…累计金额达到了3903.6亿元: the GDP the sentence speaks of
        if fig.unit_info.normalized == "count" and last is not None and last.kind == "count" \
                and _MARK_END.search(name) and (counted_head := _COUNTED_HEAD.search(last.name)) is not None \
                and len(name) + 2 <= MAX_NAME_CHARS:
            name += counted_head[0]   # 16家企业…，销售收入达到2000万元的有5家: those firms (销售收入达到2000万元企业)
        if name in _BANDED_NOUNS and (band := _BAND_BEFORE.search(self.body, max(0, owner.start - 12), owner.start)):
            name = band[0] + name   # 其中产值超千万元企业42家: the band the figure before named (no bare 企业)
        if not name and not raw and last is not None and last.kind in ("count", "amount") \
                and last.unit_normalized != fig.unit_info.normalized \
                and last.name.endswith(("规模", "贷款")) \
                and self.body[last.value_end:owner.start] in ("、", "和"):
            name, raw = last.name, last.raw_name   # 专项贷款规模1091户、5072万元: the scale told in two units
        if name == "信贷投放" and clean(owner.text) == "发放贷款" \
                and (recipients := _REACHED_CLAUSE.search(self.body, state.start, owner.start)) is not None:
            name = (recipients["batch"] or "") + recipients["who"] + "发放贷款"
            # 对…113户带动型贫困户，发放贷款511万元: theirs, not all the county lent (向首批…820户…，向第二批…:
            # each batch's)
        if owner.text.lstrip("，, ").startswith("涉及") and name and last is not None and last.kind == "amount" \
                and fig.unit_info.normalized == "count" and self.body[last.value_end:owner.start] in ("，", ",") \
                and not name.startswith(last.name):
            name = last.name + name   # 自用发展型贷款61.67亿元,涉及贫困户124818户: the households that loan reached
        if not name:
            return "no indicator named" if not raw else "no clear indicator name"
        if name.startswith("占"):   # 陇西有96种，占全国的26.4% (the 96 not read): a share of what, it does not say —
            return "no clear indicator name"   # 占全省比重 would be any of the region's shares, one series for all
        if last is None and self.previous is not None \
                and (name in SECTOR_PARTS or name in _TRADE_PARTS
                     or (fig.unit_info.normalized == "mu" and crop_of(name) == name
                         and _PARTS_LEAD.sub("", owner.text.strip("，,：: ")) == name)) \
                and self.body.startswith("其中", state.start):   # (…秋播面积1080余万亩…。其中冬小麦789.8万亩: a crop's)
            # …非公经济增加值达到15.64亿元，…占GDP的比重达到60.62%。其中，第一产业增加值3.16亿元: the whole is the
            # sentence before's last figure in the part's unit
            last = next((o for o in reversed(self.previous.observations)
                         if o.unit_normalized == fig.unit_info.normalized), None)
        if last is None and fig.unit_info.normalized == "count" and name.endswith("项目") \
                and self.body.startswith("其中", state.start) \
                and (on_list := on_the_list_of(name, self._projects_broken_down(state, fig.start))) != name:
            if self.topic == name:
                self.topic = on_list   # (…其中续建项目30项，总投资52.28亿元: that part's total)
            state.parts_whole, state.project_parts = self._projects_broken_down(state, fig.start), 1
            name, state.parts = on_list, True   # …287个省列重大项目建设。其中，计划新开工项目119个，续建项目148个:
            # the list's kinds, as when 其中 follows the list in its own sentence
        # 其中：风电165万千瓦，光伏发电18万千瓦 -> 风电装机容量, 光伏发电装机容量
        parts_of = last
        if last is not None and self.body.find("其中", last.value_end, fig.start) >= 0:
            if last.unit_normalized != fig.unit_info.normalized and (counted := next(
                    (o for o in reversed(state.observations) if o.unit_normalized == fig.unit_info.normalized),
                    None)) is not None and self.body.find("其中", counted.value_end, last.value_start) < 0:
                parts_of = counted   # 在建中小水电站153座，总装机197万千瓦，其中小型水电站138座: the count's parts
            state.part_whole = parts_of   # the whole of the parts listed after 其中 (not the part before each)
        elif state.part_whole is not None and last is not None \
                and (last.unit_normalized == fig.unit_info.normalized
                     or (state.part_whole.unit_normalized == fig.unit_info.normalized and len(state.observations) >= 2
                         and (before := state.observations[-2]).unit_normalized == fig.unit_info.normalized
                         and before.value_start > state.part_whole.value_end)) \
                and (_PART_JOIN.fullmatch(self.body, last.value_end, owner.start)
                     or (name in _TRADE_PARTS and "进出口" in state.part_whole.name)) \
                and part_of(name, name, state.part_whole.name, fig.unit_info.normalized) != name:
            parts_of = state.part_whole   # 经济林面积7600亩，其中核桃7100亩，金银花500亩: the forest's part (not
            # 核桃面积's), and a part after one too long to name (早春地膜马铃薯6万亩，辣椒…): the whole's too
        if last is not None and parts_of is not None and parts_of.unit_normalized == fig.unit_info.normalized \
                and parts_of.kind not in ("ranking", "growth_rate") \
                and (state.parts or herd_part or parts_of is state.part_whole):
            between = self.body[last.value_end:fig.start]
            phrase = between[between.rfind("其中"):] if "其中" in between else ""
            if not phrase or any(c.isdigit() for c in phrase):   # (其中，计划新开工项目119个，…；续建项目148个:
                phrase = _CLAUSE_MARK.split(between)[-1]      # the last part's own clause, past the dropped ones)
            park = next((p for p in (self.paragraph_park[0] if self.paragraph_park else "", state.zone or "")
                         if p and name.startswith(p) and parts_of.name.startswith(p)), "")   # (both the park's)
            bare, name = name, park + part_of(phrase, name[len(park):], parts_of.name[len(park):],
                                              parts_of.unit_normalized)
            if name != bare and self.topic == bare and name.endswith("项目"):
                self.topic = name   # 其中，新开工项目3个；续建项目6个，完成投资8亿元: 省列续建项目's
            if name.endswith("项目") and fig.unit_info.normalized == "count":   # 其中续建项目31个，新建项目5个，
                if "其中" in between:   # 前期项目22个，项目总投资74.4亿元: two parts listed, then the whole's
                    state.parts_whole, state.project_parts = last.name, 0
                state.project_parts += 1
                if state.project_parts >= 2 and state.parts_whole.endswith("项目") \
                        and self.body[last.value_end:owner.start].strip("，,、 ") == "":
                    self.topic = state.parts_whole
            state.parts = name != bare or herd_part
            state.whole = last if not last.period_start and last.kind == _KINDS[fig.unit_info.kind] else None
        if fig.unit_info.normalized == "head" and name.startswith("饲养") and 3 <= len(name) <= 6 \
                and not _MEASURE_TAIL.search(name) and not name.endswith(("户", "场", "小区", "基地", "企业")) \
                and "存栏" not in name and "出栏" not in name \
                and not (state.observations and state.observations[-1].kind == "count"):
            name = name[2:] + "饲养量"   # 完成饲养肉鸡1.05亿羽 -> 肉鸡饲养量 (as 羊饲养量 is written; not after
            # places counted: 建成各类养殖专业村90个，饲养各类畜禽9.74万头 is the villages')
        if fig.unit_info.normalized == "tonne" or (fig.unit[-1:] in _GOODS_UNITS and name.startswith("生产")
                                                   and not _PRODUCTION_NOUN.match(name)):
            # 累计生产铁精粉380万吨、黄金9.2吨 -> 铁精粉产量, 黄金产量; 生产食用菌菌棒1300万棒 -> 食用菌菌棒产量
            if name.startswith(("生产", "年产")) and len(name) > 3 and name[2] not in "出值量能" \
                    and not _MEASURE_TAIL.search(name):
                name, state.produced = name[2:].removeprefix("各类") + "产量", True
            elif name.startswith(("年产出", "生产出", "年生产")) and len(name) > 4 and not _MEASURE_TAIL.search(name):
                name, state.produced = name[3:] + "产量", True   # 年产出橄榄油5800吨 -> 橄榄油产量
            elif name.startswith("产") and 3 <= len(name) <= 7 and name[1] not in "出值量能品业" \
                    and not _MEASURE_TAIL.search(name) and not _MEASURE_TAIL.search(name[1:]):
                name, state.produced = name[1:] + "产量", True   # 产辣椒648万公斤 -> 辣椒产量
            elif raw.endswith("销售" + name) and not _MEASURE_TAIL.search(name):   # 年综合销售蔬菜达50万吨
                name += "销售量"
            elif name.startswith("年产") and name.endswith("总量") and len(name) > 5:
                name, state.produced = name[2:-2] + "产量", True   # 年产枸杞干果总量4.2万吨 -> 枸杞干果产量
            elif name.startswith("出售") and len(name) > 3 and not _MEASURE_TAIL.search(name):
                name = name[2:] + "销售量"   # 年出售百合15754.7吨 -> 百合销售量
            elif name.endswith("生产") and len(name) >= 4 and "、" not in name:
                name = name[:-2] + "产量"   # 水泥、石灰、石料生产分别完成246万吨、… -> 水泥产量, 石灰产量, 石料产量
                state.levels = [(listed[:-2] + "产量" if listed.endswith("生产") and len(listed) >= 4 else listed,
                                 as_written) for listed, as_written in state.levels]
            elif state.produced and not _MEASURE_TAIL.search(name) and (
                    self.body[owner.start - 1:owner.start] == "、"
                    or (self.body[owner.start - 1:owner.start] in "，," and owner.text == name and len(name) <= 5
                        and name[0] != "产" and not _HANDLED.search(name))):
                name += "产量"   # 年产牛羊肉7885吨，乳品19000吨: an output too
            else:
                state.produced = False
        elif fig.unit_info.normalized == "yuan" and name.endswith(_GRANTED) and owner.after[:1] in "，," \
                and (spent := _SPENT_ON_AFTER.match(owner.after)) is not None:
            name = clean(spent["what"]).replace("的", "") + name   # 争取中央投资55亿元，安排了…等一批农村基础设施
            # 项目: theirs (two such amounts in a paragraph are two series, not one 中央投资 stated twice)
        elif fig.unit_info.normalized == "yuan" and name == "投资" and (purpose := _PURPOSE_AFTER.match(owner.after)):
            name = clean(purpose[1]) + name   # 投资7176万元完成草原鼠害综合防治1326.9万亩 -> 草原鼠害综合防治投资
        elif fig.unit_info.normalized == "yuan" and name.removeprefix("财政") in _BARE_SPENT \
                and owner.after.startswith("用于") \
                and (purpose := _PURPOSE_AFTER.match(owner.after)) and len(what := clean(purpose[1])) >= 2:
            name = what if what.endswith(("资金", "经费", "补贴", "补助")) else what + "资金"
            # 共列支1046.899万元用于中蜂产业发展奖补资金: what it was spent on (no bare 列支 of everything)
        elif fig.unit_info.normalized == "yuan" and name in _BARE_INVESTED and owner.text.strip() in _BARE_INVESTED \
                and (purpose := _PURPOSE_BEFORE.search(self.body, state.start, owner.start)):
            name = purpose["what"] + "投资"   # 依托畜牧产业示范园区建设，投资7453万元 -> 畜牧产业示范园区建设投资
        if _BARE_CHANGE.search(name) and _FELL_TO.search(owner.text) \
                and len(level := name_of(_FELL_TO.sub("", owner.text))[0]) >= 2:
            name = level   # 人口总数下降为1811.28万人, 蔬菜种植面积增加为12万亩: the level reached
        if _BARE_CHANGE.search(name):   # 礼县减少3.41万人: a change whose figure is elsewhere
            return "a change with no indicator it belongs to"
        if name.removeprefix("年") in GENERIC_NAMES and fig.unit_info.normalized != "m2" \
                and not (self.unnamed_item == self.item_start > state.start):
            # 全县种植面积已超过2万亩 in 西和县:“半夏之乡”迎丰收: the product's, not a bare 种植面积
            product = product_named(self.body[max(state.start, self.item_start):fig.start]) \
                or self.headline_product   # its subject's (in an enumeration, its item's: 五是…食用菌…，总产量…)
            name = with_topic(name, product) if product else name
        if (fig.unit_info.normalized in ("mu", "kW") or (fig.unit_info.normalized == "yuan" and name.endswith(_LENT))) \
                and "新增" not in name and _ADDED_BEFORE.search(
                self.body, clause_start(self.body, state.start, fig.start), fig.start) is not None:
            name = "新增" + name   # 年内新增蔬菜种植面积2000亩: what was added, a series apart from the area
            # (一季度新增贷款1041亿元: the quarter's lending, apart from the balance; 当年新增风电装机169万千瓦,
            # 年底累计完成220万千瓦: the year's addition, apart from the capacity)
        elif name.endswith(_CAPACITIES) and "新增" not in name and "新建" not in name \
                and (built := _BUILT_BEFORE.search(self.body, clause_start(self.body, state.start, fig.start),
                                                   fig.start)) is not None:
            name = built[1] + name   # 新建天然气产能3亿立方米: capacity built this year, apart from all there is
        elif name.startswith("新增") and "新增" not in owner.text and "累计" in owner.text \
                and fig.unit_info.normalized in ("mu", "kW"):
            name = name[2:]   # 新增风电装机169万千瓦，年底累计完成220万千瓦: all of it, not what was added
        if name in _BALANCES:
            name = self._same_kind_of_balance(state, name, owner.text)
        header = _AREA_HEADER.match(self.body, self.body.rfind("\n", 0, fig.start) + 1) \
            if fig.unit_info.normalized == "mu" and crop_of(name) == name else None
        kind = _KINDS[fig.unit_info.kind]
        if self.topic and not self.topic.startswith("粮食") and (
                (name.startswith("粮食") and fig.unit_info.normalized == "tonne")
                or name in _GRAIN_AREAS):   # (粮食播种面积80万亩，总产45万吨: grain's too; not 粮食生产功能区)
            self.topic = "粮食"   # …玉米种植面积…。1956年粮食单产…。总产由…: all grain's, no longer the maize's
        elif fig.unit_info.normalized == "mu" and (crop := crop_of(name) or base_crop(name)) \
                and (not self.topic or self.topic not in crop):
            self.topic = crop   # 种植土豆102万亩，总产量135万吨; …苹果…；栽植花椒7.5万亩，挂果面积2.2万亩: the pepper's
            # (not a kind of the crop already spoken of: 其中塑料大棚韭菜3000亩 … 总产量 is still 韭菜's)
        elif self.topic and self.item_start > state.start and fig.unit_info.normalized in ("mu", "count") \
                and not (fig.unit_info.normalized == "mu" and crop) and name not in BARE_NAMES \
                and self.topic not in name:
            # …小麦…；建成玉米全膜双垄沟播示范区3万亩，总产2.25万吨: an item's area of another thing: its bare
            # measures are that area's, no crop's
            self.topic, self.unnamed_item = "", self.item_start
        if header is not None:   # 农作物面积：玉米1.23万亩 -> 玉米面积, as 葡萄种植面积…，枣达到4万亩 -> 枣种植面积
            name += header[1]   # (the crop still the subject of the bare measures after it)
        regions: list[Region | None] = list(self._shared_regions(state, owner, fig.start)) or [None]
        zone: str | None = None
        if places and state.levels:
            regions = [places[0]]
            zone = state.level_zones.pop(0) if state.level_zones else None
        elif bracketed is not None:
            regions = [bracketed]
            state.bracketed[len(state.observations)] = whole_at
        near = max(len(owner.text) - 5, 0)   # 均 or 都 at most five characters before the figure
        all_at = max(owner.text.rfind("均", near), owner.text.rfind("都", near)) \
            if "均" in owner.text or "都" in owner.text else -1
        if all_at > 0 and regions == [None] and "分别" not in owner.text:
            sharing = self._names_sharing(state, owner, all_at)   # 医保、社保参保率均达到100%: a row each
            whole = owner.text[all_at + 1:]
            if sharing and whole.startswith("占"):   # 油橄榄鲜果、橄榄油产量均占全国的90%: each one's share
                sharing = [(name_of(one + whole)[0] or one, one_raw + whole) for one, one_raw in sharing]
            for one, one_raw in sharing:
                state.observations.append(self._observation(state, fig, owner.start, one, one_raw, kind, approx))
            if sharing:
                return None
        if kind == "count" and state.observations and (total := state.observations[-1].name).endswith("项目总投资") \
                and total[:-3].endswith(name) and _STATUS_OF_SET.fullmatch(total[:-3 - len(name)]):
            name = total[:-3]   # 开工建设总投资49.5亿元的重点工业项目54个: the set whose total was just named
        if kind == "count" and name.endswith(("以上", "以下")) and "其中" in owner.text and _BAND_ONLY.fullmatch(name) \
                and (counted := next((o for o in reversed(state.observations) if o.kind == "count"), None)):
            name = name + counted.name   # …项目94个，其中投资5亿元以上43个: the band's part of the projects counted
        for region in regions:
            state.observations.append(self._observation(state, fig, owner.start, name, raw, kind, approx,
                                                        region=region, zone=zone))
        return None

    @staticmethod
    def _growths_before(state: _Sentence, n: int) -> list[int]:
        """The last `n` observations of the sentence when they are all growth rows of their own
        (not of a figure), in order; [] otherwise."""
        tail = state.observations[-n:]
        if len(tail) < n or any(o.kind != "growth_rate" or _NOT_YEARLY.search(o.change) for o in tail):
            return []   # (以年均12%的速度增长，2022年达到15亿元，同比增长8%: an average is no change of the year's
            # level)
        return list(range(len(state.observations) - n, len(state.observations)))

    def _fold_growth(self, state: _Sentence, fig: Figure, owner_start: int, index: int, approx: bool,
                     head: tuple[int, int]) -> None:
        """The level stated after its growth (全口径财政收入增长61.7%，达到3.91亿元): one row, the
        level's, with the growth as its change."""
        growth = state.observations[index]
        level = self._observation(state, fig, owner_start, growth.name, growth.raw_name,
                                  _KINDS[fig.unit_info.kind], approx, head=head)
        state.observations[index] = replace(level, change=growth.change, change_pct=growth.change_pct,
                                            change_points=growth.change_points, change_value=growth.change_value,
                                            region_code=growth.region_code, region=growth.region)

    def _read_basis_value(self, state: _Sentence, fig: Figure, owner: _Owner, when: str, approx: bool) -> bool:
        """农业总产值13060万元，比去年同期的11020万元净增2040万元: the value compared with is the same
        indicator's for the basis period; the change after it is the compared figure's. False
        when no figure of the sentence's measure stands before it."""
        index = len(state.observations) - 1
        while fig.unit_info.normalized not in ("percent", "point") and index > 0 \
                and state.observations[index].unit_normalized in ("percent", "point"):
            index -= 1   # (…完成67955万元，占预算的67.3%，较上年同期99895万元下降32.0%: the amount's, past its share)
        compared = state.observations[index] if state.observations else None
        if compared is None or compared.kind in ("growth_rate", "ranking") \
                or compared.unit_normalized != fig.unit_info.normalized:
            return False
        start, end = basis_period(when, compared.period_start, compared.period_end)
        row = self._observation(state, fig, owner.start, compared.name, compared.raw_name, compared.kind, approx,
                                region=gazetteer()[compared.region_code] if compared.region_code else None)
        state.observations.append(replace(row, period=when, period_start=start, period_end=end))
        if when.endswith(("年初", "末", "底")) and compared.period_start:   # compared with a stock: one too
            state.observations[index] = replace(compared, period_start="")
        state.compared = index
        return True

    def _named(self, state: _Sentence, phrase: str) -> tuple[str, str]:
        """name_of, with a bare name given the subject of its paragraph (产值 -> 苹果产值), and the
        topic updated from a name that has one."""
        name, raw = name_of(phrase)
        status = (name or clean(phrase)) if self.topic.endswith("项目") else ""
        if status in _PROJECTS_FINISHED and self.topic.startswith(("在建", "实施")):
            return self.topic + status, raw or status   # 208项在建项目开(复)工147项，建成36项: how far they got
        if status in _PROJECT_STATUSES:   # 续建30个，开工29个；新建52个… after a set of projects
            name = self.topic = f"{status}项目"   # the 续建项目 and their 开工, then the 新建项目's
            return name, raw or status
        if not name:
            return name, raw
        if name == "招商引资到位资金" and self.topic.startswith("省外") and self.topic.endswith("项目") \
                and "招商" not in phrase:
            return "省外到位资金", raw   # 实施省外项目97个，到位资金67.99亿元: the narrower series
        if name == "贷款余额" and clean(phrase) == "贷款余额" and state.observations \
                and (lent := state.observations[-1]).name.endswith(("贷款", "信贷")) \
                and lent.unit_normalized == "yuan" and lent.name != "贷款" \
                and not lent.name.startswith("新增"):   # (新增贷款…，贷款余额: the province's whole)
            return lent.name + "贷款余额", raw   # 累计发放脱贫人口小额信贷803亿元，贷款余额216亿元: that loan's
        if name == "招商引资到位资金" and self.topic.endswith("项目") and not _INVESTMENT_WORDS.search(phrase) \
                and (not _INVESTMENT_WORDS.search(text := state.sentence.text)   # 争取到各类项目390项，到位资金…
                     or ("其中" in text[text.find("到位资金") + 1:]
                         and any(o.name.endswith("到位资金") for o in state.observations))
                     # …到位资金55.73亿元。…新签约落地项目51个，签约额34.1亿元，到位资金32.39亿元: the whole's told,
                     # the projects counted in this sentence have theirs
                     or (any(o.name == self.topic for o in state.observations)
                         and any(o.name == name for o in self.observations
                                 if o.value_start >= self.body.rfind("\n", 0, state.start)))):
            return self.topic + "到位资金", raw   # the projects' funds, not investment attracted (…到位资金6527.11
            # 亿元，其中，实施东中部产业转移项目1130个，到位资金2297.11亿元: the part's)
        if name == "招商引资签约额" and _BARE_SIGNED.fullmatch(clean(phrase)) and (
                self.topic.endswith("协议") or self.topic.endswith("项目")
                and (_PLAIN_SIGNINGS.sub("", self.topic) != "项目"
                     or ((kind_counted := next((o for o in state.observations if o.name == self.topic), None))
                         is not None and (_KIND_OF_SIGNINGS.search(kind_counted.raw_name) is not None or (
                             "招商引资" not in kind_counted.raw_name   # (签约招商引资项目80个: the year's)
                             and _KIND_OF_SIGNINGS.search(self.body, state.start, kind_counted.value_start)))))) \
                and any(o.name == self.topic for o in state.observations):   # (counted in this sentence)
            # 签订意向性合作协议3个，签约额13.15亿元; 兰洽会签约项目6个，签约资金8.11亿元; 10个工业项目，签约资金18亿元:
            # those agreements' or projects' (but 签约项目40个，签约资金41.29亿元: the year's 招商引资签约额)
            return self.topic + "签约额", raw
        if name == "开工率" and len(state.observations) >= 2 and (started := state.observations[-1]).kind == "count" \
                and _STARTED_ONES.fullmatch(started.name) is not None \
                and (signed_set := next((o for o in reversed(state.observations[:-1])
                                         if o.kind == "count" and o.name.endswith("项目")), None)) is not None:
            return signed_set.name + "开工率", raw   # 新签约项目1995个，…；已开工项目1882个，开工率达94%
        if name in _SPOTS_MEASURES and (listed := _SPOTS_SUBJECT.search(state.sentence.text)) is not None \
                and _WHOLE_OWN.search(state.sentence.text) is None \
                and _SPOTS_AS_OBJECT.search(state.sentence.text, 0, listed.start()) is None \
                and (phrase.lstrip("，, ").startswith("共")
                     or any(o.name.startswith(listed[1]) for o in state.observations)):
            # 兴隆山、…、石源景区等景区景点…，共接待游客6.97万人次，实现旅游综合收入…: those spots', never the county's
            return listed[1] + name, raw
        if name == "旅游接待人次" and _BARE_VISITORS.fullmatch(clean(phrase)) \
                and (kind := _KIND_INCOME_AFTER.search(self.body, state.start, state.end)) is not None:
            return name_of(kind[1] + "接待游客")[0] or name, raw   # 累计接待游客2539.3万人次，…；实现乡村旅游收入
            # 79.99亿元: the kind of tourism the sentence's income names (not all tourism's visitors)
        if name == "创收" and any(o.name == "劳务输转" for o in state.observations):
            return "劳务收入", raw   # 输转城乡劳动力9.28万人，创收34464万元: what the workers sent out earned
        if name in ("劳务收入", "创收") and (sent := self._sent_counted(state)) is not None:
            # 向兰州市输转城乡富余劳动力30.72万人次(，其中…)，创劳务收入60.52亿元: theirs
            return (sent.name if len(sent.name) + 4 <= MAX_NAME_CHARS or (where := _SENT_WHERE.match(sent.name)) is None
                    else where[0]) + "劳务收入", raw   # (a long one by where they went: 向天津市东丽区输转劳务收入)
        if name in _WORKS_MEASURES and state.observations and (works := state.observations[-1]).kind == "count" \
                and works.name.endswith("工程") and len(works.name) >= 4:   # 其中：供水工程21项、投资26.1亿元: theirs
            return works.name + ("投资" if name == "完成投资" else name), raw
        if name in _SHARE_OF_IT and state.observations:   # …完成投资305.66亿元，下降5.91%，所占比重(46.96%): its
            # share of the whole an earlier share of the article named (占全部投资比重)
            whole = next((o.name.partition("占")[2] for o in reversed(self.observations)
                          if "占" in o.name and o.name.endswith("比重")), "")
            return state.observations[-1].name + "占" + (whole or "比重"), raw
        shared = state.observations[self._outside_brackets(state, next(
            (i for i in range(len(state.observations) - 1, -1, -1) if state.observations[i].kind != "ranking"),
            len(state.observations) - 1), state.at)] if name.startswith("占") and state.observations else None
        subject = shared.name if shared is not None else self.topic   # (…，增速居全市第一，占全市…的18.2%: the
        # level's share, not its rank's; …436家(兰州高新区365家、…),占全省35.48%: the whole's, not its part's)
        if name.startswith("占") and "美元" in state.sentence.text \
                and (unread := _UNREAD_AMOUNT.search(
                    self.body[state.start:clause_start(self.body, state.start, state.at)])) is not None \
                and (shared is None or state.start + unread.start(1) > shared.value_end):
            subject = name_of(unread[1])[0] or subject if not unread[1].startswith(_CONVERTED) else subject
            # 国有企业进出口38.28亿美元，占…的55.45%: that part's share (not 折合69亿美元: the amount before, converted)
            # (an amount in dollars is not read; its share still names what it is of)
        if state.unnamed_area and name in GENERIC_NAMES and not name.startswith("占"):
            return "", raw   # the unnamed area's output, not the paragraph's product's
        if not subject and name in FIRM_MEASURES:   # 12户铅锌采选企业一季度…，实现利润1800万元: theirs
            subject = firms_of(state.sentence.text)
        if name == "旅游综合收入" and (REGION_WORD.search(phrase) or "综合" in phrase or "总" in phrase):
            subject = ""   # 乡村旅游接待游客12万人次，全区实现旅游综合收入3亿元: all tourism's, as written
        if subject.endswith("项目") and name in PROJECT_MEASURES and state.observations \
                and (firms := next((o for o in reversed(state.observations) if o.unit_normalized != "yuan"),
                                   None)) is not None \
                and firms.kind == "count" and "项目" not in firms.name \
                and not any(o.name == subject for o in state.observations) \
                and (thing := _entity_of(firms)).endswith(_FIRMS_COUNTED):
            # …各类项目128项…。产业园引进入驻中医药加工企业16家，总投资8.3亿元: the firms just counted, not the
            # projects of a sentence before
            subject, name = "", thing + ("投资" if name == "完成投资" else name)
        name = with_topic(name, subject)
        if self.breakdown:   # 分三大门类看，采矿业… -> 采矿业增加值
            name = with_measure(name, self.breakdown)
        elif self.industries and _INDUSTRY.fullmatch(name):
            name += "增加值"
        name = self._zone_named(state, name)
        if _SPOTS_MEASURE.search(name) and "景" not in name and "景" in state.sentence.text \
                and (spots := self._graded_spots(state, phrase)):
            name = spots + (lexicon().synonym_ending(raw) or name)   # (4A级景区旅游收入: as written)
        if state.observations and state.observations[-1].name.startswith("县域") and not name.startswith("县域") \
                and not (self.context.main is not None and self.context.main.is_county) \
                and lexicon().canonical(name) == name \
                and not self.context.names_region(state.observations[-1].value_end, state.at):
            name = "县域" + name   # 县域规上工业增加值同比增长7%，固定资产投资同比增长8.2%: the counties' too (not the
            # province's 固定资产投资)
        if name in _ENTITY_MEASURES and not (state.observations and "其中" not in self.body[state.start:state.at]
                                             and self.context.subject_between(state.observations[-1].value_end,
                                                                              state.at)):
            # 蔬菜保鲜库共有88家，总库容量近18万吨，总资产3亿多元; …各类工业园区5个，入住企业136家，从业人员6218人: the
            # nearest thing counted (not …新建果品保鲜库15座，平凉市总库容量达到7万吨: the region's own)
            added = "新增" if "新增" + name in phrase else ""   # (…，新增储藏能力2.3万吨: what was added)
            name = next((thing for o in reversed(state.observations) if (thing := _entity_of(o))), "") + added + name
        name = self._part_of_ceremony(state, name)
        if state.observations and (counted := state.observations[-1]).kind == "count" and "项目" in name \
                and (head := name.partition("项目")[0] + "项目") != counted.name and counted.name.endswith(head) \
                and name[len(head):] in PROJECT_MEASURES and clean(phrase).startswith(head) \
                and state.start <= counted.value_end \
                and self.body[counted.value_end:counted.value_end + 1] not in "，,；;":
            # 这次集中开工的9个重大项目总投资7.65亿元, 138个续建项目累计完成投资…: the ones counted
            measure = name[len(head):]
            name = counted.name + ("投资" if measure == "完成投资" else measure)
        if "项目" in name and (heading := self._heading(state)) and not name.startswith(heading):
            name = heading + name   # 交通：共有上亿元项目6个，总投资206亿元 -> 交通上亿元项目(总投资)
        elif len(name) <= 5 and "方面" in state.sentence.text \
                and (aspect := self._mode_before(state)) is not None and aspect[1] not in name \
                and not _ANOTHER_MODE.search(self.body, aspect.end(), state.at) \
                and not lexicon().canonical(name) \
                and (name.endswith("量") or name.startswith("发送")) and name not in GENERIC_NAMES \
                and not topic_of(name):   # (林果产业方面，…枸杞产量: the name's own product)
            name = aspect[1] + name   # 道路运输方面，…完成客运量496.40万人次 -> 道路运输客运量 (not the railways')
        topic = topic_of(name)
        if topic and name != topic and name.startswith(topic) and topic.endswith("项目") and topic in raw \
                and not name.endswith("投资") and any(o.name == topic for o in self.observations):
            topic = name   # 新建项目41个…；新建项目开工18个、总投资6.11亿元: the started ones', not all new ones'
        self.topic = topic or self.topic
        return name, raw

    def _heading(self, state: _Sentence) -> str:
        """The sector a sentence opens with as a heading (交通：共有上亿元项目6个…), '' when none: a short
        word before a colon that is no region, no lead word and no speaker."""
        text = state.sentence.text
        if "：" not in text[:6] and ":" not in text[:6]:
            return ""
        heading = _HEADING.match(text)
        if heading is None or gazetteer().find(heading[1]) or _LEAD_CLAUSE.fullmatch(heading[1]):
            return ""
        return heading[1]

    def _restated_set(self, state: _Sentence, fig: Figure, name: str) -> str:
        """The projects counted again by their bare noun in the paragraph that counted them with what they
        did (6个重大项目在七里河区集中开工。据悉，6个重大项目总投资16亿元): the same set, named as first
        (集中开工重大项目)."""
        if not _RESTATED_BEFORE.fullmatch(self.body, clause_start(self.body, state.start, fig.start), fig.start):
            return name   # (…新开工项目12个。同时，全县引进12个项目: another set, by its own verb)
        paragraph = self.body.rfind("\n", 0, state.start) + 1
        for o in itertools.chain(reversed(state.observations), reversed(self.observations)):
            if o.value_start < paragraph:
                return name
            if o.kind == "count" and o.value_normalized == fig.value and o.name.endswith(name) \
                    and _STATUS_OF_SET.fullmatch(o.name[:-len(name)]):
                return o.name
        return name

    def _projects_broken_down(self, state: _Sentence, at: int) -> str:
        """The name of the projects counted before the 其中 that opens the parts `at` is in (…234个省列重大项目累计完成
        投资2648亿元…。其中，80个计划新开工项目…；138个续建项目…): in its sentence, or the sentence before when
        the 其中 opens this one; '' when none was counted."""
        mark = self.body.rfind("其中", state.start, at)
        rows = [o for o in state.observations if o.value_end <= mark]
        if not rows and mark - state.start <= 2 and self.previous is not None \
                and self.previous.sentence.paragraph == state.sentence.paragraph:
            rows = list(self.previous.observations)
        return next((o.name for o in reversed(rows) if o.kind == "count" and o.name.endswith("项目")), "")

    def _shared_before(self, state: _Sentence, owner: _Owner,
                       n: int) -> tuple[tuple[str, str], list[Mention]] | None:
        """The regions listed and the measure named in the clause before a bare 分别为, when that clause says something
        of them all (均, 都): ((name, raw), the regions' mentions), or None."""
        before = clause_start(self.body, state.start, owner.start - 1)
        if before >= owner.start - 1:
            return None
        listed = self._joined_mentions(before, owner.start)
        if len(listed) != n:
            return None
        said = _SAID_OF_ALL.match(self.body, listed[-1].end, owner.start)
        if said is None:
            return None
        named = self._named(state, _YEAR_FIRST.sub("", said["measure"]))   # (2025年GDP总值: the period dates it)
        return (named, listed) if named[0] else None

    def _regions_closing_before(self, state: _Sentence, owner: _Owner, n: int) -> list[Mention]:
        """The regions a clause before the figure's names last, in order, after 分别是 or 依次是 (位居全省第二和第三位的
        分别是庆阳市和酒泉市，2025年GDP总值分别为1235.32亿元和1103.6亿元); [] when there are not n of them."""
        own = clause_start(self.body, state.start, owner.start)
        if own <= state.start + 1:
            return []
        before = clause_start(self.body, state.start, own - 1)
        listed = self._joined_mentions(before, own)
        if len(listed) != n or self.body[listed[-1].end:own].strip("，, ") \
                or _PAIRED_AS.search(self.body, before, listed[0].start) is None:
            return []
        return listed

    def _sent_counted(self, state: _Sentence) -> Observation | None:
        """Workers sent to one place, the sentence's last count of people but for parts after 其中
        (向兰州市输转劳动力3万人，其中技能型劳动力1万人，创劳务收入6亿元); None when the last is another count
        (…，全县共输转劳动力10.5万人次，创劳务收入25亿元: the county's)."""
        for o in reversed(state.observations):
            if o.kind != "count":
                continue
            if SENT_TO.fullmatch(o.name):
                return o
            if "其中" not in self.body[max(state.start, o.value_start - 16):o.value_start]:
                return None
        return None

    def _larger_than_topic(self, state: _Sentence, count: float) -> bool:
        """Whether bare projects counted (208个项目) outnumber the topic's (…新开工项目67个，208个项目累计完成
        投资…): another set, whose measures are not the topic's (已开工33个项目，开工率达78.6% after 42 of a kind:
        those again)."""
        counted = next((o for o in itertools.chain(reversed(state.observations), reversed(self.observations))
                        if o.name == self.topic and o.kind == "count"), None)
        return counted is not None and count > counted.value_normalized

    def _part_of_ceremony(self, state: _Sentence, name: str) -> str:
        """A kind of projects counted after 其中 under the set a ceremony started (当天集中开工的项目共20个，…。
        其中，工业项目4个，…。文化旅游项目4个): 集中开工工业项目, the ceremony's, not the region's 工业项目."""
        if not name.endswith("项目") or _OWN_STATUS.search(name):   # (新开工项目: a status of its own)
            return name
        ceremony = _CEREMONY_STATUS.search(self.topic)
        if ceremony is None:
            return name
        paragraph = self.body.rfind("\n", 0, state.start) + 1
        said = self.body.find(ceremony[0], paragraph, state.start + len(state.sentence.text))
        among = _AMONG.search(self.body, said, state.end) if said >= 0 else None
        if said < 0 or (self.body.find("其中", said, state.end) < 0
                        and (among is None or not self._ceremony_in_clause(ceremony[0], among.start()))):
            return name   # (当天集中开工的6个重大项目中，…类项目1个: among the ceremony's own, in its clause;
            # not 全县在建的120个项目中，…: the region's)
        return self.topic[:ceremony.end()] + name

    def _ceremony_in_clause(self, status: str, at: int) -> bool:
        """Whether the clause ending at `at` (…项目中) is about the ceremony's set: it says what the ceremony did
        (此次集中开工的12个项目中) or points back to it (当天, 此次, 本次, 这次)."""
        start = max(self.body.rfind(mark, 0, at) for mark in "，,。；;！!？?\n") + 1
        clause = self.body[start:at]
        return status in clause or clause.startswith(_BACK_TO_CEREMONY)

    def _zone_named(self, state: _Sentence, name: str, headline: bool = True) -> str:
        """`name` as the measure of the park or zone its sentence is about (目前，开发区核心区已入驻企业68家，
        从业人员4650人: 开发区核心区从业人员), or of the park the headline is about: a narrower series than the
        county's (the region stays the county); with `headline` False, only the sentence's."""
        if state.zone is None:
            text = state.sentence.text   # (every zone's name holds 区 or 园: a quick test first)
            zone = _ZONE_SUBJECT.match(text) if "区" in text or "园" in text else None
            state.zone = _PARK_CALLED.get(bare := _WHOLE_PREFIX.sub("", zone["zone"]), bare) if zone else ""
            state.zone_end = state.sentence.start + zone.end("zone") if zone else 0
        if state.zone and state.zone not in name and not self.context.subject_between(state.zone_end, state.at):
            # (西峰工业园区…15亿元，西峰区完成…30亿元: the county's own clause is the county's; 高台工业园区 +
            # 工业园区化工产业…: the park named once)
            overlap = next((k for k in range(min(len(state.zone), len(name)), 1, -1)
                            if name.startswith(state.zone[-k:])), 0)
            return state.zone[:len(state.zone) - overlap] + name
        if self.paragraph_park and not state.zone and _PARK_WORD.search(name) is None \
                and _REGION_ONLY_MEASURE.search(name) is None \
                and not name.startswith(self.paragraph_park[0]) and not self.context.names_region(
                    max(state.sentence.start, self.paragraph_park[1]), state.sentence.end, neighbours=False):
            return self.paragraph_park[0] + name   # …工业集中区持续…，…固定资产投资40.25亿元: the park's
        if headline and self.headline_park and not state.zone and _PARK_WORD.search(name) is None \
                and self.headline_park not in name \
                and not self.context.names_region(state.sentence.start, state.sentence.end):
            return self.headline_park + name   # a park's feature: 园区工业增加值, not the county's
        return name

    @staticmethod
    def _graded_spots(state: _Sentence, phrase: str) -> str:
        """The graded scenic spots named before `phrase` in its sentence, with no other subject
        between (渭河源、首阳山等4A级景区凭借优质服务实现游客量同比增长300%: the spots' visitors)."""
        text = state.sentence.text
        at = text.find(phrase)
        end = at + len(phrase) if at >= 0 else 0
        spots = next(reversed(list(_GRADED_SPOTS.finditer(text, 0, end))), None)   # the last before it
        if spots is None or _SPOTS_GAP_SUBJECT.search(text, spots.end(), end):
            return ""
        return spots[0]

    def _same_subjects(self, state: _Sentence, measure: str, n: int, growths: bool = False) -> list[tuple[str, str]]:
        """A bare measure said of `n` figures after a list of as many subjects measured earlier in the
        sentence (牛、羊、猪、禽存栏分别为…，出栏分别为…): the same subjects' `measure`, in order; [] when none.
        `growths`: the subjects' growths were listed (生猪、牛、羊、家禽出栏分别增长…，存栏同比分别增长…)."""
        if measure not in _LISTED_MEASURES or len(state.observations) < n:
            return []
        kinds = ("growth_rate",) if growths else ("physical_quantity", "count", "amount")
        levels = [o for o in state.observations if o.kind in kinds][-n:]
        if growths and any(self.body[a.value_end:b.value_start] not in _JOINERS
                           for a, b in itertools.pairwise(levels)):
            return []   # (牛、羊出栏分别增长…，生猪出栏增长4.8%，存栏分别…: not one list's growths)
        tail = next((m for m in _LISTED_MEASURES if levels and levels[0].name.endswith(m)), "")
        if len(levels) < n or not tail or tail == measure \
                or any(not o.name.endswith(tail) or len(o.name) <= len(tail) for o in levels):
            return []
        return [(o.name[:-len(tail)] + measure, measure) for o in levels]

    def _subjects_before(self, state: _Sentence, owner: _Owner, raw: str, n: int) -> list[tuple[str, str]]:
        """A measure said 分别 of `n` figures after one of the two clauses before it that opens with a list
        of as many subjects (桃子、杏子、红枣是我省的特色水果，产量分别占…; 城乡居民收入水平大幅提升，人均可支配
        收入分别达到…): each subject's measure, in order; [] when no such list stands there."""
        end = clause_start(self.body, state.start, owner.start)
        if sum(end <= p.start < owner.start + len(owner.text) for p in state.periods) >= n:
            return []   # (城乡居民收入稳步增长，2022年和2023年人均可支配收入分别达到…: the years pair with the figures)
        measure = clean(raw)
        for _ in range(2):
            if end <= state.start:
                return []
            start = clause_start(self.body, state.start, end - 1)
            opening = _CLAUSE_OPENING.match(self.body, start, end)
            said_of = self.body.endswith("城乡居民", start, end - 1)   # 发展成果惠及城乡居民，其人均可支配收入…
            end = start
            if opening is None:
                continue
            first = opening["first"]
            if n == 2 and (said_of or first.startswith("城乡居民") and opening["rest"][:1] not in "、和及与"):
                resident = "" if measure.startswith("居民") else "居民"
                subjects = ["城镇" + resident, "农村" + resident]   # 城乡: 城镇 and 农村
            else:   # as many products (products.toml) of one length, joined by 、 (the last one's length is
                listed = opening[0].split("、")   # the others')
                size = len(listed[0])
                if len(listed) != n or any(len(s) != size for s in listed[:-1]) or len(listed[-1]) < size:
                    continue
                subjects = [*listed[:-1], listed[-1][:size]]
                if not all(s.endswith(product_named(s) or "\0") for s in subjects):
                    return []   # (秦州、麦积两区: regions, which _listed_regions pairs; 招商、项目: no products)
            names = [name_of(s + measure) for s in subjects]
            bare = name_of(measure)[0]
            return names if all(name and name not in GENERIC_NAMES and name != bare for name, _ in names) else []
        return []

    def _listed_regions(self, state: _Sentence, owner: _Owner, at: int) -> list[Region]:
        """崇信县、华亭市…分别: the regions a list before the figure names, in order."""
        return [m.region for m in self._listed_mentions(state, owner, at)]

    def _listed_mentions(self, state: _Sentence, owner: _Owner, at: int) -> list[Mention]:
        listed = self._joined_mentions(clause_start(self.body, state.start, owner.start), at, _LIST_JOINERS + ("，",))
        return listed if len(listed) >= 2 else []

    def _joined_mentions(self, lo: int, hi: int, joiners: tuple[str, ...] = _LIST_JOINERS) -> list[Mention]:
        """The regions named between `lo` and `hi`, in order, when nothing but `joiners` stands between them; []
        otherwise."""
        listed = [m for m in self.context.mentions if lo <= m.start < hi]
        return listed if all(self.body[a.end:b.start] in joiners
                             for a, b in zip(listed, listed[1:], strict=False)) else []

    def _shared_regions(self, state: _Sentence, owner: _Owner, at: int) -> list[Region]:
        """甘州区、临泽县、高台县地区生产总值均突破100亿元: one row per region of the list."""
        if not _SHARED.search(owner.text):
            return []
        regions = self._listed_regions(state, owner, at)
        return regions if "分别" not in owner.text else []

    def _add_change(self, state: _Sentence, fig: Figure, owner_start: int, target: Target, sign: int,
                    change_text: str, approx: bool, region: Region | None = None) -> None:
        """A growth or change: the change of an observation of the sentence (`target` its index),
        or a growth_rate row of its own (`target` its name and raw name)."""
        unit_kind, value = fig.unit_info.kind, sign * fig.value
        pct, points, amount = (value if unit_kind == "percent" else None, value if unit_kind == "point" else None,
                               value if unit_kind not in ("percent", "point") else None)
        if isinstance(target, int):
            held = state.observations[target]   # a change adds to what the row already has (the row is
            # the sentence's own, built for it: changed in place)
            held.change = f"{held.change}，{change_text}" if held.change and change_text not in held.change \
                else change_text
            if _STOCK_BASIS.search(change_text) is not None and held.period_start[5:] == "01-01":
                held.period_start = ""   # 比上年末增加: the figure is a stock at its period's end
            if pct is not None:
                held.change_pct = pct
            if points is not None:
                held.change_points = points
            if amount is not None:
                held.change_value = amount
        else:   # one row, built once: this runs for every growth rate
            state.observations.append(self._observation(
                state, fig, owner_start, *target, "growth_rate", approx, value=value, region=region,
                change=(change_text, pct, points, amount)))

    # -- the row -------------------------------------------------------------------------------

    def _observation(self, state: _Sentence, fig: Figure, owner_start: int, name: str, raw: str, kind: str,
                     approx: bool, value: float | None = None, region: Region | None = None,
                     change: tuple[str, float | None, float | None, float | None] = ("", None, None, None),
                     head: tuple[int, int] | None = None, zone: str | None = None) -> Observation:
        """One row. `head`: where the phrase and figure of the first figure of a list start (分别达到
        148.5亿元、71.3亿元: the verb before the first is the later ones' too). `zone`: the zone a region
        passed was named by (None: found with the region, or none when a region is passed)."""
        if region is None:
            region = self.context.region_for(state.index, owner_start, fig.start, kind == "ranking")
            zone = self.context.zone_named() if region is not None and zone is None else zone
        zone = zone or ""
        if zone and not self.context.main_zone and REGION_WORD.search(
                self.body, (cs := clause_start(self.body, state.start, owner_start)), min(cs + 6, fig.start)):
            # …武威国际陆港发运中欧班列86列。全区完成外贸进出口总额5.2亿元 in 凉州区's article: the county's own (not
            # 位居全市第一; not 全区 in an article that names its district only by the zone: the zone's)
            zone = ""
        if zone and zone not in name and _PARK_WORD.search(name) is None:
            name = zone + name   # 天水经济技术开发区完成工业增加值6.1亿元: the zone's series, in its county
        elif name[2:3] == "市" and (written := next((name[:k] for k in range(min(len(name), 14), 4, -1)
                                                    if name[:k] in gazetteer().zones), None)):
            name = gazetteer().zones[written] + name[len(written):]   # 天水市经济技术开发区…: one zone, one name
        if "监测" in state.sentence.text and "监测" not in name and kind != "ranking" \
                and (monitored := _MONITORED.search(self.body, state.start, fig.start)) is not None:
            name = monitored[1] + name   # 重点监测的大型超市…等零售销售额…增长7%: those monitored, never all
        if region is not None and not region.is_county and "县域" in self.body[owner_start:fig.start] \
                and not name.startswith("县域") and not name.endswith("县域"):   # (过百亿的县域: counted)
            name = "县域" + name   # 全省县域市场主体: the counties' sum, not the province's own figure
        if region is not None and not region.is_county and kind not in ("growth_rate", "ranking") \
                and "个" in self.body[(clause := clause_start(self.body, state.start, owner_start)):owner_start + 8] \
                and lexicon().canonical(name) == name \
                and (counted := PLACES_COUNTED.search(self.body, clause, owner_start + 8)) is not None \
                and counted.end() <= fig.start:
            name = counted[0] + name   # 甘肃省86个县市区完成地区生产总值5190.6亿元: the counties' sum
        if name in ("地区生产总值", "增加值") and owner_start > state.start \
                and (sector := _SECTOR_BEFORE_PERIOD.search(self.body, state.start, owner_start)) is not None:
            name = _BARE_SECTORS.get(sector[1], sector[1]) + "增加值"   # 其中第一产业2004年完成生产总值6.89亿元:
            # the sector's, its year between (not the county's GDP)
        if name.endswith("项目总投资额"):
            name = name[:-1]   # 集中开工项目总投资额: the projects' 总投资, however it is written
        period = self._period(state, fig.start)
        if period is not None and period.start in self.context.held_days and (
                _SIGNED_THINGS.search(name) is None or "；" in self.body[period.end:fig.start]
                or ";" in self.body[period.end:fig.start]):
            period = self.context.carried(state.index)   # 6月12日，…大会在岷县开幕，签约项目18个；全县当归种植面积…:
            # the event's day is its signings', not the county's totals told beside them
        if period is not None and period.start < state.start and kind not in ("growth_rate", "ranking") \
                and not _is_flow(fig.unit_info.normalized, name) and not name.endswith("项目") and (
                    # 2015年… in 2015, then 入驻风电企业21家: a stock on the day, not the unfinished year's
                    (period.period_end > self.context.future_from and period.period_start[:4] == period.period_end[:4])
                    # 今年以来 opening a round-up, then 建有蔬菜恒温库50处 paragraphs later: the same
                    or (period is self.context.headline and so_far(period.text, int(self.published_at[:4]))
                        and self.context.carried(state.index) is None and not _FLOW_VERB.search(
                            self.body, clause_start(self.body, state.start, fig.start), fig.start))):
            period = None
        if period is None and (review := self.context.review) is not None \
                and (review.end <= fig.start or self.context.paragraph_at(review.start) == state.sentence.paragraph) \
                and (_is_flow(fig.unit_info.normalized, name) or kind == "growth_rate"
                     or (fig.unit_info.normalized in _FLOW_UNITS and _STOCK_AT_YEAR_END.search(name))   # (余额: the
                     # year's end, below)
                     or (kind == "ranking" and "增速" in name)   # 面积、产量增速均居甘肃省第一: the year's growth
                     or _FLOW_VERB.search(self.body, clause_start(self.body, state.start, fig.start), fig.start)):
            period = review   # what was gathered over the year: 开工建设…重点项目142个 (in its paragraph or
            # after it: not a ceremony's batch a paragraph before it, 本次活动…开工重大项目90个。\n…仅去年，…)
        verb_from, verb_to = head or (owner_start, fig.start)
        p_text, p_start, p_end = (period.text, period.period_start, period.period_end) if period \
            else ("", "", self.published_at[:10])
        if period is None and kind == "amount" and self.published_at[5:7] in _EARLY_MONTHS \
                and _ANNUAL_STAT.search(name) and _ITS_GROWTH_NEXT.match(self.body, fig.end) \
                and not _THIS_YEAR_SO_FAR.search(self.title) and not _THIS_YEAR_SO_FAR.search(
                    self.body, self._paragraph_before_start(state), fig.start):   # (开年以来…, 1-2月…: this year's)
            year = int(self.published_at[:4]) - 1   # “八个增长”：国内生产总值19.5亿元，增长15.6%, said in January:
            p_start, p_end = f"{year}-01-01", f"{year}-12-31"   # last year's (a year's statistics, no day's)
        if period is None and kind != "growth_rate" \
                and (census := census_after_compared(state.sentence.text)) is not None:
            p_text, p_start, p_end = census[0], "", census[1].isoformat()   # …，与第六次人口普查相比增加1.17万人: the
            # seventh census's figure, on its day
        if period is not None and kind != "growth_rate" and _LAST_YEARS_OWN.match(self.body, owner_start, fig.start):
            # …同比增长22.88%，去年同期到位资金3878.66亿元: the same days a year earlier
            p_text = "去年同期"
            p_start, p_end = basis_period("去年同期", p_start, p_end)
        if not p_start and p_end.endswith("-12-31") and _YEAR_END.search(p_text) and period is not None \
                and not (self.body[period.start - 1:period.start] in _UP_TO and p_text[-2:] in _YEARS_END) and (
                kind == "growth_rate" or _is_flow(fig.unit_info.normalized, name)
                or (kind == "ranking" and "增速" in name)) \
                and "累计" not in self.body[clause_start(self.body, state.start, fig.start):fig.start]:
            # 2012年末…，增速居全省第二: the year's growth (but 2010年底，…已累计投入建设资金12.27亿元: a total
            # since the start, at the year's end)
            p_start = p_end[:4] + "-01-01"   # 2012年底，全县生产总值完成20.37亿元: a flow over the year
        if p_start[:4] and p_start[:4] != p_end[:4] and kind != "growth_rate" and (
                kind == "ranking"
                # 2009年以来…，规模户饲养量占总饲养量的65%: a state at their end (not one held throughout:
                # 民生领域财政支出占年度总支出比重始终保持在75%以上)
                or (kind == "share_or_rate" and _HELD.search(self.body, max(verb_from, verb_to - 12), verb_to) is None
                    and _SPAN_FIRST.search(self.body, max(0, fig.start - 2), fig.start) is None)   # (从12.1%下降到…)
                # (3年集中签约276个…项目，总投资达到7370.79亿元: the set's total, over the set's years)
                or (_LEVEL_REACHED.search(self.body, max(verb_from, verb_to - 8), verb_to)
                    and not name.endswith("项目总投资")
                    # (自2016年成立以来，…累计发送货物1200万吨，货值达到260亿元: a total since then, too)
                    and not (kind == "amount" and self._total_since(state, fig, name)))
                or (self._counted_on_a_day(state, name, raw)   # 2014年至2019年，…，剩余贫困人口64户: at their end
                    and fig.unit_info.normalized != "person-time"   # (带动贫困人口84000余人次: visits over them)
                    and not name.startswith(("带动", "直接带动", "间接带动"))   # (people brought along over them)
                    and _SPAN_FIRST.search(self.body, max(0, fig.start - 2), fig.start) is None)   # (从12.1%…)
                or (_AVERAGE_GROWTH_AFTER.match(self.body, fig.end)   # 完成26.1亿元，年均增长1.2%
                    and "累计" not in self.body[clause_start(self.body, state.start, fig.start):fig.start]
                    and not self._part_of_total(state))):
            # (四年间，累计投资3310.48亿元，年均增长15.50%: the four years' total, over them; so are its parts)
            p_start, p_end = self._end_of_years(p_end, fig.unit_info.normalized, name)
        if p_start.endswith("-01-01") and p_start[:4] == p_end[:4] \
                and (p_end.endswith("-12-31") or (name.endswith("余额") and p_end[5:] in _QUARTER_ENDS
                                                  and not _ADDED_TO.search(self.body, owner_start, fig.start))) \
                and kind not in ("growth_rate", "ranking") and self._counted_on_a_day(state, name, raw):
            p_start, p_end = "", min(p_end, self.published_at[:10])   # 2023年，全县常住人口…: a stock at the
            # year's end, not the year's (and on the day reported, when that year is not over); so at a
            # quarter's end (一季度，…企业贷款余额21098亿元)
        if p_start[:4] and p_start[:4] == p_end[:4] and kind == "count" and fig.unit_info.normalized == "count" \
                and "累计" in self.body[clause_start(self.body, state.start, fig.start):fig.start] \
                and not _SENT_OVER.search(raw):   # (1—8月份，全省累计寄递甘味农产品3824.7万件: what was sent, a flow)
            p_start, p_end = "", min(p_end, self.published_at[:10])   # 累计建成养殖场137个: a stock, not the year's
        whole = state.whole
        if self.body[fig.end:fig.end + 1] != "、":   # (其中农民专业合作社809个、专业协会49个: both parts)
            state.whole = None
        if whole is not None and (p_start[:4] == whole.period_end[:4] or p_end == whole.period_end) \
                and not any(max(whole.value_end, self.body.rfind("其中", whole.value_end, fig.start)) <= p.start
                            < fig.start for p in state.periods):
            p_start, p_end = "", whole.period_end   # 累计达到858个，其中农民专业合作社809个: a part of the stock
            # (2013年以来，…增加到现在的155户，其中：农副产品加工56户: of the stock now, not since 2013; but
            # not a part with its own years, 其中2021年以来新增规上企业20户)
        evidence, evidence_start = state.evidence()
        name = name.replace("规上", "规模以上")
        if kind == "growth_rate":
            points = fig.unit_info.normalized == "point"
            if name in SECTOR_NAMES or (points and name in SECTOR_PARTS and raw in _BARE_SECTORS):
                # (一产降低62个百分点 after an investment structure: no value added's change in points)
                name = growth_of(_BARE_SECTORS.get(raw, name), points, self._measured_before(state, fig))
            if (basis := self._far_basis(state, fig, p_end or self.published_at[:10])) and f"较{basis}年" not in name:
                name += f"较{basis}年"   # 与2019年春节假日相比，接待游客数增长6.8%: a series apart from the
                # year-on-year growth (the same holiday's 同比增长15% elsewhere is no revision of it)
        return Observation(   # positional, in the fields' order: 24 keywords cost three times as much
            region.code if region else None, region.name if region else None,   # region_code, region
            name, raw, kind, fig.number, fig.unit,   # name, raw_name, kind, value, unit
            fig.value if value is None else value, fig.value_max, fig.unit_info.normalized,   # value_normalized …
            fig.precision, approx or fig.approx,   # precision, approx
            p_text, p_start, p_end,   # period, period_start, period_end
            evidence, evidence_start, evidence_start + len(evidence),   # evidence, evidence_start, evidence_end
            fig.start, fig.end, *change)   # value_start, value_end, change, change_pct, change_points, change_value

    def _measured_before(self, state: _Sentence, fig: Figure) -> str:
        """The last measure named before `fig` in its sentence and the one before it, in its paragraph
        (生产总值, 增加值, 比重, 投资, 税收 …), '' when none is: what a bare sector's growth is a part of."""
        start = max(self.body.rfind("\n", 0, state.start) + 1, self.body.rfind("。", 0, max(state.start - 1, 0)) + 1)
        said = list(_MEASURED.finditer(self.body, start, fig.start))
        output = next((m for m in said if m[0] in _OUTPUT_WORDS), None)
        if output is not None and "其中" not in self.body[output.end():fig.start] \
                and not any(m.start() > output.start() and m[0] not in _OUTPUT_WORDS and m[0] not in _BESIDE_OUTPUT
                            for m in said):   # (生产总值…，固定资产投资…，第三产业增长: the investment's)
            return output[0]   # 生产总值增长6.5%，农村居民人均可支配收入增长8.2%，第一产业增长5.9%: the output's
        if said and "投资" in self.body[max(start, said[-1].start() - 8):said[-1].start()]:
            return "投资"   # 三次产业投资结构占比为5:41:54，…，一产降低62个百分点: the investment's shares
        return said[-1][0] if said else ""

    def _far_basis(self, state: _Sentence, fig: Figure, end: str) -> str:
        """The year a growth is reckoned from, when its sentence names one before the year before the
        figure's (较2019年同期, 与疫情前的2019年春节假日相比, 比2010年): '' for a year-on-year growth."""
        if "年" not in self.body[state.start:fig.start]:
            return ""   # (the cheap test first: most growths name no year)
        said = next(reversed(list(_FAR_BASIS.finditer(self.body, state.start, fig.start))), None)
        if said is None or _PART_BREAK.search(self.body, said.end(), fig.start) \
                or _NEAR_BASIS.search(self.body, said.end(), fig.start):
            return ""   # (…较2019年同期增长12.3%，旅游综合收入同比增长25.6%: the second is year on year)
        year = said["year"] or said["with"]
        return year if int(year) < int(end[:4]) - 1 else ""

    def _part_measure(self, state: _Sentence, owner: _Owner, name: str, raw: str) -> str:
        """The name of the whole's measure said again of a part after 其中, right after the part's own figure
        (…旅游总收入2.18亿元，其中，过夜游2.06万人次，旅游收入1799.43万元 -> 过夜游旅游收入), or ''."""
        parts = self.body.rfind("其中", state.start, owner.start)
        if parts < 0 or not state.observations:
            return ""
        part = state.observations[-1]
        if lexicon().canonical(name) is None:   # 其中：发展型贫困户615户、贷款金额2745万元: the money of the part
            return part.name + name if name in _AMOUNT_OF_PART and part.value_start > parts \
                and part.unit_normalized in ("person", "household", "count") and not _MEASURE_TAIL.search(part.name) \
                and any(o.value_end <= parts for o in state.observations) \
                and _PART_JOIN.fullmatch(self.body, part.value_end, owner.start) is not None else ""
        whole = next((o for o in state.observations if o.name == name and o.value_end <= parts), None)
        if whole is None or part.value_start < parts or lexicon().canonical(part.name) is not None \
                or part.name in name or len(part.name) > 6 or _MEASURE_TAIL.search(part.name) \
                or part.unit_normalized not in ("person-time", "person", "count") \
                or (part.period_start, part.period_end) != (whole.period_start, whole.period_end) \
                or self.body[part.value_end:owner.start].strip(" ，,"):
            return ""   # (其中，一季度游客500万人次，旅游收入25亿元: a quarter's, the whole's measure)
        return part.name + clean(raw)

    def _contributed(self, state: _Sentence, owner: _Owner, raw: str) -> str:
        """The name of a region's measure an industry or a firm contributed to, listed after 贡献
        (贡献财政收入1.36亿元、农民人均可支配收入1684元: 中医药产业贡献财政收入, …), or '' when it is none."""
        base = max(state.start, owner.start - 80)
        if "占" in raw or (contributed := _CONTRIBUTED.search(self.body[base:owner.start] + owner.text)) is None:
            return ""   # (…，占全县财政收入的14.5%: a share, named apart)
        measure = clean(raw.rpartition("贡献")[2].removeprefix("了"))
        if not lexicon().ends_with_synonym(measure):
            return ""
        at = base + contributed.start()
        by = clean(_CONTRIBUTOR_TAIL.sub("", _CONTRIBUTOR_LEAD.sub("", self.body[
            clause_start(self.body, state.start, at):at].strip())))   # (旅游业贡献财政收入1亿元: named in its clause)
        if not by:   # (中医药产业产值…，贡献财政收入…: the output's)
            output = next((o.name for o in reversed(state.observations) if o.name.endswith("产值")), "")
            by = output.removesuffix("产值").removesuffix("总")
        return by + "贡献" + measure

    def _listed_before(self, state: _Sentence, owner_start: int) -> str:
        """The subjects listed right before an owner, each with its 、 (谷子、 before 糜子约占16%; 其中 and the like
        cleaned off); '' when there are none or one is a region (安定区、陇西县约占60%: places, not a subject); '?'
        when a list's start is not found (a name too long to read as one)."""
        if self.body[owner_start - 1:owner_start] != "、":
            return ""
        listed = _LISTED_SUBJECTS.search(self.body, max(state.start, owner_start - 130), owner_start)
        if listed is None or (listed.start() > state.start and self.body[listed.start() - 1] not in "，,；;：:（(\n"):
            # (第二产业增加值15亿元、第三产业占55%: no list of subjects, a figure's unit before it)
            return "" if listed is not None and self.body[listed.start() - 1].isdigit() \
                or _ANY_FIGURE_BEFORE.search(self.body, max(state.start, owner_start - 12), owner_start) else "?"
        together = clean(listed[0])
        items = together.split("、")[:-1]
        return together if items and all(item and not gazetteer().at_start(item) for item in items) else ""

    def _counted_on_a_day(self, state: _Sentence, name: str, raw: str) -> bool:
        """Whether a figure is counted on a day, whatever year leads it (常住人口, 余额; 耕地面积 as written)."""
        return _STOCK_AT_YEAR_END.search(name) is not None or (
            _HELD_ON_A_DAY.fullmatch(name) is not None
            and (_HELD_ON_A_DAY.match(raw) is not None or raw.startswith("占"))   # (耕地…，占土地总面积的18.4%)
            # (易地扶贫搬迁500户，人口2000人: the households' people, moved over the year; not a census's 总户数)
            and not (name == "人口" and state.observations and self.body[state.observations[-1].value_end - 1] == "户"
                     and state.observations[-1].name not in ("总户数", "户数", "家庭户数", "常住户数")))

    def _end_of_years(self, end: str, unit: str, name: str) -> tuple[str, str]:
        """A level reached over several years (“十一五”期间…总面积达到76万亩, 由…增加到19.2亿元) is the
        level at their end: a flow (yuan, tonnes, kWh, visits) for the last year, a stock or rank
        at the last day (or the publication date, when the years are not over)."""
        if _is_flow(unit, name):
            return f"{end[:4]}-01-01", end
        return "", min(end, self.published_at[:10])

    def _period(self, state: _Sentence, at: int, peek: bool = False) -> Period | None:
        """The period of the figure at `at`; `peek`: without using up a listed year or a span's floor."""
        if state.years:
            return state.years[0] if peek else state.years.pop(0)
        if state.span_floor is not None:   # the later value of a span: only a period after the first
            floor = state.span_floor
            own = [p for p in state.periods if floor <= p.start < at]
            if not peek:   # (分别从A、B增加到C、D: D keeps the floor C had)
                state.span_rest, state.span_floor = (state.span_rest - 1, floor) if state.span_rest else (0, None)
            if own:
                return own[-1]
            ranges = list(_YEAR_RANGE.finditer(self.body, state.start, floor))
            if ranges:
                to = ranges[-1]
                return Period.whole_year(to.start("to"), to.end(), to["to"] + "年", int(to["to"]))
            # 2010年实现…，比重由2009年的33.2%提高到34.1%: the sentence's own period, stated before the span
            leading = [p for p in state.periods
                       if p.end <= floor and self.context.leads(p, None)]
            if leading:
                return leading[-1]
            parallel = self.context.parallel_to(state.index, floor)
            if parallel is not None:
                return parallel
            carried = self.context.period_for(state.index, state.start)
            return carried if carried is not None and carried.start < state.start else self.context.headline
        if self.body[at - 1:at] in SPAN_STARTS:
            years = _SPAN_YEARS.match(self.body, at) or _YEARS_BEFORE_SPAN.match(self.body, state.start, at)
            if years is not None:   # 由3.3%提升至10.3%，四年跃升 (这两年，…从…): the first value n years before
                # (五年间，…由…: the years the sentence opens with, whose last one is the later value's)
                later = next((p for p in state.periods if p.start < at), None) \
                    or self.context.period_for(state.index, at)
                n = parse_number(years["n"])
                end = later.period_end if later is not None else self.published_at   # (undated: as of publication)
                if later is None and years["n"] and self.published_at[5:7] <= "03" and _REVIEW_YEARS.match(years[0]):
                    end = str(int(end[:4]) - 1)   # 十年间，… in a January review: the ten years before this one
                if n is not None and 1 <= n <= 20 and end[:4].isdigit():
                    year = int(end[:4]) - int(n)
                    return Period.whole_year(at, at, years["n"] + "年", year)
            return self._span_from(state, at)
        if self.body[at - 1:at] == "的" and self.body[at - 2:at - 1] in _RANK_SPAN_BEFORE \
                and _RANK_SPAN_START.search(self.body, max(state.start, at - 6), at):
            return self._span_from(state, at)   # 排名由全省的第34位上升到第29位: a rank span's first place
        found = self.context.period_for(state.index, at)
        if found is not None and found.start > state.start and self.body.startswith(_SHARE_OF, found.start - 2):
            prior = [p for p in state.periods if p.end <= found.start - 2]   # …158.38亿元，占去年全省…的33.80%: the
            return prior[-1] if prior else self.context.period_for(state.index, state.start)
            # whole's year, not the share's (the share is of the part's period)
        return found

    def _span_from(self, state: _Sentence, at: int) -> Period | None:
        """The period of the first value of an undated span at `at`: the from-year of a dated span
        before it (in the sentence after any period that leads it, or in the sentences before),
        else the figure's own."""
        parallel = self.context.parallel_from(state.index, at)
        leading = [p for p in state.periods if p.end <= at and self.context.leads(p, at)]
        if parallel is not None and (not leading or parallel.start > leading[-1].start):
            return parallel   # 2010年…比重由2009年的33.2%提高到34.1%，综合排名由全省的第34位: 2009
        period = self.context.period_for(state.index, at)
        if period is not None and period in state.periods and (years := _YEAR_RANGE.fullmatch(period.text)) \
                and not _begins_after(period, self.published_at[:10]):   # (2024—2026年…由85亿元: a plan's start)
            first = int(years[1])   # 2019-2023年全县地区生产总值由45.6亿元增加到56.7亿元: the first year's
            return Period.whole_year(period.start, period.end, f"{first}年", first)
        return period

    @staticmethod
    def _levels_ranked(state: _Sentence) -> list[str]:
        """The names of the levels a sentence stated since its last rank (not growths, shares or ranks),
        each once, in order; [] when fewer than two."""
        names: list[str] = []
        for o in reversed(state.observations):
            if o.kind == "ranking":
                break
            if o.kind in ("amount", "physical_quantity", "count") and o.name not in names:
                names.insert(0, o.name)
        return names if len(names) >= 2 else []

    def _read_ranking(self, state: _Sentence, m: re.Match[str], floor: int) -> None:
        owner = self._owner(state, floor, m.start(), m.end())
        last = state.observations[-1] if state.observations else None
        if last is not None and last.change_pct is None and "占" in last.name and (grown := next(
                (o for o in reversed(state.observations[:-1]) if o.change_pct is not None and o.change
                 and o.change in self.body[last.value_end:m.start()]), None)) is not None:
            last = grown   # 完成12655万元，占年预算…的41.06%，比上年同期增长3.84%，增幅全市排名第3: the amount's growth
        again = state.named_again is not None and state.named_again[1] == len(state.observations)
        if again and state.named_again is not None:
            last = state.observations[state.named_again[0]]   # …。全县地区生产总值同比增长2.5%，位居全市第三
        if last is None and (previous_sentence := self.previous) is not None and previous_sentence.observations \
                and previous_sentence.sentence.paragraph == state.sentence.paragraph \
                and _RANKED_BEFORE.fullmatch(self.body, state.start, m.start()):
            last = previous_sentence.observations[-1]   # …增长10.91%。该增速位居全国第21位: that figure's growth
        clause = self.body[clause_start(self.body, state.start, owner.start):m.start()]   # 花椒、油橄榄…
        if m["sn"]:   # the later rank of a span ranks what the earlier one ranked
            earlier = next((o for o in reversed(state.observations) if o.kind == "ranking"), None)
            name, raw = (earlier.name, earlier.raw_name) if earlier else ("", "")
        else:   # a rank after a rank (居全省第一、全国第四) ranks the same indicator in its own scope
            previous = None if last is None else _RANK_TAIL.sub("", last.name) if last.kind == "ranking" \
                else last.name
            # 地区生产总值增长8.2%，居武威市第二位: a rank right after a growth ranks the growth
            before = max(owner.start - 1, state.start)   # the clause before the rank's own
            growth = last is not None and not _LEVEL_WORD.search(owner.text) and (
                last.kind == "growth_rate" or again or (last.change_pct is not None and _GROWTH_VERB.search(
                    self.body, clause_start(self.body, state.start, before), before) is not None))
            # (…。全县地区生产总值同比增长4.5%，高于全市平均水平1.2个百分点，居全市第三: the sentence is the growth's)
            scope = m["scope"] or m["fscope"] or (f"全{m['named'][-1]}" if m["named"] else "")
            scope = "全国" if scope == "中国" else scope   # 居中国第一: the country's
            group = m["group"] or ""
            bare = previous is not None and ranks_previous(owner.text, previous)
            name, raw = ranking_name(owner.text, scope, None, growth, clause) if previous and not bare else ("", "")
            if not name and len(group) >= 4 and not _PEER_GROUP.search(group):   # 全国苹果规模栽培第一县
                name, raw = ranking_name(group, scope, None)
            if not name and (appraisal := _APPRAISAL_IN_GROUP.search(group)) is not None:
                # 在2025年全省开发区评价中荣获第一名, 全省县域经济发展考核中荣获第一名: the appraisal, as written
                raw = group[:appraisal.end()]
                name = f"{raw}{scope}排名"
            if not name:
                name, raw = ranking_name("" if bare else owner.text, scope, previous or None, growth, clause)
            own_clause = clause_start(self.body, state.start, owner.start)
            if not name and last is None and own_clause > state.start \
                    and (published := _RANKING_PUBLISHED.search(
                        self.body, clause_start(self.body, state.start, own_clause - 1), own_clause)) is not None:
                # 中国生物医药园区竞争力排名发布，兰州高新区位列全国第50名: the ranking the clause before published
                name, raw = ranking_name(published["what"], scope, None)
        number = m["n"] or m["top"] or m["bn"] or m["pn"] or m["nn"] or m["sn"] or m["cn"] or m["fn"] or ""
        rank_text = m["rank"] or m["cfirst"] or f"第{number}"
        rank = 1 if m["first"] or m["cfirst"] else parse_number(number)
        if not name or rank is None:
            return
        # one rank shared by several indicators (核桃种植面积和产量居全省第一、全国第四): a row each
        shared = shared_names(clause) if not m["sn"] else []
        if not shared and last is not None and last.kind == "ranking" and not owner.text.strip("、，, "):
            shared = state.shared
        # several ranks listed after 分别 (牛、羊饲养量分别居全国第11位和第5位): one each, in order
        more = list(_later_ranks(self.body, m.end())) if m["rank"] and not m["first"] and "分别" in owner.text else []
        levels = bool(more) and not shared
        if levels and (herd := _STOCK_AND_SALES.search(clause)) is not None:
            shared = [herd[1] + "存栏", herd[1] + "出栏"]   # 羊存出栏分别居全国第3、第6: 存栏 third, 出栏 sixth
        elif levels:   # (…分别达到707万头、3341万只，近十年增长44%和57%，分别居全国…: the levels, as the herds' ranks)
            shared = self._levels_ranked(state)
        ranked: list[Region | None] = []   # 陇西县、岷县中药材产量分别居全省第1位和第2位: one indicator, a region each
        if more and len(shared) != 1 + len(more) \
                and len(listed := self._listed_regions(state, owner, m.start())) == 1 + len(more):
            shared, ranked = [], list(listed)
        if more and (len(shared) != 1 + len(more) and not ranked
                     or any(parse_number(later["n"]) is None for later in more)):
            return   # (ranks that pair with nothing said: none is given to the wrong indicator)
        if not shared and _ALL_RANKED.fullmatch(owner.text):   # 面积达388万亩，产量达99万吨，均位居全国第一:
            shared = self._levels_ranked(state)   # each level stated since the sentence's last rank
        if shared and not self.topic and all(n in GENERIC_NAMES for n in shared):
            # 全省中药材产业迅猛发展，种植面积和产量居于全国首位: the product the sentence is about
            topic = product_named(self.body[state.start:m.start()]) or self.headline_product
        else:
            topic = self.topic
        state.shared = shared = [with_topic(n, topic) for n in shared]
        if len(shared) <= 1 and not m["sn"] and (scope_said := _scope_of(name)) \
                and (measure := name.removesuffix(scope_said + "排名")) in GENERIC_NAMES:
            # 苹果面积居全国第二位，产量居全国第四位: the apples' output (a bare measure ranks the product before it)
            ranked_before = "" if last is None else _RANK_TAIL.sub("", last.name)
            product = next((ranked_before[:-len(g)] for g in _GENERICS_LONGEST
                            if ranked_before.endswith(g) and ranked_before != g), "")
            product = "" if _NO_PRODUCT.search(product) else product   # (年均产销量: no product)
            if product or self.topic:
                name = with_topic(measure, product or self.topic) + scope_said + "排名"
        growth_word = "增速" if "增速" in name[:-2] and not levels and not any("增速" in n for n in shared) else ""
        names = [f"{n}{growth_word}{_scope_of(name)}排名" for n in shared] if len(shared) > 1 else [name]
        start = m.start("rank") if m["rank"] else m.start("sn") - 1 if m["sn"] else m.end("peers") if m["peers"] \
            else m.start("fn") - 1 if m["fn"] else m.start()
        unit = m["suffix"] or m["bsuffix"] or m["nsuffix"] or m["ssuffix"] or m["fsuffix"] or ""
        places = [Figure(start=start, end=m.end(), text=self.body[start:m.end()], number=rank_text, unit=unit,
                         unit_info=_RANK, value=float(rank), value_max=None, precision=0.5, approx=False)]
        for later in more:
            places.append(Figure(start=later.start("rank"), end=later.end(), text=self.body[later.start("rank"):
                                                                                              later.end()],
                                 number=later["rank"], unit=later["suffix"] or unit, unit_info=_RANK,
                                 value=float(parse_number(later["n"]) or rank), value_max=None, precision=0.5,
                                 approx=False))
        if ranked:
            for place, region in zip(places, ranked, strict=True):
                state.observations.append(self._observation(state, place, owner.start, name, raw, "ranking", False,
                                                            region=region))
            return
        for i, each in enumerate(names):   # (one place each when several were listed, else the one for all)
            place = places[i] if more else places[0]
            state.observations.append(self._observation(state, place, owner.start, each, raw, "ranking", False))


# the header of a list of scenic spots, each with its visitors (主要旅游景区接待情况为：宕昌官鹅沟5.8万人次、…;
# 其中重点景区：黄河石林接待4.8万人次; not 全省主要景区接待游客120万人次: the spots' sum)
_SPOT_LIST = re.compile(r"(?:主要|重点|热门|部分|各大?|精品|A级|[0-9两三四五六七八九十]家)(?:旅游)?景[区点]"
                        r"(?:游客)?(?:接待(?:游客)?)?(?:情况(?:分别)?(?:为|是)?[:：]?|分别(?:为|是)[:：]?|[:：])"
                        r"(?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]{0,2}(?:游客|人数|人次|收入|共|累计|达|超|近|约|总))")
_SPOT_UNITS = frozenset({"person-time", "person", "yuan"})
# the scope a list of ranked regions is in (省内接待游客总数前五位的地区), and words that name no indicator
_TOP_SCOPE = re.compile(r"省内|全省|甘肃省?|我省|全市|市内|全州|全国")
_PROVINCE_SCOPES = ("省内", "甘肃", "甘肃省", "我省")
_TOP_NOISE = re.compile(r"绝对值|排名$|排列$|总数(?=$)")
_BAND_TAIL = re.compile(r"(?:超过?|突破|达到?|在)[0-9.一二三四五六七八九十百千万亿]+[元亩吨人户个家]?(?:以上)?$")
_GROWTH_WORD = re.compile(r"增速|增幅|涨幅|增长率|增长速度|(?:实现)?[正负]增长")
_ALL_RANKED = re.compile(r"[，,]?\s*均")   # (均)位居…: what the clauses before stated, every one ranked


_STOCK_AND_SALES = re.compile(r"(牦牛|肉牛|奶牛|肉羊|藏羊|湖羊|生猪|家禽|牛|羊|猪|禽)存出栏")   # 羊存出栏: two measures
_LATER_RANK = re.compile(r"(?:和|、|与|及)(?P<rank>第?(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,3}))(?P<suffix>位|名)?"
                         r"(?![0-9批个次届家项条只头万亿])")


def _later_ranks(body: str, at: int) -> Iterator[re.Match[str]]:
    """The ranks listed right after one (第11位和第5位; 第三、第六): each in turn."""
    while (later := _LATER_RANK.match(body, at)) is not None:
        yield later
        at = later.end()


def _scope_of(ranking_name: str) -> str:
    """全国 in 花椒产量全国排名; '' when the name has no scope."""
    m = _RANK_SCOPE.search(ranking_name)
    return m[1] if m else ""


_RANK_SCOPE = re.compile(r"(全国|全省|全市|全州|全区|西部地区|西北五省区?|西北地区|世界|全球|亚洲)排名$")


def _span_kind(start: str, end: str) -> str:
    """A period's kind: a point (no start), a calendar year, several years, or a part of a year."""
    if not start:
        return "point"
    if start[:4] != end[:4]:
        return "years"
    return "year" if start[5:] == "01-01" and end[5:] == "12-31" else "other"


def _complements(row: Observation, unit_kind: str) -> bool:
    """Whether a change in `unit_kind` adds what a row's change lacks: a growth in % to a change in
    the row's own unit (增加31亿元、同比增长21%), or the other way round."""
    if unit_kind == "percent":
        return row.change_pct is None and row.change_points is None and row.change_value is not None
    return unit_kind != "point" and row.change_value is None and row.change_pct is not None


def _prices_listed(phrase: str, n: int) -> list[tuple[str, str]] | None:
    """The n categories of prices a phrase lists before one 价格 (食品烟酒、衣着和居住类价格 -> 食品烟酒价格, 衣着价格,
    居住类价格; 衣着、交通和通信类价格 -> 衣着价格, 交通和通信类价格: 、 first, 和 inside one category); None else."""
    if not phrase.endswith("价格") or n < 2:
        return None
    head = phrase[:-2]
    for separators in ("、", "[、和及与]"):
        parts = [part for part in re.split(separators, head) if part]
        if len(parts) == n:
            return [(part + "价格", part + "价格") for part in parts]
    return None


def _is_flow(unit: str, name: str) -> bool:
    """Whether a figure is gathered over a period (an amount, tonnes, kWh, visits), not a stock at a
    day: a balance (存款余额) or a capacity (加工能力) is a stock though written in 元 or kWh."""
    if name.endswith(_STOCK_NAMES):
        return False
    # 年出栏各类牲畜160万头: a year's; 新增就业1475人: what was added over the period; 播种面积: a season's;
    # an output, in pieces too (生产食用菌菌棒1300万棒 -> 食用菌菌棒产量)
    return unit in _FLOW_UNITS or "出栏" in name or "播种" in name or name.startswith("新增") \
        or (name.startswith("年") and unit != "count") \
        or name.endswith("产量") \
        or name.endswith(_PROJECTS_DONE)   # 重点工业项目开复工131项: what projects did over the period


def _each_names(phrase: str) -> list[tuple[str, str]]:
    """The things listed before 各 (种子加工生产线、籽粒、果穗烘干线各18条), each named in full: a short
    part takes the tail of the last (籽粒 -> 籽粒烘干线, 万只肉羊 -> 万只肉羊育肥基地); [] when there is
    no list."""
    parts = _LIST_MARKS.split(_THING_VERBS.sub("", phrase.strip("、，,；; ")))
    if len(parts) < 2 or len(parts) > 6 or any(not p for p in parts):
        return []
    last = parts[-1]
    names = [clean(p + last[len(p):] if len(p) <= 4 and len(last) > len(p) + 1 else p) for p in parts[:-1]]
    names.append(clean(last))
    if any(not 2 <= len(name) <= MAX_NAME_CHARS for name in names):
        return []
    return [(name, part) for name, part in zip(names, parts, strict=True)]


_DONE_LAST = re.compile(f"(?:{PROJECT_DONE})$")   # a count of what did it


def _entity_of(obs: Observation) -> str:
    """The thing an earlier figure of the sentence counts or measures out (蔬菜保鲜库 in 蔬菜保鲜库共有
    88家, 果树经济林 in 新植果树经济林44万亩), whose bare measures follow it; '' when it names a measure."""
    if obs.kind not in ("count", "physical_quantity") or obs.unit_normalized not in _ENTITY_UNITS \
            or _MEASURE_TAIL.search(obs.name) or lexicon().canonical(obs.name) is not None:
        return ""
    if _DONE_LAST.search(obs.name):
        return ""   # (建成投运3个，新增装机容量…: how many did it, no thing with a capacity)
    thing = _THING_VERBS.sub("", obs.name)
    return thing if len(thing) >= 2 and thing not in _GENERIC_THINGS else ""


def _joined_figures(after: str, commas: bool = False) -> int:
    """How many figures follow, each joined to the one before by 和, 、, 及 or 与 alone (or a comma)."""
    count, at = 0, 0
    joiners = _JOINERS - {""} | ({"，", ","} if commas else set())
    for fig in find_figures(after[:80]):
        if after[at:fig.start].strip() not in joiners:
            break
        count, at = count + 1, fig.end
    return count


_PER_UNIT_FROM = re.compile(r"[由从]每[\u4e00-\u9fff]{1,3}$")   # 工业电价由每千瓦时0.5元下调至0.45元: a span too


def _span_firsts(body: str, observations: list[Observation], dropped: list[Dropped]) -> list[Observation]:
    """Without the first value of a span that has no date of its own (企业从8家增加至325家 after 截至2021年底;
    城镇居民人均可支配收入由17754元增加到24878元 in a five-year review): dated with the later value's period it
    would sit beside it in one series and period, a conflict that is neither figure's. A first value dated
    apart (由2019年的38.6亿元, 由上年的9%) stays."""
    if "从" not in body and "由" not in body:
        return observations
    kept = []
    for i, o in enumerate(observations):
        if (body[o.value_start - 1:o.value_start] in SPAN_STARTS
                or _PER_UNIT_FROM.search(body, max(0, o.value_start - 6), o.value_start) is not None) \
                and SPAN_TO.match(body, o.value_end) is not None \
                and any(later.name == o.name and later.unit_normalized == o.unit_normalized
                        and later.region_code == o.region_code
                        and (later.period_start, later.period_end) == (o.period_start, o.period_end)
                        and later.value_normalized != o.value_normalized
                        for later in observations[i + 1:i + 3]):
            dropped.append(Dropped(o.value_start, o.value_end, o.value + o.unit, _UNDATED_SPAN_START))
            continue
        kept.append(o)
    return kept


def _self_shares(body: str, observations: list[Observation], dropped: list[Dropped]) -> list[Observation]:
    """Without the shares named as a whole's share of itself (工业增加值占工业增加值比重: 全市7个园区…工业增加值
    41.21亿元，占全市工业增加值的47%), nor the part's level just before, named by the whole's name: the part
    was not named, and filed under the whole's series it would be a false revision of the whole (or two
    parts' shares one series)."""
    kept: list[Observation] = []
    for o in observations:
        if "占" in o.name and (part := _SELF_SHARE.fullmatch(o.name)) is not None and part[1] == part[2]:
            scope = _WIDER_WHOLE.search(body, max(0, o.value_start - 30), o.value_start)
            head = body[body.rfind("。", 0, o.value_start) + 1:o.value_start]
            if scope is not None and o.region_code and _PART_SUBJECT.search(head) is None \
                    and _SCOPE_RANK[scope[1]] > _SCOPE_RANK[gazetteer()[o.region_code].level]:
                # 全县完成工业增加值12亿元，占全市工业增加值的15%: the county's, of a wider whole, which keeps its scope
                kept.append(replace(o, name=f"{part[1]}占{_SCOPE_WORD.get(scope[1], scope[1])}{part[2]}比重"))
                continue
            dropped.append(Dropped(o.value_start, o.value_end, o.value + o.unit, _UNNAMED_PART))
            if kept and (level := kept[-1]).name == part[1] and level.region_code == o.region_code \
                    and _LEVEL_THEN_SHARE.fullmatch(body, level.value_end, o.value_start):
                whole = kept.pop()   # (the share right after the level, or after its growth: not 其中园区企业…，占…)
                dropped.append(Dropped(whole.value_start, whole.value_end, whole.value + whole.unit, _UNNAMED_PART))
            continue
        kept.append(o)
    return kept


def _dated(observations: list[Observation]) -> list[Observation]:
    """Without the undated copies of a figure the article also states with its period (a lead's
    从65.6亿元到93.2亿元的经济总量跃升, then 2020年…65.6亿元 and 2024年…93.2亿元 in the body): the
    same figure, and the dated one says when."""
    dated = {(series_key(o), o.value_normalized) for o in observations if o.period}
    if not dated:
        return observations
    return [o for o in observations if o.period or o.period_start or (series_key(o), o.value_normalized) not in dated]


_QUALIFIED_PART = re.compile(r"^[\u4e00-\u9fff]{2,12}的(?=[\u4e00-\u9fff]{2})")   # 以客商投入为主建成的…


def _with_verb(name: str, verb: str, rest: str) -> str:
    """`name` with what-was-added's verb before the words its raw name had after it (嘉峪关工业园区纳统企业 with 新增
    and 纳统企业 -> 嘉峪关工业园区新增纳统企业)."""
    return name[:len(name) - len(rest)] + verb + rest if rest and name.endswith(rest) else verb + name


def _narrowed(observations: list[Observation]) -> list[Observation]:
    """Two exact figures of one series and period in one article are a conflict; when a figure's
    own phrase qualified it (其中以客商投入为主建成的万只羊场16个, beside 万只羊场19个), the name it lost
    that qualifier from was too broad: it is named by its whole phrase, a narrower series."""
    named = Counter(o.name for o in observations)
    if not any(named[o.name] > 1 and ("的" in o.raw_name or o.evidence.startswith("其中")
                                      or o.raw_name.startswith("新") or "届" in o.evidence) for o in observations):
        return observations   # (the cheap tests first: most articles have no two such rows of one name)
    clashing = conflicting(observations)   # the flags' own test of a conflict
    # 第23届兰洽会共签约项目9个，…，第24届兰洽会共签约项目6个: two editions' signings, each its edition's
    # (资金到位率56.31% … 71.59%: 第23届兰洽会资金到位率); not one edition's figures for two places
    editions = {i: found[-1] for i in clashing if "届" in (o := observations[i]).evidence
                and (found := _EDITION.findall(o.evidence, 0, o.value_start - o.evidence_start))}
    told: dict[tuple[object, ...], set[tuple[str, str]]] = {}
    for i, edition in editions.items():
        told.setdefault(observations[i].key, set()).add(edition)
    return [replace(o, name=edition[0] + ("" if _FAIR.match(o.name) else edition[1]) + o.name)
            if (edition := editions.get(i)) is not None and len(told[o.key]) > 1
            else replace(o, name=_with_verb(o.name, added[0], o.raw_name[added.end():]))
            if i in clashing and (added := QUALIFIER_VERB.match(o.raw_name)) and added[0] not in o.name
            and (o.raw_name.endswith(o.name) or o.name.endswith(o.raw_name[added.end():]))
            # 2021年，全省新增农业产业化龙头企业139家，总数达到3235家: what was added, apart from all of them (a zone's
            # too: 嘉峪关工业园区新增纳统企业)
            else replace(o, name=o.raw_name) if i in clashing and o.raw_name != o.name
            and o.raw_name.endswith(o.name) and _QUALIFIED_PART.match(o.raw_name)
            and len(o.raw_name) <= MAX_NAME_CHARS
            # 签约项目15个。其中，现场签约…等6个项目: a part of the projects counted before, not the same series
            else replace(o, name="项目") if i in clashing and o.evidence.startswith("其中") and o.name.endswith("项目")
            and o.unit_normalized == "count" and "等" in o.raw_name
            else o for i, o in enumerate(observations)]


# a list of regions closed by their count before a figure (陇西、岷县、渭源3县…, 甘州、临泽、高台三县区…, 岷县、陇西、
# 渭源三个县的…): the figure is their sum or each one's, which cannot be told (not 两个区域, 20个市场)
_COUNTED_LIST = re.compile(rf"[、和与及](?P<item>[\u4e00-\u9fff]{{1,8}}?)等?(?P<count>{REGIONS_COUNTED})")
# what says each of them (均, 都, 分别, 各; not 亩均, 人均, 平均: an average, nor 各类: a kind)
_EACH_OF_THEM = re.compile(r"(?<![人亩户村年日场平])均(?!价)|都|分别|各(?![类项级种界地])")
# the regions counted are not the subject: where to (向…, 销往…), who gave (…向我县), a model (在…两个县的带动下), or a
# new subject after them (…两个县…，全县…) — but 分布在…两个县的…, 两个县向省外输转… are theirs
_NOT_THEIR_FIGURE_BEFORE = re.compile(r"(?:向|往|到|销往|从)[^，,；;。]{0,12}$")
_NOT_THEIR_FIGURE_AFTER = re.compile(r"^(?:的)?(?:带动|的带动)|全县|全区|全市|全州|我县|我区|我市")
_SUM_OR_EACH = "a sum of the regions counted, or each one's"


def _counted_sums(body: str, observations: list[Observation], dropped: list[Dropped]) -> list[Observation]:
    """Without the levels said of regions listed and counted in their clause (陇西、岷县、渭源三个县的中药材种植面积
    达到90万亩) whose name has lost the count: filed under one county's, or the article's, own series they would
    be a false revision of its own figure. A name that keeps the count (3县的中药材种植面积) is a series of its
    own; a growth or share cannot be a sum (each one's, or a floor: no revision either way)."""
    if _COUNTED_LIST.search(body) is None:   # (one scan of the body: most articles count no list of regions)
        return observations
    kept = []
    for o in observations:
        if o.unit_normalized not in ("percent", "point"):
            clause, counted = _counted_in_clause(body, o)
            if counted is not None and counted["count"] not in o.name \
                    and not _EACH_OF_THEM.search(clause, counted.end()) \
                    and not _NOT_THEIR_FIGURE_BEFORE.search(clause, 0, counted.start()) \
                    and not _NOT_THEIR_FIGURE_AFTER.search(clause[counted.end():]):
                dropped.append(Dropped(o.value_start, o.value_end, o.value + o.unit, _SUM_OR_EACH))
                continue
        kept.append(o)
    return kept


def _counted_in_clause(body: str, o: Observation) -> tuple[str, re.Match[str] | None]:
    """The clause before `o`'s figure, and the last list of regions counted in it (陇西、岷县、渭源3县), if any."""
    clause = body[clause_start(body, body.rfind("。", 0, o.value_start) + 1, o.value_start):o.value_start]
    if "、" not in clause and "和" not in clause and "与" not in clause and "及" not in clause:
        return clause, None
    counted = next(reversed(list(_COUNTED_LIST.finditer(clause))), None)
    return clause, counted if counted is not None and _one_region(counted["item"]) else None


def _said_of_counted(body: str, o: Observation) -> bool:
    """Whether `o` was said of regions listed and counted (陇西、渭源两个县…60万亩，陇西县达到35万亩: the county
    after it is another subject, though the row took the article's region)."""
    return _counted_in_clause(body, o)[1] is not None


def _one_region(item: str) -> bool:
    """Whether `item` is one region of the gazetteer and nothing else (渭源 in 陇西、岷县、渭源3县; not 广州 in
    上海、广州等20个市场, nor 政县 after the 和 of 和政县)."""
    return any(end == len(item) and (start == 0 or item[start - 1] in "和与及")   # (临泽县和高台县: the last two)
               for start, end, _ in gazetteer().find(item))


def extract_indicators(title: str, body: str, published_at: str,
                       channel: str | None = None) -> ArticleIndicators:
    """Every indicator `body` states. `published_at` is ISO 8601 (its date resolves periods)."""
    stored = body = body[:MAX_BODY_CHARS]
    at: list[int] | None = None   # where each character read stands in the body as stored
    if (" " in body or "\u00a0" in body) and _SPACE_BY_FIGURE.search(body) is not None:
        body, at = _without_spaces_by_figures(body)
    if "分列" in body or "分居" in body:
        body = _RANKED_APART.sub("分别", body)
    if "︰" in body:   # 19︰18︰63 (a vertical two-dot leader, a converted page's ratio mark): read as ∶, same offsets
        body = body.replace("︰", "∶")
    reader = _Reader(title, body, published_at)
    reader.read()
    unique = list({o.key + (o.value_normalized,): o
                   for o in reversed(_narrowed(_dated(_self_shares(body, _span_firsts(
                       body, _counted_sums(body, reader.observations, reader.dropped), reader.dropped),
                       reader.dropped))))
                   }.values())[::-1]
    dropped = reader.dropped
    if at is not None:   # offsets into the body as stored
        unique = [replace(o, evidence_start=at[o.evidence_start], evidence_end=at[o.evidence_end - 1] + 1,
                          value_start=at[o.value_start], value_end=at[o.value_end - 1] + 1) for o in unique]
        dropped = [Dropped(at[d.start], at[d.end - 1] + 1, stored[at[d.start]:at[d.end - 1] + 1], d.reason)
                   for d in dropped]
    if body is not stored:   # the evidence as stored, not as read
        unique = [replace(o, evidence=stored[o.evidence_start:o.evidence_end]) for o in unique]
    main = reader.main
    is_county_economy = main is not None and main.is_county and (bool(unique) or "经济" in (channel or ""))
    return ArticleIndicators(main, is_county_economy, tuple(unique[:MAX_OBSERVATIONS]), tuple(dropped),
                             over_cap=max(len(unique) - MAX_OBSERVATIONS, 0))


def _without_spaces_by_figures(body: str) -> tuple[str, list[int]]:
    """The body without the spaces around its figures, and where each character left stands in the body."""
    at: list[int] = []
    read: list[str] = []
    kept_from = 0
    for space in _SPACE_BY_FIGURE.finditer(body):
        read.append(body[kept_from:space.start()])
        at.extend(range(kept_from, space.start()))
        kept_from = space.end()
    read.append(body[kept_from:])
    at.extend(range(kept_from, len(body)))
    return "".join(read), at

