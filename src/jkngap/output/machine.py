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
from collections.abc import Callable, Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, TextIO

from jkngap.core.errors import JkngapError
from jkngap.core.model import Note, Record
from jkngap.core.regions import PERCENT_KEYS, Block
from jkngap.core.results import Many, Single
from jkngap.core.spans import Cut4, cut4_fraction_texts, cut4_texts
from jkngap.core.text import REORDERING
from jkngap.output.cells import (
    cell_text,
    is_notes,
    neutralise_texts,
    number_text,
    safe_cells,
    safe_text,
    sentence,
)
from jkngap.output.fields import WHOLE, Kind, field_of, flat_columns
from jkngap.output.formats import Format, Shown


def whole_numbers(key: str) -> bool:
    """Whether a column holds whole numbers or nothing: the csv module writes them as
    they are, so that a long file's rows skip any conversion for them."""
    return field_of(key).kind in WHOLE


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
    """JSON for records and lists of them, percentages as exact decimal numbers; a mark
    that reorders text as it is shown written as its escape, the same string to a reader
    of JSON, and never acted on by a terminal (the json module escapes control
    characters itself)."""
    text = _json(value)
    return text if text.isprintable() else text.translate(_REORDERING)


_REORDERING = {code: f"\\u{code:04x}" for code in REORDERING}


def result_records(result: Shown) -> Iterable[Record]:
    """The rows a delimited format or a sheet shows: every region of many, or one
    result's rows (its record; a check's findings; the register's regions)."""
    return result.records if isinstance(result, Many) else result.rows()


def is_listed(result: Shown) -> bool:
    """A result whose JSON is a list of records: many regions, the register's."""
    return isinstance(result, Many) or result.listed


def write_json(result: Shown, stream: TextIO) -> None:
    """One object for one answer; a list for many regions, or a listed result's rows."""
    if not is_listed(result):
        assert not isinstance(result, Many)
        stream.write(json_text(_answer(result)) + "\n")
        return
    stream.write("[")
    for number, record in enumerate(result_records(result)):
        stream.write((",\n" if number else "\n") + json_text(record))
    stream.write("\n]\n")


def write_ndjson(result: Shown, stream: TextIO) -> None:
    """A line of JSON a record: the answer's own, or one per row of a listed result."""
    if not is_listed(result):
        assert not isinstance(result, Many)
        stream.write(json_text(_answer(result)) + "\n")
        return
    for record in result_records(result):
        stream.write(json_text(record) + "\n")


def _answer(result: Single) -> Record:
    """One answer's record with the notes a table shows below it (a figure worked out
    from others, a population projected, nobody registered): a script reading JSON is
    told what a person is, under ``notes`` (a list, empty when there are none)."""
    # The answer's own notes, and those of what wraps it (a region's population looked up).
    return {**result.record(), "notes": list(result.notes)}


def write_rows(result: Shown, stream: TextIO, delimiter: str, *, raw: bool) -> None:
    """CSV or TSV of a result: many regions a block at a time where they come in order."""
    if isinstance(result, Many):
        blocks = result.blocks()
        if blocks is not None:
            write_blocks(result, blocks, stream, delimiter, raw=raw)
            return
    write_delimited(result_records(result), stream, delimiter, raw=raw)


def write(result: Shown, fmt: Format, stream: TextIO, *, raw: bool) -> None:
    """A result in a machine format (json, ndjson, csv, tsv), for a caller of its own."""
    if fmt is Format.JSON:
        write_json(result, stream)
    elif fmt is Format.NDJSON:
        write_ndjson(result, stream)
    else:
        write_rows(result, stream, "," if fmt is Format.CSV else "\t", raw=raw)


def row_getter(keys: list[str]) -> Callable[[Record], tuple[Any, ...]]:
    """A record's values for ``keys``, fetched in C rather than key by key."""
    if len(keys) == 1:
        only = keys[0]
        return lambda record: (record[only],)
    return operator.itemgetter(*keys)


_WORDS = {True: "true", False: "false"}
_PERCENTAGES = frozenset({Fraction, Cut4})


class _Writer:
    """The csv module's rows, each ended by a line feed; a row with a bare carriage return
    in a cell (kept by ``--raw``) has that cell quoted too, which the csv module does only
    for the characters of its own line ending.

    A block of columns that needs no quoting at all (whole numbers, and text with no
    delimiter, quote or line break) is joined and written at once: the bytes the csv
    module writes for it, for a fraction of the work, since the csv module looks at each
    character of each cell twice. Any other block goes to the csv module; a test holds
    the two to the same bytes."""

    def __init__(self, stream: TextIO, delimiter: str) -> None:
        self.stream = stream
        self.delimiter = delimiter
        self.csv = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        self.quoted = re.compile(f'[{re.escape(delimiter)}"\r\n]')

    def row(self, cells: Iterable[Any]) -> None:
        listed = list(cells)
        if any(type(cell) is str and "\r" in cell for cell in listed):
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=self.delimiter, lineterminator="\r\n").writerow(listed)
            self.stream.write(buffer.getvalue().removesuffix("\r\n") + "\n")
        else:
            self.csv.writerow(listed)

    def rows(self, rows: Iterable[Iterable[Any]], *, returns: bool) -> None:
        """``rows``; ``returns``: some cell may hold a carriage return (checked row by row)."""
        if returns:
            for cells in rows:
                self.row(cells)
        else:
            self.csv.writerows(rows)

    def columns(self, columns: list[list[Any]], *, returns: bool) -> None:
        """The rows of a block given as its columns (each as long as the others)."""
        texts = None if returns or len(columns) < 2 else self._plain(columns)
        if texts is None:
            self.rows(zip(*columns, strict=True), returns=returns)
        elif texts[0]:
            self.stream.write("\n".join(map(self.delimiter.join, zip(*texts, strict=True))))
            self.stream.write("\n")

    def _plain(self, columns: list[list[Any]]) -> list[list[str]] | None:
        """Every column as the text the csv module writes for its cells, or None when some
        cell needs quoting or is not a whole number, text or nothing."""
        texts: list[list[str]] = []
        for column in columns:
            kinds = set(map(type, column))
            empty = type(None) in kinds
            kinds.discard(type(None))
            if not kinds:
                texts.append([""] * len(column))
            elif kinds == {int}:
                texts.append([_text(cell) for cell in column] if empty else [*map(str, column)])
            elif kinds == {str}:
                cells = [_text(cell) for cell in column] if empty else column
                if self.quoted.search("".join(cells)):
                    return None
                texts.append(cells)
            else:
                return None
        return texts


def _text(cell: Any) -> str:
    """A cell as the csv module writes it: nothing for None."""
    return "" if cell is None else str(cell)


def write_delimited(
    records: Iterable[Record], stream: TextIO, delimiter: str, *, raw: bool = True
) -> None:
    """CSV or TSV, header first, written row by row. Unless ``raw``, text cells that a
    spreadsheet would run as formulas are neutralised, header cells included.

    The columns are planned once, from the first record (every record shares its keys):
    whole numbers go to the csv module as they are, and each other column is converted
    by what its values are, so that a long file's rows do the least work.
    """
    writer = _Writer(stream, delimiter)
    remaining = iter(records)
    first = next(remaining, None)
    if first is None:
        return
    # Lists only JSON carries (a trend's missing dates, its status changes) have no column:
    # left out of the plan, the other columns still take the quick path.
    plan = [key for key in first if not _only_json(key, first[key])]
    writer.row([safe_text(name, raw) for name, _ in flat_columns(first)])
    if any(field_of(key).kind is Kind.RANGE or isinstance(first[key], list) for key in plan):
        for record in (first, *remaining):  # ranges and details: the general path
            writer.row([safe_text(value, raw) for _, value in flat_columns(record)])
        return
    fetch = row_getter(plan)
    # The keys whose cells need converting (text, percentages, verdicts), by position;
    # whole numbers are written as they are. Rows go a chunk at a time, each column
    # converted as a whole, as write_blocks converts a block's.
    converted = [index for index, key in enumerate(plan) if not whole_numbers(key)]
    records = itertools.chain((first,), remaining)
    while chunk := list(map(fetch, itertools.islice(records, _CHUNK_RECORDS))):
        columns: list[list[Any]] = [list(column) for column in zip(*chunk, strict=True)]
        returns = False
        for index in converted:
            columns[index], returned = _converted(columns[index], raw)
            returns = returns or returned
        writer.columns(columns, returns=returns)


# Records converted and written together: a column's work runs in C, memory stays small.
_CHUNK_RECORDS = 256


def _only_json(key: str, value: Any) -> bool:
    """A key whose values are lists no CSV column holds, whatever the record (a list of
    values, or a detail table, as every record of the command gives it)."""
    kind = field_of(key).kind
    return kind is Kind.LIST or (kind is Kind.DETAIL and isinstance(value, list))


def write_blocks(
    result: Many, blocks: Iterable[Block], stream: TextIO, delimiter: str, *, raw: bool
) -> None:
    """Every region of many in order, a block of rows at a time, each column converted
    as a whole and the rows written by the csv module; then the total."""
    writer = _Writer(stream, delimiter)
    keys = result.keys
    writer.row([safe_text(key, raw) for key in keys])
    # The keys whose cells need converting (text, percentages, verdicts), by position;
    # whole numbers are written as they are.
    converted = {index: key for index, key in enumerate(keys) if not whole_numbers(key)}
    for block in blocks:
        empty = [None] * block.length
        columns = [block.columns.get(key, empty) for key in keys]
        returns = False
        for index, key in converted.items():
            if columns[index] is not empty:
                columns[index], returned = _cells(key, columns[index], raw)
                returns = returns or returned
        writer.columns(columns, returns=returns)
    total = result.total()
    if total is not None:
        writer.row([safe_text(value, raw) for value in total.values()])


def _cells(key: str, column: list[Any], raw: bool) -> tuple[list[Any], bool]:
    """A block's column as cells: its percentages (ten-thousandths) as their cut text, any
    other column as :func:`_converted` makes it."""
    if key in PERCENT_KEYS:
        return cut4_texts(column), False
    return _converted(column, raw)


def _converted(column: list[Any], raw: bool) -> tuple[list[Any], bool]:
    """A column as cells: percentages as their cut text, verdicts as words, text
    neutralised; the csv module writes None and whole numbers itself. Also whether a
    cell keeps a carriage return (``raw``), which its row must quote."""
    kinds = set(map(type, column))
    kinds.discard(type(None))
    if not kinds:
        return column, False
    if kinds == {bool}:
        return list(map(_WORDS.get, column)), False
    if kinds == {Fraction}:  # exact percentages: never text to neutralise
        return cut4_fraction_texts(column), False
    if kinds <= _PERCENTAGES:
        return [None if value is None else number_text(value) for value in column], False
    if kinds == {str}:
        if raw:
            return column, _returns(column)
        return neutralise_texts(column), False
    # Notes (or other values) made cells: a sentence quotes its code as the file wrote it,
    # a carriage return kept by --raw included, whatever the code's own cell became.
    texts = safe_cells(column, raw)
    return texts, raw and _returns(texts)


def _returns(texts: list[Any]) -> bool:
    """Whether a column of text cells (or None) holds a carriage return."""
    return "\r" in "".join(filter(None, texts))


def write_excel_csv(result: Shown, stream: TextIO, lang: str, *, raw: bool) -> None:
    """CSV as Excel in ``lang`` opens it in columns: a byte-order mark, the language's list
    separator and decimal mark (Indonesian: semicolons and decimal commas), headers, verdicts,
    words and notes in the language; counts as plain digits, which every Excel reads."""
    from jkngap.output.display import header_text, region_label, spreadsheet_word
    from jkngap.output.words import excel_csv

    separator, decimal = excel_csv(lang)
    writer = csv.writer(stream, delimiter=separator, lineterminator="\r\n")
    stream.write("\ufeff")
    header: list[str] | None = None
    for record in result_records(result):
        columns = list(flat_columns(record))
        if header is None:
            header = [safe_text(header_text(key, lang, result.kind), raw) for key, _ in columns]
            writer.writerow(header)
        label = region_label(record, lang) if "region" in record else None
        if label is not None:  # a total, a group's subtotal: named in the language
            columns = [(k, label if k == "region" else v) for k, v in columns]
        row: list[Any] = []
        for key, value in columns:
            if isinstance(value, Fraction | Cut4 | Decimal):
                row.append(cell_text(value).replace(".", decimal))
            elif value is None or type(value) is int:
                row.append(value)
            else:
                row.append(_kept_text(key, safe_text(spreadsheet_word(key, value, lang), raw)))
        writer.writerow(row)


# Text Excel would open as a number, in English or Indonesian: digits (0012 loses its
# zeros), one decimal mark (a code 61.10 reads 61.1, another region), or thousands in
# groups of three (99.100 reads 99100). A village's code, 32.73.01.1001, stays text.
_NUMBER_LIKE = re.compile(r"[0-9]+(?:[.,][0-9]+)?|[0-9]{1,3}(?:[.,][0-9]{3})+")


def _kept_text(key: str, text: str) -> str:
    """A text cell (a code, a name) that Excel would take for a number, as its text
    formula ``="61.10"``, so that Excel keeps it as written: the formula can hold nothing
    but those digits, dots and commas."""
    if field_of(key).kind is Kind.TEXT and _NUMBER_LIKE.fullmatch(text):
        return f'="{text}"'
    return text
