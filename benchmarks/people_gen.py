"""Synthetic lists of people for real desa codes: no real person, valid-looking NIKs.

    python benchmarks/people_gen.py --people 100000 --province 36 --out benchmarks/data/p

writes the four lists `jkngap match` reads: a population list (Dukcapil's extract: NIK,
KK, desa code, a made-up name), a membership list (BPJS: NIK, status, segment, and a desa
code for some), a welfare list (DTSEN: NIK, decile) and a region-paid list (e-Dabu: NIK).

The desa codes are the register's (data/register/wilayah-2025.csv); a NIK is a kecamatan
code of the province (mostly the person's own, sometimes another: the place of first
registration), a real date of birth with 40 added to the day for women, and a serial. The
names are syllables strung together: nobody's. The lists carry what real lists carry, in
proportions a spec sets: people registered twice, NIKs missing, mistyped or out of range,
NIKs Excel turned into numbers, desa codes missing, statuses and deciles nobody can read,
segments spelt the ways reports spell them. The same seed makes the same lists.

The tests import :func:`generate` for small lists; the benchmark for millions.
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REGISTER = Path(__file__).resolve().parents[1] / "data" / "register" / "wilayah-2025.csv"
ROLES = ("population", "members", "welfare", "region_paid")

# Header spellings each list may come with, one picked per list by the seed.
HEADERS = {
    "nik": ("NIK", "nik", "No NIK", "Nomor Induk Kependudukan"),
    "kk": ("No KK", "no_kk", "NKK", "Nomor KK"),
    "desa": ("Kode Desa", "kode_wilayah", "KODE DESA", "Kode Kelurahan"),
    "name": ("Nama", "NAMA LENGKAP", "nama"),
    "status": ("Status Aktif", "status", "STATUS KEPESERTAAN"),
    "segment": ("Segmen", "segmen peserta", "Jenis Kepesertaan"),
    "decile": ("Desil", "desil", "DESIL"),
}
# Segments as membership lists spell them, with a share of participants each and the
# share of each that is active (PBPU mandiri is where the inactive are).
SEGMENTS = (
    (("PBI APBN", "PBI JK"), 0.40, 0.85),
    (("PBI APBD", "PBPU Pemda"), 0.10, 0.95),
    (("PPU", "PPU Swasta"), 0.25, 0.88),
    (("PBPU", "Mandiri"), 0.18, 0.45),
    (("BP",), 0.07, 0.80),
)
STATUSES = {True: ("AKTIF", "Aktif", "1"), False: ("NON AKTIF", "Tidak Aktif", "0")}
_SYLLABLES = ("sa", "ri", "wa", "ti", "nu", "ra", "de", "wi", "ko", "ma", "yu", "li", "ba")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class Spec:
    """What the lists hold: how many people, and how much of what goes wrong in real lists.

    Shares are of the population list's people unless said otherwise."""

    people: int = 1000
    province: str = "36"  # Banten; or several: "36,32"
    desa_limit: int | None = None  # the first N desa of the province, for small lists
    seed: int = 1
    members: float = 0.96  # of the population, registered
    members_elsewhere: float = 0.02  # members not in the population (moved, died)
    members_desa: bool = True  # the membership list has a desa code column
    welfare: float = 0.30  # of the population, in the DTSEN list
    region_paid_listed: float = 0.9  # of the PBI APBD members, on the e-Dabu list
    duplicate: float = 0.003  # rows repeated (a person listed twice), in every list
    invalid: float = 0.003  # rows with a NIK that is missing or no NIK at all
    damaged: float = 0.002  # rows whose NIK Excel turned into a number
    numeric_cells: bool = False  # damaged NIKs as numbers (for a workbook), not as text
    no_desa: float = 0.001  # population rows without a desa code
    unreadable: float = 0.002  # statuses, segments and deciles nobody can read
    kk: bool = True  # the population list has a KK column
    names: bool = True  # and a name column
    headers: int | None = None  # which spelling of each header (None: by the seed)
    extra_columns: tuple[str, ...] = field(default_factory=tuple)  # passed through


def desa_codes(provinces: str, limit: int | None = None) -> list[str]:
    """The register's desa codes of some provinces, in code order."""
    wanted = tuple(code.strip() + "." for code in provinces.split(","))
    with REGISTER.open(encoding="utf-8") as stream:
        codes = [row[0] for row in csv.reader(stream) if len(row[0]) == 13]
    found = [code for code in codes if code.startswith(wanted)]
    if not found:
        raise SystemExit(f"no desa in province {provinces}")
    return found[:limit] if limit else found


def _dates(rng: random.Random) -> list[str]:
    """Every real DDMMYY (a man's), to draw from."""
    dates: list[str] = []
    for year in range(100):
        for month, days in enumerate(_DAYS, start=1):
            days += month == 2 and year % 4 == 0
            dates.extend(f"{day:02d}{month:02d}{year:02d}" for day in range(1, days + 1))
    rng.shuffle(dates)
    return dates


def _name(rng: random.Random) -> str:
    parts = [
        "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).title()
        for _ in range(rng.randint(1, 3))
    ]
    return " ".join(parts)


class _People:
    """The people of the lists, drawn one at a time."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.desas = desa_codes(spec.province, spec.desa_limit)
        self.kecamatan = sorted({code[:8].replace(".", "") for code in self.desas})
        self.dates = _dates(self.rng)
        self.serial = 0
        self.households = 0

    def nik(self, desa: str) -> str:
        rng = self.rng
        own = desa[:8].replace(".", "")
        area = own if rng.random() < 0.9 else rng.choice(self.kecamatan)
        date = rng.choice(self.dates)
        if rng.random() < 0.5:  # a woman: 40 added to the day
            date = f"{int(date[:2]) + 40}{date[2:]}"
        self.serial = self.serial % 9999 + 1
        return f"{area}{date}{self.serial:04d}"

    def kk(self, desa: str) -> str:
        self.households += 1
        return f"{desa[:8].replace('.', '')}{self.households % 10**10:010d}"


def _broken_nik(rng: random.Random, nik: str) -> str:
    """A NIK cell as real lists get it wrong (each is invalid)."""
    choice = rng.randrange(6)
    if choice == 0:
        return ""
    if choice == 1:
        return nik[:15]  # a digit short
    if choice == 2:
        return nik + "1"  # a digit too many
    if choice == 3:
        return nik[:6] + "32" + nik[8:]  # day 32: no date
    if choice == 4:
        return nik[:12] + "0000"  # no serial
    return nik[:5] + "O" + nik[6:]  # the letter O for a zero


def _damaged_nik(rng: random.Random, nik: str, numeric: bool) -> str | int:
    """A NIK as Excel leaves it once it was a number: its last digit lost."""
    rounded = nik[:15] + "0"
    if numeric:
        return int(rounded)
    if rng.random() < 0.5:
        return f"{nik[0]}.{nik[1:6]}E+15"
    return rounded + ".0"


def _disguised(rng: random.Random, nik: str) -> str:
    """A valid NIK written the ways files write them, all read as that NIK."""
    choice = rng.randrange(20)
    if choice == 0:
        return f" {nik} "
    if choice == 1:
        return "'" + nik
    if choice == 2:
        return f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"
    return nik


@dataclass
class Lists:
    """Where the generated lists are, and how many rows each has."""

    paths: dict[str, Path]
    rows: dict[str, int]


class _Writer:
    """A list's rows, to a CSV or TSV file, or to a workbook (whose number cells are
    numbers, as Excel keeps them)."""

    def __init__(self, path: Path, header: list[str]) -> None:
        self.path = path
        self.rows = 0
        self.workbook: Any = None
        if path.suffix == ".xlsx":
            from openpyxl import Workbook

            self.workbook = Workbook(write_only=True)
            self.sheet = self.workbook.create_sheet("Data")
            self.sheet.append(header)
            return
        self.stream = path.open("w", newline="", encoding="utf-8")
        self.csv = csv.writer(self.stream, delimiter="\t" if path.suffix == ".tsv" else ",")
        self.csv.writerow(header)

    def row(self, cells: list[object]) -> None:
        if self.workbook is not None:
            self.sheet.append(cells)
        else:
            self.csv.writerow(cells)
        self.rows += 1

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.save(self.path)
        else:
            self.stream.close()


def _headers(spec: Spec, rng: random.Random) -> dict[str, str]:
    return {
        role: names[spec.headers % len(names)] if spec.headers is not None else rng.choice(names)
        for role, names in HEADERS.items()
    }


def _cell(rng: random.Random, spec: Spec, nik: str) -> str | int:
    """A NIK cell of any list: mostly the NIK, sometimes broken or damaged."""
    draw = rng.random()
    if draw < spec.invalid:
        return _broken_nik(rng, nik)
    if draw < spec.invalid + spec.damaged:
        return _damaged_nik(rng, nik, spec.numeric_cells)
    return _disguised(rng, nik)


def _segment(rng: random.Random) -> tuple[str, bool, bool]:
    """A member's segment as spelt, whether active, and whether region-paid."""
    draw, start = rng.random(), 0.0
    for spellings, share, active in SEGMENTS:
        start += share
        if draw < start:
            return rng.choice(spellings), rng.random() < active, spellings[0] == "PBI APBD"
    return "BP", True, False


def generate(spec: Spec, folder: Path, extension: str = ".csv") -> Lists:
    """Write the four lists into ``folder`` (population.csv, members.csv, welfare.csv,
    region_paid.csv; or .tsv, or .xlsx), streaming: memory stays flat however many
    people (a workbook aside, which openpyxl holds until it is saved)."""
    folder.mkdir(parents=True, exist_ok=True)
    people = _People(spec)
    rng = people.rng
    names = _headers(spec, rng)
    population = [names["nik"], *([names["kk"]] if spec.kk else []), names["desa"]]
    population += [names["name"]] if spec.names else []
    population += list(spec.extra_columns)
    members = [names["nik"], names["status"], names["segment"]]
    members += [names["desa"]] if spec.members_desa else []
    writers = {
        "population": _Writer(folder / f"population{extension}", population),
        "members": _Writer(folder / f"members{extension}", members),
        "welfare": _Writer(folder / f"welfare{extension}", [names["nik"], names["decile"]]),
        "region_paid": _Writer(folder / f"region_paid{extension}", [names["nik"]]),
    }
    try:
        for desa, nik, kk in _residents(people):
            _write_person(spec, rng, writers, desa, nik, kk)
        for _ in range(round(spec.people * spec.members_elsewhere)):
            desa = rng.choice(people.desas)
            _write_member(spec, rng, writers, people.nik(desa), desa)
    finally:
        for writer in writers.values():
            writer.close()
    return Lists(
        {role: writers[role].path for role in ROLES},
        {role: writers[role].rows for role in ROLES},
    )


def _residents(people: _People) -> Iterator[tuple[str, str, str]]:
    """Each resident's desa, NIK and KK, a household of one to six at a time."""
    spec, rng = people.spec, people.rng
    made = 0
    while made < spec.people:
        desa = rng.choice(people.desas)
        kk = people.kk(desa)
        for _ in range(min(rng.randint(1, 6), spec.people - made)):
            made += 1
            yield desa, people.nik(desa), kk


def _write_person(
    spec: Spec,
    rng: random.Random,
    writers: dict[str, _Writer],
    desa: str,
    nik: str,
    kk: str,
) -> None:
    for _ in range(1 + (rng.random() < spec.duplicate)):
        code = desa if rng.random() >= spec.no_desa else ""
        cells: list[object] = [_cell(rng, spec, nik), *([kk] if spec.kk else []), code]
        cells += [_name(rng)] if spec.names else []
        cells += [f"x{rng.randrange(100)}" for _ in spec.extra_columns]
        writers["population"].row(cells)
    if rng.random() < spec.members:
        _write_member(spec, rng, writers, nik, desa)
    if rng.random() < spec.welfare:
        for _ in range(1 + (rng.random() < spec.duplicate)):
            decile: object = min(10, 1 + int(rng.expovariate(0.35)))
            if rng.random() < spec.unreadable:
                decile = rng.choice(("", "x", "11", "0"))
            writers["welfare"].row([_cell(rng, spec, nik), decile])


def _write_member(
    spec: Spec, rng: random.Random, writers: dict[str, _Writer], nik: str, desa: str
) -> None:
    segment, active, region_paid = _segment(rng)
    for _ in range(1 + (rng.random() < spec.duplicate)):
        status: str = rng.choice(STATUSES[active])
        shown = segment
        if rng.random() < spec.unreadable:
            status = rng.choice(("", "?", "menunggu"))
        if rng.random() < spec.unreadable:
            shown = rng.choice(("", "PBI", "lain-lain"))
        cells: list[object] = [_cell(rng, spec, nik), status, shown]
        cells += [desa] if spec.members_desa else []
        writers["members"].row(cells)
    if region_paid and rng.random() < spec.region_paid_listed:
        writers["region_paid"].row([_cell(rng, spec, nik)])


# Millions of people: the same lists, made by DuckDB's SQL (Python would take an hour for
# West Java). Each person's draws are hashes of their number and the seed, so the same seed
# makes the same lists; shares as Spec's defaults (segments as SEGMENTS).
_FAST_SQL = """
CREATE TABLE desa AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS i, code,
           replace(substr(code, 1, 8), '.', '') AS kec
    FROM (SELECT unnest($codes) AS code);
CREATE TABLE kec AS
    SELECT row_number() OVER (ORDER BY kec) - 1 AS i, kec FROM (SELECT DISTINCT kec FROM desa);
CREATE TABLE dates AS
    SELECT range AS i, strftime(DATE '1926-01-01' + to_days(CAST(range AS INTEGER)), '%d%m%y') AS d
    FROM range(36500);
CREATE TABLE person AS
    WITH base AS (
        SELECT range AS i, hash(range, $seed, 'desa') % (SELECT count(*) FROM desa) AS di,
               hash(range, $seed, 'date') % 36500 AS ti,
               hash(range, $seed, 'sex') % 2 AS woman,
               hash(range, $seed, 'area') % 10 AS moved,
               hash(range, $seed, 'kec') % (SELECT count(*) FROM kec) AS ki
        FROM range($people)
    )
    SELECT b.i, d.code AS desa,
        (CASE WHEN b.moved = 0 THEN k.kec ELSE d.kec END)
        || lpad(CAST(CAST(substr(t.d, 1, 2) AS INTEGER) + 40 * b.woman AS VARCHAR), 2, '0')
        || substr(t.d, 3, 4) || lpad(CAST(b.i % 9999 + 1 AS VARCHAR), 4, '0') AS nik,
        d.kec || lpad(CAST((b.i // 4) % 10000000000 AS VARCHAR), 10, '0') AS kk
    FROM base b JOIN desa d ON d.i = b.di JOIN dates t ON t.i = b.ti JOIN kec k ON k.i = b.ki;
CREATE MACRO cell(nik, i, what) AS CASE
    WHEN hash(i, $seed, what, 'bad') % 1000 < 3 THEN
        CASE hash(i, $seed, what, 'how') % 4 WHEN 0 THEN '' WHEN 1 THEN substr(nik, 1, 15)
             WHEN 2 THEN substr(nik, 1, 12) || '0000'
             ELSE substr(nik, 1, 6) || '32' || substr(nik, 9) END
    WHEN hash(i, $seed, what, 'bad') % 1000 < 5 THEN
        CASE WHEN hash(i, $seed, what, 'how') % 2 = 0
             THEN substr(nik, 1, 1) || '.' || substr(nik, 2, 5) || 'E+15'
             ELSE substr(nik, 1, 15) || '0.0' END
    ELSE nik END;
CREATE MACRO twice(i, what) AS hash(i, $seed, what, 'twice') % 1000 < 3;
CREATE TABLE member AS
    SELECT p.*, hash(p.i, $seed, 'segment') % 100 AS s, hash(p.i, $seed, 'active') % 100 AS a
    FROM person p WHERE hash(p.i, $seed, 'member') % 100 < 96;
"""

_FAST_COPIES = {
    "population": """
        SELECT cell(nik, i, 'p') AS "NIK", kk AS "No KK",
               CASE WHEN hash(i, $seed, 'nodesa') % 1000 = 0 THEN '' ELSE desa END AS "Kode Desa",
               'Warga ' || (i % 997) AS "Nama"
        FROM (SELECT * FROM person UNION ALL SELECT * FROM person WHERE twice(i, 'p'))
        ORDER BY i""",
    "members": """
        SELECT cell(nik, i, 'm') AS "NIK",
               CASE WHEN a < (CASE WHEN s < 40 THEN 85 WHEN s < 50 THEN 95 WHEN s < 75 THEN 88
                                   WHEN s < 93 THEN 45 ELSE 80 END) THEN 'AKTIF' ELSE 'NON AKTIF'
               END AS "Status",
               CASE WHEN s < 40 THEN 'PBI JK' WHEN s < 50 THEN 'PBI APBD' WHEN s < 75 THEN 'PPU'
                    WHEN s < 93 THEN 'PBPU' ELSE 'BP' END AS "Segmen",
               desa AS "Kode Desa"
        FROM (SELECT * FROM member UNION ALL SELECT * FROM member WHERE twice(i, 'm'))
        ORDER BY hash(i, $seed, 'order m')""",
    "welfare": """
        SELECT cell(nik, i, 'w') AS "NIK",
               least(10, 1 + CAST(floor(-ln((hash(i, $seed, 'u') % 1000000 + 1) / 1000001.0)
                                        / 0.35) AS INTEGER)) AS "Desil"
        FROM person WHERE hash(i, $seed, 'welfare') % 100 < 30
        ORDER BY hash(i, $seed, 'order w')""",
    "region_paid": """
        SELECT cell(nik, i, 'd') AS "NIK" FROM member
        WHERE s >= 40 AND s < 50 AND hash(i, $seed, 'listed') % 10 < 9""",
}


def generate_fast(spec: Spec, folder: Path, *, threads: int = 2) -> Lists:
    """The four lists for millions of people, by DuckDB (see _FAST_SQL): as :func:`generate`
    makes them, in the proportions of Spec's defaults. Members not in the population are
    left out (a province's list of its own members); every other trouble is there."""
    import duckdb

    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(config={"threads": threads, "memory_limit": "3GB"})
    con.execute("SET enable_progress_bar = false")

    # Whole numbers written into the SQL (a macro takes no parameters); the codes bound.
    def sql(text: str) -> str:
        return text.replace("$seed", str(int(spec.seed))).replace("$people", str(int(spec.people)))

    for statement in sql(_FAST_SQL).split(";"):
        if statement.strip():
            codes = desa_codes(spec.province, spec.desa_limit)
            con.execute(statement, {"codes": codes} if "$codes" in statement else None)
    paths, rows = {}, {}
    for role, query in _FAST_COPIES.items():
        paths[role] = folder / f"{role}.csv"
        con.execute(f"COPY ({sql(query)}) TO '{paths[role]}' (HEADER)")
        counted = con.execute(f"SELECT count(*) FROM ({sql(query)})").fetchone()
        rows[role] = int(counted[0]) if counted else 0
    con.close()
    return Lists(paths, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--province", default="36")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--fast", action="store_true", help="by DuckDB: for millions")
    args = parser.parse_args()
    spec = Spec(people=args.people, province=args.province, seed=args.seed)
    made = generate_fast(spec, args.out) if args.fast else generate(spec, args.out)
    for role in ROLES:
        print(f"{made.paths[role]}\t{made.rows[role]:,} rows")


if __name__ == "__main__":
    main()
