"""Render a :class:`~factcheck.model.Brief` as PDF, HTML, Markdown and JSON.

``render.html.render()``, ``render.markdown.render()``, ``render.json.render()`` and
``render.pdf.render()`` each return one format; :func:`write_all` writes the requested
ones into an output directory, all or nothing. The Jinja environments, their filters and the
escaping of text for each format live here, in one place. Jinja and markdown-it are
imported on first use and WeasyPrint only when a PDF is asked for, so that importing
``factcheck.render.json`` (``factcheck figures --json``) stays cheap.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from markupsafe import Markup

from factcheck import i18n
from factcheck.errors import FactcheckError, RenderError
from factcheck.model import Brief

if TYPE_CHECKING:
    import jinja2
    from markdown_it import MarkdownIt
    from markdown_it.renderer import RendererHTML
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict

__all__ = [
    "FORMATS",
    "TEMPLATES_DIR",
    "environment",
    "generate_template",
    "md_code",
    "md_escape",
    "render_template",
    "wording_html",
    "wording_md",
    "write_all",
]

#: The project's templates, CSS and fonts.
TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"

#: Each format and the file it is written to.
FORMATS: dict[str, str] = {
    "pdf": "brief.pdf",
    "html": "brief.html",
    "md": "brief.md",
    "json": "brief.json",
}

# -- Markdown escaping ---------------------------------------------------------------------

# Characters that start inline Markdown or HTML in GitHub-flavoured Markdown ($ is math).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#$])")
_MD_LINE_START = re.compile(r"^( ?)(?:([+\-=])|(\d+)([.)]))")
_WHITESPACE = re.compile(r"\s+")
# Text that md_escape would leave as it is: no markup character, no "@", no white space
# but single spaces, and no list or heading marker at its start.
_MD_INERT = re.compile(r"(?! ?(?:[+\-=]|\d+[.)]))(?:[^\s\\`*_\[\]<>|~&!#$@]| (?! ))*\Z")


def _escape_line_start(m: re.Match[str]) -> str:
    # "- x", "+ x", "= x" and "1. x" would start a list or a heading underline.
    if m[2]:
        return f"{m[1]}\\{m[2]}"
    return f"{m[1]}{m[3]}\\{m[4]}"


def md_escape(value: object) -> str:
    """Text as inert GitHub Markdown: on one line, every markup character escaped.

    Runs of white space become one space (kept at the ends, so that pieces join up).

    ``@`` is followed by a word joiner so that article text cannot mention GitHub users.
    """
    text = str(value)
    if _MD_INERT.match(text):  # most of a brief's text: nothing to change
        return text
    text = _WHITESPACE.sub(" ", text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(_escape_line_start, text)
    return text.replace("@", "@\u2060")


def md_code(value: object) -> Markup:
    """Text as a Markdown code span, fenced with more backticks than it holds."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Markup(f"{fence}{pad}{text}{pad}{fence}")


def _md_finalize(value: object) -> object:
    """Escape every ``{{ … }}`` in a Markdown template unless it is marked safe."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    return md_escape(value)


# -- a rule's wording (Markdown, trusted more than article text, but no raw HTML) ---------


def _image_as_text(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    """An image becomes its alt text: nothing is ever loaded from a rule's Markdown."""
    from markdown_it.common.utils import escapeHtml

    return escapeHtml(renderer.renderInlineAsText(tokens[idx].children or [], options, env))


@functools.cache
def _markdown_it() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.add_render_rule("image", _image_as_text)
    return md


def wording_html(text: str) -> Markup:
    """A rule's Markdown as HTML: raw HTML is escaped, images become their alt text."""
    # Safe to mark: with html=False markdown-it escapes every "<" of the source.
    return Markup(_markdown_it().render(text))


_INLINE_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_IMAGE = re.compile(r"!\[")
_HTML_CHARS = str.maketrans({"<": "&lt;", ">": "&gt;"})


def wording_md(text: str) -> str:
    """A rule's Markdown for GitHub: no raw HTML (``<`` becomes ``&lt;``), no images.

    An inline image becomes its alt text; any other ``![`` is escaped.
    """
    text = _INLINE_IMAGE.sub(r"\1", text.translate(_HTML_CHARS))
    return _IMAGE.sub(r"\\![", text).strip()


_FILTERS: dict[str, Callable[..., Any]] = {
    "md_escape": md_escape,
    "md_code": md_code,
}

# -- Jinja ---------------------------------------------------------------------------------


#: Options of Jinja's i18n extension, shared with ``pybabel extract`` (see ``babel.cfg``).
I18N_POLICIES = {"ext.i18n.trimmed": True}


@functools.cache
def environment(
    kind: Literal["html", "md"] = "html", templates: Path | None = None, lang: str = "en"
) -> jinja2.Environment:
    """The Jinja environment for HTML (autoescaped) or Markdown (Markdown-escaped).

    ``_()``, ``ngettext()`` and ``{% trans %}`` translate into ``lang`` with the catalogs
    of :mod:`factcheck.i18n`.
    """
    import jinja2

    root = (templates or TEMPLATES_DIR).resolve()
    options: dict[str, Any] = {
        "loader": jinja2.FileSystemLoader(root),
        "undefined": jinja2.StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "extensions": ["jinja2.ext.i18n"],
    }
    if kind == "html":
        env = jinja2.Environment(autoescape=True, **options)
    else:
        env = jinja2.Environment(autoescape=False, finalize=_md_finalize, **options)
    env.policies.update(I18N_POLICIES)
    env.install_gettext_translations(i18n.translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(_FILTERS)
    return env


def render_template(
    kind: Literal["html", "md"],
    name: str,
    context: object,
    templates: Path | None,
    lang: str = "en",
) -> str:
    """Render one template; a missing or broken template is a :class:`RenderError`."""
    with _template_errors(name, templates):
        return environment(kind, templates, lang).get_template(name).render(context)


def generate_template(
    kind: Literal["html", "md"],
    name: str,
    context: object,
    templates: Path | None,
    lang: str = "en",
) -> Iterator[str]:
    """:func:`render_template` in pieces, as Jinja makes them (for a big brief)."""
    with _template_errors(name, templates):
        yield from environment(kind, templates, lang).get_template(name).generate(context)


@contextlib.contextmanager
def _template_errors(name: str, templates: Path | None) -> Iterator[None]:
    """A missing or broken template as a one-line :class:`RenderError`."""
    import jinja2

    try:
        yield
    except jinja2.TemplateSyntaxError as e:
        raise RenderError(f"template error: {e.message}", path=e.filename, line=e.lineno) from e
    except jinja2.TemplateNotFound as e:
        where = templates or TEMPLATES_DIR
        raise RenderError(f"template {e.name!r} not found in {where}") from e
    except jinja2.UndefinedError as e:
        raise RenderError(f"template {name}: {e.message}") from e


# -- writing -------------------------------------------------------------------------------


def _check_formats(formats: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(f.strip().lower() for f in formats))
    for f in wanted:
        if f not in FORMATS:
            close = difflib.get_close_matches(f, FORMATS, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise RenderError(
                f"unknown format {f!r}", hint=hint + "valid formats: " + ", ".join(FORMATS)
            )
    if not wanted:
        raise RenderError("no format requested", hint="valid formats: " + ", ".join(FORMATS))
    return wanted


def _render(brief: Brief, fmt: str, locale: str, tagged: bool) -> str | bytes | Iterator[str]:
    # Imported here so that asking for Markdown never loads WeasyPrint.
    if fmt == "pdf":
        from factcheck.render import pdf

        return pdf.render(brief, locale=locale, tagged=tagged)
    if fmt == "html":
        from factcheck.render import html

        return html.render(brief, locale=locale)
    if fmt == "md":
        from factcheck.render import markdown

        return markdown.iter_render(brief, locale=locale)  # written piece by piece
    from factcheck.render import json

    return json.iter_render(brief, locale=locale)  # written piece by piece


def write_all(
    brief: Brief,
    out_dir: Path,
    formats: Sequence[str],
    *,
    locale: str = "en",
    tagged: bool = False,
) -> list[Path]:
    """Write ``brief.<ext>`` for each format into ``out_dir``, all or nothing.

    ``tagged`` makes the PDF a tagged one (PDF/A-3a) for screen readers.

    Every file is rendered into a temporary directory beside ``out_dir`` (same file
    system) and moved into place only when all of them rendered, so a failure leaves
    ``out_dir`` as it was. Returns the paths written, in the order asked.
    """
    wanted = _check_formats(formats)
    out_dir = Path(out_dir)
    parent = out_dir.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=parent))
    except OSError as e:
        raise RenderError(f"cannot write to {parent}: {e.strerror}", path=str(out_dir)) from e
    try:
        staged: list[Path] = []
        for f in wanted:
            data = _render(brief, f, locale, tagged)
            path = tmp / FORMATS[f]
            if isinstance(data, bytes):
                path.write_bytes(data)
            elif isinstance(data, str):
                path.write_text(data, encoding="utf-8", newline="\n")
            else:
                with path.open("w", encoding="utf-8", newline="\n") as out:
                    out.writelines(data)
            staged.append(path)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for path in staged:
            target = out_dir / path.name
            os.replace(path, target)
            written.append(target)
        return written
    except FactcheckError:
        raise
    except OSError as e:
        where = e.filename or str(out_dir)
        raise RenderError(f"cannot write {where}: {e.strerror or e}", path=str(out_dir)) from e
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
