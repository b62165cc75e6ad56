"""Small cells hidden so that no hidden count can be worked back out: not from its row, not
from the sums of any kecamatan, kabupaten or province, not from the total."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jkngap.core.disclosure import TOTAL, suppress
from jkngap.core.errors import InputError

KEYS = ("population", "registered", "not_registered")
IDENTITY = (("population", ("registered", "not_registered")),)
CODES = ("36.01.01.2001", "36.01.01.2002", "36.01.02.2001", "36.01.02.2002", "36.02.01.2001")


@st.composite
def tables(draw: st.DrawFn, most: int = 9) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    codes = draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=4, unique=True))
    records: list[dict[str, Any]] = []
    for code in sorted(codes):
        registered = draw(st.integers(0, most))
        not_registered = draw(st.integers(0, most))
        rest = draw(st.integers(0, 2))
        records.append(
            {
                "code": code,
                "population": registered + not_registered + rest,
                "registered": registered,
                "not_registered": not_registered,
            }
        )
    total = {key: sum(r[key] for r in records) for key in KEYS}
    return records, total


def _lines_hold(
    records: list[dict[str, Any]], total: dict[str, Any], hidden: set[Any], k: int
) -> None:
    def value(cell: tuple[int, str]) -> int:
        row, key = cell
        return int((total if row == TOTAL else records[row])[key])

    groups: list[tuple[tuple[int, str] | None, list[tuple[int, str]]]] = []
    for key in KEYS:
        groups.append(((TOTAL, key), [(i, key) for i in range(len(records))]))
        for level in (1, 2, 3):
            by: dict[str, list[tuple[int, str]]] = {}
            for i, record in enumerate(records):
                by.setdefault(".".join(record["code"].split(".")[:level]), []).append((i, key))
            groups.extend((None, parts) for parts in by.values())
    for i in range(len(records)):
        groups.append(((i, "population"), [(i, "registered"), (i, "not_registered")]))
    for total_cell, parts in groups:
        if total_cell is None and (len(parts) < 2 or sum(map(value, parts)) < k):
            continue  # a parent region that small, or with one row, is hidden on its own
        unknown = [cell for cell in parts if cell in hidden]
        if total_cell is not None and total_cell in hidden:
            assert unknown, (total_cell, parts)
        elif unknown:
            assert len(unknown) >= 2, (total_cell, unknown)
            assert sum(map(value, unknown)) >= k, (total_cell, unknown)


@settings(max_examples=300)
@given(tables(), st.integers(3, 6))
def test_every_line_hides_a_cell_in_company(table: Any, k: int) -> None:
    records, total = table
    found = suppress(records, total, KEYS, k, identities=IDENTITY, depth=4)
    hidden = set(found.cells)
    for i, record in enumerate(records):
        for key in KEYS:
            if 0 < record[key] < k:
                assert (i, key) in hidden  # every small count hidden
    for key in KEYS:
        if 0 < total[key] < k:
            assert (TOTAL, key) in hidden
    _lines_hold(records, total, hidden, k)
    assert found.primary + found.secondary == len(hidden)


def _feasible_values(
    records: list[dict[str, Any]], total: dict[str, Any], hidden: set[Any], k: int
) -> dict[Any, set[int]]:
    """Every value each hidden cell can take, for someone who sees the shown cells, knows
    the sums of kecamatan, kabupaten and province (from other runs), that a row's
    population is at least its registered and not registered, and counts no more than a
    bound: brute force over small tables."""
    cells = sorted(hidden)
    bound = max(total.values()) + 1
    true = {(i, key): r[key] for i, r in enumerate(records) for key in KEYS}
    true |= {(TOTAL, key): total[key] for key in KEYS}
    parents: dict[Any, int] = {}
    members: dict[Any, int] = {}
    for key in KEYS:
        for level in (1, 2, 3):
            for record in records:
                prefix = ".".join(record["code"].split(".")[:level])
                parents[(prefix, key)] = parents.get((prefix, key), 0) + record[key]
                members[(prefix, key)] = members.get((prefix, key), 0) + 1
    # The sums of parent regions another run shows: those of two rows or more, and not
    # small (a run at that level hides the rest by the same rules).
    parents = {g: v for g, v in parents.items() if members[g] >= 2 and v >= k}
    possible: dict[Any, set[int]] = {cell: set() for cell in cells}
    for values in itertools.product(range(bound), repeat=len(cells)):
        guess = dict(true)
        guess.update(zip(cells, values, strict=True))
        rows_ok = all(
            guess[(i, "population")] >= guess[(i, "registered")] + guess[(i, "not_registered")]
            for i in range(len(records))
        )
        if not rows_ok:
            continue
        if any(
            sum(guess[(i, key)] for i in range(len(records))) != guess[(TOTAL, key)] for key in KEYS
        ):
            continue
        sums: dict[Any, int] = {}
        for key in KEYS:
            for level in (1, 2, 3):
                for i, record in enumerate(records):
                    prefix = ".".join(record["code"].split(".")[:level])
                    sums[(prefix, key)] = sums.get((prefix, key), 0) + guess[(i, key)]
        if any(sums[group] != value for group, value in parents.items()):
            continue
        for cell, value in zip(cells, values, strict=True):
            possible[cell].add(value)
    return possible


@settings(max_examples=60, deadline=None)
@given(tables(most=4), st.just(3))
def test_no_hidden_cell_can_be_worked_out(table: Any, k: int) -> None:
    records, total = table
    hidden = set(suppress(records, total, KEYS, k, identities=IDENTITY, depth=4).cells)
    if not hidden or len(hidden) > 4:
        return  # brute force stays small
    for cell, values in _feasible_values(records, total, hidden, k).items():
        assert len(values) >= 2, (cell, values, records)


def test_a_min_cell_below_three_protects_nothing() -> None:
    with pytest.raises(InputError) as refused:
        suppress([], {}, KEYS, 2)
    assert refused.value.key == "match.min_cell_small"
