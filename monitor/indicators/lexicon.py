"""Canonical indicator names: `lexicon.toml` maps the ways articles write an indicator to one name."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

__all__ = ["Lexicon", "lexicon"]

# Qualifiers: written before a synonym, they make the figure a part of the indicator, a
# narrower series that keeps its own name (docs/indicators.md, "name"): 农民工人均劳务收入 is not
# 劳务收入, 风力发电量 is not 发电量, 新增规上工业企业 is not the stock of them. Anything else before a
# synonym (a region, a verb such as 完成 or 带动, 累计, 企业 as the beneficiary) leaves it whole.
_QUALIFIER = re.compile(r"人均|户均|亩均|年均|日均|省外|省内|县外|市外|境外|域外|国内|入境|风力|风电|风光|光电|"
                        r"太阳能|光伏|光热|水电|火电|新能源|清洁能源|可再生能源|绿色|绿电|县域|城镇|农村|城区|(?<!县)市区|乡村|[一二三四]期|工业|农业|民间|非公|外资|新增|新登记|"
                        r"新开工|新签约|签约|谋划(?!实施)|集中开工|集中|新培育|新引进|现价|可比价|非|省列|市列|州列|县列|区列|省市列|各类|地方|小口径|中小微|小微|普惠|涉农|储蓄|"
                        r"省签|(?:洽|节|博|交|推介|招商|展)会|"   # 兰洽会签约项目: one fair's, not all signed
                        # 园区规上工业增加值: the zone's, not the county's; 第一产业固定资产投资: one industry's
                        r"园区|开发区|工业园|产业|[一二三]产|服务业|制造业|行业|基础设施|房地产|项目|"
                        # 瓜菜花卉制种面积: another crop's seed fields, not maize's; 居民存款余额: the households'
                        r"瓜菜|花卉|蔬菜|高效|居民|住户|示范|户籍|"   # (户籍人口城镇化率: not the 常住 rate)
                        # 高校毕业生新增就业: a group's part of the region's jobs added
                        r"高校毕业生|农民工|劳动力|失业人员|就业困难人员|退役军人|"
                        # 脱贫地区农村居民人均可支配收入: the poor areas' part, not the province's rural income
                        r"(?:脱贫|贫困)(?:地区|县|村|户|人口|群众)?|"
                        # 其中市本级一般公共预算收入12亿元: one level's part of the region's revenue
                        r"(?:[省市州县区])?本级|(?<![全各])(?:市|县|州|区)级|"
                        r"(?<![各全])(?:景区|景点)|"   # A级景区接待游客: some spots' visitors (各景区: all)
                        # 森林公园接待游客, 农家乐接待游客: one kind of place's visitors, not all the region's
                        r"公园|农家乐|酒店|宾馆|饭店|民宿|博物馆|纪念馆|度假区|石窟|旅行社|"
                        # 规下工业增加值, 省属企业完成工业增加值, 县均GDP, 兰白自创区生产总值, 特色农业总产值,
                        # 重点种植乡镇农民人均纯收入: a part of the region's whole (or its average), never the whole
                        r"规下|规模以下|[省市州县]属|国有|民营|私营|央企|中央企业|[县乡镇村]均|自创区|两区|特色|(?<![各全])乡镇|"
                        r"(?<=[\u4e00-\u9fff])(?<!旅)游(?![客览])|"   # 乡村游, 自驾游接待游客: a kind of tourism's
                        r"[0-9０-９]|以上|以下")
# the scope and the verbs alone before a whole_only entry's synonym: the whole's all the same
_SCOPE_ONLY = re.compile(r"^(?:全国|全省|全市|全州|全县|全区|我省|我市|我县|甘肃省?|全?社会|全"
                         r"|完成|实现|累计|共计|共|达到|全年|当年|分别|了)+")
# a synonym that starts inside a word is not that indicator: 压延加工业增加值 is not 工业增加值
_INSIDE_WORD = re.compile(r"(?:加|轻|重|化|手)$")

_TAILS = frozenset({"总量", "总额", "规模", "总计", "累计", "额", "总值", "完成额", "共计", "增速", "增幅",
                    "增长率", "增速排名"})


class Lexicon:
    def __init__(self, entries: dict[str, list[str]], whole_only: frozenset[str] = frozenset()) -> None:
        self.names = tuple(entries)
        self._whole_only = whole_only   # entries whose synonyms name them only as the whole phrase
        self._canonical: dict[str, str] = {}
        for name, synonyms in entries.items():
            for phrase in {name, *synonyms}:
                if self._canonical.get(phrase, name) != name:
                    raise ValueError(f"lexicon.toml: {phrase} is a synonym of both "
                                     f"{self._canonical[phrase]} and {name}")
                self._canonical[phrase] = name
        alternation = "|".join(sorted(map(re.escape, self._canonical), key=len, reverse=True))
        tails = "|".join(sorted(map(re.escape, _TAILS), key=len, reverse=True))
        # the leftmost start that reaches the end: the longest synonym ending the phrase
        self._suffix = re.compile(f"(?P<syn>{alternation})(?:{tails})?$", re.IGNORECASE)
        # no match is longer than this: the search starts there (a phrase can be a whole clause)
        self._reach = max(map(len, self._canonical)) + max(map(len, _TAILS))

    def respelled(self, phrase: str) -> str | None:
        """A qualified name ending with an abbreviation in Latin letters, written out as its entry's
        name, the qualifier kept (县均GDP -> 县均地区生产总值); None otherwise (a qualified name in
        Chinese stays as written: 乡村旅游接待游客)."""
        m = self._suffix.search(phrase, max(0, len(phrase) - self._reach))
        if m is None or m.start() == 0 or not m["syn"].isascii():
            return None
        name = self._canonical.get(m["syn"]) or self._canonical[m["syn"].upper()]
        return phrase[:m.start()] + name + phrase[m.end("syn"):]

    def ends_with_synonym(self, phrase: str) -> bool:
        """Whether `phrase` ends with a synonym, qualified or not."""
        return self._suffix.search(phrase, max(0, len(phrase) - self._reach)) is not None

    def synonym_ending(self, phrase: str) -> str:
        """The synonym (with a word like 总额 after it) that ends `phrase`, as written; '' if none."""
        m = self._suffix.search(phrase, max(0, len(phrase) - self._reach))
        return m[0] if m else ""

    def canonical(self, phrase: str) -> str | None:
        """The canonical name of the longest synonym that ends `phrase`, or is followed only by
        a word like 总额 or 增速, with nothing before it but words that do not change what it
        measures; None otherwise. A synonym inside a longer name (重点项目 in
        重点项目前期手续办结率) is not that indicator, nor is one after a qualifier (农民工人均劳务收入
        is not 劳务收入)."""
        m = self._suffix.search(phrase, max(0, len(phrase) - self._reach))
        if m is None or _QUALIFIER.search(phrase, 0, m.start()) or \
                (m["syn"].startswith("工业") and _INSIDE_WORD.search(phrase, 0, m.start())) or \
                (m["syn"].startswith("农") and phrase[m.start() - 1:m.start()] == "工") or \
                (m["syn"] == "重点项目" and "招商" in phrase[:m.start()]):   # 招商引资重点项目: those won by
            return None   # investment promotion, a part of the region's 重点项目 (签约项目 are all won so)
        name = self._canonical.get(m["syn"]) or self._canonical[m["syn"].upper()]
        if m.start() > 0 and name in self._whole_only and _SCOPE_ONLY.sub("", phrase[:m.start()]):
            return None   # 机电产品出口总值 is not 出口总额 (but 甘肃外贸进出口总值, 全省进出口总值 are 进出口总额)
        return name


@cache
def lexicon() -> Lexicon:
    with resources.files(__package__).joinpath("lexicon.toml").open("rb") as f:
        data = tomllib.load(f)
    return Lexicon({name: list(entry.get("synonyms", [])) for name, entry in data.items()},
                   frozenset(name for name, entry in data.items() if entry.get("whole_only")))
