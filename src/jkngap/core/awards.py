"""The UHC Awards categories, as a preset of thresholds (press-reported, so overridable).

The 2026 UHC Awards, as the press reports them (``../shared/domain.md``): Pratama at 98 %
coverage and 80 % activity; Madya at 98 % and 85 %, or with region-paid participants (PBI
APBD) at least 25 % of the population and 80 % activity; Utama at 99 % and 95 % with
region-paid participants at least 18 %, a rule waived at 100 % activity. All also require
UHC Prioritas status and premiums paid up, which no count can show. Press sources disagree
on details, so a category's rules can be replaced, and the preset is then named as custom.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from jkngap.core.criteria import CUSTOM, Criteria
from jkngap.core.errors import preset_named, refused_choice
from jkngap.core.model import Note, Record, both
from jkngap.core.numbers import Reported, decimals_needed
from jkngap.core.results import Single, Wrapped

__all__ = ["AWARDS", "Awarded", "Category", "Rule", "award_preset", "judged", "status_awards"]


@dataclass(frozen=True)
class Rule:
    """One way to a category: coverage, activity, and the region-paid share (in percent)."""

    coverage_pct: Fraction
    activity_pct: Fraction
    region_paid_pct: Fraction | None = None

    def describe(self) -> Note:
        params = {
            "coverage": _shown(self.coverage_pct),
            "activity": _shown(self.activity_pct),
        }
        if self.region_paid_pct is None:
            return Note("award.rule", params)
        return Note("award.rule_paid", {**params, "paid": _shown(self.region_paid_pct)})


def _shown(percent: Fraction) -> Reported:
    return Reported(percent, decimals_needed(percent))


@dataclass(frozen=True)
class Category:
    name: str  # pratama, madya, utama: lowest first
    rules: tuple[Rule, ...]  # any one of them is enough


@dataclass(frozen=True)
class Preset:
    name: str
    categories: tuple[Category, ...]


def _rule(coverage: int, activity: int, paid: int | None = None) -> Rule:
    return Rule(Fraction(coverage), Fraction(activity), None if paid is None else Fraction(paid))


DEFAULT_AWARDS = "2026"
AWARDS: dict[str, Preset] = {
    "2026": Preset(
        "2026",
        (
            Category("pratama", (_rule(98, 80),)),
            Category("madya", (_rule(98, 85), _rule(98, 80, 25))),
            # The region-paid rule is waived where every participant is active.
            Category("utama", (_rule(99, 95, 18), _rule(99, 100))),
        ),
    ),
}


def award_preset(name: str, overrides: Iterable[tuple[str, Rule]] = ()) -> Preset:
    """The preset called ``name``, with the rules of any category ``overrides`` names
    replaced by those it gives (several for one category: any one is enough)."""
    preset = preset_named(AWARDS, name, key="awards.unknown", field="awards")
    replaced: dict[str, list[Rule]] = {}
    known = [category.name for category in preset.categories]
    for category, rule in overrides:
        if category not in known:
            raise refused_choice(category, known, "award")
        replaced.setdefault(category, []).append(rule)
    if not replaced:
        return preset
    categories = tuple(
        Category(category.name, tuple(replaced.get(category.name, category.rules)))
        for category in preset.categories
    )
    return Preset(f"{preset.name}{CUSTOM}", categories)


# Judges a rule's coverage and activity thresholds: (coverage met, activity met).
Judge = Callable[[Criteria], tuple[bool | None, bool | None]]


def judged(
    preset: Preset, judge: Judge, region_paid: tuple[Fraction, Fraction] | None
) -> list[Record]:
    """A row per category and rule: whether the figures meet it (None: cannot be told).

    ``region_paid`` is the least and the most share of the population the region pays
    for, in percent, over every population the figures allow.
    """
    rows = []
    for category in preset.categories:
        for rule in category.rules:
            coverage, activity = judge(Criteria(preset.name, rule.coverage_pct, rule.activity_pct))
            paid: bool | None = True
            if rule.region_paid_pct is not None:
                paid = _at_least(region_paid, rule.region_paid_pct)
            rows.append(
                {
                    "category": category.name,
                    "rule": rule.describe(),
                    "met": both(both(coverage, activity), paid),
                }
            )
    return rows


def _at_least(shares: tuple[Fraction, Fraction] | None, threshold: Fraction) -> bool | None:
    """Whether every share in [low, high] reaches the threshold (True), none does (False)."""
    if shares is None:
        return None
    low, high = shares
    return True if low >= threshold else False if high < threshold else None


def reached(rows: list[Record], preset: Preset) -> str | None:
    """The highest category surely met, or None."""
    best = None
    for category in preset.categories:
        if any(row["met"] is True for row in rows if row["category"] == category.name):
            best = category.name
    return best


@dataclass(frozen=True)
class Awarded(Wrapped):
    """A status with the UHC Awards categories its figures meet."""

    result: Single
    preset: Preset
    judgments: tuple[Record, ...]
    needs_paid_share: bool

    @property
    def notes(self) -> tuple[Note, ...]:
        said = [Note("note.awards_press", {"preset": self.preset.name})]
        if self.needs_paid_share:
            said.append(Note("note.awards_need_paid_share"))
        return (*self.result.notes, *said)

    def record(self) -> Record:
        return {
            **self.result.record(),
            "awards_preset": self.preset.name,
            "award": reached(list(self.judgments), self.preset),
            "awards": list(self.judgments),
        }


def status_awards(
    result: Any,
    preset: Preset,
    *,
    region_paid: tuple[Fraction, Fraction] | None,
    **inputs: Any,
) -> Awarded:
    """``result`` (a status, perhaps with its segments) with the categories of ``preset``
    judged on the same ``inputs`` as :func:`~jkngap.core.status.status` took;
    ``region_paid`` the least and most share paid by the region, in percent."""
    from jkngap.core.status import status

    def judge(criteria: Criteria) -> tuple[bool | None, bool | None]:
        found = status(**inputs, criteria=criteria)
        return found.coverage.met, found.activity.met

    rows = judged(preset, judge, region_paid)
    needs = region_paid is None and any(
        rule.region_paid_pct is not None
        for category in preset.categories
        for rule in category.rules
    )
    return Awarded(result, preset, tuple(rows), needs)
