"""``jkngap allocate`` on the command line: the numbers it prints, parsed and checked
against their definitions (the agents add up to --agents, the paces are plan's for the
area, what is spent and left is the budget), every format written, every refusal said
with the option and exit 2, rows that cannot be read with exit 3, agents' labels kept off
the terminal."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BANDUNG = str(EXAMPLES / "bandung-kelurahan-ilustrasi.csv")
ROSTER = str(EXAMPLES / "bandung-agen-ilustrasi.csv")
KALBAR = str(EXAMPLES / "kalbar-segmen-ilustrasi.csv")
CALENDAR = ["--from", "2025-06-03", "--by", "2025-07"]
YEARLY = 42_000 * 12


def _json(*args: str, code: int = 0) -> list[dict[str, Any]]:
    result = run("allocate", *args, "-f", "json")
    assert result.exit_code == code, (result.exit_code, result.stderr)
    parsed: list[dict[str, Any]] = json.loads(result.stdout)
    return parsed


def _split(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    *rows, total = records
    assert total["total"] == "all"
    return rows, total


def _csv(*args: str) -> list[dict[str, str]]:
    result = run("allocate", *args, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _count(text: str) -> int:
    return int(text) if text else 0


@pytest.mark.parametrize("agents", [1, 60, 83, 103, 500])
def test_the_agents_add_up_to_the_agents_given(agents: int) -> None:
    rows, total = _split(_json("agents", BANDUNG, "--agents", str(agents), *CALENDAR))
    assert len(rows) == 151  # every kelurahan of the file, needing anyone or not
    assert sum(row["agents"] for row in rows) == agents
    assert total["agents"] == agents
    assert total["need"] == sum(row["need"] for row in rows) == 40_062
    needy = [row for row in rows if row["need"]]
    served = [row for row in needy if row["agents"]]
    assert len(served) == min(agents, len(needy))
    assert total["areas_without_agents"] == len(needy) - len(served)
    assert all(row["left_out"] == (row["need"] > 0 and row["agents"] == 0) for row in rows)
    # No area with a need goes without while another has two.
    if any(row["left_out"] for row in rows):
        assert max(row["agents"] for row in rows) == 1
    # The same numbers in CSV, read back as text.
    table = _csv("agents", BANDUNG, "--agents", str(agents), *CALENDAR)
    assert sum(_count(row["agents"]) for row in table if not row["total"]) == agents
    assert table[-1]["total"] == "all"
    assert _count(table[-1]["agents"]) == agents


def test_plain_says_how_many_areas_with_a_need_have_no_agent() -> None:
    for agents, expected in (("103", "0"), ("60", "23")):
        result = run("allocate", "agents", BANDUNG, "--agents", agents, *CALENDAR, "-f", "plain")
        assert result.exit_code == 0
        assert result.stdout == f"{expected}\n"


def _plan(row: dict[str, Any], counts: dict[str, Any], **more: str) -> dict[str, Any]:
    args = ["-p", str(counts["population"]), "-r", str(counts["registered"])]
    args += ["-a", str(counts["active"]), *CALENDAR, "--agents", str(row["agents"])]
    for name, value in more.items():
        args += [f"--{name.replace('_', '-')}", value]
    result = run("plan", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


@pytest.fixture(scope="module")
def counts() -> dict[str, dict[str, Any]]:
    """Each kelurahan's own figures, as batch reads them."""
    result = run("batch", BANDUNG, "-f", "json")
    return {row["code"]: row for row in json.loads(result.stdout) if row.get("code")}


def test_the_paces_are_plans_for_the_area_with_its_agents(
    counts: dict[str, dict[str, Any]],
) -> None:
    rows, _ = _split(_json("agents", BANDUNG, "--agents", "103", *CALENDAR))
    checked = 0
    for row in rows:
        if not row["agents"] or not (row["registrants_needed"] and row["active_needed"]):
            continue
        planned = _plan(row, counts[row["code"]])
        assert planned["registrants_needed"] == row["registrants_needed"]
        assert planned["active_needed"] == row["active_needed"]
        assert planned["working_days"] == 41
        assert row["registrants_per_agent_per_working_day"] == planned["per_agent_per_working_day"]
        assert (
            row["active_per_agent_per_working_day"] == (planned["active_per_agent_per_working_day"])
        )
        # A week: plan's pace a week shared by the agents, to the whole person above.
        agents = row["agents"]
        assert row["registrants_per_agent_per_week"] == -(-planned["per_week"] // agents)
        assert row["active_per_agent_per_week"] == -(-planned["active_per_week"] // agents)
        checked += 1
        if checked == 8:
            break
    assert checked >= 5  # areas with both gaps: registrations and activations


@pytest.mark.parametrize(
    ("need", "gap", "pace"),
    [
        ("registrants", "registrants_needed", "per_agent_per_working_day"),
        ("activations", "active_needed", "active_per_agent_per_working_day"),
    ],
)
def test_a_need_of_one_gap_paces_as_plan_does(
    counts: dict[str, dict[str, Any]], need: str, gap: str, pace: str
) -> None:
    rows, _ = _split(_json("agents", BANDUNG, "--agents", "103", *CALENDAR, "--for", need))
    busy = [row for row in rows if row["agents"]][:8]
    assert busy
    for row in busy:
        planned = _plan(row, counts[row["code"]])
        assert row["need"] == planned[gap]
        assert row["per_agent_per_working_day"] == planned[pace]


def test_days_off_and_the_national_holidays_change_the_working_days() -> None:
    _, usual = _split(_json("agents", BANDUNG, "--agents", "103", *CALENDAR))
    _, fewer = _split(
        _json("agents", BANDUNG, "--agents", "103", *CALENDAR, "--holiday", "2025-06-10")
    )
    _, more = _split(
        _json("agents", BANDUNG, "--agents", "103", *CALENDAR, "--no-national-holidays")
    )
    assert (usual["days"], usual["working_days"]) == (59, 41)
    assert fewer["working_days"] == 40
    assert more["working_days"] > 41


def test_a_roster_shares_its_days_and_places_each_agent() -> None:
    with open(ROSTER, encoding="utf-8") as handle:
        roster = {row["Kode Agen"]: int(row["Hari per Minggu"]) for row in csv.DictReader(handle)}
    rows, total = _split(_json("agents", BANDUNG, "--roster", ROSTER, *CALENDAR))
    assert total["agents"] == len(roster) == 103
    assert total["agent_days"] == sum(roster.values()) == sum(row["agent_days"] for row in rows)
    placed, summary = _split(_json("agents", BANDUNG, "--roster", ROSTER, *CALENDAR, "--per-agent"))
    # Every agent works their days, every area gets exactly its share of days.
    for agent, days in roster.items():
        assert sum(p["days_a_week"] for p in placed if p["agent"] == agent) == days
    for row in rows:
        there = sum(p["days_a_week"] for p in placed if p["code"] == row["code"])
        assert there == row["agent_days"]
    away = sum(p["days_a_week"] for p in placed if p["near"] != "home")
    assert summary["days_away_from_home"] == away
    assert summary["days_a_week"] == total["agent_days"]


def test_the_budget_is_spent_and_left_to_the_rupiah() -> None:
    rows, total = _split(_json("budget", KALBAR, "--budget", "Rp100 miliar"))
    chosen = [row for row in rows if row["chosen"]]
    assert total["budget"] == 100_000_000_000
    assert total["spent"] + total["left"] == total["budget"]
    assert total["spent"] == sum(row["cost"] for row in chosen) == total["cost"]
    assert total["people_activated"] == sum(row["people"] for row in chosen) == total["people"]
    assert all(row["cost"] == row["people"] * YEARLY for row in rows if row["cost"] is not None)
    assert total["left_people"] == total["left"] // YEARLY
    met = sum(1 for row in rows if row["status"] == "met")
    assert total["regions_reaching"] == met + len(chosen) == 6
    # Nothing left out could still have been bought: the cheapest not chosen costs more.
    open_ = [row for row in rows if row["status"] == "priced" and not row["chosen"]]
    assert min(row["cost"] for row in open_) > total["left"]
    plain = run("allocate", "budget", KALBAR, "--budget", "Rp100 miliar", "-f", "plain")
    assert plain.stdout == "6\n"


def test_the_most_people_and_a_province_share() -> None:
    rows, most = _split(_json("budget", KALBAR, "--budget", "Rp100 miliar", "--maximise", "people"))
    assert most["people_activated"] == 198_160
    assert most["spent"] + most["left"] == most["budget"]
    rows, shared = _split(_json("budget", KALBAR, "--budget", "Rp100 miliar", "--share", "40"))
    chosen = [row for row in rows if row["chosen"]]
    assert shared["province_per_person_month"] == 16_800
    assert shared["spent"] + shared["left"] == shared["budget"]
    assert shared["spent"] == sum(row["province_pays"] for row in chosen)
    assert shared["regions_pay"] == sum(row["region_pays"] for row in chosen)
    assert all(row["province_pays"] + row["region_pays"] == row["cost"] for row in chosen)
    assert shared["regions_reaching"] == 11


def test_donors_money_is_pooled_and_spent_first() -> None:
    args = ["budget", KALBAR, "--donors", "15", "--each", "Rp50 juta"]
    _, total = _split(_json(*args))
    assert total["donated"] == 15 * 50_000_000
    assert total["spent"] + total["left"] == total["donated"]
    assert total["paid_by_donors"] == total["spent"]
    assert total["donor_people"] == total["donated"] // YEARLY


@pytest.mark.parametrize(
    "args",
    [
        ["agents", BANDUNG, "--agents", "103", *CALENDAR],
        ["agents", BANDUNG, "--roster", ROSTER, *CALENDAR],
        ["agents", BANDUNG, "--roster", ROSTER, *CALENDAR, "--per-agent"],
        ["budget", KALBAR, "--budget", "Rp100 miliar"],
    ],
    ids=["agents", "roster", "per-agent", "budget"],
)
def test_every_format_writes(args: list[str], tmp_path: Path) -> None:
    records = _json(*args)
    for fmt in ("ndjson", "csv", "tsv", "plain", "table"):
        result = run("allocate", *args, "-f", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)
        assert result.stdout.strip()
    lines = run("allocate", *args, "-f", "ndjson").stdout.splitlines()
    assert [json.loads(line) for line in lines] == records
    rows = list(csv.reader(io.StringIO(run("allocate", *args, "-f", "tsv").stdout), "excel-tab"))
    assert len(rows) == len(records) + 1
    excel = run("allocate", *args, "-f", "csv", "--excel", "--lang", "id").stdout
    assert excel.startswith("\ufeff")
    assert ";" in excel.splitlines()[0]
    for extension, magic in (
        ("json", b"["),
        ("csv", b"row" if "--per-agent" not in args else b"agent"),
        ("xlsx", b"PK"),
        ("html", b"<!DOCTYPE html>"),
        ("svg", b"<?xml"),
        ("png", b"\x89PNG"),
        ("pdf", b"%PDF"),
    ):
        target = tmp_path / f"out.{extension}"
        written = run("allocate", *args, "-o", str(target))
        if extension == "pdf" and written.exit_code == 2:
            assert "pdf" in written.stderr  # WeasyPrint's system library is missing
            continue
        assert written.exit_code == 0, (extension, written.stderr)
        assert target.read_bytes().startswith(magic), extension


def test_the_workbook_has_a_sheet_per_kecamatan_for_printing(tmp_path: Path) -> None:
    import openpyxl

    target = tmp_path / "agen.xlsx"
    args = ["agents", BANDUNG, "--agents", "103", *CALENDAR, "-o", str(target), "--lang", "id"]
    assert run("allocate", *args).exit_code == 0
    book = openpyxl.load_workbook(target)
    names = book.sheetnames
    assert names[0] == "Ringkasan"
    assert names[-1] == "Hasil"
    kecamatan = names[1:-1]
    assert len(kecamatan) == 30
    assert kecamatan[0] == "32.73.01 Sukasari"  # the register's name of the kecamatan
    agents = 0
    for name in kecamatan:
        rows = list(book[name].iter_rows(values_only=True))
        header = rows.index(next(row for row in rows if row and row[0] == "Baris"))
        columns = list(rows[header])
        at = columns.index("Jumlah agen")
        body, subtotal = rows[header + 1 : -1], rows[-1]
        assert subtotal[columns.index("Wilayah")] == "Subjumlah"
        assert subtotal[at] == sum(row[at] for row in body)
        agents += subtotal[at]
    assert agents == 103
    results = list(book["Hasil"].iter_rows(values_only=True))
    assert len(results) == 1 + 151 + 1  # the header, every kelurahan, the total
    summary = list(book["Ringkasan"].iter_rows(values_only=True))
    assert ("Jumlah agen", "103") in summary


def test_the_table_shows_the_areas_the_total_and_the_summary() -> None:
    result = run("allocate", "agents", BANDUNG, "--agents", "103", *CALENDAR, "-f", "table")
    assert result.exit_code == 0
    assert "Lebak Siliwangi" in result.stdout
    assert "Sukarasa" not in result.stdout  # needs no one: counted below, not shown
    assert "68 areas need no one" in result.stdout
    assert "Total" in result.stdout
    assert "People per agent per working day" in result.stdout
    every = run("allocate", "agents", BANDUNG, "--agents", "103", *CALENDAR, "--all-rows")
    assert "Sukarasa" in every.stdout
    indonesian = run(
        "allocate", "budget", KALBAR, "--budget", "Rp100 miliar", "--lang", "id", "-f", "table"
    )
    assert "Rp79.931.880.000" in indonesian.stdout
    assert "Wilayah yang mencapai sasaran" in indonesian.stdout
    assert "tak terjangkau" in indonesian.stdout
    assert "87.634" in indonesian.stdout  # why Sambas is out of reach, said below the table


def test_an_agents_label_never_reaches_the_terminal(tmp_path: Path) -> None:
    roster = tmp_path / "agen.csv"
    roster.write_text(
        "nama agen,wilayah asal,hari\nSiti Aminah,32.73.02.1006,5\nBudi Santoso,Dago,3\n",
        encoding="utf-8",
    )
    for extra in ([], ["--per-agent"]):
        args = ["agents", BANDUNG, "--roster", str(roster), *CALENDAR, *extra]
        table = run("allocate", *args, "-f", "table")
        assert table.exit_code == 0, table.stderr
        assert "Siti" not in table.stdout + table.stderr
        assert "Budi" not in table.stdout + table.stderr
        if extra:  # each agent's row, named by its roster line
            assert "Roster line" in table.stdout
            assert "never by their label" in " ".join(table.stdout.split())
    placed = _json("agents", BANDUNG, "--roster", str(roster), *CALENDAR, "--per-agent")
    assert {row["agent"] for row in placed[:-1]} == {"Siti Aminah", "Budi Santoso"}
    # A roster row that cannot be read is named by its line, never by its label.
    roster.write_text("agent,home,days\nSiti Aminah,32.73.02.1006,9\n", encoding="utf-8")
    refused = run("allocate", "agents", BANDUNG, "--roster", str(roster), *CALENDAR)
    assert refused.exit_code == 2
    assert "line 2" in refused.stderr
    assert "Siti" not in refused.stderr


def test_rows_that_cannot_be_read_get_nothing_and_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    path.write_text(
        "desa,penduduk,peserta,aktif\nA,1000,900,700\nB,lima ribu,900,700\nC,1000,950,600\n",
        encoding="utf-8",
    )
    result = run("allocate", "agents", str(path), "--agents", "4", *CALENDAR, "-f", "json")
    assert result.exit_code == 3
    rows, total = _split(json.loads(result.stdout))
    assert [row["region"] for row in rows] == ["A", "B", "C"]
    assert rows[1]["error"]
    assert rows[1]["agents"] is None
    assert sum(row["agents"] or 0 for row in rows) == 4
    assert total["rows_unread"] == 1
    assert "could not be read" in result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["agents", BANDUNG, "--by", "2025-07"], "give --agents or --roster"),
        (["agents", BANDUNG, "--by", "2025-07", "--agents", "3", "--roster", ROSTER], "not both"),
        (["agents", BANDUNG, "--by", "2025-07", "--agents", "0"], "--agents"),
        (["agents", BANDUNG, "--by", "2025-07", "--agents", "lots"], "--agents"),
        (["agents", BANDUNG, "--by", "2025-07", "--agents", "3", "--per-agent"], "--per-agent"),
        (["agents", BANDUNG, "--by", "31/07/2025", "--agents", "3"], "--by"),
        (["agents", BANDUNG, "--by", "2025-07", "--agents", "3", "--sort", "votes"], "--sort"),
        (["agents", BANDUNG, "--by", "2025-07", "--roster", "missing.csv"], "missing.csv"),
        (["budget", KALBAR], "give --budget, --donors"),
        (["budget", KALBAR, "--budget", "1", "--share", "40", "--donors", "2"], "--each"),
        (["budget", KALBAR, "--donors", "2", "--each", "1", "--share", "40"], "--share"),
        (["budget", KALBAR, "--budget", "1", "--share", "140"], "--share"),
        (["budget", KALBAR, "--budget", "lots"], "--budget"),
        (["budget", KALBAR, "--budget", "1", "--awards", "2099"], "--awards"),
        (["budget", KALBAR, "--budget", "1", "--awards", "2026", "--category", "x"], "--category"),
        (["budget", KALBAR, "--budget", "1", "--maximise", "votes"], "--maximise"),
        (["budget", KALBAR, "--budget", "1", "--rollup", "provinsi"], "--rollup"),
        (["budget", str(EXAMPLES / "kalbar-ilustrasi.csv"), "--budget", "1"], "PBPU Aktif"),
    ],
)
def test_what_must_be_refused_is_refused_with_exit_2(args: list[str], said: str) -> None:
    result = run("allocate", *args)
    assert result.exit_code == 2, result.stdout
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert not result.stdout


def test_no_need_anywhere_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "met.csv"
    path.write_text("desa,penduduk,peserta,aktif\nA,100,100,90\nB,100,99,80\n", encoding="utf-8")
    result = run("allocate", "agents", str(path), "--agents", "2", *CALENDAR)
    assert result.exit_code == 2
    assert "none of the 2 areas needs anyone" in result.stderr


def test_a_roster_of_problems_is_refused_naming_its_lines(tmp_path: Path) -> None:
    roster = tmp_path / "agen.csv"
    for text, said in (
        ("agent,home,days\nA1,32.73.01.1001,6\nA2,32.73.01.1001,0\n", "lines 2-3"),
        ("agent,home,days\nA1,nowhere,5\n", "--roster"),
        ("agent,home,days\nA1,Dago,5\na1,Dago,5\n", "already on line 2"),
        ("agent,days\nA1,5\n", "lacks a column for home area"),
    ):
        roster.write_text(text, encoding="utf-8")
        result = run("allocate", "agents", BANDUNG, "--roster", str(roster), *CALENDAR)
        assert result.exit_code == 2, text
        assert said in result.stderr, (text, result.stderr)


def test_a_budget_past_the_exact_choices_work_limit_is_refused_saying_what_to_do(
    tmp_path: Path,
) -> None:
    path = tmp_path / "huge.csv"
    lines = ["Wilayah,Penduduk,Peserta,Aktif,PBPU,PBPU Aktif"]
    lines += [f"R{i},100000000,100000000,{i},100000000,{i}" for i in range(20)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["budget", str(path), "--budget", "Rp504 triliun", "--no-register"]
    refused = run("allocate", *args, "--maximise", "people")
    assert refused.exit_code == 2
    assert "--maximise" in refused.stderr
    assert "--maximise regions" in refused.stderr  # what to do instead
    regions = run("allocate", *args, "-f", "plain")
    assert regions.exit_code == 0
    assert regions.stdout == "12\n"


def test_the_output_is_never_written_over_an_input(tmp_path: Path) -> None:
    roster = tmp_path / "agen.csv"
    roster.write_text(Path(ROSTER).read_text(encoding="utf-8"), encoding="utf-8")
    result = run(
        "allocate", "agents", BANDUNG, "--roster", str(roster), *CALENDAR, "-o", str(roster)
    )
    assert result.exit_code == 2
    assert roster.read_text(encoding="utf-8") == Path(ROSTER).read_text(encoding="utf-8")


def test_an_awards_category_as_the_aim() -> None:
    madya = ["budget", KALBAR, "--budget", "Rp100 miliar", "--category", "madya"]
    rows, total = _split(_json(*madya))
    assert total["aim"] == "madya"
    assert total["awards_preset"] == "2026"  # --category alone: the default preset's
    assert total["regions_reaching"] == 4
    assert all(row["goal"] for row in rows if row["chosen"])
    assert _json(*madya, "--awards", "2026") == [*rows, total]


def _write(rows: list[str]) -> str:
    """A file of ``rows`` (Hypothesis runs many examples in one test: no tmp_path each)."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
        return out.name


AREAS = st.lists(
    st.tuples(
        st.integers(1, 5_000),  # population
        st.integers(800, 1_000),  # registered, per thousand of the population
        st.integers(500, 1_000),  # active, per thousand of the registered
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25)
@given(areas=AREAS, agents=st.integers(1, 30))
@example(areas=[(1, 800, 500), (100, 900, 600)], agents=2)  # one person, none registered
def test_any_file_and_any_number_of_agents(areas: list[tuple[int, int, int]], agents: int) -> None:
    lines = ["desa,penduduk,peserta,aktif"]
    for at, (population, registered, active) in enumerate(areas):
        count = population * registered // 1000
        lines.append(f"D{at},{population},{count},{count * active // 1000}")
    path = _write(lines)
    result = run("allocate", "agents", path, "--agents", str(agents), *CALENDAR, "-f", "csv")
    Path(path).unlink()
    if result.exit_code == 2:  # no area needs anyone: refused, saying so
        assert "needs anyone" in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    *rows, total = list(csv.DictReader(io.StringIO(result.stdout)))
    assert total["total"] == "all"
    assert sum(_count(row["agents"]) for row in rows) == agents == _count(total["agents"])
    days, working = _count(total["days"]), _count(total["working_days"])
    for row in rows:
        need, given = _count(row["need"]), _count(row["agents"])
        if given:
            assert _count(row["per_agent_per_working_day"]) == -(-need // (given * working))
            assert _count(row["per_agent_per_week"]) == -(-7 * need // (days * given))
        else:
            assert row["per_agent_per_week"] == ""


@settings(max_examples=25)
@given(
    regions=st.lists(
        st.tuples(st.integers(100, 20_000), st.integers(0, 100)), min_size=1, max_size=8
    ),
    people=st.integers(0, 40_000),
    maximise=st.sampled_from(["regions", "people"]),
)
def test_any_budget_is_spent_and_left_exactly(
    regions: list[tuple[int, int]], people: int, maximise: str
) -> None:
    lines = ["wilayah,peserta,aktif,pbpu,pbpu aktif"]
    for at, (registered, share) in enumerate(regions):
        active = registered * (60 + share // 5) // 100  # 60 % to 80 % active
        lines.append(f"R{at},{registered},{active},{registered - active},0")
    path = _write(lines)
    budget = str(people * YEARLY + people % 7)  # rupiah that a whole person does not take
    args = ["allocate", "budget", path, "--budget", budget, "--maximise", maximise]
    result = run(*args, "-f", "json")
    Path(path).unlink()
    assert result.exit_code == 0, result.stderr
    *rows, total = json.loads(result.stdout)
    chosen = [row for row in rows if row["chosen"]]
    assert total["spent"] + total["left"] == int(budget)
    assert total["spent"] == sum(row["cost"] for row in chosen)
    assert total["people_activated"] == sum(row["people"] for row in chosen)
    assert total["left_people"] == total["left"] // YEARLY
    assert total["regions_reaching"] == len(chosen) + sum(row["status"] == "met" for row in rows)
    if maximise == "regions":  # cheapest first: whatever is left buys no region not chosen
        waiting = [row["cost"] for row in rows if row["status"] == "priced" and not row["chosen"]]
        assert all(cost > total["left"] for cost in waiting)
