"""A snapshot's date as officials write it, and the dates that cannot be read one way."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.dates import MONTHS, Day, add_months, find_dates, read_day
from jkngap.core.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-07-01", Day(date(2025, 7, 1))),
        ("2025-7-1", Day(date(2025, 7, 1))),
        ("2025-07", Day(date(2025, 7, 1), month_only=True)),
        ("1 Juli 2025", Day(date(2025, 7, 1))),
        ("01 juli 2025", Day(date(2025, 7, 1))),
        ("1-Jul-2025", Day(date(2025, 7, 1))),
        ("July 1, 2025", Day(date(2025, 7, 1))),
        ("Juli 2025", Day(date(2025, 7, 1), month_only=True)),
        ("per 1 Juli 2025", Day(date(2025, 7, 1))),
        ("bulan Agustus 2025", Day(date(2025, 8, 1), month_only=True)),
        ("Agt 2025", Day(date(2025, 8, 1), month_only=True)),
        ("31 Desember 2025", Day(date(2025, 12, 31))),
        ("Nopember 2025", Day(date(2025, 11, 1), month_only=True)),
        ("Pebruari 2026", Day(date(2026, 2, 1), month_only=True)),
        ("1 Mei 2025", Day(date(2025, 5, 1))),
        ("2025-07-01 00:00:00", Day(date(2025, 7, 1))),
    ],
)
def test_dates_as_written(text: str, expected: Day) -> None:
    assert read_day(text) == expected


def test_a_spreadsheet_date_is_its_day() -> None:
    assert read_day(datetime(2025, 7, 1, 0, 0)) == Day(date(2025, 7, 1))
    assert read_day(date(2025, 7, 1)) == Day(date(2025, 7, 1))
    assert read_day(None) is None
    assert read_day("  ") is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("01/07/2025", "trend.date_order"),
        ("1.7.2025", "trend.date_order"),
        ("Juli", "trend.date_unreadable"),
        ("2025-02-30", "trend.date_unreadable"),
        ("31 Juni 2025", "trend.date_unreadable"),
        ("soon", "trend.date_unreadable"),
        ("x" * 200, "trend.date_unreadable"),
    ],
)
def test_dates_that_cannot_be_read_one_way_are_refused(text: str, key: str) -> None:
    with pytest.raises(InputError) as caught:
        read_day(text, column="tanggal")
    assert caught.value.key == key
    assert caught.value.column == "tanggal"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_day_reads_back_in_both_languages(day: date) -> None:
    for name, month in MONTHS.items():
        if month == day.month and len(name) > 3:
            assert read_day(f"{day.day} {name.title()} {day.year}") == Day(day)
    assert read_day(day.isoformat()) == Day(day)


def test_dates_in_titles_and_names() -> None:
    assert find_dates("REKAP KEPESERTAAN JKN KOTA BANDUNG PER 1 JULI 2025") == [
        Day(date(2025, 7, 1))
    ]
    assert find_dates("rekap juli 2025") == [Day(date(2025, 7, 1), month_only=True)]
    assert find_dates("desa 2025-07-01") == [Day(date(2025, 7, 1))]
    assert find_dates("rekap-2025-07") == [Day(date(2025, 7, 1), month_only=True)]
    # A month's name inside a word is no date ("Sumber", "Desember" of "Desembera"?).
    assert find_dates("Sumber: BPJS Kesehatan") == []
    assert find_dates("Kecamatan Marga Mulya") == []
    assert len(find_dates("1 Juli 2025 s.d. 31 Juli 2025")) == 2
    assert find_dates("2025-13-01") == []


def test_calendar_months_on() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
    assert add_months(date(2025, 7, 1), 12) == date(2026, 7, 1)
