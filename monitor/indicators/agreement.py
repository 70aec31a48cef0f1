"""How far two labellings of the same passages agree: `python -m monitor.indicators.agreement A B [-v]`.

Two people labelling the same real pages from the same rule book do not write the same labels. Their
agreement is the most a labelled set can ask of the extractor: a target above it measures the
labellers, not the extractor. A and B are directories of labelled passages (the format of
tests/fixtures/indicators/README.md); passages are matched by their text, labels by their figures'
overlap in it, as `scoring` aligns the extractor's rows. Reported, over the figures both labelled:
region, name (quotation marks aside), period (start and end), series (region, name and period all
the same), value and unit; and how many figures one labelled that the other did not.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .scoring import Passage, load_passages

__all__ = ["Agreement", "agreement"]

FIELDS = ("region", "name", "period", "series", "value", "unit")
_NO_QUOTES = str.maketrans("", "", "“”‘’「」\"'")


@dataclass
class Agreement:
    passages: int = 0
    first: int = 0     # figures the first labelling labels as indicators
    second: int = 0    # … the second
    both: int = 0      # figures both label as indicators
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    differences: list[str] = field(default_factory=list)

    def share(self, name: str) -> float:
        return self.fields[name] / self.both if self.both else 1.0

    def report(self) -> str:
        lines = [f"{self.passages} passages; {self.first} figures labelled in the first, {self.second} in the second, "
                 f"{self.both} in both ({self.both / self.first if self.first else 1:.3f} of the first, "
                 f"{self.both / self.second if self.second else 1:.3f} of the second)", "",
                 "of the figures both labelled, the same:"]
        lines += [f"  {name:8}{self.share(name):>8.3f}" for name in FIELDS]
        return "\n".join(lines)


def _period(label: dict[str, Any]) -> tuple[str, str]:
    return label.get("period_start", ""), label["period_end"]


def _same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return math.isclose(float(a["value"]), float(b["value"]), rel_tol=1e-6, abs_tol=1e-9) \
        and (a.get("value_max") is None) == (b.get("value_max") is None) \
        and (a.get("value_max") is None or math.isclose(float(a["value_max"]), float(b["value_max"]), rel_tol=1e-6))


def _compare(one: dict[str, Any], other: dict[str, Any]) -> dict[str, bool]:
    same = {"region": one["region"] == other["region"],
            "name": one["name"].translate(_NO_QUOTES) == other["name"].translate(_NO_QUOTES),
            "period": _period(one) == _period(other),
            "value": _same_value(one, other), "unit": one["unit"] == other["unit"]}
    same["series"] = same["region"] and same["name"] and same["period"]
    return same


def agreement(first: list[Passage], second: list[Passage]) -> Agreement:
    """Compare two labellings; a passage only one of them holds is left out."""
    result = Agreement()
    others = {p.text: p for p in second}
    for passage in first:
        other = others.get(passage.text)
        if other is None:
            continue
        result.passages += 1
        result.first += len(passage.mentions)
        result.second += len(other.mentions)
        theirs = [(other.span(m), m) for m in other.mentions]
        for mine in passage.mentions:
            start, end = passage.span(mine)
            match = next((m for (s, e), m in theirs if s < end and start < e), None)
            if match is None:
                result.differences.append(f"{passage.path.name}: {mine['surface']} only in the first ({mine['name']})")
                continue
            theirs = [(span, m) for span, m in theirs if m is not match]
            result.both += 1
            same = _compare(mine, match)
            for name, ok in same.items():
                result.fields[name] += ok
            for name in ("region", "name", "period"):
                if not same[name]:
                    got = (_period(mine), _period(match)) if name == "period" else (mine[name], match[name])
                    result.differences.append(f"{passage.path.name}: {mine['surface']}: {name} {got[0]} / {got[1]}")
        result.differences += [f"{other.path.name}: {m['surface']} only in the second ({m['name']})"
                               for _, m in theirs]
    return result


def _passages(directories: str) -> list[Passage]:
    return [p for directory in directories.split(",") for p in load_passages(Path(directory))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("first", help="a directory of labelled passages, or several joined by commas")
    parser.add_argument("second", help="the same for the other labelling")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    args = parser.parse_args(argv)
    result = agreement(_passages(args.first), _passages(args.second))
    print(result.report())
    if args.verbose:
        print("\n".join(["", *result.differences]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
