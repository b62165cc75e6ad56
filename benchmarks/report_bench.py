"""Reports of a long file: 84,000 village rows written as .xlsx, .html and .csv.

    python benchmarks/report_bench.py           # 84,000 rows (the file batch_bench makes)
    python benchmarks/report_bench.py --quick   # 8,400 rows

Targets (issue 10): the workbook in under 10 s, the HTML report in seconds. Times are the
whole process, best of two runs (the machine is shared); CSV is there for scale.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batch_bench import make_file


def best_time(command: list[str], runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="8,400 rows instead of 84,000")
    rows = 8_400 if parser.parse_args().quick else 84_000
    villages = make_file(rows)
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".csv", ".html", ".xlsx"):
            target = Path(folder) / f"out{suffix}"
            command = [sys.executable, "-m", "jkngap", "batch", str(villages), "--no-register"]
            seconds = best_time([*command, "-o", str(target)])
            size = target.stat().st_size / 2**20
            print(f"{rows:,} rows as {suffix:5}: {seconds:6.2f} s  ({size:.1f} MiB)")


if __name__ == "__main__":
    main()
