"""``jkngap batch``."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jkngap.cli import files as f
from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.model import Base

if TYPE_CHECKING:
    from jkngap.output.formats import View


app = command_app(
    "batch",
    "jkngap batch kalbar.csv",
    "jkngap batch data.xlsx --sheet Kalbar --only-unmet",
    "cat desa.tsv | jkngap batch - -f csv > gaps.csv",
)


@app.define
def batch(
    *,
    reading: f.ReadingOptions,
    criteria: o.CriteriaOptions,
    base: o.BaseOption = Base.PARTICIPANTS,
    check_rows: f.CheckRowsOption = False,
    layout: f.LayoutOptions,
    raw: f.RawOption = False,
    all_rows: f.AllRowsOption = False,
    view: o.ViewOptions,
) -> Answer:
    """For every region of a file: coverage, activity, gaps and verdicts, with a total.

    Every input row comes out, with its line number; a row that cannot be read says why in
    its error column, and the command exits 3 after writing everything.
    """
    from jkngap.io.pipeline import BatchInput, read_batch
    from jkngap.output.render import check_target

    request = BatchInput(**reading, **layout, criteria=criteria, base=base, check=check_rows)
    inputs = tuple(Path(name) for name in request.files if name != "-")
    shown: View = f.file_view(view, request, raw=raw, all_rows=all_rows, inputs=inputs)
    if shown.output is not None:
        check_target(shown.output, inputs)  # refused before anything is read
    with contextlib.ExitStack() as stack:
        result = read_batch(
            request,
            stack,
            stdin=sys.stdin.buffer if sys.stdin is not None else None,
            progress=f.progress_bar(),
            register=f.register,
            target=shown.output,
        )
        return o.answer(result, shown, resources=stack.pop_all())
