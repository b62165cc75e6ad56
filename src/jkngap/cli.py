"""The ``jkngap`` command line: read options, call one core function, hand the result on.

No arithmetic happens here. Errors are mapped to exit codes in one place,
:class:`JkngapGroup`: 2 for bad input, 70 for a bug; verdicts exit 1 where asked.
"""

from __future__ import annotations

import contextlib
import os
import sys
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from jkngap import __version__
from jkngap.cost import DEFAULT_CLASS, DEFAULT_MONTHS, PREMIUMS, cost, premium_for
from jkngap.criteria import DEFAULT_PRESET, PRESETS, criteria
from jkngap.errors import InputError, JkngapError
from jkngap.gaps import Base, active_needed, registrants_needed, status
from jkngap.messages import LANGUAGES, language, translate, usage_message
from jkngap.numbers import Reported, Rounding, read_amount, read_count, read_percent
from jkngap.output import Format, Result, default_format, emit

EXIT_VERDICT_NO = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
_LANG_KEY = "jkngap.lang"


class JkngapGroup(TyperGroup):
    """Maps jkngap's own errors to messages and exit codes, for every command at once."""

    # Typer types ``ctx`` as its vendored click Context, which it does not export: Any it is.
    def invoke(self, ctx: Any) -> Any:
        words = [*getattr(ctx, "_protected_args", []), *ctx.args]
        try:
            return super().invoke(ctx)
        except JkngapError as error:
            self._fail(ctx, error.message(self._lang(ctx)), error.exit_code)
        except BrokenPipeError:
            # `jkngap ... | head`: the reader has gone; end quietly, without a traceback.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except typer.TyperException as error:
            # The option parser's own usage errors (a missing or unknown option): said in the
            # user's language, in the same one-line form as jkngap's, exit 2.
            if getattr(error, "exit_code", None) != EXIT_USAGE:
                raise
            ctx.meta.setdefault(_LANG_KEY, _lang_in(words))
            lang = self._lang(ctx)
            failed = getattr(getattr(error, "ctx", None), "command_path", None) or "jkngap"
            text = usage_message(error.format_message(), lang)
            hint = translate("usage.help_hint", lang, command=failed)
            self._fail(ctx, f"{text} {hint}", EXIT_USAGE)
        except Exception as error:  # noqa: BLE001 - the one place a bug becomes exit 70
            text = translate("error.internal", self._lang(ctx), error=repr(error))
            self._fail(ctx, text, EXIT_INTERNAL)

    @staticmethod
    def _lang(ctx: typer.Context) -> str:
        return str(ctx.meta.get(_LANG_KEY) or language(None))

    @staticmethod
    def _fail(ctx: typer.Context, text: str, code: int) -> NoReturn:
        label = translate("error", JkngapGroup._lang(ctx))
        typer.echo(f"jkngap: {label}: {text}", err=True)
        raise typer.Exit(code)


app = typer.Typer(
    cls=JkngapGroup,
    name="jkngap",
    help=(
        "How far is a region from the JKN targets? Exact gaps to UHC (98 % coverage) and "
        "UHC Prioritas (80 % active), from counts or published percentages."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _lang_in(words: list[str]) -> str:
    """The language a command line asks for, read before its options could be parsed."""
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return language(words[index + 1])
        if word.startswith("--lang="):
            return language(word.split("=", 1)[1])
    return language(None)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jkngap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """How far is a region from the JKN targets?"""


# Options shared by every command.
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


def _count_option(*names: str, help: str) -> Any:
    """An option read by the count reader: text in, so 590.393 and 5,2 juta work."""
    return typer.Option(*names, help=help, metavar="COUNT", show_default=False)


def _percent_option(*names: str, help: str) -> Any:
    """An option read by the percentage reader: 92.82, 92,82 and 92,82% alike."""
    return typer.Option(*names, help=help, metavar="PERCENT", show_default=False)


PopOption = Annotated[
    str | None, _count_option("--pop", "-p", help="Population (penduduk): 590393 or 590.393.")
]
RegisteredOption = Annotated[
    str | None, _count_option("--registered", "-r", help="Registered JKN participants.")
]
CoverageOption = Annotated[
    str | None, _percent_option("--coverage", help="Published coverage in % (97,63 or 97.63).")
]
ActiveOption = Annotated[str | None, _count_option("--active", "-a", help="Active participants.")]
ActiveRateOption = Annotated[
    str | None, _percent_option("--active-rate", help="Published activity rate in % (79,96).")
]
BaseOption = Annotated[
    Base,
    typer.Option(help="Activity as a share of participants or of the population."),
]


def _start(ctx: typer.Context, lang: str | None) -> str:
    """Settle the language first, so that even an error in reading options speaks it."""
    if lang is not None and language(lang) != lang.strip().lower():
        ctx.meta[_LANG_KEY] = language(None)
        raise InputError("option.choice", subject="--lang", text=lang, choices=", ".join(LANGUAGES))
    chosen = language(lang)
    ctx.meta[_LANG_KEY] = chosen
    return chosen


def _count(text: str | None, option: str) -> int | None:
    return read_count(text, subject=option) if text is not None else None


def _percent(text: str | None, option: str) -> Reported | None:
    return read_percent(text, subject=option) if text is not None else None


def _target(text: str | None, option: str, default: Fraction) -> Fraction:
    reported = _percent(text, option)
    return reported.percent if reported is not None else default


def _show(result: Result, fmt: Format | None, lang: str, output: Path | None) -> None:
    emit(result, fmt or default_format(sys.stdout), lang=lang, output=output)


_CURRENT = PRESETS[DEFAULT_PRESET]


CoverageTargetOption = Annotated[
    str | None,
    _percent_option(
        "--target",
        "-t",
        help=f"Coverage target in % \\[default: {_CURRENT.coverage_pct}, criteria "
        f"{_CURRENT.name}].",
    ),
]
ActivityTargetOption = Annotated[
    str | None,
    _percent_option(
        "--target",
        "-t",
        help=f"Activity target in % \\[default: {_CURRENT.activity_pct}, criteria "
        f"{_CURRENT.name}].",
    ),
]
ActiveTargetOption = Annotated[
    str | None,
    _percent_option(
        "--active-target",
        help=f"Activity target in % \\[default: {_CURRENT.activity_pct}, criteria "
        f"{_CURRENT.name}].",
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
    _percent_option("--coverage-target", help="Override the preset's coverage threshold (%)."),
]
ActivityThresholdOption = Annotated[
    str | None,
    _percent_option("--activity-target", help="Override the preset's activity threshold (%)."),
]


@app.command(
    epilog=(
        "Examples: jkngap needed --pop 590393 --target 98  |  "
        "jkngap needed -p 590.393 -r 581.578  |  "
        "jkngap needed --registered 817221 --coverage 97,63 --target 100"
    ),
)
def needed(
    ctx: typer.Context,
    pop: PopOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    target: CoverageTargetOption = None,
    rounding: RoundingOption = Rounding.ROUNDED,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
) -> None:
    """Registrants needed to reach a coverage target (registered / population).

    With --pop alone: how many registrants the target is. With two of --pop, --registered
    and a published --coverage: how many more must register (a range when a published,
    rounded percentage is involved; the high end is the number that surely reaches it).
    """
    chosen = _start(ctx, lang)
    result = registrants_needed(
        population=_count(pop, "--pop"),
        registered=_count(registered, "--registered"),
        coverage=_percent(coverage, "--coverage"),
        target=_target(target, "--target", _CURRENT.coverage_pct),
        rounding=rounding,
    )
    _show(result, fmt, chosen, output)


@app.command(
    epilog=(
        "Examples: jkngap active --registered 5241084 --active-rate 67,90  |  "
        "jkngap active --pop 590393 --active 472638 --base population"
    ),
)
def active(
    ctx: typer.Context,
    pop: PopOption = None,
    registered: RegisteredOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    target: ActivityTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.ROUNDED,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
) -> None:
    """Active members needed to reach an activity target, by both routes.

    Reactivating inactive members, or enrolling new members who are active at once: on
    the participant base each new member also raises the number registered, so that route
    takes several times as many people.
    """
    chosen = _start(ctx, lang)
    result = active_needed(
        population=_count(pop, "--pop"),
        registered=_count(registered, "--registered"),
        active=_count(active, "--active"),
        active_rate=_percent(active_rate, "--active-rate"),
        target=_target(target, "--target", _CURRENT.activity_pct),
        base=base,
        rounding=rounding,
    )
    _show(result, fmt, chosen, output)


@app.command(
    name="status",
    epilog=(
        "Examples: jkngap status -p 590393 -r 581578 -a 472638  |  "
        "jkngap status --coverage 99,2 --active-rate 79,96 --exit-code"
    ),
)
def status_command(
    ctx: typer.Context,
    pop: PopOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    criteria_name: CriteriaOption = DEFAULT_PRESET,
    coverage_target: CoverageThresholdOption = None,
    activity_target: ActivityThresholdOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: RoundingOption = Rounding.ROUNDED,
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="Exit 1 unless UHC Prioritas is surely met."),
    ] = False,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
) -> None:
    """UHC and UHC Prioritas verdicts for a region, with every gap behind them.

    Counts give the gaps; published percentages alone are enough for the verdicts.
    """
    chosen = _start(ctx, lang)
    preset = criteria(criteria_name)
    result = status(
        population=_count(pop, "--pop"),
        registered=_count(registered, "--registered"),
        coverage=_percent(coverage, "--coverage"),
        active=_count(active, "--active"),
        active_rate=_percent(active_rate, "--active-rate"),
        criteria=preset,
        coverage_target=_target(coverage_target, "--coverage-target", preset.coverage_pct),
        activity_target=_target(activity_target, "--activity-target", preset.activity_pct),
        base=base,
        rounding=rounding,
    )
    _show(result, fmt, chosen, output)
    if exit_code and result.uhc_prioritas is not True:
        raise typer.Exit(EXIT_VERDICT_NO)


def _positive_count(text: str | None, option: str) -> int | None:
    value = _count(text, option)
    if value == 0:
        raise InputError("value.must_be_positive", subject=option, text=text)
    return value


@app.command(
    epilog=(
        "Examples: jkngap plan -p 590393 -r 560000 --by 2025-12-31 --from 2025-06-01 "
        "--agents 20  |  jkngap plan -r 1900000 --active-rate 79,96 --by 2025-07 --agents 103"
    ),
)
def plan(
    ctx: typer.Context,
    by: Annotated[
        str,
        typer.Option(
            "--by",
            help="Deadline: 2025-12-31, or 2025-07 for the end of July.",
            metavar="DATE",
            show_default=False,
        ),
    ],
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="First day of the effort \\[default: today].",
            metavar="DATE",
            show_default=False,
        ),
    ] = None,
    pop: PopOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    active: ActiveOption = None,
    active_rate: ActiveRateOption = None,
    target: CoverageTargetOption = None,
    active_target: ActiveTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    agents: Annotated[
        str | None,
        _count_option("--agents", help="Agents (agen pesiar, kader) sharing the work."),
    ] = None,
    growth: Annotated[
        str | None,
        _percent_option("--growth", help="Population growth a year in %, spread evenly."),
    ] = None,
    holiday: Annotated[
        list[str] | None,
        typer.Option(
            "--holiday",
            help="An extra day off (cuti bersama, a regional holiday); repeat for more.",
            metavar="DATE",
            show_default=False,
        ),
    ] = None,
    national_holidays: Annotated[
        bool,
        typer.Option(
            "--national-holidays/--no-national-holidays",
            help="Leave Indonesia's national public holidays out of working days.",
        ),
    ] = True,
    rounding: RoundingOption = Rounding.ROUNDED,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
) -> None:
    """The pace to a deadline: registrations and activations per month, week, working day
    and agent, with monthly milestones.

    Working days are Monday to Friday less Indonesia's national public holidays.
    """
    from jkngap.plan import parse_date, plan_for

    chosen = _start(ctx, lang)
    growth_reading = _percent(growth, "--growth") if growth is not None else None
    result = plan_for(
        start=parse_date(start, subject="--from", end_of_month=False) if start else date.today(),
        deadline=parse_date(by, subject="--by"),
        population=_count(pop, "--pop"),
        registered=_count(registered, "--registered"),
        coverage=_percent(coverage, "--coverage"),
        active=_count(active, "--active"),
        active_rate=_percent(active_rate, "--active-rate"),
        target=_target(target, "--target", _CURRENT.coverage_pct),
        active_target=_target(active_target, "--active-target", _CURRENT.activity_pct),
        base=base,
        rounding=rounding,
        agents=_positive_count(agents, "--agents"),
        growth_pct=growth_reading.percent if growth_reading else None,
        days_off=[parse_date(day, subject="--holiday") for day in holiday or ()],
        national=national_holidays,
    )
    _show(result, fmt, chosen, output)


@app.command(
    name="cost",
    epilog=(
        'Examples: jkngap cost --people 615079  |  jkngap cost --budget "Rp310 miliar"  |  '
        "jkngap cost --pop 590393 --registered 560000 --target 98"
    ),
)
def cost_command(
    ctx: typer.Context,
    people: Annotated[
        str | None, _count_option("--people", help="People whose premiums are paid.")
    ] = None,
    budget: Annotated[
        str | None,
        typer.Option(
            "--budget",
            help="A yearly budget: Rp310 miliar, 310000000000.",
            metavar="AMOUNT",
            show_default=False,
        ),
    ] = None,
    pop: PopOption = None,
    registered: RegisteredOption = None,
    coverage: CoverageOption = None,
    target: CoverageTargetOption = None,
    premium: Annotated[
        str | None,
        typer.Option(
            "--premium",
            help=f"Monthly premium per person \\[default: "
            f"{PREMIUMS[DEFAULT_CLASS]}, PBI, Perpres 64/2020].",
            metavar="AMOUNT",
            show_default=False,
        ),
    ] = None,
    member_class: Annotated[
        str | None,
        typer.Option(
            "--class",
            help=f"Premium by class: {', '.join(PREMIUMS)}.",
            metavar="CLASS",
            show_default=False,
        ),
    ] = None,
    months: Annotated[str, typer.Option("--months", help="Months paid for.", metavar="N")] = str(
        DEFAULT_MONTHS
    ),
    rounding: RoundingOption = Rounding.ROUNDED,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
) -> None:
    """The premium budget for N people, or the people a budget covers.

    With --pop and --registered (or --coverage) it prices the coverage gap: enrolling the
    missing people as PBI-APBD, paid from the regional budget.
    """
    chosen = _start(ctx, lang)
    if premium is not None and member_class is not None:
        raise InputError("option.conflict", first="--premium", second="--class")
    monthly = (
        read_amount(premium, subject="--premium")
        if premium is not None
        else premium_for(member_class or DEFAULT_CLASS)
    )
    gap = None
    if pop is not None or registered is not None or coverage is not None:
        gap = registrants_needed(
            population=_count(pop, "--pop"),
            registered=_count(registered, "--registered"),
            coverage=_percent(coverage, "--coverage"),
            target=_target(target, "--target", _CURRENT.coverage_pct),
            rounding=rounding,
        )
    result = cost(
        people=_count(people, "--people"),
        budget=read_amount(budget, subject="--budget") if budget is not None else None,
        gap=gap,
        premium=monthly,
        months=_positive_count(months, "--months") or 0,
    )
    _show(result, fmt, chosen, output)


@app.command(
    name="check",
    epilog=(
        "Examples: jkngap check --registered 5241084 --coverage 92,82 --registrants-needed "
        "280386  |  jkngap check --pop 590393 --registered 581578 --coverage 99,47"
    ),
)
def check_command(
    ctx: typer.Context,
    pop: PopOption = None,
    registered: RegisteredOption = None,
    active: ActiveOption = None,
    coverage: CoverageOption = None,
    active_rate: ActiveRateOption = None,
    registrants_needed_text: Annotated[
        str | None,
        _count_option("--registrants-needed", help="Published: more registrants needed."),
    ] = None,
    active_needed_text: Annotated[
        str | None,
        _count_option("--active-needed", help="Published: more active members needed."),
    ] = None,
    target: CoverageTargetOption = None,
    active_target: ActiveTargetOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    rounding: Annotated[
        Rounding,
        typer.Option(help="How the report's percentages were brought to their decimals."),
    ] = Rounding.EITHER,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
) -> None:
    """Whether published figures agree with each other, allowing for rounded percentages.

    Exit 0 when all agree, 1 when any disagree, 2 when there is nothing to compare.
    """
    from jkngap.agreement import check

    chosen = _start(ctx, lang)
    result = check(
        population=_count(pop, "--pop"),
        registered=_count(registered, "--registered"),
        active=_count(active, "--active"),
        coverage=_percent(coverage, "--coverage"),
        active_rate=_percent(active_rate, "--active-rate"),
        registrants_needed=_count(registrants_needed_text, "--registrants-needed"),
        active_needed=_count(active_needed_text, "--active-needed"),
        target=_target(target, "--target", _CURRENT.coverage_pct),
        active_target=_target(active_target, "--active-target", _CURRENT.activity_pct),
        base=base,
        rounding=rounding,
    )
    _show(result, fmt, chosen, output)
    if not result.consistent:
        raise typer.Exit(EXIT_VERDICT_NO)


EXIT_SOME_ROWS_UNREADABLE = 3


def _column_mapping(pairs: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs or ():
        role, separator, header = pair.partition("=")
        if not separator or not role.strip() or not header.strip():
            raise InputError("batch.column_syntax", subject="--column")
        mapping[role.strip().replace("-", "_")] = header.strip()
    return mapping


@app.command(
    epilog=(
        "Examples: jkngap batch kalbar.csv  |  jkngap batch data.xlsx --sheet Kalbar "
        "--only-unmet  |  cat desa.tsv | jkngap batch - -f csv > gaps.csv"
    ),
)
def batch(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            help="CSV, TSV, semicolon CSV, JSON, JSON lines or XLSX files; - for standard input.",
            metavar="FILE...",
            show_default=False,
        ),
    ],
    sheet: Annotated[
        str | None,
        typer.Option(
            "--sheet", help="The Excel sheet to read \\[default: the first].", show_default=False
        ),
    ] = None,
    delimiter: Annotated[
        str | None,
        typer.Option(
            "--delimiter",
            help="Field separator: , ; or tab \\[default: from the "
            "extension, or a look at the header].",
            show_default=False,
        ),
    ] = None,
    encoding: Annotated[
        str, typer.Option("--encoding", help="Text encoding of the files.")
    ] = "utf-8-sig",
    column: Annotated[
        list[str] | None,
        typer.Option(
            "--column",
            help="Map a header the reader does not know: "
            'population="Jml Pddk" (roles: region, code, population, registered, '
            "active, coverage, active_rate).",
            metavar="ROLE=HEADER",
            show_default=False,
        ),
    ] = None,
    criteria_name: CriteriaOption = DEFAULT_PRESET,
    coverage_target: CoverageThresholdOption = None,
    activity_target: ActivityThresholdOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    check_rows: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Compare published percentage columns (coverage, "
            "keaktifan) with the counts, row by row.",
        ),
    ] = False,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            help="Sort by an output column, e.g. registrants_needed.",
            metavar="COLUMN",
            show_default=False,
        ),
    ] = None,
    reverse: Annotated[bool, typer.Option("--reverse", help="Sort largest first.")] = False,
    only_unmet: Annotated[
        bool,
        typer.Option(
            "--only-unmet",
            help="Only the regions that fall short (and rows that could not be read).",
        ),
    ] = False,
    group_by: Annotated[
        str | None,
        typer.Option(
            "--group-by",
            help="Subtotals by an output column.",
            metavar="COLUMN",
            show_default=False,
        ),
    ] = None,
    total: Annotated[bool, typer.Option("--total/--no-total", help="End with a total row.")] = True,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw",
            help="Leave text cells as they are in CSV and XLSX output "
            "(no neutralising of formulas).",
        ),
    ] = False,
    all_rows: Annotated[
        bool, typer.Option("--all-rows", help="In a table, every row rather than a screenful.")
    ] = False,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE by its extension: .csv, .tsv, .json, .ndjson, .xlsx.",
            dir_okay=False,
            show_default=False,
        ),
    ] = None,
) -> None:
    """For every region of a file: coverage, activity, gaps and verdicts, with a total.

    Every input row comes out, with its line number; a row that cannot be read says why in
    its error column, and the command exits 3 after writing everything.
    """
    from jkngap.batch import BatchOptions, Progress, open_inputs, run
    from jkngap.output import emit_batch, format_for_path

    chosen = _start(ctx, lang)
    preset = criteria(criteria_name)
    coverage_pct = _target(coverage_target, "--coverage-target", preset.coverage_pct)
    activity_pct = _target(activity_target, "--activity-target", preset.activity_pct)
    options = BatchOptions(
        criteria=preset.overridden(coverage_pct=coverage_pct, activity_pct=activity_pct),
        base=base,
        check=check_rows,
        columns=_column_mapping(column),
    )
    if output is not None:
        format_for_path(output)  # an unknown extension is refused before anything is read
    with contextlib.ExitStack() as stack:
        progress: Progress | None = None
        if sys.stderr.isatty():  # a bar only where a person watches standard error
            from jkngap.table import file_progress

            progress = file_progress
        tables, on_row = open_inputs(
            files,
            stack,
            stdin=sys.stdin.buffer,
            encoding=encoding,
            delimiter=delimiter,
            sheet=sheet,
            progress=progress,
        )
        result = run(
            tables,
            options,
            sort=sort,
            reverse=reverse,
            only_unmet=only_unmet,
            group_by=group_by,
            with_total=total,
            on_row=on_row,
        )
        emit_batch(
            result,
            fmt or default_format(sys.stdout),
            lang=chosen,
            criteria=options.criteria,
            output=output,
            raw=raw,
            all_rows=all_rows,
        )
    if result.totals.errors:
        label = translate("warning", chosen)
        message = translate("batch.rows_with_errors", chosen, count=result.totals.errors)
        typer.echo(f"jkngap: {label}: {message}", err=True)
        raise typer.Exit(EXIT_SOME_ROWS_UNREADABLE)


def main() -> None:
    """The console entry point."""
    app(prog_name="jkngap")
