"""What changed between two versions of an article's text, sentence by sentence. Pure.

Chinese sentences end with 。！？； (or their ASCII forms, or a line break); closing quotation
marks after the end stay with their sentence (……争先进位。” is one sentence). Changed sentences
are paired up (difflib over sentences), and inside a pair the characters that differ are marked,
so 50.95亿元 -> 52.18亿元 reads as one change inside an otherwise equal sentence.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

__all__ = ["Change", "Segment", "sentence_diff", "sentences"]

_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+[”’」』）)\"']*)?|[。！？；!?;]+")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[A-Za-z]+|.", re.S)   # a number is one token: 50.95 -> 52.18


@dataclass(frozen=True)
class Segment:
    """A run of characters: 'same', 'del' (only in the old sentence) or 'ins' (only in the new)."""

    op: str
    text: str


@dataclass(frozen=True)
class Change:
    """One changed place: the old sentence(s) and the new; either is '' for an insertion or a
    deletion. `segments` marks the characters that differ."""

    old: str
    new: str
    segments: tuple[Segment, ...]


def sentences(text: str) -> list[str]:
    """`text` cut into sentences, each stripped; empty ones dropped."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def sentence_diff(old: str, new: str) -> list[Change]:
    """The changed sentences between two texts, in the order of the new text."""
    a, b = sentences(old), sentences(new)
    changes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        before, after = "".join(a[i1:i2]), "".join(b[j1:j2])
        changes.append(Change(before, after, _segments(before, after)))
    return changes


def _segments(old: str, new: str) -> tuple[Segment, ...]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[Segment] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(Segment("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(Segment("del", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(Segment("ins", "".join(b[j1:j2])))
    return tuple(out)
