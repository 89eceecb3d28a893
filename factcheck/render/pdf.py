"""The brief as PDF: WeasyPrint lays out the same HTML as :mod:`factcheck.render.html`.

WeasyPrint is imported inside the functions of this module only, so the CLI starts fast.
Its URL fetcher is :class:`TemplateFetcher`, which serves files under the templates
directory and ``data:`` URLs and refuses everything else: no network, no file outside
``templates/``, nothing an article could name as an attachment.

The bytes are deterministic on one machine: the PDF dates come from
``<meta name="dcterms.created">`` (the brief's ``generated_at``), the attached
``brief.json`` carries that date too, and fonts are subset by HarfBuzz, which stamps no
time. Other machines, with another WeasyPrint or HarfBuzz, may give other bytes.
"""

from __future__ import annotations

import datetime
import functools
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from factcheck.errors import RenderError
from factcheck.model import Brief
from factcheck.render import TEMPLATES_DIR
from factcheck.render import html as html_render
from factcheck.render import json as json_render

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["URLRefused", "render", "url_fetcher"]

_TYPES = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".svg": "image/svg+xml",
    ".json": "application/json",
}


class URLRefused(ValueError):
    """The PDF asked for a resource outside the templates directory."""


class _Response(Protocol):
    def read(self, *args: Any) -> bytes: ...


class Fetcher(Protocol):
    """What :func:`url_fetcher` returns: a ``weasyprint.urls.URLFetcher``."""

    root: Path

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> _Response: ...


def _local_path(url: str, root: Path) -> Path:
    """The real path a ``file:`` URL names, when it lies inside ``root``."""
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise URLRefused(f"refused {url!r}: a file on another host")
    path = Path(url2pathname(unquote(parts.path))).resolve()
    if not path.is_relative_to(root):
        raise URLRefused(f"refused {url!r}: only files under {root} are served")
    if not path.is_file():
        raise URLRefused(f"refused {url!r}: no such file under {root}")
    return path


@functools.cache
def _fetcher_class() -> type[Any]:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class TemplateFetcher(URLFetcher):  # type: ignore[misc]
        """Deny by default: serve ``templates/`` files and ``data:`` URLs, nothing else."""

        def __init__(self, root: Path) -> None:
            super().__init__(
                allowed_protocols=("file", "data"), allow_redirects=False, fail_on_errors=True
            )
            self.root = root.resolve()

        def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> Any:
            scheme = url.partition(":")[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme != "file":
                raise URLRefused(f"refused {url!r}: the PDF renderer fetches nothing remote")
            path = _local_path(url, self.root)
            kind = _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
            return URLFetcherResponse(
                path.as_uri(),
                body=path.read_bytes(),
                headers={"Content-Type": kind or "application/octet-stream"},
            )

    return TemplateFetcher


def url_fetcher(templates: Path | None = None) -> Fetcher:
    """A WeasyPrint URL fetcher serving only ``templates`` (and ``data:`` URLs)."""
    fetcher: Fetcher = _fetcher_class()(templates or TEMPLATES_DIR)
    return fetcher


def _naive_utc(when: datetime.datetime) -> datetime.datetime:
    # WeasyPrint writes attachment dates with strftime and a literal "Z".
    if when.tzinfo is not None:
        when = when.astimezone(datetime.UTC).replace(tzinfo=None)
    return when


def render(
    brief: Brief,
    *,
    locale: str = "en",
    templates: Path | None = None,
    attach_json: bool = True,
    tagged: bool = False,
) -> bytes:
    """The brief as PDF bytes, with ``brief.json`` attached unless ``attach_json`` is false.

    PDF/A-3b by default; ``tagged`` writes PDF/A-3a instead: the same pages with a
    structure tree (headings, paragraphs, lists, tables, reading order) for screen readers
    and reflow, about 1.5 times the bytes.
    """
    root = (templates or TEMPLATES_DIR).resolve()
    page = html_render.render(brief, locale=locale, templates=templates, print_fonts=True)

    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    fetcher = url_fetcher(root)
    base_url = root.as_uri() + "/"
    attachments = []
    if attach_json:
        when = _naive_utc(brief.generated_at)
        attachments.append(
            weasyprint.Attachment(
                string=json_render.render(brief, locale=locale).encode("utf-8"),
                base_url=base_url,
                url_fetcher=fetcher,
                name="brief.json",
                description="The brief as JSON (factcheck's brief.json)",
                created=when,
                modified=when,
                relationship="Data",
            )
        )
    try:
        document = weasyprint.HTML(string=page, base_url=base_url, url_fetcher=fetcher)
        variant = "pdf/a-3a" if tagged else "pdf/a-3b"
        data = document.write_pdf(attachments=attachments, pdf_variant=variant)
    except FatalURLFetchingError as e:
        cause = e.__cause__ or e
        raise RenderError(f"PDF not written: {cause}", path=str(root)) from e
    if not isinstance(data, bytes):  # pragma: no cover - write_pdf() without target
        raise RenderError("WeasyPrint returned no PDF")
    return data
