"""Days off the core cannot know by itself: Indonesia's national public holidays, from the
``holidays`` package (imported only when asked for, by ``plan``).

``plan_for(..., national=national_holidays)`` leaves them out of working days; the command
line does so unless ``--no-national-holidays``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

__all__ = ["national_holidays"]


def national_holidays(years: Iterable[int]) -> set[date]:
    """Indonesia's national public holidays in ``years``."""
    import holidays

    return set(holidays.country_holidays("ID", years=sorted(set(years))).keys())
