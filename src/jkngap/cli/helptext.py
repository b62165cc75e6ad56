"""Help in the user's language (``--lang`` or ``$JKNGAP_LANG``): every command's and
option's help, the names of their values, the examples' heading and the help page's own
words (Usage, Options, default), all from the catalogues' ``help.*`` keys.

Only Click's and Typer's public API is used: a command's ``help``, ``short_help``,
``epilog``, ``options_metavar`` and ``context_class``, a parameter's ``help`` and
``metavar``, and a help formatter made from ``typer.Context.formatter_class`` whose
public methods (``write_usage``, ``write_heading``, ``write_dl``) say their words in the
language. A command is put into its language once, when it is loaded.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import typer
from typer.core import TyperCommand

from jkngap.output.words import translate

__all__ = ["HELP_OPTION", "HelpedCommand", "localise", "localised_context"]

HELP_OPTION = "Show this message and exit."  # Click's own words for -h/--help


def _help_params() -> dict[str, str]:
    from jkngap.output.registry import EXTENSIONS
    from jkngap.output.words import languages

    return {"languages": ", ".join(languages()), "extensions": ", ".join(EXTENSIONS)}


def _known(key: str, lang: str) -> bool:
    from jkngap.output.words import catalogue

    return key in catalogue("en") or key in catalogue(lang)


def localise(command: Any, path: tuple[str, ...], lang: str) -> None:
    """``command`` (a command's words: ``("allocate", "budget")``; the app is ``()``) and
    its options, and each command of a command of commands, in ``lang``."""
    name = ".".join(path) or "jkngap"
    text = translate(f"help.command.{name}", lang)
    command.help = text
    command.short_help = text.split("\n\n")[0]
    if path:
        # A command's examples are its epilog: the heading goes in front, once.
        examples = getattr(command, "jkngap_examples", None) or command.epilog
        command.jkngap_examples = examples
        command.epilog = f"{translate('help.examples', lang)} {examples}" if examples else None
    command.options_metavar = translate("help.options_metavar", lang)
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = translate("help.command_metavar", lang)
    command.context_class = localised_context(lang)
    params = _help_params()
    for param in command.params:
        for key in (f"help.option.{name}.{param.name}", f"help.option.{param.name}"):
            if _known(key, lang):
                param.help = translate(key, lang, **params)
                break
        if param.metavar and _known(f"help.metavar.{param.metavar}", lang):
            param.metavar = translate(f"help.metavar.{param.metavar}", lang)
    for inner, sub in getattr(command, "commands", {}).items():
        localise(sub, (*path, inner), lang)


def _wrapped(text: str, width: int, indent: str) -> str:
    """``text``'s paragraphs wrapped to ``width``, never at a hyphen (an option, a default
    or an example stays whole: ``--registrants-needed``, ``national-holidays``)."""
    import textwrap

    wrapper = textwrap.TextWrapper(
        width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    )
    paragraphs = [
        " ".join(line.strip() for line in part.splitlines() if line.strip())
        for part in text.split("\n\n")
        if part.strip()
    ]
    return "\n\n".join(wrapper.fill(paragraph) for paragraph in paragraphs)


@cache
def localised_context(lang: str) -> type[typer.Context]:
    """A context whose help pages are written in ``lang``."""
    words = {
        "usage": translate("help.usage", lang) + " ",
        "default": translate("help.default", lang),
        "required": translate("help.required", lang),
        "help": translate("help.help", lang),
    }
    headings = {
        heading: translate(f"help.heading.{heading}", lang)
        for heading in ("Options", "Commands", "Arguments")
    }
    extras = re.compile(r"\[(default: |required\])")

    def extra(match: re.Match[str]) -> str:
        return f"[{words['default']}: " if match[1] == "default: " else f"[{words['required']}]"

    base: Any = typer.Context.formatter_class  # Click's HelpFormatter, as Typer exports it

    class Formatter(base):  # type: ignore[misc]  # the base is known only at run time
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, words["usage"] if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            super().write_heading(headings.get(heading, heading))

        def write_text(self, text: str) -> None:
            indent = " " * self.current_indent
            self.write(_wrapped(text, self.width, indent) + "\n")

        def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
            """Click's layout of a definition list (terms, then their help in a column),
            wrapped never at a hyphen, and in the language."""
            said = [
                (term, extras.sub(extra, text.replace(HELP_OPTION, words["help"])))
                for term, text in rows
            ]
            if not said:
                return
            first_col = min(max(len(term) for term, _ in said), col_max) + col_spacing
            margin = " " * (first_col + self.current_indent)
            for term, text in said:
                self.write(f"{'':>{self.current_indent}}{term}")
                if not text:
                    self.write("\n")
                    continue
                if len(term) <= first_col - col_spacing:
                    self.write(" " * (first_col - len(term)))
                else:
                    self.write("\n" + margin)
                lines = _wrapped(text, max(self.width - first_col - 2, 10), "").splitlines()
                self.write("\n".join([lines[0], *(margin + line for line in lines[1:])]) + "\n")

    class Context(typer.Context):
        formatter_class = Formatter

    return Context


class HelpedCommand(TyperCommand):
    """A command whose usage line names its arguments as a reader writes them: ``FILE...``
    and ``QUERY``, not Typer's ``{FILE...}...`` and ``{QUERY}``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name != "argument":
                pieces.extend(param.get_usage_pieces(ctx))
                continue
            shown = param.metavar or (param.name or "").upper()
            if param.nargs != 1 and not shown.endswith("..."):
                shown += "..."
            pieces.append(shown if param.required else f"[{shown}]")
        return pieces
