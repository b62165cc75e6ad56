"""A line of more fields than any list of people has is refused before DuckDB reads it:
DuckDB stores one reject per field too many, each holding the whole line, so a line of
80,000 fields stalled a run for a quarter of an hour (found by test_privacy's hostile files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from people_lists import write_csv, write_xlsx

from conftest import run
from jkngap.core.errors import InputError
from jkngap.output.words import explain
from jkngap.people import open_match
from jkngap.people.textlists import _FIELD_CHUNK, MAX_FIELDS, Source

NIKS = ("3601014101990002", "3601015512870113", "3674010101010001")


def _stalling(path: Path, fields: int = 80_000, mark: str = ",", encoding: str = "utf-8") -> Path:
    """The file Hypothesis drew: a header, a row, and a last line of a NIK in every field."""
    text = f"NIK{mark}Kode Desa\r\n{NIKS[0]}{mark}36.01.01.2001\r\n" + (NIKS[2] + mark) * fields
    path.write_bytes(text.encode(encoding))
    return path


def _members(folder: Path) -> Path:
    return write_csv(folder / "m.csv", ["NIK"], [[NIKS[0]]])


def _population(folder: Path) -> Path:
    return write_csv(folder / "p.csv", ["NIK", "Kode Desa"], [[NIKS[0], "36.01.01.2001"]])


def _refusal(population: Path | Source, members: Path, welfare: Path | None = None) -> InputError:
    with pytest.raises(InputError) as refused, open_match(population, members, welfare=welfare):
        pass
    return refused.value


def _told_without_a_nik(error: InputError) -> list[str]:
    told = [explain(error, lang) for lang in ("en", "id")]
    for text in told:
        assert not any(nik in text for nik in NIKS), text
        assert "Kode Desa" not in text  # nothing of the file's content
    return told


@pytest.mark.parametrize("role", ["population", "members", "welfare"])
def test_the_stalling_line_is_refused_in_every_list_naming_its_line(
    tmp_path: Path, role: str
) -> None:
    long = _stalling(tmp_path / "long.csv")
    population, members = _population(tmp_path), _members(tmp_path)
    welfare = None
    if role == "population":
        population = long
    elif role == "members":
        members = long
    else:
        welfare = long
    refused = _refusal(population, members, welfare)
    assert refused.key == "match.too_many_fields"
    assert (refused.params["line"], refused.params["most"]) == (3, MAX_FIELDS)
    assert refused.path is not None
    assert refused.path.endswith("long.csv")
    en, id_ = _told_without_a_nik(refused)
    assert en.endswith(
        "long.csv: line 3 has more than 1,024 fields: refused"
        " (a list of people has tens of columns)"
    )
    assert id_.endswith(
        "long.csv: baris 3 berisi lebih dari 1.024 kolom: ditolak"
        " (daftar penduduk berisi puluhan kolom)"
    )


@pytest.mark.parametrize(
    ("mark", "encoding", "suffix"),
    [
        (";", "utf-8", ".csv"),
        ("\t", "utf-8", ".tsv"),
        ("|", "latin-1", ".txt"),
        (",", "utf-16", ".csv"),
    ],
)
def test_every_separator_and_encoding_is_counted(
    tmp_path: Path, mark: str, encoding: str, suffix: str
) -> None:
    long = _stalling(tmp_path / f"long{suffix}", 5_000, mark, encoding)
    source = Source("population", str(long), encoding=encoding)
    refused = _refusal(source, _members(tmp_path))
    assert (refused.key, refused.params["line"]) == ("match.too_many_fields", 3)


def test_a_line_of_as_many_fields_as_allowed_is_read_and_counted_unreadable(
    tmp_path: Path,
) -> None:
    # MAX_FIELDS fields: the line is DuckDB's, unreadable (too many for the header), kept.
    population = _stalling(tmp_path / "p.csv", MAX_FIELDS - 1)
    with open_match(population, _members(tmp_path)) as run_:
        summary = run_.counted.lists[0]
        lines = [person["line"] for person in run_.people("invalid")]
    assert (summary.rows, summary.unreadable, lines) == (2, 1, [3])


def test_lines_are_counted_across_chunks_and_without_a_line_end(tmp_path: Path) -> None:
    # Many lines each under the cap, a chunk holding more separators than one line may:
    # nothing refused. Then a line whose separators cross chunks, and one with no line end.
    rows = [[NIKS[0], "36.01.01.2001"]] * (2 * _FIELD_CHUNK // 30)
    honest = write_csv(tmp_path / "honest.csv", ["NIK", "Kode Desa"], rows)
    with open_match(honest, _members(tmp_path)) as run_:
        assert run_.counted.lists[0].rows == len(rows)
    crossing = tmp_path / "crossing.csv"
    prefix = "NIK,Kode Desa\n" + f"{NIKS[0]},36.01.01.2001\n" * 5_000
    # Its separators straddle the end of the first chunk: 500 in it, the rest in the next.
    padding = "x" * (_FIELD_CHUNK - 500 - len(prefix))
    crossing.write_text(prefix + padding + "," * MAX_FIELDS + "\nx,y\n")
    refused = _refusal(crossing, _members(tmp_path))
    assert (refused.key, refused.params["line"]) == ("match.too_many_fields", 5_002)
    endless = tmp_path / "endless.csv"
    endless.write_text("NIK" + ",NIK" * (3 * _FIELD_CHUNK))
    refused = _refusal(endless, _members(tmp_path))
    assert (refused.key, refused.params["line"]) == ("match.too_many_fields", 1)


def test_a_workbook_wider_than_the_cap_is_refused(tmp_path: Path) -> None:
    header = ["NIK", "Kode Desa", *(f"x{n}" for n in range(MAX_FIELDS))]
    wide = write_xlsx(tmp_path / "wide.xlsx", header, [[NIKS[0], "36.01.01.2001"]])
    refused = _refusal(wide, _members(tmp_path))
    assert (refused.key, refused.params["line"]) == ("match.too_many_fields", 1)
    _told_without_a_nik(refused)


def test_the_command_line_exits_2_naming_the_file_and_line(tmp_path: Path) -> None:
    long = _stalling(tmp_path / "long.csv")
    result = run("match", "--population", str(long), "--members", str(_members(tmp_path)))
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "long.csv" in result.stderr
    assert "line 3" in result.stderr
    assert not any(nik in result.stderr + result.stdout for nik in NIKS)


def _spread(path: Path, fields: int, mark: str = ",", cell: str = '"a\nb"') -> Path:
    """A record of ``fields`` fields spread over many lines by quoted line breaks: every
    line under the cap, the record far over it (20,000 fields cost DuckDB 20 s and more)."""
    head = f"NIK{mark}Kode Desa\r\n{NIKS[0]}{mark}36.01.01.2001\r\n"
    path.write_text(head + (NIKS[2] + mark + cell + mark) * (fields // 2) + "\n")
    return path


@pytest.mark.parametrize(
    ("mark", "cell"), [(",", '"a\nb"'), (";", ' "a\r\nb"'), ("\t", '"a""\nb"')]
)
def test_a_record_spread_over_lines_by_quoted_line_breaks_is_refused(
    tmp_path: Path, mark: str, cell: str
) -> None:
    spread = _spread(tmp_path / "spread.csv", 20_000, mark, cell)
    source = Source("population", str(spread))
    refused = _refusal(source, _members(tmp_path))
    # Named by the line its record starts on, never by what it holds.
    assert (refused.key, refused.params["line"]) == ("match.too_many_fields", 3)
    _told_without_a_nik(refused)


def test_quoted_line_breaks_in_an_honest_list_are_read(tmp_path: Path) -> None:
    # Quoted line breaks in many records, each of few fields, across chunks; a quote inside
    # an unquoted cell is the cell's own (DuckDB's reading too): nothing joins lines.
    rows = [[NIKS[0], "36.01.01.2001", "Jl. Mawar\nRT 01"]] * (2 * _FIELD_CHUNK // 40)
    honest = write_csv(tmp_path / "honest.csv", ["NIK", "Kode Desa", "Alamat"], rows)
    with open_match(honest, _members(tmp_path)) as run_:
        assert run_.counted.lists[0].rows == len(rows)
    stray = tmp_path / "stray.csv"
    lines = [f'{NIKS[0]},36.01.01.2001,Jl. 5"A'] + [f"{NIKS[1]},36.01.01.2001,x"] * 2_000
    stray.write_text("NIK,Kode Desa,Alamat\n" + "\n".join(lines) + "\n")
    with open_match(stray, _members(tmp_path)) as run_:
        assert run_.counted.lists[0].rows == 2_001
    # As many fields as allowed, spread over lines: read, and counted unreadable (too many
    # for the header), as on one line.
    allowed = _spread(tmp_path / "allowed.csv", MAX_FIELDS - 2)
    with open_match(allowed, _members(tmp_path)) as run_:
        assert run_.counted.lists[0].unreadable == 1


def test_a_quoted_cell_past_the_csv_modules_limit_is_refused_by_its_line(tmp_path: Path) -> None:
    # Past the limit the records could no longer be told apart: refused, never skipped.
    long = tmp_path / "long.csv"
    long.write_text(f'NIK,Kode Desa\n{NIKS[0]},36.01.01.2001\n{NIKS[2]},"{"x" * 200_000}\nx"\n')
    refused = _refusal(long, _members(tmp_path))
    assert (refused.key, refused.params["line"]) == ("match.cell_too_long", 3)
    en, _ = _told_without_a_nik(refused)
    assert en.endswith(
        "long.csv: line 3 has a cell of more than 131,072 characters: refused"
        " (a list of people has short cells; a quote opened there and never closed makes"
        " the rest of the file one cell)"
    )
