"""GitHub Actions workflow commands: an annotation on the article's line for each finding.

``::error`` for an inconsistent finding, ``::warning`` for an unverified one, one per
article the finding's figures come from (so a pull request that adds one article is
annotated on that article's lines), with ``file``, ``line``, ``col``, ``endColumn`` and
``title``. A finding with no figure gets one annotation with no file. Values are escaped
as the runner expects: ``%``, ``\\r`` and ``\\n`` everywhere, and ``:`` and ``,`` in
properties.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping

from factcheck.ci.locate import Locator
from factcheck.model import Brief, Verdict

__all__ = ["enabled", "escape_data", "escape_property", "github"]

_COMMANDS = {Verdict.INCONSISTENT: "error", Verdict.UNVERIFIED: "warning"}


def enabled(choice: str, env: Mapping[str, str] | None = None) -> bool:
    """``--annotations``: ``github`` on, ``none`` off, ``auto`` on inside GitHub Actions."""
    env = os.environ if env is None else env
    if choice == "auto":
        return env.get("GITHUB_ACTIONS", "").lower() == "true"
    return choice == "github"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return (
        f"::{name} {props}::{escape_data(message)}"
        if props
        else f"::{name}::{escape_data(message)}"
    )


def github(brief: Brief, locator: Locator | None = None) -> Iterator[str]:
    """One workflow command per finding that is not consistent and article it rests on."""
    locator = locator or Locator(brief.articles)
    for f in brief.findings:
        command = _COMMANDS.get(f.verdict)
        if command is None:
            continue
        title = f"{f.verdict.value.capitalize()}: {f.title} ({f.check_id})"
        explanation = f.explanation
        if f.reason_text and f.reason_text != f.explanation:
            explanation += f"\n{f.reason_text}"
        seen: set[str] = set()
        for figure in f.figures:
            if figure.article_id in seen:
                continue
            seen.add(figure.article_id)
            where = locator.locate(figure)
            properties: dict[str, object] = {"title": title}
            if where is not None and not where.uri.startswith("file:"):
                same_line = where.end_line == where.line and where.end_column is not None
                properties = {
                    "file": where.uri,
                    "line": where.line,
                    "col": where.column,
                    "endColumn": where.end_column - 1 if same_line and where.end_column else None,
                    "title": title,
                }
            yield _command(command, properties, f"{explanation}\n“{figure.sentence}”")
        if not seen:
            yield _command(command, {"title": title}, explanation)
