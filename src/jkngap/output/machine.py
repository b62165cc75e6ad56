"""Machine formats: JSON, NDJSON, CSV, TSV and plain, the same bytes in every language.

Records are flat: ``int`` counts, ``Fraction`` or ``Cut4`` percentages, ``[low, high]``
ranges (keys ending ``_range``), ISO dates, booleans, text, notes and errors (written as
English sentences, so that scripts never depend on ``--lang``) and ``None``; a list of
records under one key is a detail table (plan's milestones, check's findings), which
only JSON nests. Percentages are cut toward zero to four decimals, so that no printed
figure claims a target that was not met.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any, TextIO

from jkngap.core.errors import JkngapError
from jkngap.core.model import Note, Record
from jkngap.core.regions import PERCENT_KEYS
from jkngap.core.spans import Cut4, cut4_texts
from jkngap.output.cells import cell_text, is_notes, number_text, plain_text, sentence, visible
from jkngap.output.formats import Format, Many, Result, View, is_listed, is_many, result_records

# Text a spreadsheet would run as a formula (OWASP CSV injection), also behind spaces or
# quotes, and line breaks, which could start a row of their own: such a cell is made safe.
_UNSAFE = re.compile(r"^[\s'\"]*[=+\-@]|^[\t\r]|[\x00-\x08\x0a-\x1f\x7f-\x9f]")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9.,]*")
# Control characters alone (line breaks included): one character class, scanned fast.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
# Keys whose values are always a whole number or empty: the csv module writes them as they
# are, so a long file's rows skip any conversion for them.
INTEGER_KEYS = frozenset(
    {
        "row",
        "population",
        "registered",
        "active",
        "required_registered",
        "registrants_needed",
        "surplus",
        "registered_headroom",
        "required_active",
        "active_needed",
        "new_members_needed",
        "active_headroom",
        "inactive",
        "registrants_needed_sum",
        "active_needed_sum",
        "people",
        "premium",
        "months",
        "budget",
        "unspent",
        "days",
        "working_days",
        "agents",
        "rolled_up",
    }
)


def _json(value: Any) -> str:
    if isinstance(value, Fraction | Cut4):
        return number_text(value)  # written as a number, with no float on the way
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Note | JkngapError) or is_notes(value):
        return json.dumps(sentence(value), ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def json_text(value: Any) -> str:
    """JSON for records and lists of them, percentages as exact decimal numbers."""
    return _json(value)


def is_detail(value: Any) -> bool:
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
        elif not is_detail(value) and value != []:
            yield key, value


def neutralise(text: str) -> str:
    """Text a spreadsheet would take for a formula gets a leading quote, a line break
    becomes a space and another control character an escape; numbers are never touched."""
    if not _UNSAFE.search(text) or PLAIN_NUMBER.fullmatch(text):
        return text
    text = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
    text = visible(text)
    if len(text) > 1 and _UNSAFE.search(text) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_text(value: Any, raw: bool) -> str:
    """A value as a cell: text neutralised unless ``raw``, whatever its column."""
    text = cell_text(value)
    # Numbers and verdicts are written as they are; any text (a name, a note, an error that
    # quotes a cell) is made safe.
    plain = value is None or isinstance(value, bool | int | Fraction | Decimal)
    return text if raw or plain else neutralise(text)


def row_getter(keys: list[str]) -> Callable[[Record], tuple[Any, ...]]:
    """A record's values for ``keys``, fetched in C rather than key by key."""
    if len(keys) == 1:
        only = keys[0]
        return lambda record: (record[only],)
    return operator.itemgetter(*keys)


# What a text cell may start with for it to need a closer look (formula marks, and the
# spaces or quotes they may hide behind).
_RISKY_FIRST = frozenset("=+-@\t\r \"'")
_WORDS = {True: "true", False: "false"}


def write_delimited(
    records: Iterable[Record], stream: TextIO, delimiter: str, *, raw: bool = True
) -> None:
    """CSV or TSV, header first, written row by row. Unless ``raw``, text cells that a
    spreadsheet would run as formulas are neutralised, header cells included.

    The columns are planned once, from the first record (every record shares its keys):
    whole numbers go to the csv module as they are, and each other column is converted
    by what its values are, so that a long file's rows do the least work.
    """
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    remaining = iter(records)
    first = next(remaining, None)
    if first is None:
        return
    plan = list(first)
    writer.writerow([safe_text(name, raw) for name, _ in flat_columns(first)])
    if any(key.endswith("_range") or isinstance(first[key], list) for key in plan):
        for record in (first, *remaining):  # ranges and details: the general path
            writer.writerow([safe_text(value, raw) for _, value in flat_columns(record)])
        return
    fetch = row_getter(plan)
    percent_at = [i for i, key in enumerate(plan) if key.endswith("_pct")]
    other_at = [
        i for i, key in enumerate(plan) if key not in INTEGER_KEYS and not key.endswith("_pct")
    ]
    for record in itertools.chain((first,), remaining):
        row = list(fetch(record))
        for index in percent_at:
            value = row[index]
            if value is not None and type(value) is not Cut4:
                row[index] = cell_text(value)  # an exact Fraction, cut to four decimals
        for index in other_at:
            value = row[index]
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                if not raw:
                    row[index] = neutralise(value)
            elif kind is bool:
                row[index] = _WORDS[value]
            elif kind is not int:
                row[index] = safe_text(value, raw)
        writer.writerow(row)


def write_blocks(result: Any, stream: TextIO, delimiter: str, *, raw: bool) -> None:
    """Every region of a batch in order, a block of rows at a time, each column converted
    as a whole and the rows written by the csv module; then the total."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    keys: tuple[str, ...] = result.keys
    writer.writerow([safe_text(key, raw) for key in keys])
    for block in result.blocks:
        empty = [None] * block.length
        columns = [block.columns.get(key, empty) for key in keys]
        for index, key in enumerate(keys):
            if key not in INTEGER_KEYS:
                columns[index] = _cells(key, columns[index], raw)
        writer.writerows(zip(*columns, strict=True))
    total = result.total()
    if total is not None:
        writer.writerow([safe_text(value, raw) for value in total.values()])


_first = operator.itemgetter(0)


def _cells(key: str, column: list[Any], raw: bool) -> list[Any]:
    """A block's column as cells: percentages as their cut text, verdicts as words, text
    neutralised; the csv module writes None and whole numbers itself."""
    kinds = set(map(type, column))
    kinds.discard(type(None))
    if not kinds:
        return column
    if key in PERCENT_KEYS:
        return cut4_texts(column)
    if kinds == {bool}:
        return list(map(_WORDS.get, column))
    if kinds == {str}:
        texts = list(filter(None, column))
        if raw or not (
            _RISKY_FIRST.intersection(map(_first, texts)) or _CONTROL.search("".join(texts))
        ):
            return column
        return [neutralise(value) if value else value for value in column]
    return [None if value is None else safe_text(value, raw) for value in column]


# The list separator and decimal mark Excel expects of a CSV file in each language.
EXCEL_CSV = {"en": (",", "."), "id": (";", ",")}


def write_excel_csv(result: Result | Many, stream: TextIO, lang: str, *, raw: bool) -> None:
    """CSV as Excel in ``lang`` opens it in columns: a byte-order mark, the language's list
    separator and decimal mark (Indonesian: semicolons and decimal commas), headers, verdicts
    and notes in the language; counts as plain digits, which every Excel reads."""
    from jkngap.output.excel import header_text
    from jkngap.output.words import translate

    separator, decimal = EXCEL_CSV.get(lang, EXCEL_CSV["en"])
    words = {True: translate("yes", lang), False: translate("no", lang)}
    writer = csv.writer(stream, delimiter=separator, lineterminator="\r\n")
    stream.write("\ufeff")
    header: list[str] | None = None
    for record in result_records(result):
        columns = list(flat_columns(record))
        if header is None:
            header = [safe_text(header_text(key, lang), raw) for key, _ in columns]
            writer.writerow(header)
        row: list[Any] = []
        for _, value in columns:
            if isinstance(value, bool):
                row.append(words[value])
            elif isinstance(value, Fraction | Cut4 | Decimal):
                row.append(cell_text(value).replace(".", decimal))
            elif isinstance(value, Note | JkngapError) or is_notes(value):
                row.append(safe_text(sentence(value, lang), raw))
            else:
                row.append(safe_text(value, raw))
        writer.writerow(row)


def write(
    result: Result | Many, fmt: Format, stream: TextIO, *, raw: bool, excel: str | None = None
) -> None:
    """A result in a machine format: one object for one region, a list for many. With
    ``excel`` (a language), CSV is written for Excel in that language."""
    if excel is not None and fmt is Format.CSV:
        write_excel_csv(result, stream, excel, raw=raw)
    elif fmt is Format.PLAIN:
        stream.write(plain_text(result.headline()) + "\n")
    elif fmt is Format.JSON and is_listed(result):
        stream.write("[")
        for number, record in enumerate(result_records(result)):
            stream.write((",\n" if number else "\n") + json_text(record))
        stream.write("\n]\n")
    elif fmt in (Format.JSON, Format.NDJSON) and not is_listed(result):
        stream.write(json_text(result.record()) + "\n")  # type: ignore[union-attr]
    elif fmt is Format.NDJSON:
        for record in result_records(result):
            stream.write(json_text(record) + "\n")
    elif is_many(result) and result.how.in_order:  # type: ignore[union-attr]
        write_blocks(result, stream, "," if fmt is Format.CSV else "\t", raw=raw)
    else:
        delimiter = "," if fmt is Format.CSV else "\t"
        write_delimited(result_records(result), stream, delimiter, raw=raw)


def write_file(result: Result | Many, handle: IO[bytes], view: View, name: str) -> None:
    """A machine format into a file (``name`` is the format's name)."""
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
    try:
        write(result, Format(name), text, raw=view.raw, excel=view.lang if view.excel else None)
        text.flush()
    finally:
        text.detach()
