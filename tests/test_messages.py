"""The message catalogues: complete in every language, and every key the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

from jkngap.messages import LANGUAGES, catalogue, language

EN = catalogue("en")
CATALOGUES = {lang: catalogue(lang) for lang in LANGUAGES}

SOURCE = Path(__file__).resolve().parents[1] / "src" / "jkngap"


def test_every_catalogue_has_every_key() -> None:
    for lang, messages in CATALOGUES.items():
        assert set(messages) == set(EN), lang


def test_every_placeholder_matches_across_languages() -> None:
    for key, text in EN.items():
        for lang, messages in CATALOGUES.items():
            assert set(re.findall(r"{(\w+)}", messages[key])) == set(
                re.findall(r"{(\w+)}", text)
            ), (lang, key)


def test_every_message_key_in_the_code_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in SOURCE.glob("*.py"):  # the code, not the catalogues themselves
        used |= set(
            re.findall(
                r'"((?:number|value|note|active|needed|status|option|criteria|'
                r'error|title)\.[a-z_]+)"',
                path.read_text(encoding="utf-8"),
            )
        )
    assert used
    assert used <= set(EN), used - set(EN)


def test_languages_are_found_by_their_files() -> None:
    assert LANGUAGES == ("en", "id")


def test_language_choice() -> None:
    assert language("id") == "id"
    assert language("ID") == "id"
    assert language("id_ID.UTF-8") == "id"
    assert language(None) == "en"
