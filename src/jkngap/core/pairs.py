"""Figures compared two by two: what each implies for one unknown count, and whether the
ranges of a pair meet. A needed count is taken as the domain defines it, the least number
that reaches the target (a ceiling), with no slack: only percentages were rounded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import combinations
from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.model import Note, Record
from jkngap.core.numbers import Reported, Rounding, decimals_needed
from jkngap.core.spans import Bounds, count_from_share, required

__all__ = ["Finding", "Ratio", "figure_note", "ratio_findings"]


@dataclass(frozen=True)
class Claim:
    """What one figure implies for the unknown count."""

    figure: str  # the figure's key: population, coverage, registrants_needed, ...
    bounds: Bounds | None  # None: no whole number fits the figure at all
    description: Note  # the figure in words, for messages


@dataclass(frozen=True)
class Finding:
    figures: tuple[str, ...]
    agree: bool | None  # None: not a contradiction, but doubtful (a target as a count)
    quantity: str
    implied: tuple[Bounds | None, Bounds | None]
    message: Note

    def record(self) -> Record:
        return {
            "figures": list(self.figures),
            "agree": self.agree,
            "quantity": self.quantity,
            "implied": [bounds.as_list() if bounds else None for bounds in self.implied],
            "message": self.message,
        }


def figure_note(figure: str, value: Any, derived: Mapping[str, Note] | None = None) -> Note:
    """A figure in words; one worked out from others (``derived``) says how, so it never
    reads as if it had been published."""
    said = Note(f"figure.{figure}", {"value": value})
    if derived and figure in derived:
        return Note("figure.derived", {"figure": said, "how": derived[figure]})
    return said


def _exact(figure: str, value: int, derived: Mapping[str, Note]) -> Claim:
    return Claim(figure, Bounds(value, value), figure_note(figure, value, derived))


def _share_claim(
    figure: str, reported: Reported, rounding: Rounding, *, base: int | None, count: int | None
) -> Claim:
    """A published percentage, with its base known (implies the count) or its count known."""
    interval = reported.share_interval(rounding)
    description = Note(f"figure.{figure}", {"value": reported})
    if base is None:
        assert count is not None
        return Claim(figure, _bases(count, interval), description)
    try:
        span = count_from_share(base, interval, field=figure)
    except InputError:
        return Claim(figure, None, description)
    return Claim(figure, Bounds(span.low, span.high), description)


def _bases(count: int, share: tuple[Fraction, Fraction]) -> Bounds | None:
    """The bases b > 0 with ``low <= count / b < high``: no end where ``low`` is 0 (a rate
    of 0 % fits any base large enough), none at all where no base fits."""
    low, high = share
    least = floor_over(count, high) + 1
    if low == 0:
        return Bounds(least, None)
    if count == 0:
        return None  # 0 of any base is 0, below the published share
    span_high = floor_over(count, low)
    return Bounds(least, span_high) if least <= span_high else None


def _needed_claim(
    figure: str,
    needed: int,
    target: Fraction,
    *,
    base: int | None,
    count: int | None,
    ceiling: int | None = None,
    least_base: int = 1,
) -> Claim:
    """ "``needed`` more to reach ``target``", where ``needed = max(0, ceil(t*B) - C)``.

    With the base ``B`` known it implies the count ``C`` already there (at most
    ``ceiling``); with the count known it implies the base (at least ``least_base``).
    """
    shown_target = Reported(target * 100, decimals_needed(target * 100))
    description = Note(f"figure.{figure}", {"value": needed, "target": shown_target})
    if base is not None:
        required = ceil_share(target, base)
        if needed > 0:
            present = required - needed
            fits = present >= 0 and (ceiling is None or present <= ceiling)
            return Claim(figure, Bounds(present, present) if fits else None, description)
        fits = ceiling is None or required <= ceiling
        return Claim(figure, Bounds(required, ceiling) if fits else None, description)
    assert count is not None
    if needed > 0:
        # ceil(t*B) = count + needed  <=>  count + needed - 1 < t*B <= count + needed
        low = floor_over(count + needed - 1, target) + 1
        high = floor_over(count + needed, target)
    else:
        low, high = least_base, floor_over(count, target)
    return Claim(figure, Bounds(low, high) if low <= high else None, description)


def ceil_share(share: Fraction, base: int) -> int:
    return required(share.numerator, share.denominator, base)


def floor_over(count: int, share: Fraction) -> int:
    """floor(count / share), in integers."""
    return count * share.denominator // share.numerator


def _compare(claims: list[Claim], quantity: str, anchor: Note) -> list[Finding]:
    findings = []
    for first, second in combinations(claims, 2):
        meeting = first.bounds.meet(second.bounds) if first.bounds and second.bounds else None
        params: dict[str, Any] = {
            "first": first.description,
            "second": second.description,
            "quantity": Note(f"quantity.{quantity}"),
            "first_range": first.bounds,
            "second_range": second.bounds,
            "anchor": anchor,
        }
        if meeting is not None:
            key = "check.agree"
            params["range"] = meeting
        elif first.bounds and first.bounds.low == first.bounds.high and first.figure in _COUNTS:
            key = "check.count_disagrees"
        else:
            key = "check.disagree"
        findings.append(
            Finding(
                figures=(first.figure, second.figure),
                agree=meeting is not None,
                quantity=quantity,
                implied=(first.bounds, second.bounds),
                message=Note(key, params),
            )
        )
    return findings


_COUNTS = ("population", "registered", "active")


@dataclass(frozen=True)
class Ratio:
    """The figures about one share: its part, its whole, the published share and gap."""

    part: tuple[str, int | None]
    whole: tuple[str, int | None]
    share: tuple[str, Reported | None]
    needed: tuple[str, int | None]
    target: Fraction
    derived: Mapping[str, Note] = field(default_factory=dict)  # counts worked out, and how


def ratio_findings(figures: Ratio, rounding: Rounding, *, bounded: bool) -> list[Finding] | None:
    """Compare the figures about one share, pair by pair (None: no count to anchor them).

    With the part known (registered, active) every figure implies a range for the whole;
    else, with the whole known, for the part. ``bounded``: the part never exceeds the whole.
    """
    (part_name, part), (whole_name, whole) = figures.part, figures.whole
    share_name, share = figures.share
    needed_name, needed = figures.needed
    claims: list[Claim] = []
    if part is not None:
        if whole is not None:
            claims.append(_exact(whole_name, whole, figures.derived))
        if share is not None:
            claims.append(_share_claim(share_name, share, rounding, base=None, count=part))
        if needed is not None:
            least = max(part, 1) if bounded else 1
            claims.append(
                _needed_claim(
                    needed_name, needed, figures.target, base=None, count=part, least_base=least
                )
            )
        return _compare(claims, whole_name, figure_note(part_name, part, figures.derived))
    if whole is not None:
        if share is not None:
            claims.append(_share_claim(share_name, share, rounding, base=whole, count=None))
        if needed is not None:
            claims.append(
                _needed_claim(
                    needed_name,
                    needed,
                    figures.target,
                    base=whole,
                    count=None,
                    ceiling=whole if bounded else None,
                )
            )
        return _compare(claims, part_name, figure_note(whole_name, whole, figures.derived))
    return None if share is not None or needed is not None else []
