"""``jkngap allocate agents --visits``: match's lists' households split among each area's
agents. Read back from the file written: every household goes to exactly one agent, in the
list's order, in shares that differ by at most one household; the file is its owner's
alone and never over an input; no NIK, KK number or name reaches the terminal."""

from __future__ import annotations

import csv
import json
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run
from jkngap.core.visits import ListRow, even_runs, plan_visits

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BANDUNG = str(EXAMPLES / "bandung-kelurahan-ilustrasi.csv")
CALENDAR = ["--from", "2025-06-03", "--by", "2025-07"]
# Areas of the Bandung example with 3, 2, 1 and no agent of 103, and a desa not in it.
AGENTS = {"32.73.02.1006": 3, "32.73.02.1004": 2, "32.73.01.1003": 1, "32.73.01.1001": 0}
OUTSIDE = "99.99.99.9999"
NAMES = ("Siti Aminah", "Budi Santoso", "Dewi Lestari")
HEADER = ["category", "code", "region", "kk", "nik", "nama", "list", "row"]


def _people() -> Iterator[list[str]]:
    """Households of one to four people per desa, some people without a KK."""
    serial = 0
    for number, code in enumerate([*AGENTS, OUTSIDE]):
        for household in range(7 + 2 * number):
            size = household % 4 + 1
            kk = "" if household % 5 == 4 else f"3273{number:02d}{household:04d}{household:06d}"
            for _ in range(1 if not kk else size):
                serial += 1
                nik = f"3273014101{serial:06d}"
                name = NAMES[serial % len(NAMES)]
                yield ["not-registered", code, "X", kk, nik, name, "population", str(serial)]
    yield ["not-registered", "", "", "", "3273014101999999", NAMES[0], "population", "999"]


def _write_list(path: Path) -> list[list[str]]:
    rows = list(_people())
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return rows


def _households(rows: list[dict[str, str]]) -> list[list[str]]:
    """Runs of rows with the same KK (a row without one alone), each as its rows' ``row``."""
    runs: list[list[str]] = []
    last: str | None = None
    for row in rows:
        if runs and row["kk"] and row["kk"] == last:
            runs[-1].append(row["row"])
        else:
            runs.append([row["row"]])
        last = row["kk"]
    return runs


def _allocate(tmp_path: Path, *more: str, fmt: str = "json") -> tuple[Any, Path, list[list[str]]]:
    given = tmp_path / "not-registered.csv"
    listed = _write_list(given)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    args = ["agents", BANDUNG, "--agents", "103", *CALENDAR]
    result = run(
        "allocate", *args, "--visits", str(given), "--visits-dir", str(out), *more, "-f", fmt
    )
    return result, out, listed


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_every_household_goes_to_one_agent_in_order_and_evenly(tmp_path: Path) -> None:
    result, out, listed = _allocate(tmp_path)
    assert result.exit_code == 0, result.stderr
    *areas, total = json.loads(result.stdout)
    by_code = {area["code"]: area for area in areas}
    written = _read(out / "visits.csv")
    given = [dict(zip(HEADER, row, strict=True)) for row in listed]
    for code, agents in AGENTS.items():
        assert by_code[code]["agents"] == agents
        mine = [row for row in given if row["code"] == code]
        households = _households(mine)
        assert by_code[code]["households_listed"] == len(households)
        assert by_code[code]["people_listed"] == len(mine)
        theirs = [row for row in written if row["code"] == code]
        if not agents:  # nobody to visit them: in no file, counted below
            assert theirs == []
            assert by_code[code]["visit_runs"] is None
            continue
        # Every household once, in the list's order, each with its position in the area.
        assert [row["row"] for row in theirs] == [row["row"] for row in mine]
        per_household = _households(theirs)
        assert per_household == households
        positions = [int(row["household"]) for row in theirs]
        assert sorted(set(positions)) == list(range(1, len(households) + 1))
        # Contiguous runs, one per agent, as even as whole households allow.
        agents_in_order = list(dict.fromkeys(row["agent"] for row in theirs))
        assert agents_in_order == [f"{code}/{n}" for n in range(1, agents + 1)]
        shares = [
            len({row["household"] for row in theirs if row["agent"] == a}) for a in agents_in_order
        ]
        assert sum(shares) == len(households)
        assert max(shares) - min(shares) <= 1
        runs, start = [], 1
        for share in shares:
            runs.append(f"{start}-{start + share - 1}")
            start += share
        assert by_code[code]["visit_runs"] == ", ".join(runs)
    outside = sum(1 for row in given if row["code"] not in AGENTS)
    without = len(_households([row for row in given if row["code"] == "32.73.01.1001"]))
    assert total["list_rows_outside"] == outside
    assert total["households_without_agents"] == without
    assert total["people_listed"] == len(given) - outside
    unvisited = sum(1 for row in given if row["code"] == "32.73.01.1001")
    assert len(written) == len(given) - outside - unvisited
    said = " ".join(result.stderr.split())
    assert f"{outside} rows of the lists have a desa that is not in the file" in said
    assert f"{without} households of 1 areas without an agent" in said
    # The file is its owner's alone, and holds no full NIK or KK number.
    assert stat.S_IMODE((out / "visits.csv").stat().st_mode) == 0o600
    assert all(re.fullmatch(r"3273\*{8}\d{4}", row["nik"]) for row in written)
    assert all(not row["kk"] or "*" in row["kk"] for row in written)


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "plain"])
def test_no_nik_kk_or_name_reaches_the_terminal(tmp_path: Path, fmt: str) -> None:
    result, _, _ = _allocate(tmp_path, "--reveal-nik", fmt=fmt)
    assert result.exit_code == 0, result.stderr
    said = result.stdout + result.stderr
    assert not re.search(r"\d{16}", said)
    assert not any(name.split()[0] in said for name in NAMES)
    # A list the command refuses is refused without showing it either.
    broken = tmp_path / "broken.csv"
    broken.write_text("nik,nama\n3273014101000001,Siti Aminah\n", encoding="utf-8")
    args = ["agents", BANDUNG, "--agents", "103", *CALENDAR, "--visits", str(broken)]
    refused = run("allocate", *args, "--visits-dir", str(tmp_path), "-f", fmt)
    assert refused.exit_code == 2
    assert "desa code column" in refused.stderr
    assert not re.search(r"\d{16}", refused.stdout + refused.stderr)
    assert "Siti" not in refused.stdout + refused.stderr


def test_full_numbers_only_with_reveal_and_a_masked_list_stays_masked(tmp_path: Path) -> None:
    result, out, _ = _allocate(tmp_path, "--reveal-nik")
    assert result.exit_code == 0, result.stderr
    assert all(re.fullmatch(r"\d{16}", row["nik"]) for row in _read(out / "visits.csv"))
    masked = tmp_path / "masked.csv"
    masked.write_text(
        "code,kk,nik\n32.73.02.1006,3273********0001,3273********0002\n", encoding="utf-8"
    )
    args = ["agents", BANDUNG, "--agents", "103", *CALENDAR, "--visits", str(masked)]
    again = run("allocate", *args, "--visits-dir", str(out), "--reveal-nik", "-f", "json")
    assert again.exit_code == 0, again.stderr
    [row] = _read(out / "visits.csv")
    assert (row["kk"], row["nik"]) == ("3273********0001", "3273********0002")


def test_the_work_lists_are_never_written_over_an_input(tmp_path: Path) -> None:
    given = tmp_path / "visits.csv"
    _write_list(given)
    before = given.read_bytes()
    args = ["agents", BANDUNG, "--agents", "103", *CALENDAR, "--visits", str(given)]
    refused = run("allocate", *args, "--visits-dir", str(tmp_path))
    assert refused.exit_code == 2
    assert "--visits-dir" in refused.stderr
    assert given.read_bytes() == before
    missing = run("allocate", *args, "--visits-dir", str(tmp_path / "nowhere"))
    assert missing.exit_code == 2
    assert "--visits-dir" in missing.stderr


def test_a_workbook_of_work_lists(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    result, out, _ = _allocate(tmp_path, "--list-format", "xlsx")
    assert result.exit_code == 0, result.stderr
    path = out / "visits.xlsx"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    book = load_workbook(path, read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()  # a read-only workbook holds its file open until closed
    assert header[:2] == ["agent", "household"]
    assert len(rows) == len(_read_csv_rows(tmp_path))
    assert {row[0] for row in rows} >= {"32.73.02.1006/1", "32.73.02.1006/3"}


def _read_csv_rows(tmp_path: Path) -> list[dict[str, str]]:
    result, out, _ = _allocate(tmp_path)
    assert result.exit_code == 0, result.stderr
    return _read(out / "visits.csv")


def test_a_rosters_agents_each_have_their_run(tmp_path: Path) -> None:
    roster = tmp_path / "agen.csv"
    roster.write_text(
        "agent,home,days\nA01,32.73.02.1006,5\nA02,32.73.02.1006,5\nA03,32.73.02.1004,5\n",
        encoding="utf-8",
    )
    given = tmp_path / "list.csv"
    _write_list(given)
    args = ["agents", BANDUNG, "--roster", str(roster), *CALENDAR, "--visits", str(given)]
    result = run("allocate", *args, "--visits-dir", str(tmp_path), "--per-agent", "-f", "json")
    assert result.exit_code == 0, result.stderr
    placed = json.loads(result.stdout)[:-1]
    written = _read(tmp_path / "visits.csv")
    for row in placed:
        mine = [
            line
            for line in written
            if line["agent"] == row["agent"] and line["code"] == row["code"]
        ]
        if row["first_household"] is None:
            assert mine == []
            continue
        households = sorted({int(line["household"]) for line in mine})
        assert households == list(range(row["first_household"], row["last_household"] + 1))
    # Terminal and messages name agents by roster line, never by label.
    table = run("allocate", *args, "--visits-dir", str(tmp_path), "--per-agent", "-f", "table")
    assert table.exit_code == 0, table.stderr
    assert "A01" not in table.stdout + table.stderr


@given(
    sizes=st.lists(st.integers(1, 4), max_size=40),
    agents=st.integers(0, 9),
)
def test_any_households_split_once_in_order_and_evenly(sizes: list[int], agents: int) -> None:
    rows = [
        ListRow("32.73.02.1006", f"kk{household}", {"row": f"{household}.{person}"})
        for household, size in enumerate(sizes)
        for person in range(size)
    ]
    plan = plan_visits(["32.73.02.1006"], [agents], rows)
    assert plan.households == ({0: len(sizes)} if sizes else {})
    if not agents:
        assert plan.rows == ()
        assert plan.unplaced_households == len(sizes)
        return
    assert [row["row"] for row in plan.rows] == [row.cells["row"] for row in rows]
    counts = [run.stop - run.start for run in plan.runs]
    if sizes:
        assert sum(counts) == len(sizes)
        assert max(counts) - min(counts) <= 1
    assert even_runs(len(sizes), agents)[-1][1] == len(sizes)


def test_even_runs_are_contiguous() -> None:
    assert even_runs(10, 4) == [(0, 3), (3, 6), (6, 8), (8, 10)]
    assert even_runs(2, 3) == [(0, 1), (1, 2), (2, 2)]
