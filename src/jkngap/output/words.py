"""Every word jkngap shows a person, in the user's language.

The words live in :mod:`jkngap.output.catalogues`, one module per language, each one
record (:class:`~jkngap.output.catalogues.Language`): its Babel locale, its messages, the
way its Excel reads CSV and its option parser's phrases. A module there is a language:
``languages()`` finds them by their file names. Parameters are
formatted in the language's own number style through Babel (imported only when a number
is shown): counts as ``590,393`` or ``590.393``, percentages cut (never rounded up) to two
decimals. A field a message names (:class:`~jkngap.core.errors.Field`) is shown in the
caller's words: the argument for Python, the option where :func:`field_names` says so.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING, Any

from jkngap.core.errors import Field, JkngapError, SystemReason
from jkngap.core.model import Note
from jkngap.core.numbers import Reported
from jkngap.core.spans import Bounds, Span, decimal_text

if TYPE_CHECKING:
    from jkngap.output.catalogues import Language

DEFAULT_LANGUAGE = "en"
LANG_ENVIRONMENT_VARIABLE = "JKNGAP_LANG"


# How a field is named to the reader: the argument itself unless a caller (the command
# line) says otherwise for the time it shows something.
_NAMES: ContextVar[Callable[[str], str] | None] = ContextVar("jkngap_field_names", default=None)


@contextmanager
def field_names(namer: Callable[[str], str]) -> Iterator[None]:
    """Within the block, every field a message names is shown as ``namer`` names it."""
    token = _NAMES.set(namer)
    try:
        yield
    finally:
        _NAMES.reset(token)


def field_name(field: str) -> str:
    namer = _NAMES.get()
    return namer(field) if namer is not None else field


def languages() -> tuple[str, ...]:
    """The languages jkngap speaks: one module each in ``output/catalogues/``, English
    first (a test checks that each has every key)."""
    from jkngap.output import catalogues

    found = sorted(
        name.removesuffix(".py")
        for folder in catalogues.__path__
        for name in os.listdir(folder)
        if name.endswith(".py") and not name.startswith("_")
    )
    return (DEFAULT_LANGUAGE, *(code for code in found if code != DEFAULT_LANGUAGE))


@cache
def language_record(lang: str) -> Language:
    """The record of a language jkngap speaks (English for any other)."""
    code = lang if lang in languages() else DEFAULT_LANGUAGE
    record: Language = importlib.import_module(f"jkngap.output.catalogues.{code}").LANGUAGE
    return record


def catalogue(lang: str) -> dict[str, str]:
    """Every message of ``lang``, by key."""
    return language_record(lang).messages


def locale_of(lang: str) -> str:
    """The Babel locale numbers and dates are written in for ``lang``."""
    return language_record(lang).locale


def excel_csv(lang: str) -> tuple[str, str]:
    """The list separator and decimal mark Excel in ``lang`` expects of a CSV file."""
    record = language_record(lang)
    return record.excel_separator, record.excel_decimal


@cache
def _usage_rules(lang: str) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern, re.S), text) for pattern, text in language_record(lang).usage]


def usage_message(text: str, lang: str) -> str:
    """A usage error of the option parser in ``lang`` (as it came where none is known)."""
    cleaned = " ".join(text.replace("Value error, ", "").split())
    for pattern, template in _usage_rules(lang):
        match = pattern.fullmatch(cleaned)
        if match:
            cleaned = template.format(*match.groups())
            break
    for phrase, translated in language_record(lang).phrases.items():
        cleaned = cleaned.replace(phrase, translated)
    return cleaned


def spoken(code: str) -> str | None:
    """``code`` as a language jkngap speaks (``id_ID.UTF-8`` is ``id``), or None."""
    short = code.strip().lower().split("_")[0].split("-")[0].split(".")[0]
    return short if short in languages() else None


def language(requested: str | None = None) -> str:
    """The language to speak: the one asked for, else ``$JKNGAP_LANG``, else English."""
    for candidate in (requested, os.environ.get(LANG_ENVIRONMENT_VARIABLE)):
        if candidate and (code := spoken(candidate)) is not None:
            return code
    return DEFAULT_LANGUAGE


def unknown_environment_language() -> str | None:
    """``$JKNGAP_LANG`` when it names no language jkngap speaks (to be warned of)."""
    value = os.environ.get(LANG_ENVIRONMENT_VARIABLE)
    return value if value and spoken(value) is None else None


def long_date(day: date, lang: str) -> str:
    """A day as a report says it: 1 Desember 2026, December 1, 2026."""
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=locale_of(lang)))


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DATED = re.compile(r"(?P<who>.*?),? (?P<month>[A-Z][a-z]+) (?P<year>[0-9]{4})")


def source_text(text: str, lang: str) -> str:
    """A population's source in the language: "Dukcapil, December 2024" is "Dukcapil,
    Desember 2024" in Indonesian (the register keeps the English, as JSON does)."""
    found = _DATED.fullmatch(text)
    if found is None or found["month"] not in _MONTHS:
        return text
    from babel.dates import format_date

    month = date(int(found["year"]), _MONTHS.index(found["month"]) + 1, 1)
    said = format_date(month, format="LLLL y", locale=locale_of(lang))
    return f"{found['who']}, {said}"


def format_count(value: int, lang: str) -> str:
    """A count in the language's style: 590,393 in English, 590.393 in Indonesian."""
    group = language_record(lang).count_group
    if group is not None:  # Babel's separator for the locale, checked by a test
        return f"{value:,}".replace(",", group)
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=locale_of(lang)))


def format_percent(value: Fraction, lang: str, decimals: int = 2) -> str:
    """A percentage cut toward zero to ``decimals`` decimals: 98,50 % or 98.50 %."""
    from babel.numbers import format_decimal

    pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
    shown = Decimal(decimal_text(value, decimals))
    text = format_decimal(shown, format=pattern, locale=locale_of(lang))
    return f"{text} %"


def format_target(value: Fraction, lang: str) -> str:
    """A target as people write it, with the decimals it has: 98 %, 97,5 %."""
    from jkngap.core.numbers import decimals_needed

    return format_percent(value, lang, decimals_needed(value))


def format_value(value: Any, lang: str) -> str:
    """Any message parameter in the language's style."""
    if type(value) is str:  # a code or a name, most often: none of the kinds below
        return value
    if value is None:
        return translate("bounds.none", lang)
    if isinstance(value, Note):
        return note_text(value, lang)
    if isinstance(value, Bounds):
        if value.high is None:
            return translate("bounds.open", lang, low=value.low)
        value = Span(value.low, value.high)
    if isinstance(value, Field):
        return field_name(value)
    if isinstance(value, SystemReason):  # the operating system's words, in the language
        said = catalogue(lang).get(f"system.{value.name}") if value.name else None
        if said or lang == DEFAULT_LANGUAGE:  # the system's own text is English already
            return said or value.text
        return translate("system.other", lang, code=value.name or "?")
    if isinstance(value, bool):
        return translate("yes" if value else "no", lang)
    if isinstance(value, int):
        return format_count(value, lang)
    if isinstance(value, Fraction):
        return format_percent(value, lang)
    if isinstance(value, Reported):
        return format_percent(value.percent, lang, value.decimals)
    if isinstance(value, Span):
        if value.exact:
            return format_count(value.low, lang)
        low, high = format_count(value.low, lang), format_count(value.high, lang)
        return translate("range", lang, low=low, high=high)
    return str(value)


def _template(key: str, lang: str) -> str:
    """The message ``key`` in ``lang``, unfilled (English where a catalogue lacks it)."""
    return catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key, key)


def note_text(note: Note, lang: str = DEFAULT_LANGUAGE) -> str:
    """A note as a sentence in ``lang``: ``translate(note.key, lang, **note.params)``."""
    return note_texts((note,), lang)[0]


def _rounding_words(value: Any, lang: str) -> Any:
    return translate(f"rounding.{value}", lang)


def _source_words(value: Any, lang: str) -> Any:
    # A population's source ("Dukcapil, June 2025"): its month in words.
    return source_text(value, lang) if isinstance(value, str) else value


# The parameters translate() words itself, even when they are text: a rounding's name, a
# population's source. A note without any of them is filled in as it is (note_texts).
_WORDED: dict[str, Callable[[Any, str], Any]] = {
    "rounding": _rounding_words,
    "source": _source_words,
}


def note_texts(notes: Iterable[Note], lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """:func:`note_text` of each note (a column's, a note a row). A note whose every
    parameter is text translate() fills in as it is (a code, a name: not a rounding or a
    population's source, which it words) is filled in at once, from its message's
    template, looked up once for them all: the warnings of a long file's rows."""
    templates: dict[str, str] = {}
    said = []
    for note in notes:
        params = note.params
        for value in params.values():
            if type(value) is not str:
                break
        else:
            if _WORDED.keys().isdisjoint(params):
                template = templates.get(note.key)
                if template is None:
                    template = templates[note.key] = _template(note.key, lang)
                said.append(template.format_map(params))
                continue
        said.append(translate(note.key, lang, **params))
    return said


def translate(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (English where a catalogue lacks it), filled in."""
    template = _template(key, lang)
    if key in ("range", "money.short"):
        return template.format(**params)
    for name, words in _WORDED.items():
        if name in params:
            params[name] = words(params[name], lang)
    filled = {name: format_value(value, lang) for name, value in params.items()}
    return template.format(**filled)


def explain(error: JkngapError, lang: str = DEFAULT_LANGUAGE) -> str:
    """An error as a sentence in ``lang``, led by where it is: ``population: ...``."""
    text = translate(error.key, lang, **error.params)
    where = []
    if error.field:
        where.append(field_name(error.field))
    if error.path:
        where.append(error.path)
    if error.column is not None:
        where.append(translate("subject.column", lang, name=error.column))
    return f"{': '.join(where)}: {text}" if where else text
