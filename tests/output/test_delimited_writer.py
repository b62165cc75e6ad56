"""CSV and TSV blocks that need no quoting are joined rather than handed to the csv module,
which is most of a long file's output: the joined bytes must be the csv module's bytes,
whatever the cells, and a block that needs quoting must still be quoted."""

from __future__ import annotations

import csv
import io
import sys
from fractions import Fraction
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from jkngap.output.machine import _Writer

# Text that is sometimes plain and sometimes needs quoting: the two delimiters, the quote,
# both line-break characters, and characters the csv module passes as they are (NUL too
# from Python 3.11; 3.10's csv module refuses it, so --raw writes it there as 3.11 does).
_PASSED = "\x0b\u2028\x85é" + ("\x00" if sys.version_info >= (3, 11) else "")
_TEXT = st.text(alphabet=st.sampled_from(list('ab 1.,\t"\r\n' + _PASSED)), max_size=6)
_CELLS = st.one_of(
    st.lists(st.one_of(st.none(), st.integers()), min_size=0),
    st.lists(st.one_of(st.none(), _TEXT)),
    st.lists(st.one_of(st.none(), st.integers(), _TEXT, st.booleans())),
    st.lists(st.one_of(st.none(), st.fractions(), st.just(Fraction(1, 3)))),
)


@st.composite
def _blocks(draw: Any) -> list[list[Any]]:
    """Columns of one length (a block), of every kind a record may hold."""
    length = draw(st.integers(min_value=0, max_value=8))
    count = draw(st.integers(min_value=1, max_value=5))
    columns = []
    for _ in range(count):
        column = draw(_CELLS)
        columns.append((column * (length + 1))[:length] if column else [None] * length)
    return columns


def _csv_module(columns: list[list[Any]], delimiter: str) -> str:
    stream = io.StringIO()
    csv.writer(stream, delimiter=delimiter, lineterminator="\n").writerows(
        zip(*columns, strict=True)
    )
    return stream.getvalue()


def _written(columns: list[list[Any]], delimiter: str) -> str:
    stream = io.StringIO()
    _Writer(stream, delimiter).columns(columns, returns=False)
    return stream.getvalue()


@given(_blocks(), st.sampled_from(["\t", ","]))
@example([["a", ""], [None, 1]], "\t")
@example([[""], [None]], ",")
@example([[""]], ",")  # one empty cell alone: the csv module writes "" for it
@example([["a,b"], [1]], ",")
@example([["a\tb"], [1]], "\t")
@example([['say "x"'], [1]], "\t")
@example([["a\nb"], [1]], "\t")
@example([[True], [1]], "\t")
def test_a_block_is_written_as_the_csv_module_writes_it(
    columns: list[list[Any]], delimiter: str
) -> None:
    assert _written(columns, delimiter) == _csv_module(columns, delimiter)


def test_a_plain_block_is_joined_and_one_that_needs_quoting_is_not() -> None:
    writer = _Writer(io.StringIO(), "\t")
    plain: list[list[Any]] = [
        ["Desa Sukamaju", None],
        [1200, None],
        ["code not in the register", "x,y"],
    ]
    assert writer._plain(plain) == [
        ["Desa Sukamaju", ""],
        ["1200", ""],
        ["code not in the register", "x,y"],
    ]
    quoted: list[list[Any]] = [["Desa\tSukamaju"], [1200]]
    assert writer._plain(quoted) is None
    fraction: list[list[Any]] = [["x"], [Fraction(1, 2)]]
    assert writer._plain(fraction) is None
    assert _Writer(io.StringIO(), ",")._plain(plain) is None  # "x,y" needs quoting in CSV
