"""Ingest: a path → an :class:`~factcheck.model.Article`.

- ``.txt``: the whole text; the title is the first line when it is short (< 120 characters),
  has no final period and more text follows.
- ``.md`` / ``.markdown``: optional YAML front matter between ``---`` lines at the very top
  (``title``, ``outlet``, ``date`` as YYYY-MM-DD, ``url``, ``language``; another key is an error
  naming its line). The body becomes plain text: heading marks, emphasis, links, images, code
  fences, list and quote markers are stripped by regexes; one line per paragraph, blank-separated.
- ``.html`` / ``.htm``: the main text, read with the standard ``html.parser``: the first
  ``<article>``, else ``<main>``, else ``<body>``, without scripts, navigation, forms and other
  page furniture; metadata from ``<meta>``, ``<title>``, ``<time>``, ``<link rel=canonical>`` and
  ``<html lang>``. Nothing is ever fetched: no URL is resolved or opened.

The text is normalised once and ``Article.text`` is what every later offset points into:
``\\n`` newlines, NFC, no-break and figure spaces as plain spaces, soft hyphens, zero-width and
control characters removed, trailing spaces stripped, runs of blank lines made one.

Date precedence: a date the text states in its first 300 characters ("As of November 22,
2024", "Published 22 November 2024", a dateline "November 22, 2024 —"; ``date_source="text"``);
else the front matter or HTML metadata (``"front matter"``); else the ``date`` argument, the
command line's ``--date`` for articles that state none (``"option"``).
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

from factcheck.errors import ArticleError
from factcheck.model import Article

__all__ = ["ARTICLE_SUFFIXES", "FRONT_MATTER_KEYS", "load_article", "load_articles"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FRONT_MATTER_KEYS = ("title", "outlet", "date", "url", "language")
MAX_BYTES = 20 * 2**20  # an article is text; anything larger is a mistake
_TEXT_HINT = "check that the file holds the article's text"
_SUFFIX_HINT = "give a .txt, .md, .markdown, .html or .htm file"
_YAML_HINT = "write one 'key: value' per line"


@dataclass(slots=True)
class _Parsed:
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: datetime.date | None = None
    url: str | None = None
    language: str | None = None


def load_article(
    path: Path, *, date: datetime.date | None = None, display_path: str | None = None
) -> Article:
    """Read one article file; anything unreadable raises :class:`ArticleError`."""
    shown = display_path if display_path is not None else str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES and path.is_file():
        message = f"unsupported file type '{suffix or path.name}'"
        raise ArticleError(message, shown, hint=_SUFFIX_HINT)
    raw = _normalise(_read_text(path, shown))  # reports a missing file or a directory
    if not raw:
        raise ArticleError("the file is empty", shown, hint=_TEXT_HINT)
    if suffix in (".md", ".markdown"):
        parsed = _parse_markdown(raw, shown)
    elif suffix in (".html", ".htm"):
        parsed = _parse_html(raw, shown)
    else:
        parsed = _Parsed(raw, title=_title_from_text(raw))
    text = _normalise(parsed.text)
    if not text:
        raise ArticleError("no article text found", shown, hint=_TEXT_HINT)
    # Where the text says when it was written, that is the date; else the metadata; else
    # the date given on the command line.
    candidates = (
        (_date_in_text(text), "text"),
        (parsed.published, "front matter"),
        (date, "option"),
    )
    published, source = next(((d, s) for d, s in candidates if d is not None), (None, None))
    return Article(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],
        path=shown,
        title=parsed.title,
        outlet=parsed.outlet,
        published=published,
        date_source=source,
        url=parsed.url,
        language=parsed.language or "en",
        text=text,
    )


def load_articles(
    paths: Sequence[Path], *, date: datetime.date | None = None
) -> tuple[Article, ...]:
    """Articles from files and directories (searched recursively), sorted by path.

    Inside a directory, only article suffixes count and hidden names (".x") are skipped; a
    directory without articles is an error. A text seen before (same id) is dropped.
    """
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)  # load_article reports a missing or unreadable file
            continue
        found = [
            p
            for p in path.rglob("*")
            if p.suffix.lower() in ARTICLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and p.is_file()
        ]
        if not found:
            hint = f"put articles in it: {_SUFFIX_HINT}"
            raise ArticleError("no articles found in directory", str(path), hint=hint)
        files.extend(found)
    articles: dict[str, Article] = {}
    for file in sorted(dict.fromkeys(files)):
        article = load_article(file, date=date)
        articles.setdefault(article.id, article)
    return tuple(articles.values())


# --- reading and normalising ------------------------------------------------------------------

_OS_ERRORS = (
    (FileNotFoundError, "file not found", "check the path"),
    (IsADirectoryError, "is a directory, not a file", "name a file, or pass the directory"),
    (PermissionError, "permission denied", "check the file's permissions"),
)


def _read_text(path: Path, shown: str) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        message, hint = next(
            ((m, h) for kind, m, h in _OS_ERRORS if isinstance(exc, kind)),
            (f"cannot read the file ({exc.strerror or exc})", "check the path"),
        )
        raise ArticleError(message, shown, hint=hint) from None
    if len(data) > MAX_BYTES:
        raise ArticleError(f"file is larger than {MAX_BYTES // 2**20} MB", shown, hint=_TEXT_HINT)
    if b"\x00" in data:
        hint = "give the article as UTF-8 text, Markdown or HTML"
        raise ArticleError("binary file, not text", shown, hint=hint)
    try:
        return data.decode("utf-8-sig")  # UTF-8, with or without a byte-order mark
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"not UTF-8 text (byte 0x{data[exc.start]:02x})"
        hint = "save the file as UTF-8, e.g. with iconv -f LATIN1 -t UTF-8"
        raise ArticleError(message, shown, line, hint=hint) from None


_CHAR_MAP = {
    **dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " "),  # no-break and figure spaces
    # soft hyphen, zero-width characters, byte-order mark, noncharacters
    **dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\uffff"), None),
    **dict.fromkeys(map(ord, "\r\x0b\x0c\u2028\u2029\x85"), "\n"),
}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).translate(_CHAR_MAP)
    text = _TRAILING.sub("", _CONTROL.sub("", text))
    return _BLANK_RUN.sub("\n\n", text).strip()


def _title_from_text(text: str) -> str | None:
    first, _, rest = text.partition("\n")
    first = first.strip()
    if first and len(first) < 120 and not first.endswith(".") and rest.strip():
        return first
    return None


# --- dates --------------------------------------------------------------------------------------

# fmt: off
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
# fmt: on
_MONTHS = {name[:n]: i for i, name in enumerate(_MONTH_NAMES, 1) for n in (3, len(name))}
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d\d)-(?P<d3>\d\d))"
)
_TEXT_DATE = re.compile(  # "As of <date>", or a dateline: "[City, ]<date> —" opening a line
    rf"(?:(?P<lead>\b(?:as\s+of|published(?:\s+on)?|posted(?:\s+on)?|dated)\s+)"
    rf"|^[^\S\n]*(?:(?-i:[A-Z])[\w .'-]{{0,40}},[^\S\n]*)?){_DATE}\b(?P<tail>[^\S\n]*(?:[—–-]|$))?",
    re.IGNORECASE | re.MULTILINE,
)
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)(?!\d)")


def _date_in_text(text: str) -> datetime.date | None:
    for match in _TEXT_DATE.finditer(text, 0, 300):
        groups = match.groupdict()
        if groups["lead"] is None and groups["tail"] is None:
            continue  # a date opening a line but no dateline
        n = next(n for n in "123" if groups[f"y{n}"] is not None)
        month = groups[f"m{n}"]
        number = int(month) if month.isdigit() else _MONTHS[month.lower()]
        try:
            return datetime.date(int(groups[f"y{n}"]), number, int(groups[f"d{n}"]))
        except ValueError:
            continue  # "February 30": look further
    return None


def _iso_date(value: str) -> datetime.date | None:
    match = _ISO_DATE.match(value)
    try:
        return datetime.date(*map(int, match.groups())) if match else None
    except ValueError:
        return None


# --- Markdown -------------------------------------------------------------------------------

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def _parse_markdown(text: str, shown: str) -> _Parsed:
    parsed, body = _front_matter(text, shown)
    parsed.text, heading = _markdown_text(body)
    parsed.title = parsed.title or heading or _title_from_text(parsed.text)
    return parsed


#: libyaml's parser where PyYAML was built with it: about 10× faster on front matter, with
#: the same nodes. Its error messages are worded otherwise, so a document it refuses is
#: parsed again by the pure-Python loader, whose messages the errors quote.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except (yaml.YAMLError, RecursionError):
        return yaml.compose(text, Loader=yaml.SafeLoader)


def _front_matter(text: str, shown: str) -> tuple[_Parsed, str]:
    lines = text.split("\n")
    if lines[0] != "---":
        return _Parsed(), text
    end = next((i for i in range(1, len(lines)) if lines[i] in ("---", "...")), None)
    if end is None:
        hint = "end it with a line holding only '---'"
        raise ArticleError("front matter is not closed", shown, 1, hint=hint)
    parsed, body = _Parsed(), "\n".join(lines[end + 1 :])
    try:
        root = _compose("\n".join(lines[1:end]))
    except (yaml.YAMLError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line, col = (mark.line + 2, mark.column + 1) if mark else (2, None)
        problem = getattr(exc, "problem", None) or getattr(exc, "context", None)
        problem = problem or str(exc).split("\n")[0] or "nested too deeply"
        message = f"front matter is not valid YAML: {problem}"
        raise ArticleError(message, shown, line, col, hint=_YAML_HINT) from None
    if root is None:
        return parsed, body
    if not isinstance(root, yaml.MappingNode):
        raise _node_error("front matter is not a mapping", shown, root, _YAML_HINT)
    seen: set[str] = set()
    for key_node, value_node in root.value:
        key = str(key_node.value)
        if key not in FRONT_MATTER_KEYS:
            close = difflib.get_close_matches(key, FRONT_MATTER_KEYS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "use " + ", ".join(FRONT_MATTER_KEYS)
            raise _node_error(f"unknown front matter key '{key}'", shown, key_node, hint)
        if key in seen:
            raise _node_error(f"duplicate front matter key '{key}'", shown, key_node, "keep one")
        seen.add(key)
        if not isinstance(value_node, yaml.ScalarNode):
            message = f"front matter '{key}' must be a single value"
            raise _node_error(message, shown, value_node, f"write '{key}: ...' on one line")
        # The raw scalar, never PyYAML's reading of it: `no` stays "no", a date stays text.
        value = "" if value_node.tag == "tag:yaml.org,2002:null" else value_node.value.strip()
        if key == "date" and value:
            parsed.published = _iso_date(value) if re.fullmatch(r"[\d-]{10}", value) else None
            if parsed.published is None:
                message = f"front matter date '{value}' is not a date"
                hint = "write it as YYYY-MM-DD, e.g. 2024-11-22"
                raise _node_error(message, shown, value_node, hint)
        elif key == "url" and value and not _URL.fullmatch(value):
            message = f"front matter url '{value}' is not a web address"
            raise _node_error(message, shown, value_node, "write it as https://...")
        elif key == "language" and value and not _LANGUAGE.fullmatch(value):
            message = f"front matter language '{value}' is not a language code"
            raise _node_error(message, shown, value_node, "write a code such as 'en' or 'ru'")
        elif key != "date":
            setattr(parsed, key, " ".join(value.split()) or None)
    return parsed, body


def _node_error(message: str, shown: str, node: yaml.Node, hint: str) -> ArticleError:
    """An error at a front matter node; the YAML starts on the file's second line."""
    mark = node.start_mark
    return ArticleError(message, shown, mark.line + 2, mark.column + 1, hint=hint)


_MD_DROP = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"(?:[-*_=][ \t]*){3,}")
_REF_DEF = re.compile(r" {0,3}\[[^\]]+\]:\s*\S+.*")
_HEADING = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"^(?:>[ \t]?)+")
_DEST = r"\((?:[^()\s]|\([^()\s]{0,99}\)){0,999}(?:\s+\"[^\"]{0,299}\")?\)"  # (url "title")
_INLINE = (  # every repeat is bounded, so hostile input cannot make these quadratic
    (re.compile(rf"!\[[^\]]{{0,299}}\](?:{_DEST}|\[[^\]]{{0,99}}\])"), ""),  # images
    (re.compile(rf"\[([^\]]{{0,299}})\]{_DEST}"), r"\1"),  # [text](url) → text
    (re.compile(r"\[([^\]]{1,299})\]\[[^\]]{0,99}\]"), r"\1"),  # [text][ref] → text
    (re.compile(r"<((?:https?|mailto):[^<>\s]{1,999})>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^<>]{0,299}>"), ""),  # inline HTML tags
    (re.compile(r"(`{1,9})([^`]{1,999})\1"), r"\2"),  # code spans
    (re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.{1,999}?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.{1,999}?)(?<=[^\s*\\])\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w\\])_(?=[^\s_])(.{1,999}?)(?<=[^\s_\\])_(?!\w)"), r"\1"),  # _em_
    (re.compile(r"~~(?=\S)(.{1,999}?)(?<=\S)~~"), r"\1"),  # ~~strike~~
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])"), r"\1"),  # backslash escapes
)


def _markdown_text(body: str) -> tuple[str, str | None]:
    """Plain paragraphs from a Markdown body, and its heading if it opens with one (#)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    fence: str | None = None
    heading: str | None = None
    for line in _MD_DROP.sub("", body).split("\n"):
        if fence is not None:
            fence = None if line.strip().startswith(fence) else fence
            continue
        if match := _FENCE.match(line):
            fence = match.group(1)[:3]
        content = _QUOTE.sub("", line.strip(), count=1).strip()
        if fence is not None or not content or _RULE.fullmatch(content):
            blocks.append(current)
            current = []
        elif _REF_DEF.fullmatch(line):
            continue
        elif match := _HEADING.fullmatch(content):
            words = _inline(match.group(2) or "")
            if len(match.group(1)) == 1 and not any(blocks) and not current:
                heading = heading or words or None
            blocks.extend((current, [words]))
            current = []
        elif match := _LIST_ITEM.match(content):
            blocks.append(current)
            current = [content[match.end() :]]
        else:
            current.append(content)
    paragraphs = (_inline(" ".join(block)) for block in [*blocks, current])
    return "\n\n".join(p for p in paragraphs if p), heading


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return " ".join(html.unescape(text).split())


# --- HTML -----------------------------------------------------------------------------------


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


_SKIP = _tags(  # elements whose text is never the article's
    "script style noscript template svg math iframe object embed canvas audio video map nav "
    "header footer aside form button select textarea dialog head title"
)
_BLOCK = _tags(  # elements that end a paragraph
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 br hr blockquote section article main tr table "
    "pre figure figcaption address details summary"
)
_VOID = _tags("area base br col embed hr img input link meta param source track wbr")
_ARTICLE, _MAIN, _BODY, _DOC = 1, 2, 4, 8


class _PageReader(HTMLParser):
    """Collects a page's text by region, and its metadata. It never loads anything."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()
        self.skipping = 0
        self.article_at: int | None = None  # the stack height of the first <article>
        self.article_done = False
        self.chunks: list[tuple[int, str] | None] = []  # (regions, text); None: paragraph break
        self.meta: dict[str, str] = {}
        self.capture: tuple[str, list[str]] | None = None  # <title> or the first <h1>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {name: value or "" for name, value in reversed(attrs)}  # the first one wins
        if tag == "html" and attr.get("lang"):
            self.meta.setdefault("lang", attr["lang"])
        elif tag == "meta" and "content" in attr:
            key = (attr.get("property") or attr.get("name") or "").lower()
            self.meta.setdefault(key, attr["content"])
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self.meta.setdefault("canonical", attr.get("href", ""))
        elif tag == "time" and attr.get("datetime"):
            self.meta.setdefault("time", attr["datetime"])
        elif tag in ("td", "th"):
            self.chunks.append((_ARTICLE | _MAIN | _BODY | _DOC, " "))
        if tag in _BLOCK:
            self._break()
        if tag in _VOID:
            return
        self.stack.append(tag)
        self.open[tag] += 1
        self.skipping += tag in _SKIP
        if tag == "article" and self.article_at is None:
            self.article_at = len(self.stack)
        if tag in ("title", "h1") and self.capture is None and f"_{tag}" not in self.meta:
            self.capture = None if self.open["svg"] or self.open["template"] else (tag, [])

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._break()
        if not self.open[tag]:
            return  # a stray end tag
        while self.stack:  # close what was left open inside it, as a browser would
            top = self.stack.pop()
            self.open[top] -= 1
            self.skipping -= top in _SKIP
            if self.article_at is not None and len(self.stack) < self.article_at:
                self.article_done = True
            if self.capture is not None and self.capture[0] == top:
                self.meta[f"_{top}"] = "".join(self.capture[1])
                self.capture = None
            if top == tag:
                break

    def _break(self) -> None:
        if self.chunks and self.chunks[-1] is not None:
            self.chunks.append(None)

    def handle_data(self, data: str) -> None:
        if self.capture is not None:
            self.capture[1].append(data)
        if self.skipping:
            return
        mask = _DOC | (_BODY if self.open["body"] else 0) | (_MAIN if self.open["main"] else 0)
        if self.article_at is not None and not self.article_done:
            mask |= _ARTICLE
        self.chunks.append((mask, data))

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        try:  # the standard library asserts on `<![foo`; treat it as a bogus comment
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return len(self.rawdata) if end < 0 else end + 1

    def text(self) -> str:
        """The paragraphs of the first region that has any: article, main, body, document."""
        for region in (_ARTICLE, _MAIN, _BODY, _DOC):
            paragraphs: list[str] = []
            current: list[str] = []
            for chunk in [*self.chunks, None]:
                if chunk is None:
                    paragraphs.append(" ".join("".join(current).split()))
                    current = []
                elif chunk[0] & region:
                    current.append(chunk[1])
            if any(paragraphs):
                return "\n\n".join(p for p in paragraphs if p)
        return ""


_BARE_LT = re.compile(r"<(?=[^<>]*(?:<|\Z))")


def _defuse(markup: str) -> str:
    """Markup without the corners where html.parser is quadratic: comments are dropped (an
    unclosed one runs to the end, as in a browser), and a '<' that no '>' closes before the
    next '<' becomes text."""
    kept, at = [], 0
    while (start := markup.find("<!--", at)) >= 0:
        kept.append(markup[at:start])
        end = markup.find("-->", start + 4)
        at = len(markup) if end < 0 else end + 3
    kept.append(markup[at:])
    return _BARE_LT.sub("&lt;", "".join(kept))


def _parse_html(text: str, shown: str) -> _Parsed:
    reader = _PageReader()
    try:
        reader.feed(_defuse(text))
        reader.close()
    except Exception:  # html.parser is lenient; this guards its rare internal assertions
        raise ArticleError("cannot parse the HTML", shown, hint=_TEXT_HINT) from None
    meta = {key: " ".join(value.split()) for key, value in reader.meta.items()}
    url = meta.get("canonical") or meta.get("og:url") or ""
    language = meta.get("lang", "")
    return _Parsed(
        text=reader.text(),
        title=meta.get("og:title") or meta.get("_title") or meta.get("_h1") or None,
        outlet=meta.get("og:site_name") or None,
        published=_iso_date(meta.get("article:published_time", ""))
        or _iso_date(meta.get("time", "")),
        url=url if _URL.fullmatch(url) else None,  # never a javascript: address
        language=language if _LANGUAGE.fullmatch(language) else None,
    )
