"""Wire the stages: ingest → extract → resolve → evaluate → render. No logic of its own."""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck import __version__, i18n
from factcheck.evaluate import evaluate
from factcheck.extract import find_figures
from factcheck.ingest import load_article, load_articles
from factcheck.model import Article, Brief, Figure, Verdict
from factcheck.resolve import Evidence, gather_evidence
from factcheck.reviews import apply_reviews, load_reviews
from factcheck.rulebook import Rulebook, load_rulebook

__all__ = [
    "DEFAULT_FORMATS",
    "Run",
    "analyse",
    "brief_time",
    "build_brief",
    "figures_of",
    "run",
]

DEFAULT_FORMATS = ("pdf", "html", "md", "json")


@dataclass(frozen=True, slots=True)
class Run:
    brief: Brief
    written: tuple[Path, ...]

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.brief.findings if f.verdict is verdict)


def brief_time(articles: Sequence[Article]) -> datetime.datetime:
    """When the brief is dated: SOURCE_DATE_EPOCH if set, else the newest article's date.

    Never the clock: the same articles and rules give the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC)
    dates = [a.published for a in articles if a.published]
    day = max(dates) if dates else datetime.date(1970, 1, 1)
    return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)


def analyse(articles: Sequence[Article], rulebook: Rulebook) -> tuple[tuple[Figure, ...], Evidence]:
    figures = tuple(f for a in articles for f in find_figures(a, rulebook.hedges))
    evidence = gather_evidence(articles, figures, rulebook)
    return evidence.figures, evidence


def build_brief(
    articles: Sequence[Article],
    rulebook: Rulebook,
    *,
    title: str | None = None,
    language: str = "en",
    generated_at: datetime.datetime | None = None,
    paper: str = "A4",
) -> Brief:
    # The rules' words and the explanations are written in the brief's language.
    with i18n.using(language):
        rulebook = rulebook.localized(language)
        figures, evidence = analyse(articles, rulebook)
        findings = evaluate(rulebook, evidence)
        default_title = i18n._("Fact-check brief")
    return Brief(
        title=title or default_title,
        generated_at=generated_at or brief_time(articles),
        language=language,
        articles=tuple(articles),
        figures=figures,
        findings=findings,
        rules=rulebook.root,
        version=__version__,
        rules_digest=rulebook.digest,
        hedges=rulebook.hedges,
        paper=paper,
    )


def figures_of(
    path: Path, rules_dir: Path | Sequence[Path], *, date: datetime.date | None = None
) -> tuple[Article, tuple[Figure, ...]]:
    """The figures of one article, each with the concept it was matched to."""
    rulebook = load_rulebook(rules_dir)
    article = load_article(path, date=date)
    figures, _ = analyse([article], rulebook)
    return article, figures


def run(
    paths: Sequence[Path],
    *,
    rules_dir: Path | Sequence[Path],
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    date: datetime.date | None = None,
    title: str | None = None,
    language: str = "en",
    checks: Sequence[str] = (),
    tags: Sequence[str] = (),
    reviews: Path | None = None,
    paper: str = "A4",
    previous: Sequence[Mapping[str, Any]] | None = None,
    previous_name: str | None = None,
    tagged: bool = False,
) -> Run:
    """Read, check and render: the whole of ``factcheck check``.

    ``previous``: the findings of an earlier brief (as brief.json has them); the brief
    then says what changed since (see :mod:`factcheck.ci.changes`).
    """
    from factcheck.render import write_all

    rulebook = load_rulebook(rules_dir).select(checks, tags)
    articles = load_articles(paths, date=date)
    brief = build_brief(articles, rulebook, title=title, language=language, paper=paper)
    if reviews is not None:
        decided = load_reviews(reviews, [c.id for c in load_rulebook(rules_dir).checks])
        brief = replace(brief, findings=apply_reviews(brief.findings, decided))
    if previous is not None:
        from factcheck.ci.changes import changes
        from factcheck.render.json import findings_to_json

        current = findings_to_json(brief, locale=language)
        found = changes(previous, current, against=previous_name)
        brief = replace(brief, changes=found.to_json())
    written = write_all(brief, out_dir, formats, locale=language, tagged=tagged)
    return Run(brief, tuple(written))
