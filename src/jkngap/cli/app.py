"""The Typer app, and the one place where errors become messages and exit codes.

2 for bad input (jkngap's own errors and the option parser's usage errors, in the user's
language), 70 for a bug, 1 for a verdict of "no" where a command is asked for one.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from jkngap import __version__
from jkngap.errors import JkngapError
from jkngap.messages import language, translate, usage_message

EXIT_VERDICT_NO = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
LANG_KEY = "jkngap.lang"


class JkngapGroup(TyperGroup):
    """Maps jkngap's own errors to messages and exit codes, for every command at once."""

    # Typer types ``ctx`` as its vendored click Context, which it does not export: Any it is.
    def invoke(self, ctx: Any) -> Any:
        words = [*getattr(ctx, "_protected_args", []), *ctx.args]
        try:
            return super().invoke(ctx)
        except JkngapError as error:
            self._fail(ctx, error.message(self._lang(ctx)), error.exit_code)
        except BrokenPipeError:
            # `jkngap ... | head`: the reader has gone; end quietly, without a traceback.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except typer.TyperException as error:
            # The option parser's own usage errors (a missing or unknown option): said in the
            # user's language, in the same one-line form as jkngap's, exit 2.
            if getattr(error, "exit_code", None) != EXIT_USAGE:
                raise
            ctx.meta.setdefault(LANG_KEY, lang_in(words))
            lang = self._lang(ctx)
            failed = getattr(getattr(error, "ctx", None), "command_path", None) or "jkngap"
            text = usage_message(error.format_message(), lang)
            hint = translate("usage.help_hint", lang, command=failed)
            self._fail(ctx, f"{text} {hint}", EXIT_USAGE)
        except Exception as error:  # noqa: BLE001 - the one place a bug becomes exit 70
            text = translate("error.internal", self._lang(ctx), error=repr(error))
            self._fail(ctx, text, EXIT_INTERNAL)

    @staticmethod
    def _lang(ctx: typer.Context) -> str:
        return str(ctx.meta.get(LANG_KEY) or language(None))

    @staticmethod
    def _fail(ctx: typer.Context, text: str, code: int) -> NoReturn:
        label = translate("error", JkngapGroup._lang(ctx))
        typer.echo(f"jkngap: {label}: {text}", err=True)
        raise typer.Exit(code)


app = typer.Typer(
    cls=JkngapGroup,
    name="jkngap",
    help=(
        "How far is a region from the JKN targets? Exact gaps to UHC (98 % coverage) and "
        "UHC Prioritas (80 % active), from counts or published percentages."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def lang_in(words: list[str]) -> str:
    """The language a command line asks for, read before its options could be parsed."""
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return language(words[index + 1])
        if word.startswith("--lang="):
            return language(word.split("=", 1)[1])
    return language(None)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jkngap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """How far is a region from the JKN targets?"""


# Options shared by every command.


def main() -> None:
    """The console entry point."""
    app(prog_name="jkngap")
