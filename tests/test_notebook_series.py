"""Notebooks: a series of snapshots and two sources as plain records, numbers a DataFrame
takes as numeric columns, exact values on request."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from jkngap import InputError, read_compare, read_trend

HEADER = "kode,wilayah,penduduk,peserta,aktif\n"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    june = tmp_path / "rekap-2025-06.csv"
    june.write_text(HEADER + "32.73,Kota Bandung,2599743,2578000,2061000\n", encoding="utf-8")
    january = tmp_path / "rekap-2026-01.csv"
    january.write_text(HEADER + "32.73,Kota Bandung,2599743,2568500,2057000\n", encoding="utf-8")
    return june, january


def test_a_trend_as_plain_records(tmp_path: Path) -> None:
    june, january = _files(tmp_path)
    region, total = read_trend([june, january], by="2026-12-31", agents=103)
    assert region["code"] == "32.73"
    assert (region["first_date"], region["last_date"]) == ("2025-06-01", "2026-01-01")
    assert region["registered_change"] == -9500
    assert type(region["coverage_last_pct"]) is float
    assert region["coverage_last_pct"] == 98.7982  # 98.79823...: cut to four decimals
    assert region["uhc_outlook"] == "met"
    assert region["uhc_lost_date"] is not None
    assert region["required_active_per_agent_per_working_day"] is not None
    assert total["total"] == "all"
    exact = read_trend([june, january], exact=True, total=False)
    assert len(exact) == 1
    assert exact[0]["coverage_last_pct"] == Fraction(2_568_500 * 100, 2_599_743)
    long = read_trend([june, january], long=True, total=False)
    assert [row["date"] for row in long] == ["2025-06-01", "2026-01-01"]
    with pytest.raises(InputError):
        read_trend([june])


def test_two_sources_as_plain_records(tmp_path: Path) -> None:
    june, january = _files(tmp_path)
    region, total = read_compare(june, january, tolerance="0,5%")
    assert region["registered_difference"] == -9500
    assert type(region["registered_difference_pct"]) is float
    assert region["agree"] is True
    assert region["only_in"] is None
    strict = read_compare(june, january, tolerance="100", total=False)
    assert [row["agree"] for row in strict] == [False]
    assert total["registered_a"] == 2_578_000


def test_the_notebook_functions_load_only_when_called() -> None:
    code = "import jkngap, sys; jkngap.read_trend; print('jkngap.io.snapshots' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "False"


def test_a_snapshot_without_population_takes_the_registers_as_the_command_does(
    tmp_path: Path,
) -> None:
    for name, registered in (("juni.csv", 500000), ("desember.csv", 510000)):
        text = f"kode,wilayah,peserta,aktif\n61.01,Sambas,{registered},400000\n"
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [
        Path(f"{tmp_path / 'juni.csv'}@2025-06-01"),
        Path(f"{tmp_path / 'desember.csv'}@2025-12-01"),
    ]
    sambas = read_trend(paths, by="2026-12-31", total=False)[0]
    assert (sambas["population_last"], sambas["population_source_last"]) == (
        651246,
        "Dukcapil, December 2024",
    )
    assert sambas["registrants_needed"] == -(-98 * 651246 // 100) - 510000
