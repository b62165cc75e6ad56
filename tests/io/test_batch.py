"""`jkngap batch`: the files officials have, every row kept, a correct total."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run, sheet_table
from jkngap import Base, active_needed, registrants_needed
from jkngap.core.criteria import Criteria
from jkngap.core.regions import RegionOptions, compute_row

# A province file as Excel exports it in the Indonesian locale: a byte-order mark,
# semicolons, thousands dots, decimal commas, an extra column, and one broken row.
PROVINCE = (
    "\ufeffKabupaten/Kota;Kode Wilayah;Jumlah Penduduk;Peserta Terdaftar;Peserta Aktif;"
    "Cakupan;Keterangan\r\n"
    "Kab. Banjar;63.03;590.393;581.578;472.638;98,51;=1+1\r\n"
    "Kota Banjarbaru;63.72;280.000;270.000;230.000;96,43;\r\n"
    "Kab. Rusak;63.99;lima ribu;100;50;;catatan\r\n"
    "Kab. Tapin;63.05;200.000;199.000;150.000;99,47;-\r\n"
)


@pytest.fixture
def province(tmp_path: Path) -> Path:
    path = tmp_path / "kalsel.csv"
    path.write_bytes(PROVINCE.encode("utf-8"))
    return path


def _rows(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def _total_needed(rows: list[dict[str, str]]) -> int:
    good = [row for row in rows if not row["error"] and not row["total"]]
    population = sum(int(row["population"]) for row in good)
    registered = sum(int(row["registered"]) for row in good)
    return max(0, -(-98 * population // 100) - registered)


def test_province_file_as_csv(province: Path) -> None:
    result = run("batch", str(province), "-f", "csv")
    assert result.exit_code == 3  # everything written, one row unreadable
    rows = _rows(result.stdout)
    assert [row["row"] for row in rows] == ["2", "3", "4", "5", ""]
    banjar, banjarbaru, broken, tapin, total = rows
    assert banjar["region"] == "Kab. Banjar"
    assert banjar["code"] == "63.03"  # a code is text: never 63.3
    assert banjar["population"] == "590393"
    assert banjar["coverage_pct"] == "98.5069"
    assert banjar["registrants_needed"] == "0"
    assert banjar["surplus"] == "2992"
    assert banjar["Keterangan"] == "'=1+1"  # neutralised for Excel
    assert banjarbaru["registrants_needed"] == str(-(-98 * 280000 // 100) - 270000)
    assert banjarbaru["uhc"] == "false"
    assert broken["error"] == "column 'Jumlah Penduduk': 'lima ribu' is not a number"
    assert broken["Keterangan"] == "catatan"
    assert tapin["Keterangan"] == "-"  # a lone dash is no formula
    assert total["region"] == "Total"
    assert total["total"] == "all"
    assert total["population"] == str(590393 + 280000 + 200000)
    assert total["registered"] == str(581578 + 270000 + 199000)
    assert int(total["registrants_needed"]) == _total_needed(rows)
    assert "rows that could not be read: 1" in result.stderr


def test_total_comes_from_summed_counts_not_averaged_percentages(province: Path) -> None:
    rows = json.loads(run("batch", str(province), "-f", "json").stdout)
    total = rows[-1]
    good = [row for row in rows[:-1] if row["error"] is None]
    registered = sum(row["registered"] for row in good)
    population = sum(row["population"] for row in good)
    assert total["row"] is None
    assert Decimal(str(total["coverage_pct"])) == Decimal(registered * 10**6 // population) / 10**4
    average = sum(Decimal(str(row["coverage_pct"])) for row in good) / len(good)
    assert Decimal(str(total["coverage_pct"])) != average


def test_every_format_carries_the_same_numbers(province: Path, tmp_path: Path) -> None:
    as_json = json.loads(run("batch", str(province), "-f", "json").stdout)
    as_ndjson = [
        json.loads(line) for line in run("batch", str(province), "-f", "ndjson").stdout.splitlines()
    ]
    as_tsv = _rows(run("batch", str(province), "-f", "tsv").stdout, "\t")
    assert as_json == as_ndjson
    assert [row["registrants_needed"] for row in as_json] == [
        None if row["registrants_needed"] == "" else int(row["registrants_needed"])
        for row in as_tsv
    ]
    target = tmp_path / "out.xlsx"
    assert run("batch", str(province), "-o", str(target)).exit_code == 3
    from openpyxl import load_workbook

    workbook = load_workbook(target, read_only=True)
    cells = sheet_table(workbook.worksheets[0])  # the regions (read or not) and the total
    details = sheet_table(workbook.worksheets[1])  # every row, with the rest of its columns
    header = list(cells[0])
    workbook.close()
    assert "Registrants needed" in header
    regions = [row for row in as_json if row["note"] is None or row["total"] or row["error"]]
    assert [cell["Registrants needed"] for cell in cells] == [
        row["registrants_needed"] for row in regions
    ]
    assert [cell["Row"] for cell in details] == [row["row"] for row in as_json]
    assert details[0]["Keterangan"] == "'=1+1"
    assert cells[0]["Coverage"] == pytest.approx(0.985069)  # a percentage cell
    for suffix in (".csv", ".tsv", ".json", ".ndjson"):
        path = tmp_path / f"out{suffix}"
        assert run("batch", str(province), "-o", str(path)).exit_code == 3
        assert path.stat().st_size > 0


def test_table_and_plain(province: Path) -> None:
    table = run("batch", str(province), "-f", "table", "--lang", "id")
    assert table.exit_code == 3
    assert "Kab. Banjar" in table.stdout
    assert "98,50 %" in table.stdout
    assert "┃" in table.stdout  # the bars, with the target marked
    assert "Jumlah" in table.stdout
    assert "baris 4: kolom 'Jumlah Penduduk'" in table.stdout
    plain = run("batch", str(province), "-f", "plain")
    # Two regions fall short: Banjarbaru's coverage, and Tapin's activity (75.37 %).
    assert plain.stdout == "2\n"


def test_raw_leaves_text_as_it_was(province: Path) -> None:
    rows = _rows(run("batch", str(province), "-f", "csv", "--raw").stdout)
    assert rows[0]["Keterangan"] == "=1+1"


def test_check_compares_published_percentages_row_by_row(province: Path) -> None:
    rows = _rows(run("batch", str(province), "-f", "csv", "--check").stdout)
    banjar, banjarbaru, _, tapin, _ = rows
    assert banjar["consistent"] == "true"  # 98.51 % is 98.5069 % rounded
    assert banjarbaru["consistent"] == "true"  # 96.43 % is 96.4285 % rounded
    assert tapin["consistent"] == "false"  # 199,000 of 200,000 is 99.50 %, not 99.47 %
    assert "not 200,000" in tapin["check"]


def test_sort_filter_group_and_no_total(province: Path) -> None:
    by_need = _rows(
        run(
            "batch",
            str(province),
            "-f",
            "csv",
            "--sort",
            "registrants_needed",
            "--reverse",
            "--no-total",
        ).stdout
    )
    assert [row["region"] for row in by_need] == [
        "Kota Banjarbaru",
        "Kab. Banjar",
        "Kab. Tapin",
        "Kab. Rusak",
    ]
    unmet = _rows(run("batch", str(province), "-f", "csv", "--only-unmet").stdout)
    assert [row["region"] for row in unmet] == [
        "Kota Banjarbaru",
        "Kab. Rusak",
        "Kab. Tapin",
        "Total",
    ]
    grouped = _rows(run("batch", str(province), "-f", "csv", "--group-by", "uhc").stdout)
    assert [(row["region"], row["total"]) for row in grouped] == [
        ("Kab. Banjar", ""),
        ("Kab. Tapin", ""),
        ("true", "group"),
        ("Kota Banjarbaru", ""),
        ("false", "group"),
        ("Kab. Rusak", ""),
        ("", "group"),
        ("Total", "all"),
    ]
    subtotal = grouped[2]
    assert subtotal["population"] == str(590393 + 200000)
    assert subtotal["uhc"] == "true"


def test_unknown_sort_column_is_a_usage_error(province: Path) -> None:
    result = run("batch", str(province), "--sort", "nonsense")
    assert result.exit_code == 2
    assert "--sort: no output column called 'nonsense'" in result.stderr


def test_headers_in_english_and_a_mapped_column(tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    path.write_text("Name,POP,Jml Peserta JKN\nDesa A,1000,990\n", encoding="utf-8")
    unmapped = run("batch", str(path), "-f", "csv")
    assert unmapped.exit_code == 0
    assert _rows(unmapped.stdout)[0]["Jml Peserta JKN"] == "990"  # passed through
    mapped = _rows(
        run("batch", str(path), "-f", "csv", "--column", "registered=Jml Peserta JKN").stdout
    )
    assert mapped[0]["registered"] == "990"
    assert mapped[0]["uhc"] == "true"
    bad = run("batch", str(path), "--column", "registered=Nope")
    assert bad.exit_code == 2
    assert "no column called 'Nope'" in bad.stderr


def test_standard_input_tsv_and_json_lines() -> None:
    tsv = run("batch", "-", "-f", "json", input="wilayah\tpenduduk\tpeserta\nA\t100\t90\n")
    assert json.loads(tsv.stdout)[0]["registrants_needed"] == 8
    lines = run(
        "batch",
        "-",
        "-f",
        "json",
        input='{"region": "A", "population": 100, "registered": 90}\nnot json\n',
    )
    assert lines.exit_code == 3
    data = json.loads(lines.stdout)
    assert data[0]["registrants_needed"] == 8
    assert data[1]["row"] == 2
    assert "not JSON" in data[1]["error"]


def test_json_array_and_xlsx_in(tmp_path: Path) -> None:
    array = tmp_path / "regions.json"
    array.write_text(
        json.dumps([{"region": "A", "population": 100, "registered": 90, "active": 80}]),
        encoding="utf-8",
    )
    data = json.loads(run("batch", str(array), "-f", "json").stdout)
    assert data[0]["active_needed"] == 0
    assert data[0]["uhc_prioritas"] is False

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kalbar"
    sheet.append(["Kab/Kota", "Penduduk", "Peserta"])
    sheet.append(["Kab. Sintang", 430000, 415000])
    path = tmp_path / "data.xlsx"
    workbook.save(path)
    result = run("batch", str(path), "--sheet", "Kalbar", "-f", "json")
    assert json.loads(result.stdout)[0]["registrants_needed"] == 6400
    assert json.loads(result.stdout)[0]["row"] == 2
    missing = run("batch", str(path), "--sheet", "Jabar")
    assert missing.exit_code == 2
    assert "no sheet called 'Jabar'" in missing.stderr


def test_several_files_share_one_output(tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text("region,population,registered,note\nA,100,99,x\n", encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text("region,population,registered\nB,100,50\n", encoding="utf-8")
    rows = _rows(run("batch", str(first), str(second), "-f", "csv").stdout)
    assert [row["source"] for row in rows[:2]] == [str(first), str(second)]
    assert rows[1]["note"] == ""
    assert rows[2]["population"] == "200"


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "the file is empty"),
        (b"foo,bar\n1,2\n", "no column of population, registered or active"),
        (b"penduduk,peserta\n100,\xff\xfe90\n", "not valid utf-8-sig"),
    ],
)
def test_unusable_files_are_usage_errors(tmp_path: Path, content: bytes, needle: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    result = run("batch", str(path))
    assert result.exit_code == 2
    assert needle in result.stderr
    assert result.stdout == ""


def test_another_encoding_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("wilayah;penduduk;peserta\nKab. Pérez;100;90\n".encode("cp1252"))
    assert run("batch", str(path)).exit_code == 2
    result = run("batch", str(path), "--encoding", "cp1252", "-f", "json")
    assert json.loads(result.stdout)[0]["region"] == "Kab. Pérez"


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("batch", str(tmp_path / "nope.csv"))
    assert result.exit_code == 2
    assert "cannot open the file" in result.stderr


@pytest.mark.parametrize(
    ("row", "needle"),
    [
        ("A;100;90;80;x", "more cells than the header"),
        ("A;1,000;900", "groups thousands with ','"),
        ("A;100;120;130", "130 active is more than the 120 registered"),
        ("A;0;0", "population must be above zero"),
        ("A;100;5,5", "not a whole number"),
    ],
)
def test_bad_rows_carry_an_error_and_the_rest_is_computed(
    tmp_path: Path, row: str, needle: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_text(f"wilayah;penduduk;peserta;aktif\nOK;1.000;990;900\n{row}\n", encoding="utf-8")
    result = run("batch", str(path), "-f", "json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data[0]["error"] is None
    assert data[0]["registrants_needed"] == 0
    assert needle in data[1]["error"]
    assert data[-1]["population"] == 1000  # the total counts the good rows only


def test_a_long_file_shows_a_screenful_in_a_table_worst_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jkngap.output.render

    path = tmp_path / "desa.csv"
    lines = ["desa,penduduk,peserta"] + [f"Desa {n},1000,{900 + n % 100}" for n in range(500)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    piped = run("batch", str(path), "-f", "table", "--no-register")
    assert "Desa 99 " in piped.stdout  # not at a terminal: every row
    monkeypatch.setattr(jkngap.output.render, "_at_terminal", lambda stream: True)
    result = run("batch", str(path), "-f", "table", "--no-register")
    assert "of 500" in result.stdout
    assert "Desa 99 " not in result.stdout  # 0 needed
    shown = [line.split()[2] for line in result.stdout.splitlines() if " Desa " in line]
    assert shown[:5] == ["0", "100", "200", "300", "400"]  # 80 needed each: the worst first
    everything = run("batch", str(path), "-f", "table", "--all-rows", "--no-register")
    assert "Desa 99 " in everything.stdout


targets = st.integers(min_value=1, max_value=10**4).map(lambda n: Fraction(n, 100))


@given(
    st.integers(min_value=1, max_value=10**9),
    st.data(),
    targets,
    targets,
    st.sampled_from(list(Base)),
)
def test_a_batch_row_matches_the_single_region_calculation(
    population: int,
    data: st.DataObject,
    coverage_target: Fraction,
    activity_target: Fraction,
    base: Base,
) -> None:
    registered = data.draw(st.integers(min_value=0, max_value=population * 2))
    active = data.draw(st.integers(min_value=0, max_value=min(registered, population)))
    options = RegionOptions(criteria=Criteria("test", coverage_target, activity_target), base=base)
    row: dict[str, Any] = compute_row(population, registered, active, options, {})
    needed = registrants_needed(
        population=population, registered=registered, target=coverage_target
    )
    assert needed.registrants_needed is not None
    assert row["registrants_needed"] == needed.registrants_needed.low
    assert row["uhc"] is needed.met
    if base is Base.PARTICIPANTS and registered == 0:
        return
    activity = active_needed(
        population=population,
        registered=registered,
        active=active,
        target=activity_target,
        base=base,
    )
    assert activity.active_needed is not None
    assert row["active_needed"] == activity.active_needed.low
    expected_new = activity.new_members_needed.low if activity.new_members_needed else None
    assert row["new_members_needed"] == expected_new
    assert row["coverage_pct"].as_fraction() == Fraction(registered * 10**6 // population, 10**4)


def test_an_unreadable_workbook_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    result = run("batch", str(path))
    assert result.exit_code == 2
    assert "not a readable Excel workbook" in result.stderr


def test_the_progress_bar_follows_the_bytes_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.progress import Progress

    from jkngap.output.terminal import file_progress

    shown: list[float] = []
    original = Progress.update

    rows: list[int] = []

    def spy(self: Progress, task: Any, **fields: Any) -> None:
        if "completed" in fields:
            shown.append(fields["completed"])
            rows.append(fields["rows"])
        original(self, task, **fields)

    monkeypatch.setattr(Progress, "update", spy)
    read = [0]
    with file_progress(lambda: read[0], 20_000) as advance:
        for _ in range(2):
            read[0] += 10_000
            advance(4096)  # a block of rows
    assert shown == [10_000, 20_000]  # after each block, the bytes read so far
    assert rows == [4096, 8192]  # and the rows, which the bar shows


def test_excel_percentages_and_codes_stored_as_numbers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Kode", "Wilayah", "Penduduk", "Peserta", "Cakupan"])
    sheet.append(["61.10", "Kab. Melawi", 220000, 216300, 0.9831])
    sheet.append([61.1, "Kab. Sanggau?", 500000, 440100, 0.8802])
    sheet["E2"].number_format = "0.00%"
    sheet["E3"].number_format = "0.00%"
    path = tmp_path / "kalbar.xlsx"
    workbook.save(path)
    result = run("batch", str(path), "--check", "-f", "json")
    assert result.exit_code == 0, result.stderr
    melawi, sanggau, _ = json.loads(result.stdout)
    # 0.9831 shown as 98.31 % is read as 98.31 %, and agrees with 216,300 of 220,000.
    assert melawi["consistent"] is True
    assert melawi["code"] == "61.10"
    assert melawi["warning"] is None
    assert sanggau["code"] == "61.1"
    assert "stored as a number" in sanggau["warning"]
    assert sanggau["consistent"] is True


def test_large_inputs_report_progress_by_bytes_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib
    import sys

    import jkngap.io.inputs
    import jkngap.io.rows
    from jkngap.core.regions import RegionOptions
    from jkngap.io.inputs import open_inputs
    from jkngap.io.rows import batch

    monkeypatch.setattr(jkngap.io.inputs, "PROGRESS_BYTES", 1)
    monkeypatch.setattr(jkngap.io.rows, "BLOCK_ROWS", 2)
    path = tmp_path / "desa.csv"
    path.write_text("desa,penduduk,peserta\nA,100,99\nB,100,90\nC,100,100\n", encoding="utf-8")
    seen: list[tuple[int, int, int]] = []

    @contextlib.contextmanager
    def progress(bytes_read: Any, total: int) -> Any:
        def advance(rows: int) -> None:
            seen.append((rows, bytes_read(), total))

        yield advance

    with contextlib.ExitStack() as stack:
        tables, on_rows = open_inputs([str(path)], stack, stdin=sys.stdin.buffer, progress=progress)
        records = list(batch(tables, RegionOptions(), on_rows=on_rows).records)
    size = path.stat().st_size
    # The total is 98 % of the summed 300 people less the summed 289: 5, not 0 + 8 + 0.
    assert [record["registrants_needed"] for record in records] == [0, 8, 0, 5]
    assert [rows for rows, _, _ in seen] == [2, 1]  # one call a block, with its rows
    assert seen[-1][1:] == (size, size)


@pytest.mark.parametrize("spill", [False, True])
def test_sorted_and_grouped_rows_are_the_same_held_in_memory_or_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spill: bool
) -> None:
    import jkngap.io.holding

    if spill:
        monkeypatch.setattr(jkngap.io.holding, "SPILL_ROWS", 2)
    path = tmp_path / "desa.csv"
    path.write_text(
        "desa,kode,penduduk,peserta\nA,1,100,99\nB,2,100,50\nC,3,,40\nD,4,lima,1\nE,5,100,90\n",
        encoding="utf-8",
    )
    result = run(
        "batch",
        str(path),
        "-f",
        "json",
        "--sort",
        "registrants_needed",
        "--reverse",
        "--group-by",
        "uhc",
    )
    records = json.loads(result.stdout)
    assert result.exit_code == 3
    regions = [(record["region"], record["total"]) for record in records]
    # Largest gap first within each group (groups in order of first appearance), the row
    # with no gap and the unreadable one last; each group's subtotal, then the total.
    assert regions == [
        ("B", None),
        ("E", None),
        ("false", "group"),
        ("A", None),
        ("true", "group"),
        ("C", None),
        ("D", None),
        ("", "group"),
        ("Total", "all"),
    ]
    assert [records[2]["registrants_needed"], records[-1]["registrants_needed"]] == [56, 55]
