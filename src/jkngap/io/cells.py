"""One cell of a region file as jkngap reads it: a count as officials write it (or as a
spreadsheet stored it), and the published percentages --check compares with the counts."""

from __future__ import annotations

import re
from typing import Any

from jkngap.core.errors import InputError
from jkngap.core.model import Record
from jkngap.core.numbers import read_count, read_percent
from jkngap.core.regions import RegionOptions
from jkngap.io.columns import PERCENT_COLUMNS
from jkngap.io.readers import UnsavedFormula

__all__ = ["ColumnStyle", "check_row", "count_cell"]


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
    if text.isascii() and text.isdigit():
        return int(text)
    style.note(text, column)
    return read_count(text, column=column)


def check_row(
    cells: list[Any],
    roles: dict[str, int],
    header: list[str],
    counts: Record,
    options: RegionOptions,
) -> Record:
    """Published percentages beside the counts: do they agree? (``--check``)"""
    from jkngap.core.check import check

    published = {}
    for role in PERCENT_COLUMNS:
        if role in roles and cells[roles[role]] not in (None, ""):
            published[role] = read_percent(str(cells[roles[role]]), column=header[roles[role]])
    if not published:
        return {"consistent": None, "check": None}
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
