"""The brief of examples/articles, compared with tests/golden/ (rewrite: `make golden`)."""

from __future__ import annotations

import difflib

import pytest

from tests.golden_update import GOLDEN, render_examples


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render_examples()


@pytest.mark.parametrize("name", ["brief.json", "brief.md", "brief.html", "brief.pdf.txt"])
def test_golden_brief(rendered: dict[str, str], name: str) -> None:
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    got = rendered[name]
    if got != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                got.splitlines(keepends=True),
                f"golden/{name}",
                f"now/{name}",
            )
        )
        pytest.fail(f"{name} differs from the golden file (run `make golden` if intended):\n{diff}")


def test_pdf_text_carries_the_verdicts_and_citations(rendered: dict[str, str]) -> None:
    text = rendered["brief.pdf.txt"]
    for word in ("Consistent", "Inconsistent", "Unverified", "2397", "Citations"):
        assert word in text
