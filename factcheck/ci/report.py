"""The CI outputs of ``factcheck check``, checked before the run and written after it.

:func:`prepare` runs first: it refuses an unwritable ``--junit``/``--sarif`` path and
reads ``--previous`` (one line, exit 2, nothing written). :func:`publish` runs once the
brief is written: the summary (``--summary``, and ``$GITHUB_STEP_SUMMARY`` when set),
JUnit XML, SARIF and GitHub annotations.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.ci import annotations as workflow
from factcheck.ci import junit, sarif
from factcheck.ci.changes import load_findings
from factcheck.ci.locate import Locator
from factcheck.ci.output import check_writable, write_atomic
from factcheck.model import Brief

__all__ = ["Plan", "prepare", "publish"]


@dataclass(frozen=True, slots=True)
class Plan:
    junit: Path | None = None
    sarif: Path | None = None
    previous: list[dict[str, Any]] | None = None
    previous_name: str | None = None


def prepare(
    *,
    junit: Path | None = None,
    sarif: Path | None = None,
    previous: Path | None = None,
    summary: Path | None = None,
) -> Plan:
    """Check the report paths and read the earlier brief, before anything is written."""
    if summary is not None and str(summary) != "-":
        check_writable(summary, "--summary")
    if junit is not None:
        check_writable(junit, "--junit")
    if sarif is not None:
        check_writable(sarif, "--sarif")
    if junit is not None and sarif is not None and junit.absolute() == sarif.absolute():
        from factcheck.errors import RenderError

        raise RenderError("--junit and --sarif name the same file", str(junit))
    findings = load_findings(previous) if previous is not None else None
    return Plan(junit, sarif, findings, str(previous) if previous is not None else None)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _append(path: Path, text: str) -> None:
    if text:
        path.absolute().parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as stream:
            stream.write(text)


def publish(
    brief: Brief,
    plan: Plan,
    *,
    rules: Sequence[Path],
    summary: Path | None = None,
    annotate: str = "auto",
    locale: str = "en",
    out: Callable[[str], None] = print,
    env: Mapping[str, str] | None = None,
) -> list[Path]:
    """Write the CI outputs; returns the files written. ``out`` prints one line to stdout."""
    from factcheck.render.markdown import COMMENT_LIMIT, STEP_SUMMARY_LIMIT
    from factcheck.render.markdown import summary as markdown_summary

    env = os.environ if env is None else env
    written: list[Path] = []
    if summary is not None:
        text = markdown_summary(brief, locale=locale, limit=COMMENT_LIMIT)
        if str(summary) == "-":
            out(text.removesuffix("\n"))
        else:
            _append(summary, text)
            written.append(summary)
    step = env.get("GITHUB_STEP_SUMMARY", "").strip()
    if step and not (summary is not None and _same_file(summary, Path(step))):
        step_path = Path(step)
        used = step_path.stat().st_size if step_path.is_file() else 0
        room = STEP_SUMMARY_LIMIT - used
        if room > 0:
            _append(step_path, markdown_summary(brief, locale=locale, limit=room))
    locator = Locator(brief.articles)
    if plan.junit is not None:
        written.append(write_atomic(plan.junit, junit.render(brief, locator)))
    if plan.sarif is not None:
        rule_files = _rule_files(rules)
        text = sarif.render(brief, locator, rule_files=rule_files, env=env)
        written.append(write_atomic(plan.sarif, text))
    if workflow.enabled(annotate, env):
        for line in workflow.github(brief, locator):
            out(line)
    return written


def _rule_files(rules: Sequence[Path]) -> dict[str, tuple[str, int]]:
    """Each check's YAML file and line, for SARIF's ``helpUri``."""
    from factcheck.rulebook import load_rulebook

    return {c.id: (c.path, c.line) for c in load_rulebook(rules).checks if c.path}
