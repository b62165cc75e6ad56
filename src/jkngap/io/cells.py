"""One cell of a region file as jkngap reads it: a count as officials write it (or as a
spreadsheet stored it), and the published percentages --check compares with the counts.

A number far longer than any count or percentage is not a bad row but a hostile file
(:class:`Oversized`, which the reader turns into a refusal naming the file and line).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.model import Base, Record
from jkngap.core.numbers import read_count, read_percent
from jkngap.core.regions import RegionOptions
from jkngap.io.columns import PERCENT_COLUMNS
from jkngap.io.readers import UnsavedFormula

__all__ = ["MAX_COUNT_DIGITS", "ColumnStyle", "Oversized", "check_row", "count_cell"]

# More digits than any count has (a quadrillion people), or than a percentage needs (a
# binary float's shortest text has 17): past these a number is refused with the file.
MAX_COUNT_DIGITS = 15
MAX_PERCENT_DIGITS = 24


class Oversized(InputError):
    """A cell holding a number longer than any count or percentage: the file is refused
    (its ``row`` is set to the line by whoever knows it)."""


_GROUPED_DIGITS = re.compile(r"[0-9][0-9., ]*")


class ColumnStyle:
    """Counts in one column must group thousands one way: 1.234 and 1,234 do not mix."""

    def __init__(self) -> None:
        self.separator: str | None = None

    def note(self, text: str, column: str) -> None:
        if not _GROUPED_DIGITS.fullmatch(text):
            return  # "1,5 juta" writes a decimal comma, not a thousands separator
        marks = {mark for mark in ".," if mark in text}
        if len(marks) != 1:
            return
        mark = marks.pop()
        if self.separator is None:
            self.separator = mark
        elif mark != self.separator:
            raise InputError(
                "batch.mixed_style",
                column=column,
                text=text,
                earlier=self.separator,
                here=mark,
            )


def count_cell(value: Any, column: str, style: ColumnStyle) -> int | None:
    """A count from a cell: text as officials write it, or a spreadsheet's number."""
    if value is None:
        return None
    if isinstance(value, UnsavedFormula):
        raise InputError("number.unsaved_formula", column=column, text=str(value))
    if type(value) is not str:
        if isinstance(value, bool):
            raise InputError("number.not_a_number", column=column, text=str(value))
        if isinstance(value, int):
            if value < 0:
                raise InputError("number.negative", column=column, text=str(value))
            return value
        if isinstance(value, float):
            # Whole values only, read exactly from their decimal form.
            if not value.is_integer():
                raise InputError("number.not_whole", column=column, text=repr(value))
            value = repr(value).removesuffix(".0")
        value = str(value)  # a JSON Decimal, or the float's text
    text = value.strip()
    if not text:
        return None
    if len(text) > MAX_COUNT_DIGITS:
        _bounded(text, MAX_COUNT_DIGITS, column)
    if text.isascii() and text.isdigit():
        return int(text)
    style.note(text, column)
    return read_count(text, column=column)


def _bounded(text: str, most: int, column: str) -> None:
    digits = sum(map(str.isdigit, text))
    if digits > most:
        raise Oversized("batch.oversized_number", column=column, digits=digits)


def check_row(
    cells: list[Any],
    roles: dict[str, int],
    header: list[str],
    counts: Record,
    options: RegionOptions,
) -> Record:
    """Published percentages beside the counts: do they agree? (``--check``)

    A number stored as a binary float (a spreadsheet's General cell, a JSON number) that
    equals the counts' own quotient to a float's precision agrees: it is that quotient,
    not a figure rounded at its sixteenth decimal. Any other is read as published."""
    from jkngap.core.check import check

    published = {}
    agreed = False
    for role in PERCENT_COLUMNS:
        if role not in roles or cells[roles[role]] in (None, ""):
            continue
        cell, column = cells[roles[role]], header[roles[role]]
        if _is_quotient(cell, _quotient(role, counts, options.base)):
            agreed = True
            continue
        text = str(cell)
        if len(text) > MAX_PERCENT_DIGITS:
            _bounded(text, MAX_PERCENT_DIGITS, column)
        published[role] = read_percent(text, column=column)
    if not published:
        return {"consistent": True if agreed else None, "check": None}
    try:
        result = check(
            population=counts.get("population"),
            registered=counts.get("registered"),
            active=counts.get("active"),
            target=options.criteria.coverage_pct,
            active_target=options.criteria.activity_pct,
            base=options.base,
            coverage=published.get("coverage"),
            active_rate=published.get("active_rate"),
        )
    except InputError:
        return {"consistent": None, "check": None}
    disagreements = [f.message for f in result.findings if f.agree is False]
    return {"consistent": result.consistent, "check": disagreements[0] if disagreements else None}


def _quotient(role: str, counts: Record, base: Base) -> Fraction | None:
    """The share of one the counts give a published percentage of ``role``."""
    if role == "coverage":
        part, whole = counts.get("registered"), counts.get("population")
    else:
        whole_role = "registered" if base is Base.PARTICIPANTS else "population"
        part, whole = counts.get("active"), counts.get(whole_role)
    if part is None or not whole:
        return None
    return Fraction(part, whole)


# How near the quotient a stored float must be: a division or two in binary floating point
# is off by a few units in the 16th digit, and no other pair of whole counts a region has
# gives a share within a billionth of it.
_FLOAT_PRECISION = Fraction(1, 2**40)


def _is_quotient(cell: Any, share: Fraction | None) -> bool:
    """Whether a number cell stored as a float is ``share`` itself, as a percentage or as
    a share of one, to a float's precision."""
    if share is None or type(cell) not in (float, Decimal):
        return False
    try:
        value = Fraction(cell)
    except (ValueError, OverflowError):  # NaN, infinity
        return False
    return any(abs(value - scaled) <= _FLOAT_PRECISION * scaled for scaled in (share * 100, share))
