"""Agents and a budget shared out from a notebook, as ``jkngap allocate`` shares them.

    >>> from jkngap import allocate_agents, allocate_budget
    >>> shared = allocate_agents(
    ...     "examples/bandung-kelurahan-ilustrasi.csv", agents=103, start="2025-06-03", by="2025-07"
    ... )  # doctest: +SKIP
    >>> import pandas as pd  # doctest: +SKIP
    >>> pd.DataFrame(shared.records()).groupby("kecamatan_code")["agents"].sum()  # doctest: +SKIP
    >>> chosen = allocate_budget("examples/kalbar-segmen-ilustrasi.csv", budget="Rp100 miliar")
    ... # doctest: +SKIP
    >>> chosen.summary()["regions_reaching"]  # doctest: +SKIP

Both read a region file (CSV, TSV, JSON, XLSX) through the pipeline of ``jkngap batch``
and return the result: ``records()`` gives a record per area (ints, exact ``Fraction``
percentages, notes as :class:`~jkngap.core.model.Note`), ``summary()`` the totals, and
``notes`` what to read beside them (``jkngap.explain`` makes a note a sentence).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date
from os import PathLike
from typing import TYPE_CHECKING

from jkngap.core.agents import AgentShares, RosterAgent
from jkngap.core.budget import BudgetChoice
from jkngap.core.model import Percent
from jkngap.notebook import FileOptions, Path, Unpack, batch_input

if TYPE_CHECKING:
    from jkngap.io.areas import AreaFile
    from jkngap.io.pipeline import BatchInput

__all__ = ["allocate_agents", "allocate_budget"]


def _areas(request: BatchInput) -> AreaFile:
    from jkngap.data.register import open_register
    from jkngap.io.areas import open_areas

    # The pipeline opens the register only when the request needs it, as for read_regions.
    with contextlib.ExitStack() as stack:
        return open_areas(request, stack, register=open_register)


def _roster(roster: Path | Sequence[RosterAgent]) -> list[RosterAgent]:
    """A roster file's agents, or the agents given."""
    if isinstance(roster, str | PathLike):
        from jkngap.io.roster import open_roster

        with contextlib.ExitStack() as stack:
            return list(open_roster(str(roster), stack).agents)
    return list(roster)


def _day(value: date | str | None, field: str, *, end_of_month: bool) -> date:
    from jkngap.core.plan import parse_date

    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    return parse_date(value, field=field, end_of_month=end_of_month)


def allocate_agents(
    path: Path,
    *,
    by: date | str,
    agents: int | None = None,
    roster: Path | Sequence[RosterAgent] | None = None,
    start: date | str | None = None,
    need_for: str = "both",
    national_holidays: bool = True,
    days_off: Iterable[date] = (),
    **options: Unpack[FileOptions],
) -> AgentShares:
    """Share ``agents`` (a number) or a ``roster`` (a file of ``agent, home area, days a
    week``, or :class:`~jkngap.core.agents.RosterAgent` s) among the areas of ``path`` by
    their need (``need_for``: both, registrants or active), with each area's paces from
    ``start`` (today) to ``by`` (``2025-07`` is the month's last day) on the calendar of
    ``jkngap plan``: Indonesia's national holidays unless ``national_holidays=False``, and
    ``days_off``. ``options`` say how the file is read
    (:class:`~jkngap.notebook.FileOptions`: ``criteria``, ``base``, ``sheet``,
    ``columns``, ``register`` and the rest)."""
    from jkngap.core.agents import share_agents
    from jkngap.data.daysoff import national_calendar

    found = _areas(batch_input((str(path),), options, "allocate_agents"))
    result = share_agents(
        found.areas,
        start=_day(start, "start", end_of_month=False),
        deadline=_day(by, "deadline", end_of_month=True),
        agents=agents,
        roster=_roster(roster) if roster is not None else None,
        need_for=need_for,
        days_off=days_off,
        national=national_calendar(national_holidays),
    )
    return dataclasses.replace(result, notes=(*found.notes, *result.notes))


def _amount(value: int | str | None, field: str) -> int | None:
    from jkngap.core.numbers import read_amount

    return read_amount(value, field=field) if isinstance(value, str) else value


def allocate_budget(
    path: Path,
    *,
    budget: int | str | None = None,
    maximise: str = "regions",
    activity_target: Percent | None = None,
    awards: str | None = None,
    category: str = "pratama",
    share: Percent | None = None,
    donors: int | None = None,
    each: int | str | None = None,
    premium: int | str = 42_000,
    months: int = 12,
    **options: Unpack[FileOptions],
) -> BudgetChoice:
    """Price each region of ``path`` (with segment columns) to the activity target by
    route (a), and choose the regions ``budget`` (``"Rp310 miliar"`` or rupiah) brings
    there: the most regions, or (``maximise="people"``) the most people made active,
    exactly. ``awards="2026"`` aims at a ``category`` of the UHC Awards instead;
    ``share=40`` has the province pay 40 % of each premium (the budget is the province's);
    ``donors`` companies giving ``each`` pay premiums too (Donasi JKN). ``options`` say
    how the file is read (:class:`~jkngap.notebook.FileOptions`)."""
    from jkngap.core.budget import Money, activity_aim, awards_aim, choose_regions
    from jkngap.core.model import exact_percent
    from jkngap.core.routes import Rates

    request = batch_input((str(path),), options, "allocate_budget")
    if awards is not None:
        aim = awards_aim(awards, category)
    else:
        target = request.criteria.activity_pct if activity_target is None else activity_target
        aim = activity_aim(target)
    money = Money(
        budget=_amount(budget, "budget"),
        donors=donors,
        each=_amount(each, "each"),
        share_pct=None if share is None else exact_percent(share, "share"),
        rates=Rates(premium=_amount(premium, "premium") or 0, months=months),
    )
    found = _areas(request)
    result = choose_regions(found.areas, money, aim=aim, maximise=maximise, base=request.base)
    return dataclasses.replace(result, notes=(*found.notes, *result.notes))
