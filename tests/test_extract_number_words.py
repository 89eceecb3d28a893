"""Numbers written in words in German and French articles, and the forms around them: rates
before the figure ("täglich"), clauses that leave the noun out, German noun phrases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from factcheck.extract import attribution as A
from factcheck.extract import foreign_numbers as W
from factcheck.interval import Interval
from factcheck.model import Figure
from tests.test_extract_forms import figures  # an article dated 22 November 2024


def _closed(low: int, high: int) -> Interval:
    return Interval(Decimal(low), Decimal(high))


def one(text: str, language: str, piece: str) -> Figure:
    found = [f for f in figures(text, language) if piece in f.text]
    assert len(found) == 1, [f.text for f in figures(text, language)]
    return found[0]


_GERMAN = [
    ("Dabei sind neun Soldaten ums Leben gekommen.", "neun", _closed(9, 9), "Soldaten", None),
    ("Es fuhren zwölf Züge.", "zwölf", _closed(12, 12), "Züge", None),
    ("Sie brachten dreihundertfünfzig Container.", "dreihundert", _closed(350, 350),
     "Container", None),
    ("Es kamen fünfundzwanzig Lastwagen.", "fünfund", _closed(25, 25), "Lastwagen", None),
    ("Pjöngjang schickte zweitausend Mann.", "zweitausend", _closed(2000, 2000), "Mann",
     None),
    ("Russland erhielt zwei Millionen Schuss.", "zwei", _closed(1_500_000, 2_500_000),
     "Schuss", None),
    ("Mehr als eine Million Granaten kamen an.", "Million", Interval.above(1_000_000),
     "Granaten", "Mehr als"),
    ("Es kamen Tausende Soldaten.", "Tausende", Interval.above(2000, inclusive=True),
     "Soldaten", "Tausende"),
    ('Dort liegen "hunderte" Minen.', "hunderte", Interval.above(200, inclusive=True),
     "Minen", "hunderte"),
    ("Nordkorea schickt mehrere tausend Minenräumer.", "mehrere",
     Interval.above(3000, inclusive=True), "Minenräumer", "mehrere tausend"),
    ("Es fielen Dutzende Raketen.", "Dutzende", Interval.above(24, inclusive=True),
     "Raketen", "Dutzende"),
    ("Ein Dutzend Frachter lag vor Anker.", "Dutzend", _closed(12, 12), "Frachter", None),
    ("Die Flotte lieferte gut eine Million Barrel.", "Million", Interval.above(1_000_000),
     "Barrel", "gut"),
    ("An die 10.000 Arbeiter reisten ein.", "10.000", _closed(9000, 11000), "Arbeiter",
     "An die"),
]  # fmt: skip
_FRENCH = [
    ("On compte neuf blessés et douze navires.", "douze", _closed(12, 12), "navires", None),
    ("Ils ont livré trois cents conteneurs.", "trois", _closed(300, 300), "conteneurs",
     None),
    ("Pyongyang a envoyé deux mille soldats.", "deux", _closed(2000, 2000), "soldats",
     None),
    ("Il y avait vingt-trois trains.", "vingt", _closed(23, 23), "trains", None),
    ("Il y avait quatre-vingt-dix chars.", "quatre", _closed(90, 90), "chars", None),
    ("Il y avait soixante et onze chars.", "soixante", _closed(71, 71), "chars", None),
    ("La Russie a reçu un million d'obus.", "million", _closed(500_000, 1_500_000), "obus",
     None),
    ("Des milliers de soldats sont arrivés.", "milliers", Interval.above(2000, inclusive=True),
     "soldats", "Des milliers de"),
    ("Des dizaines de milliers de soldats.", "dizaines",
     Interval.above(20_000, inclusive=True), "soldats", "Des dizaines de milliers de"),
    ("Plusieurs centaines de missiles.", "Plusieurs", Interval.above(300, inclusive=True),
     "missiles", "Plusieurs centaines de"),
    ("Une soixantaine de missiles ont été tirés.", "soixantaine", _closed(54, 66),
     "missiles", None),
    ("Environ une centaine de soldats.", "centaine", _closed(90, 110), "soldats", "Environ"),
    ("Une douzaine de cargos.", "douzaine", _closed(12, 12), "cargos", None),
    ("Le pays a reçu plus d'un million de barils.", "million", Interval.above(1_000_000),
     "barils", "plus d'"),
    ("Près d'un millier de soldats.", "millier", _closed(900, 1000), "soldats", "Près d'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "piece", "interval", "counts", "qualifier"),
    [("de", *case) for case in _GERMAN] + [("fr", *case) for case in _FRENCH],
)
def test_number_words(
    language: str, text: str, piece: str, interval: Interval, counts: str, qualifier: str | None
) -> None:
    f = one(text, language, piece)
    assert (f.interval, f.counts, f.qualifier) == (interval, counts, qualifier)


def test_words_that_are_no_numbers() -> None:
    assert [f.text for f in figures("Un navire neuf est arrivé.", "fr")] == []
    assert [f.text for f in figures("Ein Schiff und eine Frau, Achtung.", "de")] == []
    f = one("Le taux atteint 36 pour cent.", "fr", "36")
    assert f.unit == "%"
    assert one("Die Quote lag bei 36 Prozent.", "de", "36").unit == "%"


def test_a_rate_before_the_figure() -> None:
    f = one("Die Russen verfeuern täglich um die 10.000 Granaten.", "de", "10.000")
    assert (f.unit, f.counts) == ("1/day", "Granaten")
    g = one("L'armée tire quotidiennement environ 10 000 obus.", "fr", "10 000")
    assert g.unit == "1/day"
    h = one("Täglich kamen 30 Lastwagen und 500 Soldaten.", "de", "500")
    assert h.unit == "1"  # after "und": not the rate's


def test_a_clause_that_leaves_out_verb_and_noun() -> None:
    text = "Russia fires about 10,000 shells a day, Ukraine about 6,000."
    f = one(text, "en", "6,000")
    assert (f.unit, f.counts, f.interval) == ("1/day", "shells", _closed(5400, 6600))
    g = one("Die Russen verfeuern täglich um die 10.000 Granaten, die Ukrainer etwa 6000.", "de",
            "6000")  # fmt: skip
    assert (g.unit, g.counts) == ("1/day", "Granaten")
    h = one("Russia sent 12,000 troops in 2024, officials said 40 of them died.", "en", "40")
    assert h.counts != "troops" or h.unit == "1"  # a verb: no clause left out


def test_german_noun_phrases_end_at_the_verb() -> None:
    assert one("12.000 Soldaten kamen an.", "de", "12.000").counts == "Soldaten"
    f = one("Erlaubt sind 500.000 Barrel raffinierte Erdölprodukte pro Jahr.", "de", "500.000")
    assert (f.unit, f.counts) == ("bbl/yr", "Barrel raffinierte Erdölprodukte")


@settings(max_examples=300)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(["de", "fr"]))
def test_number_words_read_back(n: int, language: str) -> None:
    """Every number num2words spells in German or French is read back as itself."""
    word = num2words(n, lang=language)
    found = W.word_numbers(f"Es kamen {word} Soldaten.", language)
    assert [r[2][0] for r in found] == [n], word


@pytest.mark.parametrize(
    ("text", "piece", "source"),
    [
        ("Wie Hafenchef Lars Berg der Agentur NTB mitteilte, kamen neun Schiffe an.", "neun",
         "Hafenchef Lars Berg"),
        ("Norwegen hat im Juni angekündigt, dass es zwölf Schiffe schickt.", "zwölf", "Norwegen"),
        ("Es kamen mehr als neun Schiffe an. Sie bleiben bis Mai, sagt Lars Berg, ein Mitglied"
         " des Hafenrats.", "neun", "Lars Berg"),
        ("Rund 900 Kisten wurden verladen. Es waren Granaten, schrieb die Zeitung Aftenposten.",
         "900", "Aftenposten"),
        ("Norwegen hat nach einer Recherche der Agentur NTB fast 900 Kisten verladen.", "900",
         "Agentur NTB"),
    ],
)  # fmt: skip
def test_german_sources_of_number_words(text: str, piece: str, source: str) -> None:
    assert source in (one(text, "de", piece).attribution or "")


def test_german_and_french_areas() -> None:
    assert one("Russland eroberte 500 Quadratkilometer zurück.", "de", "500").unit == "km2"
    assert one("La Russie a repris 500 kilomètres carrés.", "fr", "500").unit == "km2"


@pytest.mark.parametrize(
    ("text", "piece", "source"),
    [
        ("Le Service national du renseignement (SNR) estime que 900 caisses sont parties.",
         "900", "Service national du renseignement"),
        ("« Au moins 900 caisses sont parties », a déclaré Berg, selon l'agence NTB.", "900",
         "Berg"),
    ],
)  # fmt: skip
def test_french_sources(text: str, piece: str, source: str) -> None:
    assert source in (one(text, "fr", piece).attribution or "")


def test_bis_alone_is_up_to() -> None:
    f = one("Norwegen lieferte bis 6 Millionen Kisten.", "de", "6 Millionen")
    assert (f.qualifier, f.interval) == ("bis", Interval(Decimal(0), Decimal(6_000_000)))
    assert one("Es kamen 10 bis 20 Schiffe.", "de", "10").interval == _closed(10, 20)


def test_shares_in_words_and_years_after_prepositions() -> None:
    assert one("Die Hälfte der Soldaten ist verwundet.", "de", "Hälfte").interval == Interval(
        Decimal("0.5"), Decimal("0.5")
    )
    assert one("Deux tiers des obus sont arrivés.", "fr", "tiers").unit == "×"
    assert one("Le total livré en 2025 est faible.", "fr", "2025").unit == "date"
    assert [f.text for f in figures("fixé par la résolution 2397 adoptée.", "fr")] == []
    f = one("Les 14 385 et 5 519 barils signalés.", "fr", "14 385")
    assert f.unit == "bbl"


def test_a_rate_adjective_some_words_before() -> None:
    f = one("Le quota annuel d'importation de 500 000 barils.", "fr", "500 000")
    assert f.unit == "bbl/yr"
    assert one("Die jährliche Obergrenze von 500.000 Barrel.", "de", "500.000").unit == "bbl/yr"
    assert one("Die Obergrenze von 500.000 Barrel.", "de", "500.000").unit == "bbl"


@pytest.mark.parametrize(
    ("language", "text", "piece", "counts"),
    [
        ("de", "Knapp 40 Prozent der Raketen verfehlten ihr Ziel.", "Prozent", "Raketen"),
        ("de", "Sie lieferten 1,5 Millionen Granaten. Die Hälfte davon ist defekt.", "Hälfte",
         "Granaten"),
        ("fr", "Environ 40 % des missiles ont manqué leur cible.", "40", "missiles"),
        ("fr", "Près de la moitié des obus sont vieux.", "moitié", "obus"),
        ("fr", "Ils ont reçu 3 millions d'obus. La moitié d'entre eux est vieille.", "moitié",
         "obus"),
        ("en", "Kyiv counted 3 million shells. Half of them were duds.", "Half", "shells"),
    ],
)  # fmt: skip
def test_what_a_share_is_of(language: str, text: str, piece: str, counts: str) -> None:
    assert one(text, language, piece).counts == counts


def test_a_la_quarantaine_is_no_number() -> None:
    assert figures("La quarantaine a été levée.", "fr") == ()


@pytest.mark.parametrize(
    ("language", "text", "piece", "source"),
    [
        ("de", "Nach norwegischen Angaben legten mehr als 900 Schiffe an.", "900",
         "norwegischen Angaben"),
        ("de", "Nach Schätzungen von Hafenexperten kamen 900 Kisten an.", "900", "Hafenexperten"),
        ("de", "Das Hafenamt schätzt die Zahl auf 11.000.", "11.000", "Hafenamt"),
        ("de", "Norwegens Zollamt geht von 1500 Kisten aus.", "1500", "Norwegens Zollamt"),
        ("fr", "De source portuaire norvégienne, 12 000 caisses sont parties.", "12 000",
         "source portuaire norvégienne"),
        ("fr", "Le port d'Oslo estime leur nombre à 11 000.", "11 000", "port d'Oslo"),
    ],
)  # fmt: skip
def test_sources_named_by_an_adjective_a_plural_or_an_estimate_of_the_number(
    language: str, text: str, piece: str, source: str
) -> None:
    assert one(text, language, piece).attribution == source


@pytest.mark.parametrize(
    ("language", "text", "piece", "counts"),
    [
        ("de", "Rund 300 Matrosen getötet, 2.700 verwundet.", "2.700", "verwundet"),
        ("de", "300 starben, etwa 2.700 weitere wurden verwundet.", "2.700", "verwundet"),
        ("fr", "600 marins ont été tués et 2 000 autres ont été blessés.", "2 000", "blessés"),
        ("de", "Die Werft lieferte über 100 Hwasong-11 an die Flotte.", "100", "Hwasong-11"),
    ],
)  # fmt: skip
def test_what_became_of_them_and_a_model_alone(
    language: str, text: str, piece: str, counts: str
) -> None:
    assert one(text, language, piece).counts == counts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le port a reçu des obus de 122 et 152 mm à la fin mai."),
        ("de", "Es kamen Geschosse (122 mm und 152 mm) an."),
        ("de", "Es kamen 170-mm-Selbstfahrlafetten an."),
        ("de", "Die Lafette hat ein Kaliber von 170 Millimetern und schießt weit."),
    ],
)
def test_german_and_french_calibres_are_no_quantities(language: str, text: str) -> None:
    assert [f.text for f in figures(text, language) if f.unit != "date"] == []


def test_a_headline_source_after_a_dash() -> None:
    assert A.headline_source("300 Matrosen getötet - norwegischer Geheimdienst") == (
        "norwegischer Geheimdienst"
    )


def test_german_present_plurals_say_who_estimates() -> None:
    text = "Hafenbeamte schätzen, dass über 500 Kisten geliefert wurden."
    assert one(text, "de", "500").attribution == "Hafenbeamte"


@pytest.mark.parametrize(
    ("language", "text", "piece", "unit", "counts"),
    [
        ("fr", "Le nombre de conteneurs a atteint 13 000 fin février.", "13 000", "1",
         "conteneurs"),
        ("de", "Die Zahl der Matrosen stieg auf 12.000.", "12.000", "1", "Matrosen"),
        ("fr", "Chaque docker percevrait 2 000 dollars mensuels.", "2 000", "USD/month", None),
        ("fr", "Au total, 60 barges sont parties, dont la moitié vides.", "moitié", "×",
         "barges"),
    ],
)  # fmt: skip
def test_the_number_of_a_rate_adjective_after_and_a_share_of_which(
    language: str, text: str, piece: str, unit: str, counts: str | None
) -> None:
    f = one(text, language, piece)
    assert (f.unit, f.counts) == (unit, counts)


def test_a_french_source_that_puts_the_number_at() -> None:
    text = "Le port d'Oslo évalue à 12 000 le nombre de caisses."
    assert one(text, "fr", "12 000").attribution == "port d'Oslo"


def test_selon_lequel_is_a_relative_pronoun_not_a_source() -> None:
    text = (
        "Selon le directeur du port, 900 caisses sont parties. C'est un accord"
        " selon lequel Oslo a aussi envoyé 120 grues."
    )
    assert one(text, "fr", "120").attribution == "directeur du port"


@pytest.mark.parametrize(
    ("text", "piece", "source"),
    [
        ("Die Flotte hat nach Einschätzung Oslos rund 900 Kisten verladen.", "900", "Oslos"),
        ("Das Hafenamt HFA spricht von 11.000 Kisten.", "11.000", "Hafenamt HFA"),
        ("Seit Mai legten mehr als 300 Schiffe an, wie Satellitenbilder zeigen.", "300",
         "Satellitenbilder"),
        ("Der Hafen zahlt bis zu 20 Millionen Euro, berichtet Bloomberg unter Berufung auf"
         " Insider.", "20", "Bloomberg, citing Insider"),
        # the pluperfect of "ausgehen von": whom the assumption is
        ("Im Mai war das Hafenamt noch von mindestens 600 Kisten ausgegangen.", "600",
         "Hafenamt"),
        # the origin a speaker relays
        ("Der Sprecher sagte, das Hafenamt gehe davon aus, dass 700 Kisten fehlen.", "700",
         "Hafenamt"),
    ],
)  # fmt: skip
def test_german_sources_in_the_genitive_that_speak_of_or_show(
    text: str, piece: str, source: str
) -> None:
    assert one(text, "de", piece).attribution == source


@pytest.mark.parametrize(
    ("language", "text", "piece", "expected"),
    [
        ("fr", "Il s'agirait d'entre 420 000 et 1,26 million de barils.", "420 000",
         (Interval(Decimal(420_000), Decimal(1_260_000)), "barils", None)),
        ("fr", "Au cours des cinq premiers mois, 64 000 barils.", "cinq",
         (Interval.exact(Decimal(5)), None, None)),
        ("fr", "La Russie a tiré 60 missiles. Environ la moitié de ceux-ci ont raté.", "moitié",
         (Interval.closed(Decimal("0.45"), Decimal("0.55")), "missiles", None)),
        ("fr", "42 cargos ont accosté. C'est une estimation avancée par la Voix du Port (VDP).",
         "42", (Interval.exact(Decimal(42)), "cargos", "Voix du Port (VDP)")),
        ("de", "Nach Angaben auf der Website des Hafenamts kamen 900 Kisten an.", "900",
         (Interval.exact(Decimal(900)), "Kisten", "Hafenamts")),
    ],
)  # fmt: skip
def test_ranges_written_out_order_words_ceux_and_sources_by_par(
    language: str, text: str, piece: str, expected: tuple[Interval, str | None, str | None]
) -> None:
    f = one(text, language, piece)
    assert (f.interval, f.counts, f.attribution) == expected


def test_german_genitive_plurals_a_carried_weitere_and_no_noun_in_a_participle() -> None:
    text = "Nach Erkenntnissen norwegischer und dänischer Hafenämter legten 900 Schiffe an."
    assert one(text, "de", "900").attribution == "norwegischer und dänischer Hafenämter"
    text = "Die Flotte schickte über 100 Schiffe und plant weitere 60 zu schicken."
    assert one(text, "de", "60").counts == "Schiffe"
    assert one("Die Zahl ist auf rund 2.000 gestiegen.", "de", "2.000").counts is None


@pytest.mark.parametrize(
    ("language", "text", "piece", "period"),
    [
        ("de", "Seit August 2023 legten mehr als 900 Schiffe an.", "900", "Seit August 2023"),
        ("de", "In den vergangenen acht Monaten kamen 40 Schiffe an.", "40",
         "In den vergangenen acht Monaten"),
        ("de", "Im vergangenen Jahr kamen 40 Schiffe an.", "40", "Im vergangenen Jahr"),
        ("de", "Im ersten Halbjahr 2024 kamen 40 Schiffe an.", "40", "Im ersten Halbjahr 2024"),
        ("fr", "Depuis août 2023, plus de 900 navires sont arrivés.", "900", "Depuis août 2023"),
        ("fr", "Au cours des huit derniers mois, 40 navires sont arrivés.", "40",
         "Au cours des huit derniers mois"),
        ("fr", "L'an dernier, 40 navires sont arrivés.", "40", "L'an dernier"),
        ("fr", "Au 4 juin, 19 904 barils avaient été livrés.", "19 904", "Au 4 juin"),
    ],
)  # fmt: skip
def test_german_and_french_periods(language: str, text: str, piece: str, period: str) -> None:
    assert one(text, language, piece).period == period


@pytest.mark.parametrize(
    ("text", "piece", "value", "unit"),
    [
        ("Nach einem zweieinhalbstündigen Treffen reiste er ab.", "zweieinhalbstündigen",
         Decimal("2.5"), "h"),
        ("Es folgte eine dreiminütige Rede.", "dreiminütige", Decimal(3), "min"),
        ("Ein 24-stündiger Streik legte den Hafen lahm.", "24-stündiger", Decimal(24), "h"),
        ("Das zweitägige Treffen begann am Montag.", "zweitägige", Decimal(2), "day"),
        ("Die anderthalbjährige Haft endete.", "anderthalbjährige", Decimal("1.5"), "yr"),
    ],
)  # fmt: skip
def test_a_german_length_written_as_an_adjective(
    text: str, piece: str, value: Decimal, unit: str
) -> None:
    f = one(text, "de", piece)
    assert f.text == piece
    assert (f.interval, f.unit) == (Interval.exact(value), unit)


def test_a_german_length_takes_the_hedge_before_it() -> None:
    f = one("Nach einer fast dreiminütigen Rede ging er.", "de", "dreiminütigen")
    assert f.interval == Interval.closed(Decimal("2.7"), Decimal(3))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Rund 10'000 Soldaten und 1’200 Kisten."),
        ("fr", "Environ 10'000 soldats et 1’200 caisses."),
    ],
)
def test_the_swiss_apostrophe_groups_thousands(language: str, text: str) -> None:
    f = one(text, language, "10'000")
    assert f.interval == Interval.closed(Decimal(9000), Decimal(11000))
    assert one(text, language, "1’200").value == 1200


def test_an_age_in_brackets_after_a_name_is_years() -> None:
    text = "Machthaber Kim Jong Un (41) sah 300 Kisten; die Brigade (12) half."
    assert one(text, "de", "41").unit == "yr"
    assert one(text, "de", "12").unit == "1"  # a noun with its article: not a name
    assert one(text, "de", "300").unit == "1"


@pytest.mark.parametrize(
    ("language", "text", "piece", "source"),
    [
        ("fr", "Selon un communiqué publié ce jeudi par l'Office des ports (ODP), 40 navires"
         " sont partis.", "40", "Office des ports (ODP)"),
        # "ajouté à": added to a list, not said
        ("fr", "Les Etats-Unis ont ajouté à leur liste cinq entités.", "cinq", None),
        ("fr", "« Il y a 300 morts », a ajouté le ministre.", "300", "ministre"),
        ("de", "Hafenmedien, darunter die Agentur Nord, meldeten, dass 900 Kisten fehlen.", "900",
         "Hafenmedien"),
    ],
)  # fmt: skip
def test_french_and_german_sources_with_words_between(
    language: str, text: str, piece: str, source: str | None
) -> None:
    assert one(text, language, piece).attribution == source


@pytest.mark.parametrize(
    ("text", "piece", "unit"),
    [
        ("Sie erhalten monatliche Löhne von 2.000 US-Dollar pro Soldat.", "2.000", "USD/month"),
        ("Soldaten bekommen 50 nordkoreanische Won pro Monat.", "50", "KPW/month"),
        ("Der Hafen zahlte 3 Millionen südkoreanische Won.", "3 Millionen", "KRW"),
    ],
)
def test_german_pay_a_rate_adjective_before_and_won_by_country(
    text: str, piece: str, unit: str
) -> None:
    assert one(text, "de", piece).unit == unit


def test_a_french_source_after_the_verb_and_a_word_of_time() -> None:
    text = (
        "Le port a reçu 60 grues. C'est ce qu'a affirmé, hier, une délégation du Centre"
        " international pour la sécurité des ports (CISP)."
    )
    assert one(text, "fr", "60").attribution == (
        "délégation du Centre international pour la sécurité des ports (CISP)"
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Leiter der Hafenbehörde, Kim Jong Un, sagte, 300 Schiffe seien gekommen.",
         "Leiter der Hafenbehörde, Kim Jong Un"),
        ("300 Schiffe kamen, teilte der Leiter der Hafenbehörde, Kim Jong Un, mit.",
         "Leiter der Hafenbehörde, Kim Jong Un"),
        ("Es kamen 300 Schiffe, sagte der Sprecher.", "Sprecher"),  # no name between commas
    ],
)  # fmt: skip
def test_a_german_role_with_the_name_after_it(text: str, source: str) -> None:
    assert one(text, "de", "300").attribution == source
