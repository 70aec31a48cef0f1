"""Where a figure belongs in a digest: counties under their prefecture (GB/T 2260, the gazetteer)."""

from __future__ import annotations

from dataclasses import dataclass

from ..indicators import gazetteer

__all__ = ["Place", "place"]

UNKNOWN = "地区未明"


@dataclass(frozen=True)
class Place:
    prefecture_code: str   # the prefecture (a county's parent), the province, or "" when unknown
    prefecture: str
    level: str             # county | prefecture | province | ""


def place(region_code: str) -> Place:
    region = gazetteer().regions.get(region_code)
    if region is None:
        return Place("", UNKNOWN, "")
    if region.level == "county":
        parent = gazetteer().regions.get(region.parent)
        if parent is not None:
            return Place(parent.code, parent.name, "county")
    return Place(region.code, region.name, region.level)
