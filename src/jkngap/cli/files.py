"""The options of the commands that read region files (``batch`` today; ``trend``,
``compare`` and ``match`` next), declared once: which files and how to read them
(``ReadingOptions``), how their rows are laid out (``LayoutOptions``), and the view
options only a file of many rows has (``--raw``, ``--all-rows``)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from jkngap.cli import options as o
from jkngap.cli.groups import Group
from jkngap.core.errors import InputError

if TYPE_CHECKING:
    from pathlib import Path

    from jkngap.core.arrange import Arrangement
    from jkngap.core.criteria import Criteria
    from jkngap.core.model import Base
    from jkngap.io.inputs import Progress
    from jkngap.io.pipeline import BatchInput, Register
    from jkngap.io.snapshots import Reading
    from jkngap.output.formats import View


def progress_bar() -> Progress | None:
    """A bar only where a person watches standard error."""
    if not sys.stderr.isatty():
        return None
    from jkngap.output.terminal import file_progress

    return file_progress


def column_mapping(pairs: list[str] | None) -> dict[str, str]:
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
        metavar="FILE...",
        show_default=False,
    ),
]

HeaderRowOption = Annotated[
    str | None,
    o.text_option(
        "--header-row",
        metavar="N",
    ),
]

SheetOption = Annotated[
    str | None,
    o.text_option("--sheet", metavar="NAME"),
]

DelimiterOption = Annotated[
    str | None,
    o.text_option(
        "--delimiter",
        metavar="CHAR",
    ),
]

EncodingOption = Annotated[str, typer.Option("--encoding", metavar="NAME")]

ColumnOption = Annotated[
    list[str] | None,
    o.text_option(
        "--column",
        metavar="ROLE=HEADER",
    ),
]

CheckRowsOption = Annotated[
    bool,
    typer.Option(
        "--check",
    ),
]

SortOption = Annotated[
    str | None,
    o.text_option("--sort", metavar="COLUMN"),
]

ReverseOption = Annotated[
    bool,
    typer.Option(
        "--reverse",
    ),
]

OnlyUnmetOption = Annotated[
    bool,
    typer.Option(
        "--only-unmet",
    ),
]

GroupByOption = Annotated[
    str | None,
    o.text_option("--group-by", metavar="COLUMN"),
]

TotalOption = Annotated[
    bool,
    typer.Option(
        "--total/--no-total",
    ),
]

FillPopulationOption = Annotated[
    bool,
    typer.Option(
        "--fill-population",
    ),
]

RollupOption = Annotated[
    str | None,
    o.text_option(
        "--rollup",
        metavar="LEVEL",
    ),
]

RegisterOption = Annotated[
    bool,
    typer.Option(
        "--register/--no-register",
    ),
]

RawOption = Annotated[
    bool,
    typer.Option(
        "--raw",
    ),
]

AllRowsOption = Annotated[
    bool,
    typer.Option(
        "--all-rows",
    ),
]


def register() -> Register:
    from jkngap.data.register import open_register

    return open_register()


def _region_name(code: str) -> str | None:
    return register().name(code)


def file_view(
    view: View, request: BatchInput, *, raw: bool, all_rows: bool, inputs: tuple[Path, ...]
) -> View:
    """How a command over region files shows its rows: in the order asked for wherever
    one was (``--sort``, ``--group-by``), its reports titled by the register's name of
    their region where the register is read."""
    return view._replace(
        raw=raw,
        all_rows=all_rows,
        inputs=inputs,
        ordered=bool(request.sort or request.group_by),
        names=_region_name if request.register else None,
    )


def _reading(
    files: FilesOption,
    sheet: SheetOption = None,
    header_row: HeaderRowOption = None,
    delimiter: DelimiterOption = None,
    encoding: EncodingOption = "utf-8-sig",
    column: ColumnOption = None,
    fill_population: FillPopulationOption = False,
    register: RegisterOption = True,
) -> dict[str, Any]:
    return {
        "fill_population": fill_population,
        "register": register,
        "files": tuple(files),
        "sheet": sheet,
        "header_row": o.positive_count_from(header_row, "header_row"),
        "delimiter": delimiter,
        "encoding": encoding,
        "columns": column_mapping(column),
    }


def _layout(
    sort: SortOption = None,
    reverse: ReverseOption = False,
    only_unmet: OnlyUnmetOption = False,
    group_by: GroupByOption = None,
    total: TotalOption = True,
    rollup: RollupOption = None,
) -> dict[str, Any]:
    return dict(locals())  # the parameters are BatchInput's fields, by name


# Which files, and how to read them (against the register, too); how their rows are laid
# out. Each is a dict of the fields of jkngap.io.pipeline.BatchInput of the same names.
ReadingOptions = Annotated[dict[str, Any], Group(_reading)]
LAYOUT = Group(_layout)
LayoutOptions = Annotated[dict[str, Any], LAYOUT]
# A layout of regions matched across files (trend, compare): a sort, the regions that
# fall short, the total; groups and roll-ups sum the rows of one file, and are batch's.
SeriesLayoutOptions = Annotated[
    dict[str, Any], LAYOUT.only("sort", "reverse", "only_unmet", "total")
]


def arrangement(layout: dict[str, Any]) -> Arrangement:
    """How the regions are laid out, from the layout options."""
    from jkngap.core.arrange import Arrangement

    return Arrangement(
        sort=layout["sort"],
        reverse=layout["reverse"],
        only_unmet=layout["only_unmet"],
        group_by=layout["group_by"],
        with_total=layout["total"],
    )


# Snapshots: the options of the commands that read dated files (trend, compare).
DateColumnOption = Annotated[str | None, o.text_option("--date-column", metavar="HEADER")]
PopulationFileOption = Annotated[
    list[str] | None, o.text_option("--population-file", metavar="FILE[@DATE]")
]


def snapshot_reading(
    reading: dict[str, Any],
    criteria: Criteria,
    base: Base,
    *,
    population_files: list[str] | None = None,
    date_column: str | None = None,
) -> Reading:
    """How the snapshots are read: ``reading`` (the ReadingOptions' values) as the
    snapshot reader takes them, with the register where asked for."""
    from jkngap.core.regions import RegionOptions
    from jkngap.io.snapshots import Reading

    places = finder = None
    if reading["register"] or reading["fill_population"]:
        from jkngap.data.codes import code_finder
        from jkngap.data.register import open_register

        places = open_register()
        finder = code_finder(places)
    return Reading(
        options=RegionOptions(criteria=criteria, base=base, columns=reading["columns"]),
        encoding=reading["encoding"],
        delimiter=reading["delimiter"],
        sheet=reading["sheet"],
        header_row=reading["header_row"],
        places=places,
        fill_population=reading["fill_population"],
        find_code=finder,
        population_files=list(population_files or ()),
        date_column=date_column,
    )


def checked_view(
    view: View, names: list[str], raw: bool, all_rows: bool, *, ordered: bool, register: bool
) -> View:
    """The view told its inputs (``FILE@DATE`` as the file), an ``-o`` over one of them
    refused before anything is read; in the order asked for where one was (``ordered``),
    its reports titled by the register's name of their region where it is read."""
    from pathlib import Path

    from jkngap.io.dated import split_name_and_date
    from jkngap.output.render import check_target

    inputs = tuple(
        Path(name) for name in (split_name_and_date(text)[0] for text in names) if name != "-"
    )
    shown: View = view._replace(
        raw=raw,
        all_rows=all_rows,
        inputs=inputs,
        ordered=ordered,
        names=_region_name if register else None,
    )
    if shown.output is not None:
        check_target(shown.output, inputs)
    return shown
