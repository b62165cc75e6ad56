"""The glue the commands share, tested directly: the view of a command over files, what
the batch readers are handed, the figures as the core takes them, the list format."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from jkngap.cli import files as f
from jkngap.cli import options as o
from jkngap.core.coverage import registrants_needed
from jkngap.core.errors import InputError, OutputError
from jkngap.core.numbers import Rounding, read_percent
from jkngap.output.formats import View


def test_the_files_named_leave_out_standard_input_and_dates() -> None:
    assert f.paths(["a.csv", "-", "b.xlsx"]) == (Path("a.csv"), Path("b.xlsx"))
    dated = f.dated_paths(["rekap.csv@2025-06-01", "-", "juli.xlsx"])
    assert dated == (Path("rekap.csv"), Path("juli.xlsx"))


def test_the_checked_view_is_told_its_inputs_order_and_names(tmp_path: Path) -> None:
    read = tmp_path / "kalbar.csv"
    shown = f.checked_view(View(output=tmp_path / "out.csv"), (read,), ordered=True)
    assert (shown.inputs, shown.ordered, shown.names) == ((read,), True, None)
    assert f.checked_view(View(), (read,), register=True).names is not None
    plain = f.checked_view(View(raw=True), (read,))
    assert (plain.raw, plain.ordered, plain.names) == (True, False, None)


def test_the_checked_view_refuses_an_output_over_an_input(tmp_path: Path) -> None:
    read = tmp_path / "kalbar.csv"
    read.write_text("kode,penduduk\n")
    with pytest.raises(OutputError) as refused:
        f.checked_view(View(output=read), (tmp_path / "other.csv", read))
    assert (refused.value.key, refused.value.field) == ("output.is_input", "output")


def test_the_readers_are_handed_the_register_and_the_answer_s_file(tmp_path: Path) -> None:
    handed = f.streams(View(output=tmp_path / "gaps.csv"))
    assert handed["target"] == tmp_path / "gaps.csv"
    assert handed["register"] is f.register
    assert f.streams(View())["target"] is None


def test_the_figures_go_to_the_core_by_its_names() -> None:
    place = o.Located(590393)
    rate = read_percent("79,96", field="active_rate")
    figures = o.Figures(registered=581578, active=472638, active_rate=rate)
    assert o.published(place, figures) == {
        "population": 590393,
        "registered": 581578,
        "coverage": None,
        "active": 472638,
        "active_rate": rate,
    }
    assert o.covered(place, figures) == {
        "population": 590393,
        "registered": 581578,
        "coverage": None,
    }
    gap = o.coverage_gap(place, figures, Fraction(98), Rounding.ROUNDED)
    assert gap == registrants_needed(population=590393, registered=581578, target=Fraction(98))


def test_the_list_format_is_one_a_list_is_written_in() -> None:
    assert o.list_format_from("xlsx") == "xlsx"
    with pytest.raises(InputError) as refused:
        o.list_format_from("docx")
    assert (refused.value.key, refused.value.field) == ("match.list_format_unknown", "list_format")
    assert "csv" in refused.value.params["known"]


def test_name_value_options_are_read_as_pairs_and_a_half_is_refused() -> None:
    read = o.named_pairs(["population = Jml Pddk", "pbi-apbd=PBI APBD"], "batch.column_syntax", "c")
    assert read == [("population", "Jml Pddk"), ("pbi_apbd", "PBI APBD")]
    assert o.named_pairs(None, "batch.column_syntax", "columns") == []
    for half in ("population", "population=", "=Jml Pddk"):
        with pytest.raises(InputError) as refused:
            o.named_pairs([half], "match.hashed_syntax", "hashed")
        assert (refused.value.key, refused.value.field) == ("match.hashed_syntax", "hashed")
