"""Golden tables: rendered at a fixed width with no colour, compared to the letter."""

from __future__ import annotations

import io

from jkngap import registrants_needed, status
from jkngap.output.display import note_texts, table_rows, title
from jkngap.output.terminal import draw_record


def _draw(result: object, lang: str = "en") -> str:
    stream = io.StringIO()
    draw_record(
        title(result, lang),  # type: ignore[arg-type]
        table_rows(result.record(), lang),  # type: ignore[attr-defined]
        note_texts(result.notes, lang, warnings=False),  # type: ignore[attr-defined]
        stream,
        width=100,
    )
    # Rich pads a title to the table's width; trailing blanks are not part of the contract.
    return "".join(line.rstrip() + "\n" for line in stream.getvalue().splitlines())


BANJAR = """\
Registrants needed for 98 % coverage
┌─────────────────────┬─────────────────────┐
│ Population          │             590,393 │
│ Registered          │             581,578 │
│ Target              │                98 % │
│ Coverage            │ ██████████┃ 98.50 % │
│ Registered required │             578,586 │
│ Registrants needed  │                   0 │
│ Surplus             │               2,992 │
│ Target met          │                 yes │
└─────────────────────┴─────────────────────┘
"""


def test_banjar_table() -> None:
    assert _draw(registrants_needed(population=590393, registered=581578)) == BANJAR


BANJAR_ID = """\
Kebutuhan peserta baru untuk cakupan 98 %
┌───────────────────────────────────┬─────────────────────┐
│ Penduduk                          │             590.393 │
│ Peserta terdaftar                 │             581.578 │
│ Target                            │                98 % │
│ Cakupan kepesertaan               │ ██████████┃ 98,50 % │
│ Peserta terdaftar yang diperlukan │             578.586 │
│ Kebutuhan peserta baru            │                   0 │
│ Kelebihan                         │               2.992 │
│ Target tercapai                   │                  ya │
└───────────────────────────────────┴─────────────────────┘
"""


def test_banjar_table_in_indonesian() -> None:
    assert _draw(registrants_needed(population=590393, registered=581578), "id") == BANJAR_ID


def test_a_shown_percentage_never_claims_an_unmet_target() -> None:
    text = _draw(registrants_needed(population=100000, registered=97996))
    assert "97.99 %" in text
    assert "98.00 %" not in text


def test_a_range_and_its_note_are_shown() -> None:
    text = _draw(registrants_needed(registered=817221, coverage="97,63", target=100))
    assert "19,796 to 19,881" in text
    assert "published percentage" in text


def test_status_table_shows_the_verdicts() -> None:
    text = _draw(status(coverage="99,2", active_rate="79,96"))
    assert "UHC Prioritas" in text
    assert "│ UHC " in text
    assert "no" in text
