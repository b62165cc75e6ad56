"""Every command in both languages: Indonesian for people, the same bytes for machines."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run
from jkngap.cli import COMMANDS
from jkngap.output.words import catalogue

EN, ID = catalogue("en"), catalogue("id")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# A sample of every command, under the words that run it ("allocate agents": a command of
# commands has one for each of its own).
SAMPLES: dict[str, list[str]] = {
    "needed": ["-p", "590393", "-r", "560000"],
    "active": ["-r", "5241084", "--active-rate", "67,90"],
    "status": ["-p", "590393", "-r", "560000", "-a", "450000"],
    "plan": [
        "-p",
        "590393",
        "-r",
        "560000",
        "-a",
        "450000",
        "--from",
        "2025-06-01",
        "--by",
        "2025-12-31",
        "--agents",
        "20",
    ],
    "cost": ["--people", "615079"],
    "check": ["--registered", "5241084", "--coverage", "92,82", "--registrants-needed", "280386"],
    "batch": [str(EXAMPLES / "provinsi-contoh.csv"), "--check"],
    "region": ["kab banjar"],
    "trend": [str(EXAMPLES / "kalbar-bulanan-ilustrasi.csv"), "--by", "2025-12"],
    "compare": [
        str(EXAMPLES / "kalbar-ilustrasi.csv"),
        str(EXAMPLES / "kalbar-segmen-ilustrasi.csv"),
        *("--tolerance", "0,5%"),
    ],
    "allocate agents": [
        str(EXAMPLES / "bandung-kelurahan-ilustrasi.csv"),
        *("--roster", str(EXAMPLES / "bandung-agen-ilustrasi.csv")),
        *("--from", "2025-06-03", "--by", "2025-07"),
    ],
    "allocate budget": [
        str(EXAMPLES / "kalbar-segmen-ilustrasi.csv"),
        *("--budget", "Rp100 miliar", "--share", "40"),
    ],
    "match": [
        *("--population", str(EXAMPLES / "penduduk-contoh.csv")),
        *("--members", str(EXAMPLES / "peserta-contoh.csv")),
        *("--welfare", str(EXAMPLES / "dtsen-contoh.csv")),
    ],
    "segments": [
        "-r",
        "1000",
        "-a",
        "700",
        "--segment",
        "pbpu=300/100",
        "--segment",
        "ppu=400/390",
        "--budget",
        "Rp30 juta",
    ],
}
# English words that must not show in an Indonesian table (labels that differ, in full).
ENGLISH_ONLY = sorted(
    {
        text
        for key, text in EN.items()
        if key.startswith(("label.", "column.", "title."))
        and ID[key] != text
        and "{" not in text
        and len(text) > 6
    },
    key=len,
    reverse=True,
)


def sample(command: str, *more: str) -> list[str]:
    """The words that run a command's sample, with ``more``."""
    return [*command.split(), *SAMPLES[command], *more]


def test_every_command_has_a_sample() -> None:
    assert {command.split()[0] for command in SAMPLES} == set(COMMANDS)


@pytest.mark.parametrize("command", sorted(SAMPLES))
def test_tables_speak_the_chosen_language(command: str) -> None:
    english = run(*sample(command, "-f", "table"))
    indonesian = run(*sample(command, "-f", "table", "--lang", "id"))
    assert english.exit_code == indonesian.exit_code
    assert english.exit_code in (0, 1, 3)
    assert english.stdout != indonesian.stdout
    leaked = [text for text in ENGLISH_ONLY if text in indonesian.stdout]
    assert not leaked, leaked
    assert "galat internal" not in indonesian.stderr


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "tsv", "plain"])
@pytest.mark.parametrize("command", sorted(SAMPLES))
def test_machine_formats_do_not_change_with_the_language(command: str, fmt: str) -> None:
    english = run(*sample(command, "-f", fmt))
    indonesian = run(*sample(command, "-f", fmt, "--lang", "id"))
    assert english.stdout == indonesian.stdout
    assert english.stdout


# English words that have no place in Indonesian output, whatever label they hide in
# (month and day names, the words of sentences and of the figures' names).
_ENGLISH = """the and of to with for from not is are be by on at as or an in it its this that than
    needed needs registered participants participant population coverage activity active
    inactive met total totals region regions row rows file files made source criteria yes
    people person members member agents agent budget cost premium months month year years
    week weeks day days working range surplus required reactivation new every each all none
    unknown warning note percentages percentage cut rounded here shown first more showing
    order asked january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())
# Words Indonesian officials write as they are (target, Excel), a route's letter ("jalur
# (a)"), a region's letter in a sample's name ("Kota Contoh A"), and the machine formats'
# key of a row's error ("kolom error"), which a script reads under that name.
WRITTEN_AS_IS = frozenset({"target", "excel", "a", "error"})


def english_in(text: str) -> list[str]:
    """The English words of ``text``, leaving out options (--all-rows), file names, paths
    and keys (kalbar.csv, registrants_needed)."""
    import re

    text = re.sub(r"(?<![\w-])--?[a-z][\w-]*", " ", text)
    text = re.sub(r"\S*[_./\\@]\S*", " ", text)
    return sorted(
        {
            word
            for word in re.findall(r"[A-Za-z]+", text)
            if word.lower() in ENGLISH_WORDS and word.lower() not in WRITTEN_AS_IS
        }
    )


def _file_text(path: Path) -> str:
    """The words a person reads in a written file: an HTML report's or a chart's text, a
    workbook's sheet names and text cells."""
    import html
    import re

    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        cells = [sheet.title for sheet in book.worksheets]
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells.extend(value for value in row if isinstance(value, str))
        return "\n".join(cells)
    markup = path.read_text(encoding="utf-8")
    markup = re.sub(r"<style.*?</style>|<script.*?</script>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_english_words_are_found_by_the_scan() -> None:
    assert english_in("Sumber: Dukcapil, December 2024") == ["December"]
    assert english_in("5.241.084 participants, --all-rows, registrants_needed") == ["participants"]
    assert english_in("Target cakupan 98 %; kolom error") == []


@pytest.mark.parametrize("command", sorted(SAMPLES))
def test_indonesian_output_has_no_english_in_any_format(command: str, tmp_path: Path) -> None:
    said: dict[str, str] = {}
    for fmt in ("table", "plain"):
        result = run(*sample(command, "-f", fmt, "--lang", "id"), env={"COLUMNS": "120"})
        assert result.exit_code in (0, 1, 3)
        said[fmt] = result.stdout + result.stderr
    for suffix in (".html", ".xlsx", ".svg"):
        path = tmp_path / f"out{suffix}"
        result = run(*sample(command, "-o", str(path), "--lang", "id"))
        said[suffix] = result.stderr
        if result.exit_code == 2 and suffix == ".svg":  # nothing to chart, and said so
            continue
        assert result.exit_code in (0, 1, 3), result.stderr
        said[suffix] += _file_text(path)
    leaked = {where: english_in(text) for where, text in said.items() if english_in(text)}
    assert not leaked, leaked


@pytest.mark.parametrize(
    ("args", "indonesian"),
    [
        (
            ["batch", "tidak-ada.csv"],
            "berkas tidak dapat dibuka: berkas atau folder tidak ditemukan",
        ),
        (["batch", "."], "berkas tidak dapat dibuka: ini sebuah folder, bukan berkas"),
        (
            ["needed", "--pop", "1000", "-o", "tidak/ada/x.csv"],
            "berkas tidak dapat ditulis: berkas atau folder tidak ditemukan",
        ),
    ],
)
def test_the_systems_reasons_about_files_are_said_in_indonesian(
    args: list[str], indonesian: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*args, "--lang", "id")
    assert result.exit_code == 2
    assert indonesian in result.stderr
    assert english_in(result.stderr) == []
    english = run(*args)
    assert "No such file or directory" in english.stderr or "Is a directory" in english.stderr


def test_a_reason_no_catalogue_names_is_its_code_in_indonesian_and_the_systems_in_english() -> None:
    import errno
    import os

    from jkngap.core.errors import system_reason
    from jkngap.output.words import format_value

    stale = system_reason(OSError(errno.ESTALE, os.strerror(errno.ESTALE)))
    assert format_value(stale, "id") == "galat sistem ESTALE"
    assert format_value(stale, "en") == os.strerror(errno.ESTALE)
    missing = system_reason(FileNotFoundError(errno.ENOENT, "No such file or directory"))
    assert format_value(missing, "id") == "berkas atau folder tidak ditemukan"
    assert format_value(system_reason(OSError("no number")), "id") == "galat sistem ?"
