"""The hedge table: words before a number and the interval each one makes of it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from factcheck.errors import RuleError
from factcheck.model import Hedge, HedgeBound
from factcheck.yamlio import Located, load_yaml

__all__ = ["build_hedges", "for_language", "for_languages", "load_hedges", "parse_tolerance"]


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
        language = item.get("language")
        if language is not None and not re.fullmatch(r"[a-z]{2,3}", str(language)):
            raise doc.error(
                (*at, "language"), f"language {language!r} is no language code", "write 'de', 'fr'"
            )
        after = item.get("after", False)
        if not isinstance(after, bool):
            raise doc.error(
                (*at, "after"), f"after is {after!r}", "write after: true or leave it out"
            )
        hedges.append(
            Hedge(
                str(item["phrase"]).strip().lower(),
                HedgeBound(item["bound"]),
                tolerance,
                None if language is None else str(language),
                after,
            )
        )
    return tuple(sorted(hedges, key=lambda h: -len(h.phrase)))


def for_language(hedges: Sequence[Hedge], language: str) -> tuple[Hedge, ...]:
    """The hedges read in an article in ``language`` ("de", "fr-CH"): those of no language
    and those of its own."""
    base = _base(language)
    return tuple(h for h in hedges if h.language is None or h.language == base)


def for_languages(hedges: Sequence[Hedge], languages: Iterable[str]) -> tuple[Hedge, ...]:
    """The hedges read in articles in any of ``languages``: the methods section of a brief
    lists these, not the German and French words of a brief of English articles."""
    bases = {_base(code) for code in languages}
    return tuple(h for h in hedges if h.language is None or h.language in bases)


def _base(language: str) -> str:
    return language.strip().lower().replace("_", "-").split("-")[0]


def load_hedges(path: Path) -> tuple[Hedge, ...]:
    return build_hedges(load_yaml(path))
