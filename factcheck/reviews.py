"""Editors' decisions on findings, read from a YAML file and set beside the computed verdict.

```yaml
reviews:
  - check: oil-deliveries-vs-cap
    decision: accepted            # or disputed
    verdict: inconsistent         # optional: the verdict that was reviewed
    reason: Cap and dates checked against the resolution and the satellite analysis.
    by: Night desk
    date: 2024-11-23
```
A review names a check that must exist; a review of a verdict the finding no longer has is
shown as such, so a stale decision is never mistaken for a current one.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from factcheck.errors import RuleErrors
from factcheck.model import Finding, Review
from factcheck.rulebook import validate
from factcheck.yamlio import load_yaml

__all__ = ["apply_reviews", "load_reviews"]


def load_reviews(path: Path, check_ids: Sequence[str]) -> tuple[Review, ...]:
    """Read and validate a reviews file; every problem is one line, all reported together."""
    doc = load_yaml(path)
    errors = validate(doc, "reviews")
    items = doc.data.get("reviews") if isinstance(doc.data, dict) else None
    reviews: list[Review] = []
    seen: set[str] = set()
    for i, item in enumerate(items if isinstance(items, list) else []):
        at = ("reviews", i)
        check = item.get("check") if isinstance(item, dict) else None
        if not isinstance(check, str):
            continue
        if check not in check_ids:
            close = difflib.get_close_matches(check, list(check_ids), n=1)
            hint = f"did you mean {close[0]!r}?" if close else "see factcheck rules list"
            errors.append(doc.error((*at, "check"), f"no check {check!r}", hint))
            continue
        if check in seen:
            errors.append(doc.error((*at, "check"), f"{check!r} is reviewed twice", "keep one"))
            continue
        seen.add(check)
        if errors:
            continue  # the file is reported, not used
        reviews.append(
            Review(
                check=check,
                decision=item["decision"],
                reason=item["reason"].strip(),
                by=item["by"].strip(),
                date=item["date"],
                verdict=item.get("verdict"),
                path=doc.path,
                line=doc.where(at)[0],
            )
        )
    if errors:
        raise RuleErrors(sorted(errors, key=lambda e: (e.line or 0, e.column or 0)))
    return tuple(reviews)


def apply_reviews(findings: Sequence[Finding], reviews: Sequence[Review]) -> tuple[Finding, ...]:
    by_check = {r.check: r for r in reviews}
    return tuple(replace(f, review=by_check.get(f.check_id)) for f in findings)
