"""The regular expressions and word lists of the extraction stage, compiled once at import.

Everything here is data: which words name a number, a unit, a currency, a rate, a date or a
period, and which spans are not quantities at all (model names, article numbers, times of
day, phone numbers, decades). The shapes of sources live beside their logic in
:mod:`.attribution`.
The hedge table is the one exception: it comes from the rules, so its pattern is built on
first use and cached by the tuple of phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.model import Hedge

__all__ = [
    "BLOCKED",
    "BLOCKED_NEEDS",
    "CURRENCY_PREFIX",
    "CURRENCY_WORDS",
    "DATE",
    "DATE_COUNTS",
    "DATE_STARTS",
    "DECIMAL_COMMA_DIGITS",
    "DE_LENGTH_ADJECTIVES",
    "DIGITS",
    "FOLDS",
    "FOREIGN_MAGNITUDE",
    "FOREIGN_PARTS",
    "FOREIGN_PART_KINDS",
    "GROUP_BLANKS",
    "LANGUAGES",
    "LOWER_WORD",
    "MAGNITUDE",
    "MONTHS",
    "MONTH_WORDS",
    "NEXT_WORD",
    "NP_TOKEN",
    "NUMBER_OF",
    "NUMBER_WORDS",
    "OF_DETERMINER",
    "ONE_IN_A",
    "ONE_IN_B",
    "ONE_IN_GAP",
    "OUT_OF_GAP",
    "PERIOD_HIGH",
    "PERIOD_HIGH_STARTS",
    "PERIOD_LOW",
    "PERIOD_LOW_STARTS",
    "RATE_ADJACENT",
    "RATE_ADJECTIVE",
    "RATE_ADJECTIVES",
    "RATE_BEFORE",
    "RATE_LATER",
    "RATE_WHICH",
    "SWISS_GROUPS",
    "TEMPORAL_PREP",
    "TEMPORAL_PREP_LAST",
    "TIME_RATES",
    "TWICE",
    "TWICE_STARTS",
    "UNIT",
    "UNIT_WORDS",
    "WORDS",
    "WORDS_FIRST",
    "WORD_RUN",
    "HedgeTable",
    "Language",
    "LanguageWords",
    "Starts",
    "after_word",
    "ends_with",
    "ends_with_word",
    "has_folds",
    "hedge_pattern",
    "hedge_table",
    "language",
    "last_word",
    "lower_words",
    "scan",
    "whole_words",
    "word_candidates",
    "word_list",
    "words",
]

# -- words ---------------------------------------------------------------------------


def words(text: str) -> frozenset[str]:
    """A set of words written as one string: ``words("a b c")``."""
    return frozenset(text.split())


def word_list(text: str) -> list[str]:
    """Words written as one string, in order."""
    return text.split()


def ends_with(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern`` (anchored with ``\\Z``) matched just before ``text[end]``, in a short window."""
    return pattern.search(text, max(0, end - _WINDOW), end)


_WINDOW = 80


def ends_with_word(
    pattern: re.Pattern[str], text: str, end: int, last: frozenset[str]
) -> re.Match[str] | None:
    """``ends_with(pattern, text, end)`` for a pattern whose every match ends with a whole word
    of ``last`` (lower case) and blanks or hyphens (``[\\s-]*\\Z``), tried only when the word
    before the blanks and hyphens before ``text[end]`` is one of them: a far cheaper test. A
    text holding a FOLDS character is always tried (see lower_words)."""
    if not has_folds(text):
        j = end
        while j > 0 and (text[j - 1].isspace() or text[j - 1] == "-"):
            j -= 1
        i = j
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
            i -= 1
        if text[i:j].lower() not in last:
            return None
    return ends_with(pattern, text, end)


# -- trying a pattern only where it may match -----------------------------------------

WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=16)
def has_folds(text: str) -> bool:
    """Does ``text`` hold a FOLDS character?"""
    return FOLDS.search(text) is not None


def whole_words(text: str, words: Iterable[str], digit: bool = False) -> list[tuple[int, str]]:
    """Every whole word of ``text`` (a longest run of word characters, in lower case) that is
    one of ``words``, and where it starts, in order; with ``digit``, every word that begins
    with a decimal digit too (as its first character).

    Only for a text without a FOLDS character: a case-insensitive pattern reads "ſince" as
    "since", which these lower-case comparisons would miss (and "İ" is two characters in lower
    case, which would move every word after it). Each word is looked for in the text, so it is
    far faster than reading every word when ``words`` are the few the text may hold (those of
    its lower_words, see word_candidates).
    """
    low = text.lower()
    n = len(low)
    found: list[tuple[int, str]] = []
    for word in words:
        size = len(word)
        i = low.find(word)
        while i >= 0:
            j = i + size
            if (i == 0 or not _is_word(low[i - 1])) and (j == n or not _is_word(low[j])):
                found.append((i, word))
            i = low.find(word, i + 1)
    if digit:
        found += [(m.start(), m.group()) for m in _DIGIT_STARTS_WORD.finditer(text)]
    found.sort()
    return found


def _is_word(c: str) -> bool:
    """Is ``c`` a word character (``\\w``)?"""
    return c.isalnum() or c == "_"


_DIGIT_STARTS_WORD = re.compile(r"\d(?<!\w\d)")  # from a digit on: searched far faster


def word_candidates(text: str, letters: frozenset[str], others: Iterable[str] = ()) -> set[str]:
    """The words of ``letters`` (ASCII lower-case letters) among the lower_words of ``text``,
    and those of ``others`` the text in lower case holds: every one of them that may be a whole
    word of the text (see whole_words)."""
    found = set(letters & lower_words(text))
    if others:
        low = text.lower()
        found.update(w for w in others if w in low)
    return found


@dataclass(frozen=True, slots=True)
class Starts:
    """The words a pattern's every match begins with, each a whole word of the text."""

    lower: frozenset[str] = frozenset()  # in lower case
    digit: bool = False  # any word that begins with a decimal digit
    # the words of ASCII letters (one of the text's lower_words where it stands) and the rest
    # (word characters only: no other can be a whole word)
    letters: frozenset[str] = field(init=False, repr=False, compare=False)
    others: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        letters = frozenset(w for w in self.lower if _ASCII_WORD.fullmatch(w))
        others = tuple(sorted(w for w in self.lower - letters if WORD_RUN.fullmatch(w)))
        object.__setattr__(self, "letters", letters)
        object.__setattr__(self, "others", others)


_ASCII_WORD = re.compile(r"[a-z]+")


def scan(pattern: re.Pattern[str], text: str, starts: Starts) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the pattern tried only where a word of ``starts`` begins.

    The matches are the same as ``finditer``'s (each is leftmost, none overlap) as long as
    every match of ``pattern`` begins a whole word that ``starts`` holds; each such pattern
    says so beside its ``Starts``. Far fewer places are tried, so it is faster. Only the
    words of ``starts`` the text may hold are looked for (see whole_words).
    """
    if has_folds(text):
        yield from pattern.finditer(text)
        return
    words = word_candidates(text, starts.letters, starts.others)
    if not words and not starts.digit:
        return
    pos = 0
    for at, _ in whole_words(text, words, starts.digit):
        if at < pos:
            continue
        if (m := pattern.match(text, at)) is not None:
            yield m
            pos = max(m.end(), at + 1)


@lru_cache(maxsize=16)
def lower_words(sentence: str) -> frozenset[str]:
    """The lower-case ASCII words of ``sentence`` (``LOWER_WORD`` in ``sentence.lower()``).

    Unless ``sentence`` holds a FOLDS character, every word a pattern matches between word
    boundaries, case-insensitively too, is in the set: a word missing from it rules the
    pattern out.
    """
    return frozenset(LOWER_WORD.findall(sentence.lower()))


def _hedge_regex_uncached(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    # no blank after an elision: "plus d'un million"
    return re.compile(
        rf"(?<![\w-])(?P<hedge>{alts})(?:\s+|(?<=['’]))(?:(?:a|an|the)\s+)?\Z", re.IGNORECASE
    )


_hedge_regex = lru_cache(maxsize=8)(_hedge_regex_uncached)


def _hedge_phrases(hedges: Sequence[Hedge]) -> tuple[str, ...]:
    """The phrases of the hedge table in the order its pattern tries them, longest first."""
    return tuple(sorted({h.phrase for h in hedges if h.phrase}, key=lambda p: (-len(p), p)))


def hedge_pattern(hedges: Sequence[Hedge]) -> re.Pattern[str]:
    """The pattern of the hedge table: a phrase right before a number, longest first."""
    phrases = _hedge_phrases(hedges)
    return _hedge_regex(phrases) if phrases else _NEVER


MONTHS: Mapping[str, int] = {
    name: i + 1
    for i, names in enumerate(
        [
            ("January", "Jan.", "Jan"),
            ("February", "Feb.", "Feb"),
            ("March", "Mar.", "Mar"),
            ("April", "Apr.", "Apr"),
            ("May",),
            ("June",),
            ("July",),
            ("August", "Aug.", "Aug"),
            ("September", "Sep.", "Sept.", "Sept", "Sep"),
            ("October", "Oct.", "Oct"),
            ("November", "Nov.", "Nov"),
            ("December", "Dec.", "Dec"),
        ]
    )
    for name in names
}
_MONTH = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))

_SMALL = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALE = "hundred|thousand|million|billion|trillion"
_FRACTION = "half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?"
_PLURAL = "dozens|scores|tens|hundreds|thousands|millions|billions"
_WORD_TOKEN = (
    rf"(?:{_SMALL}|{_TENS}|{_SCALE}|dozen|{_FRACTION}|{_PLURAL}|handful|several|few|couple)"
)

# A time rate: what it is written as → the unit of time it divides by.
TIME_RATES: Mapping[str, str] = {
    "annually": "yr",
    "yearly": "yr",
    "annual": "yr",
    "per annum": "yr",
    "daily": "day",
    "monthly": "month",
    "weekly": "week",
    "hourly": "h",
    "year": "yr",
    "day": "day",
    "month": "month",
    "week": "week",
    "hour": "h",
}

# -- numbers -------------------------------------------------------------------------

# Digits with English thousands separators and an optional decimal part
# ("816 000" with a space, thin space or no-break space between groups is read as one number;
# "12.000.000", with two groups after full stops, cannot be a decimal and is grouped too, while
# "12.000" stays the decimal 12.000).
# Each is written from its first digit on ("\d(?<![\w.,]\d)" for "(?<![\w.,])\d"): a pattern
# that opens with a digit is searched far faster, as the engine skips to the next digit
# (tests/test_extract_languages.py holds the two forms equal).
# the blanks between groups of thousands (a space, a no-break space, a narrow no-break space),
# and the Swiss apostrophes ("10'000"); numbers.NumberFormat drops the same signs
GROUP_BLANKS = " \u00a0\u202f"
SWISS_GROUPS = "'’"
DIGITS = re.compile(
    r"\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3}){2,}(?!\.?\d)|\d{0,2}(?:,\d{3})+"
    rf"|\d{{0,2}}(?:[{GROUP_BLANKS}]\d{{3}})+(?![\d,-]|\.\d)|\d*)"
    r"(?:\.\d+)?(?!\d|[.,]\d)"
)
# Digits where the decimal sign is a comma (de, fr, es, it, ru, uk, pl, ...): "12.000",
# "12 000" and the locale's own group sign ({group}) separate thousands; "1,5" is one and a half.
DECIMAL_COMMA_DIGITS = (
    r"\d(?<![\w.,]\d)(?:\d{{0,2}}(?:\.\d{{3}})+"
    # "10'000": the Swiss grouping, in any language that writes a decimal comma
    r"|\d{{0,2}}(?:[" + GROUP_BLANKS + SWISS_GROUPS + r"{group}]\d{{3}})+(?![\d-])|\d*)"
    r"(?:,\d+)?(?!\d|[.,]\d)"
)
# Magnitude words of other languages, by scale: "1,5 Millionen", "3 Mrd.", "2 млн".
FOREIGN_MAGNITUDE = re.compile(
    r"""\s*(?:
    (?P<b>mil\s+millones|milliarden?|milliards?|miliard(?:i|o|y|ów)?|mrd\.?|mld\.?|млрд\.?
        |миллиард(?:а|ов)?|мільярд(?:а|ів)?)
    |(?P<m>millionen|millions?|millones|millón|milion(?:i|e|y|ów)?|mio\.?|mln\.?|млн\.?
        |миллион(?:а|ов)?|мільйон(?:а|ів)?)
    |(?P<k>tausend|tsd\.|mille|mila|mil|tys\.|tysięcy|tysiące|тыс\.|тысяч[аи]?|тис\.|тисяч[аі]?)
    )(?!\w)""",
    re.IGNORECASE | re.VERBOSE,
)
# "twice", "doubled", "almost double the total", "more than tripling", "tenfold":
# multipliers (a bare "double" only before "the"/"its"/"that": "a double agent" is none)
_FOLD = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    "|fifty|hundred|thousand"
)
TWICE = re.compile(
    r"\b(?P<n>twice|thrice|(?:doubl|tripl|trebl|quadrupl)(?:ed|ing)|halved|halving"
    r"|(?:double|triple|treble|quadruple)(?=\s+(?:the|its|their|that|this|what)\b)"
    rf"|(?:{_FOLD})fold)\b",
    re.IGNORECASE,
)
TWICE_STARTS = Starts(
    lower=words(
        "twice thrice doubled tripled trebled quadrupled doubling tripling trebling quadrupling"
        " halved halving"
        " double triple treble quadruple"
    )
    | {f"{w}fold" for w in _FOLD.split("|")}
)
# "1 in 5", "one in ten", "2 out of 5": a share, read around each " in " or " out of "
# (ONE_IN_GAP): the number before it (ONE_IN_A, searched with ends_with) and the one after it
# (ONE_IN_B)
ONE_IN_GAP = re.compile(r" in ")
OUT_OF_GAP = re.compile(r" out of ")
ONE_IN_A = re.compile(rf"(?<![\w.,])(?P<a>\d{{1,3}}|(?i:{_SMALL}|{_TENS}))\Z")
ONE_IN_B = re.compile(rf"(?P<b>\d{{1,3}}|(?i:{_SMALL}|{_TENS}))(?![\w]|[.,]\d)")
# A run of number words; numbers.parse_words finds the longest valid number in it.
WORDS = re.compile(
    rf"\b(?:an?|{_WORD_TOKEN})(?:(?:\s+|-)(?:and|of|an?|{_WORD_TOKEN})){{0,14}}\b", re.IGNORECASE
)


def _expand(alternatives: str) -> frozenset[str]:
    """The words of ``a|bs?|c``: a, b, bs and c."""
    result = set()
    for alt in alternatives.split("|"):
        result |= {alt[:-2], alt[:-1]} if alt.endswith("s?") else {alt}
    return frozenset(result)


# The words a run of WORDS may start with, each a whole word: WORDS matches only where one of
# them begins (see numbers._word_matches).
WORDS_FIRST = _expand(f"a|an|{_WORD_TOKEN[3:-1]}")
# A cheap first test, on the sentence's lower-case words: a number word ("twice" too) may make
# a figure of words; without one, and without digits or a month name, a sentence holds none.
NUMBER_WORDS = (
    words(
        f"{_SMALL} {_TENS} {_SCALE} {_PLURAL} dozen handful several couple twice thrice doubled"
        " tripled"
        " trebled quadrupled double triple treble quadruple half halves third thirds doubling"
        " tripling trebling quadrupling"
        " quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths".replace("|", " ")
    )
    | TWICE_STARTS.lower
)
MONTH_WORDS = frozenset(m.rstrip(".").lower() for m in MONTHS)
LOWER_WORD = re.compile(r"[a-z]+")
NEXT_WORD = re.compile(r"\s*([\w'’]+)")
MAGNITUDE = re.compile(
    # "4 million", "a 4-million-barrel allowance"
    r"(?:\s*|-)(?P<word>thousand|million|billion|trillion)\b|(?P<suffix>bn|mn|bln|mln|tn|trn|m|k|b)\b",
    re.IGNORECASE,
)
CURRENCY_PREFIX = re.compile(r"(?:US\$|\$|£|€|₽|₩|\b(?:USD|EUR|GBP|RUB|KRW|KPW|UAH)\s?)\Z")

# What follows a number: percent, a ratio, a currency word or a unit noun ({cur} and {unit}:
# the words of the article's language, see LANGUAGES).
_UNIT = r"""
    (?P<pct>\s*(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|Prozent\b|pour\s+cent\b)|pc\b)
    |(?P<times>\s+times\b|-?fold\b)
    |(?P<cur>{lead}(?:
        (?:US|U\.S\.|American)\s+[Dd]ollars?|dollars?|Dollars|USD|euros?|EUR|(?:Russian\s+)?(?:roubles?|rubles?)
        |RUB|(?:(?P<korea>North|South)\s+Korean\s+)?won|KPW|KRW|(?:Ukrainian\s+)?hryvnias?|UAH
        |pounds\s+sterling|GBP{cur})\b)
    |(?P<unit>(?:\s+|-|(?=[a-z]))(?P<phrase>(?:metric\s+)?(?P<word>
        kph|km/h|mph|kilomet(?:re|er)s?\s+(?:per|an)\s+hour|miles?\s+(?:per|an)\s+hour
        |[Bb]arrels?|bbl|bpd|b/d|[Tt]onnes?|[Tt]ons?|t(?![\w'’-])|kilograms?|kg|litres?|liters?|gallons?
        |cubic\s+met(?:re|er)s?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|yrs?|hours?|minutes?|min
        |seconds?|lbs?|pounds?|mm
        |millimet(?:re|er)s?|[Mm]iles?|feet|foot|ft|dwt
        |square\s+kilomet(?:re|er)s?|sq\.?\s?km|km2|km²
        |km|kilomet(?:re|er)s?|met(?:re|er)s?{unit}))\b)
    """
UNIT = re.compile(_UNIT.format(lead=r"\s+", cur="", unit=""), re.VERBOSE)
UNIT_WORDS: Mapping[str, str] = {
    "barrel": "bbl",
    "bbl": "bbl",
    "bpd": "bbl/day",
    "b/d": "bbl/day",
    "tonne": "t",
    "t": "t",
    "ton": "t",
    "kilogram": "kg",
    "kg": "kg",
    "litre": "L",
    "liter": "L",
    "gallon": "gal",
    "cubic metre": "m3",
    "cubic meter": "m3",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "yr",
    "yr": "yr",
    "hour": "h",
    "minute": "min",
    "min": "min",
    "second": "s",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",  # "a 1,100-pound warhead"; money is "pounds sterling" or "£"
    "kph": "km/h",
    "km/h": "km/h",
    "mph": "mi/h",
    "kilometre per hour": "km/h",
    "kilometer per hour": "km/h",
    "kilometres per hour": "km/h",
    "kilometers per hour": "km/h",
    "kilometres an hour": "km/h",
    "kilometers an hour": "km/h",
    "mile per hour": "mi/h",
    "miles per hour": "mi/h",
    "miles an hour": "mi/h",
    "mm": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "km": "km",
    "mile": "mi",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "dwt": "t",
    "square kilometre": "km2",
    "square kilometer": "km2",
    "sq km": "km2",
    "sq. km": "km2",
    "km2": "km2",
    "km²": "km2",
    "kilometre": "km",
    "kilometer": "km",
    "metre": "m",
    "meter": "m",
}
CURRENCY_WORDS: Mapping[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "₽": "RUB",
    "rub": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "₩": "KRW",
    "krw": "KRW",
    "kpw": "KPW",
    "won": "won",
    "uah": "UAH",
    "hryvnia": "UAH",
}

# -- the words of other languages ----------------------------------------------------


# What an article in another language writes after a number, as it writes it (German nouns
# have a capital): unit words and currency words, each with what it stands for, and the words
# that end the noun phrase a number counts ("12.000 Soldaten nach Russland": "Soldaten").
# An article's language adds its own to the English ones, which every article keeps.
class NounCaseStop(frozenset[str]):
    """The stop words of a language that capitalises its nouns (German): a counted noun phrase
    ends at the first lower-case word after its noun ("12.000 Soldaten kamen an": Soldaten)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class LanguageWords:
    """Unit and currency words as written, each with what it stands for, and stop words."""

    units: Mapping[str, str]
    currencies: Mapping[str, str]
    stop: frozenset[str]
    rates: Mapping[str, str] = field(default_factory=dict)  # "pro Monat" → "month"
    per: tuple[str, ...] = ()  # the words of "per soldier": "pro", "je"
    also: tuple[str, ...] = ()  # "and" in "per soldier and per month"
    # what joins a magnitude to its unit or noun: "1,2 million de barils", "3 millions d'obus"
    of: tuple[str, ...] = ()
    months: Mapping[str, int] = field(default_factory=dict)  # as written → 1 to 12
    day_suffix: str = ""  # what may follow a day's digits: "." in "7. März", "er" in "1er"
    # the words before a month named alone that make it a date ("im März", "depuis mars")
    month_before: tuple[str, ...] = ()
    # the words of a range: "10.000 bis 12.000", "de 10 000 à 12 000"; "zwischen … und …"
    to: tuple[str, ...] = ()
    between: tuple[str, str] | None = None
    # a rate adjective some words before the figure and the word that joins them: "quota
    # annuel d'importation de 500 000 barils", "jährliche Obergrenze von 500.000 Barrel"
    rate_adjectives: Mapping[str, str] = field(default_factory=dict)
    rate_join: tuple[str, ...] = ()
    # what joins a share or a percentage to what it is of: "die Hälfte der Granaten",
    # "40 % des missiles" (the English "of" is always read)
    share_of: tuple[str, ...] = ()
    # the verbs of change before the first number that make a range a change, and the word
    # between ("est passé de 15 000 à 30 000"); each verb also with its endings e, s and es
    changes: tuple[str, ...] = ()
    change_from: tuple[str, ...] = ()


# "jährliche", "monatlichen", ...: each German rate adjective in each of its endings
_DE_RATE_ADJECTIVES = {
    f"{stem}{end}": unit
    for stem, unit in (("jährlich", "yr"), ("monatlich", "month"), ("täglich", "day"))
    for end in ("e", "en", "er", "es", "em")
} | {f"wöchentlich{end}": "week" for end in ("e", "en", "er", "es", "em")}

# the stems of German adjectives of length and their units (see foreign_numbers, which reads
# the number word before them)
DE_LENGTH_ADJECTIVES = {
    "stündig": "h", "minütig": "min", "sekündig": "s", "tägig": "day", "wöchig": "week",
    "monatig": "month", "jährig": "yr",
}  # fmt: skip

LANGUAGES: Mapping[str, LanguageWords] = {
    "de": LanguageWords(
        units={
            "Barrel": "bbl", "Fass": "bbl", "Fässer": "bbl", "Tonne": "t", "Tonnen": "t",
            "Kilogramm": "kg", "Liter": "L", "Kubikmeter": "m3", "Tag": "day", "Tage": "day",
            "Tagen": "day", "Woche": "week", "Wochen": "week", "Monat": "month",
            "Monate": "month", "Monaten": "month", "Jahr": "yr", "Jahre": "yr", "Jahren": "yr",
            "Stunden": "h", "Quadratkilometer": "km2", "Kilometer": "km", "Millimeter": "mm",
            "Meter": "m", "Metern": "m", "Kilometern": "km", "Minute": "min", "Minuten": "min",
            "Sekunde": "s", "Sekunden": "s", "Pfund": "lb",
        }
        # "zweieinhalbstündigen", "24-stündige", "dreiminütigen": a length as an adjective
        | {
            f"{stem}{end}": unit
            for stem, unit in DE_LENGTH_ADJECTIVES.items()
            for end in ("", "e", "en", "er", "es", "em")
        },
        currencies={
            "US-Dollar": "USD", "Dollar": "USD", "Euro": "EUR", "Rubel": "RUB", "Pfund": "GBP",
            "Won": "won", "Hrywnja": "UAH", "Hrywnjas": "UAH",
            "nordkoreanische Won": "KPW", "nordkoreanischen Won": "KPW",
            "südkoreanische Won": "KRW", "südkoreanischen Won": "KRW",
        },
        stop=words(
            """
            nach in im an am auf aus bei beim mit von vom zu zum zur für über unter gegen seit
            vor hinter neben zwischen während wegen innerhalb außerhalb ab
            bis durch um ohne pro je aus und oder aber sowie sondern doch denn dass als wie ob
            der die das den dem des ein eine einer eines einem einen sein seine ihre ihr ihren
            ist sind war waren wurde wurden worden wird werden hat haben hatte hatten habe soll
            sollen sollte sollten kann können könnte könnten dürfte dürften muss müssen
            auch bereits schon noch nur etwa rund rd mehr weniger jeweils insgesamt täglich
            monatlich jährlich wöchentlich pro jahr monat woche tag laut zufolge gemäß
            geliefert geschickt entsandt verlegt gezählt gemeldet getötet verwundet verletzt
            gefeuert abgefeuert erhalten bezahlt gezahlt verkauft gekauft gebracht gesehen
            sei seien wäre wären tot zerstört gefangen genommen erlitten verloren
            montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute
            """
        ),
        rates={
            "pro Jahr": "yr", "im Jahr": "yr", "je Jahr": "yr", "jährlich": "yr",
            "pro Monat": "month", "im Monat": "month", "je Monat": "month",
            "monatlich": "month", "pro Woche": "week", "in der Woche": "week",
            "wöchentlich": "week", "pro Tag": "day", "am Tag": "day", "je Tag": "day",
            "täglich": "day", "pro Stunde": "h",
        },
        per=("pro", "je"),
        also=("und",),
        months={
            "Januar": 1, "Jänner": 1, "Jan.": 1, "Februar": 2, "Feb.": 2, "März": 3, "April": 4,
            "Apr.": 4, "Mai": 5, "Juni": 6, "Juli": 7, "August": 8, "Aug.": 8, "September": 9,
            "Sept.": 9, "Oktober": 10, "Okt.": 10, "November": 11, "Nov.": 11, "Dezember": 12,
            "Dez.": 12,
        },
        day_suffix=r"\.",
        month_before=(
            "im", "vom", "seit", "bis", "ab", "vor", "nach", "von", "zwischen", "und", "oder",
            "Anfang", "Ende", "Mitte", "Monat", "vergangenen", "letzten", "kommenden",
        ),
        to=("bis",),
        between=("zwischen", "und"),
        rate_adjectives=_DE_RATE_ADJECTIVES,
        rate_join=("von", "in Höhe von"),
        share_of=("der", "des", "aller", "von den", "von"),
    ),
    "fr": LanguageWords(
        units={
            "baril": "bbl", "barils": "bbl", "tonne": "t", "tonnes": "t", "kilogramme": "kg",
            "kilogrammes": "kg", "litre": "L", "litres": "L", "jour": "day", "jours": "day",
            "semaine": "week", "semaines": "week", "mois": "month", "an": "yr", "ans": "yr",
            "année": "yr", "années": "yr", "heures": "h", "kilomètres carrés": "km2",
            "kilomètres": "km",
            "millimètres": "mm", "mètres": "m", "mètre": "m", "kilomètre": "km", "minutes": "min",
            "minute": "min", "secondes": "s", "seconde": "s",
        },
        currencies={
            "dollars américains": "USD", "dollar américain": "USD", "livres sterling": "GBP",
            "roubles": "RUB", "rouble": "RUB", "wons": "won", "hryvnias": "UAH",
        },
        stop=words(
            """
            à au aux en dans par pour sur sous vers avec sans chez depuis pendant selon entre
            contre après avant durant jusqu et ou mais donc or ni car que qui dont où comme si
            le la les l un une des du ce cet cette ces son sa ses leur leurs notre nos se
            est sont était étaient a ont avait avaient aurait auraient serait seraient sera
            seront été fut furent aura auront doit doivent devrait devraient peut peuvent
            pourrait pourraient aussi déjà encore seulement environ près plus moins chaque
            quotidiennement mensuellement annuellement par jour mois an année semaine d'après
            fin début mi lundi mardi mercredi jeudi vendredi samedi dimanche hier matin soir
            livré livrés livrée livrées envoyé envoyés envoyée envoyées tué tués blessé blessés
            reçu reçus payé payés déployé déployés tiré tirés vendu vendus acheté achetés
            """
        ),
        rates={
            "par an": "yr", "par année": "yr", "chaque année": "yr", "annuellement": "yr",
            "par mois": "month", "chaque mois": "month", "mensuellement": "month",
            "par semaine": "week", "chaque semaine": "week", "par jour": "day",
            "chaque jour": "day", "quotidiennement": "day", "par heure": "h",
            # after the noun: "2 000 dollars mensuels", "500 000 barils annuels"
            "mensuels": "month", "mensuelles": "month", "mensuel": "month",
            "mensuelle": "month", "annuels": "yr", "annuelles": "yr", "annuel": "yr",
            "annuelle": "yr", "quotidiens": "day", "quotidiennes": "day",
        },
        per=("par",),
        also=("et",),
        of=("de", "d'", "d’"),
        months={
            "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
            "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
            "décembre": 12,
        },
        day_suffix="er",
        month_before=(
            "en", "depuis", "jusqu'en", "jusqu’en", "dès", "fin", "début", "mi", "entre", "et",
            "ou", "de", "d'", "d’", "avant", "après", "courant", "mois de", "à", "au",
        ),
        to=("à",),
        between=("entre", "et"),
        rate_adjectives={
            "annuel": "yr", "annuelle": "yr", "annuels": "yr", "annuelles": "yr",
            "mensuel": "month", "mensuelle": "month", "mensuels": "month", "mensuelles": "month",
            "quotidien": "day", "quotidienne": "day", "journalier": "day", "journalière": "day",
            "hebdomadaire": "week",
        },
        rate_join=("de", "d'", "d’"),
        share_of=("des", "de la", "de l'", "de l’", "du", "de", "d'", "d’"),
        changes=(
            "passé", "augmenté", "grimpé", "bondi", "chuté", "baissé", "diminué", "reculé",
            "doublé", "triplé", "porté", "ramené", "relevé", "réduit", "accru",
        ),
        change_from=("de", "d'", "d’"),
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Language:
    """The words an article's language adds to the English ones."""

    unit: re.Pattern[str]  # UNIT with the language's unit and currency words
    unit_words: Mapping[str, str]  # lower case → unit, the English ones too
    currency_words: Mapping[str, str]  # lower case → currency code, the English ones too
    stop: frozenset[str]  # lower-case words that end a counted noun phrase
    # a rate written after the figure ("pro Monat", "pro Soldat"): groups rate and noun
    rate: re.Pattern[str] | None = None
    # lower case → unit of time: "pro monat" and its last word "monat" → "month"
    rates: Mapping[str, str] = field(default_factory=dict)
    # a rate in time after a "per" noun: "pro Soldat und Monat", "par soldat et par mois";
    # groups rate (a whole rate) or tu (its last word)
    then: re.Pattern[str] | None = None
    # what joins a magnitude to its unit or noun (LanguageWords.of), and the blanks before it
    of: re.Pattern[str] | None = None
    # dates with the language's month names (None: the English ones only), where they may
    # start, every month name as written → its number, the language's own month names in
    # lower case, and the words before a month alone that make it a date (ends with \Z)
    date: re.Pattern[str] | None = None
    date_starts: Starts | None = None
    months: Mapping[str, int] = field(default_factory=dict)
    month_words: frozenset[str] = frozenset()
    month_before: re.Pattern[str] | None = None
    # between the two numbers of a range ("bis"), and "und" with the word before the first
    # ("zwischen", ending with \Z)
    range_to: re.Pattern[str] | None = None
    range_and: re.Pattern[str] | None = None
    range_between: re.Pattern[str] | None = None
    # a one-word rate just before the figure and its hedge, or a word before them: "täglich
    # um die 10.000", "verfeuern täglich rund 10.000" (ends with \Z; groups rate)
    rate_before: re.Pattern[str] | None = None
    # LanguageWords.rate_adjectives as a pattern ending with \Z (groups rate), and their units
    rate_of: re.Pattern[str] | None = None
    rate_adjectives: Mapping[str, str] = field(default_factory=dict)
    # LanguageWords.share_of after a share and its blanks, and the blanks after it
    share_of: re.Pattern[str] | None = None
    # LanguageWords.changes and change_from before a range's first number (ends with \Z)
    change_from: re.Pattern[str] | None = None


def _alternatives(written: Mapping[str, str]) -> str:
    r"""``|a|b\s+c``: the words as VERBOSE pattern alternatives, the longest first."""
    ordered = sorted(written, key=lambda w: (-len(w), w))
    return "".join("|" + r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


@lru_cache(maxsize=64)
def language(code: str) -> Language:
    """The words of the language ``code`` ("de", "fr-CH", "pt_BR"); English has none to add."""
    return _language(code.strip().lower().replace("_", "-").split("-")[0])


@lru_cache(maxsize=32)
def _language(base: str) -> Language:
    extra = LANGUAGES.get(base)
    if extra is None:
        return _ENGLISH
    units, currencies, stop = extra.units, extra.currencies, extra.stop
    if base == "de":
        stop = NounCaseStop(stop)
    if not units and not currencies:
        pattern = UNIT
    else:
        # a currency right after an elided "d'" ("d'euros") has no blank before it
        lead = r"(?:\s+|(?<=['’]))" if any(w[-1:] in "'’" for w in extra.of) else r"\s+"
        cur, unit = _alternatives(currencies), _alternatives(units)
        pattern = re.compile(_UNIT.format(lead=lead, cur=cur, unit=unit), re.VERBOSE)
    rate = then = None
    if extra.rates or extra.per:
        times = _alternatives(extra.rates)[1:]
        per = "|".join(re.escape(w) for w in extra.per) or "(?!)"
        # "par la Russie" is "by Russia": no rate per a determiner or any other stop word
        stop_words = "|".join(re.escape(w) for w in sorted(stop, key=len, reverse=True))
        rate = re.compile(
            rf"\s*(?P<rate>{times}|(?:{per})\s+(?!(?:{stop_words})(?!\w))(?P<noun>[^\W\d_][\w-]*))"
            r"(?!\w)",
            re.IGNORECASE | re.VERBOSE,
        )
        also = "|".join(re.escape(w) for w in extra.also) or "(?!)"
        nouns = {r.split()[-1] for r in extra.rates if " " in r}
        then = re.compile(
            rf"\s*,?\s*(?:(?:{also})\s+)?(?:(?P<rate>{times})"
            rf"|(?:(?:{per})\s+)?(?P<tu>{_alternatives(dict.fromkeys(nouns, ''))[1:]}))(?!\w)",
            re.IGNORECASE | re.VERBOSE,
        )
    joins = [re.escape(w) if w[-1:] in "'’" else rf"{re.escape(w)}(?=\s)" for w in extra.of]
    of = re.compile(rf"\s+(?:{'|'.join(joins)})", re.IGNORECASE) if joins else None
    date = starts = before = None
    months: Mapping[str, int] = {}
    if extra.months:
        months = {**MONTHS, **extra.months}
        names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
        date = _date_pattern(names, rf"(?:st|nd|rd|th|{extra.day_suffix})?")
        starts = Starts(
            lower=DATE_STARTS.lower
            | {m.rstrip(".").lower() for m in extra.months}
            | frozenset(FOREIGN_PARTS),
            digit=True,
        )
        words_before = "|".join(
            r"\s+".join(re.escape(p) for p in w.split()) for w in extra.month_before
        )
        # "d'avril", "mi-mars": no blank after an elision or a hyphen
        before = re.compile(rf"(?<!\w)(?:{words_before})(?:[\s-]+|(?<=['’]))\Z", re.IGNORECASE)
    to = "|".join(re.escape(w) for w in extra.to)
    range_to = re.compile(rf"\s+(?:{to})\s+", re.IGNORECASE) if to else None
    rate_of = None
    if extra.rate_adjectives:
        blank = r"\s+"
        join_words = "|".join(
            re.escape(j) if j[-1] in "'’" else blank.join(map(re.escape, j.split())) + blank
            for j in extra.rate_join
        )
        rate_of = re.compile(
            rf"(?<![\w-])(?P<rate>{_alternatives(extra.rate_adjectives)[1:]})\s+"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?:{join_words})\Z",
            re.IGNORECASE | re.VERBOSE,
        )
    adverbs = {w: u for w, u in extra.rates.items() if " " not in w}
    also = "|".join(re.escape(w) for w in extra.also) or "(?!)"
    rate_before = (
        re.compile(
            rf"(?<![\w-])(?P<rate>{_alternatives(adverbs)[1:]})\s+"
            rf"(?:(?!(?:{also}|and|or|oder|ou)\s)[^\W\d_][\w-]*\s+)?\Z",
            re.IGNORECASE | re.VERBOSE,
        )
        if adverbs
        else None
    )
    range_and = range_between = None
    if extra.between is not None:
        range_and = re.compile(rf"\s+{re.escape(extra.between[1])}\s+", re.IGNORECASE)
        range_between = re.compile(
            rf"(?<!\w)(?P<q>{re.escape(extra.between[0])})\s+\Z", re.IGNORECASE
        )
    return Language(
        pattern,
        {**UNIT_WORDS, **{" ".join(w.lower().split()): u for w, u in units.items()}},
        {**CURRENCY_WORDS, **{" ".join(w.lower().split()): c for w, c in currencies.items()}},
        stop,
        rate,
        {" ".join(w.lower().split()): u for w, u in extra.rates.items()}
        | {w.split()[-1].lower(): u for w, u in extra.rates.items()},
        then,
        of,
        date,
        starts,
        months,
        frozenset(m.rstrip(".").lower() for m in extra.months),
        before,
        range_to,
        range_and,
        range_between,
        rate_before,
        rate_of,
        dict(extra.rate_adjectives),
        _joins(extra.share_of),
        _change_from(extra.changes, extra.change_from),
    )


def _change_from(verbs: tuple[str, ...], joins: tuple[str, ...]) -> re.Pattern[str] | None:
    """A verb of ``verbs`` (or one with its ending) and a word of ``joins`` at the end."""
    if not verbs:
        return None
    verb = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    join = "|".join(re.escape(j) for j in joins)
    return re.compile(rf"(?<!\w)(?:{verb})(?:es|e|s)?\s+(?:{join})\s*\Z", re.IGNORECASE)


def _joins(written: Sequence[str]) -> re.Pattern[str] | None:
    """The joining words ``written`` after blanks, and the blanks after each (none after an
    elision: "d'obus"), or None when there are none."""
    if not written:
        return None
    joins = "|".join(
        r"\s+".join(map(re.escape, w.split())) + ("" if w[-1] in "'’" else r"\s+")
        for w in sorted(written, key=len, reverse=True)
    )
    return re.compile(rf"\s+(?:{joins})", re.IGNORECASE)


_ENGLISH = Language(UNIT, UNIT_WORDS, CURRENCY_WORDS, frozenset())

# -- spans that are not quantities ----------------------------------------------------

BLOCKED: Sequence[re.Pattern[str]] = (
    # treaty articles, resolutions, sections, page numbers: an identifier, not an amount
    re.compile(
        r"\b(?:articles?|art\.|sections?|clauses?|paragraphs?|resolutions?|chapters?|annex(?:es)?"
        r"|protocols?|tables?|figures?|fig\.|no\.|nos\.|vol\.|volume|pages?|pp?\.|amendments?"
        r"|decrees?|regulations?|directives?|routes?|highways?|flights?|channels?|résolutions?"
        r"|paragraphes?|chapitres?|annexes?)"
        r"\s+(?:no\.\s*)?\d[\w.]*(?:\s*(?:,|and|or|-|–)\s*\d[\w.]*)*",
        re.IGNORECASE,
    ),
    # model names and designations: M-1989, KN-23, Su-27, T-90M, B52 (not mid-2024, USD2)
    re.compile(
        r"(?<![\w-])(?!(?i:usd|eur|gbp|rub|krw|kpw|uah|mid|pre|post|early|late|over|under|non"
        r"|anti|circa|ca)-?\d)[A-Za-z]+-?\d[\w]*(?:-\w+)*"
    ),
    # times of day
    re.compile(
        r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)",
        re.IGNORECASE,
    ),
    # phone numbers, national ones with a leading zero too: "020 7946 0321", "0161-496-0000"
    re.compile(
        r"(?<!\w)\+\d{1,3}(?:[\s.-]?\(?\d+\)?){2,}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
        r"|0(?<![\w.,]0)\d{1,4}(?:[ .-]\d{3,4}){1,2}\b"
    ),
    # a numbered list item: "1. North Korea has ...", "2) Russia ..."
    re.compile(r"\A\s*\(?\d{1,2}[.)](?=\s|\Z)"),
    # decades and ranges of decades: the 1990s, 1970s-1980s, the '90s
    re.compile(r"(?:\b\d{2}|['’])?\d0['’]?s\b(?:\s*[-–]\s*(?:\d{2})?\d0['’]?s\b)?"),
    # addresses on the web, and code: alert(1)
    re.compile(r"https?://\S+|www\.\S+|\b[A-Za-z_]\w*\(\d[\d,]*\)"),
    # a calibre before what it describes: "152-mm guns", "122-millimeter shells", "6-inch
    # shells", "152 mm artillery", "170 mm M1989 guns" (not "30 mm of rain", "a gap 5 mm
    # wide")
    re.compile(
        r"(?<![\w.,-])\d{1,3}(?:\.\d+)?(?:-(?:mm|millimet(?:re|er)|cm|inch)(?![\w-])"
        r"|\s?(?:mm|millimet(?:re|er)s?|inch)(?=\s+(?!(?:of|in|on|at|to|for|from|by|and|or|long"
        r"|wide|thick|deep|high|tall|away|apart|per|each|a|an|the|than|across|below|above|over"
        r"|under|off|with|into|more|less|is|are|was|were)\b)(?:[a-z]|[A-Z][\w-]*\d)))"
    ),
    # calibres in German and French, and lists of them: "170-mm-Selbstfahrlafetten", "obus de
    # 122 et 152 mm", "(122 mm und 152 mm)", "Kaliber 152 mm"; not a length ("5 mm dick")
    re.compile(
        r"(?<![\w.,-])\d{2,3}(?:[.,]\d)?(?:\s*(?:,|et|und|ou|oder|/)\s*\d{2,3}(?:[.,]\d)?)*"
        r"(?:-mm-(?=[A-ZÄÖÜ])|\s?(?:mm|millimètres|Millimetern|Millimeter)(?![\w-])(?=\s*(?:[),;.]|\Z"
        r"|\s+(?:à|au|aux|et|und|oder|ou|an|nach|vers|pour|für|sowie|ont|sont|wurden|sind)\b)))"
    ),
)
# What each pattern of BLOCKED needs before it can match, tested first because it is cheap:
# lower-case words one of which must be in the sentence, strings one of which must be in it,
# or a pattern that must be found in it (None: always run the pattern). Word tests are only
# exact when the sentence holds no FOLDS character (see lower_words).
BLOCKED_NEEDS: Sequence[tuple[frozenset[str], tuple[str, ...], re.Pattern[str] | None] | None] = (
    (
        words(
            """
            article articles art section sections clause clauses paragraph paragraphs
            resolution resolutions chapter chapters annex annexes protocol protocols table
            tables figure figures fig no nos vol volume page pages p pp amendment amendments
            decree decrees regulation regulations directive directives route routes highway
            highways flight flights channel channels paragraphes chapitres
            solution solutions
            """
        ),
        (),
        None,
    ),
    # "[A-Za-z]-?\d" and "(?<![\w.,])0\d|\d{3}[-.]\d", written from a digit on: searched
    # far faster, as the engine skips to the next digit (each is found where the other is)
    (frozenset(), (), re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d))")),
    (words("am pm m"), (":",), None),
    (frozenset(), ("+", "("), re.compile(r"\d(?:(?<![\w.,]0)(?<=0)\d|\d\d[-.]\d)")),
    None,
    (frozenset(), ("0s", "0'", "0’"), None),
    (frozenset(), ("://", "www."), re.compile(r"\(\d")),
    (frozenset(), ("mm", "millimet", "inch", "-cm"), None),
    (frozenset(), ("mm", "millimèt", "millimet", "Millimet"), None),
)
# The characters other than ASCII letters that a case-insensitive pattern matches to one
# ("ſ" to "s", the Kelvin sign to "k", "ı" and "İ" to "i"): a sentence holding one has its
# case-insensitive words tested by the patterns themselves, never by lower_words.
FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")

# "the number of soldiers sent at about 12,000": what a bare number counts.
NUMBER_OF = re.compile(
    r"\b(?:(?:number|total|tally|count|figure)\s+of\s+|nombre\s+(?:de\s+|d['’])|(?:An)?[Zz]ahl\s+der\s+)",
    re.IGNORECASE,
)

TEMPORAL_PREP = re.compile(
    r"\b(?:in|since|by|from|until|till|through|throughout|during|of|early|late|mid-?|before"
    r"|after|between|and|to|or|spring|summer|autumn|fall|winter|start\s+of|end\s+of"
    r"|beginning\s+of|as\s+of|en|depuis|dès|jusqu['’]en|avant|après|im|seit|vor|nach|ab|bis"
    r"|zwischen|Jahr|Jahres)[\s-]*\Z",
    re.IGNORECASE,
)
# the last word of each alternative of TEMPORAL_PREP (see ends_with_word)
TEMPORAL_PREP_LAST = words(
    "in since by from until till through throughout during of early late mid before after"
    " between and to or spring summer autumn fall winter en depuis dès avant après im seit vor"
    " nach ab bis zwischen jahr jahres"
)

# -- dates ---------------------------------------------------------------------------

_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_REL_YEAR = (  # "this year", "of last year", "de cette année", "des vergangenen Jahres"
    r"(?:(?:of\s+)?(?:this|last|next)\s+year|de\s+cette\s+année"
    r"|de\s+l['’](?:année\s+(?:dernière|prochaine)|an\s+(?:dernier|prochain))"
    r"|(?:dieses|des\s+(?:vergangenen|letzten|kommenden|nächsten)|vergangenen|letzten"
    r"|nächsten|kommenden)\s+Jahres)"
)


# "in der ersten Jahreshälfte 2025", "au premier semestre de cette année": the part of a
# year in German and French, each word as the English one
FOREIGN_PARTS = {
    "ersten": "first", "zweiten": "second", "dritten": "third", "vierten": "fourth",
    "letzten": "last", "premier": "first", "second": "second", "deuxième": "second",
    "troisième": "third", "quatrième": "fourth", "dernier": "last",
}  # fmt: skip
FOREIGN_PART_KINDS = {
    "jahreshälfte": "half", "halbjahr": "half", "halbjahres": "half", "halbjahrs": "half",
    "quartal": "quarter", "quartals": "quarter", "semestre": "half", "trimestre": "quarter",
}  # fmt: skip
_FOREIGN_PART = "|".join(FOREIGN_PARTS)
_FOREIGN_PART_KIND = "|".join(FOREIGN_PART_KINDS)


def _date_pattern(month: str, suffix: str) -> re.Pattern[str]:
    """DATE with the month names ``month`` (alternatives) and what may follow a day written
    before its month (``suffix``: "7th March", "7. März", "1er mars")."""
    return re.compile(
        rf"""
    (?P<iso>\b{_YEAR}-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)
    |\b(?P<part>(?i:first|second|third|fourth|last))\s+(?P<pk>(?i:half|quarter))\s+of\s+
        (?:(?P<py>{_YEAR})|(?P<pr>(?:this|last|next)\s+year))
    |(?<!\w)(?P<fpart>(?i:{_FOREIGN_PART}))\s+(?P<fpk>(?i:{_FOREIGN_PART_KIND}))\s+
        (?:(?i:des\s+Jahres|de\s+l['’]année|de|d['’])\s*)?(?:(?P<fpy>{_YEAR})|(?P<fpr>{_REL_YEAR}))
    |\b(?P<fm>(?i:first|last))\s+(?P<nm>[2-9]|1[01]|two|three|four|five|six|seven|eight|nine
        |ten|eleven)\s+months\s+of\s+(?:(?P<my>{_YEAR})|(?P<mr>(?:this|last|next)\s+year)
        |(?P<mt>the\s+year))(?!\s+(?:before|after|of|to)\b)
    |\b(?P<m1>{month})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]|[.,]\d)
        (?:\s*[-–]\s*(?P<e1>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?
        (?:,?\s+(?P<y1>{_YEAR})|\s+(?P<r1>{_REL_YEAR}))?
    |\b(?P<d2>[0-3]?\d)(?:{suffix}\s*(?:[-–]|(?:au|bis|to)\s)\s*(?P<e2>[0-3]?\d))?{suffix}\s+(?:of\s+)?
        (?P<m2>{month})(?!\w)(?:,?\s+(?P<y2>{_YEAR}))?
    |\b(?P<m3>{month})(?!\w)(?:,?\s+(?P<y3>{_YEAR})|\s+(?P<r3>{_REL_YEAR}))?
    """,
        re.VERBOSE,
    )


DATE = _date_pattern(_MONTH, "(?:st|nd|rd|th)?")
# every DATE begins a word: a year or a day in digits, an ordinal ("first half") or a month
DATE_STARTS = Starts(
    lower=words("first second third fourth last") | {m.rstrip(".").lower() for m in MONTHS},
    digit=True,
)
# The event a date is about: "the first such voyage", "the latest shipment".
DATE_COUNTS = re.compile(
    r"\b(?P<ord>first|last|latest|final|initial|earliest|most\s+recent|previous|next)\s+"
    r"(?:(?:such|documented|recorded|known|reported|confirmed|registered|observed|major)\s+)?"
    r"(?P<noun>[a-z]+)",
    re.IGNORECASE,
)

# -- rates and periods ---------------------------------------------------------------

RATE_ADJACENT = re.compile(
    # "twice-monthly" too
    r"(?:\s*|-(?=[a-z]+ly\b))(?P<rate>annually|yearly|daily|monthly|weekly|hourly|per\s+annum"
    r"|(?:a|an|per|each|every)\s+(?P<tu>day|week|month|year|hour)"
    r"|per\s+(?P<noun>[a-z][\w-]*)|apiece|a\s+head)\b",
    re.IGNORECASE,
)
RATE_LATER = re.compile(
    r"(?P<gap>(?:\s+[A-Za-z][\w'’-]*){1,3}?)\s+(?P<rate>annually|yearly|daily|monthly|weekly"
    r"|per\s+annum|(?:a|per|each|every)\s+(?P<tu>day|week|month|year))\b"
)
# the adjectives of a rate named before its figure, each a key of TIME_RATES
RATE_ADJECTIVES = ("annual", "yearly", "daily", "monthly", "weekly")
_RATE_ADJ = "|".join(RATE_ADJECTIVES)
# "an annual cap of", "annual gross domestic product (GDP) of", "an annual limit on the
# supply of petroleum products at the level of"
RATE_BEFORE = re.compile(
    rf"\b(?P<rate>{_RATE_ADJ})\s+(?:(?:[a-z]+\s+){{0,3}}(?:\([A-Z]+\)\s+)?"
    r"|(?:cap|limit|quota|ceiling)s?\s[^.;:]{0,60}?\s)of\s+\Z",
    re.IGNORECASE,
)
# the rate adjective right before the figure: "the annual 500,000-barrel limit"
RATE_ADJECTIVE = re.compile(rf"\b(?P<rate>{_RATE_ADJ})\s+\Z", re.I)
# "the monthly GNI per capita, which was approximately 135,000 won": a rate named before the
# figure, with a relative clause that says what it was
RATE_WHICH = re.compile(
    rf"\b(?P<rate>{_RATE_ADJ})\s+(?:"
    r"(?:[\w-]+\s+){0,6}?[\w-]+,?\s+(?:which|that)\s+"
    # "the average monthly wage for ordinary workers is less than $1": pay as the subject
    r"|(?:[\w-]+\s+){0,2}?(?:wages?|salar(?:y|ies)|pay|income|earnings|allowance|stipend"
    r"|budget|revenue|output|production|exports|imports)\b(?:\s+[\w'’-]+){0,8}?\s+)"
    r"(?:was|is|were|are|stood\s+at|amounted\s+to|came\s+to)\s+\Z",
    re.IGNORECASE,
)

_NUMWORD = rf"(?:{_SMALL}|{_TENS}|\d+|a\s+few|several)"
_DATEEXPR = (
    # "last November", "June last year" too
    rf"(?:(?:early|late|mid-?)\s*)?(?:(?:(?i:last|this|next)\s+)?(?:{_MONTH})(?!\w)"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+{_YEAR}|\s+(?:of\s+)?(?i:last|this|next)\s+year)?"
    rf"|\d{{1,2}}\s+(?:{_MONTH})(?!\w)(?:\s+{_YEAR})?|{_YEAR}"
    r"|the\s+(?:start|beginning|outbreak|end)\s+of\s+(?:the\s+)?(?:war|invasion|conflict|year)"
    rf"|the\s+(?:start|beginning|middle|end)\s+of\s+(?:{_MONTH})(?!\w)(?:,?\s+{_YEAR})?"
    rf"|the\s+(?i:first|second|third|fourth|last)\s+(?i:half|quarter)\s+of\s+"
    rf"(?:{_YEAR}|(?i:this|last|next)\s+year))"
)
PERIOD_HIGH = re.compile(
    rf"""
    \b(?i:since|from|starting|beginning)\s+(?:the\s+(?:(?:start|beginning|end)\s+of\s+)?)?{_DATEEXPR}
        (?:\s+(?i:to|until|till|through)\s+{_DATEEXPR})?
    |\b(?i:between)\s+{_DATEEXPR}\s+and\s+{_DATEEXPR}
    |\b(?i:over|in|during|for|within|throughout)\s+the\s+(?i:past|last|previous|next|first|coming)
        \s+(?:(?i:{_NUMWORD})\s+)?(?i:days?|weeks?|months?|years?|decades?)
        (?:\s+of\s+(?:{_YEAR}|(?i:this|last|next)\s+year|the\s+(?i:year|war)|{_DATEEXPR}))?
    |\b(?i:over|in|during|for)\s+the\s+(?i:{_NUMWORD})\s+(?i:days|weeks|months|years)
        \s+(?i:to|through|until|ending|ended)\s+{_DATEEXPR}
    |\b(?i:over|during|for|within|throughout)\s+(?:(?i:a\s+period\s+of|just|only)\s+)?(?i:{_NUMWORD}|a)
        \s+(?i:days?|weeks?|months?|years?|decades?)\b
    """,
    re.VERBOSE,
)
PERIOD_LOW = re.compile(
    rf"""
    \b(?i:as\s+of|as\s+at)\s+(?:(?i:the\s+(?:end|start|beginning)\s+of)\s+)?{_DATEEXPR}
    |\b(?i:in|during|throughout|by)\s+{_DATEEXPR}(?:\s+(?:and|or)\s+{_DATEEXPR})?
    |\b(?i:for|in|during|over|throughout)\s+(?i:the\s+(?:whole|entirety|rest|remainder)\s+of|all\s+of|all)
        \s+{_DATEEXPR}
    |\b(?i:so\s+far\s+)?(?i:this|last)\s+(?i:year|month|week)(?:['’ʼ]s\b)?(?![\w'’ʼ])
    """,
    re.VERBOSE,
)
# the words each alternative of PERIOD_HIGH and PERIOD_LOW begins with
PERIOD_HIGH_STARTS = Starts(
    lower=words("since from starting beginning between over in during for within throughout")
)
PERIOD_LOW_STARTS = Starts(lower=words("as in during throughout by so this last for over"))

# -- counted nouns -------------------------------------------------------------------

# a word of a noun phrase, a model's name too ("North Korea-made KN-23 missiles")
NP_TOKEN = re.compile(
    r"\s*(?:(?P<word>[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*(?:(?:(?<=[A-Z])|(?<=[A-Z][a-z]))-\d+[A-Za-z]?(?![\w-]))?)"
    r"|(?P<other>\S))"
)
OF_DETERMINER = re.compile(
    r"\s+of\s+(?:its|their|his|her|the|these|those|our|them|whom|which|all)\b", re.IGNORECASE
)

_NEVER = re.compile(r"(?!)")

_ARTICLES = frozenset({"a", "an", "the"})


def last_word(text: str, end: int) -> tuple[str, int] | None:
    """The run of word characters that ends where the whitespace before ``text[end]`` starts,
    and where it starts; ``None`` when no whitespace stands right before ``end``."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == end:
        return None
    i = j
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:j].lower(), i


def after_word(text: str, end: int, last: frozenset[str]) -> bool:
    """May a pattern that ends with one of the words ``last`` and blanks match just before
    ``text[end]``? False only when the word before those blanks (in lower case) is none of
    them, a cheap test to run before the pattern."""
    if has_folds(text):
        return True
    found = last_word(text, end)
    return found is not None and found[0] in last


@dataclass(frozen=True, slots=True)
class HedgeTable:
    """The hedge table of the rules, ready to read: its pattern and each phrase's hedge."""

    pattern: re.Pattern[str]
    by_phrase: Mapping[str, Hedge]
    # the word that ends each phrase, for a cheap test before the pattern (None: no test)
    last_words: frozenset[str] | None
    # the phrases (as the pattern is built from them), each with the word that ends it
    endings: tuple[tuple[str, str], ...] = ()
    # the pattern of the phrases that end with one of a few words, built on first use
    narrowed: dict[frozenset[str], re.Pattern[str]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    # the phrases written after the number ("10,000 or more", "3,000-plus"), as one pattern
    after: re.Pattern[str] | None = None

    def following(self, text: str, end: int) -> tuple[re.Match[str], Hedge] | None:
        """The hedge phrase right after ``text[:end]`` ("5 or more"), and its hedge."""
        if self.after is None or (m := self.after.match(text, end)) is None:
            return None
        return m, self.by_phrase[" ".join(m.group("hedge").lower().split())]

    def before(self, text: str, end: int) -> tuple[re.Match[str], Hedge | None] | None:
        """The hedge phrase right before ``text[end]`` ("more than 5"), and its hedge."""
        lo = max(0, end - _WINDOW)  # the pattern is searched in this window only
        pattern = self.pattern
        if self.last_words is not None and not has_folds(text):
            # the phrase's last word (with any signs after it: "ca."), maybe followed by "a",
            # "an" or "the", must end the text before ``end``: without it the pattern cannot
            # match (a far cheaper test), and only the phrases that end with it are tried
            last = _last_token(text, end)
            if last is None or last[1] < lo:
                return None
            ending = {last[0]} if last[0] in self.last_words else set()
            if last[0] in _ARTICLES:
                prev = _last_token(text, last[1])
                if prev is not None and prev[1] >= lo and prev[0] in self.last_words:
                    ending.add(prev[0])
            if not ending:
                return None
            pattern = self._narrowed(frozenset(ending))
        m = ends_with(pattern, text, end)
        if m is None:
            return None
        return m, self.by_phrase.get(" ".join(m.group("hedge").lower().split()))

    def _narrowed(self, ending: frozenset[str]) -> re.Pattern[str]:
        """The pattern of the phrases that end with a word of ``ending``, in the same order:
        where the whole pattern matches with such a phrase, this one matches the same."""
        pattern = self.narrowed.get(ending)
        if pattern is None:
            phrases = tuple(p for p, word in self.endings if word in ending)
            pattern = _hedge_regex_uncached(phrases) if phrases else _NEVER
            if len(self.narrowed) > 256:
                self.narrowed.clear()
            self.narrowed[ending] = pattern
        return pattern


def _last_token(text: str, end: int) -> tuple[str, int] | None:
    """The word that ends where the whitespace before ``text[end]`` starts, with the signs
    after it ("ca." in "ca. 5"), in lower case, and where it starts; ``None`` when neither
    whitespace nor an elision ("d'" in "plus d'un") stands right before ``end``."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == end and not (end > 0 and text[end - 1] in "'’"):
        return None
    k = j
    while k > 0 and not (text[k - 1].isalnum() or text[k - 1] == "_" or text[k - 1].isspace()):
        k -= 1
    i = k
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:j].lower(), i


@lru_cache(maxsize=8)
def hedge_table(hedges: tuple[Hedge, ...]) -> HedgeTable:
    """The :class:`HedgeTable` of ``hedges`` (built once per table)."""
    by_phrase = {" ".join(h.phrase.lower().split()): h for h in hedges}
    later = sorted((h.phrase for h in hedges if h.after), key=len, reverse=True)
    after = None
    if later:
        alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in later)
        # "3,000-plus" joins its number; "10,000 or more" has a blank before it
        after = re.compile(rf"(?:(?=[-+])|\s+)(?P<hedge>{alts})(?![\w-])", re.IGNORECASE)
    hedges = tuple(h for h in hedges if not h.after)
    ends = [_WORD_END.search(h.phrase) for h in hedges if h.phrase]
    # a phrase ending in letters that lower case may not compare as the pattern does (beyond
    # ASCII and Latin-1: "über", "à" are fine) turns the test off
    usable = all(m is not None and _SAFE_END.fullmatch(m.group()) for m in ends)
    last_words = frozenset(m.group() for m in ends if m) if usable else None
    endings: list[tuple[str, str]] = []
    for phrase in _hedge_phrases(hedges) if usable else ():
        end = _WORD_END.search(" ".join(phrase.lower().split()))
        assert end is not None  # usable: every phrase ends with a word
        endings.append((phrase, end.group()))
    return HedgeTable(hedge_pattern(hedges), by_phrase, last_words, tuple(endings), after=after)


# a phrase's last word and the signs after it ("than", "ca.", "à" in "jusqu'à")
_WORD_END = re.compile(r"\w+[^\w\s]*\Z")
_SAFE_END = re.compile(r"[a-z0-9_\u00df-\u00f6\u00f8-\u00ff]+[.'’]*")
