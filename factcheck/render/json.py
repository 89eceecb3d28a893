"""The brief as deterministic JSON: the ``brief.json`` contract other tools rely on.

Keys are sorted, the text is indented by two spaces, non-ASCII characters stay as they
are and the file ends with a newline. Numbers go through :func:`factcheck.fmt.plain`:
an int when whole, a float otherwise, ``null`` for an infinite (open) end. For the unit
``date`` a value is an ISO date string.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import orjson

from factcheck import __version__, fmt
from factcheck.interval import Interval
from factcheck.model import Article, Brief, Computed, Figure, Finding, Reference, Verdict
from factcheck.units import Quantity

__all__ = ["brief_to_json", "dumps", "figure_to_json", "findings_to_json", "render"]

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


def _finding(f: Finding, paths: dict[str, str], locale: str) -> JSON:
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
        "figures": [
            {
                **figure_to_json(fig),
                "article_path": paths.get(fig.article_id),
                "quote": fig.sentence,
            }
            for fig in f.figures
        ],
        "references": [_reference(r) for r in f.references],
        "computed": [_computed(c, locale) for c in f.computed],
    }


def findings_to_json(brief: Brief, *, locale: str = "en") -> list[JSON]:
    """The ``findings`` of :func:`brief_to_json`, without the rest of the brief."""
    paths = {a.id: a.path for a in brief.articles}
    return [_finding(f, paths, locale) for f in brief.findings]


def brief_to_json(brief: Brief, *, locale: str = "en") -> JSON:
    """The brief as JSON-ready data (see ``docs/templates.md`` for the contract)."""
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
        "findings": findings_to_json(brief, locale=locale),
        "figures": [figure_to_json(f) for f in brief.figures],
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


def render(brief: Brief, *, locale: str = "en") -> str:
    """The brief as deterministic JSON text."""
    return dumps(brief_to_json(brief, locale=locale))
