"""``factcheck rules test``: run each check on the examples written beside it.

An example is one or more short articles, an optional publication date, and the verdict
(and optionally the reason) the check must give. Each runs the whole pipeline (extract,
resolve with every concept of the rulebook, evaluate), so an example tests the concepts'
cues and the extractor as much as the assertion.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from factcheck.evaluate import evaluate_check
from factcheck.model import Article, Check, Finding
from factcheck.pipeline import analyse
from factcheck.rulebook import Rulebook

__all__ = ["ExampleResult", "run_examples"]


@dataclass(frozen=True, slots=True)
class ExampleResult:
    check: Check
    index: int
    name: str
    expected: str
    expected_reason: str | None
    finding: Finding

    @property
    def passed(self) -> bool:
        if self.finding.verdict.value != self.expected:
            return False
        reason = self.finding.reason.value if self.finding.reason else None
        return self.expected_reason is None or reason == self.expected_reason

    def describe(self) -> str:
        got = self.finding.verdict.value
        if self.finding.reason:
            got += f" ({self.finding.reason.value}: {self.finding.reason_text})"
        want = self.expected + (f" ({self.expected_reason})" if self.expected_reason else "")
        return f"{self.check.path}: example {self.name!r}: expected {want}, got {got}"


def _articles(check: Check, index: int, example: Mapping[str, object]) -> list[Article]:
    texts = example.get("articles") or [example.get("article", "")]
    assert isinstance(texts, list)
    raw_date = example.get("date")
    published = datetime.date.fromisoformat(str(raw_date)) if raw_date else None
    out = []
    for n, text in enumerate(texts):
        body = " ".join(str(text).split())
        digest = hashlib.sha256(f"{check.id}/{index}/{n}/{body}".encode()).hexdigest()[:12]
        out.append(
            Article(
                id=digest,
                path=f"{check.path}#example-{index + 1}.{n + 1}",
                title=None,
                outlet=f"example source {n + 1}",
                published=published,
                date_source="option" if published else None,
                url=None,
                language="en",
                text=body,
            )
        )
    return out


def run_examples(rulebook: Rulebook) -> Iterator[ExampleResult]:
    for check in rulebook.checks:
        for index, example in enumerate(check.examples):
            articles = _articles(check, index, example)
            _, evidence = analyse(articles, rulebook)
            finding = evaluate_check(check, evidence, rulebook)
            reason = example.get("reason")
            yield ExampleResult(
                check=check,
                index=index,
                name=str(example.get("name") or f"#{index + 1}"),
                expected=str(example["verdict"]),
                expected_reason=str(reason) if reason else None,
                finding=finding,
            )
