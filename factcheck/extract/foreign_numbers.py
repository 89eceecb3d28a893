"""Numbers written in words in a German or French article.

German writes a number below a million as one word ("dreihundertfünfzig", "zweitausend");
French joins its words with blanks and hyphens ("trois cents", "vingt-trois", "quatre-vingt-
dix"). Both put a magnitude after them ("zwei Millionen", "deux millions"), and both say "at
least so many" with plurals ("Tausende", "des milliers de") and "several" ("mehrere tausend",
"plusieurs centaines"). They are read into the same :class:`~factcheck.extract.numbers.Number`
as English words are, with the same widths: "Tausende" as "thousands", "mehrere tausend" as
"several thousand", "zwei Millionen" as "two million".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import NamedTuple

from factcheck.extract.patterns import DE_LENGTH_ADJECTIVES

__all__ = ["may_hold", "word_numbers"]

# -- German ------------------------------------------------------------------------------------

_DE_PARTS: Mapping[str, int] = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sech": 6,
    "sieben": 7, "sieb": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000, "und": 0,
}  # fmt: skip
_DE_PART = "|".join(sorted(_DE_PARTS, key=len, reverse=True))
_DE_SPLIT = re.compile(_DE_PART)
_DE_SCALES = {
    "million": 10**6, "millionen": 10**6, "mio": 10**6, "milliarde": 10**9, "milliarden": 10**9,
    "mrd": 10**9,
}  # fmt: skip
_DE_SCALE = r"(?:Millionen|Million|Milliarden|Milliarde|Mio\.|Mrd\.)(?![\w-])"
_DE_PLURALS = {
    "dutzende": 24, "hunderte": 200, "tausende": 2000, "zehntausende": 20_000,
    "hunderttausende": 200_000, "millionen": 2 * 10**6, "milliarden": 2 * 10**9,
}  # fmt: skip
_DE_SEVERAL = {"dutzend": 12, "hundert": 100, "tausend": 1000, "millionen": 10**6}
_DE = re.compile(
    rf"""(?<![\w-])(?:
        (?:eine[nm]?|ein)\s+(?P<about>Dutzend)
      | (?P<several>mehrere)\s+(?P<of>Dutzend|hundert|tausend|Hundert|Tausend|Millionen)
      | (?P<plural>Dutzende|Hunderttausende|Zehntausende|Hunderte|Tausende|Millionen
          |Milliarden)(?:\s+von)?
      | (?P<word>(?:{_DE_PART})+)(?:\s+(?P<scale>{_DE_SCALE}))?
      | (?P<article>eine[rnm]?|ein)\s+(?P<ascale>{_DE_SCALE})
    )(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
_DE_MAY = re.compile(
    r"zwei|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf|zwölf|zig|ßig|hundert|tausend|dutzend|doppel"
    r"|million|milliard|hälfte|drittel|viertel|anderthalb",
    re.IGNORECASE,
)


# a number in a compound of length: "zweieinhalbstündigen", "dreiminütige", "anderthalbjährig"
# (the unit is read after it, see patterns.DE_LENGTH_ADJECTIVES)
_DE_LENGTH = re.compile(
    rf"(?<![\w-])(?:(?P<word>(?:{_DE_PART})+?)(?P<half>einhalb)?|(?P<oneandhalf>anderthalb))"
    rf"(?=(?:{'|'.join(DE_LENGTH_ADJECTIVES)})(?:e[nrms]?)?(?![\w-]))",
    re.IGNORECASE,
)


def _german_lengths(text: str) -> list[tuple[int, int, Read]]:
    result: list[tuple[int, int, Read]] = []
    for m in _DE_LENGTH.finditer(text):
        if m.group("oneandhalf"):
            value = Decimal("1.5")
        elif (whole := _german(m.group("word"))) is not None:
            value = whole + (Decimal("0.5") if m.group("half") else Decimal(0))
        else:
            continue
        result.append((m.start(), m.end(), (value, Decimal(0), "number", Decimal(1))))
    return result


def _german(word: str) -> int | None:
    """The value of a German number word ("dreihundertfünfzig"), or ``None``."""
    parts = _DE_SPLIT.findall(word.lower())
    if "".join(parts) != word.lower() or parts in (["ein"], ["eins"], ["und"]):
        return None
    if parts[0] == "und" or parts[-1] == "und":
        return None
    total = current = 0
    for p in parts:
        value = _DE_PARTS[p]
        if value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total, current = total + (current or 1) * 1000, 0
        else:
            current += value
    return total + current


# -- French ------------------------------------------------------------------------------------

_FR_WORDS: Mapping[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}  # fmt: skip
_FR_WORD = "|".join(sorted(_FR_WORDS, key=len, reverse=True))
_FR_SCALES = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9}
_FR_PLURALS = {
    "dizaines": 20, "centaines": 200, "milliers": 2000, "millions": 2 * 10**6,
    "milliards": 2 * 10**9,
}  # fmt: skip
_FR_SEVERAL = {"dizaines": 10, "centaines": 100, "milliers": 1000, "millions": 10**6}
# what joins a plural to its noun: "de", "d'", "des" (the elided "d'" ends the match)
_FR_OF = r"(?:\s+(?:de|des)(?=\s)|\s+d['’])"
# "une soixantaine de missiles": about sixty ("une douzaine", like "a dozen", is twelve)
_FR_ABOUT = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}  # fmt: skip
_FR = re.compile(
    rf"""(?<![\w-])(?:
        (?:une|la|un|le)\s+(?P<about>{"|".join(_FR_ABOUT)}){_FR_OF}
      |
        (?P<several>plusieurs)\s+(?P<of>dizaines|centaines|milliers|millions)
          (?:{_FR_OF}|(?![\w-]))
      | (?:des\s+)?(?P<plural>dizaines|centaines|milliers|millions|milliards)
          (?:\s+de\s+(?P<plural2>milliers|millions))?{_FR_OF}
      | (?<!pour\s)(?P<word>(?:{_FR_WORD})
          (?:(?:\s+et(?=\s+(?:un|une|onze)\b))?(?:\s+|-)(?:{_FR_WORD})(?!\w))*)
          (?:\s+(?P<scale>millions|million|milliards|milliard))?(?![\w-])
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_FR_MAY = re.compile(
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt|trente|quarante|cinquante|soixante|cent|mille|million|milliard|dizaines|centaines"
    r"|milliers|moitié|tiers|quart|aine|millier|doubl|tripl|quadrupl|décupl",
    re.IGNORECASE,
)


def _french(words: str) -> int | None:
    """The value of French number words ("trois cents", "quatre-vingt-dix"), or ``None``."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t != "et"]
    if tokens in (["un"], ["une"]):
        return None  # an article
    total = current = 0
    previous = 0
    for t in tokens:
        value = _FR_WORDS[t]
        if value == 20 and previous == 4:  # "quatre-vingt(s)": four twenties
            current += 80 - 4
        elif value == 100:
            current = (current or 1) * 100
        elif value == 1000:
            total, current = total + (current or 1) * 1000, 0
        else:
            current += value
        previous = value
    return total + current


# -- shares: "die Hälfte", "zwei Drittel", "la moitié", "un tiers" --------------------------------

_SHARE_NUM = {"die": 1, "eine": 1, "ein": 1, "zwei": 2, "drei": 3, "la": 1, "une": 1, "un": 1,
              "deux": 2, "trois": 3}  # fmt: skip
_SHARE_OF = {"hälfte": 2, "drittel": 3, "viertel": 4, "moitié": 2, "tiers": 3, "quart": 4,
             "quarts": 4}  # fmt: skip
_SHARES = {
    "de": re.compile(r"(?<![\w-])(?P<num>die|eine|ein|zwei|drei)\s+(?P<of>Hälfte|Drittel|Viertel)"
                     r"(?![\w-])", re.IGNORECASE),
    "fr": re.compile(r"(?<![\w-])(?P<num>la|une|un|deux|trois)\s+(?P<of>moitié|tiers|quarts?)"
                     r"(?![\w-])", re.IGNORECASE),
}  # fmt: skip


def _shares(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, Read]]:
    """A share in words: "die Hälfte" is 0.5, "deux tiers" two thirds."""
    result = []
    for m in pattern.finditer(text):
        num, of = _SHARE_NUM[m.group("num").lower()], _SHARE_OF[m.group("of").lower()]
        if num < of:
            value = Decimal(num) / Decimal(of)
            result.append((m.start(), m.end(), (value, Decimal(0), "share", Decimal(1))))
    return result


# -- multipliers: "verdoppelt", "vervierfacht", "a doublé", "quadruplé" ----------------------------

_TIMES = {
    "de": re.compile(
        r"(?<![\w-])(?P<w>verdoppel\w*|verdreifach\w*|vervierfach\w*|verfünffach\w*"
        r"|verzehnfach\w*|(?:zwei|drei|vier|fünf|sechs|zehn)fach(?:e[nrms]?)?)(?![\w-])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<![\w-])(?P<w>doubl[ée]e?s?|tripl[ée]e?s?|quadrupl[ée]e?s?|décupl[ée]e?s?)(?![\w-])",
        re.IGNORECASE,
    ),
}
_TIMES_VALUE = {
    "verdoppel": 2, "verdreifach": 3, "vervierfach": 4, "verfünffach": 5, "verzehnfach": 10,
    "zweifach": 2, "dreifach": 3, "vierfach": 4, "fünffach": 5, "sechsfach": 6, "zehnfach": 10,
    "doubl": 2, "tripl": 3, "quadrupl": 4, "décupl": 10,
}  # fmt: skip


def _multipliers(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, Read]]:
    """A verb or adjective that multiplies: "vervierfacht" is four times, "doublé" twice."""
    result = []
    for m in pattern.finditer(text):
        word = m.group("w").lower()
        value = next((v for stem, v in _TIMES_VALUE.items() if word.startswith(stem)), None)
        if value is not None:
            result.append((m.start(), m.end(), (Decimal(value), Decimal(0), "times", Decimal(1))))
    return result


# -- reading -----------------------------------------------------------------------------------

# (value, half width, kind, scale) as numbers.Number takes them
Read = tuple[Decimal, Decimal, str, Decimal]


class _Words(NamedTuple):
    """A language's number words: the pattern of a number, a cheap first test, the value of a
    word or words, magnitudes, the least plurals and "several" mean, and the pattern of a
    share."""

    pattern: re.Pattern[str]
    may: re.Pattern[str]
    value_of: Callable[[str], int | None]
    scales: Mapping[str, int]
    plurals: Mapping[str, int]
    several: Mapping[str, int]
    shares: re.Pattern[str]


# a number said as a round noun: its value, and how far it may be off
_ABOUT = {"dutzend": (12, 0)} | {w: (n, 0 if n == 12 else n // 10) for w, n in _FR_ABOUT.items()}


def _read(m: re.Match[str], words: _Words) -> Read | None:
    if about := m.groupdict().get("about"):
        said, off = _ABOUT[about.lower()]
        return Decimal(said), Decimal(off), "number", Decimal(1)
    if m.group("several"):
        return Decimal(3 * words.several[m.group("of").lower()]), Decimal(0), "several", Decimal(1)
    if m.group("plural"):
        least = words.plurals[m.group("plural").lower()]
        if (second := m.groupdict().get("plural2")) is not None:
            least = least * words.plurals[second.lower()] // 2  # "dizaines de milliers": 20,000
        return Decimal(least), Decimal(0), "plural", Decimal(1)
    scale_word = m.group("scale") or m.groupdict().get("ascale")
    scale = words.scales.get(scale_word.lower().rstrip("."), 1) if scale_word else 1
    word = m.group("word") or ""
    # "eine Million", "un million": one of the magnitude
    value = 1 if scale > 1 and word.lower() in ("", "un", "une") else words.value_of(word)
    if value is None:
        return None
    if scale > 1:  # "zwei Millionen": as "two million", give or take half a million
        return Decimal(value * scale), Decimal(scale) / 2, "number", Decimal(scale)
    return Decimal(value), Decimal(0), "number", Decimal(1)


_LANGUAGES: Mapping[str, _Words] = {
    "de": _Words(_DE, _DE_MAY, _german, _DE_SCALES, _DE_PLURALS, _DE_SEVERAL, _SHARES["de"]),
    "fr": _Words(_FR, _FR_MAY, _french, _FR_SCALES, _FR_PLURALS, _FR_SEVERAL, _SHARES["fr"]),
}


# "un navire neuf", "des chars neufs": after a noun with its article, "neuf" is "new"
_NEW_AFTER = re.compile(
    r"(?<![\w-])(?i:un|une|le|la|les|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+"
    r"[^\W\d_][\w-]*\s+\Z"
)


def _is_new(text: str, start: int) -> bool:
    """Is the "neuf" at ``start`` the adjective "new", after a noun and its article?"""
    return _NEW_AFTER.search(text, max(0, start - 40), start) is not None


def _base(language: str) -> str:
    return language.strip().lower().replace("_", "-").split("-")[0]


def may_hold(text: str, language: str) -> bool:
    """May ``text`` hold a number in words of ``language``? (A cheap first test.)"""
    found = _LANGUAGES.get(_base(language))
    return found is not None and found.may.search(text) is not None


def word_numbers(text: str, language: str) -> list[tuple[int, int, Read]]:
    """Every number written in words of ``language`` in ``text``: (start, end, reading)."""
    base = _base(language)
    found = _LANGUAGES.get(base)
    if found is None or found.may.search(text) is None:
        return []
    result = _shares(text, found.shares) + _multipliers(text, _TIMES[base])
    if base == "de" and "ig" in text:
        result += _german_lengths(text)
    for m in found.pattern.finditer(text):
        read = _read(m, found)
        if read is None:
            continue
        if base == "fr" and (m.group("word") or "").lower() == "neuf" and _is_new(text, m.start()):
            continue  # "un navire neuf": new, not nine
        result.append((m.start(), m.end(), read))
    if len(result) > 1:
        result.sort(key=lambda r: r[0])
    return result
