"""Sharing out what a region has: whole agents in proportion to need, and agents placed as
near their home area as the shares allow. Ints only; the rules are stated, then proved by
the tests.

**Apportionment** (:func:`apportion`): seats (agents, or agent-days a week) are shared among
areas in proportion to their need by the largest remainder method (Hamilton): each area's
quota is ``seats * need / total need``; each gets the whole part of its quota, and the seats
left go one each to the largest remainders (equal remainders: the greater need first, then
the area that comes first). So every area gets the floor or the ceiling of its quota, and
the total is exactly the seats given.

Every area with a need also gets at least one seat while seats last, which the quota rule
cannot always allow at the same time. The rule that joins them:

1. Fewer seats than areas with a need: one each to the areas of greatest need (equal needs:
   the area that comes first); the others get none, and are named.
2. Otherwise largest remainder, as above. Where that leaves every area with a need at least
   one seat, it is the answer: the at-least-one rule does not intervene.
3. Where it leaves one without, the areas whose quota is below one get one seat each, and
   the others share the seats left by largest remainder over their own quotas of those
   seats, again until no area left has a quota below one. Each area raised gets exactly
   one (the ceiling of its quota); every other area gets the floor or the ceiling of its
   quota of the seats that remain after the raised areas' seats.

Either way no area with a need goes without while another has two (rule 1 gives no area
two; rules 2 and 3 leave no area without), and an area with more need never gets fewer.

**Near home** (:func:`nearest`): agents' days are matched to the areas' shares of days,
at home first, then within the same kecamatan, kabupaten/kota, province, then anywhere: a
greedy from the deepest level of the region codes up. Region codes are a tree (a code's
prefix is its parent), so the distance between two codes is the path between them in that
tree. For any subtree, the days that must cross into or out of it are at least the
difference between the days its agents have and the days its areas need; matching all it
can inside every subtree before going up moves exactly that difference across each edge,
so the total of days times distance is the least there is (the transportation problem on a
tree metric).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from jkngap.core.errors import JkngapError, refused_choice
from jkngap.core.model import Note
from jkngap.core.places import normal_code

__all__ = [
    "Apportionment",
    "Area",
    "apportion",
    "choice",
    "code_path",
    "largest_remainder",
    "listed",
    "nearest",
]

METHOD = "largest_remainder"
# Areas named in a note: the first few, then how many more.
NAMED = 10


@dataclass(frozen=True)
class Area:
    """One row of a region file as allocation reads it: where it is, what it needs, and
    (for a budget) the counts and segments route (a) is priced from. A row that could not
    be read has its ``error``; every other figure is then None."""

    row: int | None
    code: str | None
    region: str | None
    source: str | None = None
    registrants_needed: int | None = None
    active_needed: int | None = None
    households: int | None = None  # households (KK) to visit, where the file says
    population: int | None = None
    registered: int | None = None
    active: int | None = None
    pbpu_inactive: int | None = None  # inactive PBPU (mandiri) members, from segments
    region_paid: int | None = None  # PBI APBD participants, from segments
    error: JkngapError | None = None
    warning: tuple[Note, ...] = ()

    @property
    def name(self) -> str:
        """How a message names the area: its code, else its name, else its line."""
        if self.code or self.region:
            return str(self.code or self.region)
        return f"{self.source}:{self.row}" if self.source else str(self.row)


@dataclass(frozen=True)
class Apportionment:
    """Seats per area, with the areas the at-least-one rule raised to one (their quota was
    below one) and those with a need that got none (fewer seats than such areas)."""

    seats: tuple[int, ...]
    raised: tuple[int, ...] = ()  # indexes, in order
    left_out: tuple[int, ...] = ()  # indexes, in order


def largest_remainder(weights: Sequence[int], seats: int) -> list[int]:
    """Hamilton's method: the floor of each quota ``seats * w / sum(weights)``, then one
    more to each of the largest remainders (ties: greater weight, then first). A weight of
    zero gets nothing: the remainders of the others always add up to more seats than are
    left, since each is below one."""
    total = sum(weights)
    if total == 0 or seats == 0:
        return [0] * len(weights)
    shares = [divmod(seats * weight, total) for weight in weights]
    given = [whole for whole, _ in shares]
    left = seats - sum(given)
    order = sorted(range(len(weights)), key=lambda i: (-shares[i][1], -weights[i], i))
    for i in order[:left]:
        given[i] += 1
    return given


def apportion(weights: Sequence[int], seats: int) -> Apportionment:
    """``seats`` shared among areas by ``weights`` (their needs): largest remainder, with
    at least one seat for every area with a need while seats last (the module's rule)."""
    needy = [i for i, weight in enumerate(weights) if weight > 0]
    if seats < len(needy):
        served = sorted(needy, key=lambda i: (-weights[i], i))[:seats]
        given = [0] * len(weights)
        for i in served:
            given[i] = 1
        kept = set(served)
        return Apportionment(tuple(given), left_out=tuple(i for i in needy if i not in kept))
    plain = largest_remainder(weights, seats)
    if all(plain[i] for i in needy):
        return Apportionment(tuple(plain))
    raised: list[int] = []
    rest = needy
    while True:
        left = seats - len(raised)
        total = sum(weights[i] for i in rest)
        small = [i for i in rest if weights[i] * left < total]  # a quota below one
        if not small:
            break
        raised.extend(small)
        rest = [i for i in rest if weights[i] * left >= total]
    given = [0] * len(weights)
    for i, count in zip(rest, largest_remainder([weights[i] for i in rest], left), strict=True):
        given[i] = count
    for i in raised:
        given[i] = 1
    return Apportionment(tuple(given), raised=tuple(sorted(raised)))


def code_path(code: str | None) -> tuple[str, ...]:
    """A region code as its path from the top of the tree: ``32.73.01`` (or ``327301``) is
    ``("32", "73", "01")``; no code is the root itself."""
    if not code:
        return ()
    return tuple((normal_code(code) or code.strip()).split("."))


def nearest(
    supplies: Sequence[tuple[tuple[str, ...], int]],
    demands: Sequence[tuple[tuple[str, ...], int]],
) -> list[tuple[int, int, int]]:
    """Match supplies (an agent's home as a code path, days a week) to demands (an area's
    code path, days it needs), as (supply index, demand index, days), with the least days
    times tree distance: within each code prefix, deepest first. Supplies and demands must
    add up to the same days. Within a prefix, agents in their order meet areas in theirs."""
    assert sum(days for _, days in supplies) == sum(days for _, days in demands)
    have = [days for _, days in supplies]
    want = [days for _, days in demands]
    matched: list[tuple[int, int, int]] = []
    deepest = max((len(path) for path, _ in (*supplies, *demands)), default=0)
    for depth in range(deepest, -1, -1):
        groups: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}
        for i, (path, _) in enumerate(supplies):
            if have[i] and len(path) >= depth:
                groups.setdefault(path[:depth], ([], []))[0].append(i)
        for j, (path, _) in enumerate(demands):
            if want[j] and len(path) >= depth and path[:depth] in groups:
                groups[path[:depth]][1].append(j)
        for agents, areas in groups.values():
            a = b = 0
            while a < len(agents) and b < len(areas):
                i, j = agents[a], areas[b]
                days = min(have[i], want[j])
                matched.append((i, j, days))
                have[i] -= days
                want[j] -= days
                a += not have[i]
                b += not want[j]
    return matched


def listed(names: Iterable[str]) -> str:
    """Areas named in a message: the first few, and how many more."""
    every = list(names)
    shown = ", ".join(every[:NAMED])
    return f"{shown} (+{len(every) - NAMED})" if len(every) > NAMED else shown


Choice = TypeVar("Choice", bound=enum.Enum)


def choice(kind: type[Choice], value: Choice | str, field: str) -> Choice:
    """One of an enum's values, from itself or its text; anything else is refused, naming
    the choices."""
    try:
        return kind(value)
    except ValueError:
        choices = (str(member.value) for member in kind)
        raise refused_choice(str(value), choices, field) from None
