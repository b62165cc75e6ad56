"""The date of a snapshot as officials write it: ``2025-07-01``, ``1 Juli 2025``, ``Juli 2025``.

Month names are read in Indonesian and English, whole or abbreviated (``Agt``, ``Okt``,
``Nopember``, ``Pebruari`` as older reports spell them). A month without a day is its first
day, and says so. A date written with numbers only in another order (``01/07/2025``) is
refused: it may be the 1st of July or the 7th of January, and a trend built on the wrong
one is wrong everywhere.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Any, NamedTuple

from jkngap.core.errors import InputError

__all__ = ["MONTHS", "Day", "add_months", "find_dates", "read_day"]

# Each month's names, one line a month (expanded once below): whole in Indonesian (and
# its older spellings) and English, then the short forms reports use.
_MONTH_NAMES = {
    1: "januari january jan",
    2: "februari pebruari february feb peb",
    3: "maret march mar",
    4: "april apr",
    5: "mei may",
    6: "juni june jun",
    7: "juli july jul",
    8: "agustus august agu agt agst aug",
    9: "september sept sep",
    10: "oktober october okt oct",
    11: "november nopember nov nop",
    12: "desember december des dec",
}
MONTHS: dict[str, int] = {
    name: month for month, names in _MONTH_NAMES.items() for name in names.split()
}

# Words a date cell or title may put before the date: "per 1 Juli 2025", "bulan Juli 2025".
_LEADING = ("per", "tanggal", "tgl", "bulan", "periode", "as of", "as at", "date")
# No date is longer than this; a longer cell is not read as one.
MAX_DATE_TEXT = 64

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DAY_MONTH_YEAR = rf"(\d{{1,2}})[\s\-]*({_MONTH})\.?[\s\-]*(\d{{4}})"
_MONTH_DAY_YEAR = rf"({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})"
_MONTH_YEAR = rf"({_MONTH})\.?[\s\-]*(\d{{4}})"
# In running text (a title, a file's name): the longest form first, and no letter glued on
# either side ("Sumber" holds no month, "Juli2025" does).
_IN_TEXT = re.compile(
    rf"(?<![\w])(?:(?P<iso>\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?)(?!\d)"
    rf"|{_DAY_MONTH_YEAR.replace('(', '(?:')}"
    rf"|{_MONTH_DAY_YEAR.replace('(', '(?:')}"
    rf"|{_MONTH_YEAR.replace('(', '(?:')})(?![^\W\d_])",
    re.IGNORECASE,
)
_NUMERIC_ORDER = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


class Day(NamedTuple):
    """A snapshot's date, and whether it was written as a month alone (its first day)."""

    day: date
    month_only: bool = False


def _made(year: int, month: int, day: int | None, text: str, column: str | None) -> Day:
    try:
        return Day(date(year, month, day or 1), day is None)
    except ValueError:
        raise InputError("trend.date_unreadable", column=column, text=text) from None


def _whole(text: str, column: str | None) -> Day | None:
    """``text`` as one date in one of the forms people write, or None."""
    match = _ISO.fullmatch(text)
    if match:
        day = int(match[3]) if match[3] is not None else None
        return _made(int(match[1]), int(match[2]), day, text, column)
    for pattern, order in (
        (_DAY_MONTH_YEAR, "dmy"),
        (_MONTH_DAY_YEAR, "mdy"),
        (_MONTH_YEAR, "my"),
    ):
        match = re.fullmatch(pattern, text, re.IGNORECASE)
        if match:
            parts = dict(zip(order, match.groups(), strict=True))
            month = MONTHS[parts["m"].casefold()]
            day = int(parts["d"]) if "d" in parts else None
            return _made(int(parts["y"]), month, day, text, column)
    return None


def read_day(value: Any, *, column: str | None = None) -> Day | None:
    """A date cell as a :class:`Day` (None when the cell is empty): text in the forms of
    the module's doc, or a spreadsheet's own date. Anything else is an InputError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return Day(value.date())
    if isinstance(value, date):
        return Day(value)
    text = " ".join(str(value).split())
    if not text:
        return None
    if len(text) > MAX_DATE_TEXT:
        raise InputError("trend.date_unreadable", column=column, text=text[:20] + "…")
    lowered = text.casefold()
    for word in _LEADING:
        if lowered.startswith(word + " "):
            text = text[len(word) + 1 :].strip()
            break
    found = _whole(text, column)
    if found is not None:
        return found
    if _NUMERIC_ORDER.fullmatch(text):
        raise InputError("trend.date_order", column=column, text=text)
    raise InputError("trend.date_unreadable", column=column, text=text)


def find_dates(text: str) -> list[Day]:
    """Every date written in running text (a title row, a file's name), in order, each
    once: ``Rekap kepesertaan per 1 Juli 2025`` holds 2025-07-01."""
    found: list[Day] = []
    for match in _IN_TEXT.finditer(text[:1000]):
        written = re.sub(r"[\s\-]+", " ", match[0]).strip()
        if match["iso"]:
            written = match["iso"]
        try:
            day = _whole(written, None)
        except InputError:
            continue  # 2025-13-01 in a file's name is no date
        if day is not None and day not in found:
            found.append(day)
    return found


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months on (the month's last day where it is
    shorter): 31 January plus one month is 28 or 29 February."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
