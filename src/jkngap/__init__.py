"""jkngap: how far a region is from the JKN coverage and activity targets, exactly.

The same answers as the command line, from Python::

    >>> from jkngap import registrants_needed
    >>> registrants_needed(population=590393, target=98).required_registered
    Span(low=578586, high=578586)

Everything here is loaded on first use, so that a command (or a script) pays only for
what it asks for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jkngap.allocation import allocate_agents, allocate_budget
    from jkngap.core.activity import Active, active_needed
    from jkngap.core.check import Check, check
    from jkngap.core.cost import Cost, cost
    from jkngap.core.coverage import Needed, registrants_needed
    from jkngap.core.criteria import PRESETS, Criteria, criteria
    from jkngap.core.errors import InputError, JkngapError, OutputError
    from jkngap.core.model import Base, Note
    from jkngap.core.numbers import Reported, Rounding, read_amount, read_count, read_percent
    from jkngap.core.places import Region
    from jkngap.core.plan import Plan, plan_for
    from jkngap.core.spans import Span
    from jkngap.core.status import Status, status
    from jkngap.data.daysoff import national_holidays
    from jkngap.data.register import find_region, find_regions
    from jkngap.notebook import BatchOptions, FileOptions, read_regions
    from jkngap.notebook_series import read_compare, read_trend
    from jkngap.output.words import explain

__version__ = "0.1.0"

_LAZY = {
    "allocate_agents": "jkngap.allocation",
    "allocate_budget": "jkngap.allocation",
    "Active": "jkngap.core.activity",
    "active_needed": "jkngap.core.activity",
    "Check": "jkngap.core.check",
    "check": "jkngap.core.check",
    "Cost": "jkngap.core.cost",
    "cost": "jkngap.core.cost",
    "Needed": "jkngap.core.coverage",
    "registrants_needed": "jkngap.core.coverage",
    "PRESETS": "jkngap.core.criteria",
    "Criteria": "jkngap.core.criteria",
    "criteria": "jkngap.core.criteria",
    "InputError": "jkngap.core.errors",
    "JkngapError": "jkngap.core.errors",
    "OutputError": "jkngap.core.errors",
    "Base": "jkngap.core.model",
    "Note": "jkngap.core.model",
    "Reported": "jkngap.core.numbers",
    "Rounding": "jkngap.core.numbers",
    "read_amount": "jkngap.core.numbers",
    "read_count": "jkngap.core.numbers",
    "read_percent": "jkngap.core.numbers",
    "Region": "jkngap.core.places",
    "national_holidays": "jkngap.data.daysoff",
    "find_region": "jkngap.data.register",
    "find_regions": "jkngap.data.register",
    "read_regions": "jkngap.notebook",
    "FileOptions": "jkngap.notebook",
    "BatchOptions": "jkngap.notebook",
    "read_trend": "jkngap.notebook_series",
    "read_compare": "jkngap.notebook_series",
    "Plan": "jkngap.core.plan",
    "plan_for": "jkngap.core.plan",
    "Span": "jkngap.core.spans",
    "Status": "jkngap.core.status",
    "status": "jkngap.core.status",
    "explain": "jkngap.output.words",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'jkngap' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "PRESETS",
    "Active",
    "Base",
    "BatchOptions",
    "Check",
    "Cost",
    "Criteria",
    "FileOptions",
    "InputError",
    "JkngapError",
    "Needed",
    "Note",
    "OutputError",
    "Plan",
    "Region",
    "Reported",
    "Rounding",
    "Span",
    "Status",
    "__version__",
    "active_needed",
    "allocate_agents",
    "allocate_budget",
    "check",
    "cost",
    "criteria",
    "explain",
    "find_region",
    "find_regions",
    "national_holidays",
    "plan_for",
    "read_amount",
    "read_compare",
    "read_count",
    "read_percent",
    "read_regions",
    "read_trend",
    "registrants_needed",
    "status",
]
