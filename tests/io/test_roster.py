"""A roster file read as hostile input: capped, every bad row named, nothing guessed."""

from __future__ import annotations

import io

import pytest

from jkngap.core.agents import RosterAgent
from jkngap.core.errors import InputError
from jkngap.io import roster as roster_module
from jkngap.io.roster import line_ranges, read_roster
from jkngap.io.tables import read_table
from jkngap.output.words import explain


def _read(text: str | bytes, name: str = "roster.csv") -> roster_module.Roster:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return read_roster(read_table(io.BytesIO(data), source=name, name=name))


def test_a_roster_in_the_indonesian_way() -> None:
    found = _read(
        "\ufeffKode Agen;Wilayah;Hari per Minggu\n"
        "A01;32.73.01.1001;5\n"
        "A02;Gegerkalong;3\n"
        "\n"
        "A03; 32.73.02.1001 ;2\n"
    )
    assert found.agents == (
        RosterAgent("A01", "32.73.01.1001", 5, 2),
        RosterAgent("A02", "Gegerkalong", 3, 3),
        RosterAgent("A03", "32.73.02.1001", 2, 5),
    )


def test_every_bad_row_is_named_and_the_first_explained() -> None:
    text = (
        "agent,home area,days a week\n"
        "A01,32.73.01.1001,5\n"
        "A02,32.73.01.1002,6\n"  # line 3: more days than a working week
        ",32.73.01.1003,2\n"  # 4: no agent
        "A04,,2\n"  # 5: no home
        "A05,32.73.01.1005,2.5\n"  # 6: not whole
        "a01,32.73.01.1006,1\n"  # 7: A01 again
        "A07,32.73.01.1007,lima\n"  # 8
        "A08\x1b[2J,32.73.01.1008,1\n"  # 9: a control character
        f"{'A' * 65},32.73.01.1009,1\n"  # 10: too long
        "A10,32.73.01.1010,0\n"  # 11
    )
    with pytest.raises(InputError) as caught:
        _read(text)
    error = caught.value
    assert error.key == "roster.unread"
    assert error.path == "roster.csv"
    assert error.params["count"] == 9
    assert error.params["rows"] == "3-11"
    assert error.params["line"] == 3
    assert error.params["reason"].key == "roster.days_range"
    sentence = explain(error)
    assert sentence.startswith("roster.csv: 9 rows of the roster cannot be read (lines 3-11)")
    assert "\x1b" not in sentence
    assert "A08" not in sentence  # rows are named by line, never by the agent's label


def test_the_reasons_one_by_one() -> None:
    for row, key in (
        ("A02,32.73.01.1002,6", "roster.days_range"),
        (",32.73.01.1003,2", "roster.empty_cell"),
        ("A05,32.73.01.1005,2.5", "roster.days_range"),
        ("A08\x07,32.73.01.1008,1", "roster.control_character"),
        ("A\u202e80,32.73.01.1008,1", "roster.control_character"),  # shows as A08
        ("A08,32.73.01.\u20661008,1", "roster.control_character"),
        ("A\u061c08,32.73.01.1008,1", "roster.control_character"),  # Unicode's Bidi_Control
        (f"{'A' * 65},32.73.01.1009,1", "roster.too_long"),
        ("A01,32.73.01.1006,1", "roster.agent_twice"),
    ):
        with pytest.raises(InputError) as caught:
            _read(f"agent,home,days\nA01,32.73.01.1001,5\n{row}\n")
        assert caught.value.params["reason"].key == key, row
        assert caught.value.params["line"] == 3


def test_columns_are_found_by_header_or_refused() -> None:
    with pytest.raises(InputError) as caught:
        _read("agent,days\nA01,5\n")
    assert caught.value.key == "roster.no_column"
    assert caught.value.params["missing"] == "home area"
    with pytest.raises(InputError) as caught:
        _read("agent,home,kode,days\nA01,a,b,5\n")
    assert caught.value.key == "roster.two_columns"
    with pytest.raises(InputError) as caught:
        _read("agent,home,days\n")
    assert caught.value.key == "roster.empty"


def test_a_roster_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roster_module, "MAX_AGENTS", 3)
    rows = "".join(f"A{i},32.73.01.1001,1\n" for i in range(4))
    with pytest.raises(InputError) as caught:
        _read("agent,home,days\n" + rows)
    assert (caught.value.key, caught.value.params["most"]) == ("roster.too_many", 3)
    assert len(_read("agent,home,days\n" + rows[: rows.index("A3")]).agents) == 3


def test_a_byte_the_encoding_cannot_read_names_its_line() -> None:
    with pytest.raises(InputError) as caught:
        _read(b"agent,home,days\nA01,32.73.01.1001,5\n" + b"x" * 70_000 + b"\nA\xff,1,1\n")
    assert caught.value.key == "batch.encoding"


def test_a_workbook_roster_takes_numbers_as_days() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Agen", "Kelurahan", "Hari"])
    sheet.append(["A01", "32.73.01.1001", 5])
    sheet.append(["A02", "Isola", 4.0])
    buffer = io.BytesIO()
    book.save(buffer)
    found = _read(buffer.getvalue(), "roster.xlsx")
    assert [agent.days for agent in found.agents] == [5, 4]


def test_line_ranges() -> None:
    assert line_ranges([3, 4, 5, 9, 11, 12]) == "3-5, 9, 11-12"
    assert line_ranges([2, 4, 6], most=2) == "2, 4 (+1)"
