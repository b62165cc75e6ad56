"""Reports an official hands on: an HTML document (title, criteria, source, date, a chart
of coverage and activity against the targets, a real table, its notes), the same laid out
as PDF on A4 landscape, and the chart alone as SVG or PNG.

The regions come in the order the user asked for (``--sort``, ``--group-by``); without
one, a long file's report shows the regions furthest from the targets, worst first (kept
in a heap, so that 84,000 rows cost little memory), and the total of every region. The
chart shows the table's first regions, in the table's order.

On a phone (390 pixels) the chart is drawn narrow, each name above its bars, its text
as large as the page's, and the table scrolls inside its box; on a desktop and on paper
it is drawn wide. Printed (or as PDF, through WeasyPrint), the chart never splits across
pages, a long table continues under its header repeated, and every page is numbered.
Nothing is fetched from the network, and no script runs.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from fractions import Fraction
from typing import IO, Any, NamedTuple

from jkngap.core.errors import OutputError
from jkngap.core.model import Record
from jkngap.core.results import Many, Single
from jkngap.core.spans import Cut4
from jkngap.output.batchview import furthest as chosen
from jkngap.output.cells import sentence, visible
from jkngap.output.chart import Bars, Chart, chart_bytes
from jkngap.output.display import Heading, region_label, report_facts, report_title
from jkngap.output.excel import write_workbook
from jkngap.output.families import FileWriters
from jkngap.output.fields import READ_FIRST
from jkngap.output.formats import Shown, View
from jkngap.output.words import format_target, long_date, translate

__all__ = [
    "WRITERS",
    "notes_section",
    "page",
    "pdf_of",
    "report_html",
    "row_html",
    "write_chart",
]

# The regions a report's table shows, and its chart, at most.
REPORT_ROWS = 50
CHART_ROWS = 30
# The columns of a report's table of many regions, when the file has them.
REPORT_COLUMNS = ("row", *READ_FIRST)
# The columns of a report's table of a comparison of two sources (no share of its own).
COMPARE_COLUMNS = (
    "region",
    "code",
    "registered_a",
    "registered_b",
    "registered_difference",
    "active_a",
    "active_b",
    "active_difference",
    "coverage_pct_a",
    "coverage_pct_b",
    "activity_pct_a",
    "activity_pct_b",
    "verdicts_agree",
    "agree",
    "only_in",
)
SHARES = ("coverage_pct", "activity_pct")
LABEL_LENGTH = 30


def _share(value: Any) -> Fraction | None:
    if isinstance(value, Cut4):
        return value.as_fraction()
    return value if isinstance(value, Fraction) else None


class Selection(NamedTuple):
    """The regions a report shows (in the order asked for, or worst first), the totals,
    how many regions in all, and what the rows said of the file (its title, its region)."""

    shown: list[Record]
    totals: list[Record]
    regions: int
    heading: Heading


def select(result: Many, view: View, limit: int) -> Selection:
    """The ``limit`` regions a report shows: the first in the order asked for, or else the
    furthest from the targets, worst first (the table's own choice,
    :func:`jkngap.output.batchview.furthest`), leaving out the rows that are not regions
    (a title, the file's own total: named in the notes)."""
    heading = Heading()
    regions = (
        record
        for record in heading.watch(result.records)
        if record.get("note") is None or record.get("total")
    )
    targets = dict(zip(SHARES, _targets(result), strict=True))
    shown, totals, count = chosen(regions, limit, targets, ordered=view.ordered)
    return Selection(shown, totals, count, heading)


def _label(record: Record, lang: str) -> str:
    name = region_label(record, lang)
    if name is None:
        name = str(record.get("region") or record.get("code") or record.get("row") or "")
    name = visible(name)
    return name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1] + "…"


def _targets(result: Shown) -> tuple[Fraction, Fraction]:
    if isinstance(result, Many):
        return result.criteria.coverage_pct, result.criteria.activity_pct
    record = result.record()
    from jkngap.core.criteria import DEFAULT_PRESET, PRESETS

    preset = PRESETS[DEFAULT_PRESET]
    coverage = record.get("coverage_target_pct") or record.get("target_pct")
    activity = record.get("activity_target_pct") or record.get("active_target_pct")
    if "activity_pct" in record and "coverage_pct" not in record:
        # An answer about activity alone (active, segments): its target is activity's.
        coverage, activity = preset.coverage_pct, record.get("target_pct")
    return (
        coverage if isinstance(coverage, Fraction) else preset.coverage_pct,
        activity if isinstance(activity, Fraction) else preset.activity_pct,
    )


def _footer(view: View, shown: int | None = None, count: int | None = None) -> tuple[str, ...]:
    """The chart's line of provenance: when and by what it was made, from which figures,
    and how many of the regions it shows."""
    from datetime import date

    lang = view.lang
    parts = [translate("chart.made", lang, date=long_date(date.today(), lang))]
    source = view.source or ", ".join(path.name for path in view.inputs)
    if source:
        parts.append(translate("chart.source", lang, source=source))
    if shown is not None and count is not None and shown < count:
        key = "chart.first_regions" if view.ordered else "chart.furthest_regions"
        parts.append(translate(key, lang, shown=shown, count=count))
    return tuple(parts)


def _chart(result: Shown, view: View, title: str, selection: Selection | None) -> Chart:
    """What the chart of ``result`` shows: the table's first regions, or the one region."""
    coverage, activity = _targets(result)
    if selection is not None:
        records = selection.shown[:CHART_ROWS]
        bars = [Bars(_label(r, view.lang), *(_share(r.get(k)) for k in SHARES)) for r in records]
        drawn = sum(1 for item in bars if item.coverage is not None or item.activity is not None)
        footer = _footer(view, drawn, selection.regions)
    else:
        assert isinstance(result, Single)
        record = result.record()
        name = record.get("region_name") or translate("chart.this_region", view.lang)
        bars = [Bars(visible(str(name)), *(_share(record.get(k)) for k in SHARES))]
        footer = _footer(view)
    return Chart(title, bars, coverage, activity, footer)


def write_chart(result: Shown, handle: IO[bytes], view: View, name: str) -> None:
    """The chart alone, as SVG or PNG (``name``), wide; a result with no share of anyone
    to draw (``region``) is refused, saying so."""
    selection = select(result, view, CHART_ROWS) if isinstance(result, Many) else None
    title = report_title(result, view, selection.heading if selection else None)
    chart = _chart(result, view, title, selection)
    if chart.is_empty():
        raise OutputError("output.nothing_to_chart", field="output", path=str(view.output))
    handle.write(chart_bytes(chart, view.lang, name, "wide"))


STYLE = """
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1a202c; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .4rem; overflow-wrap: anywhere; }
.facts { color: #4a5568; margin: 0 0 1rem; padding: 0; list-style: none; }
.facts li { display: inline-block; margin-right: 1.2rem; }
figure { margin: 1rem 0; }
figure svg { display: block; max-width: 100%; height: auto; }
figure .narrow { display: none; }
.wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #cbd5e0; padding: .3rem .5rem; vertical-align: top; }
th { background: #edf2f7; text-align: left; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.name { white-space: nowrap; }
tr.total td { font-weight: bold; background: #fff8db; }
td.no { color: #9b2c2c; } td.yes { color: #276749; }
.notes { color: #4a5568; font-size: .9rem; }
.charts figure { display: inline-block; width: 48%; min-width: 18rem; margin: .25rem 1%;
  vertical-align: top; }
.charts figure svg { width: 100%; }
@media screen and (max-width: 66rem) {
  figure .wide { display: none; } figure .narrow { display: block; }
}
@media screen and (max-width: 40rem) {
  body { font-size: 14px; margin: 1rem auto; } .facts li { display: block; }
}
@media print {
  @page { size: A4 landscape; margin: 11mm 12mm 13mm;
    @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif;
      color: #4a5568; } }
  body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
  h1 { font-size: 14pt; } .facts { margin-bottom: 2mm; } .facts li { font-size: 8.5pt; }
  figure { margin: 0 0 3mm; break-inside: avoid; page-break-inside: avoid; }
  figure svg { width: auto; max-width: 100%; max-height: 158mm; margin: 0 auto; }
  .wrap { overflow: visible; } table { font-size: 8pt; width: 100%; }
  th, td { padding: 1.2mm 1.6mm; }
  thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
  section.after-chart { break-before: page; }
}
"""


def _cell(key: str, value: Any, lang: str) -> tuple[str, str]:
    """(text, class) of a table cell."""
    from jkngap.output.display import display

    if value is None:
        return "", ""
    if isinstance(value, bool):
        return translate("yes" if value else "no", lang), "yes" if value else "no"
    text = display(key, value, lang)
    numeric = isinstance(value, int | Fraction | Cut4)
    return text, "n" if numeric else ""


def _row_html(record: Record, columns: list[str], lang: str) -> str:
    cells = []
    for column in columns:
        value = record.get(column)
        if column == "region" and record.get("total"):
            value = _label(record, lang)
        text, kind = _cell(column, value, lang)
        kind = "name" if column == "region" else kind
        attribute = f' class="{kind}"' if kind else ""
        cells.append(f"<td{attribute}>{html.escape(visible(text))}</td>")
    kind = ' class="total"' if record.get("total") else ""
    return f"<tr{kind}>{''.join(cells)}</tr>"


def _page(title: str, facts: list[tuple[str, str]], body: list[str], lang: str) -> str:
    listed = "".join(
        f"<li><strong>{html.escape(label)}:</strong> {html.escape(visible(text))}</li>"
        for label, text in facts
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="jkngap">\n<title>{html.escape(title)}</title>\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>{html.escape(title)}</h1>\n"
        f'<ul class="facts">{listed}</ul></header>\n' + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _svg(chart: Chart, lang: str, shape: str) -> str:
    text = chart_bytes(chart, lang, "svg", shape).decode("utf-8")
    return text[text.find("<svg") :]  # the drawing itself, without its XML prologue


def _figure(chart: Chart, lang: str) -> str:
    """The chart in both its shapes, each shown where it fits (a phone, a desktop, paper);
    a reader hears what it shows."""
    said = [chart.title, *_legend(chart, lang)]
    return (
        f'<figure role="img" aria-label="{html.escape("; ".join(said))}">'
        f'<div class="wide">{_svg(chart, lang, "wide")}</div>'
        f'<div class="narrow">{_svg(chart, lang, "narrow")}</div></figure>'
    )


def _legend(chart: Chart, lang: str) -> list[str]:
    said = []
    for key in chart.series():
        said.append(translate(f"label.{key}_pct", lang))
        target = chart.coverage_target if key == "coverage" else chart.activity_target
        if target is not None:
            said.append(translate(f"chart.{key}_target", lang, target=format_target(target, lang)))
    return said


def pdf_of(text: str, handle: IO[bytes], view: View) -> None:
    """A report's HTML document as PDF, through WeasyPrint (the optional ``pdf`` extra)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        raise OutputError(
            "output.pdf_needs_extra", field="output", path=str(view.output), reason=str(error)
        ) from None
    HTML(string=text).write_pdf(handle)


def report_html(result: Shown, view: View) -> str:
    """The report's HTML document."""
    lang = view.lang
    if isinstance(result, Many):
        selection = select(result, view, REPORT_ROWS)
        title = report_title(result, view, selection.heading)
        body, said = _many_body(result, selection, _chart(result, view, title, selection), view)
        facts = report_facts(result, view, selection.heading)
    else:
        title = report_title(result, view)
        body, said = _single_body(result, _chart(result, view, title, None), lang)
        facts = report_facts(result, view)
    body += notes_section(said)
    return _page(title, facts, body, lang)


def notes_section(said: list[str]) -> list[str]:
    """What a report says below its table, as a list (nothing where it says nothing)."""
    if not said:
        return []
    items = "".join(f"<li>{html.escape(visible(text))}</li>" for text in said)
    return [f'<section class="notes"><ul>{items}</ul></section>']


def _columns(keys: Iterable[str], records: list[Record]) -> list[str]:
    """The table's columns: those the result has and some row fills."""
    keys = list(keys)
    wanted = REPORT_COLUMNS if "coverage_pct" in keys else COMPARE_COLUMNS
    return [
        column
        for column in wanted
        if column in keys
        and (column in ("row", "region") or any(r.get(column) is not None for r in records))
    ]


def _many_body(
    result: Many, selection: Selection, chart: Chart, view: View
) -> tuple[list[str], list[str]]:
    """Many regions' chart and table, and what is said below them: rows left out, rows in
    error, the total's notes and the run's."""
    lang = view.lang
    body: list[str] = []
    if not chart.is_empty():
        body.append(_figure(chart, lang))
    columns = _columns(result.keys, [*selection.shown, *selection.totals])
    headers = "".join(f"<th>{html.escape(_header(c, lang))}</th>" for c in columns)
    rows = [_row_html(record, columns, lang) for record in selection.shown]
    rows += [_row_html(record, columns, lang) for record in selection.totals]
    after = ' class="after-chart"' if body else ""  # printed, on a page of its own
    body.append(
        f'<section{after}><div class="wrap"><table>\n<thead><tr>{headers}</tr></thead>\n'
        "<tbody>\n" + "\n".join(rows) + "\n</tbody></table></div></section>"
    )
    said = []
    shown, count = len(selection.shown), selection.regions
    if shown < count:
        key = "report.more_rows_ordered" if view.ordered else "report.more_rows"
        said.append(translate(key, lang, shown=shown, count=count))
    for record in selection.shown:
        if record.get("error") is not None:
            error = sentence(record["error"], lang)
            said.append(translate("batch.row_error", lang, line=str(record["row"]), error=error))
    for record in selection.totals:
        if record.get("total") == "all" and record.get("note"):
            said.append(sentence(record["note"], lang))
    said += [sentence(note, lang) for note in result.notes]
    if any(column in SHARES for column in columns):
        said.append(translate("note.percent_cut", lang))
    return body, said


def _header(column: str, lang: str) -> str:
    """A table's header: the column's short name, or its label where it has none."""
    from jkngap.output.display import header_text
    from jkngap.output.words import catalogue

    key = f"column.{column}"
    return translate(key, lang) if key in catalogue("en") else header_text(column, lang)


def _single_body(single: Single, chart: Chart, lang: str) -> tuple[list[str], list[str]]:
    """One region's chart, its figures as a two-column table, its detail tables, and its
    notes."""
    from jkngap.output.display import detail_tables, table_rows

    body: list[str] = []
    if not chart.is_empty():
        body.append(_figure(chart, lang))
    lines = [
        f"<tr><th>{html.escape(label)}</th><td>{html.escape(visible(text))}</td></tr>"
        for label, text, _ in table_rows(single.record(), lang)
    ]
    body.append('<div class="wrap"><table>\n' + "\n".join(lines) + "\n</table></div>")
    for heading, titles, details in detail_tables(single.record(), lang):
        head = "".join(f"<th>{html.escape(h)}</th>" for h in titles)
        cells = [
            "<tr>" + "".join(f"<td>{html.escape(visible(c))}</td>" for c in line) + "</tr>"
            for line in details
        ]
        body.append(
            f"<h2>{html.escape(heading)}</h2>\n"
            f'<div class="wrap"><table><thead><tr>{head}</tr></thead>\n<tbody>'
            + "\n".join(cells)
            + "</tbody></table></div>"
        )
    from jkngap.output.display import shows_a_percentage

    said = [sentence(note, lang) for note in single.notes]
    if shows_a_percentage(single.record()):
        said.append(translate("note.percent_cut", lang))
    return body, said


# The pieces other reports are made of (trend's, with a chart per region).
page, row_html = _page, _row_html


# What the registry writes a file of any result but shares and a series with: the report
# (a document with its facts, a chart, a table and its notes), its chart alone, and the
# workbook of :mod:`jkngap.output.excel`.
WRITERS = FileWriters[Shown](workbook=write_workbook, report=report_html, chart=write_chart)
