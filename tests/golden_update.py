"""Golden briefs of examples/articles: `make golden` rewrites them; tests diff against them."""

from __future__ import annotations

import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "examples"


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    return "\n\f\n".join(p.rstrip() for p in pages).rstrip() + "\n"


def render_examples() -> dict[str, str]:
    """The brief of examples/articles in every format (the PDF as extracted text)."""
    from factcheck.ingest import load_articles
    from factcheck.pipeline import build_brief
    from factcheck.render import html, json, markdown, pdf
    from factcheck.rulebook import load_rulebook

    old = Path.cwd()
    os.chdir(ROOT)  # article paths in the brief are relative to the project
    try:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        brief = build_brief(
            load_articles([Path("examples/articles")]), load_rulebook(Path("rules"))
        )
        return {
            "brief.json": json.render(brief),
            "brief.md": markdown.render(brief),
            "brief.html": html.render(brief),
            "brief.pdf.txt": pdf_text(pdf.render(brief)),
        }
    finally:
        os.chdir(old)


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, text in render_examples().items():
        (GOLDEN / name).write_text(text, encoding="utf-8")
        print(f"wrote {(GOLDEN / name).relative_to(ROOT)}")  # noqa: T201 (a make target's report)


if __name__ == "__main__":
    main()
