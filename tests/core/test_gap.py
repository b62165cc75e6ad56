"""The one formula of both targets: a part of a whole at a target share."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.errors import InputError
from jkngap.core.gap import counted_percent, from_rounded, gap, published_met, region_counts
from jkngap.core.numbers import Rounding, read_percent
from jkngap.core.spans import Span

shares = st.fractions(min_value=Fraction(1, 10**4), max_value=1, max_denominator=10**4)


@given(st.integers(min_value=1, max_value=10**9), st.data(), shares)
def test_required_is_the_least_that_reaches_the_target(
    whole: int, data: st.DataObject, share: Fraction
) -> None:
    part = data.draw(st.integers(min_value=0, max_value=whole))
    found = gap(share, Span.exactly(whole), Span.exactly(part))
    assert found.required.exact
    assert found.needed.exact
    assert found.headroom.exact
    required = found.required.low
    assert Fraction(required, whole) >= share > Fraction(required - 1, whole)
    # The part needed brings the part to the least that reaches it; the headroom is what
    # may go with the part still at it, and only one of the two is ever above 0.
    assert found.needed.low == max(0, required - part)
    assert found.headroom.low == max(0, part - required)
    assert found.met is (part >= required)


def test_over_spans_every_count_is_held_and_the_verdict_can_stay_open() -> None:
    # ceil(0.8 * 100..110) is 80..88; against 84..86 active, 0..4 more are needed.
    found = gap(Fraction(4, 5), Span(100, 110), Span(84, 86))
    assert found.required == Span(80, 88)
    assert found.needed == Span(0, 4)
    assert found.headroom == Span(0, 6)
    assert found.met is None


def test_a_published_percentage_reaches_a_target_only_where_its_rounding_allows() -> None:
    assert published_met(read_percent("98.01"), Rounding.ROUNDED, Fraction(98, 100)) is True
    assert published_met(read_percent("97.99"), Rounding.ROUNDED, Fraction(98, 100)) is False
    # 98.0 rounded stands for [97.95 %, 98.05 %): on both sides of 98 %.
    assert published_met(read_percent("98.0"), Rounding.ROUNDED, Fraction(98, 100)) is None


def test_counted_percent_warns_only_where_the_published_one_cannot_come_from_the_counts() -> None:
    percent, notes = counted_percent(581578, 590393, read_percent("99.47"), "coverage")
    assert percent == Fraction(581578, 590393) * 100
    assert [note.key for note in notes] == ["note.reported_disagrees"]
    assert counted_percent(581578, 590393, read_percent("98.51"), "coverage")[1] == []
    assert counted_percent(581578, 590393, None, "coverage")[1] == []


def test_from_rounded_names_the_figure_and_its_rounding() -> None:
    figure = read_percent("92.82")
    note = from_rounded(figure, Rounding.CUT)
    assert note.key == "note.from_rounded"
    assert note.params == {"figure": figure, "rounding": Rounding.CUT.value}


def test_region_counts_refuse_a_population_of_no_one_but_not_a_registered_count_of_none() -> None:
    assert region_counts(1000, 0) == (1000, 0)
    assert region_counts(None, None) == (None, None)
    with pytest.raises(InputError) as caught:
        region_counts(0, 10)
    assert caught.value.field == "population"
    with pytest.raises(InputError) as caught:
        region_counts(1000, -1)
    assert caught.value.field == "registered"
