"""Reports an official hands on: an HTML document (title, date, criteria, source, a real
table, a chart of coverage and activity against the targets, print styles for A4
landscape, readable on a phone, nothing fetched from the network), and the chart alone
as SVG or PNG.

The chart is drawn by matplotlib, imported only here, and only when a report or a chart
is written. A long file's report shows the regions furthest from the targets, worst first
(kept in a heap, so that 84,000 rows cost little memory), and the total of every region.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable
from fractions import Fraction
from typing import IO, Any, NamedTuple

from jkngap.core.errors import OutputError
from jkngap.core.model import Record
from jkngap.core.results import Many, Single
from jkngap.core.spans import Cut4
from jkngap.output.batchview import furthest as batchview_furthest
from jkngap.output.cells import sentence, visible
from jkngap.output.formats import Shown, View
from jkngap.output.words import format_target, translate

__all__ = [
    "figure",
    "notes_section",
    "page",
    "pdf_of",
    "report_html",
    "report_title",
    "row_html",
    "table_html",
    "write_chart",
    "write_html",
    "write_pdf",
]

# The regions a report's table shows, and its chart, at most.
REPORT_ROWS = 50
CHART_ROWS = 30
# The columns of a report's table of many regions, when the file has them.
REPORT_COLUMNS = (
    "row",
    "region",
    "code",
    "population",
    "registered",
    "coverage_pct",
    "registrants_needed",
    "active",
    "activity_pct",
    "active_needed",
    "uhc",
    "uhc_prioritas",
)
# The columns of a report's table of a comparison of two sources.
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
COVERAGE_COLOUR = "#2b6cb0"
ACTIVITY_COLOUR = "#c05621"
LABEL_LENGTH = 30


class Bars(NamedTuple):
    """One region's bars: its name, and its coverage and activity in percent."""

    label: str
    coverage: Fraction | None
    activity: Fraction | None


def _share(value: Any) -> Fraction | None:
    if isinstance(value, Cut4):
        return value.as_fraction()
    return value if isinstance(value, Fraction) else None


class Selection(NamedTuple):
    """The regions a report shows (worst first), the totals, and how many regions in all."""

    shown: list[Record]
    totals: list[Record]
    regions: int


def furthest(
    records: Iterable[Record], targets: tuple[Fraction, Fraction], limit: int
) -> Selection:
    """The ``limit`` regions furthest from the targets, worst first (the table's own
    choice, :func:`jkngap.output.batchview.furthest`), leaving out the rows that are not
    regions (a title, the file's own total: named in the notes)."""
    regions = (record for record in records if record.get("note") is None or record.get("total"))
    shown, totals, count = batchview_furthest(
        regions, limit, dict(zip(SHARES, targets, strict=True))
    )
    return Selection(shown, totals, count)


def _label(record: Record, lang: str) -> str:
    if record.get("total") == "all":
        return translate("total.all", lang)
    name = record.get("region") or record.get("code") or str(record.get("row") or "")
    name = visible(str(name))
    return name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1] + "…"


def chart_bytes(bars: list[Bars], targets: tuple[Fraction, Fraction], lang: str, fmt: str) -> bytes:
    """Coverage and activity per region as horizontal bars, each target a marked line, a
    legend; SVG or PNG. Floats appear only here, to place ink on a picture."""
    from matplotlib import rc_context

    # Text stays text (found, copied, read aloud), and is drawn as written: a region named
    # "Kab $\\frac{1$" is those characters, never mathematics.
    with rc_context({"svg.fonttype": "none", "text.parse_math": False}):
        return _chart(bars, targets, lang, fmt)


def _chart(bars: list[Bars], targets: tuple[Fraction, Fraction], lang: str, fmt: str) -> bytes:
    from matplotlib.figure import Figure
    from matplotlib.ticker import PercentFormatter

    height = max(2.6, 0.42 * len(bars) + 1.6)
    figure = Figure(figsize=(9.5, height), layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(len(bars)))
    for offset, key, colour, name in (
        (-0.2, "coverage", COVERAGE_COLOUR, translate("label.coverage_pct", lang)),
        (0.2, "activity", ACTIVITY_COLOUR, translate("label.activity_pct", lang)),
    ):
        values = [getattr(item, key) for item in bars]
        if all(value is None for value in values):
            continue
        axes.barh(
            [p + offset for p in positions],
            [float(value) if value is not None else 0.0 for value in values],
            height=0.38,
            color=colour,
            label=name,
        )
    for target, colour, key in (
        (targets[0], COVERAGE_COLOUR, "chart.coverage_target"),
        (targets[1], ACTIVITY_COLOUR, "chart.activity_target"),
    ):
        shown = translate(key, lang, target=format_target(target, lang))
        axes.axvline(float(target), color=colour, linestyle="--", linewidth=1.4, label=shown)
    axes.set_yticks(positions, [item.label for item in bars])
    axes.invert_yaxis()
    axes.set_xlim(0, 100)  # bars as long as their share: nothing magnified
    axes.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.06), ncols=2, frameon=False)
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    figure.savefig(buffer, format=fmt, dpi=150, metadata=metadata)
    return buffer.getvalue()


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


def _single_bars(result: Single, lang: str) -> list[Bars]:
    record = result.record()
    name = record.get("region_name") or translate("chart.this_region", lang)
    return [Bars(str(name), _share(record.get("coverage_pct")), _share(record.get("activity_pct")))]


def _drawn(bars: list[Bars]) -> bool:
    """Whether the bars show anything: a result of regions without a coverage or an
    activity of their own (a comparison's are each source's) has no chart."""
    return any(item.coverage is not None or item.activity is not None for item in bars)


def _header(column: str, lang: str) -> str:
    """A table's header: the column's short name, or its label where it has none."""
    from jkngap.output.display import header_text
    from jkngap.output.words import catalogue

    key = f"column.{column}"
    return translate(key, lang) if key in catalogue("en") else header_text(column, lang)


def write_chart(result: Shown, handle: IO[bytes], view: View, name: str) -> None:
    """The chart alone, as SVG or PNG (``name``)."""
    targets = _targets(result)
    if isinstance(result, Many):
        selection = furthest(result.records, targets, CHART_ROWS)
        bars = [_bars(record, view.lang) for record in selection.shown]
        if not _drawn(bars):
            raise OutputError("output.no_chart", field="output", path=str(view.output))
    else:
        bars = _single_bars(result, view.lang)
    handle.write(chart_bytes(bars, targets, view.lang, name))


def _bars(record: Record, lang: str) -> Bars:
    return Bars(
        _label(record, lang), _share(record.get("coverage_pct")), _share(record.get("activity_pct"))
    )


STYLE = """
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1a202c; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
.facts { color: #4a5568; margin: 0 0 1rem; padding: 0; list-style: none; }
.facts li { display: inline; margin-right: 1.2rem; }
figure { margin: 1rem 0; }
figure svg { width: 100%; height: auto; }
.charts figure { display: inline-block; width: 48%; min-width: 18rem; margin: .25rem 1%;
  vertical-align: top; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; min-width: 100%; }
th, td { border: 1px solid #cbd5e0; padding: .3rem .5rem; vertical-align: top; }
th { background: #edf2f7; text-align: left; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #fff8db; }
td.no { color: #9b2c2c; } td.yes { color: #276749; }
.notes { color: #4a5568; font-size: .9rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  thead { display: table-header-group; } tr { break-inside: avoid; }
  figure { break-inside: avoid; }
}
@media (max-width: 40rem) { body { font-size: 14px; } .facts li { display: block; } }
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
        if column == "region":
            value = _label(record, lang) if record.get("total") else value
        text, kind = _cell(column, value, lang)
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


def _figure(svg: bytes, caption: str) -> str:
    text = svg.decode("utf-8")
    start = text.find("<svg")  # the drawing itself, without its XML prologue
    return (
        f'<figure role="img" aria-label="{html.escape(caption)}">{text[start:]}'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
    )


def _title(result: Shown, view: View) -> str:
    if view.title:
        return view.title
    if isinstance(result, Many):
        names = ", ".join(path.name for path in view.inputs)
        heading = translate(f"title.{result.kind}", view.lang, criteria=result.criteria.name)
        return f"{heading}: {names}" if names else heading
    from jkngap.output.display import title

    heading = title(result, view.lang)
    region = result.record().get("region_name")
    return f"{region}: {heading}" if region else heading


def write_html(result: Shown, handle: IO[bytes], view: View) -> None:
    """The report: a document with its facts, a chart, a table and its notes."""
    handle.write(report_html(result, view).encode("utf-8"))


def write_pdf(result: Shown, handle: IO[bytes], view: View) -> None:
    """The report as PDF, A4 landscape, through WeasyPrint (the optional ``pdf`` extra,
    which needs the Pango library of the system)."""
    pdf_of(report_html(result, view), handle, view)


def pdf_of(text: str, handle: IO[bytes], view: View) -> None:
    """A report's HTML document as PDF, through WeasyPrint (the optional ``pdf`` extra,
    which needs the Pango library of the system)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        raise OutputError(
            "output.pdf_needs_extra", field="output", path=str(view.output), reason=str(error)
        ) from None
    HTML(string=text).write_pdf(handle)


def report_html(result: Shown, view: View) -> str:
    """The report's HTML document."""
    from jkngap.output.display import report_facts

    lang = view.lang
    targets = _targets(result)
    shown = [format_target(target, lang) for target in targets]
    caption = translate("chart.caption", lang, coverage=shown[0], activity=shown[1])
    if isinstance(result, Many):
        body, said = _many_body(result, targets, caption, lang)
    else:
        body, said = _single_body(result, targets, caption, lang)
    body += notes_section(said)
    return _page(_title(result, view), report_facts(result, view), body, lang)


def notes_section(said: list[str]) -> list[str]:
    """What a report says below its table, as a list (nothing where it says nothing)."""
    if not said:
        return []
    items = "".join(f"<li>{html.escape(visible(text))}</li>" for text in said)
    return [f'<section class="notes"><ul>{items}</ul></section>']


def table_html(headers: str, rows: list[str]) -> str:
    """A report's table: its header cells, its rows, scrolling sideways on a phone."""
    return (
        f'<div class="wrap"><table>\n<thead><tr>{headers}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table></div>"
    )


def _many_body(
    result: Many, targets: tuple[Fraction, Fraction], caption: str, lang: str
) -> tuple[list[str], list[str]]:
    """A batch's chart and table of the regions furthest from the targets, and what is
    said below them: rows left out, rows in error, the total's notes and the run's."""
    body: list[str] = []
    selection = furthest(result.records, targets, REPORT_ROWS)
    keys = result.keys
    wanted = REPORT_COLUMNS if "coverage_pct" in keys else COMPARE_COLUMNS
    columns = [column for column in wanted if column in keys]
    bars = [_bars(record, lang) for record in selection.shown[:CHART_ROWS]]
    if _drawn(bars):
        body.append(_figure(chart_bytes(bars, targets, lang, "svg"), caption))
    headers = "".join(f"<th>{html.escape(_header(c, lang))}</th>" for c in columns)
    rows = [_row_html(record, columns, lang) for record in selection.shown]
    rows += [_row_html(record, columns, lang) for record in selection.totals]
    body.append(table_html(headers, rows))
    said = []
    if len(selection.shown) < selection.regions:
        said.append(
            translate("report.more_rows", lang, shown=len(selection.shown), count=selection.regions)
        )
    for record in selection.shown:
        if record.get("error") is not None:
            error = sentence(record["error"], lang)
            said.append(translate("batch.row_error", lang, line=str(record["row"]), error=error))
    for record in selection.totals:
        if record.get("total") == "all" and record.get("note"):
            said.append(sentence(record["note"], lang))
    said += [sentence(note, lang) for note in result.notes]
    return body, said


def _single_body(
    single: Single, targets: tuple[Fraction, Fraction], caption: str, lang: str
) -> tuple[list[str], list[str]]:
    """One region's chart, its figures as a two-column table, its detail tables, and its
    notes."""
    from jkngap.output.display import detail_tables, table_rows

    body: list[str] = []
    bars = _single_bars(single, lang)
    if bars[0].coverage is not None or bars[0].activity is not None:
        body.append(_figure(chart_bytes(bars, targets, lang, "svg"), caption))
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
    return body, [sentence(note, lang) for note in single.notes]


# The pieces other reports are made of (trend's, with a chart per region).
page, figure, row_html, report_title = _page, _figure, _row_html, _title
