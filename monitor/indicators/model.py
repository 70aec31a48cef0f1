"""What the extractor gives: observations (figures filed under a series), and what it dropped."""

from __future__ import annotations

from dataclasses import dataclass, field

from .regions import Region

__all__ = ["ArticleIndicators", "Dropped", "Observation"]


@dataclass(slots=True, unsafe_hash=True)
class Observation:
    """One indicator as an article states it. Field meanings: README, table `indicators`.

    Treat it as immutable: `dataclasses.replace` gives a changed copy, and nothing assigns to a
    field. It is not frozen only because the extractor builds one or two for every figure of
    every article, and a frozen dataclass of 24 fields costs several times as much to build
    (bench/bench_indicators.py: about 5% of all extraction time). extract.py builds it with
    positional arguments, for the same reason: a change to the fields' order is a change there."""

    region_code: str | None
    region: str | None
    name: str
    raw_name: str
    kind: str
    value: str
    unit: str
    value_normalized: float
    value_max_normalized: float | None
    unit_normalized: str
    precision: float
    approx: bool
    period: str
    period_start: str
    period_end: str
    evidence: str
    evidence_start: int
    evidence_end: int
    value_start: int
    value_end: int
    change: str = ""
    change_pct: float | None = None
    change_points: float | None = None
    change_value: float | None = None

    @property
    def key(self) -> tuple[str | None, str, str, str, str]:
        """Observations with the same key are the same indicator of the same region and period."""
        return (self.region_code, self.name, self.kind, self.period_start, self.period_end)


@dataclass(slots=True, unsafe_hash=True)
class Dropped:
    """A figure seen and not kept, and why (for `monitor indicators --explain` and scoring).
    Treated as immutable but not frozen, like Observation: one is built for most dates and counts
    of every article."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class ArticleIndicators:
    region: Region | None
    is_county_economy: bool
    observations: tuple[Observation, ...]
    dropped: tuple[Dropped, ...] = field(default=())
    over_cap: int = 0   # observations beyond MAX_OBSERVATIONS, not kept
