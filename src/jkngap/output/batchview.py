"""The batch table for people: one row per region, bars toward the targets, totals below."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any, NamedTuple

from jkngap.core.model import Record
from jkngap.core.results import Many
from jkngap.core.spans import Cut4
from jkngap.output.cells import sentence
from jkngap.output.display import BAR_KEYS, bar, display, region_label
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

# The columns of a person's table of other many-region results, by kind (the long form
# of a trend: each region at each date; a trend: where each is going; a comparison: the
# figures of both sources side by side).
TABLE_COLUMNS = {
    "trend_long": ("date", "region", "coverage_pct", "activity_pct", "uhc", "uhc_prioritas"),
    "trend": (
        "region",
        "coverage_last_pct",
        "activity_last_pct",
        "registered_per_month",
        "active_per_month",
        "required_active_per_month",
        "prioritas_date",
        "at_risk",
    ),
    "compare": (
        "region",
        "registered_difference",
        "active_difference",
        "verdicts_agree",
        "agree",
        "only_in",
    ),
}


def distance(record: Record, targets: dict[str, Fraction]) -> Fraction:
    """How far a region is from the targets: the larger of its two shortfalls, each as a
    share of its target (an unreadable row, which nobody can call fine, counts as far)."""
    if record.get("error") is not None:
        return Fraction(2)
    far = Fraction(0)
    for key, target in targets.items():
        value = record.get(key)
        share = value.as_fraction() if isinstance(value, Cut4) else value
        if isinstance(share, Fraction | int) and target > 0:
            far = max(far, 1 - share / target)
    return far


Cell = tuple[str, bool | None]
# Bar widths to try, widest first, until the table fits the terminal (0: no bars).
BAR_WIDTHS = (6, 3, 0)
GAP = 2  # spaces between columns
NARROWEST_NAME = 12  # a region's name is cut (with …) no shorter than this
COMFORTABLE_NAME = 20  # bars narrow, then go, before a name is cut shorter than this
# Columns left out, in this order, where even that does not fit (under about 70 columns).
DROPPED_FIRST = ("code", "uhc_prioritas", "activity_pct", "coverage_pct")


class Grid(NamedTuple):
    """The batch table laid out: headers, region rows, total rows, notes, regions in all,
    and the widest the region's name may be (None: as wide as it is)."""

    headers: list[str]
    rows: list[list[Cell]]
    footer: list[list[Cell]]
    notes: list[str]
    regions: int
    name_width: int | None


def batch_table(
    records: Iterable[Record],
    keys: Sequence[str],
    *,
    lang: str,
    limit: int | None,
    targets: dict[str, Fraction],
    width: int | None = None,
    kind: str = "batch",
    ordered: bool = False,
) -> Grid:
    """The batch table, fitted to ``width`` columns: the region's name (and its code,
    where the file has one) always shows, cut with … when long; bars narrow, then go;
    headers shorten.

    An unreadable row shows its line with empty figures; its error is one of the notes.
    A row whose published figures disagree with its counts (``--check``) is marked ``!``,
    its finding in the notes. With a ``limit`` only the rows furthest from the targets are
    kept (in a heap, so memory stays flat however long the file), worst first, unless the
    rows are in an order the user asked for (``ordered``): then the first rows in that
    order; totals and subtotals always show, the total with the regions' own gaps added up.
    """
    wanted_columns = TABLE_COLUMNS.get(kind, BATCH_TABLE_COLUMNS)
    columns = [column for column in wanted_columns if column in keys]
    if "code" in keys:
        columns.insert(columns.index("region") + 1 if "region" in columns else 0, "code")
    if "row" in keys:
        columns.insert(0, "row")
    shown, totals, count = furthest(records, limit, targets, ordered=ordered)
    columns = [  # a figure no row has (activity, in a file without it) takes no room
        c
        for c in columns
        if c in ("row", "date", "region", "code")
        or any(r.get(c) is not None for r in (*shown, *totals))
    ]
    notes = _notes(shown, totals, lang)
    longest = max((len(str(r.get("region") or "")) for r in shown), default=0)
    wanted = min(COMFORTABLE_NAME, max(longest, NARROWEST_NAME))
    layouts = [(w, short) for w in BAR_WIDTHS for short in (False, True)]
    droppable = [c for c in DROPPED_FIRST if c in columns and (c != "code" or "region" in columns)]
    while True:
        for bar_width, short in layouts:
            headers = [
                translate(f"column_short.{c}" if short else f"column.{c}", lang) for c in columns
            ]
            rows = [_cells(record, columns, lang, targets, bar_width) for record in shown]
            footer = _footer(totals, columns, lang, targets, bar_width)
            name_width = _name_width(columns, headers, [*rows, *footer], width)
            if name_width is None or name_width >= wanted:
                break
        if name_width is not None and "region" in columns:
            # Cut names lose their ends: first say "Kab." as officials write it.
            at = columns.index("region")
            for row in (*rows, *footer):
                text, verdict = row[at]
                row[at] = (_abbreviated(text), verdict)
            name_width = _name_width(columns, headers, [*rows, *footer], width)
        if name_width is None or name_width >= NARROWEST_NAME or not droppable:
            break
        columns.remove(droppable.pop(0))  # a very narrow terminal: the name comes first
        layouts = layouts[-1:]
    if any(column in BAR_KEYS for column in columns):  # said once, under the table
        notes.append(translate("note.percent_cut", lang))
    return Grid(headers, rows, footer, notes, count, name_width)


def _notes(shown: list[Record], totals: list[Record], lang: str) -> list[str]:
    """What the table says below itself: rows unreadable, rows whose figures disagree, and
    the total's notes."""
    notes = [
        translate(
            "batch.row_error",
            lang,
            line=str(record.get("row") or record.get("row_a") or record.get("row_b")),
            error=sentence(record["error"], lang),
        )
        for record in shown
        if record.get("error") is not None
    ]
    notes += [
        translate(
            "batch.row_check",
            lang,
            line=str(record.get("row")),
            check=sentence(record["check"], lang),
        )
        for record in shown
        if record.get("consistent") is False and record.get("check")
    ]
    for record in totals:
        if record.get("total") == "all" and record.get("registrants_needed_sum") is not None:
            notes.append(translate("total.sum_of_regions_note", lang))
        if record.get("total") == "all" and record.get("note"):
            notes.append(sentence(record["note"], lang))
    return notes


def _footer(
    totals: list[Record],
    columns: list[str],
    lang: str,
    targets: dict[str, Fraction],
    bar_width: int,
) -> list[list[Cell]]:
    """The totals and subtotals, the total followed by the regions' own gaps added up."""
    footer: list[list[Cell]] = []
    for record in totals:
        footer.append(_cells(record, columns, lang, targets, bar_width))
        if record.get("total") == "all" and record.get("registrants_needed_sum") is not None:
            footer.append(_sums(record, columns, lang))
    return footer


_SHORTER = (("Kabupaten Administrasi ", "Kab. Adm. "), ("Kota Administrasi ", "Kota Adm. "))


def _abbreviated(name: str) -> str:
    for long, short in (*_SHORTER, ("Kabupaten ", "Kab. ")):
        if name.startswith(long) or name.startswith(f"! {long}"):
            return name.replace(long, short, 1)
    return name


def _name_width(
    columns: list[str], headers: list[str], rows: list[list[Cell]], width: int | None
) -> int | None:
    """The room left for the region's name at ``width`` (None: all it needs fits)."""
    if width is None:
        return None
    name_at = columns.index("region") if "region" in columns else None
    widths = [
        max([len(headers[i]), *(len(row[i][0]) for row in rows)]) for i in range(len(columns))
    ]
    needed = sum(widths) + GAP * (len(columns) - 1)
    if needed <= width or name_at is None:
        return None
    return max(1, width - (needed - widths[name_at]))


def furthest(
    records: Iterable[Record],
    limit: int | None,
    targets: dict[str, Fraction],
    *,
    ordered: bool = False,
) -> tuple[list[Record], list[Record], int]:
    """(the regions to show: every one in order; or, with a ``limit``, the first ``limit``
    in the order asked for (``ordered``), else the ``limit`` furthest from the targets,
    worst first; the totals; how many regions in all). Rows that are no region (a title,
    a note, the file's own total) are not among them."""
    import heapq

    kept: list[tuple[Fraction, int, Record]] = []
    totals: list[Record] = []
    count = 0
    for order, record in enumerate(records):
        if record.get("total") is not None:
            totals.append(record)
            continue
        if record.get("note") is not None and record.get("error") is None:
            continue  # a title, a note or the file's own total: no region (named on stderr)
        count += 1
        if limit is None or ordered:
            if limit is None or len(kept) < limit:
                kept.append((Fraction(0), -order, record))
            continue
        item = (distance(record, targets), -order, record)
        if len(kept) < limit:
            heapq.heappush(kept, item)
        else:
            heapq.heappushpop(kept, item)
    if limit is None or ordered:
        return [record for _, _, record in kept], totals, count
    ordered_kept = sorted(kept, key=lambda item: (-item[0], -item[1]))
    return [record for _, _, record in ordered_kept], totals, count


def _cells(
    record: Record, columns: list[str], lang: str, targets: dict[str, Fraction], bar_width: int
) -> list[Cell]:
    """One row's cells: a bar toward its target beside each share, verdicts coloured."""
    row: list[Cell] = []
    for column in columns:
        value = record.get(column)
        if column == "region" and record.get("total") is not None:
            value = region_label(record, lang)
        text = "" if value is None else display(column, value, lang)
        if column == "region" and record.get("consistent") is False:
            text = f"! {text}"  # its published figures disagree: the finding is below
        verdict = value if isinstance(value, bool) else None
        if column in BAR_KEYS and value is not None:
            verdict = (
                record.get("uhc") if column == "coverage_pct" else record.get("active_needed") == 0
            )
            if bar_width:
                text = f"{bar(value, targets[column], bar_width)} {text}"
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


def draw_batch(
    result: Many, lang: str, target: Any, limit: int | None, *, ordered: bool = False
) -> None:
    """The batch table on ``target`` (a stream or a recording console): the ``limit`` rows
    furthest from the targets (every row without a limit), then the totals and notes."""
    from jkngap.output.terminal import console_width, draw_grid

    criteria = result.criteria
    targets = {"coverage_pct": criteria.coverage_pct, "activity_pct": criteria.activity_pct}
    grid = batch_table(
        result.records,
        result.keys,
        lang=lang,
        limit=limit,
        targets=targets,
        width=console_width(target),
        kind=result.kind,
        ordered=ordered,
    )
    notes = list(grid.notes)
    if len(grid.rows) < grid.regions:
        key = "batch.more_rows_ordered" if ordered else "batch.more_rows"
        notes.append(translate(key, lang, shown=len(grid.rows), count=grid.regions))

    title = translate(f"title.{result.kind}", lang, criteria=criteria.name)
    draw_grid(
        title, grid.headers, grid.rows, grid.footer, notes, target, name_width=grid.name_width
    )
