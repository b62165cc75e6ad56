"""A region's figures at a date, and what they say: the vocabulary ``trend`` and ``compare``
share.

Figures come a block of rows at a time (:class:`Rows`), by column, as a file is read; each
row becomes a :class:`Point`. Verdicts are the integer kernel's where there are counts
(``registered * d >= n * population`` for a target n/d), and a published percentage's where
there are none (None when its rounding leaves the verdict open).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import cached_property
from typing import NamedTuple, TypeVar

from jkngap.core.arrange import Arrangement, order_key
from jkngap.core.awards import Preset
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.core.errors import InputError
from jkngap.core.gap import published_met
from jkngap.core.model import Base, Note, Record, both, share_verdict
from jkngap.core.numbers import Reported, Rounding

__all__ = [
    "COUNTS",
    "STATUS_LEVELS",
    "Judge",
    "Point",
    "Rows",
    "Snapshot",
    "Verdicts",
    "checked_layout",
    "laid_out",
    "level",
    "moved",
    "shown",
    "spread",
    "status_change",
]

COUNTS = frozenset({"population", "registered", "active"})
# What a region holds at a date, lowest first: "none" is neither UHC nor UHC Prioritas.
STATUS_LEVELS = ("none", "uhc", "uhc_prioritas")


@dataclass
class Rows:
    """A block of rows of one snapshot, by column: each region's key (its code, or its
    name where it has none), its counts, its published percentages where the file has
    them, and the error of a row that could not be read."""

    lines: list[int]
    keys: list[str]
    codes: list[str | None]
    names: list[str | None]
    population: list[int | None]
    registered: list[int | None]
    active: list[int | None]
    coverage: list[Reported | None] | None = None
    active_rate: list[Reported | None] | None = None
    population_source: list[str | None] | None = None
    errors: list[InputError | None] | None = None
    warnings: list[tuple[Note, ...] | None] | None = None  # what the reader said of a row


@dataclass
class Snapshot:
    """The regions at one date: where they come from, and their rows."""

    day: date
    source: str  # the file, as messages name it
    blocks: Iterable[Rows]
    has: frozenset[str] = COUNTS  # the count columns the file has


class Point(NamedTuple):
    """One region's figures at one date."""

    day: date
    population: int | None
    registered: int | None
    active: int | None
    coverage: Reported | None = None
    active_rate: Reported | None = None
    population_source: str | None = None
    source: str = ""
    line: int | None = None


def point_of(rows: Rows, i: int, day: date, source: str) -> Point:
    """Row ``i`` of a block as a point."""
    coverage, active_rate, sources = rows.coverage, rows.active_rate, rows.population_source
    return Point(
        day,
        rows.population[i],
        rows.registered[i],
        rows.active[i],
        coverage[i] if coverage is not None else None,
        active_rate[i] if active_rate is not None else None,
        sources[i] if sources is not None else None,
        source,
        rows.lines[i],
    )


# A region's verdicts at a date: UHC, UHC Prioritas, the UHC Awards category.
Verdicts = tuple[bool | None, bool | None, str | None]
NO_VERDICTS: Verdicts = (None, None, None)
Interval = tuple[Fraction, Fraction]


@dataclass(frozen=True)
class Judge:
    """The criteria, the activity base and the rounding of published percentages that
    every point is judged by, with the UHC Awards categories where asked for."""

    criteria: Criteria = PRESETS[DEFAULT_PRESET]
    base: Base = Base.PARTICIPANTS
    rounding: Rounding = Rounding.ROUNDED
    awards: Preset | None = None

    @cached_property
    def ratios(self) -> tuple[int, int, int, int]:
        """The two targets as shares of one, numerator and denominator."""
        coverage = self.criteria.coverage_pct / 100
        activity = self.criteria.activity_pct / 100
        return coverage.numerator, coverage.denominator, activity.numerator, activity.denominator

    @cached_property
    def participants(self) -> bool:
        return self.base is Base.PARTICIPANTS

    def base_of(self, point: Point) -> int | None:
        """What activity is a share of: the registered, or the population."""
        return point.registered if self.participants else point.population

    def coverage(self, point: Point) -> Interval | None:
        """Coverage in percent as [low, high]: exact from counts, else what a published
        percentage allows, else None."""
        return self._interval(point.registered, point.population, point.coverage)

    def activity(self, point: Point) -> Interval | None:
        return self._interval(point.active, self.base_of(point), point.active_rate)

    def _interval(
        self, part: int | None, whole: int | None, published: Reported | None
    ) -> Interval | None:
        if part is not None and whole:
            share = Fraction(100 * part, whole)
            return share, share
        if published is not None:
            low, high = published.share_interval(self.rounding)
            return low * 100, high * 100
        return None

    def verdicts(self, point: Point) -> Verdicts:
        """UHC, UHC Prioritas and the awards category at one date."""
        cn, cd, an, ad = self.ratios
        population, registered, active = point.population, point.registered, point.active
        base = self.base_of(point)
        # The integer kernel inline where there are counts: most rows have them.
        uhc = (
            registered * cd >= cn * population
            if population is not None and registered is not None
            else self._published_met(point.coverage, cn, cd)
        )
        met = (
            active * ad >= an * base
            if active is not None and base
            else self._published_met(point.active_rate, an, ad)
        )
        award = self.award(point) if self.awards is not None else None
        return uhc, both(uhc, met), award

    def _published_met(
        self, published: Reported | None, numerator: int, denominator: int
    ) -> bool | None:
        """Whether a published percentage reaches the target ``numerator / denominator``,
        as far as its rounding tells (None without one)."""
        if published is None:
            return None
        return published_met(published, self.rounding, Fraction(numerator, denominator))

    def verdict_column(self, rows: Rows) -> list[Verdicts] | None:
        """Every row's verdicts at once where each row has every count and no published
        percentage or awards need a look (None otherwise: judged row by row)."""
        if self.awards is not None or rows.errors is not None:
            return None
        population, registered, active = rows.population, rows.registered, rows.active
        base = registered if self.participants else population
        if None in population or None in registered or None in active or 0 in base:
            return None
        cn, cd, an, ad = self.ratios
        # No None in these columns, checked above: the comprehensions run as plain ints.
        pairs = zip(population, registered, strict=True)
        uhc = [r * cd >= cn * p for p, r in pairs]  # type: ignore[operator]
        met = [a * ad >= an * b for a, b in zip(active, base, strict=True)]  # type: ignore[operator]
        return [(u, u and m, None) for u, m in zip(uhc, met, strict=True)]

    @cached_property
    def award_rules(self) -> tuple[tuple[str, tuple[tuple[Fraction, Fraction, bool], ...]], ...]:
        """Each category's rules as (coverage share, activity share, needs a paid share)."""
        if self.awards is None:
            return ()
        return tuple(
            (
                category.name,
                tuple(
                    (r.coverage_pct / 100, r.activity_pct / 100, r.region_paid_pct is not None)
                    for r in category.rules
                ),
            )
            for category in self.awards.categories
        )

    @property
    def award_order(self) -> list[str | None]:
        return ["none", *(name for name, _ in self.award_rules)]

    def award(self, point: Point) -> str | None:
        """The highest UHC Awards category surely met; "none" where the lowest is surely
        not; None where the figures cannot tell. A rule on the share the region pays is
        never surely met: a snapshot does not hold that share."""
        coverage, activity = self.coverage(point), self.activity(point)
        if coverage is None or activity is None:
            return None
        best: str | None = None
        lowest_missed = True
        for number, (name, rules) in enumerate(self.award_rules):
            for coverage_share, activity_share, paid in rules:
                verdict = both(
                    share_verdict(_of_one(coverage), coverage_share),
                    share_verdict(_of_one(activity), activity_share),
                )
                if paid and verdict is not False:
                    verdict = None
                if verdict is True:
                    best = name
                if number == 0 and verdict is not False:
                    lowest_missed = False
        if best is not None:
            return best
        return "none" if lowest_missed else None


def _of_one(interval: Interval) -> Interval:
    return interval[0] / 100, interval[1] / 100


def shown(interval: Interval) -> Fraction:
    """An exact percentage, or the published figure a rounded range stands for (its
    middle: a rounded figure's interval is centred on it)."""
    low, high = interval
    return low if low == high else (low + high) / 2


def spread(stem: str, before: Interval | None, after: Interval | None) -> Record:
    """The difference of two percentages in points under ``stem``; where a rounding leaves
    it a range, its ends under ``stem_low`` and ``stem_high`` instead."""
    if before is None or after is None:
        return {stem: None, f"{stem}_low": None, f"{stem}_high": None}
    low, high = after[0] - before[1], after[1] - before[0]
    if low == high:
        return {stem: low, f"{stem}_low": None, f"{stem}_high": None}
    return {stem: None, f"{stem}_low": low, f"{stem}_high": high}


def level(uhc: bool | None, prioritas: bool | None) -> str | None:
    """The highest status surely held (None where the figures cannot tell)."""
    if uhc is False:
        return "none"
    if prioritas is True:
        return "uhc_prioritas"
    if uhc is True and prioritas is False:
        return "uhc"
    return None


def moved(first: str | None, last: str | None, order: Sequence[str | None]) -> str | None:
    """gained, lost or unchanged along ``order`` (None where either end is unknown)."""
    if first is None or last is None:
        return None
    if first == last:
        return "unchanged"
    return "gained" if order.index(last) > order.index(first) else "lost"


def status_change(before: Verdicts, after: Verdicts) -> str | None:
    """gained, lost or unchanged between two verdicts; UHC alone where Prioritas is
    unknown at either date (None where neither can be told)."""
    change = moved(level(before[0], before[1]), level(after[0], after[1]), STATUS_LEVELS)
    if change is None and None not in (before[0], after[0]):
        return moved("uhc" if before[0] else "none", "uhc" if after[0] else "none", STATUS_LEVELS)
    return change


Item = TypeVar("Item")


def checked_layout(how: Arrangement, keys: Sequence[str]) -> None:
    """A layout a trend or a comparison can take: a sort by one of its columns, the
    regions that fall short; groups and roll-ups are batch's (they sum rows of one date)."""
    for option in ("group_by", "rollup"):
        if getattr(how, option) is not None:
            raise InputError("many.layout_not_here", field=option)
    if how.sort is not None and how.sort not in keys:
        raise InputError("batch.unknown_column", field="sort", name=how.sort, known=", ".join(keys))


def laid_out(
    items: Iterable[Item],
    how: Arrangement,
    record: Callable[[Item], Record],
    short: Callable[[Item], bool],
) -> Iterator[Item]:
    """``items`` as ``how`` lays them out: those that fall short (``short``) where asked,
    sorted by a column of their records as batch sorts (empty last); a sort holds the
    items, not their records."""
    if how.only_unmet:
        items = filter(short, items)
    if how.sort is None:
        yield from items
        return
    key = order_key(how.sort, how.reverse)
    keyed = [(key(record(item)), number, item) for number, item in enumerate(items)]
    keyed.sort(key=lambda entry: (entry[0], entry[1]))
    for _, _, item in keyed:
        yield item
