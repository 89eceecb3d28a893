"""Rule expressions: interval arithmetic with units, and nothing that can run code."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import expr
from factcheck.interval import Interval, Truth
from factcheck.units import Quantity, UnitError

NAMES = {
    "delivered": Quantity(Interval(Decimal(1_000_000), Decimal(1_500_000), True, False), "bbl"),
    "cap": Quantity.of(500_000, "bbl/yr"),
    "first": Quantity.of(738_952, "date"),  # 2024-03-07
    "last": Quantity.of(739_195, "date"),  # 2024-11-05
}


def test_cap_arithmetic_over_a_window() -> None:
    assert expr.evaluate("last - first", NAMES) == Quantity.of(243, "day")
    verdict = expr.evaluate("delivered <= cap * max(last - first, years(1))", NAMES)
    assert verdict is Truth.FALSE


def test_and_or_not_are_three_valued() -> None:
    assert expr.evaluate("delivered > 0 and delivered < 2000000", NAMES) is Truth.TRUE
    assert expr.evaluate("delivered > 1200000 or delivered > 2000000", NAMES) is Truth.UNKNOWN
    assert expr.evaluate("not (delivered > 2000000)", NAMES) is Truth.TRUE


def test_approx_uses_the_rule_tolerance() -> None:
    names = {"a": Quantity.of(10_000_000, "bbl/day"), "b": Quantity.of(9_200_000, "bbl/day")}
    assert expr.evaluate("approx(a, b)", names, Decimal("0.1")) is Truth.TRUE
    assert expr.evaluate("approx(a, b)", names, Decimal("0.05")) is Truth.FALSE


def test_agree_needs_two_sources() -> None:
    one = expr.Sources((("a", Quantity.of(43)),))
    with pytest.raises(expr.NeedsMoreSources):
        expr.evaluate("agree(v)", {"v": one})
    two = expr.Sources((("a", Quantity.of(43)), ("b", Quantity(Interval.above(40), "1"))))
    assert expr.evaluate("agree(v)", {"v": two}) is Truth.TRUE


def test_units_must_match() -> None:
    with pytest.raises(UnitError):
        expr.evaluate("delivered <= cap", NAMES)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("delivered.__class__", "attribute access"),
        ("__import__('os')", "unknown function '__import__'"),
        ("open('/etc/passwd')", "unknown function 'open'"),
        ("9 ** 9 ** 9", "powers"),
        ("[x for x in delivered]", "comprehensions"),
        ("(lambda: 1)()", "lambda"),
        ("delivered[0]", "indexing"),
        ("delivered == cap", "=="),
        ("delivred > 0", "unknown name 'delivred'"),
    ],
)
def test_unsafe_or_unknown_constructs_are_refused(text: str, message: str) -> None:
    problem = expr.check_syntax(text, list(NAMES))
    assert problem is not None
    assert message in problem.message
    with pytest.raises(ValueError, match=r"\w"):
        expr.evaluate(text, NAMES)


def test_within_and_approx_hold_for_every_source() -> None:
    cap = Quantity.of(500_000, "bbl/yr")
    right = expr.Sources((("a", cap), ("b", cap)))
    one_wrong = expr.Sources((("a", cap), ("b", Quantity.of(2_000_000, "bbl/yr"))))
    assert expr.evaluate("approx(v, cap)", {"v": right, "cap": cap}) is Truth.TRUE
    assert expr.evaluate("approx(v, cap)", {"v": one_wrong, "cap": cap}) is Truth.FALSE
    assert expr.evaluate("within(v, cap)", {"v": one_wrong, "cap": cap}) is Truth.FALSE
