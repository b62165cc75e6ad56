"""The chart of a report: each region's coverage and activity as horizontal bars against
the targets, drawn by matplotlib (imported only here, and only when a chart is drawn).

A chart stands alone, as a slide or a picture in a message: it carries its title, the
date and source of its figures, each bar's value, its legend whole, and the regions in
the order of the report's table. It draws only what it has: a series no region has, a
target of a series not drawn, a bar a region lacks take no room (``needed`` charts
coverage alone). Its words stay text (found, copied, read aloud, sharp in print).

Two shapes of one chart: ``wide`` (names left of the bars: a page, a slide, a desktop
screen) and ``narrow`` (each name above its bars, for a phone, its text as large as the
page's). Floats appear only here, to place ink on a picture.
"""

from __future__ import annotations

import io
import math
from fractions import Fraction
from typing import Any, NamedTuple

from jkngap.output.words import format_percent, format_target, translate

__all__ = ["ACTIVITY_COLOUR", "COVERAGE_COLOUR", "Bars", "Chart", "chart_bytes"]

COVERAGE_COLOUR = "#2b6cb0"
ACTIVITY_COLOUR = "#c05621"
INK = "#1a202c"
QUIET = "#4a5568"


class Bars(NamedTuple):
    """One region's bars: its name, and its coverage and activity in percent."""

    label: str
    coverage: Fraction | None
    activity: Fraction | None


class Chart(NamedTuple):
    """What a chart shows: its title, the regions' bars in order, each series' target
    (None: not drawn), and the line below it (the date, the source)."""

    title: str
    bars: list[Bars]
    coverage_target: Fraction | None
    activity_target: Fraction | None
    footer: tuple[str, ...]  # its parts: when made, from what, how many regions of all

    def series(self) -> list[str]:
        """The series some region has, in the order drawn."""
        keys = ("coverage", "activity")
        return [key for key in keys if any(getattr(b, key) is not None for b in self.bars)]

    def is_empty(self) -> bool:
        return not self.series()


class Shape(NamedTuple):
    """The sizes of one shape of the chart, in inches and points."""

    width: float  # the figure's width, inches
    font: float  # every text's size, points
    bar: float  # one bar's thickness, inches
    gap: float  # between two regions, inches
    names_above: bool  # a region's name on a line of its own above its bars
    legend_columns: int


SHAPES = {
    # Drawn at its size on a desktop (1,018 pixels wide), its text the body's 15 px; on
    # A4 landscape, fitted to the page.
    "wide": Shape(width=10.6, font=11.5, bar=0.16, gap=0.1, names_above=False, legend_columns=2),
    # 400 pixels wide, its text 16 px: on a 390-pixel phone still the page's own size.
    "narrow": Shape(width=4.2, font=12, bar=0.2, gap=0.16, names_above=True, legend_columns=1),
}
# About how wide a character of the chart's font is, in ems: enough to plan the room.
CHARACTER = 0.6


def _inches(text: str, points: float) -> float:
    return len(text) * CHARACTER * points / 72


def _wrapped(text: str, inches: float, points: float) -> str:
    """``text`` in lines that fit ``inches`` at ``points`` (never broken at a hyphen)."""
    import textwrap

    width = max(12, int(inches * 72 / (points * CHARACTER * 1.05)))
    return "\n".join(textwrap.wrap(text, width, break_on_hyphens=False)) or text


def _joined(parts: tuple[str, ...], inches: float, points: float) -> str:
    """Parts side by side (``·`` between) while they fit a line, each on a line of its own
    where they do not."""
    lines: list[str] = []
    for part in parts:
        if lines and _inches(f"{lines[-1]} · {part}", points) <= inches:
            lines[-1] = f"{lines[-1]} · {part}"
        else:
            lines.append(part)
    return "\n".join(_wrapped(line, inches, points) for line in lines)


def chart_bytes(chart: Chart, lang: str, fmt: str, shape: str = "wide") -> bytes:
    """The chart as SVG (text as text) or PNG, in the ``wide`` or ``narrow`` shape."""
    from matplotlib import rc_context

    sizes = SHAPES[shape]
    # Text stays text, and is drawn as written: a region named "Kab $\\frac{1$" is those
    # characters, never mathematics. Two charts in one page keep their own ids.
    with rc_context(
        {
            "svg.fonttype": "none",
            "text.parse_math": False,
            "font.size": sizes.font,
            "svg.hashsalt": f"jkngap-{shape}",
            "axes.edgecolor": "#a0aec0",
            "xtick.color": QUIET,
            "ytick.color": INK,
        }
    ):
        return _draw(chart, lang, fmt, sizes)


def _draw(chart: Chart, lang: str, fmt: str, sizes: Shape) -> bytes:
    from matplotlib.figure import Figure
    from matplotlib.ticker import FixedLocator, FuncFormatter

    series = chart.series()
    names = {
        "coverage": translate("label.coverage_pct", lang),
        "activity": translate("label.activity_pct", lang),
    }
    colours = {"coverage": COVERAGE_COLOUR, "activity": ACTIVITY_COLOUR}
    targets = {"coverage": chart.coverage_target, "activity": chart.activity_target}
    drawn = [b for b in chart.bars if any(getattr(b, key) is not None for key in series)]
    line = sizes.font * 1.45 / 72  # a line of text, inches

    # The regions from the top, in inches: a name's line (above the bars, or beside them),
    # then each bar the region has, then the gap to the next.
    places: list[tuple[Bars, float, list[tuple[str, float]]]] = []
    cursor = 0.0
    for item in drawn:
        if sizes.names_above:
            cursor += line
        top = cursor
        bars = []
        for key in series:
            if getattr(item, key) is not None:
                bars.append((key, cursor + sizes.bar / 2))
                cursor += sizes.bar
        places.append((item, top if sizes.names_above else (top + cursor) / 2, bars))
        cursor += sizes.gap
    plotted = max(cursor, 0.5)

    largest = max(
        (float(v) for b in drawn for key in series if (v := getattr(b, key)) is not None),
        default=100.0,
    )
    span = max(100.0, math.ceil(largest / 10) * 10)  # bars as long as their share
    longest_name = max((len(item.label) for item in drawn), default=0)
    name_room = 0.0 if sizes.names_above else longest_name * CHARACTER * sizes.font / 72 + 0.2
    axes_width = sizes.width - name_room - 0.5

    entries = len(series) + sum(1 for key in series if targets[key] is not None)
    legend_rows = math.ceil(entries / sizes.legend_columns)
    title = _wrapped(chart.title, sizes.width - 0.3, sizes.font * 1.2)
    footer = _joined(chart.footer, sizes.width - 0.3 - name_room, sizes.font)
    title_lines, footer_lines = title.count("\n") + 1, footer.count("\n") + 1
    overhead = (
        title_lines * line * 1.2 + legend_rows * line * 1.15 + footer_lines * line + line + 0.75
    )
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    layout = ConstrainedLayoutEngine(h_pad=0.06, w_pad=0.08)
    figure = Figure(figsize=(sizes.width, plotted + overhead), layout=layout)
    axes = figure.add_subplot()

    for item, centre, bars in places:
        for key, middle in bars:
            value = getattr(item, key)
            axes.barh(middle, float(value), height=sizes.bar * 0.92, color=colours[key])
            _value_label(axes, value, middle, span, axes_width, sizes, lang)
        if sizes.names_above:
            axes.annotate(
                item.label,
                (0, centre),
                xytext=(0, 2),
                textcoords="offset points",
                va="bottom",
                ha="left",
                color=INK,
                annotation_clip=False,
            )
    for key in series:
        target = targets[key]
        if target is not None:
            axes.axvline(float(target), color=colours[key], linestyle="--", linewidth=1.4)

    axes.set_ylim(plotted, 0)
    axes.set_xlim(0, span)
    if sizes.names_above:
        axes.set_yticks([])
    else:
        axes.yaxis.set_major_locator(FixedLocator([centre for _, centre, _ in places]))
        axes.set_yticklabels([item.label for item, _, _ in places])
        axes.tick_params(axis="y", length=0)
    axes.xaxis.set_major_locator(FixedLocator([float(n) for n in range(0, int(span) + 1, 20)]))
    axes.xaxis.set_major_formatter(
        FuncFormatter(lambda x, _: format_percent(Fraction(round(x)), lang, 0))
    )
    axes.grid(axis="x", color="#e2e8f0", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)

    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = [Patch(color=colours[key], label=names[key]) for key in series]
    for key in series:
        target = targets[key]
        if target is not None:
            shown = translate(f"chart.{key}_target", lang, target=format_target(target, lang))
            handles.append(Line2D([], [], color=colours[key], linestyle="--", label=shown))
    figure.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=sizes.font * 1.2)
    # The date and the source, under the title: a picture taken out of its report says both.
    axes.set_title(footer, loc="left", color=QUIET, fontsize=sizes.font)
    figure.legend(
        handles=handles,
        loc="outside lower left",
        ncols=sizes.legend_columns,
        frameon=False,
        handlelength=1.6,
        columnspacing=1.2,
    )
    return figure_bytes(figure, fmt)


def figure_bytes(figure: Any, fmt: str) -> bytes:
    """A drawn figure as SVG or PNG (150 dpi); an SVG without the date it was drawn, so
    that the same chart is the same file. Within the caller's ``rc_context``, whose
    settings (text as text) apply as the file is written."""
    buffer = io.BytesIO()
    metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {}
    figure.savefig(buffer, format=fmt, dpi=150, metadata=metadata)
    return buffer.getvalue()


def _value_label(
    axes: Any,
    value: Fraction,
    middle: float,
    span: float,
    axes_width: float,
    sizes: Shape,
    lang: str,
) -> None:
    """The bar's value at its end: inside it, in white, where the room after it is too
    short; after it otherwise."""
    text = format_percent(value, lang)
    needed = _inches(text, sizes.font) + 0.12
    length = float(value) / span * axes_width
    inside = length + needed > axes_width and length > needed
    axes.annotate(
        text,
        (float(value), middle),
        xytext=(-4 if inside else 4, 0),
        textcoords="offset points",
        va="center",
        ha="right" if inside else "left",
        color="white" if inside else INK,
        annotation_clip=False,
        # After the bar, over a target's line: the line gives way to the figure.
        bbox=None if inside else {"boxstyle": "square,pad=0.08", "fc": "white", "ec": "none"},
    )
