"""Reports of a long file: 84,000 village rows written as .xlsx, .html and .csv.

    python benchmarks/report_bench.py           # 84,000 rows (the file batch_bench makes)
    python benchmarks/report_bench.py --quick   # 8,400 rows
    python benchmarks/report_bench.py --cells   # the workbook library's cost of a cell

Targets (issues 10, 19 and 20): the workbook in well under 10 s, the HTML report in
seconds. Each figure is the whole process, the best of three runs, in processor time (user
and system, which moves less than wall time with the load of the shared machine; the wall
time is printed beside it); CSV is there for scale.

Measured (issue 19, XlsxWriter 3.3 in constant-memory mode, the shared machine at a load
of 4 on its 2 cores, an empty loop of 10 million turns in 0.29 s): 84,000 rows as CSV
2.46 s, as HTML 7.64 s, as XLSX 23.35 s of processor time (wall 12.7, 31.2 and 74.6 s),
9.5 times CSV: **the workbook's target is not met**. A profile (cProfile, 8,400 rows)
puts 90 % of the workbook's own time in XlsxWriter's writing of cells and 10 % in
jkngap's (converting and handing over each value); XlsxWriter alone costs 10 to 13 µs a
cell here (``--cells``), and 84,000 rows are 1.5 million cells (11 columns on the first
sheet, 7 on the detail sheet), 16 to 20 s before anything else. No use of XlsxWriter's
public API writes a cell for less: the target needs a faster writer behind the seam
(output/workbook.py) that also writes cells one by one (a title block of label and value
cells), or fewer cells.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batch_bench import make_file
from measure import ENVIRONMENT


def best_times(command: list[str], runs: int = 3) -> tuple[float, float]:
    """The least processor time (user and system) and the least wall time of ``runs`` runs
    of the command, each of which must succeed: a failed run is no measurement."""
    best_processor = best_wall = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, env=ENVIRONMENT)
        best_wall = min(best_wall, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        processor = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_processor = min(best_processor, processor)
    return best_processor, best_wall


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


def loop_speed(iterations: int = 10_000_000) -> float:
    """Processor time of an empty Python loop of ten million turns: how fast this machine
    runs Python, to set a time measured here beside another machine's (a current laptop
    takes about 0.2 s)."""
    start = time.process_time()
    for _ in range(iterations):
        pass
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="8,400 rows instead of 84,000")
    parser.add_argument("--cells", action="store_true", help="the workbook library's cost")
    args = parser.parse_args()
    if args.cells:
        print(f"XlsxWriter, constant memory: {cell_cost():.1f} µs a cell")
        return
    print(f"this machine: an empty loop of 10 million turns in {loop_speed():.2f} s")
    rows = 8_400 if args.quick else 84_000
    villages = make_file(rows)
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".csv", ".html", ".xlsx"):
            target = Path(folder) / f"out{suffix}"
            command = [sys.executable, "-m", "jkngap", "batch", str(villages), "--no-register"]
            processor, wall = best_times([*command, "-o", str(target)])
            size = target.stat().st_size / 2**20
            print(
                f"{rows:,} rows as {suffix:5}: {processor:6.2f} s of processor time, "
                f"{wall:6.2f} s wall  ({size:.1f} MiB)"
            )


if __name__ == "__main__":
    main()
