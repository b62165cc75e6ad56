"""Benchmark `jkngap batch`: speed on a village file, and memory that stays flat.

    python benchmarks/batch_bench.py            # 84,000 rows for speed; 10k and 1M for memory
    python benchmarks/batch_bench.py --quick    # smaller files, for a quick look

Speed: the processor time of `jkngap batch desa.csv -f tsv` against the simplest Python
loop that does the same arithmetic with the csv module and prints the same bytes (both
whole processes, best of seven, alternating), and the same two without process start-up
(best of five, in this process). Memory: the
peak resident size of the batch process for 10,000 and 1,000,000 rows. Data files go to
benchmarks/data/ (ignored by git).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from measure import instructions, processor_time

DATA = Path(__file__).resolve().parent / "data"

# The simplest loop that does the same arithmetic and prints the same columns as
# `jkngap batch FILE -f tsv` (percentages cut to four decimals, verdicts as true/false),
# with none of jkngap's reading, checking or formats. main() checks both print the same.
BASELINE = r"""
import csv, sys
reader = csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig"))
writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
next(reader)
writer.writerow(["row", "region", "code", "population", "registered", "active",
                 "coverage_pct", "required_registered", "registrants_needed", "surplus",
                 "activity_pct", "required_active", "active_needed", "new_members_needed",
                 "inactive", "uhc", "uhc_prioritas", "registrants_needed_sum",
                 "active_needed_sum", "warning", "note", "error", "total"])


def pct(part, whole):
    whole_part, fraction = divmod(part * 1000000 // whole, 10000)
    return f"{whole_part}.{fraction:04d}".rstrip("0").rstrip(".")


total_p = total_r = total_a = 0
for line, (region, code, population, registered, active) in enumerate(reader, start=2):
    p, r, a = int(population), int(registered), int(active)
    total_p, total_r, total_a = total_p + p, total_r + r, total_a + a
    required = -(-98 * p // 100)
    required_active = -(-80 * r // 100)
    needed_active = max(0, required_active - a)
    new = 0 if 5 * a >= 4 * r else 4 * r - 5 * a
    uhc = r >= required
    writer.writerow([line, region, code, p, r, a, pct(r, p), required, max(0, required - r),
                     max(0, r - required), pct(a, r), required_active, needed_active, new,
                     r - a, "true" if uhc else "false",
                     "true" if uhc and needed_active == 0 else "false", "", "", "", "", "", ""])
"""


def make_file(rows: int) -> Path:
    """Villages with plausible counts, written once and kept."""
    path = DATA / f"desa_{rows}.csv"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    generator = random.Random(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["desa", "kode", "penduduk", "peserta", "aktif"])
        for number in range(rows):
            population = generator.randint(300, 12000)
            registered = generator.randint(population * 90 // 100, population)
            active = generator.randint(registered * 60 // 100, registered)
            writer.writerow(
                [
                    f"Desa {number}",
                    f"63.03.{number // 1000:02d}.{number % 1000:04d}",
                    population,
                    registered,
                    active,
                ]
            )
    return path


def best_of(commands: list[list[str]], runs: int = 7) -> list[float]:
    """The best processor time of each command, runs alternating between them."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for spent, command in zip(times, commands, strict=True):
            spent.append(processor_time(command))
    return [min(spent) for spent in times]


def best_in_process(work: Callable[[], None], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def peak_memory_mib(command: list[str]) -> float:
    """Peak resident memory of a child process, in MiB (Linux reports KiB)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *command], capture_output=True, text=True, check=True
    )
    return int(out.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller files")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions with valgrind (deterministic; about two minutes)",
    )
    args = parser.parse_args()
    speed_rows = 8_400 if args.quick else 84_000
    memory_rows = (10_000, 100_000) if args.quick else (10_000, 1_000_000)

    villages = make_file(speed_rows)
    baseline_script = DATA / "baseline.py"
    baseline_script.write_text(BASELINE, encoding="utf-8")
    jkngap = [sys.executable, "-m", "jkngap", "batch", str(villages), "-f", "tsv", "--no-register"]
    baseline = [sys.executable, str(baseline_script), str(villages)]
    same = subprocess.run([*jkngap, "--no-total"], capture_output=True, check=False).stdout
    assert same == subprocess.run(baseline, capture_output=True, check=False).stdout, (
        "the baseline no longer prints what jkngap prints: fix it before comparing"
    )
    ours, theirs = best_of([jkngap, baseline])
    print(f"{speed_rows:,} rows, CSV in, TSV out, processor time of the whole process")
    print("(best of 7, alternating); same output: yes")
    print(f"  jkngap batch      {ours:.3f} s")
    print(f"  csv-module loop   {theirs:.3f} s   ratio {ours / theirs:.2f}")

    if args.instructions:
        ours_count, theirs_count = instructions(jkngap), instructions(baseline)
        print("  instructions (callgrind), whole process:")
        print(f"  jkngap batch      {ours_count:>15,}")
        print(f"  csv-module loop   {theirs_count:>15,}   ratio {ours_count / theirs_count:.2f}")

    from jkngap.core.regions import RegionOptions
    from jkngap.io.readers import read_table
    from jkngap.io.rows import batch
    from jkngap.output.formats import Format
    from jkngap.output.machine import write

    def ours_in_process() -> None:
        with villages.open("rb") as handle:
            table = read_table(handle, source=str(villages), name=str(villages))
            write(batch([table], RegionOptions()), Format.TSV, io.StringIO(), raw=False)
            table.close()

    namespace: dict[str, object] = {}
    compiled = compile(BASELINE, "baseline", "exec")

    def theirs_in_process() -> None:
        saved_argv, saved_stdout = sys.argv, sys.stdout
        sys.argv, sys.stdout = ["baseline", str(villages)], io.StringIO()
        try:
            exec(compiled, dict(namespace))
        finally:
            sys.argv, sys.stdout = saved_argv, saved_stdout

    mine, loop = best_in_process(ours_in_process), best_in_process(theirs_in_process)
    print("  without process start-up:")
    print(f"  jkngap batch      {mine:.3f} s")
    print(f"  csv-module loop   {loop:.3f} s   ratio {mine / loop:.2f}")

    print("peak memory of `jkngap batch FILE -f tsv`")
    for rows in memory_rows:
        path = make_file(rows)
        peak = peak_memory_mib(
            [sys.executable, "-m", "jkngap", "batch", str(path), "-f", "tsv", "--no-register"]
        )
        print(f"  {rows:>9,} rows   {peak:.1f} MiB")
    baseline_script.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
