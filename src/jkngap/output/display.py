"""Results as a person reads them: labels, numbers in the language's style, bars, titles.

Everything here returns text; laying it out (Rich) is :mod:`jkngap.output.terminal`'s job.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from jkngap.core.errors import JkngapError
from jkngap.core.model import Note, Record
from jkngap.core.spans import Cut4
from jkngap.output.cells import is_notes, sentence
from jkngap.output.formats import Result
from jkngap.output.machine import is_detail
from jkngap.output.words import (
    format_count,
    format_percent,
    format_target,
    format_value,
    translate,
)

MONEY_KEYS = frozenset(
    {
        "premium",
        "budget",
        "unspent",
        "apbd_budget",
        "member_premium",
        "member_pays_up_to",
        "new_members_budget",
    }
)
DATE_KEYS = frozenset({"from", "by", "date"})
# Keys a person's table leaves out: the machine's bookkeeping, said better by the notes.
HIDDEN_IN_TABLES = frozenset({"exact", "coverage_exact", "activity_exact", "criteria"})
# Scale words for short amounts, largest first.
SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def note_texts(notes: Iterable[Note], lang: str, *, warnings: bool) -> list[str]:
    return [sentence(note, lang) for note in notes if note.warning is warnings]


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
        return format_target(value, lang)
    if key in MONEY_KEYS and isinstance(value, int):
        return rupiah(value, lang)
    if isinstance(value, Cut4):
        return format_percent(value.as_fraction(), lang)
    if isinstance(value, Note | JkngapError) or is_notes(value):
        return sentence(value, lang)
    if key in DATE_KEYS and isinstance(value, str):
        from babel.dates import format_date

        return str(format_date(date.fromisoformat(value), format="medium", locale=lang))
    if key == "base":
        return translate(f"base.{value}", lang)
    if key in ("level", "segment") and isinstance(value, str):
        return translate(f"{key}.{value}", lang)
    if key in ("award", "category") and isinstance(value, str):
        return translate(f"award.{value}", lang)
    if key == "met" and value is None:
        return translate("unknown", lang)
    if key == "agree" and value is None:
        return translate("check.doubtful", lang)
    if key == "paid_by" and isinstance(value, str):
        return translate(f"payer.{value}", lang)
    if key == "population_source" and value == "given":
        return translate("source.given", lang)
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
        if value is None or key in HIDDEN_IN_TABLES or is_detail(value) or value == []:
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


def _column_header(column: str, lang: str) -> str:
    """A detail table's header: a column's short name where it has one, else its label."""
    from jkngap.output.words import catalogue

    key = f"column.{column}" if f"column.{column}" in catalogue("en") else f"label.{column}"
    return translate(key, lang)


def detail_tables(record: Record, lang: str) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, headers, rows) for each detail list in ``record`` (milestones, findings)."""
    tables = []
    for key, value in record.items():
        if not is_detail(value):
            continue
        columns = [column for column in value[0] if column not in ("quantity", "implied")]
        headers = [_column_header(column, lang) for column in columns]
        rows = [
            [
                ""
                if item[column] is None and column not in ("agree", "met")
                else display(column, item[column], lang)
                for column in columns
            ]
            for item in value
        ]
        tables.append((translate(f"title.{key}", lang), headers, rows))
    return tables


def draw_table(result: Result, lang: str, target: Any) -> None:
    """One result as a person's table, on a stream or a (recording) Rich console."""
    from jkngap.output.terminal import draw_record

    record = result.record()
    draw_record(
        title(result, lang),
        table_rows(record, lang),
        note_texts(result.notes, lang, warnings=False),
        target,
        details=detail_tables(record, lang),
    )
