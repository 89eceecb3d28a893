"""The methods section lists the hedges that can apply to the brief's articles: those of no
language, and those of the articles' languages (German "über" only beside German articles)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.hedges import load_hedges
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


def test_a_hedge_after_the_number_is_listed_with_x_before_it() -> None:
    brief = build_brief(
        [_article("en", "Crews loaded 400 or more containers.")], load_rulebook(ROOT / "rules")
    )
    written = {row["written"] for row in build_context(brief)["methods"]["hedges"]}
    assert {"x or more", "x-plus", "more than x"} <= written


def test_a_hedge_whose_after_is_not_true_or_false_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hedges.yaml"
    path.write_text('hedges:\n  - {phrase: "or more", bound: at-least, after: "yes"}\n')
    with pytest.raises(FactcheckError, match=r"hedges\.yaml:2.*after"):
        load_hedges(path)
