"""The Typer app: commands loaded only when run, and the one place where results are shown
and errors become messages and exit codes.

A command parses its options, calls the core and returns an :class:`Answer`; this module
hands it to the output and works out the exit code from the result.
"""

from __future__ import annotations

import contextlib
import enum
import gc
import importlib
import os
import sys
from collections.abc import Callable
from typing import Annotated, Any, NamedTuple, NoReturn

import typer
from typer.core import TyperGroup

from jkngap import __version__
from jkngap.cli.groups import grouped
from jkngap.core.errors import JkngapError, OutputError, system_reason
from jkngap.core.results import Outcome
from jkngap.output.formats import Shown, Terminated, View

LANG_KEY = "jkngap.lang"
WORDS_KEY = "jkngap.words"  # the command line as typed, for errors met before it is parsed
# The commands, in the order `jkngap --help` lists them; each lives in
# jkngap/cli/commands/NAME.py and is imported only when it runs (or help lists it).
COMMANDS = (
    "needed",
    "active",
    "status",
    "plan",
    "cost",
    "check",
    "segments",
    "batch",
    "trend",
    "compare",
    "allocate",
    "match",
    "region",
)
# Commands that read lists of people: every message they end with (jkngap's own, the
# parser's, a bug's) has its digit runs a NIK or KK number could be scrubbed away; so has a
# command given match's lists (allocate agents --visits).
PERSONAL = frozenset({"match"})


class ExitCode(enum.IntEnum):
    """What a run of jkngap ends with: the contract scripts rely on."""

    OK = 0
    VERDICT_NO = 1  # check found figures that disagree; status --exit-code: a target surely not met
    USAGE = 2  # bad input or an unwritable output: nothing was computed
    ROWS_UNREADABLE = 3  # batch wrote every row, but some rows could not be read
    INTERNAL = 70  # a bug in jkngap


class Answer(NamedTuple):
    """What a command returns: its result, how to show it, and whether "no" is an exit."""

    result: Shown
    view: View
    strict: bool = False  # status --exit-code: a target surely not met exits 1
    # What the result still reads from as it is shown (batch streams from open files).
    resources: contextlib.ExitStack | None = None


# What each outcome a result says of itself exits with; SHORT only where asked (strict).
EXIT_CODES = {
    Outcome.DONE: ExitCode.OK,
    Outcome.SHORT: ExitCode.OK,
    Outcome.DISAGREE: ExitCode.VERDICT_NO,
    Outcome.UNREAD: ExitCode.ROWS_UNREADABLE,  # before a verdict: some rows were not judged
}


def exit_code(outcome: Outcome, *, strict: bool = False) -> ExitCode:
    """The exit code that follows from a result's outcome, once it has been shown."""
    if outcome is Outcome.SHORT and strict:
        return ExitCode.VERDICT_NO
    return EXIT_CODES[outcome]


# Options whose name is not the field's own with dashes.
OPTION_NAMES = {
    "population": "--pop",
    "start": "--from",
    "deadline": "--by",
    "output": "-o",
    "member_class": "--class",
    "columns": "--column",
    "growth_pct": "--growth",
    "days_off": "--holiday",
    "gap": "--pop/--registered",
    "query": "QUERY",
    "need_for": "--for",
    "files": "FILE...",
    "lists": "--list",
    "population_list": "--population",
    "min_cell": "--min-cell",
}


def option_name(field: str) -> str:
    """The command-line option for a field of the library: ``population`` is ``--pop``."""
    return OPTION_NAMES.get(field, "--" + field.replace("_", "-"))


class JkngapGroup(TyperGroup):
    """Loads each command when it runs; shows its answer; maps errors to exit codes."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        from jkngap.cli.helptext import localise

        module = importlib.import_module(f"jkngap.cli.commands.{cmd_name}")
        command = typer.main.get_command(module.app)
        # Its help in the language asked for (the listing shows the first paragraph whole,
        # never cut off with "...").
        localise(command, (cmd_name,), self._help_lang(ctx))
        return command

    @staticmethod
    def _help_lang(ctx: Any) -> str:
        """The language of help: the one set (the reference is English), else the one the
        command line asks for, else $JKNGAP_LANG's."""
        return str(ctx.meta.get(LANG_KEY) or lang_in(ctx.meta.get(WORDS_KEY, [])))

    def get_help(self, ctx: Any) -> str:
        from jkngap.cli.helptext import localise, localised_context

        lang = self._help_lang(ctx)
        localise(self, (), lang)
        ctx.formatter_class = localised_context(lang).formatter_class
        return str(super().get_help(ctx))

    # Typer types ``ctx`` as its vendored click Context, which it does not export: Any it is.
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta[WORDS_KEY] = list(args)  # the context's meta is shared with the command's
        return list(super().parse_args(ctx, args))

    def invoke(self, ctx: Any) -> Any:
        from jkngap.output.words import field_names

        words: list[str] = ctx.meta.get(WORDS_KEY, [])
        with field_names(option_name):
            try:
                answer = super().invoke(ctx)
                if isinstance(answer, Answer):
                    from jkngap.output.render import show

                    # What exists before the rows are read (the modules, Typer's and
                    # pydantic's start-up) is never garbage: a long file's collections
                    # need not walk it each time (gc's documented use of freeze).
                    gc.freeze()
                    with answer.resources or contextlib.nullcontext():
                        show(answer.result, answer.view, stdout=sys.stdout, stderr=sys.stderr)
                    code = exit_code(answer.result.outcome(), strict=answer.strict)
                    if code is not ExitCode.OK:
                        raise typer.Exit(code)
                return answer
            except Terminated as stop:
                # SIGTERM while a file was written: the half-written file is gone; the exit
                # is the one the signal would have given.
                raise typer.Exit(128 + stop.signal) from None
            except JkngapError as error:
                self._fail(ctx, *self._explained(error, self._lang(ctx)))
            except BrokenPipeError:
                # `jkngap ... | head`: the reader has gone; end quietly, without a traceback.
                _quiet_stdout()
                raise typer.Exit(ExitCode.OK) from None
            except (typer.Exit, typer.Abort, KeyboardInterrupt):
                raise
            except typer.TyperException as error:
                if error.exit_code != ExitCode.USAGE:
                    raise
                self._usage(ctx, error, words)
            except Exception as error:  # noqa: BLE001 - the one place a bug becomes exit 70
                from jkngap.output.words import translate

                text = translate("error.internal", self._lang(ctx), error=repr(error))
                self._fail(ctx, text, ExitCode.INTERNAL)

    @staticmethod
    def _explained(error: JkngapError, lang: str) -> tuple[str, ExitCode]:
        """An error's sentence and exit code; a message that cannot be made is a bug."""
        from jkngap.output.words import explain, translate

        try:
            return explain(error, lang), ExitCode.USAGE
        except Exception as failure:  # noqa: BLE001 - a broken message is a bug, said as one
            return translate("error.internal", lang, error=repr(failure)), ExitCode.INTERNAL

    def _usage(self, ctx: Any, error: Any, words: list[str]) -> NoReturn:
        """The option parser's own usage errors (a missing or unknown option): said in the
        user's language, in the same one-line form as jkngap's, exit 2."""
        from jkngap.output.words import translate, usage_message

        ctx.meta.setdefault(LANG_KEY, lang_in(words))
        lang = self._lang(ctx)
        failed = getattr(getattr(error, "ctx", None), "command_path", None) or "jkngap"
        text = usage_message(error.format_message(), lang)
        hint = translate("usage.help_hint", lang, command=failed)
        self._fail(ctx, f"{text} {hint}", ExitCode.USAGE)

    @staticmethod
    def _lang(ctx: Any) -> str:
        from jkngap.output.words import language

        return str(ctx.meta.get(LANG_KEY) or language(None))

    @staticmethod
    def _fail(ctx: Any, text: str, code: ExitCode) -> NoReturn:
        words = ctx.meta.get(WORDS_KEY) or [""]
        if words[0] in PERSONAL or any(word.startswith("--visits") for word in words):
            from jkngap.core.nik import scrub

            text = scrub(text, most=2000)
        typer.echo(_error_line(text, JkngapGroup._lang(ctx)), err=True)
        raise typer.Exit(code)


app = typer.Typer(
    cls=JkngapGroup,
    name="jkngap",
    # Its help, as every command's and option's, is in the catalogues (help.*).
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class CommandApp(typer.Typer):
    """The one-command Typer app of a command module: ``@app.define`` registers the
    command under its name, each group of options it takes expanded
    (:func:`jkngap.cli.groups.grouped`), its examples shown below its help."""

    def __init__(self, name: str, *examples: str) -> None:
        super().__init__(
            add_completion=False,
            pretty_exceptions_enable=False,
            # Plain help, wrapped to the terminal: no boxes, no <bool> or <str> by options.
            rich_markup_mode=None,
            context_settings={"help_option_names": ["-h", "--help"]},
        )
        self.command_name = name
        self.examples = examples

    def define(self, function: Callable[..., Answer]) -> Callable[..., Answer]:
        return _defined(self, self.command_name, self.examples, function)


def _examples(examples: tuple[str, ...]) -> str:
    """A command's examples as its epilog: their heading comes with its language."""
    return "  |  ".join(examples)


def _defined(
    app: typer.Typer, name: str, examples: tuple[str, ...], function: Callable[..., Answer]
) -> Callable[..., Answer]:
    """``function`` registered on ``app`` as the command ``name``, its groups of options
    expanded, its examples below its help."""
    from jkngap.cli.helptext import HelpedCommand

    app.command(name=name, epilog=_examples(examples), cls=HelpedCommand)(grouped(function))
    return function


class CommandGroup(typer.Typer):
    """A command of commands (``allocate agents``, ``allocate budget``): ``@app.define(name,
    *examples)`` registers each, as :class:`CommandApp` registers one; its help, as
    every command's, is in the catalogues (``help.command.allocate``)."""

    def __init__(self, name: str, *examples: str) -> None:
        super().__init__(
            name=name,
            epilog=_examples(examples),
            no_args_is_help=True,
            add_completion=False,
            pretty_exceptions_enable=False,
            rich_markup_mode=None,
            context_settings={"help_option_names": ["-h", "--help"]},
        )
        self.callback()(_run_language)

    def define(
        self, name: str, *examples: str
    ) -> Callable[[Callable[..., Answer]], Callable[..., Answer]]:
        def register(function: Callable[..., Answer]) -> Callable[..., Answer]:
            return _defined(self, name, examples, function)

        return register


def _error_line(text: str, lang: str) -> str:
    """An error as jkngap says it on standard error, control characters made visible."""
    from jkngap.output.cells import visible
    from jkngap.output.words import translate

    return f"jkngap: {translate('error', lang)}: {visible(text)}"


def command_app(name: str, *examples: str) -> CommandApp:
    """The app a command module defines its command on: its name and its examples."""
    return CommandApp(name, *examples)


def lang_in(words: list[str]) -> str:
    """The language a command line asks for, read before its options could be parsed."""
    from jkngap.output.words import language

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
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
        ),
    ] = False,
    lang: Annotated[str | None, typer.Option("--lang", metavar="LANG")] = None,
) -> None:
    """How far is a region from the JKN targets?"""
    _run_language(lang)


def _run_language(
    lang: Annotated[str | None, typer.Option("--lang", metavar="LANG")] = None,
) -> None:
    """``--lang`` before a command (``jkngap --lang id needed ...``, ``jkngap allocate
    --lang id budget ...``): the language of the whole run, as $JKNGAP_LANG sets it; a
    command's own ``--lang`` still decides its answer."""
    if lang is not None:
        os.environ["JKNGAP_LANG"] = lang


def _quiet_stdout() -> None:
    """Standard output pointed at the null device: a reader that has gone takes nothing
    more, and what is still buffered is let go there rather than failing at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    """The console entry point. Standard output is flushed here, before Python's own exit
    would: with output buffered (a user's shell), a reader that went away before the first
    byte (``| false``) is only found at that flush, which at exit ends in exit 120 and
    "Exception ignored" on standard error; here it ends quietly with exit 0. A stream that
    cannot take what is left (a full disk) is said, exit 2, unless the command already
    failed and said why: then what it could not take is let go."""
    code: Any = ExitCode.OK
    try:
        app(prog_name="jkngap")
    except SystemExit as done:
        code = done.code
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(ExitCode.OK)
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(ExitCode.OK)
    except OSError as error:
        _quiet_stdout()
        if code in (ExitCode.OK, 0, None):
            from jkngap.output.words import explain

            lang = lang_in(sys.argv[1:])
            failure = OutputError("output.stdout_unwritable", reason=system_reason(error))
            sys.stderr.write(_error_line(explain(failure, lang), lang) + "\n")
            code = ExitCode.USAGE
    sys.exit(code)
