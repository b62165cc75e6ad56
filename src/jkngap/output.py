"""One place that turns any result into a table, plain text, JSON, NDJSON, CSV, TSV or a file.

Results hand over flat records (``result.record()``): ``int`` counts, ``Fraction``
percentages (keys ending ``_pct``), ``[low, high]`` ranges (keys ending ``_range``),
booleans, text and ``None``. Machine formats write plain digits and a dot decimal in
every language; percentages are cut toward zero to four decimals, so no printed figure
claims a target that was not met. Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import csv
import enum
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol, TextIO

from jkngap.errors import InputError
from jkngap.gaps import Note, Record
from jkngap.messages import format_percent, format_value, translate
from jkngap.numbers import decimal_text

MACHINE_DECIMALS = 4


class Format(str, enum.Enum):
    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    TSV = "tsv"


FILE_FORMATS = {
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
    ".json": Format.JSON,
    ".ndjson": Format.NDJSON,
    ".jsonl": Format.NDJSON,
}


class Result(Protocol):
    """What every core result offers the output layer."""

    kind: str

    @property
    def notes(self) -> tuple[Note, ...]: ...

    def record(self) -> Record: ...

    def headline(self) -> Any: ...


def default_format(stream: TextIO) -> Format:
    """A table for a person at a terminal, TSV for a pipe or a file."""
    isatty = getattr(stream, "isatty", None)
    return Format.TABLE if isatty is not None and isatty() else Format.TSV


def format_for_path(path: Path) -> Format:
    try:
        return FILE_FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(
            "option.choice",
            subject="-o",
            text=path.suffix or path.name,
            choices=", ".join(FILE_FORMATS),
        ) from None


def machine_value(value: Any) -> Any:
    """A record value as JSON-ready data: exact percentages become cut decimal text."""
    if isinstance(value, Fraction):
        return _Number(decimal_text(value, MACHINE_DECIMALS))
    return value


class _Number(str):
    """Decimal text written into JSON as a number, not a string (no float on the way)."""


def _json(value: Any) -> str:
    if isinstance(value, _Number):
        text = value.rstrip("0").rstrip(".") if "." in value else value
        return text if text not in ("", "-") else "0"
    if isinstance(value, Fraction):
        return _json(machine_value(value))
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def json_text(value: Any) -> str:
    """JSON for records and lists of them, percentages as exact decimal numbers."""
    return _json(value)


def flat_columns(record: Record) -> Iterator[tuple[str, Any]]:
    """Columns for CSV and TSV: a ``x_range`` becomes ``x_low`` and ``x_high``."""
    for key, value in record.items():
        if key.endswith("_range"):
            stem = key[: -len("_range")]
            low, high = value if value is not None else (None, None)
            yield f"{stem}_low", low
            yield f"{stem}_high", high
        else:
            yield key, value


def cell_text(value: Any) -> str:
    """A value as a CSV/TSV cell: plain digits, dot decimals, ``true``/``false``, empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Fraction):
        return _json(machine_value(value))
    return str(value)


def write_delimited(records: Iterable[Record], stream: TextIO, delimiter: str) -> None:
    """CSV or TSV, header first, written row by row."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    header: list[str] | None = None
    for record in records:
        columns = list(flat_columns(record))
        if header is None:
            header = [name for name, _ in columns]
            writer.writerow(header)
        writer.writerow([cell_text(value) for _, value in columns])


def plain_text(value: Any) -> str:
    """The headline figure alone: what a script wants in ``$(...)``."""
    if value is None:
        return "unknown"
    return cell_text(value)


def write_records(records: Sequence[Record], fmt: Format, stream: TextIO, *, single: bool) -> None:
    """Records in a machine format; ``single`` writes one JSON object rather than a list."""
    if fmt is Format.JSON:
        stream.write(json_text(records[0] if single else list(records)) + "\n")
    elif fmt is Format.NDJSON:
        for record in records:
            stream.write(json_text(record) + "\n")
    else:
        write_delimited(records, stream, "," if fmt is Format.CSV else "\t")


def note_texts(notes: Iterable[Note], lang: str, *, warnings: bool) -> list[str]:
    return [translate(note.key, lang, **note.params) for note in notes if note.warning is warnings]


def print_warnings(notes: Iterable[Note], lang: str, stream: TextIO) -> None:
    """Warnings go to standard error in every format, so data on standard output stays clean."""
    label = translate("warning", lang)
    for text in note_texts(notes, lang, warnings=True):
        stream.write(f"jkngap: {label}: {text}\n")


def title(result: Result, lang: str) -> str:
    record = result.record()
    target = record.get("target_pct")
    params: dict[str, Any] = {"criteria": record.get("criteria", "")}
    if isinstance(target, Fraction):
        params["target"] = format_percent(target, lang, _decimals_of(target))
    if "base" in record:
        params["base"] = translate(f"base.{record['base']}", lang)
    return translate(f"title.{result.kind}", lang, **params)


def _decimals_of(value: Fraction, most: int = MACHINE_DECIMALS) -> int:
    """The decimals a typed target needs: 98 shows as 98 %, 97.5 as 97.5 %."""
    for decimals in range(most):
        if (value * 10**decimals).denominator == 1:
            return decimals
    return most


def table_rows(record: Record, lang: str) -> list[tuple[str, str, bool | None]]:
    """(label, value, verdict) rows for a one-region table; a verdict row colours by it."""
    rows: list[tuple[str, str, bool | None]] = []
    for key, value in record.items():
        if value is None or key == "exact" or key.endswith("_exact") or key == "criteria":
            continue
        if key.endswith("_range"):
            low, high = value
            if low == high:
                continue
            text = translate(
                "range", lang, low=format_value(low, lang), high=format_value(high, lang)
            )
        elif key == "base":
            text = translate(f"base.{value}", lang)
        elif key.endswith("target_pct") and isinstance(value, Fraction):
            text = format_percent(value, lang, _decimals_of(value))
        else:
            text = format_value(value, lang)
        rows.append(
            (translate(f"label.{key}", lang), text, value if isinstance(value, bool) else None)
        )
    return rows


def emit(
    result: Result,
    fmt: Format,
    *,
    lang: str,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    output: Path | None = None,
) -> None:
    """Show one result: data to standard output (or ``output``), warnings to standard error."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    print_warnings(result.notes, lang, err)
    if output is not None:
        file_format = format_for_path(output)  # refuse an unknown extension before creating
        with output.open("w", encoding="utf-8", newline="") as handle:
            write_records([result.record()], file_format, handle, single=True)
        return
    if fmt is Format.TABLE:
        from jkngap.table import draw_record

        draw_record(
            title(result, lang),
            table_rows(result.record(), lang),
            note_texts(result.notes, lang, warnings=False),
            out,
        )
    elif fmt is Format.PLAIN:
        out.write(plain_text(result.headline()) + "\n")
    else:
        write_records([result.record()], fmt, out, single=True)
