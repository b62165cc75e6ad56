"""The options of the commands that read region files (``batch`` today; ``trend``,
``compare`` and ``match`` next), declared once: which files and how to read them
(``ReadingOptions``), how their rows are laid out (``LayoutOptions``), and the view
options only a file of many rows has (``--raw``, ``--all-rows``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, TypedDict

import typer

from jkngap.cli import options as o
from jkngap.cli.groups import Group
from jkngap.output.formats import View

if TYPE_CHECKING:
    from jkngap.core.arrange import Arrangement
    from jkngap.core.criteria import Criteria
    from jkngap.core.model import Base
    from jkngap.io.inputs import Progress
    from jkngap.io.pipeline import Register
    from jkngap.io.snapshots import Reading


def progress_bar() -> Progress | None:
    """A bar only where a person watches standard error."""
    if not sys.stderr.isatty():
        return None
    from jkngap.output.terminal import file_progress

    return file_progress


def stdin() -> IO[bytes] | None:
    """What ``-`` reads: standard input's bytes (none where the process has no stdin)."""
    return sys.stdin.buffer if sys.stdin is not None else None


class Streams(TypedDict):
    """What the batch pipeline's readers (``read_batch``, ``open_areas``) take besides the
    request, by their names."""

    stdin: IO[bytes] | None
    progress: Progress | None
    register: Callable[[], Register]
    target: Path | None


def streams(shown: View) -> Streams:
    """Standard input for ``-``, a bar where a person watches, the register to open when
    the run needs it, and the file the answer goes to (refused where standard input is
    that file)."""
    return Streams(stdin=stdin(), progress=progress_bar(), register=register, target=shown.output)


FilesOption = Annotated[list[str], typer.Argument(metavar="FILE...", show_default=False)]

HeaderRowOption = Annotated[str | None, o.text_option("--header-row", metavar="N")]

SheetOption = Annotated[str | None, o.text_option("--sheet", metavar="NAME")]

DelimiterOption = Annotated[str | None, o.text_option("--delimiter", metavar="CHAR")]

EncodingOption = Annotated[str, typer.Option("--encoding", metavar="NAME")]

ColumnOption = Annotated[list[str] | None, o.text_option("--column", metavar="ROLE=HEADER")]

CheckRowsOption = Annotated[bool, typer.Option("--check")]

SortOption = Annotated[str | None, o.text_option("--sort", metavar="COLUMN")]

ReverseOption = Annotated[bool, typer.Option("--reverse")]

OnlyUnmetOption = Annotated[bool, typer.Option("--only-unmet")]

GroupByOption = Annotated[str | None, o.text_option("--group-by", metavar="COLUMN")]

TotalOption = Annotated[bool, typer.Option("--total/--no-total")]

FillPopulationOption = Annotated[bool, typer.Option("--fill-population")]

RollupOption = Annotated[str | None, o.text_option("--rollup", metavar="LEVEL")]

RegisterOption = Annotated[bool, typer.Option("--register/--no-register")]

RawOption = Annotated[bool, typer.Option("--raw")]

AllRowsOption = Annotated[bool, typer.Option("--all-rows")]


def _files_view(
    *, raw: RawOption = False, all_rows: AllRowsOption = False, view: o.ViewOptions
) -> View:
    return view._replace(raw=raw, all_rows=all_rows)


# How to show the answer of a command over region files: the view options with the two
# only a file of many rows has (--raw, --all-rows); read first, as the view is.
FilesViewOptions = Annotated[View, Group(_files_view, first=True)]


def register() -> Register:
    from jkngap.data.register import open_register

    return open_register()


def _region_name(code: str) -> str | None:
    return register().name(code)


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
        "columns": dict(o.named_pairs(column, "batch.column_syntax", "columns")),
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


def paths(names: Iterable[str]) -> tuple[Path, ...]:
    """The files ``names`` name (``-``, standard input, is none)."""
    return tuple(Path(name) for name in names if name != "-")


def dated_paths(names: Iterable[str]) -> tuple[Path, ...]:
    """The files ``names`` name, ``FILE@DATE`` as the file."""
    from jkngap.io.dated import split_name_and_date

    return paths(split_name_and_date(text)[0] for text in names)


def checked_view(
    view: View, inputs: tuple[Path, ...], *, ordered: bool = False, register: bool = False
) -> View:
    """The view told its ``inputs``, an ``-o`` over one of them refused before anything is
    read; in the order asked for where one was (``ordered``), its reports titled by the
    register's name of their region where the register is read (``register``)."""
    from jkngap.output.render import check_target

    shown = view._replace(inputs=inputs, ordered=ordered, names=_region_name if register else None)
    if shown.output is not None:
        check_target(shown.output, inputs)
    return shown
