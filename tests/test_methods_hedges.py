"""The methods section lists the hedges that can apply to the brief's articles: those of no
language, and those of the articles' languages (German "über" only beside German articles)."""

from __future__ import annotations

import datetime
from pathlib import Path

from factcheck.model import Article
from factcheck.pipeline import build_brief
from factcheck.render.context import build_context
from factcheck.rulebook import load_rulebook

ROOT = Path(__file__).parents[1]


def _article(language: str, text: str) -> Article:
    return Article(
        id=f"a-{language}",
        path=f"{language}.txt",
        title=None,
        outlet=None,
        published=datetime.date(2025, 2, 3),
        date_source="option",
        url=None,
        language=language,
        text=text,
    )


def _phrases(*articles: Article) -> set[str]:
    brief = build_brief(list(articles), load_rulebook(ROOT / "rules"))
    return {row["phrase"] for row in build_context(brief)["methods"]["hedges"]}


def test_an_english_brief_lists_no_german_or_french_hedge() -> None:
    phrases = _phrases(_article("en", "Crews loaded over 400 containers."))
    assert {"over", "approaching", "about"} <= phrases
    assert not {"über", "fast", "environ", "plus de"} & phrases


def test_a_brief_with_a_german_article_lists_the_german_hedges_too() -> None:
    phrases = _phrases(
        _article("en", "Crews loaded over 400 containers."),
        _article("de-AT", "Es kamen über 3.000 Soldaten."),
    )
    assert {"over", "über", "fast", "ca."} <= phrases
    assert "environ" not in phrases
