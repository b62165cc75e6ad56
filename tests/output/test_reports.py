"""Reports that do what was asked and fit the page (issue 19): the order asked for on every
output, titles from the file or the region, verdicts in words, charts that stand alone, a
PDF of two A4 pages, a workbook laid out for an official."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import header_row, run, sheet_table

ROOT = Path(__file__).resolve().parents[2]
KALBAR = ROOT / "examples" / "kalbar-ilustrasi.csv"
PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext is not installed (apt-get install poppler-utils)"
)


def _names_in_order(text: str, names: list[str]) -> list[str]:
    """The region names found in ``text``, in the order they first appear."""
    found = sorted((text.index(name), name) for name in names if name in text)
    return [name for _, name in found]


def _kalbar() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(run("batch", str(KALBAR), "-f", "json").stdout)
    return [row for row in rows if row["total"] is None]


def _order(sort: list[str]) -> list[str]:
    """The regions in the order ``batch --sort ...`` writes them (JSON, the contract)."""
    rows = json.loads(run("batch", str(KALBAR), *sort, "-f", "json").stdout)
    return [row["region"] for row in rows if row["total"] is None]


def _body(markup: str) -> str:
    return markup[markup.index("<tbody>") : markup.index("</tbody>")]


def _svg_texts(svg: str) -> list[str]:
    """The texts an SVG chart draws, in the order drawn (its words are text)."""
    texts = re.findall(r"<text\b[^>]*>(.*?)</text>", svg, flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", " ", text)).strip() for text in texts]


def _svg_labels(svg: str, names: list[str]) -> list[str]:
    """The region names an SVG chart draws, top to bottom."""
    return [text for text in _svg_texts(svg) if text in names]


SORTS = [["--sort", "region"], ["--sort", "registrants_needed", "--reverse"]]


@pytest.mark.parametrize("sort", SORTS)
def test_the_order_asked_for_is_the_order_of_the_html_report_and_its_chart(
    tmp_path: Path, sort: list[str]
) -> None:
    names = [row["region"] for row in _kalbar()]
    wanted = _order(sort)
    report = tmp_path / "k.html"
    assert run("batch", str(KALBAR), *sort, "-o", str(report)).exit_code == 0
    markup = report.read_text(encoding="utf-8")
    assert _names_in_order(_body(markup), names) == wanted
    charts = re.findall(r"<svg.*?</svg>", markup, flags=re.S)
    assert len(charts) == 2  # wide and narrow
    for chart in charts:
        assert _svg_labels(chart, names) == wanted


@pytest.mark.parametrize("sort", SORTS)
def test_the_order_asked_for_is_the_order_of_the_chart_alone(
    tmp_path: Path, sort: list[str]
) -> None:
    names = [row["region"] for row in _kalbar()]
    chart = tmp_path / "k.svg"
    assert run("batch", str(KALBAR), *sort, "-o", str(chart)).exit_code == 0
    assert _svg_labels(chart.read_text(encoding="utf-8"), names) == _order(sort)


def test_a_png_chart_follows_the_order_asked_for(tmp_path: Path) -> None:
    """Its pixels differ with the order (they were the same bytes whatever --sort said)."""
    from PIL import Image

    pictures = []
    for sort in SORTS:
        path = tmp_path / f"{sort[1]}.png"
        assert run("batch", str(KALBAR), *sort, "-o", str(path)).exit_code == 0
        pictures.append(Image.open(path).convert("RGB"))
    assert pictures[0].size == pictures[1].size
    assert pictures[0].tobytes() != pictures[1].tobytes()


@needs_poppler
@pytest.mark.parametrize("sort", SORTS)
def test_the_order_asked_for_is_the_order_of_the_pdf(tmp_path: Path, sort: list[str]) -> None:
    names = [row["region"] for row in _kalbar()]
    report = tmp_path / "k.pdf"
    assert run("batch", str(KALBAR), *sort, "-o", str(report)).exit_code == 0
    assert PDFTOTEXT is not None
    table = subprocess.run(
        [PDFTOTEXT, "-f", "2", "-l", "2", "-layout", str(report), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line for line in table.splitlines() if any(name in line for name in names)]
    assert [next(n for n in names if n in line) for line in lines] == _order(sort)


@pytest.mark.parametrize("sort", SORTS)
def test_the_order_asked_for_is_the_order_of_the_workbook(tmp_path: Path, sort: list[str]) -> None:
    from openpyxl import load_workbook

    book = tmp_path / "k.xlsx"
    assert run("batch", str(KALBAR), *sort, "-o", str(book)).exit_code == 0
    rows = sheet_table(load_workbook(book).worksheets[0])
    assert [row["Region"] for row in rows[:-1]] == _order(sort)


def test_a_screenful_keeps_the_order_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a terminal, a long file shows a screenful: worst first by default, but the
    first rows in the order asked for when one is (they were worst first all the same)."""
    import jkngap.output.render

    path = tmp_path / "desa.csv"
    lines = ["desa,penduduk,peserta"] + [f"Desa {n:03},1000,{900 + n % 100}" for n in range(300)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(jkngap.output.render, "_at_terminal", lambda stream: True)
    shown = run("batch", str(path), "-f", "table", "--no-register", "--sort", "region").stdout
    names = re.findall(r"Desa \d{3}", shown)
    assert names[:5] == ["Desa 000", "Desa 001", "Desa 002", "Desa 003", "Desa 004"]
    assert "first" in shown
    assert "order asked for" in shown
    reverse = ["--sort", "registered", "--reverse"]
    shown = run("batch", str(path), "-f", "table", "--no-register", *reverse).stdout
    assert re.findall(r"Desa \d{3}", shown)[:3] == ["Desa 099", "Desa 199", "Desa 299"]
    worst = run("batch", str(path), "-f", "table", "--no-register").stdout
    assert re.findall(r"Desa \d{3}", worst)[:3] == ["Desa 000", "Desa 100", "Desa 200"]
    assert "furthest" in worst


def test_a_long_report_in_an_order_shows_its_first_rows(tmp_path: Path) -> None:
    source = tmp_path / "desa.csv"
    lines = ["desa,penduduk,peserta,aktif"]
    lines += [f"Desa {n:03},1000,{990 - n % 300},{800 - n % 500}" for n in range(400)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "desa.html"
    args = ["batch", str(source), "--no-register", "--sort", "region", "--reverse"]
    assert run(*args, "-o", str(report)).exit_code == 0
    body = _body(report.read_text(encoding="utf-8"))
    names = re.findall(r"Desa \d{3}", body)
    assert names == [f"Desa {n:03}" for n in range(399, 349, -1)]


def test_a_report_is_titled_by_the_files_own_title_or_its_region(tmp_path: Path) -> None:
    source = tmp_path / "kalbar-juli2025.csv"
    text = KALBAR.read_text(encoding="utf-8-sig")
    source.write_text(
        "REKAPITULASI KEPESERTAAN JKN KALIMANTAN BARAT\nPer 31 Juli 2025\n\n" + text,
        encoding="utf-8",
    )
    titled = tmp_path / "titled.html"
    assert run("batch", str(source), "-o", str(titled), "--lang", "id").exit_code == 0
    markup = titled.read_text(encoding="utf-8")
    assert "<h1>REKAPITULASI KEPESERTAAN JKN KALIMANTAN BARAT</h1>" in markup
    assert "Per 31 Juli 2025" in markup  # the file's further title line, among the facts
    plain = tmp_path / "plain.html"
    assert run("batch", str(KALBAR), "-o", str(plain), "--lang", "id").exit_code == 0
    heading = re.search(r"<h1>(.*?)</h1>", plain.read_text(encoding="utf-8"))
    assert heading is not None
    assert heading[1] == "Kalimantan Barat: Kekurangan JKN per wilayah (kriteria 2025)"
    assert "kalbar-ilustrasi.csv" not in heading[1]
    book = tmp_path / "titled.xlsx"
    assert run("batch", str(source), "-o", str(book)).exit_code == 0
    from openpyxl import load_workbook

    first = load_workbook(book).worksheets[0]
    assert first["A1"].value == "REKAPITULASI KEPESERTAAN JKN KALIMANTAN BARAT"
    one = tmp_path / "one.html"
    assert run("needed", "--region", "61.01", "-r", "547715", "-o", str(one)).exit_code == 0
    assert "<h1>Kabupaten Sambas: " in one.read_text(encoding="utf-8")


@pytest.mark.parametrize(("lang", "no", "yes"), [("en", "no", "yes"), ("id", "tidak", "ya")])
def test_group_subtotals_are_named_in_words(tmp_path: Path, lang: str, no: str, yes: str) -> None:
    args = ["batch", str(KALBAR), "--group-by", "uhc", "--lang", lang]
    table = run(*args, "-f", "table", "--all-rows").stdout
    assert f"UHC: {no}" in table
    assert f"UHC: {yes}" in table
    assert not re.search(r"\b(true|false)\b", table)
    report = tmp_path / "g.html"
    assert run(*args, "-o", str(report)).exit_code == 0
    assert not re.search(r">(true|false)<", report.read_text(encoding="utf-8"))
    book = tmp_path / "g.xlsx"
    assert run(*args, "-o", str(book)).exit_code == 0
    from openpyxl import load_workbook

    cells = {c for row in sheet_table(load_workbook(book).worksheets[0]) for c in row.values()}
    assert f"UHC: {no}" in cells
    assert not cells & {"true", "false"}
    excel = run(*args, "-f", "csv", "--excel").stdout
    assert f"UHC: {no}" in excel
    assert not re.search(r"[;,](true|false)[;,\r]", excel)


def test_tables_carry_no_trailing_spaces_and_say_once_that_percentages_are_cut() -> None:
    for args in (
        ["batch", str(KALBAR), "--group-by", "uhc", "--all-rows"],
        ["needed", "-p", "590393", "-r", "581578"],
        ["status", "--coverage", "99,2", "--active-rate", "79,96", "--lang", "id"],
    ):
        shown = run(*args, "-f", "table", env={"COLUMNS": "80"}).stdout
        assert shown
        assert not [line for line in shown.splitlines() if line.endswith(" ")], args
        said = shown.count("cut, not rounded") + shown.count("dipotong, bukan dibulatkan")
        assert said == 1, args
    plain = run("cost", "--people", "615079", "-f", "table").stdout
    assert "rounded" not in plain  # no percentage, nothing to say


def test_a_note_is_never_broken_inside_a_percentage_or_at_a_hyphen() -> None:
    for columns in range(40, 101, 3):
        shown = run(
            "batch", str(KALBAR), "-f", "table", "--lang", "id", env={"COLUMNS": str(columns)}
        ).stdout
        for line in shown.splitlines():
            assert not line.startswith(("%", "-")), (columns, line)
            assert not re.search(r"\d$", line) or "%" not in line or line.endswith("%"), line


def _svg_words(svg: str) -> str:
    return " ".join(" ".join(text.split()) for text in _svg_texts(svg))


def test_a_chart_stands_alone_with_its_title_date_source_and_values(tmp_path: Path) -> None:
    from datetime import date

    from jkngap.output.words import long_date

    chart = tmp_path / "k.svg"
    source = "BPJS Kesehatan, Juli 2025"
    args = ["batch", str(KALBAR), "--lang", "id", "--source", source, "-o", str(chart)]
    assert run(*args).exit_code == 0
    svg = chart.read_text(encoding="utf-8")
    words = _svg_words(svg)
    assert "Kalimantan Barat: Kekurangan JKN per wilayah" in words  # its title
    assert long_date(date.today(), "id") in words
    assert source in words
    for legend in ("Cakupan kepesertaan", "Tingkat keaktifan", "Target cakupan 98 %"):
        assert legend in words
    assert "84,10 %" in words
    assert "64,00 %" in words
    assert "<text" in svg
    assert "<image" not in svg


def test_one_regions_chart_answers_its_own_question(tmp_path: Path) -> None:
    report = tmp_path / "x.html"
    assert run("needed", "-p", "590393", "-r", "560000", "-o", str(report)).exit_code == 0
    markup = report.read_text(encoding="utf-8")
    words = _svg_words(markup)
    assert "Coverage target 98 %" in words
    assert "Activity" not in words  # no activity line, bar or legend for a coverage answer
    active = tmp_path / "a.svg"
    args = ["active", "-r", "1000", "-a", "700", "--target", "85", "-o", str(active)]
    assert run(*args).exit_code == 0
    words = _svg_words(active.read_text(encoding="utf-8"))
    assert "Activity target 85 %" in words
    assert "Coverage" not in words


def test_a_chart_leaves_no_slot_for_what_a_region_lacks(tmp_path: Path) -> None:
    """A file without activity draws one bar a region; a row without figures none."""
    source = tmp_path / "f.csv"
    source.write_text("Nama,Penduduk,Terdaftar\nA,1000,990\nB,1000,500\n", encoding="utf-8")
    chart = tmp_path / "f.svg"
    assert run("batch", str(source), "--no-register", "-o", str(chart)).exit_code == 0
    svg = chart.read_text(encoding="utf-8")
    words = _svg_words(svg)
    assert "Activity" not in words
    assert "Coverage target 98 %" in words
    assert "#c05621" not in svg  # activity's colour: no bar, no line, no legend
    bars = []
    for path in re.findall(r'<path d="([^"]*)"[^>]*style="fill: #2b6cb0"', svg):
        ys = [float(y) for y in re.findall(r"[ML] [-0-9.]+ ([-0-9.]+)", path)]
        bars.append((min(ys), max(ys)))
    bars.sort()
    regions = [bar for bar in bars if bar[1] - bar[0] > 5][:2]  # the legend's swatch is small
    assert len(regions) == 2
    (top, bottom), (next_top, _) = regions
    assert next_top - bottom < (bottom - top) * 0.9  # the next region at once: no empty slot


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_a_command_with_nothing_to_chart_says_so(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"r{suffix}"
    done = run("region", "61", "-o", str(target))
    assert done.exit_code == 2
    assert "nothing" in done.stderr or "no coverage or activity" in done.stderr
    assert not target.exists()


@needs_poppler
def test_a_pdf_of_fourteen_regions_is_two_a4_landscape_pages_with_its_legend(
    tmp_path: Path,
) -> None:
    pytest.importorskip("weasyprint")
    report = tmp_path / "kalbar.pdf"
    args = ["batch", str(KALBAR), "--lang", "id", "--source", "BPJS Kesehatan, Juli 2025"]
    assert run(*args, "-o", str(report)).exit_code == 0
    info = subprocess.run(
        ["pdfinfo", str(report)], capture_output=True, text=True, check=True
    ).stdout
    counted = re.search(r"Pages:\s+(\d+)", info)
    assert counted is not None
    pages = int(counted[1])
    assert pages <= 2
    assert "841.89 x 595.276" in info  # A4 landscape, in points
    assert PDFTOTEXT is not None

    def page(number: int) -> str:
        return subprocess.run(
            [PDFTOTEXT, "-f", str(number), "-l", str(number), str(report), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    first = page(1)
    # Title, criteria, source, and the chart with its whole legend, as text, on one page.
    for words in (
        "Kalimantan Barat: Kekurangan JKN per wilayah",
        "Kriteria",
        "BPJS Kesehatan, Juli 2025",
        "Cakupan kepesertaan",
        "Tingkat keaktifan",
        "Target cakupan 98 %",
        "Target keaktifan 80 %",
        "Kabupaten Sambas",
        "Kota Singkawang",
    ):
        assert words in first, words
    everything = first + page(2)
    assert "Jumlah" in everything
    assert "5.646.268" in everything
    assert re.search(r"\b1 ?/ ?2\b", first)  # numbered


@needs_poppler
def test_a_long_pdf_table_continues_under_its_header_on_numbered_pages(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    source = tmp_path / "desa.csv"
    lines = ["desa,penduduk,peserta,aktif"]
    lines += [f"Desa {n:03},1000,{990 - n % 300},{800 - n % 500}" for n in range(120)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = tmp_path / "desa.pdf"
    assert run("batch", str(source), "--no-register", "-o", str(report)).exit_code == 0
    assert PDFTOTEXT is not None
    text = subprocess.run(
        [PDFTOTEXT, str(report), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    tables = [p for p in pages[1:] if "Desa" in p]
    assert len(tables) >= 2
    for number, content in enumerate(tables, start=2):
        assert "Region" in content
        assert "Coverage" in content
        assert re.search(rf"\b{number} ?/ ?{len(pages) - 1}\b", content), content[-40:]


def test_the_workbook_reads_back_as_an_official_lays_it_out(tmp_path: Path) -> None:
    """Title block, column order and number formats, read back by openpyxl; a file's own
    percentage column stays a number; empty columns are left out."""
    from openpyxl import load_workbook

    source = tmp_path / "kalbar.csv"
    lines = KALBAR.read_text(encoding="utf-8-sig").splitlines()
    lines[0] += ";Cakupan (%);Kosong"
    for at in range(1, len(lines)):
        lines[at] += ";92,82;"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book = tmp_path / "k.xlsx"
    args = ["batch", str(source), "--lang", "id", "--source", "BPJS Kesehatan, Juli 2025"]
    assert run(*args, "-o", str(book)).exit_code == 0
    workbook = load_workbook(book)
    first, detail = workbook.worksheets[:2]
    at = header_row(first)
    block = {row[0]: row[1] for row in first.iter_rows(max_row=at - 1, values_only=True) if row[0]}
    title = first["A1"].value
    assert title == "Kalimantan Barat: Kekurangan JKN per wilayah (kriteria 2025)"
    assert first["A1"].font.b
    assert block["Kriteria"] == "2025: cakupan 98 %, keaktifan 80 %"
    assert block["Sumber data"] == "BPJS Kesehatan, Juli 2025"
    assert block["Berkas"] == "kalbar.csv"
    assert "Dibuat pada" in block
    header = [cell.value for cell in first[at]]
    assert header == [
        "Wilayah",
        "Kode",
        "Penduduk",
        "Peserta terdaftar",
        "Cakupan kepesertaan",
        "Kebutuhan peserta baru",
        "Peserta aktif",
        "Tingkat keaktifan",
        "Kebutuhan reaktivasi",
        "UHC",
        "UHC Prioritas",
    ]
    formats = [cell.number_format for cell in first[at + 1]]
    assert formats[2:9] == ["#,##0", "#,##0", "0.00##%", "#,##0", "#,##0", "0.00##%", "#,##0"]
    rest = [cell.value for cell in detail[1]]
    assert "Kosong" not in rest
    assert "Kosong" not in header
    percent = rest.index("Cakupan (%)")
    cell = detail.cell(2, percent + 1)
    assert cell.value == pytest.approx(0.9282)
    assert cell.number_format == "0.00##%"
    assert first.freeze_panes == f"B{at + 1}"
    assert first.print_title_rows == f"$1:${at}"
