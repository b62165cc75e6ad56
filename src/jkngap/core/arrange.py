"""A batch run laid out: the rows filtered, sorted and grouped as asked, then the total.

:class:`Batch` is what ``jkngap batch`` returns: its rows stream a block at a time while
nothing asks for them together; a sort or groups hold the rows (a group's subtotal is
worked out like the total, from summed counts).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from jkngap.core.errors import Field, JkngapError
from jkngap.core.model import Base, Note, Record
from jkngap.core.places import code_parts, normal_code
from jkngap.core.regions import Block, RegionOptions, Totals, total_record
from jkngap.core.results import Many, Outcome

__all__ = [
    "Arrangement",
    "Batch",
    "Holder",
    "arrange",
    "falls_short",
    "group_name",
    "in_memory",
    "order_key",
]


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


# Something that holds records and gives them back ordered by a key (ascending, stable):
# in memory by default; the command line lends one that keeps them on disk, so that a
# million rows sorted or grouped stay within bounded memory.
Holder = Callable[[Iterable[Record], Callable[[Record], Any]], Iterator[Record]]


def in_memory(records: Iterable[Record], key: Callable[[Record], Any]) -> Iterator[Record]:
    return iter(sorted(records, key=key))


@dataclass
class Arrangement:
    """How ``jkngap batch`` lays the rows out: filtered, sorted, grouped, with a total."""

    sort: str | None = None
    reverse: bool = False
    only_unmet: bool = False
    group_by: str | None = None
    with_total: bool = True
    rollup: int | None = None  # sum rows by their code's first N parts (1 province, ...)
    # The register's names of the rolled-up codes (the code itself where it has none).
    names: Callable[[str], str | None] | None = None
    # With --fill-population: the register's population of a rolled-up code, and where it
    # comes from (None where it has none), for a group whose rows give none.
    populations: Callable[[str], tuple[int, str] | None] | None = None

    @property
    def in_order(self) -> bool:
        """Every row, in the order read: nothing to filter, sort, group or roll up."""
        return not (self.only_unmet or self.sort or self.group_by or self.rollup)


class Batch(Many):
    """Every region of a run, to write under ``keys``: the rows (filtered, sorted, grouped
    as asked), then the total. Its notes fill up as the rows are read.

    ``blocks()`` streams the rows as computed, a block at a time, where nothing is
    filtered, sorted, grouped or rolled up (for a writer of rows in order); ``records``
    the same rows arranged, one record each. Either is read once.
    """

    kind = "batch"

    def __init__(
        self,
        keys: tuple[str, ...],
        blocks: Iterator[Block],
        totals: Totals,
        options: RegionOptions,
        how: Arrangement,
        hold: Holder = in_memory,
    ) -> None:
        self.keys = keys
        self._blocks = blocks
        self.totals = totals
        self.options = options
        self.criteria = options.criteria
        self.base = options.base
        self.how = how
        rows = itertools.chain.from_iterable(block.records(keys) for block in blocks)
        self.records = arrange(rows, totals, options, keys, how, hold)

    @property
    def notes(self) -> tuple[Note, ...]:
        """What standard error says once the rows are read: rows left out, and why."""
        totals = self.totals
        notes = list(totals.found)
        if totals.skipped:
            notes.append(Note("batch.skipped_rows", {"rows": _listed(totals.skipped)}, True))
        if totals.blank:
            notes.append(Note("batch.blank_lines", {"lines": _listed(totals.blank)}, True))
        if totals.errors:
            notes.append(Note("batch.rows_with_errors", {"count": totals.errors}, warning=True))
        return tuple(notes)

    def total(self) -> Record | None:
        """The total of every region, once every row has been read (None without one)."""
        if not self.how.with_total:
            return None
        return total_record(self.totals, self.options, label="Total", kind="all", keys=self.keys)

    def headline(self) -> int:
        """The figure a script wants: how many regions fall short."""
        return sum(1 for r in self.records if r.get("total") is None and falls_short(r))

    def outcome(self) -> Outcome:
        """Rows unreadable before a verdict: some rows were not judged at all."""
        if self.totals.errors:
            return Outcome.UNREAD
        return Outcome.DISAGREE if self.totals.disagree else Outcome.DONE

    def blocks(self) -> Iterator[Block] | None:
        return self._blocks if self.how.in_order else None


@functools.total_ordering
class _Descending:
    """A value that sorts the other way round."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Descending) -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and bool(self.value == other.value)

    __hash__ = None  # type: ignore[assignment]  # a sort key, never hashed: unhashable


def order_key(column: str, reverse: bool) -> Callable[[Record], tuple[int, Any]]:
    """Numbers, then text, by value; empty and unreadable last, whichever way the sort goes
    (largest first with ``reverse``: text before numbers, as a reversed sort puts them)."""
    value_key = _sort_key(column)
    if not reverse:
        return value_key

    def key(record: Record) -> tuple[int, Any]:
        rank, value = value_key(record)
        if rank == 0:  # a number: negated, the lightest key that sorts the other way
            return (1, -value)
        return ({1: 0, 2: 2}[rank], _Descending(value))

    return key


def arrange(
    rows: Iterable[Record],
    totals: Totals,
    options: RegionOptions,
    keys: tuple[str, ...],
    how: Arrangement,
    hold: Holder = in_memory,
) -> Iterator[Record]:
    """The records to write: the rows as ``how`` asks, then the total of every region.

    Streams unless a sort or groups need the rows together, which ``hold`` keeps.
    ``totals`` fills up as ``rows`` is read, so the total comes after the last row.
    """
    stream: Iterable[Record] = rows
    if how.rollup is not None:
        stream = _rolled(stream, how, options, keys, totals, hold)
    if how.only_unmet:
        stream = filter(_unmet, stream)
    if how.sort is not None:
        stream = hold(stream, order_key(how.sort, how.reverse))
    if how.group_by is not None:
        yield from _grouped(stream, how.group_by, options, keys, totals.has, hold)
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
    hold: Holder,
) -> Iterator[Record]:
    """Each group's rows (groups in order of first appearance), then its subtotal; the
    rows that are no region (titles, notes, the file's own totals) after the groups,
    under no subtotal of their own."""
    order: dict[str, int] = {}
    others: list[Record] = []

    def group_of(record: Record) -> int:
        return order.setdefault(group_name(record.get(column)), len(order))

    def regions() -> Iterator[Record]:
        for record in records:
            if record.get("note") is not None and record.get("error") is None:
                others.append(record)
            else:
                yield record

    current: str | None = None
    subtotal = Totals()
    for record in hold(regions(), group_of):
        name = group_name(record.get(column))
        if name != current:
            if current is not None:
                yield _subtotal(subtotal, options, keys, column, current)
            current, subtotal = name, Totals(base=options.base, has=set(has))
        if record.get("error") is not None:
            subtotal.errors += 1
        elif record.get("total") is None:
            subtotal.add([record])
        yield record
    if current is not None:
        yield _subtotal(subtotal, options, keys, column, current)
    yield from others


def _prefix(record: Record, depth: int) -> str | None:
    """The code a region's row rolls up to: its code's first ``depth`` parts (None for a
    row that is not a region read whole, or whose code is missing or above that level)."""
    code = record.get("code")
    if code is None or record.get("error") is not None or record.get("note") is not None:
        return None
    parts = normal_code(str(code))
    if parts is None or code_parts(parts) < depth:
        return None
    return ".".join(parts.split(".")[:depth])


@dataclass
class _Group:
    """A region rolled up, as its rows come: where it first came, its sums, the levels of
    its rows, and where a population of theirs came from (the register, when filled)."""

    order: int
    totals: Totals
    levels: set[int]
    source: str | None = None
    warned: list[Any] = field(default_factory=list)  # the lines of its rows with a warning


# The lines of a rolled-up region's warned rows it names (the count says how many more).
_WARNED_NAMED = 5


def _rolled(
    records: Iterable[Record],
    how: Arrangement,
    options: RegionOptions,
    keys: tuple[str, ...],
    total: Totals,
    hold: Holder,
) -> Iterator[Record]:
    """One row per region of the level asked for, its figures worked out from its rows'
    summed counts (groups in order of first appearance); a row that cannot be rolled up
    (unreadable, not a region, no code of that level) stays, in its place, saying why.

    The groups are summed as their rows come, whatever their order: memory follows the
    number of regions at that level, not of rows; only the rows that stay are held."""
    assert how.rollup is not None
    depth = how.rollup
    groups: dict[str, _Group] = {}
    seen = itertools.count()

    def staying() -> Iterator[Record]:
        for record in records:
            prefix = _prefix(record, depth)
            if prefix is None:
                yield {"order": next(seen), "record": _unrolled(record)}
                continue
            group = groups.get(prefix)
            if group is None:
                totals = Totals(base=options.base, has=set(total.has))
                group = groups[prefix] = _Group(next(seen), totals, set())
            group.totals.add([record])
            if record.get("warning"):  # said on the row, which the rolled-up one replaces
                group.warned.append(record.get("row"))
            group.levels.add(code_parts(normal_code(str(record["code"])) or ""))
            group.source = group.source or record.get("population_source")

    # Holding the rows that stay reads every row first: the groups are whole after it.
    held = ((pair["order"], pair["record"]) for pair in hold(staying(), _ORDER))
    first = next(held, None)
    rolled = [(group.order, code) for code, group in groups.items()]
    pending = itertools.chain([first] if first is not None else [], held)
    for _, item in heapq.merge(pending, rolled, key=_FIRST):
        if isinstance(item, str):
            group = groups.pop(item)
            record, filled = _rollup_record(group, options, keys, item, how)
            if filled:  # the register's population, which no row gave the total
                _count_filled(total, group.totals, options)
            yield record
        else:
            yield item


_ORDER = operator.itemgetter("order")
_FIRST = operator.itemgetter(0)


def _unrolled(record: Record) -> Record:
    """A row that stays as it is, saying why it was not rolled up (unless it is no
    region, or unreadable, which it says already)."""
    if record.get("error") is None and record.get("note") is None:
        code = record.get("code")
        note = (
            Note("note.not_rolled_up", {"code": code}, warning=True)
            if code
            else Note("note.no_code", warning=True)
        )
        record["warning"] = (*(record.get("warning") or ()), note)
    return record


def _rollup_record(
    group: _Group, options: RegionOptions, keys: tuple[str, ...], code: str, how: Arrangement
) -> tuple[Record, bool]:
    """A rolled-up region: its rows' summed counts and the gaps of those sums; what its
    ratios leave out, or rows of two levels summed together, is a warning on it. Where
    its rows give no population, the register's fills it when asked, and says so (and
    whether it did)."""
    subtotal = group.totals
    name = how.names(code) if how.names is not None else None
    filled = None
    if how.populations is not None and not subtotal.given["population"]:
        filled = how.populations(code)
    if filled is not None:
        _fill(subtotal, filled[0], options)
    record = total_record(subtotal, options, label=name or code, kind="", keys=keys)
    record["total"] = None
    record["code"] = code
    record["rolled_up"] = subtotal.rows
    if filled is not None:
        record["registrants_needed_sum"] = None  # its rows have no gaps of their own
    if "population_source" in keys:
        record["population_source"] = filled[1] if filled is not None else group.source
    warnings = list(record.get("note") or ())
    if len(group.levels) > 1:
        warnings.append(Note("note.rollup_levels_mixed", {"code": code}))
    if group.warned:
        named = ", ".join(str(line) for line in group.warned[:_WARNED_NAMED])
        more = len(group.warned) - _WARNED_NAMED
        rows = f"{named} (+{more})" if more > 0 else named
        params = {"count": len(group.warned), "rows": rows, "option": Field("rollup")}
        warnings.append(Note("note.rollup_rows_warned", params))
    record["note"] = None
    record["warning"] = tuple(Note(n.key, n.params, warning=True) for n in warnings) or None
    return record, filled is not None


def _fill(subtotal: Totals, population: int, options: RegionOptions) -> None:
    """A group's sums with the register's population, as if its rows had given it: its
    coverage is the rows' registered over it (and, on the population base, its activity
    their active)."""
    subtotal.population = subtotal.coverage_population = population
    subtotal.given["population"] = subtotal.rows
    subtotal.coverage_rows = subtotal.given["registered"]
    subtotal.coverage_registered = subtotal.registered
    subtotal.registrants_needed_sum = 0
    if options.base is Base.POPULATION and subtotal.given["active"]:
        subtotal.activity_rows = subtotal.given["active"]
        subtotal.activity_base = population
        subtotal.activity_active = subtotal.active


def _count_filled(total: Totals, filled: Totals, options: RegionOptions) -> None:
    """The total of every region, given a rolled-up region's population from the register
    (:func:`_fill`): counted as if its rows had given it, so that the total is the sum of
    the rows above it, its coverage over their populations."""
    total.population += filled.population
    total.given["population"] += filled.rows
    total.coverage_rows += filled.coverage_rows
    total.coverage_population += filled.coverage_population
    total.coverage_registered += filled.coverage_registered
    if options.base is Base.POPULATION and filled.given["active"]:
        # On the population base, the activity of those rows is over it too.
        total.activity_rows += filled.activity_rows
        total.activity_base += filled.activity_base
        total.activity_active += filled.activity_active


def _subtotal(
    subtotal: Totals, options: RegionOptions, keys: tuple[str, ...], column: str, name: str
) -> Record:
    total = total_record(subtotal, options, label=name, kind="group", keys=keys)
    total[column] = name
    return total


def _listed(rows: list[str], most: int = 10) -> str:
    """Rows named in a message: the first few, and how many more."""
    shown = ", ".join(rows[:most])
    return f"{shown} (+{len(rows) - most})" if len(rows) > most else shown
