"""Headers as jkngap compares them, and the columns a caller names by header.

A header is compared without case, spaces, underscores or punctuation, so that "Jumlah
Penduduk", "jumlah_penduduk" and "JUMLAH PENDUDUK" are one column. This is text work only,
shared by the rooms that read tables and lists of people; each says its own errors in its
own words (a list of people must not show its header: it may hold a name or a NIK).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from jkngap.core.errors import InputError

__all__ = ["as_headers", "given_columns", "normalise_header", "roles_by_header"]

_NOT_WORD = re.compile(r"[\W_]+")


def normalise_header(text: str) -> str:
    """``text`` as headers compare: casefolded, without spaces, underscores or punctuation."""
    return _NOT_WORD.sub("", text.casefold())


def as_headers(*names: str) -> frozenset[str]:
    """``names`` as headers compare: a set a file's header is looked up in."""
    return frozenset(map(normalise_header, names))


def roles_by_header(aliases: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each role's aliases, as headers compare, to the role."""
    return {normalise_header(alias): role for role, names in aliases.items() for alias in names}


def given_columns(
    header: Sequence[object],
    given: Mapping[str, str],
    known: Collection[str],
    unknown_key: str,
    missing: Callable[[str], Exception],
) -> dict[str, int]:
    """Where each column the caller names (role -> header text, its argument ``columns``)
    is in ``header``, as headers compare; where two columns compare alike, the last. In the
    order ``given`` names them, a role not in ``known`` raises the ``unknown_key`` error,
    and a header text not found ``missing(text)``: the caller's own error, which alone
    knows how its header may be shown."""
    by_name = {normalise_header(str(name)): index for index, name in enumerate(header)}
    places: dict[str, int] = {}
    for role, wanted in given.items():
        if role not in known:
            raise InputError(unknown_key, field="columns", role=role, known=", ".join(known))
        index = by_name.get(normalise_header(wanted))
        if index is None:
            raise missing(wanted)
        places[role] = index
    return places
