"""Refresh the output under every ``$ jkngap ...`` line of README.md from the app itself.

    python docs/readme_examples.py

Runs each example as tests/cli/test_readme.py does (same terminal: 100 columns, no
colour), so that a change of output is written once, here, and reviewed in the diff.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

from typer.testing import CliRunner

from jkngap.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
ENVIRONMENT = {"TERM": "dumb", "NO_COLOR": "1", "COLUMNS": "100", "LINES": "40", "JKNGAP_LANG": ""}


def printed(command: str) -> str:
    """What ``command`` prints, with its exit code when not zero, as the README shows it."""
    words = shlex.split(command)
    result = CliRunner().invoke(app, words[1:], env=ENVIRONMENT)
    text = "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())
    return text + (f"[exit {result.exit_code}]\n" if result.exit_code else "")


def refresh(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        commands = re.findall(r"^\$ (.*)$", match[1], flags=re.M)
        body = "".join(f"$ {command}\n{printed(command)}" for command in commands)
        return f"```console\n{body}```"

    return re.sub(r"```console\n(.*?)```", block, text, flags=re.S)


if __name__ == "__main__":
    import os

    os.chdir(ROOT)  # examples name files under examples/
    os.environ.pop("JKNGAP_LANG", None)
    README.write_text(refresh(README.read_text(encoding="utf-8")), encoding="utf-8")
    sys.exit(0)
