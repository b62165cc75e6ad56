"""Participants by segment: who they are, who pays their premium, and how the segments
make up the registered and active totals.

The five segments of JKN (``../shared/domain.md``, "Who is a participant, and who pays"):

========== =========================================== ==========================
segment    who                                         premium paid by
========== =========================================== ==========================
pbi-apbn   the poor, named by the Ministry (PBI JK)    the state budget
pbi-apbd   residents the region enrols (PBPU Pemda)    the regional budget (APBD)
ppu        wage earners (government and private)       employer and worker
pbpu       the self-employed (mandiri)                 the member
bp         not working (pensioners, investors)         the member or the state
========== =========================================== ==========================

Reports name them in many ways ("PBI JK", "mandiri", "PBPU Pemda", "PPU PN"): every
spelling here is read to one of the five, and PPU's two halves (government, private) add
up into PPU. A name that could be two segments ("PBI" alone) is refused, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from jkngap.core.errors import Field, InputError
from jkngap.core.model import Note, Record, checked_count
from jkngap.core.results import Single, Wrapped
from jkngap.core.spans import Span

__all__ = [
    "OTHER",
    "PAYERS",
    "SEGMENTS",
    "SegmentCount",
    "Totals",
    "gathered",
    "segment_name",
    "totals",
]

SEGMENTS: tuple[str, ...] = ("pbi-apbn", "pbi-apbd", "ppu", "pbpu", "bp")
# Who pays each segment's premium.
PAYERS: dict[str, str] = {
    "pbi-apbn": "state",
    "pbi-apbd": "region",
    "ppu": "employer",
    "pbpu": "member",
    "bp": "member_or_state",
}
OTHER = "other"  # participants of a total the segments given do not name

# Spellings of the segments, lower case with everything but letters and digits taken out,
# to (segment, part): a part is one half of PPU, which adds up with the other.
_SPELLINGS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(
        ("pbiapbn", "pbijk", "pbijkn", "pbipusat", "pbinasional", "pbiapbnjk"),
        ("pbi-apbn", None),
    ),
    **dict.fromkeys(
        (
            "pbiapbd",
            "pbipemda",
            "pbidaerah",
            "pbpupemda",
            "pbpupd",
            "pdpemda",
            "pendudukdidaftarkanpemda",
            "jamkesda",
        ),
        ("pbi-apbd", None),
    ),
    **dict.fromkeys(("ppu", "pekerjapenerimaupah"), ("ppu", None)),
    **dict.fromkeys(
        ("ppupn", "ppupemerintah", "ppupenyelenggaranegara", "ppuasn", "ppupns"),
        ("ppu", "pn"),
    ),
    **dict.fromkeys(("ppubu", "ppuswasta", "ppubadanusaha"), ("ppu", "bu")),
    **dict.fromkeys(
        ("pbpu", "mandiri", "pbpumandiri", "pekerjabukanpenerimaupah", "pbpumandirimandiri"),
        ("pbpu", None),
    ),
    **dict.fromkeys(("bp", "bukanpekerja"), ("bp", None)),
}
# Names that could be more than one segment.
_AMBIGUOUS: dict[str, tuple[str, ...]] = {"pbi": ("pbi-apbn", "pbi-apbd")}
_NOT_LETTERS = re.compile(r"[^0-9a-z]+")


def _spelling(text: str) -> str:
    return _NOT_LETTERS.sub("", text.lower())


def segment_name(text: str, *, field: str = "segment") -> tuple[str, str | None]:
    """The segment (and the half of PPU, if any) a name given by a person means.

    >>> segment_name("PBI JK")
    ('pbi-apbn', None)
    >>> segment_name("PBPU Pemda")
    ('pbi-apbd', None)
    """
    key = _spelling(text)
    if key in _SPELLINGS:
        return _SPELLINGS[key]
    if key in _AMBIGUOUS:
        raise InputError(
            "segment.ambiguous", field=field, text=text, choices=", ".join(_AMBIGUOUS[key])
        )
    raise InputError("segment.unknown", field=field, text=text, choices=", ".join(SEGMENTS))


def is_segment_name(text: str) -> bool:
    """Whether ``text`` names a segment one way only."""
    return _spelling(text) in _SPELLINGS


@dataclass(frozen=True)
class SegmentCount:
    """One segment's registered participants, and its active ones where they are known."""

    segment: str
    registered: int
    active: int | None = None

    @property
    def inactive(self) -> int | None:
        return None if self.active is None else self.registered - self.active

    def record(self, all_inactive: int | None) -> Record:
        """The segment as a row of the segments table; ``all_inactive`` the total's inactive."""
        inactive = self.inactive
        return {
            "segment": self.segment,
            "paid_by": PAYERS.get(self.segment),
            "registered": self.registered,
            "active": self.active,
            "inactive": inactive,
            "activity_pct": (
                Fraction(self.active * 100, self.registered)
                if self.active is not None and self.registered
                else None
            ),
            "inactive_share_pct": (
                Fraction(inactive * 100, all_inactive)
                if inactive is not None and all_inactive
                else None
            ),
        }


Given = Mapping[str, Any] | Iterable[tuple[str, int, int | None]]


def fits(summed: int, total: int, complete: bool) -> bool:
    """Whether segments adding up to ``summed`` can make ``total``: exactly when all five
    were given, as a part of it when fewer were."""
    return summed == total if complete else summed <= total


def refuse_overfull(segments: Iterable[SegmentCount], field: str | None = "segment") -> None:
    """A segment with more active members than registered ones is refused."""
    for found in segments:
        if found.active is not None and found.active > found.registered:
            raise InputError(
                "segment.active_above",
                field=field,
                segment=found.segment,
                active=found.active,
                registered=found.registered,
            )


def _items(given: Given) -> Iterable[tuple[str, Any, Any]]:
    if isinstance(given, Mapping):
        for name, counts in given.items():
            if isinstance(counts, tuple | list):
                registered, active = (*counts, None)[:2]
            else:
                registered, active = counts, None
            yield name, registered, active
    else:
        yield from given


def gathered(given: Given, *, field: str = "segment") -> tuple[SegmentCount, ...]:
    """The segments given, as (name, registered, active) or ``{name: (registered, active)}``,
    read to the five, in their usual order. PPU's halves add up; a segment given twice is
    refused (which of the two would be right?)."""
    found: dict[str, list[tuple[str | None, int, int | None]]] = {}
    for name, registered, active in _items(given):
        segment, part = segment_name(name, field=field)
        count = checked_count(registered, field)
        if count is None:
            raise InputError("value.not_count", field=field, text=repr(registered))
        counts = (part, count, checked_count(active, field))
        parts = found.setdefault(segment, [])
        if any(seen is None or seen == part for seen, _, _ in parts) or (parts and part is None):
            raise InputError("segment.twice", field=field, segment=segment)
        parts.append(counts)
    segments = []
    for segment in SEGMENTS:
        if segment in found:
            parts = found[segment]
            actives = [active for _, _, active in parts]
            segments.append(
                SegmentCount(
                    segment,
                    sum(registered for _, registered, _ in parts),
                    None if None in actives else sum(a for a in actives if a is not None),
                )
            )
    return tuple(segments)


@dataclass(frozen=True)
class Totals:
    """The registered and active totals the segments make (or are part of), with a row for
    the participants no segment given names."""

    registered: int | None  # None: fewer than five segments, and no total given
    active: int | None
    segments: tuple[SegmentCount, ...]  # the given ones, then "other" where there is any
    complete: bool  # all five segments were given
    notes: tuple[Note, ...] = ()

    def get(self, segment: str) -> SegmentCount | None:
        return next((found for found in self.segments if found.segment == segment), None)

    def records(self) -> list[Record]:
        registered, active = self.registered, self.active
        inactive = registered - active if registered is not None and active is not None else None
        return [segment.record(inactive) for segment in self.segments]


def totals(
    segments: tuple[SegmentCount, ...],
    *,
    registered: int | None = None,
    active: int | None = None,
    field: str = "segment",
) -> Totals:
    """The totals of ``segments``: ``registered`` and ``active`` where given (the segments
    are then part of them, or all of them), else the sums of all five segments. Fewer
    than five segments are a part of the participants, never their total: without a
    total given, the totals are unknown (None).

    Segments that exceed a total, all five segments that do not make it, or active
    counts that cannot fit, are refused: ``check`` says which figure disagrees.
    """
    complete = {found.segment for found in segments} == set(SEGMENTS)
    summed = sum(found.registered for found in segments)
    refuse_overfull(segments, field)
    known = sum(found.active for found in segments if found.active is not None)
    unknown = [found for found in segments if found.active is None]
    if registered is None and not complete:
        if active is not None and active < known:
            raise _active_differs(known, active, field)
        note = Note("note.segments_part", {"registered": Field("registered")})
        return Totals(None, active, segments, complete, (note,))
    if registered is None:
        registered = summed
    elif not fits(summed, registered, complete):
        raise InputError(
            "segment.sum_differs",
            field=field,
            total=summed,
            registered=registered,
            figure=Field("registered"),
        )
    other = registered - summed
    if active is None:
        active = None if unknown or other else known
    else:
        room = other + sum(found.registered for found in unknown)
        if not 0 <= active - known <= room:
            raise _active_differs(known, active, field)
    listed = list(segments)
    if other:
        rest = active - known if active is not None and not unknown else None
        listed.append(SegmentCount(OTHER, other, rest))
    return Totals(registered, active, tuple(listed), complete)


def _active_differs(known: int, active: int, field: str) -> InputError:
    return InputError(
        "segment.active_differs", field=field, total=known, active=active, figure=Field("active")
    )


@dataclass(frozen=True)
class Segmented(Wrapped):
    """A one-region result (``status``, ``active``) with the segments its totals came from:
    their table, and the share of the population the region itself pays for (PBI APBD)."""

    result: Single
    totals: Totals
    population: Span | None = None  # given, or the span a published coverage allows
    registered: Span | None = None  # the registered the result worked with, or their span

    @property
    def notes(self) -> tuple[Note, ...]:
        summed = sum(found.registered for found in self.totals.segments)
        beyond = []
        if self.totals.registered is None and self.registered and summed > self.registered.high:
            params = {"total": summed, "registered": self.registered.high}
            beyond.append(Note("note.segments_above_registered", params, warning=True))
        return (*self.totals.notes, *beyond, *self.result.notes)

    @property
    def region_paid(self) -> tuple[Fraction, Fraction] | None:
        """PBI APBD participants as a share of the population, in percent: the least and
        the most over the populations the figures allow."""
        paid = self.totals.get("pbi-apbd")
        if paid is None or self.population is None:
            return None
        return (
            Fraction(paid.registered * 100, self.population.high),
            Fraction(paid.registered * 100, self.population.low),
        )

    @property
    def region_paid_pct(self) -> Fraction | None:
        """The share paid by the region, where the population is one number."""
        shares = self.region_paid
        return shares[0] if shares and shares[0] == shares[1] else None

    def record(self) -> Record:
        shares = self.region_paid
        return {
            **self.result.record(),
            "region_paid_pct": self.region_paid_pct,
            "region_paid_pct_range": list(shares) if shares else None,
            "segments": self.totals.records(),
        }
