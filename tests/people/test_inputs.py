"""What a match refuses, and what it does on request: lists that are no lists of people,
rollups, small cells hidden, the register's names."""

from __future__ import annotations

import json
from pathlib import Path

import people_gen
import pytest
from people_lists import write_csv

from jkngap.core.errors import InputError
from jkngap.core.match import COUNT_KEYS, MatchOptions
from jkngap.core.regions import OUTPUT_KEYS
from jkngap.data.register import open_register
from jkngap.output.words import explain, note_text
from jkngap.people import match, open_match

NIK = "3601014101990002"


def _refused(population: Path, members: Path, welfare: Path | None = None) -> InputError:
    with pytest.raises(InputError) as refused, open_match(population, members, welfare=welfare):
        pass
    return refused.value


@pytest.mark.parametrize(
    ("header", "rows", "key"),
    [
        (["Nama", "Kode Desa"], [["Siti", "36.01.01.2001"]], "match.no_nik_column"),
        (["NIK", "Nama"], [[NIK, "Siti"]], "match.no_desa_column"),
        (["NIK", "Kode Desa"], [], "match.empty_list"),
        (["NIK", "Kode Desa"], [[NIK, "Cilegon"]], "match.no_desa_codes"),
        ([NIK, "36.01.01.2001"], [[NIK, "36.01.01.2001"]], "match.header_is_data"),
        (["kode", "penduduk", "NIK"], [["36.01", "590393", "x"]], "match.not_people"),
        (
            ["NIK", "nik_hash", "Kode Desa"],
            [[NIK, "", "36.01.01.2001"]],
            "match.plain_and_hashed_columns",
        ),
        (["NIK", "No KTP", "Kode Desa"], [[NIK, NIK, "36.01.01.2001"]], "match.two_columns"),
    ],
)
def test_what_is_no_list_of_people_is_refused_naming_the_file(
    tmp_path: Path, header: list[str], rows: list[list[str]], key: str
) -> None:
    population = write_csv(tmp_path / "p.csv", header, rows)
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[NIK]])
    error = _refused(population, members)
    assert error.key == key
    assert error.path == str(population)
    for lang in ("en", "id"):
        text = explain(error, lang)
        assert str(population) in text
        assert NIK not in text


def test_a_welfare_list_needs_its_deciles(tmp_path: Path) -> None:
    population = write_csv(tmp_path / "p.csv", ["NIK", "Kode Desa"], [[NIK, "36.01.01.2001"]])
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[NIK]])
    welfare = write_csv(tmp_path / "w.csv", ["NIK", "Status"], [[NIK, "x"]])
    assert _refused(population, members, welfare=welfare).key == "match.no_decile_column"


def test_columns_can_be_named_when_headers_are_unknown(tmp_path: Path) -> None:
    population = write_csv(
        tmp_path / "p.csv", ["No Identitas", "Wilayah Desa"], [[NIK, "3601012001"]]
    )
    members = write_csv(tmp_path / "m.csv", ["NIK"], [[NIK]])
    result = match(
        population,
        members,
        columns={"population": {"nik": "No Identitas", "desa": "wilayah desa"}},
    )
    assert (result.summary["population"], result.summary["registered"]) == (1, 1)
    with pytest.raises(InputError) as refused:
        match(population, members, columns={"population": {"nik": "NIK KTP"}})
    assert refused.value.key == "match.missing_column"


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    spec = people_gen.Spec(people=3000, desa_limit=30, seed=21)
    return people_gen.generate(spec, tmp_path_factory.mktemp("lists")).paths


def test_rollup_sums_the_desa_and_names_the_region(lists: dict[str, Path]) -> None:
    register = open_register()
    by_desa = match(lists["population"], lists["members"], places=register)
    assert by_desa.regions[0]["region"] == register.name(by_desa.regions[0]["code"])
    for level, parts in (("kecamatan", 3), ("kabupaten", 2), ("provinsi", 1)):
        rolled = match(
            lists["population"],
            lists["members"],
            options=MatchOptions(rollup=level),
            places=register,
        )
        for record in rolled.regions:
            code = record["code"]
            inside = [
                r
                for r in by_desa.regions
                if (r["code"] is None and code is None)
                or (r["code"] is not None and code is not None and r["code"].startswith(code + "."))
            ]
            assert record["rolled_up"] == len(inside)
            for key in ("not_registered", "invalid_nik", "duplicate_nik", "registered"):
                assert record[key] == sum(r[key] or 0 for r in inside), (level, code, key)
            if code is not None:
                assert code.count(".") + 1 == parts
                assert record["region"] == register.name(code)
        assert rolled.summary["population"] == by_desa.summary["population"]


def test_small_cells_are_hidden_with_what_they_give_away(lists: dict[str, Path]) -> None:
    shown = match(lists["population"], lists["members"], welfare=lists["welfare"])
    hidden = match(
        lists["population"],
        lists["members"],
        welfare=lists["welfare"],
        options=MatchOptions(min_cell=5),
    )
    assert "match.suppressed" in [note.key for note in hidden.notes]
    secondary = 0
    for before, after in zip(shown.regions, hidden.regions, strict=True):
        gone = set(after["suppressed"] or ())
        for key in COUNT_KEYS:
            if before[key] is not None and 0 < before[key] < 5:
                assert key in gone, key
            if key in gone:
                assert after[key] is None
                secondary += not 0 < before[key] < 5
            else:
                assert after[key] == before[key]
        if gone & {"population", "registered", "active"}:
            assert all(after[key] is None for key in OUTPUT_KEYS)
        if "takeover_candidates" in gone:
            assert after["takeover_budget"] is None
    assert secondary > 0  # some cells hidden only so that others cannot be worked out
    with pytest.raises(InputError) as refused:
        match(lists["population"], lists["members"], options=MatchOptions(min_cell=2))
    assert refused.value.key == "match.min_cell_small"


def test_takeover_is_priced_as_segments_prices_route_a(lists: dict[str, Path]) -> None:
    from jkngap.core.routes import Rates

    result = match(
        lists["population"],
        lists["members"],
        welfare=lists["welfare"],
        options=MatchOptions(rates=Rates(premium=50_000, months=6)),
    )
    assert result.summary["takeover_candidates"] > 0
    for record in (*result.regions, result.summary):
        assert record["takeover_budget"] == record["takeover_candidates"] * 50_000 * 6


def _lists(tmp_path: Path, population: bytes) -> tuple[Path, Path]:
    path = tmp_path / "p.csv"
    path.write_bytes(population)
    members = write_csv(tmp_path / "m.csv", ["NIK", "Kode Desa"], [[NIK, "36.01.01.2001"]])
    return path, members


_PEOPLE = f"NIK,Nama,Kode Desa\n{NIK},Dédé,36.01.01.2001\n3601014101990003,Siti,36.01.01.2001\n"


@pytest.mark.parametrize(
    "encoded",
    [
        _PEOPLE.encode("utf-16"),  # Excel's "Unicode text": a mark, little-endian
        _PEOPLE.encode("utf-16-be").join([b"\xfe\xff", b""]),
        _PEOPLE.encode("utf-8-sig"),
    ],
)
def test_a_list_is_read_in_the_encoding_its_mark_says(tmp_path: Path, encoded: bytes) -> None:
    # Whatever --encoding says: it is for the lists that carry no mark.
    population, members = _lists(tmp_path, encoded)
    for encoding in ("utf-8", "latin-1"):
        found = match(population, members, encoding=encoding)
        assert (found.summary["population"], found.summary["registered"]) == (2, 1), encoding
        assert found.summary["not_registered"] == 1


def test_lines_in_another_encoding_are_counted_and_said(tmp_path: Path) -> None:
    # Latin-1 read as UTF-8: DuckDB cannot decode the line, which is counted as an invalid
    # NIK (nothing dropped), and the run says which lines and the option that reads them.
    population, members = _lists(tmp_path, _PEOPLE.encode("latin-1"))
    found = match(population, members)
    assert (found.summary["population"], found.summary["invalid_nik"]) == (2, 1)
    (said,) = [note for note in found.notes if note.key == "match.list_undecoded"]
    assert (said.params["rows"], said.params["line"], said.warning) == (1, 2, True)
    assert note_text(said, "en").endswith(
        "p.csv: 1 lines are not valid UTF-8 (the first is line 2): if the list is in another "
        "encoding, read it with encoding latin-1 or encoding utf-16"  # --encoding on the line
    )
    read = match(population, members, encoding="latin-1")
    assert (read.summary["population"], read.summary["registered"]) == (2, 1)
    assert read.summary["invalid_nik"] == 0
    assert not [note for note in read.notes if note.key == "match.list_undecoded"]


def test_a_list_of_which_no_line_decodes_is_refused_naming_the_encoding(tmp_path: Path) -> None:
    people = _PEOPLE.replace("Siti", "Sité").encode("latin-1")
    population, members = _lists(tmp_path, people)
    error = _refused(population, members)
    assert (error.key, error.path, error.params["line"]) == ("match.encoding", str(population), 2)
    for lang in ("en", "id"):
        assert NIK not in explain(error, lang)


def test_the_command_line_reads_a_list_in_the_encoding_given(tmp_path: Path) -> None:
    from conftest import run

    population, members = _lists(tmp_path, _PEOPLE.encode("latin-1"))
    lists = ["match", "--population", str(population), "--members", str(members)]
    result = run(*lists, "--encoding", "latin-1", "--no-register", "-f", "json")
    assert result.exit_code == 0, result.stderr
    total = json.loads(result.stdout)[-1]
    assert (total["population"], total["registered"], total["invalid_nik"]) == (2, 1, 0)
    plain = run(*lists, "--no-register", "-f", "json")
    assert plain.exit_code == 0
    assert "--encoding latin-1" in plain.stderr
    assert json.loads(plain.stdout)[-1]["invalid_nik"] == 1
    for name in ("cp1252", "windows-1252", "LATIN1"):  # any name Python gives them
        named = run(*lists, "--encoding", name, "--no-register", "-f", "json")
        assert named.exit_code == 0, named.stderr
        assert json.loads(named.stdout)[-1]["invalid_nik"] == 0
    refused = run(*lists, "--encoding", "utf-7")
    assert refused.exit_code == 2
    assert "--encoding" in refused.stderr
    assert "utf-8, latin-1, cp1252, utf-16" in refused.stderr


def test_utf_16_given_reads_a_list_without_its_mark_as_little_endian(tmp_path: Path) -> None:
    # --encoding utf-16 is for the lists that carry no mark: Python's UTF-16 stream decoder
    # raises on those (it needs the mark), which was a bug's exit 70 for every such run.
    population, members = _lists(tmp_path, _PEOPLE.encode("utf-16-le"))
    members.write_bytes(members.read_bytes().decode().encode("utf-16-le"))
    found = match(population, members, encoding="utf-16")
    assert (found.summary["population"], found.summary["registered"]) == (2, 1)
    assert found.summary["invalid_nik"] == 0


def test_utf_16_given_over_a_utf_8_list_is_refused_not_a_bug(tmp_path: Path) -> None:
    from conftest import run

    population, members = _lists(tmp_path, _PEOPLE.encode("utf-16"))  # marked: read right
    lists = ["match", "--population", str(population), "--members", str(members)]
    result = run(*lists, "--encoding", "utf-16", "--no-register", "-f", "json")
    assert result.exit_code == 2, result.stderr  # m.csv, UTF-8 with no mark, is no UTF-16
    assert "bug" not in result.stderr
    assert f"{members}: line 1 is not valid utf-16" in result.stderr  # no zero byte in it
    assert NIK not in result.stderr


def test_latin_1_reads_a_windows_1252_list(tmp_path: Path) -> None:
    # The help says latin-1 reads cp1252 lists: an apostrophe (0x92), quotes or a euro
    # sign are no Latin-1 characters, and DuckDB's Latin-1 refused the whole list for one.
    people = _PEOPLE.replace("Dédé", "Ma\u2019ruf \u201cDédé\u201d").encode("cp1252")
    population, members = _lists(tmp_path, people)
    found = match(population, members, encoding="latin-1")
    assert (found.summary["population"], found.summary["registered"]) == (2, 1)
    assert found.summary["invalid_nik"] == 0
    assert not [note for note in found.notes if note.key == "match.list_undecoded"]


def test_a_list_in_utf_16_without_its_mark_read_as_utf_8_is_refused_saying_so(
    tmp_path: Path,
) -> None:
    population, members = _lists(tmp_path, _PEOPLE.encode("utf-16-le"))
    error = _refused(population, members)
    assert (error.key, error.path, error.params["encoding"]) == (
        "batch.looks_utf16",
        str(population),
        "utf-8",
    )
    assert NIK not in explain(error, "id")
