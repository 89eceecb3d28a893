"""Tests for factcheck.ingest: path → Article, for each format and each way a file can be bad."""

from __future__ import annotations

import datetime
import hashlib
import socket
import urllib.request
from pathlib import Path

import pytest

from factcheck.errors import ArticleError
from factcheck.ingest import load_article, load_articles

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "articles"
EXAMPLES = ROOT / "examples"
NOV_22 = datetime.date(2024, 11, 22)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path, shown: str | None = None) -> str:
    with pytest.raises(ArticleError) as info:
        load_article(path, display_path=shown)
    return info.value.format()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record, and refuse, any attempt to open a connection or a URL."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


# --- plain text --------------------------------------------------------------------------------


def test_txt_whole_text_title_and_id(tmp_path: Path) -> None:
    text = "Tankers keep sailing\n\nThey made 43 voyages.\nMore follows."
    article = load_article(write(tmp_path, "a.txt", text), display_path="articles/a.txt")
    assert article.text == text
    assert article.title == "Tankers keep sailing"
    assert article.id == hashlib.sha256(text.encode()).hexdigest()[:12]
    assert article.path == "articles/a.txt"
    assert (article.outlet, article.url, article.language) == (None, None, "en")
    assert (article.published, article.date_source) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "This first line is a sentence and ends with a period.\n\nMore text.",
        "A headline with nothing after it",
        "A" * 120 + "\n\nMore text.",
    ],
)
def test_txt_no_title(tmp_path: Path, text: str) -> None:
    assert load_article(write(tmp_path, "a.txt", text)).title is None


def test_text_is_normalised(tmp_path: Path) -> None:
    raw = "\ufeffHeadline  \r\n\r\n\r\n\r\n"
    raw += "about 12\u00a0000 sol\u00addiers\u200b.\t \rCafe\u0301\n\n"
    article = load_article(write(tmp_path, "a.txt", raw))
    assert article.text == "Headline\n\nabout 12 000 soldiers.\nCafé"


def test_path_defaults_to_str_of_path(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Some text.")
    assert load_article(path).path == str(path)


# --- Markdown ---------------------------------------------------------------------------------

MARKDOWN = """\
---
title: Oil runs
outlet: no
date: 2024-11-22
url: https://harbourdesk.example/oil
language: en
---

# A heading that is not the title

Russia sent **over 1 million** barrels, *per* a [satellite study](https://x.example/a_(b)).
![a tanker](https://x.example/tanker.png) The study_id stays; 2 * 3 stays.

- 43 voyages, `logged`
- between March 7 and November 5
1. an ordered item

> A quoted line
> that goes on.

```python
print("code is dropped")
```

<script>alert("dropped")</script>
<!-- a comment -->
[ref]: https://x.example/ref
Read [the report][ref] &amp; \\*escaped\\* marks.

---
Closing paragraph.
"""


def test_markdown_front_matter_and_plain_body(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", MARKDOWN))
    assert article.title == "Oil runs"
    assert article.outlet == "no"  # not False: PyYAML's reading is never used
    assert article.published == NOV_22
    assert article.date_source == "front matter"
    assert article.url == "https://harbourdesk.example/oil"
    assert article.text == (
        "A heading that is not the title\n\n"
        "Russia sent over 1 million barrels, per a satellite study. "
        "The study_id stays; 2 * 3 stays.\n\n"
        "43 voyages, logged\n\n"
        "between March 7 and November 5\n\n"
        "an ordered item\n\n"
        "A quoted line that goes on.\n\n"
        "Read the report & *escaped* marks.\n\n"
        "Closing paragraph."
    )


def test_markdown_yaml_values_stay_text(tmp_path: Path) -> None:
    text = "---\ntitle: 2024\noutlet: yes\ndate: '2024-11-22'\nlanguage: no\nurl:\n---\nBody."
    article = load_article(write(tmp_path, "a.markdown", text))
    assert (article.title, article.outlet, article.language) == ("2024", "yes", "no")
    assert (article.published, article.url) == (NOV_22, None)


def test_markdown_title_from_leading_heading(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "# Tankers *keep* sailing #\n\nBody text."))
    assert article.title == "Tankers keep sailing"
    assert article.text == "Tankers keep sailing\n\nBody text."


def test_markdown_without_front_matter_uses_text_rules(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.md", "Short headline\n\nAs of 22 Nov 2024, text."))
    assert (article.title, article.published, article.date_source) == (
        "Short headline",
        NOV_22,
        "text",
    )


def test_front_matter_unknown_key() -> None:
    assert error_of(DATA / "bad-front-matter-key.md", "articles/bad.md") == (
        "articles/bad.md:2:1: error: unknown front matter key 'tittle'; did you mean 'title'?"
    )


def test_front_matter_bad_date() -> None:
    assert error_of(DATA / "bad-front-matter-date.md", "articles/bad.md") == (
        "articles/bad.md:3:7: error: front matter date 'yesterday' is not a date; "
        "write it as YYYY-MM-DD, e.g. 2024-11-22"
    )


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            "author: someone",
            "a.md:2:1: error: unknown front matter key 'author'; "
            "use title, outlet, date, url, language",
        ),
        (
            "date: 2024-02-30",
            "a.md:2:7: error: front matter date '2024-02-30' is not a date; "
            "write it as YYYY-MM-DD, e.g. 2024-11-22",
        ),
        (
            "date: 22/11/2024",
            "a.md:2:7: error: front matter date '22/11/2024' is not a date; "
            "write it as YYYY-MM-DD, e.g. 2024-11-22",
        ),
        (
            "title: A\ntitle: B",
            "a.md:3:1: error: duplicate front matter key 'title'; keep one",
        ),
        (
            "title: [a, b]",
            "a.md:2:8: error: front matter 'title' must be a single value; "
            "write 'title: ...' on one line",
        ),
        (
            "url: javascript:alert(1)",
            "a.md:2:6: error: front matter url 'javascript:alert(1)' is not a web address; "
            "write it as https://...",
        ),
        (
            "language: English language",
            "a.md:2:11: error: front matter language 'English language' is not a language code; "
            "write a code such as 'en' or 'ru'",
        ),
        (
            "title: a: b",
            "a.md:2:9: error: front matter is not valid YAML: "
            "mapping values are not allowed here; write one 'key: value' per line",
        ),
        (
            "just a sentence",
            "a.md:2:1: error: front matter is not a mapping; write one 'key: value' per line",
        ),
    ],
)
def test_front_matter_errors(tmp_path: Path, front: str, message: str) -> None:
    path = write(tmp_path, "a.md", f"---\n{front}\n---\nBody.")
    assert error_of(path, "a.md") == message


def test_front_matter_not_closed(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: A\n\nBody.")
    assert error_of(path, "a.md") == (
        "a.md:1: error: front matter is not closed; end it with a line holding only '---'"
    )


def test_front_matter_only_is_no_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: A\n---\n\n```\ncode only\n```\n")
    assert error_of(path, "a.md") == (
        "a.md: error: no article text found; check that the file holds the article's text"
    )


# --- HTML -------------------------------------------------------------------------------------

PAGE = """\
<html lang="ru"><head><title>Page title</title>
<meta property="og:site_name" content="The Northern Ledger">
<meta property="article:published_time" content="2024-11-20T07:30:00+00:00">
<link rel="canonical" href="https://ledger.example/a">
<script>var x = "script text";</script><style>p { color: red }</style></head>
<body><header>header text</header><nav><a href="/">nav text</a></nav>
{main}
<aside>aside text</aside><footer>footer text</footer></body></html>
"""


@pytest.mark.parametrize(
    ("main", "text"),
    [
        (
            "<main><p>main text</p><article><h1>Head</h1><p>One &amp;\n two</p>"
            "<ul><li>Three</li><li>Four<br>Five</li></ul></article></main>",
            "Head\n\nOne & two\n\nThree\n\nFour\n\nFive",
        ),
        ("<main><p>Main <b>text</b>.</p></main><p>outside</p>", "Main text."),
        (
            "<div><p>Body text</p><table><tr><td>a</td><td>b</td></tr></table></div>",
            "Body text\n\na b",
        ),
        (
            "<article></article><main>Main, as the article is empty</main>",
            "Main, as the article is empty",
        ),
    ],
)
def test_html_main_text(tmp_path: Path, main: str, text: str) -> None:
    article = load_article(write(tmp_path, "a.html", PAGE.replace("{main}", main)))
    assert article.text == text


def test_html_metadata(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "a.htm", PAGE.replace("{main}", "<p>Body.</p>")))
    assert article.title == "Page title"
    assert article.outlet == "The Northern Ledger"
    assert (article.published, article.date_source) == (datetime.date(2024, 11, 20), "front matter")
    assert article.url == "https://ledger.example/a"
    assert article.language == "ru"


def test_html_title_order_and_time(tmp_path: Path) -> None:
    page = (
        '<meta property="og:title" content="OG title"><title>Title</title>'
        '<p><time datetime="2024-11-21">Thursday</time> text</p>'
    )
    article = load_article(write(tmp_path, "a.html", page))
    assert (article.title, article.published) == ("OG title", datetime.date(2024, 11, 21))
    page = "<svg><title>svg title</title></svg><header><h1>First <i>h1</i></h1></header><p>x</p>"
    assert load_article(write(tmp_path, "b.html", page)).title == "First h1"


def test_hostile_html_yields_only_text(no_network: list[str]) -> None:
    article = load_article(DATA / "hostile.html")
    assert article.text == (
        "The only paragraph a reader should see.\n\nA second paragraph, with a link & an entity."
    )
    assert article.url is None  # the javascript: canonical link is not kept
    assert article.title == "A hostile page"
    assert no_network == []


def test_html_deep_nesting_and_stray_tags(tmp_path: Path) -> None:
    page = "<div>" * 5000 + "deep text" + "</span></p>" * 100 + "</div>" * 5000 + "<![foo bar]>"
    assert load_article(write(tmp_path, "a.html", page)).text == "deep text"


def test_html_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", "<html><head><title>T</title></head><body><nav>x</nav>")
    assert error_of(path, "a.html") == (
        "a.html: error: no article text found; check that the file holds the article's text"
    )


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nAs of November 22, 2024, tankers sailed.", NOV_22),
        ("Published 22 November 2024\n\nTankers sailed.", NOV_22),
        ("Posted on Nov. 22, 2024. Tankers sailed.", NOV_22),
        ("November 22, 2024 — Tankers sailed.", NOV_22),
        ("SEOUL, 22 Nov 2024 – Tankers sailed.", NOV_22),
        ("Headline\n2024-11-22\n\nTankers sailed.", NOV_22),
        ("As of February 30, 2024, x. As of November 22, 2024, y.", NOV_22),
        ("As of the end of February, tankers sailed.", None),
        ("Tankers sailed on November 22, 2024 and again later.", None),
        ("x" * 300 + " As of November 22, 2024, tankers sailed.", None),
    ],
)
def test_date_from_text(tmp_path: Path, text: str, expected: datetime.date | None) -> None:
    article = load_article(write(tmp_path, "a.txt", text))
    assert article.published == expected
    assert article.date_source == ("text" if expected else None)


def test_date_precedence(tmp_path: Path) -> None:
    """The text's own date, then the front matter, then --date."""
    override = datetime.date(2024, 12, 1)
    stated = write(
        tmp_path, "a.md", "---\ndate: 2024-11-20\n---\nAs of November 22, 2024, tankers sailed."
    )
    article = load_article(stated, date=override)
    assert (article.published, article.date_source) == (datetime.date(2024, 11, 22), "text")
    meta = write(tmp_path, "b.md", "---\ndate: 2024-11-20\n---\nTankers sailed.")
    article = load_article(meta, date=override)
    assert (article.published, article.date_source) == (datetime.date(2024, 11, 20), "front matter")
    bare = write(tmp_path, "c.md", "Tankers sailed again.")
    article = load_article(bare, date=override)
    assert (article.published, article.date_source) == (override, "option")


# --- directories and duplicates ---------------------------------------------------------------


def test_load_articles_directory_order_and_duplicates(tmp_path: Path) -> None:
    write(tmp_path, "d/b.txt", "Second article.")
    write(tmp_path, "d/a.md", "First article.")
    write(tmp_path, "d/sub/c.html", "<p>Third article.</p>")
    write(tmp_path, "d/z-copy.txt", "Second article.")  # same text as b.txt: dropped
    write(tmp_path, "d/notes.pdf", b"%PDF-1.4\x00")  # not an article suffix: ignored
    write(tmp_path, "d/.hidden/e.txt", "Hidden article.")  # hidden: ignored
    extra = write(tmp_path, "0-single.txt", "A single file.")
    articles = load_articles([tmp_path / "d", extra, tmp_path / "d" / "a.md"], date=NOV_22)
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in articles] == [
        "0-single.txt",
        "d/a.md",
        "d/b.txt",
        "d/sub/c.html",
    ]
    assert {a.date_source for a in articles} == {"option"}


def test_load_articles_empty_directory(tmp_path: Path) -> None:
    write(tmp_path, "d/readme.pdf", b"not an article")
    with pytest.raises(ArticleError) as info:
        load_articles([tmp_path / "d"])
    assert info.value.format() == (
        f"{tmp_path / 'd'}: error: no articles found in directory; "
        "put articles in it: give a .txt, .md, .markdown, .html or .htm file"
    )


def test_load_articles_reports_a_bad_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="file not found"):
        load_articles([tmp_path / "missing.txt"])


# --- unreadable files -------------------------------------------------------------------------


def test_binary_file() -> None:
    assert error_of(DATA / "binary.txt", "binary.txt") == (
        "binary.txt: error: binary file, not text; give the article as UTF-8 text, Markdown or HTML"
    )


def test_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "First line\nCaf\u00e9 and more".encode("latin-1"))
    assert error_of(path, "a.txt") == (
        "a.txt:2: error: not UTF-8 text (byte 0xe9); "
        "save the file as UTF-8, e.g. with iconv -f LATIN1 -t UTF-8"
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "missing.txt: error: file not found; check the path"),
        (
            "dir.txt",
            "dir",
            "dir.txt: error: is a directory, not a file; name a file, or pass the directory",
        ),
        (
            "empty.txt",
            " \n\n",
            "empty.txt: error: the file is empty; check that the file holds the article's text",
        ),
        (
            "a.pdf",
            "text",
            "a.pdf: error: unsupported file type '.pdf'; "
            "give a .txt, .md, .markdown, .html or .htm file",
        ),
    ],
)
def test_unreadable(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert error_of(path, name) == message


# --- the project's own example articles -------------------------------------------------------


def test_example_articles_load() -> None:
    articles = load_articles([EXAMPLES / "articles"])
    summary = [(Path(a.path).name, a.outlet, a.published, a.date_source) for a in articles]
    nov_20 = datetime.date(2024, 11, 20)
    assert summary == [
        ("01-oil-shipments.md", "Harbour Desk", NOV_22, "front matter"),
        ("02-troops-and-shells.html", "The Northern Ledger", nov_20, "front matter"),
        ("03-pay-and-treaty.txt", None, NOV_22, "text"),
    ]
    html_text = articles[1].text
    for furniture in ("Subscribe", "Related", "43 voyages", "2024 The Northern Ledger", "metrics"):
        assert furniture not in html_text
    assert "170-mm M-1989 Koksan" in html_text
    for article in articles:
        assert 150 <= len(article.text.split()) <= 400


def test_example_variants_load() -> None:
    articles = load_articles([EXAMPLES / "variants"])
    assert [Path(a.path).name for a in articles] == [
        "cap-misstated.md",
        "oil-under-cap.md",
        "pay-high.md",
        "troops-disagree.md",
    ]
    assert all(a.outlet and a.published and a.title for a in articles)
