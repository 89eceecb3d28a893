"""The brief as GitHub-flavoured Markdown, for a pull-request comment.

A summary table first, then each finding (verdict, quote with the figure in bold,
article and attribution, arithmetic, citations), the citations, and the appendix of
figures as tables. The Markdown environment escapes every ``{{ … }}`` with
:func:`factcheck.render.md_escape`, so article text cannot add markup, HTML, math or
@-mentions; only values marked safe in the template (the rule's wording, with raw HTML
and images neutralised) pass as Markdown.
"""

from __future__ import annotations

import re
from pathlib import Path

from factcheck import i18n
from factcheck.model import Brief
from factcheck.render import render_template
from factcheck.render.context import BriefContext, build_context

__all__ = ["SUMMARY_TEMPLATE", "TEMPLATE", "render", "render_context", "summary"]

TEMPLATE = "brief.md.j2"
SUMMARY_TEMPLATE = "summary.md.j2"

_BLANK_LINES = re.compile(r"\n{3,}")


def render_context(context: BriefContext, *, templates: Path | None = None) -> str:
    """Render an already built context as Markdown."""
    text = render_template("md", TEMPLATE, context, templates, i18n.language_of(context["locale"]))
    # Optional sections leave runs of blank lines. (A code block in a rule's wording
    # would lose extra blank lines too; wording is a sentence or two.)
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"


def render(brief: Brief, *, locale: str = "en", templates: Path | None = None) -> str:
    """The brief as GitHub-flavoured Markdown."""
    return render_context(build_context(brief, locale=locale), templates=templates)


def summary(brief: Brief, *, locale: str = "en", templates: Path | None = None) -> str:
    """A short Markdown summary: counts per verdict and each finding that is not consistent."""
    context = build_context(brief, locale=locale)
    text = render_template(
        "md", SUMMARY_TEMPLATE, context, templates, i18n.language_of(context["locale"])
    )
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
