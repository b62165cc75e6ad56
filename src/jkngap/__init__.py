"""jkngap: how far a region is from the JKN coverage and activity targets, exactly.

The same answers as the command line, from Python::

    >>> from jkngap import registrants_needed
    >>> registrants_needed(population=590393, target=98).required_registered
    Span(low=578586, high=578586)
"""

from typing import TYPE_CHECKING, Any

from jkngap.cost import Cost, cost
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

if TYPE_CHECKING:
    from jkngap.agreement import Check, check
    from jkngap.plan import Plan, plan_for

__version__ = "0.1.0"

# Loaded on first use, so that a plain `jkngap needed` does not pay for them (a dataclass
# costs about a millisecond to create at import).
_LAZY = {
    "Check": "jkngap.agreement",
    "check": "jkngap.agreement",
    "Plan": "jkngap.plan",
    "plan_for": "jkngap.plan",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'jkngap' has no attribute {name!r}")


__all__ = [
    "PRESETS",
    "Active",
    "Base",
    "Check",
    "Cost",
    "Criteria",
    "InputError",
    "JkngapError",
    "Needed",
    "Note",
    "Plan",
    "Reported",
    "Rounding",
    "Span",
    "Status",
    "__version__",
    "active_needed",
    "check",
    "cost",
    "criteria",
    "plan_for",
    "read_amount",
    "read_count",
    "read_percent",
    "registrants_needed",
    "status",
]
