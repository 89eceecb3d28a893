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
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck import i18n
from factcheck.model import Brief
from factcheck.render import generate_template, render_template
from factcheck.render.context import BriefContext, build_context

__all__ = [
    "COMMENT_LIMIT",
    "STEP_SUMMARY_LIMIT",
    "SUMMARY_TEMPLATE",
    "TEMPLATE",
    "iter_render",
    "render",
    "render_context",
    "summary",
]

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


def iter_render(
    brief: Brief, *, locale: str = "en", templates: Path | None = None
) -> Iterator[str]:
    """:func:`render` in pieces, for writing a big brief without holding its text."""
    context = build_context(brief, locale=locale)
    pieces = generate_template(
        "md", TEMPLATE, context, templates, i18n.language_of(context["locale"])
    )
    return _collapsed(pieces)


def _collapsed(pieces: Iterable[str]) -> Iterator[str]:
    """What :func:`render_context` makes of the joined pieces: runs of blank lines as one,
    no blank line at either end, one final newline. Newlines at the end of a piece wait
    for the next, so a run split across pieces is seen whole."""
    held, started = "", False
    for piece in pieces:
        if not piece.strip("\n"):
            held += piece
            continue
        text = _BLANK_LINES.sub("\n\n", held + piece)
        body = text.rstrip("\n")
        held = text[len(body) :]
        if not started:
            body, started = body.lstrip("\n"), True
        yield body
    yield "\n"


#: GitHub's limit on a pull-request comment (characters) and on a step's summary (bytes).
COMMENT_LIMIT = 65_536
STEP_SUMMARY_LIMIT = 2**20


def summary(
    brief: Brief,
    *,
    locale: str = "en",
    templates: Path | None = None,
    limit: int | None = COMMENT_LIMIT,
) -> str:
    """A short Markdown summary: counts per verdict, each finding that is not consistent
    (inconsistent first), and what changed when the brief holds changes.

    At most ``limit`` UTF-8 bytes (so as many characters): when everything does not fit,
    as many findings and changes as fit are listed and the rest counted ("…and 12 more
    unverified findings").
    """
    context = build_context(brief, locale=locale)
    findings = context["findings"]
    pending = [f for f in findings if f["verdict"] == "inconsistent"]
    pending += [f for f in findings if f["verdict"] == "unverified"]
    changes = dict(brief.changes) if brief.changes else None
    entries: list[dict[str, object]] = []
    if changes:
        for kind in ("added", "changed", "removed"):
            entries += [{**c, "kind": kind} for c in changes.get(kind, ())]
    labels = {v["verdict"]: v["label"] for v in context["summary"]["verdicts"]}
    emoji = {v["verdict"]: v["emoji"] for v in context["summary"]["verdicts"]}
    lang = i18n.language_of(context["locale"])

    def render(shown: int) -> str:
        rest = pending[shown:]
        more = [
            {"verdict": v, "emoji": emoji[v], "count": n}
            for v in ("inconsistent", "unverified")
            if (n := sum(1 for f in rest if f["verdict"] == v))
        ]
        extra = {
            "listed": pending[:shown],
            "more": more,
            "labels": labels,
            "changes": None
            if changes is None
            else {**changes, "listed": entries[:shown], "hidden": len(entries[shown:])},
        }
        text = render_template("md", SUMMARY_TEMPLATE, {**context, **extra}, templates, lang)
        return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"

    def fits(text: str) -> bool:
        return limit is None or len(text.encode("utf-8")) <= limit

    most = max(len(pending), len(entries))
    text = render(most)
    if fits(text):
        return text
    low, high = 0, most  # render(low) is tried last; the largest that fits wins
    while low < high:
        middle = (low + high + 1) // 2
        if fits(render(middle)):
            low = middle
        else:
            high = middle - 1
    text = render(low)
    if fits(text):
        return text
    # Even the counts alone are too long (a very long title): cut at a line end.
    assert limit is not None
    cut = text.encode("utf-8")[: max(limit - 1, 0)].decode("utf-8", "ignore")
    return cut[: cut.rfind("\n") + 1] if "\n" in cut else ""
