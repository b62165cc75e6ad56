"""The HTML report in a real browser (Debian's chromium, headless): it loads without a
console error, its table holds the rows asked for, and its chart is drawn.

Skipped, saying why, where chromium is not installed (`.ci/run` installs it).
"""

from __future__ import annotations

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
