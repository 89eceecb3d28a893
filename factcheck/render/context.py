"""Everything a template prints, decided in one place.

:func:`build_context` turns a :class:`~factcheck.model.Brief` into a :class:`BriefContext`:
plain strings, numbers and lists. Every number is formatted here with :mod:`factcheck.fmt`;
findings, citations and articles are numbered here; the templates only loop and print.
Article text stays plain text: each template's environment escapes it for its format.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Generic, TypedDict, TypeVar

from markupsafe import Markup

from factcheck import fmt, i18n
from factcheck.hedges import for_languages
from factcheck.i18n import N_, _, ngettext, pgettext
from factcheck.model import (
    Article,
    Brief,
    Citation,
    Figure,
    Finding,
    Hedge,
    HedgeBound,
    Reference,
    Verdict,
)
from factcheck.render import wording_html, wording_md
from factcheck.render.claimreview import claim_reviews

__all__ = [
    "AppendixArticle",
    "AppendixRow",
    "ArticleContext",
    "BriefContext",
    "CitationContext",
    "ComputedContext",
    "FindingContext",
    "QuoteContext",
    "ReferenceContext",
    "SubjectContext",
    "SummaryContext",
    "VerdictCount",
    "build_context",
    "figure_note",
    "utc_timestamp",
    "verdict_label",
]

NONE = "—"  # shown where a value is unknown or absent

_In = TypeVar("_In")
_Out = TypeVar("_Out")

#: Verdict names, translated when a context is built (see :func:`verdict_label`).
VERDICT_LABELS = {
    Verdict.CONSISTENT: N_("Consistent"),
    Verdict.INCONSISTENT: N_("Inconsistent"),
    Verdict.UNVERIFIED: N_("Unverified"),
}
VERDICT_SYMBOLS = {Verdict.CONSISTENT: "✓", Verdict.INCONSISTENT: "✗", Verdict.UNVERIFIED: "?"}
VERDICT_EMOJI = {Verdict.CONSISTENT: "✅", Verdict.INCONSISTENT: "❌", Verdict.UNVERIFIED: "❔"}

_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)
_SLUG = re.compile(r"[^a-z0-9]+")


class VerdictCount(TypedDict):
    verdict: str  # "consistent" …: also the CSS class suffix
    label: str  # "Consistent"
    symbol: str  # "✓", "✗", "?"
    emoji: str  # for Markdown
    count: int


class SummaryContext(TypedDict):
    verdicts: list[VerdictCount]  # always all three, in Verdict order
    findings: int
    articles: int
    figures: int


class ArticleContext(TypedDict):
    number: int  # 1-based, in the brief's order
    id: str
    path: str
    title: str | None
    label: str  # the title, or the path when there is none
    outlet: str | None
    published: str | None  # formatted for the locale
    published_iso: str | None
    date_source: str | None
    url: str | None
    href: str | None  # url when it is a plain http(s) URL, else None
    language: str
    figures: int  # how many figures were extracted from it


class QuoteContext(TypedDict):
    key: str
    article_id: str
    article_label: str
    article_path: str
    outlet: str | None
    text: str  # the figure as written
    sentence: str
    before: str  # sentence[:span start]
    mark: str  # the figure's span within the sentence
    after: str  # sentence[span end:]
    interval: str  # the values the wording allows, formatted
    attribution: str | None
    qualifier: str | None
    period: str | None
    concept: str | None
    note: str | None  # a note from extraction (year unknown), in the brief's language


class CitationContext(TypedDict):
    number: int
    text: str
    url: str | None
    href: str | None  # url when it is a plain http(s) URL, else None
    accessed: str | None


class ReferenceContext(TypedDict):
    id: str
    title: str
    value: str  # formatted
    citations: list[CitationContext]
    numbers: list[int]
    note: str | None
    confidence: str | None


class ComputedContext(TypedDict):
    name: str  # the check's name for the value (``let:``)
    label: str  # the words the rule gives it in the brief's language, else the name
    expression: str
    value: str  # formatted


class ReviewContext(TypedDict):
    decision: str  # "accepted" or "disputed"
    decision_label: str
    reason: str
    by: str
    date: str
    reviewed_verdict: str | None  # the verdict the editor saw, when recorded
    reviewed_verdict_label: str | None  # the same, in words
    stale: bool  # the finding's verdict has changed since the review


class FindingContext(TypedDict):
    number: int  # 1-based, in display order (grouped by subject)
    anchor: str  # an HTML id
    check: str
    title: str
    subject: str
    verdict: str
    verdict_label: str
    verdict_symbol: str
    verdict_emoji: str
    wording: str  # the rule's Markdown, raw
    wording_html: Markup  # rendered: no raw HTML, no images
    wording_md: str  # Markdown with raw HTML and images neutralised
    explanation: str
    held: str | None  # "Held against 60,000 figures from 10,000 articles; ..." or None
    reason: str | None
    reason_text: str | None
    review: ReviewContext | None
    assertion: str
    figures: Rows[Figure, QuoteContext]
    references: list[ReferenceContext]
    computed: list[ComputedContext]
    citation_numbers: list[int]


class SubjectContext(TypedDict):
    name: str
    anchor: str
    findings: list[FindingContext]


class AppendixRow(TypedDict):
    key: str
    text: str
    interval: str
    unit: str
    counts: str
    concept: str
    qualifier: str
    period: str
    attribution: str
    note: str | None  # a note from extraction (year unknown), in the brief's language
    used: bool
    used_by: list[str]  # check ids
    used_by_text: str  # "a, b" or "—"


class Rows(Generic[_In, _Out]):
    """Rows of a table made as a template reads them: a brief of thousands of articles
    keeps its figures, not a formatted copy of each (``len``, truth, ``[i]`` and
    iteration, each time made anew)."""

    __slots__ = ("_items", "_lang", "_make")

    def __init__(self, make: Callable[[_In], _Out], lang: str | None = None) -> None:
        self._items: list[_In] = []
        self._make = make
        # a row is made later, in the brief's language still
        self._lang = lang if lang is not None else i18n.current()

    def _made(self, item: _In) -> _Out:
        with i18n.using(self._lang):
            return self._make(item)

    def add(self, item: _In) -> None:
        self._items.append(item)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> _Out:
        return self._made(self._items[index])

    def __iter__(self) -> Iterator[_Out]:
        return map(self._made, self._items)


class AppendixArticle(TypedDict):
    label: str
    path: str
    article: ArticleContext | None  # None for figures of an article not in the brief
    figures: Rows[Figure, AppendixRow]


class HedgeContext(TypedDict):
    phrase: str
    written: str  # with the number as x: "more than x", "x or more"
    meaning: str  # "(x, ∞)", "x ± 10%"


class MethodsContext(TypedDict):
    rules: str  # where the rules came from
    digest: str  # SHA-256 of the rule files, in full
    digest_short: str  # its first 12 hex digits
    hedges: list[HedgeContext]


class BriefContext(TypedDict):
    title: str
    description: str  # one line of counts: the PDF's subject, <meta name="description">
    lang: str  # for <html lang>
    locale: str  # numbers and dates are formatted for it
    generated_at: str  # ISO 8601 as given
    created: str  # W3C date-time in UTC, for <meta name="dcterms.created">
    generated: str  # the date, formatted for the locale
    generated_time: str  # "12:00 UTC"
    version: str
    rules: str
    summary: SummaryContext
    articles: Rows[tuple[int, Article], ArticleContext]  # made as the templates read them
    subjects: list[SubjectContext]
    findings: list[FindingContext]  # every finding, in display order
    citations: list[CitationContext]
    appendix: Iterable[AppendixArticle]  # a list, or groups made as they are read
    methods: MethodsContext
    paper: str  # "A4" or "letter": the CSS page size
    claim_reviews: Deferred  # schema.org ClaimReview JSON-LD, escaped for a <script> element
    page_counter: Markup  # CSS content for "page X of Y" in the brief's language
    style: str  # the stylesheet, filled in by the HTML renderer
    print_fonts: bool  # link the bundled fonts (PDF only), set by the HTML renderer


class Deferred:
    """Safe markup made the first time a template prints it (only the HTML prints some)."""

    __slots__ = ("_make", "_text")

    def __init__(self, make: Callable[[], str]) -> None:
        self._make: Callable[[], str] | None = make
        self._text = ""

    def __html__(self) -> str:
        if self._make is not None:
            self._text, self._make = self._make(), None
        return self._text

    def __str__(self) -> str:
        return self.__html__()


def verdict_label(v: Verdict) -> str:
    """The verdict's name in the current language: "Consistent", "Согласуется"."""
    return _(VERDICT_LABELS[v])


def _verdict_name(code: str | None) -> str | None:
    """A verdict in running text ("an earlier verdict, inconsistent"); an unknown code as is."""
    if code == Verdict.CONSISTENT:
        return pgettext("verdict in running text", "consistent")
    if code == Verdict.INCONSISTENT:
        return pgettext("verdict in running text", "inconsistent")
    if code == Verdict.UNVERIFIED:
        return pgettext("verdict in running text", "unverified")
    return code


def _css_string(text: str) -> str:
    """Text as a CSS string literal that cannot end its <style> element."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3c ")
    return f'"{escaped}"'


def page_counter() -> Markup:
    """CSS ``content`` for the footer: "page " counter(page) " of " counter(pages)."""
    text = _("page %(page)s of %(pages)s") % {"page": "\x00", "pages": "\x01"}
    parts: list[str] = []
    for piece in re.split("([\x00\x01])", text):
        if piece == "\x00":
            parts.append("counter(page)")
        elif piece == "\x01":
            parts.append("counter(pages)")
        elif piece:
            parts.append(_css_string(piece))
    return Markup(" ".join(parts))  # our own catalogs' words, quoted as CSS strings


_ATTRIBUTED_FROM = {
    "headline": N_("%(who)s, named in the headline"),
    "earlier": N_("%(who)s, named in an earlier paragraph"),
}


def figure_attribution(f: Figure) -> str | None:
    """Who a figure is attributed to, in the current language, saying so when the source was
    read from the headline or an earlier paragraph rather than the figure's own sentence or
    paragraph."""
    if f.attribution is None or f.attribution_from not in _ATTRIBUTED_FROM:
        return f.attribution
    return _(_ATTRIBUTED_FROM[f.attribution_from]) % {"who": f.attribution}


def figure_note(note: str | None) -> str | None:
    """A figure's note in the current language.

    Extraction stores its notes in English (``YEAR_UNKNOWN``, marked with ``N_``), and
    ``brief.json`` keeps them so; they are translated only here, when a brief is printed.
    """
    return _(note) if note else None


def _href(url: str | None) -> str | None:
    return url if url and _SAFE_URL.fullmatch(url) else None


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "x"


def utc_timestamp(when: datetime.datetime) -> str:
    """``2024-11-22T12:00:00Z``: a W3C date-time WeasyPrint copies into the PDF."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return when.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _date(day: datetime.date | None, locale: str) -> str | None:
    return fmt.format_date_value(Decimal(day.toordinal()), locale) if day else None


def _unit(unit: str, locale: str) -> str:
    return fmt.describe_unit(unit, locale)


def _article(n: int, a: Article, figures: int, locale: str) -> ArticleContext:
    return {
        "number": n,
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "label": a.title or a.path,
        "outlet": a.outlet,
        "published": _date(a.published, locale),
        "published_iso": a.published.isoformat() if a.published else None,
        "date_source": a.date_source,
        "url": a.url,
        "href": _href(a.url),
        "language": a.language,
        "figures": figures,
    }


def _quote(f: Figure, articles: dict[str, ArticleContext], locale: str) -> QuoteContext:
    s = f.sentence
    lo = min(max(f.start - f.sentence_start, 0), len(s))
    hi = min(max(f.end - f.sentence_start, lo), len(s))
    art = articles.get(f.article_id)
    return {
        "key": f.key,
        "article_id": f.article_id,
        "article_label": art["label"] if art else f.article_id,
        "article_path": art["path"] if art else "",
        "outlet": art["outlet"] if art else None,
        "text": f.text,
        "sentence": s,
        "before": s[:lo],
        "mark": s[lo:hi],
        "after": s[hi:],
        "interval": fmt.format_interval(f.interval, f.unit, locale),
        "attribution": figure_attribution(f),
        "qualifier": f.qualifier,
        "period": f.period,
        "concept": f.concept,
        "note": figure_note(f.note),
    }


class _Citations:
    """Numbers citations [1], [2]… in order of first use, one number per (text, url)."""

    def __init__(self) -> None:
        self.items: list[CitationContext] = []
        self._seen: dict[tuple[str, str | None], CitationContext] = {}

    def cite(self, c: Citation) -> CitationContext:
        key = (c.text, c.url)
        if key not in self._seen:
            item: CitationContext = {
                "number": len(self.items) + 1,
                "text": c.text,
                "url": c.url,
                "href": _href(c.url),
                "accessed": c.accessed,
            }
            self._seen[key] = item
            self.items.append(item)
        return self._seen[key]


def _reference(r: Reference, cites: _Citations, locale: str) -> ReferenceContext:
    items = [cites.cite(c) for c in r.citations]
    return {
        "id": r.id,
        "title": r.title,
        "value": fmt.format_quantity(r.quantity, locale),
        "citations": items,
        "numbers": _unique(c["number"] for c in items),
        "note": r.note,
        "confidence": r.confidence,
    }


def _review(f: Finding) -> ReviewContext | None:
    r = f.review
    if r is None:
        return None
    stale = r.verdict is not None and r.verdict != f.verdict.value
    return {
        "decision": r.decision,
        "decision_label": _("Accepted") if r.decision == "accepted" else _("Disputed"),
        "reason": r.reason,
        "by": r.by,
        "date": r.date,
        "reviewed_verdict": r.verdict,
        "reviewed_verdict_label": _verdict_name(r.verdict),
        "stale": stale,
    }


def _hedge_meaning(h: Hedge, locale: str) -> str:
    pct = fmt.format_number(h.tolerance * 100, locale) + "%"
    if h.bound is HedgeBound.ABOVE:
        return _("more than x: (x, ∞)")
    if h.bound is HedgeBound.AT_LEAST:
        return _("x or more: [x, ∞)")
    if h.bound is HedgeBound.BELOW:
        return _("less than x: [0, x)")
    if h.bound is HedgeBound.AT_MOST:
        return _("x or less: [0, x]")
    if h.bound is HedgeBound.ABOUT:
        return _("x give or take %(percent)s") % {"percent": pct}
    if h.bound is HedgeBound.NEARLY:
        return _("up to %(percent)s below x, not above it") % {"percent": pct}
    return _("exactly x")


def _unique(numbers: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(numbers))


def _finding(
    n: int, f: Finding, articles: dict[str, ArticleContext], cites: _Citations, locale: str
) -> FindingContext:
    refs = [_reference(r, cites, locale) for r in f.references]
    return {
        "number": n,
        "anchor": f"finding-{n}-{_slug(f.check_id)}",
        "check": f.check_id,
        "title": f.title,
        "subject": f.subject,
        "verdict": f.verdict.value,
        "verdict_label": verdict_label(f.verdict),
        "verdict_symbol": VERDICT_SYMBOLS[f.verdict],
        "verdict_emoji": VERDICT_EMOJI[f.verdict],
        "wording": f.wording,
        "wording_html": wording_html(f.wording),
        "wording_md": wording_md(f.wording),
        "explanation": f.explanation,
        "held": _held(f, locale),
        "reason": f.reason.value if f.reason else None,
        "reason_text": f.reason_text,
        "review": _review(f),
        "assertion": f.assertion,
        "figures": _quotes(f.figures, articles, locale),
        "references": refs,
        "computed": [
            {
                "name": c.name,
                "label": c.label or c.name,
                "expression": c.expression,
                "value": fmt.format_quantity(c.quantity, locale),
            }
            for c in f.computed
        ],
        "citation_numbers": _unique(num for r in refs for num in r["numbers"]),
    }


def _held(f: Finding, locale: str) -> str | None:
    """What a finding that quotes only the deciding figures was held against, in words."""
    if f.held_against is None:
        return None
    figures, articles = f.held_against
    return _(
        "Held against %(figures)s figures from %(articles)s articles; "
        "the quotes below are those that decide the verdict."
    ) % {
        "figures": fmt.format_number(Decimal(figures), locale),
        "articles": fmt.format_number(Decimal(articles), locale),
    }


def _subjects(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings grouped by subject, subjects in order of first appearance."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.subject, []).append(f)
    return groups


def _quotes(
    figures: Iterable[Figure], articles: dict[str, ArticleContext], locale: str
) -> Rows[Figure, QuoteContext]:
    """A finding's quotes, made as the template reads them (in the brief's language)."""
    rows: Rows[Figure, QuoteContext] = Rows(lambda fig: _quote(fig, articles, locale))
    for fig in figures:
        rows.add(fig)
    return rows


def _appendix(
    brief: Brief,
    articles: Callable[[str], ArticleContext | None],
    locale: str,
    *,
    aligned: bool,
) -> Iterable[AppendixArticle]:
    """One group per article, each with its figures; groups made as the template reads them.

    ``aligned``: the brief's figures come article by article, in the order of its
    articles (as a batch run spools them), so each group is made from the next
    figures, one article's at a time. Otherwise the figures are sorted into groups first.
    """
    used: dict[str, list[str]] = {}
    for finding in brief.findings:
        for fig in finding.figures:
            ids = used.setdefault(fig.key, [])
            if finding.check_id not in ids:
                ids.append(finding.check_id)

    def row(f: Figure) -> AppendixRow:
        by = used.get(f.key, [])
        return {
            "key": f.key,
            "text": f.text,
            "interval": fmt.format_interval(f.interval, f.unit, locale),
            "unit": _unit(f.unit, locale),
            "counts": f.counts or NONE,
            "concept": f.concept or NONE,
            "qualifier": f.qualifier or NONE,
            "period": f.period or NONE,
            "attribution": figure_attribution(f) or NONE,
            "note": figure_note(f.note),
            "used": bool(by),
            "used_by": list(by),
            "used_by_text": ", ".join(by) or NONE,
        }

    def group(article_id: str, rows: Rows[Figure, AppendixRow]) -> AppendixArticle:
        art = articles(article_id)
        return {
            "label": art["label"] if art else article_id,
            "path": art["path"] if art else "",
            "article": art,
            "figures": rows,
        }

    if aligned:
        return _Groups(brief, row, group)
    groups: dict[str, Rows[Figure, AppendixRow]] = {a.id: Rows(row) for a in brief.articles}
    for f in brief.figures:
        groups.setdefault(f.article_id, Rows(row)).add(f)
    return [group(article_id, rows) for article_id, rows in groups.items()]


class _Groups:
    """The appendix of a brief whose figures come in the order of its articles: each time
    it is read, one group per article, made from the next figures (see :func:`_appendix`)."""

    def __init__(
        self,
        brief: Brief,
        row: Callable[[Figure], AppendixRow],
        group: Callable[[str, Rows[Figure, AppendixRow]], AppendixArticle],
    ) -> None:
        self._brief, self._row, self._group = brief, row, group
        self._lang = i18n.current()  # read later, in the brief's language still

    def __len__(self) -> int:
        return len(self._brief.articles)

    def __iter__(self) -> Iterator[AppendixArticle]:
        figures = iter(self._brief.figures)
        pending = next(figures, None)
        for a in self._brief.articles:
            rows: Rows[Figure, AppendixRow] = Rows(self._row, self._lang)
            while pending is not None and pending.article_id == a.id:
                rows.add(pending)
                pending = next(figures, None)
            with i18n.using(self._lang):
                made = self._group(a.id, rows)
            yield made


def build_context(brief: Brief, *, locale: str = "en") -> BriefContext:
    """Everything the templates print, formatted and worded for ``locale``."""
    with i18n.using(i18n.language_of(locale)):
        return _build_context(brief, locale)


def _description(brief: Brief) -> str:
    """One line for the PDF's subject and the page's description: the verdict counts."""
    counts = brief.verdict_counts()
    n = len(brief.articles)
    head = ngettext("Fact-check of %(num)d article", "Fact-check of %(num)d articles", n) % {
        "num": n
    }
    parts = ", ".join(f"{verdict_label(v)}: {counts.get(v.value, 0)}" for v in Verdict)
    return f"{head}: {parts}"


def _build_context(brief: Brief, locale: str) -> BriefContext:
    per_article: dict[str, int] = {}
    runs: list[str] = []  # article ids in the order their figures come, once per run
    for fig in brief.figures:
        per_article[fig.article_id] = per_article.get(fig.article_id, 0) + 1
        if not runs or runs[-1] != fig.article_id:
            runs.append(fig.article_id)
    number = {a.id: i for i, a in enumerate(brief.articles, 1)}
    positions = [number.get(a, 0) for a in runs]
    aligned = all(positions) and all(x < y for x, y in itertools.pairwise(positions))
    of_id = {a.id: a for a in brief.articles}

    def made(pair: tuple[int, Article]) -> ArticleContext:
        return _article(pair[0], pair[1], per_article.get(pair[1].id, 0), locale)

    # Article contexts are made as the templates read them; the findings' quotes name
    # only the articles they come from.
    articles: Rows[tuple[int, Article], ArticleContext] = Rows(made)
    for pair in enumerate(brief.articles, 1):
        articles.add(pair)
    quoted = {fig.article_id for f in brief.findings for fig in f.figures}
    by_id = {a: made((number[a], of_id[a])) for a in quoted if a in of_id}

    def context_of(article_id: str) -> ArticleContext | None:
        if article_id in by_id:
            return by_id[article_id]
        return made((number[article_id], of_id[article_id])) if article_id in of_id else None

    cites = _Citations()
    subjects: list[SubjectContext] = []
    ordered: list[FindingContext] = []
    for s, (name, group) in enumerate(_subjects(brief.findings).items(), 1):
        items = [
            _finding(len(ordered) + i, f, by_id, cites, locale) for i, f in enumerate(group, 1)
        ]
        ordered.extend(items)
        subjects.append({"name": name, "anchor": f"subject-{s}-{_slug(name)}", "findings": items})

    counts = brief.verdict_counts()
    when = brief.generated_at
    return {
        "title": brief.title,
        "description": _description(brief),
        "lang": brief.language or locale,
        "locale": locale,
        "generated_at": when.isoformat(),
        "created": utc_timestamp(when),
        "generated": fmt.format_date_value(Decimal(when.date().toordinal()), locale),
        "generated_time": when.strftime("%H:%M") + (f" {when.tzname()}" if when.tzinfo else ""),
        "version": brief.version,
        "rules": brief.rules,
        "claim_reviews": Deferred(lambda: claim_reviews(brief)),
        "paper": brief.paper,
        "page_counter": page_counter(),
        "methods": {
            "rules": brief.rules,
            "digest": brief.rules_digest,
            "digest_short": brief.rules_digest[:12],
            "hedges": sorted(
                (
                    {"phrase": h.phrase, "written": h.written, "meaning": _hedge_meaning(h, locale)}
                    for h in for_languages(brief.hedges, (a.language for a in brief.articles))
                ),
                key=lambda row: (row["meaning"], row["written"]),
            ),
        },
        "summary": {
            "verdicts": [
                {
                    "verdict": v.value,
                    "label": verdict_label(v),
                    "symbol": VERDICT_SYMBOLS[v],
                    "emoji": VERDICT_EMOJI[v],
                    "count": counts.get(v.value, 0),
                }
                for v in Verdict
            ],
            "findings": len(brief.findings),
            "articles": len(brief.articles),
            "figures": len(brief.figures),
        },
        "articles": articles,
        "subjects": subjects,
        "findings": ordered,
        "citations": cites.items,
        "appendix": _appendix(brief, context_of, locale, aligned=aligned),
        "style": "",
        "print_fonts": False,
    }
