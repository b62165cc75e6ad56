"""The one integer kernel: ceilings, cuts and spans of whole numbers.

Every figure jkngap prints comes through here, for one region or for 84,000 rows of a
village file alike: the least whole number that reaches a share (a ceiling), a percentage
cut toward zero (never rounded up past a target), and the spans of whole numbers that a
rounded, published percentage leaves open. Shares arrive as a numerator and denominator
of ints, worked out once per run, so that a long file pays for no Fraction per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import NamedTuple

from jkngap.core.errors import Field, InputError

__all__ = [
    "Bounds",
    "Cut4",
    "Span",
    "base_from_share",
    "ceil_div",
    "count_from_share",
    "cut",
    "cut4_each",
    "cut4_texts",
    "decimal_text",
    "new_members",
    "new_members_each",
    "required",
    "required_each",
    "required_span",
    "shortfall_each",
    "shortfall_span",
]


def ceil_div(numerator: int, denominator: int) -> int:
    """The least whole number at or above ``numerator / denominator`` (denominator > 0)."""
    return -(-numerator // denominator)


def required_each(numerator: int, denominator: int, bases: Iterable[int]) -> list[int]:
    """People required for a share ``numerator / denominator`` of each base: its ceiling."""
    return [-(-numerator * base // denominator) for base in bases]


def required(numerator: int, denominator: int, base: int) -> int:
    """People required for a share ``numerator / denominator`` of ``base``."""
    return required_each(numerator, denominator, (base,))[0]


def shortfall_each(needs: Iterable[int], haves: Iterable[int]) -> list[int]:
    """How many more each need takes than its have gives (never below zero)."""
    return [need - have if need > have else 0 for need, have in zip(needs, haves, strict=True)]


def new_members_each(
    numerator: int, denominator: int, registered: Iterable[int], active: Iterable[int]
) -> list[int | None]:
    """For each region, the least x with (active + x) / (registered + x) >= share: members
    active at once. ``None`` where no number will do (a 100 % target with inactive
    members left)."""
    pairs = zip(registered, active, strict=True)
    if numerator >= denominator:
        return [0 if a * denominator >= numerator * r else None for r, a in pairs]
    rest = denominator - numerator
    return [
        0 if a * denominator >= numerator * r else -(-(numerator * r - denominator * a) // rest)
        for r, a in pairs
    ]


def new_members(numerator: int, denominator: int, registered: int, active: int) -> int | None:
    """The least x with (active + x) / (registered + x) >= share, for one region."""
    return new_members_each(numerator, denominator, (registered,), (active,))[0]


def cut(value: Fraction, decimals: int) -> int:
    """``value`` scaled by ``10**decimals`` and cut toward zero: 97.996 at 2 is 9799."""
    scaled: int = value.numerator * 10**decimals
    whole: int = abs(scaled) // value.denominator
    return whole if scaled >= 0 else -whole


def decimal_text(value: Fraction, decimals: int) -> str:
    """``value`` cut toward zero to ``decimals`` decimals, as plain text with a dot.

    Cutting, not rounding, so that 97.996 is never shown as 98.00 beside a 98 % target.
    """
    scaled = cut(value, decimals)
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled)).rjust(decimals + 1, "0")
    if not decimals:
        return sign + digits
    return f"{sign}{digits[:-decimals]}.{digits[-decimals:]}"


def cut4_fraction_texts(values: Iterable[Fraction | None]) -> list[str | None]:
    """Each exact percentage cut toward zero to four decimals, as :func:`decimal_text`
    with no trailing zeros writes it (-1.5, 98.5069, 0): a column of them at once."""
    texts: list[str | None] = []
    for value in values:
        if value is None:
            texts.append(None)
            continue
        numerator = value.numerator
        whole = abs(numerator) * 10_000 // value.denominator
        text = ("%d.%04d" % divmod(whole, 10_000)).rstrip("0").rstrip(".")  # noqa: UP031 (speed, as cut4_texts)
        texts.append("-" + text if numerator < 0 and whole else text)
    return texts


class Cut4(int):
    """A percentage held as ten-thousandths, already cut toward zero: 985069 is 98.5069 %.

    :func:`cut4_each` is the kernel's cut of ``part / whole`` in percent, done with
    integers alone; machine formats write it as 98.5069.
    """

    __slots__ = ()

    def as_fraction(self) -> Fraction:
        return Fraction(int(self), 10**4)

    def __str__(self) -> str:
        """The decimal text, 98.5069 (no trailing zeros): what machine formats write."""
        text = cut4_texts((self,))[0]
        assert text is not None  # a Cut4 is a number, never None
        return text

    __repr__ = int.__repr__


def cut4_each(parts: Iterable[int], wholes: Iterable[int]) -> list[int]:
    """Each ``part / whole`` in percent, cut toward zero to four decimals, as a whole number
    of ten-thousandths (whole > 0): 985069 is 98.5069 %."""
    return [part * 1_000_000 // whole for part, whole in zip(parts, wholes, strict=True)]


def cut4_texts(values: Iterable[int | None]) -> list[str | None]:
    """Ten-thousandths of a percent as decimal text with no trailing zeros: 985069 is
    "98.5069", 9850000 is "985"; None stays None."""
    # "98.5000" to "98.5", "98.0000" to "98": %-formatting, a third faster than f-strings.
    return [
        None
        if value is None
        else ("%d.%04d" % (value // 10_000, value % 10_000)).rstrip("0").rstrip(".")  # noqa: UP031 (speed, above)
        for value in values
    ]


# Span and Bounds are named tuples rather than dataclasses: every command imports them, and
# a named tuple costs a tenth of a frozen dataclass to create at start-up.
class Span(NamedTuple):
    """Every whole number from ``low`` to ``high``, both included."""

    low: int
    high: int

    @classmethod
    def exactly(cls, value: int) -> Span:
        return cls(value, value)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    @property
    def value(self) -> int | None:
        """The number itself when the span holds one number, else ``None``."""
        return self.low if self.exact else None

    def as_list(self) -> list[int]:
        return [self.low, self.high]


class Bounds(NamedTuple):
    """The whole numbers from ``low`` to ``high`` (no upper end when ``high`` is None)."""

    low: int
    high: int | None

    def meet(self, other: Bounds) -> Bounds | None:
        low = max(self.low, other.low)
        highs = [high for high in (self.high, other.high) if high is not None]
        high = min(highs) if highs else None
        return None if high is not None and low > high else Bounds(low, high)

    def as_list(self) -> list[int | None]:
        return [self.low, self.high]


def required_span(share: Fraction, base: Span) -> Span:
    """People required for ``share`` of every base in the span."""
    return Span(*required_each(share.numerator, share.denominator, (base.low, base.high)))


def shortfall_span(need: Span, have: Span) -> Span:
    """How many more ``need`` takes than ``have`` gives, over both spans (never below 0)."""
    return Span(*shortfall_each((need.low, need.high), (have.high, have.low)))


def count_from_share(base: int, share: tuple[Fraction, Fraction], *, field: str) -> Span:
    """The counts ``c`` out of ``base`` with ``low <= c / base < high``."""
    low, high = share
    span = Span(
        required(low.numerator, low.denominator, base),
        required(high.numerator, high.denominator, base) - 1,
    )
    if span.low > span.high:
        raise InputError("value.no_count_fits", field=field, base=base)
    return span


def base_from_share(count: int, share: tuple[Fraction, Fraction], *, field: str) -> Span:
    """The bases ``b > 0`` with ``low <= count / b < high``: a population from a rounded share."""
    low, high = share
    if count == 0 or low == 0:
        raise InputError(
            "value.base_unbounded", field=field, count=count, population=Field("population")
        )
    # floor(count / high) + 1 to floor(count / low), in integers
    span = Span(
        count * high.denominator // high.numerator + 1, count * low.denominator // low.numerator
    )
    if span.low > span.high:
        raise InputError("value.no_base_fits", field=field, count=count)
    return span
