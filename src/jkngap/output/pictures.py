"""Tables saved as standalone HTML or SVG pictures, for reports and slides."""

from __future__ import annotations

from typing import IO, Any

from jkngap.output.formats import Many, Result, View, is_many


def write_file(result: Result | Many, handle: IO[bytes], view: View, name: str) -> None:
    """The person's table of ``result``, every row, as HTML or SVG (``name``)."""
    from jkngap.output.display import title
    from jkngap.output.terminal import save_picture
    from jkngap.output.words import translate

    if is_many(result):
        from jkngap.output.batchview import draw_batch

        criteria = result.criteria  # type: ignore[union-attr]
        heading = translate("title.batch", view.lang, criteria=criteria.name)

        def paint(console: Any) -> None:
            draw_batch(result, view.lang, console, None)  # type: ignore[arg-type]

    else:
        from jkngap.output.display import draw_table

        heading = title(result, view.lang)  # type: ignore[arg-type]

        def paint(console: Any) -> None:
            draw_table(result, view.lang, console)  # type: ignore[arg-type]

    handle.write(save_picture(name, heading, paint).encode("utf-8"))
