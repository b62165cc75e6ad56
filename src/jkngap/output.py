"""One place that turns any result into a table, plain text, JSON, NDJSON, CSV, TSV or a file.

Results hand over flat records (``result.record()``): ``int`` counts, ``Fraction``
percentages (keys ending ``_pct``), ``[low, high]`` ranges (keys ending ``_range``),
rupiah amounts (``premium``, ``budget``, ``unspent``), ISO dates, booleans, text, notes
(sentences) and ``None``; a list of records under one key is a detail table (plan's
milestones, check's findings). Machine formats write plain digits and a dot decimal in
every language, and sentences in English, so that scripts never depend on ``--lang``;
percentages are cut toward zero to four decimals, so no printed figure claims a target
that was not met. Rich is imported only when a table is drawn.
"""

from __future__ import annotations

import csv
import enum
import json
import operator
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol, TextIO

from jkngap.errors import InputError, JkngapError
from jkngap.gaps import Note, Record
from jkngap.messages import format_count, format_percent, format_value, translate
from jkngap.numbers import Cut4, decimal_text, decimals_needed

MACHINE_DECIMALS = 4
MACHINE_LANGUAGE = "en"
MONEY_KEYS = frozenset({"premium", "budget", "unspent"})
DATE_KEYS = frozenset({"from", "by", "date"})
# Keys a person's table leaves out: the machine's bookkeeping, said better by the notes.
HIDDEN_IN_TABLES = frozenset({"exact", "coverage_exact", "activity_exact", "criteria"})
# Scale words for short amounts, largest first.
SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


class Format(str, enum.Enum):
    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"
    TSV = "tsv"


XLSX = "xlsx"
PICTURE = "picture"  # a table saved as standalone HTML or SVG
# Text a spreadsheet would run as a formula (OWASP CSV injection): such cells get a quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_FIRST = frozenset(FORMULA_STARTS)
PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9.,]*")

FILE_FORMATS: dict[str, Format | str] = {
    ".xlsx": XLSX,
    ".html": PICTURE,
    ".htm": PICTURE,
    ".svg": PICTURE,
    ".csv": Format.CSV,
    ".tsv": Format.TSV,
    ".json": Format.JSON,
    ".ndjson": Format.NDJSON,
    ".jsonl": Format.NDJSON,
}


class Result(Protocol):
    """What every core result offers the output layer."""

    kind: str

    @property
    def notes(self) -> tuple[Note, ...]: ...

    def record(self) -> Record: ...

    def headline(self) -> Any: ...


def default_format(stream: TextIO) -> Format:
    """A table for a person at a terminal, TSV for a pipe or a file."""
    isatty = getattr(stream, "isatty", None)
    return Format.TABLE if isatty is not None and isatty() else Format.TSV


def format_for_path(path: Path) -> Format | str:
    try:
        return FILE_FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(
            "option.choice",
            subject="-o",
            text=path.suffix or path.name,
            choices=", ".join(FILE_FORMATS),
        ) from None


# ------------------------------------------------------------------ machine formats


def _number_text(value: Fraction | Cut4) -> str:
    """A percentage as JSON/CSV number text: cut to four decimals, no trailing zeros."""
    if isinstance(value, Cut4):
        return str(value)
    text = decimal_text(value, MACHINE_DECIMALS)
    return text.rstrip("0").rstrip(".") if "." in text else text


def sentence(value: Note | JkngapError, lang: str = MACHINE_LANGUAGE) -> str:
    """A note or an error as text: English in machine formats, the user's in tables."""
    if isinstance(value, JkngapError):
        return value.message(lang)
    return translate(value.key, lang, **value.params)


def _json(value: Any) -> str:
    if isinstance(value, Fraction | Cut4):
        return _number_text(value)  # written as a number, with no float on the way
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Note | JkngapError):
        return json.dumps(sentence(value), ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def json_text(value: Any) -> str:
    """JSON for records and lists of them, percentages as exact decimal numbers."""
    return _json(value)


def _is_detail(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], dict)


def flat_columns(record: Record) -> Iterator[tuple[str, Any]]:
    """Columns for CSV and TSV: a ``x_range`` becomes ``x_low`` and ``x_high``; detail
    lists (milestones) stay in JSON, where they nest."""
    for key, value in record.items():
        if key.endswith("_range"):
            stem = key[: -len("_range")]
            low, high = value if value is not None else (None, None)
            yield f"{stem}_low", low
            yield f"{stem}_high", high
        elif not _is_detail(value) and value != []:
            yield key, value


def cell_text(value: Any) -> str:
    """A value as a CSV/TSV cell: plain digits, dot decimals, ``true``/``false``, empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Fraction | Cut4):
        return _number_text(value)
    if isinstance(value, Note | JkngapError):
        return sentence(value)
    return str(value)


def neutralise(text: str) -> str:
    """Text a spreadsheet would take for a formula gets a leading quote; numbers never do."""
    # A lone "-" (a common "none") or "=" cannot be a formula; numbers never are one here.
    if len(text) > 1 and text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _safe_cell(value: Any) -> str:
    text = cell_text(value)
    return neutralise(text) if isinstance(value, str) else text


# Keys whose values are always a whole number or empty: the csv module writes them as they
# are, so a long file's rows skip any conversion for them.
INTEGER_KEYS = frozenset(
    {
        "row",
        "population",
        "registered",
        "active",
        "required_registered",
        "registrants_needed",
        "surplus",
        "required_active",
        "active_needed",
        "new_members_needed",
        "inactive",
        "people",
        "premium",
        "months",
        "budget",
        "unspent",
        "days",
        "working_days",
        "agents",
    }
)


def _row_getter(keys: list[str]) -> Callable[[Record], tuple[Any, ...]]:
    """A record's values for ``keys``, fetched in C rather than key by key."""
    if len(keys) == 1:
        only = keys[0]
        return lambda record: (record[only],)
    return operator.itemgetter(*keys)


def write_delimited(
    records: Iterable[Record], stream: TextIO, delimiter: str, *, raw: bool = True
) -> None:
    """CSV or TSV, header first, written row by row. Unless ``raw``, text cells that a
    spreadsheet would run as formulas are neutralised.

    The columns are planned once, from the first record (every record shares its keys).
    """
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    fallback = cell_text if raw else _safe_cell
    remaining = iter(records)
    for number, record in enumerate(remaining):
        if number == 0:
            plan = list(record)
            writer.writerow([name for name, _ in flat_columns(record)])
            if any(key.endswith("_range") or _is_detail(record[key]) for key in plan):
                for later in (record, *remaining):  # ranges and details: the general path
                    writer.writerow([fallback(value) for _, value in flat_columns(later)])
                return
            fetch = _row_getter(plan)
            convert_at = [index for index, key in enumerate(plan) if key not in INTEGER_KEYS]
        row = list(fetch(record))
        for index in convert_at:
            value = row[index]
            kind = type(value)
            if value is None or kind is Cut4 or kind is int:
                continue  # the csv module writes these itself ("", Cut4's own text, digits)
            if kind is bool:
                row[index] = "true" if value else "false"
            elif kind is str:
                if not raw and value[:1] in FORMULA_FIRST:
                    row[index] = neutralise(value)
            else:
                row[index] = fallback(value)
        writer.writerow(row)


def _xlsx_value(value: Any, raw: bool) -> Any:
    """A record value as an Excel cell: numbers stay numbers (exact Decimals), text safe."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Fraction | Cut4):
        return Decimal(_number_text(value))
    if isinstance(value, int | Decimal):
        return value
    text = cell_text(value)
    return text if raw else neutralise(text)


def write_xlsx(records: Iterable[Record], path: Path, *, raw: bool = False) -> None:
    """An Excel workbook, written row by row (openpyxl's write-only mode)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("jkngap")
    header: list[str] | None = None
    for record in records:
        columns = list(flat_columns(record))
        if header is None:
            header = [name for name, _ in columns]
            sheet.append(header)
        sheet.append([_xlsx_value(value, raw) for _, value in columns])
    workbook.save(path)


def plain_text(value: Any) -> str:
    """The headline figure alone: what a script wants in ``$(...)``."""
    if value is None:
        return "unknown"
    return cell_text(value)


def tabular_rows(result: Result) -> list[Record]:
    """The rows CSV and TSV show: the result's own ``rows()`` (check's findings) or its record."""
    rows = getattr(result, "rows", None)
    return list(rows()) if callable(rows) else [result.record()]


def write_result(result: Result, fmt: Format | str, stream: TextIO) -> None:
    """One result in a machine format."""
    if fmt in (Format.JSON, Format.NDJSON):  # one result: one object, on one line
        stream.write(json_text(result.record()) + "\n")
    else:
        write_delimited(tabular_rows(result), stream, "," if fmt is Format.CSV else "\t")


# ------------------------------------------------------------------ for people


def note_texts(notes: Iterable[Note], lang: str, *, warnings: bool) -> list[str]:
    return [translate(note.key, lang, **note.params) for note in notes if note.warning is warnings]


def print_warnings(notes: Iterable[Note], lang: str, stream: TextIO) -> None:
    """Warnings go to standard error in every format, so data on standard output stays clean."""
    label = translate("warning", lang)
    for text in note_texts(notes, lang, warnings=True):
        stream.write(f"jkngap: {label}: {text}\n")


def rupiah(amount: int, lang: str) -> str:
    """An amount as officials write it in full: Rp309.999.816.000 (or Rp309,999,816,000)."""
    return f"Rp{format_count(amount, lang)}"


def rupiah_short(amount: int, lang: str) -> str:
    """An amount in the short form: Rp310,0 miliar (one decimal, rounded half up)."""
    from babel.numbers import format_decimal

    for scale, unit in SCALES:
        if amount >= scale:
            shown = (Decimal(amount) / scale).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            number = format_decimal(shown, format="#,##0.0", locale=lang)
            word = translate(f"unit.{unit}", lang)
            return translate("money.short", lang, amount=number, unit=word)
    return rupiah(amount, lang)


def display(key: str, value: Any, lang: str) -> str:
    """A record value as a person reads it, in ``lang``'s style, by what its key holds."""
    if key.endswith("_range"):
        low, high = value
        return translate(
            "range", lang, low=display(key[:-6], low, lang), high=display(key[:-6], high, lang)
        )
    if key.endswith("target_pct") and isinstance(value, Fraction):
        return format_percent(value, lang, decimals_needed(value))
    if key in MONEY_KEYS and isinstance(value, int):
        return rupiah(value, lang)
    if isinstance(value, Cut4):
        return format_percent(value.as_fraction(), lang)
    if isinstance(value, Note | JkngapError):
        return sentence(value, lang)
    if key in DATE_KEYS and isinstance(value, str):
        from babel.dates import format_date

        return str(format_date(date.fromisoformat(value), format="medium", locale=lang))
    if key == "base":
        return translate(f"base.{value}", lang)
    if key == "figures" and isinstance(value, list):
        return " + ".join(translate(f"figure_name.{name}", lang) for name in value)
    return format_value(value, lang)


def title(result: Result, lang: str) -> str:
    record = result.record()
    params: dict[str, Any] = {"criteria": record.get("criteria", "")}
    for key, name in (
        ("target_pct", "target"),
        ("by", "deadline"),
        ("premium", "premium"),
        ("base", "base"),
    ):
        if record.get(key) is not None:
            params[name] = display(key, record[key], lang)
    return translate(f"title.{result.kind}", lang, **params)


Row = tuple[str, str, bool | None]

BAR_WIDTH = 10
BAR_EIGHTHS = "▏▎▍▌▋▊▉"
BAR_EMPTY = "·"
BAR_TARGET = "┃"


def bar(value: Fraction | Cut4, target: Fraction, width: int = BAR_WIDTH) -> str:
    """The way to the target as a bar: full when the target is reached, marked where it is.

    96.5 % of a 98 % target fills 98.5 % of the bar (in eighths of a character), so a short
    fall shows even when both numbers are high; the dots left over say how far there is to
    go without any colour.
    """
    share = value.as_fraction() if isinstance(value, Cut4) else value
    ratio = min(share / target, Fraction(1)) if target > 0 else Fraction(1)
    eighths = int(ratio * width * 8)  # cut toward zero: never drawn as reached when short
    full, part = divmod(eighths, 8)
    drawn = "█" * full + (BAR_EIGHTHS[part - 1] if part else "")
    return drawn + BAR_EMPTY * (width - len(drawn)) + BAR_TARGET


# For a share key, the keys of its target and its verdict, by result kind.
BAR_KEYS = {
    "coverage_pct": (("coverage_target_pct", "target_pct"), ("coverage_met", "met", "uhc")),
    "activity_pct": (
        ("activity_target_pct", "active_target_pct", "target_pct"),
        ("activity_met", "met"),
    ),
}


def _bar_for(key: str, record: Record) -> tuple[str, bool | None]:
    """The bar and the verdict for ``key`` of ``record`` ("", None when there is none)."""
    value = record.get(key)
    target_keys, verdict_keys = BAR_KEYS[key]
    target = next((record[k] for k in target_keys if record.get(k) is not None), None)
    verdict = next((record[k] for k in verdict_keys if record.get(k) is not None), None)
    if not isinstance(value, Fraction | Cut4) or not isinstance(target, Fraction):
        return "", verdict
    return bar(value, target), verdict


def table_rows(record: Record, lang: str) -> list[Row]:
    """(label, value, verdict) rows for a one-region table; a verdict row colours by it."""
    rows: list[Row] = []
    for key, value in record.items():
        if value is None or key in HIDDEN_IN_TABLES or _is_detail(value) or value == []:
            continue
        if key.endswith("_range") and value[0] == value[1]:
            continue  # the exact figure already has its own row
        text = display(key, value, lang)
        verdict = value if isinstance(value, bool) else None
        if key in BAR_KEYS:
            drawn, verdict = _bar_for(key, record)
            text = f"{drawn} {text}" if drawn else text
        rows.append((translate(f"label.{key}", lang), text, verdict))
        if key == "budget":
            rows.append((translate("label.budget_short", lang), rupiah_short(value, lang), None))
    return rows


def detail_tables(record: Record, lang: str) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, headers, rows) for each detail list in ``record`` (milestones, findings)."""
    tables = []
    for key, value in record.items():
        if not _is_detail(value):
            continue
        columns = [column for column in value[0] if column not in ("quantity", "implied")]
        headers = [translate(f"label.{column}", lang) for column in columns]
        rows = [
            [
                "" if item[column] is None else display(column, item[column], lang)
                for column in columns
            ]
            for item in value
        ]
        tables.append((translate(f"title.{key}", lang), headers, rows))
    return tables


def draw_table(result: Result, lang: str, target: Any) -> None:
    """One result as a person's table, on a stream or a (recording) Rich console."""
    from jkngap.table import draw_record

    record = result.record()
    draw_record(
        title(result, lang),
        table_rows(record, lang),
        note_texts(result.notes, lang, warnings=False),
        target,
        details=detail_tables(record, lang),
    )


def emit(
    result: Result,
    fmt: Format,
    *,
    lang: str,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    output: Path | None = None,
) -> None:
    """Show one result: data to standard output (or ``output``), warnings to standard error."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    print_warnings(result.notes, lang, err)
    if output is not None:
        file_format = format_for_path(output)  # refuse an unknown extension before creating
        if file_format == XLSX:
            write_xlsx(tabular_rows(result), output)
            return
        if file_format == PICTURE:
            from jkngap.table import save_picture

            save_picture(
                output, title(result, lang), lambda console: draw_table(result, lang, console)
            )
            return
        with output.open("w", encoding="utf-8", newline="") as handle:
            write_result(result, file_format, handle)
        return
    if fmt is Format.TABLE:
        draw_table(result, lang, out)
    elif fmt is Format.PLAIN:
        out.write(plain_text(result.headline()) + "\n")
    else:
        write_result(result, fmt, out)


def write_records(
    records: Iterable[Record], fmt: Format, stream: TextIO, *, raw: bool = True
) -> None:
    """Many records (one per region) in a machine format, streamed: JSON as a list."""
    if fmt is Format.JSON:
        stream.write("[")
        for number, record in enumerate(records):
            stream.write((",\n" if number else "\n") + json_text(record))
        stream.write("\n]\n")
    elif fmt is Format.NDJSON:
        for record in records:
            stream.write(json_text(record) + "\n")
    else:
        write_delimited(records, stream, "," if fmt is Format.CSV else "\t", raw=raw)


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
    """(headers, region rows, total rows, errors, rows in all) for the batch table.

    An unreadable row shows its line with empty figures; its error is one of ``errors``,
    printed under the table.

    With a ``limit`` only the rows furthest from the targets are kept (in a heap, so memory
    stays flat however long the file), in input order; totals and subtotals always show.
    """
    import heapq

    columns = [column for column in BATCH_TABLE_COLUMNS if column in keys]
    if "region" not in keys and "code" in keys:
        columns.insert(0, "code")
    columns.insert(0, "row")
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
    shown = [record for _, _, record in sorted(kept, key=lambda item: -item[1])]

    def cells(record: Record) -> list[Cell]:
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
                    record.get("uhc")
                    if column == "coverage_pct"
                    else (record.get("active_needed") == 0)
                )
                text = f"{drawn} {text}"
            row.append((text, verdict))
        return row

    headers = [translate(f"column.{column}", lang) for column in columns]
    errors = [
        translate(
            "batch.row_error", lang, row=str(record["row"]), error=sentence(record["error"], lang)
        )
        for record in shown
        if record.get("error") is not None
    ]
    return headers, [cells(r) for r in shown], [cells(r) for r in totals], errors, count


def emit_batch(
    result: Any,
    fmt: Format,
    *,
    lang: str,
    criteria: Any,
    output: Path | None = None,
    raw: bool = False,
    all_rows: bool = False,
) -> None:
    """Show a batch run (:class:`jkngap.batch.BatchRun`): to standard output in ``fmt``, or
    to ``output`` by its extension. ``plain`` is how many regions fall short."""
    from jkngap.batch import falls_short

    def draw(target: Any, limit: int | None) -> None:
        from jkngap.table import draw_grid

        targets = {"coverage_pct": criteria.coverage_pct, "activity_pct": criteria.activity_pct}
        headers, rows, footer, notes, count = batch_table(
            result.records, result.keys, lang=lang, limit=limit, targets=targets
        )
        if len(rows) < count:
            notes.append(translate("batch.more_rows", lang, shown=len(rows), count=count))
        title = translate("title.batch", lang, criteria=criteria.name)
        draw_grid(title, headers, rows, footer, notes, target)

    if output is not None:
        file_format = format_for_path(output)
        if file_format == XLSX:
            write_xlsx(result.records, output, raw=raw)
        elif file_format == PICTURE:
            from jkngap.table import save_picture

            title = translate("title.batch", lang, criteria=criteria.name)
            save_picture(output, title, lambda console: draw(console, None))
        else:
            assert isinstance(file_format, Format)
            with output.open("w", encoding="utf-8", newline="") as destination:
                write_records(result.records, file_format, destination, raw=raw)
    elif fmt is Format.TABLE:
        from jkngap.table import terminal_height

        # A screenful of the rows furthest from the targets, unless every row is asked for.
        draw(sys.stdout, None if all_rows else max(10, terminal_height(sys.stdout) - 12))
    elif fmt is Format.PLAIN:
        short = sum(1 for r in result.records if r.get("total") is None and falls_short(r))
        sys.stdout.write(f"{short}\n")
    else:
        write_records(result.records, fmt, sys.stdout, raw=raw)
