"""Figures and articles to and from the ledger's rows.

A figure is stored as ``brief.json`` serialises it (:func:`factcheck.render.json.figure_to_json`)
plus an ``exact`` object: the value and interval ends as decimal strings and the sentence's
offset, which the brief's JSON rounds or leaves out. Reading it back gives the same
:class:`~factcheck.model.Figure`, so evidence from the ledger is evaluated exactly as if
its article had been read again.
"""

from __future__ import annotations

import datetime
import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any

from factcheck.interval import Interval
from factcheck.model import Article, Figure
from factcheck.render.json import figure_to_json

__all__ = ["article_from_row", "article_row", "figure_from_json", "figure_json", "file_hash"]


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes: how the ledger knows an article it has seen."""
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def _dec(x: Decimal | None) -> str | None:
    return None if x is None else str(x)


def figure_json(f: Figure) -> dict[str, Any]:
    data = figure_to_json(f)
    data["exact"] = {
        "value": _dec(f.value),
        "low": str(f.interval.low),
        "high": str(f.interval.high),
        "sentence_start": f.sentence_start,
    }
    return data


def figure_from_json(d: dict[str, Any]) -> Figure:
    exact = d["exact"]
    interval = Interval(
        Decimal(exact["low"]),
        Decimal(exact["high"]),
        low_open=bool(d["low_open"]),
        high_open=bool(d["high_open"]),
    )
    value = exact.get("value")
    return Figure(
        article_id=d["article"],
        text=d["text"],
        start=int(d["start"]),
        end=int(d["end"]),
        value=None if value is None else Decimal(value),
        interval=interval,
        unit=d["unit"],
        counts=d.get("counts"),
        qualifier=d.get("qualifier"),
        per=d.get("per"),
        period=d.get("period"),
        attribution=d.get("attribution"),
        sentence=d["sentence"],
        sentence_start=int(exact["sentence_start"]),
        note=d.get("note"),
        concept=d.get("concept"),
    )


def article_row(a: Article) -> dict[str, Any]:
    return {
        "article_id": a.id,
        "path": a.path,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "date_source": a.date_source,
        "url": a.url,
        "language": a.language,
    }


def article_from_row(row: dict[str, Any]) -> Article:
    """An article as the ledger knows it: metadata only, no text (its figures carry quotes)."""
    published = row.get("published")
    return Article(
        id=row["article_id"],
        path=row["path"],
        title=row.get("title"),
        outlet=row.get("outlet"),
        published=datetime.date.fromisoformat(published) if published else None,
        date_source=row.get("date_source"),
        url=row.get("url"),
        language=row.get("language") or "en",
        text="",
    )
