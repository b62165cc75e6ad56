"""The one registry of output formats, serving ``-f`` and ``-o`` alike: each format's name,
its file extensions, and its writer, a typed function that imports the module doing the
work only when that format is written (``-f plain`` never pays for csv, Rich or Excel).

A new format is one entry here and one writer function below. Standard output takes the
formats with a text writer that ``Format`` names; a file (``-o``) takes any format with
an extension, found by the extension.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Generic, TextIO, TypeVar

from jkngap.core.errors import InputError
from jkngap.core.results import Many, Shares, Tracked
from jkngap.output.formats import BinaryWriter, Format, Shown, TextWriter, View

if TYPE_CHECKING:
    from jkngap.output.families import FileWriters

__all__ = ["EXTENSIONS", "FORMATS", "OutputFormat", "format_for_path", "stdout_format"]


@dataclass(frozen=True)
class OutputFormat:
    """A format: its name, its extensions, and its writer, of text or of bytes.

    ``whole``: a document valid only once complete (JSON), which standard output gets
    only when complete, so that a run stopped half-way leaves nothing that parses."""

    name: str
    extensions: tuple[str, ...] = ()
    text: TextWriter | None = None
    binary: BinaryWriter | None = None
    whole: bool = False


def _plain(result: Shown, stream: TextIO, view: View) -> None:
    from jkngap.output.cells import headline_text

    stream.write(headline_text(result) + "\n")


def _table(result: Shown, stream: TextIO, view: View) -> None:
    if isinstance(result, Shares):
        from jkngap.output.shares import draw_shares

        draw_shares(result, view, stream)
    elif isinstance(result, Many):
        from jkngap.output.batchview import draw_batch

        draw_batch(result, view.lang, stream, view.screenful, ordered=view.ordered)
    else:
        from jkngap.output.display import draw_table

        draw_table(result, view.lang, stream)


def _json(result: Shown, stream: TextIO, view: View) -> None:
    from jkngap.output.machine import write_json

    write_json(result, stream)


def _ndjson(result: Shown, stream: TextIO, view: View) -> None:
    from jkngap.output.machine import write_ndjson

    write_ndjson(result, stream)


def _csv(result: Shown, stream: TextIO, view: View) -> None:
    from jkngap.output.machine import write_excel_csv, write_rows

    if view.excel:
        write_excel_csv(result, stream, view.lang, raw=view.raw)
    else:
        write_rows(result, stream, ",", raw=view.raw)


def _tsv(result: Shown, stream: TextIO, view: View) -> None:
    from jkngap.output.machine import write_rows

    write_rows(result, stream, "\t", raw=view.raw)


Result = TypeVar("Result")


class _Family(Generic[Result]):
    """A result with the file writers of its family, each called with the result it fits.
    (A plain class, not a dataclass: this module loads on every start-up.)"""

    def __init__(self, result: Result, writers: FileWriters[Result]) -> None:
        self.result = result
        self.writers = writers

    def workbook(self, handle: IO[bytes], view: View) -> None:
        self.writers.workbook(self.result, handle, view)

    def html(self, handle: IO[bytes], view: View) -> None:
        handle.write(self.writers.report(self.result, view).encode("utf-8"))

    def chart(self, handle: IO[bytes], view: View, name: str) -> None:
        self.writers.chart(self.result, handle, view, name)

    def pdf(self, handle: IO[bytes], view: View) -> None:
        """The report as PDF, A4 landscape, through WeasyPrint (the optional ``pdf`` extra,
        which needs the Pango library of the system): the chart as vectors, its words as
        text."""
        from jkngap.output.report import pdf_of

        pdf_of(self.writers.report(self.result, view), handle, view)


def _family(result: Shown) -> _Family[Shares] | _Family[Tracked] | _Family[Shown]:
    """The file writers of the result's kind: shares, a series, or any other result. The
    family's module is imported here, when a file is written, and not before."""
    if isinstance(result, Shares):
        from jkngap.output.shares import WRITERS as shares

        return _Family(result, shares)
    if isinstance(result, Tracked):
        from jkngap.output.seriesview import WRITERS as series

        return _Family(result, series)
    from jkngap.output.report import WRITERS as other

    return _Family(result, other)


def _xlsx(result: Shown, handle: IO[bytes], view: View) -> None:
    _family(result).workbook(handle, view)


def _html(result: Shown, handle: IO[bytes], view: View) -> None:
    _family(result).html(handle, view)


def _svg(result: Shown, handle: IO[bytes], view: View) -> None:
    _family(result).chart(handle, view, "svg")


def _png(result: Shown, handle: IO[bytes], view: View) -> None:
    _family(result).chart(handle, view, "png")


def _pdf(result: Shown, handle: IO[bytes], view: View) -> None:
    _family(result).pdf(handle, view)


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("table", text=_table),
    OutputFormat("plain", text=_plain),
    OutputFormat("csv", (".csv",), text=_csv),
    OutputFormat("tsv", (".tsv",), text=_tsv),
    OutputFormat("json", (".json",), text=_json, whole=True),
    OutputFormat("ndjson", (".ndjson", ".jsonl"), text=_ndjson),
    OutputFormat("xlsx", (".xlsx",), binary=_xlsx),
    OutputFormat("html", (".html", ".htm"), binary=_html),
    OutputFormat("svg", (".svg",), binary=_svg),
    OutputFormat("png", (".png",), binary=_png),
    OutputFormat("pdf", (".pdf",), binary=_pdf),
)
_BY_NAME = {spec.name: spec for spec in FORMATS}
_BY_EXTENSION = {extension: spec for spec in FORMATS for extension in spec.extensions}
EXTENSIONS = tuple(_BY_EXTENSION)


def stdout_format(fmt: Format) -> OutputFormat:
    """The format ``-f`` names (every ``Format`` is one, with a text writer)."""
    return _BY_NAME[fmt.value]


def format_for_path(path: Path) -> OutputFormat:
    """The format a file's extension names; an unknown one is refused, listing them all."""
    try:
        return _BY_EXTENSION[path.suffix.lower()]
    except KeyError:
        raise InputError(
            "option.choice",
            field="output",
            text=path.suffix or path.name,
            choices=", ".join(EXTENSIONS),
        ) from None
