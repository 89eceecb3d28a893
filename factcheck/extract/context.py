"""What the words around a number say about it: what it counts, its rate, its period.

These are read without a parser, from word lists: the counted noun phrase runs from the
number (or its unit) to the first verb, preposition other than "of", conjunction or
punctuation; a rate is a word of time or a "per" phrase after it; a period is a phrase of
time ("since March 2024", "over the past eight months") in the same clause, or one that
opens the sentence ("In the past 8 months, ...").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from factcheck.extract import patterns as P
from factcheck.extract.patterns import words

__all__ = ["NounPhrase", "Period", "Rate", "find_periods", "find_rate", "noun_phrase", "period_for"]

_STOP = words(
    """
    to from at in on by for with into onto between over under across through during since until
    after before against toward towards per via including like than as about among within
    without near along amid despite following upon beyond throughout and or but while whereas
    because although though if so yet nor that which who whom whose where when what is are was
    were be been being has have had do does did may might will would could can should must shall
    not no annually daily monthly weekly yearly hourly each every apiece there here also already
    still just only even now then currently reportedly allegedly a an the its their his her this
    these those some all both either neither last next worth
    """
)
_DETERMINERS = words("the a an its their his her this these those our that")
# what never ends a noun phrase: "of" and the like, a determiner ("obus d'artillerie de")
_TRAILING = _DETERMINERS | words("of de du des von vom")
_VERBS = words(
    """
    sent made took went came gave got left brought fought held paid saw told said met fled lost
    hit struck fell began became remain remains face faces arrive arrives arrived went go goes
    come comes took take takes make makes give gives supply supplies produce produces need needs
    reach reaches cost costs run runs keep keeps stand stands seem seems appear appears flee
    die dies died return returns cross crosses serve serves used uses use broke ran flew drove
    rode sank shot threw wrote bought caught chose drew ate fed felt found grew hid hung kept knew
    laid led let lit meant rose sold set shook shut spent spoke spread stood stuck swept taught
    tore withdrew sit sits sat lie lies lay
    """
)
_LY_NOUNS = words("supply family assembly ally rally anomaly monopoly italy july")
_DROP_LEADING = words(
    """
    upgraded modernized modernised new additional further other extra more such several various
    different so-called reported estimated alleged refurbished repaired modified improved
    updated second-hand old older newer latest
    """
)
_TIMES_FIRST = words(
    "more less fewer as that the higher larger greater bigger smaller lower faster this what"
)
# what ends a clause (not the comma of "2,700", which groups thousands)
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()—–]|\s-\s|\b(?:while|whereas|which|who)\b")
_ASIDE = re.compile(r"\([^()]{0,40}\)")
_RATE_LATER_GUARD = re.compile(r"\b(?:and|or|but|while|which|that|who|as|than)\b", re.IGNORECASE)
_THEN_TIME = re.compile(
    r",?\s+(?:and\s+)?(?:a|an|per|each|every)\s+(?P<tu>day|week|month|year|hour)\b", re.IGNORECASE
)
# P.RATE_LATER ends with one of these whole words (it is case-sensitive: no folding to fear)
_RATE_WORDS = words("annually yearly daily monthly weekly annum day week month year")
_OF = words("of")  # the word that ends every match of P.RATE_BEFORE
_WAS = words("was is were are at to")  # the word that ends every match of P.RATE_WHICH
_ADJECTIVES = frozenset(P.RATE_ADJECTIVES)  # P.RATE_ADJECTIVE's words
_AGO = re.compile(r"\s+(?:ago|earlier|later|before|after)\b", re.IGNORECASE)


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class NounPhrase:
    text: str
    start: int
    end: int


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class Rate:
    text: str  # as written: "annually", "per soldier", "a month"
    start: int
    end: int
    time_unit: str | None  # "yr", "month", "day", ... when it is a rate in time
    adjacent: bool  # written right after the figure


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class Period:
    text: str
    start: int
    end: int
    priority: int  # 0: a span of time ("since March"), 1: a point ("in June", "as of May")


def _is_verb(word: str) -> bool:
    w = word.lower()
    if w in _VERBS:
        return True
    if word[0].isupper():
        return False
    if len(w) > 4 and (w.endswith("ed") or w.endswith("ing")):
        return True
    return w.endswith("ly") and w not in _LY_NOUNS


_AND_OR = frozenset({"and", "or"})


def _proper_pair(text: str, words: list[tuple[str, int, int]], segment: int, after: int) -> bool:
    """Do capitalised words stand on both sides of an "and" in a noun phrase ("Russian and
    North Korean troops"), with a lower-case word (the noun) after the second?"""
    if not all(w[0][0].isupper() for w in words[-segment:]):
        return False
    nxt = P.NP_TOKEN.match(text, after)
    if nxt is None or nxt.group("word") is None or not nxt.group("word")[0].isupper():
        return False
    rest = _NAMES_THEN_NOUN.match(text, nxt.start("word"))
    return rest is not None


# capitalised words, then a lower-case one: "North Korean troops"
_NAMES_THEN_NOUN = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}[a-z]")
# after an "and" between two words that share one noun: a word, then the plural noun and the
# end of the phrase ("artillery and rocket shells were sent")
_MODIFIER_THEN_PLURAL = re.compile(
    r"\s+[a-z][a-z-]+\s+[a-z][a-z-]{2,}[^s\W]s(?=\s*[,.;:)]|\s+[a-z]+\b|\Z)"
)


def _shared_noun(words: list[tuple[str, int, int]], segment: int, text: str, after: int) -> bool:
    """Is the "and" after ``words`` between two words that share the noun after the second
    ("artillery and rocket shells"), the word before it no plural of its own?"""
    if segment != 1 or not words[-1][0].islower() or words[-1][0].endswith("s"):
        return False
    return _MODIFIER_THEN_PLURAL.match(text, after) is not None


_NEXT_CAPITAL = re.compile(r"\s+[A-ZÄÖÜ]")


def _after_noun(text: str, words: Sequence[tuple[str, int, int]], lw: str, end: int) -> bool:
    """In German, does the lower-case word ``lw`` (ending at ``end``) end a phrase that holds a
    noun? Not an adjective before a second noun ("Barrel raffinierte Erdölprodukte"), nor an
    English plural in a translated quote ("North Korean soldiers")."""
    if not any(w[0][:1].isupper() for w in words):
        return False
    if len(lw) > 4 and lw.endswith("s") and lw.isascii():
        return False
    return not (lw.endswith(("e", "er", "es", "em")) and _NEXT_CAPITAL.match(text, end))


_DET = re.compile(r"\s+(?:their|its|his|her|our|the)\b")


def noun_phrase(
    text: str,
    pos: int,
    *,
    max_words: int = 10,
    keep_leading: bool = False,
    times: bool = False,
    stop: frozenset[str] = frozenset(),
) -> NounPhrase | None:
    """The noun phrase that starts at ``text[pos:]``, or ``None``; ``stop``: more words that
    end it (lower case), an article's language's."""
    words: list[tuple[str, int, int]] = []
    content = segment = 0  # content words in all, and since the last "of"
    nouns = isinstance(stop, P.NounCaseStop)  # a language that capitalises its nouns
    i = pos
    while len(words) < max_words:
        m = P.NP_TOKEN.match(text, i)
        if m is None or m.group("word") is None:
            break
        word, lw = m.group("word"), m.group("word").lower()
        first = not words
        after_of = bool(words) and words[-1][0].lower() == "of"
        if lw == "of":
            nxt = P.NP_TOKEN.match(text, m.end())
            nxt_word = nxt.group("word") if nxt else None
            if not content or not nxt_word or nxt_word.lower() in ("this", "last", "next"):
                break
            segment = 0
        elif (times and first and lw in _TIMES_FIRST) or (after_of and lw in _DETERMINERS):
            pass
        elif lw in _AND_OR and segment and _proper_pair(text, words, segment, m.end()):
            pass  # "Russian and North Korean soldiers": two names before one noun
        elif lw in _AND_OR and _shared_noun(words, segment, text, m.end()):
            pass  # "artillery and rocket shells"
        elif lw in _STOP or lw in stop or lw in P.TIME_RATES or (segment and _is_verb(word)):
            break
        elif (
            segment and word.islower() and words[-1][0].endswith("s") and _DET.match(text, m.end())
        ):
            break  # "the two governments deepen their ties": a verb after a plural noun
        elif nouns and word[:1].islower() and _after_noun(text, words, lw, m.end()):
            break  # German: "Soldaten kamen", a verb after the noun
        else:
            content += 1
            segment += 1
        words.append((word, m.start("word"), m.end("word")))
        i = m.end()
    while words and (
        words[-1][0].lower() in _TRAILING or (len(words) > 1 and _is_verb(words[-1][0]))
    ):
        words.pop()
    while not keep_leading and len(words) > 1 and words[0][0].lower() in _DROP_LEADING:
        words.pop(0)
    if not words or (len(words) == 1 and _is_verb(words[0][0])):
        return None
    if (
        nouns
        and not any(w[0][:1].isupper() for w in words)
        and not any(len(w[0]) > 3 and w[0].endswith("s") and w[0].isascii() for w in words)
        and words[0][0].lower() not in ("weitere", "weiteren", "andere", "anderen")
    ):
        # German: no noun ("auf rund 2.000 gestiegen"), unless English ("barrels of oil")
        return None
    return NounPhrase(text[words[0][1] : words[-1][2]], words[0][1], words[-1][2])


def _language_rate(text: str, pos: int, lang: P.Language) -> Rate | None:
    """A rate written in the article's language right after ``pos``: "pro Monat", "par soldat
    et par mois"."""
    m = lang.rate.match(text, pos) if lang.rate is not None else None
    if m is None:
        return None
    start, end = m.start("rate"), m.end("rate")
    tu = lang.rates.get(" ".join(m.group("rate").lower().split()))
    if tu is None and m.group("noun"):
        tu = lang.unit_words.get(m.group("noun").lower())  # "pro Barrel": per unit
        then = lang.then.match(text, end) if tu is None and lang.then is not None else None
        if then is not None:
            tu = lang.rates.get(" ".join((then.group("rate") or then.group("tu")).lower().split()))
            end = then.end()
    return Rate(text[start:end], start, end, tu, True)


def find_rate(text: str, pos: int, before: int, lang: P.Language | None = None) -> Rate | None:
    """A rate right after ``pos`` ("annually", "per soldier"), a little later, or before; in
    English or in the article's language ``lang`` ("pro Monat", "par soldat")."""
    m = P.RATE_ADJACENT.match(text, pos)
    if m and not _AGO.match(text, m.end()):
        unit = m.group("tu") or m.group("noun")
        word = " ".join(m.group("rate").lower().split())
        tu = P.TIME_RATES.get(unit.lower() if unit else word)
        end = m.end("rate")
        if tu is None and m.group("noun"):
            noun = m.group("noun").lower()
            tu = P.UNIT_WORDS.get(noun) or P.UNIT_WORDS.get(noun.removesuffix("s"))
            # "per soldier each month", "per soldier and per month": a rate in time after all
            then = _THEN_TIME.match(text, end)
            if tu is None and then:
                tu, end = P.TIME_RATES[then.group("tu").lower()], then.end()
        return Rate(text[m.start("rate") : end], m.start("rate"), end, tu, True)
    if lang is not None and (own := _language_rate(text, pos, lang)) is not None:
        # "monatliche Löhne von 2.000 US-Dollar pro Soldat": per soldier, and a month
        if (
            own.time_unit is None
            and lang.rate_of is not None
            and (adj := P.ends_with(lang.rate_of, text, before)) is not None
        ):
            tu = lang.rate_adjectives[adj.group("rate").lower()]
            return Rate(own.text, own.start, own.end, tu, own.adjacent)
        return own
    # in the article's language, before the figure: "täglich 10.000", "quota annuel de 500 000"
    for pattern, units in (
        ((lang.rate_before, lang.rates), (lang.rate_of, lang.rate_adjectives)) if lang else ()
    ):
        if pattern is not None and (m := P.ends_with(pattern, text, before)) is not None:
            unit = units[m.group("rate").lower()]
            return Rate(m.group("rate"), m.start("rate"), m.end("rate"), unit, False)
    m = P.RATE_LATER.match(text, pos) if not _RATE_WORDS.isdisjoint(P.lower_words(text)) else None
    if m and not _RATE_LATER_GUARD.search(m.group("gap")) and not _AGO.match(text, m.end()):
        word = " ".join(m.group("rate").lower().split())
        tu = P.TIME_RATES.get(m.group("tu") or word)
        return Rate(m.group("rate"), m.start("rate"), m.end("rate"), tu, False)
    m = None
    if P.has_folds(text):
        m = (
            P.ends_with(P.RATE_BEFORE, text, before)
            or P.ends_with(P.RATE_WHICH, text, before)
            or P.ends_with(P.RATE_ADJECTIVE, text, before)
        )
    elif (last := P.last_word(text, before)) is not None:  # a cheap test of the word before
        if last[0] in _OF:
            m = P.ends_with(P.RATE_BEFORE, text, before)
        elif last[0] in _WAS:
            m = P.ends_with(P.RATE_WHICH, text, before)
        elif last[0] in _ADJECTIVES:
            m = P.ends_with(P.RATE_ADJECTIVE, text, before)
    if m:
        return Rate(
            m.group("rate"),
            m.start("rate"),
            m.end("rate"),
            P.TIME_RATES[m.group("rate").lower()],
            False,
        )
    return None


def _may_span(sentence: str) -> bool:
    """May ``P.PERIOD_HIGH`` match? Each of its shapes holds one of ``_SPAN_NEEDS``."""
    if P.has_folds(sentence):
        return True  # "ſince": the pattern reads it as "since", a lower-case test would not
    return _SPAN_NEED.search(sentence.lower()) is not None


# since|from|starting|beginning ...; between ... and ...; over the past N days|weeks|...
_SPAN_NEEDS = words("since from starting beginning between day week month year decade")
_SPAN_NEED = re.compile("|".join(sorted(_SPAN_NEEDS)))  # one of them, anywhere: one search


def find_periods(sentence: str, language: str = "en") -> list[Period]:
    """Every phrase of time in ``sentence``, spans first, longest first where they overlap;
    in a German or French article (``language``), its own phrases too ("seit August", "au
    cours des huit derniers mois")."""
    spans = P.scan(P.PERIOD_HIGH, sentence, P.PERIOD_HIGH_STARTS) if _may_span(sentence) else ()
    found = [Period(m.group(), m.start(), m.end(), 0) for m in spans]
    own = _FOREIGN_PERIODS.get(language[:2].lower())
    for pattern, priority in own or ():
        for m in pattern.finditer(sentence):
            if not any(p.start < m.end() and m.start() < p.end for p in found):
                found.append(Period(m.group(), m.start(), m.end(), priority))
    for m in P.scan(P.PERIOD_LOW, sentence, P.PERIOD_LOW_STARTS):
        if not any(p.start < m.end() and m.start() < p.end for p in found):
            found.append(Period(m.group(), m.start(), m.end(), 1))
    return sorted(found, key=lambda p: p.start)


# German and French phrases of time: spans (priority 0) and points (1)
def _month_names(language: str) -> str:
    """The month names of ``language`` (LanguageWords.months) as alternatives, written out
    (not "Jan."), the longest first."""
    names = sorted(P.LANGUAGES[language].months, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(m) for m in names if not m.endswith(".")) + ")"


_DE_MONTH = _month_names("de")
_DE_NUM = r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
_DE_DATE = (
    rf"(?:(?:Anfang|Mitte|Ende)\s+)?(?:(?:\d{{1,2}}\.\s*)?{_DE_MONTH}(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d|(?:Beginn|Anfang)\s+(?:des|der)\s+\w+)"
)
_FR_MONTH = _month_names("fr")
_FR_NUM = r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
_FR_DATE = (
    rf"(?:(?:début|fin|mi-)\s*)?(?:(?:\d{{1,2}}(?:er)?\s+)?{_FR_MONTH}(?:\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d)"
)
_FOREIGN_PERIODS: dict[str, tuple[tuple[re.Pattern[str], int], ...]] = {
    "de": (
        (re.compile(
            rf"\b(?i:seit)\s+(?:(?:dem|der)\s+)?{_DE_DATE}"
            rf"|\b(?i:zwischen)\s+{_DE_DATE}\s+und\s+{_DE_DATE}"
            rf"|\b(?i:von)\s+{_DE_DATE}\s+bis\s+{_DE_DATE}"
            rf"|\b(?i:in|während|binnen|innerhalb)\s+(?:den|der)\s+(?:vergangenen|letzten|ersten"
            rf"|kommenden|nächsten)\s+(?:{_DE_NUM}\s+)?(?:Tagen|Wochen|Monaten|Jahren|Tage|Wochen"
            r"|Monate|Jahre)\b",
            re.IGNORECASE,
        ), 0),
        (re.compile(
            rf"\b(?:im|in|bis|Ende|Anfang|Mitte)\s+(?:(?:Ende|Anfang|Mitte)\s+)?{_DE_MONTH}"
            r"(?:\s+(?:19|20)\d\d)?"
            r"|\b(?:im|in)\s+(?:Jahr\s+)?(?:19|20)\d\d\b"
            r"|\b(?:im|in\s+diesem|im\s+laufenden)\s+(?:vergangenen|letzten|laufenden)?\s*"
            r"(?:Jahr|Monat)\b"
            r"|\b(?:im|in\s+der)\s+(?:ersten|zweiten)\s+(?:Jahreshälfte|Hälfte|Halbjahr|Quartal)"
            r"(?:\s+(?:19|20)\d\d)?"
            r"|\b(?:vergangenes|letztes|dieses)\s+Jahr\b",
            re.IGNORECASE,
        ), 1),
    ),
    "fr": (
        (re.compile(
            rf"\b(?i:depuis)\s+(?:le\s+début\s+de\s+|l['’]|le\s+|la\s+fin\s+de\s+)?{_FR_DATE}"
            rf"|\b(?i:entre)\s+{_FR_DATE}\s+et\s+{_FR_DATE}(?:\s+derniers?)?"
            rf"|\b(?i:de)\s+{_FR_DATE}\s+à\s+{_FR_DATE}"
            rf"|\b(?i:au\s+cours\s+des|pendant\s+les|durant\s+les|dans\s+les|ces|sur\s+les)\s+"
            rf"(?:{_FR_NUM}\s+)?(?:derniers\s+|dernières\s+|premiers\s+|prochains\s+)?"
            r"(?:jours|semaines|mois|années|ans)(?:\s+(?:derniers|dernières|prochains))?\b",
            re.IGNORECASE,
        ), 0),
        (re.compile(
            rf"\b(?i:en|d['’]ici|à\s+la\s+fin|fin|début|au\s+mois\s+de)\s+(?:fin\s+|début\s+)?"
            rf"{_FR_MONTH}(?:\s+(?:19|20)\d\d)?"
            r"|\b(?i:en)\s+(?:19|20)\d\d\b"
            rf"|\b(?i:au)\s+\d{{1,2}}(?:er)?\s+{_FR_MONTH}(?:\s+(?:19|20)\d\d)?"
            r"|\b(?i:au)\s+(?:premier|second|deuxième|troisième|quatrième)\s+(?:semestre|trimestre)"
            r"(?:\s+(?:19|20)\d\d)?"
            r"|\bl['’](?:an|année)\s+(?:dernier|dernière|passée|précédente)\b"
            r"|\b(?i:cette|l['’]année)\s+(?:année|dernière)\b",
            re.IGNORECASE,
        ), 1),
    ),
}  # fmt: skip


def _same_clause(sentence: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if lo >= hi or not _CLAUSE_BREAK.search(sentence, lo, hi):
        return True
    gap = sentence[lo:hi]  # a short aside in brackets ends no clause: "135,000 won ($98) in 2023"
    return "(" in gap and not _CLAUSE_BREAK.search(_ASIDE.sub(" ", gap))


def _fronted(sentence: str, p: Period) -> bool:
    """Does the phrase open the sentence, set off by a comma ("In the past 8 months, ...")?"""
    return not sentence[: p.start].strip(" ,") and sentence[p.end : p.end + 1] == ","


# where a clause opens: the sentence's start, after a comma ("and"), after "that"
_CLAUSE_OPEN = re.compile(r"(?:\A\s*|[,;:]\s+(?:and\s+|but\s+)?|\bthat\s+)\Z")
# a phrase that opens a sentence before its clause: "As a result of attacks since May, ..."
_INTRO = re.compile(r"(?:As|In|After|Since|During|Following|With|Over|Amid|From)\b[^,;:]*\Z")


def _opens_clause(sentence: str, p: Period) -> bool:
    """Does the phrase open a clause, set off by a comma ("... announced that since September
    2023, North Korea had ...", "As a result of attacks since Dec. 30, 2023, 24 people ...")?"""
    if sentence[p.end : p.end + 1] != ",":
        return False
    return bool(P.ends_with(_CLAUSE_OPEN, sentence, p.start) or _INTRO.match(sentence, 0, p.start))


def period_for(sentence: str, periods: Collection[Period], span: tuple[int, int]) -> str | None:
    """The period a figure at ``span`` refers to: in its clause, opening the sentence, or
    opening the clause before the figure."""
    usable = [
        p
        for p in periods
        if not (p.start < span[1] and span[0] < p.end)
        and (
            _same_clause(sentence, (p.start, p.end), span)
            or _fronted(sentence, p)
            or (p.end <= span[0] and _opens_clause(sentence, p))
        )
    ]
    if not usable:
        return None

    def distance(p: Period) -> int:
        return p.start - span[1] if p.start >= span[1] else span[0] - p.end

    return min(usable, key=lambda p: (p.priority, distance(p))).text
