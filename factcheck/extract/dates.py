"""Dates in a sentence, resolved against the article's date when they give no year.

A date is a figure in the unit ``date``: its value is the day number
(:meth:`datetime.date.toordinal`), its interval one day, or every day of a month or a year
when only those are written. "March 7" in an article dated 22 November 2024 is the most
recent 7 March not after that day: 7 March 2024, unless the sentence says before it that
the date may be still to come ("will", "could", "is set to", "is expected to"): then it is
that day nearest the article's date, before or after it. A day within two weeks after the
article's date is that day to come: "December 5" in the same article is 5 December 2024.
"Feb. 23-26" allows each of the four days. With no article date the year is unknown: the
interval is every day and a note says so.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract import patterns as P
from factcheck.extract.patterns import words
from factcheck.i18n import N_
from factcheck.interval import Interval

__all__ = ["YEAR_UNKNOWN", "DateSpan", "find_dates", "month_days", "names_a_year", "year_span"]

# Stored in Figure.note (and brief.json) as written here; translated only when printed.
YEAR_UNKNOWN = N_("year unknown: the article has no date; pass --date")

# A month name alone is a date only after a word that makes it one: "in June", "since August".
_BARE_MONTH_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|from|of|early|late|mid|through|throughout|during|last|next"
    r"|this|between|and|to|or|before|after|that|each|every|around|on|for|least)[\s-]*\Z",
    re.IGNORECASE,
)
_BARE_MONTH_LAST = words(  # the words _BARE_MONTH_BEFORE ends with (see P.ends_with_word)
    "in since by until till from of early late mid through throughout during last next this"
    " between and to or before after that each every around on for least"
)
_NOT_EVENTS = frozenset({"year", "month", "week", "day", "decade", "time", "one", "such", "of"})
# the words of a year before or after the article's: "last year", "l'an dernier", "des
# vergangenen Jahres" (any other relative year is the article's own: "de cette année")
_LAST_YEAR = frozenset({"last", "dernière", "dernier", "vergangenen", "letzten"})
_NEXT_YEAR = frozenset({"next", "prochaine", "prochain", "kommenden", "nächsten"})
_YEAR_WORDS = _LAST_YEAR | _NEXT_YEAR | {"this", "dieses", "cette"}
_MONTH_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class DateSpan:
    """A date found in a sentence: where it stands and the days it allows."""

    start: int
    end: int
    value: Decimal | None  # the day number, for a full date with a known year
    interval: Interval
    note: str | None = None
    counts: str | None = None  # the event it dates: "first voyage"


def _day(d: datetime.date) -> Decimal:
    return Decimal(d.toordinal())


def month_days(year: int, month: int) -> Interval:
    """Every day of ``month`` in ``year``."""
    last = calendar.monthrange(year, month)[1]
    first_day = datetime.date(year, month, 1)
    return Interval(_day(first_day), _day(datetime.date(year, month, last)))


def year_span(year: int, years: int = 1) -> Interval:
    """Every day of ``year`` and of the ``years`` - 1 after it."""
    return Interval(_day(datetime.date(year, 1, 1)), _day(datetime.date(year + years - 1, 12, 31)))


# a decade: "the 1970s", "the '90s", "in den 1970er Jahren", "les années 1970"
_DECADE = re.compile(
    r"(?<![\w'’])(?:(?P<y>(?:1[89]|20)\d0)(?:['’]?s\b|er(?![\w-]))|['’](?P<s>\d0)s\b"
    r"|(?<=années\s)(?P<fr>(?:1[89]|20)\d0|\d0)(?!\d))"
)


# a season of a year: "summer 2023", "autumn of 2024", "im Herbst 2024", "l'automne 2024"
_SEASON = re.compile(
    r"(?<![\w-])(?P<s>(?i:spring|summer|autumn|fall|Frühjahr|Frühling|Sommer|Herbst|printemps"
    r"|été|automne))(?:\s+(?:of|de|des\s+Jahres))?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
)
_SEASON_MONTHS = {
    "spring": 3, "frühjahr": 3, "frühling": 3, "printemps": 3, "summer": 6, "sommer": 6,
    "été": 6, "autumn": 9, "fall": 9, "herbst": 9, "automne": 9,
}  # fmt: skip


def find_seasons(sentence: str) -> list[tuple[int, int, Interval]]:
    """Every season of a year ``sentence`` names, with its span and its three months' days
    ("summer 2023": June to August)."""
    result = []
    for m in _SEASON.finditer(sentence):
        year, first = int(m.group("y")), _SEASON_MONTHS[m.group("s").lower()]
        last = datetime.date(year, first + 3, 1) - datetime.timedelta(days=1)
        result.append(
            (m.start(), m.end(), Interval(_day(datetime.date(year, first, 1)), _day(last)))
        )
    return result


def find_decades(sentence: str) -> list[tuple[int, int, Interval]]:
    """Every decade ``sentence`` names, with its span and its days (a date, not a quantity);
    "the '90s" and "les années 70" are of the 20th century."""
    if not (
        "0s" in sentence
        or "0’s" in sentence
        or "0's" in sentence
        or "0er" in sentence
        or "années" in sentence
    ):
        return []
    result = []
    for m in _DECADE.finditer(sentence):
        written = m.group("y") or m.group("s") or m.group("fr")
        year = int(written) if len(written) == 4 else 1900 + int(written)
        result.append((m.start(), m.end(), year_span(year, 10)))
    return result


_PARTS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _part_of_year(year: int, which: str, kind: str) -> Interval:
    """Every day of a half or a quarter: the first half of 2024 is 1 January to 30 June."""
    months = 6 if kind.lower() == "half" else 3
    last = 12 // months - 1
    index = last if which.lower() == "last" else _PARTS[which.lower()]
    if index > last:  # "the third half"
        return year_span(year)
    first_month = index * months + 1
    start = datetime.date(year, first_month, 1)
    end_month = first_month + months - 1
    end = datetime.date(year, end_month, calendar.monthrange(year, end_month)[1])
    return Interval(_day(start), _day(end))


def _words(text: str) -> set[str]:
    return set(text.lower().replace("’", " ").replace("'", " ").split())


def _relative_year(rel: str | None, published: datetime.date | None) -> int | None:
    if not rel or published is None:
        return None
    words = _words(rel)
    return published.year + (-1 if words & _LAST_YEAR else 1 if words & _NEXT_YEAR else 0)


def names_a_year(written: str) -> bool:
    """Does a date as written name its year: "July 2024", "July last year", "mars de cette
    année" (not "July")?"""
    return any(c.isdigit() for c in written) or not _words(written).isdisjoint(_YEAR_WORDS)


# What says a date with no year is still to come: "could be eliminated by mid-April", "are
# set to march on May 9", "will arrive in March" (not "could not confirm", "may have left")
_FUTURE = re.compile(
    r"\b(?:will|shall|could|might|may)\b(?!\s+(?:not\b|never\b|have\b|n['’]t))|['’]ll\b"
    r"|\b(?:expected|scheduled|set|planned|plans|plan|going|aims?|aiming|intends?|intending"
    r"|hopes?|seeks?)\s+to\b"
)


def _nearest(month: int, day: int, published: datetime.date) -> int | None:
    """The year of that day nearest the article's date, before or after it."""
    best: tuple[int, int] | None = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((datetime.date(y, month, day) - published).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


_SOON = 14  # days: a day this close after the article's date is one still to come


def _soon_after(month: int, day: int, published: datetime.date) -> int | None:
    """The year that puts the day within ``_SOON`` days after the article's date, if one
    does: "resume the service on June 17" in an article of 9 June is 17 June of that year,
    not of the year before (a day further ahead, written with no year, is most often past:
    "A ship left on December 20" in an article of 22 November is of the year before)."""
    for y in (published.year, published.year + 1):
        try:
            gap = (datetime.date(y, month, day) - published).days
        except ValueError:
            continue
        if 0 < gap <= _SOON:
            return y
    return None


def _full_day(
    month: int,
    day: int,
    year: int | None,
    rel: str | None,
    published: datetime.date | None,
    future: bool = False,
) -> tuple[Decimal | None, Interval, str | None] | None:
    if not 1 <= day <= 31:
        return None
    if year is None:
        year = _relative_year(rel, published)
    if year is None and published is not None and future:
        year = _nearest(month, day, published)
    if year is None and published is not None:
        year = _soon_after(month, day, published)
    if year is None and published is not None:
        # the most recent such day not after the article's date
        for y in range(published.year, published.year - 8, -1):
            try:
                candidate = datetime.date(y, month, day)
            except ValueError:
                continue
            if candidate <= published:
                year = y
                break
    if year is None:
        return _unknown()
    try:
        d = datetime.date(year, month, day)
    except ValueError:
        return None
    return _day(d), Interval.exact(_day(d)), None


def _unknown() -> tuple[Decimal | None, Interval, str | None]:
    return None, Interval.everything(), YEAR_UNKNOWN


def _month(
    month: int,
    year: int | None,
    rel: str | None,
    published: datetime.date | None,
    future: bool = False,
) -> tuple[Decimal | None, Interval, str | None]:
    if year is None:
        year = _relative_year(rel, published)
    if year is None and published is not None and future:
        year = _nearest(month, 15, published)
    if year is None and published is not None:
        first = datetime.date(published.year, month, 1)
        year = published.year if first <= published else published.year - 1
    if year is None:
        return _unknown()
    return None, month_days(year, month), None


def _part_of(
    m: re.Match[str], published: datetime.date | None
) -> tuple[Decimal | None, Interval, str | None]:
    """ "The first half of 2024", "the third quarter of this year", "the first five months of
    this year", "the last three months of 2024": their days."""
    if m.group("part"):
        written, rel = m.group("py"), m.group("pr")
    elif m.group("fpart"):
        written, rel = m.group("fpy"), m.group("fpr")
    else:
        written, rel = m.group("my"), m.group("mr")
    if written:
        year: int | None = int(written)
    elif rel:
        year = _relative_year(rel, published)
    else:  # "of the year": the article's
        year = published.year if published is not None else None
    if year is None:
        return _unknown()
    if m.group("part"):
        return None, _part_of_year(year, m.group("part"), m.group("pk")), None
    if m.group("fpart"):
        which = P.FOREIGN_PARTS[m.group("fpart").lower()]
        return None, _part_of_year(year, which, P.FOREIGN_PART_KINDS[m.group("fpk").lower()]), None
    n = _MONTH_COUNTS.get(m.group("nm").lower()) or int(m.group("nm"))
    first, last = (1, n) if m.group("fm").lower() == "first" else (13 - n, 12)
    return None, Interval(month_days(year, first).low, month_days(year, last).high), None


def _resolve(
    m: re.Match[str], sentence: str, published: datetime.date | None, lang: P.Language
) -> tuple[Decimal | None, Interval, str | None] | None:
    months = lang.months or P.MONTHS
    if m.group("part") or m.group("fpart") or m.group("fm"):
        return _part_of(m, published)
    if m.group("iso"):
        try:
            d = datetime.date(int(m.group("iso")[:4]), int(m.group("iso_m")), int(m.group("iso_d")))
        except ValueError:
            return None
        return _day(d), Interval.exact(_day(d)), None
    for tag in ("1", "2"):
        if m.group("m" + tag):
            year = int(m.group("y" + tag)) if m.group("y" + tag) else None
            rel = m.group("r1") if tag == "1" else None
            month = months[m.group("m" + tag)]
            future = year is None and _FUTURE.search(sentence, 0, m.start()) is not None
            first = _full_day(month, int(m.group("d" + tag)), year, rel, published, future)
            if first is None or not (last_day := m.group("e" + tag)) or first[0] is None:
                return first
            # "Feb. 23-26", "23–26 February": every day from the first to the last
            last = int(last_day)
            if not int(m.group("d" + tag)) < last <= 31:
                return None
            try:
                end = datetime.date.fromordinal(int(first[0])).replace(day=last)
            except ValueError:
                return None
            return None, Interval(first[0], _day(end)), None
    month = months[m.group("m3")]
    written, rel = m.group("y3"), m.group("r3")
    if not written and not rel and not _month_is_a_date(sentence, m.start(), lang):
        return None  # "March" as a word, "May" as a verb
    future = not written and _FUTURE.search(sentence, 0, m.start()) is not None
    return _month(month, int(written) if written else None, rel, published, future)


def _event(sentence: str, start: int, end: int, previous: str | None) -> str | None:
    """The event a date is about, from the words before it: "first voyage"."""
    found = None
    for m in P.DATE_COUNTS.finditer(sentence, start, end):
        found = m
    if found is None:
        return None
    order = " ".join(found.group("ord").lower().split())
    noun = found.group("noun").lower()
    if noun in _NOT_EVENTS:
        if noun not in ("time", "one") or previous is None:
            return None
        noun = previous.split()[-1]
    return f"{order} {noun}"


def _month_is_a_date(sentence: str, start: int, lang: P.Language) -> bool:
    """Does a word before a month named alone make it a date: "in June", "seit März"?"""
    if P.ends_with_word(_BARE_MONTH_BEFORE, sentence, start, _BARE_MONTH_LAST):
        return True
    return lang.month_before is not None and bool(P.ends_with(lang.month_before, sentence, start))


def find_dates(
    sentence: str, published: datetime.date | None, lang: P.Language | None = None
) -> list[DateSpan]:
    """Every date written in ``sentence``, resolved against ``published``; with the month
    names of the article's language ``lang`` too."""
    lang = lang or P.language("en")
    found: list[DateSpan] = []
    previous_end, previous_event = 0, None
    pattern, starts = lang.date or P.DATE, lang.date_starts or P.DATE_STARTS
    for m in P.scan(pattern, sentence, starts):
        resolved = _resolve(m, sentence, published, lang)
        if resolved is None:
            continue
        value, interval, note = resolved
        event = _event(sentence, previous_end, m.start(), previous_event)
        found.append(DateSpan(m.start(), m.end(), value, interval, note, event))
        previous_end, previous_event = m.end(), event or previous_event
    return found
