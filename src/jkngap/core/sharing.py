"""What ``allocate`` shared out, as results of many regions
(:class:`~jkngap.core.results.Shares`) that every format writes by their shape: the rows
in the file's order, or laid out as asked (sorted, only the areas that fall short,
subtotals by a column), then the summary of the whole as the total.

Every record has every key: the row's own, then the summary's own, then ``total``. So
every format has one header; a row leaves the summary's columns empty, and the total
fills them. The total's columns that the rows share add the rows up (agents, agent-days
and need; the people and cost of the regions chosen) or give the whole's pace, so that a
column's total is what its rows make.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar, Generic, TypeVar

from jkngap.core.agents import AREA_KEYS, ASSIGNMENT_KEYS, AgentShares, AreaShare
from jkngap.core.allocate import Area
from jkngap.core.arrange import Arrangement, group_name, order_key
from jkngap.core.budget import REGION_KEYS, BudgetChoice
from jkngap.core.criteria import Criteria
from jkngap.core.errors import InputError
from jkngap.core.model import Base, Note, Record
from jkngap.core.results import Outcome, Shares

__all__ = ["AgentRows", "AreaRows", "RegionRows", "shared_rows"]

Names = Callable[[str], str | None]


def _sum(records: Iterable[Record], key: str) -> int | None:
    """A column added up: None when no row has a figure in it."""
    values = [record[key] for record in records if isinstance(record.get(key), int)]
    return sum(values) if values else None


Result = TypeVar("Result", bound=AgentShares | BudgetChoice)


class _Shared(Shares, Generic[Result]):
    """The rows of ``result`` (what the engine shared out), laid out as ``how`` asks (its
    sort, filter, groups and total; a roll-up is the reading's), then the summary as the
    total."""

    row_keys: ClassVar[tuple[str, ...]]
    idle_key: ClassVar[str] = "allocate.idle_areas"
    sheet_key: str | None = "kecamatan_code"

    def __init__(
        self,
        result: Result,
        how: Arrangement,
        criteria: Criteria,
        base: Base,
        names: Names | None = None,
    ) -> None:
        self.result = result
        self.how = how
        self.criteria = criteria
        self.base = base
        self._names = names
        summary = self.summary()
        self.summary_keys = tuple(summary)
        own = tuple(key for key in summary if key not in self.row_keys)
        self.keys = (*self.row_keys, *own, "total")
        for column, field in ((how.sort, "sort"), (how.group_by, "group_by")):
            if column is not None and column not in self.keys:
                known = ", ".join(self.keys)
                raise InputError("batch.unknown_column", field=field, name=column, known=known)
        self.records = self.laid_out()

    @property
    def notes(self) -> tuple[Note, ...]:
        return self.result.notes

    def summary(self) -> Record:
        return self.result.summary()

    def headline(self) -> int:
        """Agents: areas with a need left without an agent (0: every one has someone).
        A budget: regions at the aim once the money is spent."""
        return self.result.headline()

    # What each kind of rows says of itself.
    def _rows(self) -> Iterator[Record]:
        raise NotImplementedError

    def added(self, rows: list[Record]) -> Record:
        """The columns of ``rows`` that add up, added (a subtotal's, and the total's)."""
        raise NotImplementedError

    def unmet(self, record: Record) -> bool:
        """What ``--only-unmet`` keeps: a row that falls short, or could not be read."""
        return True

    def _row(self, record: Record) -> Record:
        return {key: record.get(key) for key in self.keys}

    def laid_out(self) -> Iterator[Record]:
        """Every record anew: the rows as laid out, the subtotals, then the total."""
        how = self.how
        rows = [self._row(record) for record in self._rows()]
        every = rows
        if how.only_unmet:
            rows = [row for row in rows if self.unmet(row)]
        if how.sort is not None:
            rows.sort(key=order_key(how.sort, how.reverse))
        if how.group_by is not None:
            yield from self._grouped(rows, how.group_by)
        else:
            yield from rows
        if how.with_total:
            yield self._total(every)

    def _grouped(self, rows: list[Record], column: str) -> Iterator[Record]:
        """Each group's rows (groups in the order they first come), then its subtotal."""
        order: dict[str, int] = {}
        for row in rows:
            order.setdefault(group_name(row.get(column)), len(order))
        ordered = sorted(rows, key=lambda row: order[group_name(row.get(column))])
        for name, group in itertools.groupby(ordered, key=lambda row: group_name(row[column])):
            members = list(group)
            yield from members
            subtotal = self._row({**self.added(members), "region": name, "total": "group"})
            subtotal[column] = name
            yield subtotal

    def _total(self, rows: list[Record]) -> Record:
        return self._row({**self.added(rows), **self.summary(), "region": "Total", "total": "all"})

    def total(self) -> Record | None:
        if not self.how.with_total:
            return None
        return self._total([self._row(record) for record in self._rows()])

    def rows(self) -> list[Record]:
        """Every record in a list, for a writer that reads them more than once."""
        return list(self.laid_out())

    def idle_note(self, count: int) -> Note:
        """What a person's table says of the rows it counts rather than shows."""
        return Note(self.idle_key, {"count": count})

    def sheet_title(self, value: str) -> str:
        name = self._names(value) if self._names is not None else None
        return f"{value} {name}" if name else value

    def outcome(self) -> Outcome:
        """Rows that could not be read got nothing: said by exit 3, after every row."""
        return Outcome.UNREAD if self.summary().get("rows_unread") else Outcome.DONE


class AreaRows(_Shared[AgentShares]):
    """Agents shared among areas: one row per area of the file."""

    kind = "allocate_agents"
    row_keys = AREA_KEYS
    shown = ("row", "region", "code", "need", "agents", "per_agent_per_week")
    chart = "agents"

    def __init__(
        self,
        result: AgentShares,
        how: Arrangement,
        criteria: Criteria,
        base: Base,
        names: Names | None = None,
    ) -> None:
        households = any(share.area.households is not None for share in result.areas)
        self.shown = (
            *AreaRows.shown,
            "per_agent_per_working_day",
            *(("households_per_agent_per_week",) if households else ()),
        )
        super().__init__(result, how, criteria, base, names)

    def _rows(self) -> Iterator[Record]:
        return self.result.records()

    def added(self, rows: list[Record]) -> Record:
        shares = self.result
        added: Record = {
            key: _sum(rows, key)
            for key in ("registrants_needed", "active_needed", "households", "need", "agents")
        }
        added["agent_days"] = _sum(rows, "agent_days")
        overall = AreaShare(Area(None, None, None), added["need"], 0, added["agent_days"] or 0)
        week, workday = overall.paces(added["need"], shares.days, shares.working_days)
        added["per_agent_per_week"], added["per_agent_per_working_day"] = week, workday
        return added

    def unmet(self, record: Record) -> bool:
        return bool(record.get("need")) or record.get("error") is not None

    def idle(self, record: Record) -> bool:
        return record.get("need") == 0 and record.get("error") is None


class AgentRows(_Shared[AgentShares]):
    """A roster's agents placed: one row per agent and area they work in."""

    kind = "allocate_roster"
    row_keys = ASSIGNMENT_KEYS
    shown = (
        "roster_row",
        "region",
        "code",
        "near",
        "days_a_week",
        "people",
        "per_week",
        "per_working_day",
    )
    chart = "days_a_week"

    def _rows(self) -> Iterator[Record]:
        return self.result.assignment_records()

    def added(self, rows: list[Record]) -> Record:
        return {key: _sum(rows, key) for key in ("days_a_week", "people", "households")}

    def idle(self, record: Record) -> bool:
        return False


class RegionRows(_Shared[BudgetChoice]):
    """A budget's choice of regions: one row per region of the file."""

    kind = "allocate_budget"
    row_keys = REGION_KEYS
    idle_key = "budget.idle_regions"
    shown = ("row", "region", "code", "status", "people", "cost", "chosen")
    chart = "cost"
    sheet_key = None

    def _rows(self) -> Iterator[Record]:
        return self.result.records()

    def added(self, rows: list[Record]) -> Record:
        """What the money buys: the people and cost of the regions chosen."""
        chosen = [row for row in rows if row.get("chosen")]
        added: Record = {key: _sum(chosen, key) or 0 for key in ("people", "cost")}
        shared = self.result.money.share_pct is not None  # the payers' parts exist
        for key in ("province_pays", "region_pays"):
            added[key] = (_sum(chosen, key) or 0) if shared else None
        return added

    def unmet(self, record: Record) -> bool:
        return record.get("status") != "met"

    def idle(self, record: Record) -> bool:
        return record.get("status") == "met"


def shared_rows(
    result: AgentShares | BudgetChoice,
    how: Arrangement,
    criteria: Criteria,
    base: Base,
    *,
    per_agent: bool = False,
    names: Names | None = None,
) -> Shares:
    """The rows of what was shared out: areas, a roster's agents (``per_agent``), regions."""
    if isinstance(result, BudgetChoice):
        return RegionRows(result, how, criteria, base, names)
    if per_agent:
        if not result.roster:
            raise InputError("allocate.per_agent_needs_roster", field="per_agent")
        return AgentRows(result, how, criteria, base, names)
    return AreaRows(result, how, criteria, base, names)
