"""The shape of an article's body for the extractor: paragraphs, sentences, clauses, and the
spans that are not the article's own voice (quotations, 《titles》).

Offsets index the body as stored (`articles.body`, paragraphs separated by newlines).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .rules import SURNAMES, TIBETAN_FIRST

__all__ = ["MAX_SENTENCE_CHARS", "Sentence", "Spans", "clause_start", "quotations", "sentences", "titles"]

MAX_SENTENCE_CHARS = 600   # a longer run without a full stop is read in pieces of this size
_SENTENCE = re.compile(rf"[^。！？!?\n]{{1,{MAX_SENTENCE_CHARS}}}[。！？!?]*")
_BULLET = re.compile(r"(?<=[\u4e00-\u9fff%）)”])\s+-\s+(?=[\u4e00-\u9fff“0-9])")
_UP_TO_LAST_CLAUSE_MARK = re.compile(r".*[，,；;：:]", re.DOTALL)   # greedy: one scan, in C
_OPENING, _CLOSING = "“「", "”」"
_QUOTE_MARK = re.compile("[“”「」]")
_TITLE = re.compile(r"《[^《》\n]{0,80}》")
MAX_QUOTE_CHARS = 600
# what a heading names after a role, not a person (农户成本:, 游客高峰:, 农户钱袋子:)
_HEADING_WORDS = ("成本|收入|钱袋|高峰|安置|就业|人数|情况|成效|数量|规模|培训|分布|满意|体验|增收|接待|来源|结构|构成"
                  "|总数|总量")
# a paragraph a speaker is labelled before, as a broadcast's transcript gives it (天祝县发展集团农投公司菌棒生产厂负责人
# 周文琛:为了…): what follows the colon, to the paragraph's end, is that person's words, as if quoted (an official of a
# region labelled so, 天祝县县长 张三:, speaks for the region, as the article would: not quoted); the name set off by a
# space or starting with a surname, not a heading (游客接待情况:, 农户增收:)
_SPEAKER_LINE = re.compile(r"^[ \t\u3000]*(?P<who>[^，,。！？：:\n“”]{0,30}?(?:负责人|经理|董事长|理事长|社长|厂长|场长"
                           r"|站长|主任|书记|村长|队长|会长|村民|农户|种植户|养殖户|游客|市民|员工|工人|技术员))"
                           rf"(?:[ \t\u3000]+[\u4e00-\u9fff]{{2,4}}"
                           rf"|(?!{_HEADING_WORDS})(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
                           # (a Tibetan name, 桑吉才让, when the words after the colon are the speaker's own: 我…)
                           rf"|[{TIBETAN_FIRST}][\u4e00-\u9fff]{{3}}"
                           r"(?=[ \t\u3000]*[：:][ \t\u3000]*(?:今年|去年)?[，,]?我)))"
                           r"(?<!介绍)(?<!表示)(?<!指出)(?<!强调)(?<!说)(?<!情况)(?<!增收)(?<!就业)(?<!人数)(?<!成效)"
                           r"[ \t\u3000]*(?P<colon>[：:])", re.MULTILINE)
_OWN_TITLE = re.compile(r"负责人|经理|董事长|理事长|社长|厂长|场长|村民|农户|种植户|养殖户|游客|市民|员工|工人|技术员")
# (a firm's 书记, a village's 主任)
_NOT_THE_REGIONS = re.compile(r"(?<![农乡])村|合作社|公司|企业|协会|集团|厂|基地|园区|景区")
# (县统计局负责人 李明, 县农业技术推广中心负责人: the region's; not a breeding centre's, 肉牛养殖繁育中心,
# 牦牛产业开发中心)
_OFFICE = re.compile(r"[局厅委办]|政府|(?:推广|兽医|服务|融媒体|农技|技术|检测|监测|统计|管理)中心")


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """One sentence of a body. Treated as immutable but not frozen: a body has dozens, and a frozen
    dataclass costs four times as much to build."""

    start: int
    end: int
    text: str
    paragraph: int   # index of its paragraph in the body
    first: bool      # the first sentence of its paragraph


def sentences(body: str) -> list[Sentence]:
    """The body's sentences, each with its paragraph; blank ones left out."""
    found: list[Sentence] = []
    paragraph, line_start = 0, 0
    for m in _SENTENCE.finditer(body):
        newlines = body.count("\n", line_start, m.start())
        if newlines:
            paragraph += newlines
            line_start = body.rindex("\n", 0, m.start()) + 1
        if not m[0].strip():
            continue
        start = m.start()
        if " - " in m[0]:   # a list run together with " - " between its items (a digest: …13697.5亿元 - 2025年…)
            for bullet in _BULLET.finditer(body, m.start(), m.end()):
                first = not found or found[-1].paragraph != paragraph
                found.append(Sentence(start, bullet.end(), body[start:bullet.end()], paragraph, first))
                start = bullet.end()
        first = not found or found[-1].paragraph != paragraph
        found.append(Sentence(start, m.end(), m[0] if start == m.start() else body[start:m.end()], paragraph, first))
    return found


def clause_start(body: str, floor: int, at: int) -> int:
    """Where the clause holding offset `at` starts: after the last ，；： between `floor` and it."""
    m = _UP_TO_LAST_CLAUSE_MARK.match(body, floor, at)
    return m.end() if m else floor


def quotations(body: str) -> list[tuple[int, int]]:
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
    if ":" not in body and "：" not in body:
        return spans   # (no colon: most bodies)
    for label in _SPEAKER_LINE.finditer(body):
        who = label["who"]
        if not (_NOT_THE_REGIONS.search(who) or (_OWN_TITLE.search(who) and not _OFFICE.search(who))):
            continue   # (县委书记 张三:, 县农业农村局主任 李四: the region's officials)
        start, end = label.start("colon"), body.find("\n", label.end())
        end = len(body) if end < 0 else end
        spans = [span for span in spans if not start <= span[0] < end] + [(start, end)]
    return sorted(spans)


def titles(body: str) -> list[tuple[int, int]]:
    """(start, end) of each 《title》: a document, a plan, a book — never the article's own voice."""
    return [(m.start(), m.end()) for m in _TITLE.finditer(body)]


class Spans:
    """Sorted, non-overlapping spans, asked which one holds an offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [a for a, _ in spans]

    def holding(self, at: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._starts, at) - 1
        if i >= 0 and at < self.spans[i][1]:
            return self.spans[i]
        return None

    def meets(self, start: int, end: int) -> bool:
        """Whether a span holds some offset in `start`..`end` (the last one starting before `end`
        ends furthest: they do not overlap)."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self.spans[i][1] > start
