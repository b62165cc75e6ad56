"""The number reader: officials' writing in, exact values out, ambiguity refused."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jkngap.core.errors import InputError
from jkngap.core.numbers import Reported, Rounding, read_amount, read_count, read_percent
from jkngap.core.spans import decimal_text
from jkngap.output.words import explain


@pytest.mark.parametrize(
    "text",
    ["590393", "590.393", "590,393", "590 393", " 590\u00a0393 ", "+590393", "590.393 jiwa"[:-5]],
)
def test_count_spellings_agree(text: str) -> None:
    assert read_count(text) == 590393


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.241", 5241),  # a count written 5.241 is five thousand two hundred forty-one
        ("5.241.084", 5241084),
        ("5,241,084", 5241084),
        ("5,2 juta", 5_200_000),
        ("5.2 million", 5_200_000),
        ("1,5 jt", 1_500_000),
        ("12 ribu", 12_000),
        ("0", 0),
        ("1.234.567 juta", 1_234_567_000_000),
    ],
)
def test_counts(text: str, expected: int) -> None:
    assert read_count(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "number.empty"),
        ("abc", "number.not_a_number"),
        ("nan", "number.not_a_number"),
        ("inf", "number.not_a_number"),
        ("1e6", "number.not_a_number"),
        ("5,2", "number.not_whole"),
        ("1.5", "number.not_whole"),
        ("-5", "number.negative"),
        ("\u22125", "number.negative"),
        ("1.23.456", "number.bad_grouping"),
        ("12,34,567", "number.bad_grouping"),
        ("1..2", "number.bad_grouping"),
        ("1.234,567", "number.not_whole"),
        ("5.241 juta", "number.ambiguous"),
        ("5,241 million", "number.ambiguous"),
        ("5 kilo", "number.unknown_word"),
        ("1,2345678 juta", "number.not_whole"),
        # A first group of four digits is no thousands grouping: 1234.567 is a decimal.
        ("1234.567", "number.not_whole"),
        ("1234,567", "number.not_whole"),
        ("1234.567.890", "number.bad_grouping"),
        ("1.234.567,89", "number.not_whole"),
        ("1" * 25, "number.too_many_digits"),
        ("1" * 13 + "." + "1" * 12, "number.too_many_digits"),
    ],
)
def test_bad_counts_are_refused_with_a_reason(text: str, key: str) -> None:
    with pytest.raises(InputError) as caught:
        read_count(text, field="population")
    assert caught.value.key == key
    assert caught.value.field == "population"
    # From Python the argument is named; the sentence comes when the error is shown.
    assert explain(caught.value).startswith("population: ")


@pytest.mark.parametrize("text", ["92.82", "92,82", "92,82%", "92,82 %", "92.82 persen", "92.82%"])
def test_percent_spellings_agree(text: str) -> None:
    assert read_percent(text) == Reported(Fraction(9282, 100), 2)


def test_percent_keeps_its_decimals() -> None:
    assert read_percent("98").decimals == 0
    assert read_percent("99,2").decimals == 1
    assert read_percent("80.0548").decimals == 4


@pytest.mark.parametrize("text", ["0.98", "1", "0,5"])
def test_a_share_of_one_is_refused_as_ambiguous(text: str) -> None:
    with pytest.raises(InputError) as caught:
        read_percent(text, field="--target")
    assert caught.value.key == "number.fraction_or_percent"


def test_a_share_written_with_a_percent_sign_is_a_percentage() -> None:
    assert read_percent("0.98%").percent == Fraction(98, 100)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp310 miliar", 310_000_000_000),
        ("310 miliar", 310_000_000_000),
        ("Rp 310.000.000.000", 310_000_000_000),
        ("310000000000", 310_000_000_000),
        ("Rp. 42.000", 42_000),
        ("IDR 42,000", 42_000),
        ("5,2 juta", 5_200_000),
        ("Rp1,5 triliun", 1_500_000_000_000),
    ],
)
def test_amounts(text: str, expected: int) -> None:
    assert read_amount(text) == expected


def test_an_amount_must_be_whole_rupiah() -> None:
    with pytest.raises(InputError) as caught:
        read_amount("Rp42.000,50")
    assert caught.value.key == "number.not_whole_rupiah"


def test_both_marks_read_one_way_only() -> None:
    assert read_percent("1.234.567,89").percent == Fraction(123456789, 100)
    assert read_percent("1,234,567.89").percent == Fraction(123456789, 100)
    assert read_count("1.234.567") == 1234567
    assert read_count("123.456.789") == 123456789


def test_digits_up_to_the_most_an_official_writes_are_read() -> None:
    assert read_count("9" * 24) == 10**24 - 1
    assert read_count("0" * 30 + "5") == 5  # leading zeros are no digits of the value
    assert read_percent("98." + "1" * 21).decimals == 21
    with pytest.raises(InputError) as caught:
        read_percent("98." + "1" * 23, field="coverage")
    assert (caught.value.key, caught.value.params["most"]) == ("number.too_many_digits", 24)
    assert explain(caught.value).startswith("coverage: '98.11111111111111111…' has more")


def test_rounded_interval_is_half_open_around_the_figure() -> None:
    low, high = read_percent("97,63").share_interval(Rounding.ROUNDED)
    assert (low, high) == (Fraction(97625, 100000), Fraction(97635, 100000))
    low, high = read_percent("80,05").share_interval(Rounding.CUT)
    assert (low, high) == (Fraction(8005, 10000), Fraction(8006, 10000))
    low, high = read_percent("80,05").share_interval(Rounding.EITHER)
    assert (low, high) == (Fraction(80045, 100000), Fraction(8006, 10000))


def test_decimal_text_cuts_toward_zero() -> None:
    assert decimal_text(Fraction(97996, 1000), 2) == "97.99"
    assert decimal_text(Fraction(-97996, 1000), 2) == "-97.99"
    assert decimal_text(Fraction(-1, 1000), 2) == "0.00"
    assert decimal_text(Fraction(98), 0) == "98"
    # Below one: the zeros go before the digits, not after (0.05, never 5.00).
    assert decimal_text(Fraction(5, 100), 2) == "0.05"
    assert decimal_text(Fraction(5, 1000), 3) == "0.005"
    assert decimal_text(Fraction(-5, 100), 2) == "-0.05"


def _english(value: int) -> str:
    return f"{value:,}"


@given(st.integers(min_value=0, max_value=10**15))
def test_indonesian_and_english_grouping_read_the_same(value: int) -> None:
    english = _english(value)
    indonesian = english.replace(",", ".")
    spaced = english.replace(",", " ")
    assert read_count(english) == read_count(indonesian) == read_count(spaced) == value
    assert read_count(str(value)) == value


# From 2 up: a value of at most 1 without a percent sign is refused as ambiguous.
@given(st.integers(min_value=2, max_value=10**6), st.integers(min_value=0, max_value=9999))
def test_decimal_comma_and_point_read_the_same(whole: int, fraction: int) -> None:
    digits = f"{fraction:04d}"
    english = f"{whole:,}.{digits}"
    indonesian = f"{whole:,}".replace(",", ".") + "," + digits
    expected = Fraction(whole) + Fraction(fraction, 10**4)
    assert read_percent(english).percent == read_percent(indonesian).percent == expected


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=9))
def test_amounts_in_juta_with_a_decimal_comma(whole: int, tenth: int) -> None:
    assert read_amount(f"Rp{whole},{tenth} juta") == whole * 10**6 + tenth * 10**5


LONG_COUNT = "9" * 30
LONG_PERCENT = "98." + "0" * 25 + "1"


TOO_MANY = "has more digits than any figure an official writes (at most 24)"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["needed", "--pop", LONG_COUNT], f"--pop: '{LONG_COUNT[:20]}…' {TOO_MANY}"),
        (
            ["needed", "--pop", "1000", "--registered", LONG_COUNT],
            f"--registered: '{LONG_COUNT[:20]}…' {TOO_MANY}",
        ),
        (
            ["needed", "--registered", "100", "--coverage", LONG_PERCENT],
            f"--coverage: '{LONG_PERCENT[:20]}…' {TOO_MANY}",
        ),
        (
            ["active", "--registered", "100", "--active-rate", LONG_PERCENT],
            f"--active-rate: '{LONG_PERCENT[:20]}…' {TOO_MANY}",
        ),
        (
            ["status", "--coverage", LONG_PERCENT, "--active-rate", "80"],
            f"--coverage: '{LONG_PERCENT[:20]}…' {TOO_MANY}",
        ),
        (
            ["status", "--active-rate", "1000", "--coverage", "99"],
            "--active-rate: an activity rate of 1,000 % of the participants cannot be",
        ),
        (
            ["check", "--pop", "590393", "--registered", "581578", "--coverage", LONG_PERCENT],
            f"--coverage: '{LONG_PERCENT[:20]}…' {TOO_MANY}",
        ),
        (
            ["check", "--pop", LONG_COUNT, "--registered", "5"],
            f"--pop: '{LONG_COUNT[:20]}…' {TOO_MANY}",
        ),
        (["cost", "--people", LONG_COUNT], f"--people: '{LONG_COUNT[:20]}…' {TOO_MANY}"),
        (["cost", "--budget", LONG_COUNT], f"--budget: '{LONG_COUNT[:20]}…' {TOO_MANY}"),
        (
            [
                "plan",
                "--pop",
                "100",
                "--registered",
                "5",
                "--by",
                "2026-12",
                "--growth",
                LONG_PERCENT,
            ],
            f"--growth: '{LONG_PERCENT[:20]}…' {TOO_MANY}",
        ),
        (
            ["segments", "--segment", f"pbpu={LONG_COUNT}/5", "-r", "10", "-a", "5"],
            f"--segment: '{LONG_COUNT[:20]}…' {TOO_MANY}",
        ),
    ],
)
def test_absurd_numbers_are_usage_errors_on_every_path(args: list[str], said: str) -> None:
    from conftest import run

    result = run(*args, "-f", "json")
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stderr.startswith(f"jkngap: error: {said}")


def test_spaces_group_thousands_and_a_mark_is_then_the_decimal_mark() -> None:
    assert read_percent("1 234,5").percent == Fraction(12345, 10)
    assert read_percent("1 234.5").percent == Fraction(12345, 10)
    assert read_count("1 234 567") == 1234567
    for text in ("1 234.567,8", "1.1 8", "12 34"):
        with pytest.raises(InputError) as caught:
            read_count(text, field="population")
        assert (caught.value.key, caught.value.field) == ("number.bad_grouping", "population")
        assert caught.value.params == {"text": text, "separator": " "}


@pytest.mark.parametrize(
    ("text", "rupiah"),
    [
        ("Rp310 M", 310 * 10**9),
        ("Rp1 T", 10**12),
        ("Rp1,5 T", 15 * 10**11),
        ("Rp 310.000.000.000,-", 310 * 10**9),
        ("Rp42.000,-", 42_000),
        ("310 miliar rupiah", 310 * 10**9),
        ("310.000.000 rupiah", 310_000_000),
        ("Rp5,2 jt", 5_200_000),
    ],
)
def test_amounts_as_officials_and_the_press_write_them(text: str, rupiah: int) -> None:
    assert read_amount(text) == rupiah


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("5.241.084 jiwa", 5_241_084),
        ("5.241.084 orang", 5_241_084),
        ("5.241.084 peserta", 5_241_084),
        ("5,2 juta jiwa", 5_200_000),
        ("590 393 Jiwa", 590_393),
    ],
)
def test_counts_with_what_they_count(text: str, people: int) -> None:
    assert read_count(text) == people


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Rp310 m", read_amount),  # a small m may be a million: never guessed
        ("5 M", read_count),  # a count takes no money letter
        ("5 jiwa jiwa", read_count),
        ("Rp5 kilo", read_amount),
        ("jiwa", read_count),
    ],
)
def test_words_jkngap_does_not_read_are_refused_naming_those_it_does(text: str, read: Any) -> None:
    with pytest.raises(InputError) as caught:
        read(text, field="budget")
    assert caught.value.key in ("number.unknown_word", "number.not_a_number")
    if caught.value.key == "number.unknown_word":
        known = caught.value.params["words"].split(", ")
        assert {"juta", "miliar", "triliun"} <= set(known)
        assert ("M" in known) is (read is read_amount)
        assert ("jiwa" in known) is (read is read_count)
