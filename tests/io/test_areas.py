"""Region files read as areas: the gaps batch computes, households, and the segments route
(a) draws on; rows that are not regions left out and named, unreadable rows kept."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from jkngap.core.regions import RegionOptions
from jkngap.io.areas import AreaFile, read_areas
from jkngap.io.inputs import open_inputs
from jkngap.io.rows import batch
from jkngap.io.tables import read_table

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _areas(text: str) -> AreaFile:
    table = read_table(io.BytesIO(text.encode()), source="areas.csv", name="areas.csv")
    return read_areas([table], RegionOptions())


def test_the_gaps_are_batchs() -> None:
    path = str(EXAMPLES / "bandung-kelurahan-ilustrasi.csv")
    with contextlib.ExitStack() as stack:
        tables, _ = open_inputs([path], stack, stdin=None)
        found = read_areas(tables, RegionOptions())
    with contextlib.ExitStack() as stack:
        tables, _ = open_inputs([path], stack, stdin=None)
        records = [r for r in batch(tables, RegionOptions()).records if r["total"] is None]
    assert len(found.areas) == len(records) == 151
    for area, record in zip(found.areas, records, strict=True):
        assert (area.code, area.region, area.row) == (
            record["code"],
            record["region"],
            record["row"],
        )
        assert area.registrants_needed == record["registrants_needed"]
        assert area.active_needed == record["active_needed"]
        assert (area.population, area.registered, area.active) == (
            record["population"],
            record["registered"],
            record["active"],
        )


def test_households_totals_and_unreadable_rows() -> None:
    found = _areas(
        "Judul laporan\n"
        "Desa,Kode,Penduduk,Peserta,Aktif,Jumlah KK\n"
        "Satu,63.03.01.2001,1000,900,700,120\n"
        "Dua,63.03.01.2002,1000,lima,700,80\n"
        "Tiga,63.03.01.2003,1000,990,800,x\n"
        "Empat,63.03.01.2004,1000,990,800,\n"
        "Jumlah,,4000,3780,3000,200\n"
    )
    assert [area.region for area in found.areas] == ["Satu", "Dua", "Tiga", "Empat"]
    one, two, three, four = found.areas
    assert one.households == 120
    assert (one.registrants_needed, one.active_needed) == (80, 20)
    assert two.error is not None
    assert two.error.key == "number.not_a_number"
    assert three.error is not None
    assert three.error.column == "Jumlah KK"
    assert four.households is None
    assert four.error is None
    keys = [note.key for note in found.notes]
    assert "batch.skipped_rows" in keys  # the title and the file's own total, named


def test_two_household_columns_are_refused() -> None:
    from jkngap.core.errors import InputError

    with pytest.raises(InputError) as caught:
        _areas("Desa,Penduduk,KK,Households\nSatu,10,1,1\n")
    assert caught.value.key == "allocate.two_household_columns"


def test_segments_give_route_as_inactive_pbpu_and_pbi_apbd() -> None:
    path = str(EXAMPLES / "kalbar-segmen-ilustrasi.csv")
    with contextlib.ExitStack() as stack:
        tables, _ = open_inputs([path], stack, stdin=None)
        found = read_areas(tables, RegionOptions())
    sambas = found.areas[0]
    assert sambas.code == "61.01"
    assert sambas.pbpu_inactive == 86_758
    assert sambas.region_paid is not None
    assert all(area.pbpu_inactive is not None for area in found.areas)
    assert not [area.warning for area in found.areas if area.warning]  # segments add up


def test_a_column_called_segments_keeps_its_text() -> None:
    table = read_table(
        io.BytesIO(b"Wilayah,Penduduk,Peserta,segments\nA,100,90,lima\n"), source="a.csv"
    )
    record = next(iter(batch([table], RegionOptions()).records))
    assert record["segments (input)"] == "lima"
    assert "segments" not in record
