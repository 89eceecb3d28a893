"""A big run holds its figures on disk and quotes only those that decide a verdict.

The spool gives back what was put in; pruning figures one at a time (history.Deciding)
gives the verdicts that all the figures give, however they are grouped; and a run over
more than BIG_BRIEF new articles says what each finding was held against while its
verdicts stay those of a plain run over the same articles. The articles are ours.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.batch import BIG_BRIEF
from factcheck.cli import main
from factcheck.evaluate import evaluate
from factcheck.extract import find_figures
from factcheck.ledger.history import Deciding, deciding
from factcheck.model import Article, Figure
from factcheck.resolve import Evidence, match_concept
from factcheck.rulebook import load_rulebook
from factcheck.spool import Joined, Spool

ROOT = Path(__file__).resolve().parent.parent
RULES = load_rulebook([ROOT / "rules"])
HEDGES = ["", "about ", "more than ", "up to ", "nearly ", "at least "]


def _article(i: int, hedge: str, troops: int, barrels: int) -> tuple[Article, list[Figure]]:
    text = (
        f"Officials said {hedge}{troops:,} North Korean soldiers were sent to Russia. "
        f"Trackers counted {barrels:,} barrels of oil delivered to North Korea since March 2024."
    )
    article = Article(
        id=f"{i:012x}",
        path=f"story-{i:03d}.txt",
        title=None,
        outlet=f"Desk {i}",
        published=datetime.date(2024, 11, 1) + datetime.timedelta(days=i % 28),
        date_source="front matter",
        url=None,
        language="en",
        text=text,
    )
    figures = find_figures(article, RULES.hedges)
    return article, [replace(f, concept=match_concept(f, RULES.concepts)) for f in figures]


def _verdicts(figures: list[Figure], articles: dict[str, Article]) -> dict[str, str]:
    by_concept: dict[str, list[Figure]] = {}
    for f in figures:
        if f.concept:
            by_concept.setdefault(f.concept, []).append(f)
    ev = Evidence(
        figures=tuple(figures),
        by_concept={k: tuple(v) for k, v in by_concept.items()},
        references={r.id: r for r in RULES.references},
        articles=articles,
    )
    return {f.check_id: f.verdict.value for f in evaluate(RULES, ev)}


reports = st.lists(
    st.tuples(
        st.sampled_from(HEDGES),
        st.integers(8, 16).map(lambda n: n * 1_000),
        st.integers(1, 30).map(lambda n: n * 50_000),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(reports, st.integers(1, 5))
def test_deciding_figures_give_every_verdict_all_figures_give(
    rows: list[tuple[str, int, int]], chunk: int
) -> None:
    made = [_article(i, *row) for i, row in enumerate(rows)]
    articles = {a.id: a for a, _ in made}
    figures = [f for _, figs in made for f in figs]
    kept = deciding(RULES, figures, articles)
    assert _verdicts(kept, articles) == _verdicts(figures, articles)
    # Added a chunk at a time, pruned in between: the same figures are kept.
    acc = Deciding(RULES)
    for start in range(0, len(figures), chunk):
        for f in figures[start : start + chunk]:
            acc.add(f, articles[f.article_id])
        acc.prune()
    assert [f.key for f in acc.figures()] == [f.key for f in kept]
    assert acc.added == len(figures)


def test_deciding_forgets_the_articles_of_dropped_figures_but_none_it_keeps() -> None:
    made = [
        _article(i, HEDGES[i % 6], 8_000 + 7 * (i % 97), 50_000 * (1 + i % 13)) for i in range(700)
    ]
    articles = {a.id: a for a, _ in made}
    acc = Deciding(RULES)
    for _a, figs in made:
        for f in figs:
            acc.add(f, articles[f.article_id])
    kept = acc.figures()
    held = acc.articles()
    assert {f.article_id for f in kept} == set(held)
    assert len(acc._articles) < len(made) // 2  # pruned on the way: not one per article added
    figures = [f for _a, figs in made for f in figs]
    assert [f.key for f in kept] == [f.key for f in deciding(RULES, figures, articles)]


def test_the_spool_gives_back_what_was_put_in() -> None:
    made = [_article(i, "about ", 10_000 + i, 100_000) for i in range(5)]
    spool = Spool()
    for i, (article, figs) in enumerate(made):
        spool.append((f"hash{i}", article, tuple(figs)))
    assert len(spool) == 5
    assert [h for h, _a, _f in spool] == [f"hash{i}" for i in range(5)]
    every = [f for _a, figs in made for f in figs]
    assert len(spool.figures) == len(every)
    assert list(spool.figures) == every
    assert spool.figures[3] == every[3]
    assert spool.figures[-1] == every[-1]
    assert list(spool.figures[1:4]) == every[1:4]
    # two readers at once each see every entry
    pairs = list(zip(spool, spool, strict=True))
    assert all(x[0] == y[0] for x, y in pairs)
    joined = Joined(spool.figures, every[:2])
    assert len(joined) == len(every) + 2
    assert list(joined)[-2:] == every[:2]
    spool.close()


def test_a_big_run_quotes_the_deciding_figures_and_says_what_it_held(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    n = BIG_BRIEF + 20
    for i in range(n):
        (folder / f"dispatch-{i:03d}.md").write_text(
            f"---\ntitle: Dispatch {i}\noutlet: Desk {i}\ndate: 2024-11-{i % 28 + 1:02d}\n---\n"
            f"Officials said about {9_000 + 25 * i:,} North Korean soldiers were sent to Russia.\n",
            encoding="utf-8",
        )
    runner = CliRunner()
    ledger = str(tmp_path / "ledger.sqlite")
    big = runner.invoke(
        main,
        [
            "check",
            str(folder),
            "--rules",
            str(ROOT / "rules"),
            "--ledger",
            ledger,
            "--out",
            str(tmp_path / "big"),
            "--format",
            "json,md",
            "--jobs",
            "1",
        ],
    )
    assert big.exit_code in (0, 1), big.output
    plain = runner.invoke(
        main,
        [
            "check",
            str(folder),
            "--rules",
            str(ROOT / "rules"),
            "--out",
            str(tmp_path / "plain"),
            "--format",
            "json",
        ],
    )
    assert plain.exit_code in (0, 1), plain.output
    got = json.loads((tmp_path / "big" / "brief.json").read_text(encoding="utf-8"))
    want = json.loads((tmp_path / "plain" / "brief.json").read_text(encoding="utf-8"))
    assert {f["check"]: f["verdict"] for f in got["findings"]} == {
        f["check"]: f["verdict"] for f in want["findings"]
    }
    across = next(f for f in got["findings"] if f["check"] == "troops-across-sources")
    assert across["held_against"] == {"figures": n, "articles": n}
    assert 2 <= len(across["figures"]) <= 12
    # the appendix still lists every figure of every article
    assert len(got["figures"]) == len(want["figures"]) == got["summary"]["figures"]
    md = (tmp_path / "big" / "brief.md").read_text(encoding="utf-8")
    assert f"Held against {n} figures from {n} articles" in md
