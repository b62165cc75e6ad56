"""``jkngap allocate budget``: which regions a budget brings to the activity target by route
(a), exactly, and what is left.

**Each region's price.** Route (a) of ``segments``: the region enrols inactive PBPU
(mandiri) members as PBI APBD and pays their premium from then on. Each one adds an active
member and no participant (and one PBI APBD participant), so the least number to reach an
activity target ``t`` is the activity gap itself, ``max(0, ceil(t * base) - active)`` on
the participant (or population) base, as long as there are inactive PBPU members enough;
its yearly cost is that number times the premium times the months. A region with fewer
inactive PBPU members than its gap cannot reach the target this way, and is named.

An awards category (:func:`awards_aim`) is a set of goals, any one enough: coverage (which
route (a) cannot raise: a region below it cannot reach the category this way), activity,
and, for some, a share of the population paid by the region (PBI APBD), which each member
taken over raises by one. A goal's price is the larger of its two gaps; the category's is
the cheapest goal's.

**The choice.** Every price is a whole number of people times one amount per person (the
yearly premium, or the province's part of it with a share), so a budget pays for
``budget // amount`` people in all, and the choice is over people counts, never over
rupiah rounded to a scale:

- the most regions (:func:`cheapest_first`): take the cheapest regions first while they
  fit. No choice of ``m`` regions costs less than the ``m`` cheapest, so no choice reaches
  more regions; and when the next cheapest does not fit, no other region does. Of the
  choices that reach as many regions, it is the one that spends least.
- the most people made active (:func:`most_people`): the subset of regions whose people
  add up to the most within ``budget // amount``, found exactly by dynamic programming
  over people counts (a bit per count, so the work is regions times people), then traced
  back; regions of the same size are counted together. Past ``WORK_LIMIT`` the choice is
  refused, never guessed.

A region is taken whole or not at all: a region partly paid for does not reach the target.

**A share** (``share_pct``): the province pays that share of each person's monthly premium,
rounded up to the whole rupiah (so that its budget is never short), and the kabupaten/kota
the rest; the budget is the province's, and both parts are shown. **Donors** (Donasi JKN):
companies paying members' premiums for a year, at the same premium; their money is pooled
with the budget and spent first. The members they pay for stay PBPU, paid by the company,
so they are not region-paid for an awards rule on that share.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from jkngap.core.allocate import Area, choice, listed
from jkngap.core.awards import DEFAULT_AWARDS, Rule, award_preset
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS
from jkngap.core.errors import Field, InputError, refused_choice
from jkngap.core.model import Base, Note, Percent, Record, checked_count, exact_percent
from jkngap.core.numbers import Reported, decimals_needed
from jkngap.core.routes import Rates
from jkngap.core.spans import ceil_div, required

__all__ = [
    "WORK_LIMIT",
    "Aim",
    "BudgetChoice",
    "Goal",
    "Maximise",
    "Money",
    "Price",
    "activity_aim",
    "awards_aim",
    "cheapest_first",
    "choose_regions",
    "most_people",
    "price",
]

# The most bit-steps (regions, or groups of regions of one size, times the people the
# budget pays for) the exact choice of the most people may take: a few seconds at worst
# (benchmarks/allocate_bench.py). A province's desa, or the country's 514 kabupaten/kota
# with a budget of trillions, take a fraction of it.
WORK_LIMIT = 10_000_000_000


class Maximise(str, enum.Enum):
    """What the choice makes the most of."""

    REGIONS = "regions"  # regions reaching the aim
    PEOPLE = "people"  # people made active


@dataclass(frozen=True)
class Goal:
    """One way to the aim: coverage (None: not asked), activity, and the share of the
    population the region pays for (None: not asked), each in percent."""

    coverage_pct: Fraction | None
    activity_pct: Fraction
    region_paid_pct: Fraction | None = None

    def describe(self) -> Note:
        if self.coverage_pct is None:
            return Note("budget.goal_activity", {"activity": _shown(self.activity_pct)})
        return Rule(self.coverage_pct, self.activity_pct, self.region_paid_pct).describe()


def _shown(percent: Fraction) -> Reported:
    return Reported(percent, decimals_needed(percent))


@dataclass(frozen=True)
class Aim:
    """What a region must reach to count: any one of its goals."""

    name: str  # "activity", or the awards category: pratama, madya, utama
    goals: tuple[Goal, ...]
    awards: str | None = None  # the awards preset, for a category

    @property
    def region_paid(self) -> bool:
        return any(goal.region_paid_pct is not None for goal in self.goals)

    def describe(self) -> Note:
        if self.awards is None:
            return self.goals[0].describe()
        return Note("budget.aim_award", {"category": Note(f"award.{self.name}")})


def activity_aim(activity_pct: Percent = PRESETS[DEFAULT_PRESET].activity_pct) -> Aim:
    """The activity target alone (80 % by the 2025 criteria)."""
    percent = exact_percent(activity_pct, "activity_target")
    if not 0 < percent <= 100:
        raise InputError("value.target_range", field="activity_target", text=f"{percent} %")
    return Aim("activity", (Goal(None, percent),))


def awards_aim(preset: str = DEFAULT_AWARDS, category: str = "pratama") -> Aim:
    """An awards category of a preset as the aim: any one of its rules."""
    found = award_preset(preset)
    for candidate in found.categories:
        if candidate.name == category:
            goals = tuple(
                Goal(rule.coverage_pct, rule.activity_pct, rule.region_paid_pct)
                for rule in candidate.rules
            )
            return Aim(category, goals, awards=found.name)
    raise refused_choice(category, (candidate.name for candidate in found.categories), "category")


@dataclass(frozen=True)
class Price:
    """What route (a) takes one region to the aim: ``status`` is ``met`` (nothing),
    ``priced`` (``people`` to take over), ``unreachable`` or ``unpriced`` (``reason``
    says why), or ``unread`` (the row's error)."""

    status: str
    people: int | None = None
    goal: Goal | None = None
    reason: Note | None = None

    @property
    def reaches(self) -> bool:
        return self.status in ("met", "priced")


def _goal_people(area: Area, goal: Goal, base: Base) -> tuple[int | None, Note | None]:
    """People route (a) takes the area to ``goal`` (None, with the reason, where it cannot
    or cannot be told)."""
    whole = area.registered if base is Base.PARTICIPANTS else area.population
    if whole is None or area.active is None:
        return None, Note("budget.reason_no_counts", {"base": Note(f"base.{base.value}")})
    if goal.coverage_pct is not None:
        if area.population is None or area.registered is None:
            return None, Note("budget.reason_no_population")
        share = goal.coverage_pct / 100
        wanted = required(share.numerator, share.denominator, area.population)
        if area.registered < wanted:
            coverage = Fraction(area.registered * 100, area.population)
            params = {"coverage": coverage, "target": _shown(goal.coverage_pct)}
            return None, Note("budget.reason_coverage", params)
    if whole == 0:  # no participants: no activity rate, at the aim or below it
        return None, Note("budget.reason_nobody_registered")
    share = goal.activity_pct / 100
    people = max(0, required(share.numerator, share.denominator, whole) - area.active)
    if goal.region_paid_pct is not None:
        if area.population is None or area.region_paid is None:
            return None, Note("budget.reason_no_region_paid")
        share = goal.region_paid_pct / 100
        paid = required(share.numerator, share.denominator, area.population)
        people = max(people, paid - area.region_paid)
    if people == 0:
        return 0, None
    if area.pbpu_inactive is None:
        return None, Note("budget.reason_no_pbpu")
    if people > area.pbpu_inactive:
        params = {"inactive": area.pbpu_inactive, "needed": people}
        return None, Note("budget.reason_pbpu_short", params)
    return people, None


def price(area: Area, aim: Aim, base: Base = Base.PARTICIPANTS) -> Price:
    """The least people route (a) takes ``area`` to ``aim``: the cheapest of its goals."""
    if area.error is not None:
        return Price("unread")
    best: tuple[int, Goal] | None = None
    reasons: list[Note] = []
    unknown = False
    for goal in aim.goals:
        people, reason = _goal_people(area, goal, base)
        if people is None:
            assert reason is not None
            reasons.append(reason)
            unknown = unknown or reason.key in _UNKNOWN
        elif best is None or people < best[0]:
            best = (people, goal)
    if best is not None:
        people, goal = best
        return Price("met" if people == 0 else "priced", people, goal)
    return Price("unpriced" if unknown else "unreachable", reason=reasons[0])


# Reasons that say a figure is missing, not that the region cannot get there.
_UNKNOWN = frozenset(
    {
        "budget.reason_no_counts",
        "budget.reason_no_population",
        "budget.reason_no_region_paid",
        "budget.reason_no_pbpu",
    }
)


def cheapest_first(sizes: Sequence[int], capacity: int) -> list[int]:
    """The most items whose sizes fit in ``capacity``: the smallest first (equal sizes:
    the one that comes first), as long as they fit. Indexes, in order."""
    order = sorted(range(len(sizes)), key=lambda i: (sizes[i], i))
    chosen = []
    room = capacity
    for i in order:
        if sizes[i] > room:
            break
        room -= sizes[i]
        chosen.append(i)
    return sorted(chosen)


def most_people(sizes: Sequence[int], capacity: int, *, work_limit: int = WORK_LIMIT) -> list[int]:
    """The items whose sizes add up to the most within ``capacity``, exactly (subset sum by
    a bitset over the sums reachable). Indexes, in order; where several choices make the
    same sum, the one traced back first (later items left out when they can be).

    Items of one size are counted together, in groups of 1, 2, 4, ... copies, so a
    province's thousands of villages of a few sizes stay quick. Work beyond
    ``work_limit`` bit-steps is refused (:class:`InputError`), never cut short.
    """
    fits = [i for i, size in enumerate(sizes) if 0 < size <= capacity]
    if sum(sizes[i] for i in fits) <= capacity:
        return fits
    by_size: dict[int, list[int]] = {}
    for i in fits:
        by_size.setdefault(sizes[i], []).append(i)
    chunks: list[tuple[int, int]] = []  # (size, copies)
    for size, items in by_size.items():
        left, copies = len(items), 1
        while left:
            taken = min(copies, left)
            chunks.append((size, taken))
            left -= taken
            copies *= 2
    width = capacity + 1
    if len(chunks) * width > work_limit:
        raise InputError(
            "budget.too_large",
            field="maximise",
            regions=len(fits),
            people=capacity,
            maximise=Field("maximise"),
            regions_aim=Maximise.REGIONS.value,
        )
    mask = (1 << width) - 1
    step = max(1, math.isqrt(len(chunks)))
    saved: list[int] = []  # the sums reachable before every step-th chunk
    reach = 1
    done = len(chunks)
    for k, (size, copies) in enumerate(chunks):
        if k % step == 0:
            saved.append(reach)
        reach |= (reach << (size * copies)) & mask
        if reach >> capacity & 1:  # the budget is used to the last person
            done = k + 1
            break
    target = reach.bit_length() - 1
    copies_of: dict[int, int] = {}
    for start in reversed(range(0, done, step)):
        end = min(start + step, done)
        states = [saved[start // step]]
        for size, copies in chunks[start : end - 1]:
            states.append(states[-1] | (states[-1] << (size * copies)) & mask)
        for k in reversed(range(start, end)):
            if not states[k - start] >> target & 1:  # not reachable without chunk k
                size, copies = chunks[k]
                target -= size * copies
                copies_of[size] = copies_of.get(size, 0) + copies
    assert target == 0
    return sorted(i for size, copies in copies_of.items() for i in by_size[size][:copies])


@dataclass(frozen=True)
class Money:
    """What there is to spend: the budget (the province's, with a share), donors' money,
    and the rates it is spent at."""

    budget: int | None = None
    donors: int | None = None  # companies giving, each ``each`` rupiah
    each: int | None = None
    share_pct: Fraction | None = None  # the province's share of each premium
    rates: Rates = field(default_factory=Rates)

    def checked(self) -> Money:
        budget = checked_count(self.budget, "budget")
        if (self.donors is None) != (self.each is None):
            missing = "each" if self.each is None else "donors"
            raise InputError("budget.donors_need_each", field=missing, other=Field(missing))
        donors = checked_count(self.donors, "donors", positive=True)
        each = checked_count(self.each, "each", positive=True)
        if budget is None and donors is None:
            raise InputError("budget.no_money", budget=Field("budget"), donors=Field("donors"))
        share = None
        if self.share_pct is not None:
            share = exact_percent(self.share_pct, "share")
            if not 0 < share <= 100:
                raise InputError("value.share_range", field="share", text=f"{share} %")
            if donors is not None:
                raise InputError("option.conflict", first=Field("share"), second=Field("donors"))
            if budget is None:
                raise InputError("budget.share_needs_budget", field="share", budget=Field("budget"))
        rates = self.rates.checked()
        return Money(budget, donors, each, share, rates)

    @property
    def donated(self) -> int:
        return (self.donors or 0) * (self.each or 0)

    @property
    def total(self) -> int:
        return (self.budget or 0) + self.donated

    @property
    def province_month(self) -> int | None:
        """The province's part of one person's monthly premium, rounded up (with a share)."""
        if self.share_pct is None:
            return None
        return ceil_div(
            self.rates.premium * self.share_pct.numerator, 100 * self.share_pct.denominator
        )

    @property
    def unit(self) -> int:
        """What one person costs this money for a year: the premium, or the province's part."""
        month = self.province_month
        return (self.rates.premium if month is None else month) * self.rates.months


@dataclass(frozen=True)
class RegionChoice:
    """One region: its price, and whether the budget takes it."""

    area: Area
    price: Price
    chosen: bool = False


@dataclass(frozen=True)
class BudgetChoice:
    """The regions a budget brings to the aim: one per input row, in the file's order."""

    aim: Aim
    maximise: Maximise
    base: Base
    money: Money
    regions: tuple[RegionChoice, ...]
    notes: tuple[Note, ...] = ()

    kind = "allocate_budget"

    def _activity(self, area: Area, added: int) -> Fraction | None:
        whole = area.registered if self.base is Base.PARTICIPANTS else area.population
        if not whole or area.active is None:
            return None
        return Fraction((area.active + added) * 100, whole)

    def record(self, region: RegionChoice) -> Record:
        area, found = region.area, region.price
        yearly = self.money.rates.yearly
        people = found.people
        cost = people * yearly if people is not None else None
        province = self.money.province_month
        province_pays = region_pays = None
        if province is not None and people is not None and cost is not None:
            province_pays = people * province * self.money.rates.months
            region_pays = cost - province_pays
        return {
            "row": area.row,
            "source": area.source,
            "code": area.code,
            "region": area.region,
            "population": area.population,
            "registered": area.registered,
            "active": area.active,
            "pbpu_inactive": area.pbpu_inactive,
            "region_paid": area.region_paid,
            "activity_pct": self._activity(area, 0),
            "status": found.status,
            "people": people,
            "cost": cost,
            "province_pays": province_pays,
            "region_pays": region_pays,
            "chosen": region.chosen,
            "activity_pct_after": self._activity(area, people if region.chosen and people else 0),
            "goal": found.goal.describe() if found.goal is not None else None,
            "reason": found.reason,
            "warning": area.warning or None,
            "error": area.error,
        }

    def records(self) -> Iterator[Record]:
        """One record per region, in the file's order (keys: ``REGION_KEYS``)."""
        for region in self.regions:
            yield self.record(region)

    def summary(self) -> Record:
        money = self.money
        chosen = [region for region in self.regions if region.chosen]
        people = sum(region.price.people or 0 for region in chosen)
        spent = people * money.unit
        left = money.total - spent
        statuses = [region.price.status for region in self.regions]
        wholes = [
            (region.area, region.price.people if region.chosen else 0)
            for region in self.regions
            if self._activity(region.area, 0) is not None
        ]
        base_sum = sum(
            (a.registered if self.base is Base.PARTICIPANTS else a.population) or 0
            for a, _ in wholes
        )
        active_sum = sum(a.active or 0 for a, _ in wholes)
        added = sum(extra or 0 for _, extra in wholes)
        by_donors = min(spent, money.donated)
        record: Record = {
            "aim": self.aim.name,
            "awards_preset": self.aim.awards,
            "maximise": self.maximise.value,
            "base": self.base.value,
            "premium": money.rates.premium,
            "months": money.rates.months,
            "budget": money.budget,
            "donors": money.donors,
            "each": money.each,
            "donated": money.donated if money.donors else None,
            "share_pct": money.share_pct,
            "province_per_person_month": money.province_month,
            "per_person": money.unit,
            "regions_read": len(self.regions) - statuses.count("unread"),
            "regions_already_met": statuses.count("met"),
            "regions_chosen": len(chosen),
            "regions_reaching": statuses.count("met") + len(chosen),
            "regions_priced": statuses.count("priced"),
            "regions_unreachable": statuses.count("unreachable"),
            "regions_unpriced": statuses.count("unpriced"),
            "rows_unread": statuses.count("unread"),
            "people_activated": people,
            "spent": spent,
            "left": left,
            "left_people": left // money.unit,
            "cost_of_all": sum(
                (region.price.people or 0) * money.rates.yearly for region in self.regions
            ),
            "province_pays": spent if money.share_pct is not None else None,
            "regions_pay": (
                people * money.rates.yearly - spent if money.share_pct is not None else None
            ),
            "donor_people": money.donated // money.rates.yearly if money.donors else None,
            "paid_by_donors": by_donors if money.donors else None,
            "paid_by_region": spent - by_donors if money.donors else None,
            "region_paid_share_pct": (
                Fraction((spent - by_donors) * 100, spent) if money.donors and spent else None
            ),
            "activity_pct": Fraction(active_sum * 100, base_sum) if base_sum else None,
            "activity_pct_after": (
                Fraction((active_sum + added) * 100, base_sum) if base_sum else None
            ),
        }
        return record

    def headline(self) -> int:
        """The figure a script wants: regions at the aim once the budget is spent."""
        return sum(1 for region in self.regions if region.chosen or region.price.status == "met")


REGION_KEYS = tuple(
    BudgetChoice(activity_aim(), Maximise.REGIONS, Base.PARTICIPANTS, Money(budget=0), ()).record(
        RegionChoice(Area(None, None, None), Price("unread"))
    )
)


def choose_regions(
    areas: Sequence[Area],
    money: Money,
    *,
    aim: Aim | None = None,
    maximise: Maximise | str = Maximise.REGIONS,
    base: Base | str = Base.PARTICIPANTS,
) -> BudgetChoice:
    """Price every region's route (a) to ``aim`` (the activity target by default) and
    choose, within ``money``, the regions that make the most of ``maximise``.

    >>> areas = [Area(1, "61.01", "A", registered=1000, active=700, pbpu_inactive=300),
    ...          Area(2, "61.02", "B", registered=1000, active=790, pbpu_inactive=50)]
    >>> found = choose_regions(areas, Money(budget=10 * 504_000))
    >>> [record["chosen"] for record in found.records()], found.summary()["left"]
    ([False, True], 0)
    """
    money = money.checked()
    aim = aim or activity_aim()
    maximise = choice(Maximise, maximise, "maximise")
    base = Base(base)
    if money.donors is not None and aim.region_paid:
        category = Note(f"award.{aim.name}")
        raise InputError("budget.donors_region_paid", field="donors", category=category)
    if not any(area.error is None for area in areas):
        raise InputError("allocate.no_areas")
    prices = [price(area, aim, base) for area in areas]
    if not any(found.status in ("met", "priced") for found in prices) and not any(
        area.pbpu_inactive is not None for area in areas
    ):
        raise InputError("budget.needs_pbpu")
    open_regions = [i for i, found in enumerate(prices) if found.status == "priced"]
    sizes = [prices[i].people or 0 for i in open_regions]
    capacity = money.total // money.unit
    if maximise is Maximise.REGIONS:
        picked = cheapest_first(sizes, capacity)
    else:
        picked = most_people(sizes, capacity)
    chosen = {open_regions[k] for k in picked}
    regions = tuple(
        RegionChoice(area, found, i in chosen)
        for i, (area, found) in enumerate(zip(areas, prices, strict=True))
    )
    return BudgetChoice(aim, maximise, base, money, regions, tuple(_notes(aim, money, regions)))


def _notes(aim: Aim, money: Money, regions: Sequence[RegionChoice]) -> list[Note]:
    notes = [Note("budget.method", {"aim": aim.describe()})]
    if aim.awards is not None:
        notes.append(Note("note.awards_press", {"preset": aim.awards}))
    if money.share_pct is not None:
        notes.append(
            Note(
                "budget.share",
                {
                    "share": _shown(money.share_pct),
                    "province": money.province_month,
                    "premium": money.rates.premium,
                },
            )
        )
    if money.donors is not None:
        notes.append(Note("budget.donors", {"donors": money.donors, "donated": money.donated}))
    for status, key, warning in (
        ("unreachable", "budget.regions_unreachable", True),
        ("unpriced", "budget.regions_unpriced", True),
        ("unread", "note.allocate_rows_unread", True),
    ):
        named = [region.area.name for region in regions if region.price.status == status]
        if named:
            notes.append(Note(key, {"count": len(named), "rows": listed(named)}, warning))
    return notes
