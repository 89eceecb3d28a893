"""Where a figure stands in its article's file: line and column, for annotations and SARIF.

``Article.text`` is normalised text (front matter and Markdown marks gone, HTML reduced to
its main text), so an offset into it is not a position in the file. The file is read
again and the figure's words are found among the file's words: every place where the
same run of words occurs is a candidate, and the one whose neighbouring words agree most
with the article text wins (ties go to the occurrence with the same rank as in the
text). Tags, comments, scripts, styles and ``<head>`` of an HTML page and the front matter
of a Markdown file are blanked first, so a title repeated in metadata is not taken for
the body.

Lines and columns are 1-based and count Unicode code points; a line ends at ``\\n``,
``\\r\\n`` or ``\\r``, and the front matter's lines count. This runs only when a CI output
asks for it, so ``factcheck check`` without ``--sarif`` or annotations pays nothing, and
each file is read once per run.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.model import Article, Figure

__all__ = ["Location", "Locator", "display_uri", "repository_root"]

_WORD = re.compile(r"[^\W_]+")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_HTML_NOISE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|head|template|noscript)\b.*?(?:</\1\s*>|\Z)"
    r"|<[^<>]*>|&#?[0-9A-Za-z]+;",
    re.IGNORECASE | re.DOTALL,
)
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.M | re.S)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_CONTEXT = 8  # words compared on either side of a candidate
_MAX_BYTES = 20 * 2**20


@dataclass(frozen=True, slots=True)
class Location:
    """A figure's place in a file. ``line`` is None when the file could not be matched."""

    path: str  # the article's path as given
    uri: str  # relative to the repository root (or working directory), with '/'
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None  # the column just after the figure's last character


def repository_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (the working directory) holding ``.git``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def display_uri(path: str | Path, root: Path) -> str:
    """``path`` relative to ``root`` with '/' separators, else an absolute ``file:`` URI."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return resolved.as_uri()


def _blank(match: re.Match[str]) -> str:
    """The matched text as spaces, keeping its line breaks so positions do not move."""
    return re.sub(r"[^\r\n]", " ", match.group())


def _words(text: str) -> tuple[list[str], list[int], list[int]]:
    words, starts, ends = [], [], []
    for m in _WORD.finditer(text):
        words.append(unicodedata.normalize("NFC", m.group()).translate(_INVISIBLE).casefold())
        starts.append(m.start())
        ends.append(m.end())
    return words, starts, ends


@dataclass(slots=True)
class _Source:
    raw: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    index: dict[str, list[int]]
    line_starts: list[int]

    @classmethod
    def read(cls, path: Path) -> _Source | None:
        try:
            with path.open("rb") as handle:
                data = handle.read(_MAX_BYTES + 1)
            raw = data.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return None
        searched = raw
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            searched = _HTML_NOISE.sub(_blank, raw)
        elif suffix in (".md", ".markdown"):
            searched = _FRONT_MATTER.sub(_blank, raw, count=1)
        words, starts, ends = _words(searched)
        index: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            index.setdefault(w, []).append(i)
        line_starts = [0, *(m.end() for m in _NEWLINE.finditer(raw))]
        return cls(raw, words, starts, ends, index, line_starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


@dataclass(slots=True)
class _Text:
    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]


def _score(text: _Text, i: int, j: int, src: _Source, p: int) -> int:
    """How many of the words around text[i:j] and src[p:…] agree."""
    n = j - i
    score = 0
    for d in range(1, _CONTEXT + 1):
        if i - d >= 0 and p - d >= 0 and text.words[i - d] == src.words[p - d]:
            score += 1
        if j - 1 + d < len(text.words) and p + n - 1 + d < len(src.words):
            score += text.words[j - 1 + d] == src.words[p + n - 1 + d]
    return score


class Locator:
    """Finds figures in their articles' files; reads each file at most once."""

    def __init__(self, articles: Sequence[Article], root: Path | None = None) -> None:
        self.root = root or repository_root()
        self._articles = {a.id: a for a in articles}
        self._sources: dict[str, _Source | None] = {}
        self._texts: dict[str, _Text] = {}

    def uri(self, article_id: str) -> str | None:
        article = self._articles.get(article_id)
        return display_uri(article.path, self.root) if article else None

    def locate(self, figure: Figure) -> Location | None:
        """The figure's place in its article's file; None for an article not in the brief."""
        article = self._articles.get(figure.article_id)
        if article is None:
            return None
        where = Location(article.path, display_uri(article.path, self.root))
        if article.id not in self._sources:
            self._sources[article.id] = _Source.read(Path(article.path))
        src = self._sources[article.id]
        if src is None:
            return where
        text = self._texts.get(article.id)
        if text is None:
            text = self._texts[article.id] = _Text(article.text, *_words(article.text))
        span = self._span(text, src, figure)
        if span is None:
            return where
        (line, column), (end_line, end_column) = src.position(span[0]), src.position(span[1])
        return Location(where.path, where.uri, line, column, end_line, end_column)

    @staticmethod
    def _span(text: _Text, src: _Source, figure: Figure) -> tuple[int, int] | None:
        i = bisect.bisect_left(text.starts, figure.start)
        j = bisect.bisect_right(text.ends, figure.end)
        if i >= j:
            return None
        wanted = text.words[i:j]
        for n in (len(wanted), 1):  # the whole run of words, else its first word alone
            found = [p for p in src.index.get(wanted[0], ()) if src.words[p : p + n] == wanted[:n]]
            if found:
                break
        else:
            return None
        rank = sum(1 for q in range(i) if text.words[q : q + n] == wanted[:n])
        best = max(
            range(len(found)),
            key=lambda r: (_score(text, i, i + n, src, found[r]), -abs(r - rank)),
        )
        p = found[best]
        start, end = src.starts[p], src.ends[p + n - 1]
        # Characters of the figure outside its words ("$", "%"), where the file has them too.
        before = text.text[figure.start : text.starts[i]]
        if before and src.raw[start - len(before) : start] == before:
            start -= len(before)
        if n == len(wanted):
            after = text.text[text.ends[j - 1] : figure.end]
            if after and src.raw[end : end + len(after)] == after:
                end += len(after)
        return start, end
