"""Bad input and a failing environment: a clear message naming the option, path or row, and
exit 2, never the exit 70 of a bug; an -o file written whole or not at all, never over
one of the inputs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run

VILLAGES = "desa,penduduk,peserta\nA,100,90\nB,200,190\n"


@pytest.fixture
def villages(tmp_path: Path) -> Path:
    path = tmp_path / "desa.csv"
    path.write_text(VILLAGES, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["needed", "-p", "1.1 8"], "--pop: '1.1 8' has misplaced digit-group separators"),
        (["needed", "-p", "9" * 5000], "--pop: '99999999999999999999…' is too long"),
        (["needed", "-p", "100", "-t", "9" * 300], "--target:"),
        (["active", "-r", "100", "--active-rate", "101"], "--active-rate: an activity rate of"),
        (
            ["plan", "-p", "100", "-r", "50", "--from", "2025-01-01", "--by", "9999-12-31"],
            "--by: '9999-12-31' is too far from 2025-01-01",
        ),
        (["plan", "-p", "100", "-r", "50", "--by", "2025-02-30"], "--by: '2025-02-30'"),
    ],
)
def test_bad_input_is_exit_2_naming_the_option(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.stderr
    assert needle in result.stderr
    assert "bug" not in result.stderr


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--encoding", "nope"], "--encoding: 'nope' is not a text encoding"),
        (["--encoding", "hex"], "--encoding: 'hex' is not a text encoding"),
        # Codecs that decode b"a" to text but take no "surrogateescape" or "replace" (idna),
        # or raise OSError for it (bz2): each was a bug's exit 70 once a file was read.
        (["--encoding", "idna"], "--encoding: 'idna' is not a text encoding"),
        (["--encoding", "bz2"], "--encoding: 'bz2' is not a text encoding"),
        (["--delimiter", ";;"], "--delimiter: ';;' cannot separate fields"),
        (["--delimiter", "a"], "--delimiter: 'a' cannot separate fields"),
    ],
)
def test_bad_reading_options_are_refused_before_reading(
    villages: Path, extra: list[str], needle: str
) -> None:
    result = run("batch", str(villages), *extra, "-f", "csv")
    assert (result.exit_code, result.stdout) == (2, "")
    assert needle in result.stderr


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    result = run("batch", str(tmp_path / "nowhere.csv"))
    assert result.exit_code == 2
    assert "nowhere.csv: cannot open the file" in result.stderr


def test_an_output_in_a_missing_folder_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    result = run("needed", "-p", "100", "-r", "90", "-o", str(tmp_path / "no" / "x.csv"))
    assert result.exit_code == 2
    assert "-o: " in result.stderr
    assert "cannot write the file" in result.stderr
    assert not (tmp_path / "no").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_output_without_permission_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = run("needed", "-p", "100", "-r", "90", "-o", str(locked / "x.csv"))
    assert result.exit_code == 2
    assert "cannot write the file" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this machine")
def test_an_output_on_a_full_disk_is_refused(tmp_path: Path) -> None:
    # /dev/full fails every write as a full disk does. A device is written to as it is,
    # never replaced by a file (as root, a rename would replace the device itself).
    full = tmp_path / "full.csv"
    full.symlink_to("/dev/full")
    result = run("needed", "-p", "100", "-r", "90", "-o", str(full))
    assert result.exit_code == 2
    assert "-o: /dev/full: cannot write the file: No space left on device" in result.stderr
    assert Path("/dev/full").is_char_device()
    assert full.is_symlink()


def test_an_output_through_a_link_writes_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert run("needed", "-p", "100", "-r", "90", "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("population,")


def test_the_output_is_never_one_of_the_inputs(villages: Path) -> None:
    before = villages.read_bytes()
    for target in (villages, villages.parent / "." / villages.name):
        result = run("batch", str(villages), "-o", str(target))
        assert result.exit_code == 2
        assert "one of the inputs" in result.stderr
        assert villages.read_bytes() == before
    link = villages.parent / "link.csv"
    link.symlink_to(villages)
    assert run("batch", str(villages), "-o", str(link)).exit_code == 2
    assert villages.read_bytes() == before


def test_a_failed_run_leaves_no_half_file_and_no_temporary_file(
    villages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jkngap.output.machine

    target = tmp_path / "out.csv"
    target.write_text("the previous answer\n", encoding="utf-8")

    def broken(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jkngap.output.machine, "write_rows", broken)
    result = run("batch", str(villages), "-o", str(target))
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    # The old file is untouched and nothing else is left beside it.
    assert target.read_text(encoding="utf-8") == "the previous answer\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["desa.csv", "out.csv"]


def test_a_written_file_is_whole_and_keeps_its_permissions(villages: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    assert run("batch", str(villages), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("row,region,")
    assert target.stat().st_mode & 0o777 == 0o640


def test_closed_standard_input_is_named() -> None:
    import subprocess
    import sys

    completed = subprocess.run(
        [sys.executable, "-m", "jkngap", "batch", "-", "-f", "csv"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: os.close(0),  # the child starts with no standard input
    )
    assert completed.returncode == 2, completed.stderr
    assert "standard input is closed" in completed.stderr


def test_control_characters_never_reach_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    path.write_text(
        "desa,penduduk,peserta\n\x1b]0;pwned\x07Desa A,100,90\nDesa\x1b[2J B,abc\x1b[31m,90\n",
        encoding="utf-8",
    )
    table = run("batch", str(path), "-f", "table", "--all-rows")
    assert "\x1b" not in table.stdout + table.stderr
    assert "\\x1b" in table.stdout  # shown, escaped
    assert "\\x1b[31m" in table.stderr or "\\x1b[31m" in table.stdout
    machine = run("batch", str(path), "-f", "csv")
    assert "\x1b" not in machine.stdout
    assert "\x07" not in machine.stdout
    raw = run("batch", str(path), "-f", "csv", "--raw")
    assert "\x1b" in raw.stdout  # --raw leaves text as it was, for those who ask


@pytest.mark.parametrize("mark", ["\u202e", "\u2066", "\u200f", "\u061c"])
def test_marks_that_reorder_text_never_reach_a_terminal_or_a_file(
    tmp_path: Path, mark: str
) -> None:
    """A right-to-left override inside a code or a name shows it as it is not ("Trojan
    source"): it is written as its escape, in the table and in every file."""
    path = tmp_path / "desa.csv"
    path.write_text(f"kode,desa,penduduk,peserta\n63.{mark}01,Desa{mark} A,100,90\n", "utf-8")
    escape = f"\\u{ord(mark):04x}"
    table = run("batch", str(path), "-f", "table", "--all-rows")
    assert mark not in table.stdout + table.stderr
    assert f"Desa{escape} A" in table.stdout
    machine = run("batch", str(path), "-f", "json")
    assert mark not in machine.stdout
    (record,) = [r for r in json.loads(machine.stdout) if r["total"] is None]
    assert (record["code"], record["region"]) == (f"63.{mark}01", f"Desa{mark} A")  # data
    written = run("batch", str(path), "-f", "csv")
    assert mark not in written.stdout
    assert f"63.{escape}01" in written.stdout


def test_formulas_are_neutralised_in_every_text_cell_header_included(tmp_path: Path) -> None:
    import csv
    import io

    path = tmp_path / "desa.csv"
    path.write_text(
        'desa,penduduk,peserta,=cmd|"/c calc"!A1\n'
        '  =1+1,100,90,@SUM(1)\n"\'+HYPERLINK(x)",100,90,-5\n',
        encoding="utf-8",
    )
    result = run("batch", str(path), "-f", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, first, second = rows[0], rows[1], rows[2]
    assert any(cell.startswith("'=cmd") for cell in header)  # the header, neutralised
    assert first[1] == "'  =1+1"
    assert "'@SUM(1)" in first
    assert second[1] == "''+HYPERLINK(x)"
    assert "-5" in second  # a number is never touched


def test_the_systems_reasons_are_said_in_the_messages_language(tmp_path: Path) -> None:
    # The operating system's reason by its error number, in Indonesian too; never the
    # library's English inside an Indonesian sentence.
    members = tmp_path / "m.csv"
    members.write_text("nik,desa\n", encoding="utf-8")
    missing = str(tmp_path / "none.csv")

    def said(*args: str) -> str:
        result = run(*args, "--lang", "id")
        assert result.exit_code == 2, result.stderr
        return result.stderr

    calls: list[tuple[str, ...]] = [
        ("match", "--population", missing, "--members", str(members)),
        ("match", "--population", str(members), "--members", str(members), "--key-file", missing),
    ]
    for args in calls:
        text = said(*args)
        assert "berkas atau folder tidak ditemukan" in text
        assert "not a file" not in text
        assert "No such file" not in text
    folder = said("match", "--population", str(tmp_path), "--members", str(members))
    assert "ini sebuah folder, bukan berkas" in folder
    english = run("match", "--population", missing, "--members", str(members))
    assert "No such file or directory" in english.stderr
    # A workbook that is no zip archive (a CSV renamed .xlsx): said in the language too.
    renamed = tmp_path / "bad.xlsx"
    renamed.write_text("kode,penduduk\n", encoding="utf-8")
    workbooks: list[tuple[str, ...]] = [
        ("batch", str(renamed)),
        ("match", "--population", str(renamed), "--members", str(members)),
    ]
    for args in workbooks:
        text = said(*args)
        assert "bukan arsip zip" in text, text
        assert "zip file" not in text
        assert "BadZipFile" not in text
    assert "not a zip archive" in run("batch", str(renamed)).stderr


def test_an_encoding_no_file_can_be_read_in_is_refused_for_standard_input() -> None:
    # A look at standard input's first character (JSON or a table?) decoded it with
    # "replace", which idna refuses: exit 70 where the same call read the JSON before.
    data = '[{"wilayah": "A", "penduduk": 100, "peserta": 90}]'
    result = run("batch", "-", "--encoding", "idna", "--no-register", "-f", "csv", input=data)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--encoding: 'idna' is not a text encoding" in result.stderr
