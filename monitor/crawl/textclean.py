"""Text rules shared by the layout extractor and the fallback: fields out of labelled text,
the careful cut that leaves only the body paragraphs, and what no stored text may contain
(C0/C1 control characters: a terminal escape sequence in a title must never reach a screen)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["clean_body", "credit_editor", "find_editor", "labelled", "lone_name", "normalize_space", "one_line",
           "strip_controls"]

_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")
_SPACE_RUN = re.compile(r"[\t ]*\t[\t ]*|[ \u3000\xa0]{2,}")
_LABELS = "来源|作者|记者|编辑|责任编辑|编审|审核|通讯员|发布时间|时间|字号|浏览|点击"
_VALUE = re.compile(r"[^\s:：|｜/]+(?:[、,，][^\s:：|｜/]+)*")
_LABEL_INSIDE = re.compile(f"(?:{_LABELS})[:：]?$|(?:{_LABELS})[:：]")
_NAME = r"[\u4e00-\u9fff·]{2,5}"
_BYLINE = re.compile(
    rf"^(?:(?:本报|新甘肃·甘肃日报)?(?:记者|通讯员)|文/图|图/文|文图|文|图|作者)?\s*[:：/]?\s*"
    rf"{_NAME}(?:\s*[、\s]\s*{_NAME}){{0,4}}$"
)
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:本报|新甘肃·甘肃日报)?(?:记者|通讯员)|文/图|图/文|作者)\s*[:：]?\s*\S"
    r"|^(?:文|图|文图)\s*[:：/]\s*\S")
_STOP_MARKERS = ("版权声明", "相关新闻", "相关阅读", "分享到", "责任编辑", "【责任编辑", "(责任编辑", "（责任编辑")
_STOP_INSIDE = ("甘肃媒体版权保护中心",)
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
# A credit line at the foot of an article (编辑：王某, （责任编辑：李某）, 审核：…): never body.
_CREDIT = re.compile(r"^[【\[（(]?\s*(?:责任编辑|编辑|编审|审核|审校|校对|监制|终审|初审|复审|统筹|策划|美编)\s*[:：]")
_CREDIT_MAX = 60
# 编辑： or 责任编辑：, but not 总编辑： (a masthead) or any other word ending in 编辑
_EDITOR = re.compile(r"(?:责任编辑|(?<![\u4e00-\u9fff])编辑)\s*[:：]\s*")
_CLOSERS = "）)】]」"
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]+")


def strip_controls(text: str) -> str:
    """`text` without C0 and C1 control characters (line breaks included: callers keep their
    own structure, paragraphs as separate strings)."""
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def one_line(text: str) -> str:
    """Every run of whitespace, line breaks (CR, LF, U+2028 …) included, as one space: for a
    title, where a break between two phrases is a space, not nothing."""
    return " ".join(text.split())


def normalize_space(text: str) -> str:
    """Trim (full-width spaces and &nbsp; included) and fold line breaks inside a paragraph."""
    # Two C-level passes: a line break inside Chinese text joins without a space; a run of
    # spaces or a tab becomes one space. (A Python callback per match cost a quarter of
    # extraction time: bench/bench_extract.py.)
    return _SPACE_RUN.sub(" ", _LINE_BREAK.sub("", text)).strip()


def labelled(text: str, *labels: str) -> str | None:
    """The value written after `label：` in text, e.g. labelled("来源：张掖日报 张朝军", "来源")."""
    for label in labels:
        for match in re.finditer(rf"{label}\s*[:：]\s*", text):
            value = _value_at(text, match.end())
            if value:
                return value
    return None


def _value_at(text: str, start: int) -> str | None:
    value = _VALUE.match(text, start)
    if not value:
        return None
    cleaned = _LABEL_INSIDE.split(value.group())[0].strip("、,，")
    if cleaned and cleaned[-1] in _CLOSERS and not any(c in cleaned for c in "（(【[「"):
        cleaned = cleaned.rstrip(_CLOSERS)   # （责任编辑：王某） -> 王某
    return cleaned or None


def find_editor(text: str) -> str | None:
    """The name after 责任编辑： or 编辑： (not 总编辑：) anywhere in `text`."""
    for match in _EDITOR.finditer(text):
        value = _value_at(text, match.end())
        if value:
            return value
    return None


def credit_editor(paragraphs: Iterable[str]) -> str | None:
    """The editor named by a credit line among the body's paragraphs (编辑：X at its foot)."""
    for raw in paragraphs:
        text = normalize_space(raw)
        if len(text) <= _CREDIT_MAX and _CREDIT.match(text):
            editor = find_editor(text)
            if editor:
                return editor
    return None


def lone_name(text: str) -> str | None:
    """`text` if it is nothing but a byline (one or a few personal names, maybe 记者 before)."""
    text = normalize_space(text)
    if len(text) <= 30 and _BYLINE.match(text):
        return re.sub(r"^(?:(?:本报|新甘肃·甘肃日报)?(?:记者|通讯员)|文/图|图/文|文图|文|图|作者)\s*[:：/]?\s*",
                      "", text)
    return None


def clean_body(paragraphs: Iterable[str], title: str | None, author: str | None) -> tuple[str, ...]:
    """Paragraphs with the repeated title, the lone byline, credit lines (编辑：…) and
    everything from the copyright block or the related-news list onwards removed."""
    kept: list[str] = []
    for raw in paragraphs:
        text = normalize_space(raw)
        if not text:
            continue
        if text.startswith(_STOP_MARKERS) or any(m in text for m in _STOP_INSIDE):
            break
        if len(text) <= _CREDIT_MAX and _CREDIT.match(text):
            continue   # 编辑：王某 at the foot of a page: a field, not body
        kept.append(text)
    return tuple(_drop_head_noise(kept, title, author))


def _drop_head_noise(paragraphs: list[str], title: str | None, author: str | None) -> list[str]:
    """Drop the reprint head: the title again, then a byline. A short first paragraph is a
    byline only when it says so (记者 X, 文/图 X), names the author, or follows the repeated
    title; otherwise it is a sub-head such as 产业兴旺 and stays."""
    key_title = _PUNCT.sub("", title or "")
    start, after_title = 0, False
    for text in paragraphs[:3]:
        is_title = bool(key_title) and _PUNCT.sub("", text) == key_title
        is_byline = text == author or (lone_name(text) is not None
                                       and (after_title or _BYLINE_PREFIX.match(text) is not None))
        if not (is_title or is_byline):
            break
        start, after_title = start + 1, is_title
    return paragraphs[start:]
