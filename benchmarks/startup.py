"""Start-up cost of a plain-output calculation against an empty one-command Typer app.

    python benchmarks/startup.py              # instructions, with valgrind (about a minute)
    python benchmarks/startup.py --time 40    # processor time instead, 40 runs of each

What a user types, `jkngap needed --pop 590393 --target 98 -f plain` (the installed
console script), against the emptiest Typer app with one option. Both are counted in
instructions executed (valgrind's callgrind), which do not move with the load of a shared
machine as times do; without valgrind, or with --time, in processor time over alternating
runs (best and median). The target is at most 1.1 times the empty app. It also checks
that a plain `needed` imports none of the other commands' modules, and no Rich or Babel.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import ENVIRONMENT, instructions, processor_time

EMPTY_APP = """
import typer
app = typer.Typer()
@app.command()
def main(pop: str = "1") -> None:
    print(pop)
app()
"""
ARGUMENTS = ["needed", "--pop", "590393", "--target", "98", "-f", "plain"]
OTHERS = ("active", "status", "plan", "cost", "check", "batch")


def imported(command: list[str]) -> set[str]:
    """The modules a run imports, from ``python -X importtime``."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", *command],
        capture_output=True,
        text=True,
        check=True,
        env=ENVIRONMENT,
    )
    return {line.rsplit("|", 1)[-1].strip() for line in completed.stderr.splitlines()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time", type=int, metavar="RUNS", help="measure processor time")
    args = parser.parse_args()
    script = Path(sys.executable).with_name("jkngap")
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.py"
        empty.write_text(EMPTY_APP, encoding="utf-8")
        typer_app = [sys.executable, str(empty), "--pop", "5"]
        jkngap = [str(script), *ARGUMENTS]
        for command in (typer_app, jkngap):  # warm the file cache and write the bytecode
            processor_time(command)
        if args.time is None and shutil.which("valgrind"):
            theirs, ours = instructions(typer_app), instructions(jkngap)
            print(f"empty one-command Typer  {theirs:>13,} instructions")
            print(f"jkngap needed -f plain   {ours:>13,} instructions")
            print(f"ratio                    {ours / theirs:13.3f}")
        else:
            times: tuple[list[float], list[float]] = ([], [])
            for _ in range(args.time or 40):
                times[0].append(processor_time(typer_app))
                times[1].append(processor_time(jkngap))
            print("                          best      median")
            names = ("empty one-command Typer", "jkngap needed -f plain")
            for name, runs in zip(names, times, strict=True):
                best, middle = min(runs) * 1000, statistics.median(runs) * 1000
                print(f"{name:<24} {best:6.1f} ms {middle:6.1f} ms")
            best = min(times[1]) / min(times[0])
            middle = statistics.median(times[1]) / statistics.median(times[0])
            print(f"ratio                    {best:6.2f}    {middle:6.2f}")
    loaded = imported(["-m", "jkngap", *ARGUMENTS])
    leaked = sorted(
        name
        for name in loaded
        if name.split(".")[0] in ("rich", "babel", "openpyxl", "holidays")
        or any(name == f"jkngap.cli.commands.{other}" for other in OTHERS)
    )
    print("other commands, Rich or Babel imported:", ", ".join(leaked) or "none")


if __name__ == "__main__":
    main()
