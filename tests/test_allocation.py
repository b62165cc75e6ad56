"""The README's cases from a notebook: Bandung's 103 agents over its 151 kelurahan (seed
004), and Kalimantan Barat's budget for its 14 kabupaten/kota (seed 001), from the
illustrative files in examples/; the numbers are pinned and proved again here."""

from __future__ import annotations

import itertools
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from jkngap import InputError, allocate_agents, allocate_budget, find_region, national_holidays
from jkngap.core.model import Record
from jkngap.core.plan import period, plan_for
from jkngap.output.cells import sentence

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BANDUNG = EXAMPLES / "bandung-kelurahan-ilustrasi.csv"
KALBAR = EXAMPLES / "kalbar-segmen-ilustrasi.csv"
YEARLY = 42_000 * 12


@pytest.fixture(scope="module")
def bandung() -> list[Record]:
    shared = allocate_agents(BANDUNG, agents=103, start="2025-06-03", by="2025-07")
    return list(shared.records())


def test_bandungs_103_agents_over_its_kelurahan(bandung: list[Record]) -> None:
    shared = allocate_agents(BANDUNG, agents=103, start="2025-06-03", by="2025-07")
    records = list(shared.records())
    assert len(records) == 151
    assert sum(int(r["agents"]) for r in records) == 103
    needy = [r for r in records if r["need"]]
    assert len(needy) == 83
    assert all(r["agents"] for r in needy)  # 103 agents: every kelurahan with a need has one
    assert not any(r["agents"] for r in records if not r["need"])
    summary = shared.summary()
    assert summary["need"] == 40_062
    assert summary["areas_raised"] == 51
    # The calendar of plan: 3 June to 31 July 2025 with Indonesia's national holidays.
    assert (summary["days"], summary["working_days"]) == period(
        shared.start, shared.deadline, (), national_holidays
    )
    assert (summary["days"], summary["working_days"]) == (59, 41)
    busiest = max(records, key=lambda r: int(r["need"] or 0))
    assert (busiest["code"], busiest["region"], busiest["agents"]) == (
        "32.73.02.1006",
        "Lebak Siliwangi",
        3,
    )
    need, agents = int(busiest["need"]), int(busiest["agents"])
    assert busiest["per_agent_per_working_day"] == -(-need // (agents * 41))
    assert busiest["per_agent_per_week"] == -(-need * 7 // (agents * 59))
    # Register names and codes: every kelurahan is the register's.
    for record in records[::15]:
        region = find_region(str(record["code"]))
        assert region is not None
        assert region.name == record["region"]
    kecamatan = {r["kecamatan_code"] for r in records}
    assert len(kecamatan) == 30


def test_the_worked_example_of_docs_allocate(bandung: list[Record]) -> None:
    by_code = {r["code"]: r for r in bandung}
    for code, need, agents, raised, week, workday in (
        ("32.73.02.1006", 1_531, 3, False, 61, 13),
        ("32.73.04.1003", 1_486, 3, False, 59, 13),
        ("32.73.02.1004", 1_148, 2, False, 69, 14),
        ("32.73.01.1003", 536, 1, False, 64, 14),
        ("32.73.02.1003", 362, 1, True, 43, 9),
        ("32.73.02.1001", 258, 1, True, 31, 7),
        ("32.73.01.1001", 0, 0, False, None, None),
    ):
        record = by_code[code]
        assert (
            record["need"],
            record["agents"],
            record["raised"],
            record["per_agent_per_week"],
            record["per_agent_per_working_day"],
        ) == (need, agents, raised, week, workday), code
    # Lebak Siliwangi's pace is plan's for its gap with three agents.
    lebak = by_code["32.73.02.1006"]
    population, registered, active = lebak_counts()
    planned = plan_for(
        population=population,
        registered=registered,
        active=active,
        start=date(2025, 6, 3),
        deadline=date(2025, 7, 31),
        agents=3,
        national=national_holidays,
    )
    assert planned.activations.per_agent_per_working_day == 13
    assert lebak["active_per_agent_per_working_day"] == 13


def lebak_counts() -> tuple[int, int, int]:
    from jkngap import read_regions

    row = next(r for r in read_regions(BANDUNG) if r["code"] == "32.73.02.1006")
    return row["population"], row["registered"], row["active"]


def test_bandungs_agents_keep_the_rule_where_it_does_not_intervene(
    bandung: list[Record],
) -> None:
    raised = [r for r in bandung if r["raised"]]
    rest = [r for r in bandung if r["need"] and not r["raised"]]
    assert all(r["agents"] == 1 for r in raised)
    left = 103 - len(raised)
    total = sum(int(r["need"]) for r in rest)
    for record in rest:
        quota = Fraction(left * int(record["need"]), total)
        assert record["agents"] in (quota.__floor__(), quota.__ceil__())
    assert max(int(r["need"]) for r in raised) <= min(int(r["need"]) for r in rest)


def test_bandung_short_of_agents_names_those_left_out() -> None:
    shared = allocate_agents(BANDUNG, agents=60, start="2025-06-03", by="2025-07")
    records = list(shared.records())
    assert sum(int(r["agents"]) for r in records) == 60
    left_out = [r for r in records if r["left_out"]]
    assert len(left_out) == 83 - 60 == shared.headline()
    served = min(int(r["need"]) for r in records if r["agents"])
    assert all(int(r["need"]) <= served for r in left_out)
    note = next(n for n in shared.notes if n.key == "note.allocate_left_out_agents")
    assert sentence(note).startswith("60 agents for 83 areas with a need")
    assert sentence(note, "id").startswith("60 agen untuk 83 wilayah")


def test_bandung_with_a_roster(tmp_path: Path) -> None:
    roster = tmp_path / "agen.csv"
    lines = ["Kode Agen;Kelurahan;Hari per Minggu"]
    lines += [f"A{n:03d};32.73.{1 + n % 30:02d}.1001;{5 if n % 4 else 3}" for n in range(103)]
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shared = allocate_agents(BANDUNG, roster=roster, start="2025-06-03", by="2025-07")
    days = sum(5 if n % 4 else 3 for n in range(103))
    assert shared.agent_days == days == sum(int(r["agent_days"]) for r in shared.records())
    placed = list(shared.assignment_records())
    assert {p["agent"] for p in placed} == {f"A{n:03d}" for n in range(103)}
    assert shared.summary()["days_away_from_home"] == sum(
        int(p["days_a_week"]) for p in placed if p["near"] != "home"
    )


def test_kalimantan_barats_budget() -> None:
    chosen = allocate_budget(KALBAR, budget="Rp100 miliar")
    summary = chosen.summary()
    records = list(chosen.records())
    assert [r["code"] for r in records if r["chosen"]] == [
        "61.02",
        "61.07",
        "61.10",
        "61.11",
        "61.71",
        "61.72",
    ]
    assert (summary["regions_reaching"], summary["regions_unreachable"]) == (6, 3)
    assert summary["people_activated"] == 158_595
    assert summary["spent"] == 158_595 * YEARLY == 79_931_880_000
    assert summary["left"] == 20_068_120_000
    # Each region's cost is the batch's route (a) budget: the same people, the same premium.
    sambas = records[0]
    assert (sambas["status"], sambas["cost"]) == ("unreachable", None)
    assert sambas["reason"].key == "budget.reason_pbpu_short"
    # No choice of regions reaches more within the budget.
    priced = [int(r["people"]) for r in records if r["status"] == "priced"]
    capacity = 100_000_000_000 // YEARLY
    most = max(
        n
        for n in range(len(priced) + 1)
        if any(sum(c) <= capacity for c in itertools.combinations(priced, n))
    )
    assert most == 6


def test_kalimantan_barats_budget_for_the_most_people() -> None:
    chosen = allocate_budget(KALBAR, budget="Rp100 miliar", maximise="people")
    summary = chosen.summary()
    assert summary["people_activated"] == 198_160
    assert summary["left"] == 127_360_000
    priced = [int(r["people"]) for r in chosen.records() if r["status"] == "priced"]
    capacity = 100_000_000_000 // YEARLY
    best = max(
        sum(c)
        for n in range(len(priced) + 1)
        for c in itertools.combinations(priced, n)
        if sum(c) <= capacity
    )
    assert best == 198_160


def test_kalimantan_barat_with_the_province_paying_40_percent() -> None:
    chosen = allocate_budget(KALBAR, budget="Rp100 miliar", share=40)
    summary = chosen.summary()
    assert summary["province_per_person_month"] == 16_800
    assert summary["regions_reaching"] == 11  # every region route (a) can bring there
    assert summary["province_pays"] == summary["spent"] == 468_331 * 16_800 * 12
    assert summary["regions_pay"] == 468_331 * 25_200 * 12
    for record in chosen.records():
        if record["chosen"]:
            assert record["province_pays"] + record["region_pays"] == record["cost"]


def test_an_awards_category_as_the_aim() -> None:
    chosen = allocate_budget(KALBAR, budget="Rp100 miliar", awards="2026", category="madya")
    assert [r["code"] for r in chosen.records() if r["chosen"]] == [
        "61.04",
        "61.05",
        "61.07",
        "61.10",
    ]
    assert "note.awards_press" in [note.key for note in chosen.notes]


def test_notebook_refusals() -> None:
    with pytest.raises(InputError) as caught:
        allocate_budget(KALBAR, budget="Rp100 juta kira-kira")
    assert caught.value.field == "budget"
    with pytest.raises(InputError) as caught:
        allocate_agents(BANDUNG, agents=103, by="31/07/2025")
    assert (caught.value.key, caught.value.field) == ("date.unreadable", "deadline")
    with pytest.raises(InputError) as caught:
        allocate_budget(EXAMPLES / "kalbar-ilustrasi.csv", budget="Rp100 miliar")
    assert caught.value.key == "budget.needs_pbpu"
