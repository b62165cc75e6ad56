"""Reading numbers as Indonesian officials and English speakers write them.

``590393``, ``590.393``, ``590,393`` and ``590 393`` are one count; ``92.82``,
``92,82`` and ``92,82%`` one percentage; ``Rp310 miliar``, ``310 miliar`` and
``310000000000`` one amount. Every value is exact: an ``int`` or a
:class:`fractions.Fraction` built from the digits typed, never a binary float.

What can be read two ways is refused with a message that says why, never guessed.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, NamedTuple

from jkngap.core.errors import InputError
from jkngap.core.spans import decimal_text

__all__ = [
    "Reported",
    "Rounding",
    "decimals_needed",
    "read_amount",
    "read_count",
    "read_percent",
]

# Scale words officials write after a number (Indonesian first), and their English twins.
MULTIPLIERS: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}

# No count, percentage or amount an official writes needs more characters than this; a
# longer text (5,000 digits, say) is refused before any digit is turned into a number.
MAX_NUMBER_TEXT = 64
# Within those 64 characters: no count or amount has more digits than this (a region's
# budget in rupiah has 16), and no percentage more digits in all (officials write at most
# four decimals; a spreadsheet's float, seventeen significant digits). A longer one is
# refused as a mistake, not carried into arithmetic and messages.
MAX_DIGITS = 24

_PERCENT_WORDS = ("%", "persen", "percent")
# What is counted, as officials write it after a count ("5.241.084 jiwa") or an amount
# ("310 miliar rupiah"): read past, never a scale.
_UNITS = {"count": ("jiwa", "orang", "peserta", "people"), "amount": ("rupiah",)}
# Money's short scale letters, as officials and the press write them: Rp310 M is 310
# miliar, Rp1 T one triliun. Capitals only, and only after an amount: an "m" may be a
# million elsewhere, and a count takes no letter.
_AMOUNT_LETTERS = {"M": 10**9, "T": 10**12}
# Patterns as text: the re module compiles each on first use (and keeps it), so that a
# count typed as plain digits pays for none of them.
_CURRENCY_PREFIX = r"^(?:rp\.?|idr)\s*"
_TRAILING_WORD = r"^(?P<number>.*?)\s*(?P<word>[^\W\d_]+)$"
# Spaces people and spreadsheets put between digit groups: plain, no-break, thin no-break.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_MINUS_SIGNS = ("-", "\u2212")


class Rounding(str, enum.Enum):
    """How a published percentage was brought to the decimals it shows."""

    ROUNDED = "rounded"  # 97.63 stands for [97.625, 97.635)
    CUT = "cut"  # 97.63 stands for [97.63, 97.64)
    EITHER = "either"  # we do not know which: [97.625, 97.64)


@dataclass(frozen=True)
class Reported:
    """A percentage as published: its value in percent and the decimals it was written with."""

    percent: Fraction
    decimals: int

    @property
    def share(self) -> Fraction:
        """The value as a share of one (97.63 % is 0.9763)."""
        return self.percent / 100

    def share_interval(self, rounding: Rounding = Rounding.ROUNDED) -> tuple[Fraction, Fraction]:
        """The shares this figure can stand for, as a half-open interval ``[low, high)``.

        The low end is never below zero: a share cannot be negative.
        """
        unit = Fraction(1, 10**self.decimals) / 100
        low = self.share - unit / 2 if rounding is not Rounding.CUT else self.share
        high = self.share + unit / 2 if rounding is Rounding.ROUNDED else self.share + unit
        return max(low, Fraction(0)), high

    def __str__(self) -> str:
        return f"{decimal_text(self.percent, self.decimals)} %"


def decimals_needed(value: Fraction, most: int = 4) -> int:
    """The decimals ``value`` needs to be written in full, up to ``most``: 98 needs none."""
    for decimals in range(most):
        if (value * 10**decimals).denominator == 1:
            return decimals
    return most


class _Parsed(NamedTuple):
    value: Fraction
    decimals: int
    percent_sign: bool


def _fail(key: str, field: str | None, text: str, **params: Any) -> InputError:
    return InputError(key, field=field, text=text, **params)


def _check_groups(integer_part: str, separator: str, field: str | None, text: str) -> str:
    """Validate thousands grouping (1-3 digits, then groups of exactly three); return digits."""
    groups = integer_part.split(separator)
    if not 1 <= len(groups[0]) <= 3 or any(len(group) != 3 for group in groups[1:]):
        raise _fail("number.bad_grouping", field, text, separator=separator)
    return "".join(groups)


def _parse(text: str, *, kind: str, field: str | None) -> tuple[_Parsed, int]:
    """Split ``text`` into an exact value and the scale word's multiplier (1 without one).

    ``kind`` is ``count``, ``percent`` or ``amount``: it decides which words and marks are
    allowed and how a lone separator before three digits is read.
    """
    if len(text) > MAX_NUMBER_TEXT:
        raise _fail("number.too_long", field, text[:20] + "…", most=MAX_NUMBER_TEXT)
    if text.isascii() and text.isdigit():  # the common case: plain digits, nothing to read
        _within_digits(text, "", field, text)
        return _Parsed(Fraction(int(text)), 0, False), 1
    body = text.translate(_SPACES).strip()
    if not body:
        raise _fail("number.empty", field, text)
    body, multiplier, percent_sign = _words(body, kind, field, text)

    negative = body.startswith(_MINUS_SIGNS)
    if body[:1] in ("+", *_MINUS_SIGNS):
        body = body[1:].lstrip()
    if not body or not re.fullmatch(r"[0-9][0-9., ]*", body) or not body[-1].isdigit():
        raise _fail("number.not_a_number", field, text)
    if re.search(r"[., ]{2}", body):
        raise _fail("number.bad_grouping", field, text, separator=body)

    integer_part, fraction_part = _digits(body, kind, multiplier != 1, field, text)
    _within_digits(integer_part, fraction_part, field, text)
    value = Fraction(int(integer_part + fraction_part), 10 ** len(fraction_part))
    if negative:
        value = -value
    return _Parsed(value, len(fraction_part), percent_sign), multiplier


def _within_digits(integer_part: str, fraction_part: str, field: str | None, text: str) -> None:
    """Refuse more digits than any figure an official writes (every decimal counts)."""
    if len(integer_part.lstrip("0")) + len(fraction_part) > MAX_DIGITS:
        raise _fail("number.too_many_digits", field, text[:20] + "…", most=MAX_DIGITS)


def _words(body: str, kind: str, field: str | None, text: str) -> tuple[str, int, bool]:
    """The number without its words: a currency before it, a percent sign or a scale word
    after it; with the scale word's multiplier and whether a percent sign was there."""
    if kind == "amount":
        body = re.sub(_CURRENCY_PREFIX, "", body, flags=re.IGNORECASE)
    if kind == "percent":
        lowered = body.lower()
        for word in _PERCENT_WORDS:
            if lowered.endswith(word):
                return body[: -len(word)].rstrip(), 1, True
        return body, 1, False
    if kind == "amount":
        body = re.sub(r"\s*[,.]-$", "", body)  # "Rp 310.000.000.000,-": the amount ends here
    match = re.match(_TRAILING_WORD, body)
    if match and match["word"].lower() in _UNITS[kind] and match["number"].strip():
        body = match["number"].strip()  # "5,2 juta jiwa": the scale comes before the unit
        match = re.match(_TRAILING_WORD, body)
    if not match:
        return body, 1, False
    if not match["number"].strip():
        raise _fail("number.not_a_number", field, text)
    if kind == "amount" and match["word"] in _AMOUNT_LETTERS:
        return match["number"].strip(), _AMOUNT_LETTERS[match["word"]], False
    word = match["word"].lower()
    if word not in MULTIPLIERS:
        known = [*MULTIPLIERS, *(_AMOUNT_LETTERS if kind == "amount" else ()), *_UNITS[kind]]
        raise _fail("number.unknown_word", field, text, word=match["word"], words=", ".join(known))
    return match["number"].strip(), MULTIPLIERS[word], False


def _digits(body: str, kind: str, scaled: bool, field: str | None, text: str) -> tuple[str, str]:
    """The integer and fraction digits of ``body``, its separators read one way only."""
    marks = [char for char in body if char in ".,"]
    if " " in body:
        # Spaces group thousands; a dot or comma, if any, is then the decimal mark.
        if len(marks) > 1:
            raise _fail("number.bad_grouping", field, text, separator=" ")
        integer_part, fraction_part = body.rsplit(marks[0], 1) if marks else (body, "")
        if fraction_part and not fraction_part.isdigit():  # "1.1 8": spaces after the mark
            raise _fail("number.bad_grouping", field, text, separator=" ")
        return _check_groups(integer_part, " ", field, text), fraction_part
    if len(set(marks)) == 2:
        decimal_mark = marks[-1]
        if marks.count(decimal_mark) != 1:
            raise _fail("number.bad_grouping", field, text, separator=decimal_mark)
        integer_part, fraction_part = body.split(decimal_mark)
        thousands = "," if decimal_mark == "." else "."
        return _check_groups(integer_part, thousands, field, text), fraction_part
    if len(marks) > 1:
        return _check_groups(body, marks[0], field, text), ""
    if not marks:
        return body, ""
    before, after = body.split(marks[0])
    could_be_thousands = len(after) == 3 and 1 <= len(before) <= 3 and before != "0"
    if kind == "percent" or not could_be_thousands:
        return before, after
    if scaled:
        # "5.241 juta": 5,241 juta (thousands dot) or 5.241 juta (decimal dot)?
        raise _fail("number.ambiguous", field, text, separator=marks[0])
    return before + after, ""  # "5.241" people is five thousand two hundred forty-one


def _whole(value: Fraction, key: str, field: str | None, text: str) -> int:
    if value.denominator != 1:
        raise _fail(key, field, text)
    if value < 0:
        raise _fail("number.negative", field, text)
    return value.numerator


@contextmanager
def _in_column(column: str | None) -> Iterator[None]:
    """Errors raised inside name ``column`` (a file's column) when one is given."""
    try:
        yield
    except InputError as error:
        if column is not None:
            error.column = column
        raise


def read_count(text: str, *, field: str | None = None, column: str | None = None) -> int:
    """Read a count of people: ``590.393``, ``590,393``, ``590 393`` or ``5,2 juta``."""
    with _in_column(column):
        parsed, multiplier = _parse(text, kind="count", field=field)
        return _whole(parsed.value * multiplier, "number.not_whole", field, text)


def read_amount(text: str, *, field: str | None = None) -> int:
    """Read an amount of rupiah: ``Rp310 miliar``, ``Rp42.000``, ``310000000000``."""
    parsed, multiplier = _parse(text, kind="amount", field=field)
    return _whole(parsed.value * multiplier, "number.not_whole_rupiah", field, text)


def read_percent(text: str, *, field: str | None = None, column: str | None = None) -> Reported:
    """Read a percentage: ``92.82``, ``92,82``, ``92,82%``, ``92,82 persen``.

    A value above 0 and at most 1 written without a percent sign is refused: ``0.98`` may
    mean 0.98 % or 98 %, and the message says how to write either.
    """
    with _in_column(column):
        parsed, _ = _parse(text, kind="percent", field=field)
        if parsed.value < 0:
            raise _fail("number.negative", field, text)
        if 0 < parsed.value <= 1 and not parsed.percent_sign:
            as_percent = decimal_text(parsed.value * 100, max(parsed.decimals - 2, 0))
            as_percent = as_percent.rstrip("0").rstrip(".") if "." in as_percent else as_percent
            raise _fail("number.fraction_or_percent", field, text, as_percent=as_percent)
        return Reported(parsed.value, parsed.decimals)
