"""A count's thousands separator kept in a language's record (so that a count alone loads
no locale data) is the one Babel writes for that record's locale: checked for every
language jkngap speaks, on every size of count."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from jkngap.output.words import format_count, language_record, languages


def test_the_shipped_languages_keep_their_separator() -> None:
    # Not vacuous: the languages whose counts the summary line shows skip Babel.
    assert {lang: language_record(lang).count_group for lang in ("en", "id")} == {
        "en": ",",
        "id": ".",
    }


@pytest.mark.parametrize("lang", languages())
@given(value=st.integers(-(10**18), 10**18))
@example(value=0)
@example(value=999)
@example(value=1000)
@example(value=-1000)
@example(value=83_762)
@example(value=10**15)
def test_a_count_is_written_as_babel_writes_it(lang: str, value: int) -> None:
    locale = language_record(lang).locale
    assert format_count(value, lang) == format_decimal(value, locale=locale)
