"""What a result says of itself to the rooms above: its record, its headline, its notes,
and its outcome in the core's own words (the command line alone makes exit codes of it).

Two shapes, each a base class the core's results name: :class:`Single`, one answer (a
region's gaps, a check's findings, the register's matches) in one record; and
:class:`Many`, one record per region streamed under shared keys, then a total (``batch``
today; ``trend``, ``compare`` and ``match`` next), and :class:`Shares`, a :class:`Many`
among which something is shared out (``allocate``: agents, a budget), whose total is the
summary of the whole. The output writes each by its shape alone: a new command adds its
result and nothing else.
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from jkngap.core.model import Note, Record

if TYPE_CHECKING:
    from jkngap.core.criteria import Criteria
    from jkngap.core.model import Base
    from jkngap.core.regions import Block

__all__ = ["Many", "Outcome", "Shares", "Single", "Tracked", "Wrapped"]


class Outcome(enum.Enum):
    """What a result amounts to, beside its figures."""

    DONE = "done"  # answered
    SHORT = "short"  # a target surely not met: a "no" only where the caller asks for one
    DISAGREE = "disagree"  # published figures disagree with each other: a verdict of no
    UNREAD = "unread"  # some rows could not be read (each is there, saying why)


class Single(abc.ABC):
    """One answer, as one record: what ``needed``, ``status``, ``check``... return.

    ``kind`` names it (its title is ``title.{kind}``); ``rows`` are its flat rows for CSV
    and a sheet (one, its record, unless it is a list of things); ``listed`` results are
    written as a JSON list of those rows.
    """

    listed: ClassVar[bool] = False

    if TYPE_CHECKING:  # a class attribute, a field or a property, as each result has it

        @property
        def kind(self) -> str: ...

        @property
        def notes(self) -> tuple[Note, ...]: ...

    @abc.abstractmethod
    def record(self) -> Record: ...

    @abc.abstractmethod
    def headline(self) -> Any:
        """The figure a script wants in ``$(...)``."""

    def headline_key(self) -> str | None:
        """The record key the headline is, when it is one (so that an unknown headline can
        say why it is unknown)."""
        return None

    def rows(self) -> list[Record]:
        return [self.record()]

    def outcome(self) -> Outcome:
        return Outcome.DONE


class Wrapped(Single):
    """A one-region result with something added (its region, its segments, the awards it
    meets): what a wrapper does not say itself, its result says. Subclasses are frozen
    dataclasses with a ``result`` field and their own ``notes`` and ``record``."""

    result: Single

    @property
    def kind(self) -> str:
        return self.result.kind

    def headline(self) -> Any:
        return self.result.headline()

    def headline_key(self) -> str | None:
        return self.result.headline_key()

    def outcome(self) -> Outcome:
        return self.result.outcome()


class Many(abc.ABC):
    """Many regions: ``records`` streams one record per region under ``keys`` (a key a
    record lacks is empty), totals and subtotals among them marked in their ``total``
    key; its notes fill up as the rows are read."""

    kind: ClassVar[str]
    keys: tuple[str, ...]
    records: Iterator[Record]
    criteria: Criteria
    base: Base

    if TYPE_CHECKING:

        @property
        def notes(self) -> tuple[Note, ...]: ...

    @abc.abstractmethod
    def headline(self) -> Any: ...

    @abc.abstractmethod
    def outcome(self) -> Outcome: ...

    @abc.abstractmethod
    def total(self) -> Record | None:
        """The total of every region, once the rows are read (None without one)."""

    def blocks(self) -> Iterator[Block] | None:
        """The rows as computed, a block of columns at a time, where they come in the order
        read (a writer of rows in order takes them so); None: read ``records``."""
        return None


class Shares(Many):
    """Many regions among which something is shared out (agents, a budget): a record per
    row of the file (or per agent), then the summary of the whole as the total (marked
    ``"all"`` in its ``total`` key, its own figures beside the rows' columns).

    What a person's table, workbook and report draw besides the rows: ``shown``, the keys
    that answer the question, in order; ``chart``, the key drawn as a bar per row;
    ``sheet_key``, the key whose values each make a printed sheet (the kecamatan, None: one
    sheet); ``summary_keys``, the summary's figures, said below the table.
    """

    shown: tuple[str, ...]
    chart: str
    sheet_key: str | None
    summary_keys: tuple[str, ...]

    @abc.abstractmethod
    def idle(self, record: Record) -> bool:
        """A row that needs nothing and gets nothing: a person's table counts it rather
        than shows it (every format for machines has it)."""

    @abc.abstractmethod
    def added(self, rows: list[Record]) -> Record:
        """The columns of ``rows`` that add up, added: a subtotal of them."""

    @abc.abstractmethod
    def idle_note(self, count: int) -> Note:
        """What a person's table says of the ``count`` rows it counts rather than shows."""

    @abc.abstractmethod
    def rows(self) -> list[Record]:
        """Every record, as ``records`` gives them, in a list (for a writer that reads
        them more than once)."""

    @abc.abstractmethod
    def sheet_title(self, value: str) -> str:
        """A printed sheet's heading for a value of ``sheet_key``: the code and its name."""


class Tracked(Many):
    """Many regions each followed over dates (``trend``): ``records`` one summary per
    region, then the total's; besides them, a long form (``long_records()``, a record per
    region and date under ``long_keys``, read as the dates are, so asked for before the
    records) and the regions' charts, worst first.

    What a person's workbook and report draw besides the summaries: the long form on a
    sheet of its own, and a chart per region (``charted``)."""

    long_keys: tuple[str, ...]

    @abc.abstractmethod
    def long_records(self) -> Iterator[Record]:
        """The long form, one record per region and date (each date's total among them)."""

    @abc.abstractmethod
    def charted(self, most: int) -> tuple[list[Any], int]:
        """The charts (:class:`jkngap.core.chart.Chart`) of at most ``most`` regions as
        laid out, the worst first, and how many regions there are in all."""
