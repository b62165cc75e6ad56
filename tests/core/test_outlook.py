"""The days a straight line holds a target on, in exact numbers, against a count of them."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.outlook import MOST_DAYS, met_days, outlook, within

LAST = date(2025, 7, 1)
HORIZON = date(2025, 10, 1)
SPAN = 400  # the days the brute force looks at


def _held(constant: Fraction | int, slope: Fraction | int) -> list[int]:
    return [k for k in range(SPAN) if constant + slope * k >= 0]


@given(st.integers(-5000, 5000), st.integers(-50, 50))
def test_met_days_is_every_day_the_line_holds_whole_numbers(constant: int, slope: int) -> None:
    days = met_days(constant, slope)
    held = _held(constant, slope)
    if days is None:
        assert held == []
        return
    first, last = days
    assert held == list(range(first, SPAN if last is None else min(last + 1, SPAN)))


@given(st.fractions(-100, 100, max_denominator=50), st.fractions(-5, 5, max_denominator=50))
def test_met_days_is_exact_for_fractions(constant: Fraction, slope: Fraction) -> None:
    days = met_days(constant, slope)
    held = _held(constant, slope)
    if days is None:
        assert held == []
    else:
        last = days[1]
        assert held == list(range(days[0], SPAN if last is None else min(last + 1, SPAN)))


def test_both_targets_hold_where_each_does() -> None:
    assert within((3, None), (0, 10)) == (3, 10)
    assert within((3, None), (0, 2)) is None
    assert within(None, (0, None)) is None


def test_a_target_reached_at_this_pace() -> None:
    # 100 short, 10 a day: met after 10 days of work, on the evening of the 10th day.
    days = met_days(-100, 10)
    seen = outlook(False, days, days, last=LAST, horizon_end=HORIZON)
    assert seen.state == "reached"
    assert seen.reached == LAST + timedelta(days=9)
    assert seen.by(LAST + timedelta(days=9)) is True
    assert seen.by(LAST + timedelta(days=8)) is False


def test_a_target_met_and_falling_is_lost_and_at_risk() -> None:
    # 50 above it, falling 1 a day: still met after 50 days, lost on the 51st.
    days = met_days(50, -1)
    seen = outlook(True, days, days, last=LAST, horizon_end=HORIZON)
    assert seen.state == "met"
    assert seen.lost == LAST + timedelta(days=50)
    assert seen.at_risk is True
    far = met_days(500, -1)
    assert outlook(True, far, far, last=LAST, horizon_end=HORIZON).at_risk is False


def test_never_at_this_pace_and_not_within_a_century() -> None:
    stalled = met_days(-1, 0)
    assert outlook(False, stalled, stalled, last=LAST, horizon_end=HORIZON).state == (
        "not_at_this_pace"
    )
    slow = met_days(-(MOST_DAYS + 10), 1)
    assert outlook(False, slow, slow, last=LAST, horizon_end=HORIZON).state == ("not_at_this_pace")
    kept = met_days(MOST_DAYS * 3, -1)
    assert outlook(True, kept, kept, last=LAST, horizon_end=HORIZON).lost is None


def test_a_range_from_rounded_figures() -> None:
    best, worst = met_days(-10, 10), met_days(-100, 10)
    seen = outlook(False, best, worst, last=LAST, horizon_end=HORIZON)
    assert seen.state == "reached"
    assert (seen.reached_low, seen.reached_high) == (LAST, LAST + timedelta(days=9))
    assert seen.reached == seen.reached_high  # the day it is surely reached by
    open_ended = outlook(False, best, met_days(-1, 0), last=LAST, horizon_end=HORIZON)
    assert open_ended.state == "uncertain"
    assert open_ended.reached is None
    # Lost within the horizon by one end of the range only: perhaps at risk.
    maybe = outlook(True, met_days(5000, -1), met_days(5, -1), last=LAST, horizon_end=HORIZON)
    assert maybe.at_risk is None
