"""jkngap run as users run it: a process in a shell's environment (output buffered,
bytecode kept), its output piped to a reader that goes away, redirected to a file while
standard error is a terminal, or its input the very file it is told to write."""

from __future__ import annotations

import csv
import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import RUNNER_ONLY, run_process, user_environment


def test_processes_run_in_a_users_environment() -> None:
    # Buffered output and bytecode kept, as in a user's shell; the terminal, width and
    # language set on purpose.
    probe = (
        "import os, sys\n"
        "print(sys.flags.dont_write_bytecode, sys.stdout.line_buffering,"
        " sys.stdout.write_through, *(os.environ.get(n) for n in sys.argv[1:]))"
    )
    names = [*RUNNER_ONLY, "TERM", "COLUMNS", "LANG"]
    completed = subprocess.run(
        [sys.executable, "-c", probe, *names],
        env=user_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    expected = ["0", "False", "False", "None", "None", "dumb", "100", "C.UTF-8"]
    assert completed.stdout.split() == expected
    # And the test run itself no longer carries them, so that any child inherits a user's.
    assert not any(name in os.environ for name in RUNNER_ONLY)


# Every command, and every format at least once, with standard output buffered.
CLOSED_PIPE = [
    ("needed", "--pop", "590393", "-f", "plain"),
    ("active", "-r", "100", "-a", "70", "-f", "json"),
    ("status", "-p", "100", "-r", "99", "-a", "80", "-f", "json"),
    ("status", "-p", "100", "-r", "99", "-a", "80", "-f", "table"),
    ("plan", "-p", "1000", "-r", "900", "--by", "2030-01-01", "-f", "ndjson"),
    ("cost", "--people", "10", "-f", "csv"),
    ("check", "-p", "590393", "-r", "581578", "--coverage", "99,47", "-f", "tsv"),
    (
        "segments",
        "--segment",
        "pbpu=100/50",
        "--segment",
        "ppu=100/90",
        "-r",
        "200",
        "-a",
        "140",
        "-f",
        "json",
    ),
    ("region", "61", "--children", "-f", "table"),
    ("batch", "examples/kalbar-ilustrasi.csv", "-f", "csv"),
    ("batch", "examples/kalbar-ilustrasi.csv", "-f", "table"),
    (
        "allocate",
        "agents",
        "examples/bandung-kelurahan-ilustrasi.csv",
        "--agents",
        "103",
        "--by",
        "2030-01-01",
        "-f",
        "ndjson",
    ),
    (
        "allocate",
        "budget",
        "examples/kalbar-segmen-ilustrasi.csv",
        "--budget",
        "Rp100 miliar",
        "-f",
        "plain",
    ),
]


@pytest.mark.parametrize("args", CLOSED_PIPE, ids=lambda args: "-".join(args[:1] + args[-1:]))
def test_a_reader_gone_before_the_first_byte_ends_quietly(args: tuple[str, ...]) -> None:
    # `jkngap ... | false`: the reader closes its end before anything is read.
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen(
        [sys.executable, "-m", "jkngap", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=user_environment(),
        cwd=root,
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        child.stdout.close()
        error = child.stderr.read().decode()
        assert (child.wait(timeout=120), error) == (0, "")


def _villages(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["desa", "penduduk", "peserta", "aktif"])
        for n in range(rows):
            writer.writerow([f"Desa {n}", 1000 + n, 900 + n % 90, 700 + n % 77])
    return path


def test_redirected_output_stays_whole_while_the_bar_is_on_a_terminal(tmp_path: Path) -> None:
    # `jkngap batch big.csv -f csv > out.csv` with standard error on a terminal: the bar
    # is drawn there, and every row goes to the file. (The bar's threshold is lowered in
    # the child so that a small file shows it.)
    villages = _villages(tmp_path / "desa.csv", 3000)
    start = (
        "import sys, jkngap.io.inputs as inputs\n"
        "inputs.PROGRESS_BYTES = 1024\n"
        "from jkngap.cli import main\n"
        "sys.argv = ['jkngap', *sys.argv[1:]]\n"
        "main()\n"
    )
    redirected = tmp_path / "out.csv"
    primary, secondary = pty.openpty()
    with redirected.open("wb") as out:
        child = subprocess.Popen(
            [sys.executable, "-c", start, "batch", str(villages), "-f", "csv", "--no-register"],
            stdout=out,
            stderr=secondary,
            env=user_environment(TERM="xterm", COLUMNS="100"),
        )
    os.close(secondary)
    drawn = b""
    while True:  # the terminal read as it is written, so that it never fills
        ready, _, _ = select.select([primary], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the child has gone, closing the terminal's other end
                break
            if not chunk:
                break
            drawn += chunk
        elif child.poll() is not None:
            break
    os.close(primary)
    assert child.wait(timeout=120) == 0, drawn
    assert b"rows" in drawn  # the bar was on the terminal
    assert b"Desa 1" not in drawn  # and no data went there
    written = tmp_path / "written.csv"
    direct = run_process("batch", str(villages), "-o", str(written), "--no-register")
    assert direct.returncode == 0, direct.stderr
    assert redirected.read_bytes() == written.read_bytes()
    rows = list(csv.DictReader(io.StringIO(redirected.read_text(encoding="utf-8"))))
    assert len(rows) == 3001  # every region and the total


def test_standard_input_is_never_the_file_written(tmp_path: Path) -> None:
    # `jkngap batch - -o victim.csv < victim.csv` would replace the file it reads.
    victim = _villages(tmp_path / "victim.csv", 3)
    before = victim.read_bytes()
    with victim.open("rb") as stdin:
        refused = run_process("batch", "-", "-o", str(victim), stdin=stdin)
    assert refused.returncode == 2
    assert "this file is one of the inputs" in refused.stderr
    assert victim.read_bytes() == before
    # Standard input from elsewhere still writes the file, and /dev/null is no input.
    with victim.open("rb") as stdin:
        other = tmp_path / "other.csv"
        assert run_process("batch", "-", "-o", str(other), stdin=stdin).returncode == 0
    assert other.read_text(encoding="utf-8").count("\n") == 5
