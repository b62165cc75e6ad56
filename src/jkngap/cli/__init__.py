"""The ``jkngap`` command line: read options, call one core function, hand the result on.

No arithmetic happens here. ``app`` holds the Typer app and maps errors to exit codes in
one place; ``options`` the options every command shares; one module per command.
"""

import importlib

from jkngap.cli.app import app, main

# Each module registers its command; this order is the one `jkngap --help` lists.
COMMANDS = ("needed", "active", "status", "plan", "cost", "check", "batch")
for _command in COMMANDS:
    importlib.import_module(f"jkngap.cli.{_command}")

__all__ = ["COMMANDS", "app", "main"]
