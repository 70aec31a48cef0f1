"""Score the extractor against a labelled set: `python -m monitor.indicators.scoring [DIR] [-v]`.

The labelled set (tests/fixtures/indicators/*.toml, format in tests/fixtures/indicators/README.md)
holds passages written in the site's style, each figure labelled by hand per docs/indicators.md.

A predicted indicator is aligned with a labelled one when their figures overlap in the text, or,
for a labelled figure no prediction overlaps, when a prediction left over is the same figure
written again elsewhere in the article (same surface, same value): the extractor stores a figure
restated in one article once, and the labeller may have marked the other occurrence.
Precision counts over predicted rows, recall over labelled ones:
- `indicator+value+unit`: name (quotation marks aside), normalised value and normalised unit all right;
- `full`: also region and period (start and end);
- each field alone (region, name, value, unit, period, kind, change);
- `detection`: the figure found at all, whatever its fields;
- `non-indicator false positives`: labelled non-indicator numbers that became a row.
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract import Observation, extract_indicators

__all__ = ["Passage", "Score", "load_passages", "score"]

DEFAULT_DIR = Path("tests/fixtures/indicators")
FIELDS = ("region", "name", "value", "unit", "period", "kind", "change")
_NO_QUOTES = str.maketrans("", "", "“”‘’「」\"'")


@dataclass(frozen=True)
class Passage:
    path: Path
    title: str
    published_at: str
    channel: str
    region: str
    is_county_economy: bool
    text: str
    mentions: tuple[dict[str, Any], ...]
    not_indicators: tuple[dict[str, Any], ...]

    def span(self, label: dict[str, Any]) -> tuple[int, int]:
        """Where a label's surface is in the text (its nth occurrence)."""
        at = -1
        for _ in range(int(label.get("nth", 1))):
            at = self.text.find(label["surface"], at + 1)
            if at < 0:
                raise ValueError(f"{self.path.name}: {label['surface']!r} (nth "
                                 f"{label.get('nth', 1)}) is not in the text")
        return at, at + len(label["surface"])


def load_passages(directory: Path) -> list[Passage]:
    passages = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as f:
            data = tomllib.load(f)
        passages.append(Passage(
            path=path, title=data["title"], published_at=data["published_at"],
            channel=data.get("channel", ""), region=data.get("region", ""),
            is_county_economy=bool(data.get("is_county_economy", False)),
            text=data["text"].strip(), mentions=tuple(data.get("mention", [])),
            not_indicators=tuple(data.get("not_indicator", []))))
    return passages


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _field_ok(name: str, gold: dict[str, Any], pred: Observation) -> bool:
    if name == "region":
        return bool(gold["region"] == (pred.region_code or ""))
    if name == "name":   # (quotation marks are typography: “三品一标”农产品 is 三品一标农产品)
        return bool(gold["name"] == pred.name or gold["name"].translate(_NO_QUOTES) == pred.name.translate(_NO_QUOTES))
    if name == "value":
        return _close(float(gold["value"]), pred.value_normalized) and \
            _close(gold.get("value_max"), pred.value_max_normalized)
    if name == "unit":
        return bool(gold["unit"] == pred.unit_normalized)
    if name == "period":
        return (gold.get("period_start", ""), gold["period_end"]) == (pred.period_start, pred.period_end)
    if name == "kind":
        return bool(gold["kind"] == pred.kind)
    if name == "change":
        return all(_close(gold.get(k), getattr(pred, k))
                   for k in ("change_pct", "change_points", "change_value"))
    raise ValueError(name)


@dataclass
class Score:
    predicted: int = 0
    labelled: int = 0
    aligned: int = 0
    core: int = 0            # indicator + value + unit
    full: int = 0            # + region + period
    fields: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    non_indicators: int = 0
    non_indicator_hits: int = 0
    passages: int = 0
    main_region_ok: int = 0
    county_economy_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def precision(self, n: int) -> float:
        return self._ratio(n, self.predicted)

    def recall(self, n: int) -> float:
        return self._ratio(n, self.labelled)

    @property
    def false_positive_rate(self) -> float:
        return self._ratio(self.non_indicator_hits, self.non_indicators)

    def report(self) -> str:
        lines = [f"{self.passages} passages, {self.labelled} labelled indicators, "
                 f"{self.predicted} predicted, {self.non_indicators} labelled non-indicators", "",
                 f"{'':24}{'precision':>10}{'recall':>10}"]
        rows = [("indicator+value+unit", self.core), ("full (+region, period)", self.full),
                ("detection", self.aligned)] + [(f"  {k}", v) for k, v in self.fields.items()]
        for label, n in rows:
            lines.append(f"{label:24}{self.precision(n):>10.3f}{self.recall(n):>10.3f}")
        lines += ["", f"non-indicator false positives: {self.non_indicator_hits}/{self.non_indicators}"
                      f" = {self.false_positive_rate:.3f}",
                  f"main region right: {self.main_region_ok}/{self.passages}; "
                  f"is_county_economy right: {self.county_economy_ok}/{self.passages}"]
        return "\n".join(lines)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_figure(text: str, pred: Observation, gold: dict[str, Any]) -> bool:
    """Whether `pred` is the same figure as `gold` written again elsewhere in the article (the
    extractor keeps one row per series and value: 接待游客900万人次 in the lead and in the body)."""
    return text[pred.value_start:pred.value_end] == gold["surface"] and _close(float(gold["value"]),
                                                                               pred.value_normalized)


def score(passages: list[Passage]) -> Score:
    s = Score()
    for p in passages:
        result = extract_indicators(p.title, p.text, p.published_at, p.channel or None)
        preds = list(result.observations)
        s.passages += 1
        s.main_region_ok += (result.region.code if result.region else "") == p.region
        s.county_economy_ok += result.is_county_economy == p.is_county_economy
        if (result.region.code if result.region else "") != p.region:
            s.errors.append(f"{p.path.name}: main region {result.region} != {p.region}")
        s.predicted += len(preds)
        s.labelled += len(p.mentions)
        unmatched = list(preds)
        aligned: dict[int, Observation] = {}
        for i, gold in enumerate(p.mentions):
            span = p.span(gold)
            pred = next((o for o in unmatched if _overlaps(span, (o.value_start, o.value_end))), None)
            if pred is not None:
                aligned[i] = pred
                unmatched.remove(pred)
        for i, gold in enumerate(p.mentions):   # a figure restated verbatim is stored once: its copy
            if i not in aligned and (pred := next((o for o in unmatched if _same_figure(p.text, o, gold)), None)):
                aligned[i] = pred
                unmatched.remove(pred)
        for i, gold in enumerate(p.mentions):
            pred = aligned.get(i)
            if pred is None:
                s.errors.append(f"{p.path.name}: missed {gold['surface']} {gold['name']}")
                continue
            s.aligned += 1
            ok = {f: _field_ok(f, gold, pred) for f in FIELDS}
            for f, good in ok.items():
                s.fields[f] += good
            s.core += ok["name"] and ok["value"] and ok["unit"]
            s.full += ok["name"] and ok["value"] and ok["unit"] and ok["region"] and ok["period"]
            wrong = [f for f, good in ok.items() if not good]
            if wrong:
                got = {"region": pred.region_code, "name": pred.name, "value": pred.value_normalized,
                       "unit": pred.unit_normalized, "period": (pred.period_start, pred.period_end),
                       "kind": pred.kind, "change": (pred.change_pct, pred.change_points, pred.change_value)}
                s.errors.append(f"{p.path.name}: {gold['surface']}: " + "; ".join(
                    f"{f} {got[f]!r}" for f in wrong) + f"  (label: {gold['name']})")
        for bad in unmatched:
            s.errors.append(f"{p.path.name}: extra {p.text[bad.value_start:bad.value_end]} "
                            f"{bad.name} ({bad.raw_name})")
        for label in p.not_indicators:
            s.non_indicators += 1
            span = p.span(label)
            if any(_overlaps(span, (o.value_start, o.value_end)) for o in preds):
                s.non_indicator_hits += 1
                s.errors.append(f"{p.path.name}: non-indicator {label['surface']} extracted")
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    result = score(load_passages(args.directory))
    print(result.report())
    if args.verbose:
        print("\n".join(["", *result.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
