"""--segment in status, active and cost, and the UHC Awards preset in status."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import run, run_json
from jkngap.core.awards import AWARDS, award_preset

PBPU = ["-r", "1000", "-a", "700", "--segment", "pbpu=300/100"]


def _awards(*args: str) -> dict[str, Any]:
    result = run("status", *args, "--awards", "2026", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _met(data: dict[str, Any]) -> list[tuple[str, bool | None]]:
    return [(row["category"], row["met"]) for row in data["awards"]]


def test_segments_give_status_its_totals_and_the_region_paid_share() -> None:
    data = run_json(
        "status", "-p", "1000", "--segment", "pbi-apbn=500/480", "--segment", "pbi-apbd=250/245",
        "--segment", "ppu=150/140", "--segment", "pbpu=70/20", "--segment", "bp=15/15",
    )  # fmt: skip
    assert (data["registered"], data["active"]) == (985, 900)
    assert data["uhc"] is True
    assert data["region_paid_pct"] == 25
    assert [s["segment"] for s in data["segments"]] == ["pbi-apbn", "pbi-apbd", "ppu", "pbpu", "bp"]
    pbpu = data["segments"][3]
    assert (pbpu["inactive"], pbpu["inactive_share_pct"]) == (50, 58.8235)


def test_the_2026_awards_by_their_press_reported_thresholds() -> None:
    # 99 % coverage, 96 % activity, no region-paid share known: Madya surely, Utama untold.
    data = _awards("-p", "1000", "-r", "990", "-a", "951")
    assert data["awards_preset"] == "2026"
    assert data["award"] == "madya"
    assert _met(data) == [
        ("pratama", True),
        ("madya", True),
        ("madya", None),
        ("utama", None),
        ("utama", False),  # the region-paid rule waived: only at 100 % activity
    ]
    # With 18 % paid by the region, Utama.
    data = _awards("-p", "1000", "-r", "990", "-a", "951", "--segment", "pbi-apbd=180/180")
    assert data["award"] == "utama"
    # 84 % activity: Madya only through 25 % paid by the region.
    data = _awards("-p", "1000", "-r", "990", "-a", "832", "--segment", "pbi-apbd=250/250")
    assert _met(data)[1:3] == [("madya", False), ("madya", True)]
    assert data["award"] == "madya"
    data = _awards("-p", "1000", "-r", "990", "-a", "832", "--segment", "pbi-apbd=249/249")
    assert data["award"] == "pratama"
    # Below Prioritas: nothing.
    data = _awards("-p", "1000", "-r", "970", "-a", "900")
    assert data["award"] is None
    assert all(met is False for _, met in _met(data))


def test_published_percentages_alone_can_be_judged_and_said_uncertain() -> None:
    data = _awards("--coverage", "99,2", "--active-rate", "79,96")
    assert data["award"] is None
    assert _met(data)[0] == ("pratama", False)
    data = _awards("--coverage", "98", "--active-rate", "80", "--rounding", "rounded")
    assert _met(data)[0] == ("pratama", None)  # 97.995 % to 98.005 %: cannot be told


def test_awards_are_overridable_and_labelled() -> None:
    preset = award_preset("2026")
    assert preset is AWARDS["2026"]
    result = run(
        "status", "-p", "1000", "-r", "990", "-a", "951", "--awards", "2026",
        "--award", "utama=99/95", "-f", "json",
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert data["awards_preset"] == "2026, custom"
    assert data["award"] == "utama"
    table = run(
        "status", "-p", "1000", "-r", "990", "-a", "951", "--awards", "2026", "-f", "table"
    ).stdout
    assert "as the press reports them" in table
    indonesian = run(
        "status",
        "-p",
        "1000",
        "-r",
        "990",
        "-a",
        "951",
        "--awards",
        "2026",
        "--lang",
        "id",
        "-f",
        "table",
    ).stdout
    assert "menurut pemberitaan" in indonesian


@pytest.mark.parametrize(
    "args",
    [
        ["--awards", "2019"],
        ["--awards", "2026", "--award", "emas=99/95"],
        ["--awards", "2026", "--award", "utama=99"],
        ["--awards", "2026", "--award", "utama=99/abc"],
        ["--awards", "2026", "--award", "utama"],
    ],
)
def test_bad_awards_are_usage_errors(args: list[str]) -> None:
    result = run("status", "-p", "1000", "-r", "990", "-a", "951", *args)
    assert result.exit_code == 2, result.stdout
    assert "--award" in result.stderr
    assert "Traceback" not in result.stderr


def test_active_with_segments_says_where_the_inactive_are() -> None:
    data = run_json("active", *PBPU)
    assert data["active_needed"] == 100
    assert [(s["segment"], s["inactive"]) for s in data["segments"]] == [
        ("pbpu", 200),
        ("other", 100),
    ]


def test_cost_with_segments_prices_route_a() -> None:
    data = run_json("cost", *PBPU)
    assert (data["people"], data["budget"]) == (100, 50_400_000)
    assert run_json("cost", *PBPU, "--active-target", "75")["people"] == 50
    assert run_json("cost", *PBPU, "--months", "6")["budget"] == 25_200_000
    conflict = run("cost", *PBPU, "--people", "10")
    assert conflict.exit_code == 2
    assert "--segment" in conflict.stderr


def test_utama_without_the_region_paid_share_at_full_activity() -> None:
    # Every participant active: the 18 % region-paid rule is waived.
    data = _awards("-p", "1000", "-r", "995", "-a", "995")
    assert data["award"] == "utama"
    assert _met(data)[-2:] == [("utama", None), ("utama", True)]
    # 99.9 % active: not waived, and no share paid by the region known.
    data = _awards("-p", "1000", "-r", "995", "-a", "994")
    assert data["award"] == "madya"


def test_the_region_paid_share_is_judged_over_the_populations_the_coverage_allows() -> None:
    # 481 registered at 98.77 % is a population of 487: 119 of them is 24.44 %, below 25 %.
    data = _awards(
        "--registered", "481", "--coverage", "98.77%", "--active-rate", "85,24",
        "--segment", "pbi-apbd=119",
    )  # fmt: skip
    assert data["population_range"] == [487, 487]
    assert data["region_paid_pct_range"] == [24.4353, 24.4353]
    assert _met(data)[1:3] == [("madya", True), ("madya", False)]
    # 99 % of 1,000 registered is 1,006 to 1,015 people: 252 of them is 24.82 % to 25.04 %.
    data = _awards("-r", "1000", "--coverage", "99", "--active-rate", "82", "--segment",
                   "pbi-apbd=252", "--rounding", "rounded")  # fmt: skip
    low, high = data["region_paid_pct_range"]
    assert low < 25 <= high
    assert _met(data)[2] == ("madya", None)
