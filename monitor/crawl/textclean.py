"""Text rules shared by the layout extractor and the fallback: fields out of labelled text,
and the careful cut that leaves only the body paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["clean_body", "labelled", "lone_name", "normalize_space"]

_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")
_SPACE_RUN = re.compile(r"[\t ]*\t[\t ]*|[ \u3000\xa0]{2,}")
_LABELS = "来源|作者|记者|编辑|责任编辑|编审|审核|通讯员|发布时间|时间|字号|浏览|点击"
_VALUE = re.compile(r"^[^\s:：|｜/]+(?:[、,，][^\s:：|｜/]+)*")
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
            value = _VALUE.match(text[match.end():])
            if value:
                cleaned = _LABEL_INSIDE.split(value.group())[0].strip("、,，")
                if cleaned:
                    return cleaned
    return None


def lone_name(text: str) -> str | None:
    """`text` if it is nothing but a byline (one or a few personal names, maybe 记者 before)."""
    text = normalize_space(text)
    if len(text) <= 30 and _BYLINE.match(text):
        return re.sub(r"^(?:(?:本报|新甘肃·甘肃日报)?(?:记者|通讯员)|文/图|图/文|文图|文|图|作者)\s*[:：/]?\s*",
                      "", text)
    return None


def clean_body(paragraphs: Iterable[str], title: str | None, author: str | None) -> tuple[str, ...]:
    """Paragraphs with the repeated title, the lone byline, and everything from the copyright
    block or the related-news list onwards removed."""
    kept: list[str] = []
    for raw in paragraphs:
        text = normalize_space(raw)
        if not text:
            continue
        if text.startswith(_STOP_MARKERS) or any(m in text for m in _STOP_INSIDE):
            break
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
