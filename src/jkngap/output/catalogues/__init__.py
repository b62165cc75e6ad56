"""One module per language: a third language is one more file here, not a refactor.

Each module is named by its language code (``en``, ``id``, ``ms`` ...) and defines
``LANGUAGE``, one :class:`Language` record: the Babel locale its numbers and dates are
written in, every message (every key of ``en``'s, a test checks), the separator and
decimal mark its Excel expects of CSV, and the option parser's usage errors in it.
Modules are found by their file name and imported only when their language is spoken.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Language"]


@dataclass(frozen=True)
class Language:
    """Everything jkngap needs to speak one language."""

    code: str  # what --lang and $JKNGAP_LANG take
    locale: str  # Babel's locale for numbers and dates (often the code itself)
    messages: dict[str, str]
    excel_separator: str = ","  # between the fields of a CSV file Excel opens in columns
    # The thousands separator Babel writes a count with in ``locale`` (590,393), kept here
    # so that a message with a count alone (a batch file's summary on standard error)
    # loads no locale data: Babel's number functions read the whole locale, 85 million
    # instructions, for one character. A test checks it against Babel for every language;
    # None: Babel formats each count.
    count_group: str | None = None
    excel_decimal: str = "."
    # The option parser's English usage errors, as (regular expression, template), and
    # phrases left inside them: English needs none.
    usage: list[tuple[str, str]] = field(default_factory=list)
    phrases: dict[str, str] = field(default_factory=dict)
