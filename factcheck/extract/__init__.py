"""The extraction stage: an article's text → the figures it states.

``find_figures(article, hedges)`` reads the text sentence by sentence with a hand-written
regular-expression layer (no language model): every number in digits or words, its hedge
("over", "up to", "about") turned into an interval, its unit, what it counts, its rate, the
period it covers, who it is attributed to, and every date resolved against the article's date.

Sentences are split here (``split_sentences``): a sentence ends at ``.``, ``!`` or ``?``
(and any closing quote or bracket) before a space and a capital letter or digit, except after
an abbreviation ("U.S.", "Mr.", "e.g.", "Jan.") or an initial ("J. Smith"); every line break
ends one, and each line is a paragraph. Decimals ("1.5") never end one.

Modules:

- :mod:`.patterns`: the compiled expressions and word lists;
- :mod:`.numbers`: numbers in digits and words, written precision, hedge intervals;
- :mod:`.dates`: dates and their resolution against the article's date;
- :mod:`.context`: counted nouns, rates and periods;
- :mod:`.attribution`: who a figure is attributed to;
- :mod:`.figures`: one sentence's figures, before period and attribution.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.extract import patterns as P
from factcheck.extract.attribution import (
    Source,
    attribute,
    find_sources,
    headline_source,
    is_impersonal,
    is_pure_attribution,
    is_role,
    names_at_its_end,
    publisher,
)
from factcheck.extract.context import find_periods, period_for
from factcheck.extract.dates import YEAR_UNKNOWN
from factcheck.extract.figures import ANAPHOR, DURATIONS, Draft, sentence_drafts
from factcheck.extract.patterns import words
from factcheck.hedges import for_language
from factcheck.model import Article, Figure, Hedge

__all__ = ["YEAR_UNKNOWN", "Sentence", "find_figures", "paragraph_sentences", "split_sentences"]

_LINE = re.compile(r"[^\n]+")
_END = re.compile(
    r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
    # a copy that lost the space after a full stop: "state media said Friday.Kim touched"
    r"|(?<=[a-zà-ÿ]{2})\.(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?(\w+)")
_WORD_SIGNS = "_.'’-"  # with letters and digits, what a word before a full stop holds
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_ABBREVIATIONS = words(
    """
    mr mrs ms dr prof st gen lt col sgt capt maj cmdr adm sen rep gov pres jr sr inc co corp
    ltd llc no nos vs etc approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec
    fig figs vol vols ed eds op cf al ca mt ft rev hon messrs pp p para art sec ch
    """
)


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class Sentence:
    """A sentence of the article: its offset, its text and the paragraph it belongs to."""

    start: int
    text: str
    paragraph: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _is_abbreviation(line: str, stop: int) -> bool:
    """Does the full stop at ``line[stop]`` close an abbreviation rather than a sentence?"""
    begin = stop  # the longest run of _WORD_SIGNS ending at stop
    while begin > 0 and (line[begin - 1].isalnum() or line[begin - 1] in _WORD_SIGNS):
        begin -= 1
    token = line[begin:stop].lstrip("'’(\"-")
    if not token:
        return False
    if len(token) == 1 and token.isalpha():
        return token.isupper()  # an initial: "J. Smith"
    return token.lower() in _ABBREVIATIONS or bool(_INITIALISM.fullmatch(token))


def _is_day(line: str, stop: int, end: int, months: frozenset[str]) -> bool:
    """Is the full stop at ``line[stop]`` that of a day before a month: "am 7. März"?"""
    if not months:
        return False
    begin = stop  # one or two digits, a word of their own
    while begin > 0 and line[begin - 1].isdigit():
        begin -= 1
    if not 1 <= stop - begin <= 2 or (begin > 0 and line[begin - 1].isalnum()):
        return False
    nxt = _NEXT_WORD.match(line, end)
    return nxt is not None and nxt.group(1).lower() in months


def _pieces(line: str, months: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    spans, begin = [], 0
    for m in _END.finditer(line):
        if (
            line[m.start()] == "."
            and m.group().rstrip("\"'”’)]") == "."
            and (_is_abbreviation(line, m.start()) or _is_day(line, m.start(), m.end(), months))
        ):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, len(line)))
    return spans


def paragraph_sentences(text: str, language: str = "en") -> list[Sentence]:
    """Every sentence of ``text`` with the index of its paragraph (its line); ``language``
    (the article's) tells a day before a month ("7. März") from a sentence's end."""
    months = P.language(language).month_words
    result: list[Sentence] = []
    for paragraph, line in enumerate(_LINE.finditer(text)):
        for begin, end in _pieces(line.group(), months):
            raw = line.group()[begin:end]
            stripped = raw.strip()
            if not stripped:
                continue
            offset = line.start() + begin + (len(raw) - len(raw.lstrip()))
            result.append(Sentence(offset, stripped, paragraph))
    return result


def split_sentences(text: str, language: str = "en") -> list[tuple[int, str]]:
    """The sentences of ``text`` as ``(start offset, sentence)``; ``text[start:]`` begins each."""
    return [(s.start, s.text) for s in paragraph_sentences(text, language)]


def _figures(
    article: Article,
    sentence: Sentence,
    drafts: Sequence[Draft],
    sources: Sequence[Source],
    carried: str | None,
    antecedent: str | None = None,
    published_by: str | None = None,
) -> list[Figure]:
    text = sentence.text
    spans = [(d.start, d.end) for d in drafts]
    names = attribute(text, sources, spans, carried, antecedent, published_by)
    dated = all(d.is_date for d in drafts)  # dates have no period
    periods = [] if dated else find_periods(text, article.language)
    result = []
    for d, name in zip(drafts, names, strict=True):
        start, end = sentence.start + d.start, sentence.start + d.end
        result.append(
            Figure(
                article_id=article.id,
                text=article.text[start:end],
                start=start,
                end=end,
                value=d.value,
                interval=d.interval,
                unit=d.unit,
                counts=d.counts,
                qualifier=d.qualifier,
                per=d.per,
                period=None if d.is_date else period_for(text, periods, (d.start, d.end)),
                attribution=name,
                sentence=text,
                sentence_start=sentence.start,
                note=d.note,
            )
        )
    for i, d in enumerate(drafts):
        if d.restates and i:  # "135,000 won ($98) in 2023": as the figure it restates
            was, f = result[i - 1], result[i]
            result[i] = dataclasses.replace(
                f, period=f.period or was.period, attribution=f.attribution or was.attribution
            )
            if was.period is None and f.period is not None:
                result[i - 1] = dataclasses.replace(was, period=f.period)
    return _respectively(text, drafts, result)


# "241,114 and 277,365 barrels in 2018 and 2019, respectively": one period for each figure
_RESPECTIVELY = re.compile(
    r"\b(?:in|during|for|by)\s+(?P<a>[^,;]{1,30}?)\s+and\s+(?P<b>[^,;]{1,30}?),?\s+respectively\b"
)


def _respectively(text: str, drafts: Sequence[Draft], figures: list[Figure]) -> list[Figure]:
    m = _RESPECTIVELY.search(text) if "respectively" in text else None
    if m is None:
        return figures
    before = [i for i, d in enumerate(drafts) if not d.is_date and d.end <= m.start()]
    dates = [d for d in drafts if d.is_date and m.start() <= d.start < m.end()]
    if len(before) < 2 or len(dates) != 2:
        return figures
    for i, period in zip(before[-2:], (m.group("a"), m.group("b")), strict=True):
        figures[i] = dataclasses.replace(figures[i], period=period)
    return figures


def _named(
    text: str,
    sources: Sequence[Source],
    antecedent: str | None = None,
    carried: str | None = None,
    published_by: str | None = None,
) -> str | None:
    """The source a sentence names first, as a figure at its start would be attributed (a
    generic one, "specialists", gives way to ``carried``)."""
    if not sources:
        return None
    return attribute(text, sources, [(0, 0)], carried, antecedent, published_by)[0]


def _latest_source(texts: Sequence[str], said: _Said) -> str | None:
    """The source named by the last of ``texts`` that names one."""
    for text in reversed(texts):
        sources = find_sources(text, said.language)
        pronoun = any(s.kind == "pronoun" for s in sources)
        work = any(s.kind == "work" for s in sources)
        antecedent = said.antecedent(text, _it(sources)) if pronoun else None
        if named := _named(text, sources, antecedent, None, said.publisher(text) if work else None):
            return named
    return None


def _attribute_before(
    figures: list[Figure], paragraphs: Sequence[int], sentence: Sentence, first: bool, name: str
) -> None:
    """A sentence that only names a source after figures ("This was reported by X.") is their
    source: of the figures before it in its paragraph, or in the paragraph before when it
    opens its own, those attributed to no one."""
    for k in range(len(figures) - 1, -1, -1):
        at = paragraphs[k]
        if at < sentence.paragraph - (1 if first else 0):
            break
        f = figures[k]
        if f.attribution is None and f.sentence_start < sentence.start:
            figures[k] = dataclasses.replace(f, attribution=name)


class _Said:
    """The sentences of the last few paragraphs, to find whom a pronoun stands for: the first
    source named by the nearest sentence before that names one by name ("Lee said ...", not
    "He added ..." nor "the minister clarified"), in its paragraph or the one before; a
    paragraph that names only "he" or "the minister" passes the search on to the one before
    it. Their sources are read only when asked."""

    SENTENCES = 12  # how far back a pronoun may point

    def __init__(self, language: str = "en") -> None:
        self.language = language  # the article's: German and French sources too
        self._kept: list[tuple[Sentence, list[Source] | None]] = []

    def add(self, sentence: Sentence) -> None:
        kept = self._kept
        kept.append((sentence, None))
        if len(kept) > self.SENTENCES:
            del kept[0]

    def sources(self, sentence: Sentence) -> list[Source]:
        """The sources of ``sentence`` (the last one added), read once."""
        found = find_sources(sentence.text, self.language)
        if self._kept and self._kept[-1][0] is sentence:
            self._kept[-1] = (sentence, found)
        return found

    def _index(self, text: str | None) -> int:
        """Where the kept sentence ``text`` is (the last one for ``None``); -1 if it is not."""
        kept = self._kept
        i = len(kept) - 1
        if text is not None:
            while i >= 0 and kept[i][0].text != text:
                i -= 1
        return i

    def _found(self, j: int) -> list[Source]:
        """The sources of the kept sentence ``j``, read once."""
        sentence, found = self._kept[j]
        if found is None:
            found = find_sources(sentence.text, self.language)
            self._kept[j] = (sentence, found)
        return found

    def publisher(self, text: str | None = None) -> str | None:
        """Who published the work the last sentence (or the kept sentence ``text``) names as
        its subject ("The report said"): the last publisher named by it or by the nearest kept
        sentence before it that names one ("the Open Source Centre's report", "a study by
        RUSI", "X published a report")."""
        for j in range(self._index(text), -1, -1):
            if (name := publisher(self._kept[j][0].text)) is not None:
                return name
        return None

    def latest(self) -> str | None:
        """The source named last by the kept sentences before the last one, by name or role."""
        for j in range(len(self._kept) - 2, -1, -1):
            if found := [s for s in self._found(j) if s.kind not in ("pronoun", "work")]:
                return _named(self._kept[j][0].text, found)
        return None

    def antecedent(self, text: str | None = None, it: bool = False) -> str | None:
        """The one a pronoun in the last sentence (or in the kept sentence ``text``) names; for
        "it" (``it``), one that a role may name ("the agency"), but not a plural ("officials")."""
        i = self._index(text)
        if i < 0:
            return None
        unfit = _plural if it else is_role
        paragraph, named, silent = self._kept[i][0].paragraph, False, 0
        for j in range(i, -1, -1):
            sentence = self._kept[j][0]
            if sentence.paragraph != paragraph:  # a paragraph before
                silent += not named
                if silent > 1:
                    break
                paragraph, named = sentence.paragraph, False
            if found := self._found(j):
                if found[0].kind != "pronoun" and not unfit(found[0].name):
                    return found[0].name
                named = True  # "He added ...", "the minister clarified": on to the one before
        return None


def _it(sources: Sequence[Source]) -> bool:
    """Is the sentence's pronoun source "it" ("it said on Telegram")?"""
    return any(s.kind == "pronoun" and s.name.lower() == "it" for s in sources)


def _plural(name: str) -> bool:
    """Does ``name`` end with a plural common noun: "South Korean officials, citing ..."?"""
    last = name.split(",")[0].split()[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


_TABLES: dict[tuple[int, str], tuple[Sequence[Hedge], P.HedgeTable]] = {}


def _hedge_table(hedges: Sequence[Hedge], language: str = "en") -> P.HedgeTable:
    """The hedge table of ``hedges`` for an article in ``language`` (the hedges of no language
    and those of its own), built once for the same object (the rules' tuple)."""
    if not isinstance(hedges, tuple):
        return P.hedge_table(for_language(hedges, language))
    key = (id(hedges), language)
    kept = _TABLES.get(key)
    if kept is not None and kept[0] is hedges:
        return kept[1]
    table = P.hedge_table(for_language(hedges, language))
    if len(_TABLES) > 16:
        _TABLES.clear()
    _TABLES[key] = (hedges, table)
    return table


# What says a bare number goes on from the figure before it: before the number ("Another
# 3,000", "a further 500", ", and fewer than 100,000", "compared to 1.3 million", "up from
# 900", "in addition to the 148") or after it ("3,000 more", "300 of them")
_CARRY_BEFORE = re.compile(
    r"\b(?P<w>another|(?:a|one)\s+further|further|an?\s+additional|additional|an?\s+extra"
    r"|weitere|weiteren|zusätzliche|zusätzlichen"
    r"|then|and|but|while|plus|compared\s+(?:to|with)|versus|vs\.|up\s+from|down\s+from"
    # "150 missiles in 2025, in addition to the 148 already supplied"
    r"|in\s+addition\s+to(?:\s+the)?|on\s+top\s+of(?:\s+the)?)"
    r"[\s,]+\Z",
    re.IGNORECASE,
)
_CARRY_AFTER = re.compile(
    r"\s+(?:more|others?|additional|extra|of\s+(?:them|those|these|which|whom)|davon|weitere"
    r"|d['’]entre\s+eux)\b",
    re.IGNORECASE,
)
# no nouns: "3,000 more", "fünfundzwanzig davon"
_CARRY_AFTER_WORDS = frozenset(
    {"more", "others", "other", "additional", "extra", "davon", "weitere", "autres"}
)
_CARRY_WEAK = frozenset({"and", "but", "while", "plus"})  # within one sentence only
# units never carried: a share, a ratio, a date, a duration ("for 8 months. Another 300 died")
_NOT_CARRIED = DURATIONS | {"1", "%", "×", "date"}


# "Russia fires about 10,000 shells a day, Ukraine about 6,000.": a clause whose verb and noun
# are those of the one before, left out: after a comma, one to three words, then the number
# that ends the sentence or the clause
_GAP_BEFORE = re.compile(r"[^,;.:!?]*,\s+(?:[^\W\d_][\w'’-]*\s+){1,3}\Z")
_GAP_AFTER = re.compile(r"\s*(?:[.;!?]|\Z)")


def _gapped(figure: Figure, last: Figure | None) -> Figure:
    """A bare number in a clause that leaves out the verb and noun of the one before it, in
    the same sentence, is in that figure's unit and counts what it counts."""
    if last is None or last.sentence_start != figure.sentence_start or figure.unit != "1":
        return figure
    if figure.counts is not None or figure.per is not None or last.unit == "date":
        return figure
    if last.counts is None and last.unit == "1":
        return figure
    text, offset = figure.sentence, figure.sentence_start
    if not _GAP_BEFORE.fullmatch(text, last.end - offset, figure.start - offset):
        return figure
    if not _GAP_AFTER.match(text, figure.end - offset):
        return figure
    return dataclasses.replace(figure, unit=last.unit, counts=last.counts, per=last.per)


def _carry(figure: Figure, last: Figure | None) -> Figure:
    """A bare number that goes on from the paragraph's figure before it takes its unit and what
    it counts: "Russia sent 12,000 troops in October. Another 3,000 followed in December."

    Only a number with no unit, noun or rate of its own, after a figure in a unit that is no
    rate, duration, share or ratio, and only with a word that says it goes on; "and", "but",
    "while" and "plus" say so within one sentence only.
    """
    own = figure.counts is not None and figure.counts.lower() not in _CARRY_AFTER_WORDS
    if last is None or figure.unit != "1" or own or figure.per is not None:
        return figure
    if "/" in last.unit or (last.unit in _NOT_CARRIED and last.counts is None):
        return figure
    if last.unit in _NOT_CARRIED and last.unit != "1":
        return figure
    text = figure.sentence
    start, end = figure.start - figure.sentence_start, figure.end - figure.sentence_start
    before = P.ends_with(_CARRY_BEFORE, text, start)
    same_sentence = last.sentence_start == figure.sentence_start
    if not (
        (before and (same_sentence or before.group("w").lower() not in _CARRY_WEAK))
        or _CARRY_AFTER.match(text, end)
        # "300 more had arrived": its "more" read as what it counts (own is False then)
        or (figure.counts is not None and text.endswith(figure.counts, 0, end))
    ):
        return figure
    return dataclasses.replace(figure, unit=last.unit, counts=last.counts)


# what says a share is of the things the figure before counts: "of which half", "dont la
# moitié", "davon die Hälfte"
_OF_WHICH = re.compile(r"\b(?i:of\s+which|of\s+whom|of\s+them|dont|davon|wovon)\s+\Z")


def _share_of_before(figure: Figure, last: Figure | None) -> Figure:
    """A share of "them" ("Half of them were faulty", "die Hälfte davon") is a share of what
    the paragraph's figure before it counts."""
    if last is None or last.counts is None or figure.unit not in ("×", "%"):
        return figure
    if figure.counts is not None and ANAPHOR.fullmatch(figure.counts):
        return dataclasses.replace(figure, counts=last.counts)
    start = figure.start - figure.sentence_start
    if P.ends_with(_OF_WHICH, figure.sentence, start):
        return dataclasses.replace(figure, counts=last.counts)  # "60 missiles, dont la moitié"
    return figure


_QUOTE = re.compile(r"[\"“”«»„]")
# a sentence that says its figure has a source it does not name, or that states a rule
# ("Under the sanctions, North Korea may buy ..."): no source is inferred for it
_UNNAMED = re.compile(
    r"\b(?i:reportedly|allegedly|purportedly|(?:is|are|was|were)\s+(?:reported|said)\s+to"
    r"|berichten\s+zufolge|angeblich"
    r"|selon\s+certaines\s+sources)\b|\A(?:Under|Gemäß|Nach|En\s+vertu\s+d)\W"
)
# dates and durations are never given an inferred source, nor ratios, most often the
# article's own comparisons ("ten times the volume")
_NOT_INFERRED = DURATIONS | {"date", "×"}


def find_figures(article: Article, hedges: Sequence[Hedge]) -> tuple[Figure, ...]:
    """Every figure stated in ``article``, sorted by where it starts.

    ``hedges`` is the hedge table (``rules/hedges.yaml``): the words before a number that
    widen it into an interval (those of no language, and those of the article's). A sentence
    that only names a source ("This is reported by ...") lends it to the figures before it in
    its paragraph (or the paragraph before, when it opens its own) that name none, to the rest
    of its paragraph, and to the next paragraph when it ends its own; a pronoun ("he said",
    "according to her") stands for the first source named by the nearest sentence before that
    names someone by name; any other sentence lends the source it names to the sentences after
    it in its paragraph that name none ("It said ...", "Another 40 were wounded."), before a
    pure one's. "it said" stands for the body named before; "It is noted that ..." takes the
    source the article named last; a source named in a clause at a sentence's end (",
    reports the ISW.") is also that of the sentences before it in its paragraph that name
    none.
    """
    table = _hedge_table(hedges, article.language)
    figures: list[Figure] = []
    paragraphs: list[int] = []  # the paragraph of each figure
    carried: str | None = None
    previous: str | None = None  # the source the sentence before names, in this paragraph
    pending: list[str] = []  # sentences of the paragraph without figures, not read for sources
    said = _Said(article.language)  # the sentences a pronoun ("he said") may point back to
    paragraph, last_was_pure = -1, False
    last: Figure | None = None  # the paragraph's last figure that is not a date
    latest: str | None = None  # the source the article names last ("It is noted that ...")
    before: list[str | None] = []  # for each figure, the source named last before its paragraph
    at_start: str | None = None  # the source named last before this paragraph
    unread: list[str] = []
    for sentence in paragraph_sentences(article.text, article.language):
        first = sentence.paragraph != paragraph
        if first:
            at_start = latest
            # the paragraph before's last sentences, read if needed; a quote's speaker
            # comments, and names no source of figures
            unread = [t for t in pending if not _QUOTE.search(t)]
            paragraph, previous, last = sentence.paragraph, None, None
            pending.clear()
            if not last_was_pure:
                carried = None
        said.add(sentence)
        drafts = sentence_drafts(sentence.text, article.published, table, article.language)
        last_was_pure = is_pure_attribution(sentence.text) and all(d.is_date for d in drafts)
        if not drafts and not last_was_pure:
            if (
                not first
                and names_at_its_end(sentence.text)  # "It was shells, X wrote."
                and (named := _latest_source([sentence.text], said))
            ):
                _attribute_before(figures, paragraphs, sentence, False, named)
            pending.append(sentence.text)  # its source is read only if a later figure needs it
            continue
        # "It said ...", "Another 40 were wounded.": a sentence naming no source of its own
        # keeps the one of the sentence before it in the paragraph
        previous = _latest_source(pending, said) or previous
        pending.clear()
        sources = said.sources(sentence)
        pronoun = any(s.kind == "pronoun" for s in sources)
        antecedent = said.antecedent(None, _it(sources)) if pronoun else None
        published_by = said.publisher() if any(s.kind == "work" for s in sources) else None
        if drafts:
            lent = previous or carried
            if lent is None and not sources and is_impersonal(sentence.text):
                lent = said.latest() or latest
            for figure in _figures(
                article, sentence, drafts, sources, lent, antecedent, published_by
            ):
                figure = _share_of_before(_carry(_gapped(figure, last), last), last)
                figures.append(figure)
                paragraphs.append(paragraph)
                if unread and figure.attribution is None:
                    # "..., selon Newsweek." ending the paragraph before, with no figure
                    if found := _latest_source(unread, said):
                        latest = found if latest == at_start else latest
                        at_start = found
                    unread = []
                before.append(at_start)
                if figure.unit != "date":
                    last = figure
        named = _named(
            sentence.text, sources, antecedent, None if last_was_pure else carried, published_by
        )
        if last_was_pure:
            carried = named or carried
            if named:  # "... 13,000 containers. This was reported by Newsweek."
                _attribute_before(figures, paragraphs, sentence, first, named)
        elif named and not first and names_at_its_end(sentence.text):
            # "There are 12,000 soldiers. ... by April, reports the ISW.": the sentences
            # before it in its paragraph that name no one are its source's too
            _attribute_before(figures, paragraphs, sentence, False, named)
        previous = named or previous
        latest = previous or carried or latest
    headline = None
    if title := article.title:
        headline = headline_source(title) or _latest_source([title], _Said(article.language))
    # "...: report", or else the source named last before the figure's paragraph: that of
    # every figure that names none and says no source is unnamed ("reportedly")
    for i, f in enumerate(figures):
        if f.attribution is not None or f.unit in _NOT_INFERRED or _UNNAMED.search(f.sentence):
            continue
        if source := headline or before[i]:
            where = "headline" if headline else "earlier"
            figures[i] = dataclasses.replace(f, attribution=source, attribution_from=where)
    return tuple(sorted(figures, key=lambda f: (f.start, f.end)))
