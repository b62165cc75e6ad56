"""Do the published figures agree? The seed articles' cases, and the logic behind them."""

from __future__ import annotations

import csv
import io
import json
import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run
from jkngap.core.check import check
from jkngap.core.errors import InputError
from jkngap.core.numbers import Reported, Rounding, read_percent
from jkngap.core.spans import Bounds
from jkngap.output.words import translate


def _message(note: object, lang: str = "en") -> str:
    return translate(note.key, lang, **note.params)  # type: ignore[attr-defined]


# Banyuasin's published figures (seed 003), as `jkngap check` takes them.
BANYUASIN = [
    "check",
    "--pop",
    "837062",
    "--registered",
    "817221",
    "--coverage",
    "97,63",
    "--registrants-needed",
    "19841",
    "--target",
    "100",
]


def test_kalbar_coverage_and_gap_disagree_in_words_a_journalist_can_quote() -> None:
    result = check(
        registered=5241084,
        coverage=read_percent("92,82"),
        registrants_needed=280386,
        rounding=Rounding.ROUNDED,
    )
    assert not result.consistent
    (finding,) = result.findings
    assert finding.figures == ("coverage", "registrants_needed")
    assert _message(finding.message) == (
        "a coverage of 92.82 % implies a population of 5,646,199 to 5,646,807, but 280,386 "
        "more to reach 98 % implies 5,634,153 (with 5,241,084 registered)"
    )


def test_by_default_a_percentage_may_have_been_rounded_or_cut() -> None:
    (finding,) = check(
        registered=5241084, coverage=read_percent("92,82"), registrants_needed=280386
    ).findings
    assert finding.implied[0] == Bounds(5645895, 5646807)


def test_banjar_coverage_does_not_follow_from_its_counts() -> None:
    result = check(population=590393, registered=581578, coverage=read_percent("99,47"))
    assert not result.consistent
    assert "not 590,393" in _message(result.findings[0].message)


def test_banjar_activity_rate_was_cut_and_agrees() -> None:
    # 472,638 of 590,393 is 80.0548 %: cut to 80.05 %, which "either" allows.
    result = check(
        population=590393, active=472638, active_rate=read_percent("80,05"), base="population"
    )
    assert result.consistent


def test_banyuasin_figures_agree() -> None:
    result = check(
        population=837062,
        registered=817221,
        coverage=read_percent("97,63"),
        registrants_needed=19841,
        target=100,
    )
    assert result.consistent
    assert len(result.findings) == 3


def test_active_above_registered_is_a_disagreement() -> None:
    result = check(registered=10, active=11)
    assert not result.consistent


def test_nothing_to_compare_is_an_input_error() -> None:
    with pytest.raises(InputError):
        check(population=100)
    with pytest.raises(InputError):
        check(coverage=read_percent("98"), registrants_needed=5)


def test_cli_exit_codes_and_json() -> None:
    disagree = run(
        "check",
        "--registered",
        "5241084",
        "--coverage",
        "92,82",
        "--registrants-needed",
        "280386",
        "-f",
        "json",
    )
    assert disagree.exit_code == 1
    data = json.loads(disagree.stdout)
    assert data["consistent"] is False
    assert data["findings"][0]["figures"] == ["coverage", "registrants_needed"]
    assert data["findings"][0]["agree"] is False
    assert "5,634,153" in data["findings"][0]["message"]

    agree = run(
        *BANYUASIN,
        "-f",
        "json",
    )
    assert agree.exit_code == 0
    assert json.loads(agree.stdout)["consistent"] is True

    unusable = run("check", "--pop", "100")
    assert unusable.exit_code == 2
    assert "nothing to compare" in unusable.stderr


def test_cli_csv_has_one_row_per_finding() -> None:
    result = run(
        *BANYUASIN,
        "-f",
        "csv",
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["figures"] for row in rows] == [
        "population+coverage",
        "population+registrants_needed",
        "coverage+registrants_needed",
    ]
    assert all(row["agree"] == "true" for row in rows)


def test_messages_in_indonesian_in_the_table_and_english_in_json() -> None:
    args = ["check", "--pop", "590393", "--registered", "581578", "--coverage", "99,47"]
    table = run(*args, "-f", "table", "--lang", "id")
    assert "bukan 590.393" in table.stdout
    machine = run(*args, "-f", "json", "--lang", "id")
    assert "not 590,393" in json.loads(machine.stdout)["findings"][0]["message"]


@given(
    st.integers(min_value=1, max_value=10**7),
    st.data(),
    st.integers(min_value=0, max_value=3),
    st.sampled_from([Rounding.ROUNDED, Rounding.CUT]),
)
def test_true_figures_always_agree(
    population: int, data: st.DataObject, decimals: int, rounding: Rounding
) -> None:
    registered = data.draw(st.integers(min_value=1, max_value=population))
    active = data.draw(st.integers(min_value=0, max_value=registered))
    target = Fraction(98, 100)
    scaled = Fraction(registered, population) * 100 * 10**decimals
    digits = (
        math.floor(scaled + Fraction(1, 2)) if rounding is Rounding.ROUNDED else math.floor(scaled)
    )
    coverage = Reported(Fraction(digits, 10**decimals), decimals)
    needed = max(0, math.ceil(target * population) - registered)
    active_needed = max(0, math.ceil(Fraction(80, 100) * registered) - active)
    if coverage.percent == 0:
        return
    result = check(
        population=population,
        registered=registered,
        active=active,
        coverage=coverage,
        registrants_needed=needed,
        active_needed=active_needed,
    )
    assert result.consistent, [_message(finding.message) for finding in result.findings]
    from_gap_alone = check(registered=registered, coverage=coverage, registrants_needed=needed)
    assert from_gap_alone.consistent
