"""Shared fixtures: a fixed clock and a small brief built by hand.

The two articles are written for these tests (their figures echo the seed subject, the
sentences do not). One sentence carries hostile markup, so that every renderer is
exercised on text that tries to inject HTML, Markdown and a PDF attachment.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterator
from decimal import Decimal

import pytest

from factcheck.interval import INF, Interval
from factcheck.model import (
    Article,
    Brief,
    Citation,
    Computed,
    Figure,
    Finding,
    Reason,
    Reference,
    Verdict,
)
from factcheck.units import Quantity

# The ledger tests' PostgreSQL server and the ledger_spec fixture (SQLite or PostgreSQL).
pytest_plugins = ["tests.pg"]

CLOCK = datetime.datetime(2024, 11, 22, 12, 0, 0, tzinfo=datetime.UTC)

HOSTILE = (
    '<script>alert(1)</script> <img src=x onerror="alert(2)"> '
    '<a rel="attachment" href="file:///etc/passwd">notes</a>'
)
HOSTILE_MD = "| *stars* _under_ [link](https://evil.example) @octocat $x$ `tick`"

FUEL_TEXT = (
    "Ship-tracking volunteers counted 43 voyages by tankers into Rajin over the past "
    "eight months. According to the Open Source Centre, more than 1 million barrels of "
    "oil reached the port between March 7 and November 5. A UN resolution lets the "
    "country import no more than 500,000 barrels of refined fuel a year. Officials in "
    "Seoul put the number of soldiers sent at about 12,000."
)
TROOPS_TEXT = (
    "Researchers in London tallied one million barrels delivered along the same route, "
    "carried in 43 voyages. "
    f"A leaked memo, which read {HOSTILE} {HOSTILE_MD}, claimed that up to 12,000 "
    "soldiers were moved by rail. Each soldier is said to earn $2,000 a month. "
    "The memo also lists at least 50 howitzers."
)

FUEL = Article(
    id="f0e1d2c3b4a5",
    path="tests/data/articles/fuel-route.txt",
    title="Tankers keep fuel moving to Rajin",
    outlet="The Harbour Ledger",
    published=datetime.date(2024, 11, 20),
    date_source="front matter",
    url="https://ledger.example/fuel-route",
    language="en",
    text=FUEL_TEXT,
)
TROOPS = Article(
    id="0a1b2c3d4e5f",
    path="tests/data/articles/troop-memo.txt",
    title=None,
    outlet=None,
    published=None,
    date_source=None,
    url=None,
    language="en",
    text=TROOPS_TEXT,
)


def _sentence(text: str, start: int) -> tuple[int, str]:
    """The sentence of ``text`` around offset ``start``: (its offset, its text)."""
    dot = text.rfind(". ", 0, start)
    begin = dot + 2 if dot >= 0 else 0
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return begin, text[begin:end]


def figure(
    article: Article,
    written: str,
    interval: Interval,
    unit: str = "1",
    *,
    value: Decimal | None = None,
    counts: str | None = None,
    qualifier: str | None = None,
    per: str | None = None,
    period: str | None = None,
    attribution: str | None = None,
    concept: str | None = None,
    note: str | None = None,
    after: int = 0,
) -> Figure:
    """A figure located by its text in the article (the first match after ``after``)."""
    start = article.text.index(written, after)
    sentence_start, sentence = _sentence(article.text, start)
    return Figure(
        article_id=article.id,
        text=written,
        start=start,
        end=start + len(written),
        value=value if value is not None else interval.low,
        interval=interval,
        unit=unit,
        counts=counts,
        qualifier=qualifier,
        per=per,
        period=period,
        attribution=attribution,
        sentence=sentence,
        sentence_start=sentence_start,
        note=note,
        concept=concept,
    )


def _day(d: datetime.date) -> Decimal:
    return Decimal(d.toordinal())


VOYAGES_1 = figure(
    FUEL,
    "43 voyages",
    Interval.exact(43),
    counts="voyages by tankers",
    attribution="ship-tracking volunteers",
    concept="oil_voyages",
)
PERIOD_1 = figure(
    FUEL,
    "the past eight months",
    Interval.exact(8),
    "month",
    period="the past eight months",
    concept="delivery_period",
)
OIL_1 = figure(
    FUEL,
    "more than 1 million barrels",
    Interval.above(1_000_000),
    "bbl",
    value=Decimal(1_000_000),
    counts="barrels of oil",
    qualifier="more than",
    period="between March 7 and November 5",
    attribution="Open Source Centre",
    concept="oil_delivered",
)
FIRST_DAY = figure(
    FUEL,
    "March 7",
    Interval.exact(_day(datetime.date(2024, 3, 7))),
    "date",
    concept="first_delivery",
)
CAP_1 = figure(
    FUEL,
    "no more than 500,000 barrels",
    Interval.closed(0, 500_000),
    "bbl/yr",
    value=Decimal(500_000),
    counts="barrels of refined fuel",
    qualifier="no more than",
    per="a year",
    attribution="A UN resolution",
    concept="oil_cap_stated",
)
TROOPS_1 = figure(
    FUEL,
    "about 12,000",
    Interval.closed(10_800, 13_200),
    value=Decimal(12_000),
    counts="soldiers",
    qualifier="about",
    attribution="Officials in Seoul",
    concept="troops_sent",
)
OIL_2 = figure(
    TROOPS,
    "one million barrels",
    Interval.exact(1_000_000),
    "bbl",
    counts="barrels",
    attribution="Researchers in London",
    concept="oil_delivered",
)
VOYAGES_2 = figure(
    TROOPS,
    "43 voyages",
    Interval.exact(43),
    counts="voyages",
    attribution="Researchers in London",
    concept="oil_voyages",
)
TROOPS_2 = figure(
    TROOPS,
    "up to 12,000",
    Interval.closed(0, 12_000),
    value=Decimal(12_000),
    counts="soldiers",
    qualifier="up to",
    attribution="a leaked memo",
    concept="troops_sent",
)
PAY_2 = figure(
    TROOPS,
    "$2,000 a month",
    Interval.exact(2_000),
    "USD/month",
    counts="per soldier",
    per="a month",
    attribution=HOSTILE,
    concept="pay",
)
HOWITZERS_2 = figure(
    TROOPS,
    "at least 50 howitzers",
    Interval.above(50, inclusive=True),
    value=Decimal(50),
    counts="howitzers",
    qualifier="at least",
    note="one source only",
)

UN_CAP = Citation(
    "UN Security Council resolution 2397 (2017), operative paragraph 5",
    "https://undocs.example/S/RES/2397(2017)",
)
CAP = Reference(
    id="unsc-2397-refined-cap",
    title="UN cap on refined petroleum imports",
    quantity=Quantity.of(500_000, "bbl/yr"),
    citations=(UN_CAP,),
    confidence="firm",
)
CRUDE = Reference(
    id="unsc-2397-crude-cap",
    title="UN cap on crude oil imports",
    quantity=Quantity.of(4_000_000, "bbl/yr"),
    citations=(UN_CAP,),
    note="Crude oil has its own, larger cap.",
)
WAGE = Reference(
    id="nk-average-wage",
    title="Average monthly state wage",
    quantity=Quantity(Interval.closed(2, 5), "USD/month"),
    citations=(
        Citation("A made-up wage survey, 2023 edition", "https://wages.example/survey"),
        Citation("Statistics yearbook (print only)", None, accessed="2024-11-01"),
    ),
)

DELIVERIES = Finding(
    check_id="oil-deliveries-vs-cap",
    title="Reported deliveries against the UN cap",
    subject="oil",
    verdict=Verdict.INCONSISTENT,
    figures=(OIL_1,),
    references=(CAP,),
    computed=(
        Computed("period", "last - first", Quantity.of(243, "day")),
        Computed(
            "annualised",
            "delivered / period",
            Quantity(Interval.above(Decimal("1503086.42")), "bbl/yr"),
        ),
    ),
    explanation="more than 1,000,000 barrels in 243 days is more than 1,503,000 barrels "
    "a year, above the cap of 500,000 barrels a year",
    wording="The deliveries reported **exceed** the cap set by the UN. <b>raw</b> "
    "![tracker](https://evil.example/pixel.png)",
    assertion="annualised <= cap",
)
TOTAL = Finding(
    check_id="oil-total-across-sources",
    title="Delivered total across the articles",
    subject="oil",
    verdict=Verdict.CONSISTENT,
    figures=(OIL_1, OIL_2),
    references=(),
    computed=(),
    explanation="1,000,000 and more than 1,000,000 agree within the written precision",
    wording="The two articles agree on the total.",
    assertion="overlap(a, b)",
)
VOYAGES = Finding(
    check_id="oil-voyages-across-sources",
    title="Voyages across the articles",
    subject="oil",
    verdict=Verdict.CONSISTENT,
    figures=(VOYAGES_1, VOYAGES_2),
    references=(),
    computed=(),
    explanation="43 = 43",
    wording="Both articles count 43 voyages.",
    assertion="a == b",
)
TROOPS_CHECK = Finding(
    check_id="troops-across-sources",
    title="Soldiers sent, across the articles",
    subject="troops",
    verdict=Verdict.CONSISTENT,
    figures=(TROOPS_1, TROOPS_2),
    references=(),
    computed=(),
    explanation="10,800–13,200 and 0–12,000 share 10,800–12,000",
    wording="The troop counts overlap.",
    assertion="overlap(a, b)",
)
PAY = Finding(
    check_id="pay-per-soldier-vs-wages",
    title="Pay per soldier against local wages",
    subject="payment",
    verdict=Verdict.UNVERIFIED,
    figures=(PAY_2,),
    references=(WAGE, CRUDE),
    computed=(Computed("ratio", "pay / wage", Quantity(Interval.closed(400, 1000), "×")),),
    explanation="$2,000 a month is 400–1,000 times a wage of $2–$5 a month",
    wording="Whether the pay is plausible _depends_ on the wage estimate.",
    reason=Reason.UNDECIDED,
    reason_text="the assertion holds for some of the allowed values and not for others",
    assertion="ratio < 100",
)
MUNITIONS = Finding(
    check_id="munitions-fired",
    title="Munitions fired",
    subject="munitions",
    verdict=Verdict.UNVERIFIED,
    figures=(),
    references=(),
    computed=(),
    explanation="",
    wording="Only one article mentions it.",
    reason=Reason.NO_FIGURE,
    reason_text="no article states how many munitions were fired",
)

FIGURES = (
    VOYAGES_1,
    PERIOD_1,
    OIL_1,
    FIRST_DAY,
    CAP_1,
    TROOPS_1,
    OIL_2,
    VOYAGES_2,
    TROOPS_2,
    PAY_2,
    HOWITZERS_2,
)


def make_brief() -> Brief:
    return Brief(
        title="Fact-check: fuel shipments and troop numbers",
        generated_at=CLOCK,
        language="en",
        articles=(FUEL, TROOPS),
        figures=FIGURES,
        # Subjects interleave on purpose: the brief groups them in order of appearance.
        findings=(DELIVERIES, TROOPS_CHECK, TOTAL, PAY, MUNITIONS, VOYAGES),
        rules="rules",
        version="0.1.0",
    )


@pytest.fixture
def clock() -> datetime.datetime:
    return CLOCK


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture
def weasyprint_clean(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Fail the test on any WeasyPrint log record at WARNING or above."""
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield caplog
    bad = [
        f"{r.levelname}: {r.getMessage()}"
        for r in caplog.get_records("call")
        if r.name.startswith("weasyprint") and r.levelno >= logging.WARNING
    ]
    assert not bad, "WeasyPrint logged:\n" + "\n".join(bad)


__all__ = ["CLOCK", "FIGURES", "HOSTILE", "HOSTILE_MD", "INF", "PAY_2", "figure", "make_brief"]


# The verdicts a correct brief gives on the two seed articles (../shared/seeds/EXPECTED.md).
SEED_VERDICTS = {
    "oil-deliveries-vs-cap": Verdict.INCONSISTENT,
    "oil-cap-as-stated": Verdict.CONSISTENT,
    "oil-total-across-sources": Verdict.CONSISTENT,
    "oil-voyages-across-sources": Verdict.CONSISTENT,
    "oil-delivery-period": Verdict.CONSISTENT,
    "russia-output-ratio": Verdict.CONSISTENT,
    "troops-across-sources": Verdict.CONSISTENT,
    "troops-within-kursk-force": Verdict.CONSISTENT,
    "pay-per-soldier-vs-wages": Verdict.CONSISTENT,
    "shells-total-vs-annual-rate": Verdict.UNVERIFIED,
    "munitions-fired": Verdict.UNVERIFIED,
    "equipment-howitzers-mlrs": Verdict.UNVERIFIED,
}
