"""The hedge table: words before a number and the interval each one makes of it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from factcheck.errors import RuleError
from factcheck.model import Hedge, HedgeBound
from factcheck.yamlio import Located, load_yaml

__all__ = ["build_hedges", "load_hedges", "parse_tolerance"]


def parse_tolerance(text: object, path: str = "", line: int = 0) -> Decimal:
    """``"10%"`` → 0.1; ``0.1`` → 0.1."""
    raw = str(text).strip()
    try:
        value = Decimal(raw[:-1].strip()) / 100 if raw.endswith("%") else Decimal(raw)
    except InvalidOperation:
        raise RuleError(
            f"tolerance {raw!r} is not a number", path, line, hint="write it as '10%' or 0.1"
        ) from None
    if not 0 <= value < 1:
        raise RuleError(f"tolerance {raw!r} is out of range", path, line, hint="use 0% to 99%")
    return value


def build_hedges(doc: Located) -> tuple[Hedge, ...]:
    """Hedges from a loaded ``hedges.yaml``, longest phrase first ("no more than" first)."""
    items = doc.data.get("hedges") if isinstance(doc.data, dict) else None
    if not isinstance(items, list):
        raise doc.error((), "expected a list under 'hedges:'")
    kinds = [b.value for b in HedgeBound]
    hedges = []
    for i, item in enumerate(items):
        at = ("hedges", i)
        if not isinstance(item, dict) or "phrase" not in item or item.get("bound") not in kinds:
            raise doc.error(at, "a hedge needs a phrase and a bound", f"bound is one of {kinds}")
        line = doc.where(at)[0]
        tolerance = parse_tolerance(item.get("tolerance", 0), doc.path, line)
        hedges.append(
            Hedge(str(item["phrase"]).strip().lower(), HedgeBound(item["bound"]), tolerance)
        )
    return tuple(sorted(hedges, key=lambda h: -len(h.phrase)))


def load_hedges(path: Path) -> tuple[Hedge, ...]:
    return build_hedges(load_yaml(path))
