"""What ``allocate`` shared out, for people: the terminal table, the workbook with a sheet
per kecamatan for printing, the HTML (and PDF) report and its chart.

A :class:`~jkngap.core.results.Shares` says which of its keys answer the question
(``shown``), which one a chart draws (``chart``), which one makes a printed sheet each
(``sheet_key``) and its summary's keys; the field schema says how each is written. The
rows keep the table's order (the file's, or ``--sort``'s); rows that need nothing and get
nothing are counted rather than shown, unless ``--all-rows``.

A roster's agents are shown here by their roster line, never by their label: a label may
be a person's name, and a person's name never reaches a terminal table. Files written for
the user (CSV, JSON, the workbook) carry the labels the roster gave.
"""

from __future__ import annotations

import html
from typing import IO, Any, NamedTuple

from jkngap.core.model import Record
from jkngap.core.results import Shares
from jkngap.output.cells import sentence, visible
from jkngap.output.display import display, report_facts, table_rows
from jkngap.output.families import FileWriters
from jkngap.output.fields import Kind, field_of, flat_keys
from jkngap.output.formats import View
from jkngap.output.words import translate

__all__ = [
    "WRITERS",
    "draw_shares",
    "write_shares_chart",
    "write_shares_workbook",
]

# At most this many bars in a chart, and rows in a report's table (the rest: in files).
CHART_ROWS = 60
REPORT_ROWS = 500
# Past this many kecamatan, no sheet each (a workbook of thousands of sheets prints badly
# and opens slowly): every row is on the results sheet, and the summary says so.
PRINTED_SHEETS = 250
BAR_COLOUR = "#2b6cb0"
UNCHOSEN_COLOUR = "#a0aec0"


class Laid(NamedTuple):
    """The rows a person sees, in the table's order, the totals, and what is left out."""

    shown: list[Record]
    totals: list[Record]
    idle: int  # rows that need nothing and get nothing, counted rather than shown
    regions: int  # rows in all, but totals
    summary: Record


def laid(result: Shares, *, all_rows: bool, limit: int | None = None) -> Laid:
    """The rows a person's table or report shows: every row but the idle ones (all of
    them with ``all_rows``), the first ``limit`` of them, then the totals."""
    shown: list[Record] = []
    totals: list[Record] = []
    idle = regions = 0
    summary: Record = {}
    for record in result.rows():
        if record.get("total") is not None:
            totals.append(record)
            if record["total"] == "all":
                summary = {key: record.get(key) for key in result.summary_keys}
            continue
        regions += 1
        if not all_rows and result.idle(record):
            idle += 1
        elif limit is None or len(shown) < limit:
            shown.append(record)
    return Laid(shown, totals, idle, regions, summary)


def _title(result: Shares, view: View) -> str:
    if view.title:
        return view.title
    heading = translate(f"title.{result.kind}", view.lang)
    names = ", ".join(path.name for path in view.inputs[:1])
    return f"{heading}: {names}" if names else heading


def _header(key: str, lang: str) -> str:
    return translate(f"column.{key}", lang)


def _text(key: str, record: Record, lang: str) -> str:
    """A cell as a person reads it; the total named in the language."""
    value = record.get(key)
    if key == "region" and record.get("total") == "all":
        return translate("total.all", lang)
    return "" if value is None else display(key, value, lang)


def _said(result: Shares, rows: Laid, lang: str, *, more: str | None = None) -> list[str]:
    """What is said below a table: rows counted rather than shown, rows left for files,
    rows that could not be read, and the result's notes that are not warnings (those go
    to standard error)."""
    said = []
    if rows.idle:
        said.append(sentence(result.idle_note(rows.idle), lang))
    shown = len(rows.shown) + rows.idle
    if more is not None and shown < rows.regions:
        said.append(translate(more, lang, shown=len(rows.shown), count=rows.regions))
    for record in rows.shown:
        if record.get("error") is not None:
            error = sentence(record["error"], lang)
            said.append(translate("batch.row_error", lang, line=str(record["row"]), error=error))
        elif record.get("reason") is not None:
            name = str(record.get("region") or record.get("code") or "")
            reason = sentence(record["reason"], lang)
            line = str(record["row"])
            said.append(translate("allocate.row_reason", lang, line=line, name=name, reason=reason))
    if "agent" in result.keys and "agent" not in result.shown:
        said.append(translate("allocate.agents_by_line", lang))
    said += [sentence(note, lang) for note in result.notes if not note.warning]
    return said


def draw_shares(result: Shares, view: View, target: Any) -> None:
    """The table: a row per area (or agent) in the table's order, the totals, the
    summary below, then what the rows do not say."""
    from jkngap.output.terminal import draw_grid, draw_record

    lang = view.lang
    rows = laid(result, all_rows=view.all_rows, limit=view.screenful)
    columns = list(result.shown)
    headers = [_header(column, lang) for column in columns]
    grid = [[_cell(column, record, lang) for column in columns] for record in rows.shown]
    footer = [[_cell(column, record, lang) for column in columns] for record in rows.totals]
    draw_grid(_title(result, view), headers, grid, footer, [], target)
    draw_record(
        translate("title.allocate_summary", lang),
        table_rows(rows.summary, lang, result.kind),
        _said(result, rows, lang, more="allocate.more_rows"),
        target,
    )


def _cell(key: str, record: Record, lang: str) -> tuple[str, bool | None]:
    value = record.get(key)
    verdict = value if isinstance(value, bool) and record.get("total") is None else None
    return _text(key, record, lang), verdict


# The workbook.


def write_shares_workbook(result: Shares, handle: IO[bytes], view: View) -> None:
    """The summary sheet (title, facts, the summary, every note), a sheet per kecamatan
    for printing (the table's columns, its rows, its subtotal), and every row with every
    column on the results sheet."""
    from jkngap.output.workbook import Book

    rows = result.rows()
    book = Book(handle)
    regions = [record for record in rows if record.get("total") is None]
    groups = _sheets(result, regions)
    _summary_sheet(book, result, rows, view, printed=groups is not None)
    for value, members in (groups or {}).items():
        heading = result.sheet_title(value) if value else translate("sheet.other", view.lang)
        _printed_sheet(book, result, heading, members, view)
    name, keys = translate("sheet.results", view.lang), flat_keys(result.keys)
    _table_sheet(book, name, result.kind, keys, rows, view)
    book.close()


def _sheets(result: Shares, regions: list[Record]) -> dict[str, list[Record]] | None:
    """The rows of each printed sheet, by the value of the sheet key in the order they
    first come (rows without one together, last); None: no sheets to print."""
    key = result.sheet_key
    if key is None or not any(record.get(key) for record in regions):
        return None
    groups: dict[str, list[Record]] = {}
    for record in regions:
        groups.setdefault(str(record.get(key) or ""), []).append(record)
    if len(groups) > PRINTED_SHEETS:
        return None
    if "" in groups:
        groups[""] = groups.pop("")  # rows without a kecamatan: their own sheet, last
    return groups


def _summary_sheet(
    book: Any, result: Shares, rows: list[Record], view: View, *, printed: bool
) -> None:
    from jkngap.output.cells import neutralise

    lang = view.lang
    sheet = book.sheet(translate("sheet.summary", lang), [Kind.TEXT, Kind.TEXT])
    sheet.set_widths([34, 100])
    lines: list[tuple[str, str | None]] = [(_title(result, view), None)]
    lines += report_facts(result, view)
    total = next((record for record in rows if record.get("total") == "all"), None)
    summary = {key: total.get(key) for key in result.summary_keys} if total else {}
    lines += [(label, text) for label, text, _ in table_rows(summary, lang, result.kind)]
    if result.sheet_key is not None and not printed:
        lines.append((translate("label.note", lang), translate("allocate.no_sheets", lang)))
    for note in result.notes:
        label = translate("label.warning" if note.warning else "label.note", lang)
        lines.append((label, sentence(note, lang)))

    def safe(text: str | None) -> str | None:
        return text if text is None or view.raw else neutralise(text)

    sheet.title_block((safe(label) or "", safe(text)) for label, text in lines)


def _printed_sheet(
    book: Any, result: Shares, heading: str, members: list[Record], view: View
) -> None:
    """One kecamatan: its heading above the header (repeated on every printed page), the
    table's columns, its rows, then its subtotal."""
    subtotal = {**result.added(members), "region": translate("total.group", view.lang)}
    subtotal["total"] = "group"
    above: list[tuple[str, str | None]] = [(_title(result, view), None), (heading, None)]
    keys = list(result.shown)
    _table_sheet(
        book, heading, result.kind, keys, [*members, subtotal], view, above=above, frozen=2
    )


def _table_sheet(
    book: Any,
    name: str,
    kind: str,
    keys: list[str],
    records: list[Record],
    view: View,
    *,
    above: list[tuple[str, str | None]] | None = None,
    frozen: int = 0,
) -> None:
    """A sheet of ``records`` under ``keys`` (lines ``above`` the header, repeated on
    every printed page): numbers as numbers, words in the language, text neutralised
    unless ``--raw``; totals and subtotals bold."""
    from jkngap.output.cells import neutralise
    from jkngap.output.display import header_text
    from jkngap.output.excel import converter, shown_width

    lang, raw = view.lang, view.raw
    sheet = book.sheet(name, [field_of(key).kind for key in keys])
    if above:
        sheet.title_block(above)
    convert = [converter(key, lang, raw) for key in keys]
    headers = [header_text(key, lang, kind) for key in keys]
    rows = []
    for record in records:
        row = [change(record.get(key)) for change, key in zip(convert, keys, strict=True)]
        if "region" in keys and record.get("total") == "all":
            row[keys.index("region")] = translate("total.all", lang)
        rows.append(row)
    widths = []
    for at, header in enumerate(headers):
        seen = [shown_width(row[at]) for row in rows[:500]]
        widths.append(max(6, min(48, max([min(len(header), 18), *seen]) + 2)))
    sheet.set_widths(widths)
    sheet.write_header(
        [header if raw else neutralise(header) for header in headers],
        frozen_columns=frozen,
        repeat_above=above is not None,
    )
    if "total" in keys:  # a total is a row whose ``total`` holds something
        sheet.write_rows(rows, keys.index("total"))
    else:  # a printed sheet's subtotal, marked by its name in the region's column
        marker = keys.index("region") if "region" in keys else None
        for record, row in zip(records, rows, strict=True):
            sheet.write_rows([row], marker if record.get("total") else None)
    sheet.finish()


# The report and its chart.


class Bar(NamedTuple):
    """One row's bar: its label, its figure (None: it has none, ``said`` says why) and
    whether it stands out (a region chosen; every row, where nothing is chosen)."""

    label: str
    value: int | None
    strong: bool
    said: str


def _bars(result: Shares, rows: Laid, lang: str) -> list[Bar]:
    bars = []
    for record in rows.shown[:CHART_ROWS]:
        value = record.get(result.chart)
        name = record.get("region") or record.get("code") or str(record.get("row") or "")
        name = visible(str(name))
        status = record.get("status")
        said = display("status", status, lang) if status is not None else ""
        bars.append(
            Bar(
                name if len(name) <= 30 else name[:29] + "…",
                value if isinstance(value, int) else None,
                record.get("chosen") is not False,
                said,
            )
        )
    return bars


def chart_bytes(result: Shares, rows: Laid, lang: str, fmt: str) -> bytes:
    """The chart figure per row as horizontal bars in the table's order; SVG or PNG.
    Floats appear only here, to place ink on a picture."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    from jkngap.output.chart import figure_bytes

    bars = _bars(result, rows, lang)
    kind = field_of(result.chart).kind
    # Text stays text and is drawn as written: a name is those characters, never mathematics.
    with rc_context({"svg.fonttype": "none", "text.parse_math": False}):
        figure = Figure(figsize=(9.5, max(2.6, 0.32 * len(bars) + 1.6)), layout="constrained")
        axes = figure.add_subplot()
        colours = [BAR_COLOUR if bar.strong else UNCHOSEN_COLOUR for bar in bars]
        values = [float(bar.value or 0) for bar in bars]
        axes.barh(range(len(bars)), values, color=colours)
        for at, bar in enumerate(bars):
            if bar.value is None and bar.said:
                axes.annotate(
                    bar.said,
                    (0, at),
                    xytext=(4, 0),
                    textcoords="offset points",
                    va="center",
                    color="#4a5568",
                    fontsize=8,
                )
        if not all(bar.strong for bar in bars):
            axes.legend(
                handles=[
                    Patch(color=BAR_COLOUR, label=translate("chart.chosen", lang)),
                    Patch(color=UNCHOSEN_COLOUR, label=translate("chart.not_chosen", lang)),
                ],
                loc="upper center",
                bbox_to_anchor=(0.5, -0.1),
                ncols=2,
                frameon=False,
            )
        axes.set_yticks(range(len(bars)), [bar.label for bar in bars])
        axes.invert_yaxis()
        axes.set_xlim(left=0)
        axes.set_xlabel(translate(f"label.{result.chart}", lang))
        axes.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        axes.xaxis.set_major_formatter(
            FuncFormatter(lambda x, _: _tick(int(x), kind, lang) if x >= 0 else "")
        )
        axes.grid(axis="x", color="#dddddd", linewidth=0.6)
        axes.set_axisbelow(True)
        return figure_bytes(figure, fmt)


def _tick(value: int, kind: Kind, lang: str) -> str:
    from jkngap.output.display import rupiah_short
    from jkngap.output.words import format_count

    return rupiah_short(value, lang) if kind is Kind.MONEY else format_count(value, lang)


def write_shares_chart(result: Shares, handle: IO[bytes], view: View, fmt: str) -> None:
    """The chart alone, as SVG or PNG."""
    rows = laid(result, all_rows=view.all_rows)
    handle.write(chart_bytes(result, rows, view.lang, fmt))


# A chart of many rows is tall: printed, it is kept to what fits under the heading (an SVG
# keeps its proportions), rather than leaving the first page empty.
STYLE_MORE = (
    "td.chosen { font-weight: bold; }\n@media print { figure svg { max-height: 140mm; } }\n"
)


def report_html(result: Shares, view: View) -> str:
    """The report: its facts, the chart, the table (and its totals), the summary, notes."""
    from jkngap.output.report import STYLE

    lang = view.lang
    rows = laid(result, all_rows=view.all_rows, limit=REPORT_ROWS)
    title = _title(result, view)
    body: list[str] = []
    if rows.shown:
        caption = translate("chart.allocate", lang, figure=translate(f"label.{result.chart}", lang))
        if len(rows.shown) > CHART_ROWS:
            caption += " " + translate("chart.first_rows", lang, count=CHART_ROWS)
        svg = chart_bytes(result, rows, lang, "svg").decode("utf-8")
        body.append(
            f'<figure role="img" aria-label="{html.escape(caption)}">{svg[svg.find("<svg") :]}'
            f"<figcaption>{html.escape(caption)}</figcaption></figure>"
        )
    columns = list(result.shown)
    head = "".join(f"<th>{html.escape(_header(column, lang))}</th>" for column in columns)
    lines = [_row_html(record, columns, lang) for record in (*rows.shown, *rows.totals)]
    body.append(
        f'<div class="wrap"><table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(lines)
        + "\n</tbody></table></div>"
    )
    summary = "".join(
        f"<tr><th>{html.escape(label)}</th><td>{html.escape(visible(text))}</td></tr>"
        for label, text, _ in table_rows(rows.summary, lang, result.kind)
    )
    heading = html.escape(translate("title.allocate_summary", lang))
    body.append(f'<h2>{heading}</h2>\n<div class="wrap"><table>{summary}</table></div>')
    said = _said(result, rows, lang, more="report.more_rows")
    said += [sentence(note, lang) for note in result.notes if note.warning]
    if said:
        items = "".join(f"<li>{html.escape(visible(text))}</li>" for text in said)
        body.append(f'<section class="notes"><ul>{items}</ul></section>')
    facts = "".join(
        f"<li><strong>{html.escape(label)}:</strong> {html.escape(visible(text))}</li>"
        for label, text in report_facts(result, view)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="jkngap">\n<title>{html.escape(title)}</title>\n'
        f"<style>{STYLE}{STYLE_MORE}</style>\n</head>\n<body>\n"
        f'<header><h1>{html.escape(title)}</h1>\n<ul class="facts">{facts}</ul></header>\n'
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _row_html(record: Record, columns: list[str], lang: str) -> str:
    cells = []
    for column in columns:
        value = record.get(column)
        text = _text(column, record, lang)
        kinds = []
        if isinstance(value, int) and not isinstance(value, bool):
            kinds.append("n")
        if column == "chosen" and value is True:
            kinds.append("chosen")
        attribute = f' class="{" ".join(kinds)}"' if kinds else ""
        cells.append(f"<td{attribute}>{html.escape(visible(text))}</td>")
    kind = ' class="total"' if record.get("total") else ""
    return f"<tr{kind}>{''.join(cells)}</tr>"


# What the registry writes a file of shares with.
WRITERS = FileWriters[Shares](
    workbook=write_shares_workbook, report=report_html, chart=write_shares_chart
)
