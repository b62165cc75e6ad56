"""Every key a result emits, declared once: what it holds (its kind), its label and its
flat columns. Every writer reads it: the terminal table, JSON/CSV/TSV, Excel CSV, the
workbook and the HTML report.

A new key is one line here, in its section: ``Field("registered_headroom", COUNT)``. A
key declared twice stops the import; a result emitting a key declared nowhere fails
``tests/output/test_fields.py``. An input file's own columns, which batch passes
through, are the only keys not declared: they are text, headed by their own name.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jkngap.core.model import Record

__all__ = [
    "FIELDS",
    "READ_FIRST",
    "Field",
    "Kind",
    "field_of",
    "flat_columns",
    "flat_keys",
    "is_detail",
    "unknown_reason",
]


class Kind(enum.Enum):
    """What a key's values are, and so how each writer shows them."""

    COUNT = "count"  # a whole number (people, months, days): 590393
    MONEY = "money"  # whole rupiah: Rp310.000.000.000
    PERCENT = "percent"  # a share in percent, exact, cut toward zero when shown: 98,50 %
    TARGET = "target"  # a percentage typed by a person, shown with its own decimals: 98 %
    DATE = "date"  # an ISO date: 2025-12-31
    VERDICT = "verdict"  # true, false, or unknown (None)
    WORD = "word"  # one of a fixed set, shown in the language: base.participants
    WORDS = "words"  # a list of such words: check's figures
    TEXT = "text"  # a name, a code, a preset's name: as it is (neutralised in files)
    LINE = "line"  # a line number of an input file
    NOTES = "notes"  # notes or an error: sentences
    RANGE = "range"  # [low, high] of a count, money or percentage: two flat columns
    DETAIL = "detail"  # a list of records: nested in JSON, a table or sheet of its own
    LIST = "list"  # a list of values that only JSON carries (check's implied bounds)


# The kinds whose values are whole numbers in every format.
WHOLE = frozenset({Kind.COUNT, Kind.MONEY, Kind.LINE})


@dataclass(frozen=True)
class Field:
    """One key: its kind, the words it is shown in, and where a person sees it.

    ``of`` is the kind of a range's two ends; ``words`` the catalogue prefix of a word's
    values (``base`` for ``base.participants``); ``shown`` False keeps a key out of a
    person's one-region table (the machine's bookkeeping); ``needs`` the figures a
    verdict is judged from, so that an unknown verdict can say which one was missing;
    ``doubt`` the catalogue key an unknown (None) verdict is said with instead.
    """

    key: str
    kind: Kind
    of: Kind | None = None
    words: str | None = None
    shown: bool = True
    needs: tuple[str, ...] = ()
    doubt: str | None = None

    @property
    def label(self) -> str:
        """The catalogue key of its label."""
        return f"label.{self.key}"

    def flat(self) -> tuple[str, ...]:
        """Its columns in CSV, TSV and a sheet: a range's two ends, no column for a list."""
        if self.kind is Kind.RANGE:
            stem = self.key.removesuffix("_range")
            return (f"{stem}_low", f"{stem}_high")
        if self.kind in (Kind.DETAIL, Kind.LIST):
            return ()
        return (self.key,)


COUNT, MONEY, PERCENT, TARGET, DATE = Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.TARGET, Kind.DATE
VERDICT, WORD, WORDS, TEXT, LINE = Kind.VERDICT, Kind.WORD, Kind.WORDS, Kind.TEXT, Kind.LINE
NOTES, RANGE, DETAIL, LIST = Kind.NOTES, Kind.RANGE, Kind.DETAIL, Kind.LIST


def _schema(*fields: Field) -> dict[str, Field]:
    declared: dict[str, Field] = {}
    for field in fields:
        if field.key in declared:
            raise ValueError(f"the key {field.key!r} is declared twice")
        declared[field.key] = field
    for field in fields:  # a range's ends are keys of their own: flat rows carry them
        if field.kind is Kind.RANGE:
            for end in field.flat():
                declared.setdefault(end, Field(end, field.of or COUNT))
    return declared


# What an official reads first of many regions, in this order: the workbook's first sheet
# and the report's table.
READ_FIRST = (
    "region",
    "code",
    "population",
    "registered",
    "coverage_pct",
    "registrants_needed",
    "active",
    "activity_pct",
    "active_needed",
    "uhc",
    "uhc_prioritas",
)

FIELDS: dict[str, Field] = _schema(
    # Where a row comes from, and which region it is.
    Field("row", LINE),
    Field("source", TEXT),
    Field("region", TEXT),
    Field("code", TEXT),
    Field("name", TEXT),
    Field("level", WORD, words="level"),
    Field("parent_code", TEXT),
    Field("parents", TEXT),
    Field("region_code", TEXT),
    Field("region_name", TEXT),
    Field("population_source", WORD, words="source"),
    Field("rolled_up", COUNT),
    Field("regions", DETAIL),
    # The counts, and what they are judged by.
    Field("criteria", TEXT, shown=False),
    Field("base", WORD, words="base"),
    Field("population", COUNT),
    Field("population_range", RANGE, of=COUNT),
    Field("registered", COUNT),
    Field("registered_range", RANGE, of=COUNT),
    Field("active", COUNT),
    Field("active_range", RANGE, of=COUNT),
    Field("inactive", COUNT),
    Field("inactive_range", RANGE, of=COUNT),
    Field("target_pct", TARGET),
    Field("coverage_target_pct", TARGET),
    Field("activity_target_pct", TARGET),
    Field("active_target_pct", TARGET),
    # Coverage.
    Field("coverage_pct", PERCENT),
    Field("required_registered", COUNT),
    Field("required_registered_range", RANGE, of=COUNT),
    Field("registrants_needed", COUNT),
    Field("registrants_needed_range", RANGE, of=COUNT),
    Field("registrants_needed_sum", COUNT),
    Field("surplus", COUNT),
    Field("registered_headroom", COUNT),
    Field("coverage_met", VERDICT, needs=("coverage_pct",)),
    Field("coverage_exact", VERDICT, shown=False),
    # Activity.
    Field("activity_pct", PERCENT),
    Field("required_active", COUNT),
    Field("required_active_range", RANGE, of=COUNT),
    Field("active_needed", COUNT),
    Field("active_needed_range", RANGE, of=COUNT),
    Field("active_needed_sum", COUNT),
    Field("new_members_needed", COUNT),
    Field("new_members_needed_range", RANGE, of=COUNT),
    Field("active_headroom", COUNT),
    Field("reactivation_sufficient", VERDICT),
    Field("activity_met", VERDICT, needs=("activity_pct",)),
    Field("activity_exact", VERDICT, shown=False),
    # Verdicts.
    Field("uhc", VERDICT, needs=("coverage_pct",)),
    Field("uhc_prioritas", VERDICT, needs=("coverage_pct", "activity_pct")),
    Field("met", VERDICT),
    Field("exact", VERDICT, shown=False),
    # Money: cost, and segments' routes.
    Field("people", COUNT),
    Field("people_range", RANGE, of=COUNT),
    Field("premium", MONEY),
    Field("months", COUNT),
    Field("budget", MONEY),
    Field("budget_range", RANGE, of=MONEY),
    Field("unspent", MONEY),
    Field("segments", DETAIL),
    Field("segment", WORD, words="segment"),
    Field("paid_by", WORD, words="payer"),
    Field("inactive_share_pct", PERCENT),
    Field("region_paid_pct", PERCENT),
    Field("region_paid_pct_range", RANGE, of=PERCENT),
    Field("apbd_people", COUNT),
    Field("apbd_budget", MONEY),
    Field("apbd_enough", VERDICT),
    Field("members_paying_again", COUNT),
    Field("member_premium", MONEY),
    Field("arrears_months", COUNT),
    Field("member_pays_up_to", MONEY),
    Field("new_members_budget", MONEY),
    Field("budget_people", COUNT),
    Field("budget_activity_pct", PERCENT),
    Field("budget_met", VERDICT),
    # UHC Awards.
    Field("awards_preset", TEXT),
    Field("award", WORD, words="award"),
    Field("awards", DETAIL),
    Field("category", WORD, words="award"),
    Field("rule", NOTES),
    # plan: the pace to a deadline, and its milestones.
    Field("from", DATE),
    Field("by", DATE),
    Field("date", DATE),
    Field("days", COUNT),
    Field("working_days", COUNT),
    Field("agents", COUNT),
    Field("growth_pct", TARGET),
    Field("per_month", COUNT),
    Field("per_week", COUNT),
    Field("per_working_day", COUNT),
    Field("per_agent_per_working_day", COUNT),
    Field("per_agent_in_period", COUNT),
    # Said in the table on the per-working-day row ("1 every 4 working days").
    Field("per_agent_every_working_days", COUNT, shown=False),
    Field("active_per_month", COUNT),
    Field("active_per_week", COUNT),
    Field("active_per_working_day", COUNT),
    Field("active_per_agent_per_working_day", COUNT),
    Field("active_per_agent_in_period", COUNT),
    Field("active_per_agent_every_working_days", COUNT, shown=False),
    Field("deadline_passed", VERDICT),
    Field("milestones", DETAIL),
    Field("registrants", COUNT),
    Field("activations", COUNT),
    # allocate agents: the need of each area, its agents and their paces (plan's calendar).
    Field("kecamatan_code", TEXT),
    Field("households", COUNT),
    Field("need", COUNT),
    Field("agent_days", COUNT),
    Field("raised", VERDICT),
    Field("left_out", VERDICT),
    Field("per_agent_per_week", COUNT),
    Field("registrants_per_agent_per_week", COUNT),
    Field("registrants_per_agent_per_working_day", COUNT),
    Field("active_per_agent_per_week", COUNT),
    Field("households_per_agent_per_week", COUNT),
    Field("households_per_agent_per_working_day", COUNT),
    Field("method", WORD, words="method"),
    Field("need_for", WORD, words="need_for"),
    Field("areas", COUNT),
    Field("areas_with_need", COUNT),
    Field("areas_with_agents", COUNT),
    Field("areas_without_agents", COUNT),
    Field("areas_raised", COUNT),
    Field("rows_unread", COUNT),
    Field("days_away_from_home", COUNT),
    # allocate agents --roster: each agent placed near home.
    Field("agent", TEXT),
    Field("roster_row", LINE),
    Field("home", TEXT),
    Field("home_code", TEXT),
    Field("near", WORD, words="near"),
    Field("days_a_week", COUNT),
    Field("households_per_week", COUNT),
    # allocate agents --visits: match's lists' households split among the agents.
    Field("households_listed", COUNT),
    Field("people_listed", COUNT),
    Field("visit_runs", TEXT),
    Field("first_household", LINE),
    Field("last_household", LINE),
    Field("list_rows_outside", COUNT),
    Field("households_without_agents", COUNT),
    # allocate budget: each region's price by route (a), and the choice.
    Field("pbpu_inactive", COUNT),
    Field("region_paid", COUNT),
    Field("status", WORD, words="budget_status"),
    Field("cost", MONEY),
    Field("province_pays", MONEY),
    Field("region_pays", MONEY),
    Field("chosen", VERDICT),
    Field("activity_pct_after", PERCENT),
    Field("goal", NOTES),
    Field("reason", NOTES),
    Field("aim", WORD, words="aim"),
    Field("maximise", WORD, words="maximise"),
    Field("donors", COUNT),
    Field("each", MONEY),
    Field("donated", MONEY),
    Field("share_pct", TARGET),
    Field("province_per_person_month", MONEY),
    Field("per_person", MONEY),
    Field("regions_read", COUNT),
    Field("regions_already_met", COUNT),
    Field("regions_chosen", COUNT),
    Field("regions_reaching", COUNT),
    Field("regions_priced", COUNT),
    Field("regions_unreachable", COUNT),
    Field("regions_unpriced", COUNT),
    Field("people_activated", COUNT),
    Field("spent", MONEY),
    Field("left", MONEY),
    Field("left_people", COUNT),
    Field("cost_of_all", MONEY),
    Field("regions_pay", MONEY),
    Field("donor_people", COUNT),
    Field("paid_by_donors", MONEY),
    Field("paid_by_region", MONEY),
    Field("region_paid_share_pct", PERCENT),
    # match: the people of each desa in the categories an official acts on (issue 22).
    Field("not_registered", COUNT),
    Field("not_in_population", COUNT),
    Field("duplicate_nik", COUNT),
    Field("invalid_nik", COUNT),
    Field("damaged_nik", COUNT),
    Field("takeover_candidates", COUNT),
    Field("takeover_budget", MONEY),
    Field("region_paid_high_decile", COUNT),
    Field("unregistered_low_decile", COUNT),
    Field("suppressed", TEXT),  # the keys hidden as small cells, by name
    # check: whether published figures agree.
    Field("consistent", VERDICT),
    Field("findings", DETAIL),
    Field("figures", WORDS, words="figure_name"),
    Field("agree", VERDICT, doubt="check.doubtful"),
    Field("quantity", WORD, words="quantity", shown=False),
    Field("implied", LIST, shown=False),
    Field("first_range", RANGE, of=COUNT, shown=False),
    Field("second_range", RANGE, of=COUNT, shown=False),
    Field("message", NOTES),
    # trend: each region's series, first snapshot to last (docs/trend.md).
    Field("first_date", DATE),
    Field("last_date", DATE),
    Field("snapshots", COUNT),
    Field("missing_dates", LIST),
    Field("population_first", COUNT),
    Field("population_last", COUNT),
    Field("population_source_first", WORD, words="source"),
    Field("population_source_last", WORD, words="source"),
    Field("registered_first", COUNT),
    Field("registered_last", COUNT),
    Field("registered_change", COUNT),
    Field("registered_per_month", COUNT),
    Field("active_first", COUNT),
    Field("active_last", COUNT),
    Field("active_change", COUNT),
    Field("coverage_first_pct", PERCENT),
    Field("coverage_last_pct", PERCENT),
    Field("coverage_points_change", PERCENT),
    Field("coverage_points_change_low", PERCENT),
    Field("coverage_points_change_high", PERCENT),
    Field("coverage_points_per_month", PERCENT),
    Field("coverage_points_per_month_low", PERCENT),
    Field("coverage_points_per_month_high", PERCENT),
    Field("activity_first_pct", PERCENT),
    Field("activity_last_pct", PERCENT),
    Field("activity_points_change", PERCENT),
    Field("activity_points_change_low", PERCENT),
    Field("activity_points_change_high", PERCENT),
    Field("activity_points_per_month", PERCENT),
    Field("activity_points_per_month_low", PERCENT),
    Field("activity_points_per_month_high", PERCENT),
    Field("days_to_deadline", COUNT),
    Field("required_registered_per_month", COUNT),
    Field("required_registered_per_week", COUNT),
    Field("required_registered_per_working_day", COUNT),
    Field("required_registered_per_agent_per_working_day", COUNT),
    Field("required_active_per_month", COUNT),
    Field("required_active_per_week", COUNT),
    Field("required_active_per_working_day", COUNT),
    Field("required_active_per_agent_per_working_day", COUNT),
    Field("uhc_outlook", WORD, words="outlook"),
    Field("uhc_date", DATE),
    Field("uhc_date_low", DATE),
    Field("uhc_date_high", DATE),
    Field("uhc_lost_date", DATE),
    Field("uhc_lost_date_low", DATE),
    Field("uhc_lost_date_high", DATE),
    Field("uhc_by_deadline", VERDICT),
    Field("uhc_at_risk", VERDICT),
    Field("activity_target_outlook", WORD, words="outlook"),
    Field("activity_target_date", DATE),
    Field("activity_target_date_low", DATE),
    Field("activity_target_date_high", DATE),
    Field("activity_target_lost_date", DATE),
    Field("activity_target_lost_date_low", DATE),
    Field("activity_target_lost_date_high", DATE),
    Field("activity_target_by_deadline", VERDICT),
    Field("activity_target_at_risk", VERDICT),
    Field("prioritas_outlook", WORD, words="outlook"),
    Field("prioritas_date", DATE),
    Field("prioritas_date_low", DATE),
    Field("prioritas_date_high", DATE),
    Field("prioritas_lost_date", DATE),
    Field("prioritas_lost_date_low", DATE),
    Field("prioritas_lost_date_high", DATE),
    Field("prioritas_by_deadline", VERDICT),
    Field("prioritas_at_risk", VERDICT),
    Field("status_first", WORD, words="standing"),
    Field("status_last", WORD, words="standing"),
    Field("status_change", WORD, words="change"),
    Field("status_changes", DETAIL),
    Field("status_from", WORD, words="standing"),
    Field("status_to", WORD, words="standing"),
    Field("change", WORD, words="change"),
    Field("award_first", WORD, words="award"),
    Field("award_last", WORD, words="award"),
    Field("award_change", WORD, words="change"),
    Field("award_from", WORD, words="award"),
    Field("award_to", WORD, words="award"),
    Field("at_risk", VERDICT),
    Field("horizon_end", DATE),
    # trend's long form: a region at a date.
    Field("uhc_status", WORD, words="standing"),
    Field("missing", VERDICT),
    # compare: two sources of the same regions.
    Field("row_a", LINE),
    Field("row_b", LINE),
    Field("population_a", COUNT),
    Field("population_b", COUNT),
    Field("population_difference", COUNT),
    Field("population_difference_pct", PERCENT),
    Field("population_agree", VERDICT),
    Field("registered_a", COUNT),
    Field("registered_b", COUNT),
    Field("registered_difference", COUNT),
    Field("registered_difference_pct", PERCENT),
    Field("registered_agree", VERDICT),
    Field("active_a", COUNT),
    Field("active_b", COUNT),
    Field("active_difference", COUNT),
    Field("active_difference_pct", PERCENT),
    Field("active_agree", VERDICT),
    Field("coverage_pct_a", PERCENT),
    Field("coverage_pct_b", PERCENT),
    Field("coverage_points_difference", PERCENT),
    Field("coverage_points_difference_low", PERCENT),
    Field("coverage_points_difference_high", PERCENT),
    Field("activity_pct_a", PERCENT),
    Field("activity_pct_b", PERCENT),
    Field("activity_points_difference", PERCENT),
    Field("activity_points_difference_low", PERCENT),
    Field("activity_points_difference_high", PERCENT),
    Field("uhc_a", VERDICT, needs=("coverage_pct_a",)),
    Field("uhc_b", VERDICT, needs=("coverage_pct_b",)),
    Field("uhc_prioritas_a", VERDICT, needs=("coverage_pct_a", "activity_pct_a")),
    Field("uhc_prioritas_b", VERDICT, needs=("coverage_pct_b", "activity_pct_b")),
    Field("verdicts_agree", VERDICT),
    Field("verdict_changers", LIST),
    Field("only_in", WORD, words="side"),
    # What every batch row ends with.
    Field("warning", NOTES),
    Field("note", NOTES),
    Field("check", NOTES),
    Field("error", NOTES),
    Field("total", WORD, words="total"),
)


def field_of(key: str) -> Field:
    """The key's declaration; an input file's own column (not declared) is text."""
    found = FIELDS.get(key)
    return found if found is not None else Field(key, TEXT)


def unknown_reason(key: str, record: Record) -> str:
    """The catalogue key that says why the verdict ``key`` of ``record`` is unknown: a
    figure it is judged from was not given, or the figures given allow either answer."""
    for figure in field_of(key).needs:
        if record.get(figure) is None:
            return f"unknown.no_{figure}"
    return "unknown.either"


def is_detail(value: Any) -> bool:
    """A list of records: a detail table (milestones, findings, segments)."""
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict)


def flat_keys(keys: Iterable[str]) -> list[str]:
    """The flat columns of ``keys``, in order."""
    return [column for key in keys for column in field_of(key).flat()]


def flat_columns(record: Record) -> Iterator[tuple[str, Any]]:
    """A record's flat columns and values: a range as its two ends; a detail list, which
    only JSON nests, or an empty list, left out."""
    for key, value in record.items():
        field = FIELDS.get(key)
        if field is not None and field.kind is Kind.RANGE:
            low, high = value if value is not None else (None, None)
            first, second = field.flat()
            yield first, low
            yield second, high
        elif not (is_detail(value) or value == [] or (field and field.kind is Kind.LIST)):
            yield key, value
