"""``batch`` beside the register: codes checked, names compared and given, populations
filled, and village files rolled up to kecamatan, kabupaten and province."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from jkngap.data.register import open_register


def _batch(tmp_path: Path, text: str, *args: str) -> tuple[list[dict[str, Any]], str]:
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    result = run("batch", str(path), "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def _warnings(record: dict[str, Any]) -> str:
    return record["warning"] or ""


def test_a_file_of_codes_only_gets_the_register_names(tmp_path: Path) -> None:
    records, stderr = _batch(tmp_path, "kode,penduduk,peserta\n63.03,590393,581578\n61.71,1,1\n")
    assert [r["region"] for r in records[:2]] == ["Kabupaten Banjar", "Kota Pontianak"]
    assert records[0]["warning"] is None
    assert stderr == ""


def test_a_name_that_disagrees_with_its_code_is_a_warning_on_its_row(tmp_path: Path) -> None:
    text = (
        "Kabupaten,Kode,Penduduk,Peserta\n"
        "Kab. Bengkayang,61.02,100,99\n"
        "KAB  MEMPAWAH,61.02,100,99\n"
    )
    records, stderr = _batch(tmp_path, text)
    assert "Kabupaten Mempawah" in _warnings(records[0])
    # The second agrees with the register: its only warning is the code seen twice.
    assert records[1]["warning"] == "code 61.02 is also on row 2: the same region twice?"
    assert "1 (2)" in stderr  # one row, line 2


def test_a_code_not_in_the_register_is_a_warning(tmp_path: Path) -> None:
    records, stderr = _batch(tmp_path, "Kabupaten,Kode,Penduduk\nContoh,63.99,100\n")
    # The row's own code cell says which code: the warning does not repeat it.
    assert records[0]["code"] == "63.99"
    assert _warnings(records[0]) == "code not in the Kepmendagri register"
    assert "not in the Kepmendagri register: 1" in stderr
    assert records[0]["required_registered"] == 98  # still computed


def test_a_dotless_code_is_read_as_the_register_writes_it(tmp_path: Path) -> None:
    records, _ = _batch(tmp_path, "kode,penduduk\n6303,590393\n")
    assert records[0]["code"] == "63.03"
    assert records[0]["region"] == "Kabupaten Banjar"
    assert "6303 read as 63.03" in _warnings(records[0])


def _workbook(tmp_path: Path, rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / "kode.xlsx"
    book.save(path)
    return path


def test_a_code_excel_stored_as_a_number_is_recognised_where_one_region_fits(
    tmp_path: Path,
) -> None:
    path = _workbook(
        tmp_path,
        [
            ["Kabupaten", "Kode", "Penduduk"],
            ["Kab. Melawi", 61.10, 217600],  # stored as 61.1: 61.10 or 61.01? The name says.
            ["Kab. Sambas", 61.01, 651246],  # kept its digits
            [None, 61.10, 1000],  # no name: both 61.10 and 61.01 exist
        ],
    )
    result = run("batch", str(path), "-f", "json")
    records = json.loads(result.stdout)
    assert records[0]["code"] == "61.10"
    assert "61.1 read as 61.10" in _warnings(records[0])
    assert records[1]["code"] == "61.01"
    assert records[1]["warning"] is None  # the register has it: no digit was lost
    assert records[2]["code"] == "61.1"
    assert "could be 61.10 / 61.01" in _warnings(records[2])


def test_no_register_leaves_codes_and_names_alone(tmp_path: Path) -> None:
    records, stderr = _batch(tmp_path, "Nama,Kode,Penduduk\nX,63.99,100\n", "--no-register")
    assert records[0]["warning"] is None
    assert stderr == ""


def test_fill_population_takes_kabupaten_and_province_populations(tmp_path: Path) -> None:
    text = (
        "Wilayah,Kode,Penduduk,Peserta\n"
        "Kab. Banjar,63.03,,581578\n"  # filled from the register
        "Kalimantan Barat,61,,5241084\n"  # a province: filled
        "Tabunganen,63.04.01,,100000\n"  # a kecamatan: the register has no population
        "Kota Banjarbaru,63.72,300000,290000\n"  # the file's own figure stays
    )
    records, stderr = _batch(tmp_path, text, "--fill-population")
    banjar, kalbar, kecamatan, banjarbaru, total = records
    assert (banjar["population"], banjar["population_source"]) == (
        590393,
        "Dukcapil, December 2024",
    )
    assert banjar["registrants_needed"] == 0
    assert banjar["surplus"] == 581578 - 578586
    assert kalbar["population"] == 5646268
    assert kalbar["registrants_needed"] == 292259
    assert kecamatan["population"] is None
    assert kecamatan["population_source"] is None
    assert banjarbaru["population"] == 300000
    assert banjarbaru["population_source"] is None
    assert total["population"] == 590393 + 5646268 + 300000
    assert "populations taken from the register" in stderr


def test_without_fill_population_a_missing_population_stays_missing(tmp_path: Path) -> None:
    records, _ = _batch(tmp_path, "Wilayah,Kode,Penduduk,Peserta\nKab. Banjar,63.03,,581578\n")
    assert records[0]["population"] is None
    assert "population_source" not in records[0]


def _villages(tmp_path: Path) -> tuple[Path, list[tuple[str, int, int, int]]]:
    """A village file drawn from the register: villages of two kabupaten in two provinces."""
    register = open_register()
    draw = random.Random(7)
    rows = []
    for kabupaten in ("63.03", "63.72", "61.71"):
        parent = register.get(kabupaten)
        assert parent is not None
        for kecamatan in register.children(parent)[:3]:
            for village in register.children(kecamatan)[:3]:
                population = draw.randint(300, 9000)
                registered = draw.randint(population * 85 // 100, population)
                active = draw.randint(registered // 2, registered)
                rows.append((village.code, population, registered, active))
    draw.shuffle(rows)  # groups come in order of first appearance, wherever their rows are
    path = tmp_path / "desa.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kode", "penduduk", "peserta", "aktif"])
        writer.writerows(rows)
    return path, rows


def _required(share: int, base: int) -> int:
    return -(-share * base // 100)  # the least whole number at or above share % of base


@pytest.mark.parametrize(("level", "depth"), [("kecamatan", 3), ("kabupaten", 2), ("provinsi", 1)])
def test_rollup_computes_each_group_from_its_summed_counts(
    tmp_path: Path, level: str, depth: int
) -> None:
    path, rows = _villages(tmp_path)
    result = run("batch", str(path), "--rollup", level, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    records = list(csv.DictReader(io.StringIO(result.stdout)))
    groups: dict[str, list[tuple[str, int, int, int]]] = {}
    for row in rows:
        groups.setdefault(".".join(row[0].split(".")[:depth]), []).append(row)
    *regions, total = records
    assert [r["code"] for r in regions] == list(groups)
    register = open_register()
    for record in regions:
        members = groups[record["code"]]
        population = sum(m[1] for m in members)
        registered = sum(m[2] for m in members)
        active = sum(m[3] for m in members)
        found = register.get(record["code"])
        assert found is not None
        assert record["region"] == found.name
        assert int(record["rolled_up"]) == len(members)
        assert int(record["population"]) == population
        assert int(record["registrants_needed"]) == max(0, _required(98, population) - registered)
        assert int(record["active_needed"]) == max(0, _required(80, registered) - active)
        # The regions' own gaps added up, beside the gap of the sums.
        assert int(record["registrants_needed_sum"]) == sum(
            max(0, _required(98, m[1]) - m[2]) for m in members
        )
    assert int(total["population"]) == sum(r[1] for r in rows)
    assert int(total["registrants_needed"]) == max(
        0, _required(98, sum(r[1] for r in rows)) - sum(r[2] for r in rows)
    )


def test_rows_that_cannot_be_rolled_up_stay_and_say_why(tmp_path: Path) -> None:
    text = (
        "kode,nama,penduduk,peserta\n"
        "63.03.05.1001,Jawa,1000,990\n"
        ",Tanpa kode,500,450\n"
        "63.03,Kabupaten Banjar,590393,581578\n"  # above the kecamatan level
        "63.03.05.1002,Keraton,2000,1900\n"
    )
    records, _ = _batch(tmp_path, text, "--rollup", "kecamatan")
    martapura, no_code, kabupaten, total = records
    assert (martapura["code"], martapura["region"], martapura["rolled_up"]) == (
        "63.03.05",
        "Martapura",
        2,
    )
    assert martapura["population"] == 3000
    assert "no region code" in no_code["warning"]
    assert no_code["row"] == 3
    assert "63.03" in kabupaten["warning"]
    assert kabupaten["row"] == 4
    # Banjar's own row is the parent of the villages beside it: summed through them, once.
    assert "left out of the total" in kabupaten["warning"]
    assert total["population"] == 1000 + 500 + 2000


def test_a_rolled_up_region_says_which_of_its_rows_carry_a_warning(tmp_path: Path) -> None:
    """A row's warning (here, a code the register has not) is not lost when its row is
    summed into its kecamatan: the rolled-up row names it; a clean kecamatan says nothing."""
    text = (
        "kode,nama,penduduk,peserta\n"
        "63.03.05.1001,Keraton,1000,990\n"
        "63.03.05.1099,Entah,500,450\n"  # no such village
        "63.03.04.1001,Sungai Lulut,2000,1900\n"
    )
    records, _ = _batch(tmp_path, text, "--rollup", "kecamatan")
    martapura, sungai_tabuk, _ = records
    assert (martapura["code"], martapura["rolled_up"]) == ("63.03.05", 2)
    assert martapura["warning"] == (
        "rows summed here that carry a warning: 1 (3); run without --rollup to read them"
    )
    assert (sungai_tabuk["code"], sungai_tabuk["warning"]) == ("63.03.04", None)
    assert martapura["population"] == 1500  # the row is still summed, as its code says


def test_rollup_needs_a_code_column(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("nama,penduduk\nA,100\n", encoding="utf-8")
    result = run("batch", str(path), "--rollup", "kabupaten")
    assert result.exit_code == 2
    assert "--rollup" in result.stderr
    wrong = run("batch", str(path), "--rollup", "negara")
    assert wrong.exit_code == 2
    assert "kecamatan" in wrong.stderr


def test_batch_check_marks_a_disagreeing_row_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(
        "Wilayah;Kode;Penduduk;Peserta;Cakupan\n"
        "Kab. Banjar;63.03;590.393;581.578;99,47\n"  # 99.47 % is not 581,578 of 590,393
        "Kota Banjarbaru;63.72;280.000;270.000;96,43\n",
        encoding="utf-8",
    )
    table = run("batch", str(path), "--check", "-f", "table")
    assert table.exit_code == 1
    banjar = next(line for line in table.stdout.splitlines() if "Banjar " in line)
    assert "! Kab. Banjar" in banjar
    assert "! row 2: a coverage of 99.47 % implies a population of 584,619" in " ".join(
        table.stdout.split()
    )
    assert run("batch", str(path), "-f", "csv").exit_code == 0  # no --check, no verdict
    path.write_text(path.read_text(encoding="utf-8") + "Rusak;63.99;lima;1;\n", encoding="utf-8")
    assert run("batch", str(path), "--check", "-f", "csv").exit_code == 3  # 3 still wins


def test_fill_population_without_a_population_column_gives_the_total_one(
    tmp_path: Path,
) -> None:
    # The total's coverage was computed from the filled populations, its population empty.
    text = "Wilayah,Kode,Peserta\nKab. Banjar,63.03,581578\nKab. Tapin,63.05,190000\n"
    records, _ = _batch(tmp_path, text, "--fill-population")
    banjar, tapin, total = records
    assert total["population"] == banjar["population"] + tapin["population"]
    assert total["coverage_pct"] == pytest.approx(
        100 * (581578 + 190000) / total["population"], abs=1e-4
    )


def test_rollup_fills_the_rolled_up_rows_from_the_register(tmp_path: Path) -> None:
    text = (
        "kode,nama,peserta,aktif\n"
        "63.03.05.1001,Jawa,1000,900\n63.03.05.1002,Keraton,2000,1500\n"
        "63.04.01.2001,Tabunganen,500,400\n"
    )
    filled, _ = _batch(tmp_path, text, "--rollup", "kabupaten", "--fill-population")
    banjar, barito, _ = filled
    assert (banjar["code"], banjar["population"]) == ("63.03", 590393)
    assert banjar["population_source"] == "Dukcapil, December 2024"
    assert banjar["registrants_needed"] == 578586 - 3000
    assert barito["population_source"] == "Dukcapil, December 2024"
    # The total is the rows above it: the populations filled in, the coverage over them
    # (it was empty, "coverage from the 0 of 3 regions").
    total = filled[-1]
    assert total["population"] == 590393 + 329799 == banjar["population"] + barito["population"]
    assert total["registered"] == 3500
    assert total["coverage_pct"] == (100 * 10_000 * 3500 // 920192) / 10_000  # cut
    assert total["registrants_needed"] == -(-98 * 920192 // 100) - 3500
    assert total["note"] is None
    # Without --fill-population a population nobody gave is empty, not 0.
    plain, _ = _batch(tmp_path, text, "--rollup", "kabupaten")
    assert plain[0]["population"] is None
    assert plain[0]["coverage_pct"] is None


def _placed(
    rows: list[tuple[Any, ...]], named: bool, fill: bool, fast: bool, monkeypatch: Any
) -> tuple[dict[str, list[Any]], list[Any], list[Any], list[int]]:
    """A block's columns, warnings and standard-error notes after Placing.place, by the
    column-wise path for a block of register-written codes (``fast``) or row by row."""
    from jkngap.io import placing

    if not fast:
        monkeypatch.setattr(placing, "all_normal", lambda codes: False)
    columns: dict[str, list[Any]] = {
        "code": [row[0] for row in rows],
        "region": [row[1] if named else None for row in rows],
        "population": [row[2] for row in rows],
    }
    warnings: list[Any] = [row[3] for row in rows]
    asked: list[int] = []

    def where(i: int) -> str:
        asked.append(i)
        return str(i + 2)

    placer = placing.Placing(open_register(), fill_population=fill)
    placer.place(columns, warnings, named, where)
    monkeypatch.undo()
    return columns, warnings, placer.notes("f.csv"), asked


@pytest.mark.parametrize("named", [True, False])
@pytest.mark.parametrize("fill", [True, False])
def test_a_block_of_register_codes_placed_column_wise_is_placed_as_row_by_row(
    named: bool, fill: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jkngap.core.model import Note

    stored = (Note("note.code_as_number", {"code": "63.1"}, warning=True),)
    rows: list[tuple[Any, ...]] = [
        ("63.03.01.2001", "Bakambat", 100, None),  # the register's name: settled at once
        ("63.03.01.2002", "TANIPAH", 100, None),  # another case: compared, agrees
        ("63.03.01.2009", "Tanipah", 100, None),  # another village's name: a warning
        ("63.03.01.2001", "", 100, None),  # blank: the register's name given
        ("63.03.01.2001", None, None, None),  # no population: filled when asked
        ("63.99.99.2999", "Contoh", 100, None),  # not in the register
        ("63.99.99.2998", None, 100, stored),  # not in it, with a note already
        ("63.03", "Kab. Banjar", 100, stored),  # in it: the number note forgotten
        ("61.71", "Kota Pontianak", None, None),  # a population the register has
        *[(f"99.00.00.{2000 + n}", "Contoh", 100, None) for n in range(12)],
    ]
    fast = _placed(rows, named, fill, True, monkeypatch)
    slow = _placed(rows, named, fill, False, monkeypatch)
    assert fast[:3] == slow[:3]
    columns, warnings, notes, asked = fast
    assert columns["region"][3] == "Bakambat"
    assert warnings[0] is None
    assert warnings[1] is None
    assert warnings[5][0].key == "note.code_not_in_register"
    assert [n.key for n in warnings[6]] == ["note.code_as_number", "note.code_not_in_register"]
    assert warnings[7] is None
    unknown = next(n for n in notes if n.key == "batch.codes_not_in_register")
    assert unknown.params["count"] == 14  # every one counted, the first ten named
    assert unknown.params["rows"] == "7, 8, 11, 12, 13, 14, 15, 16, 17, 18 (+4)"
    assert len(set(asked)) == len(asked) <= 10 + 2  # rows named only where shown
    if fill:
        assert columns["population"][8] is not None  # a kota: the register has people
        assert columns["population"][4] is None  # a village: the register has no people


def test_a_file_whose_blocks_take_both_paths_reads_as_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jkngap.io import placing, rows

    monkeypatch.setattr(rows, "BLOCK_ROWS", 4)
    lines = ["desa,kode,penduduk,peserta"]
    for n, (code, name) in enumerate(
        open_register()._db.execute(
            "select code, name from region where length(code) = 13 order by code limit 10"
        )
    ):
        shown = name.upper() if n % 3 == 0 else name if n % 3 == 1 else "Lain"
        lines.append(f"{shown},{' ' + code if n == 5 else code},{100 + n},{90 + n}")
    lines.append("Contoh,99.01.01.2001,100,90")
    text = "\n".join(lines) + "\n"
    fast = _batch(tmp_path, text)
    monkeypatch.setattr(placing, "all_normal", lambda codes: False)
    assert _batch(tmp_path, text) == fast
    assert sum("not in the Kepmendagri register" in _warnings(r) for r in fast[0]) == 1
