"""Resolve (which figure means what) and evaluate (verdicts and their reasons), stage by stage."""

from __future__ import annotations

import datetime
import hashlib
from pathlib import Path

import pytest

from factcheck.evaluate import evaluate_check
from factcheck.model import Article, Reason, Verdict
from factcheck.pipeline import analyse
from factcheck.rulebook import Rulebook, load_rulebook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return load_rulebook(ROOT / "rules")


def article(text: str, published: datetime.date | None = datetime.date(2024, 11, 22)) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return Article(
        digest, f"{digest}.txt", None, f"outlet {digest[:4]}", published, None, None, "en", text
    )


def concepts_of(rulebook: Rulebook, text: str) -> dict[str, str | None]:
    figures, _ = analyse([article(text)], rulebook)
    return {f.text: f.concept for f in figures}


def test_a_cap_is_told_from_a_delivery_in_one_sentence(rulebook: Rulebook) -> None:
    got = concepts_of(
        rulebook,
        "North Korea may buy no more than 500,000 barrels of oil a year, yet Russia sent it "
        "1 million barrels, a fraction of Russia's output, which is ten times that amount.",
    )
    assert got["no more than 500,000 barrels of oil a year"] == "oil_cap"
    assert got["1 million barrels"] == "oil_delivered"
    assert got["ten times that amount"] == "russia_output_ratio"


def test_none_cues_exclude_within_the_clause_only(rulebook: Rulebook) -> None:
    got = concepts_of(
        rulebook,
        "At least 24 people were killed, and over a hundred civilians were injured.",
    )
    assert got["At least 24 people"] == "people_killed"
    assert got["over a hundred civilians"] is None


def test_troops_and_the_force_they_joined(rulebook: Rulebook) -> None:
    got = concepts_of(
        rulebook,
        "About 12,000 North Korean soldiers were sent. Russia assembled a force of 50,000 "
        "personnel for a counteroffensive.",
    )
    assert got["About 12,000 North Korean soldiers"] == "troops_sent"
    assert got["50,000 personnel"] == "kursk_force"


def finding(rulebook: Rulebook, check_id: str, *texts: str):  # type: ignore[no-untyped-def]
    _, evidence = analyse([article(t) for t in texts], rulebook)
    check = next(c for c in rulebook.checks if c.id == check_id)
    return evaluate_check(check, evidence, rulebook)


def test_sources_that_disagree_make_a_check_unverified(rulebook: Rulebook) -> None:
    f = finding(
        rulebook,
        "troops-within-kursk-force",
        "North Korea sent 3,000 soldiers. Russia assembled a force of 50,000 personnel.",
        "North Korea sent 12,000 soldiers to Russia.",
    )
    assert f.verdict is Verdict.UNVERIFIED
    assert f.reason is Reason.SOURCES_DISAGREE
    assert "3,000" in (f.reason_text or "")
    assert "12,000" in (f.reason_text or "")


def test_a_total_and_a_rate_without_a_period(rulebook: Rulebook) -> None:
    f = finding(
        rulebook,
        "shells-total-vs-annual-rate",
        "North Korea has sent one and a half million artillery shells to Russia.",
        "North Korea supplies about 3 million shells annually.",
    )
    assert f.reason is Reason.NO_COMMON_PERIOD
    assert "period" in f.explanation


def test_missing_figure_is_named(rulebook: Rulebook) -> None:
    f = finding(rulebook, "pay-per-soldier-vs-wages", "Moscow pays $2,000 per soldier.")
    assert f.reason is Reason.NO_FIGURE
    assert (
        f.explanation
        == "no figure found for years of an average North Korean salary the payment equals"
    )


def test_values_on_both_sides_are_undecided(rulebook: Rulebook) -> None:
    f = finding(
        rulebook,
        "troops-within-kursk-force",
        "Up to 12,000 North Korean soldiers were sent. "
        "Russia assembled a force of 5,000 personnel.",
    )
    assert f.verdict is Verdict.UNVERIFIED
    assert f.reason is Reason.UNDECIDED


def test_cap_arithmetic_is_shown(rulebook: Rulebook) -> None:
    f = finding(
        rulebook,
        "oil-deliveries-vs-cap",
        "Russia shipped more than 1 million barrels of oil. The first voyage was on March 7 "
        "and the last voyage on November 5.",
    )
    assert f.verdict is Verdict.INCONSISTENT
    shown = {c.name: c.quantity for c in f.computed}
    assert str(shown["window"]) == "243 day"
    assert f.references[0].id == "unscr-2397-refined-cap"


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Oil delivered to North Korea", "oil delivered to North Korea"),
        ("North Korean munitions fired at Ukraine", "North Korean munitions fired at Ukraine"),
        ("Russia's daily output", "Russia's daily output"),
        ("UN cap on refined products", "UN cap on refined products"),
        ("Нефть, поставленная в КНДР", "нефть, поставленная в КНДР"),
    ],
)
def test_a_concept_title_in_running_text_keeps_its_names(title: str, shown: str) -> None:
    from factcheck.evaluate import _in_running_text

    assert _in_running_text(title) == shown
