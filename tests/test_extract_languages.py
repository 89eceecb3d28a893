"""Extraction in German and French articles, and the shortcuts that keep extraction fast.

An article's language adds its unit, currency and rate words and the words that end a counted
noun to the English ones. The shortcuts (trying a pattern only where a match may begin, a
cheap word test before a pattern) must find exactly what the plain patterns find: Hypothesis
compares them on generated text.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import attribution as A
from factcheck.extract import find_figures
from factcheck.extract import numbers as N
from factcheck.extract import patterns as P
from factcheck.hedges import load_hedges
from factcheck.model import Article, Figure

ROOT = Path(__file__).parents[1]
HEDGES = load_hedges(ROOT / "rules" / "hedges.yaml")


def figures(text: str, language: str) -> tuple[Figure, ...]:
    art = Article(
        id="t1",
        path="t.txt",
        title=None,
        outlet=None,
        published=datetime.date(2024, 12, 1),
        date_source="option",
        url=None,
        language=language,
        text=text,
    )
    return find_figures(art, HEDGES)


def one(text: str, language: str, piece: str) -> Figure:
    found = [f for f in figures(text, language) if f.text.startswith(piece)]
    assert len(found) == 1, [f.text for f in figures(text, language)]
    return found[0]


@pytest.mark.parametrize(
    ("language", "sentence", "piece", "unit", "counts"),
    [
        ("de", "Nordkorea hat 12.000 Soldaten nach Russland geschickt.", "12.000", "1", "Soldaten"),
        ("de", "Es folgten 3.000 Truppen im Dezember.", "3.000", "1", "Truppen"),
        ("de", "Geliefert wurden 1,2 Millionen Barrel Öl.", "1,2", "bbl", "Barrel"),
        ("de", "Gezählt wurden 500 Fässer Diesel.", "500", "bbl", "Fässer Diesel"),
        ("de", "Es waren 160.000 Tonnen Rohöl.", "160.000", "t", "Tonnen Rohöl"),
        ("de", "Man zählte 8 Millionen Granaten und 60 Raketen.", "8", "1", "Granaten"),
        ("de", "Im Hafen lagen 14 Tanker vor Anker.", "14", "1", "Tanker"),
        ("de", "Das kostete 24 Millionen Euro.", "24", "EUR", None),
        ("de", "Gezahlt wurden 2.000 US-Dollar.", "2.000", "USD", None),
        ("de", "Gezahlt wurden 90.000 Rubel.", "90.000", "RUB", None),
        ("fr", "La Corée du Nord a envoyé 12 000 soldats en Russie.", "12 000", "1", "soldats"),
        ("fr", "Il y a 3 000 troupes au front.", "3 000", "1", "troupes"),
        ("fr", "Elle a reçu 1,2 million de barils de pétrole.", "1,2", "bbl", "barils de pétrole"),
        ("fr", "Elle a fourni 3,5 millions d'obus.", "3,5", "1", "obus"),
        ("fr", "On compte 14 pétroliers et 60 missiles.", "14", "1", "pétroliers"),
        ("fr", "Soit 160 000 tonnes de brut.", "160 000", "t", "tonnes de brut"),
        ("fr", "Le total atteint 24 millions d'euros.", "24", "EUR", None),
        ("fr", "Il reçoit 2 000 dollars américains.", "2 000", "USD", None),
    ],
)
def test_units_currencies_and_counts_in_the_articles_language(
    language: str, sentence: str, piece: str, unit: str, counts: str | None
) -> None:
    f = one(sentence, language, piece)
    assert f.unit == unit
    assert f.counts == counts


@pytest.mark.parametrize(
    ("language", "sentence", "piece", "unit", "per"),
    [
        ("de", "Jeder erhält 2.000 Dollar pro Monat.", "2.000", "USD/month", "pro Monat"),
        ("de", "Jeder erhält 2.000 Dollar im Monat.", "2.000", "USD/month", "im Monat"),
        ("de", "Gefeuert wurden 10.000 Granaten täglich.", "10.000", "1/day", "täglich"),
        ("de", "Erlaubt sind 500.000 Barrel pro Jahr.", "500.000", "bbl/yr", "pro Jahr"),
        ("de", "Es gab 70 Euro je Fass.", "70", "EUR/bbl", "je Fass"),
        ("de", "Es gab 2.000 Dollar pro Soldat und Monat.", "2.000", "USD/month", None),
        ("fr", "Chacun touche 2 000 dollars par mois.", "2 000", "USD/month", "par mois"),
        ("fr", "Soit 500 000 barils par an.", "500 000", "bbl/yr", "par an"),
        ("fr", "Il paie 70 euros par baril.", "70", "EUR/bbl", "par baril"),
        ("fr", "Soit 2 000 dollars par soldat et par mois.", "2 000", "USD/month", None),
    ],
)
def test_rates_in_the_articles_language(
    language: str, sentence: str, piece: str, unit: str, per: str | None
) -> None:
    f = one(sentence, language, piece)
    assert f.unit == unit
    if per is not None:
        assert f.per == per


def test_par_before_a_determiner_is_by_not_per() -> None:
    f = one("Les 4 000 obus ont été livrés par la Russie.", "fr", "4 000")
    assert f.per is None
    assert f.counts == "obus"


def test_an_english_article_keeps_the_english_words_only() -> None:
    f = one("They paid 2,000 Dollar pro Monat.", "en", "2,000")
    assert f.unit == "1"  # "Dollar" is a German currency word, not an English one


def test_a_language_variant_uses_its_language() -> None:
    assert P.language("de-CH") is P.language("de")
    assert P.language("fr_FR") is P.language("fr")
    assert P.language("en-GB").unit is P.UNIT
    assert P.language("pt").unit is P.UNIT  # no words of its own yet: the English ones


# -- the shortcuts find what the plain patterns find ----------------------------------------

_PIECES = [
    "March", "Mar.", "May", "mayor", "7", "7th", "2024", "2024-03-07", "first", "half", "of",
    "since", "from", "between", "over", "the", "past", "8", "months", "in", "during", "as",
    "this", "last", "year", "twice", "doubled", "double", "a", "an", "one", "hundred",
    "thousand", "dozens", "handful", "said", "reported", "by", "The", "BBC", "officials",
    "Ukrainian", "intelligence", "according", "to", "ſince", "K", "İn", "-", ",", ".", "'",
    "’", "(", ")", "1,000", "about", "more", "than", "up", "some", "aged", "age", "$", "USD",
    "€", "5", "in", "ten", "per", "annum", "annual", "daily", "at", "least",
]  # fmt: skip
_SEPARATORS = [" ", " ", " ", "  ", "\n", "", "-", "\u00a0"]
_text = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=30
).map(lambda parts: "".join(w + s for w, s in parts))


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    assert not isinstance(matches, re.Match)
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300)
@given(_text)
def test_scan_finds_what_finditer_finds(text: str) -> None:
    P.word_runs.cache_clear()
    for pattern, starts in (
        (P.DATE, P.DATE_STARTS),
        (P.PERIOD_HIGH, P.PERIOD_HIGH_STARTS),
        (P.PERIOD_LOW, P.PERIOD_LOW_STARTS),
        (P.TWICE, P.TWICE_STARTS),
    ):
        assert _spans(P.scan(pattern, text, starts)) == _spans(pattern.finditer(text))


@settings(max_examples=300)
@given(_text)
def test_sources_found_with_shortcuts_are_the_plain_patterns(text: str) -> None:
    assert _spans(A._by_matches(text)) == _spans(A.ATTR_BY.finditer(text))
    verbs = list(A._SHAPES[3][1].finditer(text))
    if verbs:
        shortened = A.ATTR_SUBJECT.finditer(text, 0, verbs[-1].end())
        assert _spans(shortened) == _spans(A.ATTR_SUBJECT.finditer(text))
    else:
        assert A.ATTR_SUBJECT.search(text) is None


@settings(max_examples=300)
@given(_text, st.integers(min_value=0, max_value=400))
def test_the_hedge_test_never_hides_a_hedge(text: str, end: int) -> None:
    P.has_folds.cache_clear()
    end = min(end, len(text))
    table = P.hedge_table(HEDGES)
    found = table.before(text, end)
    plain = P.ends_with(table.pattern, text, end)
    assert (found[0].span() if found else None) == (plain.span() if plain else None)


def test_number_words_start_where_the_pattern_may_match() -> None:
    for word in P.WORDS_FIRST:
        assert P.WORDS.fullmatch(word), word
    for alternative in ("thirds", "quarter", "halves", "dozens", "handful", "an"):
        assert alternative in P.WORDS_FIRST


@settings(max_examples=300)
@given(_text)
def test_number_words_found_with_shortcuts_are_the_plain_search(text: str) -> None:
    P.word_runs.cache_clear()
    fast = N._word_numbers(text)
    original = P.word_runs
    try:
        P.word_runs = lambda _: None  # type: ignore[assignment]  # the plain search path
        plain = N._word_numbers(text)
    finally:
        P.word_runs = original
    assert fast == plain


@pytest.mark.parametrize(
    ("language", "sentence", "piece", "low", "high"),
    [
        ("de", "Die Lieferung kam am 7. März 2024 an.", "7. März 2024", "2024-03-07", "2024-03-07"),
        ("de", "Die letzte kam am 5. November.", "5. November", "2024-11-05", "2024-11-05"),
        ("de", "Seit März kamen 40 Tanker.", "März", "2024-03-01", "2024-03-31"),
        ("de", "Das war im Dezember 2023.", "Dezember 2023", "2023-12-01", "2023-12-31"),
        ("fr", "La livraison est arrivée le 7 mars 2024.", "7 mars 2024", "2024-03-07",
         "2024-03-07"),
        ("fr", "Elle est arrivée le 1er juin.", "1er juin", "2024-06-01", "2024-06-01"),
        ("fr", "Depuis mars, 40 pétroliers sont venus.", "mars", "2024-03-01", "2024-03-31"),
        ("fr", "Les soldats sont arrivés mi-novembre.", "novembre", "2024-11-01", "2024-11-30"),
        ("fr", "Rien n'a bougé d'avril à juin.", "avril", "2024-04-01", "2024-04-30"),
    ],
)  # fmt: skip
def test_dates_in_the_articles_language(
    language: str, sentence: str, piece: str, low: str, high: str
) -> None:
    f = one(sentence, language, piece)
    assert f.unit == "date"
    assert f.interval.low == datetime.date.fromisoformat(low).toordinal()
    assert f.interval.high == datetime.date.fromisoformat(high).toordinal()


def test_a_day_before_a_month_ends_no_german_sentence() -> None:
    found = figures("Sie kam am 7. März an. Dann kamen 40 Tanker.", "de")
    assert [f.text for f in found] == ["7. März", "40 Tanker"]
    assert found[0].sentence == "Sie kam am 7. März an."


def test_a_month_name_alone_is_no_date() -> None:
    assert [f.text for f in figures("Der Mai war ruhig, sagte er.", "de")] == []
    assert [f.text for f in figures("The May figures were 40 tankers.", "de")] == ["40 tankers"]
