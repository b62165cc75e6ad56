"""What the benchmarks measure a whole process by: instructions (callgrind), which do not
move with the load of a shared machine, and processor time, which does less than wall
time. Both sides of every comparison run in a user's environment: output buffered and
bytecode kept, as a user's shell has them."""

from __future__ import annotations

import os
import re
import resource
import subprocess

# Set by test runners and CI images, not by a user's shell: PYTHONUNBUFFERED slows every
# write (the csv-module loop 1.21 times, jkngap 1.08), PYTHONDONTWRITEBYTECODE charges
# jkngap's own modules a compile on every run and the installed libraries none.
RUNNER_ONLY = ("PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE")
ENVIRONMENT = {k: v for k, v in os.environ.items() if k not in RUNNER_ONLY}
SAID = "both sides in a user's environment (no PYTHONUNBUFFERED, no PYTHONDONTWRITEBYTECODE)"


def instructions(command: list[str]) -> int:
    """Instructions the command executes, counted by valgrind's callgrind."""
    completed = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True,
        text=True,
        check=True,
        env=ENVIRONMENT,
    )
    found = re.search(r"Collected : (\d+)", completed.stderr)
    assert found, completed.stderr[-500:]
    return int(found[1])


def processor_time(command: list[str]) -> float:
    """The processor time (user and system) the command takes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENVIRONMENT
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
