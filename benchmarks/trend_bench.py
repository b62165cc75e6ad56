"""Benchmark `jkngap trend`: 12 monthly snapshots of every village against `batch` on the
same rows, and memory that stays flat in the number of dates.

    python benchmarks/trend_bench.py                 # 83,762 desa x 12 months: 1,005,144 rows
    python benchmarks/trend_bench.py --quick         # one province's desa
    python benchmarks/trend_bench.py --instructions  # also count instructions (callgrind)

The snapshots are the register's real desa codes and names (data/register/wilayah-2025.csv)
with counts drawn at random and moving month by month, written as one long file sorted by
date (what trend reads) and as one file per month (what batch reads best: a long file's
repeated codes send batch down its slow path for duplicates). Speed is the processor time
of whole processes, best of three, alternating: `jkngap trend` (the summary records
written as TSV) against `jkngap batch` on the twelve monthly files and on
the long file, all without the register. Memory: the trend process's peak resident size
for 3, 6 and 12 months of the same villages. Data files go to benchmarks/data/ (ignored by
git).
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
from pathlib import Path

from batch_bench import best_of, peak_memory_mib
from measure import instructions

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
REGISTER = ROOT / "data" / "register" / "wilayah-2025.csv"

# What is timed: `jkngap trend` as a user runs it, the summary records written as TSV.
TREND = ["-m", "jkngap", "trend", "--by", "2026-12-31", "-f", "tsv", "--no-register"]


def villages(prefix: str = "") -> list[tuple[str, str]]:
    """The register's desa and kelurahan (codes of four parts), those under ``prefix``."""
    with REGISTER.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        return [(c, n) for c, n in rows if c.count(".") == 3 and c.startswith(prefix)]


def make_series(months: int, prefix: str = "") -> tuple[Path, list[Path]]:
    """Monthly snapshots of the villages: one long file (sorted by date) and one file per
    month, written once and kept."""
    tag = f"{prefix or 'all'}_{months}"
    long = DATA / f"trend_{tag}.csv"
    monthly = [DATA / f"trend_{tag}_m{month:02d}.csv" for month in range(1, months + 1)]
    if long.exists() and all(path.exists() for path in monthly):
        return long, monthly
    DATA.mkdir(parents=True, exist_ok=True)
    generator = random.Random(f"{tag}")
    places = villages(prefix)
    state = []
    for _ in places:
        population = generator.randint(300, 12000)
        registered = generator.randint(population * 90 // 100, population)
        active = generator.randint(registered * 60 // 100, registered)
        state.append([population, registered, active])
    with long.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["tanggal", "kode", "desa", "penduduk", "peserta", "aktif"])
        for month, path in enumerate(monthly, start=1):
            day = f"{2025 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-01"
            with path.open("w", encoding="utf-8", newline="") as single:
                own = csv.writer(single)
                own.writerow(["kode", "desa", "penduduk", "peserta", "aktif"])
                for (code, name), counts in zip(places, state, strict=True):
                    population, registered, active = counts
                    registered = min(population, max(0, registered + generator.randint(-5, 20)))
                    active = min(registered, max(0, active + generator.randint(-10, 20)))
                    counts[1], counts[2] = registered, active
                    writer.writerow([day, code, name, population, registered, active])
                    own.writerow([code, name, population, registered, active])
    return long, monthly


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one province's villages")
    parser.add_argument("--runs", type=int, default=3, help="runs of each, best kept")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions with valgrind on a kabupaten's villages (deterministic)",
    )
    args = parser.parse_args()
    prefix = "33" if args.quick else ""  # Jawa Tengah: 8,562 desa
    DATA.mkdir(parents=True, exist_ok=True)

    long, monthly = make_series(12, prefix)
    rows = sum(1 for _ in long.open(encoding="utf-8")) - 1
    trend_run = [sys.executable, *TREND, str(long)]
    # A run that fails is no time: the trend must write every village and the total.
    written = subprocess.run(trend_run, capture_output=True, text=True, check=True).stdout
    assert written.count("\n") == rows // 12 + 2, "trend did not write every village"
    batch = [sys.executable, "-m", "jkngap", "batch", "-f", "tsv", "--no-register"]
    batch_monthly = [*batch, *map(str, monthly)]
    batch_long = [*batch, str(long)]
    ours, per_month, whole = best_of([trend_run, batch_monthly, batch_long], args.runs)
    print(f"{rows:,} rows: {rows // 12:,} villages x 12 months, CSV in, TSV out")
    print(f"processor time of the whole process, best of {args.runs}, alternating")
    print(f"  trend (long file, sorted by date)   {ours:8.2f} s")
    print(
        f"  batch (12 monthly files)            {per_month:8.2f} s   "
        f"trend / batch {ours / per_month:.2f}"
    )
    print(
        f"  batch (the long file)               {whole:8.2f} s   trend / batch {ours / whole:.2f}"
    )

    print("peak memory of trend, the same villages over more months (flat in dates)")
    for months in (3, 6, 12):
        path, _ = make_series(months, prefix)
        peak = peak_memory_mib([sys.executable, *TREND, str(path)])
        print(f"  {months:>2} months   {peak:7.1f} MiB")

    if args.instructions:
        # Kabupaten in Jawa Timur 35.01 to 35.09: 2,342 desa x 12 months, 28,104 rows; each
        # command's start-up (its imports, a file of one row) counted apart.
        sample, sample_monthly = make_series(12, "35.0")
        tiny, tiny_monthly = make_series(2, "33.01.01.2001")
        ours_count = instructions([sys.executable, *TREND, str(sample)])
        theirs_count = instructions([*batch, *map(str, sample_monthly)])
        ours_start = instructions([sys.executable, *TREND, str(tiny)])
        theirs_start = instructions([*batch, str(tiny_monthly[0])])
        print("instructions (callgrind), 2,342 desa x 12 months:")
        print(f"  trend                {ours_count:>15,}")
        print(f"  batch (12 files)     {theirs_count:>15,}   ratio {ours_count / theirs_count:.2f}")
        per_row = (ours_count - ours_start) / (theirs_count - theirs_start)
        print(f"  less each one's start-up                ratio {per_row:.2f}")


if __name__ == "__main__":
    main()
