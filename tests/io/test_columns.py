"""Headers compared as one: the sets and lookups every reader of a file builds from its
aliases (a date column, households, a roster's, the figures batch reads)."""

from __future__ import annotations

from jkngap.io.columns import as_headers, role_of, roles_by_header


def test_names_as_headers_compare_ignoring_case_spaces_and_punctuation() -> None:
    assert as_headers("Jumlah KK", "per_tanggal") == {"jumlahkk", "pertanggal"}


def test_each_alias_leads_to_its_role() -> None:
    found = roles_by_header({"home": ("Home code", "Desa/Kelurahan"), "days": ("Hari",)})
    assert found == {"homecode": "home", "desakelurahan": "home", "hari": "days"}


def test_a_header_is_read_as_its_figure_and_any_other_as_none() -> None:
    assert role_of("JUMLAH PENDUDUK") == "population"
    assert role_of("Peserta") == "registered"
    assert role_of(None) is None  # an empty header cell
    assert role_of("Jml Pddk (DKB)") is None
