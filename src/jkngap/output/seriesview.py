"""What ``trend`` found, for people: the workbook with a sheet of every region at every
date beside the summary sheet, and the report whose charts are RED microplanning's, one
small chart per region (the worst first): the cumulative registered and active at each
snapshot against the counts the targets ask for, and the path ``plan`` requires from the
last snapshot to the deadline.

A :class:`~jkngap.core.results.Tracked` gives its long form (``long_records``) and its
charts (``charted``) besides its summaries; the field schema says how each is written.
"""

from __future__ import annotations

import html
from datetime import date
from typing import IO, TYPE_CHECKING, Any

from jkngap.core.model import Record
from jkngap.core.results import Tracked
from jkngap.output.cells import sentence, visible
from jkngap.output.families import FileWriters
from jkngap.output.fields import flat_keys
from jkngap.output.formats import View
from jkngap.output.words import format_count, format_target, translate

if TYPE_CHECKING:
    from jkngap.core.chart import Chart

__all__ = [
    "WRITERS",
    "series_html",
    "write_series_chart",
    "write_series_workbook",
]

# One small chart per region for this many regions at most (the worst first), in a
# report; the chart alone (-o .svg/.png) draws fewer, in a grid of this many columns.
MOST_CHARTS = 40
MOST_ALONE = 12
GRID_COLUMNS = 3
REGISTERED_COLOUR = "#2b6cb0"
ACTIVE_COLOUR = "#c05621"
DEADLINE_COLOUR = "#718096"
# The columns of a report's table, when the summaries have them.
REPORT_COLUMNS = (
    "region",
    "code",
    "last_date",
    "coverage_last_pct",
    "activity_last_pct",
    "registered_per_month",
    "required_registered_per_month",
    "active_per_month",
    "required_active_per_month",
    "uhc_date",
    "prioritas_date",
    "status_change",
    "at_risk",
)


# The workbook.


def write_series_workbook(result: Tracked, handle: IO[bytes], view: View) -> None:
    """The summary sheet (a region a row, the total last), which the workbook opens on,
    after the long sheet (a row per region and date, each date's total among them): the
    long form is read as the dates are, and the summaries once every date is read."""
    from jkngap.output.excel import write_tables

    lang = view.lang
    write_tables(
        result,
        handle,
        view,
        [
            (translate("sheet.series", lang), flat_keys(result.long_keys), result.long_records()),
            (translate("sheet.summary", lang), flat_keys(result.keys), result.records),
        ],
        opened_on=1,
    )


# The charts.


def _count_tick(lang: str) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: format_count(int(value), lang) if value >= 0 else "")


def _draw(axes: Any, found: Chart, lang: str) -> None:
    """One region's chart on ``axes``: its snapshots as points joined, each target's
    count as a dashed line, plan's path to the deadline dotted, the deadline marked."""
    days = [point.day for point in found.points]
    for key, colour, label in (
        ("registered", REGISTERED_COLOUR, "chart.trend_registered"),
        ("active", ACTIVE_COLOUR, "chart.trend_active"),
    ):
        values = [getattr(point, key) for point in found.points]
        shown = translate(label, lang)
        _known(
            axes, days, values, label=shown, color=colour, marker="o", markersize=3, linewidth=1.6
        )
        required = [getattr(point, f"required_{key}") for point in found.points]
        target = found.coverage_target_pct if key == "registered" else found.activity_target_pct
        said = translate(f"chart.trend_required_{key}", lang, target=format_target(target, lang))
        _known(axes, days, required, label=said, color=colour, linestyle="--", linewidth=1.0)
        # The path starts where the region stands at its last snapshot.
        start = found.points[-1:] if found.path else []
        path = [(point.day, getattr(point, key)) for point in (*start, *found.path)]
        path = [(day, value) for day, value in path if value is not None]
        if path:
            axes.plot(
                [day for day, _ in path],
                [value for _, value in path],
                color=colour,
                linestyle=":",
                linewidth=1.4,
                label=translate("chart.trend_path", lang) if key == "registered" else None,
            )
    if found.deadline is not None:
        axes.axvline(found.deadline, color=DEADLINE_COLOUR, linewidth=0.8)
    axes.set_title(_name(found), fontsize=9, loc="left")
    axes.yaxis.set_major_formatter(_count_tick(lang))
    axes.tick_params(labelsize=7)
    axes.grid(color="#e2e8f0", linewidth=0.5)
    axes.set_axisbelow(True)


def _known(axes: Any, days: list[date], values: list[int | None], **style: Any) -> None:
    """``values`` by day as a line, broken where one is unknown; nothing where none is
    known (a file without that count draws no line, nor its name in the legend)."""
    if any(value is not None for value in values):
        axes.plot(days, [float("nan") if value is None else value for value in values], **style)


def _name(found: Chart) -> str:
    name = visible(str(found.region or found.code or ""))
    return name if len(name) <= 40 else name[:39] + "…"


def chart_bytes(charts: list[Chart], lang: str, fmt: str, columns: int = 1) -> bytes:
    """The charts in a grid of ``columns``, one legend below; SVG or PNG. Floats appear
    only here, to place ink on a picture."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    from jkngap.output.chart import figure_bytes

    columns = max(1, min(columns, len(charts)))
    rows = max(1, -(-len(charts) // columns))
    # Text stays text and is drawn as written: a name is those characters, never mathematics.
    with rc_context({"svg.fonttype": "none", "text.parse_math": False}):
        figure = Figure(figsize=(4.2 * columns, 2.9 * rows + 0.6), layout="constrained")
        grid = figure.subplots(rows, columns, squeeze=False)
        for at, cell in enumerate(grid.flat):
            if at >= len(charts):
                cell.set_axis_off()
                continue
            _draw(cell, charts[at], lang)
            cell.tick_params(axis="x", labelrotation=30)
        handles, labels = grid.flat[0].get_legend_handles_labels()
        if handles:
            figure.legend(
                handles,
                labels,
                loc="outside lower center",
                ncols=2 if columns == 1 else 3,
                frameon=False,
                fontsize=7,
            )
        return figure_bytes(figure, fmt)


def write_series_chart(result: Tracked, handle: IO[bytes], view: View, fmt: str) -> None:
    """The charts alone (SVG or PNG): the regions furthest off course, worst first."""
    charts, _ = result.charted(MOST_ALONE)
    handle.write(chart_bytes(charts, view.lang, fmt, GRID_COLUMNS))


# The report.


def _figure(svg: bytes, caption: str) -> str:
    """A chart with its caption, which a reader hears too."""
    text = svg.decode("utf-8")
    drawing = text[text.find("<svg") :]  # the drawing itself, without its XML prologue
    return (
        f'<figure role="img" aria-label="{html.escape(caption)}">{drawing}'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
    )


def _caption(found: Chart, lang: str) -> str:
    deadline = found.deadline.isoformat() if isinstance(found.deadline, date) else "-"
    return translate("chart.trend_caption", lang, region=_name(found), deadline=deadline)


def series_html(result: Tracked, view: View) -> str:
    """The report: its facts, a chart per region for the regions furthest off course
    (worst first), their summaries in a table with the total, and every note."""
    from jkngap.output.display import header_text, report_facts, report_title
    from jkngap.output.report import notes_section, page, row_html

    lang = view.lang
    charts, count = result.charted(MOST_CHARTS)
    wanted = [(found.code, found.region) for found in charts]
    by_region: dict[tuple[Any, Any], Record] = {}
    total: Record | None = None
    for record in result.records:  # the charted regions' summaries, and the total
        if record.get("total") == "all":
            total = record
        elif (record.get("code"), record.get("region")) in wanted:
            by_region[(record.get("code"), record.get("region"))] = record
    body = [
        '<section class="charts">'
        + "".join(
            _figure(chart_bytes([found], lang, "svg"), _caption(found, lang)) for found in charts
        )
        + "</section>"
    ]
    columns = [column for column in REPORT_COLUMNS if column in result.keys]
    headers = "".join(f"<th>{html.escape(header_text(c, lang))}</th>" for c in columns)
    rows = [row_html(by_region[key], columns, lang) for key in wanted if key in by_region]
    if total is not None:
        rows.append(row_html(total, columns, lang))
    body.append(
        f'<section><div class="wrap"><table>\n<thead><tr>{headers}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table></div></section>"
    )
    said = []
    if len(charts) < count:
        said.append(translate("report.trend_charts", lang, count=len(charts), regions=count))
    if total is not None and total.get("note"):
        said.append(sentence(total["note"], lang))
    said += [sentence(note, lang) for note in result.notes]
    body += notes_section(said)
    return page(report_title(result, view), report_facts(result, view), body, lang)


# What the registry writes a file of series with.
WRITERS = FileWriters[Tracked](
    workbook=write_series_workbook, report=series_html, chart=write_series_chart
)
