"""Tables for people, drawn with Rich: the only module that imports it, and only when called."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

VERDICT_STYLES = {True: "bold green", False: "bold red", None: "yellow"}


def console_for(stream: TextIO, *, width: int | None = None) -> Console:
    """A console on ``stream``; Rich itself honours NO_COLOR and dumb terminals."""
    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def draw_record(
    title: str,
    rows: list[tuple[str, str, bool | None]],
    notes: list[str],
    stream: TextIO,
    *,
    width: int | None = None,
) -> None:
    """One region's figures as a two-column table, then its notes (texts arrive translated)."""
    table = Table(title=title, show_header=False, title_justify="left", min_width=len(title))
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value, verdict in rows:
        style = VERDICT_STYLES[verdict] if isinstance(verdict, bool) else ""
        table.add_row(label, Text(value, style=style))
    console = console_for(stream, width=width)
    console.print(table)
    for note in notes:
        console.print(Text(f"* {note}"), soft_wrap=False)
