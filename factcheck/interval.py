"""Interval arithmetic over :class:`~decimal.Decimal` with open and closed ends.

A stated figure is the set of values its source allows. ``Interval`` is that set;
arithmetic on intervals contains every result of arithmetic on their members, and a
comparison answers :data:`Truth.TRUE` when it holds for every allowed pair of values,
:data:`Truth.FALSE` when it holds for none, and :data:`Truth.UNKNOWN` otherwise.

Infinite ends are ``Decimal("Infinity")`` and are always open.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

__all__ = ["INF", "NINF", "Interval", "Truth"]

INF = Decimal("Infinity")
NINF = Decimal("-Infinity")
_ZERO = Decimal(0)
# Ends are rounded outward (low down, high up), so a result always holds the true values.
_TRAPS = [decimal.InvalidOperation, decimal.DivisionByZero]
_DOWN = decimal.Context(prec=34, rounding=decimal.ROUND_FLOOR, traps=_TRAPS)
_UP = decimal.Context(prec=34, rounding=decimal.ROUND_CEILING, traps=_TRAPS)


class Truth(Enum):
    """Kleene's three-valued logic: true for all values, for none, or it depends."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: bool | Truth) -> Truth:
        if isinstance(value, Truth):
            return value
        return cls.TRUE if value else cls.FALSE

    def __and__(self, other: object) -> Truth:
        o = Truth.of(other)  # type: ignore[arg-type]
        if Truth.FALSE in (self, o):
            return Truth.FALSE
        if Truth.UNKNOWN in (self, o):
            return Truth.UNKNOWN
        return Truth.TRUE

    __rand__ = __and__

    def __or__(self, other: object) -> Truth:
        o = Truth.of(other)  # type: ignore[arg-type]
        if Truth.TRUE in (self, o):
            return Truth.TRUE
        if Truth.UNKNOWN in (self, o):
            return Truth.UNKNOWN
        return Truth.FALSE

    __ror__ = __or__

    def __invert__(self) -> Truth:
        return {Truth.TRUE: Truth.FALSE, Truth.FALSE: Truth.TRUE}.get(self, Truth.UNKNOWN)

    def __bool__(self) -> bool:
        raise TypeError("a three-valued Truth has no plain truth value; use &, | and ~")


def _dec(x: Decimal | int | str) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(x)


def _mul(a: Decimal, b: Decimal, ctx: decimal.Context) -> Decimal:
    # 0 × ∞ is 0 at an interval's end: the unbounded side is never reached.
    if a == 0 or b == 0:
        return _ZERO
    return ctx.multiply(a, b)


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a figure allows: from ``low`` to ``high``, each end open or closed."""

    low: Decimal
    high: Decimal
    low_open: bool = False
    high_open: bool = False

    def __post_init__(self) -> None:
        low, high = self.low, self.high
        if low.is_nan() or high.is_nan():
            raise ValueError("an interval's ends must be numbers")
        if low > high or (low == high and (self.low_open or self.high_open)):
            raise ValueError(f"empty interval: {low}..{high}")
        if low.is_infinite() and not self.low_open:
            object.__setattr__(self, "low_open", True)
        if high.is_infinite() and not self.high_open:
            object.__setattr__(self, "high_open", True)

    # -- construction -------------------------------------------------------------
    @classmethod
    def exact(cls, x: Decimal | int | str) -> Interval:
        v = _dec(x)
        return cls(v, v)

    @classmethod
    def closed(cls, low: Decimal | int | str, high: Decimal | int | str) -> Interval:
        return cls(_dec(low), _dec(high))

    @classmethod
    def above(cls, x: Decimal | int | str, *, inclusive: bool = False) -> Interval:
        return cls(_dec(x), INF, low_open=not inclusive)

    @classmethod
    def below(cls, x: Decimal | int | str, *, inclusive: bool = True) -> Interval:
        return cls(NINF, _dec(x), high_open=not inclusive)

    @classmethod
    def everything(cls) -> Interval:
        return cls(NINF, INF)

    @classmethod
    def around(cls, x: Decimal | int | str, rel: Decimal | str) -> Interval:
        """``x`` within a relative tolerance ``rel`` (0.1 for ±10%)."""
        v, r = _dec(x), _dec(rel)
        d = abs(v) * r
        return cls(v - d, v + d)

    # -- properties ---------------------------------------------------------------
    @property
    def is_exact(self) -> bool:
        return self.low == self.high

    @property
    def is_bounded(self) -> bool:
        return self.low.is_finite() and self.high.is_finite()

    @property
    def midpoint(self) -> Decimal | None:
        return (self.low + self.high) / 2 if self.is_bounded else None

    def __contains__(self, x: object) -> bool:
        if not isinstance(x, Decimal | int):
            return False
        v = _dec(x)
        above_low = v > self.low or (v == self.low and not self.low_open)
        below_high = v < self.high or (v == self.high and not self.high_open)
        return above_low and below_high

    # -- set operations -----------------------------------------------------------
    def intersect(self, other: Interval) -> Interval | None:
        """The values both allow, or ``None`` when they allow none in common."""
        if self.low > other.low or (self.low == other.low and self.low_open):
            low, low_open = self.low, self.low_open
        else:
            low, low_open = other.low, other.low_open
        if self.high < other.high or (self.high == other.high and self.high_open):
            high, high_open = self.high, self.high_open
        else:
            high, high_open = other.high, other.high_open
        if low > high or (low == high and (low_open or high_open)):
            return None
        return Interval(low, high, low_open, high_open)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        if self.low < other.low or (self.low == other.low and not self.low_open):
            low, low_open = self.low, self.low_open
        else:
            low, low_open = other.low, other.low_open
        if self.high > other.high or (self.high == other.high and not self.high_open):
            high, high_open = self.high, self.high_open
        else:
            high, high_open = other.high, other.high_open
        return Interval(low, high, low_open, high_open)

    def is_subset(self, other: Interval) -> bool:
        return self.intersect(other) == self

    @staticmethod
    def intersect_all(items: Iterable[Interval]) -> Interval | None:
        result: Interval | None = Interval.everything()
        for item in items:
            if result is None:
                return None
            result = result.intersect(item)
        return result

    def widen(self, rel: Decimal) -> Interval:
        """Each finite end moved outward by ``rel`` of its own magnitude."""
        low = self.low - abs(self.low) * rel if self.low.is_finite() else self.low
        high = self.high + abs(self.high) * rel if self.high.is_finite() else self.high
        return Interval(low, high, self.low_open, self.high_open)

    def widen_by(self, amount: Decimal) -> Interval:
        """Each end moved outward by an absolute ``amount``."""
        return Interval(self.low - amount, self.high + amount, self.low_open, self.high_open)

    # -- arithmetic ---------------------------------------------------------------
    def __neg__(self) -> Interval:
        return Interval(-self.high, -self.low, self.high_open, self.low_open)

    def __add__(self, other: Interval) -> Interval:
        # A low end is never +∞ and a high end never -∞, so the sums are defined.
        return Interval(
            _DOWN.add(self.low, other.low),
            _UP.add(self.high, other.high),
            self.low_open or other.low_open,
            self.high_open or other.high_open,
        )

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        # An end is open when either factor's end is, except that a closed zero end
        # makes the product zero whatever the other factor: then it is reached.
        pairs = [
            (a, b, (a_open or b_open) and not ((a == 0 and not a_open) or (b == 0 and not b_open)))
            for a, a_open in ((self.low, self.low_open), (self.high, self.high_open))
            for b, b_open in ((other.low, other.low_open), (other.high, other.high_open))
        ]
        downs = [(_mul(a, b, _DOWN), o) for a, b, o in pairs]
        ups = [(_mul(a, b, _UP), o) for a, b, o in pairs]
        low = min(v for v, _ in downs)
        high = max(v for v, _ in ups)
        low_open = all(o for v, o in downs if v == low)
        high_open = all(o for v, o in ups if v == high)
        return Interval(low, high, low_open, high_open)

    def reciprocal(self) -> Interval:
        """1/x for every x allowed; the whole line when zero is allowed."""
        if _ZERO in self or (self.low < 0 < self.high):
            return Interval.everything()
        low = _recip(self.high, toward=NINF, ctx=_DOWN)
        high = _recip(self.low, toward=INF, ctx=_UP)
        return Interval(low, high, self.high_open, self.low_open)

    def __truediv__(self, other: Interval) -> Interval:
        return self * other.reciprocal()

    def __abs__(self) -> Interval:
        if self.low >= 0:
            return self
        if self.high <= 0:
            return -self
        high, high_open = (
            (self.high, self.high_open) if self.high > -self.low else (-self.low, self.low_open)
        )
        return Interval(_ZERO, high, False, high_open)

    def scale(self, factor: Decimal) -> Interval:
        return self * Interval.exact(factor)

    # -- comparisons (three-valued) -----------------------------------------------
    def lt(self, other: Interval) -> Truth:
        if self.high < other.low or (self.high == other.low and (self.high_open or other.low_open)):
            return Truth.TRUE
        if self.low >= other.high:
            return Truth.FALSE
        return Truth.UNKNOWN

    def le(self, other: Interval) -> Truth:
        if self.high <= other.low:
            return Truth.TRUE
        if self.low > other.high or (self.low == other.high and (self.low_open or other.high_open)):
            return Truth.FALSE
        return Truth.UNKNOWN

    def gt(self, other: Interval) -> Truth:
        return other.lt(self)

    def ge(self, other: Interval) -> Truth:
        return other.le(self)

    def eq(self, other: Interval) -> Truth:
        """Equal for every pair only when both are the same single value."""
        if self.is_exact and other.is_exact and self.low == other.low:
            return Truth.TRUE
        if self.intersect(other) is None:
            return Truth.FALSE
        return Truth.UNKNOWN

    def __str__(self) -> str:
        if self.is_exact:
            return str(self.low)
        left = "(" if self.low_open else "["
        right = ")" if self.high_open else "]"
        return f"{left}{self.low}, {self.high}{right}"


def _recip(x: Decimal, *, toward: Decimal, ctx: decimal.Context) -> Decimal:
    """1/x, where an open zero end (only reachable from one side) maps to ``toward``."""
    if x.is_infinite():
        return _ZERO
    if x == 0:
        return toward
    return ctx.divide(Decimal(1), x)
