"""Where a figure goes at the pace it achieved: the day a target is reached, or lost.

The pace achieved is the straight line from the first snapshot to the last, continued past
the last. A snapshot dated ``d`` is the state at the start of that day, as ``jkngap plan
--from d`` takes it: after ``k`` days of work (``d`` itself the first) the line stands at
``last + pace * k``, on the evening of day ``d + k - 1``. A target is reached on the first
whole day the line is at or above it, and lost on the first whole day it is below.

Every condition is a line ``c + g * k >= 0`` in exact numbers (ints or Fractions): the
days ``k >= 0`` that meet it are one interval, worked out here without any float. From a
rounded, published percentage there are two lines, the most and the least favourable the
rounding allows, and every date is a range between them.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from jkngap.core.model import Record

__all__ = [
    "MOST_DAYS",
    "UNKNOWN",
    "Days",
    "Outlook",
    "met_days",
    "outlook",
    "outlook_keys",
    "per_month",
    "within",
]

# The days k >= 0 a condition holds on: (first, last), last None for "from then on";
# None for no day at all.
Days = tuple[int, int | None] | None
Exact = int | Fraction
# No projection looks further than plan does: a day more than a hundred years past the
# last snapshot is "not at this pace" (a fall of one person a year never loses anything).
MOST_DAYS = 36_524


def met_days(constant: Exact, slope: Exact) -> Days:
    """The whole days ``k >= 0`` with ``constant + slope * k >= 0``."""
    whole = isinstance(constant, int) and isinstance(slope, int)
    if slope > 0:
        first = -(constant // slope) if whole else math.ceil(Fraction(-constant) / slope)
        return max(0, first), None
    if constant < 0:
        return None
    if slope == 0:
        return 0, None
    last = constant // -slope if whole else math.floor(Fraction(constant) / -slope)
    return 0, last


def within(first: Days, second: Days) -> Days:
    """The days both conditions hold on (UHC Prioritas: coverage and activity at once)."""
    if first is None or second is None:
        return None
    low = max(first[0], second[0])
    highs = [high for high in (first[1], second[1]) if high is not None]
    high = min(highs) if highs else None
    return None if high is not None and low > high else (low, high)


def per_month(change: Exact, days: int, month_days: Fraction) -> Fraction:
    """A change over ``days`` as a pace per month of ``month_days`` days, exactly."""
    return Fraction(change) * month_days / days


@dataclass(frozen=True)
class Outlook:
    """One target at the pace achieved: met at the last snapshot, and when it is reached
    or lost (each the earliest and the latest day the figures allow; equal when exact)."""

    met: bool | None
    state: str  # met, reached, not_at_this_pace, uncertain, unknown
    reached_low: date | None = None
    reached_high: date | None = None  # None with a reached_low: perhaps never
    lost_low: date | None = None
    lost_high: date | None = None  # None with a lost_low: perhaps never
    at_risk: bool | None = False

    @property
    def reached(self) -> date | None:
        """The day the target is surely reached by at this pace (the latest the figures
        allow); None when already met, never at this pace, or uncertain."""
        return self.reached_high if self.state == "reached" else None

    @property
    def lost(self) -> date | None:
        """The earliest day the target may be lost at this pace (None: not at this pace)."""
        return self.lost_low

    def by(self, deadline: date | None) -> bool | None:
        """Whether the target is met by ``deadline`` at this pace (kept, if met now)."""
        if deadline is None or self.state == "unknown":
            return None
        if self.met is True:
            if self.lost_high is not None and self.lost_high <= deadline:
                return False
            return True if self.lost_low is None or self.lost_low > deadline else None
        if self.state == "not_at_this_pace":
            return False
        if self.reached_high is not None and self.reached_high <= deadline:
            return True
        if self.reached_low is None or self.reached_low > deadline:
            return False
        return None

    def fields(self, prefix: str, deadline: date | None) -> Record:
        """The record keys of one target: ``uhc_date``, ``uhc_date_low`` and so on."""
        reached, lost = self.reached_low != self.reached_high, self.lost_low != self.lost_high
        values = (
            self.state,
            _iso(self.reached),
            _iso(self.reached_low) if reached else None,  # a range only where there is one
            _iso(self.reached_high) if reached else None,
            _iso(self.lost),
            _iso(self.lost_low) if lost else None,
            _iso(self.lost_high) if lost else None,
            self.by(deadline),
            self.at_risk,
        )
        return dict(zip(outlook_keys(prefix), values, strict=True))


@functools.cache
def outlook_keys(prefix: str) -> tuple[str, ...]:
    """The record keys of one target's outlook: ``uhc_outlook``, ``uhc_date`` and so on."""
    names = ("outlook", "date", "date_low", "date_high", "lost_date", "lost_date_low")
    return tuple(
        f"{prefix}_{name}" for name in (*names, "lost_date_high", "by_deadline", "at_risk")
    )


# A target whose figures are missing at the first or the last snapshot.
UNKNOWN = Outlook(None, "unknown", at_risk=None)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _reached(days: Days, last: date) -> date | None:
    """The first day after the last snapshot (k >= 1) the condition holds on."""
    if days is None:
        return None
    k = max(days[0], 1)
    if (days[1] is not None and k > days[1]) or k > MOST_DAYS:
        return None
    return last + timedelta(days=k - 1)


def _lost(days: Days, last: date) -> date | None:
    """The first day the condition, holding at the snapshot, no longer holds."""
    if days is None or days[0] > 0:
        return last  # not held even at the snapshot on this line
    if days[1] is None or days[1] >= MOST_DAYS:
        return None
    return last + timedelta(days=days[1])


def outlook(met: bool | None, best: Days, worst: Days, *, last: date, horizon_end: date) -> Outlook:
    """A target's outlook from its verdict at the last snapshot (``met``) and the days it
    holds on along the most favourable line (``best``) and the least (``worst``: the same
    line when the figures are exact counts). A target met now is at risk when it is lost
    by ``horizon_end`` at this pace (None where only some of the figures allowed say so)."""
    if met is True:
        lost_low, lost_high = _lost(worst, last), _lost(best, last)
        risk: bool | None = False
        if lost_high is not None and lost_high <= horizon_end:
            risk = True
        elif lost_low is not None and lost_low <= horizon_end:
            risk = None
        return Outlook(True, "met", lost_low=lost_low, lost_high=lost_high, at_risk=risk)
    low, high = _reached(best, last), _reached(worst, last)
    if met is False:
        if low is None:
            return Outlook(False, "not_at_this_pace")
        state = "reached" if high is not None else "uncertain"
        return Outlook(False, state, reached_low=low, reached_high=high)
    # Met or not, the figures cannot tell: what the line allows, and no verdict of risk.
    lost_low = _lost(worst, last) if worst is not None and worst[0] == 0 else None
    return Outlook(
        None,
        "uncertain",
        reached_low=low,
        reached_high=high,
        lost_low=lost_low,
        lost_high=_lost(best, last) if best is not None and best[0] == 0 else None,
        at_risk=None,
    )
