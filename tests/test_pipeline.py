"""End to end on articles: the verdicts a reader would see."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ingest import load_articles
from factcheck.model import Brief, Verdict
from factcheck.pipeline import build_brief
from factcheck.rulebook import load_rulebook
from tests.conftest import SEED_VERDICTS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "articles"
VARIANTS = ROOT / "examples" / "variants"


def brief_of(*paths: Path) -> Brief:
    return build_brief(load_articles(list(paths)), load_rulebook(ROOT / "rules"))


def verdicts(brief: Brief) -> dict[str, Verdict]:
    return {f.check_id: f.verdict for f in brief.findings}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the project")
def test_seed_articles_give_the_expected_verdicts() -> None:
    brief = brief_of(*sorted(SEEDS.glob("*.txt")))
    got = verdicts(brief)
    for check, verdict in SEED_VERDICTS.items():
        assert got[check] is verdict, check
    for finding in brief.findings:
        assert finding.explanation.strip()
        assert finding.figures
        assert all(f.sentence for f in finding.figures)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the project")
def test_cap_finding_shows_its_arithmetic_and_citation() -> None:
    brief = brief_of(*sorted(SEEDS.glob("*.txt")))
    cap = next(f for f in brief.findings if f.check_id == "oil-deliveries-vs-cap")
    assert "243 days" in cap.explanation
    assert "March 7, 2024" in cap.explanation
    assert "November 5, 2024" in cap.explanation
    assert "500,000 barrels" in cap.explanation
    assert any("2397" in r.citation for r in cap.references)


def test_example_articles() -> None:
    got = verdicts(brief_of(EXAMPLES))
    assert got["oil-deliveries-vs-cap"] is Verdict.INCONSISTENT
    assert got["oil-cap-as-stated"] is Verdict.CONSISTENT
    assert got["troops-across-sources"] is Verdict.CONSISTENT
    assert got["pay-per-soldier-vs-wages"] is Verdict.CONSISTENT
    assert got["shells-total-vs-annual-rate"] is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("variant", "check", "alone", "with_examples"),
    [
        ("oil-under-cap.md", "oil-deliveries-vs-cap", Verdict.CONSISTENT, Verdict.UNVERIFIED),
        ("troops-disagree.md", "troops-across-sources", Verdict.UNVERIFIED, Verdict.INCONSISTENT),
        ("pay-high.md", "pay-per-soldier-vs-wages", Verdict.INCONSISTENT, Verdict.UNVERIFIED),
        ("cap-misstated.md", "oil-cap-as-stated", Verdict.INCONSISTENT, Verdict.INCONSISTENT),
    ],
)
def test_variants_change_the_verdict(
    variant: str, check: str, alone: Verdict, with_examples: Verdict
) -> None:
    assert verdicts(brief_of(VARIANTS / variant))[check] is alone
    assert verdicts(brief_of(EXAMPLES, VARIANTS / variant))[check] is with_examples


def test_brief_is_dated_by_its_articles_not_the_clock() -> None:
    brief = brief_of(EXAMPLES)
    assert brief.generated_at.date().isoformat() == "2024-11-22"
