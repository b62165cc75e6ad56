"""``jkngap batch``."""

from __future__ import annotations

import contextlib

from jkngap.cli import files as f
from jkngap.cli import options as o
from jkngap.cli.app import Answer, command_app
from jkngap.core.model import Base

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
    view: f.FilesViewOptions,
) -> Answer:
    """For every region of a file: coverage, activity, gaps and verdicts, with a total.

    Every input row comes out, with its line number; a row that cannot be read says why in
    its error column, and the command exits 3 after writing everything.
    """
    from jkngap.io.pipeline import BatchInput, read_batch

    request = BatchInput(**reading, **layout, criteria=criteria, base=base, check=check_rows)
    shown = f.checked_view(
        view,
        f.paths(request.files),
        ordered=bool(request.sort or request.group_by),
        register=request.register,
    )
    with contextlib.ExitStack() as stack:
        result = read_batch(request, stack, **f.streams(shown))
        return o.answer(result, shown, resources=stack.pop_all())
