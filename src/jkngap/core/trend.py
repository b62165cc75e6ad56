"""Snapshots of the same regions at several dates: are we moving fast enough, and when do
we get there? (``jkngap trend``; docs/trend.md says the rules in plain words.)

Snapshots come in date order, a block of rows at a time (:class:`~jkngap.core.series.Rows`),
and each region keeps only its first and last figures (:class:`~jkngap.core.progress.
SeriesState`): memory does not grow with the number of dates. The long form (region x
date) streams out as the snapshots are read; each region's summary
(:class:`~jkngap.core.summary.RegionTrend`) is there once the last one is. A region
missing from a snapshot is kept and marked, never dropped or taken as zero.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from jkngap.core.arrange import Arrangement
from jkngap.core.errors import InputError
from jkngap.core.model import Note, Record
from jkngap.core.outlook import per_month
from jkngap.core.plan import MEAN_MONTH_DAYS
from jkngap.core.progress import Calendar, Series, SeriesState, TrendOptions, summarise
from jkngap.core.regions import Block
from jkngap.core.results import Many, Outcome, Tracked
from jkngap.core.series import (
    NO_VERDICTS,
    Point,
    Rows,
    Snapshot,
    Verdicts,
    checked_layout,
    laid_out,
    level,
    shown,
    spread,
)
from jkngap.core.summary import RegionTrend, off_course, summary_keys

if TYPE_CHECKING:
    from jkngap.core.chart import Chart

__all__ = ["LONG_KEYS", "MOST_DATES", "LongTrend", "Trend", "TrendBlock", "trend"]

# A century of monthly snapshots: each date looks over every region for the missing, so
# the dates of a run are capped (a hostile file of a million dates would never end).
MOST_DATES = 1200

# The long form: one record per region and date (and the total's at each date).
LONG_KEYS = (
    "code",
    "region",
    "date",
    "source",
    "row",
    "population",
    "population_source",
    "registered",
    "active",
    "coverage_pct",
    "activity_pct",
    "exact",
    "days",
    "registered_change",
    "active_change",
    "coverage_points_change",
    "coverage_points_change_low",
    "coverage_points_change_high",
    "activity_points_change",
    "activity_points_change_low",
    "activity_points_change_high",
    "registered_per_month",
    "active_per_month",
    "required_registered",
    "required_active",
    "uhc",
    "uhc_prioritas",
    "award",
    "uhc_status",
    "status_change",
    "missing",
    "warning",
    "error",
    "total",
)


class _Long(NamedTuple):
    """One row of the long form as held until written: its figures are worked out only
    when its record is asked for (a run that writes the summary never pays for them)."""

    code: str | None
    name: str | None
    day: date
    point: Point | None  # None: missing from this snapshot, or its row unreadable
    previous: Point | None
    verdicts: Verdicts
    change: str | None
    error: InputError | None
    total: bool
    warning: tuple[Note, ...] | None = None


@dataclass
class TrendBlock:
    """A block of the long form, as the snapshots are read."""

    rows: list[_Long]
    options: TrendOptions

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[Record]:
        return [_long_record(row, self.options) for row in self.rows]


def _long_record(row: _Long, options: TrendOptions) -> Record:
    """A region at a date: its figures, and what changed since its snapshot before."""
    point, previous = row.point, row.previous
    record: Record = dict.fromkeys(LONG_KEYS)
    record.update(
        code=row.code,
        region=row.name,
        date=row.day.isoformat(),
        missing=point is None,
        warning=row.warning,
        error=row.error,
        total="all" if row.total else None,
    )
    if point is None:
        return record
    judge = options.judge
    cn, cd, an, ad = judge.ratios
    base = judge.base_of(point)
    coverage, activity = judge.coverage(point), judge.activity(point)
    uhc, prioritas, award = row.verdicts
    record.update(
        source=point.source,
        row=point.line,
        population=point.population,
        population_source=point.population_source,
        registered=point.registered,
        active=point.active,
        coverage_pct=shown(coverage) if coverage else None,
        activity_pct=shown(activity) if activity else None,
        exact=all(share is None or share[0] == share[1] for share in (coverage, activity)),
        required_registered=None if point.population is None else -(-cn * point.population // cd),
        required_active=None if base is None else -(-an * base // ad),
        uhc=uhc,
        uhc_prioritas=prioritas,
        award=award,
        uhc_status=level(uhc, prioritas),
        status_change=row.change,
    )
    if previous is None:
        return record
    days = (point.day - previous.day).days
    record["days"] = days
    for key, now, then in (
        ("registered", point.registered, previous.registered),
        ("active", point.active, previous.active),
    ):
        if now is not None and then is not None:
            record[f"{key}_change"] = now - then
            record[f"{key}_per_month"] = math.floor(per_month(now - then, days, MEAN_MONTH_DAYS))
    record.update(spread("coverage_points_change", judge.coverage(previous), coverage))
    record.update(spread("activity_points_change", judge.activity(previous), activity))
    return record


def _listed(items: Sequence[str], most: int = 10) -> str:
    shown_items = ", ".join(items[:most])
    return f"{shown_items} (+{len(items) - most})" if len(items) > most else shown_items


class _Engine:
    """The snapshots read one date after another, a block of rows at a time."""

    def __init__(self, options: TrendOptions) -> None:
        self.options = options
        self.judge = options.judge
        self.dates: list[date] = []
        self.sources: list[str] = []
        self.series: dict[str, SeriesState] = {}
        self.total = SeriesState("", None, "Total", [])
        self.population_sources: list[set[str]] = []
        self.left_out: list[int] = []  # regions left out of each date's total
        self.unread = 0
        self.unread_rows: list[str] = []
        self.calendar = Calendar(options)
        self.long = True  # the long form is built (a run that writes summaries skips it)

    def take(self, snapshot: Snapshot) -> Iterator[TrendBlock]:
        """One snapshot's rows into the series; its long form, block by block."""
        day = snapshot.day
        if self.dates and day <= self.dates[-1]:
            raise InputError(
                "trend.same_date" if day == self.dates[-1] else "trend.out_of_order",
                date=day.isoformat(),
                first=self.sources[-1],
                second=snapshot.source,
                previous=self.dates[-1].isoformat(),
            )
        self.options.checked_start(day)
        index = len(self.dates)
        if index >= MOST_DATES:
            raise InputError("trend.too_many_dates", path=snapshot.source, most=MOST_DATES)
        self.dates.append(day)
        self.sources.append(snapshot.source)
        self.population_sources.append(set())
        sums = [0, 0, 0]
        counted = [0, 0]  # regions summed into the total, regions left out of it
        seen = 0
        for rows in snapshot.blocks:
            block = self._block(rows, index, snapshot, sums, counted)
            seen += len(rows.keys)
            yield block
        tail = self._missing(index, day, seen)
        self.left_out.append(counted[1])
        if counted[0]:
            has = snapshot.has
            population, registered, active = (
                sums[n] if role in has else None
                for n, role in enumerate(("population", "registered", "active"))
            )
            point = Point(day, population or None, registered, active, source=snapshot.source)
            tail.append(self._add(self.total, point, index))
        if tail:
            yield TrendBlock(tail, self.options)

    def _block(
        self, rows: Rows, index: int, snapshot: Snapshot, sums: list[int], counted: list[int]
    ) -> TrendBlock:
        day, source = snapshot.day, snapshot.source
        states = self.series
        errors, warnings = rows.errors, rows.warnings
        verdicts = self.judge.verdict_column(rows)
        awards, keep, long = self.options.awards is not None, self.options.keep_series, self.long
        lines, names = rows.lines, rows.names
        population, registered, active = rows.population, rows.registered, rows.active
        coverage, active_rate = rows.coverage, rows.active_rate
        sources = rows.population_source
        if sources is not None:
            self.population_sources[index].update(filter(None, sources))
        out: list[_Long] = []
        for i, key in enumerate(rows.keys):
            state = states.get(key)
            if state is None:
                state = SeriesState(key, rows.codes[i], names[i], list(range(index)))
                states[key] = state
            elif state.seen == index:
                raise InputError(
                    "trend.region_twice",
                    path=source,
                    row=lines[i],
                    region=state.named(),
                    date=day.isoformat(),
                    first=state.line,
                )
            state.seen, state.line = index, lines[i]
            if names[i]:
                state.name = names[i]
            error = errors[i] if errors is not None else None
            if error is not None:
                unread = self._unread(state, index, day, source, error)
                if long:
                    out.append(unread)
                continue
            point = Point(
                day,
                population[i],
                registered[i],
                active[i],
                coverage[i] if coverage is not None else None,
                active_rate[i] if active_rate is not None else None,
                sources[i] if sources is not None else None,
                source,
                lines[i],
            )
            judged = verdicts[i] if verdicts is not None else self.judge.verdicts(point)
            previous = state.last
            if previous is not None and judged == state.verdicts and judged[0] is not None:
                # The common case: the same verdicts as at the date before.
                change: str | None = "unchanged" if not awards else state.moved(point, judged)
                state.last = point
            else:
                change = state.add(point, judged, awards)
            if keep:
                state.keep(point)
            if long:
                warning = warnings[i] if warnings is not None else None
                out.append(
                    _Long(
                        state.code,
                        state.name,
                        day,
                        point,
                        previous,
                        judged,
                        change,
                        None,
                        False,
                        warning,
                    )
                )
        self._sum(rows, snapshot.has, sums, counted)
        return TrendBlock(out, self.options)

    def _unread(
        self, state: SeriesState, index: int, day: date, source: str, error: InputError
    ) -> _Long:
        """A row that could not be read: its region is missing from this date, and why."""
        assert state.line is not None
        state.missing.append(index)
        state.unread.append((index, state.line, error))
        self.unread += 1
        if len(self.unread_rows) < 10:
            self.unread_rows.append(f"{source}:{state.line}")
        return _Long(state.code, state.name, day, None, state.last, NO_VERDICTS, None, error, False)

    @staticmethod
    def _sum(rows: Rows, has: frozenset[str], sums: list[int], counted: list[int]) -> None:
        """A block's regions into the date's total: those read whole, with every count
        the file has (the others are counted as left out)."""
        columns = [
            (n, column)
            for n, (column, role) in enumerate(
                (
                    (rows.population, "population"),
                    (rows.registered, "registered"),
                    (rows.active, "active"),
                )
            )
            if role in has
        ]
        if rows.errors is None and all(None not in column for _, column in columns):
            for n, column in columns:  # the common case, summed in C
                sums[n] += sum(column)  # type: ignore[arg-type]  # no None, checked above
            counted[0] += len(rows.keys)
            return
        for i in range(len(rows.keys)):
            values = [(n, column[i]) for n, column in columns]
            if (rows.errors is None or rows.errors[i] is None) and all(
                value is not None for _, value in values
            ):
                for n, value in values:
                    sums[n] += value  # type: ignore[operator]  # no None, checked above
                counted[0] += 1
            else:
                counted[1] += 1

    def _add(self, state: SeriesState, point: Point, index: int) -> _Long:
        """A point onto its series: the long row that says what changed."""
        verdicts = self.judge.verdicts(point)
        previous = state.last
        options = self.options
        change = state.add(point, verdicts, options.awards is not None)
        if options.keep_series:
            state.keep(point)
        state.seen = index
        is_total = state is self.total
        return _Long(
            state.code, state.name, point.day, point, previous, verdicts, change, None, is_total
        )

    def _missing(self, index: int, day: date, seen: int) -> list[_Long]:
        """The regions known before this date and absent from it: kept, and marked."""
        if seen == len(self.series):
            return []
        rows = []
        for state in self.series.values():
            if state.seen != index:
                state.missing.append(index)
                rows.append(
                    _Long(
                        state.code,
                        state.name,
                        day,
                        None,
                        state.last,
                        NO_VERDICTS,
                        None,
                        None,
                        False,
                    )
                )
        return rows

    def run(self) -> Series:
        return Series(self.dates, self.sources, self.calendar)


class Trend(Tracked):
    """Every region's series, and the total's: what ``jkngap trend`` returns, a many-region
    result of the house (``keys``, ``records`` streamed then the total, ``total()``,
    ``blocks()``, ``headline()``, ``outcome()``, ``notes``).

    ``records`` gives one summary record per region, then the total's, once every
    snapshot is read (84,000 summaries are never all held). ``long_blocks()`` streams the
    long form (region x date) as the snapshots are read, and must then be asked for
    first. The snapshots are read once.
    """

    kind = "trend"
    long_keys = LONG_KEYS

    def __init__(
        self,
        snapshots: Iterable[Snapshot],
        options: TrendOptions,
        notes: Iterable[Note] = (),
        how: Arrangement | None = None,
    ) -> None:
        self.options = options
        self.criteria = options.criteria
        self.base = options.base
        self.keys = summary_keys()
        self.how = how or Arrangement()
        checked_layout(self.how, self.keys)
        self._engine = _Engine(options)
        self._given = notes  # read when asked for: a reader may add to them as it reads
        self._stream = self._read(iter(snapshots))
        self._regions: tuple[RegionTrend, ...] | None = None
        self._total: RegionTrend | None = None
        self._off_course: int | None = None
        self._long = False  # whether the long form was asked for
        self.records = self._records()

    def _read(self, snapshots: Iterator[Snapshot]) -> Iterator[TrendBlock]:
        engine = self._engine
        for snapshot in snapshots:
            yield from engine.take(snapshot)
        if not engine.dates:
            raise InputError("trend.no_snapshots")
        if len(engine.dates) < 2:
            raise InputError(
                "trend.one_date", date=engine.dates[0].isoformat(), name=engine.sources[0]
            )

    def blocks(self) -> Iterator[Block] | None:
        """The summaries are worked out once every snapshot is read: no block of rows in
        the order read to give (the long form is :meth:`long_blocks`)."""
        return None

    def long_blocks(self) -> Iterator[TrendBlock]:
        """The long form, a block at a time, as the snapshots are read."""
        self._long = True
        return self._stream

    def long_records(self) -> Iterator[Record]:
        """The long form, one record per region and date, in date order."""
        for block in self.long_blocks():
            yield from block.records()

    def _read_all(self) -> None:
        """Every snapshot read (the long form not built, if nobody asked for it first)."""
        if not self._long:
            self._engine.long = False
        for _ in self._stream:
            pass

    def summaries(self) -> Iterator[RegionTrend]:
        """Every region's summary, in the order first read, worked out as it is asked
        for; reads every snapshot first."""
        self._read_all()
        engine, options = self._engine, self.options
        run = engine.run()
        off = 0
        for state in engine.series.values():
            region = summarise(state, run, options)
            off += off_course(region)
            yield region
        self._off_course = off

    def _records(self) -> Iterator[Record]:
        """The summaries as laid out (``how``: the regions off course, or a region no
        row of which could be read, where asked; sorted by a column), then the total."""
        for region in self.shown_regions():
            yield region.record()
        total = self.total()
        if total is not None:
            yield total

    def shown_regions(self) -> Iterator[RegionTrend]:
        """The regions' summaries as ``records`` gives them, laid out as asked."""
        return laid_out(self.summaries(), self.how, RegionTrend.record, _short)

    def charted(self, most: int) -> tuple[list[Chart], int]:
        """The charts of the ``most`` regions furthest off course, worst first, among
        those laid out; the regions must have been read with ``keep_series``."""
        from jkngap.core.chart import chart, worst_first

        regions = list(self.shown_regions())
        return [chart(region, self.options) for region in worst_first(regions, most)], len(regions)

    def long(self) -> LongTrend:
        """The long form as a result of its own: one record per region and date."""
        return LongTrend(self)

    @property
    def dates(self) -> tuple[date, ...]:
        self._read_all()
        return tuple(self._engine.dates)

    @property
    def regions(self) -> tuple[RegionTrend, ...]:
        """Every region's summary, held (for a notebook, or to sort them)."""
        if self._regions is None:
            self._regions = tuple(self.summaries())
        return self._regions

    @property
    def total_trend(self) -> RegionTrend | None:
        """The total's series: each date's regions' counts summed."""
        self._read_all()
        engine = self._engine
        if self._total is None and engine.total.first is not None:
            self._total = summarise(engine.total, engine.run(), self.options, total=True)
        return self._total

    def total(self) -> Record | None:
        """The total's record, once every snapshot is read (None where not asked for)."""
        total = self.total_trend
        return total.record() if total is not None and self.how.with_total else None

    @property
    def unread(self) -> int:
        """Rows that could not be read (each named in its region's notes)."""
        self._read_all()
        return self._engine.unread

    def headline(self) -> int:
        """The figure a script wants: how many regions are off course (at risk, or not
        holding UHC Prioritas by the deadline at this pace)."""
        if self._off_course is None:
            for _ in self.summaries():
                pass
        assert self._off_course is not None
        return self._off_course

    def outcome(self) -> Outcome:
        """UNREAD where some rows could not be read (each named in its region's notes),
        else DONE: a trend judges, and says "no" to nobody."""
        return Outcome.UNREAD if self.unread else Outcome.DONE

    @property
    def notes(self) -> tuple[Note, ...]:
        """What the run as a whole says, once every snapshot is read."""
        self._read_all()
        engine = self._engine
        notes = list(self._given)
        missing = [state for state in engine.series.values() if state.missing]
        if missing:
            # A row that could not be read, with neither code nor name, is named by its key.
            named = [
                f"{s.code or s.name or s.key} "
                f"({', '.join(engine.dates[i].isoformat() for i in s.missing)})"
                for s in missing[:10]
            ]
            more = f" (+{len(missing) - 10})" if len(missing) > 10 else ""
            params = {"count": len(missing), "regions": ", ".join(named) + more}
            notes.append(Note("trend.regions_missing", params, warning=True))
            notes.append(Note("note.trend_total_sets", {"count": len(missing)}, warning=True))
        if engine.unread:
            params = {"count": engine.unread, "rows": _listed(engine.unread_rows)}
            notes.append(Note("trend.rows_unread", params, warning=True))
        for day, left in zip(engine.dates, engine.left_out, strict=True):
            if left:
                params = {"date": day.isoformat(), "count": left}
                notes.append(Note("note.trend_total_left_out", params, warning=True))
        notes.extend(_population_notes(engine))
        deadline = self.options.deadline
        if deadline is None:
            notes.append(Note("note.trend_no_deadline"))
        elif deadline < engine.dates[-1]:
            notes.append(Note("note.deadline_passed", {"deadline": deadline.isoformat()}, True))
        notes.append(Note("note.trend_projection", {"months": self.options.horizon_months}))
        return tuple(notes)


def _short(region: RegionTrend) -> bool:
    """What ``--only-unmet`` keeps of a trend: the regions off course, and those none of
    whose rows could be read (nobody can say those are on course)."""
    return region.first is None or off_course(region)


class LongTrend(Many):
    """A trend's long form as a many-region result: one record per region and date under
    ``LONG_KEYS`` (each date's total among them, marked in ``total``), streamed as the
    snapshots are read; what it says of itself, its trend says."""

    kind = "trend_long"

    def __init__(self, trend: Trend) -> None:
        how = trend.how
        if how.sort is not None or how.only_unmet:
            # Each region's record is known once every date is read: nothing to sort yet.
            raise InputError("trend.long_layout", field="sort" if how.sort else "only_unmet")
        self.trend = trend
        self.keys = LONG_KEYS
        self.criteria = trend.criteria
        self.base = trend.base
        records = trend.long_records()
        self.records = records if how.with_total else (r for r in records if not r["total"])

    @property
    def notes(self) -> tuple[Note, ...]:
        return self.trend.notes

    def headline(self) -> int:
        return self.trend.headline()

    def outcome(self) -> Outcome:
        return self.trend.outcome()

    def total(self) -> Record | None:
        """The dates' totals are among the records: no one total of every row."""
        return None


def _population_notes(engine: _Engine) -> list[Note]:
    """Which population each date's coverage used, said once per source."""
    by_source: dict[str, list[str]] = {}
    for day, sources in zip(engine.dates, engine.population_sources, strict=True):
        for source in sorted(sources):
            by_source.setdefault(source, []).append(day.isoformat())
    return [
        Note("note.trend_population", {"source": source, "dates": _listed(days, 4)})
        for source, days in by_source.items()
    ]


def trend(
    snapshots: Iterable[Snapshot],
    options: TrendOptions | None = None,
    notes: Iterable[Note] = (),
    how: Arrangement | None = None,
) -> Trend:
    """Every region's series from ``snapshots``: in date order as given, or sorted by
    date where they come as a list; laid out as ``how`` asks (a sort, the regions off
    course, the total). Nothing is read until the result is asked for."""
    if isinstance(snapshots, Sequence):
        snapshots = sorted(snapshots, key=lambda snapshot: snapshot.day)
    return Trend(snapshots, options or TrendOptions(), notes, how)
