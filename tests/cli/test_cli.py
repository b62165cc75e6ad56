"""The command line as scripts and people use it: parse what it prints, check exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run, run_json, sheet_table
from jkngap import __version__


def test_the_first_command_a_user_types() -> None:
    result = run("needed", "--pop", "590393", "--target", "98", "-f", "plain")
    assert result.exit_code == 0
    assert result.stdout == "578586\n"


def test_needed_with_registered_gives_a_surplus() -> None:
    data = run_json("needed", "--pop", "590393", "--registered", "581578", "--target", "98")
    assert data["required_registered"] == 578586
    assert data["registrants_needed"] == 0
    assert data["registrants_needed_range"] == [0, 0]
    assert data["surplus"] == 2992
    assert data["coverage_pct"] == pytest.approx(98.5069, abs=0)
    assert data["met"] is True
    assert data["exact"] is True


def test_needed_from_a_published_coverage_answers_a_range() -> None:
    result = run(
        "needed", "--registered", "817221", "--coverage", "97,63", "--target", "100", "-f", "json"
    )
    data = json.loads(result.stdout)
    assert data["population_range"] == [837017, 837102]
    assert data["registrants_needed_range"] == [19796, 19881]
    assert data["registrants_needed"] == 19881
    assert data["exact"] is False


def test_needed_reads_counts_as_officials_write_them() -> None:
    for pop in ("590393", "590.393", "590,393", "590 393"):
        assert run("needed", "-p", pop, "-f", "plain").stdout == "578586\n"


def test_seven_percent_of_a_hundred() -> None:
    result = run("needed", "--pop", "100", "--registered", "0", "--target", "7", "-f", "plain")
    assert result.stdout == "7\n"


def test_active_by_both_routes() -> None:
    data = run_json("active", "--registered", "5.241.084", "--active-rate", "67,90")
    low, high = data["active_needed_range"]
    assert 633_000 < low <= high < 635_000
    assert data["active_needed"] == high
    new_low, new_high = data["new_members_needed_range"]
    assert new_high == data["new_members_needed"]
    assert new_low > 4 * high  # the route matters: about five times as many people
    assert data["base"] == "participants"
    assert data["met"] is False


def test_active_on_the_population_base() -> None:
    data = run_json("active", "--pop", "590393", "--active", "472638", "--base", "population")
    assert data["activity_pct"] == pytest.approx(80.0548, abs=0)
    assert data["met"] is True
    assert data["required_active"] == 472315


def test_status_verdicts_and_exit_code() -> None:
    met = run("status", "-p", "590393", "-r", "581578", "-a", "472638", "--exit-code", "-f", "json")
    assert met.exit_code == 0
    data = json.loads(met.stdout)
    assert data["uhc"] is True
    assert data["uhc_prioritas"] is True
    assert data["registrants_needed"] == 0
    assert data["active_needed"] == 0

    bandung = run(
        "status", "--coverage", "99,2", "--active-rate", "79,96", "--exit-code", "-f", "json"
    )
    assert bandung.exit_code == 1
    verdicts = json.loads(bandung.stdout)
    assert (verdicts["uhc"], verdicts["uhc_prioritas"]) == (True, False)

    without_flag = run("status", "--coverage", "99,2", "--active-rate", "79,96", "-f", "plain")
    assert without_flag.exit_code == 0
    assert without_flag.stdout == "false\n"


def test_status_with_the_2023_criteria() -> None:
    data = run_json("status", "-p", "1000", "-r", "960", "-a", "760", "--criteria", "2023")
    assert data["criteria"] == "2023"
    assert data["coverage_target_pct"] == 95
    assert data["uhc_prioritas"] is True


def test_tsv_is_the_default_when_output_is_not_a_terminal() -> None:
    result = run("needed", "-p", "590393", "-r", "581578")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert len(rows) == 1
    assert rows[0]["registrants_needed"] == "0"
    assert rows[0]["surplus"] == "2992"
    assert rows[0]["coverage_pct"] == "98.5069"
    assert rows[0]["met"] == "true"
    assert rows[0]["registrants_needed_low"] == rows[0]["registrants_needed_high"] == "0"


def test_csv_and_ndjson() -> None:
    result = run("needed", "-p", "590393", "-r", "581578", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["required_registered"] == "578586"
    ndjson = run("needed", "-p", "590393", "-r", "581578", "-f", "ndjson")
    lines = ndjson.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["surplus"] == 2992


def test_machine_formats_are_the_same_in_every_language() -> None:
    for fmt in ("json", "ndjson", "csv", "tsv", "plain"):
        english = run("needed", "-p", "590393", "-r", "581578", "-f", fmt, "--lang", "en")
        indonesian = run("needed", "-p", "590393", "-r", "581578", "-f", fmt, "--lang", "id")
        assert english.stdout == indonesian.stdout


def test_output_file_by_extension(tmp_path: Path) -> None:
    target = tmp_path / "banjar.json"
    result = run("needed", "-p", "590393", "-r", "581578", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["surplus"] == 2992
    csv_target = tmp_path / "banjar.csv"
    run("needed", "-p", "590393", "-r", "581578", "-o", str(csv_target))
    with csv_target.open(encoding="utf-8", newline="") as handle:
        assert next(csv.DictReader(handle))["surplus"] == "2992"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["needed", "--pop", "abc"], "--pop: 'abc' is not a number"),
        (["needed", "--pop", "0"], "--pop: the population must be above zero"),
        (["needed", "--pop", "-5"], "--pop: '-5' is negative"),
        (["needed", "--pop", "nan"], "--pop: 'nan' is not a number"),
        (["needed", "--pop", "inf"], "--pop: 'inf' is not a number"),
        (["needed", "--pop", "100", "--target", "0"], "--target: a target must be above 0 %"),
        (["needed", "--pop", "100", "--target", "101"], "--target: a target must be above 0 %"),
        (["needed", "--pop", "100", "--target", "0.98"], "--target: '0.98' may be a share"),
        (["needed", "--registered", "5"], "give --pop"),
        (["active", "-r", "10", "-a", "11"], "--active: 11 active is more than the 10"),
        (["needed", "-p", "5.241 juta"], "--pop: '5.241 juta' can be read two ways"),
        (["needed", "-p", "100", "--lang", "fr"], "--lang: 'fr' is not one of en, id"),
        (["status", "-p", "100", "--criteria", "1999"], "--criteria: no criteria called '1999'"),
    ],
)
def test_bad_input_exits_2_with_a_message_naming_the_option(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_output_extension_is_refused_before_any_file_is_made(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    result = run("needed", "-p", "100", "-o", str(target))
    assert result.exit_code == 2
    assert "-o: '.docx' is not one of" in result.stderr
    assert not target.exists()


def test_coverage_above_100_percent_warns_on_stderr_and_still_answers() -> None:
    result = run("needed", "-p", "100", "-r", "120", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["surplus"] == 22
    assert "warning" in result.stderr
    assert "above 100 %" in result.stderr


def test_errors_speak_indonesian_when_asked() -> None:
    result = run("needed", "--pop", "abc", "--lang", "id")
    assert result.exit_code == 2
    assert "--pop: 'abc' bukan angka" in result.stderr
    from_environment = run("needed", "--pop", "abc", env={"JKNGAP_LANG": "id"})
    assert "bukan angka" in from_environment.stderr


def test_an_internal_error_exits_70_and_says_it_is_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    import jkngap.core.coverage

    def broken(**_: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(jkngap.core.coverage, "registrants_needed", broken)
    result = run("needed", "--pop", "100")
    assert result.exit_code == 70
    assert "internal error" in result.stderr
    assert "bug" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"jkngap {__version__}\n"


def test_python_dash_m_runs_the_same_app() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "jkngap", "needed", "--pop", "590393", "-f", "plain"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "578586\n"


def test_a_broken_pipe_ends_quietly() -> None:
    script = (
        "import subprocess, sys\n"
        "p = subprocess.Popen([sys.executable, '-m', 'jkngap', 'status', '-p', '100', '-r', "
        "'99', '-a', '80', '-f', 'json'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "p.stdout.close()\n"
        "err = p.stderr.read().decode()\n"
        "sys.exit(0 if p.wait() == 0 and 'Traceback' not in err else 1)\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], check=False)
    assert completed.returncode == 0


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_a_reader_that_goes_away_ends_with_exit_0(tmp_path: Path, fmt: str) -> None:
    # `jkngap batch big.csv | head -1` or `| true`: the reader closes before the end.
    path = tmp_path / "desa.csv"
    path.write_text(
        "desa,penduduk,peserta\n" + "".join(f"Desa {n},1000,{900 + n % 99}\n" for n in range(5000)),
        encoding="utf-8",
    )
    script = (
        "import subprocess, sys\n"
        f"p = subprocess.Popen([sys.executable, '-m', 'jkngap', 'batch', {str(path)!r}, "
        f"'--all-rows', '-f', {fmt!r}], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "p.stdout.readline()\n"
        "p.stdout.close()\n"
        "err = p.stderr.read().decode()\n"
        "code = p.wait()\n"
        "print(code, err)\n"
        "sys.exit(0 if code == 0 and 'Traceback' not in err else 1)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stdout


@pytest.mark.parametrize(
    ("args", "english", "indonesian"),
    [
        (["plan", "-p", "1"], "Missing option '--by'", "opsi --by wajib diisi"),
        (
            ["needed", "--population", "5"],
            "No such option: --population",
            "tidak ada opsi --population",
        ),
        (["needed", "-f", "xml"], "'xml' is not one of", "'xml' bukan salah satu dari"),
        (["nonsense"], "No such command 'nonsense'", "tidak ada perintah 'nonsense'"),
        (["batch"], "Missing argument 'FILE...'", "argumen BERKAS... wajib diisi"),
    ],
)
def test_usage_errors_are_one_line_in_either_language(
    args: list[str], english: str, indonesian: str
) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("jkngap: error: ")
    assert english in result.stderr
    assert "--help" in result.stderr
    translated = run(*args, "--lang", "id")
    assert translated.exit_code == 2
    assert translated.stderr.startswith("jkngap: galat: ")
    assert indonesian in translated.stderr
    from_environment = run(*args, env={"JKNGAP_LANG": "id"})
    assert indonesian in from_environment.stderr


def test_a_terminal_gets_a_table_and_a_pipe_gets_tsv() -> None:
    from jkngap.output.formats import Format, default_format

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert default_format(Terminal()) is Format.TABLE
    assert default_format(io.StringIO()) is Format.TSV


def test_a_single_result_as_an_excel_file(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "banjar.xlsx"
    assert run("needed", "-p", "590393", "-r", "581578", "-o", str(target)).exit_code == 0
    workbook = load_workbook(target, read_only=True)
    record = sheet_table(workbook.worksheets[0])[0]
    workbook.close()
    assert record["Surplus"] == 2992
    assert record["Registrants needed (low)"] == 0


def test_status_with_coverage_figures_only_judges_uhc() -> None:
    result = run("status", "-p", "590393", "-r", "581578", "--exit-code", "-f", "json")
    assert result.exit_code == 0  # UHC met; UHC Prioritas cannot be told without activity
    data = json.loads(result.stdout)
    assert (data["uhc"], data["uhc_prioritas"]) == (True, None)
    assert data["activity_pct"] is None
    short = run("status", "-p", "590393", "-r", "500000", "--exit-code", "-f", "json")
    assert short.exit_code == 1  # UHC surely not met: nor is UHC Prioritas
    assert json.loads(short.stdout)["uhc_prioritas"] is False
    table = run("status", "-p", "590393", "-r", "581578", "-f", "table")
    assert "UHC Prioritas needs an activity figure (--active or --active-rate)" in table.stdout


def test_status_exit_code_is_1_only_for_a_target_surely_not_met() -> None:
    # 80.00 % published stands for 79.995 to 80.005 %: not surely short of 80 %.
    uncertain = run("status", "--coverage", "99,2", "--active-rate", "80,00", "--exit-code")
    assert uncertain.exit_code == 0
    assert (
        "unknown"
        in run("status", "--coverage", "99,2", "--active-rate", "80,00", "-f", "plain").stdout
    )


def test_an_invalid_threshold_is_named_as_its_option() -> None:
    result = run("status", "-p", "590393", "-r", "581578", "--coverage-target", "120")
    assert result.exit_code == 2
    assert "--coverage-target: a target must be above 0 %" in result.stderr
    result = run("status", "-p", "590393", "-r", "581578", "--activity-target", "0")
    assert "--activity-target:" in result.stderr


def test_excel_csv_opens_in_columns_in_the_users_language(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples" / "kalbar-ilustrasi.csv"
    result = run("batch", str(examples), "-f", "csv", "--excel", "--lang", "id")
    assert result.stdout.startswith("\ufeff")
    header, sambas = result.stdout[1:].splitlines()[:2]
    assert header.split(";")[:3] == ["Baris", "Wilayah", "Kode"]
    cells = sambas.split(";")
    # The code as Excel's text formula, so that Excel keeps 61.01 as written.
    assert cells[1:4] == ["Kabupaten Sambas", '"=""61.01"""', "651246"]
    assert cells[6] == "84,1026"  # a decimal comma
    assert "tidak" in cells
    target = tmp_path / "kalbar.csv"
    assert run("batch", str(examples), "-o", str(target), "--excel").exit_code == 0
    english = target.read_text(encoding="utf-8-sig").splitlines()
    assert english[0].startswith("Row,Region,Code")
    assert ",84.1026," in english[1]
    plain = run("batch", str(examples), "-f", "csv").stdout
    assert plain.startswith("row,region,code")  # without --excel: the machine format


def test_only_the_public_api_of_typer_click_and_openpyxl_is_used() -> None:
    """No private module, attribute or undocumented internal of the libraries under the
    command line and the workbook (they change without notice between releases)."""
    root = Path(__file__).resolve().parents[2] / "src" / "jkngap"
    private = re.compile(r"typer\._|click\._|_runtime_param|_protected_args|\.style_id|each\.path")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if private.search(line)
    ]
    assert not found, found
    # No workbook spliced together by hand: the workbook library writes the archive.
    assert not any("zipfile" in path.read_text("utf-8") for path in (root / "output").rglob("*.py"))
    spaced = run_json("needed", "--pop", " 590.393 ", "--target", "98", "--title", "")
    assert spaced["required_registered"] == 578586
    wrong = run("needed", "--pop", "lima ratus", "--target", "98")
    assert wrong.exit_code == 2
    assert "--pop" in wrong.stderr


def test_an_unknown_verdict_says_why_in_the_table_and_in_plain() -> None:
    """Coverage alone: UHC Prioritas is unknown. The table had no row for it and plain
    said a bare "unknown"."""
    table = run("status", "--coverage", "99,2", "-f", "table").stdout
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in table.splitlines()[2:-1]
        if "│" in line and line.split("│")[1].strip()
    }
    assert rows["UHC Prioritas"] == "unknown: no activity given"
    assert rows["Activity target met"] == "unknown: no activity given"
    assert rows["UHC"] == "yes"
    assert run("status", "--coverage", "99,2", "-f", "plain").stdout == (
        "unknown: no activity given\n"
    )
    indonesian = run("status", "--coverage", "99,2", "-f", "table", "--lang", "id").stdout
    assert "belum dapat dipastikan: tidak ada angka" in indonesian
    # Both figures given, a rounded 98,0 % coverage on both sides of the 98 % target.
    straddles = run("status", "--coverage", "98,0", "--active-rate", "90", "-f", "plain")
    assert straddles.stdout == "unknown: the figures allow either answer\n"


def test_each_outcome_exits_with_its_code_and_only_cli_knows_them() -> None:
    from jkngap.cli.app import EXIT_CODES, ExitCode, exit_code
    from jkngap.core.results import Outcome

    assert set(EXIT_CODES) == set(Outcome)
    assert exit_code(Outcome.DONE) is ExitCode.OK
    assert exit_code(Outcome.SHORT) is ExitCode.OK
    assert exit_code(Outcome.SHORT, strict=True) is ExitCode.VERDICT_NO
    assert exit_code(Outcome.DISAGREE) is ExitCode.VERDICT_NO
    assert exit_code(Outcome.UNREAD) is ExitCode.ROWS_UNREADABLE
    assert run("status", "-p", "100", "-r", "50", "--exit-code").exit_code == 1
    assert run("status", "-p", "100", "-r", "50").exit_code == 0


def test_with_nobody_registered_nobody_is_active_and_the_activity_needs_are_known() -> None:
    # 0 registered: 0 active, so the activity needs follow exactly, as with --active 0.
    given = run_json("status", "--pop", "1000", "--registered", "0", "--base", "population")
    said = run_json(
        "status", "--pop", "1000", "--registered", "0", "--active", "0", "--base", "population"
    )
    assert given["active"] == 0
    assert given["required_active"] == said["required_active"] == 800
    assert given["active_needed"] == said["active_needed"] == 800
    assert given["new_members_needed"] == 800
    assert given["reactivation_sufficient"] is False  # no one is inactive to reactivate
    assert given["exact"] is True
    on_participants = run_json("status", "--pop", "1000", "--registered", "0")
    assert on_participants["active_needed"] == on_participants["new_members_needed"] == 0
    assert on_participants["activity_pct"] is None  # no share of nobody
    assert on_participants["uhc_prioritas"] is False
    active = run_json("active", "--pop", "1000", "--registered", "0", "--base", "population")
    assert active["active_needed"] == 800
    # Said, not hidden: the active count was not given.
    table = run("active", "--pop", "1000", "--registered", "0", "-f", "table")
    assert table.exit_code == 0, table.stderr
    assert "active taken as 0: nobody is registered" in table.stdout
    # Somebody registered and no activity figure: still unknown, still said.
    unknown = run_json("status", "--pop", "1000", "--registered", "10")
    assert unknown["active_needed"] is None


def test_batch_takes_nobody_active_where_nobody_is_registered_as_status_does(
    tmp_path: Path,
) -> None:
    path = tmp_path / "f.csv"
    path.write_text("wilayah,penduduk,peserta,aktif\nA,1000,0,\nB,1000,500,\n", encoding="utf-8")
    result = run("batch", str(path), "-f", "json", "--no-register", "--base", "population")
    assert result.exit_code == 0, result.stderr
    first, second, total = json.loads(result.stdout)
    status = run_json("status", "--pop", "1000", "--registered", "0", "--base", "population")
    for key in ("active", "required_active", "active_needed", "new_members_needed"):
        assert first[key] == status[key], key
    assert first["warning"] == "active taken as 0: nobody is registered"
    assert second["active_needed"] is None  # somebody registered: still unknown
    # The total's activity is A's alone, and says so.
    assert (total["active"], total["active_needed"]) == (0, 800)
    assert total["note"] == (
        "activity from the 1 of 2 regions with both active and their base (population)"
    )
    # A file without active counts judges no activity, for any region.
    path.write_text("wilayah,penduduk,peserta\nA,1000,0\nB,1000,500\n", encoding="utf-8")
    rows = json.loads(run("batch", str(path), "-f", "json", "--no-register").stdout)
    assert [row["active_needed"] for row in rows] == [None, None, None]
