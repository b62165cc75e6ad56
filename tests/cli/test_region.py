"""``jkngap region`` and ``--region``: the register's regions and populations, said in
every format, and refused when a name could be several."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from conftest import run, run_json

REGION_KEYS = {"code", "name", "level", "parent_code", "population", "population_source"}


def test_region_by_code_is_a_list_of_objects() -> None:
    result = run("region", "63.03", "-f", "json")
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert found == [
        {
            "code": "63.03",
            "name": "Kabupaten Banjar",
            "level": "kabupaten",
            "parent_code": "63",
            "population": 590393,
            "population_source": "Dukcapil, December 2024",
        }
    ]


def test_region_by_name_lists_every_match() -> None:
    result = run("region", "banjar", "-f", "json")
    found = json.loads(result.stdout)
    assert all(set(item) == REGION_KEYS for item in found)
    assert {"63.03", "32.79", "32.79.01"} <= {item["code"] for item in found}
    kecamatan = next(item for item in found if item["code"] == "32.79.01")
    assert kecamatan["population"] is None
    assert kecamatan["population_source"] is None


def test_children_of_a_province_sum_to_it() -> None:
    result = run("region", "kalbar", "--children", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 14
    assert sum(int(row["population"]) for row in rows) == 5_646_268
    assert {row["parent_code"] for row in rows} == {"61"}


def test_an_unknown_region_is_exit_2_naming_it() -> None:
    result = run("region", "Atlantis")
    assert result.exit_code == 2
    assert "Atlantis" in result.stderr
    assert "Traceback" not in result.stderr


def test_region_table_in_indonesian() -> None:
    result = run("region", "kab banjar", "-f", "table", "--lang", "id")
    assert result.exit_code == 0
    assert "Kabupaten Banjar" in result.stdout
    assert "590.393" in result.stdout
    assert "Kalimantan Selatan" in result.stdout


# Every command that takes a population, with the rest of what it needs.
WITH_REGION = {
    "needed": [],
    "active": ["--active", "400000", "--base", "population"],
    "status": ["--registered", "581578"],
    "plan": ["--registered", "560000", "--from", "2025-06-01", "--by", "2025-12-31"],
    "cost": ["--registered", "560000"],
    "check": ["--registered", "581578", "--coverage", "98,50"],
}


@pytest.mark.parametrize("command", sorted(WITH_REGION))
def test_region_gives_the_population_and_says_so(command: str) -> None:
    by_region = run_json(command, "--region", "Kab. Banjar", *WITH_REGION[command])
    by_pop = run_json(command, "--pop", "590393", *WITH_REGION[command])
    assert by_region["region_code"] == "63.03"
    assert by_region["region_name"] == "Kabupaten Banjar"
    assert by_region["population_source"] == "Dukcapil, December 2024"
    # The region's population is said, in its notes too: the rest is --pop's answer.
    assert any("Dukcapil, December 2024" in note for note in by_region["notes"])
    said = [note for note in by_region["notes"] if "Dukcapil" not in note]
    assert said == by_pop["notes"]
    assert {
        k: v
        for k, v in by_region.items()
        if not k.startswith(("region_", "population_s")) and k != "notes"
    } == {k: v for k, v in by_pop.items() if k != "notes"}


@pytest.mark.parametrize("fmt", ["csv", "tsv", "ndjson"])
def test_every_format_says_which_population_was_used(fmt: str) -> None:
    result = run("needed", "--region", "63.03", "--registered", "560000", "-f", fmt)
    assert result.exit_code == 0
    assert "63.03" in result.stdout
    assert "Dukcapil, December 2024" in result.stdout


def test_the_table_says_where_the_population_comes_from() -> None:
    result = run("needed", "--region", "63.03", "-f", "table")
    assert "Kabupaten Banjar" in result.stdout
    assert "Dukcapil, December 2024" in result.stdout


def test_pop_given_beside_region_wins_and_the_register_is_noted() -> None:
    found = run_json("needed", "--region", "63.03", "--pop", "600000")
    assert found["population"] == 600000
    assert found["required_registered"] == 588000
    assert found["population_source"] == "given"
    table = run("needed", "--region", "63.03", "--pop", "600000", "-f", "table")
    assert "590,393" in table.stdout  # the register's figure, beside the one used


def test_kalimantan_barat_needs_292259() -> None:
    found = run_json("needed", "--region", "Kalimantan Barat", "--registered", "5241084")
    assert found["population"] == 5_646_268
    assert found["registrants_needed"] == 292_259


def test_an_ambiguous_name_is_refused_listing_the_regions() -> None:
    result = run("needed", "--region", "banjar")
    assert result.exit_code == 2
    assert "--region" in result.stderr
    assert "63.03 Kabupaten Banjar" in result.stderr
    assert "32.79 Kota Banjar" in result.stderr


def test_a_region_without_a_population_asks_for_pop() -> None:
    result = run("needed", "--region", "63.03.05")
    assert result.exit_code == 2
    assert "--pop" in result.stderr
    found = run_json("needed", "--region", "63.03.05", "--pop", "120000")
    assert found["region_name"] == "Martapura"
    assert found["population"] == 120000


def _regions(*args: str) -> list[dict[str, Any]]:
    result = run(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


@pytest.mark.parametrize(
    "query", ["Banjar, Kalimantan Selatan", "Banjar, Kalsel", "banjar,kalsel", "Banjar, 63"]
)
def test_a_province_after_a_comma_narrows_a_name(query: str) -> None:
    found = _regions("region", query)
    assert [(region["code"], region["name"]) for region in found] == [("63.03", "Kabupaten Banjar")]
    placed = run_json("needed", "--region", query, "-r", "500000")
    assert placed["region_code"] == "63.03"
    assert placed["population"] == 590393


def test_a_name_lists_kabupaten_and_kota_before_kecamatan_and_desa() -> None:
    levels = [region["level"] for region in _regions("region", "banjar")]
    assert levels[:2] == ["kota", "kabupaten"]
    order = {"provinsi": 0, "kabupaten": 1, "kota": 1, "kecamatan": 2, "desa": 3, "kelurahan": 3}
    assert [order[level] for level in levels] == sorted(order[level] for level in levels)
    narrowed = _regions("region", "Banjar, Jabar")
    assert [region["code"] for region in narrowed] == ["32.79", "32.79.01", "32.79.01.1001"]
    assert run("region", "Banjar, Nowhere").exit_code == 2
