"""``jkngap trend`` and ``jkngap compare`` on the command line: the numbers they print,
parsed and checked against an arithmetic of their own (paces cut, dates at the first whole
day, plan's paces required), every format written, every bad input refused naming the
file, row or option with exit 2, unread rows with exit 3, a disagreement with exit 1."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from conftest import run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BANDUNG = str(EXAMPLES / "bandung-bulanan-ilustrasi.csv")
KALBAR = str(EXAMPLES / "kalbar-bulanan-ilustrasi.csv")
MONTH = Fraction(146097, 4800)  # plan's month: the mean Gregorian month, in days
HEADER = "kode,wilayah,penduduk,peserta,aktif\n"


def _json(*args: str, code: int = 0) -> list[dict[str, Any]]:
    result = run(*args, "-f", "json")
    assert result.exit_code == code, (result.exit_code, result.stderr)
    parsed: list[dict[str, Any]] = json.loads(result.stdout)
    return parsed


def _file(folder: Path, name: str, *rows: str, header: str = HEADER) -> str:
    path = folder / name
    path.write_text(header + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return str(path)


def _first_day(start: date, holds: Any) -> date:
    """The first whole day at this pace: after k days of work from ``start`` (that day the
    first) the counts stand at last + pace x k, on the evening of day start + k - 1."""
    k = 1
    while not holds(k):
        k += 1
    return start + timedelta(days=k - 1)


def _cut(value: Fraction) -> int:
    return value.numerator // value.denominator


# Bandung, from the seed: June 2025 99.2 % / 79.96 %, early 2026 98.80 % / 80.10 %.


def test_bandungs_published_percentages_give_ranges_a_status_gained_and_the_day_uhc_is_lost(
    tmp_path: Path,
) -> None:
    header = "kode,wilayah,cakupan,keaktifan\n"
    june = _file(tmp_path, "juni.csv", '32.73,Kota Bandung,"99,2","79,96"', header=header)
    january = _file(tmp_path, "januari.csv", '32.73,Kota Bandung,"98,80","80,10"', header=header)
    args = ["trend", f"{june}@2025-06-03", f"{january}@2026-01-01", "--by", "2026-12"]
    bandung, total = _json(*args, "--fill-population")
    assert total["total"] == "all"
    assert bandung["population_last"] == 2_591_763  # the register's, named
    assert bandung["population_source_last"] == "Dukcapil, December 2024"
    assert bandung["days"] == (date(2026, 1, 1) - date(2025, 6, 3)).days == 212
    # A rounded percentage stands for half a unit of its last decimal either side.
    low = Fraction("80.095") - Fraction("79.965")
    high = Fraction("80.105") - Fraction("79.955")
    assert (bandung["activity_points_change_low"], bandung["activity_points_change_high"]) == (
        float(low),
        float(high),
    )
    assert bandung["activity_points_change"] is None  # a range, never one number
    assert bandung["coverage_points_change_low"] == float(Fraction("98.795") - Fraction("99.25"))
    assert bandung["coverage_points_change_high"] == float(Fraction("98.805") - Fraction("99.15"))
    # 79.96 % is surely short of 80 %, 80.10 % surely past it: Prioritas gained.
    assert (bandung["status_first"], bandung["status_last"]) == ("uhc", "uhc_prioritas")
    assert bandung["status_change"] == "gained"
    assert bandung["activity_target_outlook"] == "met"
    assert bandung["activity_target_date"] is None  # already met: no date to wait for
    # Coverage falls: the day it goes below 98 %, between the fastest fall from the
    # lowest start and the slowest from the highest.
    start = date(2026, 1, 1)

    def below(first: Fraction, change: Fraction) -> Any:
        return lambda k: first + change * k / 212 < 98

    earliest = _first_day(start, below(Fraction("98.795"), Fraction("98.795") - Fraction("99.25")))
    latest = _first_day(start, below(Fraction("98.805"), Fraction("98.805") - Fraction("99.15")))
    assert bandung["uhc_lost_date_low"] == earliest.isoformat() == "2027-01-06"
    assert bandung["uhc_lost_date_high"] == latest.isoformat()
    assert bandung["uhc_lost_date"] == earliest.isoformat()  # the earliest it may be lost
    assert bandung["uhc_at_risk"] is False  # a year away: not within three months
    at_risk = _json(*args, "--fill-population", "--horizon", "18")[0]
    assert at_risk["uhc_at_risk"] is True
    assert at_risk["at_risk"] is True


def test_bandungs_monthly_series_counts_its_paces_cut_and_keeps_every_month() -> None:
    bandung, total = _json("trend", BANDUNG, "--by", "2026-12")
    assert (bandung["first_date"], bandung["last_date"]) == ("2025-06-01", "2026-01-01")
    assert bandung["snapshots"] == 8
    assert bandung["missing_dates"] == []
    rows = list(csv.DictReader(io.StringIO(Path(BANDUNG).read_text(encoding="utf-8"))))
    first, last = rows[0], rows[-1]
    days = (date(2026, 1, 1) - date(2025, 6, 1)).days
    for key, column in (("registered", "Peserta Terdaftar"), ("active", "Peserta Aktif")):
        change = int(last[column]) - int(first[column])
        assert bandung[f"{key}_change"] == change
        # Cut down, toward minus infinity: a fall of 1,474.3 a month is -1,475.
        assert bandung[f"{key}_per_month"] == _cut(change * MONTH / days)
    population = int(first["Jumlah Penduduk"])
    activity = Fraction(int(last["Peserta Aktif"]) * 100, int(last["Peserta Terdaftar"]))
    assert bandung["activity_last_pct"] == float(round(activity, 4)) == 80.1
    coverage = Fraction(int(last["Peserta Terdaftar"]) * 100, population)
    assert bandung["coverage_last_pct"] == pytest.approx(float(coverage), abs=1e-4)
    # 79.96 % in June, 80.02 % in July: Prioritas gained in July, and held since.
    assert [(c["date"], c["change"]) for c in bandung["status_changes"]] == [
        ("2025-07-01", "gained")
    ]
    # The long form: a row per month, each its own figures.
    long = _json("trend", BANDUNG, "--long", "--no-total")
    assert [row["date"] for row in long] == [
        f"{year}-{month:02d}-01" for year, month in [(2025, m) for m in range(6, 13)] + [(2026, 1)]
    ]
    assert [row["registered"] for row in long] == [int(r["Peserta Terdaftar"]) for r in rows]
    assert total["registered_change"] == bandung["registered_change"]


def test_the_paces_required_are_plans_from_the_last_snapshot(tmp_path: Path) -> None:
    may = _file(tmp_path, "mei.csv", "63.03,Kab. Banjar,590393,560000,420000")
    june = _file(tmp_path, "juni.csv", "63.03,Kab. Banjar,590393,565000,425000")
    args = ["--by", "2025-12", "--agents", "12", "--holiday", "2025-08-18"]
    banjar = _json("trend", f"{may}@2025-05-01", f"{june}@2025-06-03", *args)[0]
    planned = run(
        "plan",
        "-p",
        "590393",
        "-r",
        "565000",
        "-a",
        "425000",
        "--from",
        "2025-06-03",
        *args,
        "-f",
        "json",
    )
    plan = json.loads(planned.stdout)
    assert banjar["days_to_deadline"] == plan["days"]
    assert banjar["working_days"] == plan["working_days"]
    assert banjar["registrants_needed"] == plan["registrants_needed"]
    assert banjar["active_needed"] == plan["active_needed"]
    for unit in ("month", "week", "working_day", "agent_per_working_day"):
        assert banjar[f"required_registered_per_{unit}"] == plan[f"per_{unit}"]
        assert banjar[f"required_active_per_{unit}"] == plan[f"active_per_{unit}"]
    # At the pace achieved (5,000 in 33 days), the first whole day UHC is reached.
    needed = -(-98 * 590393 // 100)
    reached = _first_day(date(2025, 6, 3), lambda k: 565000 + Fraction(5000 * k, 33) >= needed)
    assert banjar["uhc_date"] == reached.isoformat()
    assert banjar["uhc_outlook"] == "reached"
    assert banjar["registered_per_month"] == _cut(5000 * MONTH / 33)


def test_a_region_missing_from_a_snapshot_is_kept_and_marked(tmp_path: Path) -> None:
    first = _file(
        tmp_path, "a.csv", "63.03,Kab. Banjar,590393,560000,420000", "63.04,X,1000,900,700"
    )
    second = _file(tmp_path, "b.csv", "63.03,Kab. Banjar,590393,561000,421000")
    third = _file(
        tmp_path, "c.csv", "63.03,Kab. Banjar,590393,562000,422000", "63.04,X,1000,950,760"
    )
    result = run(
        "trend", f"{first}@2025-01-01", f"{second}@2025-02-01", f"{third}@2025-03-01", "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    missing = next(record for record in records if record["code"] == "63.04")
    assert missing["missing_dates"] == ["2025-02-01"]
    assert missing["registered_change"] == 50  # its own first and last, never a zero between
    assert missing["snapshots"] == 2
    assert "63.04" in result.stderr  # the run says which regions are missing
    long = _json(
        "trend", f"{first}@2025-01-01", f"{second}@2025-02-01", f"{third}@2025-03-01", "--long"
    )
    gap = [row for row in long if row["code"] == "63.04" and row["date"] == "2025-02-01"]
    assert len(gap) == 1
    assert gap[0]["missing"] is True
    assert gap[0]["registered"] is None


def test_dates_from_a_column_a_title_row_and_a_name(tmp_path: Path) -> None:
    column = _file(
        tmp_path,
        "rekap.csv",
        "1 Juli 2025,63.03,Kab. Banjar,590393,560000,420000",
        "1 Agustus 2025,63.03,Kab. Banjar,590393,561000,421000",
        header="tanggal," + HEADER,
    )
    assert _json("trend", column)[0]["last_date"] == "2025-08-01"
    titled = tmp_path / "rekap-a.csv"
    titled.write_text(
        "Rekap kepesertaan JKN per 1 Juli 2025\n" + HEADER + "63.03,Kab. Banjar,590393,1,1\n",
        encoding="utf-8",
    )
    named = _file(tmp_path, "rekap_agustus_2025.csv", "63.03,Kab. Banjar,590393,2,2")
    banjar = _json("trend", str(titled), named)[0]
    assert (banjar["first_date"], banjar["last_date"]) == ("2025-07-01", "2025-08-01")


def test_populations_per_date_from_a_population_file(tmp_path: Path) -> None:
    first = _file(tmp_path, "a.csv", "63.03,Kab. Banjar,,560000,420000", header=HEADER)
    second = _file(tmp_path, "b.csv", "63.03,Kab. Banjar,,561000,421000", header=HEADER)
    people = _file(
        tmp_path, "penduduk.csv", "63.03,Kab. Banjar,600000", header="kode,wilayah,penduduk\n"
    )
    banjar = _json(
        "trend",
        f"{first}@2025-07-01",
        f"{second}@2025-08-01",
        "--population-file",
        f"{people}@2025-07-01",
    )[0]
    assert banjar["population_last"] == 600000
    assert banjar["population_source_last"] == f"{people} (2025-07-01)"
    assert banjar["coverage_last_pct"] == float(round(Fraction(561000 * 100, 600000), 4))


@pytest.mark.parametrize(
    ("files", "said"),
    [
        (["a.csv", "b.csv"], "no date found for"),
        (["a.csv@2025-07-01", "b.csv@2025-07-01"], "two snapshots of 2025-07-01"),
        (["a.csv@2025-07-01"], "two dates at least"),
        (["a.csv@01/07/2025", "b.csv@2025-08-01"], "01/07/2025"),
        (["a.csv@2025-07-01", "missing.csv@2025-08-01"], "missing.csv"),
    ],
)
def test_bad_snapshots_are_refused_with_exit_2(tmp_path: Path, files: list[str], said: str) -> None:
    _file(tmp_path, "a.csv", "63.03,Kab. Banjar,590393,560000,420000")
    _file(tmp_path, "b.csv", "63.03,Kab. Banjar,590393,561000,421000")
    result = run("trend", *(str(tmp_path / name) for name in files), "-f", "json")
    assert result.exit_code == 2, result.stderr
    assert said in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--by", "next year"], "--by"),
        (["--horizon", "0"], "--horizon"),
        (["--agents", "0"], "--agents"),
        (["--sort", "nothing"], "--sort"),
        (["--long", "--sort", "code"], "--sort"),
        (["--from", "2025-01-01", "--by", "2025-12"], "--from"),
    ],
)
def test_bad_options_are_refused_naming_the_option(
    tmp_path: Path, args: list[str], option: str
) -> None:
    first = _file(tmp_path, "a.csv", "63.03,Kab. Banjar,590393,560000,420000")
    second = _file(tmp_path, "b.csv", "63.03,Kab. Banjar,590393,561000,421000")
    result = run("trend", f"{first}@2025-07-01", f"{second}@2025-08-01", *args, "-f", "json")
    assert result.exit_code == 2, result.stderr
    assert option in result.stderr


def test_a_row_that_cannot_be_read_marks_its_region_and_exits_3(tmp_path: Path) -> None:
    first = _file(
        tmp_path, "a.csv", "63.03,Kab. Banjar,590393,560000,420000", "63.04,X,1000,900,700"
    )
    second = _file(
        tmp_path, "b.csv", "63.03,Kab. Banjar,590393,561000,421000", "63.04,X,1000,abc,700"
    )
    records = _json("trend", f"{first}@2025-07-01", f"{second}@2025-08-01", code=3)
    unread = next(record for record in records if record["code"] == "63.04")
    assert unread["missing_dates"] == ["2025-08-01"]
    assert records[-1]["total"] == "all"  # everything written before the exit


def test_csv_holds_the_numbers_json_does(tmp_path: Path) -> None:
    result = run("trend", KALBAR, "--by", "2025-12", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    records = _json("trend", KALBAR, "--by", "2025-12")
    assert len(rows) == len(records) == 15  # 14 kabupaten/kota and the total
    for row, record in zip(rows, records, strict=True):
        for key in ("registered_change", "active_per_month", "required_active_per_month"):
            assert row[key] == ("" if record[key] is None else str(record[key]))
    # Kota Singkawang loses members month by month: UHC at risk within three months.
    singkawang = next(record for record in records if record["code"] == "61.72")
    assert singkawang["registered_per_month"] < 0
    assert singkawang["uhc_at_risk"] is True
    assert singkawang["at_risk"] is True
    assert [
        r["code"] for r in _json("trend", KALBAR, "--by", "2025-12", "--only-unmet", "--no-total")
    ] == [r["code"] for r in records[:-1] if r["at_risk"] or not r["prioritas_by_deadline"]]


def _below_header(sheet: Any) -> list[tuple[Any, ...]]:
    """A sheet's rows under its header (the row that starts with the code's header)."""
    rows = list(sheet.iter_rows(values_only=True))
    at = next(index for index, row in enumerate(rows) if row[0] == "Kode")
    return rows[at + 1 :]


@pytest.mark.parametrize("extension", ["xlsx", "html", "svg", "png", "pdf", "csv", "json"])
def test_every_format_writes(tmp_path: Path, extension: str) -> None:
    target = tmp_path / f"tren.{extension}"
    result = run("trend", KALBAR, "--by", "2025-12", "-o", str(target), "--lang", "id")
    if extension == "pdf" and result.exit_code == 2 and "pdf" in result.stderr:
        pytest.skip("WeasyPrint is not installed here")
    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert data
    if extension == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(target, read_only=True)
        assert book.sheetnames == ["Per tanggal", "Ringkasan", "Catatan"]
        assert book.active.title == "Ringkasan"
        long = _below_header(book["Per tanggal"])
        summary = _below_header(book["Ringkasan"])
        book.close()  # a read-only workbook holds its file open until closed
        assert len(long) == 4 * 15  # 14 regions and the total at 4 dates
        assert len(summary) == 15
        assert {row[0] for row in summary[:-1]} == {f"61.{n:02d}" for n in range(1, 13)} | {
            "61.71",
            "61.72",
        }
    if extension == "html":
        text = data.decode("utf-8")
        assert text.count("<figure") == 14  # a chart per region, up to 40
        assert "Kota Singkawang" in text
    if extension == "pdf":
        assert data.startswith(b"%PDF")


def test_the_report_charts_the_worst_first(tmp_path: Path) -> None:
    target = tmp_path / "tren.html"
    assert run("trend", KALBAR, "--by", "2025-12", "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    captions = [part.split("<figcaption>", 1)[1] for part in text.split("</figcaption>")[:-1]]
    charted = [caption.split(":", 1)[0] for caption in captions]
    records = {r["region"]: r for r in _json("trend", KALBAR, "--by", "2025-12", "--no-total")}

    def rank(record: dict[str, Any]) -> tuple[int, int]:
        # Never at this pace, at risk, late for the deadline, in time, met; the larger gap
        # first within each.
        if record["prioritas_outlook"] == "not_at_this_pace":
            order = 0
        elif record["at_risk"]:
            order = 1
        elif record["prioritas_outlook"] != "met" and not record["prioritas_by_deadline"]:
            order = 2
        elif record["prioritas_outlook"] != "met":
            order = 3
        else:
            order = 4
        return order, -(record["registrants_needed"] + record["active_needed"])

    assert sorted(charted) == sorted(records)
    assert [rank(records[name]) for name in charted] == sorted(rank(r) for r in records.values())


# compare


def test_compare_gives_each_source_the_differences_and_agreement(tmp_path: Path) -> None:
    a = _file(
        tmp_path, "bpjs.csv", "63.03,Kab. Banjar,590393,560000,420000", "63.04,X,1000,900,700"
    )
    b = _file(tmp_path, "dinas.csv", "63.03,Kab. Banjar,590393,560400,420000", "63.05,Y,10,9,8")
    records = _json("compare", a, b, "--tolerance", "0,1%", code=1)
    banjar = next(record for record in records if record["code"] == "63.03")
    assert (banjar["registered_a"], banjar["registered_b"]) == (560000, 560400)
    assert banjar["registered_difference"] == 400
    assert banjar["registered_difference_pct"] == float(round(Fraction(400 * 100, 560000), 4))
    assert banjar["registered_agree"] is True  # 400 is within 0.1 % of 560,000 (560)
    assert banjar["agree"] is True
    only = {record["code"]: record["only_in"] for record in records if record["only_in"]}
    assert only == {"63.04": "a", "63.05": "b"}  # kept, marked: the exit is 1
    tight = _json("compare", a, b, "--tolerance", "100", code=1)
    assert next(r for r in tight if r["code"] == "63.03")["agree"] is False
    same = _file(
        tmp_path, "sama.csv", "63.03,Kab. Banjar,590393,560000,420000", "63.04,X,1000,900,700"
    )
    assert _json("compare", a, same)[-1]["total"] == "all"  # every region agrees: exit 0


def test_compare_refuses_what_it_cannot_compare(tmp_path: Path) -> None:
    a = _file(tmp_path, "a.csv", "63.03,Kab. Banjar,590393,560000,420000")
    for args, said in (
        ([a], "two sources"),
        ([a, a, a], "two sources"),
        ([a, a, "--tolerance", "banyak"], "--tolerance"),
    ):
        result = run("compare", *args)
        assert result.exit_code == 2, result.stderr
        assert said in result.stderr


def test_snapshots_without_a_population_take_the_registers_and_name_it(tmp_path: Path) -> None:
    # Issue 21: "without one, the register's, named". Sambas (61.01) has 651,246 people
    # in the register (Dukcapil, December 2024).
    header = "kode,wilayah,peserta,aktif\n"
    first = _file(tmp_path, "juni.csv", "61.01,Sambas,500000,400000", header=header)
    last = _file(tmp_path, "desember.csv", "61.01,Sambas,510000,410000", header=header)
    sambas = _json("trend", f"{first}@2025-06-01", f"{last}@2025-12-01", "--by", "2026-12-31")[0]
    assert (sambas["population_first"], sambas["population_last"]) == (651246, 651246)
    assert sambas["population_source_last"] == "Dukcapil, December 2024"
    assert sambas["registrants_needed"] == -(-98 * 651246 // 100) - 510000
    cut = Fraction(510000 * 100, 651246)
    assert Fraction(str(sambas["coverage_last_pct"])) == Fraction(int(cut * 10000), 10000)
    # A file's own population comes first; without the register there is none to take.
    own = _file(tmp_path, "own.csv", "61.01,Sambas,600000,500000,400000")
    mixed = _json("trend", f"{own}@2025-06-01", f"{last}@2025-12-01", "--by", "2026-12-31")[0]
    assert (mixed["population_first"], mixed["population_last"]) == (600000, 651246)
    alone = _json(
        "trend", f"{first}@2025-06-01", f"{last}@2025-12-01", "--by", "2026-12", "--no-register"
    )[0]
    assert alone["population_last"] is None
