"""The brief as one self-contained HTML page (also the source of the PDF).

The stylesheet is inlined in a ``<style>`` element. The standalone page uses the
reader's system fonts; with ``print_fonts=True`` (the PDF) it links the DejaVu fonts
bundled in ``templates/fonts/`` with relative URLs, resolved against the templates
directory by the PDF renderer's URL fetcher.
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from factcheck import i18n
from factcheck.errors import RenderError
from factcheck.model import Brief
from factcheck.render import TEMPLATES_DIR, render_template
from factcheck.render.context import BriefContext, build_context

__all__ = ["STYLESHEET", "TEMPLATE", "render", "render_context"]

TEMPLATE = "brief.html.j2"
STYLESHEET = "brief.css"


def _stylesheet(templates: Path) -> Markup:
    path = templates / STYLESHEET
    try:
        css = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RenderError(f"cannot read the stylesheet: {e.strerror}", path=str(path)) from e
    # The CSS goes inside <style>: it must not be able to close the element.
    if "</" in css:
        raise RenderError("the stylesheet must not contain '</'", path=str(path))
    return Markup(css)  # our own file, checked above: printed as is


def render_context(
    context: BriefContext, *, templates: Path | None = None, print_fonts: bool = False
) -> str:
    """Render an already built context; ``print_fonts`` links the bundled fonts."""
    root = templates or TEMPLATES_DIR
    page: BriefContext = {**context, "style": _stylesheet(root), "print_fonts": print_fonts}
    return render_template("html", TEMPLATE, page, templates, i18n.language_of(context["locale"]))


def render(
    brief: Brief,
    *,
    locale: str = "en",
    templates: Path | None = None,
    print_fonts: bool = False,
) -> str:
    """The brief as self-contained HTML.

    ``templates`` overrides the templates directory; ``print_fonts`` makes the page
    link the bundled fonts with relative ``fonts/…`` URLs (for the PDF renderer).
    """
    return render_context(
        build_context(brief, locale=locale), templates=templates, print_fonts=print_fonts
    )
