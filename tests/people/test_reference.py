"""The engine (DuckDB) counts exactly what the plain-Python reference counts, over lists
generated to hold what real lists hold: people listed twice, NIKs missing, mistyped or
damaged by Excel, desa codes missing or mangled, statuses and deciles nobody can read."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from people_lists import rows_of, write_csv

from jkngap.core.errors import JkngapError
from jkngap.core.match import CATEGORIES, ROLES, Counted, ListSummary, reference
from jkngap.people import MatchRun, open_match

DESAS = ("36.01.01.2001", "36.01.01.2002", "36.01.02.2001", "36.71.01.1001")
DESA_CELLS = st.one_of(
    st.sampled_from(DESAS),
    st.sampled_from(DESAS).map(lambda code: code.replace(".", "")),
    st.sampled_from(DESAS).map(lambda code: f" {code}\u00a0"),
    st.sampled_from(("", "  ", "36.01.01", "desa", "36.01.01.20011", "3601012OO1")),
)
# Spellings of each, the commoner repeated so that every category turns up often.
STATUSES = ("AKTIF", "Aktif", "1", "NON AKTIF", "NON AKTIF", "tidak aktif", "0", "", "?")
SEGMENTS = ("PBPU", "PBPU", "Mandiri", "PBI APBD", "PBPU Pemda", "PBI JK", "PPU", "PBI", "", "x")
DECILES = ("1", "3", "3", "5", "6", "10", "0", "11", "x", "", "Desil 2", "4.0", " 7 ")
JUNK = ("", "  ", "abc", "3E+15", "\u0663" * 16, "-", "3201-0101-0101-0001")


@st.composite
def niks(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(("360101", "360102", "367101", "999999")))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 29 if month == 2 else 30))
    year = draw(st.integers(0, 99))
    if month == 2 and day == 29:
        year -= year % 4
    day += 40 * draw(st.booleans())
    serial = draw(st.integers(1, 9999))
    return f"{area}{day:02d}{month:02d}{year:02d}{serial:04d}"


def _form(nik: str, form: int) -> str:
    """A NIK cell as a list writes it: most the NIK, some read the same, some broken."""
    forms = (
        nik,
        nik,
        nik,
        f" {nik} ",
        "'" + nik,
        nik + "\u00a0",
        f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}",
        nik + ".0",
        f"{nik[0]}.{nik[1:6]}E+15",
        f"{nik[0]},{nik[1:6]}e15",
        nik[:15] + "0.0",
        nik[:15],
        nik + "1",
        nik[:6] + "00" + nik[8:],
        nik[:8] + "13" + nik[10:],
        nik[:12] + "0000",
        nik[:6] + "2902" + "01" + nik[12:],
        nik[:5] + "O" + nik[6:],
    )
    return forms[form % len(forms)]


@st.composite
def lists(draw: st.DrawFn) -> dict[str, Any]:
    """Four lists over a few people: each person in the population (maybe twice, maybe
    with a broken NIK), in the other lists or not; junk rows and outsiders besides."""
    pool = draw(st.lists(niks(), min_size=2, max_size=8, unique=True))
    outsiders = draw(st.lists(niks(), max_size=2, unique=True))
    forms = st.one_of(st.just(0), st.just(0), st.just(3), st.integers(0, 40))
    junk = st.sampled_from(JUNK)

    def cell(nik: str) -> str:
        return _form(nik, draw(forms))

    kk, status, segment, desa = (draw(st.booleans()) for _ in range(4))
    welfare, paid = draw(st.booleans()), draw(st.booleans())
    kks = st.sampled_from(("3601010000000001", "3601010000000002", "", "KK-9"))
    tables: dict[str, list[list[str]]] = {role: [] for role in ROLES}

    def member(nik: str) -> None:
        tables["members"].append(
            [
                cell(nik),
                *([draw(st.sampled_from(STATUSES))] if status else []),
                *([draw(st.sampled_from(SEGMENTS))] if segment else []),
                *([draw(DESA_CELLS)] if desa else []),
            ]
        )

    for nik in pool:
        for _ in range(draw(st.sampled_from((0, 1, 1, 1, 2)))):
            tables["population"].append([cell(nik), *([draw(kks)] if kk else []), draw(DESA_CELLS)])
        for _ in range(draw(st.integers(0, 2))):
            member(nik)
        for _ in range(draw(st.integers(0, 2)) if welfare else 0):
            tables["welfare"].append([cell(nik), draw(st.sampled_from(DECILES))])
        for _ in range(draw(st.integers(0, 1)) if paid else 0):
            tables["region_paid"].append([cell(nik)])
    for nik in outsiders:
        member(nik)
    for role in draw(st.lists(st.sampled_from(ROLES), max_size=4)):
        width = len(_headers(role, kk, status, segment, desa))
        tables[role].append([draw(junk), *([""] * (width - 1))])
    if draw(st.booleans()):
        tables["population"].append([""] * len(_headers("population", kk, status, segment, desa)))
    for role in ROLES:
        tables[role] = draw(st.permutations(tables[role]))
    given = {"population", "members"} | ({"welfare"} if welfare else set())
    given |= {"region_paid"} if paid else set()
    return {
        role: (_headers(role, kk, status, segment, desa), tables[role])
        for role in ROLES
        if role in given
    }


def _headers(role: str, kk: bool, status: bool, segment: bool, desa: bool) -> list[str]:
    if role == "population":
        return ["NIK", *(["No KK"] if kk else []), "Kode Desa"]
    if role == "members":
        return [
            "nik",
            *(["Status"] if status else []),
            *(["Segmen"] if segment else []),
            *(["kode_wilayah"] if desa else []),
        ]
    if role == "welfare":
        return ["NIK", "Desil"]
    return ["NIK"]


def _written(folder: Path, given: dict[str, Any]) -> dict[str, Path]:
    return {role: write_csv(folder / f"{role}.csv", *table) for role, table in given.items()}


def _plain(summary: ListSummary) -> ListSummary:
    return replace(summary, columns=(), source="")


def _compare(counted: Counted, expected: Counted) -> None:
    assert dict(counted.desas) == dict(expected.desas)
    assert [_plain(s) for s in counted.lists] == [_plain(s) for s in expected.lists]
    assert counted.available == expected.available
    assert counted.key_mode == expected.key_mode


@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lists())
def test_the_engine_counts_what_the_reference_counts(
    tmp_path_factory: pytest.TempPathFactory, given: dict[str, Any]
) -> None:
    paths = _written(tmp_path_factory.mktemp("lists"), given)
    check_against_reference(paths)


def check_against_reference(paths: dict[str, Path], *, key: bytes | None = None) -> None:
    """The engine's counts, summaries and lists are the reference's, or both refuse the
    lists with the same error."""
    refused: str | None = None
    try:
        expected, expected_lists = reference(
            {role: rows_of(path, role) for role, path in paths.items()}, key=key
        )
    except JkngapError as error:
        refused = error.key
    try:
        with open_match(
            paths["population"],
            paths["members"],
            welfare=paths.get("welfare"),
            region_paid=paths.get("region_paid"),
            key=key,
        ) as run:
            assert refused is None, f"the reference refused the lists: {refused}"
            _compare(run.counted, expected)
            for category in CATEGORIES:
                if not _can_list(run, category):
                    continue
                found = list(run.people(category, reveal_nik=True))
                for record in found:
                    record["region"] = None
                assert found == expected_lists[category], category
    except JkngapError as error:
        engine_refused: str | None = error.key
    else:
        engine_refused = None
    assert engine_refused == refused


def _can_list(run: MatchRun, category: str) -> bool:
    needs = {
        "takeover": "takeover_candidates",
        "region-paid-high-decile": "region_paid_high_decile",
        "unregistered-low-decile": "unregistered_low_decile",
    }
    return category not in needs or needs[category] in run.counted.available
