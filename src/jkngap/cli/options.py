"""Options every command shares, declared once, and reading their text into exact values.

The groups every command takes whole (:mod:`jkngap.cli.groups`): ``ViewOptions`` (how to
show the answer: -f, --lang, -o, --title, --source, --excel), ``PlaceOptions`` (--pop and
--region: the population and the region it is of) and ``CriteriaOptions`` (--criteria
and its two thresholds). Counts, percentages and amounts arrive as the text the user
typed, so that ``590.393``, ``92,82%`` and ``Rp310 miliar`` are read by
:mod:`jkngap.core.numbers`, and an unreadable one is an error naming its option.
"""

from __future__ import annotations

import contextlib
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TypedDict

import typer

from jkngap.cli.app import LANG_KEY, Answer
from jkngap.cli.groups import Group
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS, Criteria, criteria
from jkngap.core.errors import Field, InputError
from jkngap.core.model import Base
from jkngap.core.numbers import Reported, Rounding, read_amount, read_count, read_percent
from jkngap.core.results import Single
from jkngap.output.formats import Format, Shown, View
from jkngap.output.words import language, languages, spoken, unknown_environment_language

if TYPE_CHECKING:
    from jkngap.core.coverage import Needed
    from jkngap.core.places import Region
    from jkngap.core.plan import Holidays
    from jkngap.core.routes import Rates


def text_option(*names: str, metavar: str) -> Any:
    """An option taking text, with no default shown (it has none, or its help says it);
    its help is in the catalogues (``help.option.NAME``), as every option's is."""
    return typer.Option(*names, metavar=metavar, show_default=False)


def count_option(*names: str) -> Any:
    """An option read by the count reader: text in, so 590.393 and 5,2 juta work."""
    return typer.Option(*names, metavar="COUNT", show_default=False)


def percent_option(*names: str) -> Any:
    """An option read by the percentage reader: 92.82, 92,82 and 92,82% alike."""
    return typer.Option(*names, metavar="PERCENT", show_default=False)


FormatOption = Annotated[Format | None, typer.Option("--format", "-f", show_default=False)]
LangOption = Annotated[str | None, text_option("--lang", metavar="LANG")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", dir_okay=False, show_default=False)
]
ExcelOption = Annotated[bool, typer.Option("--excel")]
TitleOption = Annotated[str | None, text_option("--title", metavar="TEXT")]
SourceOption = Annotated[str | None, text_option("--source", metavar="TEXT")]
RoundingOption = Annotated[Rounding, typer.Option()]


PopOption = Annotated[str | None, count_option("--pop", "-p")]
RegionOption = Annotated[str | None, text_option("--region", metavar="CODE|NAME")]
RegisteredOption = Annotated[str | None, count_option("--registered", "-r")]
CoverageOption = Annotated[str | None, percent_option("--coverage")]
ActiveOption = Annotated[str | None, count_option("--active", "-a")]
ActiveRateOption = Annotated[str | None, percent_option("--active-rate")]
BaseOption = Annotated[Base, typer.Option()]


def start_language(ctx: typer.Context, lang: str | None) -> str:
    """Settle the language first, so that even an error in reading options speaks it; a
    ``$JKNGAP_LANG`` jkngap does not speak is said once, and English spoken."""
    if lang is not None and spoken(lang) != lang.strip().lower():
        ctx.meta[LANG_KEY] = language(None)
        choices = ", ".join(languages())
        raise InputError("option.choice", field="lang", text=lang, choices=choices)
    chosen = language(lang)
    ctx.meta[LANG_KEY] = chosen
    unknown = unknown_environment_language() if lang is None else None
    if unknown is not None:
        from jkngap.output.cells import visible
        from jkngap.output.words import translate

        said = translate("lang.unknown_environment", chosen, text=unknown)
        typer.echo(f"jkngap: {translate('warning', chosen)}: {visible(said)}", err=True)
    return chosen


def named_pairs(texts: list[str] | None, key: str, field: str) -> list[tuple[str, str]]:
    """``NAME=VALUE`` options (``--column``, ``--hashed``) as (name, value), the name's
    dashes read as underscores; one without a name or a value is the error ``key``."""
    pairs = []
    for text in texts or ():
        name, separator, value = text.partition("=")
        if not separator or not name.strip() or not value.strip():
            raise InputError(key, field=field, text=text)
        pairs.append((name.strip().replace("-", "_"), value.strip()))
    return pairs


def count_from(text: str | None, field: str) -> int | None:
    """A count option's text read as a count; ``field`` is its name in the library."""
    return read_count(text, field=field) if text is not None else None


class Located(NamedTuple):
    """The population a command works with, and the region of the register it is of."""

    population: int | None
    region: Region | None = None
    source: str | None = None  # the register's population source, or "given"


def located(pop: str | None, region: str | None) -> Located:
    """``--pop``, or the population of the ``--region`` the register finds (one region, or
    an error listing those a name matches)."""
    population = count_from(pop, "population")
    if region is None:
        return Located(population)
    from jkngap.data.register import open_register

    found = open_register().one(region)
    if population is not None:
        return Located(population, found, "given")
    if found.population is None:
        raise InputError(
            "region.no_population",
            field="region",
            name=found.name,
            code=found.code,
            population=Field("population"),
        )
    return Located(found.population, found, found.population_source)


def placed(result: Single, place: Located) -> Single:
    """The result, told which region and population it is about when ``--region`` was
    given."""
    if place.region is None or place.source is None:
        return result
    from jkngap.core.places import Placed

    return Placed(result, place.region, place.source, place.population)


def percent_from(text: str | None, field: str) -> Reported | None:
    return read_percent(text, field=field) if text is not None else None


def target_from(text: str | None, field: str, default: Fraction) -> Fraction:
    reported = percent_from(text, field)
    return reported.percent if reported is not None else default


def answer(
    result: Shown,
    view: View,
    *,
    strict: bool = False,
    resources: contextlib.ExitStack | None = None,
) -> Answer:
    """What a command returns: the result, and how the user asked to see it."""
    return Answer(result, view, strict=strict, resources=resources)


def _view(
    ctx: typer.Context,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    title: TitleOption = None,
    source: SourceOption = None,
    excel: ExcelOption = False,
) -> View:
    chosen = start_language(ctx, lang)
    return View(format=fmt, lang=chosen, output=output, title=title, source=source, excel=excel)


# How to show the answer; read first, so that the language is settled before any option.
ViewOptions = Annotated[View, Group(_view, first=True)]


def _place(pop: PopOption = None, region: RegionOption = None) -> Located:
    return located(pop, region)


# The population, from --pop or the register's --region.
PlaceOptions = Annotated[Located, Group(_place)]


CURRENT = PRESETS[DEFAULT_PRESET]


# A command's one target, coverage's or activity's by the command.
TargetOption = Annotated[str | None, percent_option("--target", "-t")]
ActiveTargetOption = Annotated[str | None, percent_option("--active-target")]
CriteriaOption = Annotated[str, typer.Option("--criteria", metavar="NAME")]
CoverageThresholdOption = Annotated[str | None, percent_option("--coverage-target")]
ActivityThresholdOption = Annotated[str | None, percent_option("--activity-target")]


def positive_count_from(text: str | None, field: str) -> int | None:
    value = count_from(text, field)
    if value == 0:
        raise InputError("value.must_be_positive", field=field, text=text)
    return value


def criteria_from(name: str, coverage_text: str | None, activity_text: str | None) -> Criteria:
    """The preset ``--criteria`` names, with ``--coverage-target``/``--activity-target``."""
    preset = criteria(name)
    return preset.overridden(
        coverage_pct=target_from(coverage_text, "coverage_target", preset.coverage_pct),
        activity_pct=target_from(activity_text, "activity_target", preset.activity_pct),
    )


def _criteria(
    criteria_name: CriteriaOption = DEFAULT_PRESET,
    coverage_target: CoverageThresholdOption = None,
    activity_target: ActivityThresholdOption = None,
) -> Criteria:
    return criteria_from(criteria_name, coverage_target, activity_target)


# The thresholds a verdict is judged by: a preset, each threshold overridable.
CriteriaOptions = Annotated[Criteria, Group(_criteria)]


SegmentOption = Annotated[list[str] | None, text_option("--segment", metavar="NAME=COUNT[/COUNT]")]


def segments_from(texts: list[str] | None) -> list[tuple[str, int, int | None]]:
    """``--segment pbpu=244.757/98.000`` as (name, registered, active); the counts are read
    like every other count, and the name by the core (which knows the segments)."""
    from jkngap.core.segments import segment_name

    read = []
    for text in texts or ():
        name, equals, counts = text.partition("=")
        registered, slash, active = counts.partition("/")
        if not equals or not name.strip() or not registered.strip() or (slash and not active):
            raise InputError("segment.syntax", field="segment", text=text)
        segment_name(name)  # an unknown name is said before its counts are read
        read.append(
            (
                name.strip(),
                read_count(registered, field="segment"),
                read_count(active, field="segment") if slash else None,
            )
        )
    return read


class Counted(NamedTuple):
    """``--registered`` and ``--active``, read once, or made by ``--segment`` options
    (``parts``: the segments' totals, None when no segment was given)."""

    registered: int | None
    active: int | None
    parts: Any = None


def counted(segments: list[str] | None, registered: str | None, active: str | None) -> Counted:
    """The registered and active counts a command works with: as given, or the totals the
    ``--segment`` options make with them."""
    given = count_from(registered, "registered"), count_from(active, "active")
    if not segments:
        return Counted(*given)
    from jkngap.core.segments import gathered, totals

    parts = totals(gathered(segments_from(segments)), registered=given[0], active=given[1])
    return Counted(parts.registered, parts.active, parts)


class Figures(NamedTuple):
    """The published figures of a region a command works from, read: the counts as
    given, or as its ``--segment`` options make them."""

    registered: int | None = None
    coverage: Reported | None = None
    active: int | None = None
    active_rate: Reported | None = None
    parts: Any = None  # the segments' totals, when --segment made them


def _figures(
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    segment: SegmentOption = None,
) -> Figures:
    counts = counted(segment, registered, active)
    return Figures(
        registered=counts.registered,
        coverage=percent_from(coverage, "coverage"),
        active=counts.active,
        active_rate=percent_from(active_rate, "active_rate"),
        parts=counts.parts,
    )


# The figures of a region; a command takes those it uses: FIGURES.only("registered", ...).
FIGURES = Group(_figures)


def _coverage_target(target: TargetOption = None) -> Fraction:
    return target_from(target, "target", CURRENT.coverage_pct)


def _activity_target(target: TargetOption = None) -> Fraction:
    return target_from(target, "target", CURRENT.activity_pct)


def _active_target(active_target: ActiveTargetOption = None) -> Fraction:
    return target_from(active_target, "active_target", CURRENT.activity_pct)


# A command's targets, read (the criteria's when not given).
CoverageTarget = Annotated[Fraction, Group(_coverage_target)]
ActivityTarget = Annotated[Fraction, Group(_activity_target)]
ActiveTarget = Annotated[Fraction, Group(_active_target)]


class Covered(TypedDict):
    """A region's population and published coverage, by the names the core's
    calculations take them."""

    population: int | None
    registered: int | None
    coverage: Reported | None


class Published(Covered):
    """A region's population and published figures, by the names the core's calculations
    take them (``status``, ``active_needed``, ``plan_for``)."""

    active: int | None
    active_rate: Reported | None


def covered(place: Located, figures: Figures) -> Covered:
    """The population and coverage figures a command read, as the core takes them."""
    return Covered(
        population=place.population, registered=figures.registered, coverage=figures.coverage
    )


def published(place: Located, figures: Figures) -> Published:
    """The population and every figure a command read, as the core takes them."""
    return Published(
        **covered(place, figures), active=figures.active, active_rate=figures.active_rate
    )


def coverage_gap(place: Located, figures: Figures, target: Fraction, rounding: Rounding) -> Needed:
    """The registrants a region needs, from the population and figures a command read."""
    from jkngap.core.coverage import registrants_needed

    return registrants_needed(**covered(place, figures), target=target, rounding=rounding)


def award_rules_from(texts: list[str] | None) -> list[tuple[str, Any]]:
    """``--award madya=98/80/25`` as (category, rule), the percentages read as every other."""
    from jkngap.core.awards import Rule

    rules = []
    for text in texts or ():
        category, equals, body = text.partition("=")
        parts = body.split("/")
        if not equals or not category.strip() or len(parts) not in (2, 3):
            raise InputError("awards.syntax", field="award", text=text)
        read = [read_percent(part, field="award").percent for part in parts]
        rules.append((category.strip().lower(), Rule(read[0], read[1], (*read, None)[2])))
    return rules


def amount_option(name: str) -> Any:
    """An option read by the amount reader: Rp310 miliar, 5,2 juta, 310000000000."""
    return typer.Option(name, metavar="AMOUNT", show_default=False)


PremiumOption = Annotated[str, amount_option("--premium")]
MonthsOption = Annotated[str, typer.Option("--months", metavar="N")]
BudgetOption = Annotated[str | None, amount_option("--budget")]
# An award preset by its year (allocate budget, trend).
AwardsOption = Annotated[str | None, text_option("--awards", metavar="PRESET")]


def rates_from(premium: str, months: str) -> Rates:
    """The premium rates of --premium and --months (allocate budget, match)."""
    from jkngap.core.routes import Rates

    return Rates(
        premium=read_amount(premium, field="premium"),
        months=positive_count_from(months, "months") or 0,
    )


# The calendar of a pace to a deadline (plan, allocate agents), and the agents it is
# shared by (plan and trend too).
AgentsOption = Annotated[str | None, count_option("--agents")]
ByOption = Annotated[str, text_option("--by", metavar="DATE")]
StartOption = Annotated[str | None, text_option("--from", metavar="DATE")]
HolidayOption = Annotated[list[str] | None, text_option("--holiday", metavar="DATE")]
NationalHolidaysOption = Annotated[bool, typer.Option("--national-holidays/--no-national-holidays")]


class Calendar(TypedDict):
    """The period a pace runs over, read: its first day, its deadline, the days off, by
    the names the core's paces (``plan_for``, ``share_agents``) take them."""

    start: date
    deadline: date
    days_off: list[date]
    national: Holidays | None


def calendar_from(
    by: str, start: str | None, holiday: list[str] | None, national_holidays: bool
) -> Calendar:
    """``--by``, ``--from`` (today), ``--holiday`` and the national holidays, read."""
    from jkngap.core.plan import parse_date
    from jkngap.data.daysoff import national_calendar

    return Calendar(
        start=parse_date(start, field="start", end_of_month=False) if start else date.today(),
        deadline=parse_date(by, field="deadline"),
        days_off=[parse_date(day, field="days_off") for day in holiday or ()],
        national=national_calendar(national_holidays),
    )


# The lists of people a command writes (match's categories, allocate agents' visits).
ListFormatOption = Annotated[str, text_option("--list-format", metavar="FORMAT")]
RevealOption = Annotated[bool, typer.Option("--reveal-nik")]


def list_format_from(fmt: str) -> str:
    """``--list-format``, one of the formats a list of people is written in."""
    from jkngap.output.people_lists import FORMATS

    if fmt not in FORMATS:
        raise InputError(
            "match.list_format_unknown", field="list_format", text=fmt, known=", ".join(FORMATS)
        )
    return fmt
