"""Do published figures agree with each other? Allowing for percentages rounded or cut.

Each figure a report states, read beside a count it shares with the others, implies a
range for one unknown count: with the registered count known, a coverage of 92.82 %
implies a population of 5,646,199 to 5,646,807, and "280,386 more to reach 98 %" implies
5,634,153. Two figures agree when their ranges meet. A needed count is taken as the
domain defines it, the least number that reaches the target (a ceiling), with no slack:
only percentages were rounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations
from typing import Any

from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError
from jkngap.core.joint import A, Constraint, P, R, feasible
from jkngap.core.model import Base, Note, Percent, Record, target_share
from jkngap.core.numbers import Reported, Rounding, decimals_needed
from jkngap.core.spans import Bounds, base_from_share, count_from_share, required

__all__ = ["Bounds", "Check", "Finding", "check"]


@dataclass(frozen=True)
class Claim:
    """What one figure implies for the unknown count."""

    figure: str  # the figure's key: population, coverage, registrants_needed, ...
    bounds: Bounds | None  # None: no whole number fits the figure at all
    description: Note  # the figure in words, for messages


@dataclass(frozen=True)
class Finding:
    figures: tuple[str, ...]
    agree: bool
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


@dataclass(frozen=True)
class Check:
    findings: tuple[Finding, ...]
    notes: tuple[Note, ...]

    kind = "check"

    @property
    def consistent(self) -> bool:
        return all(finding.agree for finding in self.findings)

    def headline(self) -> bool:
        return self.consistent

    def record(self) -> Record:
        return {
            "consistent": self.consistent,
            "findings": [finding.record() for finding in self.findings],
        }

    def rows(self) -> list[Record]:
        """One flat row per finding, for CSV and TSV."""
        return [
            {
                "consistent": self.consistent,
                "figures": "+".join(finding.figures),
                "agree": finding.agree,
                "quantity": finding.quantity,
                "first_low": _end(finding.implied[0], 0),
                "first_high": _end(finding.implied[0], 1),
                "second_low": _end(finding.implied[1], 0),
                "second_high": _end(finding.implied[1], 1),
                "message": finding.message,
            }
            for finding in self.findings
        ]


def _end(bounds: Bounds | None, index: int) -> int | None:
    return bounds.as_list()[index] if bounds else None


def _exact(figure: str, value: int) -> Claim:
    return Claim(figure, Bounds(value, value), Note(f"figure.{figure}", {"value": value}))


def _share_claim(
    figure: str, reported: Reported, rounding: Rounding, *, base: int | None, count: int | None
) -> Claim:
    """A published percentage, with its base known (implies the count) or its count known."""
    interval = reported.share_interval(rounding)
    description = Note(f"figure.{figure}", {"value": reported})
    try:
        if base is not None:
            span = count_from_share(base, interval, field=figure)
        else:
            assert count is not None
            span = base_from_share(count, interval, field=figure)
    except InputError as error:
        if error.key == "value.base_unbounded":
            raise
        return Claim(figure, None, description)
    return Claim(figure, Bounds(span.low, span.high), description)


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


def _ratio_findings(figures: Ratio, rounding: Rounding, *, bounded: bool) -> list[Finding] | None:
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
            claims.append(_exact(whole_name, whole))
        if share is not None:
            claims.append(_share_claim(share_name, share, rounding, base=None, count=part))
        if needed is not None:
            least = max(part, 1) if bounded else 1
            claims.append(
                _needed_claim(
                    needed_name, needed, figures.target, base=None, count=part, least_base=least
                )
            )
        return _compare(claims, whole_name, Note(f"figure.{part_name}", {"value": part}))
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
        return _compare(claims, part_name, Note(f"figure.{whole_name}", {"value": whole}))
    return None if share is not None or needed is not None else []


def check(
    *,
    population: int | None = None,
    registered: int | None = None,
    active: int | None = None,
    coverage: Reported | None = None,
    active_rate: Reported | None = None,
    registrants_needed: int | None = None,
    active_needed: int | None = None,
    target: Percent = PRESETS[DEFAULT_PRESET].coverage_pct,
    active_target: Percent = PRESETS[DEFAULT_PRESET].activity_pct,
    base: Base | str = Base.PARTICIPANTS,
    rounding: Rounding = Rounding.EITHER,
) -> Check:
    """Compare every pair of figures that speak of the same unknown count.

    The coverage figures (population, registered, coverage, registrants needed) are read
    beside the registered count when it is given, else beside the population; the
    activity figures (active, activity rate, active needed) beside their base (registered
    or population), else beside the active count.
    """
    base = Base(base)
    share = target_share(target, "target")
    active_share = target_share(active_target, "active_target")
    findings: list[Finding] = []
    notes: list[Note] = []

    if registered is not None and active is not None:
        findings.append(_active_within(registered, active))
    for figures, bounded in _ratios(
        population,
        registered,
        active,
        coverage,
        active_rate,
        registrants_needed,
        active_needed,
        share,
        active_share,
        base,
    ):
        found = _ratio_findings(figures, rounding, bounded=bounded)
        if found is None:
            notes.append(
                Note(
                    "note.check_needs_count",
                    {"part": Field(figures.part[0]), "whole": Field(figures.whole[0])},
                )
            )
        else:
            findings += found

    published = {
        "population": population,
        "registered": registered,
        "active": active,
        "coverage": coverage,
        "active_rate": active_rate,
        "registrants_needed": registrants_needed,
        "active_needed": active_needed,
    }
    given = {name: value for name, value in published.items() if value is not None}
    if all(finding.agree for finding in findings) and len(given) >= 2:
        together = _together(given, share, active_share, base, rounding)
        if not together.agree or not findings:  # said when it adds to the pairs
            findings.append(together)
    if not findings:
        raise InputError(
            "check.nothing",
            registered=Field("registered"),
            population=Field("population"),
            coverage=Field("coverage"),
        )
    return Check(findings=tuple(findings), notes=tuple(notes))


def _constraints(
    given: dict[str, Any], share: Fraction, active_share: Fraction, base: Base, rounding: Rounding
) -> list[Constraint]:
    """The figures as bounds on the population (P), the registered (R) and the active (A)."""
    whole = R if base is Base.PARTICIPANTS else P
    made = []
    for name, index in (("population", P), ("registered", R), ("active", A)):
        if name in given:
            made.append(Constraint("count", index, value=given[name]))
    for name, part, of in (("coverage", R, P), ("active_rate", A, whole)):
        if name in given:
            low, high = given[name].share_interval(rounding)
            made.append(Constraint("share", part, of, low=low, high=high))
    for name, part, of, target in (
        ("registrants_needed", R, P, share),
        ("active_needed", A, whole, active_share),
    ):
        if name in given:
            made.append(Constraint("needed", part, of, target=target, value=given[name]))
    return made


def _together(
    given: dict[str, Any], share: Fraction, active_share: Fraction, base: Base, rounding: Rounding
) -> Finding:
    """Whether every figure can hold at once (through counts no one published); when not,
    whether they would on the other activity base."""
    if feasible(_constraints(given, share, active_share, base, rounding)):
        return Finding(
            figures=tuple(given),
            agree=True,
            quantity="counts",
            implied=(None, None),
            message=Note("check.together"),
        )
    other = Base.POPULATION if base is Base.PARTICIPANTS else Base.PARTICIPANTS
    activity = {"active", "active_rate", "active_needed"} & set(given)
    on_other = bool(activity) and feasible(
        _constraints(given, share, active_share, other, rounding)
    )
    return Finding(
        figures=tuple(given),
        agree=False,
        quantity="counts",
        implied=(None, None),
        message=Note(
            "check.not_together_other_base" if on_other else "check.not_together",
            {"base": Note(f"base.{other.value}")},
        ),
    )


def _active_within(registered: int, active: int) -> Finding:
    """Active members are a part of the registered, never more."""
    agree = active <= registered
    return Finding(
        ("registered", "active"),
        agree,
        "active",
        (Bounds(0, registered), Bounds(active, active)),
        Note(
            "check.active_within" if agree else "check.active_above",
            {"active": active, "registered": registered},
        ),
    )


def _ratios(
    population: int | None,
    registered: int | None,
    active: int | None,
    coverage: Reported | None,
    active_rate: Reported | None,
    registrants_needed: int | None,
    active_needed: int | None,
    share: Fraction,
    active_share: Fraction,
    base: Base,
) -> tuple[tuple[Ratio, bool], ...]:
    """The figures about coverage (registered / population) and about activity (active /
    registered, or population), each with whether its part is bounded by its whole."""
    whole_name = "registered" if base is Base.PARTICIPANTS else "population"
    coverage_figures = Ratio(
        ("registered", registered),
        ("population", population),
        ("coverage", coverage),
        ("registrants_needed", registrants_needed),
        share,
    )
    activity_figures = Ratio(
        ("active", active),
        (whole_name, registered if whole_name == "registered" else population),
        ("active_rate", active_rate),
        ("active_needed", active_needed),
        active_share,
    )
    # Coverage above 100 % happens: registered is not bounded by the population. Active
    # never exceeds its base.
    return ((coverage_figures, False), (activity_figures, True))
