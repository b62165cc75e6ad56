"""Days off the core cannot know by itself: Indonesia's national public holidays, from the
``holidays`` package (imported only when asked for, by ``plan``).

``plan_for(..., national=national_holidays)`` leaves them out of working days; the command
line does so unless ``--no-national-holidays``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jkngap.core.plan import Holidays

__all__ = ["national_calendar", "national_holidays"]


def national_holidays(years: Iterable[int]) -> set[date]:
    """Indonesia's national public holidays in ``years``."""
    import holidays

    return set(holidays.country_holidays("ID", years=sorted(set(years))).keys())


def national_calendar(wanted: bool) -> Holidays | None:
    """The national holidays where ``wanted`` (a ``national_holidays`` switch), else None:
    what ``plan_for``'s ``national`` takes."""
    return national_holidays if wanted else None
