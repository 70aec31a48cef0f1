"""Canonical indicator names: `lexicon.toml` maps the ways articles write an indicator to one name."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

__all__ = ["Lexicon", "lexicon"]

_TAILS = frozenset({"总量", "总额", "规模", "总计", "累计", "额", "总值", "完成额", "共计", "增速", "增幅",
                    "增长率", "增速排名"})


class Lexicon:
    def __init__(self, entries: dict[str, list[str]]) -> None:
        self.names = tuple(entries)
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

    def canonical(self, phrase: str) -> str | None:
        """The canonical name of the longest synonym that ends `phrase`, or is followed only by
        a word like 总额 or 增速; None when there is none. A synonym inside a longer name
        (重点项目 in 重点项目前期手续办结率) is not that indicator."""
        m = self._suffix.search(phrase)
        if m is None:
            return None
        return self._canonical.get(m["syn"]) or self._canonical[m["syn"].upper()]


@cache
def lexicon() -> Lexicon:
    with resources.files(__package__).joinpath("lexicon.toml").open("rb") as f:
        data = tomllib.load(f)
    return Lexicon({name: list(entry.get("synonyms", [])) for name, entry in data.items()})
