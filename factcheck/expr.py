"""The safe expression language of rules: interval arithmetic with units, three-valued logic.

An assertion such as ``delivered <= cap * max(window, years(1))`` is parsed with
:mod:`ast`, checked against a short list of allowed constructs, then evaluated with
simpleeval (no attribute access, no imports, no comprehensions, no user functions).
Values are :class:`~factcheck.units.Quantity` (an interval with a unit), :class:`Sources`
(one quantity per article, for cross-source checks) and :class:`~factcheck.interval.Truth`.
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from simpleeval import SimpleEval

from factcheck.interval import Interval, Truth
from factcheck.units import Quantity, UnitError

__all__ = [
    "FUNCTIONS",
    "NeedsMoreSources",
    "Problem",
    "Sources",
    "check_syntax",
    "evaluate",
]


class NeedsMoreSources(Exception):
    """A cross-source comparison was asked of a figure only one article gives."""


@dataclass(frozen=True, slots=True)
class Sources:
    """One quantity per article, for checks across sources."""

    items: tuple[tuple[str, Quantity], ...]  # (article id, quantity)


@dataclass(frozen=True, slots=True)
class Problem:
    message: str
    hint: str | None = None


def _q(x: object) -> Quantity:
    if isinstance(x, Sources):
        raise UnitError("a value taken from each source needs agree() before arithmetic")
    return Quantity._coerce(x)


def _duration(unit: str) -> Callable[[object], Quantity]:
    def make(n: object = 1) -> Quantity:
        return Quantity(_q(n).interval, unit)

    return make


def _max(a: object, b: object) -> Quantity:
    qa, qb = _q(a), _q(b)
    x, y = qa.interval, qb.to(qa.unit).interval
    low = x if x.low > y.low or (x.low == y.low and not x.low_open) else y
    high = x if x.high > y.high or (x.high == y.high and not x.high_open) else y
    return Quantity(Interval(low.low, high.high, low.low_open, high.high_open), qa.unit)


def _min(a: object, b: object) -> Quantity:
    return -_max(-_q(a), -_q(b))


def _each(a: object, test: Callable[[object], Truth]) -> Truth:
    """For a value per source, the test must hold for every source (Kleene's and)."""
    if isinstance(a, Sources):
        result = Truth.TRUE
        for _, q in a.items:
            result = result & test(q)
        return result
    return test(a)


def _within(a: object, b: object) -> Truth:
    """Every value ``a`` allows lies in ``b`` (true), none does (false), or some do."""
    if isinstance(a, Sources):
        return _each(a, lambda q: _within(q, b))
    qa, qb = _q(a), _q(b)
    x, y = qa.interval, qb.to(qa.unit).interval
    if x.is_subset(y):
        return Truth.TRUE
    if x.intersect(y) is None:
        return Truth.FALSE
    return Truth.UNKNOWN


def _approx(tolerance: Decimal | None) -> Callable[..., Truth]:
    def approx(a: object, b: object, tol: object = None) -> Truth:
        """``a`` lies within ``b`` widened by a relative tolerance (the rule's by default)."""
        t = tolerance if tol is None else _q(tol).interval.low
        if t is None:
            t = Decimal(0)
        qb = _q(b)
        return _each(a, lambda q: _within(q, Quantity(qb.interval.widen(t), qb.unit)))

    return approx


def _agree(values: object) -> Truth:
    """True when one value could satisfy every source; false when none could."""
    if not isinstance(values, Sources):
        raise UnitError("agree() takes an input with take: all")
    by_article: dict[str, list[Quantity]] = {}
    for article, q in values.items:
        by_article.setdefault(article, []).append(q)
    if len(by_article) < 2:
        raise NeedsMoreSources()
    first = values.items[0][1]
    intervals = [q.to(first.unit).interval for _, q in values.items]
    return Truth.FALSE if Interval.intersect_all(intervals) is None else Truth.TRUE


def _convert(a: object, unit: object) -> Quantity:
    return _q(a).to(str(unit))


def _qty(n: object, unit: object = "1") -> Quantity:
    return Quantity(_q(n).interval, str(unit))


def _abs(a: object) -> Quantity:
    return abs(_q(a))


def _functions(tolerance: Decimal | None) -> dict[str, Callable[..., Any]]:
    return {
        "days": _duration("day"),
        "weeks": _duration("week"),
        "months": _duration("month"),
        "years": _duration("yr"),
        "qty": _qty,
        "convert": _convert,
        "max": _max,
        "min": _min,
        "abs": _abs,
        "within": _within,
        "approx": _approx(tolerance),
        "agree": _agree,
    }


FUNCTIONS = tuple(sorted(_functions(None)))

_ALLOWED_OPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd, ast.Not, ast.Invert)
_ALLOWED_CMP = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_NAMES = {
    ast.Attribute: "attribute access",
    ast.Subscript: "indexing",
    ast.Lambda: "lambda",
    ast.ListComp: "comprehensions",
    ast.GeneratorExp: "comprehensions",
    ast.Pow: "powers",
    ast.Eq: "== (use approx or within)",
    ast.NotEq: "!=",
}


def check_syntax(text: str, names: list[str]) -> Problem | None:
    """A problem with an expression, found before any article is read, or None."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as e:
        return Problem(f"invalid expression: {e.msg}", "write e.g. delivered <= cap")
    for node in ast.walk(tree):
        if isinstance(node, ast.Expression | ast.Load | ast.BoolOp | ast.And | ast.Or):
            continue
        if isinstance(node, ast.BinOp | ast.UnaryOp):
            if not isinstance(node.op, _ALLOWED_OPS):
                return Problem(
                    f"not allowed in an expression: {_NAMES.get(type(node.op), 'this operator')}"
                )
            continue
        if isinstance(node, _ALLOWED_OPS + _ALLOWED_CMP):
            continue
        if isinstance(node, ast.Compare):
            bad = [op for op in node.ops if not isinstance(op, _ALLOWED_CMP)]
            if bad:
                return Problem(
                    f"not allowed in an expression: {_NAMES.get(type(bad[0]), 'this comparison')}"
                )
            continue
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name):
                kind = _NAMES.get(type(node.func), "calling an expression")
                return Problem(f"not allowed in an expression: {kind}")
            if node.func.id not in FUNCTIONS:
                fname = node.func.id
                close = difflib.get_close_matches(fname, FUNCTIONS, n=1)
                return Problem(
                    f"unknown function {fname!r}",
                    f"did you mean {close[0]!r}?" if close else f"known: {', '.join(FUNCTIONS)}",
                )
            if node.keywords and any(k.arg != "tol" for k in node.keywords):
                return Problem("only tol= may be passed by name")
            continue
        if isinstance(node, ast.Name):
            if node.id not in names and node.id not in FUNCTIONS:
                close = difflib.get_close_matches(node.id, names, n=1)
                return Problem(
                    f"unknown name {node.id!r}",
                    f"did you mean {close[0]!r}?" if close else f"known: {', '.join(names)}",
                )
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float | str):
            if isinstance(node.value, str) and len(node.value) > 40:
                return Problem("string too long in an expression")
            continue
        if isinstance(node, ast.keyword):
            continue
        return Problem(
            f"not allowed in an expression: {_NAMES.get(type(node), type(node).__name__)}"
        )
    return None


class _Evaluator(SimpleEval):  # type: ignore[misc]
    """simpleeval with Decimal literals and Kleene's and/or/not."""

    def _eval_constant(self, node: ast.Constant) -> Any:
        if isinstance(node.value, bool):
            return Truth.of(node.value)
        if isinstance(node.value, int | float):
            return Quantity.of(Decimal(repr(node.value)))
        return super()._eval_constant(node)

    def _eval_boolop(self, node: ast.BoolOp) -> Truth:
        result = Truth.of(self._eval(node.values[0]))
        for value in node.values[1:]:
            other = Truth.of(self._eval(value))
            result = result & other if isinstance(node.op, ast.And) else result | other
        return result

    def _eval_unaryop(self, node: ast.UnaryOp) -> Any:
        operand = self._eval(node.operand)
        if isinstance(node.op, ast.Not | ast.Invert):
            return ~Truth.of(operand)
        if isinstance(node.op, ast.USub):
            return -_q(operand)
        return _q(operand)

    def _eval_compare(self, node: ast.Compare) -> Truth:
        # A bare number compared with a quantity is read in that quantity's unit:
        # ``delivered > 0``.
        result = Truth.TRUE
        left_node, left = node.left, _q(self._eval(node.left))
        for op, comp in zip(node.ops, node.comparators, strict=True):
            right = _q(self._eval(comp))
            if isinstance(comp, ast.Constant):
                right = Quantity(right.interval, left.unit)
            elif isinstance(left_node, ast.Constant):
                left = Quantity(left.interval, right.unit)
            result = result & self.operators[type(op)](left, right)
            left_node, left = comp, right
        return result


def evaluate(text: str, names: Mapping[str, object], tolerance: Decimal | None = None) -> Any:
    """Evaluate an expression already accepted by :func:`check_syntax`."""
    problem = check_syntax(text, list(names))
    if problem:
        raise ValueError(problem.message)
    evaluator = _Evaluator(functions=_functions(tolerance), names=dict(names))
    return evaluator.eval(text.strip())
