"""Tables for people, drawn with Rich: the only module that imports it, imported only when a
table is drawn."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from jkngap.output.cells import visible
from jkngap.output.formats import PassingStream

# A cell that is a number as a person reads it: 1,000, 98,50 %, Rp42.000.
_NUMBER = re.compile(r"(Rp)?[0-9][0-9.,\u00a0 ]*( ?%)?")
VERDICT_STYLES = {True: "bold green", False: "bold red", None: "yellow"}

Detail = tuple[str, list[str], list[list[str]]]


class _Console(Console):
    """Rich's console, but a reader that goes away (``| head``, ``| true``) is not a failure:
    the command line ends quietly with exit 0 (Rich's own choice is exit 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


class _Trimmed(PassingStream):
    """A stream whose lines lose the spaces Rich pads them with at their ends (a title
    padded to its table's width, the last column's padding): pasted into a message or a
    document, a table carries no trailing spaces. Styles after the spaces are kept."""

    _PADDED = re.compile(r" +((?:\x1b\[[0-9;]*m)*)(?=\n)")

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.encoding = getattr(stream, "encoding", None) or "utf-8"
        self.held = ""  # spaces at the end of a write, kept until the line goes on or ends

    def write(self, text: str) -> int:
        text = self.held + text
        kept = text.rstrip(" ")
        self.held = text[len(kept) :]
        self.stream.write(self._PADDED.sub(r"\1", kept))
        return len(text)


def console_for(stream: TextIO | Console, *, width: int | None = None) -> Console:
    """A console on ``stream`` (or the console itself); Rich honours NO_COLOR and dumb
    terminals."""
    if isinstance(stream, Console):
        return stream
    trimmed: Any = _Trimmed(stream)  # what Rich asks of a file, no more
    return _Console(file=trimmed, width=width, highlight=False, soft_wrap=False)


def draw_record(
    title: str,
    rows: list[tuple[str, str, bool | None]],
    notes: list[str],
    stream: TextIO | Console,
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
            table.add_row(visible(label), Text(visible(value), style=style))
        console.print(table)
    for detail_title, headers, detail_rows in details:
        grid = Table(title=detail_title, title_justify="left")
        for at, header in enumerate(headers):
            numeric = all(_NUMBER.fullmatch(row[at]) for row in detail_rows if row[at])
            grid.add_column(header, overflow="fold", justify="right" if numeric else "left")
        for detail_row in detail_rows:
            grid.add_row(*[Text(visible(cell)) for cell in detail_row])
        console.print(grid)
    _notes(console, notes)


def _notes(console: Console, notes: list[str]) -> None:
    """Each note as "* ...", wrapped at spaces to the console's width, but never inside a
    percentage ("98,50 %") or at a hyphen ("-o", "2025-12-31")."""
    import textwrap

    for note in notes:
        text = f"* {visible(note)}".replace(" %", "\x00%")
        lines = textwrap.wrap(
            text, console.width, break_on_hyphens=False, break_long_words=False
        ) or [text]
        for line in lines:
            console.print(Text(line.replace("\x00", " ")), no_wrap=True, crop=False)


def draw_grid(
    title: str,
    headers: list[str],
    rows: list[list[tuple[str, bool | None]]],
    footer_rows: list[list[tuple[str, bool | None]]],
    notes: list[str],
    stream: TextIO | Console,
    *,
    width: int | None = None,
    name_width: int | None = None,
) -> None:
    """Many regions: one row each, figures right-aligned and never wrapped, totals below;
    the region's name cut with … at ``name_width``, never wrapped or dropped.

    Each cell is (text, verdict): a verdict colours its cell green or red; the text alone
    still says it (yes/no, and the bar's dots), for a screen without colour or a reader.
    """
    console = console_for(stream, width=width)
    table = Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    for index, header in enumerate(headers):
        name = index == 1  # the region's name (or code): cut with … if it must be
        table.add_column(
            header,
            justify="left" if name else "right",
            no_wrap=True,
            overflow="ellipsis" if name else "fold",
            max_width=name_width if name else None,
        )
    for row in rows:
        table.add_row(*[_cell(text, verdict) for text, verdict in row])
    if footer_rows:
        table.add_section()
        for row in footer_rows:
            table.add_row(*[_cell(text, verdict) for text, verdict in row], style="bold")
    console.print(table)
    _notes(console, notes)


def _cell(text: str, verdict: bool | None) -> Text:
    return Text(visible(text), style=VERDICT_STYLES[verdict] if isinstance(verdict, bool) else "")


def console_width(stream: TextIO | Console) -> int:
    """Columns on the terminal (or recording console) behind ``stream``."""
    return console_for(stream).size.width


def terminal_height(stream: TextIO) -> int:
    """Lines on the terminal behind ``stream`` (Rich's guess when it is not one)."""
    return console_for(stream).size.height


@contextmanager
def file_progress(bytes_read: Callable[[], int], total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error for a large file, saying how many rows are read;
    yields the callback a block of rows calls with its number of rows. The bar goes when
    the reading ends, before anything else is shown. Standard output is left alone: Rich's
    progress would otherwise take it over (to print above the bar), sending data meant for
    a file or a pipe to the terminal."""
    import sys

    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.fields[rows]:,} rows"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as progress:
        task = progress.add_task("batch", total=total, rows=0)
        rows = 0

        def advance(count: int) -> None:
            nonlocal rows
            rows += count
            progress.update(task, completed=bytes_read(), rows=rows)

        yield advance
