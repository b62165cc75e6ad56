"""Tables for people, drawn with Rich: the only module that imports it, and only when called."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

VERDICT_STYLES = {True: "bold green", False: "bold red", None: "yellow"}

Detail = tuple[str, list[str], list[list[str]]]


def console_for(stream: TextIO, *, width: int | None = None) -> Console:
    """A console on ``stream``; Rich itself honours NO_COLOR and dumb terminals."""
    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def draw_record(
    title: str,
    rows: list[tuple[str, str, bool | None]],
    notes: list[str],
    stream: TextIO,
    *,
    details: Sequence[Detail] = (),
    width: int | None = None,
) -> None:
    """One result's figures as a two-column table, its detail tables, then its notes.

    Every text arrives translated and formatted; this module only lays it out.
    """
    console = console_for(stream, width=width)
    if rows:
        table = Table(title=title, show_header=False, title_justify="left", min_width=len(title))
        table.add_column(style="bold")
        table.add_column(justify="right")
        for label, value, verdict in rows:
            style = VERDICT_STYLES[verdict] if isinstance(verdict, bool) else ""
            table.add_row(label, Text(value, style=style))
        console.print(table)
    for detail_title, headers, detail_rows in details:
        grid = Table(title=detail_title, title_justify="left")
        for header in headers:
            grid.add_column(header, overflow="fold")
        for detail_row in detail_rows:
            grid.add_row(*detail_row)
        console.print(grid)
    for note in notes:
        console.print(Text(f"* {note}"))
