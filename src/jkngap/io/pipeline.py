"""The one batch pipeline: region files opened, their rows read against the register,
computed and arranged, for the command line (``jkngap batch``) and the notebook
(``read_regions``) alike. What either asks for is one :class:`BatchInput`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Protocol, TypedDict

from jkngap.core.arrange import Arrangement, Batch
from jkngap.core.criteria import DEFAULT_PRESET, PRESETS, Criteria
from jkngap.core.errors import InputError
from jkngap.core.model import Base
from jkngap.core.places import ROLLUP_LEVELS, Places
from jkngap.core.regions import RegionOptions
from jkngap.io.inputs import Progress, open_inputs
from jkngap.io.rows import batch

__all__ = ["BatchInput", "Opening", "Register", "read_batch", "rollup_level"]

# Other words for the levels a roll-up takes.
LEVEL_ALIASES = {"kota": "kabupaten", "province": "provinsi", "regency": "kabupaten"}


class Register(Places, Protocol):
    """What the pipeline asks of the region register: its regions, and their names."""

    def name(self, code: str) -> str | None: ...


@dataclass(frozen=True)
class BatchInput:
    """A batch run: the files and how to read them, what each row is judged by, and how
    the rows are laid out."""

    files: tuple[str, ...]
    # Reading.
    sheet: str | None = None
    header_row: int | None = None
    delimiter: str | None = None
    encoding: str = "utf-8-sig"
    columns: dict[str, str] = field(default_factory=dict)  # role -> header given
    # Judging.
    criteria: Criteria = PRESETS[DEFAULT_PRESET]
    base: Base = Base.PARTICIPANTS
    check: bool = False
    register: bool = True  # codes and names checked against the register
    fill_population: bool = False
    # Laying out.
    sort: str | None = None
    reverse: bool = False
    only_unmet: bool = False
    group_by: str | None = None
    total: bool = True
    rollup: str | None = None  # kecamatan, kabupaten (kota), provinsi


class Opening(TypedDict, total=False):
    """What :func:`read_batch` takes beside the request, for a reader over it (the areas
    of ``allocate``) to pass on as it was given."""

    stdin: IO[bytes] | None
    progress: Progress | None
    register: Callable[[], Register] | None
    target: str | os.PathLike[str] | None


def rollup_level(text: str | None) -> int | None:
    """A roll-up's level as the number of parts of a code (provinsi 1, kabupaten 2...)."""
    if text is None:
        return None
    said = text.strip().lower()
    level = ROLLUP_LEVELS.get(LEVEL_ALIASES.get(said, said))
    if level is None:
        choices = ", ".join(ROLLUP_LEVELS)
        raise InputError("option.choice", field="rollup", text=text, choices=choices)
    return level


def read_batch(
    request: BatchInput,
    stack: contextlib.ExitStack,
    *,
    stdin: IO[bytes] | None = None,
    progress: Progress | None = None,
    register: Callable[[], Register] | None = None,
    target: str | os.PathLike[str] | None = None,
) -> Batch:
    """The run ``request`` asks for, its rows streaming from files that ``stack`` closes;
    ``register`` opens the region register when the run needs it (``-`` is ``stdin``);
    ``target`` is the file the answer goes to, refused when standard input is that file."""
    level = rollup_level(request.rollup)
    options = RegionOptions(
        criteria=request.criteria, base=request.base, check=request.check, columns=request.columns
    )
    tables, on_rows = open_inputs(
        list(request.files), stack, stdin=stdin, layout=request, progress=progress, target=target
    )
    wanted = request.register or request.fill_population or level is not None
    places = register() if wanted and register is not None else None
    how = Arrangement(
        sort=request.sort,
        reverse=request.reverse,
        only_unmet=request.only_unmet,
        group_by=request.group_by,
        with_total=request.total,
        rollup=level,
        names=places.name if places is not None else None,
    )
    return batch(
        tables,
        options,
        how,
        on_rows,
        places=places,
        fill_population=request.fill_population,
    )
