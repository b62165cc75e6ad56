"""Lists as CSV, TSV, semicolon CSV, workbooks and Parquet: read alike, counted alike; a NIK
Excel turned into a number is named as damaged, never matched."""

from __future__ import annotations

from pathlib import Path

import duckdb
import people_gen
import pytest
from people_lists import rows_of, write_csv, write_xlsx
from test_reference import check_against_reference

from jkngap.core.match import reference
from jkngap.people import open_match


@pytest.mark.parametrize("extension", [".csv", ".tsv", ".xlsx"])
def test_every_format_counts_what_the_reference_counts(tmp_path: Path, extension: str) -> None:
    spec = people_gen.Spec(
        people=600, desa_limit=6, seed=11, numeric_cells=extension == ".xlsx", damaged=0.02
    )
    lists = people_gen.generate(spec, tmp_path, extension)
    check_against_reference(lists.paths)


def test_parquet_counts_what_the_reference_counts(tmp_path: Path) -> None:
    lists = people_gen.generate(people_gen.Spec(people=500, desa_limit=5, seed=5), tmp_path)
    paths = {}
    for role, path in lists.paths.items():
        paths[role] = tmp_path / f"{role}.parquet"
        # The NIK as a number where it is all digits (an integer column), else text.
        duckdb.sql(f"COPY (SELECT * FROM read_csv('{path}', all_varchar=true)) TO '{paths[role]}'")
    check_against_reference(paths)
    whole = tmp_path / "whole.parquet"
    duckdb.sql(
        f"COPY (SELECT 3601014101990010::BIGINT AS nik, '36.01.01.2001' AS kode_desa, "
        f"3601014101990010::DOUBLE AS x) TO '{whole}'"
    )
    counted, _ = reference(
        {"population": rows_of(whole, "population"), "members": rows_of(whole, "members")}
    )
    with open_match(whole, whole) as run:
        # A column of integers keeps every digit: a NIK ending in 0 there is a NIK.
        assert run.counted.lists[0].damaged == 0
        assert run.counted.desas == counted.desas


def test_a_nik_excel_made_a_number_is_damaged(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [3601014101990000, "36.01.01.2001"],  # a number cell, 16 digits, ending in 0
        [3601014101990001, "36.01.01.2001"],  # a number cell that kept its digits
        ["3601014101990010", "36.01.01.2001"],  # text ending in 0: a real NIK
        ["3.60101E+15", "36.01.01.2001"],  # scientific, as a number cell shows it
        [3.60101410199e15, "36.01.01.2002"],  # a float, rounded
        ["3601014101990020.0", "36.01.01.2002"],  # a number's text
    ]
    population = write_xlsx(tmp_path / "p.xlsx", ["NIK", "Kode Desa"], rows)
    members = write_csv(tmp_path / "m.csv", ["NIK"], [["3601014101990010"]])
    with open_match(population, members) as run:
        damaged = list(run.people("damaged", reveal_nik=True))
        registered = run.result.summary["registered"]
        summary = run.counted.lists[0]
    assert sorted((d["row"], d["reason"]) for d in damaged) == [
        (1, "rounded"),
        (4, "scientific"),
        (5, "rounded"),
        (6, "rounded"),
    ]
    assert summary.valid == 2
    assert summary.damaged == 4
    assert registered == 1
    check_against_reference({"population": population, "members": members})


def test_a_semicolon_csv_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    population = tmp_path / "p.csv"
    population.write_bytes(
        "\ufeffNIK;No KK;Kode Desa\r\n3601014101990002;3601010000000001;3601012001\r\n".encode()
    )
    members = write_csv(tmp_path / "m.csv", ["NIK", "Status"], [["3601014101990002", "AKTIF"]])
    with open_match(population, members) as run:
        (record,) = run.result.regions
    assert record["code"] == "36.01.01.2001"
    assert (record["population"], record["registered"], record["active"]) == (1, 1, 1)


def test_a_workbooks_title_rows_above_its_header_are_not_people(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    for row in (
        ["DAFTAR PENDUDUK DESA SUKAMAJU"],
        [],
        ["No KTP", "Kode Desa"],
        [3601014101990002, "36.01.01.2001"],
        ["3601014101990002", "36.01.01.2001"],
    ):
        sheet.append(row)
    workbook.save(tmp_path / "p.xlsx")
    members = write_csv(tmp_path / "m.csv", ["NIK"], [["3601014101990002"]])
    with open_match(tmp_path / "p.xlsx", members) as run:
        duplicates = list(run.people("duplicates", reveal_nik=True))
        summary = run.counted.lists[0]
    assert (summary.rows, summary.people, summary.duplicate) == (2, 1, 1)
    assert [record["row"] for record in duplicates] == [1, 2]
