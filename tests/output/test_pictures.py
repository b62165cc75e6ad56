"""Bars and saved reports: the gap as a picture, honest without colour, readable offline."""

from __future__ import annotations

import html
import re
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run
from jkngap.output.display import BAR_EMPTY, BAR_TARGET, bar

percents = st.integers(min_value=0, max_value=12000).map(lambda n: Fraction(n, 100))
targets = st.integers(min_value=1, max_value=10000).map(lambda n: Fraction(n, 100))


@given(percents, targets, st.integers(min_value=1, max_value=40))
def test_a_bar_is_full_exactly_when_the_target_is_reached(
    value: Fraction, target: Fraction, width: int
) -> None:
    drawn = bar(value, target, width)
    assert len(drawn) == width + 1
    assert drawn.endswith(BAR_TARGET)
    full = drawn[:-1] == "█" * width
    assert full == (value >= target)


def test_bars_show_how_far_there_is_to_go() -> None:
    assert bar(Fraction(49), Fraction(98), 10) == "█████" + BAR_EMPTY * 5 + BAR_TARGET
    assert bar(Fraction(97996, 1000), Fraction(98), 10) == "█████████▉" + BAR_TARGET


def _visible(markup: str) -> str:
    """The text a reader sees: tags dropped, entities and no-break spaces made plain."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup)).replace("\xa0", " ")


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("suffix", [".html", ".svg"])
def test_reports_stand_alone_with_their_bars(tmp_path: Path, lang: str, suffix: str) -> None:
    single = tmp_path / f"status{suffix}"
    result = run(
        "status", "-p", "590393", "-r", "560000", "-a", "450000", "-o", str(single), "--lang", lang
    )
    assert result.exit_code == 0
    text = single.read_text(encoding="utf-8")
    assert "█" in text
    assert BAR_TARGET in text
    assert ("Cakupan kepesertaan" if lang == "id" else "Coverage") in _visible(text)
    # Nothing to fetch: no stylesheet, font or script from the web.
    assert not re.search(r'(?:url\(|src=|href=)["\']?https?://', text)

    many = tmp_path / f"batch{suffix}"
    examples = Path(__file__).resolve().parents[2] / "examples" / "provinsi-contoh.csv"
    assert run("batch", str(examples), "-o", str(many), "--lang", lang).exit_code == 3
    assert "Kab. Banjar" in _visible(many.read_text(encoding="utf-8"))
