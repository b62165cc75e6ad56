"""Golden tables: every command's table as a person sees it, through the real command line
and output entry point, at a fixed width with no colour, compared to the letter.

The pictures live in tests/output/golden/. After a deliberate change of a table, write
them anew with ``JKNGAP_UPDATE_GOLDEN=1 pytest tests/output/test_tables.py`` and review
the diff: that is the change a user will see.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run

GOLDEN = Path(__file__).with_name("golden")
ROOT = Path(__file__).resolve().parents[2]
KALBAR = str(ROOT / "examples" / "kalbar-ilustrasi.csv")
PROVINCE = str(ROOT / "examples" / "provinsi-contoh.csv")

TABLES: dict[str, list[str]] = {
    "needed-banjar": ["needed", "-p", "590393", "-r", "581578"],
    "needed-banjar-id": ["needed", "-p", "590393", "-r", "581578", "--lang", "id"],
    "needed-banyuasin-range": ["needed", "-r", "817221", "--coverage", "97,63", "-t", "100"],
    "active-kalbar": ["active", "-r", "5241084", "--active-rate", "67,90"],
    "status-bandung": ["status", "--coverage", "99,2", "--active-rate", "79,96"],
    "plan-milestones": [
        *("plan", "-p", "590393", "-r", "560000", "-a", "450000"),
        *("--from", "2025-06-01", "--by", "2025-09-30", "--agents", "20"),
    ],
    "cost-bandung-id": ["cost", "--budget", "Rp310 miliar", "--lang", "id"],
    "check-kalbar": [
        *("check", "--registered", "5241084", "--coverage", "92,82"),
        *("--registrants-needed", "280386"),
    ],
    "batch-kalbar": ["batch", KALBAR, "--all-rows"],
    # What a user sees on an 80-column terminal, in both languages.
    "batch-kalbar-80": ["batch", KALBAR, "--all-rows", "--width", "80"],
    "batch-kalbar-80-id": ["batch", KALBAR, "--all-rows", "--width", "80", "--lang", "id"],
    "batch-province-id": ["batch", PROVINCE, "--check", "--all-rows", "--lang", "id"],
}


def _table(args: list[str]) -> str:
    columns = "100"
    if "--width" in args:
        at = args.index("--width")
        columns, args = args[at + 1], [*args[:at], *args[at + 2 :]]
    result = run(*args, "-f", "table", env={"COLUMNS": columns})
    assert result.exit_code in (0, 1, 3), result.stderr
    # Rich pads a title to the table's width; trailing blanks are not part of the contract.
    return "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_is_as_golden(name: str) -> None:
    drawn = _table(TABLES[name])
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("JKNGAP_UPDATE_GOLDEN"):
        path.write_text(drawn, encoding="utf-8")
    assert drawn == path.read_text(encoding="utf-8")


def test_every_golden_picture_is_drawn_by_a_test() -> None:
    assert sorted(path.stem for path in GOLDEN.glob("*.txt")) == sorted(TABLES)


def test_a_shown_percentage_never_claims_an_unmet_target() -> None:
    text = _table(["needed", "-p", "100000", "-r", "97996"])
    assert "97.99 %" in text
    assert "98.00 %" not in text


def test_status_table_gives_each_verdict_on_its_own_row() -> None:
    rows = {
        line.strip("│ ").split("│")[0].strip(): line.strip("│ ").split("│")[-1].strip()
        for line in _table(["status", "--coverage", "99,2", "--active-rate", "79,96"]).splitlines()
        if line.startswith("│")
    }
    # Bandung, June 2025: UHC at 99.2 % coverage, not UHC Prioritas at 79.96 % activity.
    assert rows["UHC"] == "yes"
    assert rows["UHC Prioritas"] == "no"


def test_names_are_never_dropped_at_any_width() -> None:
    for columns in ("50", "60", "80", "100", "120"):
        text = _table(["batch", KALBAR, "--all-rows", "--width", columns])
        assert max(len(line) for line in text.splitlines()) <= int(columns)
        regions = [line for line in text.splitlines() if line[:3].strip().isdigit()]
        assert len(regions) == 14
        assert all("Kab" in line or "Kota" in line for line in regions)
        assert "Kota Pontianak" in text
