"""Regenerate docs/cli.md, the command-line reference, from the app itself.

    python docs/generate.py

tests/test_docs.py fails when docs/cli.md differs from what this writes.
"""

from __future__ import annotations

from pathlib import Path

import typer
from typer.cli import get_docs_for_click
from typer.core import MARKUP_MODE_KEY

from jkngap.cli import app

REFERENCE = Path(__file__).with_name("cli.md")
TITLE = "jkngap command-line reference"


def reference() -> str:
    """The Markdown reference of every command and option, as Typer documents an app."""
    command = typer.main.get_command(app)
    context = typer.Context(command)
    context.ensure_object(dict)[MARKUP_MODE_KEY] = app.rich_markup_mode
    docs = get_docs_for_click(obj=command, ctx=context, name="jkngap", title=TITLE)
    return f"{docs.strip()}\n"


if __name__ == "__main__":
    REFERENCE.write_text(reference(), encoding="utf-8")
