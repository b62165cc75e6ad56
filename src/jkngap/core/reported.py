"""What real reports get wrong, beyond rounding (:mod:`jkngap.core.check` uses these).

- Segments that do not add up to the registered (or active) total they break down.
- Active plus inactive members that do not make the registered.
- A registered count exactly equal to a coverage target of the population, rounded up:
  the target reported as if it were the count (Banyumas, October 2023: 1,750,453 is
  ceil(95 % of 1,842,582)).
- A published percentage that the counts beside it contradict, but would give with two
  neighbouring digits swapped: a likely typo (92.28 % for 92.82 %).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from jkngap.core.joint import A, Constraint, R
from jkngap.core.model import Base, Note
from jkngap.core.numbers import Reported, Rounding, decimals_needed
from jkngap.core.pairs import Finding
from jkngap.core.segments import SEGMENTS, Given, SegmentCount, fits, gathered
from jkngap.core.spans import Bounds, decimal_text, required

__all__ = [
    "QUOTED_COVERAGE_PCT",
    "part_constraints",
    "reached_as_target",
    "reported_parts",
    "swapped_digits",
]

# Coverage targets reports are written against: the UHC thresholds of 2023 and 2025, the
# 94 % some officials still quote, the 99 % of the 2025-2029 plan, and 100 %.
QUOTED_COVERAGE_PCT: tuple[Fraction, ...] = tuple(Fraction(n) for n in (94, 95, 98, 99, 100))

# Below this population, a count exactly at a target is common: not worth a doubt.
SMALLEST_POPULATION = 1000

_NONE = (None, None)


def _finding(figures: tuple[str, ...], agree: bool | None, quantity: str, message: Note) -> Finding:
    return Finding(figures, agree, quantity, _NONE, message)


def part_constraints(segments: Given | None, inactive: int | None) -> list[Constraint]:
    """What the segments and the inactive count say of the counts, for the joint search:
    segments are a part of the registered (all of it when all five are given), their
    active members a part of the active, their inactive members a part of the inactive;
    a published inactive count is the registered less the active."""
    made = []
    found = gathered(segments) if segments is not None else ()
    if found:
        complete = {segment.segment for segment in found} == set(SEGMENTS)
        summed = sum(segment.registered for segment in found)
        known = sum(segment.active for segment in found if segment.active is not None)
        unknown = sum(segment.registered for segment in found if segment.active is None)
        idle = sum(
            segment.registered - segment.active for segment in found if segment.active is not None
        )
        made += [
            Constraint("within", R, value=summed, most=summed if complete else None),
            Constraint("within", A, value=known, most=known + unknown if complete else None),
            Constraint("inactive", R, value=idle),
        ]
    if inactive is not None:
        made.append(Constraint("inactive", R, value=inactive, most=inactive))
    return made


def reported_parts(
    given: dict[str, Any], segments: Given | None, inactive: int | None
) -> tuple[list[Finding], list[Note], dict[str, Note]]:
    """Findings on the parts of the totals (segments, inactive members). Where a total was
    not published, it is taken from its parts, said in a note, for the other checks; the
    figures so worked out come back with how (``derived``), for the messages that use them
    to say so."""
    findings: list[Finding] = []
    notes: list[Note] = []
    derived: dict[str, Note] = {}
    if segments is not None:
        found = gathered(segments)
        if found:
            findings += _segments(found, given, notes, derived)
    if inactive is not None:
        findings += _inactive(inactive, given, notes, derived)
    return findings, notes, derived


def _segments(
    found: tuple[SegmentCount, ...],
    given: dict[str, Any],
    notes: list[Note],
    derived: dict[str, Note],
) -> list[Finding]:
    findings = [
        _finding(
            ("segments", "active"),
            False,
            "active",
            Note(
                "check.segment_active_above",
                {"segment": segment.segment, "active": segment.active, "registered": r},
            ),
        )
        for segment in found
        if segment.active is not None and segment.active > (r := segment.registered)
    ]
    complete = {segment.segment for segment in found} == set(SEGMENTS)
    summed = sum(segment.registered for segment in found)
    actives = [segment.active for segment in found]
    for total, figure in (
        (summed, "registered"),
        (None if None in actives else sum(a for a in actives if a is not None), "active"),
    ):
        if total is None:
            continue
        if figure not in given:
            if complete:
                given[figure] = total
                derived[figure] = Note("derived.from_segments")
                said = {"figure": Note(f"figure_name.{figure}"), "total": total}
                notes.append(Note("note.total_from_segments", said))
            continue
        findings.append(_segments_sum(total, given, figure, complete))
    return findings


def _segments_sum(total: int, given: dict[str, Any], figure: str, complete: bool) -> Finding:
    """Five segments make the total exactly; fewer are a part of it."""
    published = given[figure]
    agree = fits(total, published, complete)
    params: dict[str, Any] = {
        "total": total,
        "published": published,
        "figure": Note(f"figure_name.{figure}"),
    }
    population = given.get("population")
    key = "check.segments_make" if agree else "check.segments_differ"
    if not complete:
        key = "check.segments_within" if agree else "check.segments_above"
    elif not agree and figure == "registered" and population:
        key = "check.segments_differ_coverage"
        params["total_pct"] = Fraction(total * 100, population)
        params["published_pct"] = Fraction(published * 100, population)
    return Finding(
        ("segments", figure),
        agree,
        figure,
        (Bounds(total, total if complete else None), Bounds(published, published)),
        Note(key, params),
    )


def _inactive(
    inactive: int, given: dict[str, Any], notes: list[Note], derived: dict[str, Note]
) -> list[Finding]:
    """Active and inactive members make the registered."""
    registered, active = given.get("registered"), given.get("active")
    if registered is not None and active is not None:
        total = active + inactive
        agree = total == registered
        params = {"active": active, "inactive": inactive, "registered": registered}
        params |= {"total": total, "off": abs(total - registered)}
        key = (
            "check.inactive_make"
            if agree
            else "check.inactive_short"
            if total < registered
            else "check.inactive_over"
        )
        figures = ("active", "inactive", "registered")
        return [_finding(figures, agree, "registered", Note(key, params))]
    if active is not None:
        given["registered"] = active + inactive
        derived["registered"] = Note(
            "derived.active_plus_inactive", {"active": active, "inactive": inactive}
        )
        notes.append(Note("note.registered_from_inactive", {"registered": active + inactive}))
    elif registered is not None:
        if inactive > registered:
            key = "check.inactive_above"
            params = {"inactive": inactive, "registered": registered}
            return [_finding(("inactive", "registered"), False, "active", Note(key, params))]
        given["active"] = registered - inactive
        derived["active"] = Note(
            "derived.registered_less_inactive", {"registered": registered, "inactive": inactive}
        )
        notes.append(Note("note.active_from_inactive", {"active": registered - inactive}))
    return []


def reached_as_target(given: dict[str, Any], share: Fraction) -> list[Finding]:
    """A registered count exactly equal to ceil(target x population), for the target asked
    for or any one reports are written against: doubtful (``agree`` None), since true
    counts can fall on it, but rarely in a large population."""
    population, registered = given.get("population"), given.get("registered")
    if not population or population < SMALLEST_POPULATION or registered is None:
        return []
    targets = sorted({share * 100, *QUOTED_COVERAGE_PCT})
    return [
        _finding(
            ("registered", "population"),
            None,
            "registered",
            Note(
                "check.target_as_count",
                {
                    "registered": registered,
                    "target": Reported(target, decimals_needed(target)),
                    "population": population,
                },
            ),
        )
        for target in targets
        if required(target.numerator, target.denominator * 100, population) == registered
    ][:1]


def swapped_digits(given: dict[str, Any], base: Base, rounding: Rounding) -> list[Finding]:
    """A published percentage the counts contradict, which two swapped neighbouring digits
    would make agree: named as a likely typo."""
    whole = "registered" if base is Base.PARTICIPANTS else "population"
    findings = []
    for figure, part, of in (
        ("coverage", "registered", "population"),
        ("active_rate", "active", whole),
    ):
        published, count, base_count = given.get(figure), given.get(part), given.get(of)
        if published is None or count is None or not base_count:
            continue
        share = Fraction(count, base_count)
        low, high = published.share_interval(rounding)
        if low <= share < high:
            continue
        for likely in _swaps(published):
            low, high = likely.share_interval(rounding)
            if low <= share < high:
                params = {
                    "figure": Note(f"figure_name.{figure}"),
                    "published": published,
                    "likely": likely,
                }
                message = Note("check.swapped_digits", {**params, "computed": share * 100})
                findings.append(_finding((figure, part, of), False, "typo", message))
                break
    return findings


def _swaps(published: Reported) -> list[Reported]:
    """The percentages two neighbouring digits swapped make of ``published``."""
    text = decimal_text(published.percent, published.decimals).replace(".", "")
    made = []
    for at in range(len(text) - 1):
        if text[at] == text[at + 1]:
            continue
        digits = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
        made.append(Reported(Fraction(int(digits), 10**published.decimals), published.decimals))
    return made
