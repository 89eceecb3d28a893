"""The brief as SARIF 2.1.0, for code scanning (GitHub) and other static-analysis viewers.

One result per finding that is not consistent. Its level comes from verdict and severity:

| verdict | high | medium | low |
|---|---|---|---|
| inconsistent | error | error | warning |
| unverified | warning | note | note |

The rules are the checks (id, a name, the title as short description, a link to the
check's YAML file); the result's location is the figure in the article's file (path
relative to the repository root, line and columns in code points), the other figures it
rests on are related locations. A finding with no figure at all (an input found in no
article) points at its check's YAML file instead. ``partialFingerprints`` hash the check
id, the article's path and the quote, so a result keeps its identity when lines move.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.ci.locate import Location, Locator, display_uri
from factcheck.model import Brief, Figure, Finding, Verdict

__all__ = ["SCHEMA_URI", "level", "render", "rule_links"]

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT = "factcheckFinding/v1"
_LEVELS = {
    Verdict.INCONSISTENT: {"high": "error", "medium": "error", "low": "warning"},
    Verdict.UNVERIFIED: {"high": "warning", "medium": "note", "low": "note"},
}
JSON = dict[str, Any]


def level(finding: Finding) -> str:
    """SARIF level of a finding that is not consistent."""
    return _LEVELS[finding.verdict].get(finding.severity, "warning")


def rule_links(
    rule_files: Mapping[str, tuple[str, int]], root: Path, env: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A link to each check's YAML file: on the forge when running in GitHub Actions and
    the file is in the repository, else a ``file:`` URI."""
    env = os.environ if env is None else env
    server, repo, sha = (
        env.get(k, "") for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")
    )
    links: dict[str, str] = {}
    for check_id, (path, line) in rule_files.items():
        uri = display_uri(path, root)
        if uri.startswith("file:"):
            links[check_id] = uri
        elif server and repo and sha:
            links[check_id] = f"{server}/{repo}/blob/{sha}/{uri}" + (f"#L{line}" if line else "")
        else:
            links[check_id] = (root / uri).as_uri()
    return links


def _rule_name(check_id: str) -> str:
    """``oil-deliveries-vs-cap`` → ``OilDeliveriesVsCap``."""
    return "".join(part.capitalize() for part in re.split(r"[^0-9A-Za-z]+", check_id) if part)


def _rule(finding: Finding, help_uri: str | None) -> JSON:
    rule: JSON = {
        "id": finding.check_id,
        "name": _rule_name(finding.check_id),
        "shortDescription": {"text": finding.title},
        "fullDescription": {"text": f"{finding.subject}: {finding.title}. {finding.assertion}"},
        "defaultConfiguration": {
            "level": _LEVELS[Verdict.INCONSISTENT].get(finding.severity, "warning")
        },
        "properties": {"tags": list(finding.tags), "severity": finding.severity},
    }
    if help_uri:
        rule["helpUri"] = help_uri
    return rule


def _region(location: Location, figure: Figure) -> JSON | None:
    if location.line is None or location.column is None:
        return None
    return {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
        "snippet": {"text": figure.text},
    }


def _physical(location: Location, figure: Figure) -> JSON:
    physical: JSON = {"artifactLocation": _artifact(location.uri)}
    region = _region(location, figure)
    if region:
        physical["region"] = region
    return physical


def _artifact(uri: str) -> JSON:
    return {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def _message(finding: Finding) -> str:
    verdict = finding.verdict.value.capitalize()
    text = f"{verdict}: {finding.title}. {finding.explanation}"
    if finding.reason_text and finding.reason_text != finding.explanation:
        text += f" {finding.reason_text}"
    return text


def _result(
    finding: Finding,
    index: int,
    locator: Locator,
    rule_files: Mapping[str, tuple[str, int]],
) -> JSON:
    located = [(g, locator.locate(g)) for g in finding.figures]
    places = [(g, loc) for g, loc in located if loc is not None]
    result: JSON = {
        "ruleId": finding.check_id,
        "ruleIndex": index,
        "level": level(finding),
        "message": {"text": _message(finding)},
        "properties": {
            "verdict": finding.verdict.value,
            "severity": finding.severity,
            "reason": finding.reason.value if finding.reason else None,
            "subject": finding.subject,
        },
    }
    if places:
        (first, where), rest = places[0], places[1:]
        result["locations"] = [
            {"physicalLocation": _physical(where, first), "message": {"text": first.sentence}}
        ]
        if rest:
            result["relatedLocations"] = [
                {"id": n, "physicalLocation": _physical(loc, g), "message": {"text": g.sentence}}
                for n, (g, loc) in enumerate(rest, 1)
            ]
        key = _fingerprint(finding.check_id, where.uri, first.text, first.sentence)
    else:
        key = _fingerprint(finding.check_id, finding.reason.value if finding.reason else "")
        if finding.check_id in rule_files:
            path, line = rule_files[finding.check_id]
            physical: JSON = {"artifactLocation": _artifact(display_uri(path, locator.root))}
            if line:
                physical["region"] = {"startLine": line}
            result["locations"] = [{"physicalLocation": physical}]
    result["partialFingerprints"] = {FINGERPRINT: key}
    return result


def render(
    brief: Brief,
    locator: Locator | None = None,
    *,
    rule_files: Mapping[str, tuple[str, int]] | None = None,
    env: Mapping[str, str] | None = None,
) -> str:
    """The brief as a SARIF 2.1.0 log (JSON text, sorted keys, final newline).

    ``rule_files`` maps a check id to its YAML file and line, for ``helpUri``.
    """
    locator = locator or Locator(brief.articles)
    rule_files = rule_files or {}
    links = rule_links(rule_files, locator.root, env)
    rules: dict[str, JSON] = {}
    for f in brief.findings:
        if f.verdict is not Verdict.CONSISTENT and f.check_id not in rules:
            rules[f.check_id] = _rule(f, links.get(f.check_id))
    order = {check_id: n for n, check_id in enumerate(rules)}
    results = [
        _result(f, order[f.check_id], locator, rule_files)
        for f in brief.findings
        if f.verdict is not Verdict.CONSISTENT
    ]
    log: JSON = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": brief.version or __version__,
                        "rules": list(rules.values()),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {
                    "title": brief.title,
                    "generatedAt": brief.generated_at.isoformat(),
                    "rules": brief.rules,
                    "rulesDigest": brief.rules_digest,
                },
            }
        ],
    }
    return json.dumps(log, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
