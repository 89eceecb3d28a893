"""What changed since the last brief: findings added, removed and changed.

Works on finding objects as ``brief.json`` writes them (its ``"findings"`` array), so it
compares a run with an earlier brief file (``--previous BRIEF.json``) or with findings a
ledger kept. A finding is known by its key: the check id, which is enough while a check
gives one finding per brief; where one list holds several findings of one check, each
of them adds the articles (paths) its figures come from: ``check [a.md, b.html]``.

A finding is *changed* when its verdict changed, or its values did: the figures it rests
on (article, figure as written, the interval it allows), the references or the computed
values. Explanations are not compared as text, so rewording a message changes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError

__all__ = ["Change", "Changes", "changes", "finding_key", "load_findings"]

Finding = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Change:
    key: str
    check: str
    title: str
    verdict: str  # now; for a removed finding, the verdict it had
    previous_verdict: str | None = None  # for a changed finding
    what: tuple[str, ...] = ()  # "verdict", "values": what changed
    explanation: str = ""
    previous_explanation: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "key": self.key,
            "check": self.check,
            "title": self.title,
            "verdict": self.verdict,
            "explanation": self.explanation,
        }
        if self.what:
            data["previous_verdict"] = self.previous_verdict
            data["previous_explanation"] = self.previous_explanation
            data["changed"] = list(self.what)
        return data


@dataclass(frozen=True, slots=True)
class Changes:
    added: tuple[Change, ...] = ()
    removed: tuple[Change, ...] = ()
    changed: tuple[Change, ...] = ()
    unchanged: int = 0
    against: str | None = None  # what was compared with: a file, a ledger run

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "against": self.against,
            "added": [c.to_json() for c in self.added],
            "removed": [c.to_json() for c in self.removed],
            "changed": [c.to_json() for c in self.changed],
            "unchanged": self.unchanged,
        }


def _articles(f: Finding) -> list[str]:
    figures = f.get("figures") or []
    paths = {str(g.get("article_path") or g.get("article") or "") for g in figures}
    return sorted(p for p in paths if p)


def finding_key(f: Finding, siblings: Sequence[Finding] = ()) -> str:
    """The key of ``f``; ``siblings`` (its list) tells whether its check id is shared."""
    check = str(f.get("check", ""))
    shared = sum(1 for s in siblings if s.get("check") == check) > 1
    return f"{check} [{', '.join(_articles(f))}]" if shared else check


def _interval(d: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(d.get(k) for k in ("low", "high", "low_open", "high_open", "unit"))


def _values(f: Finding) -> tuple[Any, ...]:
    figures = sorted(
        (str(g.get("article_path") or g.get("article")), str(g.get("text")), *_interval(g))
        for g in f.get("figures") or []
    )
    references = sorted((str(r.get("id")), *_interval(r)) for r in f.get("references") or [])
    computed = [(str(c.get("name")), *_interval(c)) for c in f.get("computed") or []]
    return tuple(map(repr, figures)), tuple(map(repr, references)), tuple(map(repr, computed))


def _change(key: str, f: Finding) -> Change:
    return Change(
        key=key,
        check=str(f.get("check", "")),
        title=str(f.get("title", "")),
        verdict=str(f.get("verdict", "")),
        explanation=str(f.get("reason_text") or f.get("explanation") or ""),
    )


def _keyed(findings: Sequence[Finding]) -> dict[str, Finding]:
    keyed: dict[str, Finding] = {}
    seen: Counter[str] = Counter()
    for f in findings:
        key = finding_key(f, findings)
        seen[key] += 1
        keyed[key if seen[key] == 1 else f"{key} #{seen[key]}"] = f
    return keyed


def changes(
    previous: Sequence[Mapping[str, Any]],
    current: Sequence[Mapping[str, Any]],
    *,
    against: str | None = None,
) -> Changes:
    """Findings added, removed and changed between two lists of brief.json findings.

    Added and changed follow the current list's order, removed the previous list's.
    """
    before, after = _keyed(previous), _keyed(current)
    added = tuple(_change(k, f) for k, f in after.items() if k not in before)
    removed = tuple(_change(k, f) for k, f in before.items() if k not in after)
    changed: list[Change] = []
    unchanged = 0
    for key, f in after.items():
        old = before.get(key)
        if old is None:
            continue
        what = []
        if old.get("verdict") != f.get("verdict"):
            what.append("verdict")
        if _values(old) != _values(f):
            what.append("values")
        if not what:
            unchanged += 1
            continue
        was = _change(key, old)
        changed.append(
            replace(
                _change(key, f),
                previous_verdict=was.verdict,
                previous_explanation=was.explanation,
                what=tuple(what),
            )
        )
    return Changes(added, removed, tuple(changed), unchanged, against)


def load_findings(path: Path) -> list[dict[str, Any]]:
    """The findings of an earlier ``brief.json``; anything else is a one-line error."""
    shown = str(path)
    hint = "give a brief.json written by factcheck check --format json"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactcheckError("file not found", shown, hint="check the path") from None
    except IsADirectoryError:
        raise FactcheckError("is a directory, not a file", shown, hint=hint) from None
    except UnicodeDecodeError:
        raise FactcheckError("not UTF-8 text", shown, hint=hint) from None
    except OSError as e:
        raise FactcheckError(f"cannot read the file ({e.strerror})", shown) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        message = f"not valid JSON: {e.msg}"
        raise FactcheckError(message, shown, e.lineno, e.colno, hint=hint) from None
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(findings, list) or not all(
        isinstance(f, dict) and isinstance(f.get("check"), str) for f in findings
    ):
        raise FactcheckError("no 'findings' list of checked findings", shown, hint=hint)
    return findings
