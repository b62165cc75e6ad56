"""What a NIK is, what Excel does to one, and how one is kept out of sight.

A NIK (Nomor Induk Kependudukan) is 16 digits: digits 1-6 the kecamatan code (province,
kabupaten/kota, kecamatan, without dots) where the person was first registered, which is
not always where they live today, so an unknown code is a warning, never a refusal;
digits 7-12 the date of birth as DDMMYY, with 40 added to the day for women; digits 13-16
a serial from 0001.

Excel keeps at most 15 significant digits of a number: a NIK typed into a number cell
comes back as ``3.20101E+15`` or as 16 digits whose last is a 0 that was never typed. Such
a NIK is *damaged*: named as such, never matched (its last digit is lost, and guessing it
would match the wrong person).

This module is the rule, in plain Python; :mod:`jkngap.people.engine` applies the same
rule in SQL to millions of rows, and a property test holds the two equal. Nothing here
ever puts a NIK into a message: :func:`mask` and :func:`scrub` are what text from a list
passes through before anyone sees it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

__all__ = [
    "HASH",
    "HASH_LENGTH",
    "Nik",
    "NikState",
    "canonical",
    "check_nik",
    "looks_hashed",
    "looks_plain",
    "mask",
    "scrub",
]

NIK_LENGTH = 16
HASH_LENGTH = 64  # an HMAC-SHA256 (or SHA-256) digest in hexadecimal
# Excel's scientific notation, as an English or an Indonesian Excel writes it: 3.20101E+15,
# 3,20101E+15, 3E+15.
_SCIENTIFIC = re.compile(r"[0-9](?:[.,][0-9]+)?[eE]\+?[0-9]+")
# A number written with a decimal part of zeros (3201012345678900.0): it went through a
# number on its way here.
_NUMBER_TEXT = re.compile(r"([0-9]+)[.,]0+")
_DIGITS = re.compile(r"[0-9]{16}")
_ROUNDED = re.compile(r"[0-9]{15}0")
_ANY_DIGITS = re.compile(r"[0-9]+")
HASH = re.compile(r"[0-9a-fA-F]{64}")
# Spaces and the marks around a cell's text that carry no digit: a leading apostrophe is
# how Excel is told a cell is text.
_EDGES = " \t\r\n\u00a0"
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class NikState(str, enum.Enum):
    """What a list's NIK cell holds."""

    VALID = "valid"  # 16 digits, a real date, a serial: matched
    INVALID = "invalid"  # missing, or not a NIK at all: counted, never matched
    DAMAGED = "damaged"  # a NIK that Excel turned into a number: counted, never matched


@dataclass(frozen=True)
class Nik:
    """A NIK cell read: its state, the 16 digits where it is valid, and why it is not."""

    state: NikState
    digits: str | None = None  # the NIK itself, only when valid
    reason: str | None = None  # missing, characters, length, date, serial, scientific, rounded


def canonical(text: str) -> str:
    """A cell's text with what carries no digit taken away: surrounding spaces, a leading
    apostrophe, spaces between groups of digits (``3201 0123 4567 8901``)."""
    text = text.strip(_EDGES)
    if text.startswith("'"):
        text = text[1:]
    return text.replace(" ", "")


def _real_date(digits: str) -> bool:
    """Whether digits 7-12 (DDMMYY, 40 added to a woman's day) are a real date. The
    century is not written: 29 February is real when YY is a multiple of 4 (2000 was a
    leap year, and either century's year YY is one then, 1900 aside, which 2000 covers)."""
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2 and day == 29:
        return year % 4 == 0
    return day <= _DAYS[month - 1]


def check_nik(cell: object, *, numeric: bool = False) -> Nik:
    """A NIK cell as it was read: text, or a number where the cell was a number (an Excel
    number cell, a numeric Parquet column); ``numeric`` says the text came from one.

    >>> check_nik("3201014101990002")
    Nik(state=<NikState.VALID: 'valid'>, digits='3201014101990002', reason=None)
    >>> check_nik("3.20101E+15").reason
    'scientific'
    >>> check_nik(3201014101990000).reason
    'rounded'
    """
    if cell is None:
        return Nik(NikState.INVALID, reason="missing")
    if isinstance(cell, bool):
        return Nik(NikState.INVALID, reason="characters")
    if isinstance(cell, int | float):
        if isinstance(cell, float) and not cell.is_integer():  # also NaN and infinity
            return Nik(NikState.INVALID, reason="characters")
        numeric = True
        text = str(int(cell))
    else:
        text = canonical(str(cell))
    if not text:
        return Nik(NikState.INVALID, reason="missing")
    if _SCIENTIFIC.fullmatch(text):
        return Nik(NikState.DAMAGED, reason="scientific")
    number = _NUMBER_TEXT.fullmatch(text)
    if numeric or number:
        if number:
            text = number.group(1)
        if _ROUNDED.fullmatch(text):
            return Nik(NikState.DAMAGED, reason="rounded")
    if not _DIGITS.fullmatch(text):
        return Nik(
            NikState.INVALID, reason="length" if _ANY_DIGITS.fullmatch(text) else "characters"
        )
    if not _real_date(text):
        return Nik(NikState.INVALID, reason="date")
    if text.endswith("0000"):
        return Nik(NikState.INVALID, reason="serial")
    return Nik(NikState.VALID, digits=text)


def looks_hashed(text: str) -> bool:
    """Whether a cell holds a digest in hexadecimal (a hashed NIK) rather than a NIK."""
    return bool(HASH.fullmatch(canonical(text)))


def looks_plain(cell: object) -> bool:
    """Whether a cell holds a NIK as people write one, valid or damaged (not a hash)."""
    return check_nik(cell).state is not NikState.INVALID


def mask(text: str | None) -> str | None:
    """A NIK (or a KK number, or a hash) with all but its first and last four characters
    hidden: ``3201********0001``. Text of eight characters or fewer is hidden whole.

    >>> mask("3201014101990001")
    '3201********0001'
    """
    if text is None:
        return None
    if len(text) <= 8:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 8) + text[-4:]


# Twelve or more digits, written together or in groups (3201 0123 4567 8901, 3.201.012...),
# and long runs of hexadecimal: what a NIK, a KK number or a hash looks like in text (a
# desa code, 32.01.01.2001, has ten digits, and stays).
_SECRET = re.compile(r"[0-9](?:[ .,\-/]?[0-9]){11,}|[0-9a-fA-F]{16,}")


def scrub(text: str, *, most: int = 200) -> str:
    """Text from a list or from a library, made fit for a message: every run of twelve or
    more digits and every long hexadecimal run replaced by ``…``, control characters
    dropped, cut to ``most`` characters.

    >>> scrub("Could not convert '3201014101990002' in 32.01.01.2001")
    "Could not convert '…' in 32.01.01.2001"
    """
    clean = _SECRET.sub("…", text)
    clean = "".join(ch if ch.isprintable() else " " for ch in clean)
    return clean if len(clean) <= most else clean[: most - 1] + "…"
