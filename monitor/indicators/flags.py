"""What is new about an observation, given what was stored before (docs/indicators.md, "Flags").

    no earlier row for (region, name, kind)            -> new_indicator
    earlier rows, none for this period                 -> new_period  (previous: the latest earlier
                                                          period; none when this one is the earliest)
    a row for this period with a different value       -> revised     (previous: the latest such row)
    a row for this period with the same value          -> no flag     (corroboration)

A figure whose sentence states no period is "as reported on" its publication date: all such
figures of a series are compared with one another, whatever their dates (45家 reported again a
week later is corroboration; 46家 is a new period, the state on a later date).

"Different" means beyond rounding: the values are further apart than half the last written
digit of the coarser one (50.95亿 and 51亿 agree), or than 5% when either is approximate.
"""

from __future__ import annotations

from dataclasses import dataclass

from .extract import Observation

__all__ = ["Flag", "Prior", "flag_for", "same_value"]

APPROX_TOLERANCE = 0.05


@dataclass(frozen=True)
class Prior:
    """An observation stored earlier, from another article."""

    id: int
    period: str          # as written; '' when the sentence stated none
    period_start: str
    period_end: str
    value: float
    precision: float
    approx: bool
    published_at: str


@dataclass(frozen=True)
class Flag:
    flag: str | None
    previous: Prior | None = None


def same_value(a: float, a_precision: float, a_approx: bool, b: Prior) -> bool:
    tolerance = max(a_precision, b.precision)
    if a_approx or b.approx:
        tolerance = max(tolerance, APPROX_TOLERANCE * max(abs(a), abs(b.value)))
    return abs(a - b.value) <= tolerance * (1 + 1e-9)


def flag_for(obs: Observation, priors: list[Prior]) -> Flag:
    """`priors`: earlier rows of the same region, name and kind, from other articles."""
    if not priors:
        return Flag("new_indicator")
    if obs.period:
        same_period = [p for p in priors if p.period and
                       (p.period_start, p.period_end) == (obs.period_start, obs.period_end)]
    else:
        same_period = [p for p in priors if not p.period]
    if not same_period:
        earlier = [p for p in priors if p.period_end < obs.period_end]
        previous = max(earlier, key=lambda p: (p.period_end, p.published_at, p.id)) if earlier else None
        return Flag("new_period", previous)
    latest = max(same_period, key=lambda p: (p.published_at, p.id))
    if same_value(obs.value_normalized, obs.precision, obs.approx, latest):
        return Flag(None)
    return Flag("new_period" if not obs.period else "revised", latest)
