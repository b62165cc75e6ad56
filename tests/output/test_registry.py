"""The format registry: each file format's writer for each kind of result names a function
that exists, and the one the result's kind asks for is the one called."""

from __future__ import annotations

import io
from importlib import import_module
from typing import Any
from unittest.mock import MagicMock

import pytest

from jkngap.core.results import Shares, Tracked
from jkngap.output.formats import View
from jkngap.output.registry import FORMATS, _ByKind


def test_every_writer_the_registry_names_exists() -> None:
    named = [spec for spec in FORMATS if isinstance(spec.binary, _ByKind)]
    assert {spec.name for spec in named} == {"xlsx", "html", "svg", "png", "pdf"}
    for spec in named:
        assert isinstance(spec.binary, _ByKind)
        for place in (spec.binary.shares, spec.binary.series, spec.binary.other):
            module, _, name = place.partition(":")
            assert callable(getattr(import_module(f"jkngap.output.{module}"), name)), place


@pytest.mark.parametrize(("kind", "expected"), [(Shares, "shares"), (Tracked, "series")])
def test_the_result_s_kind_chooses_its_writer(
    kind: type, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[tuple[str, tuple[Any, ...]]] = []
    module = import_module("jkngap.output.report")
    for name in ("shares", "series", "other"):
        monkeypatch.setattr(
            module,
            f"_test_{name}",
            lambda *args, name=name: called.append((name, args)),
            raising=False,
        )
    writer = _ByKind("report:_test_shares", "report:_test_series", "report:_test_other", ("svg",))
    result = MagicMock(spec=kind)  # an instance of that kind: only its kind matters here
    handle, view = io.BytesIO(), View()
    writer(result, handle, view)
    writer({"code": "63.03"}, handle, view)  # type: ignore[arg-type]  # any other result
    assert called == [
        (expected, (result, handle, view, "svg")),
        ("other", ({"code": "63.03"}, handle, view, "svg")),
    ]
