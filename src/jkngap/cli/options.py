"""Options every command shares, and reading their text into exact values.

Counts, percentages and amounts arrive as the text the user typed, so that ``590.393``,
``92,82%`` and ``Rp310 miliar`` are read by :mod:`jkngap.numbers`, and an unreadable one
is an error naming its option.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any

import typer

from jkngap.cli.app import LANG_KEY
from jkngap.criteria import DEFAULT_PRESET, PRESETS, Criteria, criteria
from jkngap.errors import InputError
from jkngap.gaps import Base
from jkngap.messages import LANGUAGES, language
from jkngap.numbers import Reported, Rounding, read_count, read_percent
from jkngap.output import Format, Result, default_format, emit

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format \\[default: table on a terminal, tsv otherwise].",
        show_default=False,
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help=f"Language of labels and messages: {', '.join(LANGUAGES)} "
        "\\[default: $JKNGAP_LANG, then en].",
        metavar="LANG",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE, in the format its extension names (.csv, .tsv, .json, .ndjson).",
        dir_okay=False,
        show_default=False,
    ),
]
RoundingOption = Annotated[
    Rounding,
    typer.Option(help="How published percentages were brought to their decimals."),
]


def count_option(*names: str, help: str) -> Any:
    """An option read by the count reader: text in, so 590.393 and 5,2 juta work."""
    return typer.Option(*names, help=help, metavar="COUNT", show_default=False)


def percent_option(*names: str, help: str) -> Any:
    """An option read by the percentage reader: 92.82, 92,82 and 92,82% alike."""
    return typer.Option(*names, help=help, metavar="PERCENT", show_default=False)


PopOption = Annotated[
    str | None, count_option("--pop", "-p", help="Population (penduduk): 590393 or 590.393.")
]
RegisteredOption = Annotated[
    str | None, count_option("--registered", "-r", help="Registered JKN participants.")
]
CoverageOption = Annotated[
    str | None, percent_option("--coverage", help="Published coverage in % (97,63 or 97.63).")
]
ActiveOption = Annotated[str | None, count_option("--active", "-a", help="Active participants.")]
ActiveRateOption = Annotated[
    str | None, percent_option("--active-rate", help="Published activity rate in % (79,96).")
]
BaseOption = Annotated[
    Base,
    typer.Option(help="Activity as a share of participants or of the population."),
]


def start_language(ctx: typer.Context, lang: str | None) -> str:
    """Settle the language first, so that even an error in reading options speaks it."""
    if lang is not None and language(lang) != lang.strip().lower():
        ctx.meta[LANG_KEY] = language(None)
        raise InputError("option.choice", subject="--lang", text=lang, choices=", ".join(LANGUAGES))
    chosen = language(lang)
    ctx.meta[LANG_KEY] = chosen
    return chosen


def count_from(text: str | None, option: str) -> int | None:
    return read_count(text, subject=option) if text is not None else None


def percent_from(text: str | None, option: str) -> Reported | None:
    return read_percent(text, subject=option) if text is not None else None


def target_from(text: str | None, option: str, default: Fraction) -> Fraction:
    reported = percent_from(text, option)
    return reported.percent if reported is not None else default


def show(result: Result, fmt: Format | None, lang: str, output: Path | None) -> None:
    emit(result, fmt or default_format(sys.stdout), lang=lang, output=output)


CURRENT = PRESETS[DEFAULT_PRESET]


CoverageTargetOption = Annotated[
    str | None,
    percent_option(
        "--target",
        "-t",
        help=f"Coverage target in % \\[default: {CURRENT.coverage_pct}, criteria {CURRENT.name}].",
    ),
]
ActivityTargetOption = Annotated[
    str | None,
    percent_option(
        "--target",
        "-t",
        help=f"Activity target in % \\[default: {CURRENT.activity_pct}, criteria {CURRENT.name}].",
    ),
]
ActiveTargetOption = Annotated[
    str | None,
    percent_option(
        "--active-target",
        help=f"Activity target in % \\[default: {CURRENT.activity_pct}, criteria {CURRENT.name}].",
    ),
]
CriteriaOption = Annotated[
    str,
    typer.Option(
        "--criteria",
        help=f"Threshold preset: {', '.join(PRESETS)} (2025: 98 % and 80 %; 2023: 95 % and 75 %).",
        metavar="NAME",
    ),
]
CoverageThresholdOption = Annotated[
    str | None,
    percent_option("--coverage-target", help="Override the preset's coverage threshold (%)."),
]
ActivityThresholdOption = Annotated[
    str | None,
    percent_option("--activity-target", help="Override the preset's activity threshold (%)."),
]


def positive_count_from(text: str | None, option: str) -> int | None:
    value = count_from(text, option)
    if value == 0:
        raise InputError("value.must_be_positive", subject=option, text=text)
    return value


def criteria_from(name: str, coverage_text: str | None, activity_text: str | None) -> Criteria:
    """The preset ``--criteria`` names, with ``--coverage-target``/``--activity-target``."""
    preset = criteria(name)
    return preset.overridden(
        coverage_pct=target_from(coverage_text, "--coverage-target", preset.coverage_pct),
        activity_pct=target_from(activity_text, "--activity-target", preset.activity_pct),
    )
