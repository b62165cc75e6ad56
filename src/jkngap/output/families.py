"""The file writers of one family of results (shares, a series, any other result): what
the registry's xlsx, html, svg, png and pdf call, each family's module declaring its own.
A module of its own, imported only when a file is written: making a dataclass costs
start-up, which a plain answer should not pay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Generic, TypeVar

from jkngap.output.formats import View

__all__ = ["FileWriters"]

Result = TypeVar("Result")


@dataclass(frozen=True)
class FileWriters(Generic[Result]):
    """The file writers of one family, each taking the family's own result type: a
    workbook, the report's HTML document (written as it is for ``.html``, laid out for
    ``.pdf``) and the chart alone (its format, ``"svg"`` or ``"png"``, last). The registry
    chooses the family once, by the result's kind; mypy checks that the writers fit the
    result chosen."""

    workbook: Callable[[Result, IO[bytes], View], None]
    report: Callable[[Result, View], str]
    chart: Callable[[Result, IO[bytes], View, str], None]
