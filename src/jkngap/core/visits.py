"""``allocate agents --visits``: each area's households, in the order of ``match``'s
lists, split among that area's agents in contiguous runs.

A household is a run of a list's rows, one after another, in one desa, with the same KK
cell; a row without a KK is a household of one. ``match`` writes its lists sorted by desa
then KK, so a household's people stand together; runs are used (rather than gathering a
KK's rows from anywhere in the list) because a masked KK (``3273********0001``) can stand
for two families, and two different families next to each other in the sorted list with
the same masked KK are rarer than two anywhere in the desa.

An area's ``h`` households go to its ``a`` agents in order: the first ``h mod a`` agents
take ``h // a + 1`` households, the rest ``h // a``: contiguous, every household once, the
shares differing by at most one.

NIK and KK cells are never unmasked: a cell already masked stays as it is, a full one is
masked unless the caller asks for the number (``reveal``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jkngap.core.model import Note, Record
from jkngap.core.nik import mask
from jkngap.core.places import normal_code

if TYPE_CHECKING:
    from jkngap.core.agents import AgentShares

__all__ = ["AgentRun", "ListRow", "VisitPlan", "even_runs", "plan_visits", "visits_of"]

SECRET_COLUMNS = ("nik", "kk")  # match's columns a person's number stands in


@dataclass(frozen=True)
class ListRow:
    """One row of a list of people: its desa code and KK as written, all its cells."""

    code: str | None
    kk: str | None
    cells: Record
    part: int = 0  # which list file it came from: a household never spans two


@dataclass(frozen=True)
class AgentRun:
    """One agent's run of an area's households: positions from 1, both included."""

    area: int  # index into the shares' areas
    agent: int  # the agent's number in the area, from 1
    start: int  # the run's households: positions ``start + 1`` to ``stop``
    stop: int
    people: int

    @property
    def first(self) -> int | None:
        """The first household's position, from 1 (None: fewer households than agents)."""
        return self.start + 1 if self.stop > self.start else None

    @property
    def last(self) -> int | None:
        return self.stop if self.stop > self.start else None


@dataclass(frozen=True)
class VisitPlan:
    """The lists' households placed: per area its households and people, per agent its run,
    and what could not be placed (counts only)."""

    households: dict[int, int]  # area index: households in the lists
    people: dict[int, int]
    runs: tuple[AgentRun, ...]
    rows: tuple[Record, ...]  # what the agents' files hold, in order, with ``agent``
    outside_rows: int = 0  # rows whose desa is not an area of the file
    unplaced_households: int = 0  # households of areas without an agent
    unplaced_areas: int = 0
    notes: tuple[Note, ...] = field(default=())

    def runs_text(self, area: int) -> str | None:
        """An area's runs as a cell: ``1-34, 35-67`` in agent order, ``-`` for none."""
        if area not in self.households:
            return None
        runs = [run for run in self.runs if run.area == area]
        return (
            ", ".join("-" if run.first is None else f"{run.first}-{run.last}" for run in runs)
            or None
        )


def even_runs(count: int, agents: int) -> list[tuple[int, int]]:
    """``count`` items split among ``agents`` in contiguous runs as even as whole items
    allow: (start, stop) per agent, from 0, stop excluded.

    >>> even_runs(7, 3)
    [(0, 3), (3, 5), (5, 7)]
    """
    base, extra = divmod(count, agents)
    runs, start = [], 0
    for agent in range(agents):
        stop = start + base + (1 if agent < extra else 0)
        runs.append((start, stop))
        start = stop
    return runs


def _households(rows: Sequence[ListRow]) -> list[list[ListRow]]:
    """Runs of rows with the same KK (a row without one alone), in order."""
    groups: list[list[ListRow]] = []
    for row in rows:
        if groups and row.kk and groups[-1][-1].kk == row.kk and groups[-1][-1].part == row.part:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _kept(cells: Record, reveal: bool) -> Record:
    """A row's cells as an agent's file holds them: a full number masked, unless revealed."""
    kept = dict(cells)
    for column in SECRET_COLUMNS:
        value = kept.get(column)
        if isinstance(value, str) and value and "*" not in value and not reveal:
            kept[column] = mask(value)
    return kept


def plan_visits(
    codes: Sequence[str | None],
    agents: Sequence[int],
    rows: Sequence[ListRow],
    *,
    labels: Sequence[Sequence[str]] | None = None,
    reveal: bool = False,
) -> VisitPlan:
    """The households of ``rows`` split among each area's agents (``codes[i]`` the code of
    area ``i``, ``agents[i]`` its agents; ``labels[i]`` their names, else ``code/n``)."""
    index: dict[str, int] = {}
    for i, code in enumerate(codes):
        if code is not None:
            index.setdefault(code, i)
    by_area: dict[int, list[ListRow]] = {}
    outside = 0
    for row in rows:
        code = normal_code(row.code) if row.code else None
        area = index.get(code) if code is not None else None
        if area is None:
            outside += 1
            continue
        by_area.setdefault(area, []).append(row)
    households: dict[int, int] = {}
    people: dict[int, int] = {}
    runs: list[AgentRun] = []
    placed: list[Record] = []
    unplaced = unplaced_areas = 0
    for area in sorted(by_area):
        groups = _households(by_area[area])
        households[area] = len(groups)
        people[area] = len(by_area[area])
        count = agents[area]
        if not count:
            unplaced += len(groups)
            unplaced_areas += 1
            continue
        names = labels[area] if labels is not None else ()
        for number, (start, stop) in enumerate(even_runs(len(groups), count), start=1):
            mine = groups[start:stop]
            label = names[number - 1] if number <= len(names) else f"{codes[area]}/{number}"
            runs.append(AgentRun(area, number, start, stop, sum(len(group) for group in mine)))
            for position, group in enumerate(mine, start=start + 1):
                for row in group:
                    placed.append(
                        {**_kept(row.cells, reveal), "agent": label, "household": position}
                    )
    notes = []
    if outside:
        notes.append(Note("note.visits_outside", {"rows": outside}, warning=True))
    if unplaced:
        params = {"households": unplaced, "areas": unplaced_areas}
        notes.append(Note("note.visits_no_agents", params, warning=True))
    return VisitPlan(
        households=households,
        people=people,
        runs=tuple(runs),
        rows=tuple(placed),
        outside_rows=outside,
        unplaced_households=unplaced,
        unplaced_areas=unplaced_areas,
        notes=tuple(notes),
    )


def visits_of(shares: AgentShares, rows: Sequence[ListRow], *, reveal: bool = False) -> VisitPlan:
    """The lists' households split among the agents ``shares`` placed: an area's whole
    agents (named ``code/1``, ``code/2``...), or a roster's agents working there, in the
    roster's order."""
    codes = [share.area.code for share in shares.areas]
    if not shares.roster:
        return plan_visits(codes, [share.agents for share in shares.areas], rows, reveal=reveal)
    labels: list[list[str]] = [[] for _ in shares.areas]
    for placed in shares.assignments:
        labels[placed.area].append(placed.agent.agent)
    counts = [len(names) for names in labels]
    return plan_visits(codes, counts, rows, labels=labels, reveal=reveal)
