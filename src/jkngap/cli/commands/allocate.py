"""``jkngap allocate agents`` and ``jkngap allocate budget``."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from jkngap.cli import files as f
from jkngap.cli import options as o
from jkngap.cli.app import Answer, CommandGroup
from jkngap.core.budget import Maximise
from jkngap.core.errors import InputError
from jkngap.core.model import Base
from jkngap.core.routes import Rates

if TYPE_CHECKING:
    from jkngap.core.criteria import Criteria
    from jkngap.core.model import Note
    from jkngap.core.visits import ListRow, VisitPlan
    from jkngap.io.pipeline import BatchInput

app = CommandGroup(
    "allocate",
    "jkngap allocate agents kelurahan.csv --agents 103 --by 2025-07",
    'jkngap allocate budget kabupaten.csv --budget "Rp310 miliar"',
)


class Need(str, enum.Enum):
    """The gaps agents are shared by, in the words of ``--for``."""

    BOTH = "both"
    REGISTRANTS = "registrants"
    ACTIVATIONS = "activations"

    @property
    def core(self) -> str:
        return "active" if self is Need.ACTIVATIONS else self.value


RosterOption = Annotated[
    Path | None, typer.Option("--roster", metavar="FILE", dir_okay=False, show_default=False)
]
ForOption = Annotated[Need, typer.Option("--for")]
PerAgentOption = Annotated[bool, typer.Option("--per-agent")]
VisitsOption = Annotated[
    list[str] | None,
    # Plain text, not a checked path: a path the parser echoed could name a person.
    typer.Option("--visits", metavar="LIST", show_default=False),
]
VisitsDirOption = Annotated[Path, typer.Option("--visits-dir", metavar="DIR", file_okay=False)]
MaximiseOption = Annotated[Maximise, typer.Option("--maximise")]
CategoryOption = Annotated[str | None, o.text_option("--category", metavar="NAME")]
ShareOption = Annotated[str | None, o.percent_option("--share")]
DonorsOption = Annotated[str | None, o.count_option("--donors")]
EachOption = Annotated[str | None, o.amount_option("--each")]


def _request(
    reading: dict[str, Any], layout: dict[str, Any], criteria: Criteria, base: Base
) -> BatchInput:
    from jkngap.io.pipeline import BatchInput

    return BatchInput(**reading, **layout, criteria=criteria, base=base)


def _names(request: BatchInput) -> Any:
    """The register's names, for the heading of each kecamatan's printed sheet."""
    return f.register().name if request.register else None


@app.define(
    "agents",
    "jkngap allocate agents kelurahan.csv --agents 103 --from 2025-06-03 --by 2025-07",
    "jkngap allocate agents desa.xlsx --roster agen.csv --by 2025-12 --per-agent -o agen.xlsx",
)
def agents_command(
    *,
    reading: f.ReadingOptions,
    agents: o.AgentsOption = None,
    roster: RosterOption = None,
    by: o.ByOption,
    start: o.StartOption = None,
    need: ForOption = Need.BOTH,
    holiday: o.HolidayOption = None,
    national_holidays: o.NationalHolidaysOption = True,
    criteria: o.CriteriaOptions,
    base: o.BaseOption = Base.PARTICIPANTS,
    per_agent: PerAgentOption = False,
    visits: VisitsOption = None,
    visits_dir: VisitsDirOption = Path("."),
    list_format: o.ListFormatOption = "csv",
    reveal_nik: o.RevealOption = False,
    layout: f.LayoutOptions,
    view: f.FilesViewOptions,
) -> Answer:
    """Field agents shared among the areas of a file in proportion to their need, with
    each agent's pace to the deadline.

    Whole agents by the largest remainder method, adding up to --agents; every area with a
    need gets at least one while agents last (the areas left without are named). Paces
    per week and per working day run on plan's calendar. -f plain prints the number of
    areas with a need left without an agent (0: every one has someone). Rows that cannot
    be read get nothing, and the command exits 3 after writing everything. With --visits,
    match's lists' households are split among each area's agents in order, into a file
    of their own (visits.csv in --visits-dir).
    """
    from jkngap.core.agents import share_agents
    from jkngap.core.sharing import shared_rows
    from jkngap.io.areas import open_areas
    from jkngap.io.roster import open_roster

    calendar = o.calendar_from(by, start, holiday, national_holidays)
    count = o.count_from(agents, "agents")
    request = _request(reading, layout, criteria, base)
    how = f.arrangement(layout)
    lists = [Path(path) for path in visits or ()]
    more = (*((roster,) if roster is not None else ()), *lists)
    shown = f.checked_view(view, (*f.paths(request.files), *more))
    target = _visits_target(lists, visits_dir, list_format, shown.inputs)
    with contextlib.ExitStack() as stack:
        found = open_areas(request, stack, **f.streams(shown))
        listed = open_roster(str(roster), stack).agents if roster is not None else None
        rows = _visit_rows(lists, stack)
    shares = share_agents(found.areas, **calendar, agents=count, roster=listed, need_for=need.core)
    notes = (*found.notes, *shares.notes)
    if target is not None:
        from jkngap.core.visits import visits_of

        plan = visits_of(shares, rows, reveal=reveal_nik)
        notes = (*notes, *plan.notes, _write_visits(plan, target, list_format))
        shares = dataclasses.replace(shares, visits=plan)
    shares = dataclasses.replace(shares, notes=notes)
    laid = shared_rows(shares, how, criteria, base, per_agent=per_agent, names=_names(request))
    return o.answer(laid, shown)


def _visits_target(
    lists: list[Path], folder: Path, fmt: str, inputs: tuple[Path, ...]
) -> Path | None:
    """The agents' work lists' file, refused before anything is read: an unknown format, a
    folder that does not exist, or one of the inputs (which it would lose)."""
    if not lists:
        return None
    from jkngap.output.render import is_one_of
    from jkngap.people.private import shown_path

    o.list_format_from(fmt)
    if not folder.is_dir():
        raise InputError("match.list_dir_missing", field="visits_dir", path=shown_path(folder))
    target = folder / f"visits.{fmt}"
    if is_one_of(target, list(inputs)):
        raise InputError("output.is_input", field="visits_dir", path=shown_path(target))
    return target


def _visit_rows(lists: list[Path], stack: contextlib.ExitStack) -> list[ListRow]:
    if not lists:
        return []
    from jkngap.io.visitlists import read_visit_lists

    return read_visit_lists([str(path) for path in lists], stack)


def _write_visits(plan: VisitPlan, target: Path, fmt: str) -> Note:
    """The agents' work lists, one row per person with its agent and household, into a
    file only its owner can read, written whole; what was written, as a note."""
    from jkngap.core.model import Note
    from jkngap.output.people_lists import write_people
    from jkngap.people.private import private_file, shown_path

    columns: dict[str, None] = {"agent": None, "household": None}
    for row in plan.rows:
        columns.update(dict.fromkeys(row))
    records = ({key: row.get(key) for key in columns} for row in plan.rows)
    with private_file(target, binary=fmt == "xlsx") as stream:
        people = write_people(records, list(columns), stream, fmt, sheet="visits")
    agents = len({row["agent"] for row in plan.rows})
    params = {"people": people, "agents": agents, "file": shown_path(target)}
    return Note("note.visits_written", params, warning=True)


@app.define(
    "budget",
    'jkngap allocate budget kabupaten.csv --budget "Rp310 miliar" --maximise people',
    'jkngap allocate budget kabupaten.csv --budget "Rp100 miliar" --share 40',
    'jkngap allocate budget desa.csv --donors 15 --each "Rp50 juta" --awards 2026',
)
def budget_command(
    *,
    reading: f.ReadingOptions,
    budget: o.BudgetOption = None,
    maximise: MaximiseOption = Maximise.REGIONS,
    awards: o.AwardsOption = None,
    category: CategoryOption = None,
    share: ShareOption = None,
    donors: DonorsOption = None,
    each: EachOption = None,
    premium: o.PremiumOption = str(Rates.premium),
    months: o.MonthsOption = str(Rates.months),
    criteria: o.CriteriaOptions,
    base: o.BaseOption = Base.PARTICIPANTS,
    layout: f.LayoutOptions,
    view: f.FilesViewOptions,
) -> Answer:
    """The regions of a file a budget brings to the activity target, chosen exactly, and
    what is left.

    Each region's least yearly cost by route (a): inactive PBPU members taken over as PBI
    APBD (segment columns PBPU and PBPU Aktif, as batch finds them). The choice gives the
    most regions at the aim, or the most people made active, exactly; a region is taken
    whole or not at all. -f plain prints the number of regions at the aim once the money
    is spent. Rows that cannot be read get nothing, and the command exits 3.
    """
    from jkngap.core.awards import DEFAULT_AWARDS
    from jkngap.core.budget import Money, activity_aim, awards_aim, choose_regions
    from jkngap.core.numbers import read_amount
    from jkngap.core.sharing import shared_rows
    from jkngap.io.areas import open_areas

    if awards is None and category is None:
        aim = activity_aim(criteria.activity_pct)
    else:
        aim = awards_aim(awards or DEFAULT_AWARDS, category or "pratama")
    money = Money(
        budget=read_amount(budget, field="budget") if budget is not None else None,
        donors=o.count_from(donors, "donors"),
        each=read_amount(each, field="each") if each is not None else None,
        share_pct=o.target_from(share, "share", Fraction(0)) if share is not None else None,
        rates=o.rates_from(premium, months),
    ).checked()
    if layout["rollup"] is not None:
        raise InputError("allocate.rollup_no_segments", field="rollup")
    request = _request(reading, layout, criteria, base)
    how = f.arrangement(layout)
    shown = f.checked_view(view, f.paths(request.files))
    with contextlib.ExitStack() as stack:
        found = open_areas(request, stack, **f.streams(shown))
    chosen = choose_regions(found.areas, money, aim=aim, maximise=maximise, base=base)
    chosen = dataclasses.replace(chosen, notes=(*found.notes, *chosen.notes))
    return o.answer(shared_rows(chosen, how, criteria, base, names=_names(request)), shown)
