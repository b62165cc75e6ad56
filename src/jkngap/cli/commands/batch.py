"""``jkngap batch``."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jkngap.cli.app import Answer, command_app
from jkngap.cli.options import (
    ActivityThresholdOption,
    BaseOption,
    CoverageThresholdOption,
    CriteriaOption,
    ExcelOption,
    FormatOption,
    LangOption,
    SourceOption,
    TitleOption,
    answer,
    criteria_from,
    positive_count_from,
    start_language,
)
from jkngap.core.criteria import DEFAULT_PRESET
from jkngap.core.errors import InputError
from jkngap.core.model import Base
from jkngap.output.formats import EXTENSIONS

if TYPE_CHECKING:
    from jkngap.data.register import Register
    from jkngap.io.inputs import Progress


def _progress_bar() -> Progress | None:
    """A bar only where a person watches standard error."""
    if not sys.stderr.isatty():
        return None
    from jkngap.output.terminal import file_progress

    return file_progress


def _column_mapping(pairs: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs or ():
        role, separator, header = pair.partition("=")
        if not separator or not role.strip() or not header.strip():
            raise InputError("batch.column_syntax", field="columns")
        mapping[role.strip().replace("-", "_")] = header.strip()
    return mapping


FilesOption = Annotated[
    list[str],
    typer.Argument(
        help="CSV, TSV, semicolon CSV, JSON, JSON lines or XLSX files; - for standard input.",
        metavar="FILE...",
        show_default=False,
    ),
]

HeaderRowOption = Annotated[
    str | None,
    typer.Option(
        "--header-row",
        help="The line of the header row [default: found among the first 20 lines, "
        "below any title].",
        metavar="N",
        show_default=False,
    ),
]

SheetOption = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        help="The Excel sheet to read [default: the first].",
        metavar="NAME",
        show_default=False,
    ),
]

DelimiterOption = Annotated[
    str | None,
    typer.Option(
        "--delimiter",
        help="Field separator: , ; or tab [default: from the extension, or a look at the header].",
        metavar="CHAR",
        show_default=False,
    ),
]

EncodingOption = Annotated[
    str, typer.Option("--encoding", help="Text encoding of the files.", metavar="NAME")
]

ColumnOption = Annotated[
    list[str] | None,
    typer.Option(
        "--column",
        help="Map a header the reader does not know: "
        'population="Jml Pddk" (roles: region, code, population, registered, '
        "active, coverage, active_rate).",
        metavar="ROLE=HEADER",
        show_default=False,
    ),
]

CheckRowsOption = Annotated[
    bool,
    typer.Option(
        "--check",
        help="Compare published percentage columns (coverage, "
        "keaktifan) with the counts, row by row.",
    ),
]

SortOption = Annotated[
    str | None,
    typer.Option(
        "--sort",
        help="Sort by an output column, e.g. registrants_needed.",
        metavar="COLUMN",
        show_default=False,
    ),
]

ReverseOption = Annotated[bool, typer.Option("--reverse", help="Sort largest first.")]

OnlyUnmetOption = Annotated[
    bool,
    typer.Option(
        "--only-unmet",
        help="Only the regions that fall short (and rows that could not be read).",
    ),
]

GroupByOption = Annotated[
    str | None,
    typer.Option(
        "--group-by",
        help="Subtotals by an output column.",
        metavar="COLUMN",
        show_default=False,
    ),
]

TotalOption = Annotated[bool, typer.Option("--total/--no-total", help="End with a total row.")]

FillPopulationOption = Annotated[
    bool,
    typer.Option(
        "--fill-population",
        help="Take a missing population of a province or kabupaten/kota row from the "
        "register (Dukcapil, December 2024), marked in a population_source column.",
    ),
]

RollupOption = Annotated[
    str | None,
    typer.Option(
        "--rollup",
        help="Sum the rows by their code into kecamatan, kabupaten (and kota) or provinsi, "
        "named from the register, each computed from its summed counts.",
        metavar="LEVEL",
        show_default=False,
    ),
]

RegisterOption = Annotated[
    bool,
    typer.Option(
        "--register/--no-register",
        help="Check each row's code and name against the Kepmendagri register, and name "
        "rows that have a code only.",
    ),
]

RawOption = Annotated[
    bool,
    typer.Option(
        "--raw",
        help="Leave text cells as they are in CSV and XLSX output (no neutralising of formulas).",
    ),
]

AllRowsOption = Annotated[
    bool, typer.Option("--all-rows", help="In a table, every row rather than a screenful.")
]

OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help=f"Write to FILE by its extension: {', '.join(EXTENSIONS)}.",
        metavar="FILE",
        dir_okay=False,
        show_default=False,
    ),
]


app = command_app()


def _register() -> Register:
    from jkngap.data.register import open_register

    return open_register()


# Other words for the levels --rollup takes.
_LEVEL_ALIASES = {"kota": "kabupaten", "province": "provinsi", "regency": "kabupaten"}


def _rollup_level(text: str | None) -> int | None:
    """``--rollup``'s level as the number of parts of a code (provinsi 1, kabupaten 2...)."""
    if text is None:
        return None
    from jkngap.core.places import ROLLUP_LEVELS

    said = text.strip().lower()
    level = ROLLUP_LEVELS.get(_LEVEL_ALIASES.get(said, said))
    if level is None:
        raise InputError(
            "option.choice", field="rollup", text=text, choices=", ".join(ROLLUP_LEVELS)
        )
    return level


@app.command(
    name="batch",
    epilog=(
        "Examples: jkngap batch kalbar.csv  |  jkngap batch data.xlsx --sheet Kalbar "
        "--only-unmet  |  cat desa.tsv | jkngap batch - -f csv > gaps.csv"
    ),
)
def batch(
    ctx: typer.Context,
    files: FilesOption,
    sheet: SheetOption = None,
    header_row: HeaderRowOption = None,
    delimiter: DelimiterOption = None,
    encoding: EncodingOption = "utf-8-sig",
    column: ColumnOption = None,
    criteria_name: CriteriaOption = DEFAULT_PRESET,
    coverage_target: CoverageThresholdOption = None,
    activity_target: ActivityThresholdOption = None,
    base: BaseOption = Base.PARTICIPANTS,
    check_rows: CheckRowsOption = False,
    sort: SortOption = None,
    reverse: ReverseOption = False,
    only_unmet: OnlyUnmetOption = False,
    group_by: GroupByOption = None,
    total: TotalOption = True,
    fill_population: FillPopulationOption = False,
    rollup: RollupOption = None,
    register: RegisterOption = True,
    raw: RawOption = False,
    all_rows: AllRowsOption = False,
    fmt: FormatOption = None,
    lang: LangOption = None,
    output: OutputOption = None,
    title: TitleOption = None,
    source: SourceOption = None,
    excel: ExcelOption = False,
) -> Answer:
    """For every region of a file: coverage, activity, gaps and verdicts, with a total.

    Every input row comes out, with its line number; a row that cannot be read says why in
    its error column, and the command exits 3 after writing everything.
    """
    from jkngap.core.arrange import Arrangement
    from jkngap.core.regions import RegionOptions
    from jkngap.io.inputs import open_inputs
    from jkngap.io.rows import batch as compute
    from jkngap.output.render import check_target

    chosen = start_language(ctx, lang)
    options = RegionOptions(
        criteria=criteria_from(criteria_name, coverage_target, activity_target),
        base=base,
        check=check_rows,
        columns=_column_mapping(column),
    )
    inputs = tuple(Path(name) for name in files if name != "-")
    if output is not None:
        check_target(output, inputs)  # refused before anything is read
    with contextlib.ExitStack() as stack:
        tables, on_rows = open_inputs(
            files,
            stack,
            stdin=sys.stdin.buffer if sys.stdin is not None else None,
            encoding=encoding,
            delimiter=delimiter,
            sheet=sheet,
            header_row=positive_count_from(header_row, "header_row"),
            progress=_progress_bar(),
            target=output,
        )
        places = _register() if register or fill_population or rollup else None
        how = Arrangement(
            sort=sort,
            reverse=reverse,
            only_unmet=only_unmet,
            group_by=group_by,
            with_total=total,
            rollup=_rollup_level(rollup),
            names=places.name if places is not None else None,
        )
        result = compute(
            tables, options, how, on_rows, places=places, fill_population=fill_population
        )
        return answer(
            result,
            fmt,
            chosen,
            output,
            raw=raw,
            all_rows=all_rows,
            inputs=inputs,
            resources=stack.pop_all(),
            title=title,
            source=source,
            excel=excel,
        )
