"""Regions of the register as the core knows them: a code, a name, a level and, where the
register has one, a population; how names are compared; and a result told which region,
and which population, it is about.

The register itself (its storage and its look-ups) lives in :mod:`jkngap.data`; the core
only states what a look-up gives back (:class:`Places`), so that it can be lent one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from jkngap.core.model import Note, Record
from jkngap.core.results import Single, Wrapped

__all__ = [
    "LEVELS",
    "PROVINCE_SHORT",
    "ROLLUP_LEVELS",
    "Found",
    "Placed",
    "Places",
    "Region",
    "code_parts",
    "kind_of",
    "names_agree",
    "normal_code",
    "register_core",
    "split_name",
    "words",
]

# A region's level by the number of parts of its code, and the word for each kind.
LEVELS = {1: "provinsi", 2: "kabupaten", 3: "kecamatan", 4: "desa"}
ROLLUP_LEVELS = {"provinsi": 1, "kabupaten": 2, "kecamatan": 3}

# The short names of provinces officials and the press write (Kalsel, Jabar, NTB), by
# code; a name narrowed by one ("Banjar, Kalsel") is looked for within that province.
PROVINCE_SHORT = {
    "sumut": "12",
    "sumbar": "13",
    "sumsel": "16",
    "babel": "19",
    "kepri": "21",
    "dki": "31",
    "jakarta": "31",
    "jabar": "32",
    "jateng": "33",
    "diy": "34",
    "jogja": "34",
    "yogyakarta": "34",
    "jatim": "35",
    "ntb": "52",
    "ntt": "53",
    "kalbar": "61",
    "kalteng": "62",
    "kalsel": "63",
    "kaltim": "64",
    "kaltara": "65",
    "sulut": "71",
    "sulteng": "72",
    "sulsel": "73",
    "sultra": "74",
    "sulbar": "76",
    "malut": "82",
    "pabar": "92",
    "papua barat daya": "96",
}

_CODE = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?")
# A code's digits made 0 (ASCII digits only, as [0-9]): a code is one of these shapes.
_ZEROS = str.maketrans("123456789", "000000000")
_SHAPES = frozenset({"00", "00.00", "00.00.00", "00.00.00.0000"})
_PARTS = re.compile(r"[0-9]+(?:\.[0-9]+)*")
# Dotless codes by length: 63, 6303, 630301, 6303012001.
_DOTLESS = {2: (2,), 4: (2, 2), 6: (2, 2, 2), 10: (2, 2, 2, 4)}


def kind_of(code: str) -> str:
    """The kind of region a well-formed code names: provinsi; kabupaten or kota (kota
    codes run 71 to 99); kecamatan; kelurahan (4th part starting 1) or desa."""
    parts = code.split(".")
    if len(parts) == 2:
        return "kota" if int(parts[1]) >= 71 else "kabupaten"
    if len(parts) == 4:
        return "kelurahan" if parts[3].startswith("1") else "desa"
    return LEVELS[len(parts)]


def code_parts(code: str) -> int:
    return code.count(".") + 1


def normal_code(text: str) -> str | None:
    """A code as the register writes it (``63.03``), from how people and files write it:
    ``63.03``, ``6303``, `` 63.03.01 ``. None when the text is no code at all."""
    text = text.strip()
    if _CODE.fullmatch(text):
        return text
    if text.isdigit() and text.isascii() and len(text) in _DOTLESS:
        parts, start = [], 0
        for width in _DOTLESS[len(text)]:
            parts.append(text[start : start + width])
            start += width
        return ".".join(parts)
    return None


def all_normal(texts: list[Any]) -> bool:
    """Whether every text is a code written as the register writes it (``normal_code``
    gives each back as it is), told for the whole column at once: each digit made a
    ``0``, the column must be lines of the four shapes a code has (``00.00.00.0000``),
    and a village file's block is one shape repeated, a single comparison."""
    try:
        joined = "\n".join(texts)
    except TypeError:  # a cell that is no text (an empty one)
        return False
    if joined.count("\n") != len(texts) - 1:  # a cell holding a line break
        return False
    shapes = joined.translate(_ZEROS)
    first = shapes.partition("\n")[0]
    if first in _SHAPES and shapes == "\n".join([first] * len(texts)):
        return True
    return set(shapes.split("\n")) <= _SHAPES


def lost_zero_readings(text: str) -> list[str]:
    """The codes a code with a one-digit part may have been before a spreadsheet stored it
    as a number: ``61.1`` was ``61.10`` (the zero a number drops) or, typed by hand,
    ``61.01``. Empty when nothing is missing."""
    text = text.strip()
    if not _PARTS.fullmatch(text):
        return []
    parts = text.split(".")
    if len(parts) != 2 or len(parts[0]) != 2 or len(parts[1]) != 1:
        return []
    return [f"{parts[0]}.{parts[1]}0", f"{parts[0]}.0{parts[1]}"]


# Words a name may start with that say its kind, as officials abbreviate them.
_KIND_WORDS = {
    "kabupaten": "kabupaten",
    "kab": "kabupaten",
    "kota": "kota",
    "kotamadya": "kota",
    "provinsi": "provinsi",
    "propinsi": "provinsi",
    "prov": "provinsi",
    "kecamatan": "kecamatan",
    "kec": "kecamatan",
    "kelurahan": "kelurahan",
    "kel": "kelurahan",
    "desa": "desa",
}
# Short names of provinces in common use.
_SHORT = {
    "dki": "daerah khusus ibukota jakarta",
    "dki jakarta": "daerah khusus ibukota jakarta",
    "diy": "daerah istimewa yogyakarta",
    "di yogyakarta": "daerah istimewa yogyakarta",
    "babel": "kepulauan bangka belitung",
    "bangka belitung": "kepulauan bangka belitung",
    "kepri": "kepulauan riau",
    "ntb": "nusa tenggara barat",
    "ntt": "nusa tenggara timur",
    "sumut": "sumatera utara",
    "sumbar": "sumatera barat",
    "sumsel": "sumatera selatan",
    "jabar": "jawa barat",
    "jateng": "jawa tengah",
    "jatim": "jawa timur",
    "kalbar": "kalimantan barat",
    "kalteng": "kalimantan tengah",
    "kalsel": "kalimantan selatan",
    "kaltim": "kalimantan timur",
    "kaltara": "kalimantan utara",
    "sulut": "sulawesi utara",
    "sulteng": "sulawesi tengah",
    "sulsel": "sulawesi selatan",
    "sultra": "sulawesi tenggara",
    "sulbar": "sulawesi barat",
    "malut": "maluku utara",
}
_PUNCTUATION = re.compile(r"[^\w]+")


def words(text: str) -> str:
    """Lower case, accents and punctuation gone, one space between words."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).replace("_", " ").split())


def split_name(text: str) -> tuple[str | None, str]:
    """A name's kind, where its first word says it (``Kab. Banjar``: kabupaten), and the
    name itself in a form that compares (``banjar``): case, accents, punctuation and
    spacing aside, and the word "Administrasi" of Jakarta's regions dropped."""
    parts = words(text).split()
    kind = _KIND_WORDS.get(parts[0]) if len(parts) > 1 else None
    if kind is not None:
        parts = parts[1:]
    if len(parts) > 1 and parts[0] == "administrasi":
        parts = parts[1:]
    core = " ".join(parts)
    return kind, _SHORT.get(core, core) if kind in (None, "provinsi") else core


def register_core(code: str, name: str) -> str:
    """The register's name in the form that compares: a kabupaten or kota without the word
    that says which (and Jakarta's "Administrasi"); every other name as it is."""
    if code_parts(code) == 2:
        return split_name(name)[1]
    return words(name)


def names_agree(given: str, registered: str, code: str) -> bool:
    """Whether a file's name for a region is the register's, after normalising
    ``Kab.``/``Kabupaten``, case, punctuation and spacing (a kind the name states must be
    the region's; a kecamatan called "Kota Baru" is its whole name)."""
    if given.casefold() == registered.casefold():
        return True  # the common case of a long file, decided without normalising
    own = register_core(code, registered).replace(" ", "")
    if words(given).replace(" ", "") == own:
        return True
    kind, core = split_name(given)
    actual = kind_of(code)
    if kind is not None and kind != actual and not _same_level(kind, actual):
        return False
    return core.replace(" ", "") == own


def _same_level(said: str, actual: str) -> bool:
    """``Desa`` for a kelurahan is a common slip of the same level, not another region."""
    return {said, actual} <= {"desa", "kelurahan"}


class Region(NamedTuple):
    """A region of the register, with the population the register has for it (a named
    tuple: a file of 84,000 villages makes one for each)."""

    code: str
    name: str
    population: int | None = None
    population_source: str | None = None
    parents: tuple[tuple[str, str], ...] = ()  # (code, name), the province first

    @property
    def level(self) -> str:
        """provinsi, kabupaten, kota, kecamatan, kelurahan or desa."""
        return kind_of(self.code)

    @property
    def parent_code(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None

    def record(self) -> Record:
        return {
            "code": self.code,
            "name": self.name,
            "level": self.level,
            "parent_code": self.parent_code,
            "population": self.population,
            "population_source": self.population_source,
        }


class Places(Protocol):
    """What the core asks of a register: the regions of some codes, and their names."""

    source: str  # where its populations come from, and when

    def regions(self, codes: Iterable[str]) -> dict[str, Region]: ...

    def names(self, codes: list[str]) -> list[str | None]: ...


@dataclass(frozen=True)
class Found(Single):
    """``jkngap region``: the regions a look-up found (the children of one, if asked)."""

    query: str
    regions: tuple[Region, ...]
    children_of: Region | None = None
    kind = "region"
    listed = True  # JSON is a list of regions

    @property
    def notes(self) -> tuple[Note, ...]:
        notes = []
        if self.children_of is not None:
            parent = self.children_of
            notes.append(Note("note.children_of", {"name": parent.name, "code": parent.code}))
        sources = {r.population_source for r in self.regions if r.population_source}
        notes.extend(Note("note.population_source", {"source": s}) for s in sorted(sources))
        return tuple(notes)

    def rows(self) -> list[Record]:
        return [region.record() for region in self.regions]

    def record(self) -> Record:
        """The regions, each with its chain of parents (unless they share one), for a
        person's table; the population's source is said once, in a note."""
        counted = any(region.population is not None for region in self.regions)
        return {
            "regions": [
                {
                    "code": region.code,
                    "name": region.name,
                    "level": region.level,
                    **(
                        {"parents": ", ".join(name for _, name in reversed(region.parents))}
                        if self.children_of is None
                        else {}
                    ),
                    **({"population": region.population} if counted else {}),
                }
                for region in self.regions
            ]
        }

    def headline(self) -> str:
        return "\n".join(f"{region.code}\t{region.name}" for region in self.regions)


@dataclass(frozen=True)
class Placed(Wrapped):
    """A one-region result told which region of the register it is about, and where its
    population came from (the register, or the user)."""

    result: Single
    region: Region
    population_source: str  # the register's source, or "given" (by the user)
    population: int | None = None  # the population used

    @property
    def notes(self) -> tuple[Note, ...]:
        region = self.region
        params = {"name": region.name, "code": region.code}
        if self.population_source != "given":
            said = Note(
                "note.population_from_register",
                {**params, "population": region.population, "source": self.population_source},
            )
        elif region.population is not None and region.population != self.population:
            said = Note(
                "note.population_not_register",
                {**params, "population": region.population, "source": region.population_source},
            )
        else:
            return tuple(self.result.notes)
        return (said, *self.result.notes)

    def _keys(self) -> Record:
        return {
            "region_code": self.region.code,
            "region_name": self.region.name,
            "population_source": self.population_source,
        }

    def record(self) -> Record:
        return {**self._keys(), **self.result.record()}

    def rows(self) -> list[Record]:
        """The result's rows (a check's findings), each saying which region too."""
        return [{**self._keys(), **row} for row in self.result.rows()]
