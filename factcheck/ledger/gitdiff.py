"""``--since GIT_REF``: the article files added or changed since a commit.

Runs ``git diff --name-only --diff-filter=AM REF -- PATHS`` (the working tree against
REF, so a commit, a staged or an unstaged change all count; deleted and renamed-away
files do not). A bad ref, a folder outside a git repository or a missing git is one line.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import FactcheckError

__all__ = ["changed_since"]

_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=120
        )
    except FileNotFoundError:
        raise FactcheckError(
            "--since needs git, and git is not installed", hint="install git, or drop --since"
        ) from None


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0].removeprefix("fatal: ") if lines else "git failed"


def changed_since(ref: str, paths: Sequence[Path]) -> list[Path]:
    """Article files under ``paths`` added or modified since ``ref``, sorted."""
    if not ref or ref.startswith("-"):
        raise FactcheckError(f"--since: {ref!r} is not a git revision", hint="give e.g. HEAD~1")
    anchor = next((p if p.is_dir() else p.parent for p in paths if p.exists()), Path.cwd())
    anchor = anchor if str(anchor) else Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], anchor)
    if top.returncode != 0:
        raise FactcheckError(
            "--since: not inside a git repository",
            str(anchor),
            hint="run it in a clone of the articles' repository, or drop --since",
        )
    root = Path(top.stdout.strip())
    verified = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], anchor)
    if verified.returncode != 0:
        raise FactcheckError(
            f"--since: {ref!r} is not a commit in {root}",
            hint="give a commit, branch or tag (git log --oneline lists them)",
        )
    specs = [str(p.absolute()) for p in paths]
    diff = _git(
        ["diff", "--name-only", "--no-renames", "--diff-filter=AM", "-z", ref, "--", *specs],
        anchor,
    )
    if diff.returncode != 0:
        raise FactcheckError(f"--since: git diff failed: {_first_line(diff.stderr)}")
    found: list[Path] = []
    for name in diff.stdout.split("\0"):
        if not name:
            continue
        rel = Path(name)
        if rel.suffix.lower() not in _SUFFIXES or any(part.startswith(".") for part in rel.parts):
            continue
        found.append(root / rel)
    cwd = Path.cwd()
    shown = []
    for p in sorted(set(found)):
        try:
            shown.append(p.relative_to(cwd))
        except ValueError:
            shown.append(p)
    return shown
