"""The brief as deterministic JSON: the ``brief.json`` contract other tools rely on.

Keys are sorted, the text is indented by two spaces, non-ASCII characters stay as they
are and the file ends with a newline. Numbers go through :func:`factcheck.fmt.plain`:
an int when whole, a float otherwise, ``null`` for an infinite (open) end. For the unit
``date`` a value is an ISO date string.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

import orjson

from factcheck import __version__, fmt
from factcheck.interval import Interval
from factcheck.model import Article, Brief, Computed, Figure, Finding, Reference, Verdict
from factcheck.units import Quantity

__all__ = [
    "brief_to_json",
    "dumps",
    "figure_to_json",
    "findings_to_json",
    "iter_dumps",
    "iter_render",
    "render",
]

JSON = dict[str, Any]


def _number(x: Decimal | None, unit: str) -> int | float | str | None:
    """A value or bound as JSON; a day number as an ISO date when the unit is a date."""
    if x is None or x.is_infinite() or x.is_nan():
        return None
    if unit == "date":
        try:
            return fmt.day_to_date(x).isoformat()
        except (ValueError, OverflowError):
            return None
    return fmt.plain(x)


def _bounds(iv: Interval, unit: str) -> JSON:
    return {
        "low": _number(iv.low, unit),
        "high": _number(iv.high, unit),
        "low_open": iv.low_open,
        "high_open": iv.high_open,
    }


def figure_to_json(figure: Figure) -> JSON:
    """One figure, as ``factcheck figures --json`` prints it."""
    return {
        "text": figure.text,
        "value": _number(figure.value, figure.unit),
        **_bounds(figure.interval, figure.unit),
        "unit": figure.unit,
        "counts": figure.counts,
        "concept": figure.concept,
        "qualifier": figure.qualifier,
        "per": figure.per,
        "period": figure.period,
        "attribution": figure.attribution,
        "attribution_from": figure.attribution_from,
        "sentence": figure.sentence,
        "start": figure.start,
        "end": figure.end,
        "article": figure.article_id,
        "note": figure.note,
    }


def _quantity(q: Quantity) -> JSON:
    iv = q.interval
    value = _number(iv.low, q.unit) if iv.is_exact else None
    return {"value": value, **_bounds(iv, q.unit), "unit": q.unit}


def _article(a: Article) -> JSON:
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "date_source": a.date_source,
        "url": a.url,
        "language": a.language,
    }


def _reference(r: Reference) -> JSON:
    return {
        "id": r.id,
        "title": r.title,
        **_quantity(r.quantity),
        "citation": r.citation,
        "citations": [{"text": c.text, "url": c.url, "accessed": c.accessed} for c in r.citations],
        "note": r.note,
        "confidence": r.confidence,
    }


def _computed(c: Computed, locale: str) -> JSON:
    q = c.quantity
    return {
        "name": c.name,
        "label": c.label or c.name,
        "expression": c.expression,
        "text": fmt.format_quantity(q, locale),
        **_bounds(q.interval, q.unit),
        "unit": q.unit,
    }


class _Lazy:
    """A JSON array whose items are made one at a time, as :func:`iter_dumps` writes them."""

    __slots__ = ("items", "make")

    def __init__(self, items: Iterable[Any], make: Callable[[Any], Any]) -> None:
        self.items, self.make = items, make

    def __iter__(self) -> Iterator[Any]:
        return map(self.make, self.items)


def _array(items: Iterable[Any], make: Callable[[Any], Any], lazy: bool) -> list[Any] | _Lazy:
    return _Lazy(items, make) if lazy else [make(x) for x in items]


def _finding(f: Finding, paths: dict[str, str], locale: str, lazy: bool = False) -> JSON:
    return {
        "check": f.check_id,
        "title": f.title,
        "subject": f.subject,
        "severity": f.severity,
        "review": None
        if f.review is None
        else {
            "decision": f.review.decision,
            "reason": f.review.reason,
            "by": f.review.by,
            "date": f.review.date,
            "verdict": f.review.verdict,
        },
        "tags": list(f.tags),
        "verdict": f.verdict.value,
        "explanation": f.explanation,
        "wording": f.wording,
        "reason": f.reason.value if f.reason else None,
        "reason_text": f.reason_text,
        "assertion": f.assertion,
        "held_against": None
        if f.held_against is None
        else {"figures": f.held_against[0], "articles": f.held_against[1]},
        "figures": _array(
            f.figures,
            lambda fig: {
                **figure_to_json(fig),
                "article_path": paths.get(fig.article_id),
                "quote": fig.sentence,
            },
            lazy,
        ),
        "references": [_reference(r) for r in f.references],
        "computed": [_computed(c, locale) for c in f.computed],
    }


def findings_to_json(brief: Brief, *, locale: str = "en", lazy: bool = False) -> list[JSON]:
    """The ``findings`` of :func:`brief_to_json`, without the rest of the brief."""
    paths = {a.id: a.path for a in brief.articles}
    return [_finding(f, paths, locale, lazy) for f in brief.findings]


def brief_to_json(brief: Brief, *, locale: str = "en", lazy: bool = False) -> JSON:
    """The brief as JSON-ready data (see ``docs/templates.md`` for the contract).

    ``lazy``: the lists of figures are made as :func:`iter_dumps` writes them, so that a
    brief of thousands of articles is never held as data and as text at once.
    """
    counts = brief.verdict_counts()
    data: JSON = {
        "factcheck": brief.version or __version__,
        "title": brief.title,
        "generated_at": brief.generated_at.isoformat(),
        "language": brief.language,
        "rules": brief.rules,
        "rules_digest": brief.rules_digest,
        "summary": {
            **{v.value: counts.get(v.value, 0) for v in Verdict},
            "findings": len(brief.findings),
            "articles": len(brief.articles),
            "figures": len(brief.figures),
        },
        "articles": [_article(a) for a in brief.articles],
        "findings": findings_to_json(brief, locale=locale, lazy=lazy),
        "figures": _array(brief.figures, figure_to_json, lazy),
    }
    if brief.changes is not None:  # only when there was an earlier brief to compare with
        data["changes"] = dict(brief.changes)
    return data


_ORJSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def dumps(data: object) -> str:
    """JSON as factcheck writes it: sorted keys, indent 2, UTF-8 text, final newline.

    orjson writes it (the standard library's encoder is pure Python once it indents: about
    13× slower on the brief of a big batch); the same bytes as ``json.dumps(data,
    sort_keys=True, indent=2, ensure_ascii=False)``, except for the spelling of a small
    float (``1e-7`` for ``1e-07``, ``0.000015`` for ``1.5e-05``: the same value). What orjson
    refuses (an int beyond 64 bits) goes to the standard library's encoder.
    """
    try:
        return orjson.dumps(data, option=_ORJSON_OPTIONS).decode()
    except (orjson.JSONEncodeError, TypeError):
        return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _text(value: object, level: int) -> str:
    """``value`` as :func:`dumps` writes it, without the final newline, at ``level``."""
    try:
        text = orjson.dumps(value, option=_ORJSON_OPTIONS ^ orjson.OPT_APPEND_NEWLINE).decode()
    except (orjson.JSONEncodeError, TypeError):
        text = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)
    return text.replace("\n", "\n" + "  " * level) if level and "\n" in text else text


def _holds_lazy(value: object) -> bool:
    if isinstance(value, _Lazy):
        return True
    if isinstance(value, dict):
        return any(_holds_lazy(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_lazy(v) for v in value)
    return False


def _chunks(value: object, level: int) -> Iterator[str]:
    """The text of ``value`` at ``level``: what holds a lazy list piece by piece, the rest
    (a figure, a reference) in one piece from orjson, indented to its place."""
    pad = "  " * level
    if isinstance(value, dict) and _holds_lazy(value):
        for i, key in enumerate(sorted(value)):
            yield ("{\n" if i == 0 else ",\n") + pad + "  " + _text(key, 0) + ": "
            yield from _chunks(value[key], level + 1)
        yield "\n" + pad + "}"
    elif isinstance(value, _Lazy) or (isinstance(value, list) and _holds_lazy(value)):
        empty = True
        for item in value:
            yield ("[\n" if empty else ",\n") + pad + "  "
            yield from _chunks(item, level + 1)
            empty = False
        yield "[]" if empty else "\n" + pad + "]"
    else:
        yield _text(value, level)


def iter_dumps(data: object) -> Iterator[str]:
    """:func:`dumps` in pieces, making lazy lists as it goes: the same text, joined."""
    yield from _chunks(data, 0)
    yield "\n"


def iter_render(brief: Brief, *, locale: str = "en") -> Iterator[str]:
    """:func:`render` in pieces, for writing a big brief without holding it."""
    return iter_dumps(brief_to_json(brief, locale=locale, lazy=True))


def render(brief: Brief, *, locale: str = "en") -> str:
    """The brief as deterministic JSON text."""
    return dumps(brief_to_json(brief, locale=locale))
