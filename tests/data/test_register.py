"""The register shipped in the package: built from the source tables, found by code and
by name (forgiving, but never guessing between several)."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.errors import InputError
from jkngap.core.places import names_agree, normal_code, split_name
from jkngap.data.build import DATABASE, build
from jkngap.data.register import Register, open_register

SOURCES = Path(__file__).resolve().parents[2] / "data" / "register"


def _content(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as database:
        rows = database.execute("select * from region order by code").fetchall()
        rows += database.execute("select * from meta order by key").fetchall()
    return rows


def test_the_shipped_database_is_built_from_the_source_tables(tmp_path: Path) -> None:
    # A stale database (tables updated, or the name rules changed, without a rebuild)
    # fails here: run `python -m jkngap.data.build data/register`.
    built = tmp_path / "register.sqlite"
    build(SOURCES, built)
    assert _content(built) == _content(DATABASE)
    assert (DATABASE.parent / "LICENSE-wilayah").read_text() == (
        SOURCES / "LICENSE-wilayah"
    ).read_text()


def test_every_code_and_population_of_the_tables_is_in_the_register() -> None:
    register = open_register()
    with (SOURCES / "wilayah-2025.csv").open(encoding="utf-8") as handle:
        names = {row["kode"]: row["nama"].strip() for row in csv.DictReader(handle)}
    assert len(names) == 91_599
    found = register.regions(names)
    assert len(found) == len(names)
    assert all(
        " ".join(found[code].name.split()) == " ".join(n.split()) for code, n in names.items()
    )
    with (SOURCES / "penduduk-2024.csv").open(encoding="utf-8") as handle:
        people = {r["kode"]: int(r["jumlah"]) for r in csv.DictReader(handle) if r["kode"] != "0"}
    assert {code: found[code].population for code in people} == people
    assert sum(found[code].population or 0 for code in people if len(code) == 2) == 284_973_643
    levels = [found[code].level for code in names]
    assert (levels.count("provinsi"), levels.count("kabupaten"), levels.count("kota")) == (
        38,
        416,
        98,
    )
    assert levels.count("kecamatan") == 7_285
    assert levels.count("kelurahan") + levels.count("desa") == 83_762


def test_kalimantan_barat_sums_to_its_province() -> None:
    register = open_register()
    province = register.get("61")
    assert province is not None
    children = register.children(province)
    assert len(children) == 14
    assert sum(child.population or 0 for child in children) == province.population == 5_646_268


@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("63.03", ["63.03"]),
        ("6303", ["63.03"]),
        (" 63.03 ", ["63.03"]),
        ("Kab. Banjar", ["63.03"]),
        ("kabupaten   BANJAR", ["63.03"]),
        ("Kab Banjr", ["63.03"]),  # misspelt
        ("kota banjar", ["32.79"]),
        ("Kabupaten Kuburaya", ["61.12"]),  # spacing
        ("DKI", ["31"]),
        ("Jakarta Selatan", ["31.74"]),  # "Kota Administrasi Jakarta Selatan"
        ("Kab. Pangkajene Kepulauan", ["73.10"]),  # "Pangkajene dan Kepulauan"
        ("Keude Bakongan", ["11.01.01.2001"]),  # a village
        ("61.1", ["61.10", "61.01"]),  # a code that lost a zero: both readings
        ("xyzzy qwerty", []),
        ("99.99", []),
    ],
)
def test_look_up_by_code_and_name(query: str, codes: list[str]) -> None:
    assert [region.code for region in open_register().search(query)] == codes


def test_a_name_of_several_regions_lists_every_one_provinces_first() -> None:
    found = open_register().search("banjar")
    assert [r.code for r in found[:2]] == ["32.79", "63.03"]
    assert all(split_name(r.name)[1] == "banjar" for r in found)
    assert len(found) == 19
    with pytest.raises(InputError) as raised:
        open_register().one("banjar")
    assert raised.value.key == "region.ambiguous"
    assert raised.value.params["count"] == 19
    assert "63.03 Kabupaten Banjar" in raised.value.params["matches"]


def test_an_unknown_name_is_an_error() -> None:
    with pytest.raises(InputError) as raised:
        open_register().one("Atlantis")
    assert raised.value.key == "region.unknown"


def test_a_region_knows_its_parents() -> None:
    region = open_register().get("63.03.05.1001")
    assert region is not None
    assert [code for code, _ in region.parents] == ["63", "63.03", "63.03.05"]
    assert region.parent_code == "63.03.05"
    assert region.population is None
    assert region.record()["population_source"] is None


def test_a_broken_register_is_an_error_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "register.sqlite"
    broken.write_bytes(b"not a database")
    with pytest.raises(InputError) as raised:
        Register(broken)
    assert raised.value.key == "region.register_unavailable"


@pytest.mark.parametrize(
    ("given", "code", "agree"),
    [
        ("Kab. Sambas", "61.01", True),
        ("KABUPATEN  SAMBAS", "61.01", True),
        ("Sambas", "61.01", True),
        ("Kota Sambas", "61.01", False),  # another kind of region
        ("Kab. Bengkayang", "61.02", False),  # 61.02 is Mempawah
        ("Kubu Raya", "61.12", True),
        ("Kab. Kuburaya", "61.12", True),
        ("Kota Pontianak", "61.71", True),
        ("Kota Administrasi Jakarta Utara", "31.72", True),
        ("Jakarta Utara", "31.72", True),
    ],
)
def test_names_agree_after_normalising(given: str, code: str, agree: bool) -> None:
    region = open_register().get(code)
    assert region is not None
    assert names_agree(given, region.name, code) is agree


def test_codes_are_read_as_the_register_writes_them() -> None:
    assert normal_code("6303") == "63.03"
    assert normal_code("6303012001") == "63.03.01.2001"
    assert normal_code("63.3") is None
    assert normal_code("banjar") is None


# Codes a block of a file gives: the register's in its order (a stretch read whole), of
# every level, codes it has not, the same code twice, in order or not.
with sqlite3.connect(DATABASE) as _database:
    _CODES = sorted(code for (code,) in _database.execute("select code from region"))


@given(
    start=st.integers(0, len(_CODES) - 1),
    length=st.integers(1, 300),
    others=st.lists(
        st.sampled_from(_CODES) | st.sampled_from(["99", "63.99", "63.03.01.9999", "00"]),
        max_size=20,
    ),
    shuffled=st.randoms(use_true_random=False),
)
def test_a_block_of_codes_is_named_as_each_code_is(
    start: int, length: int, others: list[str], shuffled: Any
) -> None:
    register = open_register()
    codes = _CODES[start : start + length] + others
    if shuffled.random() < 0.5:
        shuffled.shuffle(codes)
    assert register.names(codes) == [register.name(code) for code in codes]


def test_a_block_of_codes_in_no_order_is_looked_up_code_by_code() -> None:
    register = open_register()
    # Every 300th village: their stretch holds far more regions than the block has codes.
    codes = _CODES[::300][:200]
    stretch = [code for code in _CODES if codes[0] <= code <= codes[-1]]
    assert len(stretch) > 2 * len(codes) + 64  # not read whole: code by code
    assert register.names(codes) == [register.name(code) for code in codes]
    assert register.names([]) == []
    assert register.names(["99.00.00.2000"]) == [None]
