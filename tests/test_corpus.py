"""Figure extraction on the hand-labelled corpus (``tests/data/corpus``) does not regress.

The floors are the F1 scores measured when the corpus was written, rounded down to two
decimals, less a small margin. Raise them when extraction improves; never assert on timing.
Run ``python bench/score.py -v`` to see every miss.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
MARGIN = 0.02

# F1 per field as measured on 2026-11-22 (rounded down to 2 decimals).
FLOORS = {
    "detect": 0.98,
    "value+unit+hedge": 0.97,
    "unit": 0.98,
    "counts": 0.89,
    "qualifier": 1.00,
    "attribution": 0.99,
    "period": 0.85,
}
MAX_NOT_FIGURE_HITS = 0


def _load_scorer() -> ModuleType:
    name = "bench_score"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    scored: dict[str, Any] = _load_scorer().score(CORPUS)
    return scored


def test_corpus_is_big_enough(result: dict[str, Any]) -> None:
    assert result["articles"] >= 10
    assert result["labelled"] >= 200


def test_every_article_has_labels() -> None:
    for text in CORPUS.glob("*.txt"):
        assert text.with_suffix(".yaml").exists(), text.name


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_holds(result: dict[str, Any], name: str) -> None:
    f1 = result["fields"][name]["f1"]
    assert f1 >= FLOORS[name] - MARGIN, f"{name}: F1 {f1:.3f} < floor {FLOORS[name]}"


def test_not_figures_stay_out(result: dict[str, Any]) -> None:
    hits = result["not_figure_hits"]
    assert len(hits) <= MAX_NOT_FIGURE_HITS, hits


def test_markdown_table(result: dict[str, Any]) -> None:
    table = _load_scorer().markdown(result)
    assert "| detect |" in table
    assert "sentences/s" in table
