"""Units and quantities: an interval of values with a unit, converted on arithmetic.

A unit is a product of base dimensions with integer powers and a scale to the base
(``bbl/yr`` is volume·time⁻¹ with scale 1/365.25 when the base of time is the day).
Dates are a unit of their own: a date is a day number, a date minus a date is a
number of days, and a date plus a duration is a date.

Conversions between kinds of thing (tonnes of crude to barrels, dollars to won) are
not units: they are references with a citation, multiplied in a rule's expression.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from factcheck.interval import Interval, Truth

__all__ = [
    "UNITS",
    "Quantity",
    "Unit",
    "UnitError",
    "describe_unit",
    "parse_unit",
]


class UnitError(ValueError):
    """Two quantities cannot be combined or compared; the message says why."""


@dataclass(frozen=True, slots=True)
class _Def:
    scale: Decimal
    dims: tuple[tuple[str, int], ...]
    singular: str
    plural: str


def _d(scale: str, dim: str | None, singular: str, plural: str | None = None) -> _Def:
    return _Def(
        Decimal(scale),
        ((dim, 1),) if dim else (),
        singular,
        singular + "s" if plural is None else plural,
    )


# Each unit: scale to its base, base dimension, and its names for display.
UNITS: Mapping[str, _Def] = {
    # volume (base: the barrel, 42 US gallons)
    "bbl": _d("1", "volume", "barrel"),
    "L": _d("0.006289810770432104", "volume", "litre"),
    "m3": _d("6.289810770432104", "volume", "cubic metre"),
    "gal": _d("0.02380952380952380952", "volume", "US gallon"),
    # mass (base: the metric tonne)
    "t": _d("1", "mass", "tonne"),
    "kg": _d("0.001", "mass", "kilogram"),
    "lb": _d("0.00045359237", "mass", "pound"),
    # time (base: the day; a month is a twelfth of a Julian year)
    "day": _d("1", "time", "day"),
    "week": _d("7", "time", "week"),
    "month": _d("30.4375", "time", "month"),
    "yr": _d("365.25", "time", "year"),
    "h": _d("0.04166666666666666666666666667", "time", "hour"),
    "min": _d("0.0006944444444444444444444444444", "time", "minute"),
    "s": _d("0.00001157407407407407407407407407", "time", "second"),
    # money: each currency is its own dimension; exchange rates are references
    "USD": _d("1", "USD", "US dollar"),
    "EUR": _d("1", "EUR", "euro"),
    "GBP": _d("1", "GBP", "pound sterling", "pounds sterling"),
    "RUB": _d("1", "RUB", "rouble"),
    "KPW": _d("1", "KPW", "North Korean won", "North Korean won"),
    "KRW": _d("1", "KRW", "South Korean won", "South Korean won"),
    "UAH": _d("1", "UAH", "hryvnia", "hryvnias"),
    # length (calibres, distances)
    "mm": _d("0.001", "length", "millimetre"),
    "km": _d("1000", "length", "kilometre"),
    "km2": _Def(Decimal("1000000"), (("length", 2),), "square kilometre", "square kilometres"),
    "m": _d("1", "length", "metre"),
    "mi": _d("1609.344", "length", "mile"),
    "ft": _d("0.3048", "length", "foot", "feet"),
    # dimensionless
    "1": _d("1", None, "", ""),
    "×": _d("1", None, "×", "×"),
    "%": _d("0.01", None, "percent", "percent"),
}

DATE = "date"

_TOKEN = re.compile(r"\s*([/*·])?\s*([A-Za-z%×1][A-Za-z0-9%×]*)(?:\^(-?\d+))?")


@dataclass(frozen=True, slots=True)
class Unit:
    """A parsed unit: its text, scale to base and base dimensions."""

    text: str
    scale: Decimal
    dims: tuple[tuple[str, int], ...]

    @property
    def is_date(self) -> bool:
        return self.text == DATE

    @property
    def is_time(self) -> bool:
        return self.dims == (("time", 1),)

    @property
    def is_dimensionless(self) -> bool:
        return not self.dims and not self.is_date

    def compatible(self, other: Unit) -> bool:
        return self.dims == other.dims and self.is_date == other.is_date

    def factor_to(self, other: Unit) -> Decimal:
        """Multiply a value in ``self`` by this to express it in ``other``."""
        if not self.compatible(other):
            raise UnitError(
                f"cannot convert {describe_unit(self.text)} to {describe_unit(other.text)}"
            )
        return self.scale / other.scale


def _combine(a: dict[str, int], b: tuple[tuple[str, int], ...], sign: int) -> None:
    for dim, power in b:
        a[dim] = a.get(dim, 0) + sign * power
        if a[dim] == 0:
            del a[dim]


def _canonical(dims: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(dims.items()))


@functools.lru_cache(maxsize=1024)
def parse_unit(text: str) -> Unit:
    """Parse ``bbl``, ``bbl/yr``, ``USD/month``, ``bbl/t``, ``1`` or ``date``.

    Memoised: a rule set names a few dozen units, and matching every figure to every
    concept asks for them again and again (a :class:`Unit` is immutable).
    """
    text = text.strip()
    if text == DATE:
        return Unit(DATE, Decimal(1), ())
    if not text:
        raise UnitError("empty unit")
    pos, scale, dims = 0, Decimal(1), {}  # type: ignore[var-annotated]
    first = True
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos or (first and m.group(1) == "/"):
            raise UnitError(f"unknown unit {text!r}")
        op, name, power = m.group(1), m.group(2), int(m.group(3) or 1)
        if name not in UNITS:
            known = ", ".join(sorted(k for k in UNITS if k != "1"))
            where = "" if name == text else f" in {text!r}"
            raise UnitError(f"unknown unit {name!r}{where}; known units: {known}")
        sign = -1 if op == "/" else 1
        d = UNITS[name]
        scale *= d.scale ** (sign * power)
        _combine(dims, tuple((k, v * power) for k, v in d.dims), sign)
        pos, first = m.end(), False
    return Unit(text, scale, _canonical(dims))


def _unit_text(dims: dict[str, int], base_names: Mapping[str, str]) -> str:
    num = [base_names[d] + (f"^{p}" if p != 1 else "") for d, p in sorted(dims.items()) if p > 0]
    den = [base_names[d] + (f"^{-p}" if p != -1 else "") for d, p in sorted(dims.items()) if p < 0]
    text = "*".join(num) or "1"
    return text + "".join("/" + x for x in den)


_BASE_NAME = {
    def_.dims[0][0]: name
    for name, def_ in UNITS.items()
    if def_.dims and def_.scale == 1 and name not in ("m",)
}
_BASE_NAME["length"] = "m"


def describe_unit(text: str, *, plural: bool = True) -> str:
    """Words for a unit: ``bbl/yr`` → "barrels a year", ``USD`` → "US dollars"."""
    if text == DATE:
        return "dates"
    if text == "1":
        return "plain numbers"
    parts = re.split(r"\s*/\s*", text)
    head = parts[0]
    d = UNITS.get(head)
    words = (d.plural if plural else d.singular) if d else head
    for per in parts[1:]:
        p = UNITS.get(per)
        words += f" a {p.singular}" if p else f" per {per}"
    return words.strip()


@dataclass(frozen=True, slots=True)
class Quantity:
    """An interval of values in a unit; arithmetic converts and checks units."""

    interval: Interval
    unit: str = "1"

    @classmethod
    def of(cls, value: Decimal | int | str, unit: str = "1") -> Quantity:
        return cls(Interval.exact(Decimal(value)), unit)

    @property
    def parsed(self) -> Unit:
        return parse_unit(self.unit)

    def to(self, unit: str) -> Quantity:
        if unit == self.unit:
            return self
        factor = self.parsed.factor_to(parse_unit(unit))
        return Quantity(self.interval.scale(factor), unit)

    # -- helpers --------------------------------------------------------------------
    def _aligned(self, other: Quantity, verb: str) -> tuple[Interval, Interval]:
        a, b = self.parsed, other.parsed
        if not a.compatible(b):
            raise UnitError(
                f"cannot {verb} {describe_unit(self.unit)} and {describe_unit(other.unit)}"
            )
        return self.interval, other.interval.scale(b.factor_to(a))

    @staticmethod
    def _coerce(x: object) -> Quantity:
        if isinstance(x, Quantity):
            return x
        if isinstance(x, bool):
            raise UnitError("a truth value is not a quantity")
        if isinstance(x, int | Decimal):
            return Quantity.of(Decimal(x))
        if isinstance(x, float):
            return Quantity.of(Decimal(repr(x)))
        raise UnitError(f"not a quantity: {x!r}")

    # -- arithmetic -----------------------------------------------------------------
    def __add__(self, other: object) -> Quantity:
        o = self._coerce(other)
        a, b = self.parsed, o.parsed
        if a.is_date and b.is_time:
            return Quantity(self.interval + o.to("day").interval, self.unit)
        if a.is_time and b.is_date:
            return o + self
        x, y = self._aligned(o, "add")
        if a.is_date:
            raise UnitError("cannot add two dates")
        return Quantity(x + y, self.unit)

    __radd__ = __add__

    def __sub__(self, other: object) -> Quantity:
        o = self._coerce(other)
        a, b = self.parsed, o.parsed
        if a.is_date and b.is_date:
            return Quantity(self.interval - o.interval, "day")
        if a.is_date and b.is_time:
            return Quantity(self.interval - o.to("day").interval, self.unit)
        x, y = self._aligned(o, "subtract")
        return Quantity(x - y, self.unit)

    def __rsub__(self, other: object) -> Quantity:
        return self._coerce(other) - self

    def __neg__(self) -> Quantity:
        return Quantity(-self.interval, self.unit)

    def _product(self, o: Quantity, sign: int) -> Quantity:
        a, b = self.parsed, o.parsed
        if a.is_date or b.is_date:
            raise UnitError("cannot multiply or divide a date")
        dims = dict(a.dims)
        _combine(dims, b.dims, sign)
        interval = (self.interval * o.interval if sign > 0 else self.interval / o.interval).scale(
            a.scale * b.scale**sign
        )
        # Express the result in base units, then in the most readable unit we know.
        unit = _unit_text(dims, _BASE_NAME)
        return _prefer(Quantity(interval, unit), self.unit, o.unit, sign)

    def __mul__(self, other: object) -> Quantity:
        return self._product(self._coerce(other), 1)

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Quantity:
        return self._product(self._coerce(other), -1)

    def __rtruediv__(self, other: object) -> Quantity:
        return self._coerce(other)._product(self, -1)

    def __abs__(self) -> Quantity:
        return Quantity(abs(self.interval), self.unit)

    # -- comparisons (three-valued) ----------------------------------------------
    def _cmp(self, other: object, name: str) -> Truth:
        x, y = self._aligned(self._coerce(other), "compare")
        result: Truth = getattr(x, name)(y)
        return result

    def __lt__(self, other: object) -> Truth:
        return self._cmp(other, "lt")

    def __le__(self, other: object) -> Truth:
        return self._cmp(other, "le")

    def __gt__(self, other: object) -> Truth:
        return self._cmp(other, "gt")

    def __ge__(self, other: object) -> Truth:
        return self._cmp(other, "ge")

    def same_as(self, other: Quantity) -> Truth:
        x, y = self._aligned(other, "compare")
        return x.eq(y)

    def __str__(self) -> str:
        return f"{self.interval} {self.unit}"


def _prefer(q: Quantity, left: str, right: str, sign: int) -> Quantity:
    """Name a product or quotient in the operands' own units where possible.

    ``bbl/yr × yr`` is in ``bbl``, ``USD ÷ yr`` in ``USD/yr``, a dimensionless
    result in ``1``; otherwise the base units (``bbl/day``).
    """
    parsed = q.parsed
    if not parsed.dims:
        return q.to("1")
    candidates = [left, right, left.split("/")[0], right.split("/")[0]]
    if all(c.isalnum() for c in (left, right)):
        candidates.append(f"{left}{'*' if sign > 0 else '/'}{right}")
    for text in candidates:
        try:
            if parse_unit(text).compatible(parsed):
                return q.to(text)
        except UnitError:
            continue
    return q
