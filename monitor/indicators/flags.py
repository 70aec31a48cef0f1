"""What is new about an article's figures, given what was stored before (docs/indicators.md,
"Flags"). The one place that decides flags; store/ only reads the priors and writes the result.

A figure is compared only within its **series**: region, name, kind and unit class
(`unit_normalized`), and then its period:

    no earlier figure of the series                         -> new_indicator
    earlier figures, none for this period                   -> new_period (previous: the latest
                                                               earlier period; none when this one
                                                               is the earliest)
    equal to ANY earlier value of this period               -> no flag (corroboration)
    none for this period, but the same value undated on a day
    inside it (or dated around the undated one's day)       -> no flag (one figure told twice)
    different from every one of them, both comparable       -> revised   (previous: the latest)
    different, but either is approximate or a range         -> no flag (not comparable)
    different, but the name is bare (投资, 项目, 企业 …)        -> no flag (not comparable)
    different, but either was stated before its period ended   -> no flag (a running count: a
                                                               year's review given in its December)
    one article, two different exact values of one series+period -> no flag, quality 'conflict'

After an edit of the article (`replaced`: the figures its earlier versions stated and this one
no longer does), a figure of the same series and period as one of those is judged against the
latest of them first: another value -> revised (previous: the article's own old figure); the
same value, written differently -> no flag; not comparable -> decided as above, like the figures
the edit did not touch.

A figure whose region is unknown is new the first time its name appears with no region, and
is never compared after that: two such figures may be two regions'.

A figure whose sentence and context state no period is "as reported on" its publication date:
all such figures of a series are compared with one another (45家 again a week later is
corroboration; 46家 is a new period, the state on a later date).

"Equal" means within rounding: the values are no further apart than half the last written digit
of the coarser one (50.95亿 and 51亿 agree), or than 5% when either is approximate.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .model import Observation
from .names import BARE_NAMES

__all__ = ["CONFLICT", "Flag", "Prior", "SeriesKey", "conflicting", "flag_observations", "same_value", "series_key"]

APPROX_TOLERANCE = 0.05
RESTATED_DAYS = 31   # how long after its period an undated restatement of a dated figure may come
CONFLICT = "conflict"

SeriesKey = tuple[str, str, str, str]
"""(region_code, name, kind, unit_normalized): figures comparable with one another."""


@dataclass(frozen=True)
class Prior:
    """A figure stored earlier, from another article."""

    id: int
    period: str          # as written; '' when none was stated or carried
    period_start: str
    period_end: str
    value: float
    precision: float
    approx: bool
    published_at: str
    value_max: float | None = None


@dataclass(frozen=True)
class Flag:
    flag: str | None
    previous: Prior | None = None
    quality: str | None = None


def series_key(obs: Observation) -> SeriesKey:
    return (obs.region_code or "", obs.name, obs.kind, obs.unit_normalized)


def _period_key(period: str, start: str, end: str) -> tuple[str, str]:
    """Undated figures of a series form one period of their own."""
    return (start, end) if period else ("", "")


def same_value(a: float, a_precision: float, a_approx: bool, b: float, b_precision: float, b_approx: bool) -> bool:
    """Whether two values agree within rounding (and 5% when either is approximate)."""
    tolerance = max(a_precision, b_precision)
    if a_approx or b_approx:
        tolerance = max(tolerance, APPROX_TOLERANCE * max(abs(a), abs(b)))
    return abs(a - b) <= tolerance * (1 + 1e-9)


def _agrees(obs: Observation, p: Prior) -> bool:
    return same_value(obs.value_normalized, obs.precision, obs.approx, p.value, p.precision, p.approx)


class _Series:
    """The priors of one series, grouped by period and sorted by value, so that each figure is
    checked against the few priors near its value (an article of thousands of figures of one
    series must not cost a quadratic number of comparisons)."""

    def __init__(self, priors: Sequence[Prior]) -> None:
        self.priors = priors
        groups: dict[tuple[str, str], list[Prior]] = defaultdict(list)
        for p in priors:
            groups[_period_key(p.period, p.period_start, p.period_end)].append(p)
        self.by_period = {k: sorted(v, key=lambda p: p.value) for k, v in groups.items()}
        self.values = {k: [p.value for p in v] for k, v in self.by_period.items()}
        self.widest = {k: max(max(p.precision for p in v),
                              APPROX_TOLERANCE * max(abs(p.value) for p in v) if any(p.approx for p in v) else 0)
                       for k, v in self.by_period.items()}

    def matches(self, obs: Observation, period: tuple[str, str]) -> bool:
        """Whether any prior of `period` has obs's value, within rounding."""
        group, values = self.by_period[period], self.values[period]
        reach = max(self.widest[period], obs.precision,
                    APPROX_TOLERANCE * abs(obs.value_normalized) if obs.approx else 0) * (1 + 1e-9)
        lo = bisect.bisect_left(values, obs.value_normalized - reach)
        hi = bisect.bisect_right(values, obs.value_normalized + reach)
        return any(_agrees(obs, p) for p in group[lo:hi])


def _final(published_at: str, period_end: str) -> bool:
    """Whether a figure was stated once its period was over (or on its last day): one stated
    while it ran is a count so far (庆阳's 2022 work report of 12 December: 实施500万元以上项目802个;
    899 for the whole year in February), which a later figure for the period completes, not revises."""
    return not published_at or published_at[:10] >= period_end


def _flag(obs: Observation, series: _Series | None, published_at: str = "") -> Flag:
    if series is None or not series.priors:
        return Flag("new_indicator")
    if not obs.region_code:   # whose figures these are is unknown: nothing to compare them with
        return Flag(None)
    period = _period_key(obs.period, obs.period_start, obs.period_end)
    if period not in series.by_period:
        if _restated(obs, series):
            return Flag(None)
        earlier = [p for p in series.priors if p.period_end < obs.period_end]
        previous = max(earlier, key=lambda p: (p.period_end, p.published_at, p.id)) if earlier else None
        return Flag("new_period", previous)
    if series.matches(obs, period):
        return Flag(None)
    latest = max(series.by_period[period], key=lambda p: (p.published_at, p.id))
    if not obs.period:   # undated: a new value is the state on a later date
        return Flag("new_period", latest)
    exact = not obs.approx and obs.value_max_normalized is None
    comparable = [p for p in series.by_period[period] if not p.approx and p.value_max is None
                  and _final(p.published_at, p.period_end)]
    if not exact or not comparable or obs.name in BARE_NAMES or not _final(published_at, obs.period_end):
        # 近50亿 against 48.6亿, or 投资7453万元 against 投资9.6亿元 (two investments, as likely as one
        # restated): not a revision anyone can stand behind
        return Flag(None)
    return Flag("revised", max(comparable, key=lambda p: (p.published_at, p.id)))


def _within(day: str, start: str, end: str) -> bool:
    """Whether `day` falls in the period start..end (a point: its day), or up to RESTATED_DAYS
    after its end (an article is written after the period it reports)."""
    last = (date.fromisoformat(end) + timedelta(days=RESTATED_DAYS)).isoformat()
    return (start or end) <= day <= last


def _restated(obs: Observation, series: _Series) -> bool:
    """An undated figure and a dated one of the same value, the undated one's day inside the
    dated one's period, are one figure told twice (通渭's 15.3亿元 as reported on 2023-11-20, then
    今年以来 in a round-up of 2023-11-21): corroboration, not a new period."""
    if obs.period:
        undated = series.by_period.get(("", ""), [])
        return any(_agrees(obs, p) and _within(p.period_end, obs.period_start, obs.period_end) for p in undated)
    # (an undated figure comes here only when no undated one is stored: every prior is dated)
    return any(_agrees(obs, p) and _within(obs.period_end, p.period_start, p.period_end) for p in series.priors)


def conflicting(observations: Sequence[Observation]) -> set[int]:
    """Indexes of figures whose series and period the same article states with two values
    (every figure of such a group: which one is right, nobody can tell from the article). Only
    exact figures count: a milestone or an approximate figure (突破100亿 beside 137.27亿元) claims
    no value the exact one contradicts."""
    groups: dict[tuple[SeriesKey, tuple[str, str]], list[int]] = defaultdict(list)
    for i, obs in enumerate(observations):
        if not obs.approx and obs.value_max_normalized is None:
            groups[(series_key(obs), _period_key(obs.period, obs.period_start, obs.period_end))].append(i)
    conflicting: set[int] = set()
    for members in groups.values():
        head = observations[members[0]]
        if any(not same_value(observations[i].value_normalized, observations[i].precision, False,   # all exact
                              head.value_normalized, head.precision, False) for i in members[1:]):
            conflicting.update(members)
    return conflicting


def _edited(obs: Observation, own: Sequence[Prior] | None) -> Flag | None:
    """Judged against the latest figure of this series and period that an earlier version of
    the article stated (None: there is none, or it is not comparable; decide as usual)."""
    period = _period_key(obs.period, obs.period_start, obs.period_end)
    earlier = [p for p in own or () if _period_key(p.period, p.period_start, p.period_end) == period]
    if not earlier:
        return None
    latest = max(earlier, key=lambda p: p.id)
    if _agrees(obs, latest):
        return Flag(None)   # the same figure, written differently (50.95亿 -> 51亿)
    if obs.approx or obs.value_max_normalized is not None or latest.approx or latest.value_max is not None:
        return None
    return Flag("revised", latest)


def flag_observations(observations: Sequence[Observation], priors: Mapping[SeriesKey, Sequence[Prior]],
                      replaced: Mapping[SeriesKey, Sequence[Prior]] | None = None,
                      published_at: str = "") -> list[Flag]:
    """One Flag per observation of one article. `priors`: the earlier figures of each series
    the article touches, from other articles; `replaced`: the figures of each series that
    earlier versions of the article stated and this one does not (after an edit);
    `published_at`: when the article appeared ('' unknown)."""
    conflicts = conflicting(observations)
    series = {key: _Series(rows) for key, rows in priors.items()}
    own = replaced or {}
    return [Flag(None, quality=CONFLICT) if i in conflicts
            else _edited(obs, own.get(series_key(obs))) or _flag(obs, series.get(series_key(obs)), published_at)
            for i, obs in enumerate(observations)]
