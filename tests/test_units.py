from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.fmt import format_quantity
from factcheck.interval import Interval, Truth
from factcheck.units import Quantity, UnitError, describe_unit, parse_unit


def test_rates_convert_between_periods() -> None:
    cap = Quantity.of(500_000, "bbl/yr")
    per_day = cap.to("bbl/day")
    assert per_day.interval.low == Decimal(500_000) / Decimal("365.25")
    allowed = cap * Quantity.of(1, "yr")
    assert allowed.unit == "bbl"
    assert allowed.interval.low == 500_000


def test_date_arithmetic() -> None:
    first = Quantity.of(739_000, "date")
    last = Quantity.of(739_243, "date")
    window = last - first
    assert window == Quantity.of(243, "day")
    assert (first + Quantity.of(243, "day")) == last
    with pytest.raises(UnitError, match="cannot add two dates"):
        _ = first + last


def test_quotient_is_named_in_operands_units() -> None:
    implied = Quantity.of(2000, "USD") / Quantity.of(83, "yr")
    assert implied.unit == "USD/yr"
    assert format_quantity(implied.to("USD/month")) == "$2.008 a month"


def test_incompatible_units_are_refused() -> None:
    with pytest.raises(UnitError, match="cannot compare barrels and tonnes"):
        _ = Quantity.of(1, "bbl") <= Quantity.of(1, "t")


def test_comparisons_are_three_valued() -> None:
    delivered = Quantity(Interval.above(1_000_000), "bbl")
    assert (delivered <= Quantity.of(500_000, "bbl")) is Truth.FALSE
    assert (delivered <= Quantity.of(2_000_000, "bbl")) is Truth.UNKNOWN


def test_unknown_unit_names_the_known_ones() -> None:
    with pytest.raises(UnitError, match="unknown unit 'furlong'"):
        parse_unit("furlong/yr")


def test_describe_unit() -> None:
    assert describe_unit("bbl/yr") == "barrels a year"
    assert describe_unit("USD/month") == "US dollars a month"
