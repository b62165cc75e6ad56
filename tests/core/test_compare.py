"""Two sources of the same regions: differences, shares, verdicts and the tolerance."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.compare import CompareOptions, Side, Tolerance, compare
from jkngap.core.errors import InputError
from jkngap.core.results import Many, Outcome
from jkngap.core.series import Rows


def side(name: str, *regions: tuple[str, int | None, int | None, int | None]) -> Side:
    block = Rows(
        lines=list(range(2, 2 + len(regions))),
        keys=[code for code, *_ in regions],
        codes=[code for code, *_ in regions],
        names=[f"Kab {code}" for code, *_ in regions],
        population=[p for _, p, _, _ in regions],
        registered=[r for _, _, r, _ in regions],
        active=[a for _, _, _, a in regions],
    )
    return Side(name, [block])


def test_tolerances_as_typed() -> None:
    assert Tolerance.read("100") == Tolerance(count=100)
    assert Tolerance.read("1.000") == Tolerance(count=1000)
    assert Tolerance.read("0,5%") == Tolerance(percent=Fraction(1, 2))
    for text in ("abc", "0.5", "-3"):
        with pytest.raises(InputError) as caught:
            Tolerance.read(text)
        assert (caught.value.key, caught.value.field) == ("compare.tolerance", "tolerance")


@given(st.integers(0, 10**7), st.integers(0, 10**7), st.integers(0, 1000))
def test_a_count_tolerance_is_the_difference_allowed(a: int, b: int, count: int) -> None:
    assert Tolerance(count=count).allows(a, b) is (abs(a - b) <= count)


@given(st.integers(1, 10**7), st.integers(0, 10**7), st.fractions(0, 10, max_denominator=100))
def test_a_percent_tolerance_is_a_share_of_the_first(a: int, b: int, percent: Fraction) -> None:
    assert Tolerance(percent=percent).allows(a, b) is (Fraction(abs(b - a) * 100, a) <= percent)


def test_bangka_belitung_reconciled() -> None:
    """BPJS's recap (A) against the kabupaten's own file (B)."""
    bpjs = side(
        "bpjs.csv",
        ("19.01", 340_000, 336_000, 270_000),
        ("19.02", 200_000, 197_000, 158_000),
        ("19.03", 100_000, 97_000, 80_000),
    )
    dinas = side(
        "dinkes.csv",
        ("19.01", 340_000, 336_050, 270_000),  # 50 more registered: noise at 100
        ("19.02", 201_500, 197_000, 158_000),  # 1,500 more people: UHC lost in B
        ("19.04", 50_000, 49_500, 40_000),
    )
    result = compare(bpjs, dinas, CompareOptions(tolerance=Tolerance(count=100)))
    records = {r["code"]: r for r in result.records}
    first = records["19.01"]
    assert (first["registered_a"], first["registered_b"]) == (336_000, 336_050)
    assert first["registered_difference"] == 50
    assert first["registered_difference_pct"] == Fraction(50 * 100, 336_000)
    assert first["agree"] is True
    assert first["verdicts_agree"] is True
    second = records["19.02"]
    assert second["population_difference"] == 1500
    assert second["agree"] is False
    assert (second["uhc_a"], second["uhc_b"]) == (True, False)
    assert second["verdict_changers"] == ["population"]
    assert records["19.03"]["only_in"] == "a"
    assert records["19.03"]["agree"] is None
    assert records["19.04"]["only_in"] == "b"
    total = records[None]
    assert total["total"] == "all"
    assert total["population_a"] == 540_000  # the regions both have
    assert total["population_b"] == 541_500
    assert result.disagrees
    assert result.headline() == 3  # one disagrees, one in each source only
    keys = {note.key for note in result.notes}
    assert {"compare.summary", "compare.only_in", "note.compare_reference"} <= keys


def test_sources_that_agree() -> None:
    a = side("a.csv", ("63.03", 590_393, 581_578, 472_638))
    b = side("b.csv", ("63.03", 590_400, 581_578, 472_638))
    result = compare(a, b, CompareOptions(tolerance=Tolerance(percent=Fraction(1, 100))))
    (region, _total) = list(result.records)
    assert region["agree"] is True
    assert region["coverage_points_difference"] == Fraction(100 * 581_578, 590_400) - Fraction(
        100 * 581_578, 590_393
    )
    assert not result.disagrees
    assert result.headline() == 0


def test_verdicts_differ_within_the_tolerance() -> None:
    a = side("a.csv", ("11.01", 100_000, 98_000, 80_000))
    b = side("b.csv", ("11.01", 100_000, 97_999, 80_000))
    result = compare(a, b, CompareOptions(tolerance=Tolerance(count=10)))
    region = next(iter(result.regions))
    assert region.agree is True
    assert region.verdicts_agree is False
    assert region.changers == ("registered",)
    assert [n.key for n in region.notes] == ["note.compare_verdict_within"]


def test_a_region_twice_in_a_source_is_refused() -> None:
    a = side("a.csv", ("11.01", 10, 9, 8), ("11.01", 10, 9, 8))
    b = side("b.csv", ("11.01", 10, 9, 8))
    with pytest.raises(InputError) as caught:
        list(compare(a, b).records)
    assert caught.value.key == "compare.region_twice"
    assert (caught.value.path, caught.value.row) == ("a.csv", 3)
    assert caught.value.params["first"] == 2
    with pytest.raises(InputError) as caught:
        list(compare(b, a).records)
    assert (caught.value.path, caught.value.row) == ("a.csv", 3)


def test_a_comparison_has_the_shape_of_a_many_region_result() -> None:
    a = side("a.csv", ("11.01", 1000, 900, 700))
    b = side("b.csv", ("11.01", 1000, 901, 700), ("11.02", 10, 9, 8))
    result = compare(a, b)
    records = list(result.records)
    assert all(tuple(record) == result.keys for record in records)
    assert result.total() == records[-1]
    assert result.blocks() is None
    assert isinstance(result, Many)
    assert result.outcome() is Outcome.DISAGREE
    same = compare(side("a.csv", ("11.01", 10, 9, 8)), side("b.csv", ("11.01", 10, 9, 8)))
    assert same.outcome() is Outcome.DONE
