"""Each figure's line and column in its article's file, for annotations and SARIF."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ci.locate import Location, Locator, display_uri, repository_root
from factcheck.extract import find_figures
from factcheck.hedges import load_hedges
from factcheck.ingest import load_article
from factcheck.model import Article, Figure

ROOT = Path(__file__).resolve().parents[1]


def _figures(article: Article) -> tuple[Figure, ...]:
    return tuple(find_figures(article, load_hedges(ROOT / "rules" / "hedges.yaml")))


def _found(path: Path, written: str, root: Path) -> tuple[Figure, Location]:
    article = load_article(path)
    figure = next(f for f in _figures(article) if f.text == written)
    where = Locator([article], root).locate(figure)
    assert where is not None
    return figure, where


def _at(path: Path, where: Location) -> str:
    """The text of the file from the location's start to the end of its line."""
    assert where.line is not None
    assert where.column is not None
    line = path.read_text(encoding="utf-8").splitlines()[where.line - 1]
    return line[where.column - 1 :]


def test_markdown_lines_count_the_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Rail convoys\ndate: 2024-11-20\n---\n\n# Rail convoys\n\n"
        "A defence ministry said that **about 12,000** North Korean soldiers were\n"
        "moved to Russia by rail.\n",
        encoding="utf-8",
    )
    _, where = _found(path, "about 12,000 North Korean soldiers", tmp_path)
    assert (where.uri, where.line, where.column) == ("story.md", 8, 32)
    assert _at(path, where).startswith("about 12,000** North Korean soldiers")
    assert where.end_line == 8  # the span ends before the line break


def test_html_skips_the_head_and_markup(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Up to 3,000 soldiers</title>\n"
        '<meta name="description" content="up to 3,000 soldiers were sent"></head>\n'
        "<body><article><p>Aides said\n"
        "that <b>up to 3,000 soldiers</b> were sent.</p></article></body></html>\n",
        encoding="utf-8",
    )
    _, where = _found(path, "up to 3,000 soldiers", tmp_path)
    assert (where.line, where.column) == (4, 9)
    assert _at(path, where).startswith("up to 3,000 soldiers</b>")


def test_crlf_text_and_a_figure_over_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "wire.md"  # Markdown joins a paragraph's lines into one
    path.write_bytes(
        b"Wire copy\r\n\r\nOfficials said Russia paid $2,000 a month to each soldier,\r\n"
        b"and that more than 1 million\r\nbarrels of oil were shipped.\r\n"
    )
    _, money = _found(path, "$2,000 a month", tmp_path)
    assert (money.line, money.column) == (3, 28)  # the "$" counts
    _, oil = _found(path, "more than 1 million barrels of oil", tmp_path)
    assert (oil.line, oil.column, oil.end_line, oil.end_column) == (4, 10, 5, 15)


def test_same_words_twice_pick_the_occurrence_in_its_sentence(tmp_path: Path) -> None:
    path = tmp_path / "twice.txt"
    path.write_text(
        "Two claims\n\nOne aide said 3,000 soldiers left in May.\n"
        "A second aide, speaking later, said 3,000 soldiers left in June.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    found = [f for f in _figures(article) if f.text == "3,000 soldiers"]
    assert len(found) == 2
    lines = [Locator([article], tmp_path).locate(f) for f in found]
    assert [(w.line, w.column) for w in lines if w] == [(3, 15), (4, 37)]


def test_unreadable_file_gives_a_location_without_line(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    path.write_text("Gone\n\nAbout 12,000 soldiers were sent.\n", encoding="utf-8")
    article = load_article(path)
    figure = _figures(article)[0]
    path.unlink()
    where = Locator([article], tmp_path).locate(figure)
    assert where == Location(str(path), "gone.txt")


def test_uri_is_relative_to_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "news" / "2024").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "news")
    assert repository_root() == tmp_path.resolve()
    assert display_uri("2024/a.md", repository_root()) == "news/2024/a.md"
    outside = tmp_path.parent / "elsewhere.md"
    assert display_uri(outside, repository_root()).startswith("file:///")
