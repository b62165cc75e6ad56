"""``jkngap region``."""

from __future__ import annotations

from typing import Annotated

import typer

from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.errors import InputError
from jkngap.core.places import Found

app = command_app(
    "region",
    "jkngap region 63.03",
    'jkngap region "kab banjar"',
    "jkngap region 61 --children -f csv",
)

QueryArgument = Annotated[str, typer.Argument(metavar="QUERY", show_default=False)]
ChildrenOption = Annotated[bool, typer.Option("--children")]


@app.define
def region(
    *,
    query: QueryArgument,
    children: ChildrenOption = False,
    view: o.ViewOptions,
) -> Answer:
    """A region of the Kepmendagri register by code or name, with its population.

    Names forgive case, spacing, Kab./Kabupaten and small misspellings; every region that
    matches is listed, with its code, level, parents and population (Dukcapil, December
    2024, for provinces and kabupaten/kota). Register: Kepmendagri No 300.2.2-2138 Tahun
    2025, from github.com/cahyadsn/wilayah (MIT licence).
    """
    from jkngap.data.register import open_register

    register = open_register()
    if children:
        parent = register.one(query)
        result = Found(query, tuple(register.children(parent)), children_of=parent)
    else:
        found = tuple(register.search(query))
        if not found:
            raise InputError("region.unknown", field="query", text=query)
        result = Found(query, found)
    return o.answer(result, view)
