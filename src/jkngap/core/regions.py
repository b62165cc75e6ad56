"""Many regions at once: each region's gaps, and totals that are right.

A region's row is computed by the same integer kernel as one region on its own
(:mod:`jkngap.core.spans`), with the targets turned into numerator and denominator once
per run, because a village file has 84,000 rows. A total is computed from summed counts,
never from averaged percentages, and each of its ratios only from the rows that have both
of its figures: a row missing its population is left out of coverage (and the total says
so), never counted as a population of zero.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal
from fractions import Fraction
from typing import Any

from jkngap.core.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.core.errors import InputError, JkngapError
from jkngap.core.model import Base, Note, Record
from jkngap.core.spans import Cut4, new_members, required

__all__ = [
    "COUNT_KEYS",
    "OUTPUT_KEYS",
    "Arrangement",
    "Batch",
    "RegionOptions",
    "Totals",
    "arrange",
    "compute_row",
    "falls_short",
    "total_record",
]

COUNT_KEYS = ("population", "registered", "active")
OUTPUT_KEYS = (
    "coverage_pct",
    "required_registered",
    "registrants_needed",
    "surplus",
    "activity_pct",
    "required_active",
    "active_needed",
    "new_members_needed",
    "inactive",
    "uhc",
    "uhc_prioritas",
)
# Only a total or subtotal has these: the regions' own gaps added up (what it takes for
# every region to reach the target), beside the gap of the summed counts.
SUM_KEYS = ("registrants_needed_sum", "active_needed_sum")
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


def coverage_gaps(population: int, registered: int, ratio: tuple[int, int], out: Record) -> bool:
    """Coverage and its gap into ``out``; whether the target is met."""
    numerator, denominator = ratio
    need = required(numerator, denominator, population)
    out["coverage_pct"] = Cut4.of(registered, population)
    out["required_registered"] = need
    out["registrants_needed"] = need - registered if need > registered else 0
    out["surplus"] = registered - need if registered > need else 0
    return registered >= need


def activity_gaps(
    base: int,
    registered: int | None,
    active: int,
    ratio: tuple[int, int],
    out: Record,
    *,
    participants: bool,
) -> bool:
    """Activity and its gaps by both routes into ``out``; whether the target is met."""
    numerator, denominator = ratio
    need = required(numerator, denominator, base)
    needed = need - active if need > active else 0
    out["activity_pct"] = Cut4.of(active, base)
    out["required_active"] = need
    out["active_needed"] = needed
    out["new_members_needed"] = (
        new_members(numerator, denominator, base, active) if participants else needed
    )
    return needed == 0


def compute_row(
    population: int | None,
    registered: int | None,
    active: int | None,
    options: RegionOptions,
    out: Record,
) -> Record:
    """Every gap for one region's counts, into ``out``. Raises InputError when the counts
    cannot stand together (active above registered, a zero population)."""
    cn, cd, an, ad = options.ratios
    uhc: bool | None = None
    if population is not None and population <= 0:
        raise InputError("value.population_positive", column="population", text=str(population))
    if population is not None:
        if registered is not None:
            uhc = coverage_gaps(population, registered, (cn, cd), out)
            if registered > population:
                out["warning"] = (*(out.get("warning") or ()), OVER_100)
        else:
            out["required_registered"] = required(cn, cd, population)
    active_met: bool | None = None
    if active is not None:
        if registered is not None and active > registered:
            raise InputError(
                "active.above_registered", column="active", active=active, registered=registered
            )
        participants = options.base is Base.PARTICIPANTS
        base = registered if participants else population
        if base:
            active_met = activity_gaps(
                base, registered, active, (an, ad), out, participants=participants
            )
        if registered is not None:
            out["inactive"] = registered - active
    out["uhc"] = uhc
    out["uhc_prioritas"] = None if uhc is None or active_met is None else uhc and active_met
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

    def add(self, record: Record) -> None:
        """Count one region's row (already computed) into the sums."""
        self.add_counts(
            record["population"],
            record["registered"],
            record["active"],
            record["registrants_needed"],
            record["active_needed"],
        )

    def add_counts(
        self,
        population: int | None,
        registered: int | None,
        active: int | None,
        registrants_needed: int | None,
        active_needed: int | None,
    ) -> None:
        """Count one region into the sums, from its counts and its own two gaps."""
        self.rows += 1
        if population is not None:
            self.population += population
            if registered is not None:
                self.coverage_rows += 1
                self.coverage_population += population
                self.coverage_registered += registered
                self.registrants_needed_sum += registrants_needed or 0
        if registered is not None:
            self.registered += registered
            if active is not None:
                self.inactive_rows += 1
                self.inactive += registered - active
        if active is not None:
            self.active += active
            base = registered if self.base is Base.PARTICIPANTS else population
            if base:
                self.activity_rows += 1
                self.activity_base += base
                self.activity_active += active
                self.active_needed_sum += active_needed or 0


def total_record(
    totals: Totals, options: RegionOptions, *, label: str, kind: str, keys: Iterable[str]
) -> Record:
    """A total row: the sums, the gaps of the summed counts (each ratio from the rows with
    both its figures), the regions' own gaps added up, and a note of what was left out."""
    record: Record = dict.fromkeys(keys)
    record["region"] = label
    record["total"] = kind
    for role in COUNT_KEYS:
        if role in totals.has:
            record[role] = getattr(totals, role)
    cn, cd, an, ad = options.ratios
    uhc: bool | None = None
    active_met: bool | None = None
    if totals.coverage_rows:
        uhc = coverage_gaps(
            totals.coverage_population, totals.coverage_registered, (cn, cd), record
        )
        record["registrants_needed_sum"] = totals.registrants_needed_sum
    elif "population" in totals.has:
        record["required_registered"] = required(cn, cd, totals.population)
    if totals.activity_rows:
        active_met = activity_gaps(
            totals.activity_base,
            None,
            totals.activity_active,
            (an, ad),
            record,
            participants=options.base is Base.PARTICIPANTS,
        )
        record["active_needed_sum"] = totals.active_needed_sum
    if totals.inactive_rows:
        record["inactive"] = totals.inactive
    record["uhc"] = uhc
    record["uhc_prioritas"] = None if uhc is None or active_met is None else uhc and active_met
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


def falls_short(record: Record) -> bool:
    """A region that falls short: UHC Prioritas not met where activity is known, else UHC
    not met (a row with neither verdict, or unreadable, is not counted)."""
    verdict = record.get("uhc_prioritas")
    if verdict is None:
        verdict = record.get("uhc")
    return verdict is False


def _unmet(record: Record) -> bool:
    """What --only-unmet keeps: the regions that fall short, and the rows that could not be
    read or are not regions (nobody can say those are fine)."""
    return record.get("error") is not None or falls_short(record)


def _sort_key(column: str) -> Callable[[Record], tuple[int, Any]]:
    def key(record: Record) -> tuple[int, Any]:
        value = record.get(column)
        if value is None or isinstance(value, JkngapError):
            return (2, 0)  # empty and unreadable last, whichever way the sort goes
        if isinstance(value, int | Decimal | Fraction):
            return (0, value)
        return (1, str(value).casefold())

    return key


def group_name(value: Any) -> str:
    """A group's name as machine formats write its value: true/false, text, or empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass
class Batch:
    """Every region of a run, as records to write under ``keys``: the rows (filtered,
    sorted, grouped as asked), then the total. Its notes fill up as the rows are read."""

    keys: tuple[str, ...]
    records: Iterator[Record]
    totals: Totals
    criteria: Criteria

    kind = "batch"

    @property
    def notes(self) -> tuple[Note, ...]:
        if not self.totals.errors:
            return ()
        return (Note("batch.rows_with_errors", {"count": self.totals.errors}, warning=True),)

    def headline(self) -> int:
        """The figure a script wants: how many regions fall short."""
        return sum(1 for r in self.records if r.get("total") is None and falls_short(r))


@dataclass
class Arrangement:
    """How ``jkngap batch`` lays the rows out: filtered, sorted, grouped, with a total."""

    sort: str | None = None
    reverse: bool = False
    only_unmet: bool = False
    group_by: str | None = None
    with_total: bool = True


def arrange(
    rows: Iterable[Record],
    totals: Totals,
    options: RegionOptions,
    keys: tuple[str, ...],
    how: Arrangement,
) -> Iterator[Record]:
    """The records to write: the rows as ``how`` asks, then the total of every region.

    Streams unless a sort or groups need the rows together. ``totals`` fills up as
    ``rows`` is read, so the total comes after the last row.
    """
    stream: Iterable[Record] = rows
    if how.only_unmet:
        stream = filter(_unmet, stream)
    if how.sort is not None:
        key = _sort_key(how.sort)
        stream = sorted(stream, key=key, reverse=how.reverse)
        if how.reverse:  # keep empty and unreadable values last either way
            stream = [r for r in stream if key(r)[0] < 2] + [r for r in stream if key(r)[0] == 2]
    if how.group_by is not None:
        yield from _grouped(stream, how.group_by, options, keys, totals.has)
    else:
        yield from stream
    if how.with_total:
        yield total_record(totals, options, label="Total", kind="all", keys=keys)


def _grouped(
    records: Iterable[Record],
    column: str,
    options: RegionOptions,
    keys: tuple[str, ...],
    has: set[str],
) -> Iterator[Record]:
    """Each group's rows (groups in order of first appearance), then its subtotal."""
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(group_name(record.get(column)), []).append(record)
    for name, members in groups.items():
        yield from members
        subtotal = Totals(base=options.base, has=set(has))
        for record in members:
            if record.get("error") is None and record.get("total") is None:
                subtotal.add(record)
            elif record.get("error") is not None:
                subtotal.errors += 1
        total = total_record(subtotal, options, label=name, kind="group", keys=keys)
        total[column] = name
        yield total
