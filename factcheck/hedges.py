"""The hedge table: words before a number and the interval each one makes of it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from factcheck.errors import RuleError
from factcheck.model import Hedge, HedgeBound

__all__ = ["load_hedges", "parse_tolerance"]


def parse_tolerance(text: object, path: str = "", line: int = 0) -> Decimal:
    """``"10%"`` → 0.1; ``0.1`` → 0.1."""
    raw = str(text).strip()
    try:
        if raw.endswith("%"):
            value = Decimal(raw[:-1].strip()) / 100
        else:
            value = Decimal(raw)
    except InvalidOperation:
        raise RuleError(
            f"tolerance {raw!r} is not a number", path, line, hint="write it as '10%' or 0.1"
        ) from None
    if not 0 <= value < 1:
        raise RuleError(f"tolerance {raw!r} is out of range", path, line, hint="use 0% to 99%")
    return value


def load_hedges(path: Path) -> tuple[Hedge, ...]:
    """Read ``hedges.yaml``; longest phrase first, so "no more than" beats "more than"."""
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise RuleError(f"cannot read hedges: {e}", where) from None
    items = data.get("hedges") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise RuleError("expected a list under 'hedges:'", where)
    hedges = []
    for item in items:
        try:
            bound = HedgeBound(item["bound"])
            phrase = str(item["phrase"]).strip().lower()
        except (KeyError, TypeError, ValueError):
            kinds = ", ".join(b.value for b in HedgeBound)
            raise RuleError(
                f"bad hedge {item!r}", where, hint=f"give phrase and bound (one of {kinds})"
            ) from None
        tolerance = parse_tolerance(item.get("tolerance", 0), where)
        hedges.append(Hedge(phrase, bound, tolerance))
    return tuple(sorted(hedges, key=lambda h: -len(h.phrase)))
