"""The brief as JUnit XML, for CI test reports (GitLab, Jenkins, GitHub test reporters).

One ``<testsuite>`` per subject, one ``<testcase>`` per finding: ``classname`` is the check
id, ``name`` the check's title and the articles its figures come from. An inconsistent
finding is a ``<failure>`` whose text holds the arithmetic and the quotes; an unverified
one is ``<skipped>`` with its reason; a consistent one passes. Times are 0 and the
timestamp is the brief's date, so the same brief gives the same bytes.

The document follows the Jenkins xUnit plugin's ``junit-10.xsd`` (the tests validate
against it): nothing outside it, such as a ``file`` attribute on a test case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from factcheck.ci.locate import Location, Locator
from factcheck.model import Brief, Finding, Verdict

__all__ = ["render"]

_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    """Text XML 1.0 can carry: control characters other than tab and newlines dropped."""
    return _NOT_XML.sub("", text)


def _where(location: Location | None, fallback: str) -> str:
    if location is None:
        return fallback
    if location.line is None:
        return location.uri
    return f"{location.uri}:{location.line}:{location.column}"


def case_name(finding: Finding, paths: dict[str, str]) -> str:
    """The check's title and the articles it rests on: "Oil delivered [a.md, b.html]"."""
    articles = list(dict.fromkeys(paths.get(g.article_id, g.article_id) for g in finding.figures))
    return f"{finding.title} [{', '.join(articles)}]" if articles else finding.title


def _details(finding: Finding, locator: Locator) -> str:
    lines = [finding.wording.strip(), "", f"Arithmetic: {finding.explanation}"]
    if finding.reason_text and finding.reason_text != finding.explanation:
        lines.append(f"Why unverified: {finding.reason_text}")
    for figure in finding.figures:
        where = _where(locator.locate(figure), figure.article_id)
        who = f" (according to {figure.attribution})" if figure.attribution else ""
        lines.append(f"Quote, {where}{who}: {figure.sentence}")
    for ref in finding.references:
        lines.append(f"Reference: {ref.title}: {ref.citation}")
    if finding.assertion:
        lines.append(f"Check: {finding.check_id}: {finding.assertion}")
    return "\n".join(lines) + "\n"


def _count(findings: Sequence[Finding], verdict: Verdict) -> str:
    return str(sum(1 for f in findings if f.verdict is verdict))


def _suite_attributes(name: str, findings: Sequence[Finding]) -> dict[str, str]:
    return {
        "name": name,
        "tests": str(len(findings)),
        "failures": _count(findings, Verdict.INCONSISTENT),
        "errors": "0",
        "skipped": _count(findings, Verdict.UNVERIFIED),
        "time": "0",
    }


def render(brief: Brief, locator: Locator | None = None) -> str:
    """The brief's findings as a JUnit XML document (UTF-8 text, final newline)."""
    locator = locator or Locator(brief.articles)
    paths = {a.id: a.path for a in brief.articles}
    timestamp = brief.generated_at.strftime("%Y-%m-%dT%H:%M:%S")
    subjects: dict[str, list[Finding]] = {}
    for f in brief.findings:
        subjects.setdefault(f.subject, []).append(f)
    root = ET.Element("testsuites", _suite_attributes(brief.title, brief.findings))
    del root.attrib["skipped"]  # junit-10.xsd has no such attribute on <testsuites>
    for number, (subject, findings) in enumerate(subjects.items()):
        attributes = _suite_attributes(subject, findings)
        attributes.update(timestamp=timestamp, id=str(number), package="factcheck")
        suite = ET.SubElement(root, "testsuite", attributes)
        properties = ET.SubElement(suite, "properties")
        for name, value in (
            ("factcheck", brief.version),
            ("rules", brief.rules),
            ("rules_digest", brief.rules_digest),
            ("articles", ", ".join(a.path for a in brief.articles)),
        ):
            ET.SubElement(properties, "property", {"name": name, "value": value})
        for f in findings:
            case = ET.SubElement(
                suite,
                "testcase",
                {"classname": f.check_id, "name": case_name(f, paths), "time": "0"},
            )
            if f.verdict is Verdict.INCONSISTENT:
                message = f"{f.title}: {f.explanation}"
                failure = ET.SubElement(
                    case, "failure", {"type": "inconsistent", "message": message}
                )
                failure.text = _details(f, locator)
            elif f.verdict is Verdict.UNVERIFIED:
                reason = f.reason.value if f.reason else "unverified"
                message = f.reason_text or f.explanation
                skipped = ET.SubElement(case, "skipped", {"type": reason, "message": message})
                skipped.text = _details(f, locator)
    for element in root.iter():
        element.attrib = {k: _clean(v) for k, v in element.attrib.items()}
        element.text = _clean(element.text) if element.text else element.text
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
