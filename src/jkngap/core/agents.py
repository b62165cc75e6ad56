"""``jkngap allocate agents``: field agents shared among areas in proportion to their need,
and what each one has to reach a week and a working day to the deadline.

An area's need is the people its agents must reach: those to register (to the coverage
target) plus those to activate (to the activity target), the two gaps ``batch`` gives; or
one of them alone (:class:`NeedFor`). They are different people (the unregistered, the
inactive), so together they are the visits to make.

A number of agents is shared in whole agents; a roster (each agent's home area and days a
week) in whole agent-days a week, then each agent's days are placed as near home as the
shares allow (:mod:`jkngap.core.allocate` states both rules and why they are right).

The paces run on the calendar of ``jkngap plan`` (:func:`jkngap.core.plan.period`: days
from the start to the deadline, both included, and the working days among them, Monday to
Friday less the holidays the caller gives). An agent works ``FULL_WEEK`` days a week; an
agent-day is one of them. For an area with need ``n`` and ``d`` agent-days a week (``5a``
for ``a`` whole agents), over ``D`` days with ``W`` working days:

- per agent per working day: ``ceil(5n / (d W))``, which for whole agents is
  ``ceil(n / (a W))``, the same as ``plan``'s ``per_agent_per_working_day``;
- per agent per week: ``ceil(7 * 5n / (D d))``, for whole agents ``ceil(7n / (D a))``,
  which is ``ceil(plan's per_week / a)`` (the ceiling of a ceiling divided by a whole
  number is the ceiling of the quotient);
- a roster agent with ``k`` of the area's days: ``ceil(7nk / (D d))`` a week.

Each is the least whole number that, kept up, reaches the need by the deadline.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from jkngap.core.allocate import METHOD, Area, apportion, choice, code_path, listed, nearest
from jkngap.core.errors import Field, InputError, JkngapError
from jkngap.core.model import Note, Record, checked_count
from jkngap.core.places import normal_code
from jkngap.core.plan import Holidays, checked_period, period
from jkngap.core.spans import ceil_div

__all__ = [
    "FULL_WEEK",
    "AgentShares",
    "AreaShare",
    "Assignment",
    "NeedFor",
    "RosterAgent",
    "share_agents",
]

FULL_WEEK = 5  # the working days of a week on plan's calendar: Monday to Friday
# The levels two codes can share, by the parts they share, for an agent placed away.
NEAR = {3: "kecamatan", 2: "kabupaten", 1: "provinsi", 0: "elsewhere"}


class NeedFor(str, enum.Enum):
    """Which gaps make an area's need."""

    BOTH = "both"  # registrants and activations
    REGISTRANTS = "registrants"
    ACTIVE = "active"


@dataclass(frozen=True)
class RosterAgent:
    """One agent of a roster: a label (an agent code is better than a name: it is shown in
    every output), the home area as given (a code, or an area's name), days a week."""

    agent: str
    home: str
    days: int
    row: int | None = None  # the roster's line


@dataclass(frozen=True)
class Assignment:
    """Days a week one roster agent works in one area."""

    agent: RosterAgent
    home_code: str | None
    area: int  # index into the result's areas
    days: int
    at_home: bool  # the area is the agent's home area


@dataclass(frozen=True)
class AreaShare:
    """One area's share: its need, its agents, and (once the result's calendar is known) the
    paces of its agents."""

    area: Area
    need: int | None  # None: the row could not be read, or has no figure for its need
    agents: int  # whole agents, or the roster agents who work there
    agent_days: int  # agent-days a week: FULL_WEEK per whole agent, or the roster's days
    raised: bool = False  # given one by the at-least-one rule (its quota was below one)
    left_out: bool = False  # it has a need, and the agents ran out before it
    error: JkngapError | None = None

    def paces(self, count: int | None, days: int, workdays: int) -> tuple[int | None, ...]:
        """(per agent per week, per agent per working day) for ``count`` people."""
        if count is None or not self.agent_days or days == 0:
            return None, None
        week = ceil_div(count * 7 * FULL_WEEK, days * self.agent_days)
        workday = ceil_div(count * FULL_WEEK, self.agent_days * workdays) if workdays else None
        return week, workday

    def record(self, days: int, workdays: int) -> Record:
        area = self.area
        week, workday = self.paces(self.need, days, workdays)
        record: Record = {
            "row": area.row,
            "source": area.source,
            "code": area.code,
            "region": area.region,
            "kecamatan_code": _kecamatan(area.code),
            "registrants_needed": area.registrants_needed,
            "active_needed": area.active_needed,
            "households": area.households,
            "need": self.need,
            "agents": self.agents if self.error is None else None,
            "agent_days": self.agent_days if self.error is None else None,
            "raised": self.raised,
            "left_out": self.left_out,
            "per_agent_per_week": week,
            "per_agent_per_working_day": workday,
        }
        for name, count in (
            ("registrants", area.registrants_needed),
            ("active", area.active_needed),
            ("households", area.households),
        ):
            week, workday = self.paces(count, days, workdays)
            record[f"{name}_per_agent_per_week"] = week
            record[f"{name}_per_agent_per_working_day"] = workday
        record["warning"] = area.warning or None
        record["error"] = self.error
        return record


ASSIGNMENT_KEYS = (
    "agent",
    "roster_row",
    "home",
    "home_code",
    "code",
    "region",
    "kecamatan_code",
    "near",
    "days_a_week",
    "people",
    "per_week",
    "per_working_day",
    "households",
    "households_per_week",
)


def _kecamatan(code: str | None) -> str | None:
    """The kecamatan an area's code lies in (its first three parts), for a sheet each."""
    parts = code_path(code)
    return ".".join(parts[:3]) if len(parts) >= 3 else None


# The keys of every area's record, in order.
AREA_KEYS = tuple(AreaShare(Area(None, None, None), None, 0, 0).record(1, 1))


@dataclass(frozen=True)
class AgentShares:
    """The agents shared out: one share per area in the file's order (rows that could not
    be read among them, with their error), the roster's days placed, the calendar."""

    agents: int  # agents shared (the roster's, with a roster)
    agent_days: int  # agent-days a week among them
    need_for: NeedFor
    start: date
    deadline: date
    days: int
    working_days: int
    areas: tuple[AreaShare, ...]
    assignments: tuple[Assignment, ...] = ()  # with a roster
    roster: bool = False
    notes: tuple[Note, ...] = ()
    method: str = METHOD

    kind = "allocate_agents"

    def records(self) -> Iterator[Record]:
        """One record per area, in the file's order (keys: ``AREA_KEYS``)."""
        for share in self.areas:
            yield share.record(self.days, self.working_days)

    def assignment_records(self) -> Iterator[Record]:
        """With a roster, one record per agent and area they work in (``ASSIGNMENT_KEYS``)."""
        for placed in self.assignments:
            share = self.areas[placed.area]
            area = share.area
            need = share.need or 0
            days, whole = placed.days, share.agent_days
            per_week = per_day = None
            if self.days:
                per_week = ceil_div(7 * need * days, self.days * whole)
                if self.working_days:
                    per_day = ceil_div(need * FULL_WEEK, whole * self.working_days)
            households = households_week = None
            if area.households is not None:
                households = ceil_div(area.households * days, whole)
                if self.days:
                    households_week = ceil_div(7 * area.households * days, self.days * whole)
            yield {
                "agent": placed.agent.agent,
                "roster_row": placed.agent.row,
                "home": placed.agent.home,
                "home_code": placed.home_code,
                "code": area.code,
                "region": area.region,
                "kecamatan_code": _kecamatan(area.code),
                "near": "home" if placed.at_home else _near(placed.home_code, area.code),
                "days_a_week": days,
                "people": ceil_div(need * days, whole),
                "per_week": per_week,
                "per_working_day": per_day,
                "households": households,
                "households_per_week": households_week,
            }

    def summary(self) -> Record:
        shares = [share for share in self.areas if share.error is None]
        need = sum(share.need or 0 for share in shares)
        overall = AreaShare(Area(None, None, None), need, self.agents, self.agent_days)
        week, workday = overall.paces(need, self.days, self.working_days)
        return {
            "method": self.method,
            "need_for": self.need_for.value,
            "from": self.start.isoformat(),
            "by": self.deadline.isoformat(),
            "days": self.days,
            "working_days": self.working_days,
            "agents": self.agents,
            "agent_days": self.agent_days,
            "areas": len(shares),
            "areas_with_need": sum(1 for share in shares if share.need),
            "areas_with_agents": sum(1 for share in shares if share.agents),
            "areas_without_agents": sum(1 for share in shares if share.left_out),
            "areas_raised": sum(1 for share in shares if share.raised),
            "rows_unread": len(self.areas) - len(shares),
            "need": need,
            "per_agent_per_week": week,
            "per_agent_per_working_day": workday,
            "days_away_from_home": (
                sum(placed.days for placed in self.assignments if not placed.at_home)
                if self.roster
                else None
            ),
        }

    def headline(self) -> int:
        """The figure a script wants: areas with a need left without an agent."""
        return sum(1 for share in self.areas if share.left_out)


def _near(home: str | None, code: str | None) -> str:
    """How near an agent works to a home area that is not this one: the same kecamatan,
    kabupaten/kota, province, or elsewhere."""
    shared = 0
    for mine, theirs in zip(code_path(home), code_path(code), strict=False):
        if mine != theirs:
            break
        shared += 1
    return NEAR[min(shared, 3)]


def _need(area: Area, parts: Sequence[str]) -> int | None:
    """The area's need: the gaps ``parts`` names, added (None where one is missing)."""
    total = 0
    for part in parts:
        value = area.registrants_needed if part == "registrants" else area.active_needed
        if value is None:
            return None
        total += value
    return total


def _parts(areas: Sequence[Area], need_for: NeedFor) -> tuple[list[str], list[Note]]:
    """The gaps that make the need: those asked for that the file has at all."""
    wanted = ["registrants", "active"] if need_for is NeedFor.BOTH else [need_for.value]
    has = {
        "registrants": any(area.registrants_needed is not None for area in areas),
        "active": any(area.active_needed is not None for area in areas),
    }
    parts = [part for part in wanted if has[part]]
    if not parts:
        needs = {"registrants": "registrants_needed", "active": "active_needed"}
        raise InputError(
            "allocate.no_need_column",
            field="need_for",
            needed=", ".join(needs[part] for part in wanted),
        )
    notes = []
    if len(parts) < len(wanted):
        missing = next(part for part in wanted if part not in parts)
        params = {"missing": _part(missing), "used": _part(parts[0])}
        notes.append(Note("note.allocate_need_part", params))
    return parts, notes


def _part(name: str) -> Note:
    """A gap as a message names it: registrants, activations."""
    return Note(f"allocate.part_{name}")


def _parts_note(parts: Sequence[str]) -> Note:
    """The need as a message names it: registrants and activations, or one of them."""
    return Note(f"allocate.need_{'_'.join(parts)}")


def share_agents(
    areas: Sequence[Area],
    *,
    start: date,
    deadline: date,
    agents: int | None = None,
    roster: Sequence[RosterAgent] | None = None,
    need_for: NeedFor | str = NeedFor.BOTH,
    days_off: Iterable[date] = (),
    national: Holidays | None = None,
) -> AgentShares:
    """Share ``agents`` (a number) or a ``roster`` among ``areas`` by need, with each
    area's paces to ``deadline`` on plan's calendar (``national``: the national holidays,
    as :func:`~jkngap.core.plan.plan` takes them).

    >>> from datetime import date
    >>> areas = [Area(1, "32.73.01.1001", "A", active_needed=300),
    ...          Area(2, "32.73.01.1002", "B", active_needed=100)]
    >>> shared = share_agents(areas, agents=3, start=date(2025, 6, 2),
    ...                       deadline=date(2025, 6, 27), need_for="active")
    >>> [share.agents for share in shared.areas]
    [2, 1]
    """
    if (agents is None) == (roster is None):
        key = "option.conflict" if agents is not None else "option.one_of"
        raise InputError(key, first=Field("agents"), second=Field("roster"))
    need_for = choice(NeedFor, need_for, "need_for")
    checked_period(start, deadline)
    readable = [area for area in areas if area.error is None]
    if not readable:
        raise InputError("allocate.no_areas")
    parts, notes = _parts(readable, need_for)
    needs = [_need(area, parts) if area.error is None else None for area in areas]
    counted = [i for i, need in enumerate(needs) if need is not None]
    if not any(needs[i] for i in counted):
        raise InputError("allocate.no_need", areas=len(counted))
    weights = [needs[i] or 0 for i in counted]
    if roster is None:
        whole = checked_count(agents, "agents")
        if not whole:
            raise InputError("value.must_be_positive", field="agents", text=str(agents))
        seats, total_days = whole, whole * FULL_WEEK
    else:
        roster = _checked_roster(roster)
        seats = total_days = sum(agent.days for agent in roster)
    shared = apportion(weights, seats)
    per_area = dict(zip(counted, shared.seats, strict=True))
    raised = {counted[i] for i in shared.raised}
    left_out = {counted[i] for i in shared.left_out}
    assignments: tuple[Assignment, ...] = ()
    if roster is None:
        days_of = {i: seats * FULL_WEEK for i, seats in per_area.items()}
        working_there = dict(per_area)
    else:
        days_of = per_area
        assignments, placing_notes = _placed(roster, areas, counted, per_area)
        notes.extend(placing_notes)
        working_there = dict.fromkeys(counted, 0)
        for placed in assignments:
            working_there[placed.area] += 1
    shares = []
    for i, area in enumerate(areas):
        if area.error is not None:
            shares.append(AreaShare(area, None, 0, 0, error=area.error))
        elif needs[i] is None:
            error = InputError("allocate.row_no_need", row=area.row, need=_parts_note(parts))
            shares.append(AreaShare(area, None, 0, 0, error=error))
        else:
            shares.append(
                AreaShare(
                    area,
                    needs[i],
                    working_there[i],
                    days_of[i],
                    raised=i in raised,
                    left_out=i in left_out,
                )
            )
    days, workdays = period(start, deadline, days_off, national)
    notes = [*_rule_notes(parts, roster is not None), *notes]
    notes.extend(_share_notes(areas, shares, raised, left_out, seats, roster is not None))
    if days == 0:
        notes.append(Note("note.deadline_passed", {"deadline": deadline.isoformat()}, warning=True))
    elif workdays == 0:
        notes.append(Note("note.no_working_days"))
    return AgentShares(
        agents=len(roster) if roster is not None else seats,
        agent_days=total_days,
        need_for=need_for,
        start=start,
        deadline=deadline,
        days=days,
        working_days=workdays,
        areas=tuple(shares),
        assignments=assignments,
        roster=roster is not None,
        notes=tuple(notes),
    )


def _rule_notes(parts: Sequence[str], roster: bool) -> list[Note]:
    key = "note.allocate_rule_roster" if roster else "note.allocate_rule"
    return [Note(key, {"need": _parts_note(parts)})]


def _share_notes(
    areas: Sequence[Area],
    shares: Sequence[AreaShare],
    raised: set[int],
    left_out: set[int],
    seats: int,
    roster: bool,
) -> list[Note]:
    """What the sharing says beside the shares: areas raised to one, areas left without,
    rows that got nothing because they could not be read."""
    notes = []
    unit = "days" if roster else "agents"
    if raised:
        names = listed(areas[i].name for i in sorted(raised))
        notes.append(Note(f"note.allocate_raised_{unit}", {"count": len(raised), "areas": names}))
    if left_out:
        needy = sum(1 for share in shares if share.need)
        notes.append(
            Note(
                f"note.allocate_left_out_{unit}",
                {
                    "seats": seats,
                    "needy": needy,
                    "count": len(left_out),
                    "areas": listed(areas[i].name for i in sorted(left_out)),
                },
                warning=True,
            )
        )
    unread = [share.area for share in shares if share.error is not None]
    if unread:
        notes.append(
            Note(
                "note.allocate_rows_unread",
                {"count": len(unread), "rows": listed(area.name for area in unread)},
                warning=True,
            )
        )
    return notes


def _checked_roster(roster: Sequence[RosterAgent]) -> list[RosterAgent]:
    """A roster as the core takes it: at least one agent, each with 1 to 5 days a week."""
    if not roster:
        raise InputError("roster.empty", field="roster")
    for agent in roster:
        days = agent.days
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= FULL_WEEK:
            raise InputError(
                "roster.days_range", field="roster", row=agent.row, text=str(days), most=FULL_WEEK
            )
    return list(roster)


def _home_paths(
    roster: Sequence[RosterAgent], areas: Sequence[Area], counted: Sequence[int]
) -> tuple[list[tuple[tuple[str, ...], str | None]], list[Note]]:
    """Each agent's home as a code path (and the code): a region code as given, else the
    code of the one area of that name. A home that is neither is refused, naming every row."""
    by_name: dict[str, list[int]] = {}
    for i in counted:
        if areas[i].region:
            by_name.setdefault(_folded(areas[i].region or ""), []).append(i)
    codes = {code_path(areas[i].code) for i in counted if areas[i].code}
    homes: list[tuple[tuple[str, ...], str | None]] = []
    unknown: list[RosterAgent] = []
    outside: list[RosterAgent] = []
    for agent in roster:
        code = normal_code(agent.home)
        if code is None:
            found = by_name.get(_folded(agent.home), [])
            if len(found) != 1:
                unknown.append(agent)
                homes.append(((), None))
                continue
            code = areas[found[0]].code
            if code is None:  # a file of names alone: the area itself is home
                homes.append((_path_of(areas[found[0]], found[0]), None))
                continue
        if code_path(code) not in codes:
            outside.append(agent)
        homes.append((code_path(code), code))
    if unknown:
        first = unknown[0]
        raise InputError(
            "roster.home_unknown",
            field="roster",
            row=first.row,
            text=first.home,
            count=len(unknown),
            rows=listed(str(agent.row) for agent in unknown),
        )
    notes = []
    if outside:
        rows = listed(str(agent.row) for agent in outside)
        notes.append(Note("note.roster_home_outside", {"count": len(outside), "rows": rows}))
    return homes, notes


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _path_of(area: Area, index: int) -> tuple[str, ...]:
    """An area's place in the tree: its code's path, or (no code) a leaf of its own."""
    return code_path(area.code) if area.code else (f"#{index}",)


def _placed(
    roster: Sequence[RosterAgent],
    areas: Sequence[Area],
    counted: Sequence[int],
    days_of: dict[int, int],
) -> tuple[tuple[Assignment, ...], list[Note]]:
    """The roster's days placed on the areas' shares of days, as near home as can be."""
    homes, notes = _home_paths(roster, areas, counted)
    supplies = [(path, agent.days) for (path, _), agent in zip(homes, roster, strict=True)]
    demands = [(_path_of(areas[i], i), days_of[i]) for i in counted]
    matched = nearest(supplies, demands)
    matched.sort()  # by agent, in the roster's order
    placed = tuple(
        Assignment(roster[i], homes[i][1], counted[j], days, homes[i][0] == demands[j][0])
        for i, j, days in matched
    )
    away = sum(placement.days for placement in placed if not placement.at_home)
    if away:
        total = sum(agent.days for agent in roster)
        notes.append(Note("note.roster_away", {"days": away, "total": total}))
    return placed, notes
