"""Forms of figures met in reporting the corpus did not hold at first: vague magnitudes
("several hundred"), shares and multipliers ("2 out of 5", "tenfold"), calibres, sources
named after their figures, parenthetical restatements and counted participles.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.extract import find_figures
from factcheck.hedges import load_hedges
from factcheck.interval import Interval
from factcheck.model import Article, Figure

ROOT = Path(__file__).parents[1]
HEDGES = load_hedges(ROOT / "rules" / "hedges.yaml")


def figures(text: str, language: str = "en") -> tuple[Figure, ...]:
    art = Article(
        id="t1",
        path="t.txt",
        title=None,
        outlet=None,
        published=datetime.date(2024, 11, 22),
        date_source="option",
        url=None,
        language=language,
        text=text,
    )
    found = find_figures(art, HEDGES)
    for f in found:
        assert art.text[f.start : f.end] == f.text
    return found


def one(text: str, piece: str) -> Figure:
    found = [f for f in figures(text) if piece in f.text]
    assert len(found) == 1, [f.text for f in figures(text)]
    return found[0]


# -- vague magnitudes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "piece", "interval", "qualifier", "counts"),
    [
        ("Medics treated several hundred sailors.", "several", Interval.above(300, inclusive=True),
         "several hundred", "sailors"),
        ("The port took several thousand crates.", "several", Interval.above(3000, inclusive=True),
         "several thousand", "crates"),
        ("It bought several million rounds.", "several",
         Interval.above(3_000_000, inclusive=True), "several million", "rounds"),
        ("They lost several dozen of their drones.", "several",
         Interval.above(36, inclusive=True), "several dozen of", "drones"),
        ("It bought at least several million rounds.", "several",
         Interval.above(3_000_000, inclusive=True), "at least", "rounds"),
        ("It bought more than several million rounds.", "several", Interval.above(3_000_000),
         "more than", "rounds"),
        ("It bought up to several thousand rounds.", "several", Interval.closed(0, 9000),
         "up to", "rounds"),
    ],
)  # fmt: skip
def test_several_is_three_of_the_magnitude_or_more(
    sentence: str, piece: str, interval: Interval, qualifier: str, counts: str
) -> None:
    f = one(sentence, piece)
    assert (f.interval, f.qualifier, f.counts, f.value) == (interval, qualifier, counts, None)


@pytest.mark.parametrize(
    ("sentence", "piece", "low", "counts"),
    [
        ('Since May there have been "hundreds" of casualties.', "hundreds", 200, "casualties"),
        ("There were “thousands” of the refugees at the border.", "thousands", 2000, "refugees"),
        ("Thousands fled across the river.", "Thousands", 2000, None),
        ("Hundreds were detained overnight.", "Hundreds", 200, None),
        ("There have been hundreds of casualties.", "hundreds", 200, "casualties"),
    ],
)
def test_a_plural_magnitude_alone_or_quoted_is_at_least_two_of_it(
    sentence: str, piece: str, low: int, counts: str | None
) -> None:
    f = one(sentence, piece)
    assert f.interval == Interval.above(low, inclusive=True)
    assert f.counts == counts


def test_several_alone_and_tens_alone_are_no_numbers() -> None:
    assert figures("Several ships waited, and the tens digit was smudged.") == ()


def test_approaching_is_nearly() -> None:
    f = one("Deaths are approaching 1,000.", "1,000")
    assert (f.qualifier, f.interval) == ("approaching", Interval.closed(900, 1000))
    assert f.value == Decimal(1000)
