"""Rendering: context, HTML, Markdown, JSON, PDF and write_all, on the brief in conftest."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from factcheck.errors import RenderError
from factcheck.model import Brief
from factcheck.render import FORMATS, TEMPLATES_DIR, md_code, md_escape, write_all
from factcheck.render import html as html_render
from factcheck.render import json as json_render
from factcheck.render import markdown as md_render
from factcheck.render.context import build_context
from tests.conftest import CLOCK, FIGURES, HOSTILE, PAY_2, make_brief

ROOT = Path(__file__).resolve().parents[1]


# -- context ---------------------------------------------------------------------------


def test_findings_are_grouped_by_subject_in_order_of_first_appearance(brief: Brief) -> None:
    ctx = build_context(brief)
    assert [s["name"] for s in ctx["subjects"]] == ["oil", "troops", "payment", "munitions"]
    assert [f["check"] for f in ctx["subjects"][0]["findings"]] == [
        "oil-deliveries-vs-cap",
        "oil-total-across-sources",
        "oil-voyages-across-sources",
    ]
    assert [f["number"] for f in ctx["findings"]] == [1, 2, 3, 4, 5, 6]
    assert len({f["anchor"] for f in ctx["findings"]}) == 6


def test_citations_are_numbered_in_order_of_first_use_without_duplicates(brief: Brief) -> None:
    ctx = build_context(brief)
    assert [(c["number"], c["text"]) for c in ctx["citations"]] == [
        (1, "UN Security Council resolution 2397 (2017), operative paragraph 5"),
        (2, "A made-up wage survey, 2023 edition"),
        (3, "Statistics yearbook (print only)"),
    ]
    by_check = {f["check"]: f["citation_numbers"] for f in ctx["findings"]}
    assert by_check["oil-deliveries-vs-cap"] == [1]
    # The crude-oil cap cites the same resolution as the refined cap: it keeps number 1.
    assert by_check["pay-per-soldier-vs-wages"] == [2, 3, 1]
    assert by_check["munitions-fired"] == []
    pay = next(f for f in ctx["findings"] if f["check"] == "pay-per-soldier-vs-wages")
    assert [r["numbers"] for r in pay["references"]] == [[2, 3], [1]]


def test_summary_counts(brief: Brief) -> None:
    summary = build_context(brief)["summary"]
    assert [(v["verdict"], v["label"], v["count"]) for v in summary["verdicts"]] == [
        ("consistent", "Consistent", 3),
        ("inconsistent", "Inconsistent", 1),
        ("unverified", "Unverified", 2),
    ]
    assert (summary["findings"], summary["articles"], summary["figures"]) == (6, 2, len(FIGURES))


def test_appendix_marks_the_figures_findings_use(brief: Brief) -> None:
    ctx = build_context(brief)
    rows = {(g["label"], r["text"]): r for g in ctx["appendix"] for r in g["figures"]}
    oil = rows[("Tankers keep fuel moving to Rajin", "more than 1 million barrels")]
    assert oil["used_by"] == ["oil-deliveries-vs-cap", "oil-total-across-sources"]
    assert oil["interval"] == "more than 1,000,000 barrels"
    howitzers = rows[("tests/data/articles/troop-memo.txt", "at least 50 howitzers")]
    assert (howitzers["used"], howitzers["used_by_text"], howitzers["concept"]) == (False, "—", "—")
    assert rows[("Tankers keep fuel moving to Rajin", "March 7")]["interval"] == "March 7, 2024"


def test_quote_is_split_around_the_figure(brief: Brief) -> None:
    pay = next(f for f in build_context(brief)["findings"] if f["check"].startswith("pay"))
    quote = pay["figures"][0]
    assert (quote["before"], quote["mark"], quote["after"]) == (
        "Each soldier is said to earn ",
        "$2,000 a month",
        ".",
    )
    assert quote["article_label"] == "tests/data/articles/troop-memo.txt"
    assert quote["before"] + quote["mark"] + quote["after"] == PAY_2.sentence


def test_header_dates_and_metadata(brief: Brief) -> None:
    ctx = build_context(brief)
    assert ctx["created"] == "2024-11-22T12:00:00Z"
    assert ctx["generated"] == "November 22, 2024"
    assert ctx["generated_at"] == CLOCK.isoformat()
    assert ctx["articles"][0]["published"] == "November 20, 2024"
    assert ctx["articles"][1]["published"] is None


def test_rule_wording_keeps_markdown_but_no_raw_html_or_images(brief: Brief) -> None:
    first = build_context(brief)["findings"][0]
    assert "<strong>exceed</strong>" in first["wording_html"]
    assert "&lt;b&gt;raw&lt;/b&gt;" in first["wording_html"]
    assert "<img" not in first["wording_html"]
    assert "evil.example" not in first["wording_html"]
    assert "<b>" not in first["wording_md"]
    assert first["wording_md"].endswith("&lt;b&gt;raw&lt;/b&gt; tracker")


# -- HTML ------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def test_html_escapes_hostile_article_text(brief: Brief) -> None:
    page = html_render.render(brief)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    tags = _tags(page)
    # The only script is the ClaimReview data block, which browsers never run.
    scripts = [a for t, a in tags if t == "script"]
    assert scripts == [{"type": "application/ld+json"}]
    names = {t for t, _ in tags}
    assert not names & {"img", "iframe", "object", "embed", "link"}
    assert not any(a.get("rel") for _, a in tags)
    assert not any(k.startswith("on") for _, a in tags for k in a)
    hrefs = [a["href"] for t, a in tags if t == "a" and a.get("href")]
    assert all(h and (h.startswith(("#", "https://"))) for h in hrefs), hrefs
    assert "evil.example" not in " ".join(h or "" for h in hrefs)


def test_html_page_is_self_contained(brief: Brief) -> None:
    page = html_render.render(brief)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<title>Fact-check: fuel shipments and troop numbers</title>" in page
    assert '<meta name="dcterms.created" content="2024-11-22T12:00:00Z">' in page
    assert "<style>" in page
    assert "@page" in page
    assert "@font-face" not in page  # system fonts on screen; the TTFs are for the PDF
    assert not any("src" in attrs for _, attrs in _tags(page))
    printed = html_render.render(brief, print_fonts=True)
    assert 'url("fonts/DejaVuSans.ttf")' in printed


def test_html_marks_the_figure_and_numbers_citations(brief: Brief) -> None:
    page = html_render.render(brief)
    assert "Each soldier is said to earn <mark>$2,000 a month</mark>." in page
    assert '<a class="cite" href="#cite-1">[1]</a>' in page
    assert '<li id="cite-3"><span class="num">[3]</span> Statistics yearbook' in page
    for label in ("Consistent", "Inconsistent", "Unverified"):
        assert f"badge-{label.lower()}" in page
        assert label in page


def test_html_is_deterministic(brief: Brief) -> None:
    assert html_render.render(brief) == html_render.render(make_brief())


def _copy_templates(tmp_path: Path) -> Path:
    target = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, target, ignore=shutil.ignore_patterns("fonts"))
    return target


def test_templates_directory_can_be_overridden(brief: Brief, tmp_path: Path) -> None:
    templates = _copy_templates(tmp_path)
    body = (templates / "brief.html.j2").read_text(encoding="utf-8")
    (templates / "brief.html.j2").write_text(
        body.replace('_("Findings") }}</h2>', '"Checks" }}</h2>')
    )
    page = html_render.render(brief, templates=templates)
    assert "<h2>Checks</h2>" in page
    assert "<h2>Checks</h2>" not in html_render.render(brief)


def test_an_undefined_template_variable_is_an_error(brief: Brief, tmp_path: Path) -> None:
    templates = _copy_templates(tmp_path)
    (templates / "brief.md.j2").write_text("{{ no_such_thing }}\n")
    with pytest.raises(RenderError, match="'no_such_thing' is undefined"):
        md_render.render(brief, templates=templates)


# -- Markdown --------------------------------------------------------------------------


def test_markdown_starts_with_a_summary_table(brief: Brief) -> None:
    text = md_render.render(brief)
    assert text.startswith("# Fact-check: fuel shipments and troop numbers\n")
    table = "\n".join(
        [
            "| Verdict | Findings |",
            "| --- | ---: |",
            "| ✅ Consistent | 3 |",
            "| ❌ Inconsistent | 1 |",
            "| ❔ Unverified | 2 |",
            "| **All findings** | **6** |",
        ]
    )
    assert table in text
    assert text.index(table) < text.index("## Findings")
    assert text.endswith("</details>\n")


def test_markdown_findings_quote_arithmetic_and_citations(brief: Brief) -> None:
    text = md_render.render(brief)
    assert "#### ❌ Inconsistent: Reported deliveries against the UN cap" in text
    assert "> Each soldier is said to earn **\\$2,000 a month**." in text
    assert "**Arithmetic:** more than 1,000,000 barrels in 243 days" in text
    assert "- UN cap on refined petroleum imports: 500,000 barrels a year \\[1\\]" in text
    assert "1. UN Security Council resolution 2397 (2017), operative paragraph 5 <https://" in text
    # A figure's note follows what it notes, as in the HTML appendix.
    row = "| at least 50 howitzers (one source only) | at least 50 | count | howitzers |"
    assert row + " — | — | — |" in text


def _gfm() -> MarkdownIt:
    # The worst case for injection: raw HTML allowed, as GitHub allows some of it.
    return MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")


def test_markdown_keeps_hostile_article_text_inert(brief: Brief) -> None:
    text = md_render.render(brief)
    rendered = _gfm().render(text)
    tags = _tags(rendered)
    names = {t for t, _ in tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "link", "s", "del"}
    assert not any(k.startswith("on") or k == "rel" for _, a in tags for k in a)
    hrefs = [a.get("href") or "" for t, a in tags if t == "a"]
    assert not any("evil.example" in h or h.startswith("file:") for h in hrefs), hrefs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "| *stars* _under_ [link](https://evil.example)" in rendered
    assert "@octocat" not in text  # a word joiner keeps GitHub from mentioning anyone


_PIECES = st.sampled_from(
    [*"ab1 .-+=#*_`[]()<>!&;|~$@\\:/\n\t", "http://x.y", "&amp;", "&#60;", "<a>", "1.", "**"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES).map("".join))
def test_md_escape_renders_back_to_the_same_text(text: str) -> None:
    expected = escapeHtml(re.sub(r"\s+", " ", text).replace("@", "@\u2060"))
    assert _gfm().renderInline(md_escape(text)) == expected
    if text.strip():
        block = _gfm().render("> " + md_escape(text))
        assert block == f"<blockquote>\n<p>{expected.strip()}</p>\n</blockquote>\n"


def test_md_code_fences_backticks() -> None:
    assert md_code("a-b") == "`a-b`"
    assert md_code("x ` y") == "``x ` y``"
    assert md_code("`x`") == "`` `x` ``"


# -- JSON ------------------------------------------------------------------------------

FIGURE_KEYS = {
    "text", "value", "low", "high", "low_open", "high_open", "unit", "counts", "concept",
    "qualifier", "per", "period", "attribution", "attribution_from", "sentence", "start", "end",
    "article", "note",
}  # fmt: skip


def test_json_contract(brief: Brief) -> None:
    data = json.loads(json_render.render(brief))
    assert {"factcheck", "generated_at", "language", "summary", "articles", "findings",
            "figures"} <= set(data)  # fmt: skip
    assert data["factcheck"] == "0.1.0"
    assert data["generated_at"] == "2024-11-22T12:00:00+00:00"
    assert data["summary"] == {
        "consistent": 3, "inconsistent": 1, "unverified": 2,
        "findings": 6, "articles": 2, "figures": len(FIGURES),
    }  # fmt: skip
    assert set(data["articles"][0]) >= {
        "id", "path", "title", "outlet", "published", "date_source", "url"
    }  # fmt: skip
    assert data["articles"][0]["published"] == "2024-11-20"
    assert data["articles"][1]["title"] is None

    finding = data["findings"][0]
    assert set(finding) >= {
        "check", "title", "subject", "verdict", "explanation", "wording", "reason",
        "reason_text", "assertion", "figures", "references", "computed",
    }  # fmt: skip
    assert [f["check"] for f in data["findings"]][:2] == [
        "oil-deliveries-vs-cap",
        "troops-across-sources",
    ]  # the brief's order, not the display order
    fig = finding["figures"][0]
    assert set(fig) >= FIGURE_KEYS | {"article_path", "quote"}
    assert (fig["value"], fig["low"], fig["high"]) == (1_000_000, 1_000_000, None)
    assert (fig["low_open"], fig["high_open"], fig["unit"]) == (True, True, "bbl")
    assert fig["article_path"] == "tests/data/articles/fuel-route.txt"
    assert fig["quote"].startswith("According to the Open Source Centre")

    ref = finding["references"][0]
    assert set(ref) >= {"id", "title", "value", "low", "high", "unit", "citation", "citations",
                        "note"}  # fmt: skip
    assert (ref["value"], ref["unit"]) == (500_000, "bbl/yr")
    assert ref["citations"][0]["url"] == "https://undocs.example/S/RES/2397(2017)"
    assert ref["citation"].startswith("UN Security Council resolution 2397")

    computed = finding["computed"][1]
    assert set(computed) >= {"name", "expression", "text", "low", "high", "unit"}
    assert computed["text"] == "more than 1,503,000 barrels a year"
    assert isinstance(computed["low"], float)
    assert computed["high"] is None

    pay = next(f for f in data["findings"] if f["check"] == "pay-per-soldier-vs-wages")
    assert (pay["verdict"], pay["reason"]) == ("unverified", "undecided")
    assert data["findings"][0]["reason"] is None


def test_json_figures_list_matches_figure_to_json(brief: Brief) -> None:
    data = json.loads(json_render.render(brief))
    assert data["figures"] == [json_render.figure_to_json(f) for f in brief.figures]
    assert all(set(f) == FIGURE_KEYS for f in data["figures"])
    day = next(f for f in data["figures"] if f["unit"] == "date")
    assert (day["value"], day["low"], day["high"]) == ("2024-03-07", "2024-03-07", "2024-03-07")
    troops = next(f for f in data["figures"] if f["text"] == "about 12,000")
    assert (troops["value"], troops["low"], troops["high"]) == (12_000, 10_800, 13_200)
    assert all(isinstance(f["start"], int) and isinstance(f["end"], int) for f in data["figures"])


def test_json_is_deterministic_sorted_and_keeps_unicode(brief: Brief) -> None:
    text = json_render.render(brief)
    assert text == json_render.render(make_brief())
    assert text.endswith("}\n")
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "400–1,000×" in text
    assert "\\u" not in text


# -- PDF -------------------------------------------------------------------------------

_PDF: dict[str, bytes] = {}


@pytest.fixture
def pdf_bytes(brief: Brief, weasyprint_clean: pytest.LogCaptureFixture) -> bytes:
    """The fixture brief as PDF, rendered once per session (warnings fail that test)."""
    if "brief" not in _PDF:
        from factcheck.render import pdf

        _PDF["brief"] = pdf.render(brief)
    return _PDF["brief"]


def _reader(data: bytes) -> Any:
    pypdf = pytest.importorskip("pypdf")
    return pypdf.PdfReader(io.BytesIO(data))


def test_pdf_is_deterministic(
    brief: Brief, pdf_bytes: bytes, weasyprint_clean: pytest.LogCaptureFixture
) -> None:
    from factcheck.render import pdf

    assert pdf.render(make_brief()) == pdf_bytes
    assert pdf_bytes.startswith(b"%PDF-")


def test_pdf_text_and_metadata(pdf_bytes: bytes) -> None:
    reader = _reader(pdf_bytes)
    assert len(reader.pages) >= 1
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Fact-check: fuel shipments and troop numbers" in text
    for word in ("Consistent", "Inconsistent", "Unverified"):
        assert word in text
    assert "[1] UN Security Council resolution 2397 (2017), operative paragraph 5" in text
    assert "<script>alert(1)</script>" in text  # shown as text, never as markup
    assert f"page 1 of {len(reader.pages)}" in text
    meta = reader.metadata
    assert meta["/Title"] == "Fact-check: fuel shipments and troop numbers"
    assert meta["/CreationDate"] == "D:20241122120000Z"


def test_pdf_embeds_only_brief_json(brief: Brief, pdf_bytes: bytes) -> None:
    reader = _reader(pdf_bytes)
    attachments = reader.attachments
    assert list(attachments) == ["brief.json"]
    assert attachments["brief.json"] == [json_render.render(brief).encode("utf-8")]
    assert b"root:x:0:0" not in pdf_bytes
    uris = [
        str(annot.get_object().get("/A", {}).get("/URI", ""))
        for page in reader.pages
        for annot in page.get("/Annots") or []
    ]
    assert not any(u.startswith("file:") or "passwd" in u for u in uris), uris


def test_pdf_without_attachment(brief: Brief, weasyprint_clean: pytest.LogCaptureFixture) -> None:
    from factcheck.render import pdf

    assert list(_reader(pdf.render(brief, attach_json=False)).attachments) == []


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="http://example.com/pixel.png">',
        '<link rel="attachment" href="file:///etc/passwd">',
        '<a rel="attachment" href="file:///etc/passwd">x</a>',
    ],
)
def test_pdf_refuses_resources_outside_templates(brief: Brief, tmp_path: Path, markup: str) -> None:
    from factcheck.render import pdf

    templates = _copy_templates(tmp_path)
    shutil.copytree(TEMPLATES_DIR / "fonts", templates / "fonts")
    body = (templates / "brief.html.j2").read_text(encoding="utf-8")
    (templates / "brief.html.j2").write_text(body.replace("<main>", "<main>" + markup))
    with pytest.raises(RenderError, match="refused"):
        pdf.render(brief, templates=templates)


def test_url_fetcher_refuses_everything_but_templates(tmp_path: Path) -> None:
    from factcheck.render.pdf import URLRefused, url_fetcher

    fetcher = url_fetcher()
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    refused = [
        "http://example.com/",
        "https://example.com/font.ttf",
        "ftp://example.com/x",
        "file:///etc/passwd",
        outside.as_uri(),
        (TEMPLATES_DIR / ".." / "pyproject.toml").as_uri(),
        "file://other-host" + (TEMPLATES_DIR / "brief.css").as_posix(),
        (TEMPLATES_DIR / "no-such-file.css").as_uri(),
    ]
    for url in refused:
        with pytest.raises(URLRefused):
            fetcher.fetch(url)

    response = fetcher.fetch((TEMPLATES_DIR / "brief.css").as_uri())
    assert response.read() == (TEMPLATES_DIR / "brief.css").read_bytes()
    font = fetcher.fetch((TEMPLATES_DIR / "fonts" / "DejaVuSans.ttf").as_uri())
    assert font.read()[:4] == b"\x00\x01\x00\x00"
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"


def test_url_fetcher_refuses_a_symlink_out_of_its_root(tmp_path: Path) -> None:
    from factcheck.render.pdf import URLRefused, url_fetcher

    root = tmp_path / "templates"
    root.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (root / "link.css").symlink_to(tmp_path / "secret.txt")
    (root / "ok.css").write_text("p {}")
    fetcher = url_fetcher(root)
    assert fetcher.fetch((root / "ok.css").as_uri()).read() == b"p {}"
    with pytest.raises(URLRefused):
        fetcher.fetch((root / "link.css").as_uri())


# -- write_all -------------------------------------------------------------------------


def test_write_all_writes_every_format(
    brief: Brief, tmp_path: Path, weasyprint_clean: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "out"
    paths = write_all(brief, out, ["json", "md", "html", "pdf"])
    assert paths == [out / "brief.json", out / "brief.md", out / "brief.html", out / "brief.pdf"]
    assert sorted(p.name for p in out.iterdir()) == sorted(FORMATS.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary left behind
    assert (out / "brief.json").read_text(encoding="utf-8") == json_render.render(brief)
    assert (out / "brief.pdf").read_bytes().startswith(b"%PDF-")


def test_write_all_leaves_nothing_when_a_renderer_fails(
    brief: Brief, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(brief: Brief, *, locale: str = "en") -> Iterator[str]:
        yield "# A brief that is half written\n"  # written piece by piece: fails mid-file
        raise RenderError("the Markdown renderer broke")

    monkeypatch.setattr(md_render, "iter_render", broken)
    out = tmp_path / "out"
    with pytest.raises(RenderError, match="Markdown renderer broke"):
        write_all(brief, out, ["json", "html", "md"])
    assert list(tmp_path.iterdir()) == []

    out.mkdir()
    (out / "brief.json").write_text("old\n")
    with pytest.raises(RenderError):
        write_all(brief, out, ["json", "md"])
    assert [p.name for p in out.iterdir()] == ["brief.json"]
    assert (out / "brief.json").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_write_all_rejects_an_unknown_format(brief: Brief, tmp_path: Path) -> None:
    with pytest.raises(RenderError) as info:
        write_all(brief, tmp_path / "out", ["json", "markdwn"])
    assert str(info.value) == (
        "error: unknown format 'markdwn'; valid formats: pdf, html, md, json"
    )
    with pytest.raises(RenderError, match="did you mean 'pdf'"):
        write_all(brief, tmp_path / "out", ["pfd"])
    assert list(tmp_path.iterdir()) == []


def test_markdown_and_json_do_not_import_weasyprint(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        sys.path.insert(0, "tests")
        from conftest import make_brief
        from factcheck.render import write_all
        write_all(make_brief(), Path({str(tmp_path / "out")!r}), ["md", "json", "html"])
        assert "weasyprint" not in sys.modules, "weasyprint was imported"
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert HOSTILE not in (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")


def test_an_empty_brief_renders_in_every_format(
    tmp_path: Path, weasyprint_clean: pytest.LogCaptureFixture
) -> None:
    empty = Brief(
        title="Nothing to check",
        generated_at=CLOCK,
        language="en",
        articles=(),
        figures=(),
        findings=(),
    )
    paths = write_all(empty, tmp_path / "out", list(FORMATS))
    assert len(paths) == 4
    assert "No check applied to these articles." in (tmp_path / "out" / "brief.html").read_text()
    assert "_No reference was cited._" in (tmp_path / "out" / "brief.md").read_text()
    data = json.loads((tmp_path / "out" / "brief.json").read_text())
    assert (data["findings"], data["figures"], data["summary"]["consistent"]) == ([], [], 0)


def test_numbers_follow_the_locale(brief: Brief) -> None:
    page = html_render.render(brief, locale="de")
    assert "mehr als" not in page  # the words stay English; only numbers and dates change
    assert "1.000.000" in page
    assert "22. November 2024" in page


def test_pdf_bytes_do_not_depend_on_the_process(pdf_bytes: bytes, tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        sys.path.insert(0, "tests")
        from conftest import make_brief
        from factcheck.render import pdf
        Path({str(tmp_path / "brief.pdf")!r}).write_bytes(pdf.render(make_brief()))
        """
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "brief.pdf").read_bytes() == pdf_bytes
