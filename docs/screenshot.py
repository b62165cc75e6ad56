"""Draw the README's screenshot of the HTML report anew from the app itself.

    python docs/screenshot.py

The Kalimantan Barat example in Indonesian, as a desktop browser 1200 pixels wide shows
its first screen (headless chromium, as the browser test uses it).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from jkngap.cli import app

ROOT = Path(__file__).resolve().parents[1]
SHOT = ROOT / "docs" / "images" / "report.png"


def main() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("docs/screenshot.py needs chromium on the PATH")
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "kalbar.html"
        source = str(ROOT / "examples" / "kalbar-ilustrasi.csv")
        result = CliRunner().invoke(app, ["batch", source, "-o", str(report), "--lang", "id"])
        if result.exit_code != 0:
            raise SystemExit(result.stderr)
        subprocess.run(
            [
                chromium,
                *("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"),
                f"--user-data-dir={Path(folder) / 'profile'}",
                "--window-size=1200,900",
                f"--screenshot={SHOT}",
                report.as_uri(),
            ],
            capture_output=True,
            check=True,
            timeout=120,
        )


if __name__ == "__main__":
    main()
