"""One place that turns any result into a table, plain text, JSON, NDJSON, CSV, TSV or a file.

Results hand over flat records (``result.record()``): ``int`` counts, ``Fraction``
percentages (keys ending ``_pct``), ``[low, high]`` ranges (keys ending ``_range``),
rupiah amounts (``premium``, ``budget``, ``unspent``), ISO dates, booleans, text, notes
(sentences) and ``None``; a list of records under one key is a detail table (plan's
milestones, check's findings). Machine formats write plain digits and a dot decimal in
every language, and sentences in English, so that scripts never depend on ``--lang``;
percentages are cut toward zero to four decimals, so no printed figure claims a target
that was not met. Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import csv
import enum
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol, TextIO

from jkngap.errors import InputError
from jkngap.gaps import Note, Record
from jkngap.messages import format_count, format_percent, format_value, translate
from jkngap.numbers import decimal_text, decimals_needed

MACHINE_DECIMALS = 4
MACHINE_LANGUAGE = "en"
MONEY_KEYS = frozenset({"premium", "budget", "unspent"})
DATE_KEYS = frozenset({"from", "by", "date"})
# Keys a person's table leaves out: the machine's bookkeeping, said better by the notes.
HIDDEN_IN_TABLES = frozenset({"exact", "coverage_exact", "activity_exact", "criteria"})
# Scale words for short amounts, largest first.
SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


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


# ------------------------------------------------------------------ machine formats


def _number_text(value: Fraction) -> str:
    """A percentage as JSON/CSV number text: cut to four decimals, no trailing zeros."""
    text = decimal_text(value, MACHINE_DECIMALS)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _json(value: Any) -> str:
    if isinstance(value, Fraction):
        return _number_text(value)  # written as a number, with no float on the way
    if isinstance(value, Note):
        return json.dumps(translate(value.key, MACHINE_LANGUAGE, **value.params))
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def json_text(value: Any) -> str:
    """JSON for records and lists of them, percentages as exact decimal numbers."""
    return _json(value)


def _is_detail(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict)


def flat_columns(record: Record) -> Iterator[tuple[str, Any]]:
    """Columns for CSV and TSV: a ``x_range`` becomes ``x_low`` and ``x_high``; detail
    lists (milestones) stay in JSON, where they nest."""
    for key, value in record.items():
        if key.endswith("_range"):
            stem = key[: -len("_range")]
            low, high = value if value is not None else (None, None)
            yield f"{stem}_low", low
            yield f"{stem}_high", high
        elif not _is_detail(value) and value != []:
            yield key, value


def cell_text(value: Any) -> str:
    """A value as a CSV/TSV cell: plain digits, dot decimals, ``true``/``false``, empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Fraction):
        return _number_text(value)
    if isinstance(value, Note):
        return translate(value.key, MACHINE_LANGUAGE, **value.params)
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


def tabular_rows(result: Result) -> list[Record]:
    """The rows CSV and TSV show: the result's own ``rows()`` (check's findings) or its record."""
    rows = getattr(result, "rows", None)
    return list(rows()) if callable(rows) else [result.record()]


def write_result(result: Result, fmt: Format, stream: TextIO) -> None:
    """One result in a machine format."""
    if fmt in (Format.JSON, Format.NDJSON):  # one result: one object, on one line
        stream.write(json_text(result.record()) + "\n")
    else:
        write_delimited(tabular_rows(result), stream, "," if fmt is Format.CSV else "\t")


# ------------------------------------------------------------------ for people


def note_texts(notes: Iterable[Note], lang: str, *, warnings: bool) -> list[str]:
    return [translate(note.key, lang, **note.params) for note in notes if note.warning is warnings]


def print_warnings(notes: Iterable[Note], lang: str, stream: TextIO) -> None:
    """Warnings go to standard error in every format, so data on standard output stays clean."""
    label = translate("warning", lang)
    for text in note_texts(notes, lang, warnings=True):
        stream.write(f"jkngap: {label}: {text}\n")


def rupiah(amount: int, lang: str) -> str:
    """An amount as officials write it in full: Rp309.999.816.000 (or Rp309,999,816,000)."""
    return f"Rp{format_count(amount, lang)}"


def rupiah_short(amount: int, lang: str) -> str:
    """An amount in the short form: Rp310,0 miliar (one decimal, rounded half up)."""
    from babel.numbers import format_decimal

    for scale, unit in SCALES:
        if amount >= scale:
            shown = (Decimal(amount) / scale).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            number = format_decimal(shown, format="#,##0.0", locale=lang)
            word = translate(f"unit.{unit}", lang)
            return translate("money.short", lang, amount=number, unit=word)
    return rupiah(amount, lang)


def display(key: str, value: Any, lang: str) -> str:
    """A record value as a person reads it, in ``lang``'s style, by what its key holds."""
    if key.endswith("_range"):
        low, high = value
        return translate(
            "range", lang, low=display(key[:-6], low, lang), high=display(key[:-6], high, lang)
        )
    if key.endswith("target_pct") and isinstance(value, Fraction):
        return format_percent(value, lang, decimals_needed(value))
    if key in MONEY_KEYS and isinstance(value, int):
        return rupiah(value, lang)
    if key in DATE_KEYS and isinstance(value, str):
        from babel.dates import format_date

        return str(format_date(date.fromisoformat(value), format="medium", locale=lang))
    if key == "base":
        return translate(f"base.{value}", lang)
    if key == "figures" and isinstance(value, list):
        return " + ".join(value)
    return format_value(value, lang)


def title(result: Result, lang: str) -> str:
    record = result.record()
    params: dict[str, Any] = {"criteria": record.get("criteria", "")}
    for key, name in (
        ("target_pct", "target"),
        ("by", "deadline"),
        ("premium", "premium"),
        ("base", "base"),
    ):
        if record.get(key) is not None:
            params[name] = display(key, record[key], lang)
    return translate(f"title.{result.kind}", lang, **params)


Row = tuple[str, str, bool | None]


def table_rows(record: Record, lang: str) -> list[Row]:
    """(label, value, verdict) rows for a one-region table; a verdict row colours by it."""
    rows: list[Row] = []
    for key, value in record.items():
        if value is None or key in HIDDEN_IN_TABLES or _is_detail(value) or value == []:
            continue
        if key.endswith("_range") and value[0] == value[1]:
            continue  # the exact figure already has its own row
        rows.append(
            (
                translate(f"label.{key}", lang),
                display(key, value, lang),
                value if isinstance(value, bool) else None,
            )
        )
        if key == "budget":
            rows.append((translate("label.budget_short", lang), rupiah_short(value, lang), None))
    return rows


def detail_tables(record: Record, lang: str) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, headers, rows) for each detail list in ``record`` (milestones, findings)."""
    tables = []
    for key, value in record.items():
        if not _is_detail(value):
            continue
        columns = [column for column in value[0] if column not in ("quantity", "implied")]
        headers = [translate(f"label.{column}", lang) for column in columns]
        rows = [
            [
                "" if item[column] is None else display(column, item[column], lang)
                for column in columns
            ]
            for item in value
        ]
        tables.append((translate(f"title.{key}", lang), headers, rows))
    return tables


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
            write_result(result, file_format, handle)
        return
    if fmt is Format.TABLE:
        from jkngap.table import draw_record

        record = result.record()
        draw_record(
            title(result, lang),
            table_rows(record, lang),
            note_texts(result.notes, lang, warnings=False),
            out,
            details=detail_tables(record, lang),
        )
    elif fmt is Format.PLAIN:
        out.write(plain_text(result.headline()) + "\n")
    else:
        write_result(result, fmt, out)


def write_records(records: Sequence[Record], fmt: Format, stream: TextIO) -> None:
    """Many records (one per region) in a machine format: JSON as a list."""
    if fmt is Format.JSON:
        stream.write(json_text(list(records)) + "\n")
    elif fmt is Format.NDJSON:
        for record in records:
            stream.write(json_text(record) + "\n")
    else:
        write_delimited(records, stream, "," if fmt is Format.CSV else "\t")
