"""Named threshold presets: thresholds change with regulation and year, so none is a literal.

``2025`` is the one in force for 2025-26 (UHC at 98 % coverage, UHC Prioritas also at 80 %
activity); ``2023`` the one in force until about 2024 (95 % and 75 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jkngap.core.errors import preset_named


@dataclass(frozen=True)
class Criteria:
    """The two thresholds BPJS judges a region by, in percent."""

    name: str
    coverage_pct: Fraction
    activity_pct: Fraction

    def overridden(
        self, *, coverage_pct: Fraction | None = None, activity_pct: Fraction | None = None
    ) -> Criteria:
        """These criteria with either threshold replaced; named "2025, custom" when that
        changes anything, so that no result claims a preset it did not use."""
        coverage = self.coverage_pct if coverage_pct is None else coverage_pct
        activity = self.activity_pct if activity_pct is None else activity_pct
        if (coverage, activity) == (self.coverage_pct, self.activity_pct):
            return self
        name = self.name if self.name.endswith(CUSTOM) else f"{self.name}{CUSTOM}"
        return Criteria(name, coverage, activity)


PRESETS: dict[str, Criteria] = {
    "2025": Criteria("2025", Fraction(98), Fraction(80)),
    "2023": Criteria("2023", Fraction(95), Fraction(75)),
}
DEFAULT_PRESET = "2025"
CUSTOM = ", custom"


def criteria(name: str = DEFAULT_PRESET) -> Criteria:
    """The preset called ``name``; an unknown name is an input error listing the known ones."""
    return preset_named(PRESETS, name, key="criteria.unknown", field="criteria")
