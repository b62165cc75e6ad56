"""Regenerate docs/cli.md, the command-line reference, from the app itself, and
docs/cli.id.md, the same in Indonesian (every help text from the catalogues).

    python docs/generate.py

tests/test_docs.py fails when either differs from what this writes.
"""

from __future__ import annotations

from pathlib import Path

import typer
from typer.cli import get_docs_for_click
from typer.core import MARKUP_MODE_KEY

from jkngap.cli import app
from jkngap.cli.app import LANG_KEY
from jkngap.cli.helptext import HELP_OPTION, localise
from jkngap.output.words import translate

REFERENCES = {"en": Path(__file__).with_name("cli.md"), "id": Path(__file__).with_name("cli.id.md")}
TITLES = {"en": "jkngap command-line reference", "id": "Rujukan baris perintah jkngap"}
# Typer's own words in a reference, and the catalogue keys of each.
HEADINGS = {"Usage": "help.usage", "Options": "help.heading.Options"}
HEADINGS |= {"Commands": "help.heading.Commands", "Arguments": "help.heading.Arguments"}


def reference(lang: str = "en") -> str:
    """The Markdown reference of every command and option, as Typer documents an app, in
    ``lang`` (whatever $JKNGAP_LANG says); each command takes its help from the catalogues
    as it is loaded, the app's own here."""
    command = typer.main.get_command(app)
    context = typer.Context(command)
    context.ensure_object(dict)[MARKUP_MODE_KEY] = app.rich_markup_mode
    context.meta[LANG_KEY] = lang
    localise(command, (), lang)
    docs = get_docs_for_click(obj=command, ctx=context, name="jkngap", title=TITLES[lang])
    for english, key in HEADINGS.items():
        docs = docs.replace(f"**{english}**:", f"**{translate(key, lang).rstrip(':')}**:")
    docs = docs.replace("[default: ", f"[{translate('help.default', lang)}: ")
    docs = docs.replace("[required]", f"[{translate('help.required', lang)}]")
    docs = docs.replace(HELP_OPTION, translate("help.help", lang))
    return f"{docs.strip()}\n"


if __name__ == "__main__":
    for lang, path in REFERENCES.items():
        path.write_text(reference(lang), encoding="utf-8")
