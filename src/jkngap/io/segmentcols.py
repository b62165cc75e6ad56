"""Segment columns of a region file ("PBI APBN", "PBPU aktif", "Peserta Mandiri", ...),
found by header like the other columns, and what each row's segments say.

The columns pass through to the output as they are (nothing lost); from them each row
gets its registered and active totals where the file has none, a warning where the five
segments do not make the registered total, the share the region pays for (PBI APBD of
the population), and route (a) to the activity target: the least inactive PBPU members
the region enrols as PBI APBD, and their yearly premiums.
"""

from __future__ import annotations

from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.model import Note
from jkngap.core.routes import Rates
from jkngap.core.segments import SEGMENTS, fits, gathered, refuse_overfull
from jkngap.io.cells import ColumnStyle, Oversized, count_cell
from jkngap.io.columns import segment_of

__all__ = ["SEGMENT_KEYS", "SegmentColumns"]

# The keys a file with segment columns adds to every record (the total sums the regions').
SEGMENT_KEYS = ("region_paid_pct", "apbd_people", "apbd_budget")


class SegmentColumns:
    """Where a file's segment columns are, and each row's reading of them."""

    def __init__(self, header: list[str], free: list[tuple[int, str]]) -> None:
        self.found: list[tuple[int, str, str, bool]] = []  # index, header, name, active
        for index, _ in free:
            segment = segment_of(header[index])
            if segment is not None:
                self.found.append((index, header[index], *segment))
        self.styles = {index: ColumnStyle() for index, *_ in self.found}
        named = set()
        for kind in (False, True):  # two columns for one segment: which is meant?
            columns = [(index, name) for index, _, name, active in self.found if active is kind]
            try:
                made = gathered([(name, 0, None) for _, name in columns])
            except InputError as error:
                raise InputError(error.key, column=header[columns[-1][0]], **error.params) from None
            named |= {segment.segment for segment in made} if not kind else set()
        self.complete = named == set(SEGMENTS)
        self.rates = Rates()
        self.gathered: list[Any] = []  # each row's segments, for outputs

    def totals(self) -> set[str]:
        """The totals the segment columns make: registered, and active where every
        segment has its active column too."""
        if not self.found:
            return set()
        registered = {name for _, _, name, active in self.found if not active}
        actives = {name for _, _, name, active in self.found if active}
        return {"registered", "active"} if registered == actives else {"registered"}

    def __bool__(self) -> bool:
        return bool(self.found)

    def read(
        self, cells: list[Any]
    ) -> tuple[list[tuple[str, int, int | None]] | None, dict[str, int]]:
        """The row's segments as (name, registered, active), None when it has none; and
        the active counts of segments whose registered count is blank."""
        registered: dict[str, int] = {}
        active: dict[str, int] = {}
        for index, header, name, is_active in self.found:
            count = count_cell(cells[index], header, self.styles[index])
            if count is not None:
                (active if is_active else registered)[name] = count
        alone = {name: count for name, count in active.items() if name not in registered}
        if not registered:
            return None, alone
        return [(name, count, active.get(name)) for name, count in registered.items()], alone

    def apply(self, cells: list[Any], counts: dict[str, Any], warnings: list[Note]) -> Any:
        """Fill the row's missing totals from its segments, say where they disagree, and
        give back the segments (gathered) for :meth:`outputs`. A segment's active count
        beside a blank registered one is never dropped: where the totals come from the
        segments the row cannot be read (they would leave that segment out), else it is
        said on the row."""
        given, alone = self.read(cells)
        for name, active in alone.items():
            if counts["registered"] is None:
                raise InputError("batch.segment_active_alone", segment=name, active=active)
            warnings.append(
                Note("note.row_segment_active_alone", {"segment": name, "active": active}, True)
            )
        if given is None:
            return None
        found = gathered(given, field="segment")
        refuse_overfull(found, None)
        summed = sum(segment.registered for segment in found)
        actives = [segment.active for segment in found]
        if counts["registered"] is None:
            counts["registered"] = summed
            said = {"registered": summed}
            if counts["active"] is None and None not in actives:
                counts["active"] = said["active"] = sum(a for a in actives if a is not None)
            key = "note.row_active_from_segments" if "active" in said else "note.row_from_segments"
            warnings.append(Note(key, said, warning=True))
        elif not fits(summed, counts["registered"], self.complete):
            warnings.append(
                Note(
                    "note.row_segments_differ",
                    {"total": summed, "registered": counts["registered"]},
                    warning=True,
                )
            )
        return found

    def outputs(
        self, found: Any, population: int | None, active_needed: int | None
    ) -> tuple[Any, int | None, int | None]:
        """(PBI APBD share of the population, route (a)'s people, their yearly premiums)."""
        if found is None:
            return None, None, None
        by_name = {segment.segment: segment for segment in found}
        paid = by_name.get("pbi-apbd")
        share = None
        if paid is not None and population:
            from jkngap.core.spans import Cut4

            share = Cut4(paid.registered * 1_000_000 // population)
        pbpu = by_name.get("pbpu")
        if pbpu is None or pbpu.inactive is None or active_needed is None:
            return share, None, None
        people = min(active_needed, pbpu.inactive)
        return share, people, people * self.rates.yearly

    def block(
        self,
        rows: list[list[Any]],
        columns: dict[str, list[Any]],
        errors: list[InputError | None],
        warnings: list[tuple[Note, ...] | None],
    ) -> None:
        """Read a block's segments: totals filled in, disagreements warned, errors kept."""
        self.gathered = []
        for i, cells in enumerate(rows):
            found = None
            if errors[i] is None:
                counts = {role: columns[role][i] for role in ("registered", "active")}
                said: list[Note] = []
                try:
                    found = self.apply(cells, counts, said)
                except Oversized as error:
                    error.row = i  # the row of the block, named with its line by the reader
                    raise
                except InputError as error:
                    errors[i] = error
                else:
                    columns["registered"][i], columns["active"][i] = (
                        counts["registered"],
                        counts["active"],
                    )
                    if said:
                        warnings[i] = (*(warnings[i] or ()), *said)
            self.gathered.append(found)

    def finish(self, columns: dict[str, list[Any]]) -> None:
        """The block's segment outputs, once its gaps are computed."""
        made = [
            self.outputs(found, population, needed) if error is None else (None, None, None)
            for found, population, needed, error in zip(
                self.gathered,
                columns["population"],
                columns["active_needed"],
                columns["error"],
                strict=True,
            )
        ]
        for key, values in zip(SEGMENT_KEYS, zip(*made, strict=True), strict=True):
            columns[key] = list(values)
        columns["segments"] = self.gathered  # each row's own, for `allocate budget`
