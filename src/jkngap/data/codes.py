"""A region's code from its name, for files that have names only: the register's help in
matching a region across snapshots or sources."""

from __future__ import annotations

from collections.abc import Callable

from jkngap.core.places import names_agree
from jkngap.data.register import Register

__all__ = ["code_finder"]


def code_finder(register: Register) -> Callable[[str], str | None]:
    """A look-up of the one region whose name a file's name is (``Kab. Banjar``: 63.03);
    None where several regions have it, or none does, or only a look-alike: a name is
    matched to a code only where nothing else could be meant."""

    def find(name: str) -> str | None:
        found = register.search(name)
        if len(found) != 1 or not names_agree(name, found[0].name, found[0].code):
            return None
        return found[0].code

    return find
