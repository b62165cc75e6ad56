"""Reports of a long file: 84,000 village rows written as .xlsx, .html and .csv.

    python benchmarks/report_bench.py           # 84,000 rows (the file batch_bench makes)
    python benchmarks/report_bench.py --quick   # 8,400 rows

Targets (issues 10 and 20): the workbook in well under 10 s, the HTML report in seconds.
Times are the whole process, best of two runs (the machine is shared); CSV is there for
scale, and the ratio to it is what moves least with the machine's load.

Measured (issue 20, the workbook through XlsxWriter's public API in constant-memory mode,
the shared machine at a load of 7 on its 2 cores): 84,000 rows as CSV 7.97 s, as HTML
19.11 s, as XLSX 97.19 s, 12 times CSV: the target is not met. A profile puts two thirds
of the workbook's time in XlsxWriter's writing of cells, about 10 µs a cell alone
(``--cells`` measures it), and 84,000 rows hold about 1.4 million filled cells.
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


def cell_cost(cells: int = 240_000) -> float:
    """Processor time per cell of the workbook library alone, in µs: numbers and text in
    constant-memory mode, formatted as jkngap formats them."""
    import xlsxwriter

    with tempfile.TemporaryDirectory() as folder:
        start = time.process_time()
        book = xlsxwriter.Workbook(str(Path(folder) / "cells.xlsx"), {"constant_memory": True})
        sheet = book.add_worksheet()
        count = book.add_format({"num_format": "#,##0"})
        share = book.add_format({"num_format": "0.00##%"})
        columns = 24
        for row in range(cells // columns):
            sheet.write_string(row, 0, f"Desa {row}")
            for column in range(1, columns):
                if column % 3:
                    sheet.write_number(row, column, row * 37 + column, count)
                else:
                    sheet.write_number(row, column, 0.947382, share)
        book.close()
        return (time.process_time() - start) / cells * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="8,400 rows instead of 84,000")
    parser.add_argument("--cells", action="store_true", help="the workbook library's cost")
    args = parser.parse_args()
    if args.cells:
        print(f"XlsxWriter, constant memory: {cell_cost():.1f} µs a cell")
        return
    rows = 8_400 if args.quick else 84_000
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
