"""What every result shares: the activity base, notes, records, and checked inputs.

Counts are ``int``; percentages are exact (``Fraction``, ``int``, ``Decimal`` or the text a
user typed), never floats. A checked input that is wrong raises an
:class:`~jkngap.core.errors.InputError` naming the argument in the library's words.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from jkngap.core.errors import Field, InputError
from jkngap.core.numbers import MAX_DIGITS, Reported, Rounding, read_percent
from jkngap.core.spans import Span, decimal_text

__all__ = [
    "Base",
    "Note",
    "Percent",
    "Record",
    "checked_count",
    "exact_percent",
    "reported",
    "share_verdict",
    "span_verdict",
    "target_share",
]

Percent = Fraction | int | Decimal | str
Record = dict[str, Any]


class Base(str, enum.Enum):
    """What an activity rate is a share of."""

    PARTICIPANTS = "participants"  # active / registered: BPJS's usual base
    POPULATION = "population"  # active / population: used by some regions


@dataclass(frozen=True)
class Note:
    """Something the user should read beside the numbers: a warning or an explanation."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False


def exact_percent(value: Percent, field: str) -> Fraction:
    """An exact percentage from what a caller passed; floats are refused as inexact."""
    if isinstance(value, str):
        return read_percent(value, field=field).percent
    if isinstance(value, Reported):
        return value.percent
    if isinstance(value, bool) or not isinstance(value, Fraction | int | Decimal):
        raise InputError("value.not_exact", field=field, text=repr(value))
    return Fraction(value)


def reported(value: Reported | str | None, field: str) -> Reported | None:
    """A published percentage, from its text where it came as text."""
    if value is None or isinstance(value, Reported):
        return value
    return read_percent(value, field=field)


def target_share(value: Percent, field: str) -> Fraction:
    """The target as a share of one, checked to lie in (0, 100] percent."""
    percent = exact_percent(value, field)
    if not 0 < percent <= 100:
        text = decimal_text(percent, 4).rstrip("0").rstrip(".")
        raise InputError("value.target_range", field=field, text=f"{text} %")
    return percent / 100


def checked_count(value: Any, field: str, *, positive: bool = False) -> int | None:
    """A count as given (``None`` stays ``None``): a whole number, not negative.

    NumPy's integers (anything with ``__index__`` that is not a bool) are taken as ints.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not hasattr(value, "__index__"):
        raise InputError("value.not_count", field=field, text=repr(value))
    count = int(value.__index__())
    if count >= 10**MAX_DIGITS:
        # Turned into text, an int of 4,300 digits or more is an error of Python's own.
        raise InputError("value.too_large", field=field, most=MAX_DIGITS)
    if count < 0 or (positive and count == 0):
        key = "value.population_positive" if positive else "value.count_negative"
        raise InputError(key, field=field, text=str(count))
    return count


def share_verdict(share: tuple[Fraction, Fraction], target: Fraction) -> bool | None:
    """Whether every share in ``[low, high)`` reaches the target (True), none does (False)."""
    low, high = share
    if low >= target:
        return True
    if high <= target:
        return False
    return None


def span_verdict(needed: Span) -> bool | None:
    """Met when nothing is needed whatever the true value, not met when something always is."""
    if needed.high == 0:
        return True
    if needed.low > 0:
        return False
    return None


def disagreement(share: Fraction, published: Reported, field: str) -> Note | None:
    """A warning when a published percentage cannot come from the counts beside it."""
    low, high = published.share_interval(Rounding.EITHER)
    if low <= share < high:
        return None
    return Note(
        "note.reported_disagrees",
        {"subject": Field(field), "reported": published.percent, "computed": share * 100},
        warning=True,
    )


def both(first: bool | None, second: bool | None) -> bool | None:
    """Three-valued "and": False as soon as one is False, None while one is unknown."""
    if first is False or second is False:
        return False
    if first is None or second is None:
        return None
    return True


def value_of(span: Span | None) -> int | None:
    return span.value if span else None


def range_of(span: Span | None) -> list[int] | None:
    return span.as_list() if span else None
