"""Many regions at once: each region's gaps, and totals that are right.

A region's row is computed by the same integer kernel as one region on its own
(:mod:`jkngap.core.spans`), with the targets turned into numerator and denominator once
per run, because a village file has 84,000 rows. A total is computed from summed counts,
never from averaged percentages, and each of its ratios only from the rows that have both
of its figures: a row missing its population is left out of coverage (and the total says
so), never counted as a population of zero.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from jkngap.core.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.core.errors import InputError
from jkngap.core.model import Base, Note, Record
from jkngap.core.spans import Cut4, cut4_each, new_members_each, required_each, shortfall_each

__all__ = [
    "COUNT_KEYS",
    "OUTPUT_KEYS",
    "Block",
    "RegionOptions",
    "Totals",
    "complete",
    "compute_block",
    "compute_row",
    "prioritas",
    "refused_rows",
    "total_record",
]

COUNT_KEYS = ("population", "registered", "active")
GAP_KEYS = ("registrants_needed", "active_needed")  # a region's own gaps, summed in totals
SUMMED_KEYS = (*COUNT_KEYS, *GAP_KEYS)
# Percentages: ten-thousandths (cut) in a block's columns, Cut4 in a record.
PERCENT_KEYS = frozenset({"coverage_pct", "activity_pct"})
OUTPUT_KEYS = (
    "coverage_pct",
    "required_registered",
    "registrants_needed",
    "surplus",
    "registered_headroom",
    "activity_pct",
    "required_active",
    "active_needed",
    "new_members_needed",
    "active_headroom",
    "inactive",
    "uhc",
    "uhc_prioritas",
)
# Only a total or subtotal has these: the regions' own gaps added up (what it takes for
# every region to reach the target), beside the gap of the summed counts.
SUM_KEYS = ("registrants_needed_sum", "active_needed_sum")
# Summed in a total where a file has them: the regions' own route (a), added up.
EXTRA_SUMMED_KEYS = ("apbd_people", "apbd_budget")
# Bookkeeping every record ends with, in this order.
TAIL_KEYS = ("warning", "note", "consistent", "check", "error", "total")

OVER_100 = Note("note.row_over_100", warning=True)


@dataclass(frozen=True)
class RegionOptions:
    """What every row is judged by: the criteria, the activity base, and --check."""

    criteria: Criteria = PRESETS[DEFAULT_PRESET]
    base: Base = Base.PARTICIPANTS
    check: bool = False
    columns: dict[str, str] = field(default_factory=dict)  # role -> header given by the user

    @cached_property
    def ratios(self) -> tuple[int, int, int, int]:
        """The two targets as shares of one, numerator and denominator: worked out once."""
        coverage = self.criteria.coverage_pct / 100
        activity = self.criteria.activity_pct / 100
        return coverage.numerator, coverage.denominator, activity.numerator, activity.denominator


Column = list[Any]


@dataclass
class Block:
    """Consecutive rows of a file as columns: each key's values, one per row."""

    length: int
    columns: dict[str, Column]

    def records(self, keys: tuple[str, ...]) -> list[Record]:
        """The rows as records under ``keys`` (a key the block lacks is empty); a
        percentage, held as ten-thousandths in the block, is a Cut4 in a record."""
        empty = [None] * self.length
        columns = [self.columns.get(key, empty) for key in keys]
        for index, key in enumerate(keys):
            if key in PERCENT_KEYS:
                columns[index] = [None if v is None else Cut4(v) for v in columns[index]]
        return [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)]


def complete(column: Column) -> bool:
    """Whether a column of numbers (counts, truths) has one in every row. Summed in C,
    which fails at a None; ``None in column`` would compare every number with None, ten
    times the work on a long file."""
    try:
        sum(column)
    except TypeError:
        return False
    return True


def _where(*columns: Column) -> list[int] | None:
    """The rows where every one of ``columns`` has a value; None when every row has."""
    if all(map(complete, columns)):
        return None
    return [i for i, values in enumerate(zip(*columns, strict=True)) if None not in values]


def _counted(base: Column, active: Column) -> list[int] | None:
    """The rows whose activity target can be worked out: an active count and its base
    (None when every row can). A base of zero (no participants) has a target of zero,
    met, as one region's own answer has it; only its rate is unknown."""
    if complete(active) and complete(base):
        return None
    return [
        i
        for i, (b, a) in enumerate(zip(base, active, strict=True))
        if b is not None and a is not None
    ]


def _shared(base: Column, rows: list[int] | None) -> list[int] | None:
    """Of ``rows`` (None: every row), those whose base is above zero: a rate there is."""
    bases = take(base, rows)
    if 0 not in bases:
        return rows
    every = range(len(base)) if rows is None else rows
    return [i for i in every if base[i]]


def take(column: Column, rows: list[int] | None) -> Column:
    """The values of ``column`` at ``rows`` (every value where rows is None)."""
    return column if rows is None else [column[i] for i in rows]


def _placed(length: int, rows: list[int] | None, values: Column) -> Column:
    """A column of ``length`` rows holding ``values`` at ``rows`` (every row where rows is
    None: the values themselves), None elsewhere."""
    if rows is None:
        return values
    column: Column = [None] * length
    _put(column, rows, values)
    return column


def _put(target: Column, rows: list[int], values: Column) -> None:
    """``values`` into ``target`` at ``rows`` (every row at once is :func:`_placed`'s)."""
    for i, value in zip(rows, values, strict=True):
        target[i] = value


def refused_rows(
    population: Column, registered: Column, active: Column
) -> list[tuple[int, InputError]]:
    """The rows whose counts cannot stand together: a population of zero, more active
    members than registered."""
    if _all_positive(population) and _all_within(active, registered):
        return []  # the common case, checked in C
    refused = []
    for i, (pop, reg, act) in enumerate(zip(population, registered, active, strict=True)):
        if pop is not None and pop <= 0:
            error = InputError("value.population_positive", column="population", text=str(pop))
            refused.append((i, error))
        elif act is not None and reg is not None and act > reg:
            error = InputError(
                "active.above_registered", column="active", active=act, registered=reg
            )
            refused.append((i, error))
    return refused


def _all_positive(column: Column) -> bool:
    present = column if complete(column) else [v for v in column if v is not None]
    return not present or min(present) > 0


def _all_within(part: Column, whole: Column) -> bool:
    both = _where(part, whole)
    return not any(map(operator.gt, take(part, both), take(whole, both)))


def compute_block(
    population: Column, registered: Column, active: Column, options: RegionOptions
) -> dict[str, Column]:
    """Every gap of every region of a block, column by column, by the kernel; a region's
    figures are worked out from those of its counts it has (``None`` where it has none).
    The counts must stand together (see :func:`refused_rows`)."""
    length = len(population)
    out: dict[str, Column] = {}

    def put(key: str, rows: list[int] | None, values: Column) -> None:
        out[key] = _placed(length, rows, values)

    cn, cd, an, ad = options.ratios
    both = _where(population, registered)
    pops, regs = take(population, both), take(registered, both)
    need = required_each(cn, cd, pops)
    put("coverage_pct", both, cut4_each(regs, pops))
    put("required_registered", both, need)
    put("registrants_needed", both, shortfall_each(need, regs))
    surplus = shortfall_each(regs, need)
    put("surplus", both, surplus)
    # How many registered may lapse before UHC is lost: the surplus, 0 where it is not met.
    put("registered_headroom", both, surplus[:])  # a column of its own: rows change apart
    put("uhc", both, [r >= q for r, q in zip(regs, need, strict=True)])
    if both is not None:  # a population without a registered count: what the target is
        alone = [
            i
            for i, (p, r) in enumerate(zip(population, registered, strict=True))
            if p and r is None
        ]
        _put(out["required_registered"], alone, required_each(cn, cd, take(population, alone)))
    over = [i for i, (p, r) in enumerate(zip(pops, regs, strict=True)) if r > p]
    warnings: Column = [None] * length
    _put(warnings, take(both, over) if both is not None else over, [(OVER_100,)] * len(over))

    participants = options.base is Base.PARTICIPANTS
    base = registered if participants else population
    counted = _counted(base, active)
    bases, acts = take(base, counted), take(active, counted)
    need = required_each(an, ad, bases)
    needed = shortfall_each(need, acts)
    shared = _shared(base, counted)
    put("activity_pct", shared, cut4_each(take(active, shared), take(base, shared)))
    put("required_active", counted, need)
    put("active_needed", counted, needed)
    joiners = new_members_each(an, ad, bases, acts) if participants else needed[:]
    put("new_members_needed", counted, joiners)
    # How many active may lapse before the activity target is lost (0 where it is not met).
    put("active_headroom", counted, shortfall_each(acts, need))
    both = _where(registered, active)
    inactive = [r - a for r, a in zip(take(registered, both), take(active, both), strict=True)]
    put("inactive", both, inactive)
    met = _placed(length, counted, [gap == 0 for gap in needed])
    out["uhc_prioritas"] = prioritas(out["uhc"], met)
    out["warning"] = warnings
    return {key: out[key] for key in (*OUTPUT_KEYS, "warning")}


def prioritas(uhc: Column, met: Column) -> Column:
    """UHC Prioritas from UHC and the activity target: no where either is surely not met
    (coverage that fails decides it, whatever the activity), yes where both are, unknown
    otherwise."""
    if complete(uhc) and complete(met):
        return list(map(operator.and_, uhc, met))
    return [
        False if u is False or m is False else None if u is None or m is None else True
        for u, m in zip(uhc, met, strict=True)
    ]


def compute_row(
    population: int | None,
    registered: int | None,
    active: int | None,
    options: RegionOptions,
    out: Record,
) -> Record:
    """Every gap for one region's counts, into ``out``: a block of one row. Raises
    InputError when the counts cannot stand together (active above registered, a zero
    population)."""
    refused = refused_rows([population], [registered], [active])
    if refused:
        raise refused[0][1]
    computed = Block(1, compute_block([population], [registered], [active], options))
    row = computed.records(tuple(computed.columns))[0]
    if row["warning"] is None:
        del row["warning"]
    out.update(row)
    return out


@dataclass
class Totals:
    """The sums behind a total (or a group's subtotal), each ratio over the rows that have
    both of its figures."""

    base: Base = Base.PARTICIPANTS
    population: int = 0
    registered: int = 0
    active: int = 0
    has: set[str] = field(default_factory=set)  # the count columns the files have
    rows: int = 0  # regions summed
    errors: int = 0  # rows that could not be read
    disagree: int = 0  # rows whose published figures disagree with their counts (--check)
    skipped: list[str] = field(default_factory=list)  # rows that are not regions
    blank: list[str] = field(default_factory=list)  # blank lines, skipped
    found: list[Note] = field(default_factory=list)  # warnings about the run as a whole
    # Coverage: the rows with both population and registered.
    coverage_rows: int = 0
    coverage_population: int = 0
    coverage_registered: int = 0
    # Activity: the rows with both active and their base; inactive: with registered too.
    activity_rows: int = 0
    activity_base: int = 0
    activity_active: int = 0
    inactive_rows: int = 0
    inactive: int = 0
    registrants_needed_sum: int = 0
    active_needed_sum: int = 0
    # Figures only some files have (route (a) of segment columns): the regions' own, added.
    extra: dict[str, int] = field(default_factory=dict)
    # How many of the regions summed have each count: a sum of none is unknown, not 0.
    given: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))

    def add(self, records: Iterable[Record]) -> None:
        """Count regions' rows (already computed) into the sums."""
        rows = list(records)
        columns = [[row[key] for row in rows] for key in SUMMED_KEYS]
        self.add_columns(*columns)
        for key in EXTRA_SUMMED_KEYS:
            if rows and key in rows[0]:
                self.add_extra(key, [row[key] for row in rows])

    def add_extra(self, key: str, column: Column) -> None:
        """Add a figure the regions have to its sum (blank cells add nothing)."""
        self.extra[key] = self.extra.get(key, 0) + sum(filter(None, column))

    def add_columns(
        self,
        population: Column,
        registered: Column,
        active: Column,
        registrants_needed: Column,
        active_needed: Column,
    ) -> None:
        """Count a block of regions into the sums: their counts and their own two gaps,
        each ratio over the regions that have both of its figures."""
        self.rows += len(population)
        for role, column in zip(COUNT_KEYS, (population, registered, active), strict=True):
            self.given[role] += (
                len(column) if complete(column) else len(column) - column.count(None)
            )
        self.population += sum(filter(None, population))
        self.registered += sum(filter(None, registered))
        self.active += sum(filter(None, active))
        both = _where(population, registered)
        self.coverage_rows += len(population) if both is None else len(both)
        self.coverage_population += sum(take(population, both))
        self.coverage_registered += sum(take(registered, both))
        self.registrants_needed_sum += sum(take(registrants_needed, both))
        base = registered if self.base is Base.PARTICIPANTS else population
        counted = _counted(base, active)
        self.activity_rows += len(base) if counted is None else len(counted)
        self.activity_base += sum(take(base, counted))
        self.activity_active += sum(take(active, counted))
        self.active_needed_sum += sum(take(active_needed, counted))
        both = _where(registered, active)
        self.inactive_rows += len(registered) if both is None else len(both)
        self.inactive += sum(take(registered, both)) - sum(take(active, both))

    def subtract(
        self,
        population: int | None,
        registered: int | None,
        active: int | None,
        registrants_needed: int | None,
        active_needed: int | None,
    ) -> None:
        """Take one region, counted in before, out of the sums again (a row found later
        to be the parent of other rows, whose regions are summed through their own)."""
        one = Totals(base=self.base)
        one.add_columns([population], [registered], [active], [registrants_needed], [active_needed])
        for name in _SUMMED_FIELDS:
            setattr(self, name, getattr(self, name) - getattr(one, name))
        for role in COUNT_KEYS:
            self.given[role] -= one.given[role]


_COVERAGE_KEYS = (
    "coverage_pct",
    "required_registered",
    "registrants_needed",
    "surplus",
    "registered_headroom",
)
_ACTIVITY_KEYS = (
    "activity_pct",
    "required_active",
    "active_needed",
    "new_members_needed",
    "active_headroom",
)
# The sums of Totals that one region adds to (and subtract takes away).
_SUMMED_FIELDS = (
    "population",
    "registered",
    "active",
    "rows",
    "coverage_rows",
    "coverage_population",
    "coverage_registered",
    "activity_rows",
    "activity_base",
    "activity_active",
    "inactive_rows",
    "inactive",
    "registrants_needed_sum",
    "active_needed_sum",
)


def total_record(
    totals: Totals, options: RegionOptions, *, label: str, kind: str, keys: Iterable[str]
) -> Record:
    """A total row: the sums, the gaps of the summed counts (each ratio from the rows with
    both its figures), the regions' own gaps added up, and a note of what was left out."""
    record: Record = dict.fromkeys(keys)
    record["region"] = label
    record["total"] = kind
    for role in COUNT_KEYS:
        if role in totals.has and totals.given[role]:  # none of its rows has it: unknown
            record[role] = getattr(totals, role)
    population = totals.coverage_population if totals.coverage_rows else None
    if population is None and "population" in totals.has and totals.population:
        population = totals.population  # no registered anywhere: what the target is
    registered = totals.coverage_registered if totals.coverage_rows else None
    coverage = compute_row(population, registered, None, options, {})
    for key in (*_COVERAGE_KEYS, "uhc"):
        record[key] = coverage[key]
    if totals.coverage_rows:
        record["registrants_needed_sum"] = totals.registrants_needed_sum
    met: bool | None = None
    if totals.activity_rows:
        participants = options.base is Base.PARTICIPANTS
        base, active = totals.activity_base, totals.activity_active
        activity = compute_row(
            None if participants else base, base if participants else None, active, options, {}
        )
        for key in _ACTIVITY_KEYS:
            record[key] = activity[key]
        record["active_needed_sum"] = totals.active_needed_sum
        met = record["active_needed"] == 0
    if totals.inactive_rows:
        record["inactive"] = totals.inactive
    record["uhc_prioritas"] = prioritas([record["uhc"]], [met])[0]
    for key, value in totals.extra.items():
        if key in record:
            record[key] = value
    record["note"] = _left_out(totals)
    return record


def _left_out(totals: Totals) -> tuple[Note, ...] | None:
    """What the total's ratios leave out: rows without both figures, rows unreadable."""
    notes = []
    if totals.has & {"population", "registered"} and totals.coverage_rows < totals.rows:
        notes.append(
            Note("note.total_coverage_from", {"used": totals.coverage_rows, "rows": totals.rows})
        )
    if "active" in totals.has and totals.activity_rows < totals.rows:
        notes.append(
            Note(
                "note.total_activity_from",
                {"used": totals.activity_rows, "rows": totals.rows, "base": totals.base.value},
            )
        )
    if totals.errors:
        notes.append(Note("note.total_unreadable", {"errors": totals.errors}))
    return tuple(notes) or None
