"""Bounded fuzzing: the number readers and the batch reader fed random input accept it or
refuse it with jkngap's own error; nothing else (no exit 70, no traceback) ever comes out."""

from __future__ import annotations

import json
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run
from jkngap.core.errors import InputError
from jkngap.core.numbers import read_amount, read_count, read_percent

# Text that looks a little like numbers as officials write them, and anything at all.
NUMBERISH = st.text(alphabet="0123456789.,% -+Rprbjutamiliarsen\u00a0\u2212", max_size=30)
ANYTHING = st.text(max_size=80)


@settings(max_examples=400)
@given(st.one_of(NUMBERISH, ANYTHING))
def test_the_number_readers_read_or_refuse(text: str) -> None:
    for reader in (read_count, read_amount):
        try:
            value = reader(text)
        except InputError:
            continue
        assert isinstance(value, int)
        assert value >= 0
    try:
        percent = read_percent(text)
    except InputError:
        return
    assert percent.percent >= 0


CELLS = st.one_of(
    st.sampled_from(["", "100", "1.000", "92,82", "lima", "-5", "=1+1", "JUMLAH", "0"]),
    st.text(max_size=12),
)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=6), max_size=12)
HEADERS = st.sampled_from(
    [
        ["desa", "penduduk", "peserta", "aktif"],
        ["Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar"],
        ["a", "b"],
        [],
    ]
)


@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow])
@given(HEADERS, ROWS, st.sampled_from([",", ";", "\t"]), st.sampled_from(["csv", "json"]))
def test_the_batch_reader_answers_or_refuses(
    header: list[str], rows: list[list[str]], mark: str, kind: str
) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / f"f.{kind}"
        if kind == "json":
            records = [dict(zip(header, row, strict=False)) for row in rows]
            path.write_text(json.dumps(records), encoding="utf-8")
        else:
            lines = [mark.join(header), *(mark.join(row) for row in rows)]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = run("batch", str(path), "-f", "json")
    assert result.exit_code in (0, 2, 3), (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr
    assert "bug" not in result.stderr
    if result.exit_code != 2:
        records = json.loads(result.stdout)
        # Every input row comes out (or is named as blank), then the total.
        assert records[-1]["total"] == "all"


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_are_read_or_refused(content: bytes) -> None:
    with TemporaryDirectory() as folder:
        for name in ("f.csv", "f.xlsx", "f.json", "f"):
            path = Path(folder) / name
            path.write_bytes(content)
            result = run("batch", str(path), "-f", "csv")
            assert result.exit_code in (0, 2, 3), (name, result.exit_code, result.stderr)
            assert "bug" not in result.stderr
