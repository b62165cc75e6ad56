"""Why a library could not read a file, as a message's ``reason``: in the catalogue's words
where a user's bad file is the cause (the csv module's line, a workbook's zip archive and
XML parts), so that a message in Indonesian holds no English library words; the
operating system's reason by its error number; else the library's own words, given by
the caller (English: no catalogue has them).

Only the standard library's exception classes are looked at here (zipfile, zlib, the XML
parser); nothing is imported that reads a file.
"""

from __future__ import annotations

import csv
import re
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from jkngap.core.errors import SystemReason, reason_of, system_reason
from jkngap.core.model import Note

__all__ = ["csv_reason", "workbook_reason"]

_FIELD_LIMIT = re.compile(r"field larger than field limit \((\d+)\)")


def csv_reason(error: csv.Error) -> Note | str:
    """Why the csv module could not read a line, in the catalogue's words where it has
    them, else the module's own."""
    said = str(error)
    limit = _FIELD_LIMIT.match(said)
    if limit is not None:
        return Note("reason.field_too_long", {"most": int(limit[1])})
    if said.startswith("new-line character seen in unquoted field"):
        return Note("reason.unquoted_newline")
    return said


def workbook_reason(error: BaseException, fallback: str) -> Note | SystemReason | str:
    """Why a workbook (a zip archive of XML parts) could not be read: the system's reason,
    an archive that is none or is damaged, a part it needs missing, a part that is no
    well-formed XML or that declares entities (refused by defusedxml); else ``fallback``,
    the library's words as the caller may show them. openpyxl raises its own ValueError
    from the parser's: the first error of the chain that says more is the reason."""
    seen: BaseException | None = error
    while seen is not None:
        found = _workbook_reason(seen)
        if found is not None:
            return found
        seen = seen.__cause__ or seen.__context__
    if isinstance(error, ValueError) and str(error).startswith("Unable to read workbook"):
        return Note("reason.xml_broken")  # openpyxl's: "...contain some invalid XML"
    return reason_of(error, fallback)


def _workbook_reason(error: BaseException) -> Note | SystemReason | None:
    if isinstance(error, OSError):
        return system_reason(error)
    if isinstance(error, zipfile.BadZipFile) and "zip file" in str(error).lower():
        return Note("reason.not_zip")  # "File is not a zip file": no archive at all
    # A member whose bytes were changed or cut: its CRC, its deflate stream, its header.
    if isinstance(error, zipfile.BadZipFile | zlib.error | EOFError):
        return Note("reason.zip_damaged")
    if isinstance(error, KeyError) and "in the archive" in str(error):
        return Note("reason.xlsx_part_missing")  # zipfile's "There is no item named ..."
    if isinstance(error, ParseError):  # defusedxml's is the standard library's
        return Note("reason.xml_broken")
    if type(error).__module__.startswith("defusedxml"):
        return Note("reason.xml_forbidden")
    return None
