"""A value as the text of one cell: what every machine format writes, and ``plain``.

Plain digits, a dot decimal, ``true``/``false``, percentages cut toward zero to four
decimals, notes and errors as English sentences; nothing here imports ``json`` or ``csv``,
so that ``-f plain`` pays for neither.
"""

from __future__ import annotations

import itertools
import operator
import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from jkngap.core.errors import JkngapError
from jkngap.core.model import Note
from jkngap.core.results import Single
from jkngap.core.spans import Cut4, decimal_text
from jkngap.core.text import CONTROLS

if TYPE_CHECKING:
    from jkngap.output.formats import Shown

# Control characters and the marks that reorder text (core.text): people see them escaped.
_CONTROL = re.compile(CONTROLS)
# Text a spreadsheet would run as a formula (OWASP CSV injection), also behind spaces of
# any kind (a no-break space too) or quotes, and line breaks, which could start a row of
# their own: such a cell is made safe. The one test of it, for every writer.
_UNSAFE = re.compile(f"^[\\s'\"]*[=+\\-@]|^[\\t\\r]|{CONTROLS}")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9.,]*")
# What a formula may start with, behind spaces (a text starting otherwise needs no look).
_FORMULA_STARTS = frozenset("=+-@'\"")
_first = operator.itemgetter(0)

# Cells that are text whatever they hold: told apart at once, before Fraction's ABC check.
_TEXTS = (str, tuple)
MACHINE_DECIMALS = 4
MACHINE_LANGUAGE = "en"


def number_text(value: Fraction | Cut4) -> str:
    """A percentage as JSON/CSV number text: cut to four decimals, no trailing zeros."""
    if isinstance(value, Cut4):
        return str(value)
    text = decimal_text(value, MACHINE_DECIMALS)
    return text.rstrip("0").rstrip(".") if "." in text else text


def sentence(value: Note | JkngapError | tuple[Note, ...], lang: str = MACHINE_LANGUAGE) -> str:
    """Notes or an error as text: English in machine formats, the user's in tables."""
    from jkngap.output.words import explain, note_text

    if isinstance(value, tuple):  # a row's notes: first, as most rows of a long file may
        if len(value) == 1 and type(value[0]) is Note:  # one note: the most common
            return note_text(value[0], lang)
        return "; ".join(
            [
                explain(note, lang) if isinstance(note, JkngapError) else note_text(note, lang)
                for note in value
            ]
        )
    if isinstance(value, JkngapError):
        return explain(value, lang)
    return note_text(value, lang)


def is_notes(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and isinstance(value[0], Note)


def cell_text(value: Any) -> str:
    """A value as a CSV/TSV cell: plain digits, dot decimals, ``true``/``false``, empty."""
    if value is None:
        return ""
    if type(value) is str:
        return value
    if type(value) is tuple and is_notes(value):  # before the ABC checks, slow for a tuple
        return sentence(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Fraction | Cut4):
        return number_text(value)
    if isinstance(value, Note | JkngapError) or is_notes(value):
        return sentence(value)
    return str(value)


def plain_text(value: Any) -> str:
    """The headline figure alone: what a script wants in ``$(...)``."""
    if value is None:
        return "unknown"
    return cell_text(value)


def headline_text(result: Shown) -> str:
    """``-f plain``: the headline figure alone; an unknown verdict says why it is unknown
    ("unknown: no activity given"), in English as every machine format."""
    value = result.headline()
    if value is None and isinstance(result, Single):
        key = result.headline_key()
        if key is not None:
            from jkngap.output.fields import unknown_reason
            from jkngap.output.words import translate

            return translate(unknown_reason(key, result.record()), MACHINE_LANGUAGE)
    return plain_text(value)


def needs_neutralising(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula or a row break."""
    return bool(_UNSAFE.search(text)) and not PLAIN_NUMBER.fullmatch(text)


def neutralise(text: str) -> str:
    """Text a spreadsheet would take for a formula gets a leading quote, a line break
    becomes a space and another control character an escape; numbers are never touched.
    Every writer of text cells (CSV, TSV, Excel CSV, the workbook) calls this one."""
    if not needs_neutralising(text):
        return text
    text = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
    text = visible(text)
    if len(text) > 1 and needs_neutralising(text):
        return "'" + text
    return text


def neutralise_texts(column: list[str | None]) -> list[str | None]:
    """``neutralise`` of each text of a column, None and empty text kept. The column is
    looked at whole first: only where a text starts as a formula may (behind spaces of
    any kind, or quotes) or one holds a control character is each neutralised."""
    texts = list(filter(None, column))
    joined = "".join(texts)
    # Text a terminal or a sheet can show whole has no control character: told at C speed,
    # the pattern asked only of text that has something else (a tab, say).
    if (not joined.isprintable() and _CONTROL.search(joined)) or any(
        first in _FORMULA_STARTS or first.isspace() for first in set(map(_first, texts))
    ):
        return [neutralise(value) if value else value for value in column]
    return column


def safe_cells(column: list[Any], raw: bool) -> list[str | None]:
    """``safe_text`` of each value of a column, None kept. A column of rows' notes (a long
    file's warnings, a sentence a row) is told at once, made sentences, then neutralised
    as a whole; a column of anything else is done value by value."""
    rows = list(filter(None, column))  # None and empty tuples left out
    if (
        len(rows) + column.count(None) != len(column)
        or set(map(type, rows)) != {tuple}
        or set(map(type, map(_first, rows))) != {Note}
    ):
        return [None if value is None else safe_text(value, raw) for value in column]
    from jkngap.output.words import note_texts

    lang = MACHINE_LANGUAGE
    first = rows[0]
    if all(map(operator.is_, rows, itertools.repeat(first))):  # the same notes on every row
        text = sentence(first, lang) if raw else neutralise(sentence(first, lang))
        return [None if notes is None else text for notes in column]
    if set(map(len, rows)) == {1}:  # a note a row of its own (a code read as another, say)
        said = iter(note_texts(map(_first, rows), lang))
        texts = [None if notes is None else next(said) for notes in column]
    else:
        texts = [None if notes is None else sentence(notes, lang) for notes in column]
    return texts if raw else neutralise_texts(texts)


def safe_text(value: Any, raw: bool) -> str:
    """A value as a cell: text neutralised unless ``raw``, whatever its column."""
    text = cell_text(value)
    # Numbers and verdicts are written as they are; any text (a name, a note, an error that
    # quotes a cell) is made safe.
    plain = value is None or (
        type(value) not in _TEXTS and isinstance(value, bool | int | Fraction | Decimal)
    )
    return text if raw or plain else neutralise(text)


def visible(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``), so that
    nothing read from a file acts on the terminal it is shown on."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
