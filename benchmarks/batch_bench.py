"""Benchmark `jkngap batch` as users run it: the register's own village names and codes,
both sides in a user's environment (output buffered, bytecode kept).

    python benchmarks/batch_bench.py                 # processor time and memory
    python benchmarks/batch_bench.py --instructions  # also instructions (callgrind, slow)
    python benchmarks/batch_bench.py --quick         # smaller files, for a quick look

What it prints, each beside its target:

- the row path at scale: `jkngap batch` of 500,000 village rows (the register's names,
  cycled) against the simplest csv-module loop that does the same arithmetic and prints
  the same bytes (checked first), whole processes (target 1.3);
- the register check: the 83,762 villages of the register with their real codes and names,
  and the same file with codes the register does not have, each against `--no-register`
  (target 1.1);
- memory: the peak resident size of the plain run for 10,000 and 1,000,000 rows (flat),
  and of `--rollup kabupaten` of the 83,762 villages against the plain run (target 1.5).

Processor time is the best of several runs, alternating; instructions (valgrind's
callgrind) are the same from run to run. Data files go to benchmarks/data/ (ignored by git).
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

from measure import ENVIRONMENT, SAID, instructions, processor_time

DATA = Path(__file__).resolve().parent / "data"

# The simplest loop that does the same arithmetic and prints the same columns as
# `jkngap batch FILE -f tsv --no-register --no-total` (percentages cut to four decimals,
# verdicts as true/false), with none of jkngap's reading, checking or formats. main()
# checks both print the same.
BASELINE = r"""
import csv, sys
reader = csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig"))
writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
next(reader)
writer.writerow(["row", "region", "code", "population", "registered", "active",
                 "coverage_pct", "required_registered", "registrants_needed", "surplus",
                 "registered_headroom", "activity_pct", "required_active", "active_needed",
                 "new_members_needed", "active_headroom", "inactive", "uhc", "uhc_prioritas",
                 "registrants_needed_sum", "active_needed_sum", "warning", "note", "error",
                 "total"])


def pct(part, whole):
    whole_part, fraction = divmod(part * 1000000 // whole, 10000)
    return f"{whole_part}.{fraction:04d}".rstrip("0").rstrip(".")


for line, (region, code, population, registered, active) in enumerate(reader, start=2):
    p, r, a = int(population), int(registered), int(active)
    required = -(-98 * p // 100)
    required_active = -(-80 * r // 100)
    needed_active = max(0, required_active - a)
    new = 0 if 5 * a >= 4 * r else 4 * r - 5 * a
    uhc = r >= required
    surplus = max(0, r - required)
    writer.writerow([line, region, code, p, r, a, pct(r, p), required, max(0, required - r),
                     surplus, surplus, pct(a, r), required_active, needed_active, new,
                     max(0, a - required_active), r - a, "true" if uhc else "false",
                     "true" if uhc and needed_active == 0 else "false", "", "", "", "", "", ""])
"""


def villages() -> list[tuple[str, str]]:
    """The register's 83,762 villages: (code, name), in code order."""
    from jkngap.data.register import DATABASE

    with sqlite3.connect(DATABASE) as database:
        query = "select code, name from region where length(code) = 13 order by code"
        return database.execute(query).fetchall()


def make_file(rows: int, kind: str = "names") -> Path:
    """Villages with plausible counts, written once and kept. ``kind``: "names" (the
    register's names, cycled, with codes of their own, as --no-register reads them),
    "register" (every village's real code and name), "unknown" (real names, codes the
    register does not have)."""
    path = DATA / f"desa_{kind}_{rows}.csv"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    places = villages()
    generator = random.Random(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["desa", "kode", "penduduk", "peserta", "aktif"])
        for number in range(rows):
            code, name = places[number % len(places)]
            if kind == "names":
                code = f"{number // 1_000_000 + 11}.{number // 10_000 % 100:02d}."
                code += f"{number // 100 % 100:02d}.{number % 100 + 2000:04d}"
            elif kind == "unknown":  # no province 99: every code unknown, names real
                code = f"99.{number // 10_000:02d}.{number // 100 % 100:02d}."
                code += f"{number % 100 + 2000:04d}"
            population = generator.randint(300, 12000)
            registered = generator.randint(population * 90 // 100, population)
            active = generator.randint(registered * 60 // 100, registered)
            writer.writerow([name, code, population, registered, active])
    return path


def timed(commands: list[list[str]], runs: int) -> list[list[float]]:
    """Each command's processor times, runs alternating between them."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for spent, command in zip(times, commands, strict=True):
            spent.append(processor_time(command))
    return times


def best_of(commands: list[list[str]], runs: int) -> list[float]:
    """The best processor time of each command, runs alternating between them."""
    return [min(spent) for spent in timed(commands, runs)]


def peak_memory_mib(command: list[str]) -> float:
    """Peak resident memory of a child process, in MiB (Linux reports KiB)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *command],
        capture_output=True,
        text=True,
        check=True,
        env=ENVIRONMENT,
    )
    return int(out.stdout) / 1024


def jkngap(path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "jkngap", "batch", str(path), "-f", "tsv", *args]


def compare(
    label: str, ours: list[str], theirs: list[str], target: float, args: argparse.Namespace
) -> None:
    """Print ``ours`` against ``theirs``: processor time, and instructions if asked."""
    runs = 3 if args.quick else 5
    mine, other = timed([ours, theirs], runs)
    # The best run of each, and the median of the runs' ratios (each run of ours against
    # the run of theirs beside it): on a shared machine one lucky run moves the first.
    ratios = statistics.median(a / b for a, b in zip(mine, other, strict=True))
    print(f"{label}: processor time, best of {runs}")
    print(
        f"  {min(mine):.2f} s against {min(other):.2f} s: {min(mine) / min(other):.2f} times; "
        f"median of the runs' ratios {ratios:.2f} (target {target})"
    )
    if args.instructions:
        mine_count, other_count = instructions(ours), instructions(theirs)
        ratio = mine_count / other_count
        print(
            f"  instructions (callgrind): {mine_count / 1e9:.2f} billion against "
            f"{other_count / 1e9:.2f}: {ratio:.2f} times (target {target})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller files")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions with valgrind (deterministic; about half an hour)",
    )
    args = parser.parse_args()
    scale = 50_000 if args.quick else 500_000
    memory_rows = (10_000, 100_000) if args.quick else (10_000, 1_000_000)
    print(SAID)

    path = make_file(scale)
    baseline_script = DATA / "baseline.py"
    baseline_script.write_text(BASELINE, encoding="utf-8")
    ours = jkngap(path, "--no-register")
    baseline = [sys.executable, str(baseline_script), str(path)]
    same = subprocess.run([*ours, "--no-total"], capture_output=True, check=False, env=ENVIRONMENT)
    loop = subprocess.run(baseline, capture_output=True, check=False, env=ENVIRONMENT)
    assert same.stdout == loop.stdout, "the loop no longer prints what jkngap prints: fix it"
    compare(f"{scale:,} rows, register names, CSV in, TSV out", ours, baseline, 1.3, args)

    for kind in ("register", "unknown"):
        villages_file = make_file(83_762, kind)
        label = f"83,762 villages, {'real' if kind == 'register' else 'unknown'} codes"
        compare(
            f"{label}, the register checked against --no-register",
            jkngap(villages_file),
            jkngap(villages_file, "--no-register"),
            1.1,
            args,
        )

    print("peak memory, MiB")
    for rows in memory_rows:
        peak = peak_memory_mib(jkngap(make_file(rows), "--no-register"))
        print(f"  {rows:>9,} rows             {peak:6.1f}  (target: flat, under 64)")
    register = make_file(83_762, "register")
    plain = peak_memory_mib(jkngap(register))
    rolled = peak_memory_mib(jkngap(register, "--rollup", "kabupaten"))
    print(f"     83,762 villages          {plain:6.1f}")
    print(
        f"     --rollup kabupaten       {rolled:6.1f}: {rolled / plain:.2f} times the plain run "
        "(target 1.5)"
    )
    baseline_script.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
