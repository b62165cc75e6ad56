"""The message catalogues: complete in every language, and every key the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

from jkngap.output.words import catalogue, language, languages

EN = catalogue("en")
CATALOGUES = {lang: catalogue(lang) for lang in languages()}

SOURCE = Path(__file__).resolve().parents[2] / "src" / "jkngap"


def test_every_catalogue_has_every_key() -> None:
    for lang, messages in CATALOGUES.items():
        assert set(messages) == set(EN), lang


def test_every_placeholder_matches_across_languages() -> None:
    for key, text in EN.items():
        for lang, messages in CATALOGUES.items():
            assert set(re.findall(r"{(\w+)}", messages[key])) == set(
                re.findall(r"{(\w+)}", text)
            ), (lang, key)


# Every family of keys the catalogue has: "number.empty" is of the family "number".
FAMILIES = sorted({key.split(".")[0] for key in EN if "." in key})
KEY = re.compile(r'"((?:' + "|".join(FAMILIES) + r')\.[a-z_0-9]+)"')


def _keys_in_the_code() -> set[str]:
    used: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if "catalogues" not in path.parts:  # the code, not the catalogues themselves
            used |= set(KEY.findall(path.read_text(encoding="utf-8")))
    return used


def test_every_message_key_in_the_code_is_in_the_catalogue() -> None:
    used = _keys_in_the_code()
    # Every error, note and message the code names by a literal key, in every room.
    assert len(used) >= 80, len(used)
    assert used <= set(EN), used - set(EN)


def test_a_missing_key_would_be_found() -> None:
    # The check above can fail: a key of a known family that no catalogue has is caught.
    assert KEY.findall('raise InputError("number.no_such_key")') == ["number.no_such_key"]
    assert "number.no_such_key" not in EN


def test_languages_are_the_catalogue_files() -> None:
    """The languages are the catalogue modules, and only them, English first."""
    import pkgutil

    from jkngap.output import catalogues

    found = sorted(module.name for module in pkgutil.iter_modules(catalogues.__path__))
    assert sorted(languages()) == found == ["en", "id"]
    assert languages()[0] == "en"


def test_language_choice() -> None:
    assert language("id") == "id"
    assert language("ID") == "id"
    assert language("id_ID.UTF-8") == "id"
    assert language(None) == "en"


def test_no_message_needs_a_parameter_an_error_keeps_for_itself() -> None:
    # An error takes field, path, column and row as where it is, not as parameters: a
    # template asking for one of them could never be filled.
    where = {"field", "path", "column", "row"}
    for key, text in EN.items():
        assert not set(re.findall(r"{(\w+)}", text)) & where, key
