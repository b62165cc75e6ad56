"""The region register's cost: one code, one name, and a national file filled from it.

    python benchmarks/register_bench.py

Targets (issue 11): one code adds under 50 ms to a command; a national file of the 514
kabupaten/kota with --fill-population runs in about a second. Times are the best of a few
runs (the machine is shared); each figure is printed beside its target.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ONE_LOOK_UP = """
import time
import jkngap.cli.options, jkngap.core.coverage  # what a command has loaded already
start = time.perf_counter()
from jkngap.data.register import open_register
open_register().one({query!r})
print(time.perf_counter() - start)
"""


def look_up(query: str, runs: int = 5) -> float:
    """Seconds a fresh process spends opening the register and finding ``query``."""
    return min(
        float(
            subprocess.run(
                [sys.executable, "-c", ONE_LOOK_UP.format(query=query)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(runs)
    )


def national_file(folder: Path) -> Path:
    """Every kabupaten/kota of the register, registered counts but no population."""
    from jkngap.data.register import DATABASE

    with sqlite3.connect(DATABASE) as database:
        rows = database.execute("select code, name from region where length(code) = 5").fetchall()
    path = folder / "nasional.csv"
    lines = ["kabupaten_kota,kode,penduduk,peserta"]
    lines += [f"{name},{code},,{100_000 + i * 37}" for i, (code, name) in enumerate(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def whole_run(path: Path, runs: int = 3) -> float:
    command = [sys.executable, "-m", "jkngap", "batch", str(path), "--fill-population"]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*command, "-f", "tsv"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    print(f"one code (63.03):           {look_up('63.03') * 1000:6.1f} ms  (target < 50)")
    print(f"one name (Kabupaten Banjar): {look_up('Kabupaten Banjar') * 1000:5.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        seconds = whole_run(national_file(Path(folder)))
    print(f"514 kabupaten/kota, --fill-population, whole process: {seconds:.2f} s (target ~1)")


if __name__ == "__main__":
    main()
