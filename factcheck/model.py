"""The small immutable types passed between the pipeline's stages.

articles ─ingest→ Article ─extract→ Figure* ─resolve→ Evidence ─evaluate→ Finding* ─render→ Brief
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from factcheck.interval import Interval
from factcheck.units import Quantity

__all__ = [
    "Article",
    "Brief",
    "Check",
    "CheckInput",
    "Citation",
    "Computed",
    "Concept",
    "Figure",
    "Finding",
    "Hedge",
    "HedgeBound",
    "Reason",
    "Reference",
    "Review",
    "Verdict",
]


class Verdict(StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    UNVERIFIED = "unverified"


class Reason(StrEnum):
    """Why a finding is unverified."""

    NO_FIGURE = "no-figure"  # an input the check needs was not found in any article
    SINGLE_SOURCE = "single-source"  # one article only, nothing to hold it against
    NO_COMMON_PERIOD = "no-common-period"  # a total and a rate with no period to join them
    SOURCES_DISAGREE = "sources-disagree"  # the articles' figures for one input do not overlap
    UNDECIDED = "undecided"  # the assertion holds for some allowed values and not others
    UNIT_MISMATCH = "unit-mismatch"  # the inputs' units cannot be combined as the rule asks


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its text and what is known of where it came from."""

    id: str  # first 12 hex digits of the SHA-256 of the text
    path: str  # as given on the command line, for messages
    title: str | None
    outlet: str | None
    published: datetime.date | None
    date_source: str | None  # "text", "front matter", "option" or None
    url: str | None
    language: str
    text: str  # the main text; every offset in a Figure points into it


class HedgeBound(StrEnum):
    """How a hedge word turns a stated number x into an interval."""

    ABOVE = "above"  # "over x", "more than x": (x, ∞)
    AT_LEAST = "at-least"  # "at least x": [x, ∞)
    BELOW = "below"  # "less than x", "under x": [0, x)
    AT_MOST = "at-most"  # "up to x", "no more than x": [0, x]
    ABOUT = "about"  # "about x": [x - t·x, x + t·x]
    NEARLY = "nearly"  # "nearly x", "almost x": [x - t·x, x]
    EXACT = "exact"  # "exactly x": x


@dataclass(frozen=True, slots=True)
class Hedge:
    phrase: str  # lower case, as it precedes the number: "more than"
    bound: HedgeBound
    tolerance: Decimal = Decimal(0)  # for ABOUT and NEARLY: 0.1 is ±10%
    language: str | None = None  # read only in articles of this language ("de"); None: in all
    after: bool = False  # written after the number: "10,000 or more", "3,000-plus"

    @property
    def written(self) -> str:
        """The phrase around a number x: "more than x", "x or more", "x-plus"."""
        if not self.after:
            return f"{self.phrase} x"
        return f"x{self.phrase}" if self.phrase[:1] in "-+" else f"x {self.phrase}"


@dataclass(frozen=True, slots=True)
class Figure:
    """One number stated in an article, with everything the text says about it."""

    article_id: str
    text: str  # the figure as written: "over 1 million barrels"
    start: int  # character offsets of ``text`` in Article.text
    end: int
    value: Decimal | None  # the number as written (1000000); for a date, its day number
    interval: Interval  # the values the wording allows (hedge and written precision)
    unit: str  # "bbl", "bbl/yr", "USD", "1" (a count), "×", "%", "month", "date"
    counts: str | None  # the counted noun phrase: "barrels of oil", "North Korean soldiers"
    qualifier: str | None  # the hedge as written: "over", "about", "up to"
    per: str | None  # a rate as written: "annually", "per soldier", "daily"
    period: str | None  # the period or date it refers to: "since March 2024"
    attribution: str | None  # who it is attributed to: "Ukrainian intelligence"
    sentence: str  # the sentence it stands in
    sentence_start: int  # offset of the sentence in Article.text
    note: str | None = None  # e.g. "year unknown: the article has no date"
    concept: str | None = None  # set by resolve
    # where the attribution was read when neither the figure's sentence nor its paragraph
    # names a source: "headline", or "earlier" (the source a paragraph before named last)
    attribution_from: str | None = None

    @property
    def key(self) -> str:
        """A stable id for this figure: article and span."""
        return f"{self.article_id}:{self.start}-{self.end}"

    @property
    def quantity(self) -> Quantity:
        return Quantity(self.interval, self.unit)


@dataclass(frozen=True, slots=True)
class Citation:
    text: str  # "UN Security Council resolution 2397 (2017), operative paragraph 5"
    url: str | None = None
    accessed: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """A fact from outside the articles, always with at least one citation."""

    id: str
    title: str
    quantity: Quantity
    citations: tuple[Citation, ...]
    note: str | None = None
    confidence: str | None = None  # "firm", "secondary", "weak"
    path: str = ""
    line: int = 0

    @property
    def citation(self) -> str:
        return "; ".join(c.text for c in self.citations)


@dataclass(frozen=True, slots=True)
class Concept:
    """A named kind of figure: its unit and the cues that tell it from others."""

    id: str
    title: str
    unit: str
    counts: tuple[str, ...] = ()  # the counted noun must start with one of these
    any: tuple[str, ...] = ()  # one of these must stand near the figure
    all: tuple[str, ...] = ()  # each of these must stand near the figure
    none: tuple[str, ...] = ()  # none of these may stand in the figure's clause
    window: int = 12  # how many words either side count as "near"
    stated: bool = False  # the hedge is part of what is stated (a cap's "no more than")
    path: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class CheckInput:
    name: str  # the name the assertion uses
    concept: str | None = None
    reference: str | None = None
    take: str = "combined"  # "combined": one interval all sources allow; "all": each figure
    value: str = "interval"  # "interval", or "stated": the number as written, hedge aside
    unit: str | None = None  # convert to this unit before use
    label: str | None = None  # words for messages: "the period of deliveries"


@dataclass(frozen=True, slots=True)
class Check:
    id: str
    title: str
    subject: str
    inputs: tuple[CheckInput, ...]
    let: tuple[tuple[str, str], ...]  # named intermediate values, in order
    assertion: str
    tolerance: Decimal | None
    explain: str  # one line with {name} placeholders, shown with its arithmetic
    wording: Mapping[Verdict, str]  # Markdown per verdict
    show: tuple[tuple[str, str], ...] = ()  # name → unit to display computed values in
    # let name → the words the brief shows for that value ("delivery window"); the name
    # itself is shown when a value has none
    labels: Mapping[str, str] = field(default_factory=dict)
    examples: tuple[Mapping[str, object], ...] = ()
    tags: tuple[str, ...] = ()
    severity: str = "medium"  # "high", "medium" or "low"
    path: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Computed:
    name: str
    expression: str
    quantity: Quantity
    label: str | None = None  # the rule's words for it, in the brief's language


@dataclass(frozen=True, slots=True)
class Review:
    """An editor's decision on a finding, recorded in a reviews file."""

    check: str
    decision: str  # "accepted" or "disputed"
    reason: str
    by: str
    date: str  # YYYY-MM-DD
    verdict: str | None = None  # the verdict that was reviewed, when recorded
    path: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Finding:
    check_id: str
    title: str
    subject: str
    verdict: Verdict
    figures: tuple[Figure, ...]
    references: tuple[Reference, ...]
    computed: tuple[Computed, ...]
    explanation: str  # one line: the arithmetic that decided it
    wording: str  # Markdown from the rule, for this verdict
    reason: Reason | None = None
    reason_text: str | None = None
    assertion: str = ""
    severity: str = "medium"
    tags: tuple[str, ...] = ()
    review: Review | None = None
    # (figures, articles) the check was held against, when it quotes only those that
    # decide the verdict (a run over many articles); None when it quotes every one
    held_against: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Brief:
    title: str
    generated_at: datetime.datetime
    language: str
    articles: tuple[Article, ...]
    figures: Sequence[Figure]  # a tuple, or read back from disk in a big run (factcheck.spool)
    findings: tuple[Finding, ...]
    rules: str = "rules"  # where the rules came from, for the colophon
    version: str = ""
    rules_digest: str = ""  # SHA-256 of the rule files
    hedges: tuple[Hedge, ...] = ()  # the hedge table used, for the methods section
    paper: str = "A4"  # "A4" or "letter", for the PDF
    counts: Mapping[str, int] = field(default_factory=dict)
    # What changed since an earlier brief (factcheck.ci.changes.Changes.to_json()), or None
    # when there was nothing to compare with.
    changes: Mapping[str, Any] | None = None

    def verdict_counts(self) -> dict[str, int]:
        counts = {v.value: 0 for v in Verdict}
        for f in self.findings:
            counts[f.verdict.value] += 1
        return counts
