"""DuckDB checks a NIK exactly as jkngap.core.nik does: over any text, and over a
workbook's number cells."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from people_lists import rows_of, write_csv, write_xlsx

from jkngap.core.errors import JkngapError
from jkngap.core.nik import NikState, check_nik
from jkngap.people.engine import Engine, Source, _problem_text
from jkngap.people.private import private_folder

NIK_TEXT = st.text(
    alphabet=st.sampled_from("0123456789012345678941.,eE+ '\u00a0-O\u0663"), max_size=22
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            NIK_TEXT, st.from_regex(r"[1-9][0-9]{5}[0-7][0-9][01][0-9][0-9]{6}", fullmatch=True)
        ),
        min_size=1,
        max_size=40,
    )
)
def test_duckdb_checks_a_nik_as_python_does(
    tmp_path_factory: pytest.TempPathFactory, cells: list[str]
) -> None:
    _same_in_sql(tmp_path_factory.mktemp("nik"), cells, ".csv")


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.integers(0, 10**17),
            st.integers(3_000_000_000_000_000, 3_999_999_999_999_999).map(lambda n: n - n % 10),
            st.floats(allow_nan=False, allow_infinity=False, min_value=0, max_value=1e17),
            NIK_TEXT,
        ),
        min_size=1,
        max_size=20,
    )
)
def test_duckdb_checks_a_workbooks_number_cells_as_python_does(
    tmp_path_factory: pytest.TempPathFactory, cells: list[object]
) -> None:
    _same_in_sql(tmp_path_factory.mktemp("nik"), cells, ".xlsx")


def _same_in_sql(folder: Path, cells: Sequence[object], extension: str) -> None:
    rows = [[cell, "36.01.01.2001"] for cell in cells]
    write = write_xlsx if extension == ".xlsx" else write_csv
    path = write(folder / f"p{extension}", ["NIK", "Kode Desa"], rows)
    if extension == ".xlsx":  # what the workbook holds (openpyxl keeps 15 digits, as Excel)
        cells = [row["nik"] for row in rows_of(path, "population").rows]
    expected = [check_nik(cell).reason or check_nik(cell).digits for cell in cells]
    with private_folder() as private:
        engine = Engine(private, [str(path)])
        try:
            if all(check_nik(c).state is NikState.INVALID for c in cells):
                # A list of no NIK at all is refused, as not a list of people.
                with pytest.raises(JkngapError, match=r"match\.(not_people|empty_list)"):
                    engine.load(Source("population", str(path)))
                return
            engine.load(Source("population", str(path)))
            found = engine.run(
                f"SELECT coalesce({_problem_text('problem')}, "
                "lpad(CAST(nik AS VARCHAR), 16, '0')) FROM population ORDER BY rowid"
            ).fetchall()
        finally:
            engine.close()
    blank = [cell in (None, "") for cell in cells]
    assert [f for (f,), b in zip(found, blank, strict=True) if not b] == [
        e for e, b in zip(expected, blank, strict=True) if not b
    ]
