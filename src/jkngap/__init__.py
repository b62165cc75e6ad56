"""jkngap: how far a region is from the JKN coverage and activity targets, exactly.

The same answers as the command line, from Python::

    >>> from jkngap import registrants_needed
    >>> registrants_needed(population=590393, target=98).required_registered
    Span(low=578586, high=578586)
"""

from jkngap.criteria import PRESETS, Criteria, criteria
from jkngap.errors import InputError, JkngapError
from jkngap.gaps import (
    Active,
    Base,
    Needed,
    Note,
    Span,
    Status,
    active_needed,
    registrants_needed,
    status,
)
from jkngap.numbers import Reported, Rounding, read_amount, read_count, read_percent

__version__ = "0.1.0"

__all__ = [
    "PRESETS",
    "Active",
    "Base",
    "Criteria",
    "InputError",
    "JkngapError",
    "Needed",
    "Note",
    "Reported",
    "Rounding",
    "Span",
    "Status",
    "__version__",
    "active_needed",
    "criteria",
    "read_amount",
    "read_count",
    "read_percent",
    "registrants_needed",
    "status",
]
