"""``jkngap match``: the lists of people matched by NIK, per desa, and on request the
people of a category as work lists.

What reaches the terminal is the per-desa table (counts, no person) and messages made of
counts: a list of people goes only to a file, created readable by its owner alone and
written whole, its NIKs masked unless ``--reveal-nik``. Every message this command ends
with is scrubbed of digit runs a NIK could be (``cli/app.py``: ``PERSONAL``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from jkngap.cli import files as f
from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.errors import InputError
from jkngap.core.model import Base, Note
from jkngap.core.routes import Rates

if TYPE_CHECKING:
    from jkngap.core.criteria import Criteria
    from jkngap.core.match import Match
    from jkngap.people.run import MatchRun

app = command_app(
    "match",
    "jkngap match --population penduduk.csv --members peserta.xlsx -o desa.csv",
    "jkngap match --population penduduk.csv --members peserta.csv --welfare dtsen.parquet "
    "--list takeover --list-format xlsx",
)


def _list_file() -> Any:
    # Plain text, not a checked path: a path the parser echoed could name a person.
    return typer.Option(metavar="FILE", show_default=False)


PopulationOption = Annotated[str | None, _list_file()]
MembersOption = Annotated[str | None, _list_file()]
WelfareOption = Annotated[str | None, _list_file()]
RegionPaidOption = Annotated[str | None, _list_file()]
ColumnOption = Annotated[list[str] | None, o.text_option("--column", metavar="LIST.ROLE=HEADER")]
MinCellOption = Annotated[str | None, o.count_option("--min-cell")]
KeyFileOption = Annotated[
    Path | None, typer.Option("--key-file", metavar="FILE", show_default=False)
]
ListOption = Annotated[list[str] | None, o.text_option("--list", metavar="CATEGORY")]
ListDirOption = Annotated[Path, typer.Option("--list-dir", metavar="DIR", file_okay=False)]
HashedOption = Annotated[list[str] | None, o.text_option("--hashed", metavar="LIST=FILE")]
MemoryOption = Annotated[str, o.text_option("--memory-limit", metavar="SIZE")]
EncodingOption = Annotated[str, typer.Option("--encoding", metavar="NAME")]
ThreadsOption = Annotated[str, o.count_option("--threads")]


def _columns(texts: list[str] | None) -> dict[str, dict[str, str]]:
    from jkngap.core.match import ROLES

    columns: dict[str, dict[str, str]] = {}
    for target, header in o.named_pairs(texts, "match.column_syntax", "columns"):
        role, dot, column = target.partition(".")
        if not dot or role not in ROLES:
            raise InputError("match.column_syntax", field="columns", text=target)
        columns.setdefault(role, {})[column] = header
    return columns


def _options(
    rollup: str | None, min_cell: str | None, criteria: Criteria, base: Base, rates: Rates
) -> Any:
    from jkngap.core.match import MatchOptions
    from jkngap.core.regions import RegionOptions

    return MatchOptions(
        region=RegionOptions(criteria=criteria, base=base),
        rollup=rollup,
        rates=rates,
        min_cell=o.count_from(min_cell, "min_cell"),
    ).checked()


def _categories(lists: list[str] | None, fmt: str) -> list[str]:
    from jkngap.core.match import CATEGORIES

    o.list_format_from(fmt)
    chosen: list[str] = []
    for category in lists or ():
        if category not in CATEGORIES:
            raise InputError(
                "match.list_unknown", field="lists", text=category, known=", ".join(CATEGORIES)
            )
        if category not in chosen:
            chosen.append(category)
    return chosen


def _write_lists(
    run: MatchRun, categories: list[str], folder: Path, fmt: str, reveal: bool
) -> list[Note]:
    """Each category's people in a file of its own; what was written, as notes."""
    from jkngap.core.match import LIST_COLUMNS
    from jkngap.output.people_lists import write_people
    from jkngap.people.private import private_file, shown_path

    notes = []
    for category in categories:
        target = folder / f"{category}.{fmt}"
        people = run.people(category, reveal_nik=reveal)
        with private_file(target, binary=fmt == "xlsx") as stream:
            count = write_people(people, LIST_COLUMNS, stream, fmt, sheet=category)
        params = {"category": category, "people": count, "file": shown_path(target)}
        notes.append(Note("match.list_written", params, warning=True))
    return notes


def _write_hashed(run: MatchRun, pairs: list[tuple[str, str]]) -> list[Note]:
    from jkngap.people.private import shown_path

    notes = []
    for role, path in pairs:
        rows = run.write_hashed(role, path)
        params = {"role": role, "rows": rows, "file": shown_path(path)}
        notes.append(Note("match.hashed_written", params, warning=True))
    return notes


def _refuse_over_inputs(targets: list[Path], inputs: list[Path]) -> None:
    """A list written over one of the lists read would lose it: refused before reading."""
    from jkngap.output.render import is_one_of
    from jkngap.people.private import shown_path

    for target in targets:
        if is_one_of(target, inputs):
            raise InputError("output.is_input", field="lists", path=shown_path(target))


@app.define
def match_command(
    *,
    population: PopulationOption = None,
    members: MembersOption = None,
    welfare: WelfareOption = None,
    region_paid: RegionPaidOption = None,
    column: ColumnOption = None,
    encoding: EncodingOption = "utf-8",
    rollup: f.RollupOption = None,
    min_cell: MinCellOption = None,
    key_file: KeyFileOption = None,
    lists: ListOption = None,
    list_dir: ListDirOption = Path("."),
    list_format: o.ListFormatOption = "csv",
    reveal_nik: o.RevealOption = False,
    hashed: HashedOption = None,
    register: f.RegisterOption = True,
    premium: o.PremiumOption = str(Rates.premium),
    months: o.MonthsOption = str(Rates.months),
    criteria: o.CriteriaOptions,
    base: o.BaseOption = Base.PARTICIPANTS,
    memory_limit: MemoryOption = "1536MB",
    threads: ThreadsOption = "2",
    view: o.ViewOptions,
) -> Answer:
    """The lists of people matched by NIK, per desa (help: help.command.match)."""
    from jkngap.output.render import check_target
    from jkngap.people import Settings, open_match

    if population is None or members is None:
        raise InputError(
            "match.needs_lists", field="population_list" if population is None else "members"
        )
    columns = _columns(column)
    options = _options(rollup, min_cell, criteria, base, o.rates_from(premium, months))
    categories = _categories(lists, list_format)
    copies = o.named_pairs(hashed, "match.hashed_syntax", "hashed")
    if copies and key_file is None:
        raise InputError("match.hash_needs_key", field="key_file")
    given = {"population": population, "members": members}
    given.update({k: v for k, v in (("welfare", welfare), ("region_paid", region_paid)) if v})
    inputs = [Path(path) for path in given.values()]
    if key_file is not None:
        inputs.append(key_file)
    if categories and not list_dir.is_dir():  # refused before hours of matching, not after
        from jkngap.people.private import shown_path

        raise InputError("match.list_dir_missing", field="list_dir", path=shown_path(list_dir))
    targets = [list_dir / f"{category}.{list_format}" for category in categories]
    _refuse_over_inputs([*targets, *(Path(path) for _, path in copies)], inputs)
    shown = view._replace(inputs=tuple(inputs))
    if shown.output is not None:
        check_target(shown.output, shown.inputs)
    settings = Settings(
        memory_limit=memory_limit, threads=o.positive_count_from(threads, "threads") or 1
    )
    places = f.register() if register else None
    written: list[Note] = []
    with open_match(
        given["population"],
        given["members"],
        welfare=given.get("welfare"),
        region_paid=given.get("region_paid"),
        columns=columns,
        encoding=encoding,
        options=options,
        key_file=key_file,
        places=places,
        settings=settings,
    ) as run:
        written += _write_lists(run, categories, list_dir, list_format, reveal_nik)
        written += _write_hashed(run, copies)
        result: Match = run.result
    result = dataclasses.replace(result, notes=(*result.notes, *written))
    return o.answer(result, shown)
