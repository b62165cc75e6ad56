"""Segment columns in batch: found by header, kept, and read for each row."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import run
from jkngap.io.columns import segment_of as _segment_of

HEADER = "Kabupaten/Kota,Penduduk,Peserta,Aktif,PBI APBN,PBI APBD,PPU,PBPU,PBPU aktif,BP\n"


def _rows(path: Path, *args: str) -> list[dict[str, str]]:
    result = run("batch", str(path), "-f", "csv", *args)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("PBI APBN", ("pbiapbn", False)),
        ("Peserta PBI JK", ("pbijk", False)),
        ("PBPU aktif", ("pbpu", True)),
        ("Aktif PBPU", ("pbpu", True)),
        ("pbpu_active", ("pbpu", True)),
        ("Jumlah Peserta Mandiri", ("mandiri", False)),
        ("PBPU Pemda", ("pbpupemda", False)),
        ("Bukan Pekerja", ("bukanpekerja", False)),
        ("Peserta", None),
        ("Aktif", None),
        ("Keterangan", None),
        ("PBI", None),
    ],
)
def test_segment_headers(header: str, found: tuple[str, bool] | None) -> None:
    assert _segment_of(header) == found


def test_route_a_per_row_and_summed_in_the_total(tmp_path: Path) -> None:
    path = tmp_path / "segmen.csv"
    path.write_text(
        HEADER
        + "Kab. A,10000,9900,7000,4000,2000,1500,2000,500,400\n"
        + "Kab. B,20000,19700,16000,8000,3000,5000,3000,2900,700\n",
        encoding="utf-8",
    )
    a, b, total = _rows(path)
    # A: 80 % of 9,900 is 7,920 active, 920 more; PBPU has 1,500 inactive.
    assert (a["apbd_people"], a["apbd_budget"]) == ("920", str(920 * 42_000 * 12))
    assert a["region_paid_pct"] == "20"
    assert (b["apbd_people"], b["apbd_budget"]) == ("0", "0")
    assert (total["apbd_people"], total["apbd_budget"]) == ("920", str(920 * 504_000))
    # The segment columns pass through as they came.
    assert (a["PBI APBN"], a["PBPU aktif"]) == ("4000", "500")


def test_route_a_short_of_pbpu_stops_at_the_inactive_pbpu(tmp_path: Path) -> None:
    path = tmp_path / "segmen.csv"
    path.write_text(HEADER + "Kab. A,10000,9900,6000,4000,2000,1500,2000,1900,400\n")
    (a, _) = _rows(path)
    assert a["active_needed"] == "1920"
    assert a["apbd_people"] == "100"


def test_five_segments_that_do_not_make_the_registered_are_warned(tmp_path: Path) -> None:
    path = tmp_path / "segmen.csv"
    path.write_text(HEADER + "Kab. A,10000,9999,7000,4000,2000,1500,2000,500,400\n")
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 0
    (a, _) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert "the segments add up to 9,900, not the 9,999 registered" in a["warning"]
    assert a["registered"] == "9999"  # the file's own total is what is computed


def test_a_file_of_segments_alone_gets_its_totals(tmp_path: Path) -> None:
    path = tmp_path / "segmen.csv"
    path.write_text(
        "Wilayah;PBI JK;PBI APBD;PPU;PBPU;PBPU aktif;BP\nKab. C;2.000;1.000;1.000;800;300;100\n",
        encoding="utf-8",
    )
    (c, total) = _rows(path)
    assert c["registered"] == "4900"
    assert "registered taken as the sum of the segments" in c["warning"]
    assert total["registered"] == "4900"


def test_bad_segment_cells_are_row_errors(tmp_path: Path) -> None:
    path = tmp_path / "segmen.csv"
    path.write_text(
        HEADER
        + "Kab. A,10000,9900,7000,4000,2000,1500,2000,abc,400\n"
        + "Kab. B,20000,19700,16000,8000,3000,5000,3000,3001,700\n"
        + "Kab. C,20000,19700,16000,8000,3000,5000,3000,2900,700\n"
    )
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 3
    a, b, c, _ = list(csv.DictReader(io.StringIO(result.stdout)))
    assert "PBPU aktif" in a["error"]
    assert "pbpu has 3,001 active" in b["error"]
    assert c["error"] == ""


def test_two_columns_for_one_segment_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "segmen.csv"
    path.write_text("Wilayah,Peserta,PBPU,Mandiri\nKab. A,100,10,20\n")
    result = run("batch", str(path))
    assert result.exit_code == 2
    assert "Mandiri" in result.stderr
    assert "Traceback" not in result.stderr


def test_two_active_columns_for_one_segment_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "segmen.csv"
    path.write_text("Wilayah,Peserta,PBPU,PBPU aktif,Aktif Mandiri\nKab. A,100,10,5,6\n")
    result = run("batch", str(path))
    assert result.exit_code == 2
    assert "Aktif Mandiri" in result.stderr


def test_a_segments_active_beside_a_blank_registered_is_never_dropped(tmp_path: Path) -> None:
    # The totals from the segments would leave PBPU out, and its 500 active with it:
    # 82.67 % active, nothing needed. The row cannot be read instead, and says why.
    path = tmp_path / "segmen.csv"
    path.write_text(
        "Desa,Penduduk,PBI APBN,PBI APBN aktif,PBPU,PBPU aktif\n"
        "A,2000,1500,1240,,500\n"
        "B,2000,1500,1240,600,500\n",
        encoding="utf-8",
    )
    result = run("batch", str(path), "-f", "json")
    assert result.exit_code == 3, result.stderr
    first, second, total = json.loads(result.stdout)
    assert "segment pbpu has 500 active but no registered count" in first["error"]
    assert (second["registered"], second["active"]) == (2100, 1740)
    assert total["registered"] == 2100
    # With the totals given, the segments only add to them: said on the row.
    path.write_text(
        "Desa,Penduduk,Peserta,Aktif,PBPU,PBPU aktif\nA,2000,1900,1600,,500\n", encoding="utf-8"
    )
    given = run("batch", str(path), "-f", "json")
    assert given.exit_code == 0, given.stderr
    assert "pbpu has 500 active but no registered count" in json.loads(given.stdout)[0]["warning"]
