"""Hostile and awkward text files: each a clear message, exit 2 for the file or a row's
error (exit 3), never a bug's exit 70, and no column that shifts or overwrites another."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("dup.csv", "desa,penduduk,penduduk\nA,100,90\n", "'penduduk' and 'penduduk' both hold"),
        (
            "two.csv",
            "desa,Penduduk,Jumlah Penduduk,peserta\nA,100,100,90\n",
            "'Penduduk' and 'Jumlah Penduduk' both hold the population figure",
        ),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested deeper than a table"),
        ("huge.csv", "desa,penduduk," + "x" * 1_100_000 + "\nA,100,90\n", "line 1 is longer"),
        (
            "late.csv",
            b"desa,penduduk,peserta\n" + b"A,100,90\n" * 9000 + b"B,\xff,9\n",
            "line 9,002",
        ),
        (  # past the first chunk of text read, in a row after many blocks of clean rows
            "later.csv",
            b"desa,penduduk,peserta\n" + b"Desa A,100,90\n" * 300_000 + b"B,9\xff,9\n",
            "line 300,002",
        ),
        (  # a bad byte in a quoted name over two lines, after rows with non-ASCII names
            "quoted.csv",
            b"desa,penduduk,peserta\n" + "Désa Ā,100,90\n".encode() * 5000 + b'"B\n\xe9",100,9\n',
            "line 5,002",
        ),
        ("empty.csv", "\n\n  \n", "the file is empty"),
        ("nothing.json", "   ", "the file is empty"),
    ],
)
def test_a_hostile_file_is_refused_clearly(
    tmp_path: Path, name: str, content: str | bytes, needle: str
) -> None:
    result = run("batch", str(_write(tmp_path, name, content)), "-f", "csv")
    assert result.exit_code == 2, result.stderr
    assert needle in result.stderr
    assert "bug" not in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        (
            "nested.json",
            '[{"desa": "A", "penduduk": [1, 2], "peserta": 90},'
            ' {"desa": "B", "penduduk": 10, "peserta": 9}]',
            "column 'penduduk': holds a list or an object",
        ),
        (
            "keys.jsonl",
            '{"desa": "A", "penduduk": 10, "peserta": 9}\n'
            '{"desa": "B", "penduduk": 100, "penduduk": 200, "peserta": 90}\n',
            "the key 'penduduk' is given twice",
        ),
        (
            "mixed.csv",
            "desa;penduduk;peserta\nA;100;90\nB,100,90\n",
            "this line is separated by ',', the rest of the file by ';'",
        ),
        (
            "wide.csv",
            "desa,penduduk,peserta\nA,100,90\nB,100,90,7\n",
            "1 more cells than the header",
        ),
    ],
)
def test_a_bad_row_says_why_and_the_others_are_computed(
    tmp_path: Path, name: str, content: str, needle: str
) -> None:
    result = run("batch", str(_write(tmp_path, name, content)), "-f", "json")
    assert result.exit_code == 3, result.stderr
    records = json.loads(result.stdout)
    errors = [record["error"] for record in records if record["error"]]
    assert len(errors) == 1
    assert needle in errors[0]
    assert records[-1]["total"] == "all"
    assert records[-1]["registered"] in (9, 90)  # the good row, alone


def test_input_columns_never_overwrite_output_columns_or_each_other(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "clash.csv",
        "desa,penduduk,peserta,budget,days,uhc,coverage_range,ket,ket\nA,100,90,1,2,x,y,p,q\n",
    )
    result = run("batch", str(path), "-f", "json")
    record = json.loads(result.stdout)[0]
    assert record["uhc"] is False  # computed, not the file's "x"
    assert record["uhc (input)"] == "x"
    assert record["coverage_range (input)"] == "y"  # never split into _low and _high
    assert (record["ket"], record["ket (2)"]) == ("p", "q")
    assert (record["budget (input)"], record["days (input)"]) == ("1", "2")
    assert "budget" not in record  # an output key of cost is never taken from a file
    csv_out = run("batch", str(path), "-f", "csv").stdout.splitlines()
    assert len(csv_out[0].split(",")) == len(csv_out[1].split(","))


def test_a_village_called_sumber_is_a_region(tmp_path: Path) -> None:
    # Words of notes and totals inside a name are not the name of a note or a total.
    path = _write(
        tmp_path,
        "desa.csv",
        "desa,penduduk,peserta\nSumberrejo,100,90\nTotalan,200,190\nJumlahan Ketapang,300,290\n",
    )
    records = json.loads(run("batch", str(path), "-f", "json").stdout)
    assert [record["note"] for record in records[:-1]] == [None, None, None]
    assert records[-1]["population"] == 600


def test_more_files_than_may_be_open_at_once(tmp_path: Path) -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    paths = []
    for number in range(300):
        paths.append(
            _write(tmp_path, f"k{number:03d}.csv", f"desa,penduduk,peserta\nD{number},100,90\n")
        )
    resource.setrlimit(resource.RLIMIT_NOFILE, (128, hard))  # fewer than the files
    try:
        result = run("batch", *map(str, paths), "-f", "csv", "--no-total")
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 301  # the header and every file's region, in order
    assert lines[1].split(",")[:3] == ["2", str(paths[0]), "D0"]
    assert lines[-1].split(",")[:3] == ["2", str(paths[-1]), "D299"]


def test_a_header_longer_than_the_csv_module_takes_is_named(tmp_path: Path) -> None:
    # Within the line limit, past the csv module's field limit (131,072 characters).
    path = _write(tmp_path, "wide.csv", "desa,penduduk," + "x" * 200_000 + "\nA,100,90\n")
    result = run("batch", str(path), "-f", "csv")
    assert result.exit_code == 2, result.stderr
    assert "wide.csv: line 1 cannot be read: field larger than field limit" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "english", "indonesian"),
    [
        (
            "comma.json",
            '[{"wilayah": "A", "penduduk": 100, "peserta": 90},\n'
            ' {"wilayah": "B", "penduduk": 100 "peserta": 90}]\n',
            "line 2 cannot be read: Expecting ',' delimiter",
            "baris 2 tidak dapat dibaca: diharapkan tanda koma (,)",
        ),
        (
            "after.json",
            '[{"wilayah": "A", "penduduk": 100, "peserta": 90}] x\n',
            "line 1 cannot be read: expected nothing after the array",
            "baris 1 tidak dapat dibaca: tidak boleh ada apa pun setelah akhir larik",
        ),
        (
            "open.json",
            '[{"wilayah": "A, "penduduk": 100}]\n',
            "line 1 cannot be read: Expecting ',' delimiter",
            "baris 1 tidak dapat dibaca: diharapkan tanda koma (,)",
        ),
        (
            "wide.csv",
            'desa,penduduk,peserta\nA,100,90\nB,"' + "x" * 200_000 + '",90\n',
            "line 3 cannot be read: field larger than field limit (131,072)",
            "baris 3 tidak dapat dibaca: isi sel melebihi batas 131.072 karakter",
        ),
    ],
)
def test_the_csv_and_json_modules_reasons_are_said_in_the_language(
    tmp_path: Path, name: str, content: str, english: str, indonesian: str
) -> None:
    # An official reading Indonesian gets no English library words inside the sentence.
    path = _write(tmp_path, name, content)
    for lang, said in (("en", english), ("id", indonesian)):
        result = run("batch", str(path), "-f", "csv", "--no-register", "--lang", lang)
        assert result.exit_code == 2, result.stderr
        assert f"{name}: {said}" in result.stderr, result.stderr


def test_every_json_reason_has_its_words_in_both_catalogues() -> None:
    from jkngap.io.jsonrows import _JSON_REASONS
    from jkngap.output.catalogues import en, id

    keys = {key for _, key in _JSON_REASONS} | {"reason.field_too_long", "reason.unquoted_newline"}
    keys |= {"reason.json_comma_or_end", "reason.json_after_array"}
    assert keys <= en.MESSAGES.keys() & id.MESSAGES.keys()
