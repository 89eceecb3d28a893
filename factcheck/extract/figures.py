"""One sentence's figures before context: value, interval, unit, counted noun, rate.

For each number the sentence states (dates first, then numbers outside the spans that are
not quantities), this reads the hedge before it, the unit or currency after it, what it
counts and any rate, and returns a :class:`Draft` with offsets into the sentence. Who said it
and the period it covers are added by the caller, which sees the whole article.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from factcheck.extract import foreign_numbers
from factcheck.extract import patterns as P
from factcheck.extract.context import NounPhrase, Rate, find_rate
from factcheck.extract.context import noun_phrase as _noun_phrase
from factcheck.extract.dates import (
    find_dates,
    find_decades,
    find_seasons,
    month_days,
    names_a_year,
    year_span,
)
from factcheck.extract.numbers import Number, clean, find_numbers, stated_interval
from factcheck.extract.patterns import words
from factcheck.interval import Interval
from factcheck.model import Hedge, HedgeBound

__all__ = ["DURATIONS", "Draft", "sentence_drafts"]

_NO_COUNTS = frozenset({"mm", "km", "km2", "m", "mi", "ft", "km/h", "mi/h"})
DURATIONS = frozenset({"day", "week", "month", "yr", "h", "min", "s"})  # units of time
_RANGE_DASH = re.compile(r"\s*(?:-|–|—|to)\s*")
_RANGE_AND = re.compile(r"\s+and\s+")
# every German or French part of a year holds one of these ("ersten", "semestre")
_FOREIGN_PART_WORDS = frozenset(w for w in {*P.FOREIGN_PARTS, *P.FOREIGN_PART_KINDS} if w.isascii())
_RANGE_OR = re.compile(r"\s+(?:or|oder|ou)\s+")  # "11,000 or 12,000", "2 oder 3"
_DIGIT = re.compile(r"\d")
# "from 10 to 20", "from the existing 15,000 to 30,000": the word before "from" tells a change
_FROM_BEFORE = re.compile(
    r"\b(?:(?P<verb>[a-z]+)\s+)?from\s+"
    r"(?:(?:the|an?|its|their|existing|current|present|previous|original|initial)\s+)*\Z",
    re.IGNORECASE,
)
_RANGE_VERBS = words("range ranges ranged ranging vary varies varied varying")
_SHARED_UNIT = re.compile(
    r"\s*(?:to|-|–|and|or|und|oder|bis|auf|et|ou|à)\s*"
)  # "14 385 et 5 519 barils"
# a counted phrase of adjectives of origin alone: "North Korean", "Russian", "South Korean"
_ADJECTIVES_ONLY = re.compile(r"(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:an|ese|ish|i)")
_BETWEEN_BEFORE = re.compile(r"\b(?P<q>between)\s+\Z", re.IGNORECASE)
_BETWEEN_IN_BRACKETS = re.compile(r"\bbetween\s+\d[^();]{0,40}\(\s*\Z", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
# what a share is of when it stands for the things a figure before counts: "half of them",
# "die Hälfte davon", "la moitié d'entre eux"
ANAPHOR = re.compile(
    r"\s*(?P<w>them|those|these|davon|d['’]entre\s+(?:eux|elles)|(?:de\s+)?(?:ceux|celles)"
    r"(?:-ci|-là)?)(?!\w)",
    re.I,
)
_DETERMINERS = re.compile(r"\s*(?:(?:the|its|their|his|her|all|this|that|these|those)\s+)*", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_CALIBRE_AFTER = re.compile(r"\s+\d+(?:\.\d+)?[-\s]?(?:mm|millimet(?:re|er)s?|inch|cm)\s+")
# '"hundreds" of casualties', '"hundreds" of the newcomers', '"several hundred" soldiers'
_QUOTED_OF = re.compile(
    r"[\"”’']\s+(?:of\s+(?:(?:the|its|their|his|her|these|those)\s+)?)?(?=[A-Za-z])"
)
_QUOTES = frozenset("\"”’'")  # what _QUOTED_OF starts with
# "21 out of the 50 missiles": 21 missiles (with no determiner, "2 out of 5" is a share)
_OUT_OF_THE = re.compile(
    r"\s+out\s+of\s+(?:the|its|their|all|these|those)\s+\d[\d,.]*(?:\s+(?:thousand|million))?\s+",
)
_FOR_BEFORE = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\b(?:aged|age\s+of)\s+\Z", re.IGNORECASE)
_AGED_LAST = words("aged of")  # the word that ends every match of _AGED_BEFORE
_NEXT_AGE = re.compile(r",?\s+(?:and|or)?\s*(?:the\s+other|another|the\s+second)?\s*", re.I)
_MULTIPLIED = re.compile(
    r"(?:\w+\s+)*(?:(?:doubl|tripl|trebl|quadrupl|décupl)(?:e|ing|é)|halv)|.*fold\Z"
    r"|ver\w*fach|\w+fach|verdoppel",  # "vervierfacht", "verdoppelt"
    re.I,
)
# a model name or a calibre before the counted noun: "KN-23", "Su-27", "170-mm", "155mm"
_MODEL = r"(?:[A-Z][A-Za-z]*-?\d[\w-]*|\d+(?:\.\d+)?[-\s]?(?:mm|millimet(?:re|er)s?|inch|cm))"
_DESIGNATION = re.compile(rf"\s*{_MODEL}(?:(?:\s*,\s*|\s+(?:and|or)\s+|/){_MODEL})*\s+(?=[A-Za-z])")
# a model named in the plural, or alone before a comma or the end ("über 100 Hwasong-11,")
_MODELS = re.compile(r"\s+([A-Z][A-Za-z]*-?\d+[A-Z]?(?:s\b|(?=\s*[,.;:)]|\s*\Z)))")
# a verb of saying after a noun phrase: it is a source ("several officials said")
_SAID_AFTER = re.compile(
    r"(?:\s+(?:who|have|had|also))?\s+(?:said|say|says|told|tell|reported|report|estimated"
    r"|estimate|believe|believed|claimed|claim|warned|noted|confirmed|added|argued|cited)\b"
)
_STRONG = re.compile(r"-strong\b")
_RATIO_NEXT = words(
    "more less fewer as that the this what higher larger greater bigger smaller lower faster"
    " slower cheaper its their his her over above below"
)
_CHANGED_TO = re.compile(
    r"\b(?:increased|grew|grown|rose|risen|jumped|surged|soared|climbed|multiplied|expanded)"
    r"(?:\s+\w+)?\s+(?:to|by)\s+(?:[a-z]+\s+){0,4}\Z",
    re.IGNORECASE,
)
_RATIO_BEFORE = re.compile(
    r"\b(?:increased|grew|grown|rose|risen|multiplied|jumped|surged|soared|fell|dropped"
    r"|declined|decreased|expanded|shrank|shrunk|by|earn|earns|earned|earning|paid|worth"
    r"|costs?)\s+\Z",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Draft:
    """A figure in a sentence, offsets relative to the sentence."""

    start: int
    end: int
    value: Decimal | None
    interval: Interval
    unit: str
    counts: str | None = None
    qualifier: str | None = None
    per: str | None = None
    note: str | None = None
    is_date: bool = False
    restates: bool = False  # in brackets right after the figure before: "$2,000 (2.7m won)"


def _currency(
    word: str,
    korea: str | None,
    sentence: str,
    known: Mapping[str, str] = P.CURRENCY_WORDS,
    value: Decimal = Decimal(0),
) -> str:
    """The currency code of ``word``; plain "won" is North Korea's in a sentence about North
    Korea ("soldiers in North Korea earn 9,000 won"), but a sum of a billion or more is in
    South Korean won, as Seoul's reporting converts ("North Korea earned 8 trillion won")."""
    key = " ".join(word.lower().split())
    if key not in known:
        key = key.split()[-1]
    code = known.get(key) or known.get(key.rstrip("s"), "USD")
    if code == "won" or (code == "KRW" and not korea):
        if korea:
            return "KPW" if korea == "North" else "KRW"
        return "KPW" if "North Korea" in sentence and value < 10**9 else "KRW"
    return code


# the words of a season (a cheap test before dates.find_seasons)
_SEASONS = words("spring summer autumn fall frühjahr frühling sommer herbst printemps été automne")
_AGE_DECADE = re.compile(r"\bin\s+(?:their|his|her|its)\s+(?P<d>[1-9]0)s\b")
_BEFORE_DURATION = re.compile(
    r"\s+(?i:premiers|premières|derniers|dernières|prochains|prochaines|straight|consecutive"
    r"|successive|more|additional|further|long)(?=\s)"
)


def _unit(sentence: str, n: Number, lang: P.Language) -> tuple[str, int, int | None, str]:
    """The unit after a number: (unit, where it ends, where its word starts, kind)."""
    if n.kind == "share":
        return "×", n.end, None, "share"
    if n.kind == "times":
        return "×", n.end, None, "times"
    m = lang.unit.match(sentence, n.end)
    if not (m and (m.group("cur") or m.group("unit"))) and (
        order := _BEFORE_DURATION.match(sentence, n.end)
    ):  # "les cinq premiers mois", "three straight days": a duration after a word of order
        after = lang.unit.match(sentence, order.end())
        if after and after.group("unit"):
            key = " ".join(after.group("word").lower().split())
            if (lang.unit_words.get(key) or lang.unit_words.get(key[:-1])) in DURATIONS:
                m = after
    bare = not (m and (m.group("cur") or m.group("unit")))
    # "1,2 million de barils", "24 millions d'euros": the unit after the joining word
    if bare and n.scale > 1 and lang.of is not None and (joined := lang.of.match(sentence, n.end)):
        m = lang.unit.match(sentence, joined.end()) or m
    if m and m.group("cur"):
        code = _currency(m.group("cur"), m.group("korea"), sentence, lang.currency_words, n.value)
        return code, m.end(), None, "cur"
    if n.currency:
        return _currency(n.currency, None, sentence), n.end, None, "cur"
    if m and m.group("pct"):
        return "%", m.end(), None, "pct"
    if m and m.group("times"):
        return "×", m.end(), None, "times"
    if m and m.group("unit"):
        key = " ".join(m.group("word").lower().split())
        unit = lang.unit_words.get(key) or lang.unit_words[key[:-1]]
        return unit, m.end(), m.start("phrase"), "unit"
    return "1", n.end, None, "count"


def _counts(
    sentence: str, unit: str, kind: str, end: int, word: int | None, lang: P.Language
) -> tuple[NounPhrase | None, bool]:
    """The counted noun phrase and whether it stands right after the figure, read with the
    words of the article's language ``lang`` (those that end one, those of a share's "of")."""
    stop = lang.stop
    if kind == "count" and unit == "1" and sentence.startswith("times", end - 5):
        return NounPhrase("times", end - 5, end), True
    if kind == "count":
        after = sentence[end : end + 1]
        skip = (
            P.OF_DETERMINER.match(sentence, end)
            or _CALIBRE_AFTER.match(sentence, end)
            or (_QUOTED_OF.match(sentence, end) if after in _QUOTES else None)
            or (_OUT_OF_THE.match(sentence, end) if "out" in sentence else None)
        )
        if skip:  # "12,000 of its soldiers", "43 100-mm guns", "50 of the 170-mm howitzers"
            model = _DESIGNATION.match(sentence, skip.end())
            at = model.end() if model else skip.end()
            np = _noun_phrase(sentence, at, stop=stop)
            if np is None and skip.group().rstrip().lower().endswith(("the", "its", "their")):
                np = _nominal(sentence, at)  # "50 of the wounded"
            return np or _participle(sentence, at, adjacent=False)[0], False
        if sentence.endswith(" of", 0, end):  # "a handful of its soldiers"
            det = _DETERMINERS.match(sentence, end)
            at = det.end() if det else end
            if model := _DESIGNATION.match(sentence, at):  # "dozens of KN-23 missiles"
                return _noun_phrase(sentence, model.end(), stop=stop), False
            np = _noun_phrase(sentence, at, stop=stop)
            return (np or (_nominal(sentence, at) if det and det.end() > end else None)), True
        if models := _MODELS.match(sentence, end):  # "96 F-16s", "five KN-23s"
            return NounPhrase(models.group(1), models.start(1), models.end(1)), True
        if model := _DESIGNATION.match(sentence, end):
            # "20 KN-23 missiles", "over 100 KN-23 and KN-24 ballistic missiles"; the model
            # alone when no noun follows ("über 100 Hwasong-11 an Russland")
            at = end + len(model.group()) - len(model.group().lstrip())
            np = _noun_phrase(sentence, model.end(), stop=stop)
            stop_at = np.end if np else len(model.group().rstrip()) + end
            return NounPhrase(sentence[at:stop_at], at, stop_at), True
        np = _noun_phrase(sentence, end, stop=stop)
        if np is None:  # "and 47 injured", "11,000 sent.", "Another 40 were wounded."
            return _participle(sentence, end)
        if np.text.lower() in _OTHERS and (then := _PARTICIPLE.match(sentence, np.end)):
            # "nearly 1,000 others injured"
            return NounPhrase(sentence[np.start : then.end("w")], np.start, then.end("w")), True
        if np.text.lower() in _OTHERS and (then := _BECAME.match(sentence, np.end)):
            # "etwa 2.700 weitere wurden verwundet": what became of them
            return NounPhrase(then.group("w"), then.start("w"), then.end("w")), False
        return np, True
    if kind == "unit" and word is not None and unit not in _NO_COUNTS:
        np = _noun_phrase(sentence, word, keep_leading=True, stop=stop)
        if np and " of " not in np.text and (unit in DURATIONS or len(np.text) <= 3):
            return None, False  # "8 months", "816 000 t": the unit alone counts nothing
        return np, True
    if kind == "times":
        return _noun_phrase(
            sentence, end, keep_leading=True, times=True, max_words=5, stop=stop
        ), True
    if kind in ("pct", "share"):
        of = _OF_AFTER.match(sentence, end) if kind == "pct" else None
        if of:
            end = of.end()
        # "half of them", "die Hälfte davon": of what the figure before counts
        if anaphor := ANAPHOR.match(sentence, end):
            return NounPhrase(anaphor.group("w"), anaphor.start("w"), anaphor.end("w")), True
        # "40 % des missiles", "die Hälfte der Granaten"
        if joined := lang.share_of.match(sentence, end) if lang.share_of else None:
            end = joined.end()
        elif kind == "pct" and of is None:
            return None, False
        det = _DETERMINERS.match(sentence, end)
        return _noun_phrase(sentence, det.end() if det else end, stop=stop), True
    return None, False


# what a number may count when no noun follows it: a participle right after it that says what
# became of them and ends its clause ("and 47 injured", "11,000 sent."; not "40 died", a verb),
# or one after "were" or "have been" ("Another 40 were wounded", "500 of them had been killed
# or wounded")
_FATES = (
    r"killed|wounded|injured|dead|missing|captured|detained|arrested|evacuated|displaced"
    r"|hospitali[sz]ed|executed|deported|rescued|hurt|slain"
    # French: "neuf blessés", "600 tués"
    r"|tués|tuées|blessés|blessées|morts|disparus|capturés|prisonniers"
    # German: "2.700 verwundet", "300 getötet"
    r"|getötet|verwundet|verletzt|gefallen|vermisst|gefangen\s+genommen|gefangengenommen"
)
_PARTICIPLE = re.compile(
    rf"\s+(?P<w>{_FATES}|sent|deployed|dispatched|recruited|mobili[sz]ed|taken\s+prisoner)"
    r"(?=\s*(?:[,.;:)!?—–]|\s-\s|\Z)|\s+(?:in|on|at|since|within|during|by|and|or|but|while|after"
    r"|before|over|across|near|from|to|so|last|this|when|inside|outside|overnight"
    r"|dans|en|à|au|aux|et|ou|lors|depuis|pendant|parmi|selon|sur|chez"
    r"|im|in|bei|seit|und|oder|worden|wurden|sein|seien)(?!\w))"
)
_BECAME = re.compile(
    r"\s+(?:(?:have|has|had)\s+been|were|was|are|is|been"
    # "etwa 2.700 weitere wurden verwundet", "600 ont été tués"
    r"|wurden|wurde|seien|sind|waren|ont\s+été|sont|avaient\s+été)"
    r"\s+(?:(?:reportedly|also|already|bereits|schon|déjà)\s+)?"
    rf"(?P<w>(?:{_FATES})(?:\s+(?:or|and|oder|und|ou|et)\s+(?:{_FATES}))?)\b"
)
_NOMINAL = re.compile(rf"(?P<w>{_FATES})\b")  # "the wounded", "the dead"
_OTHERS = frozenset({"others", "other", "more", "weitere", "autres"})
# "the injured are approaching 1,000", "Russian losses in October exceeded 40,000": what a
# figure counts, named before it as the subject of a verb of being or of a hedge verb
_SUBJECT = re.compile(
    r"(?:\b[Tt]he\s+(?P<fate>" + _FATES + r")|(?<![\w'’-])(?P<noun>[A-Za-z][a-z]{2,}[^s\W]s))"
    # "in October", "among the North Korean contingent"
    r"(?:\s+(?:in|for|during|since)\s+[A-Z][a-z]+(?:\s+\d{4})?"
    r"|\s+among\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"(?:\s+(?:have|has|had))?(?:\s+now)?"
    r"\s+(?P<verb>are|is|was|were|stood\s+at|stands?\s+at|numbered|number|totalled|totaled"
    r"|totals?|reached|reach(?:es)?|(?:rose|risen|climbed|grown|grew|increased|jumped)\s+to)?\s*\Z"
)
_VERB_HEDGES = words("exceeded exceeding exceeds surpassed topped approaching")
_SUBJECT_VERBS = words(
    "are is was were at numbered number totalled totaled total totals reached reach reaches to"
)


def _participle(
    sentence: str, end: int, *, adjacent: bool = True
) -> tuple[NounPhrase | None, bool]:
    """A participle that is what a number counts, and whether it stands right after it."""
    if m := _PARTICIPLE.match(sentence, end):
        return NounPhrase(m.group("w"), m.start("w"), m.end("w")), adjacent
    if m := _BECAME.match(sentence, end):
        return NounPhrase(m.group("w"), m.start("w"), m.end("w")), False
    return None, False


def _nominal(sentence: str, at: int) -> NounPhrase | None:
    m = _NOMINAL.match(sentence, at)
    return NounPhrase(m.group("w"), m.start(), m.end()) if m else None


def _subject(sentence: str, start: int, qualifier: str | None) -> NounPhrase | None:
    """The noun a bare number is the value of, as the subject before it: "the injured are
    approaching 1,000", "losses in October exceeded 40,000"."""
    hedged = qualifier is not None and qualifier.lower() in _VERB_HEDGES
    if not hedged and not P.after_word(sentence, start, _SUBJECT_VERBS):
        return None  # the word before is none of the verbs _SUBJECT ends with (cheap test)
    m = P.ends_with(_SUBJECT, sentence, start)
    if m is None:
        return None
    if not (m.group("verb") or (hedged and m.group("noun"))):
        return None
    g = "fate" if m.group("fate") else "noun"
    return NounPhrase(m.group(g), m.start(g), m.end(g))


def _number_of(sentence: str, start: int, stop: frozenset[str]) -> NounPhrase | None:
    """The noun a bare number is of: "put the number of soldiers sent at about 12,000";
    ``stop``: the words of the article's language that end a noun phrase."""
    found = None
    for m in P.NUMBER_OF.finditer(sentence, max(0, start - 200), start):
        found = m
    if found is None:
        return None
    np = _noun_phrase(sentence, found.end(), stop=stop)
    return np if np is not None and np.end <= start else None


# "put the death toll at around 300", "the toll rose to 40": what a bare number counts
_TOLL = re.compile(
    r"\b(?P<w>(?:death|casualty|civilian|military)\s+tolls?|tolls?|body\s+count|casualty\s+count"
    r"|casualty\s+figures?|losses)\b(?:\s+\w+){0,3}?\s+(?:at|to|of|reached|hit|topped|stands\s+at"
    r"|stood\s+at|is|was)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than"
    r"|at\s+least|up\s+to|just\s+over|just\s+under)\s+)?\Z",
    re.IGNORECASE,
)


def _toll(sentence: str, start: int) -> NounPhrase | None:
    """The toll a bare number is: "put the death toll at around 300"."""
    if "toll" not in sentence and "count" not in sentence and "loss" not in sentence:
        return None
    m = P.ends_with(_TOLL, sentence, start)
    return NounPhrase(m.group("w"), m.start("w"), m.end("w")) if m else None


def _is_ratio(sentence: str, start: int, end: int) -> bool:
    """Is "N times" a ratio: "ten times more oil", "nearly ten times that", "grew five times"?"""
    if _MULTIPLIED.match(sentence, start, end):
        return True  # "doubled", "almost double the total"
    nxt = _NEXT_WORD.match(sentence, end)
    if nxt and nxt.group(1).lower() in _RATIO_NEXT:
        return True
    # "the number increased sharply to as much as over nine times": a change in the clause
    return bool(P.ends_with(_RATIO_BEFORE, sentence, start)) or bool(
        P.ends_with(_CHANGED_TO, sentence, start)
    )


def _aged(sentence: str, start: int) -> bool:
    """Does "aged" or "at the age of" stand right before ``sentence[start]``?"""
    return P.after_word(sentence, start, _AGED_LAST) and bool(
        P.ends_with(_AGED_BEFORE, sentence, start)
    )


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the|a|its|their|this|that)\s+\Z")
# a first and a last name: two capitalised words, neither an article ("Die Brigade (12)")
_NAME_BEFORE_AGE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|Die|Der|Das|Den|Dem|Des|Ein|Eine|Le|La|Les|Un|Une)\s)"
    r"[A-ZÀ-Þ][\w'’-]*[a-zà-ÿ]\s+(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,2}[A-ZÀ-Þ][\w'’-]*[a-zà-ÿ]\s+\(\Z"
)


def _age_after_name(sentence: str, n: Number) -> bool:
    """Is ``n`` an age in brackets right after a name: "Kim Jong Un (41)", "Anna K. (23)"?"""
    return (
        n.plain
        and 1 <= n.value <= 120
        and sentence.startswith(")", n.end)
        and P.ends_with(_NAME_BEFORE_AGE, sentence, n.start) is not None
    )


def _is_year(sentence: str, n: Number, kind: str, english: bool = False) -> bool | None:
    """True: a year; False: a count after all ("2000 soldiers"); None: not year-like. In
    English, which writes a count of thousands with a comma, "the 2024 components" is a
    year."""
    if not (n.plain and kind == "count" and 1800 <= n.value <= 2100 and n.end - n.start == 4):
        return None
    if P.ends_with_word(P.TEMPORAL_PREP, sentence, n.start, P.TEMPORAL_PREP_LAST):
        return True
    if english and P.ends_with(_ARTICLE_BEFORE, sentence, n.start):
        return True
    nxt = _NEXT_WORD.match(sentence, n.end)
    return not (nxt and nxt.group(1).islower() and nxt.group(1).endswith("s"))


def _draft(
    sentence: str,
    n: Number,
    hedges: P.HedgeTable,
    lang: P.Language,
    span: tuple[Decimal, int, str | None] | None = None,
) -> Draft | None:
    start, hedge, qualifier = n.start, None, None
    if span is not None:
        start, qualifier = span[1], span[2]
        # "schätzungsweise 10.000 bis 12.000", "about 10-12": a hedge widens the range
        if qualifier is None and (found := hedges.before(sentence, start)) and found[1]:
            hm, hedge = found
            start, qualifier = hm.start("hedge"), hm.group("hedge")
    elif n.kind != "plural" and (found := hedges.before(sentence, n.start)):
        hm, hedge = found
        if hedge is not None:
            start, qualifier = hm.start("hedge"), hm.group("hedge")
    if span is None and n.kind == "number" and (later := hedges.following(sentence, n.end)):
        # "10,000 or more troops", "3,000-plus soldiers": the unit after the hedge (which
        # one before the number outweighs: "some 3,000-odd troops")
        n = replace(n, end=later[0].end())
        if hedge is None:
            qualifier, hedge = later[0].group("hedge"), later[1]
    unit, end, word, kind = _unit(sentence, n, lang)
    # "3,5 millions d'obus": the noun after the joining word
    if kind == "count" and n.scale > 1 and lang.of and (joined := lang.of.match(sentence, end)):
        end = joined.end()
    if (
        hedge is not None
        and unit in DURATIONS
        and qualifier
        and qualifier.lower() == "over"
        and not P.ends_with(_FOR_BEFORE, sentence, start)
    ):
        start, hedge, qualifier = n.start, None, None  # "over three years": a period
    if kind == "count" and (_aged(sentence, start) or _age_after_name(sentence, n)):
        unit, kind = "yr", "age"  # "aged 20", "at the age of 26", "Kim Jong Un (41)": years
    if kind == "times" and not _is_ratio(sentence, start, end):
        unit, kind = "1", "count"  # "met three times": how often, not a ratio
    # English: no month names of its own (see patterns.Language.date)
    year = _is_year(sentence, n, kind, lang.date is None) if span is None else None
    if year:
        return Draft(n.start, n.end, None, year_span(int(n.value)), "date", is_date=True)
    if n.bare_one and kind == "count" and hedge is None:
        return None  # "one of them", "the one": a pronoun, not an amount ("at least one" is)
    if kind == "count" and (strong := _STRONG.match(sentence, end)):
        end = strong.end()
    rate: Rate | None = None
    if sentence.startswith("-", end) and (rate := _hyphen_rate(sentence, end)) is not None:
        # "a 500,000-barrel-per-year cap", "$2,000-a-month salaries": what follows counts
        np, adjacent = _noun_phrase(sentence, rate.end, stop=lang.stop), True
        end = rate.end
    else:
        np, adjacent = _counts(sentence, unit, kind, end, word, lang)
    if np is None and kind == "count" and unit == "1":
        np = (
            _number_of(sentence, start, lang.stop)
            or _subject(sentence, start, qualifier)
            or _toll(sentence, start)
        )
    if n.kind == "several" and n.end - n.start == 7 and np and _SAID_AFTER.match(sentence, np.end):
        return None  # "several officials said": who said it, not how many
    if np is not None and adjacent:
        end = max(end, np.end)
    rate_at = np.end if np is not None else end
    if rate is None:
        rate = find_rate(sentence, rate_at, start, lang)
        if rate is None and (initials := _INITIALS.match(sentence, rate_at)):
            # "10,000 North Korean won (NPW) per month": the rate after the unit's initials
            rate = find_rate(sentence, initials.end(), start, lang)
    if (
        rate is not None
        and rate.time_unit
        and unit not in ("×", "%")
        # a duration takes a rate after it ("two days off a year"), not an adjective later
        # ("several months to report a monthly figure")
        and not (unit in DURATIONS and rate.text.lower() in P.TIME_RATES)
        and "/" not in unit
    ):
        unit = f"{unit}/{rate.time_unit}"
    if rate is not None and rate.adjacent and rate_at == end:
        end = max(end, rate.end)
    if span is not None:
        interval, value = _hedged_range(span[0], n.value, hedge), None
    elif n.kind == "plural":
        interval, value = Interval.above(n.value, inclusive=True), n.value
        qualifier = sentence[n.start : n.end]
    elif n.kind == "several":  # "several hundred": three of the magnitude or more
        interval, value = Interval.above(n.value, inclusive=True), None
        if hedge is None:
            qualifier = sentence[n.start : n.end]
        elif hedge.bound is HedgeBound.ABOVE:  # "more than several hundred"
            interval = Interval.above(n.value)
        elif hedge.bound in (HedgeBound.BELOW, HedgeBound.AT_MOST):  # "up to several hundred"
            interval = Interval(Decimal(0), 3 * n.value, high_open=hedge.bound is HedgeBound.BELOW)
    elif n.kind == "vague":  # "a handful of": a closed range of its own, no single value
        low, high = n.value - n.half_width, n.value + n.half_width
        interval, value = Interval.closed(low, high), None
        if hedge is None:
            qualifier = sentence[n.start : n.end]
        elif hedge.bound in (HedgeBound.BELOW, HedgeBound.AT_MOST):  # "no more than a handful"
            interval = Interval(Decimal(0), high, high_open=hedge.bound is HedgeBound.BELOW)
        elif hedge.bound in (HedgeBound.ABOVE, HedgeBound.AT_LEAST):  # "more than a handful"
            interval = Interval.above(low, inclusive=hedge.bound is HedgeBound.AT_LEAST)
    elif kind == "times" and n.value < 1 and hedge is not None:
        # "more than halved": the hedge is of the fall, so the ratio left is below a half
        fall = stated_interval(1 - n.value, Decimal(0), hedge)
        low = max(Decimal(0), 1 - fall.high)
        interval = Interval(low, 1 - fall.low, low_open=fall.high_open and low > 0,
                            high_open=fall.low_open)  # fmt: skip
        value = n.value
    else:
        interval, value = stated_interval(n.value, n.half_width, hedge), n.value
    if kind in ("share", "pct") and np is not None and adjacent:
        # "more than half of the shells", "over 60% of them": a part is no more than the whole
        whole = Interval.closed(Decimal(0), Decimal(1) if kind == "share" else Decimal(100))
        interval = interval.intersect(whole) or interval
    counts = np.text if np is not None else None
    return Draft(start, end, value, interval, unit, counts, qualifier, rate.text if rate else None)


# a rate inside a compound before its noun: "-per-year", "-a-month", "-a-barrel"
_HYPHEN_RATE = re.compile(r"-(?P<per>a|an|per|each|every)-(?P<tu>[a-z]+)(?![\w-])", re.IGNORECASE)


def _hyphen_rate(sentence: str, at: int) -> Rate | None:
    """The rate a hyphenated compound states right after a figure's unit, or ``None``: "a
    500,000-barrel-per-year cap" (a year), "$2,000-a-month salaries" (a month), "an
    $80-a-barrel price" (a barrel). Its text is its words with blanks: "per year"."""
    m = _HYPHEN_RATE.match(sentence, at)
    if m is None:
        return None
    noun = m.group("tu").lower()
    tu = P.TIME_RATES.get(noun) or P.UNIT_WORDS.get(noun) or P.UNIT_WORDS.get(noun[:-1])
    if tu is None:
        return None
    return Rate(f"{m.group('per')} {m.group('tu')}", m.start() + 1, m.end(), tu, True)


def _hedged_range(low: Decimal, high: Decimal, hedge: Hedge | None) -> Interval:
    """The range [low, high] as a hedge before it bounds it: "about 10-12" is [9, 13.2], "up
    to 10-12" [0, 12], "more than 10-12" (10, ∞)."""
    if hedge is None or hedge.bound is HedgeBound.EXACT:
        return Interval.closed(low, high)
    if hedge.bound in (HedgeBound.ABOUT, HedgeBound.NEARLY):
        a, b = stated_interval(low, Decimal(0), hedge), stated_interval(high, Decimal(0), hedge)
        return Interval.closed(a.low, b.high)
    if hedge.bound in (HedgeBound.ABOVE, HedgeBound.AT_LEAST):
        return stated_interval(low, Decimal(0), hedge)
    return stated_interval(high, Decimal(0), hedge)


def _range(
    sentence: str, a: Number, b: Number, lang: P.Language
) -> tuple[Decimal, int, str | None] | None:
    """A range: "10-12", "18 to 25 percent", "between 10,000 and 12,000", "$10-12 million".

    "11,000 or 12,000" is read as the interval [11000, 12000] too: either end is stated.

        Returns the low end, where the range starts and its qualifier ("between").
    """
    if a.kind != "number" or b.kind != "number":
        return None
    if a.currency and b.currency and a.currency != b.currency:
        return None
    if (a.plain and 1800 <= a.value <= 2100) or _has_unit(sentence, a, lang):
        return None
    qualifier, start = None, a.start
    if _RANGE_DASH.fullmatch(sentence, a.end, b.start):
        f = P.ends_with(_FROM_BEFORE, sentence, a.start)
        if f and (f.group("verb") or "").lower() not in _RANGE_VERBS:
            return None  # "rose from 10 to 20": a change, not a range
    elif _RANGE_AND.fullmatch(sentence, a.end, b.start) and (
        q := P.ends_with(_BETWEEN_BEFORE, sentence, a.start)
    ):
        qualifier, start = q.group("q"), q.start()
    elif _RANGE_AND.fullmatch(sentence, a.end, b.start) and P.ends_with(
        _BETWEEN_IN_BRACKETS, sentence, a.start
    ):
        pass  # "between 10 and 20 meters (33 and 63 feet)": the range in another unit
    elif lang.range_to is not None and lang.range_to.fullmatch(sentence, a.end, b.start):
        if lang.change_from is not None and P.ends_with(lang.change_from, sentence, a.start):
            return None  # "est passé de 15 000 à 30 000": a change, not a range
        # "10.000 bis 12.000", "de 10 000 à 12 000"
    elif (
        lang.range_and is not None
        and lang.range_between is not None
        and lang.range_and.fullmatch(sentence, a.end, b.start)
        and (q := P.ends_with(lang.range_between, sentence, a.start))
    ):
        qualifier, start = q.group("q"), q.start()  # "zwischen 10.000 und 12.000"
    elif not _RANGE_OR.fullmatch(sentence, a.end, b.start):
        return None
    low = clean(a.value * b.scale) if a.scale == 1 and b.scale > 1 else a.value
    if low > b.value and a.value <= b.value:
        low = a.value  # "entre 420 000 et 1,26 million": the first written out in full
    if a.plain and b.scale == 1 and not b.plain:
        low = _abbreviated_low(a.value, b.value)
    return (low, start, qualifier) if low <= b.value else None


def _abbreviated_low(low: Decimal, high: Decimal) -> Decimal:
    """The low end of "11 to 12,000", "between 11 and 12,000", "11-12,000": 11,000, when the
    low end is written as the high end's leading digits with its groups of zeros left off.

    The high end's magnitude is its trailing groups of three zeros (12,000: a thousand;
    12,000,000: a million). The low end takes it when, written in bare digits, it has as many
    digits as what stands before those groups and is smaller ("11" and "12"; "50 to 60,000";
    "2 to 3,000"). Otherwise the range is read as written: in "5 to 10,000" the low end is
    shorter than "10", so it may be 5 or 5,000, and [5, 10,000] holds both readings.
    """
    if high != high.to_integral_value() or high < 1000:
        return low
    lead, magnitude = int(high), 1
    while lead % 1000 == 0:
        lead //= 1000
        magnitude *= 1000
    if magnitude == 1 or len(str(int(low))) != len(str(lead)) or not low < lead:
        return low
    return low * magnitude


def _has_unit(sentence: str, a: Number, lang: P.Language) -> bool:
    m = lang.unit.match(sentence, a.end)
    return bool(m and (m.group("unit") or m.group("cur")))


def _blocked(sentence: str, lower: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of ``P.BLOCKED`` in ``sentence``, each pattern run only if it may match."""
    exact = not P.has_folds(sentence)  # else the word tests may miss a word
    spans: list[tuple[int, int]] = []
    for rx, needs, anchored in _BLOCKED_PLAN:
        if needs is not None and exact:
            need_words, need_strings, need_pattern = needs
            if need_words.isdisjoint(lower):
                for x in need_strings:
                    if x in sentence:
                        break
                else:
                    if need_pattern is None or need_pattern.search(sentence) is None:
                        continue
        if anchored:  # only a match at the start
            if (m := rx.match(sentence)) is not None:
                spans.append(m.span())
        else:
            spans += [m.span() for m in rx.finditer(sentence)]
    return spans


# each pattern of P.BLOCKED with what it needs and whether it is anchored at the start
_BLOCKED_PLAN = tuple(
    (rx, needs, rx.pattern.startswith("\\A"))
    for rx, needs in zip(P.BLOCKED, P.BLOCKED_NEEDS, strict=True)
)


def _names_a_month(sentence: str, months: frozenset[str]) -> bool:
    """Does ``sentence`` hold one of the month names ``months`` (lower case) as a word?"""
    if P.has_folds(sentence):
        return True
    found = P.word_candidates(sentence, *_split_months(months))
    return bool(found) and bool(P.whole_words(sentence, found))


@lru_cache(maxsize=16)
def _split_months(months: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A language's month names: those of ASCII letters, and the rest (see P.Starts)."""
    starts = P.Starts(months)
    return starts.letters, starts.others


def sentence_drafts(
    sentence: str,
    published: datetime.date | None,
    hedges: P.HedgeTable,
    language: str = "en",
) -> list[Draft]:
    """Every figure in ``sentence``, dates included, in order; digits as ``language`` writes."""
    has_digit = _DIGIT.search(sentence) is not None  # every span blocked holds a digit
    lower = P.lower_words(sentence)
    has_words = not P.NUMBER_WORDS.isdisjoint(lower)
    lang = P.language(language)
    has_month = not P.MONTH_WORDS.isdisjoint(lower) or (
        bool(lang.month_words) and _names_a_month(sentence, lang.month_words)
    )
    if language[:2] != "en" and not has_words:
        has_words = foreign_numbers.may_hold(sentence, language)  # "neun", "des milliers"
    if not (has_digit or has_words or has_month):
        return []  # no digit, number word or month name: nothing to find (a cheap pre-filter)
    blocked = _blocked(sentence, lower) if has_digit else []
    drafts: list[Draft] = []
    seasons = find_seasons(sentence) if has_digit and not _SEASONS.isdisjoint(lower) else []
    for start, end, days in (find_decades(sentence) + seasons) if has_digit else ():
        drafts.append(Draft(start, end, None, days, "date", is_date=True))
        blocked.append((start, end))
    for m in _AGE_DECADE.finditer(sentence) if has_digit and "0s" in sentence else ():
        # "two captives in their 20s": an age from 20 to 29
        low = Decimal(m.group("d"))
        drafts.append(Draft(m.start(), m.end(), None, Interval(low, low + 9), "yr"))
        blocked.append((m.start(), m.end()))
    # a date names a month, or is "2024-11-14", "the first half of 2024" or "the first five
    # months of this year" (a cheap pre-filter on the sentence's words)
    may_date = (
        has_month
        or (has_digit and "-" in sentence)
        or (("half" in lower or "quarter" in lower or "months" in lower) and "of" in lower)
        or (lang.date is not None and not lower.isdisjoint(_FOREIGN_PART_WORDS))
    )
    for d in find_dates(sentence, published, lang) if may_date else ():
        drafts.append(
            Draft(d.start, d.end, d.value, d.interval, "date", d.counts, note=d.note, is_date=True)
        )
        blocked.append((d.start, d.end))
    numbers = find_numbers(sentence, blocked, language, words=has_words)
    made: list[tuple[Number, Draft]] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        span = _range(sentence, n, numbers[i + 1], lang) if i + 1 < len(numbers) else None
        if span:
            n = numbers[i + 1]
            if numbers[i].currency and not n.currency:
                n = replace(n, currency=numbers[i].currency)
        draft = _draft(sentence, n, hedges, lang, span)
        if draft is not None and not draft.is_date:
            made.append((n, draft))
        elif draft is not None:
            drafts.append(draft)
        i += 2 if span else 1
    _share_units(sentence, made)
    if len(made) > 1:
        _restatements(sentence, [d for _, d in made])
    drafts += [d for _, d in made]
    drafts.sort(key=lambda d: (d.start, d.end))
    if has_month and drafts and _ORDINAL_DAY.search(sentence):  # "the 1st, 3rd and 10th of April"
        _ordinal_days(sentence, drafts)
    if len(drafts) < 2:
        return drafts
    _second_days(sentence, drafts)
    return _date_ranges(sentence, drafts)


_AND_DAY = re.compile(r"\s*(?:,|and|or|und|oder|et|ou)\s*")
_DAY_END = re.compile(r"(?:st|nd|rd|th)?(?=\s*(?:[,.;:)!?]|\Z|\s+(?:and|or|in|at|to|when)\b))")


def _second_days(sentence: str, drafts: list[Draft]) -> None:
    """A bare day after a day's date ("on Oct. 19 and 23") is a day of the same month."""
    for i in range(1, len(drafts)):
        a, d = drafts[i - 1], drafts[i]
        if not (a.is_date and a.value is not None and not d.is_date and d.unit == "1"):
            continue
        text = sentence[d.start : d.end]
        if d.counts is not None or not text.isdigit() or not 1 <= int(text) <= 31:
            continue
        if not (_AND_DAY.fullmatch(sentence, a.end, d.start) and _DAY_END.match(sentence, d.end)):
            continue
        try:
            day = datetime.date.fromordinal(int(a.value)).replace(day=int(text))
        except ValueError:
            continue
        value = Decimal(day.toordinal())
        drafts[i] = Draft(d.start, d.end, value, Interval.exact(value), "date", is_date=True)


_ORDINAL_DAY = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)\b")
# the ordinal days listed before a day's date: "on the 1st, 3rd, 7th, and 10th of April"
_ORDINALS_BEFORE = re.compile(
    r"(?<![\w,])(?:\d{1,2}(?:st|nd|rd|th)\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))+\Z"
)


def _ordinal_days(sentence: str, drafts: list[Draft]) -> None:
    """Ordinal days listed before a day's date are days of its month: "on the 1st, 3rd and
    10th of April" is three dates before the one written out."""
    for d in list(drafts):
        if not (d.is_date and d.value is not None and _ORDINAL_DAY.match(sentence, d.start)):
            continue
        listed = _ORDINALS_BEFORE.search(sentence, max(0, d.start - 60), d.start)
        if listed is None:
            continue
        day = datetime.date.fromordinal(int(d.value))
        for m in _ORDINAL_DAY.finditer(sentence, listed.start(), listed.end()):
            try:
                value = Decimal(day.replace(day=int(m.group("d"))).toordinal())
            except ValueError:
                continue
            drafts.append(
                Draft(m.start(), m.end(), value, Interval.exact(value), "date", is_date=True)
            )
    drafts.sort(key=lambda x: (x.start, x.end))


# "between 2005 and 2007", "from 2022 to 2024", "2022–2024", "zwischen 2005 und 2007",
# "entre 2005 et 2007": two years that make one period
_DATE_FROM = re.compile(
    r"(?<![\w-])(?:(?i:between|from|zwischen|von|vom|entre|de|du)\s+|(?i:d)['’])\Z"
)
_DATE_TO = {
    "between": ("and",), "from": ("to", "through", "until", "till"), "zwischen": ("und",),
    "von": ("bis",), "vom": ("bis",), "entre": ("et",), "de": ("à",), "du": ("au",),
    "d'": ("à",), "d’": ("à",),
}  # fmt: skip
_DATE_JOIN = re.compile(r"\s*(?:[-–]|(?P<w>[^\W\d_]+))\s*\Z")


def _date_ranges(sentence: str, drafts: list[Draft]) -> list[Draft]:
    """Two years or two months joined as a period ("between 2005 and 2007", "2022–2024",
    "from October to December", "April-May 2024", "in August and September") made one date
    that allows every day from the first's first to the second's last. A month written
    without its year takes the year of the month it runs to: "from December to April 2023"
    starts in December 2022. Two days so joined stay two dates, each quoted on its own
    ("between March 7 and November 5"), as do two months apart joined by "and" ("in March
    and October")."""
    result: list[Draft] = []
    for d in drafts:
        a = result[-1] if result else None
        if a is not None and a.is_date and d.is_date and a.note is None and d.note is None:
            span = _joined_dates(sentence, a, d)
            if span is not None:
                result[-1] = Draft(span[0], d.end, None, span[1], "date", is_date=True)
                continue
            result[-1] = _in_the_year_of(sentence, a, d)
        result.append(d)
    return result


_A_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _from_to(sentence: str, a: Draft, word: str) -> re.Match[str] | None:
    """The word before ``a`` that makes it the start of a period which ``word`` (the word
    after it) ends: "between ... and", "from ... to", "zwischen ... und"; None if none."""
    before = P.ends_with(_DATE_FROM, sentence, a.start)
    if before is None or word.lower() not in _DATE_TO[before.group().split()[0].lower()]:
        return None
    return before


def _in_the_year_of(sentence: str, a: Draft, d: Draft) -> Draft:
    """The first of two days joined as a period ("between Jan. 1 and Sept. 15 last year",
    "from March 3 to May 5, 2023") in the year the second names, when it names none: the
    year before if it falls later in the year than the second."""
    if a.value is None or d.value is None:
        return a
    join = _DATE_JOIN.fullmatch(sentence, a.end, d.start)
    if join is None or join.group("w") is None or _from_to(sentence, a, join.group("w")) is None:
        return a
    if _year_named(sentence[a.start : a.end]) or not _year_named(sentence[d.start : d.end]):
        return a
    one, two = _date_of(a.value), _date_of(d.value)
    try:
        day = one.replace(year=two.year - ((one.month, one.day) > (two.month, two.day)))
    except ValueError:  # February 29
        return a
    value = Decimal(day.toordinal())
    return replace(a, value=value, interval=Interval.exact(value))


def _year_named(day: str) -> bool:
    """Does a day as written name its year ("Sept. 15 last year", "May 5, 2023"; not the
    day's digits of "May 5")?"""
    return _A_YEAR.search(day) is not None or names_a_year(re.sub(r"\d", "", day))


def _joined_dates(sentence: str, a: Draft, d: Draft) -> tuple[int, Interval] | None:
    """Where the period of two dates ``a`` and ``d`` starts and the days it allows, if the
    words between make them one period; None if they stay two dates."""
    join = _DATE_JOIN.fullmatch(sentence, a.end, d.start)
    if join is None:
        return None
    first, second = sentence[a.start : a.end], sentence[d.start : d.end]
    years = first.isdigit() and second.isdigit()
    months = not years and _a_month(a.interval) and _a_month(d.interval)
    if not (years or months):
        return None  # two days stay two dates: "between March 7 and November 5"
    low, high = a.interval.low, d.interval.high
    if months and not names_a_year(second):
        # "from October to December": the second month is the next one after the first
        one, two = _date_of(low), _date_of(d.interval.low)
        high = month_days(one.year + (two.month < one.month), two.month).high
    elif months and not names_a_year(first):
        # "from January to July of last year": the first month in the year of the second
        one, two = _date_of(low), _date_of(d.interval.low)
        low = month_days(two.year - (one.month > two.month), one.month).low
    if low > high:
        return None
    word = join.group("w")
    start = a.start
    if word is None:  # a dash: "2022–2024", "April-May 2024"
        pass
    elif P.ends_with(_DATE_FROM, sentence, a.start):
        if (before := _from_to(sentence, a, word)) is None:
            return None
        start = before.start()
    elif not (months and word.lower() in _AND_WORDS and a.interval.high + 1 == d.interval.low):
        return None  # "in March and October": two months apart stay two
    return start, Interval(low, high)


def _a_month(days: Interval) -> bool:
    """Are ``days`` every day of one calendar month (not a day, a season or a decade)?"""
    if not days.is_bounded:
        return False
    first = _date_of(days.low)
    return days == month_days(first.year, first.month)


def _date_of(day: Decimal) -> datetime.date:
    return datetime.date.fromordinal(int(day))


_AND_WORDS = frozenset({"and", "und", "et"})


_INITIALS = re.compile(r"\s*\([A-Z][A-Za-z.]{1,7}\)")
_OPEN = re.compile(r"\s*[(\[]\s*")
# a sum converted into another currency: "..., which translates to $1 to $3"
_CONVERTED = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:per|a|an)\s+[a-z]+)?,?\s+"
    r"(?:(?:which|that)\s+(?:translates|amounts|comes|converts"
    r"|works\s+out)\s+to|(?:or\s+)?(?:equivalent\s+to|the\s+equivalent\s+of))\s+"
)
# a second pay in a clause that leaves out its rate: "$2,000 a month, with cooks earning $800"
_ALSO_PAID = re.compile(
    r"[^\S\n]*(?:\([^()]{1,12}\))?,?\s+(?:with|while|whereas|and|but)\s+[^.;:\d]{0,60}?"
    r"\b(?:earning|earn|earns|earned|paid|receiving|receive|receives|received|getting|get|gets"
    r"|making|make|makes)\s+(?:(?:about|around|roughly|some|up\s+to|only|just)\s+)?"
)
_CLOSE = re.compile(r"\s*[)\]]")
_WON = frozenset({"KPW", "KRW"})


def _restatements(sentence: str, drafts: list[Draft]) -> None:
    """A figure in brackets right after another restates it in another currency or unit:
    "$2,000 a month (approximately 2.76 million won)", "135,000 won ($98)". The two share the
    rate that either states, and a sum in won converted from or into another currency is in
    South Korean won (KRW): North Korea's won has no market rate to convert at."""
    for a, b in pairwise(drafts):
        if a.unit == "date" or b.unit == "date":
            continue
        if not (_OPEN.fullmatch(sentence, a.end, b.start) and _CLOSE.match(sentence, b.end)):
            if not (_is_money(a.unit[:3]) and _is_money(b.unit[:3])):
                continue
            if _CONVERTED.fullmatch(sentence, a.end, b.start):
                pass  # "5,000 won a month, which translates to $1 to $3"
            elif (
                a.unit[:3] == b.unit
                and "/" in a.unit
                and _ALSO_PAID.fullmatch(sentence, a.end, b.start)
            ):
                b.unit, b.per = a.unit, b.per or a.per  # "$2,000 a month, with cooks earning $800"
                continue
            else:
                continue
        b.restates = True
        base_a, _, rate_a = a.unit.partition("/")
        base_b, _, rate_b = b.unit.partition("/")
        if base_a != base_b and {base_a, base_b} & _WON and _is_money(base_a) and _is_money(base_b):
            for d in (a, b):
                if d.unit.startswith("KPW") and "North Korean" not in sentence[d.start : d.end]:
                    d.unit = "KRW" + d.unit[3:]
            base_a, _, rate_a = a.unit.partition("/")
            base_b, _, rate_b = b.unit.partition("/")
        if rate_a and not rate_b and base_b not in ("%", "×"):
            b.unit, b.per = f"{base_b}/{rate_a}", b.per or a.per
        elif rate_b and not rate_a and base_a not in ("%", "×"):
            a.unit, a.per = f"{base_a}/{rate_b}", a.per or b.per


def _is_money(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _share_units(sentence: str, made: list[tuple[Number, Draft]]) -> None:
    """In "from 10 to 20 tonnes" the first number is in the unit of the second."""
    for (a, da), (b, db) in pairwise(made):
        shared = da.unit == "1" and da.counts is None and db.unit != "1" and a.kind == b.kind
        if shared and _SHARED_UNIT.fullmatch(sentence, da.end, b.start):
            da.unit, da.counts, da.per = db.unit, db.counts, db.per
        elif (
            db.unit.startswith(f"{da.unit}/")
            and da.unit != "1"
            and _SHARED_UNIT.fullmatch(sentence, da.end, b.start)
        ):
            # "4 million barrels of crude and 500,000 barrels of products a year": both a year
            da.unit, da.per = db.unit, db.per
        elif (
            da.unit == db.unit == "1"
            and da.counts
            and db.counts
            and _ADJECTIVES_ONLY.fullmatch(da.counts)
            and not _ADJECTIVES_ONLY.fullmatch(db.counts)
            and _SHARED_UNIT.fullmatch(sentence, da.end, b.start)
        ):
            # "seven North Korean and two Russian vessels": the first counts the second's noun
            da.counts = f"{da.counts} {db.counts.split()[-1]}"
        age = da.unit == "yr" and _aged(sentence, da.start)
        if (
            age
            and db.unit == "1"
            and db.counts is None
            and _NEXT_AGE.fullmatch(sentence, da.end, db.start)
        ):
            db.unit = "yr"  # "one aged 20 and the other 26"
