"""The JSON contract: every command's keys, pinned by set equality, so that a key never
vanishes or appears by accident (docs ../shared/cli.md lists the ones scripts rely on)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run

PROVINCE = str(Path(__file__).resolve().parents[2] / "examples" / "provinsi-contoh.csv")

NEEDED = {
    "population",
    "population_range",
    "registered",
    "registered_range",
    "target_pct",
    "coverage_pct",
    "required_registered",
    "required_registered_range",
    "registrants_needed",
    "registrants_needed_range",
    "surplus",
    "registered_headroom",
    "met",
    "exact",
    "notes",  # every answer's: what a table shows below itself
}
ACTIVE = {
    "base",
    "population",
    "registered",
    "registered_range",
    "active",
    "active_range",
    "target_pct",
    "activity_pct",
    "required_active",
    "required_active_range",
    "active_needed",
    "active_needed_range",
    "active_headroom",
    "new_members_needed",
    "new_members_needed_range",
    "inactive",
    "inactive_range",
    "reactivation_sufficient",
    "met",
    "exact",
    "notes",
}
SHARED = {"target_pct", "met", "exact"}
STATUS = (
    {"criteria", "uhc", "uhc_prioritas", "exact"}
    | (NEEDED - SHARED)
    | (ACTIVE - SHARED)
    | {"coverage_target_pct", "coverage_met", "coverage_exact"}
    | {"activity_target_pct", "activity_met", "activity_exact"}
)
PLAN = {
    "from",
    "by",
    "days",
    "working_days",
    "agents",
    "growth_pct",
    "population",
    "registered",
    "target_pct",
    "registrants_needed",
    "registrants_needed_range",
    "per_month",
    "per_week",
    "per_working_day",
    "per_agent_per_working_day",
    "per_agent_in_period",
    "per_agent_every_working_days",
    "active_target_pct",
    "active_needed",
    "active_needed_range",
    "active_per_month",
    "active_per_week",
    "active_per_working_day",
    "active_per_agent_per_working_day",
    "active_per_agent_in_period",
    "active_per_agent_every_working_days",
    "deadline_passed",
    "milestones",
    "notes",
}
COST = {"people", "people_range", "premium", "months", "budget", "budget_range", "unspent", "notes"}
CHECK = {"consistent", "findings", "notes"}
FINDING = {"figures", "agree", "quantity", "implied", "message"}
MILESTONE = {"date", "registrants", "activations"}
BATCH = {
    "row",
    "region",
    "code",
    "population",
    "registered",
    "active",
    "coverage_pct",
    "required_registered",
    "registrants_needed",
    "surplus",
    "registered_headroom",
    "activity_pct",
    "required_active",
    "active_needed",
    "new_members_needed",
    "active_headroom",
    "inactive",
    "uhc",
    "uhc_prioritas",
    "registrants_needed_sum",
    "active_needed_sum",
    "warning",
    "note",
    "error",
    "total",
}

ROUTES = {
    "base",
    "population",
    "registered",
    "active",
    "inactive",
    "activity_pct",
    "target_pct",
    "required_active",
    "active_needed",
    "met",
    "premium",
    "months",
    "apbd_people",
    "apbd_budget",
    "apbd_enough",
    "members_paying_again",
    "member_premium",
    "arrears_months",
    "member_pays_up_to",
    "new_members_needed",
    "new_members_budget",
    "segments",
    "notes",
}
BUDGETED = {"budget", "budget_people", "budget_activity_pct", "budget_met", "unspent"}
SEGMENT = {
    "segment",
    "paid_by",
    "registered",
    "active",
    "inactive",
    "activity_pct",
    "inactive_share_pct",
}
# What --segment adds to status and active, and what --awards adds to status.
SEGMENTED = {"region_paid_pct", "region_paid_pct_range", "segments"}
AWARDED = {"awards_preset", "award", "awards"}
AWARD = {"category", "rule", "met"}
PBPU = ["-r", "1000", "-a", "700", "--segment", "pbpu=300/100"]

# What any command given --region adds.
PLACED = {"region_code", "region_name", "population_source"}
REGION = {"code", "name", "level", "parent_code", "population", "population_source"}


def _json(*args: str) -> Any:
    result = run(*args, "-f", "json")
    assert result.exit_code in (0, 1, 3), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        (["needed", "-p", "590393", "-r", "581578"], NEEDED),
        (["needed", "-p", "590393"], NEEDED),
        (["active", "-r", "5241084", "--active-rate", "67,90"], ACTIVE),
        (["status", "-p", "590393", "-r", "581578", "-a", "472638"], STATUS),
        (["status", "--coverage", "99,2", "--active-rate", "79,96"], STATUS),
        (["plan", "-p", "590393", "-r", "560000", "--by", "2025-09-30"], PLAN),
        (["cost", "--people", "615079"], COST),
        (["cost", "--budget", "Rp310 miliar"], COST),
        (["check", "--pop", "590393", "--registered", "581578", "--coverage", "99,47"], CHECK),
        (["needed", "--region", "63.03"], NEEDED | PLACED),
        (["status", "--region", "61", "-r", "5241084"], STATUS | PLACED),
        (["cost", "--region", "63.03", "-r", "560000"], COST | PLACED),
        (["check", "--region", "63.03", "-r", "581578", "--coverage", "99,47"], CHECK | PLACED),
        (["segments", *PBPU], ROUTES),
        (["segments", *PBPU, "--budget", "Rp30 juta"], ROUTES | BUDGETED),
        (["segments", "--region", "63.03", *PBPU], ROUTES | PLACED),
        (["active", *PBPU], ACTIVE | SEGMENTED),
        (["status", "-p", "2000", *PBPU], STATUS | SEGMENTED),
        (["status", "-p", "2000", *PBPU, "--awards", "2026"], STATUS | SEGMENTED | AWARDED),
        (
            ["status", "-p", "2000", "-r", "1990", "-a", "1900", "--awards", "2026"],
            STATUS | AWARDED,
        ),
        (["cost", *PBPU], COST),
        (["check", *PBPU], CHECK),
    ],
)
def test_a_command_has_exactly_its_keys(args: list[str], keys: set[str]) -> None:
    assert set(_json(*args)) == keys


def test_detail_lists_have_exactly_their_keys() -> None:
    plan = _json("plan", "-p", "590393", "-r", "560000", "--from", "2025-06-01", "--by", "2025-09")
    assert plan["milestones"]
    assert all(set(milestone) == MILESTONE for milestone in plan["milestones"])
    check = _json("check", "--pop", "590393", "--registered", "581578", "--coverage", "99,47")
    assert all(set(finding) == FINDING for finding in check["findings"])
    routes = _json("segments", *PBPU)
    assert all(set(segment) == SEGMENT for segment in routes["segments"])
    status = _json("status", "-p", "2000", *PBPU, "--awards", "2026")
    assert all(set(segment) == SEGMENT for segment in status["segments"])
    assert status["awards"]
    assert all(set(award) == AWARD for award in status["awards"])


def test_every_batch_record_has_the_same_keys_the_total_too() -> None:
    records = _json("batch", PROVINCE)
    # The file's own column that is not a figure jkngap reads passes through by its name.
    assert all(set(record) == BATCH | {"Cakupan"} for record in records)
    assert records[-1]["row"] is None
    assert records[-1]["total"] == "all"
    with_check = _json("batch", PROVINCE, "--check")
    assert all(set(record) == BATCH | {"consistent", "check"} for record in with_check)


MATCH = {
    "code",
    "region",
    "population",
    "registered",
    "active",
    "not_registered",
    "not_in_population",
    "duplicate_nik",
    "invalid_nik",
    "damaged_nik",
    "takeover_candidates",
    "takeover_budget",
    "region_paid_high_decile",
    "unregistered_low_decile",
    *BATCH - {"row", "region", "code", "population", "registered", "active", "error"},
    "suppressed",
}


def test_every_match_record_has_the_same_keys_the_total_too(tmp_path: Any) -> None:
    population = tmp_path / "penduduk.csv"
    population.write_text(
        "NIK,No KK,Kode Desa\n9999014101990001,9999010000000001,36.01.01.2001\n"
        "9999015505850003,9999010000000001,36.01.01.2002\n",
        encoding="utf-8",
    )
    members = tmp_path / "peserta.csv"
    members.write_text("NIK,Status,Segmen\n9999014101990001,AKTIF,PBPU\n", encoding="utf-8")
    welfare = tmp_path / "dtsen.csv"
    welfare.write_text("NIK,Desil\n9999015505850003,2\n", encoding="utf-8")
    given = ["--population", str(population), "--members", str(members)]
    records = _json("match", *given, "--welfare", str(welfare))
    assert all(set(record) == MATCH for record in records)
    assert records[-1]["total"] == "all"
    rolled = _json("match", *given, "--rollup", "kecamatan")
    assert all(set(record) == MATCH | {"rolled_up"} for record in rolled)


def test_region_is_a_list_of_objects_with_exactly_their_keys() -> None:
    found = _json("region", "banjar")
    assert isinstance(found, list)
    assert len(found) > 2
    assert all(set(region) == REGION for region in found)


def test_batch_adds_its_register_columns_only_when_asked(tmp_path: Any) -> None:
    path = tmp_path / "desa.csv"
    path.write_text("kode,penduduk,peserta\n63.03.05.1001,1000,990\n", encoding="utf-8")
    filled = _json("batch", str(path), "--fill-population")
    assert all(set(record) == BATCH | {"population_source"} for record in filled)
    rolled = _json("batch", str(path), "--rollup", "kabupaten")
    assert all(set(record) == BATCH | {"rolled_up"} for record in rolled)


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BANDUNG = str(EXAMPLES / "bandung-kelurahan-ilustrasi.csv")
ROSTER = str(EXAMPLES / "bandung-agen-ilustrasi.csv")
KALBAR = str(EXAMPLES / "kalbar-segmen-ilustrasi.csv")
CALENDAR = ["--from", "2025-06-03", "--by", "2025-07"]
# allocate agents: per area; the summary's own keys (in every record, filled on the total).
AREA = {
    "row",
    "source",
    "code",
    "region",
    "kecamatan_code",
    "registrants_needed",
    "active_needed",
    "households",
    "need",
    "agents",
    "agent_days",
    "raised",
    "left_out",
    "per_agent_per_week",
    "per_agent_per_working_day",
    "registrants_per_agent_per_week",
    "registrants_per_agent_per_working_day",
    "active_per_agent_per_week",
    "active_per_agent_per_working_day",
    "households_per_agent_per_week",
    "households_per_agent_per_working_day",
    "warning",
    "error",
}
AGENTS_SUMMARY = {
    "method",
    "need_for",
    "from",
    "by",
    "days",
    "working_days",
    "agents",
    "agent_days",
    "areas",
    "areas_with_need",
    "areas_with_agents",
    "areas_without_agents",
    "areas_raised",
    "rows_unread",
    "need",
    "per_agent_per_week",
    "per_agent_per_working_day",
    "days_away_from_home",
}
PER_AGENT = {
    "agent",
    "roster_row",
    "home",
    "home_code",
    "code",
    "region",
    "kecamatan_code",
    "near",
    "days_a_week",
    "people",
    "per_week",
    "per_working_day",
    "households",
    "households_per_week",
}
BUDGET_REGION = {
    "row",
    "source",
    "code",
    "region",
    "population",
    "registered",
    "active",
    "pbpu_inactive",
    "region_paid",
    "activity_pct",
    "status",
    "people",
    "cost",
    "province_pays",
    "region_pays",
    "chosen",
    "activity_pct_after",
    "goal",
    "reason",
    "warning",
    "error",
}
BUDGET_SUMMARY = {
    "aim",
    "awards_preset",
    "maximise",
    "base",
    "premium",
    "months",
    "budget",
    "donors",
    "each",
    "donated",
    "share_pct",
    "province_per_person_month",
    "per_person",
    "regions_read",
    "regions_already_met",
    "regions_chosen",
    "regions_reaching",
    "regions_priced",
    "regions_unreachable",
    "regions_unpriced",
    "rows_unread",
    "people_activated",
    "spent",
    "left",
    "left_people",
    "cost_of_all",
    "province_pays",
    "regions_pay",
    "donor_people",
    "paid_by_donors",
    "paid_by_region",
    "region_paid_share_pct",
    "activity_pct",
    "activity_pct_after",
}


@pytest.mark.parametrize(
    ("args", "row_keys", "summary"),
    [
        (["agents", BANDUNG, "--agents", "103", *CALENDAR], AREA, AGENTS_SUMMARY),
        (["agents", BANDUNG, "--roster", ROSTER, *CALENDAR], AREA, AGENTS_SUMMARY),
        (
            ["agents", BANDUNG, "--roster", ROSTER, *CALENDAR, "--per-agent"],
            PER_AGENT,
            AGENTS_SUMMARY,
        ),
        (["budget", KALBAR, "--budget", "Rp100 miliar"], BUDGET_REGION, BUDGET_SUMMARY),
        (
            ["budget", KALBAR, "--budget", "Rp100 miliar", "--share", "40"],
            BUDGET_REGION,
            BUDGET_SUMMARY,
        ),
    ],
)
def test_allocate_records_have_exactly_their_keys_the_summary_last(
    args: list[str], row_keys: set[str], summary: set[str]
) -> None:
    records = _json("allocate", *args)
    # One header in every format: each record has the row's keys, the summary's and total.
    assert all(set(record) == row_keys | summary | {"total"} for record in records)
    *rows, total = records
    assert all(record["total"] is None for record in rows)
    assert total["total"] == "all"
    assert total["region"] == "Total"
    assert all(total[key] is not None or key in _MAY_BE_EMPTY for key in summary)
    # A row leaves the summary's own columns empty.
    assert all(row[key] is None for row in rows for key in summary - row_keys)


# Summary figures that are empty where they do not apply (no roster, share or donors).
_MAY_BE_EMPTY = {
    "days_away_from_home",
    "awards_preset",
    "donors",
    "each",
    "donated",
    "share_pct",
    "province_per_person_month",
    "province_pays",
    "regions_pay",
    "donor_people",
    "paid_by_donors",
    "paid_by_region",
    "region_paid_share_pct",
}


# allocate agents --visits (match's lists): each area's households and people in the lists
# and its agents' runs, each roster agent's first and last household, and the summary's.
VISITS_AREA = {"households_listed", "people_listed", "visit_runs"}
VISITS_PER_AGENT = {"first_household", "last_household"}
VISITS_SUMMARY = {
    "households_listed",
    "people_listed",
    "list_rows_outside",
    "households_without_agents",
}


@pytest.mark.parametrize(
    ("more", "row_keys"),
    [
        (["--agents", "103"], AREA | VISITS_AREA),
        (["--roster", ROSTER, "--per-agent"], PER_AGENT | VISITS_PER_AGENT),
    ],
)
def test_allocate_with_visits_has_exactly_its_keys(
    more: list[str], row_keys: set[str], tmp_path: Path
) -> None:
    listed = tmp_path / "not-registered.csv"
    listed.write_text(
        "code,kk,nik\n32.73.02.1006,3273********0001,3273********0002\n"
        "99.99.99.9999,,3273********0003\n",
        encoding="utf-8",
    )
    args = ["agents", BANDUNG, *more, *CALENDAR, "--visits", str(listed)]
    records = _json("allocate", *args, "--visits-dir", str(tmp_path))
    summary = AGENTS_SUMMARY | VISITS_SUMMARY
    assert all(set(record) == row_keys | summary | {"total"} for record in records)
    *rows, total = records
    assert all(total[key] is not None for key in VISITS_SUMMARY)
    assert all(row[key] is None for row in rows for key in summary - row_keys)


# trend: a summary per region, then the total; the long form; compare (docs/trend.md).
TRENDS = str(EXAMPLES / "kalbar-bulanan-ilustrasi.csv")
_BOUNDS = ("", "_low", "_high")
TREND = {
    "code", "region", "first_date", "last_date", "snapshots", "missing_dates", "days",
    "population_first", "population_last", "population_source_first", "population_source_last",
    "registered_first", "registered_last", "registered_change", "registered_per_month",
    "active_first", "active_last", "active_change", "active_per_month",
    "coverage_first_pct", "coverage_last_pct", "activity_first_pct", "activity_last_pct",
    *(f"{share}_points_{what}{end}" for share in ("coverage", "activity")
      for what in ("change", "per_month") for end in _BOUNDS),
    "by", "days_to_deadline", "working_days", "registrants_needed", "active_needed",
    *(f"required_{figure}_per_{unit}" for figure in ("registered", "active")
      for unit in ("month", "week", "working_day", "agent_per_working_day")),
    *(f"{target}_{key}" for target in ("uhc", "activity_target", "prioritas")
      for key in ("outlook", "by_deadline", "at_risk",
                  *(f"{date}{end}" for date in ("date", "lost_date") for end in _BOUNDS))),
    "status_first", "status_last", "status_change", "status_changes",
    "award_first", "award_last", "award_change", "at_risk", "horizon_end", "exact",
    "warning", "note", "total",
}  # fmt: skip
STATUS_CHANGE = {"date", "status_from", "status_to", "change", "award_from", "award_to"}
TREND_LONG = {
    "code", "region", "date", "source", "row", "population", "population_source",
    "registered", "active", "coverage_pct", "activity_pct", "exact", "days",
    "registered_change", "active_change",
    *(f"{share}_points_change{end}" for share in ("coverage", "activity") for end in _BOUNDS),
    "registered_per_month", "active_per_month", "required_registered", "required_active",
    "uhc", "uhc_prioritas", "award", "uhc_status", "status_change", "missing",
    "warning", "error", "total",
}  # fmt: skip
COMPARE = {
    "code", "region", "row_a", "row_b",
    *(f"{figure}_{key}" for figure in ("population", "registered", "active")
      for key in ("a", "b", "difference", "difference_pct", "agree")),
    "coverage_pct_a", "coverage_pct_b", "activity_pct_a", "activity_pct_b",
    *(f"{share}_points_difference{end}" for share in ("coverage", "activity") for end in _BOUNDS),
    "uhc_a", "uhc_b", "uhc_prioritas_a", "uhc_prioritas_b", "verdicts_agree",
    "verdict_changers", "agree", "only_in", "error", "warning", "note", "total",
}  # fmt: skip


def test_trend_records_have_exactly_their_keys_the_total_last() -> None:
    records = _json("trend", TRENDS, "--by", "2025-12", "--awards", "2026")
    assert all(set(record) == TREND for record in records)
    assert records[-1]["total"] == "all"
    assert all(record["total"] is None for record in records[:-1])
    changes = [change for record in records for change in record["status_changes"]]
    assert all(set(change) == STATUS_CHANGE for change in changes)
    long = _json("trend", TRENDS, "--long")
    assert all(set(record) == TREND_LONG for record in long)
    assert {record["total"] for record in long} == {None, "all"}  # each date's total too


def test_compare_records_have_exactly_their_keys() -> None:
    a, b = (str(EXAMPLES / name) for name in ("kalbar-ilustrasi.csv", "provinsi-contoh.csv"))
    apart = _json("compare", a, b)  # no region in both: every one in one source only
    assert apart
    assert all(set(record) == COMPARE for record in apart)
    assert all(record["only_in"] in ("a", "b") for record in apart)
    records = _json("compare", a, str(EXAMPLES / "kalbar-segmen-ilustrasi.csv"))
    assert all(set(record) == COMPARE for record in records)
    assert records[-1]["total"] == "all"


def test_an_answers_json_carries_what_its_table_says_below_itself() -> None:
    """Nobody registered: active is taken as 0, and the JSON says so, as the table does;
    an answer with nothing to add says an empty list."""
    status = _json("status", "-p", "590393", "-r", "0")
    assert status["activity_met"] is True
    assert "active taken as 0: nobody is registered" in status["notes"]
    assert _json("needed", "-p", "590393", "-r", "581578")["notes"] == []
    plan = _json("plan", "-p", "590393", "-r", "560000", "--by", "2025-09-30", "--growth", "1%")
    assert any("projected" in note or "growth" in note for note in plan["notes"]), plan["notes"]
