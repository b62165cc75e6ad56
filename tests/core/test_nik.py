"""What a NIK is, in Python and in DuckDB's SQL alike; masking and scrubbing."""

from __future__ import annotations

import pytest

from jkngap.core.nik import NikState, check_nik, mask, scrub


@pytest.mark.parametrize(
    ("cell", "state", "reason"),
    [
        ("3601014101990002", NikState.VALID, None),
        (" 3601014101990002\u00a0", NikState.VALID, None),
        ("'3601014101990002", NikState.VALID, None),
        ("3601 0141 0199 0002", NikState.VALID, None),
        ("3601014101990010", NikState.VALID, None),  # text ending in 0: a real NIK
        ("3601012902000001", NikState.VALID, None),  # 29 February 2000
        ("3601016902040001", NikState.VALID, None),  # a woman born 29 February 2004
        ("3601012902010001", NikState.INVALID, "date"),  # 29 February 2001
        ("3601017102990001", NikState.INVALID, "date"),  # a woman born 31 February
        ("3601013104990001", NikState.INVALID, "date"),  # 31 April
        ("3601010013990001", NikState.INVALID, "date"),
        ("3601014101990000", NikState.INVALID, "serial"),
        ("360101410199000", NikState.INVALID, "length"),
        ("36010141019900021", NikState.INVALID, "length"),
        ("36010141O1990002", NikState.INVALID, "characters"),
        ("\u0663" * 16, NikState.INVALID, "characters"),  # digits, but not Latin ones
        ("", NikState.INVALID, "missing"),
        (None, NikState.INVALID, "missing"),
        ("3.60101E+15", NikState.DAMAGED, "scientific"),
        ("3,60101E+15", NikState.DAMAGED, "scientific"),
        ("3601014101990010.0", NikState.DAMAGED, "rounded"),
        ("3601014101990002.0", NikState.VALID, None),
        (3601014101990010, NikState.DAMAGED, "rounded"),  # a number cell ending in 0
        (3601014101990002, NikState.VALID, None),  # a number cell that kept its digits
        (3.6010141019900e15, NikState.DAMAGED, "rounded"),
        (1.5, NikState.INVALID, "characters"),
        (True, NikState.INVALID, "characters"),
    ],
)
def test_what_a_nik_is(cell: object, state: NikState, reason: str | None) -> None:
    found = check_nik(cell)
    assert (found.state, found.reason) == (state, reason)
    assert (found.digits is not None) == (state is NikState.VALID)


def test_masking_keeps_four_and_four() -> None:
    assert mask("3201014101990001") == "3201********0001"
    assert mask("12345678") == "********"
    assert mask(None) is None


def test_scrubbing_drops_what_could_be_a_nik() -> None:
    assert scrub("row 3: 3201014101990001 at 32.01.01.2001") == "row 3: … at 32.01.01.2001"
    assert "0001" not in scrub("3201 0141 0199 0001")
    assert "…" in scrub("a" + "0f" * 32)
    assert scrub("bell\x07") == "bell "
