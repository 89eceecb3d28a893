"""Forms of figures met in reporting the corpus did not hold at first: vague magnitudes
("several hundred"), shares and multipliers ("2 out of 5", "tenfold"), calibres, sources
named after their figures, parenthetical restatements and counted participles.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import attribution as A
from factcheck.extract import figures as F
from factcheck.extract import find_figures
from factcheck.extract import patterns as P
from factcheck.hedges import load_hedges
from factcheck.interval import Interval
from factcheck.model import Article, Figure

ROOT = Path(__file__).parents[1]
HEDGES = load_hedges(ROOT / "rules" / "hedges.yaml")


def figures(text: str, language: str = "en") -> tuple[Figure, ...]:
    art = Article(
        id="t1",
        path="t.txt",
        title=None,
        outlet=None,
        published=datetime.date(2024, 11, 22),
        date_source="option",
        url=None,
        language=language,
        text=text,
    )
    found = find_figures(art, HEDGES)
    for f in found:
        assert art.text[f.start : f.end] == f.text
    return found


def one(text: str, piece: str) -> Figure:
    found = [f for f in figures(text) if piece in f.text]
    assert len(found) == 1, [f.text for f in figures(text)]
    return found[0]


# -- vague magnitudes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "piece", "interval", "qualifier", "counts"),
    [
        ("Medics treated several hundred sailors.", "several", Interval.above(300, inclusive=True),
         "several hundred", "sailors"),
        ("The port took several thousand crates.", "several", Interval.above(3000, inclusive=True),
         "several thousand", "crates"),
        ("It bought several million rounds.", "several",
         Interval.above(3_000_000, inclusive=True), "several million", "rounds"),
        ("They lost several dozen of their drones.", "several",
         Interval.above(36, inclusive=True), "several dozen of", "drones"),
        ("It bought at least several million rounds.", "several",
         Interval.above(3_000_000, inclusive=True), "at least", "rounds"),
        ("It bought more than several million rounds.", "several", Interval.above(3_000_000),
         "more than", "rounds"),
        ("It bought up to several thousand rounds.", "several", Interval.closed(0, 9000),
         "up to", "rounds"),
    ],
)  # fmt: skip
def test_several_is_three_of_the_magnitude_or_more(
    sentence: str, piece: str, interval: Interval, qualifier: str, counts: str
) -> None:
    f = one(sentence, piece)
    assert (f.interval, f.qualifier, f.counts, f.value) == (interval, qualifier, counts, None)


@pytest.mark.parametrize(
    ("sentence", "piece", "low", "counts"),
    [
        ('Since May there have been "hundreds" of casualties.', "hundreds", 200, "casualties"),
        ("There were “thousands” of the refugees at the border.", "thousands", 2000, "refugees"),
        ("Thousands fled across the river.", "Thousands", 2000, None),
        ("Hundreds were detained overnight.", "Hundreds", 200, "detained"),
        ("There have been hundreds of casualties.", "hundreds", 200, "casualties"),
    ],
)
def test_a_plural_magnitude_alone_or_quoted_is_at_least_two_of_it(
    sentence: str, piece: str, low: int, counts: str | None
) -> None:
    f = one(sentence, piece)
    assert f.interval == Interval.above(low, inclusive=True)
    assert f.counts == counts


def test_several_alone_is_three_or_more_and_tens_alone_no_number() -> None:
    (f,) = figures("Several ships waited, and the tens digit was smudged.")
    assert (f.text, f.interval, f.qualifier) == (
        "Several ships",
        Interval.above(3, inclusive=True),
        "Several",
    )
    assert figures("Several officials said so, several times.") == ()  # who said it; how often


def test_approaching_is_nearly() -> None:
    f = one("Deaths are approaching 1,000.", "1,000")
    assert (f.qualifier, f.interval) == ("approaching", Interval.closed(900, 1000))
    assert f.value == Decimal(1000)


# -- shares and multipliers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "piece", "value", "interval", "counts"),
    [
        ("Only 2 out of 5 drones reached the city.", "2 out of 5", "0.4", Interval.exact("0.4"),
         "drones"),
        ("One out of ten shells failed to explode.", "One out of ten", "0.1",
         Interval.exact("0.1"), "shells"),
        ("Traffic saw a twofold rise in May.", "twofold", "2", Interval.exact(2), None),
        ("Prices went up tenfold.", "tenfold", "10", Interval.exact(10), None),
        ("It was a gap of nearly tenfold.", "tenfold", "10", Interval.closed(9, 10), None),
        ("Output rose 10-fold.", "10-fold", "10", Interval.exact(10), None),
        ("They sent 9,000 men, more than tripling the first estimate.", "tripling", "3",
         Interval.above(3), None),
        ("Imports are doubling the totals of 2022.", "doubling", "2", Interval.exact(2), None),
    ],
)  # fmt: skip
def test_shares_out_of_and_multipliers(
    sentence: str, piece: str, value: str, interval: Interval, counts: str | None
) -> None:
    f = one(sentence, piece)
    assert f.unit == "×"
    assert f.value == Decimal(value)
    assert f.interval == interval
    if counts is not None:
        assert f.counts == counts


def test_out_of_the_whole_is_a_count_of_what_the_whole_counts() -> None:
    found = figures("Experts examined 21 out of the 50 ballistic missiles fired.")
    assert [(f.text, f.unit, f.counts) for f in found] == [
        ("21", "1", "ballistic missiles"),
        ("50 ballistic missiles", "1", "ballistic missiles"),
    ]


# -- calibres ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "counted", "counts"),
    [
        ("There may be over 3 million 152-millimeter shells.", "3 million", "shells"),
        ("It also sent 500,000 122-millimetre rounds.", "500,000", "rounds"),
        ("The crates hold about 6 million 6-inch artillery shells.", "6 million",
         "artillery shells"),
        ("They moved more than 6 million 152 mm artillery shells.", "6 million",
         "artillery shells"),
        ("Crews fired forty 155mm shells.", "forty", "shells"),
        ("Officials counted about 50 of the 170-mm howitzers.", "50", "howitzers"),
        # a calibre before a model designation
        ("The navy bought 40 of the 170 mm M1989 guns.", "40", "M1989 guns"),
    ],
)  # fmt: skip
def test_a_calibre_is_no_figure_and_the_noun_after_it_is_counted(
    sentence: str, counted: str, counts: str
) -> None:
    found = figures(sentence)
    assert len(found) == 1, [f.text for f in found]
    assert counted in found[0].text
    assert (found[0].unit, found[0].counts) == ("1", counts)


@pytest.mark.parametrize(
    ("sentence", "piece"), [("Rain reached 30 mm in July.", "30 mm"), ("It was 5 mm wide.", "5")]
)
def test_a_length_in_millimetres_is_still_a_figure(sentence: str, piece: str) -> None:
    assert one(sentence, piece).unit == "mm"


_PIECES = ["152", "6", "-", " ", "mm", "millimeter", "millimetres", "inch", "cm", "-cm", "shells",
           "of", "in", "wide", "A", "mm.", ",", "3.5", "x"]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_spans_blocked_with_shortcuts_are_the_plain_patterns(text: str) -> None:
    plain = sorted(m.span() for rx in P.BLOCKED for m in rx.finditer(text))
    assert sorted(F._blocked(text, P.lower_words(text))) == plain


# -- sources named after the figure, and pronouns ----------------------------------------


@pytest.mark.parametrize(
    ("text", "piece", "source"),
    [
        ("The port shipped 900 crates, reported the Harbour News portal on Friday.", "900",
         "Harbour News portal"),
        ("The port shipped 900 crates, the customs service said.", "900", "customs service"),
        ("The port shipped 900 crates, a dock worker told Reuters.", "900", "dock worker"),
        ("The soldier, captured by the enemy, said he was owed $900.", "900", "soldier"),
        ("Anna Berg, a port official, said 900 crates had left.", "900", "Anna Berg"),
        ("The port chief, Anna Berg, said 900 crates had left.", "900", "Anna Berg"),
        ("Anna Berg stated that according to customs data, 900 crates left.", "900",
         "Anna Berg, citing customs"),
        ("The Daily Post said 900 crates left, citing an unnamed senior official.", "900",
         "The Daily Post, citing unnamed senior official"),
        ("Norway's coastal rescue service stated that 900 people were saved.", "900",
         "coastal rescue service"),
        ("Some 900 crates left, according to an analysis by the shipping firm Kelp.", "900",
         "shipping firm Kelp"),
        ("Dock workers discovered 900 crates in the hold.", "900", "Dock workers"),
        ("Two lawmakers briefed by the customs service said 900 crates left.", "900",
         "Two lawmakers, citing the customs service"),
        ("Officers at the port said 900 crates left.", "900", "Officers at the port"),
        ("Officials in Oslo said 900 crates left.", "900", "Officials in Oslo"),
        ("Port estimates from Norway and Sweden suggest 900 crates left.", "900",
         "Norway and Sweden"),
        ("Estimates by Norway's customs agency put the number at 900.", "900", "customs agency"),
        ("Fresh estimates by Swedish analysts show that 900 crates left.", "900",
         "Swedish analysts"),
        ("Figures from the Oslo port authority, a state body, indicate 900 crates left.", "900",
         "Oslo port authority"),
        ("Recent calculations by the Baltic Institute indicate that 900 crates left.", "900",
         "Baltic Institute"),
        ("The Daily Post, which cited customs officials, said 900 crates left.", "900",
         "The Daily Post, citing customs officials"),
        ("The Daily Post, citing customs officials, said on Friday that 900 crates left.", "900",
         "The Daily Post, citing customs officials"),
        ("The Baltic Customs Board pointed out that 900 crates left.", "900",
         "Baltic Customs Board"),
        ("The board recalled that 900 crates had left in May.", "900", "The board"),
        ("Norway asserts that 900 crates left.", "900", "Norway"),
        ("The Coastal Watch Service (CWS) of Norway revealed that 900 crates left.", "900",
         "Coastal Watch Service (CWS) of Norway"),
        ("Norway and Sweden disclosed that 900 crates left.", "900", "Norway and Sweden"),
        ("Oslo's year-end customs report stated that 900 crates left.", "900", "Oslo"),
        ("The logs, obtained by the maritime nonprofit Kelp and shared with reporters, show that"
         " 900 crates left.", "900", "maritime nonprofit Kelp"),
        ("According to radar images provided by the Polar Watch Institute (PWI), a Danish think"
         " tank, 900 crates left.", "900", "Polar Watch Institute"),
        ("The port shipped 900 crates. This was reported by the Dock Gazette with reference to"
         " a report by the customs service.", "900", "Dock Gazette, citing the customs service"),
        ("The port shipped 900 crates. This was written by the Dock Gazette with reference to"
         " an unpublished report of the customs service.", "900",
         "Dock Gazette, citing the customs service"),
        ('"The quay holds 900 crates," said Berg on Telegram.', "900", "Berg"),
        ("Norway, along with Sweden and Finland, has accused the port of hiding 900 crates.",
         "900", "Norway"),
        ("Norwegian customs first publicized reports that 900 crates had left.", "900",
         "Norwegian customs"),
        ("Some 900 crates left, according to an analysis conducted by the Oslo-based research"
         " group Kelp.", "900", "Kelp"),
        ("Ships moved 900 crates, a new analysis by the Oslo-based Polar Centre (PC) can reveal.",
         "900", "Polar Centre"),
        ("Norway's customs service released a report. The latest customs report indicates"
         " that 900 crates left.", "900", "customs service"),
    ],
)  # fmt: skip
def test_sources_in_the_sentence(text: str, piece: str, source: str) -> None:
    attribution = one(text, piece).attribution
    assert attribution is not None
    assert source in attribution


def test_this_was_reported_by_attributes_the_figures_before_it() -> None:
    text = (
        "The port shipped 900 crates last week.\n"
        "This was reported by the Harbour Monitor.\n"
        "Another paragraph names 12 ships, and the harbour master said 40 left.\n"
        "The crane moved 7 loads. This was reported by the Dock Gazette."
    )
    assert one(text, "900").attribution == "the Harbour Monitor"
    assert one(text, "40").attribution == "the harbour master"  # its own source stays
    assert one(text, "7 loads").attribution == "the Dock Gazette"


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Monitor published a report on Monday. The report said 900 crates left.",
        "The Harbour Monitor, a Danish group, released new figures.\nThe figures show 900 left.",
        "A study by the Harbour Monitor came out.\nShips wait.\nThe data showed 900 crates left.",
        "The Harbour Monitor's report is out. Cranes rust. The report also says 900 crates left.",
        "The Harbour Monitor's report is out. Its latest figures show 900 crates left.",
    ],
)
def test_a_report_named_as_the_subject_is_its_publishers(text: str) -> None:
    assert (one(text, "900").attribution or "").lower() == "the harbour monitor"


def test_according_to_the_report_is_its_publishers() -> None:
    text = "The Harbour Monitor published a report on Monday.\nAccording to the report, 900 left."
    assert one(text, "900").attribution == "The Harbour Monitor"
    # no one named who published it: the work itself
    assert one("According to the report, 900 crates left.", "900").attribution == "report"
    f = one("Some 900 crates left, a state-run think tank report showed.", "900")
    assert f.attribution == "state-run think tank report"
    assert one("About 40 died, a U.S. intelligence assessment found.", "40").attribution == (
        "U.S. intelligence assessment"
    )
    # a name with no article before the work: "NK News analysis shows"
    assert one("Harbour Monitor analysis shows that 900 left.", "900").attribution == (
        "Harbour Monitor analysis"
    )


def test_a_name_joined_by_and_after_for_or_of_is_one_name() -> None:
    text = (
        "The Harbour Monitor analyzed data compiled by the Center for Maritime and Port"
        " Studies.\n\nEight ships left in June."
    )
    assert one(text, "Eight").attribution == "The Harbour Monitor"  # the analyst, not the data
    f = one(
        "Port data compiled by the Institute for Trade and Shipping Studies show 40 ships.", "40"
    )
    assert f.attribution == "the Institute for Trade and Shipping Studies"
    quote = '"According to preliminary data, 900 crates have left," said Berg on Monday.'
    assert one(quote, "900").attribution == "Berg"  # data of no one's: the speaker's


def test_a_report_whose_publisher_is_not_named_is_the_source() -> None:
    text = "Anna Berg said a report came out. The report said 900 crates left."
    assert one(text, "900").attribution == "report"  # not the one who spoke of it before
    assert one("The report said 900 crates left.", "900").attribution == "report"


def test_a_pronoun_stands_for_the_one_named_before() -> None:
    text = (
        "Trade Minister Anna Berg said the port was busy.\n"
        "She stated that 900 crates had left. According to her, 40 more will follow.\n"
        '"At least 12 ships are waiting," the minister clarified.\n'
        "According to her, the port runs at 70% of capacity."
    )
    assert one(text, "900").attribution == "Trade Minister Anna Berg"
    assert one(text, "40").attribution == "Trade Minister Anna Berg"
    assert one(text, "12 ships").attribution == "the minister"
    assert one(text, "70%").attribution == "Trade Minister Anna Berg"


def test_a_pronoun_points_back_one_paragraph_without_sources_at_most() -> None:
    text = "Anna Berg said it was busy.\nShips wait.\nCranes rust.\nShe said 900 crates left."
    assert one(text, "900").attribution is None
    text = "Anna Berg said it was busy.\nShips wait.\nShe said 900 crates left."
    assert one(text, "900").attribution == "Anna Berg"


def test_it_stands_for_the_body_named_before() -> None:
    text = (
        "The Baltic Customs Board reported a busy month.\n"
        "About 900 crates left the port in May, it said on its website.\n"
        "Customs officers counted the ships. The agency said the port was full.\n"
        "Another 40 ships are due, it added."
    )
    assert one(text, "900").attribution == "The Baltic Customs Board"
    assert one(text, "40").attribution == "The agency"  # a role, not the plural before it
    assert one("About 900 crates left, it said.", "900").attribution is None


def test_it_is_noted_takes_the_source_the_article_named_last() -> None:
    text = (
        "The Harbour Monitor said the port was busy.\n"
        "Details\n"
        "It is noted that 900 crates left in May.\n"
        "Some 40 ships are waiting."
    )
    assert one(text, "900").attribution == "The Harbour Monitor"
    assert one(text, "40").attribution is None  # said without a source: no one's
    assert one("It is noted that 900 crates left.", "900").attribution is None


def test_cest_ce_qua_declare_names_the_source_of_the_figures_before_it() -> None:
    text = (
        "Environ 900 caisses ont quitté le port. C'est ce qu'a déclaré le Service norvégien de"
        " surveillance côtière (SNSC) lors d'une conférence."
    )
    found = [f for f in figures(text, "fr") if "900" in f.text]
    assert [f.attribution for f in found] == ["Service norvégien de surveillance côtière (SNSC)"]


def test_they_is_no_source() -> None:
    text = "Dock workers counted the crates. About 900 left, they said."
    assert one(text, "900").attribution == "Dock workers"  # from the sentence before
    assert one("About 900 left, they said.", "900").attribution is None


# -- restatements in brackets ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece", "unit", "period"),
    [
        ("Each earns monthly pay of $2,000 (about 2.7 million won).", "2.7 million won",
         "KRW/month", None),
        ("Each earns 135,000 won a month ($98) at home.", "$98", "USD/month", None),
        ("The monthly wage, which was 135,000 won ($98) in 2023, is low.", "135,000 won",
         "KRW/month", "in 2023"),
        ("The monthly wage, which was 135,000 won ($98) in 2023, is low.", "$98", "USD/month",
         "in 2023"),
        ("Each is paid 900 euros ($990 a week).", "900 euros", "EUR/week", None),
        ("It cost 5 million North Korean won ($500).", "won", "KPW", None),
        ("A bonus of 300,000 rubles ($3,300) is paid once.", "$3,300", "USD", None),
    ],
)  # fmt: skip
def test_a_restatement_in_brackets_shares_rate_and_period(
    text: str, piece: str, unit: str, period: str | None
) -> None:
    f = one(text, piece)
    assert (f.unit, f.period) == (unit, period)


def test_a_won_sum_alone_keeps_the_korea_the_sentence_names() -> None:
    assert one("Soldiers in North Korea earn 9,000 won.", "9,000").unit == "KPW"
    assert one("Workers in Seoul earn 2 million won.", "2 million").unit == "KRW"


def test_an_aside_in_brackets_ends_no_clause() -> None:
    f = one("Exports reached 400 tonnes (mostly coal) in 2023.", "400")
    assert f.period == "in 2023"


# -- what a number counts when no noun follows it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "piece", "counts"),
    [
        ("In May 50 sailors were killed and 47 injured.", "47", "injured"),
        ("Since May 24 people have been killed and another 115 injured.", "115", "injured"),
        ("Around 100 died, with nearly 1,000 others injured.", "1,000", "others injured"),
        ("The injured are approaching 1,000.", "1,000", "injured"),
        ("Port losses in October exceeded 40,000.", "40,000", "losses"),
        ("Clinics took several dozen of the wounded.", "dozen", "wounded"),
        ("At least 500 of them had been killed or wounded.", "500", "killed or wounded"),
        ("Another 40 were wounded.", "40", "wounded"),
        ("Out of roughly 11,000 sent, many stayed.", "11,000", "sent"),
        ("About 50,000 Russian and North Korean soldiers massed.", "50,000",
         "Russian and North Korean soldiers"),
        ('It may have killed "several hundred" soldiers.', "several", "soldiers"),
    ],
)  # fmt: skip
def test_counted_participles_subjects_and_pairs_of_names(
    text: str, piece: str, counts: str
) -> None:
    assert one(text, piece).counts == counts


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Another 40 died in the night.", "40"),  # a verb, not what they are
        ("The ministry says 300 were trained.", "300"),
    ],
)
def test_a_verb_after_a_number_is_not_what_it_counts(text: str, piece: str) -> None:
    assert one(text, piece).counts is None


def test_adjectives_of_origin_share_the_noun_after_them() -> None:
    text = "He met 3 Russian and 4 Korean officers; Seoul listed seven North Korean and two"
    text += " Chinese vessels."
    assert one(text, "3").counts == "Russian officers"
    assert one(text, "seven").counts == "North Korean vessels"
    assert one(text, "two").counts == "Chinese vessels"


def test_a_comparison_goes_on_from_the_figure_before() -> None:
    text = "Plants will make about 4.5 million shells in 2024 (compared to 1.3 million in Europe)."
    assert one(text, "1.3 million").counts == "shells"
    assert one("Exports reached 3,000 tonnes, up from 2,100.", "2,100").unit == "t"


# -- periods -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece", "period"),
    [
        ("Crews loaded 40 ships within just three days.", "40", "within just three days"),
        ("As a result of strikes since Dec. 30, 2023, 24 people died.", "24",
         "since Dec. 30, 2023"),
        ("The ministry said that since September 2023, 10,000 crates had left.", "10,000",
         "since September 2023"),
        ("More than 600,000 have been hurt since the February 2022 invasion.", "600,000",
         "since the February 2022"),
    ],
)  # fmt: skip
def test_periods_that_open_a_clause_or_say_just(text: str, piece: str, period: str) -> None:
    assert one(text, piece).period == period


def test_last_years_is_a_period() -> None:
    assert one("Last year’s tests cost $1bn.", "$1bn").period == "Last year’s"
    assert one("Last years of war cost $1bn.", "$1bn").period is None


def test_a_period_opening_a_later_clause_is_not_the_period_of_a_figure_before_it() -> None:
    text = "Crews loaded 300 ships, and since March, 500 more."
    assert one(text, "300").period is None
    assert one(text, "500").period == "since March"


_SOURCE_PIECES = ["The", "Open", "Source", "Centre", "'s", "’s", "analysis", "data", "of",
                  "the", "BBC", "study", "says", "said", "he", "He", "him", "according", "to",
                  "Korea's", "estimates", ",", ".", "x"]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_SOURCE_PIECES), max_size=20).map(" ".join))
def test_possessive_sources_found_with_the_shortcut_are_the_plain_pattern(text: str) -> None:
    found = list(A._SHAPES[2][1].finditer(text))
    plain = [m.span() for m in A.ATTR_POSSESSIVE.finditer(text)]
    shortened = A.ATTR_POSSESSIVE.finditer(text, 0, found[-1].end()) if found else iter(())
    assert [m.span() for m in shortened] == plain


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*_SOURCE_PIECES, "told", "a", "harbour", "master"]), max_size=20)
       .map(" ".join))  # fmt: skip
def test_speakers_found_with_the_shortcut_are_the_plain_pattern(text: str) -> None:
    found = list(A._SHAPES[5][1].finditer(text))
    plain = [m.span() for m in A.ATTR_SPEAKER.finditer(text)]
    shortened = A.ATTR_SPEAKER.finditer(text, 0, found[-1].end()) if found else iter(())
    assert [m.span() for m in shortened] == plain


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*_SOURCE_PIECES, "Said", "said_x", "ſaid", "noted"]),
                max_size=20).map(" ".join))  # fmt: skip
def test_subjects_read_up_to_the_last_verb_word_are_the_plain_pattern(text: str) -> None:
    P.lower_words.cache_clear()
    end = A._last_verb(text)
    plain = [m.span() for m in A.ATTR_SUBJECT.finditer(text)]
    if end is not None:
        assert [m.span() for m in A.ATTR_SUBJECT.finditer(text, 0, end)] == plain


# -- dates: parts of years, spans of years and days, dates still to come ------------------


def _days(f: Figure) -> tuple[datetime.date, datetime.date]:
    assert f.unit == "date"
    low, high = f.interval.low, f.interval.high
    return datetime.date.fromordinal(int(low)), datetime.date.fromordinal(int(high))


@pytest.mark.parametrize(
    ("text", "piece", "first", "last"),
    [
        ("Since mid-2022 the port has grown.", "2022", "2022-01-01", "2022-12-31"),
        ("Work began in early-2023.", "2023", "2023-01-01", "2023-12-31"),
        ("Most were born between 2005 and 2007.", "between 2005 and 2007", "2005-01-01",
         "2007-12-31"),
        ("Trade grew from 2021 to 2023.", "from 2021 to 2023", "2021-01-01", "2023-12-31"),
        ("The 2021–2023 surge ended.", "2021–2023", "2021-01-01", "2023-12-31"),
        ("Talks ran Feb. 23-26 in Oslo.", "Feb. 23-26", "2024-02-23", "2024-02-26"),
        ("Talks ran on 23–26 February 2023.", "23–26 February 2023", "2023-02-23",
         "2023-02-26"),
        # the article is dated 22 November 2024: a date still to come is the nearest one
        ("The depot could be empty by mid-March.", "March", "2025-03-01", "2025-03-31"),
        ("Sailors are set to parade on January 9.", "January 9", "2025-01-09", "2025-01-09"),
        ("Officials could not confirm that ships docked in March.", "March", "2024-03-01",
         "2024-03-31"),
        ("The ships may have docked in March.", "March", "2024-03-01", "2024-03-31"),
        ("The ships docked in March.", "March", "2024-03-01", "2024-03-31"),
        ("Ships will dock, as the port said on November 20.", "November 20", "2024-11-20",
         "2024-11-20"),
    ],
)  # fmt: skip
def test_dates_of_parts_spans_and_the_future(text: str, piece: str, first: str, last: str) -> None:
    f = next(f for f in figures(text) if f.unit == "date" and piece in f.text)
    assert f.text == piece or piece in f.text
    assert _days(f) == (datetime.date.fromisoformat(first), datetime.date.fromisoformat(last))


def test_two_days_between_stay_two_dates() -> None:
    found = [f for f in figures("Ships docked between March 7 and November 5.") if f.unit == "date"]
    assert [f.text for f in found] == ["March 7", "November 5"]
    assert figures("The M-2022 launcher and a pre-2022 stock.") == ()


@pytest.mark.parametrize(
    ("text", "piece", "first", "last"),
    [
        ("Ships sailed from October to December.", "from October to December",
         "2024-10-01", "2024-12-31"),
        ("Flour went in from January to July of last year.",
         "from January to July of last year", "2023-01-01", "2023-07-31"),
        ("Trains run from August through January.", "from August through January",
         "2024-08-01", "2025-01-31"),
        ("Exports rose in April-May 2024.", "April-May 2024", "2024-04-01", "2024-05-31"),
        ("Deliveries peaked in August and September.", "August and September",
         "2024-08-01", "2024-09-30"),
        ("Les livraisons entre février et juin ont doublé.", "entre février et juin",
         "2024-02-01", "2024-06-30"),
        ("Von Januar bis Juli stiegen die Lieferungen.", "Von Januar bis Juli",
         "2024-01-01", "2024-07-31"),
    ],
)  # fmt: skip
def test_two_months_joined_as_a_period_are_one_date(
    text: str, piece: str, first: str, last: str
) -> None:
    language = "fr" if "entre" in text else "de" if "Von" in text else "en"
    found = [f for f in figures(text, language=language) if f.unit == "date"]
    assert [f.text for f in found] == [piece]
    assert _days(found[0]) == (
        datetime.date.fromisoformat(first),
        datetime.date.fromisoformat(last),
    )


def test_two_months_apart_joined_by_and_stay_two_dates() -> None:
    found = [f for f in figures("Tankers called in March and October.") if f.unit == "date"]
    assert [f.text for f in found] == ["March", "October"]


def test_thousand_and_digits_as_a_broadcast_writes_them() -> None:
    f = one("The port counted 600 dead, with another four-thousand-100 injured.", "four")
    assert (f.text, f.value, f.counts) == ("four-thousand-100 injured", Decimal(4100), "injured")


def test_a_full_stop_with_no_space_after_it_ends_a_sentence() -> None:
    text = "Officials said on Friday.Kim Jong Un praised 600 dockers. See news.example.com."
    found = [f for f in figures(text) if f.unit == "1"]
    assert [f.sentence for f in found] == ["Kim Jong Un praised 600 dockers."]


def test_two_sources_joined_by_and_after_according_to() -> None:
    f = one("According to port officials and Western intelligence officials, 900 left.", "900")
    assert f.attribution == "port officials and Western intelligence officials"


def test_a_month_after_since_at_least() -> None:
    found = [f for f in figures("Ships have docked since at least November.") if f.unit == "date"]
    assert [f.text for f in found] == ["November"]


@pytest.mark.parametrize(
    ("text", "piece", "interval", "unit"),
    [
        ("The port runs a twice-monthly ferry.", "twice-monthly", Interval.exact(2), "1/month"),
        ("A twice-weekly train left.", "twice-weekly", Interval.exact(2), "1/week"),
        ("Deliveries halved this year.", "halved", Interval.exact(Decimal("0.5")), "×"),
        # the hedge is of the fall: more than halved leaves less than a half
        ("Deliveries more than halved.", "halved",
         Interval(Decimal(0), Decimal("0.5"), high_open=True), "×"),
        ("Deliveries nearly halved.", "halved", Interval.closed(Decimal("0.5"), Decimal("0.55")),
         "×"),
    ],
)  # fmt: skip
def test_rates_in_adverbs_and_a_fall_by_half(
    text: str, piece: str, interval: Interval, unit: str
) -> None:
    f = one(text, piece)
    assert (f.interval, f.unit) == (interval, unit)


@pytest.mark.parametrize(
    ("text", "piece", "first", "last"),
    [
        ("Exports rose in the first five months of this year.", "first five months of this year",
         "2024-01-01", "2024-05-31"),
        ("Prices rose in the last three months of 2023.", "last three months of 2023",
         "2023-10-01", "2023-12-31"),
        ("Ships left in the first half of this year.", "first half of this year",
         "2024-01-01", "2024-06-30"),
    ],
)  # fmt: skip
def test_the_first_months_of_a_year_are_a_date(
    text: str, piece: str, first: str, last: str
) -> None:
    found = [f for f in figures(text) if f.unit == "date"]
    assert [f.text for f in found] == [piece]
    assert _days(found[0]) == (
        datetime.date.fromisoformat(first),
        datetime.date.fromisoformat(last),
    )
    assert not [f for f in figures(text) if f.unit == "month"]  # not a duration besides


def test_a_year_after_an_article_in_english_is_a_year() -> None:
    found = figures("Inspectors found the 2024 components in the debris.")
    assert [(f.text, f.unit) for f in found] == [("2024", "date")]


@pytest.mark.parametrize(
    ("text", "piece", "source"),
    [
        # a pronoun is no speaker: "a journey it said took eight days"
        ("The Harbour Board said it would open a line, a journey it said took eight days.",
         "eight", "The Harbour Board"),
        # a passive verb is about its subject, not said by it
        ("The dock officials, who are accused of selling 40 cranes, deny it.", "40", None),
        ("Per the Harbour Board, 900 crates left.", "900", "the Harbour Board"),
        ("The port representative added that 30 ships left.", "30", "The port representative"),
        # who supplied them is not who tells
        ("The army fired 60 shells provided by Norway, the harbour police revealed.", "60",
         "the harbour police"),
        ("The town, which Norway's central bank said was worth $2 million, grew.", "$2",
         "Norway's central bank"),
        ("The ship carried 2,000 crates, according to a statement from the Harbour Board.",
         "2,000", "the Harbour Board"),
        ("According to a briefing by the port police, 300 crates left.", "300", "the port police"),
        # a title in two parts between the name and the verb
        ('"Trade will grow by 3%," Ola Berg, Head of Trade, Nordic Risk at Kelp, told radio.',
         "3%", "Ola Berg"),
        # a relative clause between subject and verb; three named together
        ("An expert panel that monitors the harbour said 30 ships docked.", "30",
         "expert panel"),
        ("Oslo, Bergen and Narvik have accused the line of losing 40 crates.", "40",
         "Oslo, Bergen and Narvik"),
        # who sanctions or identifies them gives their count
        ("The Treasury sanctioned 12 companies and three ships.", "three", "The Treasury"),
        ("A trader was sanctioned by the Harbour Board for selling 40 cranes.", "40",
         "the Harbour Board"),
        ("The Coast Institute identified two of the three ships.", "two", "The Coast Institute"),
        # "sanctions" is a noun as often as a verb
        ("The UN North Korea sanctions committee counted 40 ships.", "40",
         "The UN North Korea sanctions committee"),
        # a which-clause or a day between subject and verb; "in a report by X"
        ("Ship tracker Kelp, which follows tankers, said 12 ships docked.", "12",
         "Ship tracker Kelp"),
        ("Norway's Foreign Office on Monday sanctioned 14 traders.", "14",
         "Norway's Foreign Office"),
        ("The 15 ships were named in a report by the Polar Watch Institute.", "15",
         "the Polar Watch Institute"),
        ("Officials on site reported that around 10 sailors were missing.", "10",
         "Officials on site"),
        # an opening "according to" relays the subject after it
        ("According to the harbour police, the crew counted 21 out of the 50 crates.", "21",
         "the harbour police, citing the crew"),
        ("According to Kelp, 300 sailors left, the ministry said.", "300", "Kelp"),
        # a phrase or a participle between subject and verb, and after an inverted verb
        ("The harbour panel, in its latest report, said 20 tankers had called.", "20",
         "The harbour panel"),
        ("Officials briefed on the matter said about 200 rail cars crossed.", "200",
         "Officials"),
        ("Norway has slapped sanctions on the harbour master and four pilots.", "four",
         "Norway"),
        ("At least 43 ships are involved, said a diplomat familiar with the talks.", "43",
         "diplomat"),
    ],
)  # fmt: skip
def test_who_said_it_and_who_did_not(text: str, piece: str, source: str | None) -> None:
    assert one(text, piece).attribution == source


def test_a_suffix_before_a_headline_s_capitalised_noun() -> None:
    f = one("Some 2K North Korean Troops Sent to Kursk", "2K")
    assert f.interval == Interval.closed(Decimal(1800), Decimal(2200))


def test_one_of_whom_names_no_one() -> None:
    text = "The ministry said two sailors were held, one of whom told guards that 300 died."
    assert one(text, "300").attribution == "The ministry"


def test_respectively_gives_each_figure_its_period() -> None:
    text = "The port shipped 240 crates and 270 crates in 2018 and 2019, respectively."
    assert [(f.text, f.period) for f in figures(text) if f.unit != "date"] == [
        ("240 crates", "2018"),
        ("270 crates", "2019"),
    ]


@pytest.mark.parametrize(
    ("text", "piece", "period"),
    [
        ("In August and September, 24 ships docked.", "24", "In August and September"),
        ("Some 5,000 workers came in July or August.", "5,000", "in July or August"),
        ("At least one tanker has called since last November.", "one", "since last November"),
        ("Eight ships left from January to June last year.", "Eight",
         "from January to June last year"),
        ("The port sold 700 tons of pork for the entirety of 2024.", "700",
         "for the entirety of 2024"),
        ("It shipped 105 barrels for the whole of 2023.", "105", "for the whole of 2023"),
        ("It shipped 50 tonnes in all of 2023.", "50", "in all of 2023"),
        # a comma that groups thousands ends no clause
        ("About 300 crates were lost and 2,700 damaged in the three months to January.",
         "About 300", "in the three months to January"),
        ("Some 14 ships docked in the first 10 days of December.", "Some 14",
         "in the first 10 days of December"),
    ],
)  # fmt: skip
def test_periods_of_two_months_and_of_last_year(text: str, piece: str, period: str) -> None:
    assert one(text, piece).period == period


def test_a_source_named_at_the_end_of_a_sentence_covers_those_before_it() -> None:
    text = (
        "As of today, 900 crates sit on the quay. At this pace the port fills by May, reports"
        " the Baltic Freight Forum (BFF).\n"
        "Another 40 ships are waiting."
    )
    assert one(text, "900").attribution == "the Baltic Freight Forum (BFF)"
    assert one(text, "40").attribution_from == "earlier"  # its own paragraph: not carried


@pytest.mark.parametrize(
    ("text", "piece", "unit"),
    [
        ("Troops retook several hundred square kilometres.", "several", "km2"),
        ("The zone covers 1,200 km².", "1,200", "km2"),
        ("The zone covers 40 sq km.", "40", "km2"),
    ],
)
def test_areas(text: str, piece: str, unit: str) -> None:
    assert one(text, piece).unit == unit


def test_a_month_after_for_is_a_date() -> None:
    f = one("The port reported 900 crates for January.", "January")
    assert _days(f) == (datetime.date(2024, 1, 1), datetime.date(2024, 1, 31))


@pytest.mark.parametrize(
    ("text", "piece", "unit", "interval"),
    [
        ("Tankers Carry Over a Million Barrels", "Million", "bbl", Interval.above(1_000_000)),
        ("The depot lies over six thousand miles away.", "six", "mi", Interval.above(6000)),
        ("Sailors set to earn 23 times local wages.", "23", "×", Interval.exact(Decimal(23))),
    ],
)
def test_headline_units_miles_and_pay_ratios(
    text: str, piece: str, unit: str, interval: Interval
) -> None:
    f = one(text, piece)
    assert (f.unit, f.interval) == (unit, interval)


def test_a_date_a_plan_aims_at_is_still_to_come() -> None:
    f = one("The navy aims to send 40 ships by December.", "December")
    assert _days(f) == (datetime.date(2024, 12, 1), datetime.date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "piece", "unit", "interval"),
    [
        ("The port earned over $6b last year.", "6b", "USD", Interval.above(6_000_000_000)),
        ("A 3,912-dwt tanker docked.", "3,912", "t", Interval.exact(Decimal(3912))),
        ("The ship is 105 meters (344 feet) long.", "344", "ft", Interval.exact(Decimal(344))),
    ],
)
def test_billions_as_b_tonnage_and_feet(
    text: str, piece: str, unit: str, interval: Interval
) -> None:
    f = one(text, piece)
    assert (f.unit, f.interval) == (unit, interval)
    assert figures("The 6b variant and plan B.") == ()  # no currency, no noun: not billions


def test_a_second_day_after_and_and_at_least_one() -> None:
    found = [f for f in figures("Ships docked on Oct. 19 and 23.") if f.unit == "date"]
    assert [_days(f)[0] for f in found] == [
        datetime.date(2024, 10, 19),
        datetime.date(2024, 10, 23),
    ]
    assert one("Ships docked 19 and 23 times.", "19").unit != "date"
    f = one("The port saw at least one direct shipment.", "one")
    assert (f.interval, f.counts) == (Interval.above(1, inclusive=True), "direct shipment")
    assert figures("One of them left.") == ()


@pytest.mark.parametrize(
    ("text", "piece", "counts"),
    [
        ("Crews fired 20 KN-23 missiles at the port.", "20", "KN-23 missiles"),
        ("Depots hold over 100 KN-23 and KN-24 ballistic missiles.", "100",
         "KN-23 and KN-24 ballistic missiles"),
        ("The yard refitted 50 M-1989 Koksan guns.", "50", "M-1989 Koksan guns"),
        ("The air force bought 96 F-16s last spring.", "96", "F-16s"),
        ("A battery launched five KN-23s overnight.", "five", "KN-23s"),
    ],
)  # fmt: skip
def test_a_model_between_a_number_and_its_noun_is_part_of_what_it_counts(
    text: str, piece: str, counts: str
) -> None:
    f = one(text, piece)
    assert f.counts == counts
    assert f.text.endswith(counts)


@pytest.mark.parametrize(
    ("text", "piece", "counts"),
    [
        ("Casualties among the brigade's conscripts reached 4,700.", "4,700", "Casualties"),
        ("Their losses have risen to 4,000, the staff said.", "4,000", "losses"),
        ("Deaths now stand at 300.", "300", "Deaths"),
        ("Arrivals climbed to 900 in a week.", "900", "Arrivals"),
    ],
)  # fmt: skip
def test_a_subject_that_rose_to_or_stands_at_a_bare_number_is_what_it_counts(
    text: str, piece: str, counts: str
) -> None:
    assert one(text, piece).counts == counts


def test_last_and_next_are_never_counted_nouns() -> None:
    f = one("Customs logged 500 last year.", "500")
    assert (f.text, f.counts, f.period) == ("500", None, "last year")


def _titled(text: str) -> tuple[Figure, ...]:
    """The figures of ``text``, its first line its title (as a .txt article's)."""
    art = Article("t1", "t.txt", text.partition("\n")[0], None, None, None, None, "en", text)
    return find_figures(art, HEDGES)


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("60 missiles fired at the port city in a week: Kyiv intel", "Kyiv intel"),
        ("Port earned over $6b through smuggling over 7 years: report", "report"),
        ("Bericht: Nordkorea lieferte bis zu 500.000 Granaten", "Bericht"),
        ("Troops suffer heavy losses near the river: NIS", "NIS"),
        ("Shipyard says it refitted 12 tankers", "Shipyard"),
    ],
)
def test_a_headline_names_the_source_of_figures_that_name_none(headline: str, source: str) -> None:
    found = _titled(f"{headline}\n\nSome 3,000 crates left the port in May.\n")
    claims = [f for f in found if f.unit not in ("date", "yr")]  # no source for a duration
    assert [f.attribution for f in claims] == [source] * len(claims)
    assert [f.attribution_from for f in claims if "3,000" in f.text] == ["headline"]


@pytest.mark.parametrize(
    "headline",
    [
        "Young sailors at the port: Paid more than at home",
        "The Harbour Line: A Clandestine Route Across the Sea",
        "Port Traffic: What We Know",
        "Analysis: the port's busy year",
    ],
)
def test_a_headline_colon_that_names_no_source(headline: str) -> None:
    found = _titled(f"{headline}\n\nSome 3,000 crates left the port in May.\n")
    assert [f.attribution for f in found if "3,000" in f.text] == [None]


@pytest.mark.parametrize(
    ("text", "language", "piece", "first", "last"),
    [
        ("The guns date from the 1970s.", "en", "1970s", "1970-01-01", "1979-12-31"),
        ("Most were built in the '60s.", "en", "'60s", "1960-01-01", "1969-12-31"),
        ("Exports fell in the 1990s-2000s.", "en", "2000s", "2000-01-01", "2009-12-31"),
        ("Sie stammen aus den 1980er Jahren.", "de", "1980er", "1980-01-01", "1989-12-31"),
        ("Ils datent des années 1970.", "fr", "1970", "1970-01-01", "1979-12-31"),
        ("Ils datent des années 80.", "fr", "80", "1980-01-01", "1989-12-31"),
    ],
)  # fmt: skip
def test_a_decade_is_a_date_not_a_quantity(
    text: str, language: str, piece: str, first: str, last: str
) -> None:
    found = [f for f in figures(text, language) if piece in f.text]
    assert [f.unit for f in found] == ["date"]
    assert _days(found[0]) == (
        datetime.date.fromisoformat(first),
        datetime.date.fromisoformat(last),
    )


@pytest.mark.parametrize(
    ("text", "piece", "unit"),
    [
        ("Dockers earned between 5,000 and 10,000 North Korean won (NKW) per month, which"
         " translates to $1 to $3.", "$1", "USD/month"),
        ("Dockers earned between 5,000 and 10,000 North Korean won (NKW) per month.", "5,000",
         "KPW/month"),
        ("Pilots get a monthly wage of around $2,000, with ground crews earning around $800.",
         "$800", "USD/month"),
        ("The yard paid $2,000 a month, and a one-off bonus of $5,000.", "$5,000", "USD"),
    ],
)  # fmt: skip
def test_a_rate_after_initials_a_conversion_and_a_second_pay(
    text: str, piece: str, unit: str
) -> None:
    assert one(text, piece).unit == unit


def test_two_words_before_one_noun_and_a_work_named_in_a_pure_attribution() -> None:
    f = one("About 9 million artillery and rocket shells were sent.", "9 million")
    assert f.counts == "artillery and rocket shells"
    assert one("It sent 300 sailors and 20 tugs.", "300").counts == "sailors"
    text = "The port took in three barges.\nThis, from the first report by the Harbour Monitor."
    assert one(text, "three").attribution == "the Harbour Monitor"


def test_ordinal_days_listed_before_a_date_are_days_of_its_month() -> None:
    found = [
        f for f in figures("Barges left on the 1st, 3rd and 10th of April.") if f.unit == "date"
    ]
    assert [(f.text, _days(f)[0].day) for f in found] == [
        ("1st", 1),
        ("3rd", 3),
        ("10th of April", 10),
    ]
    assert [f.text for f in figures("She came 2nd, on the 5th of May.") if f.unit == "date"] == [
        "5th of May"
    ]


@pytest.mark.parametrize(
    ("text", "piece", "interval", "qualifier", "counts"),
    [
        ("The port took 10,000 or more crates.", "10,000", Interval.above(10_000, inclusive=True),
         "or more", "crates"),
        ("The port took 3,000-plus crates.", "3,000", Interval.above(3000, inclusive=True),
         "-plus", "crates"),
        ("The port took 20+ barges.", "20", Interval.above(20, inclusive=True), "+", "barges"),
        ("The port took 500 or so crates.", "500", Interval.closed(450, 550), "or so", "crates"),
        ("The port took some 3,000-odd crates.", "3,000", Interval.closed(2700, 3300), "some",
         "crates"),
        ("The port took a few hundred crates.", "few", Interval.above(200, inclusive=True),
         "a few hundred", "crates"),
        ("The port took a couple of thousand crates.", "couple", Interval.closed(1500, 2500),
         None, "crates"),
        ("The port took a couple of barges.", "couple", Interval.exact(Decimal(2)), None,
         "barges"),
    ],
)  # fmt: skip
def test_hedges_after_the_number_a_few_and_a_couple(
    text: str, piece: str, interval: Interval, qualifier: str | None, counts: str
) -> None:
    f = one(text, piece)
    assert (f.interval, f.qualifier, f.counts) == (interval, qualifier, counts)
    assert figures("It took a few weeks, 3 or 4 at most.")[0].text != "a few weeks"


@pytest.mark.parametrize(
    ("text", "piece", "source", "counts"),
    [
        ("As many as 30 drowned, a lawmaker quoted the coastguard as saying.", "30",
         "lawmaker, citing the coastguard", None),
        ("The coastguard was quoted as saying that 27 were rescued.", "27", "The coastguard",
         "rescued"),
        ("The port earned $20 million, according to calculations by the Harbour Monitor.", "$20",
         "the Harbour Monitor", None),
        ("The coastguard has put the death toll at around 30.", "30", "The coastguard",
         "death toll"),
    ],
)  # fmt: skip
def test_quoted_as_saying_calculations_by_and_a_toll(
    text: str, piece: str, source: str, counts: str | None
) -> None:
    f = one(text, piece)
    assert (f.attribution, f.counts) == (source, counts)


@pytest.mark.parametrize(
    ("text", "language", "piece", "first", "last"),
    [
        ("Barges came in the summer of 2023.", "en", "summer", "2023-06-01", "2023-08-31"),
        ("Barges came in autumn 2024.", "en", "autumn", "2024-09-01", "2024-11-30"),
        ("Im Herbst 2024 kamen Schiffe.", "de", "Herbst", "2024-09-01", "2024-11-30"),
        ("Ils sont venus depuis l'automne 2024.", "fr", "automne", "2024-09-01", "2024-11-30"),
    ],
)
def test_a_season_of_a_year_is_its_three_months(
    text: str, language: str, piece: str, first: str, last: str
) -> None:
    (f,) = [f for f in figures(text, language) if piece in f.text]
    assert f.unit == "date"
    assert _days(f) == (datetime.date.fromisoformat(first), datetime.date.fromisoformat(last))


@pytest.mark.parametrize(
    ("text", "language", "piece", "unit", "value", "counts"),
    [
        ("Im Juni 2.305 Barrel, im Mai 10.933 Barrel.", "de", "2.305", "bbl", 2305, "Barrel"),
        ("Die Lieferungen haben sich vervierfacht.", "de", "vervierfacht", "×", 4, None),
        ("Le volume a doublé en un an.", "fr", "doublé", "×", 2, None),
        ("The port earned as much as 8 trillion won, North Korea's media said.", "en", "won",
         "KRW", 8 * 10**12, None),
        ("Workers in North Korea earn 9,000 won.", "en", "won", "KPW", 9000, None),
        ("Crews fired eight North Korea-made KN-23 missiles.", "en", "eight", "1", 8,
         "North Korea-made KN-23 missiles"),
        ("The number increased sharply to as much as over nine times.", "en", "nine", "×", 9,
         None),
    ],
)  # fmt: skip
def test_a_day_is_no_digit_group_multiplier_verbs_won_and_models_in_a_noun(
    text: str, language: str, piece: str, unit: str, value: int, counts: str | None
) -> None:
    (f,) = [f for f in figures(text, language) if piece in f.text]
    assert (f.unit, f.value, f.counts) == (unit, Decimal(value), counts)


@pytest.mark.parametrize(
    ("text", "piece", "unit", "counts", "source"),
    [
        ("Dockers say the average monthly wage for port workers is less than $1.", "$1",
         "USD/month", None, "Dockers"),
        ("The mayor put the total figure of Oslo's crews at approaching 1,200.", "1,200",
         "1", "Oslo's crews", "The mayor"),
        ("Losses are estimated at 4,000.", "4,000", "1", "Losses", None),
        ("Some 40 barges were seen. Another 10 left, per the Harbour Monitor.", "40", "1",
         "barges", "the Harbour Monitor"),
    ],
)  # fmt: skip
def test_pay_as_the_subject_the_figure_of_estimated_at_and_a_trailing_per(
    text: str, piece: str, unit: str, counts: str | None, source: str | None
) -> None:
    f = one(text, piece)
    assert (f.unit, f.counts, f.attribution) == (unit, counts, source)


@pytest.mark.parametrize(
    ("text", "language", "piece", "unit"),
    [
        ("The talks lasted 30 minutes and 40 seconds.", "en", "30", "min"),
        ("The talks lasted 30 minutes and 40 seconds.", "en", "40", "s"),
        ("The ship took about 1.1 million lbs of flour.", "en", "1.1", "lb"),
        ("Das Treffen dauerte 30 Minuten.", "de", "30", "min"),
        ("Le pont fera 1 kilomètre.", "fr", "1", "km"),
    ],
)
def test_minutes_seconds_pounds_and_a_kilometre(
    text: str, language: str, piece: str, unit: str
) -> None:
    (f,) = [f for f in figures(text, language) if f.text.startswith(piece) or piece in f.text]
    assert f.unit == unit


def test_months_name_no_source_and_a_work_obtained_by_someone() -> None:
    text = "Imagery taken in February and March indicates 40 barges at the quay."
    assert one(text, "40").attribution is None
    text = "The data, obtained by the Harbour Monitor and shared with us, shows 43 voyages."
    assert one(text, "43").attribution == "the Harbour Monitor"
    text = "“Quay Watch,” a website run by a shipping institute in Oslo, reported 12 barges."
    assert one(text, "12").attribution == "Quay Watch"


def test_a_source_named_by_a_paragraph_without_figures_is_the_one_named_before() -> None:
    text = (
        "The port is busy, according to the Harbour Monitor.\n"
        "Some 40 barges sat at the quay.\n"
        '"This is a full assault on the rules," said Anna Berg, a former inspector.\n'
        "Another 12 barges left."
    )
    f = one(text, "40")
    assert (f.attribution, f.attribution_from) == ("the Harbour Monitor", "earlier")
    assert one(text, "12").attribution == "the Harbour Monitor"  # a quote's speaker comments


def test_an_age_in_decades_and_french_autres() -> None:
    f = one("Two sailors in their 20s were rescued.", "20s")
    assert (f.unit, f.interval, f.value) == ("yr", Interval.closed(20, 29), None)
    text = "Six piles ont été érigées et les fondations de deux autres sont prêtes."
    assert [f.counts for f in figures(text, "fr")] == ["piles", "piles"]


def test_pc_is_percent_and_worth_ends_a_counted_noun() -> None:
    f = one("The state budget rose 4.9pc year on year.", "4.9")
    assert (f.unit, f.value) == ("%", Decimal("4.9"))
    assert one("They signed 15 agreements worth $1bn.", "15").counts == "agreements"


def ordinal(year: int, month: int, day: int) -> Decimal:
    return Decimal(datetime.date(year, month, day).toordinal())


def test_the_first_of_two_days_joined_takes_the_year_the_second_names() -> None:
    text = "Tankers left between Jan. 1 and Sept. 15 last year, and from Nov. 1 to Feb. 15, 2023."
    days = [(f.text, f.interval.low) for f in figures(text) if f.unit == "date"]
    assert days == [
        ("Jan. 1", ordinal(2023, 1, 1)),
        ("Sept. 15 last year", ordinal(2023, 9, 15)),
        ("Nov. 1", ordinal(2022, 11, 1)),
        ("Feb. 15, 2023", ordinal(2023, 2, 15)),
    ]
    # two days not joined as a period keep their own years
    assert one("Ships left on March 3 and May 5, 2023.", "March 3").interval.low == ordinal(
        2024, 3, 3
    )


def test_a_rate_after_the_second_of_two_figures_is_the_first_s_too() -> None:
    text = "It may import 4 million barrels of crude and 500,000 barrels of fuel a year."
    assert [f.unit for f in figures(text)] == ["bbl/yr", "bbl/yr"]
    # not across units
    assert [f.unit for f in figures("It sent 3,000 sailors and 20 tonnes a month.")] == [
        "1",
        "t/month",
    ]


def test_a_range_in_brackets_after_a_range_is_one() -> None:
    found = figures("The tank is between 10 and 20 meters (33 and 63 feet) tall.")
    assert [(f.text, f.unit, f.interval) for f in found] == [
        ("between 10 and 20 meters", "m", Interval.closed(Decimal(10), Decimal(20))),
        ("33 and 63 feet", "ft", Interval.closed(Decimal(33), Decimal(63))),
    ]


def test_in_addition_to_the_number_before_goes_on_from_it() -> None:
    text = "The yard will build 150 cranes in 2025, in addition to the 148 already built in 2024."
    assert one(text, "148").counts == "cranes"


def test_a_work_that_names_its_maker_is_not_the_publisher_named_before() -> None:
    text = (
        "Tolls rose to $20 million, data from the Harbour Board showed.\n\n"
        "A Kelp analysis of radar logs found 8 tankers."
    )
    assert one(text, "8").attribution == "Kelp analysis"


def test_a_month_s_letters_inside_a_name_are_no_period() -> None:
    assert one("Radar data from MarineWatch showed 7 tankers.", "7").period is None
