"""The brief in Russian and Ukrainian: catalogs complete and current, nothing left in English."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from click.testing import CliRunner
from markdown_it import MarkdownIt

from factcheck import fmt, i18n
from factcheck.cli import main
from factcheck.extract import YEAR_UNKNOWN
from factcheck.ingest import load_articles
from factcheck.interval import Interval
from factcheck.model import Brief
from factcheck.pipeline import build_brief
from factcheck.render import html, markdown
from factcheck.render.context import build_context
from factcheck.rulebook import Rulebook, lint_translations, load_rulebook

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "factcheck" / "locale"
TRANSLATED = ("ru", "uk")


def _catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def _ids(catalog: Catalog) -> set[tuple[str | None, object]]:
    return {(m.context, m.id) for m in catalog if m.id}


# -- the catalogs ----------------------------------------------------------------------------


def test_languages_are_the_catalogs_present() -> None:
    assert i18n.languages() == ("en", "ru", "uk")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(lang: str) -> None:
    catalog = _catalog(LOCALE / lang / "LC_MESSAGES" / "messages.po", lang)
    assert catalog.num_plurals == 3
    untranslated = []
    for m in catalog:
        if not m.id:
            continue
        assert not m.fuzzy, f"fuzzy: {m.id!r}"
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if not all(strings) or len(strings) != (3 if m.pluralizable else 1):
            untranslated.append(m.id)
    assert untranslated == []
    # Babel's own checks: the same %(name)s placeholders in msgid and msgstr.
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
    assert problems == []


def test_the_template_catalog_is_current(tmp_path: Path) -> None:
    """Re-extract as `make messages` does and compare: a new string must reach the .pot."""
    pybabel = Path(sys.executable).with_name("pybabel")
    out = tmp_path / "messages.pot"
    subprocess.run(
        [str(pybabel), "extract", "-F", "babel.cfg", "--omit-header", "-o", str(out), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    extracted = _ids(_catalog(out))
    assert extracted == _ids(_catalog(LOCALE / "messages.pot")), "run `make messages`"
    for lang in TRANSLATED:
        po = _ids(_catalog(LOCALE / lang / "LC_MESSAGES" / "messages.po", lang))
        assert po == extracted, f"{lang}: run `make messages` and translate"


# -- numbers, units and plurals ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "value", "expected"),
    [
        ("en", "1", "1 barrel"),
        ("en", "21", "21 barrels"),
        ("ru", "1", "1 баррель"),
        ("ru", "3", "3 барреля"),
        ("ru", "5", "5 баррелей"),
        ("ru", "21", "21 баррель"),
        ("ru", "1.5", "1,5 барреля"),
        ("ru", "1000000", "1\xa0000\xa0000 баррелей"),
        ("uk", "2", "2 барелі"),
        ("uk", "11", "11 барелів"),
        ("uk", "1.5", "1,5 барелю"),
    ],
)
def test_units_take_the_plural_form_of_the_number(lang: str, value: str, expected: str) -> None:
    assert fmt.format_interval(Interval.exact(Decimal(value)), "bbl", lang) == expected


def test_hedges_dates_and_money_follow_the_language() -> None:
    above = Interval(Decimal(1_000_000), Decimal("Infinity"), True, True)
    assert fmt.format_interval(above, "bbl/yr", "ru") == "более 1\xa0000\xa0000 баррелей в год"
    assert fmt.format_interval(above, "bbl/yr", "uk") == "понад 1\xa0000\xa0000 барелів на рік"
    day = Decimal(datetime.date(2024, 11, 22).toordinal())
    assert fmt.format_date_value(day, "ru") == "22 ноября 2024\u202fг."
    assert fmt.format_date_value(day, "uk") == "22 листопада 2024\u202fр."
    pay = Interval.exact(Decimal(2000))
    assert fmt.format_interval(pay, "USD/month", "en") == "$2,000 a month"
    assert fmt.format_interval(pay, "USD/month", "ru") == "2\xa0000\xa0$ в месяц"


# -- whole briefs ------------------------------------------------------------------------------


# An article with no date anywhere (no front matter date, no "As of" line): its dates
# have no year, and each carries the note YEAR_UNKNOWN.
UNDATED = """\
---
title: Tankers keep loading fuel for North Korea
outlet: Test Wire
---
Tankers flagged to North Korea keep calling at a Russian port in the Far East, a group that
studies satellite pictures says. By its count the ships made 43 voyages. The first voyage it
could see left on March 7 and the last voyage it logged on November 5.

The group puts the oil those tankers carried at more than 1 million barrels, while a UN
resolution lets North Korea buy no more than 500,000 barrels of refined products a year.
"""

#: The article sets every whole-brief test runs on: the dated examples and the undated one.
SOURCES = ("examples", "undated")


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return load_rulebook(ROOT / "rules")


@pytest.fixture(scope="module")
def undated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("undated")
    (folder / "fuel-runs.md").write_text(UNDATED, encoding="utf-8")
    return folder


def _source(name: str, undated: Path) -> Path:
    return ROOT / "examples" / "articles" if name == "examples" else undated


def _brief(rulebook: Rulebook, lang: str, source: Path | None = None) -> Brief:
    articles = load_articles([source or ROOT / "examples" / "articles"])
    return build_brief(articles, rulebook, language=lang)


def test_the_undated_article_has_figures_of_unknown_year(rulebook: Rulebook, undated: Path) -> None:
    """The undated source does what it is there for: dates whose note must be translated."""
    brief = _brief(rulebook, "en", undated)
    assert brief.articles[0].published is None
    assert [f.text for f in brief.figures if f.note == YEAR_UNKNOWN] == ["March 7", "November 5"]


class _Text(HTMLParser):
    """The visible text runs of a page (not <script>, <style> or <head>)."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: set[str] = set()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if not self._skip and text:
            self.runs.add(text)


def _runs(page: str) -> set[str]:
    parser = _Text()
    parser.feed(page)
    return parser.runs


def _data(brief: Brief, rulebook: Rulebook) -> str:
    """Everything a brief quotes as it stands: articles, citations, ids, hedge phrases, and
    the name of a ``let:`` value no language labels (``rulebook`` is the localized one, so a
    value with a label is not excused: the brief must show the label)."""
    pieces = [a.text for a in brief.articles]
    pieces += [str(x) for a in brief.articles for x in (a.title, a.outlet, a.path, a.url) if x]
    pieces += [c.text for r in rulebook.references for c in r.citations]
    pieces += [c.url or "" for r in rulebook.references for c in r.citations]
    pieces += [c.id for c in rulebook.checks] + [c.id for c in rulebook.concepts]
    pieces += [name for c in rulebook.checks for name, _ in c.let if name not in c.labels]
    pieces += [h.written for h in rulebook.hedges]
    pieces += [f.text for f in brief.figures]
    pieces += [brief.rules, brief.rules_digest, f"factcheck {brief.version}", "SHA-256"]
    return "\n".join(pieces)


def _md_runs(text: str) -> set[str]:
    """The visible text runs of a Markdown brief, as GitHub would show it."""
    return _runs(MarkdownIt("commonmark").enable("table").render(text))


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_translated_brief_has_no_english_left(
    rulebook: Rulebook, undated: Path, lang: str, source: str
) -> None:
    folder = _source(source, undated)
    english_brief = _brief(rulebook, "en", folder)
    brief = _brief(rulebook, lang, folder)
    page = html.render(brief, locale=lang)
    assert f'<html lang="{lang}">' in page
    data = _data(brief, rulebook.localized(lang))

    def quoted(run: str) -> bool:
        """The run is made of things quoted as they stand (a list of check ids, say)."""
        pieces = [p.strip("().,;:● ") for p in re.split(r"[,;]\s", run)]
        return all(not re.search("[A-Za-z]{2}", p) or p in data for p in pieces)

    english = _runs(html.render(english_brief))
    left = sorted(run for run in _runs(page) & english if not quoted(run))
    assert left == [], left
    # Markdown: the same, on the text GitHub shows (the note is in a table cell there).
    md = markdown.render(brief, locale=lang)
    english_md = _md_runs(markdown.render(english_brief))
    left = sorted(run for run in _md_runs(md) & english_md if not quoted(run))
    assert left == [], left
    for english_label in ("## Findings", "**Arithmetic:**", "## Citations", "## Methods"):
        assert english_label not in md
    # Each computed value is shown by its label in the brief's language, never by its name.
    for text in (page, md):
        for check in rulebook.localized(lang).checks:
            for name, _ in check.let:
                assert f"<dt>{name}</dt>" not in text
                assert f"- {name} = " not in text


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_year_unknown_note_is_translated_in_every_format(
    rulebook: Rulebook, undated: Path, lang: str
) -> None:
    import json

    from pypdf import PdfReader

    from factcheck.render import json as json_render
    from factcheck.render import pdf

    brief = _brief(rulebook, lang, undated)
    with i18n.using(lang):
        note = i18n._(YEAR_UNKNOWN)
    assert note != YEAR_UNKNOWN
    assert not re.search("[A-Za-z]{2}", note.replace("--date", ""))
    reader = PdfReader(io.BytesIO(pdf.render(brief, locale=lang)))
    pdf_text = "".join(p.extract_text() or "" for p in reader.pages)
    texts = [html.render(brief, locale=lang), markdown.render(brief, locale=lang), pdf_text]
    for text in texts:
        # The PDF breaks lines inside a narrow table cell: compare without white space.
        text, translated = (re.sub(r"\s+", "", t) for t in (text, note))
        assert text.count(translated) == 2  # March 7 and November 5, in the appendix
        assert re.sub(r"\s+", "", YEAR_UNKNOWN) not in text
        assert "yearunknown" not in text
    # brief.json keeps the note as extraction wrote it, the same in every language.
    figures = json.loads(json_render.render(brief, locale=lang))["figures"]
    assert [f["note"] for f in figures if f["note"]] == [YEAR_UNKNOWN, YEAR_UNKNOWN]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("lang", TRANSLATED)
def test_quotes_stay_as_written_and_codes_stay_neutral(
    rulebook: Rulebook, undated: Path, lang: str, source: str
) -> None:
    import json

    from factcheck.render import json as json_render

    folder = _source(source, undated)
    en = json.loads(json_render.render(_brief(rulebook, "en", folder)))
    other = json.loads(json_render.render(_brief(rulebook, lang, folder), locale=lang))
    assert other["language"] == lang
    for a, b in zip(en["findings"], other["findings"], strict=True):
        assert (a["check"], a["verdict"], a["reason"]) == (b["check"], b["verdict"], b["reason"])
        assert [f["quote"] for f in a["figures"]] == [f["quote"] for f in b["figures"]]
        assert a["title"] != b["title"]
        assert [c["name"] for c in a["computed"]] == [c["name"] for c in b["computed"]]
        for c, d in zip(a["computed"], b["computed"], strict=True):
            assert c["label"] != d["label"]  # every shipped value is labelled in each language
    assert en["figures"] == other["figures"]


def test_the_pdf_declares_its_language(rulebook: Rulebook) -> None:
    from pypdf import PdfReader

    from factcheck.render import pdf

    reader = PdfReader(io.BytesIO(pdf.render(_brief(rulebook, "uk"), locale="uk")))
    assert str(reader.root_object["/Lang"]) == "uk"
    text = reader.pages[0].extract_text()
    assert "Зведення" in text
    assert "с. 1 з " in text


# -- the command line --------------------------------------------------------------------------


def test_an_unknown_language_is_one_line_and_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "o"
    articles = str(ROOT / "examples" / "articles")
    result = CliRunner().invoke(main, ["check", articles, "--out", str(out), "--lang", "de"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert lines == [
        "error: unknown language 'de'; choose one of en, ru, uk (see docs/templates.md to add one)"
    ]
    assert not out.exists()


def test_check_writes_the_brief_in_the_language_asked(tmp_path: Path) -> None:
    out = tmp_path / "o"
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(ROOT / "examples" / "articles"),
            "--rules",
            str(ROOT / "rules"),
            "--out",
            str(out),
            "--format",
            "md",
            "--lang",
            "uk",
        ],
    )
    assert result.exit_code == 0, result.output
    text = (out / "brief.md").read_text(encoding="utf-8")
    assert text.startswith("# Довідка з перевірки фактів\n")
    assert "Постачання нафти до КНДР і ліміт ООН" in text


# -- translated rules --------------------------------------------------------------------------


def test_rules_are_worded_in_the_brief_language(rulebook: Rulebook) -> None:
    ru = rulebook.localized("ru")
    check = next(c for c in ru.checks if c.id == "oil-deliveries-vs-cap")
    assert check.title == "Поставки нефти в КНДР и лимит ООН"
    assert check.assertion == "delivered <= allowed"  # only words change
    assert rulebook.localized("de") is rulebook  # no translation: English as written


def _rules_copy(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    return rules


def test_a_translated_explanation_names_only_known_values(tmp_path: Path) -> None:
    rules = _rules_copy(tmp_path)
    path = rules / "checks" / "troops-across-sources.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{troops}.", "{troop}.", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "lint", str(rules)])
    assert result.exit_code == 2
    assert "unknown name {troop} in explain; did you mean 'troops'?" in result.output


def test_lint_warns_when_a_check_lacks_a_language(tmp_path: Path) -> None:
    rules = _rules_copy(tmp_path)
    path = rules / "checks" / "troops-across-sources.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  uk:\n")
    end = text.index("examples:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    warnings = lint_translations(load_rulebook(rules))
    assert len(warnings) == 1
    assert "check 'troops-across-sources' has no uk translation" in warnings[0]
    result = CliRunner().invoke(main, ["rules", "lint", str(rules)])
    assert result.exit_code == 0  # a warning, not an error
    assert "warning: check 'troops-across-sources' has no uk translation" in result.output


def test_the_shipped_rules_are_fully_translated(rulebook: Rulebook) -> None:
    assert lint_translations(rulebook) == []
    assert rulebook.languages() == ("ru", "uk")


def test_lint_warns_when_a_computed_value_has_no_label(tmp_path: Path) -> None:
    rules = _rules_copy(tmp_path)
    path = rules / "checks" / "oil-delivery-period.yaml"
    text = path.read_text(encoding="utf-8")
    english = "labels:\n  window: first to last shipment\n"
    russian = '    labels:\n      window: "от первой до последней поставки"\n'
    assert english in text
    assert russian in text
    path.write_text(text.replace(english, "").replace(russian, ""), encoding="utf-8")
    rulebook = load_rulebook(rules)
    warnings = lint_translations(rulebook)
    assert len(warnings) == 2
    assert "warning: check 'oil-delivery-period' has no label for window" in warnings[0]
    assert "the ru translation of check 'oil-delivery-period' lacks labels.window" in warnings[1]
    result = CliRunner().invoke(main, ["rules", "lint", str(rules)])
    assert result.exit_code == 0  # a warning, not an error
    # The brief shows the name where neither the language nor English labels the value.
    for lang, label in (
        ("en", "window"),
        ("ru", "window"),
        ("uk", "від першого до останнього постачання"),
    ):
        context = build_context(_brief(rulebook, lang), locale=lang)
        finding = next(f for f in context["findings"] if f["check"] == "oil-delivery-period")
        assert [(c["name"], c["label"]) for c in finding["computed"]] == [("window", label)]


def test_a_translation_without_a_label_falls_back_to_the_english_one(rulebook: Rulebook) -> None:
    check = next(c for c in rulebook.checks if c.id == "oil-deliveries-vs-cap")
    assert check.labels["window"] == "delivery window"
    ru = next(c for c in rulebook.localized("ru").checks if c.id == check.id)
    assert ru.labels["window"] == "период поставок"
    # Leave the Russian label out: the English label is shown, as for any other word.
    words = dict(rulebook.translations[("check", check.id)])
    words["ru"] = {**words["ru"], "labels": {}}
    partial = replace(rulebook, translations={**rulebook.translations, ("check", check.id): words})
    ru = next(c for c in partial.localized("ru").checks if c.id == check.id)
    assert ru.labels["window"] == "delivery window"
