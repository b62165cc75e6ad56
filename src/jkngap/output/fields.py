"""Every key a result emits, declared once: what it holds (its kind), its label and its
flat columns. Every writer reads it: the terminal table, JSON/CSV/TSV, Excel CSV, the
workbook and the HTML report.

The schema is a table: in each section, the keys of each kind, named with spaces between
them (``_each(COUNT, "surplus registered_headroom")``), and a key with more to say as its
own ``Field``; a family of keys (a figure and its range, compare's two sides, trend's
outlook of a goal) is named by the function that declares it. A new key is a word in its
section, or one line. A key declared twice stops the import; a result emitting a key
declared nowhere fails ``tests/output/test_fields.py``. An input file's own columns, which
batch passes through, are the only keys not declared: they are text, headed by their own
name.
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


def _split(names: tuple[str, ...]) -> list[str]:
    """Keys named with spaces between them, as a named tuple's fields may be."""
    return [key for name in names for key in name.split()]


def _each(kind: Kind, *names: str, words: str | None = None, shown: bool = True) -> list[Field]:
    """Keys of one kind (words of one catalogue prefix)."""
    return [Field(key, kind, words=words, shown=shown) for key in _split(names)]


def _ranged(kind: Kind, *names: str) -> Iterator[Field]:
    """Figures of ``kind``, each with its range (``KEY_range``) where it is uncertain."""
    for key in _split(names):
        yield Field(key, kind)
        yield Field(f"{key}_range", RANGE, of=kind)


def _ends(kind: Kind, *names: str) -> Iterator[Field]:
    """Figures of ``kind``, each beside its two ends (``KEY_low``, ``KEY_high``), flat."""
    for key in _split(names):
        yield from _each(kind, key, f"{key}_low", f"{key}_high")


def _uhc(*sides: str) -> Iterator[Field]:
    """The two UHC verdicts of each side ("" one region's; compare's "_a", "_b"), with the
    percentages each is judged from."""
    for side in sides:
        coverage, activity = f"coverage_pct{side}", f"activity_pct{side}"
        yield Field(f"uhc{side}", VERDICT, needs=(coverage,))
        yield Field(f"uhc_prioritas{side}", VERDICT, needs=(coverage, activity))


# A pace, the people to reach in each span of time (plan, trend).
_PACES = ("per_month", "per_week", "per_working_day", "per_agent_per_working_day")


def _paces(prefix: str) -> Iterator[Field]:
    """plan's paces of a figure (``prefix``: "" for registrants, "active_"): each span's,
    an agent's in the whole period, and the days between two of an agent's, which the
    table says on the per-working-day row ("1 every 4 working days")."""
    yield from _each(COUNT, *(prefix + pace for pace in (*_PACES, "per_agent_in_period")))
    yield Field(f"{prefix}per_agent_every_working_days", COUNT, shown=False)


def _outlook(*goals: str) -> Iterator[Field]:
    """trend's outlook of each goal: the date it is reached by and the date it is lost
    (each with its two ends), whether by the deadline, whether at risk."""
    for goal in goals:
        yield Field(f"{goal}_outlook", WORD, words="outlook")
        yield from _ends(DATE, f"{goal}_date {goal}_lost_date")
        yield from _each(VERDICT, f"{goal}_by_deadline", f"{goal}_at_risk")


def _compared(*figures: str) -> Iterator[Field]:
    """compare's counts of each figure: the two sources', their difference (in people and
    in percent), and whether they agree."""
    for figure in figures:
        yield from _each(COUNT, f"{figure}_a", f"{figure}_b", f"{figure}_difference")
        yield Field(f"{figure}_difference_pct", PERCENT)
        yield Field(f"{figure}_agree", VERDICT)


FIELDS: dict[str, Field] = _schema(
    # Where a row comes from, and which region it is.
    Field("row", LINE),
    *_each(TEXT, "source region code name parent_code parents region_code region_name"),
    Field("level", WORD, words="level"),
    Field("population_source", WORD, words="source"),
    Field("rolled_up", COUNT),
    Field("regions", DETAIL),
    # The counts, and what they are judged by.
    Field("criteria", TEXT, shown=False),
    Field("base", WORD, words="base"),
    *_ranged(COUNT, "population registered active inactive"),
    *_each(TARGET, "target_pct coverage_target_pct activity_target_pct active_target_pct"),
    # Coverage.
    Field("coverage_pct", PERCENT),
    *_ranged(COUNT, "required_registered registrants_needed"),
    *_each(COUNT, "registrants_needed_sum surplus registered_headroom"),
    Field("coverage_met", VERDICT, needs=("coverage_pct",)),
    Field("coverage_exact", VERDICT, shown=False),
    # Activity.
    Field("activity_pct", PERCENT),
    *_ranged(COUNT, "required_active active_needed new_members_needed"),
    *_each(COUNT, "active_needed_sum active_headroom"),
    Field("reactivation_sufficient", VERDICT),
    Field("activity_met", VERDICT, needs=("activity_pct",)),
    Field("activity_exact", VERDICT, shown=False),
    # Verdicts.
    *_uhc(""),
    Field("met", VERDICT),
    Field("exact", VERDICT, shown=False),
    # Money: cost, and segments' routes.
    *_ranged(COUNT, "people"),
    *_ranged(MONEY, "budget"),
    *_ranged(PERCENT, "region_paid_pct"),
    *_each(COUNT, "months apbd_people members_paying_again arrears_months budget_people"),
    *_each(
        MONEY,
        """premium unspent apbd_budget member_premium member_pays_up_to
        new_members_budget""",
    ),
    *_each(PERCENT, "inactive_share_pct budget_activity_pct"),
    *_each(VERDICT, "apbd_enough budget_met"),
    Field("segments", DETAIL),
    Field("segment", WORD, words="segment"),
    Field("paid_by", WORD, words="payer"),
    # UHC Awards.
    Field("awards_preset", TEXT),
    *_each(WORD, "award category", words="award"),
    Field("awards", DETAIL),
    Field("rule", NOTES),
    # plan: the pace to a deadline, and its milestones.
    *_each(DATE, "from by date"),
    *_each(COUNT, "days working_days agents registrants activations"),
    Field("growth_pct", TARGET),
    *_paces(""),
    *_paces("active_"),
    Field("deadline_passed", VERDICT),
    Field("milestones", DETAIL),
    # allocate agents: the need of each area, its agents and their paces (plan's calendar).
    Field("kecamatan_code", TEXT),
    *_each(
        COUNT,
        """households need agent_days areas areas_with_need areas_with_agents
        areas_without_agents areas_raised rows_unread days_away_from_home
        per_agent_per_week active_per_agent_per_week registrants_per_agent_per_week
        registrants_per_agent_per_working_day households_per_agent_per_week
        households_per_agent_per_working_day""",
    ),
    *_each(VERDICT, "raised left_out"),
    Field("method", WORD, words="method"),
    Field("need_for", WORD, words="need_for"),
    # allocate agents --roster: each agent placed near home.
    *_each(TEXT, "agent home home_code"),
    Field("roster_row", LINE),
    Field("near", WORD, words="near"),
    *_each(COUNT, "days_a_week households_per_week"),
    # allocate agents --visits: match's lists' households split among the agents.
    *_each(COUNT, "households_listed people_listed list_rows_outside households_without_agents"),
    Field("visit_runs", TEXT),
    *_each(LINE, "first_household last_household"),
    # allocate budget: each region's price by route (a), and the choice.
    *_each(
        COUNT,
        """pbpu_inactive region_paid donors people_activated left_people donor_people
        regions_read regions_already_met regions_chosen regions_reaching regions_priced
        regions_unreachable regions_unpriced""",
    ),
    *_each(
        MONEY,
        """cost province_pays region_pays each donated province_per_person_month
        per_person spent left cost_of_all regions_pay paid_by_donors paid_by_region""",
    ),
    *_each(PERCENT, "activity_pct_after region_paid_share_pct"),
    Field("share_pct", TARGET),
    Field("chosen", VERDICT),
    *_each(NOTES, "goal reason"),
    Field("status", WORD, words="budget_status"),
    Field("aim", WORD, words="aim"),
    Field("maximise", WORD, words="maximise"),
    # match: the people of each desa in the categories an official acts on (issue 22).
    *_each(
        COUNT,
        """not_registered not_in_population duplicate_nik invalid_nik damaged_nik
        takeover_candidates region_paid_high_decile unregistered_low_decile""",
    ),
    Field("takeover_budget", MONEY),
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
    Field("notes", NOTES, shown=False),  # a person reads them below the table
    # trend: each region's series, first snapshot to last (docs/trend.md).
    *_each(DATE, "first_date last_date horizon_end"),
    *_each(
        COUNT,
        """snapshots days_to_deadline population_first population_last registered_first
        registered_last registered_change registered_per_month active_first active_last
        active_change""",
        *(f"required_{figure}_{pace}" for figure in ("registered", "active") for pace in _PACES),
    ),
    *_each(PERCENT, "coverage_first_pct coverage_last_pct activity_first_pct activity_last_pct"),
    *_ends(
        PERCENT,
        """coverage_points_change coverage_points_per_month activity_points_change
        activity_points_per_month""",
    ),
    Field("missing_dates", LIST),
    *_each(WORD, "population_source_first population_source_last", words="source"),
    *_outlook("uhc", "activity_target", "prioritas"),
    *_each(WORD, "status_first status_last status_from status_to uhc_status", words="standing"),
    *_each(WORD, "status_change change award_change", words="change"),
    *_each(WORD, "award_first award_last award_from award_to", words="award"),
    Field("status_changes", DETAIL),
    Field("at_risk", VERDICT),
    # trend's long form: a region at a date (its uhc_status is a standing, above).
    Field("missing", VERDICT),
    # compare: two sources of the same regions.
    *_each(LINE, "row_a row_b"),
    *_compared("population", "registered", "active"),
    *_each(PERCENT, "coverage_pct_a coverage_pct_b activity_pct_a activity_pct_b"),
    *_ends(PERCENT, "coverage_points_difference activity_points_difference"),
    *_uhc("_a", "_b"),
    Field("verdicts_agree", VERDICT),
    Field("verdict_changers", LIST),
    Field("only_in", WORD, words="side"),
    # What every batch row ends with.
    *_each(NOTES, "warning note check error"),
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
