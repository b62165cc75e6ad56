"""The ``jkngap`` command line: read options, call one core function, return its answer.

No arithmetic happens here. ``app`` holds the Typer app, loads each command only when it
runs, shows the answer and maps errors to exit codes in one place; ``options`` the options
every command shares; ``commands/`` one module per command.
"""

from jkngap.cli.app import COMMANDS, ExitCode, app, main

__all__ = ["COMMANDS", "ExitCode", "app", "main"]
