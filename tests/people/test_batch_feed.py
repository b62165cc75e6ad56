"""The per-desa table of a match is a region file: batch reads it and finds the same
coverage, activity and verdicts, and its rollup the same sums as match's own."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import people_gen
import pytest

from jkngap.core.arrange import Arrangement
from jkngap.core.criteria import PRESETS
from jkngap.core.match import Match, MatchOptions
from jkngap.core.model import Base
from jkngap.core.regions import OUTPUT_KEYS, RegionOptions
from jkngap.io.rows import batch
from jkngap.io.tables import read_table
from jkngap.output.machine import write_rows
from jkngap.people import match

COUNTS = ("population", "registered", "active")


def _region_file(result: Match) -> bytes:
    """The table as ``match -o desa.csv`` writes it: the house's own CSV writer."""
    text = io.StringIO()
    write_rows(result, text, ",", raw=False)
    return text.getvalue().encode("utf-8")


def _batch(data: bytes, options: RegionOptions, how: Arrangement | None = None) -> list[Any]:
    table = read_table(io.BytesIO(data), source="desa.csv", name="desa.csv")
    return list(batch([table], options, how).records)


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    spec = people_gen.Spec(people=4000, desa_limit=40, seed=9, no_desa=0.0)
    return people_gen.generate(spec, tmp_path_factory.mktemp("lists")).paths


@pytest.mark.parametrize(
    "region",
    [
        RegionOptions(),
        RegionOptions(criteria=PRESETS["2023"], base=Base.POPULATION),
    ],
)
def test_batch_reads_the_desa_table_and_finds_the_same(
    lists: dict[str, Path], region: RegionOptions
) -> None:
    result = match(
        lists["population"],
        lists["members"],
        welfare=lists["welfare"],
        options=MatchOptions(region=region),
    )
    rows = _batch(_region_file(result), region)
    regions = [row for row in rows if row.get("total") is None and row["region"] != "Total"]
    assert len(regions) == len(result.regions) > 30
    for found, record in zip(regions, result.regions, strict=True):
        assert (found["code"] or None) == record["code"]
        assert found.get("error") is None, found["error"]
        for key in (*COUNTS, *OUTPUT_KEYS):
            assert found[key] == record[key], (record["code"], key)
    # The table's own total is known for what it is (not summed again), and batch's
    # total of the regions is the same.
    (own,) = [row for row in rows if row["region"] == "Total" and row.get("total") is None]
    assert own["note"].key == "note.total_row"
    (total,) = [row for row in rows if row.get("total") == "all"]
    for key in (*COUNTS, "coverage_pct", "registrants_needed", "activity_pct", "uhc"):
        assert total[key] == result.summary[key], key


def test_batch_rolls_the_desa_table_up_as_match_does(lists: dict[str, Path]) -> None:
    by_desa = match(lists["population"], lists["members"])
    by_kecamatan = match(
        lists["population"], lists["members"], options=MatchOptions(rollup="kecamatan")
    )
    rows = _batch(_region_file(by_desa), RegionOptions(), Arrangement(rollup=3))
    rolled = [row for row in rows if row.get("total") is None and row["region"] != "Total"]
    assert [row["code"] for row in rolled] == [r["code"] for r in by_kecamatan.regions]
    for found, record in zip(rolled, by_kecamatan.regions, strict=True):
        assert found["rolled_up"] == record["rolled_up"]
        for key in (*COUNTS, *OUTPUT_KEYS):
            assert found[key] == record[key], (record["code"], key)
    for key in ("not_registered", "duplicate_nik", "invalid_nik", "population"):
        assert by_kecamatan.summary[key] == by_desa.summary[key]
