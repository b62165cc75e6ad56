"""Who, from the lists of people: the categories an official acts on, per desa.

Four lists, each keyed by NIK: the population (Dukcapil's extract, or a village register),
the members (BPJS's membership list), the welfare deciles (DTSEN) and the region-paid
members (the region's PBPU Pemda list). Per desa, by the population list's desa code:

- ``population``: the population list's people there (a NIK listed twice counted once,
  where its row with the smallest desa code puts it), with the rows whose NIK is invalid
  or damaged: they are people too, whom no NIK can match;
- ``registered``: those of them whose NIK is in the membership list; ``active``: those
  with a membership row marked active; ``not_registered``: those whose NIK is not;
- ``not_in_population``: members whose NIK is not in the population list (moved, died,
  registered elsewhere), placed by the membership list's own desa code where it has one;
- ``duplicate_nik``: rows that repeat a NIK already listed in the same list (the extra
  rows), in the desa of that person; ``invalid_nik``, ``damaged_nik``: rows of any list
  whose NIK is missing or no NIK, or that Excel damaged (:mod:`jkngap.core.nik`), in the
  desa the row itself names;
- ``takeover_candidates``: people of the population registered as PBPU (mandiri), no row
  active and one at least marked inactive, in welfare deciles 1-5: whom the region may
  enrol as PBI APBD (route (a) of :mod:`jkngap.core.routes`), ``takeover_budget`` their
  yearly premiums;
- ``region_paid_high_decile``: people of the population whom the region pays for (PBI
  APBD in the membership list, or on the region-paid list) in deciles 6-10;
- ``unregistered_low_decile``: people of the population not registered, in deciles 1-5.

A person listed twice takes the lowest decile given, is active when any row says so, and
is PBPU or PBI APBD when any row says so. Rows nobody can place (no desa code) are kept
in a row of their own (``code`` None), never dropped.

This module holds the rules, the records and a plain-Python reference implementation
(:func:`reference`) for small lists: the DuckDB engine (:mod:`jkngap.people.engine`) must
count exactly what it counts, which a property test checks. Both hand their counts to
:func:`finish`, which adds batch's coverage, activity and verdicts by batch's own kernel.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jkngap.core.disclosure import suppress
from jkngap.core.errors import InputError
from jkngap.core.model import Base, Note, Record
from jkngap.core.nik import HASH, NikState, canonical, check_nik, looks_hashed
from jkngap.core.places import ROLLUP_LEVELS, Places
from jkngap.core.regions import (
    OUTPUT_KEYS,
    Block,
    RegionOptions,
    Totals,
    compute_block,
    total_record,
)
from jkngap.core.results import Many, Outcome
from jkngap.core.routes import Rates
from jkngap.core.segments import segment_name

if TYPE_CHECKING:
    from jkngap.core.criteria import Criteria

__all__ = [
    "CATEGORIES",
    "COUNT_KEYS",
    "LIST_COLUMNS",
    "RECORD_KEYS",
    "ROLES",
    "Counted",
    "ListRows",
    "ListSummary",
    "Match",
    "MatchOptions",
    "Person",
    "cell_text",
    "desa_code",
    "finish",
    "read_decile",
    "read_segment",
    "read_status",
    "reference",
]

ROLES = ("population", "members", "welfare", "region_paid")
# The counts of a desa, in the order of its record.
COUNT_KEYS = (
    "population",
    "registered",
    "active",
    "not_registered",
    "not_in_population",
    "duplicate_nik",
    "invalid_nik",
    "damaged_nik",
    "takeover_candidates",
    "region_paid_high_decile",
    "unregistered_low_decile",
)
RECORD_KEYS = (
    "code",
    "region",
    *COUNT_KEYS[:9],
    "takeover_budget",
    *COUNT_KEYS[9:],
    *OUTPUT_KEYS,
)
TAIL_KEYS = ("suppressed", "warning", "note")
# A match's rows as a region file: a region's keys, the total's sums, and what marks it.
SUM_KEYS = ("registrants_needed_sum", "active_needed_sum")
MANY_KEYS = (*RECORD_KEYS, *SUM_KEYS, *TAIL_KEYS, "total")
# The lists of people one category holds, as --list names them.
CATEGORIES = (
    "not-registered",
    "takeover",
    "not-in-population",
    "region-paid-high-decile",
    "unregistered-low-decile",
    "duplicates",
    "invalid",
    "damaged",
)
# Every list's columns, the same for every category (empty where it does not apply).
LIST_COLUMNS = (
    "category",
    "code",
    "region",
    "kk",
    "nik",
    "list",
    "row",
    "line",
    "copies",
    "reason",
    "active",
    "segment",
    "decile",
)
# Counts inside a desa's record that are not its own keys: the population list's rows whose
# NIK cannot be matched (in ``population``, neither registered nor not).
_PEOPLE, _P_INVALID, _P_DAMAGED = "people", "population_invalid", "population_damaged"
RAW_KEYS = (_PEOPLE, _P_INVALID, _P_DAMAGED, *COUNT_KEYS[1:])
INVALID_REASONS = ("missing", "characters", "length", "date", "serial", "unreadable")
DAMAGED_REASONS = ("scientific", "rounded")
LOW_DECILES = range(1, 6)  # PBI JK covers deciles 1-5 (Kepmensos 79/HUK/2025)


@dataclass(frozen=True)
class MatchOptions:
    """How a match is judged and shown: batch's criteria and base, the rollup level, the
    premium rates of route (a), and small cells hidden below ``min_cell``."""

    region: RegionOptions = field(default_factory=RegionOptions)
    rollup: str | None = None  # kecamatan, kabupaten or provinsi; None: per desa
    rates: Rates = field(default_factory=Rates)
    min_cell: int | None = None

    def checked(self) -> MatchOptions:
        if self.rollup is not None and self.rollup not in ROLLUP_LEVELS:
            raise InputError(
                "match.rollup_unknown",
                field="rollup",
                text=self.rollup,
                known=", ".join(ROLLUP_LEVELS),
            )
        self.rates.checked()
        return self

    @property
    def depth(self) -> int:
        """The parts of the rows' codes: 4 for desa, fewer when rolled up."""
        return 4 if self.rollup is None else ROLLUP_LEVELS[self.rollup]


# Cells as text ------------------------------------------------------------------------


def cell_text(value: object) -> str | None:
    """A cell as the engine reads it: text as it is, a number as its digits (a whole
    number written without a decimal part), nothing as None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


_EDGES = " \t\r\n\u00a0"


def desa_code(value: object) -> str | None:
    """A desa code as the register writes it (``32.01.01.2001``), from ``32.01.01.2001``
    or ``3201012001``; None for anything else (no code, or a code of another level)."""
    text = cell_text(value)
    if text is None:
        return None
    text = text.strip(_EDGES)
    if len(text) == 13 and _dotted(text):
        return text
    if len(text) == 10 and text.isascii() and text.isdigit():
        return f"{text[:2]}.{text[2:4]}.{text[4:6]}.{text[6:]}"
    return None


def _dotted(text: str) -> bool:
    parts = text.split(".")
    return [len(p) for p in parts] == [2, 2, 2, 4] and all(
        p.isascii() and p.isdigit() for p in parts
    )


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isascii() and ch.isalnum())


_ACTIVE = {"aktif", "active", "ya", "y", "yes", "true", "1", "a"}
_INACTIVE = {
    "nonaktif",
    "tidakaktif",
    "takaktif",
    "inactive",
    "notactive",
    "nonactive",
    "tidak",
    "no",
    "n",
    "false",
    "0",
    "na",
    "penangguhan",
    "ditangguhkan",
    "suspended",
    "suspend",
    "menunggak",
    "nonaktifsementara",
}


def read_status(value: object) -> bool | None:
    """A membership's status: True active, False inactive, None unreadable or empty."""
    text = cell_text(value)
    if text is None:
        return None
    key = _letters(text)
    if key in _ACTIVE:
        return True
    if key in _INACTIVE:
        return False
    return None


# Spellings of village registers and e-Dabu that the segment names of reports lack.
_MORE_SEGMENTS = {
    "bantuandaerah": "pbi-apbd",
    "bpjsbantuandaerah": "pbi-apbd",
    "pbid": "pbi-apbd",
    "pbiapbdpemda": "pbi-apbd",
    "bpjspbi": "pbi-apbn",
    "bpjsnonpbi": None,
}


def read_segment(value: object) -> str | None:
    """A membership's segment (pbi-apbn, pbi-apbd, ppu, pbpu, bp); None where the cell
    names none, or more than one (a bare "PBI")."""
    text = cell_text(value)
    if text is None or not text.strip():
        return None
    key = _letters(text)
    if key in _MORE_SEGMENTS:
        return _MORE_SEGMENTS[key]
    try:
        return segment_name(text)[0]
    except InputError:
        return None


_DECILE = re.compile(r"(?:desil|decile|d)?\s*0*([0-9]{1,2})(?:[.,]0+)?", re.IGNORECASE)


def read_decile(value: object) -> int | None:
    """A DTSEN decile, 1 to 10 (``3``, ``3.0``, ``Desil 3``, ``D3``); None otherwise."""
    text = cell_text(value)
    found = _DECILE.fullmatch(text.strip(_EDGES)) if text is not None else None
    if found is None:
        return None
    decile = int(found[1])
    return decile if 1 <= decile <= 10 else None


# What was read --------------------------------------------------------------------------


@dataclass(frozen=True)
class ListSummary:
    """One list as read: its rows, by what their NIK holds, and what could not be read.

    ``rows`` = ``valid`` + ``invalid`` + ``damaged`` (blank rows aside, counted alone);
    ``valid`` = ``people`` + ``duplicate``. ``None`` where the list has no such column."""

    role: str
    source: str
    hashed: bool
    columns: tuple[tuple[str, str], ...]  # (role, header): what was read from where
    rows: int
    blank: int
    valid: int
    people: int
    duplicate: int
    invalid: int
    damaged: int
    unreadable: int  # rows the reader could not split into cells (in ``invalid``)
    reasons: tuple[tuple[str, int], ...]  # invalid and damaged rows by reason
    no_desa: int | None  # rows without a desa code, where the list has the column
    unknown_area: int | None  # valid NIKs whose digits 1-6 are no kecamatan of the register
    status_unknown: int | None  # valid rows whose status says neither active nor inactive
    segment_unknown: int | None
    decile_unknown: int | None

    def record(self) -> Record:
        record = {name: getattr(self, name) for name in self.__dataclass_fields__}
        record["columns"] = dict(self.columns)
        record["reasons"] = dict(self.reasons)
        return record


@dataclass(frozen=True)
class Counted:
    """The counts of a match before they are judged: each desa's (``None``: the rows that
    name none) under RAW_KEYS, every list's summary, and which counts the lists allow."""

    desas: Mapping[str | None, Mapping[str, int]]
    lists: tuple[ListSummary, ...]
    available: frozenset[str]  # count keys the lists given can tell
    key_mode: str  # digits (plain NIKs), hmac (keyed hashes), hex (lists hashed already)


def available_counts(columns: Mapping[str, Collection[str]]) -> frozenset[str]:
    """The counts the lists given can tell, by the lists and the columns they have."""
    found = {
        "population",
        "registered",
        "not_registered",
        "not_in_population",
        "duplicate_nik",
        "invalid_nik",
        "damaged_nik",
    }
    members = columns.get("members", ())
    welfare = "welfare" in columns
    if "status" in members:
        found.add("active")
    if welfare:
        found.add("unregistered_low_decile")
        if {"status", "segment"} <= set(members):
            found.add("takeover_candidates")
        if "segment" in members or "region_paid" in columns:
            found.add("region_paid_high_decile")
    return frozenset(found)


# The reference implementation -----------------------------------------------------------


@dataclass(frozen=True)
class ListRows:
    """A list for the reference implementation: its rows as (role -> cell) mappings, in
    the file's order, and the roles of the columns it has. ``unreadable`` are the file
    lines the reader could not split into cells."""

    role: str
    source: str
    columns: frozenset[str]
    rows: Sequence[Mapping[str, object]]
    unreadable: Sequence[int] = ()


@dataclass
class Person:
    """One NIK of one list, its rows taken together."""

    desa: str | None = None
    kk: str | None = None
    row: int = 0
    copies: int = 0
    active: bool = False
    status_known: bool = False
    pbpu: bool = False
    apbd: bool = False
    segment: str | None = None
    decile: int | None = None


@dataclass(frozen=True)
class _Row:
    row: int
    key: Any
    state: NikState
    reason: str | None
    raw: str | None  # the cell's text, kept where the NIK is not valid
    digits: str | None  # a plain valid NIK's digits
    desa: str | None
    kk: str | None
    cells: Mapping[str, object]


def _least(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else min(a, b)


def hmac_key(key: bytes, text: str) -> str:
    """A NIK (or KK) replaced by its keyed hash: HMAC-SHA256 under ``key``, in hex."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def list_is_hashed(source: str, columns: Collection[str], cells: Iterable[object]) -> bool:
    """Whether a list's NIKs are hashed: its column says so, or its cells are hashes.
    Plain NIKs and hashes in one list are refused (the two can never match)."""
    hashed = plain = 0
    for cell in cells:
        text = cell_text(cell)
        if text is None:
            continue
        if looks_hashed(text):
            hashed += 1
        elif check_nik(cell).state is not NikState.INVALID:
            plain += 1
    if plain and (hashed or "nik_hash" in columns):
        raise InputError("match.mixed_hashed", path=source, hashed=hashed, plain=plain)
    return "nik_hash" in columns or hashed > 0


def refuse_unusable(
    role: str, source: str, *, rows: int, niks: int, placed: int, nik_column: str, desa_column: str
) -> None:
    """A list that cannot be matched at all is refused: an empty population list, a file
    none of whose rows holds a NIK (not a list of people), a population list none of whose
    rows holds a desa code. ``rows`` leaves blank rows out; ``niks`` counts the valid and
    the damaged."""
    if role == "population" and rows == 0:
        raise InputError("match.empty_list", path=source)
    if rows and not niks:
        raise InputError("match.not_people", path=source, rows=rows, name=nik_column)
    if role == "population" and rows and not placed:
        raise InputError("match.no_desa_codes", path=source, name=desa_column)


def key_mode(hashed: Mapping[str, bool], key: bytes | None, sources: Mapping[str, str]) -> str:
    """How NIKs are matched: as digits, as keyed hashes (a key given), or as the hashes the
    lists came with (every list hashed). Hashed and plain lists need the key."""
    if key is not None:
        return "hmac"
    if all(hashed.values()):
        return "hex"
    if any(hashed.values()):
        raise InputError(
            "match.hashed_needs_key",
            field="key_file",
            hashed=", ".join(sources[r] for r, h in hashed.items() if h),
            plain=", ".join(sources[r] for r, h in hashed.items() if not h),
        )
    return "digits"


def _nik_check(cells: Mapping[str, object]) -> tuple[NikState, str] | None:
    """What a hashed list's ``nik_check`` column says of a row whose NIK was not hashed
    (because it was invalid or damaged), as :func:`jkngap.people.engine` writes it."""
    text = cell_text(cells.get("nik_check"))
    if text is None or ":" not in text:
        return None
    state, _, reason = text.strip(_EDGES).partition(":")
    if state == "invalid" and reason in INVALID_REASONS:
        return NikState.INVALID, reason
    if state == "damaged" and reason in DAMAGED_REASONS:
        return NikState.DAMAGED, reason
    return None


def _read_nik(
    cells: Mapping[str, object], nik_role: str, hashed: bool
) -> tuple[NikState, str | None, str | None]:
    """A row's NIK: its state, its reason where not valid, its digits (or hash) where valid.
    A hashed list's ``nik_check`` says why a row has no hash."""
    told = _nik_check(cells) if hashed else None
    if told is not None:
        return told[0], told[1], None
    cell = cells.get(nik_role)
    if hashed:
        text = canonical(cell_text(cell) or "").lower()
        if HASH.fullmatch(text):
            return NikState.VALID, None, text
        return NikState.INVALID, "characters" if text else "missing", None
    nik = check_nik(cell)
    return nik.state, nik.reason, nik.digits


def _kk(cells: Mapping[str, object], columns: frozenset[str], key: bytes | None) -> str | None:
    """A row's KK as lists show it: its text, or its hash (given, or made with the key)."""
    hashed = "kk_hash" in columns
    text = cell_text(cells.get("kk_hash" if hashed else "kk"))
    kk = canonical(text) if text is not None else ""
    if not kk:
        return None
    if hashed:
        return kk.lower()
    return hmac_key(key, kk) if key is not None else kk


def _read_rows(
    rows: ListRows, hashed: bool, mode: str, key: bytes | None, summary: dict[str, Any]
) -> list[_Row]:
    read: list[_Row] = []
    reasons: dict[str, int] = {}
    nik_role = "nik_hash" if "nik_hash" in rows.columns else "nik"
    for number, cells in enumerate(rows.rows, start=1):
        if all(cell_text(cells.get(role)) in (None, "") for role in rows.columns):
            summary["blank"] += 1
            continue
        state, reason, digits = _read_nik(cells, nik_role, hashed)
        the_key: Any = None
        if state is NikState.VALID:
            assert digits is not None
            if hashed:
                the_key = digits
            elif mode == "digits":
                the_key = int(digits)
            else:
                the_key = hmac_key(key or b"", digits)
        else:
            reasons[reason or ""] = reasons.get(reason or "", 0) + 1
        desa = desa_code(cells.get("desa")) if "desa" in rows.columns else None
        read.append(
            _Row(
                row=number,
                key=the_key,
                state=state,
                reason=reason,
                raw=(cell_text(cells.get(nik_role)) or None)
                if state is not NikState.VALID
                else None,
                digits=digits if state is NikState.VALID and not hashed else None,
                desa=desa,
                kk=_kk(cells, rows.columns, key),
                cells=cells,
            )
        )
    if rows.unreadable:
        reasons["unreadable"] = len(rows.unreadable)
    summary["reasons"] = tuple(sorted(reasons.items()))
    return read


def _people(read: list[_Row], columns: frozenset[str]) -> dict[Any, Person]:
    people: dict[Any, Person] = {}
    for row in read:
        if row.state is not NikState.VALID:
            continue
        person = people.get(row.key)
        if person is None:
            person = people[row.key] = Person(row=row.row)
        person.copies += 1
        person.desa = _least(person.desa, row.desa)
        person.kk = _least(person.kk, row.kk)
        if "status" in columns:
            status = read_status(row.cells.get("status"))
            person.active = person.active or status is True
            person.status_known = person.status_known or status is not None
        if "segment" in columns:
            segment = read_segment(row.cells.get("segment"))
            person.pbpu = person.pbpu or segment == "pbpu"
            person.apbd = person.apbd or segment == "pbi-apbd"
            person.segment = _least(person.segment, segment)
        if "decile" in columns:
            person.decile = _least(person.decile, read_decile(row.cells.get("decile")))
    return people


def _summary(
    rows: ListRows,
    read: list[_Row],
    people: dict[Any, Person],
    hashed: bool,
    counts: dict[str, Any],
    kecamatan: Collection[str] | None,
) -> ListSummary:
    valid = [row for row in read if row.state is NikState.VALID]
    unreadable = len(rows.unreadable)

    def unknown(role: str, reader: Callable[[object], object]) -> int | None:
        if role not in rows.columns:
            return None
        return sum(reader(row.cells.get(role)) is None for row in valid)

    area = None
    if kecamatan is not None and not hashed:
        area = sum(_kecamatan_of(row.digits or "") not in kecamatan for row in valid)
    return ListSummary(
        role=rows.role,
        source=rows.source,
        hashed=hashed,
        columns=(),
        rows=len(read) + unreadable,
        blank=counts["blank"],
        valid=len(valid),
        people=len(people),
        duplicate=len(valid) - len(people),
        invalid=sum(row.state is NikState.INVALID for row in read) + unreadable,
        damaged=sum(row.state is NikState.DAMAGED for row in read),
        unreadable=unreadable,
        reasons=counts["reasons"],
        no_desa=(sum(row.desa is None for row in read) if "desa" in rows.columns else None),
        unknown_area=area,
        status_unknown=unknown("status", read_status),
        segment_unknown=unknown("segment", read_segment),
        decile_unknown=unknown("decile", read_decile),
    )


def _kecamatan_of(digits: str) -> str:
    return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}"


def reference(
    lists: Mapping[str, ListRows],
    *,
    key: bytes | None = None,
    kecamatan: Collection[str] | None = None,
) -> tuple[Counted, dict[str, list[Record]]]:
    """The counts of a match, and its lists of people (NIKs in full), computed plainly in
    Python: the reference the engine is held to, for small lists."""
    if "population" not in lists or "members" not in lists:
        raise InputError("match.needs_lists", field="population_list")
    hashed: dict[str, bool] = {}
    for role in ROLES:
        if role in lists:
            rows = lists[role]
            nik_role = "nik_hash" if "nik_hash" in rows.columns else "nik"
            hashed[role] = list_is_hashed(
                rows.source, rows.columns, (cells.get(nik_role) for cells in rows.rows)
            )
            _refuse(rows, hashed[role])
    mode = key_mode(hashed, key, {role: rows.source for role, rows in lists.items()})
    read: dict[str, list[_Row]] = {}
    people: dict[str, dict[Any, Person]] = {}
    summaries = []
    for role in ROLES:
        if role not in lists:
            continue
        rows = lists[role]
        counts: dict[str, Any] = {"blank": 0}
        read[role] = _read_rows(rows, hashed[role], mode, key, counts)
        people[role] = _people(read[role], rows.columns)
        summaries.append(_summary(rows, read[role], people[role], hashed[role], counts, kecamatan))
    desas = _count(lists, read, people)
    columns = {role: rows.columns for role, rows in lists.items()}
    counted = Counted(desas, tuple(summaries), available_counts(columns), mode)
    return counted, _reference_lists(lists, read, people)


def _refuse(rows: ListRows, hashed: bool) -> None:
    """The reference's :func:`refuse_unusable`, from the rows as read."""
    nik_role = "nik_hash" if "nik_hash" in rows.columns else "nik"
    read = _read_rows(rows, hashed, "hex" if hashed else "digits", None, {"blank": 0})
    refuse_unusable(
        rows.role,
        rows.source,
        rows=len(read) + len(rows.unreadable),
        niks=sum(row.state is not NikState.INVALID for row in read),
        placed=sum(row.desa is not None for row in read),
        nik_column=nik_role,
        desa_column="desa",
    )


def _count(
    lists: Mapping[str, ListRows], read: dict[str, list[_Row]], people: dict[str, dict[Any, Person]]
) -> dict[str | None, dict[str, int]]:
    desas: dict[str | None, dict[str, int]] = {}

    def add(desa: str | None, key: str, by: int = 1) -> None:
        if by:
            counts = desas.setdefault(desa, dict.fromkeys(RAW_KEYS, 0))
            counts[key] += by

    population, members = people["population"], people["members"]
    welfare, paid = people.get("welfare", {}), people.get("region_paid", {})
    for nik, person in population.items():
        add(person.desa, _PEOPLE)
        add(person.desa, "duplicate_nik", person.copies - 1)
        member = members.get(nik)
        decile = welfare[nik].decile if nik in welfare else None
        low = decile is not None and decile in LOW_DECILES
        if member is None:
            add(person.desa, "not_registered")
            add(person.desa, "unregistered_low_decile", low)
            continue
        add(person.desa, "registered")
        add(person.desa, "active", member.active)
        inactive = member.status_known and not member.active
        add(person.desa, "takeover_candidates", inactive and member.pbpu and low)
        region_paid = nik in paid or member.apbd
        add(
            person.desa,
            "region_paid_high_decile",
            region_paid and decile is not None and decile > 5,
        )
    for nik, member in members.items():
        if nik not in population:
            add(member.desa, "not_in_population")
    for role in ("members", "welfare", "region_paid"):
        for nik, person in people.get(role, {}).items():
            add((population.get(nik) or person).desa, "duplicate_nik", person.copies - 1)
    for role, rows in read.items():
        for row in rows:
            if row.state is NikState.INVALID:
                add(row.desa, "invalid_nik")
                if role == "population":
                    add(row.desa, _P_INVALID)
            elif row.state is NikState.DAMAGED:
                add(row.desa, "damaged_nik")
                if role == "population":
                    add(row.desa, _P_DAMAGED)
        unreadable = len(lists[role].unreadable)
        if unreadable:
            add(None, "invalid_nik", unreadable)
            if role == "population":
                add(None, _P_INVALID, unreadable)
    return desas


def _list_record(category: str, **values: Any) -> Record:
    record: Record = dict.fromkeys(LIST_COLUMNS)
    record["category"] = category
    record.update(values)
    return record


def _reference_lists(
    lists: Mapping[str, ListRows], read: dict[str, list[_Row]], people: dict[str, dict[Any, Person]]
) -> dict[str, list[Record]]:
    population, members = people["population"], people["members"]
    welfare, paid = people.get("welfare", {}), people.get("region_paid", {})
    found: dict[str, list[Record]] = {category: [] for category in CATEGORIES}

    def person(category: str, nik: Any, who: Person, role: str) -> None:
        member = members.get(nik)
        decile = welfare[nik].decile if nik in welfare else None
        found[category].append(
            _list_record(
                category,
                code=who.desa,
                kk=who.kk,
                nik=str(nik),
                list=role,
                row=who.row,
                copies=who.copies,
                active=member.active if member and "status" in lists["members"].columns else None,
                segment=member.segment if member else None,
                decile=decile,
            )
        )

    for nik, who in population.items():
        member = members.get(nik)
        decile = welfare[nik].decile if nik in welfare else None
        low = decile is not None and decile in LOW_DECILES
        if member is None:
            person("not-registered", nik, who, "population")
            if low and "welfare" in lists:
                person("unregistered-low-decile", nik, who, "population")
            continue
        if member.status_known and not member.active and member.pbpu and low:
            person("takeover", nik, who, "population")
        if (nik in paid or member.apbd) and decile is not None and decile > 5:
            person("region-paid-high-decile", nik, who, "population")
    for nik, member in members.items():
        if nik not in population:
            person("not-in-population", nik, member, "members")
    for role, rows in read.items():
        for row in rows:
            if row.state is NikState.VALID:
                copies = people[role][row.key].copies
                if copies > 1:
                    placed = (population.get(row.key) or people[role][row.key]).desa
                    found["duplicates"].append(
                        _list_record(
                            "duplicates",
                            code=placed,
                            kk=row.kk,
                            nik=str(row.key),
                            list=role,
                            row=row.row,
                            copies=copies,
                        )
                    )
            else:
                category = "invalid" if row.state is NikState.INVALID else "damaged"
                found[category].append(
                    _list_record(
                        category,
                        code=row.desa,
                        kk=row.kk,
                        nik=row.raw,
                        list=role,
                        row=row.row,
                        reason=row.reason,
                    )
                )
        for line in lists[role].unreadable:
            found["invalid"].append(
                _list_record("invalid", list=role, line=line, reason="unreadable")
            )
    for records in found.values():
        records.sort(key=visit_order)
    return found


_LIST_ORDER = {role: index for index, role in enumerate(ROLES)}


def visit_order(record: Record) -> tuple[Any, ...]:
    """The order an agent visits: desa by desa (those without one last), household by
    household (KK, those without one last), then NIK, then list and row."""
    code, kk, nik = record["code"], record["kk"], record["nik"]
    return (
        code is None,
        code or "",
        kk is None,
        kk or "",
        nik is None,
        nik or "",
        _LIST_ORDER[record["list"]],
        record["row"] or 0,
        record["line"] or 0,
    )


# Judging the counts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Match(Many):
    """``jkngap match``: per desa (or rolled-up region) the counts of every category, and
    batch's coverage, activity and verdicts; the total; what each list held.

    A region file as batch writes one: ``records`` gives every region under ``keys``, then
    the total (``"total": "all"``, its region "Total"), so that ``batch`` and
    ``allocate`` read what ``match -o desa.csv`` wrote and find the same figures.
    """

    regions: tuple[Record, ...]
    summary: Record  # the total of every region (``total()``)
    lists: tuple[ListSummary, ...]
    options: MatchOptions
    key_mode: str
    notes: tuple[Note, ...] = ()
    keys: tuple[str, ...] = MANY_KEYS
    kind = "match"

    @property
    def records(self) -> Iterator[Record]:  # type: ignore[override]  # computed, read-only
        """Every region, then the total, each under every key of ``keys``."""
        for record in (*self.regions, self.summary):
            row: Record = dict.fromkeys(self.keys)
            row.update((key, record[key]) for key in self.keys if key in record)
            hidden = row["suppressed"]
            row["suppressed"] = None if hidden is None else " ".join(hidden)
            yield row

    @property
    def criteria(self) -> Criteria:  # type: ignore[override]  # the options' own
        return self.options.region.criteria

    @property
    def base(self) -> Base:  # type: ignore[override]  # the options' own
        return self.options.region.base

    def total(self) -> Record:
        return self.summary

    def headline(self) -> int | None:
        """The people of the population not registered: the first list an official asks."""
        value = self.summary.get("not_registered")
        return value if isinstance(value, int) else None

    def outcome(self) -> Outcome:
        """Every row of every list is counted somewhere (an unreadable line as an invalid
        NIK): nothing is left unread."""
        return Outcome.DONE


def _rolled(
    desas: Mapping[str | None, Mapping[str, int]], depth: int
) -> dict[str | None, dict[str, int]]:
    if depth == 4:
        return {code: dict(counts) for code, counts in desas.items()}
    rolled: dict[str | None, dict[str, int]] = {}
    for code, counts in desas.items():
        parent = None if code is None else ".".join(code.split(".")[:depth])
        into = rolled.setdefault(parent, dict.fromkeys((*RAW_KEYS, "rolled_up"), 0))
        for key, value in counts.items():
            into[key] += value
        into["rolled_up"] += 1
    return rolled


def _sorted_codes(codes: Iterable[str | None]) -> list[str | None]:
    return sorted(codes, key=lambda code: (code is None, code or ""))


def finish(
    counted: Counted, options: MatchOptions | None = None, places: Places | None = None
) -> Match:
    """The match judged: each desa's (or rolled-up region's) record with batch's coverage,
    activity and verdicts by batch's kernel, the total, small cells hidden on request."""
    options = (options or MatchOptions()).checked()
    units = _rolled(counted.desas, options.depth)
    codes = _sorted_codes(units)
    named = places.regions([c for c in codes if c is not None]) if places is not None else {}
    available = counted.available
    records: list[Record] = []
    for code in codes:
        counts = units[code]
        record: Record = dict.fromkeys(RECORD_KEYS)
        record["code"] = code
        record["region"] = named[code].name if code in named else None
        population = counts[_PEOPLE] + counts[_P_INVALID] + counts[_P_DAMAGED]
        for key in COUNT_KEYS[1:]:
            record[key] = counts[key] if key in available else None
        if population:
            record["population"] = population
        else:  # no one of the population list here: its coverage cannot be told
            record["registered"] = record["active"] = None
        if options.rollup is not None:
            record["rolled_up"] = counts["rolled_up"]
        records.append(record)
    _judge(records, options)
    total = _total(records, options, counted)
    notes = list(_notes(counted, records, named, places))
    if options.min_cell is not None:
        notes.append(hide(records, total, options))
    keys = (*RECORD_KEYS, *(("rolled_up",) if options.rollup else ()), *SUM_KEYS, *TAIL_KEYS)
    return Match(
        tuple(records),
        total,
        counted.lists,
        options,
        counted.key_mode,
        tuple(notes),
        (*keys, "total"),
    )


def _budget(record: Record, rates: Rates) -> None:
    candidates = record["takeover_candidates"]
    record["takeover_budget"] = None if candidates is None else candidates * rates.yearly


def _judge(records: list[Record], options: MatchOptions) -> None:
    """Batch's figures for every record, by batch's kernel, a block at a time."""
    population = [r["population"] for r in records]
    registered = [r["registered"] for r in records]
    active = [r["active"] for r in records]
    computed = compute_block(population, registered, active, options.region)
    block = Block(len(records), computed)
    for record, figures in zip(records, block.records((*OUTPUT_KEYS, "warning")), strict=True):
        record.update(figures)
        _budget(record, options.rates)
        for key in TAIL_KEYS:
            record.setdefault(key, None)
        if record["code"] is None:
            record["note"] = (Note("match.row_no_desa"),)


def _total(records: list[Record], options: MatchOptions, counted: Counted) -> Record:
    totals = Totals(base=options.region.base)
    totals.has.update(
        key for key in ("population", "registered", "active") if key in counted.available
    )
    totals.add_columns(
        [r["population"] for r in records],
        [r["registered"] for r in records],
        [r["active"] for r in records],
        [r["registrants_needed"] for r in records],
        [r["active_needed"] for r in records],
    )
    keys = (*RECORD_KEYS, *SUM_KEYS, "total", *TAIL_KEYS)
    # Named and marked as batch names and marks its own: a reader of the file knows it.
    total = total_record(totals, options.region, label="Total", kind="all", keys=keys)
    for key in COUNT_KEYS[3:]:
        if key in counted.available:
            total[key] = sum(r[key] or 0 for r in records)
    _budget(total, options.rates)
    return total


def _notes(
    counted: Counted, records: list[Record], named: Mapping[str, Any], places: Places | None
) -> Iterable[Note]:
    """What the run found to say: every list's problems by count (never a NIK)."""
    if counted.key_mode == "hmac":
        yield Note("match.keyed_hashes")
    for summary in counted.lists:
        params = {"source": summary.source}
        said = (
            ("match.list_duplicates", summary.duplicate, True),
            ("match.list_invalid", summary.invalid, True),
            ("match.list_damaged", summary.damaged, True),
            ("match.list_unreadable", summary.unreadable, True),
            ("match.list_no_desa", summary.no_desa, True),
            ("match.list_unknown_area", summary.unknown_area, False),
            ("match.list_status_unknown", summary.status_unknown, True),
            ("match.list_segment_unknown", summary.segment_unknown, True),
            ("match.list_decile_unknown", summary.decile_unknown, True),
        )
        for key, rows, warning in said:
            if rows:
                yield Note(key, {**params, "rows": rows}, warning=warning)
    population = counted.lists[0]
    if population.invalid + population.damaged:
        yield Note("match.population_unmatched", {"rows": population.invalid + population.damaged})
    if places is not None:
        unknown = [r["code"] for r in records if r["code"] is not None and r["code"] not in named]
        if unknown:
            yield Note(
                "match.codes_unknown", {"count": len(unknown), "example": unknown[0]}, warning=True
            )


# The counts a row's population is the sum of (and a little more: its unmatched rows).
IDENTITIES = (("population", ("registered", "not_registered")),)
_COVERAGE_FROM = ("population", "registered", "active")


def hide(records: list[Record], total: Record, options: MatchOptions) -> Note:
    """Small cells hidden in place (set to None, named in each row's ``suppressed``), with
    what is worked out from them; the note that says so."""
    assert options.min_cell is not None
    hidden = suppress(
        records, total, COUNT_KEYS, options.min_cell, identities=IDENTITIES, depth=options.depth
    )
    by_row: dict[int, set[str]] = {}
    for row, key in hidden.cells:
        by_row.setdefault(row, set()).add(key)
    derived_any = False
    for index, record in [(-1, total), *enumerate(records)]:
        keys = by_row.get(index, set())
        if not keys:
            record["suppressed"] = None
            continue
        if keys & set(_COVERAGE_FROM):
            keys |= {key for key in OUTPUT_KEYS if record.get(key) is not None}
            derived_any = derived_any or index != -1
        if "takeover_candidates" in keys:
            keys.add("takeover_budget")
        for key in keys:
            record[key] = None
        record["suppressed"] = tuple(key for key in (*RECORD_KEYS,) if key in keys)
    if derived_any:  # the regions' own gaps, added up, would give a hidden gap away
        for key in ("registrants_needed_sum", "active_needed_sum"):
            if total.get(key) is not None:
                total[key] = None
                total["suppressed"] = (*(total.get("suppressed") or ()), key)
    return Note(
        "match.suppressed",
        {"min_cell": options.min_cell, "cells": len(hidden.cells), "secondary": hidden.secondary},
    )
