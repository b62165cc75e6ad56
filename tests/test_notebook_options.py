"""One set of file options for every notebook function: what the command line's input
options (``--delimiter``, ``--encoding``, ``--column`` and the rest) do for each command,
:class:`jkngap.FileOptions` does for each function, and a key none knows is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run
from jkngap import (
    FileOptions,
    InputError,
    allocate_agents,
    allocate_budget,
    read_compare,
    read_regions,
    read_trend,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# A Windows export: cells between bars, cp1252 bytes (the en dash is 0x96, no UTF-8), and
# the registered count under a header the reader does not know.
ODD: FileOptions = {
    "delimiter": "|",
    "encoding": "cp1252",
    "columns": {"registered": "Peserta \u2013 JKN"},
}


def _odd(source: Path, target: Path) -> Path:
    text = source.read_text(encoding="utf-8-sig")
    text = text.replace(";", "|").replace("Peserta Terdaftar", "Peserta \u2013 JKN")
    target.write_bytes(text.encode("cp1252"))
    return target


def _snapshots(tmp_path: Path) -> tuple[list[Path], list[Path]]:
    plain, odd = [], []
    for month, registered in (("2025-06", 2578000), ("2026-01", 2568500)):
        path = tmp_path / f"rekap-{month}.csv"
        path.write_text(
            "Kode Wilayah;Kota;Jumlah Penduduk;Peserta Terdaftar;Peserta Aktif\n"
            f"32.73;Kota Bandung;2599743;{registered};2061000\n",
            encoding="utf-8",
        )
        plain.append(path)
        odd.append(_odd(path, tmp_path / f"odd-{month}.csv"))
    return plain, odd


def _counts(records: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(record[key] for key in keys) for record in records]


def test_read_regions_takes_the_file_options(tmp_path: Path) -> None:
    odd = _odd(EXAMPLES / "kalbar-ilustrasi.csv", tmp_path / "kalbar.csv")
    keys = ("code", "population", "registered", "active", "registrants_needed", "active_needed")
    expected = _counts(read_regions(EXAMPLES / "kalbar-ilustrasi.csv"), *keys)
    assert _counts(read_regions(odd, **ODD), *keys) == expected
    assert expected[0][2] == 547_715  # Sambas' registered: the renamed column was read
    with pytest.raises(InputError):  # not without them: cp1252 is no UTF-8
        read_regions(odd)


def test_read_trend_and_read_compare_take_the_file_options(tmp_path: Path) -> None:
    plain, odd = _snapshots(tmp_path)
    trend_keys = ("code", "registered_change", "registered_per_month", "uhc_outlook")
    expected = _counts(read_trend(plain, by="2026-12-31"), *trend_keys)
    assert _counts(read_trend(odd, by="2026-12-31", **ODD), *trend_keys) == expected
    assert expected[0][1] == -9500
    compare_keys = ("code", "registered_a", "registered_b", "registered_difference", "agree")
    expected = _counts(read_compare(*plain), *compare_keys)
    assert _counts(read_compare(*odd, **ODD), *compare_keys) == expected
    assert expected[0][3] == -9500


def test_allocate_takes_the_file_options(tmp_path: Path) -> None:
    segments = EXAMPLES / "kalbar-segmen-ilustrasi.csv"
    odd = _odd(segments, tmp_path / "segmen.csv")
    chosen = allocate_budget(odd, budget="Rp100 miliar", **ODD)
    assert chosen.summary() == allocate_budget(segments, budget="Rp100 miliar").summary()
    bandung = EXAMPLES / "bandung-kelurahan-ilustrasi.csv"
    odd = _odd(bandung, tmp_path / "bandung.csv")
    keys = ("code", "agents", "registrants_needed")
    shared = allocate_agents(odd, agents=103, start="2025-06-03", by="2025-07", **ODD)
    expected = allocate_agents(bandung, agents=103, start="2025-06-03", by="2025-07")
    assert _counts(list(shared.records()), *keys) == _counts(list(expected.records()), *keys)


def test_one_set_of_options_serves_every_function(tmp_path: Path) -> None:
    """A dict typed once, spread into each function: each judges by its criteria and base
    (2,061,000 active of 2,599,743 people, 79.277 %: short of 2025's 80 %, past 2023's 75)."""
    _, odd = _snapshots(tmp_path)
    strict: FileOptions = {**ODD, "criteria": "2023", "base": "population"}
    (region,) = read_regions(odd[0], **strict)
    assert (region["activity_pct"], region["uhc_prioritas"]) == (79.277, True)
    assert region["required_active"] == 1_949_808  # 75 % of the people, rounded up
    (region,) = read_regions(odd[0], **ODD)  # the defaults: 2025, of the registered
    assert (region["activity_pct"], region["uhc_prioritas"]) == (79.9456, False)
    region, _ = read_trend(odd, **strict)
    assert (region["activity_last_pct"], region["prioritas_outlook"]) == (79.277, "met")
    region, _ = read_compare(*odd, **strict)
    assert (region["activity_pct_a"], region["uhc_prioritas_a"]) == (79.277, True)


# Each key is a slip mypy refuses too ("did you mean ...?"); a notebook has no mypy, so
# each function is called here as a notebook calls it, unchecked (through getattr).
@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("read_trend", lambda f, path: f([path], sheeet="x")),
        ("read_compare", lambda f, path: f(path, path, rollup="kota")),
        ("allocate_budget", lambda f, path: f(path, budget="Rp1 miliar", sort="x")),
        ("allocate_agents", lambda f, path: f(path, agents=1, by="2025-07", colums={})),
        ("read_regions", lambda f, path: f(path, delimeter=";")),
    ],
)
def test_a_key_no_function_knows_is_refused_as_python_refuses_it(
    tmp_path: Path, name: str, call: Any
) -> None:
    import jkngap

    path = tmp_path / "f.csv"
    path.write_text("kode,penduduk\n63.03,590393\n", encoding="utf-8")
    with pytest.raises(TypeError, match=rf"^{name}\(\) got an unexpected keyword argument"):
        call(getattr(jkngap, name), path)


def test_the_keywords_types_resolve_as_any_tool_asks_them() -> None:
    """help(), an editor and typing.get_type_hints see each function's keywords."""
    import typing

    import jkngap

    for name in ("read_trend", "read_compare", "allocate_agents", "allocate_budget"):
        hints = typing.get_type_hints(getattr(jkngap, name))
        assert hints["options"] == typing.Unpack[FileOptions], name
    hints = typing.get_type_hints(read_regions)
    assert hints["options"] == typing.Unpack[jkngap.BatchOptions]
    assert set(FileOptions.__optional_keys__) < set(jkngap.BatchOptions.__optional_keys__)


def test_allocate_fills_missing_populations_from_the_register_as_the_command_does(
    tmp_path: Path,
) -> None:
    """Kalimantan Barat without its population column, priced on the population base:
    nothing can be priced, unless the register's populations fill it (as --fill-population)."""
    text = (EXAMPLES / "kalbar-segmen-ilustrasi.csv").read_text(encoding="utf-8-sig")
    rows = [line.split(";") for line in text.splitlines()]
    at = rows[0].index("Jumlah Penduduk")
    path = tmp_path / "tanpa-penduduk.csv"
    path.write_text("\n".join(";".join(r[:at] + r[at + 1 :]) for r in rows), encoding="utf-8")
    bare = allocate_budget(path, budget="Rp100 miliar", base="population")
    assert bare.summary()["regions_unpriced"] == 14
    filled = allocate_budget(path, budget="Rp100 miliar", base="population", fill_population=True)
    summary = filled.summary()
    assert (summary["regions_chosen"], summary["people_activated"]) == (3, 73_960)
    result = run(
        "allocate", "budget", str(path), "--budget", "Rp100 miliar", "--base", "population",
        "--fill-population", "-f", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    command = {r["code"] for r in json.loads(result.stdout) if r.get("chosen")}
    assert command == {r["code"] for r in filled.records() if r["chosen"]}


@pytest.mark.parametrize("header_row", [0, -3, 1.5, "2"])
def test_a_header_row_the_command_line_would_refuse_is_refused(
    tmp_path: Path, header_row: Any
) -> None:
    path = tmp_path / "f.csv"
    path.write_text("kode,penduduk\n63.03,590393\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_regions(path, header_row=header_row)
    assert (caught.value.key, caught.value.field) == ("value.must_be_positive", "header_row")
    # columns=None, as a notebook may write "none given": mypy says dict, Python takes it.
    (region,) = read_regions(path, header_row=1, columns=None)  # type: ignore[arg-type]
    assert region["population"] == 590_393
