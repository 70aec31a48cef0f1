"""Which figures are not indicators: the one place that decides it (docs/indicators.md).

Each rule looks at one figure in its context and, when it applies, gives the reason the figure
is dropped. Rules run in order; the first that applies wins. Nothing else in the extractor
drops a figure for what it *is* (the extractor only drops figures it cannot name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .numbers import Figure

__all__ = ["RULES", "Context", "reject_change", "reject_reason"]


@dataclass(frozen=True, slots=True)
class Context:
    figure: Figure
    before: str      # the sentence up to the figure
    after: str       # the sentence after the figure
    owner: str       # the phrase that owns the figure: its clause, from the last boundary
    quote: str | None = None   # the quotation the figure stands in, if any
    head: str = ""   # the first characters of the sentence (its subject)
    industrial_park: bool = False   # an 工业园区 is named before: a bare 园区 is that one


# Words that make the owner an activity, people in an administrative activity, or paperwork.
ACTIVITY = ("宣讲", "研讨", "学习", "培训", "调研", "督查", "督导", "检查", "会议", "座谈", "讲座",
            "演出", "比赛", "活动", "交流", "观摩", "慰问", "走访", "巡查", "接访", "约谈", "征集")
PEOPLE = ("干部", "党员", "学员", "书记", "领导", "代表", "委员", "工作队", "志愿者", "专家",
          "讲师", "网格员", "宣讲员", "辅导员", "选派", "下派", "派驻", "抽调")
PAPERWORK = ("措施", "课题", "报告", "信访", "任务", "清单", "问题", "实事", "文件", "建议", "提案",
             "制度", "方案", "意见", "案件", "线索", "隐患", "诉求", "举措", "办结", "受理", "交办", "整改")
# 力争 and 目标 govern the rest of their sentence; 预计, 拟, 计划 only their own clause
TARGET = re.compile(r"力争|争创|目标(?:是|为|任务|：|:)|确保.{0,6}达到")
PLAN = re.compile(r"预计|拟(?:建|投|实施|引进|新增)|计划(?!项目|单列|生育|经济|内|外)")
PROJECT_NAME_AFTER = re.compile(r"^[\u4e00-\u9fffA-Za-z]{0,8}?(?:项目|电站|工程|生产线)")
DISTANCE = re.compile(r"距离|相距|距")
CLAUSE_END = re.compile(r"[，,；;。]")
CONTRIBUTION = re.compile(r"拉动|带动|贡献率")
THRESHOLD_AFTER = re.compile(r"^(?:以上|以下|以内|及以上)(?=[\u4e00-\u9fff“\"])")
NUMBER_FIRST_OK = re.compile(r"^(?:以上|以下|左右|多|余|之多|次|，|,|、|。|；|;|）|\)|”|$)")

_COUNT_UNITS = frozenset({"count", "person", "person-time"})


DOCUMENT_BEFORE = re.compile(r"[〔\[(（]\d{4}[〕\])）]$|[-—/]$")
SLOGAN_AFTER = re.compile(r"^(?:强|[一二三四五六七八九十0-9+＋])")
SHORT_QUOTE = 12   # “五个一”, “6+4+6”: a name or slogan; longer: somebody speaking
ONE_CASE = re.compile(r"该项目|项目建成后|建成后|投产后|达产后|该企业|该公司|该合作社|他家|她家|我家|有限公司|"
                      r"(?<![城乡])镇(?:[\u4e00-\u9fff]{2,4}村|农户)")   # 月牙泉镇杨家桥村, 居集镇农户
ONE_PLACE_SUBJECT = re.compile(r"(?<!工业)园区|示范园|产业园|电站")
INDUSTRIAL_PARK = re.compile(r"工业园区|工业集中区|经济开发区|高新区|工业园")   # in the first characters of a sentence
HEAD_CHARS = 20
OTHER_COMPARISON = re.compile(r"(?<![同环])[较比](?!上年|去年|上月|同期|上季度|年初)[\u4e00-\u9fff]{1,8}"
                              r"(?:增长|减少|下降|提高|降低|增加|高出|低出|高|低)$"
                              r"|[高低]于[\u4e00-\u9fff]{0,8}平均(?:水平)?$")   # 高于全市平均水平0.8个百分点

THRESHOLD = "a threshold"


def _in_owner(words: tuple[str, ...]) -> Callable[[Context], bool]:
    pattern = re.compile("|".join(map(re.escape, words)))
    return lambda ctx: pattern.search(ctx.owner) is not None


_PAPERWORK_IN_OWNER = _in_owner(PAPERWORK)

Rule = tuple[str, Callable[[Context], bool]]

RULES: list[Rule] = [
    ("a date or time", lambda c: c.figure.unit_info.kind == "time" and c.figure.unit not in ("岁", "周岁")),
    ("an age", lambda c: c.figure.unit in ("岁", "周岁")),
    ("an activity count", lambda c: c.figure.unit_info.kind == "activity"),
    ("not an economic unit", lambda c: c.figure.unit_info.kind == "other"),
    ("an ordinal", lambda c: c.before.endswith("第")),
    ("a document number or code", lambda c: DOCUMENT_BEFORE.search(c.before) is not None),
    ("part of a name or slogan", lambda c: c.quote is not None and len(c.quote) <= SHORT_QUOTE),
    ("a quotation", lambda c: c.quote is not None),
    ("part of a name or slogan", lambda c: SLOGAN_AFTER.match(c.after) is not None),
    (THRESHOLD, lambda c: bool(THRESHOLD_AFTER.match(c.after))),
    ("part of a project's name", lambda c: PROJECT_NAME_AFTER.match(c.after) is not None),
    ("a distance to a place", lambda c: DISTANCE.search(c.owner) is not None
        or (c.figure.unit_info.normalized == "km" and c.after.startswith("外"))),
    ("a target or plan", lambda c: TARGET.search(c.before) is not None
        or PLAN.search(CLAUSE_END.split(c.before)[-1]) is not None),
    ("a contribution to growth", lambda c: c.figure.unit_info.kind in ("percent", "point")
        and CONTRIBUTION.search(c.owner) is not None),
    ("one project's or enterprise's own figure", lambda c: ONE_CASE.search(c.before) is not None
        or (ONE_PLACE_SUBJECT.search(c.head) is not None and not c.industrial_park)),
    ("a comparison with something other than an earlier period",
        lambda c: c.figure.unit_info.kind in ("percent", "point") and OTHER_COMPARISON.search(c.owner) is not None),

    ("a count written before its noun", lambda c: c.figure.unit_info.normalized in _COUNT_UNITS
        and not NUMBER_FIRST_OK.match(c.after)),
    ("an activity count", _in_owner(ACTIVITY)),
    ("people in an administrative activity", _in_owner(PEOPLE)),
    ("a count of paperwork or tasks", lambda c: c.figure.unit_info.normalized in _COUNT_UNITS
        and _PAPERWORK_IN_OWNER(c)),
]


def reject_reason(ctx: Context) -> str | None:
    """Why this figure is not an indicator, or None when it may be one."""
    for reason, applies in RULES:
        if applies(ctx):
            return reason
    return None


def reject_change(*, has_basis: bool, has_period: bool) -> str | None:
    """Why a growth or fall stated on its own (not as the change of a figure before it) is not an
    indicator: with neither a basis (同比, 比上年) nor a period in its sentence, it compares with
    nothing in time (设备让每亩用水量减少三成)."""
    if not has_basis and not has_period:
        return "a change with no period to compare with"
    return None
