"""The block path: rows read and computed a block at a time give the same answers, to the
byte, whatever the size of a block, and every column is written as its kind asks."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import run

VILLAGES = """\
desa,kode,penduduk,peserta,aktif,catatan
Desa A,63.03.01.2001,1000,990,900,=HYPERLINK("x")
Desa B,63.03.01.2002,1000,900,700,ok
Desa C,63.03.01.2003,lima,900,700,
Desa D,63.03.01.2004,1000,,,
Desa E,63.03.01.2005,1000,1200,1100,
Desa F,63.03.01.2006,0,10,5,
Desa G,63.03.01.2007,1000,980,,"two
lines"
Desa H,63.03.01.2008,,500,450,
Desa I,63.03.01.2009,1000,900,950,
Desa J,63.03.01.2010,1.000,990,800,
"""


@pytest.fixture
def villages(tmp_path: Path) -> Path:
    path = tmp_path / "desa.csv"
    path.write_text(VILLAGES, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "ndjson"])
def test_any_block_size_gives_the_same_bytes(
    villages: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jkngap.io.rows

    whole = run("batch", str(villages), "-f", fmt)
    for size in (1, 2, 3, 7):
        monkeypatch.setattr(jkngap.io.rows, "BLOCK_ROWS", size)
        parts = run("batch", str(villages), "-f", fmt)
        assert (parts.exit_code, parts.stdout) == (whole.exit_code, whole.stdout), size
    assert whole.exit_code == 3  # Desa C, F and I cannot be read


def test_every_row_is_computed_or_says_why(villages: Path) -> None:
    result = run("batch", str(villages), "-f", "json")
    rows = {row["region"]: row for row in json.loads(result.stdout)}
    assert rows["Desa A"]["registrants_needed"] == 0
    assert rows["Desa B"]["registrants_needed"] == 80
    assert "'lima' is not a number" in rows["Desa C"]["error"]
    assert rows["Desa C"]["population"] is None  # half-read figures would mislead
    assert rows["Desa D"]["required_registered"] == 980
    assert rows["Desa D"]["registrants_needed"] is None
    assert "above 100 %" in rows["Desa E"]["warning"]
    assert "above zero" in rows["Desa F"]["error"]
    assert rows["Desa G"]["registrants_needed"] == 0
    assert rows["Desa G"]["active_needed"] is None
    assert rows["Desa H"]["required_active"] == 400
    assert rows["Desa H"]["registrants_needed"] is None
    assert "more than the 900 registered" in rows["Desa I"]["error"]
    assert rows["Desa J"]["population"] == 1000
    total = rows["Total"]
    # Coverage from the five regions with both counts (A, B, E, G, J), never from a row
    # missing one: 5,060 of 5,000 people, and the regions' own gaps add up to Desa B's 80.
    assert (total["population"], total["registered"]) == (6000, 5560)
    assert total["coverage_pct"] == 101.2
    assert total["registrants_needed"] == 0
    assert total["registrants_needed_sum"] == 80
    assert "coverage from the 5 of 7 regions" in total["note"]
    assert "activity from the 5 of 7 regions" in total["note"]
    assert "unreadable: 3" in total["note"]


def test_delimited_cells_are_words_numbers_and_safe_text(villages: Path) -> None:
    result = run("batch", str(villages), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    for row in rows:
        assert row["uhc"] in ("true", "false", "")
        assert row["uhc_prioritas"] in ("true", "false", "")
    desa_a = rows[0]
    assert desa_a["catatan"] == '\'=HYPERLINK("x")'  # neutralised
    assert desa_a["coverage_pct"] == "99"
    assert rows[1]["activity_pct"] == "77.7777"
    desa_g = next(row for row in rows if row["region"] == "Desa G")
    assert desa_g["catatan"] == "two lines"  # a line break never starts a row


def test_a_column_of_no_verdicts_is_written_as_words(tmp_path: Path) -> None:
    # Every region short: the verdict columns hold False and nothing else.
    path = tmp_path / "short.csv"
    path.write_text("desa,penduduk,peserta\nA,100,50\nB,100,60\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("batch", str(path), "-f", "csv").stdout)))
    assert [row["uhc"] for row in rows] == ["false", "false", "false"]
    # Prioritas is no where coverage already fails it, activity known or not.
    assert [row["uhc_prioritas"] for row in rows] == ["false", "false", "false"]
