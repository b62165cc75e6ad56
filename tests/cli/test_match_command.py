"""``jkngap match`` on the command line: the per-desa table in every format and as a region
file batch reads; lists of people only in files of their owner's, masked unless revealed;
and, over hostile runs, no NIK-like digit run and no name from the lists in anything
printed, on standard output or standard error, whatever the exit."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import people_gen
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run
from jkngap.core.match import CATEGORIES

# Twelve digits or more together, a NIK in groups of four, and long hexadecimal runs (a
# hash). A desa code (ten digits with dots) and a row of counts may be shown.
SECRET = re.compile(r"\d{12,}|\d{4}([ .\-])\d{4}\1\d{4}\1\d{4}|[0-9a-fA-F]{16,}")
NIKS = ("3601014101990002", "3601015512870113", "3674010101010001")


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    spec = people_gen.Spec(people=3000, desa_limit=30, seed=5)
    return people_gen.generate(spec, tmp_path_factory.mktemp("lists")).paths


def _names(path: Path) -> set[str]:
    """The names in a population list (its last column): none may ever be printed."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert "nama" in rows[0][-1].lower() or "name" in rows[0][-1].lower()
    # Full names (a single one, "Sari", is also part of desa names, which are shown).
    names = {row[-1] for row in rows[1:] if " " in row[-1].strip()}
    assert len(names) > 100
    return names


def _match(lists: dict[str, Path], *more: str) -> list[str]:
    return [
        "match",
        *("--population", str(lists["population"]), "--members", str(lists["members"])),
        *("--welfare", str(lists["welfare"]), "--region-paid", str(lists["region_paid"])),
        *more,
    ]


def _clean(texts: Sequence[str], names: set[str]) -> None:
    for text in texts:
        assert not SECRET.search(text), SECRET.search(text)
        found = [name for name in names if name in text]
        assert not found, found[:3]


def test_the_table_in_json_is_the_counts_and_batch_reads_it_as_a_region_file(
    lists: dict[str, Path], tmp_path: Path
) -> None:
    result = run(*_match(lists, "-f", "json"))
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    *regions, total = records
    assert total["total"] == "all"
    assert len(regions) > 20
    for key in ("population", "registered", "not_registered", "takeover_candidates"):
        assert total[key] == sum(r[key] for r in regions), key
    # A desa's population holds its people whose NIK no list can match, too.
    assert all(r["population"] >= r["registered"] + r["not_registered"] for r in regions)
    assert total["takeover_budget"] == total["takeover_candidates"] * 42_000 * 12
    desa = tmp_path / "desa.csv"
    written = run(*_match(lists, "-o", str(desa)))
    assert written.exit_code == 0, written.stderr
    batch = run("batch", str(desa), "-f", "json")
    assert batch.exit_code == 0, batch.stderr
    rows = json.loads(batch.stdout)
    by_code = {row["code"]: row for row in rows if row.get("total") is None and row["code"]}
    for region in regions:
        if region["code"] is None:
            continue
        read = by_code[region["code"]]
        for key in ("population", "registered", "active", "coverage_pct", "activity_pct"):
            assert read[key] == region[key], (region["code"], key)
        assert (read["uhc"], read["uhc_prioritas"]) == (region["uhc"], region["uhc_prioritas"])
    (summed,) = [row for row in rows if row.get("total") == "all"]
    for key in ("population", "registered", "active", "coverage_pct", "registrants_needed"):
        assert summed[key] == total[key], key


def test_trend_reads_two_months_of_the_desa_table(lists: dict[str, Path], tmp_path: Path) -> None:
    # The per-desa table is a region file for trend too: two months of it, the second
    # with ten more registered in the first desa, give that change and nothing else.
    june, july = tmp_path / "juni.csv", tmp_path / "juli.csv"
    assert run(*_match(lists, "-o", str(june))).exit_code == 0
    with june.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    first = next(row for row in rows if row["code"] and not row["total"])
    first["registered"] = str(int(first["registered"]) + 10)
    with july.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = run(
        "trend", f"{june}@2025-06-30", f"{july}@2025-07-31", "--by", "2026-12", "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    *regions, total = json.loads(result.stdout)
    changed = {r["code"]: r["registered_change"] for r in regions if r["registered_change"]}
    assert changed == {first["code"]: 10}
    assert total["registered_change"] == 10
    assert len(regions) == sum(1 for row in rows if not row["total"])  # a desa without code too


@pytest.mark.parametrize("fmt", ["table", "plain", "ndjson", "csv", "tsv"])
def test_every_format_shows_the_same_table(lists: dict[str, Path], fmt: str) -> None:
    total = json.loads(run(*_match(lists, "-f", "json")).stdout)[-1]
    result = run(*_match(lists, "-f", fmt))
    assert result.exit_code == 0, result.stderr
    if fmt == "plain":
        assert result.stdout.strip() == str(total["not_registered"])
    elif fmt == "ndjson":
        assert json.loads(result.stdout.splitlines()[-1]) == total
    elif fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        *_, last = csv.DictReader(io.StringIO(result.stdout), delimiter=delimiter)
        assert int(last["not_registered"]) == total["not_registered"]
    else:
        assert "Total" in result.stdout
    _clean([result.stdout, result.stderr], _names(lists["population"]))


def test_a_workbook_of_the_table_and_indonesian_words(
    lists: dict[str, Path], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "desa.xlsx"
    result = run(*_match(lists, "-o", str(target), "--lang", "id"))
    assert result.exit_code == 0, result.stderr
    book = load_workbook(target, read_only=True)
    rows = [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    cells = [str(cell) for row in rows for cell in row if cell]
    book.close()
    assert "Belum terdaftar" in cells
    assert "NIK rusak oleh Excel" in cells


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_lists_go_to_files_of_their_owner_masked_unless_revealed(
    lists: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    total = json.loads(run(*_match(lists, "-f", "json")).stdout)[-1]
    for reveal in (False, True):
        folder = tmp_path / f"reveal-{reveal}"
        folder.mkdir()
        args = ["--list", "not-registered", "--list", "takeover", "--list-dir", str(folder)]
        args += ["--list-format", fmt, *(["--reveal-nik"] if reveal else []), "-f", "csv"]
        result = run(*_match(lists, *args))
        assert result.exit_code == 0, result.stderr
        _clean([result.stdout, result.stderr], _names(lists["population"]))
        for category, key in (
            ("not-registered", "not_registered"),
            ("takeover", "takeover_candidates"),
        ):
            path = folder / f"{category}.{fmt}"
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            people = _read_list(path)
            assert len(people) == total[key]
            niks = [person["nik"] for person in people if person["nik"]]
            full = [nik for nik in niks if re.fullmatch(r"\d{16}", nik)]
            assert len(full) == (len(niks) if reveal else 0)
            if not reveal:
                assert all(re.fullmatch(r"\d{4}\*{8}\d{4}", nik) for nik in niks)
            assert [p["code"] for p in people] == sorted(p["code"] for p in people)
        assert sorted(p.name for p in folder.iterdir()) == [
            f"not-registered.{fmt}",
            f"takeover.{fmt}",
        ]


def _read_list(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as stream:
            return list(csv.DictReader(stream))
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    header, *rows = book.worksheets[0].iter_rows(values_only=True)
    book.close()
    return [
        dict(zip(header, ("" if v is None else str(v) for v in row), strict=True)) for row in rows
    ]


def test_keyed_hashes_match_as_the_plain_numbers_do(lists: dict[str, Path], tmp_path: Path) -> None:
    key = tmp_path / "kunci"
    key.write_bytes(b"a secret the two agencies share\n")
    key.chmod(0o600)
    plain = json.loads(run(*_match(lists, "-f", "json")).stdout)
    hashed_population = tmp_path / "population-hashed.csv"
    result = run(
        *_match(lists, "--key-file", str(key), "--hashed", f"population={hashed_population}"),
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(hashed_population.stat().st_mode) == 0o600
    assert not SECRET.search(result.stderr)
    keyed = json.loads(result.stdout)
    counts = ("population", "registered", "active", "not_registered", "takeover_candidates")
    assert [[r[k] for k in counts] for r in keyed] == [[r[k] for k in counts] for r in plain]
    # The hashed copy, matched with the same key against the plain membership list: the same.
    again = run(
        "match",
        *("--population", str(hashed_population), "--members", str(lists["members"])),
        *("--key-file", str(key), "-f", "json"),
    )
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)[-1]["registered"] == plain[-1]["registered"]


def _refused(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert not SECRET.search(result.stdout + result.stderr), result.stderr
    return result.stderr


def test_refusals_exit_2_naming_the_option_and_never_a_nik(
    lists: dict[str, Path], tmp_path: Path
) -> None:
    no_nik = tmp_path / "no-nik.csv"
    no_nik.write_text(f"ID,Kode Desa\n{NIKS[0]},36.01.01.2001\n", encoding="utf-8")
    headless = tmp_path / "headless.csv"
    headless.write_text(f"{NIKS[0]},36.01.01.2001\n{NIKS[1]},36.01.01.2001\n", encoding="utf-8")
    members = str(lists["members"])
    assert "--population" in _refused("match", "--members", members)
    assert "NIK" in _refused("match", "--population", str(no_nik), "--members", members)
    _refused("match", "--population", str(headless), "--members", members)
    _refused("match", "--population", str(tmp_path / f"{NIKS[0]}.csv"), "--members", members)
    assert "--list" in _refused(*_match(lists, "--list", NIKS[1]))
    assert "--min-cell" in _refused(*_match(lists, "--min-cell", f"{NIKS[2][:8]} {NIKS[2][8:]}"))
    assert "--column" in _refused(*_match(lists, "--column", f"nik={NIKS[0]}"))
    _refused(*_match(lists, "--column", f"members.nik={NIKS[0]}"))
    _refused(*_match(lists, f"--{NIKS[0]}"))
    assert "--list-format" in _refused(*_match(lists, "--list", "invalid", "--list-format", "pdf"))
    assert "--rollup" in _refused(*_match(lists, "--rollup", "pulau"))
    missing = str(tmp_path / "nowhere")
    assert "--list-dir" in _refused(*_match(lists, "--list", "invalid", "--list-dir", missing))
    # A list is never written over one of the lists read.
    folder = lists["population"].parent
    copy = folder / "invalid.csv"
    copy.write_bytes(lists["population"].read_bytes())
    _refused(
        "match",
        *("--population", str(copy), "--members", members),
        *("--list", "invalid", "--list-dir", str(folder)),
    )
    assert copy.read_bytes() == lists["population"].read_bytes()


HOSTILE_CELLS = st.one_of(
    st.sampled_from(NIKS),
    st.sampled_from(NIKS).map(lambda nik: f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"),
    st.sampled_from(NIKS).map(lambda nik: f'"{nik}'),  # a quote never closed
    st.sampled_from(("Siti Rahayu", "", "36.01.01.2001", "AKTIF", "PBPU", "3", "=1+1")),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12),
)
HEADERS = st.sampled_from(("NIK", "Nama", "Kode Desa", "Status", "No KK", "Desil", "Segmen"))


@settings(
    max_examples=20,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    header=st.lists(st.one_of(HEADERS, HOSTILE_CELLS), min_size=1, max_size=4),
    rows=st.lists(st.lists(HOSTILE_CELLS, min_size=1, max_size=5), max_size=6),
    category=st.sampled_from(CATEGORIES),
    fmt=st.sampled_from(["table", "json", "csv", "plain"]),
)
def test_no_hostile_run_prints_a_nik_or_a_name(
    tmp_path: Path, header: list[str], rows: list[list[str]], category: str, fmt: str
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    population = folder / f"{NIKS[0]}.csv"
    lines = [",".join(header), *(",".join(row) for row in rows)]
    population.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="replace")
    members = folder / "members.csv"
    members.write_text(f"NIK,Status,Nama\n{NIKS[0]},AKTIF,Siti Rahayu\n", encoding="utf-8")
    result = run(
        "match",
        *("--population", str(population), "--members", str(members)),
        *("--list", category, "--list-dir", str(folder), "-f", fmt),
    )
    assert result.exit_code in (0, 2), (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr
    _clean([result.stdout, result.stderr], {"Siti", "Rahayu"})
