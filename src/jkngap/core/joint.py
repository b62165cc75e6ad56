"""Do all the published figures hold at once? A search for whole counts that satisfy them.

Each figure bounds the unknown counts, the population P, the registered R and the active A
(A <= R): a count fixes one, or bounds it (segments are a part of the registered, their
active members a part of the active); a published percentage bounds a part by its whole
and the whole by its part; a "needed" figure ties a part to the ceiling of a share of its
whole; the inactive, R - A, are fixed (a published inactive count) or bounded below (the
inactive members of the segments).
The bounds are narrowed in turn until nothing changes (no whole count outside them can
satisfy the figures); where a count is still open, its few possible values are tried one
by one. Two figures may agree pair by pair and still not hold together through a count no
one published: a coverage with a population fixes the registered; an active count with
an "active needed" fixes it again, to another number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["Constraint", "feasible"]

# The counts, by their index in a bounds list.
P, R, A = 0, 1, 2
# A count open over more values than this is not tried value by value: its bounds decide.
MOST_TRIED = 20_000


@dataclass(frozen=True)
class Constraint:
    """One figure: ``part`` / ``whole`` in [low, high) (a share), or ``part`` missing
    ``needed`` from ceil(target * whole) (needed), or ``part`` equal to ``value`` (count),
    or ``part`` from ``value`` to ``most`` (within; no end when ``most`` is None), or
    R - A from ``value`` to ``most`` (inactive)."""

    kind: str  # "count", "share", "needed", "within" or "inactive"
    part: int
    whole: int = P
    low: Fraction = Fraction(0)
    high: Fraction = Fraction(0)
    target: Fraction = Fraction(0)
    value: int = 0
    most: int | None = None


# [low, high] per count, whole numbers; a high of None has no end (no float anywhere).
Bounds = list[list[int | None]]


def feasible(constraints: list[Constraint]) -> bool:
    """Whether whole counts P >= 1, R >= 0, A in [0, R] satisfy every constraint.

    A "no" is always proven; a "yes" is proven where the counts are bounded, and where
    they are not (no count was published), it means that every figure's share of the same
    whole allows a common value, which some large enough count then gives.
    """
    if not _ratios_meet(constraints):
        return False
    bounds: Bounds = [[1, None], [0, None], [0, None]]
    return _search(constraints, bounds, depth=0)


def _ratios_meet(constraints: list[Constraint]) -> bool:
    """The shares each figure allows for one part of one whole must meet: a coverage of
    50 % and "none needed to reach 98 %" cannot both hold, whatever the counts."""
    shares: dict[tuple[int, int], tuple[Fraction, Fraction | None]] = {}
    for c in constraints:
        high: Fraction | None
        if c.kind == "share":
            low, high = c.low, c.high
        elif c.kind == "needed":
            # None needed: part >= ceil(t * whole) >= t * whole. Some needed: part <
            # t * whole (the ceiling is above the part).
            low, high = (c.target, None) if c.value == 0 else (Fraction(0), c.target)
        else:
            continue
        seen_low, seen_high = shares.get((c.part, c.whole), (Fraction(0), None))
        low = max(low, seen_low)
        high = seen_high if high is None else high if seen_high is None else min(high, seen_high)
        if high is not None and low >= high:
            return False
        shares[(c.part, c.whole)] = (low, high)
    return True


def _search(constraints: list[Constraint], bounds: Bounds, depth: int) -> bool:
    if not _narrow(constraints, bounds):
        return False
    open_counts = [i for i in (P, R, A) if bounds[i][0] != bounds[i][1]]
    if not open_counts:
        return _holds(constraints, [_low(b) for b in bounds])
    count = min(open_counts, key=lambda i: _width(bounds[i]))
    if depth >= 3 or _width(bounds[count]) >= MOST_TRIED:
        return True  # the bounds allow it, and too many values remain to try each
    low, high = _low(bounds[count]), bounds[count][1]
    assert high is not None  # a bounded width
    for value in range(low, high + 1):
        fixed: Bounds = [list(b) for b in bounds]
        fixed[count] = [value, value]
        if _search(constraints, fixed, depth + 1):
            return True
    return False


def _low(bound: list[int | None]) -> int:
    low = bound[0]
    assert low is not None  # every count has a lowest value
    return low


def _width(bound: list[int | None]) -> int:
    """How many values past the lowest a count may take (MOST_TRIED where it has no end)."""
    return MOST_TRIED if bound[1] is None else bound[1] - _low(bound)


def _holds(constraints: list[Constraint], counts: list[int]) -> bool:
    """Every constraint, checked exactly at whole counts."""
    if counts[A] > counts[R] or counts[P] < 1:
        return False
    for c in constraints:
        part, whole = counts[c.part], counts[c.whole]
        if c.kind == "count" and part != c.value:
            return False
        if c.kind in ("within", "inactive"):
            held = part if c.kind == "within" else counts[R] - counts[A]
            if held < c.value or (c.most is not None and held > c.most):
                return False
        if c.kind == "share" and not (whole > 0 and c.low <= Fraction(part, whole) < c.high):
            return False
        if c.kind == "needed" and max(0, math.ceil(c.target * whole) - part) != c.value:
            return False
    return True


def _narrow(constraints: list[Constraint], bounds: Bounds) -> bool:
    """Narrow the bounds until nothing changes; False when a count has no value left."""
    for _ in range(60):
        before = [list(b) for b in bounds]
        for c in constraints:
            _apply(c, bounds)
        most_registered = bounds[R][1]
        if most_registered is not None:
            _at_most(bounds, A, most_registered)  # active within the registered
        _at_least(bounds, R, _low(bounds[A]))
        if any(high is not None and _low([low, high]) > high for low, high in bounds):
            return False
        if bounds == before:
            return True
    return True


def _at_least(bounds: Bounds, count: int, value: int) -> None:
    bounds[count][0] = max(_low(bounds[count]), value)


def _at_most(bounds: Bounds, count: int, value: int) -> None:
    high = bounds[count][1]
    bounds[count][1] = value if high is None else min(high, value)


def _apply(c: Constraint, bounds: Bounds) -> None:
    part, whole = bounds[c.part], bounds[c.whole]
    if c.kind in ("count", "within"):
        _at_least(bounds, c.part, c.value)
        most = c.value if c.kind == "count" else c.most
        if most is not None:
            _at_most(bounds, c.part, most)
    elif c.kind == "inactive":
        _inactive(c, bounds)
    elif c.kind == "share":
        # low <= part / whole < high
        _at_least(bounds, c.part, math.ceil(c.low * _low(whole)))
        if whole[1] is not None:
            _at_most(bounds, c.part, math.ceil(c.high * whole[1]) - 1)
        if c.high > 0:
            _at_least(bounds, c.whole, math.floor(_low(part) / c.high) + 1)
        if c.low > 0 and part[1] is not None:
            _at_most(bounds, c.whole, math.floor(part[1] / c.low))
    else:
        _needed(c, bounds)


def _needed(c: Constraint, bounds: Bounds) -> None:
    """value = max(0, ceil(target * whole) - part)."""
    part, whole, n, t = bounds[c.part], bounds[c.whole], c.value, c.target
    if n > 0:
        _at_least(bounds, c.part, math.ceil(t * _low(whole)) - n)
        if whole[1] is not None:
            _at_most(bounds, c.part, math.ceil(t * whole[1]) - n)
        _at_least(bounds, c.whole, math.floor((_low(part) + n - 1) / t) + 1)
        if part[1] is not None:
            _at_most(bounds, c.whole, math.floor((part[1] + n) / t))
    else:
        _at_least(bounds, c.part, math.ceil(t * _low(whole)))
        if part[1] is not None:
            _at_most(bounds, c.whole, math.floor(part[1] / t))


def _inactive(c: Constraint, bounds: Bounds) -> None:
    """value <= R - A <= most."""
    registered, active = bounds[R], bounds[A]
    _at_least(bounds, R, _low(active) + c.value)
    if registered[1] is not None:
        _at_most(bounds, A, registered[1] - c.value)
    if c.most is not None:
        _at_least(bounds, A, _low(registered) - c.most)
        if active[1] is not None:
            _at_most(bounds, R, active[1] + c.most)
