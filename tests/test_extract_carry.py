"""A bare number that goes on from the figure before it takes that figure's unit and noun.

"Russia sent 12,000 troops in October. Another 3,000 followed in December." The second figure
counts troops. Only within one paragraph, only for a number with no unit or noun of its own,
and only when a word says it goes on.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.extract import find_figures
from factcheck.hedges import load_hedges
from factcheck.model import Article, Figure

HEDGES = load_hedges(Path(__file__).parents[1] / "rules" / "hedges.yaml")


def figure(text: str, piece: str) -> Figure:
    art = Article(
        id="t1",
        path="t.txt",
        title=None,
        outlet=None,
        published=datetime.date(2024, 12, 1),
        date_source="option",
        url=None,
        language="en",
        text=text,
    )
    found = [f for f in find_figures(art, HEDGES) if piece in f.text]
    assert len(found) == 1, [f.text for f in find_figures(art, HEDGES)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "piece", "unit", "counts"),
    [
        ("Russia sent 12,000 troops in October. Another 3,000 followed in December.", "3,000",
         "1", "troops"),
        ("Russia sent 12,000 troops in October. A further 3,000 followed.", "3,000", "1",
         "troops"),
        ("Russia sent 12,000 troops in October and 3,000 more in December.", "3,000", "1",
         "troops"),
        ("Of the 11,000 soldiers sent, 1,100 of them were moved to Kursk.", "1,100", "1",
         "soldiers"),
        ("The ship carried 200,000 barrels on the first trip, and fewer than 90,000 on the "
         "second.", "90,000", "bbl", "barrels"),
        ("Pyongyang was paid $15 million in May. Another 20 million was paid in June.",
         "20 million", "USD", None),
        ("It shipped 5,000 tonnes of rice. An additional 700 went by rail.", "700", "t",
         "tonnes of rice"),
    ],
)  # fmt: skip
def test_a_number_that_goes_on_takes_the_unit_and_noun_before_it(
    text: str, piece: str, unit: str, counts: str | None
) -> None:
    f = figure(text, piece)
    assert (f.unit, f.counts) == (unit, counts)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # no word that says it goes on
        ("Russia sent 12,000 troops in October. In December, 3,000 were counted.", "3,000"),
        # "and" joins only within a sentence
        ("Russia sent 12,000 troops in October. And 3,000 were counted.", "3,000"),
        # another paragraph
        ("Russia sent 12,000 troops in October.\nAnother 3,000 were counted.", "3,000"),
        # the figure before is a rate, a duration or a share: nothing safe to carry
        ("Gunners fire 10,000 shells a day. Another 40 died on Saturday.", "40"),
        ("The training lasted 6 weeks. Another 300 were sent home.", "300"),
        ("Exports rose 40% last year. Another 300 were seized.", "300"),
    ],
)
def test_no_carry_without_a_sign_or_across_paragraphs(text: str, piece: str) -> None:
    f = figure(text, piece)
    assert (f.unit, f.counts) == ("1", None)


def test_a_number_with_its_own_noun_keeps_it() -> None:
    f = figure("Russia sent 12,000 troops. Another 300 engineers followed.", "300")
    assert f.counts == "engineers"


def test_a_carried_figure_carries_on() -> None:
    text = "Russia sent 9,000 troops in October. Another 2,500 came in November. Then 1,200 more."
    assert figure(text, "1,200").counts == "troops"
