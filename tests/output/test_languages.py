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
