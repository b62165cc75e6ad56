"""The routes to an activity target, with who pays for each, from participants by segment.

(a) The region enrols inactive PBPU (mandiri) members as PBI APBD: their arrears are
    waived and the region pays the PBI premium from then on. Each one adds an active
    member and no participant, so the least number is the activity gap itself, as long
    as there are inactive PBPU members enough; the yearly APBD budget is that number
    times the premium times the months.
(b) Members pay again: each pays their arrears (at most ``arrears_months``, Perpres 64/2020
    art. 42) plus the current month, at their class's premium, from their own pocket.
(c) New members active at once: each adds a participant too, so on the participant base
    it takes more of them (:func:`~jkngap.core.spans.new_members`).

A budget buys route (a): the most people it pays for in full, no more than the inactive
PBPU members there are, and the activity that reaches.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from jkngap.core.activity import Active, active_needed
from jkngap.core.cost import DEFAULT_MONTHS, PREMIUMS
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Base, Note, Percent, Record, checked_count
from jkngap.core.results import Outcome, Single
from jkngap.core.segments import Given, Totals, gathered, totals

__all__ = ["ARREARS_MONTHS", "MEMBER_PREMIUM", "Rates", "Routes", "routes"]

# Perpres 64/2020: a member paying again pays at most 24 months of arrears (art. 42), and
# a class III member's own part of the premium is Rp35,000 a month (Rp7,000 subsidised).
ARREARS_MONTHS = 24
MEMBER_PREMIUM = 35_000


@dataclass(frozen=True)
class Rates:
    """What the routes cost: defaults from Perpres 64/2020, each a user can override."""

    premium: int = PREMIUMS["pbi"]  # a month, per person enrolled as PBI APBD
    months: int = DEFAULT_MONTHS  # of the region's budget year
    member_premium: int = MEMBER_PREMIUM  # a month, the member's own class premium
    arrears_months: int = ARREARS_MONTHS  # the most arrears a member pays

    def checked(self) -> Rates:
        for name in ("premium", "months", "member_premium"):
            if not checked_count(getattr(self, name), name):
                raise InputError(
                    "value.must_be_positive", field=name, text=str(getattr(self, name))
                )
        checked_count(self.arrears_months, "arrears_months")
        return self

    @property
    def yearly(self) -> int:
        return self.premium * self.months


@dataclass(frozen=True)
class Routes(Single):
    """Activity by segment, and what each route to the activity target takes and costs."""

    activity: Active
    totals: Totals
    rates: Rates
    apbd_people: int | None  # route (a): the least inactive PBPU members enrolled
    apbd_enough: bool | None  # whether route (a) alone reaches the target
    paying_again: int | None  # route (b): inactive members who pay again (None: unknown)
    budget: int | None = None
    budget_people: int | None = None
    notes: tuple[Note, ...] = ()

    kind = "routes"

    @property
    def short(self) -> bool:
        """Not met, for ``--exit-code``-like uses: the target surely not reached."""
        return self.activity.met is False

    def outcome(self) -> Outcome:
        return Outcome.SHORT if self.short else Outcome.DONE

    def headline(self) -> int | None:
        """People enrolled by route (a): those the budget pays for, or the least needed."""
        return self.budget_people if self.budget is not None else self.apbd_people

    def _budget_record(self) -> Record:
        if self.budget is None or self.budget_people is None:
            return {}
        activity = self.activity
        whole = activity.registered if activity.base is Base.PARTICIPANTS else activity.population
        base = whole.low if whole is not None else 0
        active = self.totals.active or 0
        reached = Fraction((active + self.budget_people) * 100, base) if base else None
        needed = activity.active_needed
        return {
            "budget": self.budget,
            "budget_people": self.budget_people,
            "budget_activity_pct": reached,
            # Met once the budget's people are enrolled: they cover the gap. ``met`` is the
            # target reached now (no gap), so a met target is a met budget too.
            "budget_met": needed is not None and self.budget_people >= needed.high,
            "unspent": self.budget - self.budget_people * self.rates.yearly,
        }

    def record(self) -> Record:
        activity = self.activity.record()
        rates = self.rates
        joiners = activity["new_members_needed"]
        record: dict[str, Any] = {
            key: activity[key]
            for key in (
                "base",
                "population",
                "registered",
                "active",
                "inactive",
                "activity_pct",
                "target_pct",
                "required_active",
                "active_needed",
                "met",
            )
        }
        record.update(
            {
                "premium": rates.premium,
                "months": rates.months,
                "apbd_people": self.apbd_people,
                "apbd_budget": (
                    self.apbd_people * rates.yearly if self.apbd_people is not None else None
                ),
                "apbd_enough": self.apbd_enough,
                "members_paying_again": self.paying_again,
                "member_premium": rates.member_premium,
                "arrears_months": rates.arrears_months,
                "member_pays_up_to": (rates.arrears_months + 1) * rates.member_premium,
                "new_members_needed": joiners,
                "new_members_budget": joiners * rates.yearly if joiners is not None else None,
                **self._budget_record(),
                "segments": self.totals.records(),
            }
        )
        return record


def routes(
    segments: Given,
    *,
    population: int | None = None,
    registered: int | None = None,
    active: int | None = None,
    target: Percent = PRESETS[DEFAULT_PRESET].activity_pct,
    base: Base | str = Base.PARTICIPANTS,
    budget: int | None = None,
    rates: Rates | None = None,
) -> Routes:
    """Activity by segment and the routes to the activity ``target``.

    ``segments`` maps a segment's name to its registered count, or to (registered, active):
    ``{"pbpu": (300, 100)}``. ``registered`` and ``active`` are the region's totals when the
    segments given are only part of them; otherwise the segments' sums are.

    >>> found = routes({"pbpu": (300, 100)}, registered=1000, active=700, target=80)
    >>> found.apbd_people, found.record()["apbd_budget"]
    (100, 50400000)
    """
    rates = (rates or Rates()).checked()
    found = gathered(segments)
    if not found:
        raise InputError("segment.none", field="segment", example="pbpu=300/100")
    made = totals(
        found,
        registered=checked_count(registered, "registered"),
        active=checked_count(active, "active"),
    )
    if (made.registered is None and Base(base) is Base.PARTICIPANTS) or made.active is None:
        if made.registered is None:
            raise InputError(
                "segment.part_no_total",
                field="segment",
                registered=Field("registered"),
                active=Field("active"),
            )
        raise InputError(
            "segment.active_unknown",
            field="segment",
            active=Field("active"),
            example="pbpu=300/100",
        )
    activity = active_needed(
        population=population,
        registered=made.registered,
        active=made.active,
        target=target,
        base=base,
    )
    notes = [Note("note.routes_explained"), *made.notes, *activity.notes]
    needed = activity.active_needed.high if activity.active_needed else 0
    # Route (b): only inactive members can pay again, and there are no more of them than
    # the inactive (on the population base the gap may be larger: the rest join anew).
    paying = None if activity.inactive is None else min(needed, activity.inactive.low)
    pbpu = made.get("pbpu")
    inactive = pbpu.inactive if pbpu is not None else None
    people, enough = _route_a(needed, inactive, notes)
    spent = None
    if budget is not None:
        budget = checked_count(budget, "budget")
        if inactive is None:
            raise InputError("segment.budget_needs_pbpu", field="budget", example="pbpu=300/100")
        assert budget is not None
        spent = min(budget // rates.yearly, inactive)
        if spent < budget // rates.yearly:
            notes.append(Note("note.budget_beyond_pbpu", {"people": spent}))
    return Routes(activity, made, rates, people, enough, paying, budget, spent, tuple(notes))


def _route_a(
    needed: int, inactive: int | None, notes: list[Note]
) -> tuple[int | None, bool | None]:
    """Route (a): the least inactive PBPU members to enrol, and whether they are enough."""
    if needed == 0:
        return 0, True  # the target is met: no one to enrol, whatever PBPU holds
    if inactive is None:
        notes.append(Note("note.route_a_needs_pbpu", {"example": "pbpu=300/100"}))
        return None, None
    if needed <= inactive:
        return needed, True
    notes.append(
        Note(
            "note.route_a_short",
            {"inactive": inactive, "needed": needed, "rest": needed - inactive},
            warning=True,
        )
    )
    return inactive, False
