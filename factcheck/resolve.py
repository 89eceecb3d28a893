"""Figures + concepts + references → Evidence: which figure means what.

A figure belongs to a concept when its unit is compatible with the concept's, its
counted noun holds one of the concept's ``counts`` words, the concept's ``any`` and
``all`` cues stand within ``window`` words of it, and none of the ``none`` cues stands
in its clause. Where several concepts fit, the one with most cues matched wins; where
they tie, the one defined first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.model import Article, Concept, Figure, Reference
from factcheck.rulebook import Rulebook
from factcheck.units import UnitError, parse_unit

__all__ = ["Evidence", "gather_evidence", "match_concept"]

_WORD = re.compile(r"[\w$%][\w'’.,-]*[\w%]|[\w$%]")
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\b(?:while|whereas|but|although)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Evidence:
    figures: tuple[Figure, ...]  # every figure, with its concept set where one fits
    by_concept: Mapping[str, tuple[Figure, ...]]
    references: Mapping[str, Reference]
    articles: Mapping[str, Article]

    def label(self, article_id: str) -> str:
        a = self.articles.get(article_id)
        if a is None:
            return article_id
        return a.outlet or a.title or Path(a.path).name


@functools.lru_cache(maxsize=512)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    alternatives = [re.escape(alt.strip()) for alt in cue.split("|") if alt.strip()]
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def _window(figure: Figure, words: int) -> str:
    """The sentence text from ``words`` words before the figure to ``words`` after it."""
    sentence = figure.sentence
    start = figure.start - figure.sentence_start
    end = figure.end - figure.sentence_start
    spans = [m.span() for m in _WORD.finditer(sentence)]
    before = [s for s in spans if s[1] <= start][-words:]
    after = [s for s in spans if s[0] >= end][:words]
    lo = before[0][0] if before else start
    hi = after[-1][1] if after else end
    return sentence[lo:hi]


def _clause(figure: Figure) -> str:
    sentence = figure.sentence
    start = figure.start - figure.sentence_start
    end = figure.end - figure.sentence_start
    lo, hi = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return sentence[lo:hi]


def _score(figure: Figure, concept: Concept) -> int | None:
    """How well a figure fits a concept: None when it does not fit at all."""
    try:
        if not parse_unit(figure.unit).compatible(parse_unit(concept.unit)):
            return None
    except UnitError:
        return None
    score = 1
    if concept.counts:
        noun = f"{figure.counts or ''} {figure.text}"
        if not any(_cue_pattern(c).search(noun) for c in concept.counts):
            return None
        score += 1
    if concept.any or concept.all:
        near = _window(figure, concept.window)
        hits = [c for c in concept.any if _cue_pattern(c).search(near)]
        if concept.any and not hits:
            return None
        if not all(_cue_pattern(c).search(near) for c in concept.all):
            return None
        score += len(hits) + len(concept.all)
    if concept.none:
        clause = _clause(figure)
        if any(_cue_pattern(c).search(clause) for c in concept.none):
            return None
    return score


def match_concept(figure: Figure, concepts: Sequence[Concept]) -> str | None:
    """The id of the concept that fits the figure best, or None."""
    best: tuple[int, str] | None = None
    for concept in concepts:
        score = _score(figure, concept)
        if score is not None and (best is None or score > best[0]):
            best = (score, concept.id)
    return best[1] if best else None


def gather_evidence(
    articles: Sequence[Article], figures: Sequence[Figure], rulebook: Rulebook
) -> Evidence:
    """Assign a concept to each figure and index figures and references by id."""
    placed = tuple(replace(f, concept=match_concept(f, rulebook.concepts)) for f in figures)
    by_concept: dict[str, list[Figure]] = {}
    for f in placed:
        if f.concept:
            by_concept.setdefault(f.concept, []).append(f)
    return Evidence(
        figures=placed,
        by_concept={k: tuple(v) for k, v in by_concept.items()},
        references={r.id: r for r in rulebook.references},
        articles={a.id: a for a in articles},
    )
