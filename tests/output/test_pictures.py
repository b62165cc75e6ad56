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


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_report_is_a_document_that_stands_alone(tmp_path: Path, lang: str) -> None:
    report = tmp_path / "kalbar.html"
    args = ["batch", str(EXAMPLES / "kalbar-ilustrasi.csv"), "-o", str(report), "--lang", lang]
    assert run(*args).exit_code == 0
    text = report.read_text(encoding="utf-8")
    seen = _visible(text)
    assert text.startswith("<!DOCTYPE html>")
    assert "<title>" in text
    assert "kalbar-ilustrasi.csv" in seen  # the title names the file, the facts the source
    from datetime import date

    from jkngap.output.words import long_date

    assert long_date(date.today(), lang) in seen  # "1 Desember 2026", as officials write it
    assert ("cakupan 98" if lang == "id" else "coverage 98") in seen
    # A real table: a row per region and the total, numbers in the language's style.
    body = text[text.index("<tbody>") : text.index("</tbody>")]
    assert body.count("<tr") == 15
    assert ("5.646.268" if lang == "id" else "5,646,268") in body
    # The chart is drawn in the page, with both targets in its legend.
    assert "<svg" in text
    assert ("Target cakupan 98 %" if lang == "id" else "Coverage target 98 %") in seen
    # Print styles for A4 landscape, a phone's viewport, nothing fetched from the web.
    assert "size: A4 landscape" in text
    assert 'name="viewport"' in text
    assert not re.search(r'(?:url\(|src=|href=)["\']?https?://', text)
    assert "<script" not in text


def test_a_large_file_shows_the_regions_furthest_from_the_targets(tmp_path: Path) -> None:
    source = tmp_path / "desa.csv"
    lines = ["desa,penduduk,peserta,aktif"]
    lines += [f"Desa {n},1000,{990 - n % 300},{800 - n % 500}" for n in range(400)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "desa.html"
    assert run("batch", str(source), "-o", str(report), "--no-register").exit_code == 0
    text = report.read_text(encoding="utf-8")
    body = text[text.index("<tbody>") : text.index("</tbody>")]
    assert body.count("<tr") == 51  # the 50 furthest, then the total
    assert "of 400, are shown" in _visible(text)

    # The worst first: the larger of each region's two shortfalls, as shares of the target.
    def far(n: int) -> Fraction:
        registered, active = 990 - n % 300, 800 - n % 500
        return max(
            1 - Fraction(registered, 1000) / Fraction(98, 100),
            1 - Fraction(active, registered) / Fraction(80, 100),
        )

    worst = max(range(400), key=lambda n: (far(n), -n))
    first = _visible(body.split("</tr>")[0])
    assert f"Desa {worst}," in first.replace(
        f"Desa {worst}1", f"Desa {worst},"
    ) or first.startswith(f"{worst + 2}Desa {worst}")


def test_a_single_result_report(tmp_path: Path) -> None:
    report = tmp_path / "banjar.html"
    args = ["status", "--region", "63.03", "-r", "560000", "-a", "450000", "-o", str(report)]
    assert run(*args).exit_code == 0
    seen = _visible(report.read_text(encoding="utf-8"))
    assert "Kabupaten Banjar" in seen
    assert "590,393" in seen
    assert "Dukcapil, December 2024" in seen


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_the_chart_alone(tmp_path: Path, suffix: str) -> None:
    chart = tmp_path / f"chart{suffix}"
    args = ["batch", str(EXAMPLES / "kalbar-ilustrasi.csv"), "-o", str(chart)]
    assert run(*args).exit_code == 0
    data = chart.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
    else:
        text = data.decode("utf-8")
        assert "<svg" in text
        assert "Kabupaten Sekadau" in text
        assert not re.search(r"(?:href=|src=|url\()[\"']?https?://", text)


def test_a_pdf_report_is_a4_landscape(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint", exc_type=ImportError)
    target = tmp_path / "kalbar.pdf"
    args = ["batch", str(EXAMPLES / "kalbar-ilustrasi.csv"), "-o", str(target)]
    assert run(*args).exit_code == 0
    assert target.read_bytes().startswith(b"%PDF")
    # The same document laid out again: its pages are A4 landscape (in CSS pixels).
    from weasyprint import HTML

    html_file = tmp_path / "kalbar.html"
    assert run(*args[:-1], str(html_file)).exit_code == 0
    pages = HTML(filename=str(html_file)).render().pages
    assert (round(pages[0].width), round(pages[0].height)) == (1123, 794)


def test_without_the_pdf_extra_jkngap_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as if not installed
    target = tmp_path / "kalbar.pdf"
    result = run("batch", str(EXAMPLES / "kalbar-ilustrasi.csv"), "-o", str(target))
    assert result.exit_code == 2
    assert "pip install 'jkngap[pdf]'" in result.stderr
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no partial file left behind


@pytest.mark.parametrize("command", ["active", "segments"])
def test_an_answer_about_activity_charts_its_own_target(tmp_path: Path, command: str) -> None:
    """The target of an answer about activity alone is the activity's (segments drew the
    preset's 80 % beside a --target of 85)."""
    chart = tmp_path / "chart.svg"
    args = [command, "-r", "1000", "-a", "700", "--segment", "pbpu=300/100", "--target", "85"]
    assert run(*args, "-o", str(chart)).exit_code == 0
    text = chart.read_text(encoding="utf-8")
    assert "Activity target 85 %" in text
    assert "Activity target 80 %" not in text
