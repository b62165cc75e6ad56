"""Lists of people (population, members, welfare deciles, region-paid) matched by NIK, per
desa, by an embedded DuckDB in a private folder: ``jkngap match``."""

from __future__ import annotations

from jkngap.people.run import MatchRun, Settings, match, open_match

__all__ = ["MatchRun", "Settings", "match", "open_match"]
