"""Notebooks: a region file's rows as plain records, numbers a DataFrame takes as numeric
columns, exact values on request, NumPy integers taken as counts."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from jkngap import InputError, read_regions, registrants_needed

KALBAR = Path(__file__).resolve().parents[1] / "examples" / "kalbar-ilustrasi.csv"


def test_rows_are_plain_numbers() -> None:
    rows = read_regions(KALBAR)
    assert len(rows) == 15
    *regions, total = rows
    assert total["total"] == "all"
    assert total["registrants_needed"] == 292_259
    assert all(type(row["population"]) is int for row in rows)
    assert all(type(row["coverage_pct"]) is float for row in rows)
    assert all(type(row["uhc"]) is bool for row in rows)
    assert regions[0]["coverage_pct"] == 84.1026  # cut, never rounded up
    assert sum(row["population"] for row in regions) == total["population"] == 5_646_268


def test_exact_values_stay_available() -> None:
    total = read_regions(KALBAR, exact=True, total=True)[-1]
    assert total["coverage_pct"] == Fraction(100 * 5_241_084, 5_646_268)
    assert read_regions(KALBAR, total=False)[-1]["total"] is None


def test_numpy_columns_make_numeric_arrays() -> None:
    numpy = pytest.importorskip("numpy")
    rows = read_regions(KALBAR, total=False)
    shares = numpy.array([row["coverage_pct"] for row in rows])
    assert shares.dtype == numpy.float64
    needed = registrants_needed(population=numpy.int64(590393), target=98)
    assert needed.required_registered is not None
    assert needed.required_registered.low == 578_586


def test_rollup_and_errors() -> None:
    province, total = read_regions(KALBAR, rollup="provinsi")
    assert province["region"] == "Kalimantan Barat"
    assert total["population"] == province["population"]
    assert province["rolled_up"] == 14
    with pytest.raises(InputError):
        read_regions(KALBAR, rollup="negara")
    with pytest.raises(InputError):
        read_regions(KALBAR.with_name("missing.csv"))
