"""Across reports: a figure that changed since the last report, and relays of one origin.

Both are worked out from the evidence alone, concept by concept, so the engine learns
no subject: the words come from the concepts' titles in the rules.

* **Changed since the last report.** For a concept the new articles give, the last
  report is the latest earlier article (by publication date) that gave it too. When the
  values the new articles allow and the values the last report allowed have nothing in
  common, the brief says the figure changed from one to the other (an unverified finding,
  reason ``sources-disagree``, with both quotes).
* **Relays.** A figure attributed to "X, citing Y" relays Y. Where articles of different
  outlets relay one origin with values in common, the origin is one source: the evidence
  keeps the earliest of those figures, and the brief lists the others under a finding
  that says so (unverified, reason ``single-source``), so every quote is still traced.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from pathlib import Path

from factcheck.fmt import format_quantity
from factcheck.i18n import _
from factcheck.interval import Interval
from factcheck.model import Article, Figure, Finding, Reason, Verdict
from factcheck.rulebook import Rulebook
from factcheck.units import Quantity

__all__ = [
    "CHANGED",
    "RELAYED",
    "Deciding",
    "changed_since_last_report",
    "deciding",
    "origin",
    "relays",
]

CHANGED = "changed-since-last-report"  # check id prefix of a change finding
RELAYED = "relayed-origin"  # check id prefix of a relay finding
_CITING = ", citing "  # how the extractor writes a relay's attribution


def origin(f: Figure) -> str | None:
    """The origin a relayed figure cites ("The Daily, citing the Institute" → "the institute")."""
    if f.attribution and _CITING in f.attribution:
        return f.attribution.rsplit(_CITING, 1)[1].strip().casefold() or None
    return None


def _label(a: Article | None, article_id: str) -> str:
    if a is None:
        return article_id
    return a.outlet or a.title or Path(a.path).name


def _when(a: Article | None) -> datetime.date:
    return (a.published if a and a.published else None) or datetime.date.min


def _subjects(rulebook: Rulebook) -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Per concept: the subject, tags and severity of the first check that uses it."""
    found: dict[str, tuple[str, tuple[str, ...], str]] = {}
    for check in rulebook.checks:
        for inp in check.inputs:
            if inp.concept:
                found.setdefault(inp.concept, (check.subject, check.tags, check.severity))
    return found


def _combined(figures: Sequence[Figure], unit: str) -> Interval | None:
    try:
        return Interval.intersect_all(f.quantity.to(unit).interval for f in figures)
    except Exception:  # a unit the concept cannot take: leave it to the checks
        return None


def _listed(figures: Sequence[Figure], articles: Mapping[str, Article]) -> str:
    return "; ".join(
        f"{format_quantity(f.quantity)} ({_label(articles.get(f.article_id), f.article_id)})"
        for f in figures
    )


def _last_report(before: Sequence[Figure], articles: Mapping[str, Article]) -> str:
    """The latest article (by date, then path) among those that gave ``before``."""
    return max(
        {f.article_id for f in before},
        key=lambda a: (_when(articles.get(a)), articles[a].path if a in articles else a),
    )


class Deciding:
    """The figures that can decide a verdict, gathered one figure at a time.

    A check sees a concept's figures combined (their intersection, set by the highest
    low end and the lowest high end), one per source for ``agree()`` (which holds when
    that intersection is not empty) or for ``within``/``approx`` per source (set by the
    lowest and highest ends of all). So the figures with the lowest and highest low end,
    the lowest and highest high end and the lowest and highest stated value decide every
    verdict that all of them would give. Kept besides, per concept: the first figure and
    the first from another article (``agree()`` needs two sources, and still has them),
    and the last report's figures (the latest article, by date then path) for
    :func:`changed_since_last_report`. A figure whose unit the concept cannot take is
    always kept: the checks will say so.

    Memory is a few figures per concept however many are added, so a ledger of 10,000
    articles, read row by row, gives a check at most a dozen figures, each with its quote.
    The result is the same whatever the grouping: extremes of extremes are extremes.
    """

    def __init__(self, rulebook: Rulebook) -> None:
        self._units = {c.id: c.unit for c in rulebook.concepts}
        self._seq = 0
        self._odd: list[tuple[int, Figure]] = []
        self._by: dict[str, _Extremes] = {}
        self._articles: dict[str, Article] = {}
        self._prune_at = 256  # articles held before those of dropped figures are forgotten
        self.added = 0  # figures seen

    def add(self, f: Figure, article: Article | None) -> None:
        self._seq += 1
        self.added += 1
        if article is not None and f.article_id not in self._articles:
            self._articles[f.article_id] = article
            if len(self._articles) > self._prune_at:  # amortised: memory stays a few figures'
                self.prune()
                self._prune_at = 2 * len(self._articles) + 256
        unit = self._units.get(f.concept or "")
        try:
            iv = f.quantity.to(unit).interval if unit else f.interval
        except Exception:  # a unit the concept cannot take: the checks will say so
            self._odd.append((self._seq, f))
            return
        ext = self._by.get(f.concept or "")
        if ext is None:
            ext = self._by[f.concept or ""] = _Extremes()
        ext.add(self._seq, f, iv, (_when(article), article.path if article else f.article_id))

    def figures(self) -> list[Figure]:
        """The figures kept, in the order they were added."""
        kept: dict[int, Figure] = dict(self._odd)
        for ext in self._by.values():
            kept.update(ext.kept())
        return [kept[k] for k in sorted(kept)]

    def articles(self) -> dict[str, Article]:
        """The articles of the figures kept (as far as they were given)."""
        ids = {f.article_id for f in self.figures()}
        return {k: a for k, a in self._articles.items() if k in ids}

    def prune(self) -> None:
        """Forget the articles of figures no longer kept (a dropped figure never comes back)."""
        self._articles = self.articles()


_Pick = tuple[object, int, Figure]  # (key, order added, figure)


class _Extremes:
    """One concept's deciding figures so far (see :class:`Deciding`)."""

    __slots__ = ("first", "last", "last_key", "other", "picks")

    def __init__(self) -> None:
        self.picks: list[_Pick | None] = [None] * 6
        self.first: tuple[int, Figure] | None = None
        self.other: tuple[int, Figure] | None = None
        self.last_key: tuple[datetime.date, str, str] | None = None
        self.last: list[tuple[int, Figure]] = []

    def add(self, seq: int, f: Figure, iv: Interval, when: tuple[datetime.date, str]) -> None:
        value = f.value if f.value is not None else iv.low
        keys = (
            (iv.low, iv.low_open),  # a closed end lies below an open one
            (iv.low, iv.low_open),
            (iv.high, not iv.high_open),
            (iv.high, not iv.high_open),
            value,
            value,
        )
        for i, key in enumerate(keys):
            cur = self.picks[i]
            # min() and max() keep the first of equals; so does a strict comparison
            if cur is None or (key < cur[0] if i % 2 == 0 else key > cur[0]):  # type: ignore[operator]
                self.picks[i] = (key, seq, f)
        if self.first is None:
            self.first = (seq, f)
        elif self.other is None and f.article_id != self.first[1].article_id:
            self.other = (seq, f)
        report = (*when, f.article_id)
        if self.last_key is None or report[:2] > self.last_key[:2]:
            self.last_key, self.last = report, [(seq, f)]
        elif report == self.last_key:
            self.last.append((seq, f))

    def kept(self) -> dict[int, Figure]:
        out = {seq: f for _key, seq, f in filter(None, self.picks)}
        for pair in (self.first, self.other, *self.last):
            if pair is not None:
                out[pair[0]] = pair[1]
        return out


def deciding(
    rulebook: Rulebook, earlier: Sequence[Figure], articles: Mapping[str, Article]
) -> list[Figure]:
    """Of the earlier articles' figures, those that can decide a verdict (see :class:`Deciding`)."""
    acc = Deciding(rulebook)
    for f in earlier:
        acc.add(f, articles.get(f.article_id))
    return acc.figures()


def changed_since_last_report(
    rulebook: Rulebook,
    new: Sequence[Figure],
    earlier: Sequence[Figure],
    articles: Mapping[str, Article],
) -> list[Finding]:
    """A finding per concept whose figure in the new articles the last report does not allow."""
    subjects = _subjects(rulebook)
    out: list[Finding] = []
    for concept in rulebook.concepts:
        if concept.id not in subjects:
            continue
        now = [f for f in new if f.concept == concept.id]
        before = [f for f in earlier if f.concept == concept.id]
        if not now or not before:
            continue
        last_id = _last_report(before, articles)
        last = [f for f in before if f.article_id == last_id]
        was, is_ = _combined(last, concept.unit), _combined(now, concept.unit)
        if was is None or is_ is None or was.intersect(is_) is not None:
            continue
        subject, tags, severity = subjects[concept.id]
        old_text = format_quantity(Quantity(was, concept.unit))
        new_text = format_quantity(Quantity(is_, concept.unit))
        text = _("%(what)s changed from %(old)s to %(new)s since the last report (%(source)s)") % {
            "what": concept.title,
            "old": old_text,
            "new": new_text,
            "source": _label(articles.get(last_id), last_id),
        }
        out.append(
            Finding(
                check_id=f"{CHANGED}:{concept.id}",
                title=_("%(what)s: changed since the last report") % {"what": concept.title},
                subject=subject,
                verdict=Verdict.UNVERIFIED,
                figures=tuple(sorted((*last, *now), key=lambda f: (f.article_id, f.start))),
                references=(),
                computed=(),
                explanation=text,
                wording=_(
                    "The new report gives a figure the last report does not allow: "
                    "one of them is out of date or wrong."
                ),
                reason=Reason.SOURCES_DISAGREE,
                reason_text=_("the sources disagree on %(what)s: %(figures)s")
                % {"what": concept.title, "figures": _listed((*last, *now), articles)},
                assertion="",
                severity=severity,
                tags=tags,
            )
        )
    return out


def relays(
    rulebook: Rulebook,
    figures: Sequence[Figure],
    articles: Mapping[str, Article],
    *,
    new_ids: frozenset[str],
) -> tuple[list[Figure], list[Finding]]:
    """Count one origin once: the figures to evaluate, and a finding per relayed origin.

    Among figures of one concept that cite the same origin, from different articles, with
    values in common, the earliest article's figure is kept; the others leave the
    evidence. A finding is written where a new article takes part.
    """
    subjects = _subjects(rulebook)
    groups: dict[tuple[str, str], list[Figure]] = {}
    for f in figures:
        o = origin(f)
        if o and f.concept:
            groups.setdefault((f.concept, o), []).append(f)
    dropped: set[str] = set()
    out: list[Finding] = []
    titles = {c.id: c.title for c in rulebook.concepts}
    for (concept, _o), group in groups.items():
        group.sort(key=lambda f: (_when(articles.get(f.article_id)), f.article_id, f.start))
        kept: list[Figure] = []
        relayed: list[Figure] = []
        for f in group:
            twin = next(
                (
                    k
                    for k in kept
                    if k.article_id != f.article_id
                    and k.unit == f.unit
                    and k.interval.intersect(f.interval) is not None
                ),
                None,
            )
            if twin is None:
                kept.append(f)
                continue
            dropped.add(f.key)
            if twin not in relayed:
                relayed.append(twin)
            relayed.append(f)
        if not relayed or not any(f.article_id in new_ids for f in relayed):
            continue
        outlets = sorted({_label(articles.get(f.article_id), f.article_id) for f in relayed})
        subject, tags, _severity = subjects.get(concept, ("", (), "low"))
        what = titles.get(concept, concept)
        cited = (relayed[0].attribution or "").rsplit(_CITING, 1)[-1].strip()
        text = _("%(outlets)s relay one origin, %(origin)s: counted as one source") % {
            "outlets": ", ".join(outlets),
            "origin": cited,
        }
        out.append(
            Finding(
                check_id=f"{RELAYED}:{concept}",
                title=_("%(what)s: one origin, relayed") % {"what": what},
                subject=subject,
                verdict=Verdict.UNVERIFIED,
                figures=tuple(sorted(relayed, key=lambda f: (f.article_id, f.start))),
                references=(),
                computed=(),
                explanation=text,
                wording=_(
                    "Several outlets repeat one origin's figure; they confirm that it was "
                    "said, not that it is right."
                ),
                reason=Reason.SINGLE_SOURCE,
                reason_text=text,
                assertion="",
                severity="low",
                tags=tags,
            )
        )
    return [f for f in figures if f.key not in dropped], out
