"""UHC and UHC Prioritas: the verdicts for one region, with every gap behind them."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jkngap.core.activity import Active, active_needed, nobody_registered
from jkngap.core.coverage import Needed, registrants_needed
from jkngap.core.criteria import DEFAULT_PRESET, Criteria
from jkngap.core.criteria import criteria as criteria_preset
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Base, Note, Percent, Record, both, exact_percent, target_share
from jkngap.core.numbers import Reported, Rounding
from jkngap.core.results import Outcome, Single
from jkngap.core.spans import Span

__all__ = ["Status", "status"]


@dataclass(frozen=True)
class Status(Single):
    """The UHC and UHC Prioritas verdicts for a region, with every gap behind them.

    Only the two figures are judged: UHC Prioritas also needs no arrears on the region's
    own premiums and an application approved by BPJS, which no count can show.
    """

    criteria: Criteria
    uhc: bool | None
    uhc_prioritas: bool | None
    coverage: Needed
    activity: Active

    kind = "status"

    def headline(self) -> bool | None:
        """The verdict a script wants: UHC Prioritas (which implies UHC)."""
        return self.uhc_prioritas

    def headline_key(self) -> str:
        return "uhc_prioritas"

    @property
    def short(self) -> bool:
        """A target surely not met (an uncertain verdict, or one without its figure, is
        not a "no")."""
        return self.uhc is False or self.uhc_prioritas is False

    def outcome(self) -> Outcome:
        return Outcome.SHORT if self.short else Outcome.DONE

    @property
    def notes(self) -> tuple[Note, ...]:
        seen: list[Note] = []
        for note in (*self.coverage.notes, *self.activity.notes, Note("note.prioritas_scope")):
            if note not in seen:
                seen.append(note)
        return tuple(seen)

    def record(self) -> Record:
        """Flat data: the verdicts, then the keys of ``needed`` and ``active``.

        Both have ``target_pct`` and ``met``; here they are ``coverage_target_pct``,
        ``coverage_met``, ``activity_target_pct`` and ``activity_met``.
        """
        coverage = self.coverage.record()
        activity = self.activity.record()
        renamed = {"target_pct": "{}_target_pct", "met": "{}_met", "exact": "{}_exact"}
        record: Record = {
            "criteria": self.criteria.name,
            "uhc": self.uhc,
            "uhc_prioritas": self.uhc_prioritas,
        }
        for prefix, part in (("coverage", coverage), ("activity", activity)):
            for key, value in part.items():
                name = renamed[key].format(prefix) if key in renamed else key
                if name not in record or record[name] is None:
                    record[name] = value
        record["exact"] = self.coverage.exact and self.activity.exact
        return record


def status(
    *,
    population: int | None = None,
    registered: int | None = None,
    coverage: Reported | str | None = None,
    active: int | None = None,
    active_rate: Reported | str | None = None,
    criteria: Criteria | str = DEFAULT_PRESET,
    coverage_target: Percent | None = None,
    activity_target: Percent | None = None,
    base: Base | str = Base.PARTICIPANTS,
    rounding: Rounding = Rounding.ROUNDED,
) -> Status:
    """UHC (coverage at its threshold) and UHC Prioritas (activity too) for one region.

    Published percentages alone are enough for the verdicts (Bandung: 99.2 % coverage and
    79.96 % activity); counts add the gaps.
    """
    chosen = criteria_preset(criteria) if isinstance(criteria, str) else criteria
    chosen = chosen.overridden(
        coverage_pct=None
        if coverage_target is None
        else exact_percent(coverage_target, "coverage_target"),
        activity_pct=None
        if activity_target is None
        else exact_percent(activity_target, "activity_target"),
    )
    target_share(chosen.coverage_pct, "coverage_target")
    target_share(chosen.activity_pct, "activity_target")
    if population is None and registered is None and coverage is None:
        raise InputError(
            "status.no_coverage",
            population=Field("population"),
            registered=Field("registered"),
            coverage=Field("coverage"),
        )
    coverage_result = registrants_needed(
        population=population,
        registered=registered,
        coverage=coverage,
        target=chosen.coverage_pct,
        rounding=rounding,
        verdict_only=True,
    )
    participant_base = Base(base) is Base.PARTICIPANTS
    if active is None and active_rate is None and not nobody_registered(coverage_result.registered):
        # Coverage alone: the UHC verdict, and UHC Prioritas waits for an activity figure.
        activity_result = _no_activity(Base(base), registered, chosen.activity_pct)
    else:
        # On the participant base the population plays a part in activity only through
        # the registered count a published coverage of it allows.
        known = not participant_base or registered is not None or coverage is not None
        activity_result = active_needed(
            population=population if known else None,
            registered=registered,
            active=active,
            active_rate=active_rate,
            coverage=coverage,
            target=chosen.activity_pct,
            base=base,
            rounding=rounding,
            verdict_only=True,
        )
    return Status(
        criteria=chosen,
        uhc=coverage_result.met,
        uhc_prioritas=both(coverage_result.met, activity_result.met),
        coverage=coverage_result,
        activity=activity_result,
    )


def _no_activity(base: Base, registered: int | None, target: Fraction) -> Active:
    """The activity half of a status given coverage figures only: every figure unknown."""
    return Active(
        base=base,
        population=None,
        registered=Span.exactly(registered) if registered is not None else None,
        active=None,
        target_pct=target,
        activity_pct=None,
        required_active=None,
        active_needed=None,
        new_members_needed=None,
        inactive=None,
        reactivation_sufficient=None,
        met=None,
        exact=True,
        notes=(
            Note(
                "note.prioritas_needs_activity",
                {"active": Field("active"), "active_rate": Field("active_rate")},
            ),
        ),
    )
