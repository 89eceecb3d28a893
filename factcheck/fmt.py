"""Numbers, intervals and quantities as a reader sees them, in the brief's language."""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_EVEN, Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from factcheck.interval import Interval
from factcheck.units import UNITS, Quantity, describe_unit

__all__ = [
    "day_to_date",
    "format_date_value",
    "format_interval",
    "format_number",
    "format_quantity",
    "plain",
]

_SIGNIFICANT = 4


def plain(x: Decimal) -> float | int | None:
    """A bound as JSON: an int where whole, a float otherwise, None when infinite."""
    if x.is_infinite():
        return None
    rounded = _round(x, 10)
    if rounded == rounded.to_integral_value():
        return int(rounded)
    return float(rounded)


def _round(x: Decimal, significant: int) -> Decimal:
    if x == 0 or x.is_infinite():
        return x
    exponent = x.adjusted() - significant + 1
    if exponent >= 0 and x == x.to_integral_value():
        return x
    quantum = Decimal(1).scaleb(exponent)
    return x.quantize(quantum, rounding=ROUND_HALF_EVEN).normalize()


def format_number(x: Decimal, locale: str = "en", significant: int = _SIGNIFICANT) -> str:
    """1000000 → "1,000,000"; 1503086.41 → "1,503,000"; 2.00803 → "2.008"."""
    if x.is_infinite():
        return "∞" if x > 0 else "-∞"
    r = _round(x, significant)
    if r == r.to_integral_value():
        r = r.quantize(Decimal(1))
    text: str = format_decimal(r, locale=locale, decimal_quantization=False)
    return text


def day_to_date(x: Decimal) -> datetime.date:
    return datetime.date.fromordinal(int(x))


def format_date_value(x: Decimal, locale: str = "en") -> str:
    text: str = format_date(day_to_date(x), format="long", locale=locale)
    return text


def _unit_words(unit: str, value: Decimal | None) -> tuple[str, str]:
    """(prefix, suffix) around a number: ("$", "") or ("", " barrels a year")."""
    head, _, rest = unit.partition("/")
    tail = describe_unit("x/" + rest).removeprefix("x") if rest else ""
    if head == "USD":
        return "$", tail
    if head in ("1", ""):
        return "", tail
    if head == "%":
        return "", "%" + tail
    if head == "×":
        return "", "×" + tail
    d = UNITS.get(head)
    singular = value is not None and abs(value) == 1
    word = (d.singular if singular else d.plural) if d else head
    return "", f" {word}{tail}"


def format_interval(iv: Interval, unit: str = "1", locale: str = "en") -> str:
    """The values an interval allows, in words a reader expects.

    exactly x → "x"; (x, ∞) → "more than x"; [x, ∞) → "at least x"; [a, b] → "a–b";
    (a, b] → "more than a and at most b".
    """
    if unit == "date":
        if iv.is_exact:
            return format_date_value(iv.low, locale)
        if iv.is_bounded:
            return f"{format_date_value(iv.low, locale)} – {format_date_value(iv.high, locale)}"
        if iv.low.is_finite():
            return f"after {format_date_value(iv.low, locale)}"
        if iv.high.is_finite():
            return f"before {format_date_value(iv.high, locale)}"
        return "an unknown date"

    def n(x: Decimal) -> str:
        prefix, suffix = _unit_words(unit, x)
        return f"{prefix}{format_number(x, locale)}{suffix}"

    def bare(x: Decimal) -> str:
        prefix, _ = _unit_words(unit, x)
        return f"{prefix}{format_number(x, locale)}"

    low, high = iv.low, iv.high
    if iv.is_exact:
        return n(low)
    if low.is_infinite() and high.is_infinite():
        return "any value"
    if high.is_infinite():
        return ("more than " if iv.low_open else "at least ") + n(low)
    if low.is_infinite() or (low == 0 and not iv.low_open):
        return ("less than " if iv.high_open else "at most ") + n(high)
    if format_number(low, locale) == format_number(high, locale):
        return n(low)  # equal at the precision shown
    if not iv.low_open and not iv.high_open:
        return f"{bare(low)}–{n(high)}"
    left = "more than" if iv.low_open else "at least"
    right = "less than" if iv.high_open else "at most"
    return f"{left} {bare(low)} and {right} {n(high)}"


def format_quantity(q: Quantity, locale: str = "en") -> str:
    return format_interval(q.interval, q.unit, locale)
