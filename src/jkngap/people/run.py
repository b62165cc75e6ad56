"""One match, from the files to the judged table and the lists of people: what the command
line and a notebook both call.

    with open_match("penduduk.csv", "peserta.xlsx", welfare="dtsen.parquet") as run:
        run.result.summary["not_registered"]
        for person in run.people("takeover"):
            ...

Everything person-level stays inside the ``with``: the lists' tables in DuckDB, DuckDB's
spill files and any workbook turned into CSV live in a private folder that is removed when
the ``with`` ends, however it ends. What leaves it is the per-desa table (counts, no
person) and, when asked, a list of people, its NIKs masked unless ``reveal_nik``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jkngap.core.errors import Field, InputError, SystemReason, system_reason
from jkngap.core.match import LIST_COLUMNS, Counted, Match, MatchOptions, finish
from jkngap.core.model import Note, Record
from jkngap.core.nik import mask
from jkngap.core.places import Places
from jkngap.people.engine import LIST_FIELDS, Engine, Source
from jkngap.people.private import (
    key_is_open,
    private_file,
    private_folder,
    read_key,
    terminations,
)

__all__ = ["MatchRun", "Settings", "match", "open_match"]

ListInput = str | os.PathLike[str] | Source


@dataclass(frozen=True)
class Settings:
    """What the engine may use: memory (DuckDB's limit; past it, it spills to the private
    folder), threads, and where the private folder is made (the system's temporary
    folder by default)."""

    memory_limit: str = "1536MB"
    threads: int = 2
    private_parent: str | None = None


def _source(
    role: str, given: ListInput, columns: Mapping[str, str] | None, encoding: str
) -> Source:
    if isinstance(given, Source):
        return given
    return Source(role, os.fspath(given), dict(columns or {}), encoding=encoding)


@dataclass
class MatchRun:
    """A match under way: its result, and its lists of people while the ``with`` lasts."""

    engine: Engine
    result: Match
    counted: Counted  # the counts before they were judged (what the reference is held to)
    names: dict[str, str] = field(default_factory=dict)

    def people(self, category: str, *, reveal_nik: bool = False) -> Iterator[Record]:
        """The people of one category (core.match.CATEGORIES), as records of
        core.match.LIST_COLUMNS, in the order an agent visits them (desa, KK, NIK, list,
        row). NIK and KK are masked (``3201********0001``) unless ``reveal_nik``: a full
        NIK is for a file made by :func:`jkngap.people.private.private_file` alone."""
        self._refuse_unavailable(category)
        for values in self.engine.people(category):
            found = dict(zip(tuple(LIST_FIELDS), values, strict=True))
            record: Record = dict.fromkeys(LIST_COLUMNS)
            record.update({key: found[key] for key in LIST_COLUMNS if key in found})
            record["category"] = category
            code = record["code"]
            record["region"] = self.names.get(code) if code is not None else None
            if not reveal_nik:
                record["nik"] = mask(record["nik"])
                record["kk"] = mask(record["kk"])
            yield record

    def _refuse_unavailable(self, category: str) -> None:
        needs = {
            "takeover": "takeover_candidates",
            "region-paid-high-decile": "region_paid_high_decile",
            "unregistered-low-decile": "unregistered_low_decile",
        }
        key = needs.get(category)
        if (
            key is not None
            and self.result.summary.get(key) is None
            and not self.result.options.min_cell
        ):
            raise InputError("match.list_needs", field="lists", text=category)

    def write_hashed(self, role: str, path: str | os.PathLike[str]) -> int:
        """One list with NIKs and KK numbers replaced by their keyed hashes (HMAC-SHA256),
        for another agency holding the same key: written owner-readable only, whole or
        not at all. The number of rows written."""
        if role not in self.engine.loaded:
            raise InputError("match.list_not_given", field="hashed", text=role)
        staged = self.engine.folder / f"{role}-hashed.csv"
        rows = self.engine.hashed_copy(role, staged)
        with private_file(path, binary=True) as out, staged.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
        staged.unlink()
        return rows


@contextlib.contextmanager
def open_match(
    population: ListInput,
    members: ListInput,
    *,
    welfare: ListInput | None = None,
    region_paid: ListInput | None = None,
    columns: Mapping[str, Mapping[str, str]] | None = None,
    encoding: str = "utf-8",
    options: MatchOptions | None = None,
    key: bytes | None = None,
    key_file: str | os.PathLike[str] | None = None,
    places: Places | None = None,
    settings: Settings | None = None,
) -> Iterator[MatchRun]:
    """Match the lists: each a CSV, TSV, XLSX or Parquet file of people. ``columns`` names
    a list's columns where its headers are not known ones ({"members": {"nik": "No
    Identitas"}}); ``encoding`` is a text list's where it carries no byte-order mark
    (``utf-8``, ``latin-1``, ``cp1252`` or ``utf-16``); ``key`` (or ``key_file``) replaces NIKs by
    keyed hashes; ``places`` (the register) names the desa and checks NIKs' kecamatan
    codes."""
    options = (options or MatchOptions()).checked()
    settings = settings or Settings()
    notes: list[Note] = []
    if key_file is not None:
        key = read_key(key_file)
        if key_is_open(key_file):
            notes.append(Note("match.key_file_open", warning=True))
    given = {"population": population, "members": members}
    if welfare is not None:
        given["welfare"] = welfare
    if region_paid is not None:
        given["region_paid"] = region_paid
    sources = [
        _source(role, item, (columns or {}).get(role), encoding) for role, item in given.items()
    ]
    for source in sources:
        refused = _not_a_file(source.path)
        if refused is not None:
            raise InputError("match.file_missing", path=_shown(source.path), reason=refused)
    with private_folder(settings.private_parent) as folder, terminations() as told:
        engine = Engine(
            folder,
            [source.path for source in sources],
            memory_limit=settings.memory_limit,
            threads=settings.threads,
            key=key,
        )
        told.interrupt = engine.interrupt
        try:
            for source in sources:
                loaded = engine.load(source)
                if loaded.undecoded:  # counted as invalid NIKs: say why, and what reads them
                    params = {
                        "source": loaded.shown,
                        "rows": len(loaded.undecoded),
                        "line": loaded.undecoded[0],
                        "encoding_option": Field("encoding"),
                    }
                    notes.append(Note("match.list_undecoded", params, warning=True))
            engine.prepare()
            known = None
            if places is not None:
                register = places

                def known(codes: Any) -> set[str]:
                    return set(register.regions(list(codes)))

            counted = engine.counted(known)
            result = finish(counted, options, places)
            if notes:
                result = Match(
                    result.regions,
                    result.summary,
                    result.lists,
                    result.options,
                    result.key_mode,
                    (*notes, *result.notes),
                    result.keys,
                )
            names = {
                str(record["code"]): record["region"]
                for record in result.regions
                if record["code"] is not None and record["region"] is not None
            }
            if options.rollup is not None and places is not None:
                codes = [str(code) for code in counted.desas if code is not None]
                names = {code: region.name for code, region in places.regions(codes).items()}
            yield MatchRun(engine, result, counted, names)
        finally:
            engine.close()


def _not_a_file(path: str) -> SystemReason | Note | None:
    """Why ``path`` is no file to read (None: it is one): the system's reason, a folder's,
    or, for a device or a pipe, the catalogue's."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return system_reason(error)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return SystemReason("EISDIR", os.strerror(errno.EISDIR))
    return Note("reason.not_a_file")


def _shown(path: str) -> str:
    from jkngap.people.private import shown_path

    return shown_path(path)


def match(population: ListInput, members: ListInput, **given: Any) -> Match:
    """The per-desa table of a match alone (no list of people): see :func:`open_match`."""
    with open_match(population, members, **given) as run:
        return run.result
