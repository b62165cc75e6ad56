"""The HTML report in a real browser (Debian's chromium, headless): it loads without a
console error, its table holds the rows asked for, and its chart is drawn.

Skipped, saying why, where chromium is not installed (`.ci/run` installs it).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Headless, offline, as root in a container: no sandbox, GPU, network or first-run chores.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "profile"
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "kalbar.html"
    args = ["batch", str(EXAMPLES / "kalbar-ilustrasi.csv"), "-o", str(path), "--lang", "id"]
    assert run(*args).exit_code == 0
    return path


def test_the_report_loads_without_console_errors_and_holds_its_rows(
    report: Path, tmp_path: Path
) -> None:
    loaded = _chromium(tmp_path, "--enable-logging=stderr", "--v=0", "--dump-dom", report.as_uri())
    assert not re.search(r"CONSOLE.*(error|Uncaught)", loaded.stderr, re.IGNORECASE)
    dom = loaded.stdout
    body = dom[dom.index("<tbody>") : dom.index("</tbody>")]
    assert body.count("<tr") == 15  # 14 kabupaten/kota and the total
    assert "Kabupaten Kubu Raya" in body
    assert "<svg" in dom


def test_the_chart_is_drawn(report: Path, tmp_path: Path) -> None:
    from PIL import Image  # pillow comes with matplotlib

    shot = tmp_path / "shot.png"
    _chromium(tmp_path, "--window-size=1200,900", f"--screenshot={shot}", report.as_uri())
    image = Image.open(shot).convert("RGB")
    colours = image.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50  # not a blank page
    # The chart's two series are on the screen, in their colours.
    counts = {colour: count for count, colour in colours}
    assert counts.get((0x2B, 0x6C, 0xB0), 0) > 1000
    assert counts.get((0xC0, 0x56, 0x21), 0) > 1000


# Measures the page as laid out, into the DOM that --dump-dom prints: the page's width,
# the body's text size, which chart shows, the size of its text as drawn, and whether the
# table scrolls inside its box.
MEASURE = """
<script>
addEventListener("load", () => {
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  const shown = [...document.querySelectorAll("figure svg")].filter(
    (svg) => svg.getBoundingClientRect().width > 0);
  const sizes = [];
  for (const svg of shown) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll("text")) {
      sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
    }
  }
  const wrap = document.querySelector(".wrap");
  const measured = {
    viewport: innerWidth,
    page: document.documentElement.scrollWidth,
    body: body,
    charts: shown.map((svg) => svg.parentElement.className),
    smallest: Math.min(...sizes),
    texts: sizes.length,
    table_box: wrap.getBoundingClientRect().right,
    table_scrolls: wrap.scrollWidth > wrap.clientWidth,
  };
  parent.postMessage(JSON.stringify(measured), "*");
});
</script>
"""
# Headless chromium's window is at least 500 pixels wide: a phone's 390 is a frame of
# that width, the report inside it laid out as on the phone (its media queries too).
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{src}" style="border:0;width:{width}px;height:3000px"></iframe>
<script>
addEventListener("message", (event) => {{
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = event.data;
  document.body.append(out);
}});
</script></body></html>
"""


def _measured(report: Path, tmp_path: Path, width: int) -> dict[str, object]:
    import json

    inner = tmp_path / f"measured-{width}.html"
    inner.write_text(
        report.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"),
        encoding="utf-8",
    )
    page = tmp_path / f"frame-{width}.html"
    page.write_text(FRAME.format(src=inner.name, width=width), encoding="utf-8")
    shown = _chromium(
        tmp_path,
        f"--window-size={max(width, 500)},900",
        "--virtual-time-budget=5000",
        "--dump-dom",
        page.as_uri(),
    ).stdout
    found = re.search(r'<pre id="measured">(.*?)</pre>', shown)
    assert found is not None, shown[-500:]
    measured: dict[str, object] = json.loads(html.unescape(found[1]))
    return measured


def test_on_a_phone_the_chart_is_narrow_its_text_the_pages_size_the_table_scrolls(
    report: Path, tmp_path: Path
) -> None:
    measured = _measured(report, tmp_path, 390)
    assert measured["viewport"] == 390
    assert measured["page"] == 390  # nothing wider than the phone: no sideways page
    assert measured["charts"] == ["narrow"]
    assert isinstance(measured["smallest"], float | int)
    assert isinstance(measured["body"], float | int)
    texts = measured["texts"]
    assert isinstance(texts, int)
    assert texts > 30
    assert measured["smallest"] >= measured["body"]  # chart text at least the body's size
    assert measured["table_scrolls"] is True  # the table scrolls inside its box
    assert isinstance(measured["table_box"], float | int)
    assert measured["table_box"] <= 390


def test_on_a_desktop_the_chart_is_wide_and_as_readable(report: Path, tmp_path: Path) -> None:
    measured = _measured(report, tmp_path, 1280)
    assert measured["charts"] == ["wide"]
    assert measured["page"] == 1280
    assert isinstance(measured["smallest"], float | int)
    assert isinstance(measured["body"], float | int)
    assert measured["smallest"] >= measured["body"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_printed_the_chart_never_splits_and_fourteen_regions_take_two_pages(
    report: Path, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={printed}", report.as_uri())
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True).stdout
    counted = re.search(r"Pages:\s+(\d+)", info)
    assert counted is not None
    pages = int(counted[1])
    assert pages <= 2
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(printed), "-"], capture_output=True, text=True
    ).stdout
    # Every word of the chart on the same page: its title, first and last region, legend.
    for words in ("Kabupaten Sambas", "Kota Singkawang", "Target cakupan 98 %", "Target keaktifan"):
        assert words in first, words


@pytest.fixture(scope="module")
def trend_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trend") / "kalbar-tren.html"
    args = ["trend", str(EXAMPLES / "kalbar-bulanan-ilustrasi.csv"), "--by", "2025-12"]
    assert run(*args, "-o", str(path), "--lang", "id").exit_code == 0
    return path


def test_the_trend_report_loads_with_a_chart_per_region(trend_report: Path, tmp_path: Path) -> None:
    loaded = _chromium(
        tmp_path, "--enable-logging=stderr", "--v=0", "--dump-dom", trend_report.as_uri()
    )
    assert not re.search(r"CONSOLE.*(error|Uncaught)", loaded.stderr, re.IGNORECASE)
    dom = loaded.stdout
    assert dom.count("<svg") == 14  # a RED-style chart for each kabupaten/kota
    body = dom[dom.index("<tbody>") : dom.index("</tbody>")]
    assert body.count("<tr") == 15  # their summaries, worst first, and the total
    assert "Kota Singkawang" in body


def test_the_trend_charts_are_drawn(trend_report: Path, tmp_path: Path) -> None:
    from PIL import Image  # pillow comes with matplotlib

    shot = tmp_path / "shot.png"
    _chromium(tmp_path, "--window-size=1200,1600", f"--screenshot={shot}", trend_report.as_uri())
    image = Image.open(shot).convert("RGB")
    counts = {colour: count for count, colour in image.getcolors(maxcolors=1_000_000) or []}
    # Registered and active, each in its colour, in every chart on the screen.
    assert counts.get((0x2B, 0x6C, 0xB0), 0) > 1000
    assert counts.get((0xC0, 0x56, 0x21), 0) > 1000
