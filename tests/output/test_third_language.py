"""A language is one file: a third one, added as one module beside the catalogues, is
spoken by every command (its words, its number style, its Excel CSV), and the machine
formats stay the same bytes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_languages import SAMPLES, sample

from conftest import run

DUMMY = '''"""A dummy language for the tests: English words marked, French numbers."""

from jkngap.output.catalogues import Language
from jkngap.output.catalogues.en import MESSAGES as ENGLISH

LANGUAGE = Language(
    code="xx",
    locale="fr",
    messages={key: f"<xx> {text}" for key, text in ENGLISH.items()},
    excel_separator="|",
    excel_decimal=",",
)
'''


@pytest.fixture
def third(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from jkngap.output import catalogues
    from jkngap.output.words import language_record

    (tmp_path / "xx.py").write_text(DUMMY, encoding="utf-8")
    monkeypatch.setattr(catalogues, "__path__", [*catalogues.__path__, str(tmp_path)])
    yield "xx"
    sys.modules.pop("jkngap.output.catalogues.xx", None)
    language_record.cache_clear()


def test_the_third_language_is_listed(third: str) -> None:
    from jkngap.output.words import language, languages

    assert languages() == ("en", "id", "xx")
    assert language("xx") == "xx"


@pytest.mark.parametrize("command", sorted(SAMPLES))
def test_every_command_speaks_it(third: str, command: str) -> None:
    english = run(*sample(command, "-f", "table"))
    spoken = run(*sample(command, "-f", "table", "--lang", third))
    assert spoken.exit_code == english.exit_code, spoken.stderr
    assert "<xx> " in spoken.stdout
    assert "internal" not in spoken.stderr
    for fmt in ("json", "csv", "plain"):  # machines read the same bytes in every language
        machine = run(*sample(command, "-f", fmt, "--lang", third))
        assert machine.stdout == run(*sample(command, "-f", fmt)).stdout


def test_its_numbers_and_its_excel_csv(third: str) -> None:
    table = run("needed", "-p", "590393", "-r", "560000", "--lang", third, "-f", "table")
    assert "590\u202f393" in table.stdout  # French grouping, through Babel's fr locale
    excel = run("cost", "--people", "615079", "--lang", third, "-f", "csv", "--excel")
    header = excel.stdout.lstrip("\ufeff").splitlines()[0]
    assert header.startswith("<xx> ")
    assert "|" in header
    wrong = run("needed", "--pop", "x", "--lang", third)
    assert wrong.exit_code == 2
    assert "<xx> " in wrong.stderr
