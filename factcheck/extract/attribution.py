"""Who a figure is attributed to, from its sentence or the attribution sentence before it.

Sources are found in four shapes: a subject with a verb of saying ("The BBC notes",
"The New York Times previously reported"), a phrase ("according to Ukrainian intelligence",
"sources from The Times", "the Open Source Centre's analysis"), a participle after a figure
("the one million barrels mentioned by British researchers": that figure only) and a cited
source ("citing Ukrainian intelligence data", "referencing data from ...", "which cited ...")
which is added to the main one: a relay keeps its origin ("The Financial Times, citing
Ukrainian intelligence" whether the citing clause stands after the name, after the verb,
before the name or at the end of the sentence). A subject may carry an apposition or a
relative clause before its verb ("The Open Source Centre, a British research group, tracked",
"engineers who examined fragments said"), anyone introduced by an article may be the one who
speaks ("the harbour master said"), and the verb may come first ("said a Western diplomat at
the UN", "reported the Yonhap portal on Wednesday"). A name in apposition is kept ("the
Minister of Defense, Shin Won-sik, stated"); a speaker whose that-clause holds "according to"
relays it ("X stated that according to American data": "X, citing American"). "He said",
"she stated", "according to him" name the one named before (the caller says who: see
``antecedent``); "they" names no one. A work as the subject names who made it: "estimates
from the US and South Korea suggest", "a study by RUSI counted" (that maker), and "the report
said", "the figures show", "its data showed" (the publisher named a sentence or a paragraph
before: "X's report", "a study by X", "X published a report"; the caller's part, see
``publisher``). A sentence that only says where the text comes from
("This is reported by ...") lends its source to the sentences after it when they name none of
their own or only a generic one ("specialists", "analysts"), and to the figures before it
that have none (the caller's part). A German or French article's sentences are read for that
language's shapes too ("laut dem Ministerium", "dem Geheimdienst zufolge", "Selenskyj hatte
gesagt", "selon le renseignement", "le ministre a déclaré", "a indiqué l'armée", "er sagte",
"selon lui"); the noun phrase after "laut" or "nach Angaben" ends at its noun ("laut westlichen
Einschätzungen schwere Verluste": "westlichen Einschätzungen"), the one after "selon" keeps
what "de" joins to it ("les services de renseignement sud-coréens"), and "unter Berufung auf"
and "citant" are relays ("die Zeitung, citing Geheimdienstkreise").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.extract.patterns import (
    ends_with,
    has_folds,
    lower_words,
    whole_words,
    word_candidates,
    words,
)

__all__ = [
    "Source",
    "attribute",
    "find_sources",
    "headline_source",
    "is_impersonal",
    "is_pure_attribution",
    "is_role",
    "names_at_its_end",
    "publisher",
]

_LEADING = words(
    """
    previously additionally however meanwhile currently earlier later also but and now moreover
    furthermore yet separately recently reportedly in on at as so then still thus therefore
    notably further finally first second third last today yesterday
    """
)
_TRAILING = frozenset({"data", "analysis", "report", "reports", "estimates", "figures"})
_NOT_SOURCES = words(
    """
    reports report data sources source it they he she we i you this that these those there
    media analysis imagery estimates figures article study studies survey surveys assessment
    assessments findings research document documents tally count
    """
)
_DETERMINERS = frozenset({"", "the", "a", "an", "its", "their"})
_GENERIC = words(
    """
    specialists experts analysts observers officials researchers investigators journalists
    scientists monitors reporters diplomats authorities
    """
)
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}\Z")
_GAP_TO_BY = re.compile(r"\s*(?:[a-z]+\s+){0,2}\Z")


_SRC_NOUNS = (
    "intelligence|researchers|investigators|specialists|experts|analysts|officials|sources"
    "|journalists|reporters|scientists|observers|monitors|media|military|government|ministry"
    "|agency|service|services|research|center|centre|institute|department|office|command"
    "|authorities|police|prosecutors|data|diplomats|lawmakers|spokesman|spokeswoman"
    "|spokesperson|president|minister|commander|chief|army|navy|imagery|group|think\\s+tank"
    "|bureau|desk|team|unit|watchdog|council|committee|commission|board|court|staff"
    "|volunteers|activists|residents|witnesses|insiders|memo|documents|groups|company"
    "|companies|firm|consultancy|portal|website|channel|network|agencies"
    # people and outlets named by their role: "a Western diplomat", "the French daily Le Monde"
    "|official|diplomat|defector|soldier|engineer|commander|officer|mayor|governor|prosecutor"
    "|prosecutor-general|source|allies|ally|customs|paper|newspaper|daily|weekly|outlet"
    "|broadcaster|magazine|study|survey|force|forces|analyst|researcher|expert|lawmaker"
    "|diplomats|defectors|soldiers|engineers|commanders|officers|traders|sailors|pilots"
    "|guard|guards|driver|drivers|workers|crew|crews|captain|captains|inspector|inspectors"
    "|economist|economists|authority|operator|operators|executive|executives|manager"
    "|managers|owner|owners|doctors|medics|farmers|auditor|auditors|tracker|trackers"
    "|nonprofit|non-profit|organization|organisation|organizations|organisations|charity"
    "|foundation|initiative|project|fellow|publication|coastguard|representative|representatives"
    "|envoy|envoys|ambassador|adviser|advisers|advisor|spy|spies|bank|banks|panel|panels"
)


_SRC_NOUN_SET = frozenset(_SRC_NOUNS.split("|"))
# the nouns that head a source's name ("intelligence service"), not a work's ("customs report")
_HEAD_NOUNS = (
    "service|services|agency|agencies|ministry|office|department|institute|center|centre"
    "|bureau|command|council|committee|commission|group|team|unit|company|firm|government"
    "|authorities|authority|police|army|navy|forces|force|staff|intelligence"
)


def _by_first_letter(alternatives: str) -> str:
    """``a|b|ab`` grouped by first letter, ``a(?:|b)|b``: a faster alternation to try."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(alternatives.split("|")), key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


def _words_from_first_letter(alternatives: str) -> str:
    r"""``\b(?:said|says|told)`` written from each word's first letter on, the words of each
    letter in their order: ``s(?<!\w.)(?:aid|ays)|t(?<!\w.)(?:old)``. It matches what the
    first matches, and a pattern that opens with letters is searched far faster, as the engine
    skips to the next place one of them stands."""
    groups: dict[str, list[str]] = {}
    for word in alternatives.split("|"):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        rf"{re.escape(first)}(?<!\w.)(?:{'|'.join(rests)})" for first, rests in groups.items()
    )


# a word of a source's name, and the initials it is known by after it: "Service (NIS)"
_SRC_WORD = (
    rf"(?:[A-Z][\w'’&.-]*|(?:{_by_first_letter(_SRC_NOUNS)})\b)"
    r"(?:\s+\([A-Z][A-Za-z.&-]{1,11}\))?"
)
# a lower-case word before a source's name ("British researchers"); possessive quantifiers,
# as what follows each can never be what it gives back
_MODIFIER = (
    r"(?!(?:that|which|who|and|or|but|as|so|if|when|while|because|the|a|an|of|in|on|at|to|by"
    r"|for|with|from|has|have|had|is|are|was|were|also|says|said|cited|quoted|citing|quoting)\b)"
    r"[a-z][a-z-]++(?:['’]s)?\s++"
)
_SRC = (
    rf"(?<![\w'’.-])(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?(?:{_MODIFIER}){{0,2}}"
    rf"{_SRC_WORD}(?:\s+(?:{_MODIFIER})?{_SRC_WORD}){{0,5}}"
    # not "on Monday": when, not part of the name
    rf"(?:\s+(?:of|for|on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))\s+(?:the\s+)?"
    rf"{_SRC_WORD}(?:\s+{_SRC_WORD}){{0,4}}"
    # "the Center for Strategic and International Studies", "Ministry of Trade and Industry"
    r"(?:\s+and\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?![\w'’&.-]))?){0,2}"
    # "officials in Seoul", "officers at the front", "officials on site"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?<=the\s)[a-z]+\b)"
    r"|\s+on\s+(?:the\s+)?(?:site|scene|ground|spot)\b)?"
)
# what may stand between a subject and its verb: ", a British research group,", ", speaking
# on condition of anonymity,", " who examined fragments"
_BETWEEN = (
    # ("“Beyond Parallel,” a website run by a Washington think tank, reported")
    # "Windward, which tracks tankers, said"
    # "The UN panel, in its latest report, said"
    r"(?:,[”\"]?\s+(?:an?|the|which|in|[a-z]+ing|[a-z]+ed|along\s+with|together\s+with"
    r"|as\s+well\s+as)"
    r"\s+[^,.;\"“”]{1,100},"
    # "Shin Won-sik, South Korean defense minister, said"; "the Minister, Shin Won-sik, said"
    # "Anwita Basu, Head of Europe, Country Risk at Fitch Solutions, told": a title of two
    r"|,\s+(?P<appos>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,5})"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,5})?,"
    # "A U.N. expert panel that monitors implementation of sanctions said"
    r"|,?\s+who(?:\s+[a-z][^,.;\"“”]{0,50}?)?|\s+(?:that|which)\s+[a-z][^,.;\"“”]{0,50}?"
    # "two lawmakers briefed by the spy agency said": who briefed them is the origin
    r"|\s+(?:briefed|informed)\s+by\s+(?P<briefer>[^,.;\"“”]{1,50}?)"
    # "Officials briefed on the matter said", "diplomats familiar with the talks said"
    r"|\s+(?:briefed\s+on|familiar\s+with)\s+(?:the\s+|their\s+|its\s+)?[a-z]+(?:\s+[a-z]+)?)?"
)
_SAY = (
    r"reported|reports|said|says|noted|notes|estimated|estimates|claimed|claims|stated|states"
    r"|recorded|records|confirmed|confirms|found|finds|wrote|writes|believes|believe|assessed"
    r"|assesses|revealed|reveals|announced|announces|told|tells|indicated|indicates|suggested"
    r"|suggests|suggest|calculated|calculates|counted|documented|observed|warned|added|show"
    r"|indicate"
    r"|explained|showed|shows|reckons|estimate|say|report|note|claim|tallied|logged|tracked"
    r"|put|puts|cited|cites|reckon|judges|judge|concluded|concludes|thinks|think"
    r"|clarified|clarifies|specified|stressed|emphasized|emphasised|acknowledged|admitted"
    r"|discovered|discovers|spotted|detected|disclosed|discloses"
    r"|recalled|recalls|asserted|asserts|assert|speculated|predicted|predicts|pointed"
    r"|accused|accuses|accuse|publicized|publicised|alleged|alleges|analyzed|analysed"
    # "The Treasury sanctioned 12 companies": who lists them gives their count
    r"|sanctioned|designated|designates|blacklisted"
    # "The Royal Joint Institute identified two of the three ships"
    r"|identified|identifies|photographed"
)
_ADVERB = (
    r"(?:has|have|had|also|previously|earlier|recently|later|now|reportedly|further|first|can"
    r"|could|may|will|would)"
)


def _subject(when: str = "") -> re.Pattern[str]:
    """A subject and its verb of saying, with ``when`` allowed between them."""
    return re.compile(
        # "The United States and South Korea disclosed", "Washington, Seoul and Kyiv have
        # accused": named together
        rf"(?P<src>{_SRC}(?:(?:,\s+(?=[A-Z]){_SRC}){{0,3}},?\s+and\s+(?=(?:the\s+)?[A-Z]){_SRC})?)"
        r"(?:,\s+(?i:citing|quoting|referencing|(?:which|who)\s+(?:cited|quoted))"
        rf"\s+(?P<cite>[^,]{{1,80}}),)?"
        # "the head of the service, Kyrylo Budanov, said": a comma only before a verb of speech
        rf"{_BETWEEN}(?:,\s+(?=(?:said|says|told|added|wrote|writes)\b)|\s+){when}"
        # not "Han, who is accused of": the one a passive verb is about
        r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"
        rf"(?:{_ADVERB}\s+){{0,2}}(?:{_SAY})\b(?!\s+tanks?\b)"  # not "a UK think tank"
        # nor "The latest customs report indicates": a noun before the verb
        rf"(?!(?:(?<=report)|(?<=reports)|(?<=estimate)|(?<=estimates))\s+(?:{_SAY})\b)"
    )


ATTR_SUBJECT = _subject()
# "The Foreign Office on Monday sanctioned": when, between subject and verb (a pattern of its
# own, searched only in a sentence holding one of _WHEN_WORDS: the other is far faster)
ATTR_SUBJECT_WHEN = _subject(
    r"(?:(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+week"
    r"|this\s+week)\s+)?"
)
_WHEN_WORDS = words("monday tuesday wednesday thursday friday saturday sunday yesterday today week")
# anyone named with an article before a verb of speech: "The harbour master said"
# (its article written from the first letter on, "T(?<![\w'’-].)he" for "(?<![\w'’-])The": a
# pattern that opens with letters is searched far faster; the test suite holds it equal to
# "(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)")
_SPEAKER_ARTICLE = "|".join(
    rf"{first}(?<![\w'’-].)(?:{rest})"
    for first, rest in (("T", "he"), ("t", "he"), ("A", "n?|nother"), ("a", "n?|nother"),
                        ("O", "ne"), ("o", "ne"))
)  # fmt: skip
_SPEAKER_REST = (  # what follows the article; not "a journey it said took": a pronoun
    r"(?!\s+of\s+(?:whom|which|them|us)\b)"  # "one of whom told": no one named
    r"\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?"
    r"(?!(?i:it|he|she|they|we|you|i)\s)[A-Za-z][\w'’-]*)\s+"
    r"(?:(?:also|has|had|later|earlier|previously)\s+)?(?:said|says|told)\b"
)
ATTR_SPEAKER = re.compile(rf"(?P<src>(?:{_SPEAKER_ARTICLE}){_SPEAKER_REST}")
# the verb first: "said a Western diplomat at the UN"
_INVERTED_VERBS = "said|says|writes|wrote|added|noted|reported|reports|stated|announced"
_INVERTED_SOURCE = (  # what follows the verb and its blanks
    rf"(?P<src>(?:an?|the|one|another)\s+(?:{_MODIFIER})?{_SRC_WORD}(?:\s+(?:{_MODIFIER})?{_SRC_WORD}){{0,5}}"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    # a name alone: '"...," said Zelenskyy on Telegram'
    r"|(?!(?:The|A|An|It|He|She|They|This|That|There)\b)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
    # not "said the North Koreans had ...": a clause
    r"(?=\s*(?:[,.;:!?\"”’)]|\Z)|\s+(?:at|in|on|from|of|with|who|speaking|familiar|briefed)\b)"
)
ATTR_INVERTED = re.compile(rf"(?:{_words_from_first_letter(_INVERTED_VERBS)})\s+{_INVERTED_SOURCE}")
ATTR_ACCORDING = re.compile(
    r"(?:(?i:according\s+to)|,\s+per|(?:\A|(?<=[\s\"“]))Per)\s+"
    # "according to an analysis of satellite imagery by the Open Source Centre"
    r"(?:(?:(?i:an?|the|its|their)\s+)?(?:[a-z]+\s+)?(?:analys[ie]s|reports?|assessments?"
    r"|stud(?:y|ies)|estimates?|counts?|calculations?|projections?|research|findings|surveys?"
    r"|review|investigation|tall(?:y|ies)|records|images|imagery|photos|footage|data|figures"
    r"|documents|statements?|press\s+releases?|briefings?|notifications?|database|filings?)"
    # "according to satellite images provided by the Royal United Services Institute"
    r"(?:\s+of\s+(?:[a-z-]+\s+){1,4}?)?\s*(?:(?:provided|published|released|obtained|compiled"
    r"|collected|gathered|taken|shared|conducted|carried\s+out|prepared|produced|commissioned)"
    r"\s+)?(?:by|from)\s+"
    # "according to the data of the maritime research group Windward"
    r"|(?i:the\s+)?(?:data|figures|estimates|records|calculations)\s+(?:of|from)\s+)?"
    # "according to Ukrainian officials and Western intelligence assessments": both
    rf"(?P<src>{_SRC}(?:\s+and\s+(?=(?:the\s+)?[A-Z]){_SRC})?)"
)
_BY_VERBS = (
    "mentioned|reported|cited|quoted|estimated|stated|published|confirmed|recorded"
    "|documented|compiled|calculated|provided|released|collected|gathered|analysed|analyzed"
    "|obtained|announced|claimed|noted|given|counted|tallied|logged|tracked|observed|identified"
    "|detected|spotted|reviewed|examined|verified|seen|published|sanctioned|designated"
    "|blacklisted|written"
)
ATTR_BY = re.compile(rf"(?i:{_BY_VERBS})\s+by\s+(?P<src>{_SRC})")
# "Britain has slapped sanctions on the defence minister and four generals": who sanctions
# gives the count of those sanctioned
ATTR_SANCTIONS = re.compile(
    rf"(?P<src>{_SRC})\s+(?:{_ADVERB}\s+){{0,2}}(?:imposed|imposes|slapped|slaps|placed|places"
    r"|announced|announces|unveiled|levied)\s+(?:(?:new|fresh|further|more|its|tough)\s+)?"
    r"sanctions\s+(?:on|against)\b"
)
# "The 15 vessels were identified in a report by RUSI": as "according to a report by RUSI"
ATTR_IN_WORK_BY = re.compile(
    r"\b(?:in|from)\s+(?:an?|the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:report|analysis|study"
    r"|assessment|investigation|review|survey)\s+(?:(?:published|released|issued)\s+)?by\s+"
    rf"(?P<src>{_SRC})"
)
# Every ATTR_BY match is a verb, the blanks before a "by" and the "by": it starts at most
# this many characters before those blanks (see _by_matches).
_BY_LONGEST = max(len(verb) for verb in _BY_VERBS.split("|"))
_BY = re.compile(r"(?<=\s)by(?=\s)")
ATTR_CITING = re.compile(
    r"(?i:citing|quoting|referencing|referring\s+to|with\s+reference\s+to"
    r"|(?:which|who)\s+(?:cited|quoted))\s+"
    # "with reference to an unpublished report of the intelligence of Great Britain"
    r"(?:(?i:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?i:data|information|reports?|figures|estimates"
    rf"|analysis)\s+(?:from|by|of)\s+)?(?P<src>{_SRC})"
)
# "a lawmaker quoted the agency as saying": the agency, through the lawmaker; "the agency
# was quoted as saying"
ATTR_QUOTED_AS = re.compile(
    rf"(?P<src>{_SRC})\s+(?:quoted\s+(?P<cite>{_SRC})|(?:was|were|is|are|has\s+been)\s+quoted)"
    r"\s+as\s+saying\b"
)
ATTR_SOURCES_FROM = re.compile(
    rf"(?i:sources?)\s+(?:from|in|at|within|close\s+to)\s+(?P<src>{_SRC})"
)
_WORKS = (  # "Kyiv's post-attack report", not "Korea's intelligence service estimates"
    rf"['’]s\s+(?:(?!(?:{_HEAD_NOUNS})\b)[a-z][a-z-]*\s+){{0,2}}?(?:analysis|assessment|estimates?|data|reports?|research"
    r"|findings|figures|calculations|investigation|study|review|tally|count)\b"
)
ATTR_POSSESSIVE = re.compile(rf"(?P<src>{_SRC}){_WORKS}")
# "he said", "she told reporters", "According to him,": someone named before (resolved by
# the caller, see attribute's ``antecedent``); not "they", which may be anyone
ATTR_PRONOUN = re.compile(
    rf"\b(?P<src>[Hh]e|[Ss]he)\s+(?:{_ADVERB}\s+){{0,2}}(?:{_SAY})\b"
    r"|(?i:according\s+to)\s+(?P<obj>him|her)\b"
    # "it said on Telegram": an agency or a ministry named before; fewer verbs, as "it shows"
    # or "it found" is as often a report
    rf"|\b(?P<it>[Ii]t)\s+(?:{_ADVERB}\s+){{0,2}}(?:said|says|stated|added|noted|wrote|writes"
    r"|claimed|claims|announced|told|reported|reports)\b"
)
# What a source publishes: "estimates from the US suggest", "the report said", "X's report"
_WORK_NOUNS = (
    "estimates|estimate|assessments|assessment|calculations|calculation|figures|data|analysis"
    "|analyses|projections|projection|tallies|tally|counts|count|reports|report|studies|study"
    "|research|findings|survey|surveys|document|documents|statement|statements"
)
_WORK_VERBS = rf"{_SAY}|point|points|pointed|place|places|placed|reveal|conclude|find"
_WORK_WORDS = frozenset(_WORK_NOUNS.split("|"))
# "According to the report, ...": a work whose publisher was named before (see attribute)
ATTR_ACCORDING_WORK = re.compile(
    r"(?i:according\s+to)\s+(?P<src>(?i:the|this|that|these|its|their)\s+(?:[a-z][a-z-]*\s+){0,2}"
    rf"(?:{_WORK_NOUNS}))\b(?!\s+(?:of|by|from)\b)"
)
# "Intelligence estimates from the US and South Korea suggest", "Estimates by South Korea's spy
# agency, the NIS, put the number at": the source is the one the estimates are from or by
ATTR_ESTIMATE = re.compile(
    rf"(?:{_words_from_first_letter(_WORK_NOUNS)}|{_words_from_first_letter(_WORK_NOUNS.title())})"
    r"\s+(?:(?:published|released|compiled|issued|provided)\s+)?(?:from|by)\s+"
    # atomic: a source that no verb follows is not read again word by word
    rf"(?P<src>(?>{_SRC})(?:\s+and\s+(?>{_SRC}))?)(?:,\s+[^,.;\"“”]{{1,60}},)?"
    rf"\s+(?:{_ADVERB}\s+){{0,2}}(?:{_WORK_VERBS})\b"
)
# "The report said", "the figures show", "its data showed": a work whose publisher was named
# before (the caller finds it, see publisher). The pattern opens with the work, searched far
# faster; what must stand before it, a determiner, is tested where it matches.
ATTR_WORK = re.compile(
    rf"(?P<src>{_words_from_first_letter(_WORK_NOUNS)})"
    rf"(?:\s+(?:{_ADVERB}\s+)?(?:{_WORK_VERBS})"
    # "A Kelp analysis of radar logs found": what it is of, then a verb that is no noun
    r"|\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:found|finds|showed|shows|revealed|reveals"
    r"|suggested|suggests|indicated|indicates|concluded|concludes|identified|counted))\b"
)
_WORK_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<det>(?i:the|this|that|these|its|their|an?))\s+"
    # "latest customs", "state-run think tank", "U.S. intelligence", "Bank of Korea"
    r"(?:(?:[a-z][a-z-]*|[A-Z][\w.’'-]*)\s+){0,4}?\Z"
    # "NK News analysis shows", "Pentagon data show": a name opening the sentence or clause
    r"|(?:\A|(?<=,\s))(?:[A-Z][\w.’'-]*\s+){1,3}\Z"
)
# Who published a work, to name when a later sentence says "the report said": "the Open Source
# Centre's report", "a study by RUSI", "The Open Source Centre, a London group, published a
# report"
_PUBLISHED = (
    re.compile(rf"(?P<src>{_SRC})['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{_WORK_NOUNS})\b"),
    re.compile(
        rf"\b(?i:{_WORK_NOUNS})\s+(?:(?:published|released|compiled|issued|provided|prepared)\s+)?"
        rf"(?:by|from)\s+(?P<src>{_SRC})"
    ),
    re.compile(
        rf"(?P<src>{_SRC})(?:,\s+[^,.;\"“”]{{1,60}},)?\s+(?:(?:has|have|had)\s+)?"
        r"(?:published|released|issued|compiled|produced|presented|circulated|shared|prepared"
        rf"|put\s+out)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_WORK_NOUNS})\b"
    ),
)
_PUBLISHED_NEEDS: tuple[
    frozenset[str], ...
] = (  # the lower-case words one of which a sentence holds where each matches
    frozenset(),  # "'s" (see publisher)
    words("by from"),
    words("published released issued compiled produced presented circulated shared prepared put"),
)
_CITING_WORDS = ("citing", "quoting", "referencing", "referring", "reference", "cited", "quoted")
# Each shape of source with a cheap test that it may be there, and its kind. Before the test,
# a cheaper one still (_SHAPE_NEEDS): the lower-case words one of which the sentence holds
# where the test matches, or the strings one of which the lower-case sentence then holds.
_SHAPES: Sequence[tuple[re.Pattern[str], re.Pattern[str], str]] = (
    (ATTR_SOURCES_FROM, re.compile(r"\b[Ss]ources?\s"), "main"),
    (ATTR_ACCORDING, re.compile(r"(?i:according\s+to)|,\s+per\s|\bPer\s"), "according"),
    (ATTR_POSSESSIVE, re.compile(_WORKS), "main"),
    (ATTR_SUBJECT, re.compile(rf"(?:{_words_from_first_letter(_SAY)})\b"), "main"),
    (ATTR_INVERTED, re.compile(rf"(?:{_words_from_first_letter(_INVERTED_VERBS)})\s"), "main"),
    (ATTR_SPEAKER, re.compile(rf"(?:{_words_from_first_letter('said|says|told')})\b"), "main"),
    (ATTR_BY, re.compile(r"\sby\s"), "by"),
    (ATTR_IN_WORK_BY, re.compile(r"\sby\s"), "according"),
    (ATTR_SANCTIONS, re.compile(r"\ssanctions\s+(?:on|against)\b"), "main"),
    (ATTR_CITING, re.compile(rf"(?i:{'|'.join(_CITING_WORDS)})"), "cite"),
    (ATTR_PRONOUN, re.compile(r"\b(?:[Hh]e|[Ss]he|him|her|[Ii]t)\b"), "pronoun"),
    (ATTR_ESTIMATE, re.compile(r"\s(?:from|by)\s"), "estimate"),
    (ATTR_WORK, re.compile(r"\s"), "work"),
    (ATTR_ACCORDING_WORK, re.compile(r"(?i:according\s+to)"), "according-work"),
)
_SHAPE_NEEDS: Sequence[tuple[frozenset[str], tuple[str, ...]] | None] = (
    (words("source sources"), ()),
    (words("per"), ("according",)),
    (frozenset(), ("'s", "’s")),  # _WORKS opens with one of them
    (frozenset(_SAY.split("|")), ()),
    (words("said says writes wrote added noted reported reports stated announced"), ()),
    (words("said says told"), ()),
    (words("by"), ()),
    (words("report analysis study assessment investigation review survey"), ()),  # and "by"
    (words("sanctions"), ()),
    (frozenset(), _CITING_WORDS),
    (words("he she him her it"), ()),
    (_WORK_WORDS, ()),  # and "from" or "by" (see find_sources)
    (_WORK_WORDS, ()),
    (frozenset(), ("according",)),
)
_PURE = re.compile(
    r"^(?:(?:This|That|It|These|Those|The\s+(?:information|data|report|news|figures?))\s+"
    r"(?:is|was|were|are|has\s+been|have\s+been)\s+(?:first\s+)?(?:reported|said|stated"
    r"|published|announced|revealed|confirmed|noted|written)\b|According\s+to\b|As\s+reported\s+by\b"
    r"|(?:This|That),?\s+(?:from|per|according\s+to)\b"  # "This, from the first report by X"
    r"|Reported\s+by\b|Source:"
    # "C'est ce qu'a déclaré le ministère", "Das teilte das Ministerium mit", "Das habe X gesagt"
    r"|C['’]est\s+ce\s+qu|C['’]est\s+(?:une|la|l['’])\s*(?:estimation|analyse|évaluation|conclusion"
    r"|information)\b"
    r"|(?:Das|Dies)\s+(?:habe|hat|haben|hätten|sei|teilte|teilten|sagte"
    r"|berichtete|meldete|erklärte|schrieb)\b)"
)


# -- German and French ----------------------------------------------------------------------
# a shape: its pattern; the strings one of which the sentence must hold in lower case (" er":
# the word "er"); its kind; and, when every match ends with a
# word this finds, a pattern for it (the text after the last one need not be read)
_Shape = tuple[re.Pattern[str], tuple[str, ...], str, re.Pattern[str] | None]
# A source in a German article: capitalised words (nouns and names) with lower-case adjectives
# before them ("der ukrainische Präsident Wolodymyr Selenskyj", "Westliche Beamte").
_DE_ART = r"(?:[Dd](?:er|ie|as|es|em|en)|[Ee]ine?[rsmn]?)"
# a word after one of these is a time or a place, not who speaks ("Am Montag sagte ...")
_DE_PREP = (
    "Am|Im|In|An|Seit|Nach|Vor|Bis|Ab|Um|Zum|Zur|Bei|Mit|Von|Vom|Laut|Für|Gegen|Anfang|Ende|Mitte"
)
# a noun right after these is no subject: a preposition's, or a genitive ("am Rande des
# Außenministertreffens am Donnerstag sagte")
_DE_AFTER = sorted(
    {p for w in _DE_PREP.split("|") if w != "Laut" for p in (w, w.lower())} | {"des", "eines"}
)
_DE_NOT_AFTER = "".join(  # one look-behind for each length: a few tests, not forty
    f"(?<!(?:{'|'.join(p for p in _DE_AFTER if len(p) == n)}) )"
    for n in sorted({len(p) for p in _DE_AFTER})
)
_DE_SRC = (
    rf"(?<![\w'’-]){_DE_NOT_AFTER}(?!(?:Er|Sie|Es|Wir|Ich|Man|Wie|Als|Wenn|Dass|Ob|{_DE_PREP}"
    # an adverb opening the sentence is no part of the name: "Auch Putin sagte"
    r"|Auch|Nur|Selbst|Sogar|Bereits|Schon|Noch|Dann|Damals|Zuvor|Zudem|Außerdem|Inzwischen"
    rf"|Jetzt|Nun)\b)(?:{_DE_ART}\s+)?"
    r"(?:(?!wie\s)[a-zäöüß][\w-]*e[nrms]?\s+){0,2}[A-ZÄÖÜ][\w'’.-]*"
    # "Bloomberg unter Berufung auf ...": no preposition inside a name
    r"(?:\s+(?:(?!unter\s|über\s|hinter\s|wegen\s|seiner\s|ihrer\s)[a-zäöüß][\w-]*e[nrms]?\s+)?"
    r"[A-ZÄÖÜ][\w'’.-]*){0,4}"
)
# A source after "laut", "nach Angaben", "unter Berufung auf": one noun phrase, which ends at
# its noun ("laut westlichen Einschätzungen schwere Verluste erlitten": "westlichen
# Einschätzungen"); names follow only a title ("dem Präsidenten Wolodymyr Selenskyj") or a
# name with no article ("Wolodymyr Selenskyj"); then a genitive ("des Generalstabs der
# Ukraine"), "für ..." or a place ("in Seoul")
_DE_ADJ = r"[a-zäöüß][\w-]*e[nrms]?\s+"
_DE_NOUN = r"[A-ZÄÖÜ][\w'’.-]*"
_DE_TITLE = (
    r"(?=[A-ZÄÖÜ])[\w-]*?(?:[Pp]räsident(?:en)?|[Mm]inister(?:s|in)?|[Ss]precher(?:s|in)?"
    r"|[Cc]hef(?:s|in)?|[Kk]anzler(?:s|in)?|[Ll]eiter(?:s|in)?|[Kk]ommandeurs?|[Gg]enerals?"
    r"|[Bb]otschafter(?:s|in)?|[Gg]ouverneurs?|[Ss]ekretär(?:s|in)?)(?![\w-])"
)
_DE_NUMBER_NOUNS = r"(?:Tausende|Hunderte|Dutzende|Millionen|Milliarden|Zehntausende)\b"
_DE_NP = (
    rf"(?<![\w'’-])(?:(?:{_DE_ART}\s+)?(?:{_DE_ADJ}){{0,2}}{_DE_TITLE}(?:\s+{_DE_NOUN}){{0,3}}"
    rf"|{_DE_ART}\s+(?:{_DE_ADJ}){{0,2}}{_DE_NOUN}|(?:{_DE_ADJ}){{1,2}}{_DE_NOUN}"
    rf"|{_DE_NOUN}(?:\s+(?!{_DE_NUMBER_NOUNS}){_DE_NOUN}){{0,2}})"
    rf"(?:\s+(?:des|der|für)\s+(?:{_DE_ART}\s+)?(?:{_DE_ADJ}){{0,2}}{_DE_NOUN}){{0,2}}"
    rf"(?:\s+(?:in|aus)\s+{_DE_NOUN})?"
)
# a name after a role, between commas: "der Leiter der Staatsanwaltschaft, Oleksandr
# Filtschakow, teilte mit" (part of the source as named)
_DE_APPOSITION = r"(?:,\s+[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2},(?=\s))?"
_DE_SAID = (
    r"sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|berichtete|berichteten|berichtet"
    r"|betonte|betonten|bestätigte|bestätigten|schätzte|schätzten|schätzt|meldete|meldeten"
    r"|teilte|teilten|mitteilte|mitteilten|schrieb|schrieben|schreibt|warnte|warnten"
    r"|kündigte|kündigten|ankündigte|ankündigten|bezifferte|bezifferten|beziffert"
    # present plurals: "Ukrainische Beamte schätzen, dass", "Experten berichten"
    r"|schätzen|berichten|erklären|melden|betonen|bestätigen|warnen|schreiben|vermuten|glauben"
    # "Der Geheimdienst spricht von 11.000 Soldaten", "wie Satellitenbilder zeigen"
    r"|spricht|sprechen|sprach|sprachen|zeigen|zeigt|zeigte|zeigten|belegen|belegt"
    # "Die Denkfabrik CSIS zählte 88 Güterwaggons", "Der Bericht nennt 20 Tanker"
    r"|zählte|zählten|nennt|nennen|nannte|nannten"
)
# "Die EU sanktionierte 52 Schiffe": who lists them gives their count (after the subject
# only: "sanktionierte Waren" is an adjective)
_DE_LISTED = (
    r"sanktionierte|sanktionierten|sanktioniert|verhängte\s+Sanktionen|verhängten\s+Sanktionen"
)
_DE_HAS_SAID = (
    r"gesagt|mitgeteilt|erklärt|berichtet|betont|bestätigt|geschätzt|angegeben|gemeldet"
    r"|angekündigt|geschrieben|gewarnt|gesprochen"
    # "Die Regierung hat 14 Personen mit Sanktionen belegt"
    r"|sanktioniert|belegt|verhängt"
)
_DE_SHAPES: Sequence[_Shape] = (
    (  # "unter Berufung auf Geheimdienstkreise": whom a relay cites (first: its name
        # stands inside the match of the subject before it)
        re.compile(rf"\b[Uu]nter\s+Berufung\s+auf\s+(?P<src>{_DE_NP})"),
        ("berufung",),
        "cite",
        None,
    ),
    (  # "Selenskyj hatte am Montag gesagt", "Die Beamten, die anonym sprachen, sagten aus"
        re.compile(
            # "Russische Medien, darunter die Nachrichtenagentur Tass, meldeten"
            # "wie das Außenministerium in Tokio mitteilte": where it sits, part of its name
            rf"(?P<src>(?:(?<![\w'’-]){_DE_ART}\s+(?:{_DE_ADJ}){{0,2}}{_DE_NOUN}\s+in\s+[A-ZÄÖÜ][\w-]*"
            rf"|{_DE_SRC}){_DE_APPOSITION})"
            r"(?:,\s+(?:die|der|das|darunter|etwa)\s+[^,.;]{1,60},)?"
            # "wie die Zeitung unter Berufung auf Geheimdienstkreise berichtet"
            r"(?:\s+unter\s+Berufung\s+auf\s+[^,.;]{1,60}?)?"
            # "wie Kim Jong Un der Nachrichtenagentur KCNA mitteilte": whom it was told to
            rf"(?:\s+(?:der|dem|den)\s+(?:{_DE_ADJ}){{0,2}}{_DE_NOUN}(?:\s+{_DE_NOUN})?"
            r"(?=\s+(?:mit)?teilte|\s+sagte|\s+erklärte))?\s+"
            # "wie der Geheimdienst am Donnerstag mitteilte": when, between subject and verb
            r"(?:(?:am|vom)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
            r"|Wochenende)\s+|(?:gestern|heute|zuvor|bereits|nun|jetzt)\s+)?"
            rf"(?:(?:hat|hatte|haben|hatten)\s+(?:[\w.]+\s+){{0,4}}?(?:{_DE_HAS_SAID})"
            rf"|(?:{_DE_SAID}|{_DE_LISTED}))\b"
        ),
        ("sagt", "sagen", "erklär", "bericht", "sanktion", "beton", "bestätig", "schätz",
         "meld", "mitgeteilt", "teilte", "angegeben", "schrieb", "schreib", "warn", "kündigt",
         "gewarnt", "vermut", "glaub", "sprich", "sprach", "zeig", "beleg", "beziffer", "zählt",
         "nennt", "nenne", "nannt", "verhängt", "gesprochen"),
        "main",
        re.compile(rf"\b(?:{_DE_SAID}|{_DE_HAS_SAID}|{_DE_LISTED})\b"),
    ),
    (  # "wie ein ranghoher NATO-Beamter in Brüssel am Rande des Treffens sagte": a clause
        # whose subject opens it and whose verb ends it
        re.compile(rf"\b[Ww]ie\s+(?P<src>{_DE_SRC})(?:\s+[^,.;:!?\"„“”]{{1,80}}?)?"
                   rf"\s+(?:{_DE_SAID})(?=\s*(?:[,.;:!?\"“”]|\Z))"),
        ("wie",),
        "main",
        None,
    ),
    (  # "gab der NATO-Beamte mit rund 11.000 an": the one who gives a figure
        re.compile(rf"\b(?:gab|gaben)\s+(?P<src>{_DE_SRC})\s+(?:[^,.;]{{1,60}}?\s+)?an\b"),
        ("gab",),
        "main",
        None,
    ),
    (  # "Am Montag sagte Selenskyj", "sagte ein Sprecher" (not "schätzt die Zahl auf"; nor
        # a participle after an article, "bis September des berichteten Jahres")
        re.compile(rf"(?<![Dd]es\s)(?<![Dd]e[rmn]\s)(?<![Ee]ine[rsmn]\s)\b(?:{_DE_SAID})\s+"
                   r"(?!(?:die|den|das)\s+(?:Zahl|Anzahl|Gesamtzahl|Menge"
                   rf"|Summe|Höhe|Kosten|Verluste|Stärke)\b)(?P<src>(?>{_DE_SRC}{_DE_APPOSITION}))"
                   # nor "schätzte den Handel auf 30 Millionen": what was put at a figure
                   r"(?!\s+auf\s)"),
        ("sagt", "sagen", "erklär", "bericht", "beton", "bestätig", "schätz", "meld", "teilte",
         "schrieb", "schreib", "warn", "kündigt", "vermut", "glaub", "sprich", "sprach", "zeig",
         "beleg", "beziffer"),
        "main",
        None,
    ),
    (  # "Am Montag hatte Selenskyj gesagt"
        re.compile(
            rf"\b(?:hat|hatte|haben|hatten)\s+(?P<src>{_DE_SRC})\s+(?:[\w.]+\s+){{0,6}}?"
            rf"(?:{_DE_HAS_SAID})\b"
        ),
        ("gesagt", "mitgeteilt", "erklärt", "berichtet", "betont", "bestätigt", "geschätzt",
         "angegeben", "gemeldet", "angekündigt", "geschrieben", "gewarnt", "gesprochen",
         "sanktioniert", "belegt", "verhängt"),
        "main",
        re.compile(rf"\b(?:{_DE_HAS_SAID})\b"),
    ),
    (  # "laut dem Ministerium", "nach Angaben des Generalstabs"
        # "nach einer Recherche der Nachrichtenagentur Reuters", "nach einer Einschätzung vom OSC"
        re.compile(rf"\b(?:"
                   # "laut einem Bericht der „New York Times“": the work's author
                   r"(?:[Ll]aut|[Gg]emäß)\s+(?:einer|einem|dem|der|den)\s+(?:[a-zäöüß]+e[nrms]?\s+)?"
                   r"(?:Bericht|Berichten|Studie|Analyse|Recherche|Einschätzung|Schätzung"
                   r"|Schätzungen|Angaben|Daten|Informationen|Mitteilung|Erklärung)"
                   r"\s+(?:de[rs]|vom|von)"
                   r"|[Ll]aut|[Gg]emäß"
                   r"|[Nn]ach\s+(?:Angaben|Schätzungen|Informationen|Erkenntnissen|Berichten"
                   r"|Daten|Berechnungen|Analysen|Auswertungen|Zählungen)\s+(?:(?:auf|in)\s+(?:der|dem)\s+(?:Website|Webseite|Internetseite"
                   r"|Bericht|Datenbank)\s+)?(?:de[rs]|von|aus)"
                   # "heißt es in einer Studie des Havelberg-Instituts"
                   r"|heißt\s+es\s+(?:in|im)\s+(?:(?:einer|einem|der|dem)\s+)?"
                   r"(?:[a-zäöüß]+e[nrms]?\s+)?(?:Studie|Bericht|Analyse|Mitteilung|Erklärung"
                   r"|Papier|Report)\s+(?:de[rs]|von)"
                   # "Bestätigt wird dies durch Berichte des Weißen Hauses": by whose work
                   r"|[Dd]urch\s+(?:(?:einen|den|die|eine)\s+)?(?:[a-zäöüß]+e[nrms]?\s+)?"
                   r"(?:Bericht|Berichte|Angaben|Daten|Analyse|Analysen|Studie|Auswertung)"
                   r"\s+(?:de[rs]|von)"
                   r"|[Nn]ach\s+(?:einer|einem|der|dem|den)\s+(?:[a-zäöüß]+e[nrms]?\s+)?"
                   r"(?:Recherche|Analyse|Einschätzung|Schätzung|Berechnung|Untersuchung|Studie"
                   r"|Auswertung|Zählung|Bericht|Berichten|Angaben|Daten|Informationen)"
                   rf"\s+(?:de[rs]|vom|von))\s+[„\"»]?(?P<src>{_DE_NP})"),
        ("laut", "gemäß", "angaben", "heißt", "durch", "recherche", "analyse", "schätzung",
         "berechnung", "untersuchung", "studie", "auswertung", "zählung", "bericht", "daten",
         "informationen", "erkenntnissen"),
        "according",
        None,
    ),
    (  # "nach Erkenntnissen südkoreanischer und westlicher Geheimdienste": a genitive plural
        re.compile(r"\b[Nn]ach\s+(?:Angaben|Erkenntnissen|Informationen|Schätzungen|Einschätzung)"
                   r"\s+(?P<src>[a-zäöüß]+er\s+(?:(?:und|oder)\s+[a-zäöüß]+er\s+)?[A-ZÄÖÜ][\w-]*)"),
        ("angaben", "erkenntnissen", "informationen", "schätzung"),
        "according",
        None,
    ),
    (  # "nach Einschätzung Kiews", "nach Angaben Seouls": a name in the genitive
        re.compile(r"\b[Nn]ach\s+(?:Einschätzung|Schätzung|Schätzungen|Angaben|Ansicht|Darstellung)"
                   r"\s+(?P<src>[A-ZÄÖÜ][\w-]*s)\b"),
        ("einschätzung", "schätzung", "angaben", "ansicht", "darstellung"),
        "according",
        None,
    ),
    (  # "nach südkoreanischen Angaben", "nach westlichen Schätzungen": the adjective names it
        re.compile(rf"\b[Nn]ach\s+(?P<src>(?:{_DE_ADJ}){{1,2}}(?:Angaben|Schätzungen"
                   r"|Informationen|Erkenntnissen|Berichten|Daten|Quellen|Geheimdienstangaben"
                   r"|Regierungsangaben|Militärangaben))\b"),
        ("angaben", "schätzungen", "informationen", "erkenntnissen", "berichten", "daten",
         "quellen"),
        "according",
        None,
    ),
    (  # "Südkoreas Geheimdienst geht von 1500 Soldaten aus": assumes
        re.compile(rf"(?P<src>{_DE_SRC})\s+(?:geht|gehen|gehe|ging|gingen)\s+"
                   r"(?:[a-zäöüß]+\s+){0,2}?(?:von|davon)\b"),
        ("geht", "gehen", "gehe", "ging"),
        "main",
        None,
    ),
    (  # "Im April war der Geheimdienst noch von mindestens 600 ausgegangen"
        re.compile(rf"\b(?:war|waren|ist|sind)\s+(?P<src>{_DE_SRC})\s+(?:[a-zäöüß]+\s+){{0,2}}?"
                   r"(?:von|davon)\b(?=[^.;]{0,120}\bausgegangen\b)"),
        ("ausgegangen",),
        "main",
        None,
    ),
    (  # "wie aus Satellitenbildern des Unternehmens Maxar hervorgeht", "Aus einem Bericht der
        # Vereinten Nationen geht hervor": the work's maker
        re.compile(r"\b[Aa]us\s+(?:(?:einem|einer|dem|der|den)\s+)?(?:[a-zäöüß]+e[nrms]?\s+)?"
                   r"(?:Bericht|Berichten|Daten|Satellitenbildern|Bildern|Dokumenten|Unterlagen"
                   r"|Angaben|Zahlen|Studie|Analyse)\s+(?:de[rs]|von|vom)\s+"
                   rf"(?P<src>{_DE_NP})(?=[^.;]{{0,80}}\b(?:hervorgeht|hervorging|geht|ging)\b)"),
        ("hervor",),
        "according",
        None,
    ),
    (  # "dem Geheimdienst zufolge"
        re.compile(rf"(?P<src>{_DE_SRC}(?:\s+(?:für|des|der)\s+(?:{_DE_ADJ}){{0,2}}{_DE_NOUN})?"
                   r"(?:\s+(?:in|aus)\s+[A-ZÄÖÜ][\w'’-]*)?)\s+zufolge\b"),
        ("zufolge",),
        "according",
        re.compile(r"\bzufolge\b"),
    ),
    (  # "er sagte", "sagte er"
        re.compile(rf"\b(?P<src>[Ee]r)\s+(?:{_DE_SAID}|fügte)\b|\b(?:{_DE_SAID})\s+(?P<obj>er)\b"),
        (" er",),
        "pronoun",
        None,
    ),
)  # fmt: skip
# A source in a French article: an article and words up to a verb, a preposition or a comma
_FR_STOP = (
    r"(?:a|ont|avait|avaient|qui|que|qu|et|ou|en|à|au|aux|dans|pour|sur|par|de|du|des|d"
    r"|selon|lors|le|la|les)"
)
# a source after "selon", "d'après", "citant": the words of _FR_SRC and what a "de" joins to
# them ("les services de renseignement sud-coréens", "le ministère de la Défense", "l'agence
# du renseignement"), not a number or a quantity after it ("Séoul de nombreux soldats")
_FR_OF = (
    r"\s+(?:(?:de|du)\s+(?:la\s+|l['’])?|de\s+l['’]|d['’]|des\s+)"
    r"(?!\d|(?:nombreux|nombreuses|plus|moins|milliers|centaines|dizaines|millions|milliards"
    r"|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille)\b)[\w-]+"
)
# the subject of a verb of speech: "le ministre de la Défense", "ce prisonnier de guerre"
_FR_SRC = (
    r"(?<![\w'’-])(?!(?:[Ii]ls?|[Ee]lles?|[Oo]n|[Nn]ous|[Jj]e|[Cc]e|[Cc]ela)\b)"
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne)\s+|[Ll]['’])?[\w-]+"
    rf"(?:{_FR_OF}|\s+(?!{_FR_STOP}(?![\w'’-]))[\w-]+){{0,4}}"
)
_FR_NP = (
    r"(?<![\w'’-])(?!(?:[Ii]ls?|[Ee]lles?|[Oo]n|[Nn]ous|[Jj]e|[Cc]e|[Cc]ela|lui|elle)\b)"
    r"(?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Dd]es)\s+|[Ll]['’])?[\w-]+"
    # "de"/"d'" first: "le centre d'études Aldermoor" is not "centre" and a word "d"
    rf"(?:{_FR_OF}|\s+(?!{_FR_STOP}(?![\w'’-]))[\w-]+){{0,8}}"
)
_FR_SAID = (
    r"déclaré|dit|affirmé|indiqué|précisé|annoncé|estimé|rapporté|confirmé|assuré|expliqué"
    # not "ont ajouté à leur liste": added to, not said
    r"|souligné|ajouté(?!\s+(?:à|au|aux|dans|sur|en|des)\s)|chiffré|évoqué|signalé"
    # "Le groupe de réflexion CSIS a compté 88 wagons"
    r"|compté|dénombré|recensé"
)
_FR_SHAPES: Sequence[_Shape] = (
    (  # "une estimation avancée par la Voix de l'Amérique", "des chiffres publiés par le NIS"
        re.compile(
            r"\b(?:avancée?s?|publiée?s?|réalisée?s?|fournie?s?|rapportée?s?|communiquée?s?"
            r"|diffusée?s?|donnée?s?|relevée?s?|recueillie?s?|compilée?s?|établie?s?|faite?s?)\s+"
            # "publié ce jeudi par l'OFAC": a few words of time before "par"
            r"(?:(?:ce|cette|le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir"
            r"|hier|mois|semaine|dernière?|\d{1,2})\s+){0,3}"
            rf"par\s+(?P<src>{_FR_NP}(?:\s+\([A-Z][\w.&-]{{1,11}}\))?)"
        ),
        (" par",),
        "main",
        None,
    ),
    (  # "citant des sources militaires": whom a relay cites (first, as in German)
        re.compile(rf"\bcitant\s+(?P<src>{_FR_NP})"),
        ("citant",),
        "cite",
        None,
    ),
    (  # "le ministre a déclaré", "les autorités ont indiqué"
        re.compile(
            # "Kim Jong Un, cité par l'agence KCNA, a évoqué"
            rf"(?P<src>{_FR_SRC})(?:,\s+(?:citant|cité(?:e|s|es)?\s+par)\s+[^,.;]{{1,60}},)?"
            r"\s+(?:a|ont|avait|avaient)\s+"
            rf"(?:{_FR_SAID})\b"
        ),
        (" a", " ont", " avait", " avaient"),
        "main",
        re.compile(rf"\b(?:{_FR_SAID})\b"),
    ),
    (  # "Le Service national du renseignement (NIS) estime que", "le NIS rapporte qu'"
        re.compile(
            rf"(?P<src>{_FR_NP}(?:\s+\([A-Z][\w.&-]{{1,11}}\))?)\s+(?:estime|estiment|rapporte"
            r"|rapportent|affirme|affirment|indique|indiquent|déclare|déclarent|souligne|soulignent"
            r"|précise|précisent|assure|assurent|explique|annonce|annoncent|juge|jugent|évalue"
            r"|évaluent)\s+(?:que|qu['’])"
            # "Le Pentagone estime leur nombre à 11 000"
            r"|(?P<src2>(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*[\w-]+(?:\s+(?:d['’])?[\w-]+){0,3}?)"
            r"\s+(?:estime"
            r"|estiment|évalue|évaluent|chiffre|chiffrent)\s+(?:(?:le|la|les|leur|leurs|son|sa|ses)"
            r"\s+(?:nombre|total|montant|coût|pertes|effectifs)\b|à\s)"
        ),
        ("estim", "rapport", "affirm", "indiqu", "déclar", "soulign", "précis", "assur", "expliqu",
         "annonc", "juge", "évalu"),
        "main",
        None,
    ),
    (  # "l'UE applique des sanctions contre 52 navires", "Le paquet de l'UE vise 32
        # entreprises": who sanctions names the count of those it lists
        re.compile(
            rf"(?P<src>{_FR_SRC})\s+(?:(?:a|ont)\s+(?:sanctionné|inscrit|désigné)|sanctionnent|sanctionne"
            # "Les États membres ont adopté lundi une nouvelle série de sanctions"
            r"|(?:a|ont)\s+adopté(?:\s+[\w'’-]+){0,6}?\s+sanctions"
            r"|vise|visent|cible|ciblent|(?:applique|appliquent|impose|imposent|a\s+imposé"
            r"|ont\s+imposé)\s+des\s+sanctions)\b"
        ),
        ("sanction", "vise", "cible", "inscrit", "désigné"),  # "adopté ... sanctions" too
        "main",
        None,
    ),
    (  # "Les données de MarineTraffic montrent 7 pétroliers", "Le rapport cite 20 navires"
        re.compile(
            rf"(?P<src>{_FR_NP})\s+(?:montre|montrent|révèle|révèlent|indique|indiquent|cite"
            r"|citent|recense|recensent|dénombre|dénombrent|mentionne|mentionnent)"
            r"(?=\s+(?:\d|plus\s|près\s|environ\s|quelque|au\s+moins))"
        ),
        ("montr", "révèl", "indiqu", "cite", "recens", "dénombr", "mentionn"),
        "main",
        None,
    ),
    (  # "Il ressort d'un rapport des Nations unies que": the work's maker
        re.compile(
            r"\b(?:ressort|ressortait)\s+(?:d['’]un|d['’]une|du|de\s+la|des)\s+(?:[\w-]+\s+)?"
            r"(?:rapport|étude|analyse|document|données|chiffres|images)\s+(?:de\s+la\s+|de\s+l['’]"
            rf"|du\s+|des\s+|de\s+|d['’])(?P<src>{_FR_NP})"
        ),
        ("ressort",),
        "according",
        None,
    ),
    (  # "…, a déclaré le ministre", "a indiqué l'armée"
        # "C'est ce qu'a déclaré le Service national de renseignement (NIS) lors d'une réunion"
        # "C'est ce qu'a affirmé, hier, une délégation du Centre ..."
        re.compile(rf"\b(?:a|ont)\s+(?:{_FR_SAID})(?:,\s*[^,.;]{{1,25}},"
                   # "a indiqué jeudi le renseignement sud-coréen"
                   r"|\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
                   r"(?:\s+(?:matin|soir))?)?\s+"
                   # not "a chiffré le nombre de victimes à": what was put at a figure
                   r"(?!(?:le|la|les)\s+(?:nombre|total|montant|coût|bilan|pertes|effectifs)\b)"
                   r"(?P<src>(?:(?:[Ll]e|[Ll]a|[Ll]es|[Uu]ne?)\s+[\w-]+"
                   rf"(?:\s+(?!{_FR_STOP}(?![\w'’-]))[\w-]+|{_FR_OF}"
                   # "le Centre international pour la victoire de l'Ukraine": a name's "pour"
                   r"|\s+pour\s+(?:la\s+|le\s+|les\s+|l['’])?[\w-]+){0,8}|[Ll]['’][\w-]+"
                   # a name alone: "a déclaré Shin, selon Yonhap"
                   r"|(?!(?:Le|La|Les|Il|Elle)\b)[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){0,2})"
                   r"(?:\s+\([A-Z][\w.&-]{1,11}\))?)"
                   # not "a estimé les échanges à 30 millions": what was put at a figure
                   r"(?!\s+à\s+(?:\d|environ|plus|près|quelque|moins))"
                   r"(?=\s*[,.;»”]|\s+(?:lors|devant|dans|à|au|aux|en|sur|mardi|mercredi|jeudi"
                   r"|vendredi|samedi|dimanche|lundi)\b|\Z)"),
        (" a", " ont", "'a", "’a"),
        "main",
        None,
    ),
    (  # "De source militaire sud-coréenne, ...", "de sources diplomatiques"
        re.compile(r"(?<![\w'’])[Dd]e\s+(?P<src>sources?\s+[a-zéèêàâîôûç-]+(?:\s+[a-zéèêàâîôûç-]+)?)"
                   r"(?=\s*,)"),
        ("source",),
        "according",
        None,
    ),
    (  # "selon le renseignement sud-coréen", "d'après le ministère"
        re.compile(
            rf"(?i:\bselon|\bd['’]après)\s+(?P<src>(?!(?:lui|elle|lequel|laquelle|lesquel(?:le)?s)\b)"
            rf"{_FR_NP})"
        ),
        ("selon", "après"),
        "according",
        None,
    ),
    (  # "selon lui", "il a déclaré", "a-t-il précisé"
        re.compile(
            rf"(?i:\bselon|\bd['’]après)\s+(?P<obj>lui|elle)\b"
            rf"|\b(?P<src>[Ii]l|[Ee]lle)\s+(?:a|avait)\s+(?:{_FR_SAID})\b"
            rf"|\ba-t-(?P<inv>il|elle)\s+(?:{_FR_SAID})\b"
        ),
        (" lui", " elle", " il"),
        "pronoun",
        None,
    ),
)  # fmt: skip
_FOREIGN_SHAPES: dict[str, Sequence[_Shape]] = {
    "de": _DE_SHAPES,
    "fr": _FR_SHAPES,
}
_FOREIGN_ARTICLES = words(
    "der die das des dem den ein eine einer eines einem einen le la les un une"
)

# rules and texts in force, after "laut" or "selon": by what, not by whom
_FOREIGN_RULES = words(
    "vorgaben regeln bestimmungen gesetz vertrag vereinbarung abkommen resolution resolutionen"
    " règles règlement loi accord traité résolution résolutions dispositions"
)


def _foreign_name(raw: str) -> str | None:
    """A German or French source as named: no article before it ("Die Beamten": "Beamten")."""
    name = raw.replace("\u2019", "'").strip(" ,;:")
    if name.endswith(".") and not _INITIALISM.search(name):
        name = name.rstrip(".")  # "berichtete der Sender.": its sentence's full stop
    words = name.split()
    if len(words) > 1 and words[0].lower() in _FOREIGN_ARTICLES:
        words.pop(0)
    if words and words[0].lower().startswith("l'") and len(words[0]) > 2:
        words[0] = words[0][2:]
    if words and words[-1].lower() in _FOREIGN_RULES:
        return None  # "laut internationaler Vorgaben": what rules say, not who says it
    return " ".join(words) or None


def _foreign_sources(sentence: str, language: str) -> list[Source]:
    shapes = _FOREIGN_SHAPES.get(language.strip().lower().replace("_", "-").split("-")[0])
    if not shapes:
        return []
    found: list[Source] = []
    low, lower = sentence.lower(), lower_words(sentence)
    folds = has_folds(sentence)
    for pattern, needs, kind, ends in shapes:
        if not folds and not any((x[1:] in lower) if x[0] == " " else (x in low) for x in needs):
            continue
        matches: Iterator[re.Match[str]]
        if ends is not None:
            last = None
            for last in ends.finditer(sentence):  # noqa: B007
                pass
            if last is None:
                continue
            matches = pattern.finditer(sentence, 0, last.end())
        else:
            matches = pattern.finditer(sentence)
        for m in matches:
            if kind == "pronoun":
                word = next(g for g in m.groups() if g)
                found.append(Source(m.start(), m.end(), word, kind))
                continue
            group = "src" if m.group("src") is not None else "src2"
            name = _foreign_name(m.group(group))
            if name is not None and not any(s.start <= m.start(group) < s.end for s in found):
                found.append(Source(m.start(), m.end(), name, kind))
    return found


@dataclass(slots=True)  # not frozen, as that is slower to build; never changed
class Source:
    """A source named in a sentence: where, its name and how it is named."""

    start: int
    end: int
    name: str
    # "main", "according" ("according to"), "by" (a participle: "mentioned by"), "cite"
    # ("citing"), "pronoun" ("he said": the one named before, see attribute) or "work" ("the
    # report said": its publisher, named before, see attribute)
    kind: str

    @property
    def generic(self) -> bool:
        words = self.name.lower().split()
        return (
            bool(words)
            and words[-1] in _GENERIC
            and len(words) <= 2
            and words[0]
            in (
                "the",
                words[-1],
            )
        )


def clean_name(raw: str) -> str | None:
    """Trim a matched source to its name: no leading adverbs, possessive or "data"."""
    words = raw.replace("\u2019", "'").split()
    while words and words[0].lower().strip(",") in _LEADING:
        words.pop(0)
    if len(words) > 1 and words[0].lower() in ("a", "an", "one", "another"):
        words.pop(0)  # "a Western diplomat": the diplomat
    while words:
        if words[-1].endswith("'s"):
            words[-1] = words[-1][:-2]
        if (
            words[-1].lower() in _TRAILING
            and len(words) > 1
            and words[-2].lower() not in _DETERMINERS
        ):
            if not any(w[:1].isupper() and w.lower() not in _DETERMINERS for w in words[:-1]):
                # no name before it: "intelligence data" is kept whole, "preliminary data"
                # names no one
                if _SRC_NOUN_SET.isdisjoint(w.lower() for w in words[:-1]):
                    return None
                break
            words.pop()
            continue
        break
    name = " ".join(words).strip(" ,;:")
    if name.endswith(".") and not _INITIALISM.search(name):
        name = name.rstrip(".")
    bare = name.lower().removeprefix("the ").removeprefix("its ").removeprefix("their ")
    if bare in _NOT_SOURCES or bare in _DETERMINERS:
        return None
    if name.split()[0] in ("Article", "Section", "Resolution", "Paragraph"):
        return None
    if _WHEN_WORDS.issuperset(name.lower().split()):
        return None  # "imagery taken in February and March indicates": no one
    return name


_WHEN_WORDS = words(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday and or early late mid"
)


# a work that names no one who made it: "the report", "preliminary data", "the latest
# intelligence report"
_NAMELESS_WORK = re.compile(
    r"(?:(?i:the|this|that|these|its|their|an?)\s+)?(?:[a-z][a-z-]*\s+){0,3}"
    rf"(?:{_WORK_NOUNS}|imagery|images|photos)"
)


def _by_matches(sentence: str) -> Iterator[re.Match[str]]:
    """``ATTR_BY.finditer(sentence)``, the pattern tried only where its verb may start.

    A match's verb ends where the blanks before its "by" begin, so it starts within
    ``_BY_LONGEST`` characters before them; trying those places in order, each after the last
    match, finds what ``finditer`` finds.
    """
    starts: set[int] = set()
    for by in _BY.finditer(sentence):
        end = by.start()
        while end > 0 and sentence[end - 1].isspace():
            end -= 1
        starts.update(range(max(0, end - _BY_LONGEST), end))
    pos = 0
    for at in sorted(starts):
        if at >= pos and (m := ATTR_BY.match(sentence, at)) is not None:
            yield m
            pos = m.end()


def _at_works(
    pattern: re.Pattern[str], sentence: str, works: frozenset[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(sentence)`` for ATTR_ESTIMATE or ATTR_WORK, whose every match begins
    with a whole word of ``_WORK_WORDS`` (in any case): the pattern tried only where one of
    ``works`` (those of them among the sentence's lower_words) stands, which is far fewer
    places. Only for a sentence without a FOLDS character (see whole_words)."""
    pos = 0
    for at, _ in whole_words(sentence, works):
        if at >= pos and (m := pattern.match(sentence, at)) is not None:
            yield m
            pos = m.end()


_NEXT_WORD = re.compile(r"\s+\w+")
_SAY_WORDS = frozenset(_SAY.split("|"))  # single words, each a whole word where it matches


def _last_verb(sentence: str) -> int | None:
    """Where the last word that may be a verb of saying ends (in any case, so at or after the
    last one ATTR_SUBJECT may end with), found among the sentence's whole words rather than by
    the trigger's search; ``None`` when the words cannot be read so (a FOLDS character, see
    whole_words) or hold none."""
    if has_folds(sentence):
        return None
    words = word_candidates(sentence, _SAY_WORDS)
    found = whole_words(sentence, words) if words else []
    if not found:
        return None
    at, word = found[-1]
    return at + len(word)


_PURE_WORK_BY = re.compile(
    r"(?:This|That),?\s+(?:from|per)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{_WORK_NOUNS})\s+(?:(?:published|released|issued|compiled)\s+)?(?:by|from|of)\s+"
    rf"(?P<src>{_SRC})"
)


def find_sources(sentence: str, language: str = "en") -> list[Source]:
    """Every source named in ``sentence``, in order; in a German or French article
    (``language``), its shapes too ("laut dem Ministerium", "selon le ministre")."""
    found: list[Source] = _foreign_sources(sentence, language) if language[:2] != "en" else []
    if (
        sentence.startswith(("This", "That"))
        and (m := _PURE_WORK_BY.match(sentence))
        and (name := clean_name(m.group("src"))) is not None
    ):  # "This, from the first report by the monitoring team, ...": who made the work
        found.append(Source(m.start("src"), m.end("src"), name, "main"))
    if " quoted " in sentence:
        for m in ATTR_QUOTED_AS.finditer(sentence):
            if (name := clean_name(m.group("src"))) is None:
                continue
            if m.group("cite") and (origin := clean_name(m.group("cite"))):
                name = f"{name}, citing {origin}"  # "a lawmaker quoted the agency as saying"
            found.append(Source(m.start(), m.end(), name, "main"))
    lower = lower_words(sentence)
    exact = not has_folds(sentence)  # else the word tests may miss a word
    low = ""
    for pattern, trigger, kind, need_words, need_strings in _SHAPE_PLAN:
        if exact and need_words is not None and need_words.isdisjoint(lower):
            if not need_strings:
                continue
            low = low or sentence.lower()
            if not any(x in low for x in need_strings):
                continue
        matches: Iterator[re.Match[str]]
        if pattern is ATTR_SUBJECT or pattern is ATTR_POSSESSIVE or pattern is ATTR_SPEAKER:
            # every match ends with a verb of saying (or "'s analysis"), which the trigger
            # finds: the text after the last of them need not be read (the matches are the
            # same; Hypothesis tests compare them)
            end = _last_verb(sentence) if pattern is ATTR_SUBJECT else None
            if end is None:
                last = None
                for last in trigger.finditer(sentence):  # noqa: B007
                    pass
                if last is None:
                    continue
                end = last.end()
            if (after := _NEXT_WORD.match(sentence, end)) is not None:
                end = after.end()  # what a match's look-ahead reads: "think tank" is no verb
            when = pattern is ATTR_SUBJECT and not _WHEN_WORDS.isdisjoint(lower)
            matches = (ATTR_SUBJECT_WHEN if when else pattern).finditer(sentence, 0, end)
        elif pattern is ATTR_ESTIMATE or pattern is ATTR_WORK:
            if not exact:
                matches = pattern.finditer(sentence)
            elif pattern is ATTR_ESTIMATE and "by" not in lower and "from" not in lower:
                continue
            else:
                matches = _at_works(pattern, sentence, _WORK_WORDS & lower)
        elif trigger.search(sentence) is None:
            continue
        else:
            matches = _by_matches(sentence) if pattern is ATTR_BY else pattern.finditer(sentence)
        for m in matches:
            if kind == "pronoun":
                name = m.group("src") or m.group("obj") or m.group("it")
                found.append(Source(m.start(), m.end(), name, kind))
                continue
            if kind == "according-work":
                found.append(Source(m.start(), m.end(), m.group("src"), "work"))
                continue
            if kind == "work":
                if (det := ends_with(_WORK_BEFORE, sentence, m.start())) is None:
                    continue
                opened = det.end("det") if det.group("det") is not None else det.start()
                start, name = det.start(), sentence[opened : m.end("src")].strip()
            else:
                start, name = m.start(), clean_name(m.group("src"))
                if (
                    name is None
                    and kind in ("according", "main")
                    and _NAMELESS_WORK.fullmatch(m.group("src"))
                ):
                    # "According to the report, ...", "The latest intelligence report
                    # indicates": the work's publisher, named before (see attribute)
                    found.append(Source(start, m.end(), m.group("src"), "work"))
                    continue
                if name is None:
                    continue
            if kind in ("estimate", "work"):
                # the subject found inside it goes ("South Korea suggest", "The new report")
                found = [s for s in found if not (s.start < m.end() and start < s.end)]
                found.append(Source(start, m.end(), name, "main" if kind == "estimate" else kind))
                continue
            if pattern is ATTR_SUBJECT:
                if (appos := m.group("appos")) and _is_name(appos):
                    name = f"{name}, {appos}"  # "South Korea's Minister of Defense, Shin Won-sik"
                elif (briefer := m.group("briefer")) and (origin := clean_name(briefer)):
                    name = f"{name}, citing {origin}"  # "lawmakers briefed by the agency"
            if any(s.name == name and s.start <= m.start("src") < s.end + 40 for s in found):
                continue  # "sources from The Times reported": one source, found twice
            found.append(Source(m.start(), m.end(), name, kind))
    if len(found) > 1:
        found.sort(key=lambda s: s.start)
    return found


# each shape with its trigger, kind and the words or strings it needs (None: no need)
_SHAPE_PLAN = tuple(
    (pattern, trigger, kind, *(need if need is not None else (None, ())))
    for (pattern, trigger, kind), need in zip(_SHAPES, _SHAPE_NEEDS, strict=True)
)


# "It is noted that ...", "It was also reported that ...": the source the article names last
_IMPERSONAL = re.compile(
    r"^(?:It\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:noted|reported|stated|said"
    r"|claimed|emphasized|emphasised|indicated|specified|added|clarified|stressed|mentioned"
    r"|underlined|pointed\s+out)\b)"
)


# A sentence that names its source in a clause at its end, after a comma: ", reports the US
# Institute for the Study of War (ISW).", ", the ministry said.", ", sagt Yoo Sang-bum, ein
# Mitglied des Ausschusses.", ", a déclaré le ministre."
_TRAILING_SAID = re.compile(
    r",\s+(?:(?:said|says|reported|reports|wrote|writes|added|noted|told|sagte|sagt|sagten"
    r"|berichtete|berichtet|erklärte|schrieb|meldete|(?:a|ont)\s+(?:déclaré|dit|indiqué|affirmé"
    r"|précisé|annoncé|rapporté))\s+[^,;:\d]{2,80}"
    r"|[^,;:\d]{2,60}?\s+(?:said|says|reported|reports|wrote|writes|added|noted|estimated"
    r"|estimates)"
    # "..., per CNN.", "..., according to the ministry."
    r"|(?:per|according\s+to|selon|laut)\s+[^,;:\d]{2,60})"
    r"(?:,\s+[^,;:\d]{2,100})?[.!?\"”’»)]*\s*\Z"
)


def names_at_its_end(sentence: str) -> bool:
    """Does the sentence name its source in a clause at its end (", reports X.")?"""
    return "," in sentence and _TRAILING_SAID.search(sentence) is not None


def is_impersonal(sentence: str) -> bool:
    """Does the sentence report without a subject ("It is noted that ...")?"""
    return sentence.startswith("It") and bool(_IMPERSONAL.match(sentence))


def is_pure_attribution(sentence: str) -> bool:
    """Does the sentence only say where the text comes from ("This is reported by X")?"""
    return bool(_PURE.match(sentence))


_SUPPLIED = re.compile(r"(?i:provided|given)\s")


def _attached(
    sources: Sequence[Source], spans: Sequence[tuple[int, int]], sentence: str
) -> dict[int, int]:
    """Participle sources ("mentioned by X") and the figure each follows: source → figure."""
    result: dict[int, int] = {}
    for i, s in enumerate(sources):
        if s.kind != "by":
            continue
        before = [j for j, (_, end) in enumerate(spans) if end <= s.start]
        if before:
            j = max(before, key=lambda k: spans[k][1])
            if _GAP_TO_BY.fullmatch(sentence[spans[j][1] : s.start]):
                result[i] = j
    return result


def _distance(s: Source, span: tuple[int, int]) -> int:
    if s.end <= span[0]:
        return span[0] - s.end
    if span[1] <= s.start:
        return s.start - span[1]
    return 0


def attribute(
    sentence: str,
    sources: Sequence[Source],
    spans: Sequence[tuple[int, int]],
    carried: str | None = None,
    antecedent: str | None = None,
    publisher: str | None = None,
) -> list[str | None]:
    """The attribution of each figure span in ``sentence``; ``carried`` from the sentence before,
    ``antecedent`` the one a pronoun ("he said", "according to him") stands for, ``publisher``
    the one who published a work named as a subject ("the report said", "the data showed")."""
    if any(s.kind in ("main", "according") for s in sources):
        # "60 missiles provided by North Korea, Ukrainian intelligence said": who supplied
        # them, not who told, when someone in the sentence tells
        sources = [s for s in sources if s.kind != "by" or not _SUPPLIED.match(sentence, s.start)]
    attached = _attached(sources, spans, sentence)
    mains = [
        s
        for i, s in enumerate(sources)
        if s.kind in ("main", "according", "pronoun", "work")
        or (s.kind == "by" and i not in attached)
    ]
    if publisher is None and any(s.kind != "work" for s in mains):
        mains = [s for s in mains if s.kind != "work"]  # a report no one is named for
    cites = [s for s in sources if s.kind == "cite"]
    result: list[str | None] = []
    for j, span in enumerate(spans):
        own = [sources[i].name for i, k in attached.items() if k == j]
        if own:
            result.append(own[0])
            continue
        name: str | None = None
        generic = False
        if mains:
            main = min(mains, key=lambda s: (_distance(s, span), s.start))
            opening = _opening(sentence, mains, main, span)
            name, generic = main.name, main.generic
            if main.kind == "pronoun":
                name, generic = antecedent, False
            elif main.kind == "work":
                # "The data, obtained by X, shows": X; "A Reuters analysis found": who made
                # it is named in it; "a state-run think tank report showed": the work
                # itself, when no one is named who published it
                inner = [x for x in sources if x.kind == "by" and main.start <= x.start < main.end]
                work = _work_name(main.name)
                if inner:
                    name = inner[0].name
                else:
                    name = work if _CAPITAL.search(work) else publisher or work
                generic = False
            elif main.kind == "according" and (speaker := _speaker(sentence, mains, main)):
                # "X stated that, according to Y, ...": X relays Y
                said = speaker.name if speaker.kind != "pronoun" else antecedent
                name = f"{said}, citing {name}" if said else name
            cite = min(cites, key=lambda c: _distance(c, (main.start, main.end)), default=None)
            if name and cite is not None and cite.name != name and cite.name not in name:
                name = f"{name}, citing {cite.name}"
            if opening is not None and name and not generic:
                # "According to the report, Ukraine analyzed 21 of the 50 missiles": the
                # report relays Ukraine
                told = publisher if opening.kind == "work" else opening.name
                told = told or _work_name(opening.name)
                name = name if told in name else f"{told}, citing {name}"
        elif cites:
            name = cites[0].name
        if carried and (name is None or generic):
            name = carried
        result.append(name)
    return result


_THAT = re.compile(r",?\s+(?:that|dass|que|qu['’])(?!\w)")
_WORK_DETERMINER = re.compile(
    r"(?i:the|this|that|these|those|its|their|his|her|an?|der|die|das|den|dem|des|einer?|einem"
    r"|le|la|les|l['’]|une?|du)\s+|(?i:l['’])"
)


_CAPITAL = re.compile(r"\b[A-Z]")


def _work_name(written: str) -> str:
    """A work named as a source, without its determiner: "a state-run think tank report" →
    "state-run think tank report"."""
    det = _WORK_DETERMINER.match(written)
    return written[det.end() :] if det else written


_OPENING = re.compile(r"(?:(?:But|And|Yet|However|Still|Now),?\s+)?(?i:according\s+to)\b")


def _opening(
    sentence: str, mains: Sequence[Source], main: Source, span: tuple[int, int]
) -> Source | None:
    """The "according to" source that opens the sentence and so the clause of a subject
    after it that tells of the figure (``main``): "According to X, Y analyzed 21 ..."."""
    if main.kind not in ("main", "pronoun") or main.end > span[0]:
        return None
    opens = _OPENING.match(sentence)
    if opens is None:
        return None
    for s in mains:
        if s.end > main.start:
            break
        if (
            s.kind in ("according", "work")
            and s.start <= opens.end()
            and not any(c in sentence[s.end : main.start] for c in ";:")
        ):
            return s
    return None


def _speaker(sentence: str, mains: Sequence[Source], according: Source) -> Source | None:
    """The subject whose that-clause holds an "according to" source: "X stated that according
    to Y", "X reported that ... , according to Y"."""
    for s in mains:
        if (
            s.kind in ("main", "pronoun")
            and s.end <= according.start
            and _THAT.match(sentence, s.end)
        ):
            return s
    return None


# A headline's source, after a colon at its end ("... used against Ukraine: Kyiv intel",
# "... over past 7 years: report") or a work before a colon at its start ("Bericht: ...")
_HEADLINE_AFTER = re.compile(r":\s+(?P<src>[^\s:][^:]{0,40}?)\s*\Z")
_HEADLINE_DASH = re.compile(r"\s[-–—]\s+(?P<src>[^\s:–—-][^:–—]{0,40}?)\s*\Z")  # "... - NIS"
_HEADLINE_BEFORE = re.compile(
    r"(?P<src>(?i:reports?|study|sources|officials|intel|berichte?|studie"
    r"|quellen|rapport|étude|sources))\s*:\s"
)
_HEADLINE_NOUNS = (
    _SRC_NOUN_SET
    | frozenset(_WORK_NOUNS.split("|"))
    | words("intel says claims sources reports")
    # German and French: "... - südkoreanischer Geheimdienst", "... : renseignement"
    | words(
        "geheimdienst bericht studie ministerium regierung armee militär behörden quellen"
        " experten medien agentur nachrichtenagentur renseignement rapport étude ministère"
        " armée sources experts médias agence gouvernement"
    )
)


def headline_source(headline: str) -> str | None:
    """The source a headline names for the whole article, in its wire form: a name or a
    source's noun after a colon at its end ("...: spy agency", "...: NIS"), or a work before a
    colon at its start ("Report: ...", "Bericht: ..."); ``None`` otherwise."""
    if m := _HEADLINE_BEFORE.match(headline):
        return m.group("src")
    m = _HEADLINE_AFTER.search(headline) or _HEADLINE_DASH.search(headline)
    if m is None:
        return None
    src = m.group("src").rstrip(".!?")
    words_ = src.split()
    if not 1 <= len(words_) <= 4:
        return None
    if words_[-1].lower().strip("'’") in _HEADLINE_NOUNS:
        return src.removesuffix(" says").removesuffix(" claims")
    # a name ("...: NIS", "...: Zelensky"), unless the headline is in title case
    title_case = all(w[:1].isupper() for w in headline[: m.start()].split() if w.isalpha())
    if len(words_) <= 2 and all(w[:1].isupper() for w in words_) and not title_case:
        return src
    return None


def publisher(sentence: str) -> str | None:
    """Who ``sentence`` says published a report, a study or figures (the last it names), to
    name for "the report said" after it; ``None`` when it names no one so."""
    lower = lower_words(sentence)
    exact = not has_folds(sentence)
    if exact and _WORK_WORDS.isdisjoint(lower):
        return None
    best: tuple[int, str] | None = None
    for pattern, needs in zip(_PUBLISHED, _PUBLISHED_NEEDS, strict=True):
        if exact and (needs.isdisjoint(lower) if needs else "s" not in lower):
            continue  # "s": the word after the apostrophe of "X's report"
        for m in pattern.finditer(sentence):
            name = clean_name(m.group("src"))
            if name is not None and (best is None or m.end() > best[0]):
                best = (m.end(), name)
    return best[1] if best else None


def _is_name(text: str) -> bool:
    """Is ``text`` a name: every word capitalised ("Shin Won-sik", "Kyrylo Budanov")?"""
    return all(w[:1].isupper() for w in text.split())


def is_role(name: str) -> bool:
    """Does ``name`` name a role, not who holds it ("the minister", "a spokesman")?"""
    words = name.split()
    return (
        len(words) <= 2
        and words[-1].islower()
        and (len(words) == 1 or words[0].lower() in ("the", "a", "an"))
    )


def sentence_source(sentence: str) -> str | None:
    """The source a pure attribution sentence names, to lend to the sentences after it."""
    names = attribute(sentence, find_sources(sentence), [(0, 0)])
    return names[0]
