"""The national holidays a ``national_holidays`` switch chooses."""

from __future__ import annotations

from datetime import date

from jkngap.data.daysoff import national_calendar, national_holidays


def test_the_national_calendar_is_indonesias_only_where_wanted() -> None:
    assert national_calendar(True) is national_holidays
    assert national_calendar(False) is None


def test_the_national_holidays_hold_independence_day() -> None:
    assert date(2025, 8, 17) in national_holidays([2025])
