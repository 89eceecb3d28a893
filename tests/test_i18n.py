"""The brief in Russian and Ukrainian: catalogs complete and current, nothing left in English."""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from click.testing import CliRunner

from factcheck import fmt, i18n
from factcheck.cli import main
from factcheck.ingest import load_articles
from factcheck.interval import Interval
from factcheck.model import Brief
from factcheck.pipeline import build_brief
from factcheck.render import html, markdown
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


@pytest.fixture(scope="module")
def rulebook() -> Rulebook:
    return load_rulebook(ROOT / "rules")


def _brief(rulebook: Rulebook, lang: str) -> Brief:
    return build_brief(load_articles([ROOT / "examples" / "articles"]), rulebook, language=lang)


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
    """Everything a brief quotes as it stands: articles, citations, ids, hedge phrases."""
    pieces = [a.text for a in brief.articles]
    pieces += [str(x) for a in brief.articles for x in (a.title, a.outlet, a.path, a.url) if x]
    pieces += [c.text for r in rulebook.references for c in r.citations]
    pieces += [c.url or "" for r in rulebook.references for c in r.citations]
    pieces += [c.id for c in rulebook.checks] + [c.id for c in rulebook.concepts]
    pieces += [name for c in rulebook.checks for name, _ in c.let]
    pieces += [f"{h.phrase} x" for h in rulebook.hedges]
    pieces += [f.text for f in brief.figures]
    pieces += [brief.rules, brief.rules_digest, f"factcheck {brief.version}", "SHA-256"]
    return "\n".join(pieces)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_translated_brief_has_no_english_left(rulebook: Rulebook, lang: str) -> None:
    english = _runs(html.render(_brief(rulebook, "en")))
    brief = _brief(rulebook, lang)
    page = html.render(brief, locale=lang)
    assert f'<html lang="{lang}">' in page
    data = _data(brief, rulebook)

    def quoted(run: str) -> bool:
        """The run is made of things quoted as they stand (a list of check ids, say)."""
        pieces = [p.strip("().,;: ") for p in re.split(r"[,;]\s", run)]
        return all(not re.search("[A-Za-z]{2}", p) or p in data for p in pieces)

    left = sorted(run for run in _runs(page) & english if not quoted(run))
    assert left == [], left
    # Markdown: every heading and label is translated too.
    md = markdown.render(brief, locale=lang)
    for english_label in ("## Findings", "**Arithmetic:**", "## Citations", "## Methods"):
        assert english_label not in md


@pytest.mark.parametrize("lang", TRANSLATED)
def test_quotes_stay_as_written_and_codes_stay_neutral(rulebook: Rulebook, lang: str) -> None:
    import json

    from factcheck.render import json as json_render

    en = json.loads(json_render.render(_brief(rulebook, "en")))
    other = json.loads(json_render.render(_brief(rulebook, lang), locale=lang))
    assert other["language"] == lang
    for a, b in zip(en["findings"], other["findings"], strict=True):
        assert (a["check"], a["verdict"], a["reason"]) == (b["check"], b["verdict"], b["reason"])
        assert [f["quote"] for f in a["figures"]] == [f["quote"] for f in b["figures"]]
        assert a["title"] != b["title"]
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
