"""Region files read as snapshots: each one's date, its regions by the batch reader, and
every bad input named by file, row and region."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from jkngap.core.errors import InputError
from jkngap.core.model import Record
from jkngap.core.progress import TrendOptions
from jkngap.core.regions import RegionOptions
from jkngap.core.trend import trend
from jkngap.io.readers import Table
from jkngap.io.snapshots import Reading, read_side, read_snapshots, split_name_and_date

HEADER = "tanggal,kode,wilayah,penduduk,peserta,aktif\n"
REGIONS = [("63.01", "Kabupaten Tanah Laut"), ("63.02", "Kabupaten Kotabaru")]


def _figures(month: int, code: str) -> tuple[int, int, int]:
    population = 350_000 if code == "63.01" else 330_000
    registered = population * 95 // 100 + 1000 * month
    return population, registered, registered * 78 // 100 + 500 * month


def long_file(path: Path, months: range, *, by_region: bool = False) -> Path:
    """Snapshots on the first of each month, sorted by date (or by region)."""
    lines = ["REKAP KEPESERTAAN JKN KALIMANTAN SELATAN\n", HEADER]
    pairs = [(m, code, name) for m in months for code, name in REGIONS]
    if by_region:
        pairs.sort(key=lambda pair: pair[1])
    last = None
    for month, code, name in pairs:
        if not by_region and last is not None and month != last:
            lines.append(f"2025-{last:02d}-01,,JUMLAH,,,\n")  # the file's own total row
        last = month
        population, registered, active = _figures(month, code)
        lines.append(f"2025-{month:02d}-01,{code},{name},{population},{registered},{active}\n")
    lines.append(",,Sumber: BPJS Kesehatan,,,\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def run(
    names: list[str],
    reading: Reading | None = None,
    options: TrendOptions | None = None,
) -> tuple[list[Record], list[Record], list[Any]]:
    """The regions' records, the long form and the run's notes."""
    with contextlib.ExitStack() as stack:
        snapshots = read_snapshots(names, stack, stdin=None, reading=reading or Reading())
        result = trend(snapshots, options or TrendOptions(), notes=snapshots.notes)
        long = list(result.long_records())
        return [region.record() for region in result.regions], long, list(result.notes)


def test_a_long_file_sorted_by_date_streams(tmp_path: Path) -> None:
    path = long_file(tmp_path / "kalsel.csv", range(1, 7))
    regions, long, notes = run([str(path)])
    assert [r["code"] for r in regions] == ["63.01", "63.02"]
    first = regions[0]
    assert (first["first_date"], first["last_date"]) == ("2025-01-01", "2025-06-01")
    assert first["registered_change"] == 5000
    assert first["population_source_last"] == str(path)
    assert len([row for row in long if row["total"] is None]) == 12
    keys = {note.key for note in notes}
    assert "note.trend_unsorted" not in keys
    # The file's own total rows, its title and its note are not regions: named, left out.
    skipped = [note for note in notes if note.key == "batch.skipped_rows"]
    assert skipped


def test_a_file_sorted_by_region_gives_the_same_trend(tmp_path: Path) -> None:
    by_date = run([str(long_file(tmp_path / "a.csv", range(1, 7)))])
    by_region = run([str(long_file(tmp_path / "b.csv", range(1, 7), by_region=True))])
    strip = ("population_source_first", "population_source_last")

    def same(records: list[Record]) -> list[Record]:
        return [{k: v for k, v in r.items() if k not in strip} for r in records]

    assert same(by_date[0]) == same(by_region[0])
    assert "note.trend_unsorted" in {note.key for note in by_region[2]}


def test_sorted_runs_read_one_row_ahead() -> None:
    """Memory flat in the number of dates: a date's rows are read as the engine takes
    them, never the file's rows ahead of them."""
    from jkngap.io.dated import _Dates, _runs

    read: list[int] = []

    def rows() -> Any:
        for line in range(2, 2 + 3 * 1000):
            read.append(line)
            month = 1 + (line - 2) // 1000
            yield line, [f"2025-{month:02d}-01", f"63.01.01.{line:04d}", "x", "10", "9", "8"]

    table = Table(HEADER.strip().split(","), rows(), "desa.csv")
    months = [dt.date(2025, month, 1) for month in (1, 2, 3)]
    runs = _runs(table, months, [1000, 1000, 1000], _Dates(table, 0, [3, 4, 5]))
    day, first = next(runs)
    assert day == dt.date(2025, 1, 1)
    assert sum(1 for _ in first.rows) == 1000
    assert len(read) == 1000  # January's rows, and none of February's
    day, _second = next(runs)
    assert day == dt.date(2025, 2, 1)
    # A file that changed since its first look is refused, not read another way.
    fresh = Table(HEADER.strip().split(","), rows(), "desa.csv")
    changed = _runs(fresh, months, [999, 1000, 1000], _Dates(fresh, 0, [3, 4, 5]))
    with pytest.raises(InputError) as caught:
        list(changed)
    assert caught.value.key == "trend.file_changed"


def test_dates_given_in_a_title_a_name_or_by_hand(tmp_path: Path) -> None:
    header = "kode,wilayah,penduduk,peserta,aktif\n"
    titled = tmp_path / "rekap.csv"
    titled.write_text(
        "Rekap Kepesertaan JKN per 1 Juli 2025\n"
        + header
        + "63.01,Tanah Laut,350000,340000,270000\n",
        encoding="utf-8",
    )
    named = tmp_path / "rekap_agustus_2025.csv"
    named.write_text(header + "63.01,Tanah Laut,350000,341000,271000\n", encoding="utf-8")
    plain = tmp_path / "rekap-terbaru.csv"
    plain.write_text(header + "63.01,Tanah Laut,350000,342000,272000\n", encoding="utf-8")
    regions, _, notes = run([str(titled), str(named), f"{plain}@2025-09-01"])
    assert (regions[0]["first_date"], regions[0]["last_date"]) == ("2025-07-01", "2025-09-01")
    assert regions[0]["snapshots"] == 3
    keys = [note.key for note in notes]
    assert "note.trend_date_from_title" in keys
    assert "note.trend_date_from_name" in keys
    assert "note.trend_month_only" in keys  # Agustus 2025 is its first day
    with pytest.raises(InputError) as caught:
        run([str(titled), str(plain)])
    assert (caught.value.key, caught.value.path) == ("trend.no_date", str(plain))


def test_bad_dates_are_named_by_file_and_row(tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    path.write_text(
        HEADER + "2025-01-01,63.01,Tanah Laut,1000,900,800\n,63.02,Kotabaru,1000,900,800\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        run([str(path)])
    assert (caught.value.key, caught.value.path, caught.value.row) == (
        "trend.row_without_date",
        str(path),
        3,
    )
    path.write_text(HEADER + "01/07/2025,63.01,Tanah Laut,1000,900,800\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run([str(path)])
    assert (caught.value.key, caught.value.row, caught.value.column) == (
        "trend.date_order",
        2,
        "tanggal",
    )
    path.write_text("tanggal,periode,kode,peserta\n2025-01-01,2025-01,63.01,9\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run([str(path)])
    assert caught.value.key == "trend.two_date_columns"


def test_two_snapshots_of_one_date_name_both_files(tmp_path: Path) -> None:
    first = long_file(tmp_path / "a.csv", range(1, 3))
    second = long_file(tmp_path / "b.csv", range(2, 4))
    with pytest.raises(InputError) as caught:
        run([str(first), str(second)])
    assert caught.value.key == "trend.same_date"
    assert caught.value.params == {
        "date": "2025-02-01",
        "first": str(first),
        "second": str(second),
        "previous": "2025-02-01",
    }
    with pytest.raises(InputError) as caught:
        run([f"{first}@2025-05-01"])
    assert caught.value.key == "trend.date_not_in_file"


def test_a_region_twice_at_one_date_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    path.write_text(
        HEADER
        + "2025-01-01,63.01,Tanah Laut,1000,900,800\n"
        + "2025-01-01,63.01,Tanah Laut,1000,901,800\n"
        + "2025-02-01,63.01,Tanah Laut,1000,902,800\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        run([str(path)])
    error = caught.value
    assert (error.key, error.path, error.row) == ("trend.region_twice", str(path), 3)
    assert error.params["first"] == 2
    assert "63.01" in error.params["region"]


def test_an_unreadable_row_marks_its_region_missing(tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    path.write_text(
        HEADER
        + "2025-01-01,63.01,Tanah Laut,1000,900,800\n"
        + "2025-02-01,63.01,Tanah Laut,1000,sembilan,800\n"
        + "2025-03-01,63.01,Tanah Laut,1000,920,800\n",
        encoding="utf-8",
    )
    regions, long, notes = run([str(path)])
    region = regions[0]
    assert region["missing_dates"] == ["2025-02-01"]
    assert region["snapshots"] == 2
    assert region["registered_change"] == 20
    unread = [row for row in long if row["error"] is not None]
    assert [row["date"] for row in unread] == ["2025-02-01"]
    assert "trend.rows_unread" in {note.key for note in notes}


def test_bandungs_published_percentages(tmp_path: Path) -> None:
    path = tmp_path / "bandung.csv"
    path.write_text(
        "bulan;kode;wilayah;cakupan;keaktifan\n"
        "Juni 2025;32.73;Kota Bandung;99,2;79,96\n"
        "Januari 2026;32.73;Kota Bandung;98,80;80,10\n",
        encoding="utf-8",
    )
    regions, long, _ = run([str(path)])
    record = regions[0]
    assert record["exact"] is False
    assert record["coverage_points_change_low"] == Fraction("-0.455")
    assert record["status_change"] == "gained"
    assert [row["coverage_pct"] for row in long if row["total"] is None] == [
        Fraction("99.2"),
        Fraction("98.80"),
    ]


def test_populations_by_date(tmp_path: Path) -> None:
    snapshots = tmp_path / "peserta.csv"
    snapshots.write_text(
        "tanggal,kode,peserta,aktif\n"
        "2025-01-01,63.01,340000,270000\n"
        "2025-07-01,63.01,342000,272000\n",
        encoding="utf-8",
    )
    june = tmp_path / "penduduk-2024-12.csv"
    june.write_text("kode,penduduk\n63.01,350000\n", encoding="utf-8")
    december = tmp_path / "dkb.csv"
    december.write_text("kode,penduduk\n63.01,352000\n", encoding="utf-8")
    reading = Reading(population_files=[f"{june}@2024-12-31", f"{december}@2025-06-30"])
    regions, _, notes = run([str(snapshots)], reading)
    record = regions[0]
    assert (record["population_first"], record["population_last"]) == (350_000, 352_000)
    assert record["population_source_first"] == f"{june} (2024-12-31)"
    assert record["population_source_last"] == f"{december} (2025-06-30)"
    assert record["coverage_last_pct"] == Fraction(342_000 * 100, 352_000)
    assert any(note.key == "note.trend_population_changed" for note in record["note"])
    said = [note for note in notes if note.key == "note.trend_population"]
    assert len(said) == 2
    later = Reading(population_files=[f"{december}@2025-06-30"])
    _, _, notes = run([str(snapshots)], later)
    assert "note.trend_population_later" in {note.key for note in notes}


def test_the_registers_populations_and_names(tmp_path: Path) -> None:
    from jkngap.data.codes import code_finder
    from jkngap.data.register import open_register

    register = open_register()
    path = tmp_path / "kab.csv"
    # Names only, written two ways, and no population: the register's code and population.
    path.write_text(
        "tanggal,wilayah,peserta,aktif\n"
        "2025-01-01,Kab. Banjar,581578,472638\n"
        "2025-07-01,KABUPATEN BANJAR,582000,473000\n",
        encoding="utf-8",
    )
    reading = Reading(places=register, fill_population=True, find_code=code_finder(register))
    regions, _, _ = run([str(path)], reading)
    (record,) = regions[:1]
    assert record["population_last"] == 590_393
    assert record["population_source_last"] == register.source
    assert record["snapshots"] == 2
    assert record["uhc_outlook"] == "met"


def test_an_excel_long_file_with_dates_as_dates(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Tanggal", "Kode", "Wilayah", "Penduduk", "Peserta", "Aktif"])
    for month in (1, 4):
        for code, name in REGIONS:
            sheet.append([dt.datetime(2025, month, 1), code, name, *_figures(month, code)])
    path = tmp_path / "kalsel.xlsx"
    workbook.save(path)
    regions, _, _ = run([str(path)])
    assert [r["last_date"] for r in regions] == ["2025-04-01", "2025-04-01"]
    assert regions[0]["registered_change"] == 3000


def test_compare_takes_one_date_from_each_source(tmp_path: Path) -> None:
    path = long_file(tmp_path / "kalsel.csv", range(1, 4))
    with contextlib.ExitStack() as stack, pytest.raises(InputError) as caught:
        read_side(str(path), stack, stdin=None, reading=Reading())
    assert (caught.value.key, caught.value.path) == ("compare.several_dates", str(path))
    with contextlib.ExitStack() as stack:
        side, _ = read_side(f"{path}@2025-02-01", stack, stdin=None, reading=Reading())
        assert side.day == dt.date(2025, 2, 1)
        rows = [r for block in side.blocks for r in block.registered]
    assert rows == [_figures(2, "63.01")[1], _figures(2, "63.02")[1]]
    undated = tmp_path / "dukcapil.csv"
    undated.write_text("kode,penduduk\n63.01,350000\n", encoding="utf-8")
    with contextlib.ExitStack() as stack:
        side, _ = read_side(str(undated), stack, stdin=None, reading=Reading())
        assert side.day is None


def test_names_with_an_at_sign(tmp_path: Path) -> None:
    odd = tmp_path / "rekap@kantor.csv"
    odd.write_text("x", encoding="utf-8")
    assert split_name_and_date(str(odd)) == (str(odd), None)
    name, day = split_name_and_date("rekap.csv@Juli 2025")
    assert name == "rekap.csv"
    assert day is not None
    assert day.day == dt.date(2025, 7, 1)
    with pytest.raises(InputError) as caught:
        split_name_and_date("rekap.csv@kemarin")
    assert (caught.value.key, caught.value.path) == ("trend.date_unreadable", "rekap.csv")


def test_standard_input_is_held(tmp_path: Path) -> None:
    text = long_file(tmp_path / "a.csv", range(1, 3)).read_bytes()
    with contextlib.ExitStack() as stack:
        snapshots = read_snapshots(
            ["-"], stack, stdin=io.BytesIO(text), reading=Reading(options=RegionOptions())
        )
        assert [day.month for day in snapshots.dates] == [1, 2]
        result = trend(snapshots, notes=snapshots.notes)
        assert [r.registered.change for r in result.regions] == [1000, 1000]


def test_a_file_of_too_many_dates_is_refused(tmp_path: Path) -> None:
    start = dt.date(1900, 1, 1)
    lines = [HEADER] + [
        f"{start + dt.timedelta(days=n)},63.01,Tanah Laut,1000,900,800\n" for n in range(1300)
    ]
    path = tmp_path / "daily.csv"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        run([str(path)])
    assert (caught.value.key, caught.value.path) == ("trend.too_many_dates", str(path))


def test_a_long_files_blank_lines_and_left_out_rows_are_named(tmp_path: Path) -> None:
    path = long_file(tmp_path / "kalsel.csv", range(1, 4))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(4, "\n")
    path.write_text("".join(lines), encoding="utf-8")
    _, _, notes = run([str(path)])
    blank = [note for note in notes if note.key == "batch.blank_lines"]
    assert [note.params["lines"] for note in blank] == [f"{path}:5"]
    skipped = next(note for note in notes if note.key == "batch.skipped_rows")
    # The title (line 1) and the file's own totals are named, file and line.
    assert skipped.params["rows"].startswith(f"{path}:1")
