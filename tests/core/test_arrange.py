"""A batch laid out, straight through the core (core/arrange.py): rolled up as the rows come
(memory follows the regions of the level, not the rows), grouped without a subtotal of a
file's own total, sorted with empty values last either way."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jkngap.core.arrange import Arrangement, arrange, falls_short, in_memory
from jkngap.core.model import Note, Record
from jkngap.core.regions import COUNT_KEYS, OUTPUT_KEYS, RegionOptions, Totals, compute_row

OPTIONS = RegionOptions()
KEYS = (
    "row",
    "region",
    "code",
    "rolled_up",
    *COUNT_KEYS,
    "population_source",
    *OUTPUT_KEYS,
    "registrants_needed_sum",
    "active_needed_sum",
    "warning",
    "note",
    "error",
    "total",
)


def _record(row: int, code: str | None, population: int | None, registered: int) -> Record:
    record: Record = dict.fromkeys(KEYS)
    active = registered * 3 // 4
    record.update(row=row, region=f"R{row}", code=code)
    record.update(population=population, registered=registered, active=active)
    return compute_row(population, registered, active, OPTIONS, record)


def _villages(count: int) -> Iterator[Record]:
    village = _record(2, None, 1000, 900)
    for n in range(count):
        kecamatan = n // 100
        code = f"63.{kecamatan // 50 + 1:02d}.{kecamatan % 50 + 1:02d}.{n % 10000:04d}"
        yield {**village, "row": n + 2, "code": code}


def _laid_out(records: Iterable[Record], how: Arrangement, hold: Any = in_memory) -> list[Record]:
    totals = Totals(has=set(COUNT_KEYS))
    return list(arrange(records, totals, OPTIONS, KEYS, how, hold))


class _Counting:
    """A holder that counts what it is given to hold."""

    def __init__(self) -> None:
        self.held = 0

    def __call__(self, records: Iterable[Record], key: Callable[[Record], Any]) -> Iterator[Record]:
        kept = list(records)
        self.held += len(kept)
        return iter(sorted(kept, key=key))


def test_rollup_sums_in_order_of_first_appearance_with_the_rest_in_its_place() -> None:
    rows = [
        _record(2, "63.03.05.1001", 1000, 990),
        _record(3, None, 500, 450),
        _record(4, "63.04.01.2001", 2000, 1900),
        _record(5, "63.03.05.1002", 3000, 2900),
        _record(6, "63.03", 590393, 581578),
    ]
    rows[4]["population_source"] = None
    out = _laid_out(rows, Arrangement(rollup=3, with_total=False))
    assert [(r["code"], r["rolled_up"], r["row"]) for r in out] == [
        ("63.03.05", 2, None),
        (None, None, 3),
        ("63.04.01", 1, None),
        ("63.03", None, 6),
    ]
    first = out[0]
    assert (first["population"], first["registered"]) == (4000, 3890)
    assert first["registrants_needed"] == max(0, -(-98 * 4000 // 100) - 3890)
    assert out[1]["warning"][-1] == Note("note.no_code", warning=True)


def test_rollup_holds_only_the_rows_that_stay_not_every_row() -> None:
    hold = _Counting()
    rows = [*_villages(5_000), _record(9_999, None, 10, 9)]
    out = _laid_out(rows, Arrangement(rollup=3, with_total=False), hold)
    assert hold.held == 1  # the row without a code; the villages are summed as they come
    assert len(out) == 51
    assert sum(r["rolled_up"] for r in out if r["rolled_up"]) == 5_000


def test_rollup_memory_follows_the_parents_not_the_rows() -> None:
    # 5,000 villages in 50 kecamatan: holding every row took about 7 MiB.
    tracemalloc.start()
    try:
        out = _laid_out(_villages(5_000), Arrangement(rollup=3, with_total=False))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(out) == 50
    assert peak < 1024 * 1024, peak


def test_a_rolled_up_population_none_gave_is_empty_not_zero() -> None:
    rows = [_record(2, "63.03.05.1001", None, 990), _record(3, "63.03.05.1002", None, 10)]
    out = _laid_out(rows, Arrangement(rollup=2, with_total=False))
    assert out[0]["population"] is None
    assert out[0]["registered"] == 1000
    assert out[0]["coverage_pct"] is None


def test_a_rolled_up_population_is_filled_from_the_register_and_says_so() -> None:
    rows = [_record(2, "63.03.05.1001", None, 990), _record(3, "63.03.05.1002", None, 10)]

    def register(code: str) -> tuple[int, str] | None:
        return (590393, "Dukcapil, December 2024") if code == "63.03" else None

    out = _laid_out(rows, Arrangement(rollup=2, with_total=False, populations=register))
    banjar = out[0]
    assert (banjar["population"], banjar["population_source"]) == (
        590393,
        "Dukcapil, December 2024",
    )
    assert banjar["registrants_needed"] == 578586 - 1000
    assert banjar["registrants_needed_sum"] is None  # the villages have no gaps of their own
    # A group whose rows give a population keeps theirs.
    given = [_record(2, "63.03.05.1001", 100, 99)]
    kept = _laid_out(given, Arrangement(rollup=2, with_total=False, populations=register))[0]
    assert (kept["population"], kept["population_source"]) == (100, None)


def test_group_by_makes_no_subtotal_of_rows_that_are_no_region() -> None:
    jumlah = _record(9, None, 4000, 3890)
    jumlah["note"] = Note("note.total_row")
    rows = [_record(2, "a", 1000, 990), jumlah, _record(3, "b", 1000, 500)]
    out = _laid_out(rows, Arrangement(group_by="uhc", with_total=False))
    assert [(r["row"], r["total"]) for r in out] == [
        (2, None),
        (None, "group"),
        (3, None),
        (None, "group"),
        (9, None),
    ]


def test_sort_puts_empty_values_last_whichever_way() -> None:
    rows = [_record(2, "a", 1000, 990), _record(3, "b", None, 500), _record(4, "c", 1000, 500)]
    for reverse in (False, True):
        how = Arrangement(sort="registrants_needed", reverse=reverse, with_total=False)
        out = [r["row"] for r in _laid_out(rows, how)]
        assert out == ([2, 4, 3] if not reverse else [4, 2, 3])


def test_falls_short_reads_prioritas_then_uhc() -> None:
    assert falls_short({"uhc": True, "uhc_prioritas": False}) is True
    assert falls_short({"uhc": False, "uhc_prioritas": None}) is True
    assert falls_short({"uhc": True, "uhc_prioritas": None}) is False
    assert falls_short({"uhc": None, "uhc_prioritas": None}) is False
