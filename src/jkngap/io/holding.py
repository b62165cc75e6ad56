"""Rows held while they are sorted or grouped: in memory for a file of regions, on disk past
that, so that a million rows stay within bounded memory.

Past SPILL_ROWS records, each is pickled into a temporary file as it comes; only its sort
key and where it lies stay in memory, and the records are read back in the key's order
(by ``os.pread``, so that the file's pages stay the operating system's, not the
process's). The register has 83,762 villages: a national village file stays in memory.
"""

from __future__ import annotations

import itertools
import os
import pickle
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jkngap.core.model import Record

__all__ = ["SPILL_ROWS", "on_disk"]

SPILL_ROWS = 100_000


def on_disk(records: Iterable[Record], key: Callable[[Record], Any]) -> Iterator[Record]:
    """``records`` in the order of ``key`` (ascending, stable)."""
    stream = iter(records)
    first = list(itertools.islice(stream, SPILL_ROWS))
    if len(first) < SPILL_ROWS:
        yield from sorted(first, key=key)
        return
    keys: list[Any] = []
    ends = array("q")
    with tempfile.TemporaryFile(prefix="jkngap-") as spill:

        def keep(record: Record) -> None:
            keys.append(key(record))
            spill.write(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
            ends.append(spill.tell())

        for record in first:
            keep(record)
        first.clear()  # the records held so far go now, not once the rest are read
        for record in stream:
            keep(record)
        spill.flush()
        order = sorted(range(len(keys)), key=keys.__getitem__)
        keys.clear()
        descriptor = spill.fileno()
        for index in order:
            start = ends[index - 1] if index else 0
            yield pickle.loads(os.pread(descriptor, ends[index] - start, start))
