"""Text as every room treats it: the characters no table or message shows as they are, and
the codec a file is read by (its own byte-order mark's, or the one given, as its bytes
allow).

Control characters (C0 but tab, DEL, C1) would make a terminal act (an escape sequence can
move the cursor, change the title, hide text); the marks that reorder text as it is shown
make a code read other than it is (a right-to-left override: "Trojan source"). The output
escapes them, and a roster refuses a cell that holds one.
"""

from __future__ import annotations

import codecs

from jkngap.core.errors import Field, InputError

__all__ = ["CONTROLS", "REORDERING", "looks_utf16", "marked_encoding", "unmarked_codec"]

# Unicode's Bidi_Control characters (PropList.txt), the Arabic letter mark among them.
REORDERING = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
# One regular expression's character class of them all.
CONTROLS = "[\\x00-\\x08\\x0a-\\x1f\\x7f-\\x9f" + "".join(map(chr, REORDERING)) + "]"

# Longest first: UTF-32's little-endian mark begins with UTF-16's.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def marked_encoding(head: bytes) -> str | None:
    """The encoding a file's first bytes say with a byte-order mark (None without one).

    A mark is no text any other encoding would begin a table with, so it decides: a list
    Excel saved as "Unicode text" (UTF-16) reads beside UTF-8 ones under one
    ``--encoding``, which is for the files that carry no mark.

    >>> marked_encoding(b"\\xff\\xfen\\x00"), marked_encoding(b"nik,desa")
    ('utf-16', None)
    """
    return next((name for mark, name in _MARKS if head.startswith(mark)), None)


def unmarked_codec(head: bytes, encoding: str, source: str) -> str:
    """The codec a file without a byte-order mark is read by, ``encoding`` given, from its
    first bytes: UTF-16 is little-endian, as Windows writes it, where they hold a zero byte
    (UTF-16 writes every ASCII character with one: a digit, a separator, a line end), and
    stays UTF-16 where they hold none (no table in UTF-16: its reader says so). Bytes that
    look like UTF-16 under any encoding of single bytes or UTF-8 are refused, naming
    ``source``: read so, they would be rows of nonsense.

    >>> unmarked_codec("kode,penduduk".encode("utf-16-le"), "UTF16", "s.csv")
    'utf-16-le'
    >>> unmarked_codec(b"kode,penduduk", "utf-16", "s.csv"), unmarked_codec(b"kode", "utf-8", "")
    ('utf-16', 'utf-8')
    """
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:  # refused by the reading options, before any file is opened
        return encoding
    if codec == "utf-16":
        return "utf-16-le" if b"\x00" in head else encoding
    if not codec.startswith(("utf-16", "utf-32")) and looks_utf16(head):
        raise InputError(
            "batch.looks_utf16", path=source, encoding=encoding, encoding_option=Field("encoding")
        )
    return encoding


def looks_utf16(head: bytes) -> bool:
    """Whether a file's first bytes, without a mark, are UTF-16 text of Latin letters and
    digits (what a table of regions or a list of NIKs is): nearly every second byte zero,
    in either byte order. Read as UTF-8 or cp1252, it would give rows of nonsense.

    >>> looks_utf16("kode,penduduk\\n63.03,590393".encode("utf-16-le"))
    True
    >>> looks_utf16("kode,penduduk\\n63.03,\\x00590393".encode())
    False
    """
    if len(head) < 16:
        return False
    return any(half.count(0) * 10 >= len(half) * 9 for half in (head[1::2], head[0::2]))
