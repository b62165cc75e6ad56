"""Do published figures agree with each other? Allowing for percentages rounded or cut.

Each figure a report states, read beside a count it shares with the others, implies a
range for one unknown count: with the registered count known, a coverage of 92.82 %
implies a population of 5,646,199 to 5,646,807, and "280,386 more to reach 98 %" implies
5,634,153. Two figures agree when their ranges meet (:mod:`jkngap.core.pairs`). Then all
the figures are judged together (:mod:`jkngap.core.joint`): a set that agrees pair by
pair may still not hold at once through a count no one published. A needed count is
taken as the domain defines it, the least number that reaches the target (a ceiling),
with no slack: only percentages were rounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError
from jkngap.core.joint import A, Constraint, P, R, feasible
from jkngap.core.model import Base, Note, Percent, Record, target_share
from jkngap.core.numbers import Reported, Rounding
from jkngap.core.pairs import Finding, Ratio, figure_note, ratio_findings
from jkngap.core.reported import (
    part_constraints,
    reached_as_target,
    reported_parts,
    swapped_digits,
)
from jkngap.core.results import Outcome, Single
from jkngap.core.segments import Given
from jkngap.core.spans import Bounds

__all__ = ["Bounds", "Check", "Finding", "check"]


@dataclass(frozen=True)
class Check(Single):
    findings: tuple[Finding, ...]
    notes: tuple[Note, ...]

    kind = "check"

    @property
    def consistent(self) -> bool:
        """No two figures contradict each other (a doubtful one is said, not counted)."""
        return all(finding.agree is not False for finding in self.findings)

    def headline(self) -> bool:
        return self.consistent

    def outcome(self) -> Outcome:
        return Outcome.DONE if self.consistent else Outcome.DISAGREE

    def record(self) -> Record:
        return {
            "consistent": self.consistent,
            "findings": [finding.record() for finding in self.findings],
            # What a table says below itself (a figure worked out from others, say): a
            # script reading JSON is told it too.
            "notes": list(self.notes),
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
    inactive: int | None = None,
    segments: Given | None = None,
) -> Check:
    """Compare every pair of figures that speak of the same unknown count.

    The coverage figures (population, registered, coverage, registrants needed) are read
    beside the registered count when it is given, else beside the population; the
    activity figures (active, activity rate, active needed) beside their base (registered
    or population), else beside the active count.

    Segments (``{"pbpu": (244757, 98000)}``, as :func:`~jkngap.core.routes.routes` takes
    them) must add up to the registered (and active) totals, and ``inactive`` with the
    active count must make the registered; a registered count that is exactly a coverage
    target of the population, and a published percentage that two swapped digits would
    make agree, are named as what they likely are.
    """
    base = Base(base)
    share = target_share(target, "target")
    active_share = target_share(active_target, "active_target")
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
    parts = part_constraints(segments, inactive)
    found, notes, derived = reported_parts(given, segments, inactive)
    found += reached_as_target(given, share)
    found += swapped_digits(given, base, rounding)
    named = ("inactive",) * (inactive is not None) + ("segments",) * bool(segments)
    figures = _Figures(given, derived, named, parts, share, active_share, rounding)
    findings, paired = figures.pairwise(base)
    findings[:0] = found
    notes += paired
    if base is Base.POPULATION and population is not None and (active or 0) > population:
        notes.append(Note("note.active_over_population", {"population": population}, warning=True))
    if len(given) >= 2 or (given and parts):
        # Every figure in one search, whatever the pairs said: it finds what no pair shows,
        # and whether the figures fit on the other activity base.
        together = figures.together(base)
        pairs_agree = all(finding.agree is not False for finding in findings)
        said = together.agree is False and (pairs_agree or _on_other_base(together))
        if said or not findings:
            findings.append(together)
    if not findings and not found:
        raise InputError(
            "check.nothing",
            registered=Field("registered"),
            population=Field("population"),
            coverage=Field("coverage"),
        )
    return Check(findings=tuple(findings), notes=tuple(notes))


def _on_other_base(finding: Finding) -> bool:
    return finding.message.key == "check.not_together_other_base"


@dataclass(frozen=True)
class _Figures:
    """Every figure given, and what the check compares them with: read pair by pair, and
    all at once by the joint search on either activity base."""

    given: dict[str, Any]
    derived: dict[str, Note]  # the counts in ``given`` worked out from others, and how
    parted: tuple[str, ...]  # "inactive" and "segments", where given: figures too
    parts: list[Constraint]  # what the segments and the inactive count say
    share: Fraction
    active_share: Fraction
    rounding: Rounding

    def pairwise(self, base: Base) -> tuple[list[Finding], list[Note]]:
        """Every pair of figures that speak of the same unknown count, compared; a note for
        the figures no count anchors."""
        given = self.given
        findings: list[Finding] = []
        notes: list[Note] = []
        if "registered" in given and "active" in given:
            findings += _active_within(given["registered"], given["active"], self.derived)
        for figures, bounded in self.ratios(base):
            found = ratio_findings(figures, self.rounding, bounded=bounded)
            if found is None:
                notes.append(
                    Note(
                        "note.check_needs_count",
                        {"part": Field(figures.part[0]), "whole": Field(figures.whole[0])},
                    )
                )
            else:
                findings += found
        return findings, notes

    def ratios(self, base: Base) -> tuple[tuple[Ratio, bool], ...]:
        """The figures about coverage (registered / population) and about activity (active /
        registered, or population), each with whether its part is bounded by its whole."""
        given, derived = self.given, self.derived
        whole_name = "registered" if base is Base.PARTICIPANTS else "population"
        coverage_figures = Ratio(
            ("registered", given.get("registered")),
            ("population", given.get("population")),
            ("coverage", given.get("coverage")),
            ("registrants_needed", given.get("registrants_needed")),
            self.share,
            derived,
        )
        activity_figures = Ratio(
            ("active", given.get("active")),
            (whole_name, given.get(whole_name)),
            ("active_rate", given.get("active_rate")),
            ("active_needed", given.get("active_needed")),
            self.active_share,
            derived,
        )
        # Coverage above 100 % happens: registered is not bounded by the population. Active
        # never exceeds the registered, but may exceed the population as the registered do.
        return ((coverage_figures, False), (activity_figures, base is Base.PARTICIPANTS))

    def constraints(self, base: Base) -> list[Constraint]:
        """The figures as bounds on the population (P), registered (R) and active (A)."""
        given, whole = self.given, R if base is Base.PARTICIPANTS else P
        made = list(self.parts)
        for name, index in (("population", P), ("registered", R), ("active", A)):
            if name in given:
                made.append(Constraint("count", index, value=given[name]))
        for name, part, of in (("coverage", R, P), ("active_rate", A, whole)):
            if name in given:
                low, high = given[name].share_interval(self.rounding)
                made.append(Constraint("share", part, of, low=low, high=high))
        for name, part, of, target in (
            ("registrants_needed", R, P, self.share),
            ("active_needed", A, whole, self.active_share),
        ):
            if name in given:
                made.append(Constraint("needed", part, of, target=target, value=given[name]))
        return made

    @property
    def figures(self) -> tuple[str, ...]:
        """The figures given: a count worked out from them is not one of them."""
        return (*(name for name in self.given if name not in self.derived), *self.parted)

    def together(self, base: Base) -> Finding:
        """Whether every figure can hold at once (through counts no one published); when
        not, whether they would on the other activity base."""
        if feasible(self.constraints(base)):
            return Finding(
                figures=self.figures,
                agree=True,
                quantity="counts",
                implied=(None, None),
                message=Note("check.together"),
            )
        other = Base.POPULATION if base is Base.PARTICIPANTS else Base.PARTICIPANTS
        activity = {"active", "active_rate", "active_needed"} & set(self.given)
        on_other = bool(activity) and feasible(self.constraints(other))
        return Finding(
            figures=self.figures,
            agree=False,
            quantity="counts",
            implied=(None, None),
            message=Note(
                "check.not_together_other_base" if on_other else "check.not_together",
                {"base": Note(f"base.{other.value}")},
            ),
        )


def _active_within(registered: int, active: int, derived: dict[str, Note]) -> list[Finding]:
    """Active members are a part of the registered, never more. Where one of the two was
    worked out from the other and the inactive count, what is checked is the figures given:
    the inactive within the registered (active taken from it), or nothing (registered made
    of it: a sum is never below its part)."""
    how = derived.get("registered")
    if how is not None and how.key == "derived.active_plus_inactive":
        return []
    whole = figure_note("registered", registered, derived)
    how = derived.get("active")
    if how is not None and how.key == "derived.registered_less_inactive":
        inactive = registered - active
        return [
            Finding(
                ("inactive", "registered"),  # as check.inactive_above names the same pair
                True,  # more inactive than registered is refused before: check.inactive_above
                "active",  # what both speak of: the inactive fix it, the registered bound it
                (Bounds(active, active), Bounds(0, registered)),
                Note("check.inactive_within", {"inactive": inactive, "registered": whole}),
            )
        ]
    agree = active <= registered
    return [
        Finding(
            ("registered", "active"),
            agree,
            "active",
            (Bounds(0, registered), Bounds(active, active)),
            Note(
                "check.active_within" if agree else "check.active_above",
                {"active": figure_note("active", active, derived), "registered": whole},
            ),
        )
    ]
