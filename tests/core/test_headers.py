"""Headers as jkngap compares them, and the columns a caller names by header."""

from __future__ import annotations

import pytest

from jkngap.core.errors import InputError
from jkngap.core.headers import as_headers, given_columns, normalise_header, roles_by_header


class Missing(Exception):
    """A caller's own error for a header not found."""


def _find(header: list[object], given: dict[str, str]) -> dict[str, int]:
    return given_columns(header, given, ("population", "registered"), "test.unknown", Missing)


def test_headers_compare_without_case_spaces_underscores_or_punctuation() -> None:
    assert normalise_header("Jumlah Penduduk") == "jumlahpenduduk"
    assert normalise_header("JUMLAH_PENDUDUK (jiwa).") == "jumlahpendudukjiwa"
    assert as_headers("Desa", "kode_desa") == frozenset({"desa", "kodedesa"})
    assert roles_by_header({"population": ("Penduduk", "jumlah penduduk")}) == {
        "penduduk": "population",
        "jumlahpenduduk": "population",
    }


def test_given_columns_are_found_as_headers_compare() -> None:
    header: list[object] = ["Kode", "Jumlah Penduduk", "Peserta JKN", 7]
    found = _find(header, {"registered": "peserta_jkn", "population": "JUMLAH PENDUDUK"})
    assert found == {"registered": 2, "population": 1}


def test_of_two_columns_that_compare_alike_the_last_is_taken() -> None:
    assert _find(["Penduduk", "penduduk", "x"], {"population": "PENDUDUK"}) == {"population": 1}


def test_an_unknown_role_and_a_missing_header_raise_the_callers_errors_in_order() -> None:
    with pytest.raises(InputError) as unknown:
        _find(["Penduduk"], {"visits": "Penduduk", "population": "absent"})
    assert (unknown.value.key, unknown.value.field) == ("test.unknown", "columns")
    assert unknown.value.params == {"role": "visits", "known": "population, registered"}
    with pytest.raises(Missing) as missing:
        _find(["Penduduk"], {"population": "Jumlah", "visits": "Penduduk"})
    assert missing.value.args == ("Jumlah",)
    assert _find(["Penduduk"], {}) == {}
