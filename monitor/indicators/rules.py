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

__all__ = ["RULES", "Context", "reject_reason"]


@dataclass(frozen=True)
class Context:
    figure: Figure
    before: str      # the sentence up to the figure
    after: str       # the sentence after the figure
    owner: str       # the phrase that owns the figure (its clause, from the last boundary)


# Words that make the owner an activity, people in an administrative activity, or paperwork.
ACTIVITY = ("宣讲", "研讨", "学习", "培训", "调研", "督查", "督导", "检查", "会议", "座谈", "讲座",
            "演出", "比赛", "活动", "交流", "观摩", "慰问", "走访", "巡查", "接访", "约谈")
PEOPLE = ("干部", "党员", "学员", "书记", "领导", "代表", "委员", "工作队", "志愿者", "专家",
          "讲师", "网格员", "宣讲员", "辅导员", "选派", "下派", "派驻", "抽调")
PAPERWORK = ("措施", "课题", "报告", "信访", "任务", "清单", "问题", "实事", "文件", "建议", "提案",
             "制度", "方案", "意见", "案件", "线索", "隐患", "诉求", "举措", "办结", "受理", "交办")
TARGET = re.compile(r"力争|预计|争创|目标(?:是|为|任务|：|:)|拟(?:建|投|实施|引进|新增)|计划(?:完成|实现|总?投资|达到|新建|建设)"
                    r"|确保.{0,6}达到")
THRESHOLD_AFTER = re.compile(r"^(?:以上|以下|以内|及以上)(?=[\u4e00-\u9fff“\"])")
NUMBER_FIRST_OK = re.compile(r"^(?:以上|以下|左右|多|余|之多|次|，|,|、|。|；|;|）|\)|”|$)")
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"「『", "”\"」』"

_COUNT_UNITS = frozenset({"count", "person", "person-time"})


def _in_short_quotes(ctx: Context) -> bool:
    opened = max(ctx.before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in ctx.before[opened + 1:] for q in _CLOSE_QUOTES):
        return False
    closes = [i for i in (ctx.after.find(q) for q in _CLOSE_QUOTES) if i >= 0]
    return bool(closes) and len(ctx.before) - opened + min(closes) + len(ctx.figure.text) <= 12


def _word_in_owner(words: tuple[str, ...]) -> Callable[[Context], bool]:
    return lambda ctx: any(w in ctx.owner for w in words)


Rule = tuple[str, Callable[[Context], bool]]

RULES: list[Rule] = [
    ("a date or time", lambda c: c.figure.unit_info.kind == "time" and c.figure.unit not in ("岁", "周岁")),
    ("an age", lambda c: c.figure.unit in ("岁", "周岁")),
    ("an activity count", lambda c: c.figure.unit_info.kind == "activity"),
    ("not an economic unit", lambda c: c.figure.unit_info.kind == "other"),
    ("an ordinal", lambda c: c.before.endswith("第")),
    ("a document number or code", lambda c: bool(re.search(r"[〔\[(（]\d{4}[〕\])）]$|[-—/]$", c.before))),
    ("part of a name or slogan", _in_short_quotes),
    ("part of a name or slogan", lambda c: bool(re.match(r"^(?:强|[一二三四五六七八九十0-9+＋])", c.after))),
    ("a threshold", lambda c: bool(THRESHOLD_AFTER.match(c.after))),
    ("a target or plan", lambda c: bool(TARGET.search(c.before))),
    ("a count written before its noun", lambda c: c.figure.unit_info.normalized in _COUNT_UNITS
        and not NUMBER_FIRST_OK.match(c.after)),
    ("an activity count", _word_in_owner(ACTIVITY)),
    ("people in an administrative activity", _word_in_owner(PEOPLE)),
    ("a count of paperwork or tasks", _word_in_owner(PAPERWORK)),
]


def reject_reason(ctx: Context) -> str | None:
    """Why this figure is not an indicator, or None when it may be one."""
    for reason, applies in RULES:
        if applies(ctx):
            return reason
    return None
