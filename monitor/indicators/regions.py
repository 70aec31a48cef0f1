"""Gansu's regions (GB/T 2260): the province, 14 prefecture-level and 86 county-level divisions,
and 兰州新区 (620171), a county-level new area under 兰州市.

The gazetteer is `regions.csv` beside this module: code, full name, short name, type, parent
code and aliases; and `subregions.csv`: industrial parks, development zones and new areas, each
with the county it lies in (their figures are that county's) and the source of that fact. A
region is found in text by its full name, its aliases, and its short name (临泽 -> 临泽县).
Short names that are ordinary words or shared with other places (城关, 安宁, 安定, 合作, 金川,
和政 in 和政府, 清水, 民乐, 康乐, 平川, 白银区 vs 白银市, 临夏市 vs 临夏县) are left empty in the
file, so only the full name finds those — except a county's alone before a headline's colon
(甘肃民乐：…), where it can only be the place.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Gazetteer", "Region", "gazetteer"]

_COUNTY_TYPES = frozenset({"市辖区", "县", "自治县", "县级市", "新区"})   # 新区: 兰州新区, a county-level unit
_TITLE_PREFIX = re.compile(r"^\s*[【\[]?([\u4e00-\u9fff]{2,16}?)[】\]]?\s*[:：]")
_NOT_A_COUNTY_WORD = "(?![级域委长乡直情]|城(?![乡镇]))"   # 县城, 县级 — but 宁县城乡居民 is 宁县
# a prefecture's short name before a product is a regional brand, not a mention of the prefecture:
# 静宁县…平凉红牛, 定西宽粉 (a county's brand, 静宁苹果, is still the county's)
_NOT_A_BRAND = ("(?!红牛|苹果|花椒|马铃薯|土豆|宽粉|蜜瓜|枸杞|当归|黄芪|党参|红枣|大枣|核桃|葡萄|百合|牛肉面|羊肉|"
                "牦牛|藏羊|黄花菜|油橄榄|绿茶|半夏|蜜桃|大黄|韭菜|高原夏菜|小杂粮|胡麻|紫斑牡丹|籽瓜|红提|人参果)")
# short names that begin a landmark's name (麦积山, 崆峒山, 玉门关: a mountain, a pass), not the region, or
# directions (西和西北同甘州区毗邻, 西和北界岷县: west and north-west; not 西和北部山区, 西和南川: the county's parts),
# or a metal (白银(银锭)产量529.35吨: silver, not 白银市)
_LANDMARKS = {"麦积": "(?!山)", "崆峒": "(?!山)", "玉门": "(?!关)", "白银": "(?![(（]银锭|产量|产能|价格|首饰|饰品)",
              "西和": "(?![东南西北]{1,2}+(?![部侧面边片区乡镇山川坪塬一地两路]))"}
# a hub named after a place (张掖机场, 兰州西站): a landmark, not a mention of the place
_NOT_A_HUB = "(?!机场|火车站|高铁站|[东南西北]站)"
_NOT_A_FIRM = "(?!(?:投资|物流|发展|建设|控股|实业|产业|运营|开发|国际)?(?:集团|有限|股份|公司))"   # (兰州陆港投资集团)
# a county's ordinary-word short name (民乐) names it only before a park named after it
_PARK_NAMED_AFTER = (r"(?=(?:(?![社镇乡村团司])[\u4e00-\u9fff]){0,4}?"
                     r"(?:工业园区|工业园|工业集中区|经济开发区|经济技术开发区|开发区|产业园区|产业园))")
_NOT_PARK_NAMES = frozenset({"城关", "合作"})
# (not inside a column's name or a quoted title: (大河奔腾看甘肃)…, “…甘肃省发展成就巡礼”系列…)
# (全省唯一 庄浪县万泉镇…: the province's only one, a superlative of the place after it)
_PROVINCE_TITLE = re.compile(r"我省|全省(?!唯一|首个|首家|第一(?!产业|季度|批))"
                             r"|(?<![“\"(（【])甘肃(?:省|全省)?(?![省)）】”\"])(?![^“”]*”)(?![^(（)）]*[)）])")
_PROVINCE_NAME = re.compile(r"^甘肃省?")
_CITY_PARTS = frozenset({"市辖区", "新区"})   # a city's district or new area, which its 全市 articles name often
# 全市 as the subject of the article's first lines (全市重大项目…), not a ranking's or a share's scope (居全市第3位)
# (全市第一季度…, 全市第十二届… are the city's events; 领跑全市, 高出全市, 全市排第二, 全市第一, 全市最多, 全市首家,
# 进入全市前三, 作为全市的经济中心, 是全市的经济增长极 compare; 全市的春耕生产, 全市第三产业 are the city's)
_WHOLE_CITY = re.compile(r"(?<![居列占在于较比超高低跑出为排先入是])全市"
                         r"(?!第[0-9一二三四五六七八九十]++(?![季届批期次轮个产])|排名|排第|排在|前列|前[0-9一二三四五六七八九十]"
                         r"|平均|首位|首家|首个|最|之首|领先)")
_OWN_REGION = re.compile(r"我市|我县|我区|我州|本市|本县")   # 我市规上工业增加值…位居全省前列: not the province
_PROVINCE_TAG = re.compile(r"^\s*[(（【\[]甘肃省?[)）】\]]")
# 甘肃省庆祝建党100周年系列新闻发布会(庆阳专场): the province's series, one region's session
_SESSION_TAG = re.compile(r"[(（【]([\u4e00-\u9fff]{2,10}?)(?:专场|分会场)[)）】]")
_COLUMN_TAG = re.compile(r"\s*【[^】]{2,16}】")
_CAPITAL = "620100"   # 兰州市
_DATELINE = re.compile(r"本报([\u4e00-\u9fff]{2,16}?)讯|([\u4e00-\u9fff]{2,8})讯[(（]")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short: str
    type: str
    parent: str

    @property
    def level(self) -> str:
        """province | prefecture | county"""
        if self.type == "省":
            return "province"
        return "county" if self.type in _COUNTY_TYPES else "prefecture"

    @property
    def is_county(self) -> bool:
        return self.type in _COUNTY_TYPES


class Gazetteer:
    """Finds regions in text. One compiled alternation, longest name first."""

    def __init__(self, rows: list[dict[str, str]], zones: Sequence[dict[str, str]] = ()) -> None:
        self.regions: dict[str, Region] = {}
        self._aliases: dict[str, tuple[str, ...]] = {}
        self._by_name: dict[str, Region] = {}
        for row in rows:
            region = Region(row["code"], row["name"], row["short"], row["type"], row["parent"])
            self.regions[region.code] = region
            self._aliases[region.code] = tuple(filter(None, row["aliases"].split("|")))
            names = [region.name, region.short, *self._aliases[region.code]]
            for name in filter(None, names):
                if name in self._by_name:
                    raise ValueError(f"regions.csv: {name} names both {self._by_name[name].code} "
                                     f"and {region.code}")
                self._by_name[name] = region
        # a county whose short name is an ordinary word (民乐, 康乐, 清水) is still named by it alone before a
        # headline's colon (甘肃民乐：项目建设…, 清水：…): there it can only be the place
        self._headline_only = {region.name[:-1]: region for region in self.regions.values()
                               if region.is_county and not region.short and len(region.name) == 3
                               and region.name[:-1] not in self._by_name}   # (临夏: the prefecture's)
        # …, and before the kind of an industrial park named after it (民乐生态工业园区: the county's park)
        # (not 城关, a town in nearly every county, nor 合作, as in 合作社)
        parks_of = {short: region for short, region in self._headline_only.items() if short not in _NOT_PARK_NAMES}
        # a zone's name as written -> the name its series take (itself; 天水市经济技术开发区 -> 天水经济技术开发区)
        self.zones: dict[str, str] = {}
        cities = {r.short for r in self.regions.values() if r.level == "prefecture" and r.short}
        for zone in zones:   # 金昌经济技术开发区 -> 金川区: a zone's figures are its county's
            county = self.regions[zone["code"]]
            if self._by_name.setdefault(zone["name"], county) is not county:
                raise ValueError(f"subregions.csv: {zone['name']} is already a region's name")
            if zone["name"] != county.name:   # (兰州新区 is a unit of its own, not a zone of one)
                self.zones[zone["name"]] = zone["name"]   # (as other zone names in series are: as written)
                city = zone["name"][:2]
                if city in cities and zone["name"][2:3] != "市" and _NATIONAL_ZONE.search(zone["name"]):
                    # 天水市经济技术开发区: the same zone (not 武威市工业园区: any of the city's parks)
                    self._by_name.setdefault(with_city := f"{city}市{zone['name'][2:]}", county)
                    self.zones.setdefault(with_city, self.zones[zone["name"]])
        # 成县 in 建成县级, 临泽县 in 临泽县域: a 县 that starts a word is not the county's
        brands = {region.short for region in self.regions.values() if region.level == "prefecture"}
        # Longest name first, grouped by first character (临(?:夏州|洮县|…)|甘(?:…)): names with other
        # first characters cannot match where a group's can, so the groups' order does not matter, and
        # a position is tried against one group, not all 213 names (half the scan's time).
        by_first: dict[str, list[str]] = {}
        for name in sorted([*self._by_name, *parks_of], key=len, reverse=True):
            by_first.setdefault(name[0], []).append(name)
        self._matched = {**parks_of, **self._by_name}   # what a match names (lookup() knows no park's prefix)
        alternation = "|".join(re.escape(first) + "(?:" + "|".join(
            re.escape(n[1:]) + (_NOT_A_COUNTY_WORD if n.endswith("县") else "") + (_NOT_A_BRAND if n in brands else "")
            + _LANDMARKS.get(n, "") + _NOT_A_HUB + (_PARK_NAMED_AFTER if n in parks_of else "")
            + (_NOT_A_FIRM if n in self.zones else "")   # (兰州陆港集团: a firm, not the zone)
            + "(?!族)"   # (东乡族: a people, wherever it lives — not 东乡县)
            for n in names) + ")" for first, names in by_first.items())
        self._pattern = re.compile(alternation)
        self._first_chars = frozenset(name[0] for name in self._matched)

    def __getitem__(self, code: str) -> Region:
        return self.regions[code]

    def aliases(self, region: Region) -> tuple[str, ...]:
        return self._aliases[region.code]

    def lookup(self, name: str) -> Region | None:
        """A region by exact name, short name or alias."""
        return self._by_name.get(name.strip())

    def find(self, text: str) -> list[tuple[int, int, Region]]:
        """(start, end, region) for every mention, left to right."""
        return [(m.start(), m.end(), self._matched[m[0]]) for m in self._pattern.finditer(text)]

    def at_start(self, text: str) -> tuple[int, Region] | None:
        """(length, region) of a region name that `text` starts with."""
        if text[:1] not in self._first_chars:
            return None
        m = self._pattern.match(text)
        return (m.end(), self._matched[m[0]]) if m else None

    def within(self, region: Region) -> tuple[str, ...]:
        """The codes of `region` and of every region inside it: a prefecture's counties, or
        everything for the province."""
        if region.level == "province":
            return tuple(self.regions)
        return (region.code, *(r.code for r in self.regions.values() if r.parent == region.code))

    def parent_prefecture(self, region: Region) -> Region | None:
        parent = self.regions.get(region.parent)
        return parent if parent is not None and parent.level == "prefecture" else None

    def _own_county(self, named: Region, title: str) -> Region:
        """The one county of `named` that the title names, else `named` (several: the city's)."""
        inner = {r.code: r for _, _, r in self.find(title) if r.parent == named.code}
        return next(iter(inner.values())) if len(inner) == 1 else named

    def main_region(self, title: str, body: str,
                    body_mentions: list[tuple[int, int, Region]] | None = None) -> Region | None:
        """What an article is about: a title prefix (临泽:), a dateline (本报临泽讯), the province
        when the title says 我省 or 全省 before naming any other region, else the region mentioned
        most in title and body (title mentions count three times; among equals a county beats a
        prefecture beats the province, then the first mentioned wins). The province counts only
        when no other region is named: a mirror's “(甘肃省)2021年平凉市政府工作报告” is about 平凉市.
        `body_mentions`: the body's mentions (`find(body)`), when the caller has them already."""
        title = _PROVINCE_TAG.sub("", title)
        prefix = _TITLE_PREFIX.match(title)
        if prefix is None and (column := _COLUMN_TAG.match(title)) is not None \
                and (prefix := _TITLE_PREFIX.match(title[column.end():])) is not None:
            title = title[column.end():]   # 【全省市州两会扫描】武威：… — a column's name, then the region
        if prefix and (alone := self._headline_only.get(_PROVINCE_NAME.sub("", prefix[1]))) is not None:
            return alone
        if prefix:
            found = self.find(prefix[1])
            if found:   # 酒泉：金塔项目建设亮点纷呈 — the city's paper on a county of its own
                return self._own_county(found[-1][2], title[prefix.end():])
        if (session := _SESSION_TAG.search(title)) is not None and (found := self.find(session[1])):
            return self._own_county(found[-1][2], title)   # …新闻发布会(庆阳专场): the session's region
        province = _PROVINCE_TITLE.search(title)   # (酒泉市荣获…全省…奖: 酒泉市 is the subject; so is 我市)
        of_province = province is not None and not _OWN_REGION.search(title, 0, province.start()) \
            and not any(r.code != "620000" and (start < province.start() or start - province.end() <= 1)
                        for start, _, r in self.find(title))   # (甘肃张掖…, 甘肃·临夏: the region's)
        dateline = _DATELINE.search(body[:300])
        if dateline:   # only a region's own name: 张掖日报讯 is the paper, not a dateline
            named = self.lookup(dateline[1] or dateline[2])
            # (每日甘肃网…兰州讯 over 2019年甘肃接待游客…, not naming 兰州: the province's news is filed from its
            # capital)
            if named and not (of_province and named.code == _CAPITAL
                              and not any(_CAPITAL in (r.code, r.parent) for _, _, r in self.find(title))):
                return self._own_county(named, title)   # 本报天水讯 over “麦积区…”: the city's paper on a county
        if of_province:
            return self.regions.get("620000")
        in_title = [r for _, _, r in self.find(title) if r.code != "620000"]
        if in_title and all(r.is_county for r in in_title) and len({r.code for r in in_title}) == 1:
            return in_title[0]   # 皋兰县情简介: the county, however often the body names its city (兰州市区35公里)
        mentions = body_mentions if body_mentions is not None else self.find(body)
        cities = {r.code if r.level == "prefecture" else r.parent for _, _, r in mentions if r.level != "province"}
        opens = body.find("全省")
        if not in_title and len(cities) >= _CITIES_LISTED and (
                opens >= 0 and (not mentions or opens < mentions[0][0]) and not _OWN_WHOLE.search(body, 0, opens)
                or mentions and mentions[0][2].code == "620000"
                and (len(mentions) == 1 or mentions[1][0] > mentions[0][1] + 1)):
            # 全省工业投资…, 甘肃省各地小麦已全面进入收获期…: then the cities one by one — the province's report
            return self.regions.get("620000")
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for weight, offset, text in ((3, -1_000_000, title), (1, 0, body)):
            mentions = body_mentions if body_mentions is not None and text is body else self.find(text)
            for (start, end, region), after in zip(mentions, [*mentions[1:], None], strict=False):
                if after is not None and after[0] == end and after[2].parent == region.code:
                    continue   # 张掖市甘州区: the city only says where the district is
                if names_where_it_lies(text, start, end) or FIRM_NAMED_AFTER.match(text, end) is not None:
                    continue   # (兰州亚太实业(集团)股份有限公司: a firm's name, no region the article is about)
                counts[region.code] += weight
                first.setdefault(region.code, offset + start)
        if not counts:
            return None
        if len(counts) > 1:
            counts.pop("620000", None)
        rank = {"county": 0, "prefecture": 1, "province": 2}
        best = self.regions[min(counts, key=lambda c: (-counts[c], rank[self.regions[c].level], first[c]))]
        parent = self.regions.get(best.parent) if best.type in _CITY_PARTS else None
        if parent is not None and (parent.code in counts and first[parent.code] < 0 < first[best.code]
                                   or _WHOLE_CITY.search(title) or _WHOLE_CITY.search(body.lstrip()[:40])):
            return parent   # 全市重大项目集中开工…在兰州新区举行: the city's
        return best


def names_where_it_lies(text: str, start: int, end: int) -> bool:
    """Whether the region named at `start`..`end` only says where something else lies: a neighbour or a
    landmark (…园区位于张掖市甘州区、山丹县和民乐县交界处，距张掖市区24公里; not 位于河西走廊的…古浪县,
    位于古浪县境内, 距兰州市区30公里的榆中县: the place itself)."""
    lies = _WHERE_IT_LIES.search(text, max(0, start - _WHERE_REACH), start)
    return lies is not None and (_BORDER_AFTER.match(text, end) is not None if lies[1] else "的" not in lies[0])


# a clause telling where a place lies, up to a region named in it (位于…, 距…, 毗邻…): that region is a
# neighbour or a landmark, not what the article is about
_WHERE_IT_LIES = re.compile(r"(?:(位于|地处)|距离?|毗邻|紧邻|相邻|[东南西北][临接邻靠])[^，,。；;！？\n]*$")
# a border a place lies on (…山丹县和民乐县交界处): the regions named are its neighbours
_BORDER_AFTER = re.compile(r"[^，,。；;！？\n]{0,12}?(?:交界|接壤)")
_WHERE_REACH = 30
# a firm named after a region's name (甘肃电投集团, 兰州亚太实业(集团)股份有限公司): the firm's, no region's (not what a
# region did with one: 临泽县与中国电建集团…, 引进…集团)
FIRM_NAMED_AFTER = re.compile(r"(?:(?!引进|依托|成立|组建|采取|采用|通过|招引|联合|携手|签约|积极|实施|推行|打造"
                              r"|培育|扶持)[^\W\d与和同由在为是的等把向对加])"
                              r"{2,8}?(?:[（(]集团[)）])?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司)")
_OWN_WHOLE = re.compile(r"全市|全州|全县|全区|我市|我州|我县|我区|本市|本县")   # (全市经济…高于全省: the city's)
_CITIES_LISTED = 4   # prefectures a province's report names one by one
_NATIONAL_ZONE = re.compile(r"(?:经济技术开发区|经开区|高新技术产业开发区|高新区)$")


@cache
def gazetteer() -> Gazetteer:
    files = resources.files(__package__)
    with files.joinpath("regions.csv").open(encoding="utf-8") as f, \
            files.joinpath("subregions.csv").open(encoding="utf-8") as z:
        return Gazetteer(list(csv.DictReader(f)), list(csv.DictReader(z)))
