"""Two sources of the same regions side by side: do they agree? (``jkngap compare``)

BPJS's recap against Dukcapil's population and Dinas Sosial's PBI list, a province's file
against a kabupaten's: each region's figures from each source, their difference (B less A)
and its share of A's figure, the verdicts each source gives, and which figures would turn
a verdict. A tolerance (a count, or a percentage of A's figure) separates noise from a
disagreement. Source A is the reference: the one the shares are of.

Source B is held by region (memory grows with its regions, not its rows' width); A
streams past it, and B's regions A lacks come last.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from jkngap.core.arrange import Arrangement
from jkngap.core.errors import InputError
from jkngap.core.model import Note, Record
from jkngap.core.numbers import Reported, decimals_needed, read_count, read_percent
from jkngap.core.regions import Block
from jkngap.core.results import Many, Outcome
from jkngap.core.series import (
    NO_VERDICTS,
    Judge,
    Point,
    Rows,
    Verdicts,
    checked_layout,
    laid_out,
    point_of,
    shown,
    spread,
)

__all__ = [
    "FIGURES",
    "CompareOptions",
    "Comparison",
    "RegionComparison",
    "Side",
    "Tolerance",
    "compare",
    "compare_keys",
    "severity",
]

FIGURES = ("population", "registered", "active")


@dataclass(frozen=True)
class Tolerance:
    """How far two figures may differ and still agree: by a count, or by a percentage of
    source A's figure (either is enough)."""

    count: int = 0
    percent: Fraction | None = None

    @classmethod
    def read(cls, text: str, *, field: str = "tolerance") -> Tolerance:
        """``100`` people, or ``0,5%`` of A's figure."""
        stripped = text.strip()
        try:
            if stripped.endswith(("%", "persen", "percent")):
                return cls(percent=read_percent(stripped, field=field).percent)
            return cls(count=read_count(stripped, field=field))
        except InputError:
            raise InputError("compare.tolerance", field=field, text=text) from None

    def allows(self, first: int, second: int) -> bool:
        difference = abs(second - first)
        if difference <= self.count:
            return True
        return self.percent is not None and difference * 100 <= self.percent * first

    def shown(self) -> Reported | int:
        """The tolerance as a message shows it: a percentage, or a count."""
        if self.percent is not None:
            return Reported(self.percent, decimals_needed(self.percent))
        return self.count


@dataclass(frozen=True)
class CompareOptions:
    judge: Judge = field(default_factory=Judge)
    tolerance: Tolerance = Tolerance()


@dataclass
class Side:
    """One source: its name (a file), its date where known, and its rows."""

    name: str
    blocks: Iterable[Rows]
    day: date | None = None


@dataclass(frozen=True)
class _Found:
    code: str | None
    name: str | None
    point: Point | None  # None: its row could not be read
    error: InputError | None = None


@dataclass(frozen=True)
class RegionComparison:
    """One region from both sources (or from the one that has it)."""

    key: str
    code: str | None
    region: str | None
    a: Point | None
    b: Point | None
    verdicts_a: Verdicts
    verdicts_b: Verdicts
    agrees: dict[str, bool]  # each figure both sources give: within the tolerance?
    changers: tuple[str, ...]  # figures whose other value would turn a verdict
    only_in: str | None  # "a" or "b" for a region one source lacks
    error: InputError | None = None
    notes: tuple[Note, ...] = ()
    total: bool = False

    @property
    def agree(self) -> bool | None:
        """Every figure both sources give within the tolerance (None for a region in one
        source only, an unreadable row, or no figure in common)."""
        if self.only_in is not None or self.error is not None or not self.agrees:
            return None
        return all(self.agrees.values())

    @property
    def verdicts_agree(self) -> bool | None:
        pairs = list(zip(self.verdicts_a[:2], self.verdicts_b[:2], strict=True))
        if any(None in pair for pair in pairs):
            return None
        return all(first == second for first, second in pairs)

    def record(self, judge: Judge) -> Record:
        a, b = self.a, self.b
        record: Record = {
            "code": self.code,
            "region": self.region,
            "row_a": a.line if a else None,
            "row_b": b.line if b else None,
        }
        for figure in FIGURES:
            first = getattr(a, figure) if a else None
            second = getattr(b, figure) if b else None
            difference = None if first is None or second is None else second - first
            record[f"{figure}_a"] = first
            record[f"{figure}_b"] = second
            record[f"{figure}_difference"] = difference
            record[f"{figure}_difference_pct"] = (
                Fraction(100 * difference, first) if difference is not None and first else None
            )
            record[f"{figure}_agree"] = self.agrees.get(figure)
        for name, share in (("coverage", judge.coverage), ("activity", judge.activity)):
            first_share = share(a) if a else None
            second_share = share(b) if b else None
            record[f"{name}_pct_a"] = shown(first_share) if first_share else None
            record[f"{name}_pct_b"] = shown(second_share) if second_share else None
            record.update(spread(f"{name}_points_difference", first_share, second_share))
        record.update(
            {
                "uhc_a": self.verdicts_a[0],
                "uhc_b": self.verdicts_b[0],
                "uhc_prioritas_a": self.verdicts_a[1],
                "uhc_prioritas_b": self.verdicts_b[1],
                "verdicts_agree": self.verdicts_agree,
                "verdict_changers": list(self.changers),
                "agree": self.agree,
                "only_in": self.only_in,
                "error": self.error,
                "warning": tuple(n for n in self.notes if n.warning) or None,
                "note": tuple(n for n in self.notes if not n.warning) or None,
                "total": "all" if self.total else None,
            }
        )
        return record


def _with(point: Point, figure: str, value: int | None) -> Point:
    counts = [point.population, point.registered, point.active]
    counts[FIGURES.index(figure)] = value
    return point._replace(population=counts[0], registered=counts[1], active=counts[2])


def _changers(judge: Judge, a: Point, b: Point, va: Verdicts, vb: Verdicts) -> tuple[str, ...]:
    """The figures whose value from the other source would turn a source's verdict (UHC
    or UHC Prioritas): where the sources' difference matters."""
    found = []
    for figure in FIGURES:
        first, second = getattr(a, figure), getattr(b, figure)
        if first is None or second is None or first == second:
            continue
        turned = any(
            judge.verdicts(_with(own, figure, other))[:2] != verdicts[:2]
            for own, other, verdicts in ((a, second, va), (b, first, vb))
        )
        if turned:
            found.append(figure)
    return tuple(found)


def _compared(
    key: str, a: _Found | None, b: _Found | None, options: CompareOptions, total: bool = False
) -> RegionComparison:
    judge = options.judge
    either = a or b
    assert either is not None
    code = (a.code if a else None) or (b.code if b else None)
    name = (a.name if a else None) or (b.name if b else None)
    pa, pb = (a.point if a else None), (b.point if b else None)
    va = judge.verdicts(pa) if pa else NO_VERDICTS
    vb = judge.verdicts(pb) if pb else NO_VERDICTS
    error = (a.error if a else None) or (b.error if b else None)
    only = None if a is not None and b is not None else ("a" if a is not None else "b")
    agrees: dict[str, bool] = {}
    changers: tuple[str, ...] = ()
    notes: list[Note] = []
    if pa is not None and pb is not None:
        for figure in FIGURES:
            first, second = getattr(pa, figure), getattr(pb, figure)
            if first is not None and second is not None:
                agrees[figure] = options.tolerance.allows(first, second)
        changers = _changers(judge, pa, pb, va, vb)
        same = RegionComparison(key, code, name, pa, pb, va, vb, agrees, changers, None)
        if same.agree and same.verdicts_agree is False:
            notes.append(
                Note("note.compare_verdict_within", {"figures": ", ".join(changers)}, True)
            )
    if only is not None:
        notes.append(Note("note.compare_only_in", {"source": only}, warning=True))
    return RegionComparison(
        key, code, name, pa, pb, va, vb, agrees, changers, only, error, tuple(notes), total
    )


class Comparison(Many):
    """Every region of two sources side by side, then the total of the regions both have:
    what ``jkngap compare`` returns, a many-region result of the house (``keys``,
    ``records`` streamed then the total, ``total()``, ``blocks()``, ``headline()``,
    ``outcome()``, ``notes``). ``regions`` streams the same regions as
    objects; either is read once, and the counts and ``disagrees`` are there after."""

    kind = "compare"

    def __init__(
        self,
        a: Side,
        b: Side,
        options: CompareOptions,
        how: Arrangement | None = None,
        notes: Iterable[Note] = (),
    ) -> None:
        self.a, self.b = a, b
        self._given = notes  # read when asked for: a reader may add to them as it reads
        self.options = options
        self.judge = options.judge
        self.criteria = options.judge.criteria
        self.base = options.judge.base
        self.keys = compare_keys()
        self.how = how or Arrangement()
        checked_layout(self.how, self.keys)
        self.agreeing = self.disagreeing = self.undecided = 0
        self.only_in: dict[str, list[str]] = {"a": [], "b": []}
        self.unread: list[str] = []
        self.sums = {side: dict.fromkeys(FIGURES, 0) for side in ("a", "b")}
        self.summed = dict.fromkeys(FIGURES, 0)  # regions each figure's total adds
        self._stream = self._read()
        self.records = self._records()

    def _of(self, side: Side) -> Iterator[tuple[str, _Found]]:
        """A source's regions, each once (a region twice is refused, both lines named);
        its unreadable rows are counted."""
        lines: dict[str, int] = {}
        for key, found, line in _regions(side):
            if key in lines:
                raise InputError(
                    "compare.region_twice",
                    path=side.name,
                    row=line,
                    region=found.code or found.name or key,
                    first=lines[key],
                )
            lines[key] = line
            if found.error is not None:
                self.unread.append(f"{side.name}:{line}")
            yield key, found

    def _read(self) -> Iterator[RegionComparison]:
        held = dict(self._of(self.b))
        for key, found in self._of(self.a):
            yield self._counted(_compared(key, found, held.pop(key, None), self.options))
        for key, found in held.items():
            yield self._counted(_compared(key, None, found, self.options))

    def _counted(self, region: RegionComparison) -> RegionComparison:
        agree = region.agree
        if region.only_in is not None:
            self.only_in[region.only_in].append(region.code or region.region or region.key)
        elif agree is True:
            self.agreeing += 1
        elif agree is False:
            self.disagreeing += 1
        else:
            self.undecided += 1
        a, b = region.a, region.b
        if a is not None and b is not None:
            for figure in FIGURES:
                first, second = getattr(a, figure), getattr(b, figure)
                if first is not None and second is not None:
                    self.sums["a"][figure] += first
                    self.sums["b"][figure] += second
                    self.summed[figure] += 1
        return region

    @property
    def regions(self) -> Iterator[RegionComparison]:
        return self._stream

    def _finish(self) -> None:
        for _ in self._stream:
            pass

    def total_comparison(self) -> RegionComparison | None:
        """The regions both sources have, each figure summed over those that give it in
        both."""
        self._finish()
        if not any(self.summed.values()):
            return None
        points = {}
        for side in ("a", "b"):
            sums = [self.sums[side][f] if self.summed[f] else None for f in FIGURES]
            name = self.a.name if side == "a" else self.b.name
            day = self.a.day or date.min
            points[side] = Point(day, sums[0], sums[1], sums[2], source=name)
        total = _compared(
            "",
            _Found(None, "Total", points["a"]),
            _Found(None, "Total", points["b"]),
            self.options,
            total=True,
        )
        return total

    def _records(self) -> Iterator[Record]:
        """The regions as laid out (``how``: those that do not agree, where asked; sorted
        by a column), then the total."""
        for region in self.shown_regions():
            yield region.record(self.judge)
        total = self.total()
        if total is not None:
            yield total

    def shown_regions(self) -> Iterator[RegionComparison]:
        """The regions as ``records`` gives them, laid out as asked."""
        return laid_out(self._stream, self.how, self._record, _short)

    def _record(self, region: RegionComparison) -> Record:
        return region.record(self.judge)

    def total(self) -> Record | None:
        """The total's record, once every region is read (None where not asked for)."""
        total = self.total_comparison()
        return total.record(self.judge) if total is not None and self.how.with_total else None

    def blocks(self) -> Iterator[Block] | None:
        """Regions are matched across the sources: no block of rows in the order read."""
        return None

    def outcome(self) -> Outcome:
        """UNREAD where some rows could not be read, else DISAGREE where some region
        disagrees beyond the tolerance or is in one source only, else DONE (batch's
        order: a row not judged comes before a verdict)."""
        self._finish()
        if self.unread:
            return Outcome.UNREAD
        return Outcome.DISAGREE if self.disagrees else Outcome.DONE

    @property
    def disagrees(self) -> bool:
        """Some region disagrees beyond the tolerance, or is in one source only."""
        self._finish()
        return bool(self.disagreeing or self.only_in["a"] or self.only_in["b"])

    def headline(self) -> int:
        """The figure a script wants: how many regions disagree or are in one source only."""
        self._finish()
        return self.disagreeing + len(self.only_in["a"]) + len(self.only_in["b"])

    @property
    def notes(self) -> tuple[Note, ...]:
        self._finish()
        notes = [
            *self._given,
            Note(
                "compare.summary",
                {
                    "agree": self.agreeing,
                    "disagree": self.disagreeing,
                    "undecided": self.undecided,
                    "tolerance": self.options.tolerance.shown(),
                },
            ),
            Note("note.compare_reference", {"a": self.a.name, "b": self.b.name}),
        ]
        for side in ("a", "b"):
            only = self.only_in[side]
            if only:
                params = {
                    "count": len(only),
                    "name": getattr(self, side).name,
                    "regions": _listed(only),
                }
                notes.append(Note("compare.only_in", params, warning=True))
        if self.unread:
            params = {"count": len(self.unread), "rows": _listed(self.unread)}
            notes.append(Note("trend.rows_unread", params, warning=True))
        if self.a.day and self.b.day and self.a.day != self.b.day:
            params = {"first": self.a.day.isoformat(), "second": self.b.day.isoformat()}
            notes.append(Note("compare.dates_differ", params, warning=True))
        return tuple(notes)


def severity(region: RegionComparison) -> tuple[int, Fraction]:
    """A sort key, worst first: disagreeing beyond the tolerance, in one source only, not
    readable, verdicts that differ within the tolerance, agreeing; within each, the
    largest difference first (as a share of A's figure)."""
    if region.agree is False:
        rank = 0
    elif region.only_in is not None:
        rank = 1
    elif region.agree is None:
        rank = 2
    elif region.verdicts_agree is False:
        rank = 3
    else:
        rank = 4
    largest = Fraction(0)
    a, b = region.a, region.b
    if a is not None and b is not None:
        for figure in FIGURES:
            first, second = getattr(a, figure), getattr(b, figure)
            if first and second is not None:
                largest = max(largest, Fraction(abs(second - first), first))
    return rank, -largest


def _short(region: RegionComparison) -> bool:
    """What ``only_unmet`` keeps of a comparison: every region not known to agree (it
    disagrees, is in one source only, or could not be read)."""
    return region.agree is not True


def _listed(items: list[str], most: int = 10) -> str:
    shown_items = ", ".join(items[:most])
    return f"{shown_items} (+{len(items) - most})" if len(items) > most else shown_items


def _regions(side: Side) -> Iterator[tuple[str, _Found, int]]:
    day = side.day or date.min
    for rows in side.blocks:
        errors = rows.errors
        for i, key in enumerate(rows.keys):
            error = errors[i] if errors is not None else None
            point = None if error is not None else point_of(rows, i, day, side.name)
            yield key, _Found(rows.codes[i], rows.names[i], point, error), rows.lines[i]


@functools.cache
def compare_keys() -> tuple[str, ...]:
    """The keys of every region's record, in order."""
    return tuple(
        RegionComparison("", None, None, None, None, NO_VERDICTS, NO_VERDICTS, {}, (), "a").record(
            Judge()
        )
    )


def compare(
    a: Side,
    b: Side,
    options: CompareOptions | None = None,
    how: Arrangement | None = None,
    notes: Iterable[Note] = (),
) -> Comparison:
    """Source ``a`` (the reference) against source ``b``, region by region, laid out as
    ``how`` asks (a sort, the regions that do not agree, the total); ``notes`` are the
    readers' (rows left out), said first."""
    return Comparison(a, b, options or CompareOptions(), how, notes)
