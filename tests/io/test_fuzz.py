"""Bounded fuzzing: the number readers and the batch reader fed random input accept it or
refuse it with jkngap's own error; nothing else (no exit 70, no traceback) ever comes out.

Every fuzzer runs derandomized (the same examples on every run, so that a failure seen
once is seen again) and bounded in examples; `JKNGAP_FUZZ=N` runs N random examples of
each instead, to look further (a reproducer found so is kept as a test of its own).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import Result

from conftest import run
from jkngap.core.errors import InputError
from jkngap.core.numbers import read_amount, read_count, read_percent
from sheets import FORMATS, Cell, write_workbook

_LOOK_FURTHER = int(os.environ.get("JKNGAP_FUZZ", "0"))


def bounded(examples: int) -> settings:
    """A fuzzer's settings: ``examples`` derandomized, or JKNGAP_FUZZ random ones."""
    return settings(
        max_examples=_LOOK_FURTHER or examples,
        derandomize=not _LOOK_FURTHER,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Text that looks a little like numbers as officials write them, and anything at all.
NUMBERISH = st.text(alphabet="0123456789.,% -+Rprbjutamiliarsen\u00a0\u2212", max_size=30)
ANYTHING = st.text(max_size=80)


@bounded(400)
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


@bounded(120)
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
    assert "a bug in jkngap" not in result.stderr
    if result.exit_code != 2:
        records = json.loads(result.stdout)
        # Every input row comes out (or is named as blank), then the total.
        assert records[-1]["total"] == "all"


@bounded(60)
@given(st.binary(max_size=400))
def test_random_bytes_are_read_or_refused(content: bytes) -> None:
    with TemporaryDirectory() as folder:
        for name in ("f.csv", "f.xlsx", "f.json", "f"):
            path = Path(folder) / name
            path.write_bytes(content)
            result = run("batch", str(path), "-f", "csv")
            assert result.exit_code in (0, 2, 3), (name, result.exit_code, result.stderr)
            assert "a bug in jkngap" not in result.stderr


def _answered(result: Result) -> None:
    """jkngap's own answer: rows, a verdict, unreadable rows or a refusal; never a bug."""
    assert result.exit_code in (0, 1, 2, 3), (result.exit_code, result.stderr)
    assert "a bug in jkngap" not in result.stderr
    assert "Traceback" not in result.stderr


# Cells as a workbook may hold them: values of every type Excel writes, some malformed on
# purpose (a boolean of "x", a date of text, a shared text that is not there), under any
# number format, with or without a cached formula.
_CELL_VALUES = st.one_of(
    st.none(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["JUMLAH", "Sumber: BPJS", "*) data", "61.01", "1.234", "92,82 %"]),
)
_CELLS = st.one_of(
    _CELL_VALUES,
    st.builds(
        Cell,
        _CELL_VALUES,
        st.one_of(st.none(), st.sampled_from(["E2/D2", "SUM(D2:D9)", "1/0"])),
        st.sampled_from(sorted(FORMATS)),
        st.one_of(st.none(), st.sampled_from(["b", "d", "n", "s", "e", "str", "inlineStr"])),
    ),
)
_SHEET_HEADERS = st.sampled_from(
    [
        ["Kabupaten/Kota", "Kode", "Jumlah Penduduk", "Peserta Terdaftar", "Cakupan (%)"],
        ["No", "desa", "penduduk", "peserta", "aktif", "keaktifan"],
        ["a", "b"],
    ]
)


@bounded(80)
@given(
    _SHEET_HEADERS,
    st.lists(st.tuples(st.integers(-3, 12), st.lists(_CELLS, max_size=7)), min_size=0, max_size=8),
    st.booleans(),
)
def test_a_workbook_of_anything_is_read_or_refused(
    header: list[str], rows: list[tuple[int, list[object]]], check: bool
) -> None:
    with TemporaryDirectory() as folder:
        path = write_workbook(Path(folder) / "w.xlsx", [(1, header), *rows], shared=["a", "b"])
        result = run("batch", str(path), "-f", "json", *(["--check"] if check else []))
    _answered(result)
    if result.exit_code in (0, 1, 3):
        assert json.loads(result.stdout)[-1]["total"] == "all"


_JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**40), 10**40),
        st.floats(allow_nan=False),
        st.text(max_size=10),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=12,
)
_JSON_ITEMS = st.one_of(
    _JSON_VALUES,
    st.dictionaries(
        st.sampled_from(["desa", "kode", "penduduk", "peserta", "aktif", "cakupan", "x"]),
        _JSON_VALUES,
        max_size=6,
    ),
)


@bounded(80)
@given(st.lists(_JSON_ITEMS, max_size=6), st.booleans(), st.booleans())
def test_json_of_anything_is_read_or_refused(items: list[object], lines: bool, check: bool) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / ("f.jsonl" if lines else "f.json")
        if lines:
            path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
        else:
            path.write_text(json.dumps(items), encoding="utf-8")
        result = run("batch", str(path), "-f", "csv", *(["--check"] if check else []))
    _answered(result)


_TEXT_CELLS = st.one_of(
    CELLS,
    st.sampled_from(['"quoted, cell"', '"a\nb"', "\r", "\x0b", "9" * 40, "-0", "1e5", "\ufeff"]),
)


@bounded(80)
@given(
    HEADERS,
    st.lists(st.lists(_TEXT_CELLS, max_size=6), max_size=10),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.booleans(),
)
def test_text_of_any_line_ends_and_quotes_is_read_or_refused(
    header: list[str], rows: list[list[str]], end: str, check: bool
) -> None:
    with TemporaryDirectory() as folder:
        path = Path(folder) / "f.csv"
        lines = [",".join(header), *(",".join(row) for row in rows)]
        path.write_bytes(end.join(lines).encode("utf-8", "surrogatepass"))
        result = run("batch", str(path), "-f", "json", *(["--check"] if check else []))
    _answered(result)
