"""schema.org ClaimReview JSON-LD for each finding, embedded in the HTML brief.

ClaimReview has no place for intervals, units or check ids, so those go in our own
namespace (``fc:``): the interval each figure allows, its unit, the check that decided.
The rating maps our verdicts onto schema.org's scale: inconsistent 1, unverified 2,
consistent 3.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.fmt import plain
from factcheck.i18n import N_, _
from factcheck.model import Article, Brief, Finding, Verdict

__all__ = ["claim_reviews"]

NAMESPACE = "urn:factcheck:"
_RATING = {Verdict.INCONSISTENT: 1, Verdict.UNVERIFIED: 2, Verdict.CONSISTENT: 3}
_LABEL = {
    Verdict.INCONSISTENT: N_("Inconsistent"),
    Verdict.UNVERIFIED: N_("Unverified"),
    Verdict.CONSISTENT: N_("Consistent"),
}


def _appearance(a: Article) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": a.title or a.path}
    if a.url:
        work["url"] = a.url
    if a.outlet:
        work["publisher"] = {"@type": "Organization", "name": a.outlet}
    if a.published:
        work["datePublished"] = a.published.isoformat()
    return work


def _review(f: Finding, articles: dict[str, Article], date: str, lang: str) -> dict[str, Any]:
    claimed = f.figures[0].sentence if f.figures else f.title
    seen = list(dict.fromkeys(fig.article_id for fig in f.figures))
    item: dict[str, Any] = {
        "@type": "Claim",
        "appearance": [_appearance(articles[a]) for a in seen if a in articles],
    }
    sources = list(dict.fromkeys(fig.attribution for fig in f.figures if fig.attribution))
    if sources:
        item["author"] = [{"@type": "Organization", "name": s} for s in sources]
    return {
        "@type": "ClaimReview",
        "claimReviewed": claimed,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": "factcheck"},
        "datePublished": date,
        "inLanguage": lang,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": _RATING[f.verdict],
            "worstRating": 1,
            "bestRating": 3,
            "alternateName": _(_LABEL[f.verdict]),
        },
        "fc:check": f.check_id,
        "fc:verdict": f.verdict.value,
        "fc:explanation": f.explanation,
        "fc:figures": [
            {
                "fc:text": fig.text,
                "fc:low": plain(fig.interval.low) if fig.unit != "date" else None,
                "fc:high": plain(fig.interval.high) if fig.unit != "date" else None,
                "fc:unit": fig.unit,
            }
            for fig in f.figures
        ],
        "fc:citations": [r.citation for r in f.references],
    }


def claim_reviews(brief: Brief) -> str:
    """The JSON-LD text, safe to place inside a ``<script>`` element.

    The rating's name is in the current language (:func:`factcheck.i18n.using`); the
    ``fc:verdict`` code is the same in every language.
    """
    articles = {a.id: a for a in brief.articles}
    date = brief.generated_at.date().isoformat()
    graph = {
        "@context": ["https://schema.org", {"fc": NAMESPACE}],
        "@graph": [_review(f, articles, date, brief.language) for f in brief.findings],
    }
    text = json.dumps(graph, ensure_ascii=False, sort_keys=True, indent=1)
    # Nothing in it may close the script element or start markup.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
