"""Build the register database that jkngap ships from the source tables.

    python -m jkngap.data.build data/register

reads ``wilayah-*.csv`` (``kode``, ``nama``) and ``penduduk-*.csv`` (``kode``, ``nama``,
``laki_laki``, ``perempuan``, ``jumlah``) from that folder, and writes
``src/jkngap/data/register.sqlite`` and the data's licence beside it. See README's "The
region register" for when and how to update them.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import sys
from pathlib import Path

from jkngap.core.places import code_parts, normal_code, register_core

HERE = Path(__file__).parent
DATABASE = HERE / "register.sqlite"
LICENCE = "LICENSE-wilayah"

# What the shipped tables are, said wherever a figure comes from them.
META = {
    "register": "Kepmendagri No 300.2.2-2138 Tahun 2025",
    "population_source": "Dukcapil, December 2024",
    "population_date": "2024-12-31",
    "origin": "github.com/cahyadsn/wilayah (MIT licence, Cahya DSN), commit b7ad440",
}

SCHEMA = """
create table region (
    code text primary key,
    name text not null,
    population integer,
    key text  -- the name as names compare (register_core), for all but villages
) without rowid;
create table meta (key text primary key, value text not null) without rowid;
"""


def read_tables(folder: Path) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """The register's (code, name) rows and the populations by code, checked."""
    (names_file,) = sorted(folder.glob("wilayah-*.csv"))
    (people_file,) = sorted(folder.glob("penduduk-*.csv"))
    with names_file.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        if next(reader) != ["kode", "nama"]:
            raise SystemExit(f"{names_file}: the header must be kode,nama")
        names = [(code.strip(), " ".join(name.split())) for code, name in reader]
    with people_file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    people = {row["kode"].strip(): int(row["jumlah"]) for row in rows if row["kode"] != "0"}
    codes = {code for code, _ in names}
    bad = [code for code, _ in names if normal_code(code) != code]
    if bad or len(codes) != len(names):
        raise SystemExit(f"{names_file}: malformed or repeated codes: {bad[:5]}")
    if people.keys() - codes:
        raise SystemExit(
            f"{people_file}: codes not in the register: {sorted(people.keys() - codes)}"
        )
    return names, people


def _key(code: str, name: str) -> str | None:
    """The name as names compare, kept for all but villages (searched by their text)."""
    return register_core(code, name) if code_parts(code) < 4 else None


def build(folder: Path, target: Path) -> None:
    """The database at ``target`` from the tables in ``folder``."""
    names, people = read_tables(folder)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    database = sqlite3.connect(partial)
    database.executescript(SCHEMA)
    database.executemany(
        "insert into region values (?, ?, ?, ?)",
        sorted(
            (
                code,
                name,
                people.get(code),
                register_core(code, name) if code_parts(code) < 4 else None,
            )
            for code, name in names
        ),
    )
    database.executemany("insert into meta values (?, ?)", sorted(META.items()))
    database.commit()
    database.execute("vacuum")
    database.close()
    partial.replace(target)
    shutil.copyfile(folder / LICENCE, target.parent / LICENCE)


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "data/register"), DATABASE)
