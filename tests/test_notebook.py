"""Notebooks: a region file's rows as plain records, numbers a DataFrame takes as numeric
columns, exact values on request, NumPy integers taken as counts."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from jkngap import InputError, read_regions, registrants_needed

KALBAR = Path(__file__).resolve().parents[1] / "examples" / "kalbar-ilustrasi.csv"


def test_rows_are_plain_numbers() -> None:
    rows = read_regions(KALBAR, total=True)
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
    province, total = read_regions(KALBAR, rollup="provinsi", total=True)
    assert province["region"] == "Kalimantan Barat"
    assert total["population"] == province["population"]
    assert province["rolled_up"] == 14
    with pytest.raises(InputError):
        read_regions(KALBAR, rollup="negara")
    with pytest.raises(InputError):
        read_regions(KALBAR.with_name("missing.csv"))


OFFICIAL = """REKAPITULASI KEPESERTAAN JKN KALIMANTAN BARAT
Wilayah,Kode,Penduduk,Peserta
Kabupaten Sambas,61.01,651246,547715
Kabupaten Mempawah,61.02,314148,310096
JUMLAH,,965394,857811
Sumber: BPJS Kesehatan
"""


def test_by_default_only_the_regions_so_a_sum_counts_each_once(tmp_path: Path) -> None:
    """An official's file: a title row, its own JUMLAH row, a note. Summed as they come,
    the rows used to give three times the province (regions, JUMLAH, jkngap's total)."""
    path = tmp_path / "kalbar.csv"
    path.write_text(OFFICIAL, encoding="utf-8")
    rows = read_regions(path, register=False)
    assert [row["region"] for row in rows] == ["Kabupaten Sambas", "Kabupaten Mempawah"]
    assert {row["row_type"] for row in rows} == {"region"}
    assert sum(row["population"] for row in rows) == 965_394
    everything = read_regions(path, register=False, total=True, file_rows=True)
    kinds = [row["row_type"] for row in everything]
    assert kinds == ["title", "region", "region", "file_total", "note", "total"]
    assert everything[-1]["population"] == 965_394  # the total sums the regions alone


def test_rollup_takes_the_command_lines_words() -> None:
    """``read_regions(rollup="kota")`` works as ``batch --rollup kota`` does: one pipeline."""
    import json

    from conftest import run

    rows = read_regions(KALBAR, rollup="kota", total=True)
    printed = json.loads(run("batch", str(KALBAR), "--rollup", "kota", "-f", "json").stdout)
    assert [row["code"] for row in rows] == [row["code"] for row in printed]
    assert [row["registrants_needed"] for row in rows] == [
        row["registrants_needed"] for row in printed
    ]


def test_the_modules_example_gives_the_provinces_population() -> None:
    rows = read_regions(KALBAR)
    assert sum(row["population"] for row in rows) == 5_646_268
