"""Regions as the core knows them (core/places.py): codes as people write them, the kind a
code names, and how names compare. The register's look-ups are tested in tests/data."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.places import (
    Region,
    code_parts,
    kind_of,
    lost_zero_readings,
    names_agree,
    normal_code,
    register_core,
    split_name,
    words,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("63.03", "63.03"),
        (" 63.03.01 ", "63.03.01"),
        ("6303", "63.03"),
        ("630301", "63.03.01"),
        ("6303012001", "63.03.01.2001"),
        ("63", "63"),
        ("63.3", None),  # a part of one digit: not a code as written (see lost zeros)
        ("630", None),
        ("63.03.01.201", None),
        ("\uff16\uff13.\uff10\uff13", None),  # full-width digits are not the register's
        ("", None),
        ("Kab. Banjar", None),
    ],
)
def test_a_code_as_people_write_it(text: str, code: str | None) -> None:
    assert normal_code(text) == code


@given(st.integers(10, 99), st.integers(1, 99), st.integers(1, 99), st.integers(1, 9999))
def test_every_dotless_code_reads_as_its_dotted_form(
    province: int, kabupaten: int, kecamatan: int, desa: int
) -> None:
    dotted = f"{province:02d}.{kabupaten:02d}.{kecamatan:02d}.{desa:04d}"
    assert normal_code(dotted.replace(".", "")) == dotted
    assert normal_code(dotted[:8].replace(".", "")) == dotted[:8]
    assert code_parts(dotted) == 4


def test_a_code_a_spreadsheet_stored_as_a_number_may_have_lost_a_zero() -> None:
    assert lost_zero_readings("61.1") == ["61.10", "61.01"]
    assert lost_zero_readings(" 61.1 ") == ["61.10", "61.01"]
    assert lost_zero_readings("61.10") == []
    assert lost_zero_readings("6.1") == []
    assert lost_zero_readings("61.1.1") == []
    assert lost_zero_readings("abc") == []


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("63", "provinsi"),
        ("63.03", "kabupaten"),
        ("63.70", "kabupaten"),
        ("63.71", "kota"),
        ("63.03.01", "kecamatan"),
        ("63.03.01.2001", "desa"),
        ("63.71.01.1001", "kelurahan"),
    ],
)
def test_the_kind_a_code_names(code: str, kind: str) -> None:
    assert kind_of(code) == kind
    assert Region(code, "x").level == kind


def test_a_region_knows_its_parent() -> None:
    assert Region("63.03.01", "Aluh-Aluh").parent_code == "63.03"
    assert Region("63", "Kalimantan Selatan").parent_code is None
    record = Region("63.03", "Kabupaten Banjar", 590393, "Dukcapil").record()
    assert record == {
        "code": "63.03",
        "name": "Kabupaten Banjar",
        "level": "kabupaten",
        "parent_code": "63",
        "population": 590393,
        "population_source": "Dukcapil",
    }


def test_words_drop_case_accents_and_punctuation() -> None:
    assert words("  Kab.  BANJAR ") == "kab banjar"
    assert words("Tanjung_Redeb") == "tanjung redeb"
    assert words("P\u0101sir\u2013Putih") == "pasir putih"  # an accent, an en dash


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Kab. Banjar", ("kabupaten", "banjar")),
        ("Kabupaten Banjar", ("kabupaten", "banjar")),
        ("KOTA Banjarbaru", ("kota", "banjarbaru")),
        ("Kota Administrasi Jakarta Pusat", ("kota", "jakarta pusat")),
        ("Kalbar", (None, "kalimantan barat")),
        ("Prov. Kalbar", ("provinsi", "kalimantan barat")),
        ("Kota", (None, "kota")),  # a name of one word keeps it
    ],
)
def test_a_names_kind_and_core(text: str, split: tuple[str | None, str]) -> None:
    assert split_name(text) == split


def test_the_registers_name_without_its_kind_word() -> None:
    assert register_core("63.03", "Kabupaten Banjar") == "banjar"
    assert register_core("63.03.01", "Kota Baru") == "kota baru"  # a kecamatan's whole name


@pytest.mark.parametrize(
    ("given", "registered", "code", "agree"),
    [
        ("Kabupaten Banjar", "Kabupaten Banjar", "63.03", True),
        ("Kab. Banjar", "Kabupaten Banjar", "63.03", True),
        ("BANJAR", "Kabupaten Banjar", "63.03", True),
        ("Kota Banjar", "Kabupaten Banjar", "63.03", False),  # the kind is the region's
        ("Kota Baru", "Kota Baru", "63.03.01", True),
        ("Desa Sungai Tabuk", "Sungai Tabuk", "63.03.01.1001", True),  # desa for a kelurahan
        ("Kecamatan Sungai Tabuk", "Sungai Tabuk", "63.03.01.1001", False),
        ("Martapura", "Kabupaten Banjar", "63.03", False),
    ],
)
def test_names_agree_as_officials_write_them(
    given: str, registered: str, code: str, agree: bool
) -> None:
    assert names_agree(given, registered, code) is agree
