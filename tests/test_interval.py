"""Interval arithmetic: every result of arithmetic on members lies in the result interval."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.interval import INF, Interval, Truth

finite = st.decimals(
    min_value=-(10**6), max_value=10**6, allow_nan=False, allow_infinity=False, places=3
)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(finite), draw(finite)))
    low_open = draw(st.booleans()) and a < b
    high_open = draw(st.booleans()) and a < b and not (low_open and a == b)
    return Interval(a, b, low_open, high_open)


@st.composite
def member(draw: st.DrawFn, iv: Interval) -> Decimal:
    if iv.is_exact:
        return iv.low
    t = draw(st.decimals(min_value=0, max_value=1, places=4))
    x = iv.low + (iv.high - iv.low) * t
    assume(x in iv)
    return x


@given(st.data())
def test_sum_contains_sums(data: st.DataObject) -> None:
    a, b = data.draw(intervals()), data.draw(intervals())
    x, y = data.draw(member(a)), data.draw(member(b))
    assert x + y in a + b
    assert x - y in a - b


@given(st.data())
def test_product_and_quotient_contain_results(data: st.DataObject) -> None:
    a, b = data.draw(intervals()), data.draw(intervals())
    x, y = data.draw(member(a)), data.draw(member(b))
    with localcontext(prec=60):
        assert x * y in a * b
        if y != 0:
            assert (x / y) in a / b


@given(st.data())
def test_comparison_true_means_for_every_pair(data: st.DataObject) -> None:
    a, b = data.draw(intervals()), data.draw(intervals())
    x, y = data.draw(member(a)), data.draw(member(b))
    verdict = a.le(b)
    if verdict is Truth.TRUE:
        assert x <= y
    elif verdict is Truth.FALSE:
        assert x > y
    verdict = a.lt(b)
    if verdict is Truth.TRUE:
        assert x < y
    elif verdict is Truth.FALSE:
        assert x >= y


@given(st.data())
def test_intersection_holds_common_members(data: st.DataObject) -> None:
    a, b = data.draw(intervals()), data.draw(intervals())
    x = data.draw(member(a))
    common = a.intersect(b)
    if x in b:
        assert common is not None
        assert x in common
    if common is None:
        assert x not in b


def test_open_and_closed_ends_decide_comparisons() -> None:
    over_a_million = Interval.above(1_000_000)
    assert over_a_million.gt(Interval.exact(1_000_000)) is Truth.TRUE
    assert Interval.above(1_000_000, inclusive=True).gt(Interval.exact(1_000_000)) is Truth.UNKNOWN
    assert Interval.exact(500_000).le(Interval.exact(500_000)) is Truth.TRUE
    assert over_a_million.le(Interval.exact(500_000)) is Truth.FALSE


def test_unbounded_products_and_reciprocals() -> None:
    assert Interval.above(2) * Interval.exact(3) == Interval(Decimal(6), INF, True, True)
    assert Interval(Decimal(0), Decimal(5), True, False).reciprocal() == Interval(
        Decimal("0.2"), INF, False, True
    )
    assert Interval.closed(-1, 1).reciprocal() == Interval.everything()


def test_empty_interval_is_refused() -> None:
    with pytest.raises(ValueError, match="empty interval"):
        Interval(Decimal(2), Decimal(1))


def test_three_valued_logic() -> None:
    t, f, u = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN
    assert (t & u) is u
    assert (f & u) is f
    assert (t | u) is t
    assert (f | u) is u
    assert ~u is u
    assert ~t is f
    with pytest.raises(TypeError):
        bool(u)
