"""The integer kernel, function by function: ceilings, cuts and spans."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from jkngap.core.errors import InputError
from jkngap.core.spans import (
    Bounds,
    Cut4,
    Span,
    base_from_share,
    ceil_div,
    count_from_share,
    cut,
    cut4_each,
    cut4_fraction_texts,
    cut4_texts,
    decimal_text,
    new_members,
    new_members_each,
    required,
    required_each,
    required_span,
    shortfall_each,
    shortfall_span,
)


@given(st.integers(-(10**12), 10**12), st.integers(1, 10**6))
def test_ceil_div_is_the_ceiling(numerator: int, denominator: int) -> None:
    assert ceil_div(numerator, denominator) == math.ceil(Fraction(numerator, denominator))


def test_required_is_the_least_whole_number_reaching_the_share() -> None:
    assert required(98, 100, 590393) == 578586
    assert required(7, 100, 100) == 7  # not 8, as 0.07 * 100 in floating point would give
    assert required(1, 1, 5) == 5
    assert required_each(4, 5, (0, 1, 10, 11)) == [0, 1, 8, 9]


def test_shortfalls_are_never_below_zero() -> None:
    assert shortfall_each((10, 5, 7), (3, 9, 7)) == [7, 0, 0]
    with pytest.raises(ValueError, match="shorter"):
        shortfall_each((1, 2), (1,))


def test_new_members_below_and_at_a_full_target() -> None:
    # (700 + x) / (1000 + x) >= 80 % first holds at x = 500.
    assert new_members(4, 5, 1000, 700) == 500
    assert new_members(4, 5, 1000, 800) == 0
    assert new_members(4, 5, 1000, 900) == 0
    # At 100 %, no number of new members makes up for an inactive one.
    assert new_members(1, 1, 100, 90) is None
    assert new_members(1, 1, 100, 100) == 0
    assert new_members_each(1, 1, (100, 10, 0), (100, 9, 0)) == [0, None, 0]


@given(st.integers(1, 10**6), st.data(), st.integers(1, 99))
def test_new_members_is_the_least_x_that_reaches_the_share(
    registered: int, data: st.DataObject, percent: int
) -> None:
    active = data.draw(st.integers(0, registered))
    found = new_members(percent, 100, registered, active)
    assert found is not None
    share = Fraction(percent, 100)
    assert Fraction(active + found, registered + found) >= share
    if found:
        assert Fraction(active + found - 1, registered + found - 1) < share


def test_cut_goes_toward_zero() -> None:
    assert cut(Fraction(97996, 1000), 2) == 9799
    assert cut(Fraction(-97996, 1000), 2) == -9799
    assert cut(Fraction(5, 100), 2) == 5
    assert cut(Fraction(98), 0) == 98


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (Fraction(5, 100), 2, "0.05"),
        (Fraction(5, 10000), 4, "0.0005"),
        (Fraction(1234567, 100), 2, "12345.67"),
        (Fraction(-5, 100), 2, "-0.05"),
        (Fraction(0), 2, "0.00"),
        (Fraction(7), 0, "7"),
        (Fraction(-7), 0, "-7"),
        (Fraction(97996, 1000), 2, "97.99"),
    ],
)
def test_decimal_text(value: Fraction, decimals: int, text: str) -> None:
    assert decimal_text(value, decimals) == text


def test_cut4_holds_ten_thousandths_of_a_percent() -> None:
    assert cut4_each((581578, 1, 2), (590393, 3, 2)) == [985069, 333333, 1000000]
    assert cut4_texts((985069, 9850000, 10, None, 5000)) == ["98.5069", "985", "0.001", None, "0.5"]
    assert cut4_texts((99990001, 1234567)) == ["9999.0001", "123.4567"]
    value = Cut4(985069)
    assert value.as_fraction() == Fraction(985069, 10000)
    assert str(value) == "98.5069"
    assert repr(value) == "985069"


@given(st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)), max_size=50))
def test_cut4_texts_are_the_cut_decimal_with_no_trailing_zeros(values: list[int | None]) -> None:
    """Against decimal_text of the exact fraction, its trailing zeros (and a bare point)
    taken off by hand."""
    expected: list[str | None] = []
    for value in values:
        if value is None:
            expected.append(None)
            continue
        text = decimal_text(Fraction(value, 10_000), 4)
        whole, _, decimals = text.partition(".")
        decimals = decimals.rstrip("0")
        expected.append(f"{whole}.{decimals}" if decimals else whole)
    assert cut4_texts(values) == expected


def test_span_and_bounds() -> None:
    assert Span.exactly(5) == Span(5, 5)
    assert Span(5, 5).exact
    assert Span(5, 5).value == 5
    assert Span(4, 5).value is None
    assert not Span(4, 5).exact
    assert Span(4, 5).as_list() == [4, 5]
    assert Bounds(1, 5).meet(Bounds(3, None)) == Bounds(3, 5)
    assert Bounds(1, None).meet(Bounds(3, None)) == Bounds(3, None)
    assert Bounds(1, 2).meet(Bounds(3, 4)) is None
    assert Bounds(1, 3).meet(Bounds(3, 4)) == Bounds(3, 3)
    assert Bounds(2, None).as_list() == [2, None]


def test_required_and_shortfall_spans() -> None:
    assert required_span(Fraction(98, 100), Span(5646199, 5646807)) == Span(5533276, 5533871)
    # The least shortfall is the least need less the most there is, and the other way.
    assert shortfall_span(Span(10, 20), Span(12, 15)) == Span(0, 8)
    assert shortfall_span(Span(10, 20), Span(1, 2)) == Span(8, 19)


def test_counts_and_bases_from_a_share() -> None:
    # 97.625 % to 97.635 % of 837,062 people, and the population for 817,221 registered.
    share = (Fraction(97625, 100000), Fraction(97635, 100000))
    assert count_from_share(837062, share, field="coverage") == Span(817182, 817265)
    assert base_from_share(817221, share, field="coverage") == Span(837017, 837102)
    # 1 % to 2 % of 10 people: no whole number of them.
    with pytest.raises(InputError) as caught:
        count_from_share(10, (Fraction(1, 100), Fraction(2, 100)), field="active_rate")
    assert (caught.value.key, caught.value.field) == ("value.no_count_fits", "active_rate")
    assert caught.value.params == {"base": 10}
    with pytest.raises(InputError) as caught:
        base_from_share(1, (Fraction(40, 100), Fraction(4001, 10000)), field="coverage")
    assert (caught.value.key, caught.value.field) == ("value.no_base_fits", "coverage")
    assert caught.value.params == {"count": 1}
    for count, low in ((0, Fraction(1, 2)), (5, Fraction(0))):
        with pytest.raises(InputError) as caught:
            base_from_share(count, (low, Fraction(1)), field="coverage")
        assert (caught.value.key, caught.value.field) == ("value.base_unbounded", "coverage")
        assert caught.value.params == {"count": count, "population": "population"}
        assert type(caught.value.params["population"]).__name__ == "Field"


@given(st.integers(1, 10**4), st.fractions(0, 1), st.fractions(0, Fraction(1, 100)))
def test_count_from_share_holds_exactly_the_counts_in_the_interval(
    base: int, low: Fraction, width: Fraction
) -> None:
    assume(width > 0)
    high = low + width
    try:
        span = count_from_share(base, (low, high), field="coverage")
    except InputError:
        assert not any(low <= Fraction(c, base) < high for c in range(base + 2))
        return
    assert low <= Fraction(span.low, base) < high
    assert low <= Fraction(span.high, base) < high
    if span.low:  # least: one fewer is below the interval
        assert Fraction(span.low - 1, base) < low
    assert Fraction(span.high + 1, base) >= high


@given(
    st.lists(
        st.none()
        | st.fractions(min_value=-(10**6), max_value=10**6)
        | st.integers(-(10**9), 10**9).map(lambda n: Fraction(n, 10_000)),  # cut exactly
        max_size=12,
    )
)
def test_a_column_of_exact_percentages_is_cut_as_each_alone(values: list[Fraction | None]) -> None:
    """The column's quick text is decimal_text's cut to four decimals, trailing zeros
    gone, for every sign and size; None stays None."""
    expected = [
        None if value is None else decimal_text(value, 4).rstrip("0").rstrip(".")
        for value in values
    ]
    assert cut4_fraction_texts(values) == expected


def test_a_column_of_exact_percentages_keeps_no_minus_on_zero() -> None:
    assert cut4_fraction_texts([Fraction(-1, 10**6), Fraction(-3, 2), Fraction(985069, 10**4)]) == [
        "0",
        "-1.5",
        "98.5069",
    ]
