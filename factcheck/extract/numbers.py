"""Numbers as written, in digits or in words, and the interval of values each allows.

``"1 million"`` is stated to the nearest million, so it allows 0.5 to 1.5 million;
``"1.5 million"`` allows 1.45 to 1.55 million; ``"one and a half million"`` is stated to
the nearest half million (±0.25 million). Plain digits are exact. A hedge then turns the
number as written into the interval its words allow ("over", "up to", "about").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.core import UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from factcheck.extract import foreign_numbers
from factcheck.extract import patterns as P
from factcheck.extract.patterns import word_list, words
from factcheck.interval import Interval
from factcheck.model import Hedge, HedgeBound

__all__ = [
    "Number",
    "NumberFormat",
    "clean",
    "find_numbers",
    "number_format",
    "parse_words",
    "stated_interval",
]

_SMALL = {
    w: i
    for i, w in enumerate(
        word_list(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen"
            " fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(word_list("twenty thirty forty fifty sixty seventy eighty ninety"))
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
_PLURALS = {
    "dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2000,
    "millions": 2 * 10**6, "billions": 2 * 10**9,
}  # fmt: skip
# the plurals that are a number without "of" ("Hundreds died"); "tens" and "scores" are not
_BARE_PLURALS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})
_SEVERAL = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
# "b" ("$6b"), like "m" and "k", only after a currency or before a noun
_SUFFIXES = {
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9,
}  # fmt: skip
_SUFFIXES |= {"tn": 10**12, "trn": 10**12}
# A vague quantity: its word → the closed interval it allows ("a handful of ships": 3 to 9).
_VAGUE = {"handful": (3, 9)}
_SHARE_NEXT = words("the its their his her all this that these those our russia's")
_TOKEN = re.compile(r"[A-Za-z]+")
_ORDINAL_BEFORE = re.compile(
    r"\b(?:the|first|second|third|fourth|last|final|latter|former|this|next|previous)\s+\Z",
    re.IGNORECASE,
)
_SHARE_BEFORE = re.compile(
    r"\b(?:by|than|about|almost|nearly|roughly|around|only|just|barely|some)\s+\Z", re.IGNORECASE
)
_NUMBER_NEXT = re.compile(r"\s+(?:of\s+)?\d")
_HALF = Decimal("0.5")
# "1.5m people", "20k dollars": a bare m or k is a magnitude when a noun or a currency follows,
# not when a measure does ("5m long", "a 5m wall" are metres).
# the noun after "1.5m", "5k": maybe after adjectives of origin ("1K North Korean Soldiers")
_SUFFIX_NOUN = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}([A-Za-z][a-z'’]*)\b")
_SUFFIX_NOUNS = words("people children men women personnel staff livestock cattle")
_NOT_SUFFIX_NOUNS = words(
    "across towards upwards downwards sideways less plus its this has was is as"
)


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class Number:
    """One number found in a text: where, its value and its written precision."""

    start: int
    end: int
    value: Decimal
    half_width: Decimal  # half a unit of the last stated digit; 0 when exact
    kind: str  # "number", "share" ("half of"), "plural" ("dozens of"), "times" ("twice")
    # "vague" ("a handful of": value ± half_width is the interval it allows) or "several"
    # ("several hundred": value or more)
    scale: Decimal = Decimal(1)  # the magnitude word's value (1000000 for "million")
    currency: str | None = None  # from a symbol or code before the digits
    plain: bool = False  # bare digits: no separator, decimals or magnitude (maybe a year)
    bare_one: bool = False  # the word "one" alone, most often a pronoun


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class NumberFormat:
    """How a language writes digits: its pattern, and the signs to drop or read as a point."""

    digits: re.Pattern[str]
    groups: str  # characters that separate thousands
    decimal: str  # the decimal sign
    foreign: bool  # magnitude words of other languages ("Millionen", "млн") are read too


ENGLISH = NumberFormat(P.DIGITS, "," + P.GROUP_BLANKS, ".", foreign=False)


@lru_cache(maxsize=64)
def number_format(language: str) -> NumberFormat:
    """The way ``language`` ("de", "fr", "pt-BR") writes numbers, from babel's locale data.

    A language whose decimal sign is a comma reads "12.000" as twelve thousand and "1,5" as
    one and a half; English and every language babel does not know keep the English reading.
    """
    locale = language.strip().replace("-", "_")
    if not locale or locale.lower().startswith("en"):
        return ENGLISH
    try:
        decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        return ENGLISH
    if decimal != ",":
        return ENGLISH
    extra = "" if group in f".,{P.GROUP_BLANKS}" else re.escape(group)
    digits = re.compile(P.DECIMAL_COMMA_DIGITS.format(group=extra))
    return NumberFormat(digits, f".{P.GROUP_BLANKS}{P.SWISS_GROUPS}{group}", ",", foreign=True)


def _mantissa(written: str, fmt: NumberFormat) -> Decimal:
    if written.isdigit():  # digits only: no sign to drop or read as a point
        return Decimal(written)
    if fmt.decimal == "." and written.count(".") > 1:
        written = written.replace(".", "")  # "12.000.000": grouped, not a decimal
    kept = "".join(c for c in written if c not in fmt.groups)
    return Decimal(kept.replace(fmt.decimal, ".") if fmt.decimal != "." else kept)


# (value, half width, tokens used, kind, scale)
WordNumber = tuple[Decimal, Decimal, int, str, Decimal]


def clean(d: Decimal) -> Decimal:
    """``1500000.0`` → ``1500000``; ``2.50`` → ``2.5``."""
    if d.is_finite() and d == d.to_integral_value() and d.adjusted() < 28:
        return d.quantize(_ONE)
    return d.normalize()


_ONE = Decimal(1)
_NO_HALF = Decimal(0)  # the half width of a number stated exactly


def _group(w: Sequence[str], i: int) -> tuple[Decimal, int, Decimal] | None:
    """A number below a thousand from ``w[i]``: its value, the next index, its precision."""
    n = len(w)
    if i >= n:
        return None
    if w[i] in ("a", "an"):
        if i + 1 >= n or w[i + 1] not in ("hundred", "dozen", *_SCALES):
            return None
        val, i = Decimal(1), i + 1
    elif w[i] in _TENS:
        val, i = Decimal(_TENS[w[i]]), i + 1
        if i < n and 1 <= _SMALL.get(w[i], 0) <= 9:
            val, i = val + _SMALL[w[i]], i + 1
    elif w[i] in _SMALL:
        val, i = Decimal(_SMALL[w[i]]), i + 1
    else:
        return None
    if i < n and w[i] == "hundred":
        val, i = val * 100, i + 1
        j = i + 1 if i < n and w[i] == "and" else i
        k = j
        if k < n and w[k] in _TENS:
            val, k = val + _TENS[w[k]], k + 1
            if k < n and 1 <= _SMALL.get(w[k], 0) <= 9:
                val, k = val + _SMALL[w[k]], k + 1
        elif k < n and _SMALL.get(w[k], 0) >= 1:
            val, k = val + _SMALL[w[k]], k + 1
        if k > j:
            i = k
    unit = Decimal(1)
    if tuple(w[i : i + 3]) in (("and", "a", "half"), ("and", "a", "quarter")):
        unit = _HALF if w[i + 2] == "half" else Decimal("0.25")
        val, i = val + unit, i + 3
    return val, i, unit


def _cardinal(w: Sequence[str]) -> WordNumber | None:
    total, half, i, end = Decimal(0), Decimal(0), 0, 0
    last_scale, scale = 10**15, Decimal(1)
    while True:
        g = _group(w, i)
        if g is None:
            break
        val, j, unit = g
        if j < len(w) and w[j] == "dozen":
            val, j, unit = val * 12, j + 1, Decimal(0)
        if j < len(w) and w[j] in _SCALES and _SCALES[w[j]] < last_scale:
            last_scale = _SCALES[w[j]]
            scale = Decimal(last_scale)
            total, half, end = total + val * scale, unit / 2 * scale, j + 1
            i = j + 2 if j + 1 < len(w) and w[j + 1] == "and" else j + 1
            continue
        total, half, end = total + val, Decimal(0), j
        break
    if end == 0:
        return None
    return total, half, end, "number", scale


def _fraction_of_scale(w: Sequence[str]) -> WordNumber | None:
    """``half a million``, ``a quarter of a million``, ``three quarters of a billion``."""
    i, numerator = 0, 1
    if w and w[0] in ("a", "an", "one"):
        i = 1
    elif w and 2 <= _SMALL.get(w[0], 0) <= 9:
        i, numerator = 1, _SMALL[w[0]]
    if i >= len(w) or w[i] not in _DENOMINATORS:
        return None
    denominator, i = _DENOMINATORS[w[i]], i + 1
    if i < len(w) and w[i] == "of":
        i += 1
    if w[i : i + 1] in (["a"], ["an"]):
        i += 1
    if i >= len(w) or w[i] not in (*_SCALES, "dozen", "hundred"):
        return None  # "a half million" has no article; "half a million" has one
    s = w[i]
    scale = Decimal(_SCALES.get(s, 12 if s == "dozen" else 100))
    value = scale * numerator / denominator
    half = scale / denominator / 2 if s in _SCALES else Decimal(0)
    return value, half, i + 1, "number", scale


def _share(w: Sequence[str], next_word: str) -> WordNumber | None:
    """``half of``, ``a third of``, ``two-thirds of``, ``half the``: a ratio."""
    if w[:1] == ["half"]:
        if w[1:2] == ["of"]:
            return _HALF, Decimal(0), 2, "share", Decimal(1)
        if len(w) == 1 and next_word in _SHARE_NEXT:
            return _HALF, Decimal(0), 1, "share", Decimal(1)
        return None
    numerator = 1 if w[:1] in (["a"], ["one"]) else _SMALL.get(w[0], 0) if w else 0
    if numerator < 1 or len(w) < 3 or w[1] not in _DENOMINATORS or w[2] != "of":
        return None
    value = Decimal(numerator) / Decimal(_DENOMINATORS[w[1]])
    return value, Decimal(0), 3, "share", Decimal(1)


def _plural(w: Sequence[str]) -> WordNumber | None:
    """``dozens of``, ``tens of thousands of``: at least this many."""
    if len(w) >= 3 and w[0] in ("tens", "hundreds") and w[1] == "of" and w[2] in _PLURALS:
        value = Decimal(_PLURALS[w[0]] * _PLURALS[w[2]] // 2)
        n = 4 if w[3:4] == ["of"] else 3
        return value, Decimal(0), n, "plural", Decimal(1)
    if len(w) >= 2 and w[0] in _PLURALS and w[1] == "of":
        return Decimal(_PLURALS[w[0]]), Decimal(0), 2, "plural", Decimal(1)
    if w and w[0] in _BARE_PLURALS and w[1:2] != ["of"]:  # "hundreds died", "'hundreds' of"
        return Decimal(_PLURALS[w[0]]), Decimal(0), 1, "plural", Decimal(1)
    return None


def _several(w: Sequence[str], nxt: str = "") -> WordNumber | None:
    """``several hundred``, ``several million``: at least three of the magnitude (no more is
    said of how many, as "hundreds" says no more: both are read as open above)."""
    if len(w) >= 2 and w[0] == "several" and w[1] in _SEVERAL:
        n = 3 if w[2:3] == ["of"] else 2
        return Decimal(3 * _SEVERAL[w[1]]), Decimal(0), n, "several", Decimal(1)
    if w[:2] == ["a", "few"] and len(w) >= 3 and w[2] in _SEVERAL:  # "a few hundred": 2 or more
        n = 4 if w[3:4] == ["of"] else 3
        return Decimal(2 * _SEVERAL[w[2]]), Decimal(0), n, "several", Decimal(1)
    if w[:3] == ["a", "couple", "of"]:  # "a couple of ships", "a couple of thousand"
        if len(w) >= 4 and w[3] in _SEVERAL:
            scale = _SEVERAL[w[3]]
            n = 5 if w[4:5] == ["of"] else 4
            return Decimal(2 * scale), Decimal(scale) / 2, n, "number", Decimal(scale)
        return Decimal(2), Decimal(0), 3, "number", Decimal(1)
    if w[:1] == ["several"] and len(w) == 1 and nxt.isalpha() and nxt not in _NOT_SEVERAL:
        return Decimal(3), Decimal(0), 1, "several", Decimal(1)  # "several tankers": 3 or more
    return None


# what "several" alone does not count: "several of them", "several times" (how often)
_NOT_SEVERAL = frozenset({"of", "times", "and", "or", "who", "which", "that", "were", "are"})


def _vague(w: Sequence[str]) -> WordNumber | None:
    """``a handful of``: a closed interval, stored as its middle and half its width."""
    if len(w) >= 2 and w[0] == "a" and w[1] in _VAGUE:
        low, high = _VAGUE[w[1]]
        n = 3 if w[2:3] == ["of"] else 2
        return Decimal(low + high) / 2, Decimal(high - low) / 2, n, "vague", Decimal(1)
    return None


def parse_words(words: Sequence[str], next_word: str = "") -> WordNumber | None:
    """The longest number at the start of ``words``: value, half width, words used, kind."""
    w = [x.lower() for x in words]
    return (
        _vague(w)
        or _several(w, next_word.lower())
        or _plural(w)
        or _fraction_of_scale(w)
        or _share(w, next_word.lower())
        or _cardinal(w)
    )


def _noun_after(text: str, pos: int) -> bool:
    """Does a currency or a counted noun follow ``text[pos]`` ("1.5m people", "5k dollars")?"""
    unit = P.UNIT.match(text, pos)
    if unit and unit.group("cur"):
        return True
    nxt = _SUFFIX_NOUN.match(text, pos)
    if nxt is None or nxt.group(1).lower() in _NOT_SUFFIX_NOUNS:
        return False
    word = nxt.group(1).lower()
    return word in _SUFFIX_NOUNS or (len(word) > 3 and word.endswith("s") and word[-2] != "s")


def _magnitude(text: str, end: int, fmt: NumberFormat) -> tuple[re.Match[str], Decimal] | None:
    """A magnitude word or suffix right after the digits, and its value."""
    if fmt.foreign and (f := P.FOREIGN_MAGNITUDE.match(text, end)):
        return f, Decimal(10**9 if f.group("b") else 10**6 if f.group("m") else 10**3)
    mag = P.MAGNITUDE.match(text, end)
    if mag is None:
        return None
    word = (mag.group("word") or mag.group("suffix")).lower()
    return mag, Decimal(_SCALES.get(word) or _SUFFIXES[word])


_CUR_LAST = frozenset("$£€₽₩DRPBWH")  # how each of P.CURRENCY_PREFIX's symbols and codes ends


_PART_OF_YEAR = re.compile(r"(?<![\w-])(?i:mid|early|late)-\Z")


def _part_of_year(text: str, start: int) -> bool:
    """Is the number at ``start`` a year after "mid-", "early-" or "late-" ("mid-2022")?"""
    return (
        text[start : start + 4].isdigit()
        and not text[start + 4 : start + 5].isdigit()
        and _PART_OF_YEAR.search(text, max(0, start - 7), start) is not None
    )


def _digit_number(text: str, m: re.Match[str], fmt: NumberFormat = ENGLISH) -> Number | None:
    start, end = m.span()
    before = text[start - 1] if start else " "
    if (
        before.isalpha()
        or before in "#/'’"
        or (
            before == "-"
            and text[start - 2 : start - 1].isalpha()
            and not _part_of_year(text, start)
        )
    ):
        return None  # a model name (M-1989), a code or a date written with slashes
    if (text[end : end + 1] == "/" and text[end + 1 : end + 2].isdigit()) or end - start > 24:
        return None  # a date written with slashes; a string of digits too long to be an amount
    # a symbol or a code (its last letter, maybe and a blank) must stand right before the digits
    last = before if start else ""
    if last.isspace() and start >= 2:
        last = text[start - 2]
    cur = P.CURRENCY_PREFIX.search(text, max(0, start - 4), start) if last in _CUR_LAST else None
    currency = P.CURRENCY_WORDS[cur.group().strip().lower()] if cur else None
    mantissa = _mantissa(m.group(), fmt)
    scale, half, stop = _ONE, _NO_HALF, end
    found = _magnitude(text, end, fmt)
    if found is not None and (
        found[0].groupdict().get("suffix") is None
        or currency
        or found[0].group("suffix").lower() not in ("m", "k", "b")
        or _noun_after(text, found[0].end())
    ):
        mag, scale = found
        exponent = mantissa.as_tuple().exponent
        half = Decimal(5).scaleb(int(exponent) - 1) * scale
        stop = mag.end()
    if text[stop : stop + 1].isalpha() and not P.UNIT.match(text, stop):
        return None  # 1970s, 1st, 5G: letters glued to the digits
    plain = scale == 1 and m.group().isdigit()  # bare digits: already as clean() makes them
    return Number(
        cur.start() if cur else start,
        stop,
        mantissa if plain else clean(mantissa * scale),
        _NO_HALF if half is _NO_HALF else clean(half),
        "number",
        scale,
        currency,
        plain=plain,
    )


def _bare_share(
    text: str, toks: Sequence[re.Match[str]], used: int, start: int
) -> tuple[Decimal, int, str] | None:
    """A fraction without "of" after "by" or a comparison: "fell by a quarter", "less than a
    tenth", "by two thirds"; (value, words used, "share") or ``None``."""
    w = [t.group().lower() for t in toks[:2]]
    if len(w) < 2 or w[1] not in _DENOMINATORS or w[1] in ("half", "halves"):
        return None
    numerator = 1 if w[0] in ("a", "one") else _SMALL.get(w[0], 0)
    if not 1 <= numerator < _DENOMINATORS[w[1]] or used > 2:
        return None
    if len(toks) > 2 and toks[2].group().lower() == "of":
        return None  # "a third of": read by _share
    if not P.ends_with(_SHARE_BEFORE, text, start):
        return None
    return Decimal(numerator) / Decimal(_DENOMINATORS[w[1]]), 2, "share"


_AFTER_A = P.WORDS_FIRST - {"a", "an"}  # the words that make "a" start a number: "a dozen"


def _word_matches(text: str) -> Iterator[tuple[int, re.Match[str] | None]]:
    """``P.WORDS`` at each place it may match, in order: (where, the match or ``None``).

    A run of number words starts at a whole word of ``P.WORDS_FIRST``, so trying the pattern
    there only finds what searching the whole text would, far faster. A text holding a
    character that case-insensitive matching folds to a letter (``P.FOLDS``) is searched.
    """
    if P.has_folds(text):
        pos = 0
        while (m := P.WORDS.search(text, pos)) is not None:
            yield m.start(), m
            pos = m.start() + 1
        return
    words = P.word_candidates(text, P.WORDS_FIRST)
    if not words:
        return
    low = text.lower()
    for at, word in P.whole_words(text, words):
        if word in ("a", "an"):
            # "a" or "an" alone is no number, and a run of words starts after it: the next
            # whole word must be one that makes it start one ("a dozen")
            nxt = P.WORD_RUN.search(low, at + len(word))
            if nxt is None or nxt.group() not in _AFTER_A:
                continue
        yield at, P.WORDS.match(text, at)


_HYPHEN_HUNDREDS = re.compile(r"-(\d{1,3})(?![\d,.]?\d)")


def _word_numbers(text: str) -> list[Number]:
    found: list[Number] = []
    pos = 0
    for at, m in _word_matches(text):
        if at < pos or m is None:
            continue
        toks = list(_TOKEN.finditer(m.group()))
        after = P.NEXT_WORD.match(text, m.end())
        parsed = parse_words([t.group() for t in toks], after.group(1) if after else "")
        if parsed is None:
            share = _bare_share(text, toks, 0, m.start() + toks[0].start())
            if share is None:
                pos = m.start() + toks[0].end()
                continue
            parsed = share[0], Decimal(0), share[1], share[2], Decimal(1)
        value, half, n, kind, scale = parsed
        start, end = m.start() + toks[0].start(), m.start() + toks[n - 1].end()
        if kind == "number" and (share := _bare_share(text, toks, n, start)) is not None:
            value, n, kind = share
            end = m.start() + toks[n - 1].end()
        pos = end
        if kind == "share" and (
            P.ends_with(_ORDINAL_BEFORE, text, start) or _NUMBER_NEXT.match(text, end)
        ):
            continue  # "the first half of 2024"
        if scale == 1000 and (rest := _HYPHEN_HUNDREDS.match(text, end)) is not None:
            # "four-thousand-100 injured", as a broadcast's transcript writes 4,100
            value, half, end = value + int(rest.group(1)), Decimal(0), rest.end()
        elif text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
            unit = P.UNIT.match(text, end)
            if not (unit and (unit.group("unit") or unit.group("times"))):
                continue  # "twenty-first", "one-sided"
        bare_one = [t.group().lower() for t in toks[:n]] == ["one"]
        found.append(Number(start, end, clean(value), clean(half), kind, scale, bare_one=bare_one))
    return found


_MULTIPLIERS = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
_MULTIPLIERS |= {f"{w[:-1]}ing": n for w, n in _MULTIPLIERS.items() if w.endswith("e")}
_HALVED = {"halved": Decimal("0.5"), "halving": Decimal("0.5")}  # a fall to half
_MULTIPLIERS |= {f"{w}fold": n for w, n in (_SMALL | _TENS).items() if n >= 2}
_MULTIPLIERS |= {"hundredfold": 100, "thousandfold": 1000}


def _small_number(word: str) -> Decimal | None:
    w = word.lower()
    if w.isdigit():
        return Decimal(w)
    if w in _SMALL:
        return Decimal(_SMALL[w])
    return Decimal(_TENS[w]) if w in _TENS else None


_SMALL_WORDS = frozenset(_SMALL) | frozenset(_TENS)


def _may_be_small(text: str, end: int) -> bool:
    """May ``P.ONE_IN_A`` match before ``text[end]``: does the word there read as 1 to 3 digits
    or a number word up to ninety? (A cheap test before the pattern.)"""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    word = text[start:end]
    if P.FOLDS.search(word) is not None:
        return True
    return (word.isdecimal() and len(word) <= 3) or word.lower() in _SMALL_WORDS


def find_numbers(
    text: str, blocked: Sequence[tuple[int, int]] = (), language: str = "en", *, words: bool = True
) -> list[Number]:
    """Every number in ``text`` outside the ``blocked`` spans, in order, none overlapping.

    ``language`` (the article's) says how digits are written: see :func:`number_format`.
    ``words=False`` says the caller knows ``text`` holds no number word: only digits are read.
    """
    fmt = number_format(language)
    candidates: list[Number] = []
    # digits inside a blocked span (a date, a model name) are not read at all: the number they
    # would make holds them, so it would be dropped below anyway
    for m in fmt.digits.finditer(text):
        begin, stop = m.span()
        for s, e in blocked:
            if s < stop and begin < e:
                break
        else:
            if (n := _digit_number(text, m, fmt)) is not None:
                candidates.append(n)
    if words:
        candidates += _word_numbers(text)
    if fmt.foreign:  # "neun", "dreihundert", "trois cents", "des milliers de"
        for start, end, (value, half, kind, scale) in foreign_numbers.word_numbers(text, language):
            candidates.append(Number(start, end, value, half, kind, scale))
    for m in P.scan(P.TWICE, text, P.TWICE_STARTS) if words else ():
        word = m.group("n").lower()
        value = _HALVED.get(word) or Decimal(
            _MULTIPLIERS.get(word) or _MULTIPLIERS[word.removesuffix("d")]
        )
        candidates.append(Number(m.start(), m.end(), value, Decimal(0), "times"))
    gaps: Iterable[re.Match[str]] = P.ONE_IN_GAP.finditer(text)
    if " out of " in text:  # "2 out of 5" (searched apart: " in " alone is a faster search)
        gaps = sorted((*gaps, *P.OUT_OF_GAP.finditer(text)), key=lambda m: m.start())
    for gap in gaps:  # "1 in 5 shells", "one in ten": a share
        ma = (
            P.ends_with(P.ONE_IN_A, text, gap.start()) if _may_be_small(text, gap.start()) else None
        )
        mb = P.ONE_IN_B.match(text, gap.end()) if ma else None
        if ma is None or mb is None or (not words and not ma.group("a").isdigit()):
            continue
        a, b = _small_number(ma.group("a")), _small_number(mb.group("b"))
        if a is not None and b and a < b:
            candidates.append(Number(ma.start(), mb.end(), clean(a / b), Decimal(0), "share"))
    candidates.sort(key=lambda n: (n.start, -n.end))
    result: list[Number] = []
    for n in candidates:
        if any(s < n.end and n.start < e for s, e in blocked):
            continue
        if result and n.start < result[-1].end:
            continue
        result.append(n)
    return result


def stated_interval(value: Decimal, half_width: Decimal, hedge: Hedge | None) -> Interval:
    """The values a number allows: its written precision, or the hedge before it."""
    if hedge is None:
        return (
            Interval(value - half_width, value + half_width)
            if half_width
            else Interval(value, value)
        )
    t = hedge.tolerance
    bound = hedge.bound
    if bound is HedgeBound.ABOVE:
        return Interval.above(value)
    if bound is HedgeBound.AT_LEAST:
        return Interval.above(value, inclusive=True)
    if bound in (HedgeBound.BELOW, HedgeBound.AT_MOST):
        closed = bound is HedgeBound.AT_MOST
        if value <= 0:
            return Interval.below(value, inclusive=closed)
        return Interval(Decimal(0), value, high_open=not closed)
    if bound is HedgeBound.ABOUT:
        # the hedge's tolerance says how far off the number may be, as the methods section
        # states it ("about x: x give or take 10%"); the written precision of "3 million" is
        # not added to it, but a tolerance of nought keeps it
        around = Interval.around(value, t)
        if not t:
            return Interval(value - half_width, value + half_width)
        return Interval(clean(around.low), clean(around.high))
    if bound is HedgeBound.NEARLY:
        return Interval(clean(value - abs(value) * t), value)
    return Interval.exact(value)
