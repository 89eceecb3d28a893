"""What a published brief carries with it: PDF/A with its JSON, metadata, ClaimReview."""

from __future__ import annotations

import html as html_lib
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from factcheck.cli import main
from factcheck.render import html, pdf
from factcheck.render import json as json_render
from tests.conftest import HOSTILE, make_brief

LD = re.compile(r'<script type="application/ld\+json">\n(.*?)\n</script>', re.DOTALL)


def test_pdf_carries_its_json_and_metadata() -> None:
    brief = make_brief()
    reader = PdfReader(io.BytesIO(pdf.render(brief)))
    attached = reader.attachments["brief.json"][0].decode("utf-8")
    assert attached == json_render.render(brief)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == brief.title
    assert meta.author == "factcheck"
    assert meta.subject is not None
    assert meta.subject.startswith("Fact-check of 2 articles")
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert b"pdfaid" in xmp.stream.get_data()  # declared PDF/A (3b)


def test_claim_review_json_ld_per_finding() -> None:
    brief = make_brief()
    page = html.render(brief)
    match = LD.search(page)
    assert match is not None
    data = json.loads(match.group(1))
    reviews = data["@graph"]
    assert len(reviews) == len(brief.findings)
    first = reviews[0]
    assert first["@type"] == "ClaimReview"
    assert first["reviewRating"]["alternateName"].lower() == brief.findings[0].verdict.value
    assert first["fc:check"] == brief.findings[0].check_id


def test_hostile_text_cannot_leave_the_json_ld() -> None:
    page = html.render(make_brief())
    match = LD.search(page)
    assert match is not None
    assert "</" not in match.group(1)
    assert "<script>" not in match.group(1)
    assert "alert(1)" in match.group(1)  # the text is there, escaped, not dropped
    assert HOSTILE not in page


def test_methods_name_the_rules_that_made_the_brief(tmp_path: Path) -> None:
    from factcheck.ingest import load_articles
    from factcheck.pipeline import build_brief
    from factcheck.rulebook import load_rulebook

    root = Path(__file__).resolve().parents[1]
    rulebook = load_rulebook(root / "rules")
    brief = build_brief(load_articles([root / "examples" / "articles"]), rulebook)
    page = html.render(brief)
    assert rulebook.digest[:12] in page
    assert "more than x: (x, ∞)" in page
    data = json.loads(json_render.render(brief))
    assert data["rules_digest"] == rulebook.digest
    # Any change to a rule file changes the digest.
    shutil.copytree(root / "rules", tmp_path / "rules")
    with (tmp_path / "rules" / "hedges.yaml").open("a", encoding="utf-8") as f:
        f.write("\n# a comment\n")
    assert load_rulebook(tmp_path / "rules").digest != rulebook.digest


def test_cover_lists_every_finding_with_its_verdict() -> None:
    brief = make_brief()
    page = html.render(brief)
    glance = page.split('<table class="glance">', 1)[1].split("</table>", 1)[0]
    assert glance.count("<tr>") == len(brief.findings) + 1  # the head row, then one a finding
    for f in brief.findings:
        assert f"badge-{f.verdict.value}" in glance


def test_tagged_pdf_has_a_structure_tree_and_keeps_its_json() -> None:
    brief = make_brief()
    plain = PdfReader(io.BytesIO(pdf.render(brief)))
    assert "/StructTreeRoot" not in plain.root_object
    reader = PdfReader(io.BytesIO(pdf.render(brief, tagged=True)))
    root = reader.root_object
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"])  # type: ignore[index]
    assert reader.attachments["brief.json"][0].decode("utf-8") == json_render.render(brief)
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert b'pdfaid:part="3" pdfaid:conformance="A"' in xmp.stream.get_data()


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_bundled_font_has_every_character_the_brief_prints(lang: str) -> None:
    """Nothing falls back to a system font or a box: DejaVu covers every visible character."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    from factcheck.ingest import load_articles
    from factcheck.pipeline import build_brief
    from factcheck.render import TEMPLATES_DIR
    from factcheck.rulebook import load_rulebook

    root = Path(__file__).resolve().parents[1]
    rulebook = load_rulebook(root / "rules")
    brief = build_brief(load_articles([root / "examples" / "articles"]), rulebook, language=lang)
    page = html.render(brief, locale=lang)
    body = page.split("<body>", 1)[1]
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", body))
    with TTFont(TEMPLATES_DIR / "fonts" / "DejaVuSans.ttf") as font:
        covered = set(font.getBestCmap())
    missing = sorted({c for c in text if not c.isspace() and ord(c) not in covered})
    assert missing == []


def test_a_korean_name_in_a_quote_is_set_in_a_hangul_font(tmp_path: Path) -> None:
    """Hangul is outside DejaVu: the PDF falls back to the Hangul font setup installs."""
    if not shutil.which("fc-list") or not _has_hangul_font():
        if os.environ.get("CI", "").lower() in ("1", "true"):
            pytest.fail("no Hangul font: scripts/setup.sh installs fonts-nanum")
        pytest.skip("no Hangul font on this machine (scripts/setup.sh installs fonts-nanum)")
    article = tmp_path / "seoul.md"
    article.write_text(
        "---\ntitle: Seoul briefing\noutlet: Test Desk\ndate: 2024-11-22\n---\n"
        "About 12,000 North Korean soldiers were sent to Russia, the lawmaker 이성권 said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["check", str(article), "--out", str(tmp_path / "out"), "--format", "pdf"]
    )
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "out" / "brief.pdf")
    fonts = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert any(not name.startswith("Brief-") for name in fonts), fonts


def _has_hangul_font() -> bool:
    listed = subprocess.run(["fc-list", ":lang=ko"], capture_output=True, text=True, check=False)
    return bool(listed.stdout.strip())
