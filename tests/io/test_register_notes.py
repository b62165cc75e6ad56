"""The register's warnings take a quick path (a block's codes checked a column at a time, a
row's note filled in straight from its template, a column of sentences screened whole for
neutralising): these tests pin it to the slow path it stands for, the same bytes out of
every format, in English and Indonesian, for hostile codes and ordinary ones."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import run
from jkngap.core.model import Note
from jkngap.core.places import all_normal, normal_code
from jkngap.io.placing import Placing
from jkngap.output import cells, machine, words
from jkngap.output.cells import neutralise, safe_cells, safe_text
from jkngap.output.words import catalogue, languages, note_text, translate


def _slow_note_text(note: Note, lang: str = words.DEFAULT_LANGUAGE) -> str:
    return translate(note.key, lang, **note.params)


def _slow_cells(column: list[Any], raw: bool) -> list[str | None]:
    return [None if value is None else safe_text(value, raw) for value in column]


def _slow_neutralised(column: list[str | None]) -> list[str | None]:
    return [neutralise(value) if value else value for value in column]


def _go_slow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every quick path replaced by the slow one it stands for: each row looked at one by
    one against the register, each note through translate(), each cell neutralised."""
    monkeypatch.setattr(Placing, "_settled", lambda *_: None)
    monkeypatch.setattr(words, "note_text", _slow_note_text)
    monkeypatch.setattr(machine, "safe_cells", _slow_cells)
    monkeypatch.setattr(machine, "neutralise_texts", _slow_neutralised)
    monkeypatch.setattr(cells, "neutralise_texts", _slow_neutralised)


# Codes of every kind a file gives: known, unknown, read another way, ambiguous, a formula,
# control characters, a line break; with a name that agrees, one that does not, none.
HOSTILE = [
    ("Kabupaten Banjar", "63.03"),
    ("Contoh", "63.99"),
    ("Kab. Banjar", "6303"),  # read as 63.03, and the same region twice
    ("", "61.1"),  # 61.10 or 61.01
    ("Kab. Melawi", "61.1"),  # the name says 61.10
    ("Formula", '=HYPERLINK("http://x","y")'),
    ("Plus", "+63.03"),
    ("Minus", "-1"),
    ("At", "@SUM(A1)"),
    ("Spaced", "  =1+1"),
    ("Escape", "63.0\x1b[31m3"),
    ("Bell", "99.\x07"),
    ("Break", "99.01\n=1"),
    ("Kota Pontianak", "61.71"),
    ("Kota Lain", "61.72"),  # the register names it Kota Singkawang
    ("=Name", "99.99.99.9999"),
]
# Codes as the register writes them, every one: the block is checked a column at a time.
NORMAL = [
    ("Kabupaten Banjar", "63.03"),
    ("Contoh", "63.99"),
    ("Kota Lain", "61.72"),
    ("", "61.71"),
    ("Desa Entah", "99.00.00.2000"),
    ("Kab Banjar", "63.03"),  # the same code twice: two notes on one row
    ("Kalimantan Barat", "61"),
]


def _file(tmp_path: Path, rows: list[tuple[str, str]], named: bool) -> Path:
    import csv

    path = tmp_path / f"{'named' if named else 'codes'}_{len(rows)}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Wilayah", "Kode", "Penduduk", "Peserta", "Aktif"][0 if named else 1 :])
        for number, (name, code) in enumerate(rows):
            figures = [str(1000 + number), str(990 + number), str(700 + number)]
            if number == 3:
                figures[0] = ""  # a population to fill (--fill-population)
            writer.writerow([name, code, *figures] if named else [code, *figures])
    return path


VIEWS = [
    ("-f", "tsv"),
    ("-f", "csv"),
    ("-f", "json"),
    ("-f", "ndjson"),
    ("-f", "csv", "--raw"),
    ("-f", "csv", "--excel"),
    ("-f", "table", "--all-rows"),
]


Said = dict[tuple[str, tuple[str, ...], str], tuple[int, str, str]]


def _outputs(paths: list[Path], extra: tuple[str, ...]) -> Said:
    """Exit code, standard output and error of each file, view and language."""
    said = {}
    for path in paths:
        for view in VIEWS:
            for lang in ("en", "id"):
                result = run("batch", str(path), *view, "--lang", lang, *extra)
                said[path.stem, view, lang] = (result.exit_code, result.stdout, result.stderr)
    return said


def _files(tmp_path: Path) -> list[Path]:
    return [_file(tmp_path, rows, named) for rows in (HOSTILE, NORMAL) for named in (True, False)]


@pytest.mark.parametrize("extra", [(), ("--fill-population",)])
def test_the_quick_path_writes_the_bytes_of_the_slow_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: tuple[str, ...]
) -> None:
    paths = _files(tmp_path)
    quick = _outputs(paths, extra)
    _go_slow(monkeypatch)
    assert _outputs(paths, extra) == quick
    # Not vacuous: the warnings are there, each on its row, made safe and translated.
    code, tsv, stderr = quick["named_16", ("-f", "tsv"), "en"]
    assert code == 0, stderr
    warned = {
        row["code"]: row["warning"] for row in csv.DictReader(io.StringIO(tsv), dialect="excel-tab")
    }
    for unknown in ("63.99", "63.0\\x1b[31m3", "99.01 =1"):  # each on its own row
        assert warned[unknown] == "code not in the Kepmendagri register"
    assert "code 61.1 could be 61.10 / 61.01: write it in full" in tsv
    assert "code 6303 read as 63.03" in tsv
    assert "rows whose code is not in the Kepmendagri register" in stderr
    excel = quick["named_16", ("-f", "csv", "--excel"), "id"][1]
    assert ";63.0\\x1b[31m3;" in excel
    assert ";kode tidak ada dalam register Kepmendagri;" in excel
    assert ";menurut register, 61.72 adalah Kota Singkawang;" in excel
    table = quick["codes_7", ("-f", "table", "--all-rows"), "id"][2]
    assert "baris yang kodenya tidak ada dalam register Kepmendagri: 2 (3, 6)" in table


# Text a file may hold: digits and dots as codes are, letters, what a formula starts with,
# spaces of every kind, quotes, line breaks and other control characters.
_TEXT = st.text(
    st.sampled_from(list("0123456789.aZ =+-@'\"\t\r\n\x00\x1b\x7f\x85\x9f\u00a0\u2028é")),
    max_size=12,
)
_PARAMETERS = st.dictionaries(st.sampled_from(["code", "codes", "read", "name"]), _TEXT)


@st.composite
def _notes(draw: st.DrawFn) -> Note:
    key = draw(
        st.sampled_from(
            [
                "note.code_not_in_register",
                "note.code_ambiguous",
                "note.code_read_as",
                "note.name_not_register",
                "note.row_over_100",
                "no.such.key",
            ]
        )
    )
    params: dict[str, Any] = {"code": "", "codes": "", "read": "", "name": ""}
    params.update(draw(_PARAMETERS))
    if draw(st.booleans()):  # a parameter that is no text: through translate()
        params["code"] = draw(st.integers(-(10**6), 10**6))
    return Note(key, params, warning=draw(st.booleans()))


_ROWS = st.lists(st.none() | st.lists(_notes(), min_size=1, max_size=3).map(tuple), max_size=8)


@given(column=_ROWS, raw=st.booleans())
def test_a_column_of_notes_is_the_cells_of_each_row(column: list[Any], raw: bool) -> None:
    assert safe_cells(column, raw) == _slow_cells(column, raw)


@given(
    notes=st.lists(_notes(), min_size=1, max_size=3).map(tuple),
    blanks=st.lists(st.booleans(), min_size=1, max_size=8),
    raw=st.booleans(),
)
def test_a_column_of_one_shared_note_is_the_cells_of_each_row(
    notes: tuple[Note, ...], blanks: list[bool], raw: bool
) -> None:
    """The rows of a file of unknown codes hold one and the same notes: said once, and
    still each row's cell as it would be said on its own."""
    column: list[Any] = [None if blank else notes for blank in blanks]
    assert safe_cells(column, raw) == _slow_cells(column, raw)


@given(column=st.lists(st.none() | _TEXT, max_size=8))
def test_a_column_of_text_is_neutralised_as_each_text_would_be(
    column: list[str | None],
) -> None:
    assert cells.neutralise_texts(column) == _slow_neutralised(column)


# Text that translate() words its own way: a population's source (its month in words).
_FROM_REGISTER = {
    "name": "Banjar",
    "code": "63.03",
    "population": "590.393",
    "source": "Dukcapil, June 2025",
}


@pytest.mark.parametrize("lang", languages())
@given(column=st.lists(_notes(), max_size=8), one_key=st.booleans())
@example(
    column=[Note("note.code_not_in_register", {"code": "99.\r01", "codes": ""})] * 3, one_key=True
)
@example(column=[Note("note.population_from_register", _FROM_REGISTER)] * 2, one_key=True)
def test_a_column_of_one_message_is_each_note_translated(
    lang: str, column: list[Note], one_key: bool
) -> None:
    """A column of notes of one message (a file of unknown codes), each filled in from
    the template looked up once: as translate() fills in each, whatever its parameters."""
    if one_key and column:
        column = [Note(column[0].key, note.params, note.warning) for note in column]
    assert words.note_texts(column, lang) == [
        translate(note.key, lang, **note.params) for note in column
    ]


def test_a_column_of_other_values_goes_value_by_value() -> None:
    column = [None, (Note("note.row_over_100"),), "text", 3, ()]
    assert safe_cells(column, False) == _slow_cells(column, False)


@pytest.mark.parametrize("lang", languages())
@given(text=_TEXT)
def test_a_note_of_text_is_its_translation(lang: str, text: str) -> None:
    """Every message of every language, its parameters text: as translate() fills it."""
    import string

    for key, template in catalogue(lang).items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        params = dict.fromkeys(names, text)
        note = Note(key, params)
        assert note_text(note, lang) == translate(key, lang, **params), key


def test_text_that_translate_words_its_own_way_is_still_worded() -> None:
    """A population's source (its month in words) and a rounding (a key of its own) are
    text, yet not filled in as they are."""
    params = {"name": "Banjar", "code": "63.03", "population": "590.393"}
    note = Note("note.population_from_register", {**params, "source": "Dukcapil, December 2024"})
    assert note_text(note, "id").endswith("Dukcapil, Desember 2024")
    assert note_text(note, "id") == translate(note.key, "id", **note.params)
    rounding = Note("note.from_rounded", {"figure": "coverage", "rounding": "cut"})
    assert "dianggap dipotong" in note_text(rounding, "id")
    assert note_text(rounding, "id") == translate(rounding.key, "id", **rounding.params)


# Digits of other scripts (Arabic-Indic three, a full-width zero) are no code's digits.
_CODE_TEXT = st.text(st.sampled_from([*"0123456789.. \n\r", "\u0663", "\uff10"]), max_size=14)
_CODE_LIKE = st.sampled_from(["63", "63.03", "63.03.01", "63.03.01.2001", "99.00.00.2000"])


@given(texts=st.lists(_CODE_LIKE | _CODE_TEXT | st.none(), max_size=6))
@example(texts=["63.03\n63.03"])  # a line break in a cell: one cell, not two codes
@example(texts=["63.03", "63.03\n63.03"])
@example(texts=["63.03", "63.04", "\u0663\u0663"])
@example(texts=["63.03.01.2001", "63.03.01.2002"])
def test_a_column_is_normal_when_every_code_is_as_the_register_writes_it(
    texts: list[str | None],
) -> None:
    expected = bool(texts) and all(type(t) is str and normal_code(t) == t for t in texts)
    assert all_normal(texts) is expected


@pytest.mark.parametrize("named", [True, False])
def test_a_bare_carriage_return_in_a_code_keeps_its_note_quoted_with_raw(
    tmp_path: Path, named: bool
) -> None:
    """--raw keeps a code's carriage return in the sentence of its note: that cell is
    quoted, so that the CSV's rows keep their fields, also where the code itself was
    read as the register writes it (its own cell has no carriage return left)."""
    import csv
    import io

    rows = [("Kabupaten Banjar", "63.03"), ("Kab. Banjar", "6303\r"), ("Lain", "\r63.03")]
    path = _file(tmp_path, rows, named)
    result = run("batch", str(path), "-f", "csv", "--raw")
    assert result.exit_code == 0, result.stderr
    parsed = list(csv.reader(io.StringIO(result.stdout, newline="")))
    header, *records = parsed
    assert len(records) == len(rows) + 1  # the regions and the total
    assert {len(record) for record in records} == {len(header)}
    warning = header.index("warning")
    codes = [record[header.index("code")] for record in records[:3]]
    assert codes == ["63.03", "63.03", "63.03"]
    assert records[1][warning].startswith("code 6303\r read as 63.03")
    assert records[2][warning].startswith("code \r63.03 read as 63.03")
