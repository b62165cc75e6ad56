"""The format registry's file writers: the result's kind chooses its family (shares, a
series, any other result), and each file format calls that family's writer for it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from unittest.mock import MagicMock

import pytest

from jkngap.core.results import Many, Shares, Single, Tracked
from jkngap.output import excel, report, seriesview, shares
from jkngap.output.families import FileWriters
from jkngap.output.formats import View
from jkngap.output.registry import format_for_path

FAMILIES = {"shares": shares, "series": seriesview, "other": report}


@pytest.mark.parametrize(
    ("kind", "family"),
    [(Shares, "shares"), (Tracked, "series"), (Many, "other"), (Single, "other")],
)
@pytest.mark.parametrize(
    ("extension", "job", "extra"),
    [(".xlsx", "workbook", ()), (".svg", "chart", ("svg",)), (".png", "chart", ("png",))],
)
def test_the_result_s_kind_chooses_its_family_s_writer(
    kind: type,
    family: str,
    extension: str,
    job: str,
    extra: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    called = _recorded(monkeypatch)
    result = MagicMock(spec=kind)  # an instance of that kind: only its kind matters here
    handle, view = io.BytesIO(), View()
    _write(extension, result, handle, view)
    assert called == [(family, job, result, handle, view, *extra)]


@pytest.mark.parametrize(
    ("kind", "family"),
    [(Shares, "shares"), (Tracked, "series"), (Many, "other"), (Single, "other")],
)
def test_html_and_pdf_are_the_family_s_report_written_and_laid_out(
    kind: type, family: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    called = _recorded(monkeypatch)
    laid_out: list[tuple[str, Any, View]] = []
    monkeypatch.setattr(report, "pdf_of", lambda *args: laid_out.append(args))
    result = MagicMock(spec=kind)
    html, pdf, view = io.BytesIO(), io.BytesIO(), View(lang="id")
    _write(".html", result, html, view)
    assert html.getvalue() == "<p>Laporan Ø</p>".encode()
    _write(".pdf", result, pdf, view)
    assert laid_out == [("<p>Laporan Ø</p>", pdf, view)]
    assert called == [(family, "report", result, view)] * 2


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Each family's writers replaced by ones that note their call, in one list."""
    called: list[tuple[Any, ...]] = []
    for name, module in FAMILIES.items():
        monkeypatch.setattr(module, "WRITERS", _recording(name, called))
    return called


def _recording(family: str, called: list[tuple[Any, ...]]) -> FileWriters[Any]:
    def job(name: str) -> Any:
        return lambda *args: called.append((family, name, *args))

    def document(*args: Any) -> str:
        called.append((family, "report", *args))
        return "<p>Laporan Ø</p>"  # not ASCII: the HTML file is its UTF-8

    return FileWriters(job("workbook"), document, job("chart"))


def _write(extension: str, result: Any, handle: io.BytesIO, view: View) -> None:
    writer = format_for_path(Path(f"laporan{extension}")).binary
    assert writer is not None
    writer(result, handle, view)


@pytest.mark.parametrize(
    ("writers", "expected"),
    [
        (
            shares.WRITERS,
            (shares.write_shares_workbook, shares.report_html, shares.write_shares_chart),
        ),
        (
            seriesview.WRITERS,
            (
                seriesview.write_series_workbook,
                seriesview.series_html,
                seriesview.write_series_chart,
            ),
        ),
        (report.WRITERS, (excel.write_workbook, report.report_html, report.write_chart)),
    ],
)
def test_each_family_names_its_own_writers(
    writers: FileWriters[Any], expected: tuple[Any, ...]
) -> None:
    # mypy checks that each writer fits its family's result type; this, that each family is
    # made of its own module's writers, in the right places.
    assert (writers.workbook, writers.report, writers.chart) == expected
