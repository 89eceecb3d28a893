"""Numbers, intervals and quantities as a reader sees them, in the brief's language.

Every function takes a Babel locale (``"en"``, ``"ru"``, ``"uk"``); ``None`` means the
language :func:`factcheck.i18n.using` has set. Digits, separators, dates and currencies
follow the locale's CLDR data; the words around them (units, "more than") come from the
gettext catalogs, with the plural form each language gives the number.
"""

from __future__ import annotations

import datetime
import functools
import gettext
import re
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from factcheck import i18n
from factcheck.interval import Interval
from factcheck.units import UNITS, Quantity

__all__ = [
    "day_to_date",
    "describe_unit",
    "format_date_value",
    "format_interval",
    "format_number",
    "format_quantity",
    "plain",
    "unit_name",
]

_SIGNIFICANT = 4

#: Units that are currencies: formatted by Babel with the locale's symbol and pattern.
CURRENCIES = frozenset({"USD", "EUR", "GBP", "RUB", "KPW", "KRW", "UAH"})

_Tr = gettext.NullTranslations


def _locale(locale: str | None) -> str:
    return locale or i18n.current()


def _tr(locale: str) -> _Tr:
    """The catalog for ``locale``'s language (English words where there is none)."""
    return i18n.translations(i18n.language_of(locale))


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


def _shown(x: Decimal, significant: int) -> Decimal:
    r = _round(x, significant)
    return r.quantize(Decimal(1)) if r == r.to_integral_value() else r


def format_number(x: Decimal, locale: str | None = None, significant: int = _SIGNIFICANT) -> str:
    """1000000 → "1,000,000" (ru: "1 000 000"); 1503086.41 → "1,503,000"; 2.00803 → "2.008"."""
    if x.is_infinite():
        return "∞" if x > 0 else "-∞"
    return _format_number(x, _locale(locale), significant)


# Babel's formatting costs tens of microseconds a call, and a brief of thousands of
# articles formats the same few hundred values again and again: both are memoised on
# their arguments (the locale resolved, so that a change of language is a new key).
@functools.lru_cache(maxsize=8192)
def _format_number(x: Decimal, locale: str, significant: int) -> str:
    text: str = format_decimal(_shown(x, significant), locale=locale, decimal_quantization=False)
    return text


@functools.cache
def _currency_pattern(locale: str) -> str:
    """The locale's currency pattern with optional decimals: "$2,000", "2 000 $"."""
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    return re.sub(r"0\.0+", "0.####", pattern)


def format_money(x: Decimal, currency: str, locale: str | None = None) -> str:
    """An amount with the locale's currency sign and pattern, at most 4 significant digits."""
    loc = _locale(locale)
    if x.is_infinite():
        return format_number(x, loc)
    text: str = format_currency(
        _shown(x, _SIGNIFICANT),
        currency,
        format=_currency_pattern(loc),
        locale=loc,
        currency_digits=False,
        decimal_quantization=False,
    )
    return text


def day_to_date(x: Decimal) -> datetime.date:
    return datetime.date.fromordinal(int(x))


def format_date_value(x: Decimal, locale: str | None = None) -> str:
    text: str = format_date(day_to_date(x), format="long", locale=_locale(locale))
    return text


# -- unit words ----------------------------------------------------------------------------
# Each unit's name, by count: gettext picks the language's plural form. After a fraction
# ("1.5 barrels") some languages use yet another form, hence the "fraction" context.

_Name = Callable[[_Tr, int], str]

_NAMES: dict[str, _Name] = {
    "bbl": lambda t, n: t.ngettext("barrel", "barrels", n),
    "L": lambda t, n: t.ngettext("litre", "litres", n),
    "m3": lambda t, n: t.ngettext("cubic metre", "cubic metres", n),
    "gal": lambda t, n: t.ngettext("US gallon", "US gallons", n),
    "t": lambda t, n: t.ngettext("tonne", "tonnes", n),
    "kg": lambda t, n: t.ngettext("kilogram", "kilograms", n),
    "day": lambda t, n: t.ngettext("day", "days", n),
    "week": lambda t, n: t.ngettext("week", "weeks", n),
    "month": lambda t, n: t.ngettext("month", "months", n),
    "yr": lambda t, n: t.ngettext("year", "years", n),
    "h": lambda t, n: t.ngettext("hour", "hours", n),
    "min": lambda t, n: t.ngettext("minute", "minutes", n),
    "s": lambda t, n: t.ngettext("second", "seconds", n),
    "lb": lambda t, n: t.ngettext("pound", "pounds", n),
    "mm": lambda t, n: t.ngettext("millimetre", "millimetres", n),
    "km": lambda t, n: t.ngettext("kilometre", "kilometres", n),
    "km2": lambda t, n: t.ngettext("square kilometre", "square kilometres", n),
    "m": lambda t, n: t.ngettext("metre", "metres", n),
    "mi": lambda t, n: t.ngettext("mile", "miles", n),
    "ft": lambda t, n: t.ngettext("foot", "feet", n),
    "USD": lambda t, n: t.ngettext("US dollar", "US dollars", n),
    "EUR": lambda t, n: t.ngettext("euro", "euros", n),
    "GBP": lambda t, n: t.ngettext("pound sterling", "pounds sterling", n),
    "RUB": lambda t, n: t.ngettext("rouble", "roubles", n),
    "KPW": lambda t, n: t.ngettext("North Korean won", "North Korean won", n),
    "KRW": lambda t, n: t.ngettext("South Korean won", "South Korean won", n),
    "UAH": lambda t, n: t.ngettext("hryvnia", "hryvnias", n),
}

_FRACTION_NAMES: dict[str, Callable[[_Tr], str]] = {
    "bbl": lambda t: t.pgettext("after a fraction", "barrels"),
    "L": lambda t: t.pgettext("after a fraction", "litres"),
    "m3": lambda t: t.pgettext("after a fraction", "cubic metres"),
    "gal": lambda t: t.pgettext("after a fraction", "US gallons"),
    "t": lambda t: t.pgettext("after a fraction", "tonnes"),
    "kg": lambda t: t.pgettext("after a fraction", "kilograms"),
    "day": lambda t: t.pgettext("after a fraction", "days"),
    "week": lambda t: t.pgettext("after a fraction", "weeks"),
    "month": lambda t: t.pgettext("after a fraction", "months"),
    "yr": lambda t: t.pgettext("after a fraction", "years"),
    "h": lambda t: t.pgettext("after a fraction", "hours"),
    "min": lambda t: t.pgettext("after a fraction", "minutes"),
    "s": lambda t: t.pgettext("after a fraction", "seconds"),
    "lb": lambda t: t.pgettext("after a fraction", "pounds"),
    "mm": lambda t: t.pgettext("after a fraction", "millimetres"),
    "km": lambda t: t.pgettext("after a fraction", "kilometres"),
    "km2": lambda t: t.pgettext("after a fraction", "square kilometres"),
    "m": lambda t: t.pgettext("after a fraction", "metres"),
    "mi": lambda t: t.pgettext("after a fraction", "miles"),
    "ft": lambda t: t.pgettext("after a fraction", "feet"),
    "USD": lambda t: t.pgettext("after a fraction", "US dollars"),
    "EUR": lambda t: t.pgettext("after a fraction", "euros"),
    "GBP": lambda t: t.pgettext("after a fraction", "pounds sterling"),
    "RUB": lambda t: t.pgettext("after a fraction", "roubles"),
    "KPW": lambda t: t.pgettext("after a fraction", "North Korean won"),
    "KRW": lambda t: t.pgettext("after a fraction", "South Korean won"),
    "UAH": lambda t: t.pgettext("after a fraction", "hryvnias"),
}

# "barrels a year": the words after a quantity for each unit it is divided by.
_PER: dict[str, Callable[[_Tr], str]] = {
    "yr": lambda t: t.gettext("a year"),
    "month": lambda t: t.gettext("a month"),
    "week": lambda t: t.gettext("a week"),
    "day": lambda t: t.gettext("a day"),
    "h": lambda t: t.gettext("an hour"),
    "min": lambda t: t.gettext("a minute"),
    "s": lambda t: t.gettext("a second"),
    "lb": lambda t: t.gettext("per pound"),
    "bbl": lambda t: t.gettext("per barrel"),
    "L": lambda t: t.gettext("per litre"),
    "m3": lambda t: t.gettext("per cubic metre"),
    "gal": lambda t: t.gettext("per US gallon"),
    "t": lambda t: t.gettext("per tonne"),
    "kg": lambda t: t.gettext("per kilogram"),
    "mm": lambda t: t.gettext("per millimetre"),
    "km": lambda t: t.gettext("per kilometre"),
    "km2": lambda t: t.gettext("per square kilometre"),
    "m": lambda t: t.gettext("per metre"),
    "mi": lambda t: t.gettext("per mile"),
    "ft": lambda t: t.gettext("per foot"),
}


def unit_name(unit: str, count: Decimal | None = None, locale: str | None = None) -> str:
    """The name of a simple unit for a count: ("bbl", 1) → "barrel"; None → the plural."""
    t = _tr(_locale(locale))
    if unit in _NAMES:
        if count is not None and count.is_finite() and count != count.to_integral_value():
            return _FRACTION_NAMES[unit](t)
        # No count (a column heading): the form for "many", "barrels", "баррелей".
        n = 5 if count is None or not count.is_finite() else i18n.plural_count(count)
        return _NAMES[unit](t, n)
    d = UNITS.get(unit)
    return d.plural if d else unit


def describe_unit(unit: str, locale: str | None = None) -> str:
    """Words for a unit, as a column heading would give it: "barrels a year", "count"."""
    loc = _locale(locale)
    t = _tr(loc)
    if unit == "date":
        return t.gettext("date")
    head, *rest = re.split(r"\s*/\s*", unit)
    words = t.gettext("count") if head in ("1", "") else unit_name(head, None, loc)
    if head in ("%", "×"):
        words = head
    return words + _tail(rest, loc)


def _per(unit: str, t: _Tr, locale: str) -> str:
    if unit in _PER:
        return _PER[unit](t)
    return t.gettext("per %(unit)s") % {"unit": unit_name(unit, Decimal(1), locale)}


def _tail(rest: list[str], locale: str) -> str:
    t = _tr(locale)
    return "".join(" " + _per(p, t, locale) for p in rest)


def _amount(x: Decimal, unit: str, locale: str, *, words: bool = True) -> str:
    """One bound with its unit: "$2,000 a month", "1,000,000 barrels", "2×"."""
    head, *rest = re.split(r"\s*/\s*", unit)
    tail = _tail(rest, locale) if words else ""
    x = _shown(x, _SIGNIFICANT) if x.is_finite() else x  # the plural form of what is shown
    if head in CURRENCIES:
        return format_money(x, head, locale) + tail
    number = format_number(x, locale)
    if not words:
        return number
    if head in ("1", ""):
        return number + tail
    if head in ("%", "×"):
        return number + head + tail
    return f"{number} {unit_name(head, x, locale)}{tail}"


def format_interval(iv: Interval, unit: str = "1", locale: str | None = None) -> str:
    """The values an interval allows, in words a reader expects.

    exactly x → "x"; (x, ∞) → "more than x"; [x, ∞) → "at least x"; [a, b] → "a–b";
    (a, b] → "more than a and at most b".
    """
    return _format_interval(iv, unit, _locale(locale))


@functools.lru_cache(maxsize=8192)
def _format_interval(iv: Interval, unit: str, loc: str) -> str:
    t = _tr(loc)
    if unit == "date":
        if iv.is_exact:
            return format_date_value(iv.low, loc)
        if iv.is_bounded:
            return f"{format_date_value(iv.low, loc)} – {format_date_value(iv.high, loc)}"
        if iv.low.is_finite():
            return t.gettext("after %(date)s") % {"date": format_date_value(iv.low, loc)}
        if iv.high.is_finite():
            return t.gettext("before %(date)s") % {"date": format_date_value(iv.high, loc)}
        return t.gettext("an unknown date")

    def n(x: Decimal) -> str:
        return _amount(x, unit, loc)

    def bare(x: Decimal) -> str:
        return _amount(x, unit, loc, words=False)

    low, high = iv.low, iv.high
    if iv.is_exact:
        return n(low)
    if low.is_infinite() and high.is_infinite():
        return t.gettext("any value")
    if high.is_infinite():
        if iv.low_open:
            return t.gettext("more than %(value)s") % {"value": n(low)}
        return t.gettext("at least %(value)s") % {"value": n(low)}
    if low.is_infinite() or (low == 0 and not iv.low_open):
        if iv.high_open:
            return t.gettext("less than %(value)s") % {"value": n(high)}
        return t.gettext("at most %(value)s") % {"value": n(high)}
    if format_number(low, loc) == format_number(high, loc):
        return n(low)  # equal at the precision shown
    if not iv.low_open and not iv.high_open:
        return f"{bare(low)}–{n(high)}"
    values = {"low": bare(low), "high": n(high)}
    if iv.low_open and iv.high_open:
        return t.gettext("more than %(low)s and less than %(high)s") % values
    if iv.low_open:
        return t.gettext("more than %(low)s and at most %(high)s") % values
    if iv.high_open:
        return t.gettext("at least %(low)s and less than %(high)s") % values
    return f"{bare(low)}–{n(high)}"  # pragma: no cover - closed on both sides, handled above


def format_quantity(q: Quantity, locale: str | None = None) -> str:
    return format_interval(q.interval, q.unit, locale)
