"""The field schema: every key any command emits is declared once, with its kind, and
every writer reads it (the drift it ended: money as General in a workbook, a word left
in English in an Indonesian one)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import header_row, run, sheet_table
from jkngap.output.fields import FIELDS, Field, Kind, _each, _schema, field_of

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SEGMENTED = (
    "Kabupaten/Kota,Kode,Penduduk,Peserta,Aktif,PBI APBN,PBI APBD,PPU,PBPU,PBPU aktif,BP\n"
    "Kota Bandung,32.73,2591763,2571029,2055795,700000,480000,860000,450000,240000,81029\n"
)
RUNS: list[list[str]] = [
    ["needed", "-p", "590393", "-r", "560000"],
    ["needed", "--registered", "817221", "--coverage", "97,63", "--target", "100"],
    ["needed", "--region", "63.03", "-r", "560000"],
    ["active", "-r", "5241084", "--active-rate", "67,90"],
    ["active", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100"],
    ["status", "-p", "590393", "-r", "560000", "-a", "450000"],
    ["status", "--coverage", "99,2"],
    [
        "status",
        "--region",
        "Kota Bandung",
        "-r",
        "2571029",
        "-a",
        "2055795",
        "--segment",
        "pbi-apbd=480000/470000",
        "--awards",
        "2026",
    ],
    [
        *("plan", "-p", "590393", "-r", "560000", "-a", "450000", "--from", "2025-06-01"),
        *("--by", "2025-12-31", "--agents", "20", "--growth", "1,5"),
    ],
    ["cost", "--people", "615079"],
    ["cost", "--budget", "Rp310 miliar"],
    ["cost", "--pop", "590393", "--registered", "560000"],
    ["cost", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100"],
    ["check", "--registered", "5241084", "--coverage", "92,82", "--registrants-needed", "280386"],
    ["check", "--region", "63.03", "--registered", "581578", "--coverage", "99,47"],
    ["segments", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100", "--budget", "Rp30 juta"],
    ["region", "kab banjar"],
    ["region", "61", "--children"],
    ["batch", str(EXAMPLES / "kalbar-ilustrasi.csv"), "--rollup", "kota", "--fill-population"],
    ["batch", str(EXAMPLES / "kalbar-ilustrasi.csv"), "--group-by", "uhc", "--check"],
    [
        *("match", "--population", str(EXAMPLES / "penduduk-contoh.csv")),
        *("--members", str(EXAMPLES / "peserta-contoh.csv")),
        *("--welfare", str(EXAMPLES / "dtsen-contoh.csv"), "--min-cell", "3"),
    ],
    [
        *("allocate", "agents", str(EXAMPLES / "bandung-kelurahan-ilustrasi.csv")),
        *("--roster", str(EXAMPLES / "bandung-agen-ilustrasi.csv"), "--by", "2025-07"),
        *("--from", "2025-06-03"),
        *("--group-by", "kecamatan_code"),
    ],
    [
        *("allocate", "agents", str(EXAMPLES / "bandung-kelurahan-ilustrasi.csv")),
        *("--roster", str(EXAMPLES / "bandung-agen-ilustrasi.csv"), "--by", "2025-07"),
        *("--from", "2025-06-03"),
        "--per-agent",
    ],
    [
        *("allocate", "budget", str(EXAMPLES / "kalbar-segmen-ilustrasi.csv")),
        *("--budget", "Rp100 miliar", "--share", "40", "--awards", "2026"),
    ],
    [
        *("allocate", "budget", str(EXAMPLES / "kalbar-segmen-ilustrasi.csv")),
        *("--donors", "15", "--each", "Rp50 juta"),
    ],
]


def _keys(value: Any, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            _keys(item, found)
    elif isinstance(value, list):
        for item in value:
            _keys(item, found)
    return found


def _emitted(args: list[str]) -> set[str]:
    result = run(*args, "-f", "json")
    assert result.exit_code in (0, 1, 3), (args, result.stderr)
    keys = _keys(json.loads(result.stdout), set())
    table = run(*args, "-f", "csv")
    keys.update(table.stdout.splitlines()[0].split(","))  # flat columns: a range's ends
    return keys


@pytest.mark.parametrize("args", RUNS, ids=[" ".join(args[:3]) for args in RUNS])
def test_every_key_a_command_emits_is_declared(args: list[str]) -> None:
    undeclared = _emitted(args) - set(FIELDS)
    assert not undeclared, undeclared


def test_a_batch_of_two_files_with_segment_columns_emits_only_declared_keys(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bandung.csv"
    path.write_text(SEGMENTED, encoding="utf-8")
    emitted = _emitted(["batch", str(path), str(EXAMPLES / "kalbar-ilustrasi.csv")])
    own = set(SEGMENTED.splitlines()[0].split(","))  # the file's own columns pass through
    assert not emitted - set(FIELDS) - own, emitted - set(FIELDS) - own
    assert {"source", "apbd_people", "apbd_budget", "region_paid_pct"} <= emitted


def test_a_key_declared_twice_stops_the_schema() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        _schema(Field("people", Kind.COUNT), Field("people", Kind.MONEY))


def test_a_range_declares_its_two_ends() -> None:
    assert FIELDS["budget_low"].kind is Kind.MONEY
    assert FIELDS["registrants_needed_high"].kind is Kind.COUNT
    assert field_of("Jml Pddk").kind is Kind.TEXT  # an input's own column


def test_keys_named_with_spaces_between_them_are_each_declared() -> None:
    declared = _each(Kind.WORD, "status_first  status_last\n", "award", words="standing")
    assert [field.key for field in declared] == ["status_first", "status_last", "award"]
    assert {field.words for field in declared} == {"standing"}


def test_a_family_of_keys_is_declared_whole() -> None:
    assert FIELDS["prioritas_lost_date_high"].kind is Kind.DATE
    assert FIELDS["activity_target_at_risk"].kind is Kind.VERDICT
    assert FIELDS["uhc_prioritas_b"].needs == ("coverage_pct_b", "activity_pct_b")
    assert FIELDS["uhc"].needs == ("coverage_pct",)
    assert FIELDS["registered_difference_pct"].kind is Kind.PERCENT
    assert FIELDS["active_per_agent_every_working_days"].shown is False
    assert FIELDS["required_active_per_agent_per_working_day"].kind is Kind.COUNT
    assert FIELDS["region_paid_pct_range"].of is Kind.PERCENT


def test_the_keys_the_core_is_adding_are_declared_as_counts() -> None:
    assert FIELDS["registered_headroom"].kind is Kind.COUNT
    assert FIELDS["active_headroom"].kind is Kind.COUNT


def test_segments_workbook_writes_every_amount_as_rupiah(tmp_path: Path) -> None:
    """The APBD budget and the member's premium were General (no Rp, no grouping): the
    workbook knew five money keys of seven."""
    from openpyxl import load_workbook

    target = tmp_path / "segmen.xlsx"
    args = ["segments", "-r", "1000", "-a", "700", "--segment", "pbpu=300/100"]
    assert run(*args, "-o", str(target)).exit_code == 0
    row = sheet_table(load_workbook(target).worksheets[0])[0]
    keys = json.loads(run(*args, "-f", "json").stdout)
    money = [key for key in keys if FIELDS[key].kind is Kind.MONEY]
    assert {"apbd_budget", "member_premium", "member_pays_up_to", "premium"} <= set(money)
    from jkngap.output.display import header_text

    sheet = load_workbook(target).worksheets[0]
    at = header_row(sheet)
    header = [cell.value for cell in sheet[at]]
    for key in money:
        cell = sheet[at + 1][header.index(header_text(key, "en"))]
        assert cell.number_format == '"Rp"#,##0', key
    assert row[header_text("apbd_budget", "en")] > 0


def test_an_indonesian_workbook_says_its_words_in_indonesian(tmp_path: Path) -> None:
    """ "Basis keaktifan = participants" where the table says "peserta"."""
    from openpyxl import load_workbook

    target = tmp_path / "aktif.xlsx"
    args = ["active", "-r", "5241084", "--active-rate", "67,90", "--lang", "id"]
    assert run(*args, "-o", str(target)).exit_code == 0
    row = sheet_table(load_workbook(target).worksheets[0])[0]
    assert row["Basis keaktifan"] == "peserta"
    excel = run(*args, "-f", "csv", "--excel").stdout.lstrip("\ufeff").splitlines()
    cells = dict(zip(excel[0].split(";"), excel[1].split(";"), strict=True))
    assert cells["Basis keaktifan"] == "peserta"
