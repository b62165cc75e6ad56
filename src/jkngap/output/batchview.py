"""The batch table for people: one row per region, bars toward the targets, totals below."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

from jkngap.core.model import Record
from jkngap.output.cells import sentence
from jkngap.output.display import BAR_KEYS, bar, display
from jkngap.output.formats import Many
from jkngap.output.words import translate

# Columns a person's batch table shows, in this order, when the file has them.
# The counts are left to the machine formats, so that the bars fit a screen.
BATCH_TABLE_COLUMNS = (
    "region",
    "coverage_pct",
    "registrants_needed",
    "activity_pct",
    "active_needed",
    "uhc",
    "uhc_prioritas",
)


def _shortfall(record: Record) -> tuple[int, int]:
    """How far a row is from the targets: unreadable rows first, then the largest gaps."""
    if record.get("error") is not None:
        return (1, 0)
    return (0, (record.get("registrants_needed") or 0) + (record.get("active_needed") or 0))


Cell = tuple[str, bool | None]
BATCH_BAR_WIDTH = 6


def batch_table(
    records: Iterable[Record],
    keys: Sequence[str],
    *,
    lang: str,
    limit: int | None,
    targets: dict[str, Fraction],
) -> tuple[list[str], list[list[Cell]], list[list[Cell]], list[str], int]:
    """(headers, region rows, total rows, notes, rows in all) for the batch table.

    An unreadable row shows its line with empty figures; its error is one of the notes,
    printed under the table. With a ``limit`` only the rows furthest from the targets are
    kept (in a heap, so memory stays flat however long the file), in input order; totals
    and subtotals always show, the total with the regions' own gaps added up.
    """
    columns = [column for column in BATCH_TABLE_COLUMNS if column in keys]
    if "region" not in keys and "code" in keys:
        columns.insert(0, "code")
    columns.insert(0, "row")
    shown, totals, count = _furthest(records, limit)
    headers = [translate(f"column.{column}", lang) for column in columns]
    notes = [
        translate(
            "batch.row_error", lang, line=str(record["row"]), error=sentence(record["error"], lang)
        )
        for record in shown
        if record.get("error") is not None
    ]
    footer: list[list[Cell]] = []
    for record in totals:
        footer.append(_cells(record, columns, lang, targets))
        if record.get("total") == "all" and record.get("registrants_needed_sum") is not None:
            footer.append(_sums(record, columns, lang))
            notes.append(translate("total.sum_of_regions_note", lang))
        if record.get("total") == "all" and record.get("note"):
            notes.append(sentence(record["note"], lang))
    rows = [_cells(record, columns, lang, targets) for record in shown]
    return headers, rows, footer, notes, count


def _furthest(
    records: Iterable[Record], limit: int | None
) -> tuple[list[Record], list[Record], int]:
    """(the regions to show, in input order; the totals; how many regions in all)."""
    import heapq

    kept: list[tuple[tuple[int, int], int, Record]] = []
    totals: list[Record] = []
    count = 0
    for order, record in enumerate(records):
        if record.get("total") is not None:
            totals.append(record)
            continue
        count += 1
        item = (_shortfall(record), -order, record)
        if limit is None:
            kept.append(item)
        elif len(kept) < limit:
            heapq.heappush(kept, item)
        else:
            heapq.heappushpop(kept, item)
    return [record for _, _, record in sorted(kept, key=lambda item: -item[1])], totals, count


def _cells(
    record: Record, columns: list[str], lang: str, targets: dict[str, Fraction]
) -> list[Cell]:
    """One row's cells: a bar toward its target beside each share, verdicts coloured."""
    row: list[Cell] = []
    for column in columns:
        value = record.get(column)
        if column == "region" and record.get("total") == "all":
            value = translate("total.all", lang)
        text = "" if value is None else display(column, value, lang)
        verdict = value if isinstance(value, bool) else None
        if column in BAR_KEYS and value is not None:
            drawn = bar(value, targets[column], BATCH_BAR_WIDTH)
            verdict = (
                record.get("uhc") if column == "coverage_pct" else record.get("active_needed") == 0
            )
            text = f"{drawn} {text}"
        row.append((text, verdict))
    return row


def _sums(record: Record, columns: list[str], lang: str) -> list[Cell]:
    """The regions' own gaps added up, under the gaps of the summed counts."""
    row: list[Cell] = []
    for column in columns:
        if column == "region":
            row.append((translate("total.sum_of_regions", lang), None))
        elif column in ("registrants_needed", "active_needed"):
            value = record.get(f"{column}_sum")
            row.append(("" if value is None else display(column, value, lang), None))
        else:
            row.append(("", None))
    return row


def draw_batch(result: Many, lang: str, target: Any, limit: int | None) -> None:
    """The batch table on ``target`` (a stream or a recording console): the ``limit`` rows
    furthest from the targets (every row without a limit), then the totals and notes."""
    from jkngap.output.terminal import draw_grid

    criteria = result.criteria  # type: ignore[attr-defined]
    targets = {"coverage_pct": criteria.coverage_pct, "activity_pct": criteria.activity_pct}
    headers, rows, footer, notes, count = batch_table(
        result.records, result.keys, lang=lang, limit=limit, targets=targets
    )
    if len(rows) < count:
        notes.append(translate("batch.more_rows", lang, shown=len(rows), count=count))
    title = translate("title.batch", lang, criteria=criteria.name)
    draw_grid(title, headers, rows, footer, notes, target)
