"""Results as a person reads them: labels, numbers in the language's style, bars, titles.

Everything here returns text; laying it out (Rich) is :mod:`jkngap.output.terminal`'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from jkngap.core.errors import JkngapError
from jkngap.core.model import Note, Record
from jkngap.core.results import Many, Single
from jkngap.core.spans import Cut4
from jkngap.output.cells import cell_text, is_notes, sentence
from jkngap.output.fields import Kind, field_of, is_detail, unknown_reason
from jkngap.output.formats import Shown, View
from jkngap.output.words import (
    catalogue,
    format_count,
    format_percent,
    format_target,
    format_value,
    locale_of,
    long_date,
    source_text,
    translate,
)

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
            number = format_decimal(shown, format="#,##0.0", locale=locale_of(lang))
            word = translate(f"unit.{unit}", lang)
            return translate("money.short", lang, amount=number, unit=word)
    return rupiah(amount, lang)


# A verdict as ``--group-by`` names its subtotal's group (the machine's words).
_GROUPED = {"true": "yes", "false": "no"}


def word(prefix: str, value: Any, lang: str) -> str:
    """One of a fixed set of words in ``lang`` (``base.participants``: peserta); a value
    the catalogue does not know (a register's source) as it is."""
    key = f"{prefix}.{value}"
    if key in catalogue("en"):
        return translate(key, lang)
    return source_text(str(value), lang) if prefix == "source" else str(value)


def display(key: str, value: Any, lang: str) -> str:
    """A record value as a person reads it, in ``lang``'s style, by what its key holds."""
    field = field_of(key)
    kind = field.kind
    if kind is Kind.RANGE:
        low, high = value
        end = field.of or Kind.COUNT
        return translate("range", lang, low=_shown(end, low, lang), high=_shown(end, high, lang))
    if value is None and kind is Kind.VERDICT:
        return translate(field.doubt or "unknown", lang)
    if kind is Kind.VERDICT and value in _GROUPED:  # a subtotal's group, as batch names it
        return translate(_GROUPED[value], lang)
    if isinstance(value, Note | JkngapError) or is_notes(value):
        return sentence(value, lang)
    if kind is Kind.WORD and isinstance(value, str):
        return word(field.words or key, value, lang)
    if kind is Kind.WORDS and isinstance(value, list | tuple):
        return " + ".join(word(field.words or key, item, lang) for item in value)
    if kind is Kind.DATE and isinstance(value, str):
        from babel.dates import format_date

        day = date.fromisoformat(value)
        return str(format_date(day, format="medium", locale=locale_of(lang)))
    return _shown(kind, value, lang)


def _shown(kind: Kind, value: Any, lang: str) -> str:
    """A number by its kind: rupiah, a target with its own decimals, a cut percentage."""
    if kind is Kind.MONEY and isinstance(value, int):
        return rupiah(value, lang)
    if kind is Kind.TARGET and isinstance(value, Fraction):
        return format_target(value, lang)
    if isinstance(value, Cut4):
        return format_percent(value.as_fraction(), lang)
    return format_value(value, lang)


def label_key(key: str, kind: str | None = None) -> str:
    """The catalogue key of a key's label: the one a kind of result says it with where it
    has its own (``label.allocate_agents.per_agent_per_working_day``: the need, where
    plan's is registrations), else the key's own."""
    if kind is not None and f"label.{kind}.{key}" in catalogue("en"):
        return f"label.{kind}.{key}"
    return field_of(key).label


def header_text(key: str, lang: str, kind: str | None = None) -> str:
    """A column's header in ``lang``: its label (its ``kind`` of result's, where it has its
    own), ``(low)``/``(high)`` for a range's ends, the key itself for an input's own
    column."""
    english = catalogue("en")
    ends: list[tuple[str, str | None]] = [(key, None)]
    if key.endswith("_low"):
        ends.append((key[:-4], "low"))
    elif key.endswith("_high"):
        ends.append((key[:-5], "high"))
    for stem, end in ends:
        label = label_key(stem, kind)
        if label in english:
            text = translate(label, lang)
            return text if end is None else f"{text} ({translate(f'bound.{end}', lang)})"
    return key


def spreadsheet_word(key: str, value: Any, lang: str) -> str:
    """What a person's spreadsheet (a workbook, Excel CSV) shows for a value that is not a
    number: verdicts, words and notes in the language, dates and text as they are."""
    field = field_of(key)
    if isinstance(value, bool):
        return translate("yes" if value else "no", lang)
    if field.kind is Kind.VERDICT and value in _GROUPED:
        return translate(_GROUPED[value], lang)
    if isinstance(value, Note | JkngapError) or is_notes(value):
        return sentence(value, lang)
    if field.kind is Kind.WORD and isinstance(value, str):
        return word(field.words or key, value, lang)
    if field.kind is Kind.WORDS and isinstance(value, list | tuple):
        return " + ".join(word(field.words or key, item, lang) for item in value)
    if isinstance(value, list | tuple):
        return ", ".join(cell_text(part) for part in value)
    return cell_text(value)


def title(result: Single, lang: str) -> str:
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


class Heading:
    """What a report of many regions learns of its rows as they go by: the file's own
    title lines (above its header) and the code every region's code starts with, which
    the register names ("61": Kalimantan Barat)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.prefix: list[str] | None = None

    def watch(self, records: Iterable[Record]) -> Iterator[Record]:
        """``records``, each seen on its way."""
        for record in records:
            self.see(record)
            yield record

    def see(self, record: Record) -> None:
        if record.get("total") is not None:
            return
        note = record.get("note")
        if note:
            notes = (note,) if isinstance(note, Note) else note
            self.lines.extend(
                str(n.params["text"]) for n in notes if n.key == "note.title_row" and n.params
            )
            return
        code = record.get("code")
        if code is None or record.get("error") is not None:
            return
        parts = str(code).strip().split(".")
        if self.prefix is None:
            self.prefix = parts
            return
        common = 0
        for mine, theirs in zip(self.prefix, parts, strict=False):
            if mine != theirs:
                break
            common += 1
        self.prefix = self.prefix[:common]

    def region(self, names: Callable[[str], str | None] | None) -> str | None:
        """The region every row is in, as the register names it (None: not known)."""
        if names is None or not self.prefix:
            return None
        return names(".".join(self.prefix))


def report_title(result: Shown, view: View, heading: Heading | None = None) -> str:
    """A report's title: the one asked for (``--title``); else the file's own title line;
    else the region's name with what the report answers; else what it answers."""
    if view.title:
        return view.title
    if isinstance(result, Many):
        answer = translate(f"title.{result.kind}", view.lang, criteria=result.criteria.name)
        if heading is None:
            return answer
        if heading.lines:
            return heading.lines[0]
        region = heading.region(view.names)
        return (
            translate("title.of_region", view.lang, region=region, title=answer)
            if region
            else answer
        )
    answer = title(result, view.lang)
    region = result.record().get("region_name")
    return (
        translate("title.of_region", view.lang, region=region, title=answer) if region else answer
    )


def report_facts(
    result: Shown, view: View, heading: Heading | None = None
) -> list[tuple[str, str]]:
    """What a report says of itself, as (label, text): the file's further title lines, the
    criteria, the activity base, the files read, the source of the figures and the date."""
    lang = view.lang
    facts = [
        (translate("label.subtitle", lang), line) for line in (heading.lines[1:] if heading else [])
    ]
    name: Any
    coverage: Any
    activity: Any
    base: Any
    if isinstance(result, Many):
        name, coverage = result.criteria.name, result.criteria.coverage_pct
        activity, base = result.criteria.activity_pct, result.base.value
    else:
        record = result.record()
        name = record.get("criteria")
        coverage, activity = record.get("coverage_target_pct"), record.get("activity_target_pct")
        base = record.get("base")
    if name is not None and isinstance(coverage, Fraction) and isinstance(activity, Fraction):
        criteria = translate(
            "report.criteria",
            lang,
            name=name,
            coverage=format_target(coverage, lang),
            activity=format_target(activity, lang),
        )
        facts.append((translate("label.criteria", lang), criteria))
    if base is not None:
        facts.append((translate("label.base", lang), word("base", base, lang)))
    if view.inputs:
        facts.append((translate("label.source", lang), ", ".join(p.name for p in view.inputs)))
    if view.source:
        facts.append((translate("label.data_source", lang), view.source))
    facts.append((translate("label.report_date", lang), long_date(date.today(), lang)))
    return facts


def region_label(record: Record, lang: str) -> str | None:
    """The name a total row is shown by (None: a region's row, shown by its own name): the
    total of every region, or a group's subtotal named by its value in the language
    ("UHC: tidak"), never by the machine's true or false."""
    kind = record.get("total")
    if kind == "all":
        return translate("total.all", lang)
    if kind != "group":
        return None
    name = record.get("region")
    for key, value in record.items():
        if key != "region" and value == name and isinstance(value, str):
            field = field_of(key)
            if field.kind is Kind.VERDICT and value in _GROUPED:
                said = translate(_GROUPED[value], lang)
            elif field.kind is Kind.WORD:
                said = word(field.words or key, value, lang)
            else:
                said = value or translate("group.empty", lang)
            return translate("total.group_of", lang, heading=header_text(key, lang), value=said)
    return str(name or "")


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


# A per-agent pace of less than one a working day is said as one every so many days.
EVERY = {
    "per_agent_per_working_day": "per_agent_every_working_days",
    "active_per_agent_per_working_day": "active_per_agent_every_working_days",
}


def table_rows(record: Record, lang: str, kind: str | None = None) -> list[Row]:
    """(label, value, verdict) rows for a one-region table (labels as ``kind`` of result
    says them); a verdict row colours by it. A verdict that cannot be told says why
    ("unknown: no activity given")."""
    rows: list[Row] = []
    for key, value in record.items():
        field = field_of(key)
        if not field.shown or is_detail(value) or value == []:
            continue
        label = translate(label_key(key, kind), lang)
        if value is None:
            if field.kind is Kind.VERDICT and field.needs:
                rows.append((label, _unknown(key, record, lang), None))
            continue
        if field.kind is Kind.RANGE and value[0] == value[1]:
            continue  # the exact figure already has its own row
        text = display(key, value, lang)
        every = record.get(EVERY.get(key, ""))
        if every is not None:  # less than one a day: "1 every 4 working days", not "1"
            text = translate("pace.every_working_days", lang, days=every)
        verdict = value if isinstance(value, bool) else None
        if key in BAR_KEYS:
            drawn, verdict = _bar_for(key, record)
            text = f"{drawn} {text}" if drawn else text
        rows.append((label, text, verdict))
        if key == "budget":
            rows.append((translate("label.budget_short", lang), rupiah_short(value, lang), None))
    return rows


def _unknown(key: str, record: Record, lang: str) -> str:
    return translate(unknown_reason(key, record), lang)


def _column_header(column: str, lang: str) -> str:
    """A detail table's header: a column's short name where it has one, else its label."""
    key = f"column.{column}"
    return translate(key if key in catalogue("en") else field_of(column).label, lang)


def detail_tables(record: Record, lang: str) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, headers, rows) for each detail list in ``record`` (milestones, findings)."""
    tables = []
    for key, value in record.items():
        if not is_detail(value):
            continue
        columns = [column for column in value[0] if field_of(column).shown]
        headers = [_column_header(column, lang) for column in columns]
        rows = [
            [
                ""
                if item[column] is None and field_of(column).kind is not Kind.VERDICT
                else display(column, item[column], lang)
                for column in columns
            ]
            for item in value
        ]
        tables.append((translate(f"title.{key}", lang), headers, rows))
    return tables


def shows_a_percentage(record: Record) -> bool:
    """Whether a one-region table of ``record`` shows a percentage worked out (cut when
    shown), in its rows or its detail tables."""
    for key, value in record.items():
        if is_detail(value):
            if any(shows_a_percentage(item) for item in value):
                return True
        elif value is not None and field_of(key).kind is Kind.PERCENT:
            return True
    return False


def single_notes(result: Single, lang: str) -> list[str]:
    """What a one-region table says below itself: its notes, and once that percentages
    are cut, not rounded, where it shows one."""
    notes = note_texts(result.notes, lang, warnings=False)
    if shows_a_percentage(result.record()):
        notes.append(translate("note.percent_cut", lang))
    return notes


def draw_table(result: Single, lang: str, target: Any) -> None:
    """One result as a person's table, on a stream or a (recording) Rich console."""
    from jkngap.output.terminal import draw_record

    record = result.record()
    draw_record(
        title(result, lang),
        table_rows(record, lang),
        single_notes(result, lang),
        target,
        details=detail_tables(record, lang),
    )
